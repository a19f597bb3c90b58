<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GalleyPanel</name>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="49"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="50"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="50"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="50"/>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="51"/>
        <source>Byline</source>
        <translation>作者署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="60"/>
        <source>Body: one paragraph per line</source>
        <translation>正文：每行一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="154"/>
        <source>{chars} characters (headings {heading}) · {lines} lines</source>
        <translation>字数 {chars}（标题 {heading}）· 行数 {lines}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="157"/>
        <source>Not on a page</source>
        <translation>未上版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="160"/>
        <source>Overset by {n} lines</source>
        <translation>超 {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="163"/>
        <source>Short by {n} lines</source>
        <translation>缺 {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="166"/>
        <source>Fits</source>
        <translation>正好</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="200"/>
        <source>Edit story</source>
        <translation>编辑稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="228"/>
        <source>Story editor</source>
        <translation>稿件编辑器</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="55"/>
        <source>Review</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="56"/>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="57"/>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="58"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="59"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="117"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="118"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="119"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="120"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="121"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="123"/>
        <source>&amp;Export PDF/X…</source>
        <translation>导出 PDF/X(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="124"/>
        <source>&amp;Preflight</source>
        <translation>预检(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="127"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="130"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="133"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="134"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="135"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="136"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="137"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="139"/>
        <source>Column guides</source>
        <translation>分栏参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="140"/>
        <source>Line grid</source>
        <translation>行格参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="141"/>
        <source>Rulers</source>
        <translation>标尺</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="142"/>
        <source>Facing pages (spread)</source>
        <translation>对页（跨版）显示</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="143"/>
        <source>Review captions (read-only page)</source>
        <translation>图片说明校对（版面只读）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="146"/>
        <source>Continue story in a new frame…</source>
        <translation>稿件转到新框…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="147"/>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="148"/>
        <location filename="../../layout_app/editor/main_window.py" line="249"/>
        <source>Add page</source>
        <translation>添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="149"/>
        <source>Next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="150"/>
        <source>Previous page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="196"/>
        <source>{frame}: overset by {n} lines (超 {n} 行)</source>
        <translation>{frame}：超 {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="199"/>
        <source>{frame}: headline below its minimum size</source>
        <translation>{frame}：标题小于最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="203"/>
        <source>No problems on this page</source>
        <translation>本版没有问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="210"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="211"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="221"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="234"/>
        <source>Select a frame of the story first</source>
        <translation>请先选中稿件的一个框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="237"/>
        <source>Click where the story continues (change page with Ctrl+PgDown); Esc cancels</source>
        <translation>点击稿件接续的位置（用 Ctrl+PgDown 换版）；按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="274"/>
        <source>Drop files</source>
        <translation>拖入文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="277"/>
        <location filename="../../layout_app/editor/main_window.py" line="295"/>
        <source>Some files could not be placed</source>
        <translation>有些文件无法放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="293"/>
        <source>Place from panel</source>
        <translation>从面板放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="303"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="316"/>
        <source>Missing photos: {files} — relink them in the Photos panel</source>
        <translation>缺失图片：{files}——请在“图片”面板中重新链接</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="323"/>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="324"/>
        <source>layout_app found changes to this document that were not saved ({when}). Open them?</source>
        <translation>layout_app 发现本版面有未保存的修改（{when}）。要打开这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="325"/>
        <source>Recovered changes</source>
        <translation>恢复的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="330"/>
        <source>Open document</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="330"/>
        <location filename="../../layout_app/editor/main_window.py" line="340"/>
        <source>Documents (*.yaml)</source>
        <translation>版面文件 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="340"/>
        <source>Save document</source>
        <translation>保存版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="348"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="354"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="372"/>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="375"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="376"/>
        <source>Save the changes to this document before closing it?</source>
        <translation>关闭前保存对本版面的修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="429"/>
        <source>Export PDF/X-4</source>
        <translation>导出 PDF/X-4</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="429"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="436"/>
        <source>Preflight found errors</source>
        <translation>预检发现错误</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="437"/>
        <source>{n} error(s) would reach the press (see the Preflight panel). Export anyway?</source>
        <translation>有 {n} 个错误会带到印刷（见“预检”面板）。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="456"/>
        <source>Exported {path}: {summary}</source>
        <translation>已导出 {path}：{summary}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="460"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="326"/>
        <source>Link story to a new frame</source>
        <translation>稿件转到新框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="358"/>
        <source>Resize frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="358"/>
        <source>Move frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="392"/>
        <source>Nudge frame</source>
        <translation>微调框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="398"/>
        <source>Delete frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="421"/>
        <source>Pan photo</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="429"/>
        <source>Zoom photo</source>
        <translation>缩放图片</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="224"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="242"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="257"/>
        <source>Relink photo</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="263"/>
        <source>Find the photo</source>
        <translation>查找图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="264"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="424"/>
        <source>This page</source>
        <translation>本版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="426"/>
        <source>Preflight findings</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="451"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="277"/>
        <source>Column</source>
        <translation>栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="277"/>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="278"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="278"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="290"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="291"/>
        <source>Size (号 or pt)</source>
        <translation>字号（号或磅）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="293"/>
        <source>Fill frame</source>
        <translation>填满图框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="294"/>
        <source>Fit whole photo</source>
        <translation>显示整张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="295"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="296"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="297"/>
        <source>Reset crop</source>
        <translation>取消裁切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="341"/>
        <source>Text wraps around it (绕排)</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="344"/>
        <source>Overlap intended</source>
        <translation>有意压叠</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="349"/>
        <source>Standoff (lines)</source>
        <translation>绕排间距（行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="370"/>
        <source>Text wrap</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="381"/>
        <source>Crop photo</source>
        <translation>裁切图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="390"/>
        <source>That would run off the grid</source>
        <translation>超出版心网格了</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="394"/>
        <source>Frame geometry</source>
        <translation>框位置与大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="410"/>
        <source>Change type size</source>
        <translation>更改字号</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../layout_app/editor/review.py" line="23"/>
        <source>Caption and credit checked</source>
        <translation>图片说明和署名已核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="25"/>
        <source>A note for the page editor</source>
        <translation>给版面编辑的留言</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="27"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="28"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="30"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="110"/>
        <source>Review caption</source>
        <translation>校对图片说明</translation>
    </message>
</context>
<context>
    <name>StoriesPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="53"/>
        <source>One paragraph per line</source>
        <translation>每行一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="56"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="58"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="124"/>
        <source>Edit story</source>
        <translation>编辑稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="131"/>
        <source>Apply to selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="135"/>
        <location filename="../../layout_app/editor/panels.py" line="183"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="136"/>
        <location filename="../../layout_app/editor/panels.py" line="204"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="161"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="171"/>
        <source>Set here: {what}</source>
        <translation>本处设置：{what}</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="237"/>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="237"/>
        <source>Delete text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="237"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="238"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="238"/>
        <source>New paragraph</source>
        <translation>另起一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="238"/>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="256"/>
        <location filename="../../layout_app/editor/textedit.py" line="587"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="585"/>
        <source>&amp;Type</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="596"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ed</name>
    <message>
        <source>Character style</source>
        <translation type="vanished">字符样式</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（无）</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Story editor</source>
        <translation type="vanished">稿件编辑器</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="vanished">文字(&amp;T)</translation>
    </message>
</context>
</TS>
