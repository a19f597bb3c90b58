<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../layout_app/editor/app.py" line="90"/>
        <source>Something went wrong inside layout_app ({error}). Your work is saved in the recovery file. Details: {log}</source>
        <translation>layout_app 内部出错了（{error}）。你的工作已存入恢复文件。详细信息：{log}</translation>
    </message>
</context>
<context>
    <name>Drop</name>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="23"/>
        <source>{file}: no room below the drop point for the photo</source>
        <translation>{file}：放下的位置下面没有地方放这张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="24"/>
        <source>{file}: photo placed, caption “{caption}”</source>
        <translation>{file}：已放置图片，图片说明“{caption}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="25"/>
        <source>{file}: photo placed, no caption in the file</source>
        <translation>{file}：已放置图片，文件里没有图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="26"/>
        <source>{file}: story “{headline}” has no room left in these columns</source>
        <translation>{file}：这几栏里已没有地方放稿件“{headline}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="27"/>
        <source>{file}: story “{headline}” placed — overset: link it to another frame</source>
        <translation>{file}：已放置稿件“{headline}”——超行了，请转到另一个框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="28"/>
        <source>{file}: story “{headline}” placed</source>
        <translation>{file}：已放置稿件“{headline}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="29"/>
        <source>{file}: caption kept for a photo, not placed: {text}</source>
        <translation>{file}：图片说明留给图片，没有放置：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="30"/>
        <source>{file}: not recognised: {text}</source>
        <translation>{file}：无法识别：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="31"/>
        <source>{file}: not a copy file (.txt .docx .md) or a photo (.jpg .png .tif .webp)</source>
        <translation>{file}：既不是稿件文件（.txt .docx .md）也不是图片（.jpg .png .tif .webp）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="32"/>
        <source>no room below the drop point for story “{headline}”</source>
        <translation>放下的位置下面没有地方放稿件“{headline}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="33"/>
        <source>no room below the drop point for photo {file}</source>
        <translation>放下的位置下面没有地方放图片“{file}”</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <location filename="../../layout_app/editor/export_worker.py" line="30"/>
        <source>export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/export_worker.py" line="34"/>
        <source>{pages} page(s), {photos} photo(s), {size} MB</source>
        <translation>{pages} 个版面，{photos} 张图片，{size} MB</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="49"/>
        <location filename="../../layout_app/editor/findings_panel.py" line="103"/>
        <source>Not checked yet</source>
        <translation>尚未预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="51"/>
        <source>Run preflight</source>
        <translation>运行预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="52"/>
        <source>Check the whole document for what would go wrong at the press</source>
        <translation>检查整个版面文件，找出印刷时会出的问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="64"/>
        <source>Preflight findings</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="67"/>
        <source>This page, while you edit</source>
        <translation>本版（编辑时随时检查）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="70"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="89"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="90"/>
        <source>{errors} error(s), {warnings} warning(s), checked at {time}</source>
        <translation>{errors} 个错误，{warnings} 个警告（{time} 检查）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="121"/>
        <source>No problems on this page</source>
        <translation>本版没有问题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="53"/>
        <source>Review</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="54"/>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="55"/>
        <location filename="../../layout_app/editor/main_window.py" line="432"/>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="56"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="432"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="113"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="114"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="115"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="117"/>
        <source>&amp;Export PDF/X…</source>
        <translation>导出 PDF/X(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="118"/>
        <source>&amp;Preflight</source>
        <translation>预检(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="121"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="126"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="127"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="128"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="129"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="130"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="131"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="133"/>
        <source>Column guides</source>
        <translation>分栏参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="134"/>
        <source>Line grid</source>
        <translation>行格参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="135"/>
        <source>Rulers</source>
        <translation>标尺</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="136"/>
        <source>Facing pages (spread)</source>
        <translation>对页（跨版）显示</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="137"/>
        <source>Review captions (read-only page)</source>
        <translation>图片说明校对（版面只读）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="140"/>
        <source>Continue story in a new frame…</source>
        <translation>稿件转到新框…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="141"/>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="142"/>
        <location filename="../../layout_app/editor/main_window.py" line="229"/>
        <source>Add page</source>
        <translation>添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="143"/>
        <source>Next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="144"/>
        <source>Previous page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <source>{frame}: overset by {n} lines (超 {n} 行)</source>
        <translation type="vanished">{frame}：超 {n} 行</translation>
    </message>
    <message>
        <source>{frame}: headline below its minimum size</source>
        <translation type="vanished">{frame}：标题小于最小字号</translation>
    </message>
    <message>
        <source>No problems on this page</source>
        <translation type="vanished">本版没有问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="189"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="190"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="200"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="203"/>
        <source>page {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="214"/>
        <source>Select a frame of the story first</source>
        <translation>请先选中稿件的一个框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="217"/>
        <source>Click where the story continues (change page with Ctrl+PgDown); Esc cancels</source>
        <translation>点击稿件接续的位置（用 Ctrl+PgDown 换版）；按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="254"/>
        <source>Drop files</source>
        <translation>拖入文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="257"/>
        <location filename="../../layout_app/editor/main_window.py" line="275"/>
        <source>Some files could not be placed</source>
        <translation>有些文件无法放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="273"/>
        <source>Place from panel</source>
        <translation>从面板放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="283"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="296"/>
        <source>Missing photos: {files} — relink them in the Photos panel</source>
        <translation>缺失图片：{files}——请在“图片”面板中重新链接</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="303"/>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="304"/>
        <source>layout_app found changes to this document that were not saved ({when}). Open them?</source>
        <translation>layout_app 发现本版面有未保存的修改（{when}）。要打开这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="305"/>
        <source>Recovered changes</source>
        <translation>恢复的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="310"/>
        <source>Open document</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="310"/>
        <location filename="../../layout_app/editor/main_window.py" line="320"/>
        <source>Documents (*.yaml)</source>
        <translation>版面文件 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="320"/>
        <source>Save document</source>
        <translation>保存版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="328"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="334"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="352"/>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="355"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="356"/>
        <source>Save the changes to this document before closing it?</source>
        <translation>关闭前保存对本版面的修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="409"/>
        <source>Export PDF/X-4</source>
        <translation>导出 PDF/X-4</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="409"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="416"/>
        <source>Preflight found errors</source>
        <translation>预检发现错误</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="417"/>
        <source>{n} error(s) would reach the press (see the Preflight panel). Export anyway?</source>
        <translation>有 {n} 个错误会带到印刷（见“预检”面板）。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="432"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="437"/>
        <source>Exported {path}: {summary}</source>
        <translation>已导出 {path}：{summary}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="441"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="304"/>
        <source>Link story to a new frame</source>
        <translation>稿件转到新框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="336"/>
        <source>Resize frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="336"/>
        <source>Move frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="357"/>
        <source>Nudge frame</source>
        <translation>微调框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="363"/>
        <source>Delete frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="386"/>
        <source>Pan photo</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="394"/>
        <source>Zoom photo</source>
        <translation>缩放图片</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="225"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="243"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="244"/>
        <source>Comment: {text}</source>
        <translation>意见：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="248"/>
        <source>Caption and credit checked</source>
        <translation>图片说明和署名已核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="261"/>
        <source>Relink photo</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="267"/>
        <source>Find the photo</source>
        <translation>查找图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="268"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="26"/>
        <source>“{char}” ({codepoint}) in {what}, paragraph {paragraph}, is in none of the shipped fonts</source>
        <translation>{what}第 {paragraph} 段的“{char}”（{codepoint}）在随附的字体里都没有</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="28"/>
        <source>{what} does not fit: 超 {lines} 行 ({lines} lines over)</source>
        <translation>{what}排不下：超 {lines} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="29"/>
        <source>{what} does not fit: 超 {lines} 行 ({lines} lines, {chars} characters over)</source>
        <translation>{what}排不下：超 {lines} 行（{chars} 字）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="31"/>
        <source>the headline of {story} had to be set at {size} pt, below its style&apos;s minimum, to fit</source>
        <translation>{story}的主题只能用 {size} 磅才排得下，小于样式规定的最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="33"/>
        <source>photo {file} changed since it was placed; check it and place it again</source>
        <translation>图片“{file}”放置后被改动过，请检查后重新放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="34"/>
        <source>photo {file} is in colour mode {mode}, which cannot be converted to CMYK for print</source>
        <translation>图片“{file}”的色彩模式是 {mode}，无法转换成印刷用的四色</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="36"/>
        <source>photo {file} is missing: relink it or put the file back</source>
        <translation>找不到图片“{file}”：请重新链接，或把文件放回原处</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="37"/>
        <source>photo {file} cannot be read: {reason}</source>
        <translation>图片“{file}”无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="38"/>
        <source>photo {file} prints at {ppi} ppi; newsprint needs at least {min} ppi — use a larger file or a smaller frame</source>
        <translation>图片“{file}”印出来只有 {ppi} ppi，新闻纸至少要 {min} ppi——请换更大的图片文件，或把图框缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="40"/>
        <source>photo {file} has neither a caption nor a credit (摄影者), and no page credit line (本版图片由…摄) names its photographer</source>
        <translation>图片“{file}”既没有图片说明，也没有摄影署名，本版也没有图片署名行（本版图片由…摄）写明摄影者</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="42"/>
        <source>photo {file} has no caption</source>
        <translation>图片“{file}”没有图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="43"/>
        <source>photo {file} has no credit (摄影者), and no page credit line (本版图片由…摄) names its photographer</source>
        <translation>图片“{file}”没有摄影署名，本版也没有图片署名行（本版图片由…摄）写明摄影者</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="45"/>
        <source>{frame} is empty</source>
        <translation>{frame}是空的</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="46"/>
        <source>{frame} does not touch its photo</source>
        <translation>{frame}没有紧挨着图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="47"/>
        <source>photo {file} has a caption but no caption frame on the page</source>
        <translation>图片“{file}”有图片说明，但本版没有放说明的框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="48"/>
        <source>{over} lies over {under}, so text is hidden or printed over; {fix}</source>
        <translation>{over}压在{under}上，文字会被遮住或叠印；{fix}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="49"/>
        <source>let text wrap around {other} (绕排), move one of them, or mark one of them “Overlap intended”</source>
        <translation>请让文字绕排{other}，或移开其中一个，或把其中一个标为“有意压叠”</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="51"/>
        <source>text wrap moves only body text: move one of them, or mark one of them “Overlap intended”</source>
        <translation>文字绕排只推开正文：请移开其中一个，或把其中一个标为“有意压叠”</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="53"/>
        <source>text of {frame} ({text}) lies under {over}; move one of them</source>
        <translation>{frame}的文字（{text}）被{over}压住了；请移开其中一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="21"/>
        <source>{story} is on no page: no frame on any page holds it</source>
        <translation>{story}不在任何版面上：没有哪个框放它</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="22"/>
        <source>the {part} of {story} is not printed: no frame holds it (add {need})</source>
        <translation>{story}的{part}没有印出来：没有框放它（请添加{need}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="23"/>
        <source>a heading frame</source>
        <translation>标题框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="24"/>
        <source>a byline frame or a body frame</source>
        <translation>署名框或正文框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="25"/>
        <source>a {part} frame</source>
        <translation>{part}框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="26"/>
        <source>the byline of {story} is not printed: no room for it at the head of its body</source>
        <translation>{story}的署名没有印出来：正文开头没有地方放它</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="28"/>
        <source>the byline of {story} is not printed: no room for it after the body</source>
        <translation>{story}的署名没有印出来：正文后面没有地方放它</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="29"/>
        <source>the byline of {story} is not printed: the body does not fit, so the byline after it has no room</source>
        <translation>{story}的署名没有印出来：正文排不下，后面的署名没有地方放</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="31"/>
        <source>{what} does not fit its columns: “{text}” is not printed</source>
        <translation>{what}在所占的栏里排不下：“{text}”没有印出来</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="32"/>
        <source>the credit of photo {file} ({credit}) is cut off at the foot of {frame} and named in no credit line</source>
        <translation>图片“{file}”的摄影署名（{credit}）在{frame}底部被截掉了，图片署名行里也没有</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="34"/>
        <source>the credit of photo {file} ({credit}) appears nowhere on {page}: not beside its caption, not in a credit line (本版图片由…摄)</source>
        <translation>图片“{file}”的摄影署名（{credit}）在{page}哪里都没有：既不在图片说明旁，也不在图片署名行（本版图片由…摄）里</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/furniture.py" line="17"/>
        <source>a rule strikes through the text of {frame} ({text}); put it on a free line or in a gutter</source>
        <translation>一条线穿过了{frame}的文字（{text}）；请把它放到空行或栏间</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/furniture.py" line="19"/>
        <source>the border of a box strikes through the text of {frame} ({text}); put it on a free line or in a gutter</source>
        <translation>一个框的边线穿过了{frame}的文字（{text}）；请把它放到空行或栏间</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="42"/>
        <source>page {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="43"/>
        <source>page {page}, column {col}, line {line}</source>
        <translation>第 {page} 版 第 {col} 栏 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="44"/>
        <source>photo {file}</source>
        <translation>图片“{file}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="45"/>
        <source>the {part} of {story}</source>
        <translation>{story}的{part}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="46"/>
        <source>the caption of photo {file}</source>
        <translation>图片“{file}”的说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="47"/>
        <source>an empty text frame</source>
        <translation>空文本框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="48"/>
        <source>story {id}</source>
        <translation>稿件 {id}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="49"/>
        <source>the running head</source>
        <translation>报眉</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="51"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="52"/>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="53"/>
        <source>headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="54"/>
        <source>deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="55"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="56"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="57"/>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="58"/>
        <source>credit</source>
        <translation>摄影署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/captioncheck.py" line="28"/>
        <source>the caption names {name}, which the story beside it (“{headline}”) does not mention</source>
        <translation>图片说明提到了{name}，但旁边的稿件（“{headline}”）没有提到</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>This page</source>
        <translation type="vanished">本版</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation type="vanished">预检结果</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="vanished">未发现问题</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="281"/>
        <source>Column</source>
        <translation>栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="281"/>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="282"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="282"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="294"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="295"/>
        <source>Size (号 or pt)</source>
        <translation>字号（号或磅）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="297"/>
        <source>Fill frame</source>
        <translation>填满图框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="298"/>
        <source>Fit whole photo</source>
        <translation>显示整张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="299"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="300"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="301"/>
        <source>Reset crop</source>
        <translation>取消裁切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="345"/>
        <source>Text wraps around it (绕排)</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="348"/>
        <source>Overlap intended</source>
        <translation>有意压叠</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="353"/>
        <source>Standoff (lines)</source>
        <translation>绕排间距（行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="374"/>
        <source>Text wrap</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="385"/>
        <source>Crop photo</source>
        <translation>裁切图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="394"/>
        <source>That would run off the grid</source>
        <translation>超出版心网格了</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="398"/>
        <source>Frame geometry</source>
        <translation>框位置与大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="414"/>
        <source>Change type size</source>
        <translation>更改字号</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../layout_app/editor/app.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/app.py" line="20"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../layout_app/editor/review.py" line="26"/>
        <source>Caption and credit checked</source>
        <translation>图片说明和署名已核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="28"/>
        <source>A note for the page editor</source>
        <translation>给版面编辑的留言</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="30"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="31"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="33"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="65"/>
        <source>(no caption)</source>
        <translation>（无图片说明）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="116"/>
        <source>Review caption</source>
        <translation>校对图片说明</translation>
    </message>
</context>
<context>
    <name>StoriesPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="52"/>
        <source>One paragraph per line</source>
        <translation>每行一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="55"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="57"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="122"/>
        <source>Edit story</source>
        <translation>编辑稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="129"/>
        <source>Apply to selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="133"/>
        <location filename="../../layout_app/editor/panels.py" line="184"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="134"/>
        <location filename="../../layout_app/editor/panels.py" line="205"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="160"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="172"/>
        <source>Set here: {what}</source>
        <translation>本处设置：{what}</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="9"/>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="10"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="11"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="12"/>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="13"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="14"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="15"/>
        <source>Photo credit</source>
        <translation>图片署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="16"/>
        <source>Jump line</source>
        <translation>转版说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="17"/>
        <source>Banner headline</source>
        <translation>通栏标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="18"/>
        <source>Banner deck</source>
        <translation>通栏副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="19"/>
        <source>Lead paragraph</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="20"/>
        <source>Headline of the lead story</source>
        <translation>头条主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="21"/>
        <source>Headline of the second story</source>
        <translation>二条主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="22"/>
        <source>Headline of a brief</source>
        <translation>简讯主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="24"/>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="25"/>
        <source>Quotation</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="26"/>
        <source>Emphasis dots</source>
        <translation>着重号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="38"/>
        <source>font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="38"/>
        <source>weight</source>
        <translation>字重</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="39"/>
        <source>size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="39"/>
        <source>leading</source>
        <translation>行距</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="40"/>
        <source>tracking</source>
        <translation>字距</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="40"/>
        <source>align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="41"/>
        <source>indent</source>
        <translation>首行缩进</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="41"/>
        <source>min size</source>
        <translation>最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="42"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="42"/>
        <source>grid lines</source>
        <translation>占行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="43"/>
        <source>space before</source>
        <translation>段前空行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="44"/>
        <source>space after</source>
        <translation>段后空行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="45"/>
        <source>line-break rules</source>
        <translation>避头尾</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="45"/>
        <source>hanging punctuation</source>
        <translation>标点悬挂</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="46"/>
        <source>emphasis dots</source>
        <translation>着重号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="49"/>
        <source>song</source>
        <translation>宋体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="49"/>
        <source>hei</source>
        <translation>黑体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="50"/>
        <source>kai</source>
        <translation>楷体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="50"/>
        <source>bold</source>
        <translation>粗</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="51"/>
        <source>regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="51"/>
        <source>justified</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="52"/>
        <source>left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="52"/>
        <source>centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="53"/>
        <source>right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="53"/>
        <source>none</source>
        <translation>不处理</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="54"/>
        <source>basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="54"/>
        <source>GB/T 15834</source>
        <translation>国标</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="55"/>
        <source>strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="55"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="56"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Preflight</source>
        <translation type="vanished">预检</translation>
    </message>
</context>
</TS>
