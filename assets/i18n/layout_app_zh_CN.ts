<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="22"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="22"/>
        <source>Cut the selection to the clipboard</source>
        <translation>把选中内容剪切到剪贴板</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="23"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="23"/>
        <source>Copy the selection to the clipboard</source>
        <translation>把选中内容复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="24"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="24"/>
        <source>Paste from the clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="25"/>
        <source>Paste in place</source>
        <translation>原位粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="25"/>
        <source>Paste where the copied frames were</source>
        <translation>粘贴到原来的位置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="26"/>
        <source>Duplicate</source>
        <translation>再制</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="26"/>
        <source>A copy of the selection beside it</source>
        <translation>在旁边复制一份</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="vanished">置于顶层</translation>
    </message>
    <message>
        <source>Above every other frame</source>
        <translation type="vanished">在所有框之上</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation type="vanished">上移一层</translation>
    </message>
    <message>
        <source>One step up in the stacking order</source>
        <translation type="vanished">叠放次序上移一层</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation type="vanished">下移一层</translation>
    </message>
    <message>
        <source>One step down in the stacking order</source>
        <translation type="vanished">叠放次序下移一层</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="vanished">置于底层</translation>
    </message>
    <message>
        <source>Below every other frame</source>
        <translation type="vanished">在所有框之下</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">锁定</translation>
    </message>
    <message>
        <source>Lock the frame against moving</source>
        <translation type="vanished">锁定框，防止移动</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="54"/>
        <source>Delete the frame (Delete key); Undo brings it back</source>
        <translation>删除框（Delete 键）；可撤销</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="61"/>
        <source>Continue story in a new frame…</source>
        <translation>稿件转到新框…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="61"/>
        <source>Click where the story goes on (Ctrl+L)</source>
        <translation>点击稿件接续的位置（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="63"/>
        <location filename="../../layout_app/editor/viewnav.py" line="79"/>
        <source>Zoom to selection</source>
        <translation>缩放到选中对象</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="63"/>
        <source>The frame fills the window (Ctrl+Alt+=)</source>
        <translation>框充满窗口（Ctrl+Alt+=）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="66"/>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="66"/>
        <source>Columns, lines, style, text wrap of the frame</source>
        <translation>框的栏、行、样式和绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="71"/>
        <source>Place…</source>
        <translation>置入…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="71"/>
        <source>Place a copy file or photo at a free spot (Ctrl+D)</source>
        <translation>把稿件或图片放到空白处（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="73"/>
        <location filename="../../layout_app/editor/viewnav.py" line="81"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="73"/>
        <source>The page whole in the window (Ctrl+0)</source>
        <translation>在窗口中显示整个版面（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="85"/>
        <source>Delete frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="61"/>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="61"/>
        <source>headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="61"/>
        <source>deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="61"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="62"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="67"/>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="67"/>
        <source>credit</source>
        <translation>摄影署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="81"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="82"/>
        <source>Text to find in every story, caption and credit (Enter: find)</source>
        <translation>在所有稿件、图片说明和署名中查找的文字（回车查找）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="85"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="86"/>
        <source>The new text; with regular expressions \1 takes the first group</source>
        <translation>新文字；使用正则表达式时 \1 代表第一组</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="87"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="88"/>
        <source>Find with a Python regular expression, e.g. \d+ 名 for any number of people</source>
        <translation>用正则表达式查找，如 [0-9]+ 名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="89"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="90"/>
        <source>Tell capital from small Latin letters (Chinese has no case)</source>
        <translation>区分拉丁字母的大小写（汉字没有大小写）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="92"/>
        <source>Every hit; click one to select and zoom to its frame</source>
        <translation>所有查找结果；单击一项选中并缩放到所在的框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="96"/>
        <source>Find all</source>
        <translation>全部查找</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="96"/>
        <source>List every hit (Enter)</source>
        <translation>列出所有结果（回车）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="97"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="97"/>
        <source>The hit before (Shift+F3)</source>
        <translation>上一个结果（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="98"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="98"/>
        <source>The next hit (F3)</source>
        <translation>下一个结果（F3）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="99"/>
        <location filename="../../layout_app/editor/findreplace.py" line="203"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="99"/>
        <source>Replace the hit shown, then show the next one</source>
        <translation>替换当前结果，然后显示下一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="101"/>
        <location filename="../../layout_app/editor/findreplace.py" line="210"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="101"/>
        <source>Replace every hit: one step to undo</source>
        <translation>替换所有结果：一步即可撤销</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="136"/>
        <source>Type what to find</source>
        <translation>请输入要查找的内容</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="138"/>
        <source>Cannot search: the regular expression is wrong at character {n} ({error})</source>
        <translation>无法查找：正则表达式第 {n} 个字符处有误</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="141"/>
        <source>Cannot search: {error}</source>
        <translation>无法查找：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="150"/>
        <location filename="../../layout_app/editor/findreplace.py" line="172"/>
        <source>{n} found</source>
        <translation>找到 {n} 处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="150"/>
        <location filename="../../layout_app/editor/findreplace.py" line="172"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="187"/>
        <source>This text is on no page yet</source>
        <translation>这段文字还没有排在任何版面上</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="212"/>
        <source>{n} replaced</source>
        <translation>已替换 {n} 处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="222"/>
        <source>Review mode: only captions and credits can change</source>
        <translation>校对模式：只能修改图片说明和署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="228"/>
        <source>Find/Replace</source>
        <translation>查找/替换</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="238"/>
        <source>&amp;Find/Replace…</source>
        <translation>查找/替换(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="240"/>
        <source>Find and replace in every story, caption and credit (Ctrl+F)</source>
        <translation>在所有稿件、图片说明和署名中查找和替换（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="249"/>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="249"/>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="32"/>
        <source>{w:g} × {h:g} mm, {cols} columns of {chars} characters, {lines} lines</source>
        <translation>{w:g} × {h:g} 毫米，{cols} 栏，每栏 {chars} 字，{lines} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="41"/>
        <source>New document</source>
        <translation>新建版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="45"/>
        <source>The page sizes and grids layout_app ships</source>
        <translation>layout_app 自带的版面尺寸和网格</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="126"/>
        <source>label_en</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="61"/>
        <source>The empty page: margins, masters (报头, running head) as they print</source>
        <translation>空白版面：版心和栏，与印刷一致</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="66"/>
        <source>How many pages the new document starts with</source>
        <translation>新文件的版数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="68"/>
        <source>The document&apos;s title (the edition, e.g. 要闻 A1)</source>
        <translation>文件标题（如 要闻 第1版）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="70"/>
        <source>Number of pages</source>
        <translation>版数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="71"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="137"/>
        <source>Cannot make the document</source>
        <translation>无法新建版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="144"/>
        <source>New document on {template}: not saved yet</source>
        <translation>已用 {template} 模板新建，尚未保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="160"/>
        <source>Review mode: the layout cannot change</source>
        <translation>校对模式：版面不能改动</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="164"/>
        <source>Place {file}</source>
        <translation>置入 {file}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="165"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="167"/>
        <source>Some files could not be placed</source>
        <translation>有些文件无法放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="172"/>
        <source>Place a copy file or photo</source>
        <translation>置入稿件或图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="173"/>
        <source>Copy and photos (*.txt *.docx *.md *.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>稿件和图片 (*.txt *.docx *.md *.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Copy and photos (*.txt *.docx *.md *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation type="vanished">稿件和图片 (*.txt *.docx *.md *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="181"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="183"/>
        <source>A new document from a template: 四开, 对开, Berliner, A3 (Ctrl+N)</source>
        <translation>用模板新建版面文件：四开、对开、柏林版、A3（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="188"/>
        <source>&amp;Place…</source>
        <translation>置入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="190"/>
        <source>Place a copy file or photo into the selected frame, or at a free spot (Ctrl+D)</source>
        <translation>把稿件或图片置入选中的框，未选框时放到空白处（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="95"/>
        <source>Click a page to edit it; drag a page to move it; right-click for more</source>
        <translation>单击编辑该版；拖动可调整版序；右键有更多操作</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="153"/>
        <source>Add a page after the selected one</source>
        <translation>在选中的版后面添加一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="154"/>
        <source>Delete the selected page (Undo brings it back)</source>
        <translation>删除选中的版（可撤销）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="155"/>
        <source>Move the selected page one place up</source>
        <translation>选中的版上移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="156"/>
        <source>Move the selected page one place down</source>
        <translation>选中的版下移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="160"/>
        <source>The master (报头, running head, folio) the selected page applies</source>
        <translation>选中的版所用的主页（报头、报眉、版次）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="216"/>
        <location filename="../../layout_app/editor/statusbar.py" line="67"/>
        <source>Page {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="257"/>
        <location filename="../../layout_app/editor/pages_panel.py" line="339"/>
        <source>(no master)</source>
        <translation>（无主页）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="284"/>
        <location filename="../../layout_app/editor/pages_panel.py" line="348"/>
        <source>Add page</source>
        <translation>添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="290"/>
        <source>A document keeps at least one page</source>
        <translation>文件至少要有一个版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="294"/>
        <source>Delete page {n}</source>
        <translation>删除第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="305"/>
        <source>Move page</source>
        <translation>移动版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="311"/>
        <location filename="../../layout_app/editor/pages_panel.py" line="336"/>
        <source>Apply master</source>
        <translation>应用主页</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="326"/>
        <source>Go to page</source>
        <translation>转到此版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="326"/>
        <source>Edit this page</source>
        <translation>编辑此版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="327"/>
        <source>Add page after</source>
        <translation>在后面添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="327"/>
        <source>An empty page after this one</source>
        <translation>在此版后面加一个空版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="328"/>
        <source>Delete page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="328"/>
        <source>Delete this page and its frames (Undo brings it back)</source>
        <translation>删除此版及其中的框（可撤销）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="330"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="330"/>
        <source>One place earlier in the edition</source>
        <translation>在版序中前移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="331"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="331"/>
        <source>One place later in the edition</source>
        <translation>在版序中后移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="356"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="358"/>
        <source>Thumbnails of every page: click to go, drag to reorder</source>
        <translation>各版缩略图：单击转到该版，拖动调整版序</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="68"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="68"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="68"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="86"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="87"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="89"/>
        <source>Every shortcut of this window, read from its commands (Ctrl+/)</source>
        <translation>本窗口的所有快捷键，直接从各命令读出（Ctrl+/）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/statusbar.py" line="36"/>
        <source>Mouse position from the trim&apos;s top-left corner, and the column and body line under it</source>
        <translation>鼠标位置（从成品左上角量起），以及所在的栏和行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/statusbar.py" line="39"/>
        <source>The page being edited</source>
        <translation>正在编辑的版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/statusbar.py" line="42"/>
        <source>Zoom: 100 % is actual size (View ▸ Actual size, Ctrl+1)</source>
        <translation>缩放：100 % 为实际大小（视图 ▸ 实际大小，Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/statusbar.py" line="77"/>
        <source>column {col}, line {line}</source>
        <translation>第 {col} 栏 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="16"/>
        <source>The document&apos;s stories; drag one onto the page to place it</source>
        <translation>本文件的稿件；拖到版面上即可放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="17"/>
        <source>The selected story&apos;s headline</source>
        <translation>选中稿件的主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="18"/>
        <source>The selected story&apos;s body, one paragraph per line</source>
        <translation>选中稿件的正文，每行一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="19"/>
        <source>The paragraph style of the paragraph at the cursor</source>
        <translation>光标所在段落的段落样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="20"/>
        <source>A character style for the selected characters</source>
        <translation>给选中文字的字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="21"/>
        <source>Give the selected characters this character style</source>
        <translation>把这个字符样式用于选中的文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="22"/>
        <source>The document&apos;s photos; drag one onto the page to place it</source>
        <translation>本文件的图片；拖到版面上即可放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="23"/>
        <source>Point the selected photo to its file again (moved or renamed)</source>
        <translation>为选中的图片重新指定文件（文件移动或改名后）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="24"/>
        <source>Type size of the frame&apos;s style, in 号 (五号, 小四…) or pt</source>
        <translation>框的样式字号，用号（五号、小四…）或磅</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="25"/>
        <source>Body text of other frames runs around this one (绕排)</source>
        <translation>其他框的正文绕开此框排（绕排）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="26"/>
        <source>Body lines kept free above and below the frame</source>
        <translation>框上下空出的正文行数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="27"/>
        <source>This frame lies over text on purpose: preflight does not report it</source>
        <translation>此框有意压在文字上，预检不报告</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="28"/>
        <source>Live checks of the page shown; click one to go to it</source>
        <translation>当前版面的实时检查；单击转到该处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="29"/>
        <source>The last preflight&apos;s findings; click one to go to it</source>
        <translation>最近一次预检的结果；单击转到该处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="30"/>
        <source>Photos to review; pick one to check its caption and credit</source>
        <translation>待校对的图片；选一张核对图片说明和署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="31"/>
        <source>The caption as it will print</source>
        <translation>将印出的图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="32"/>
        <source>The photographer&apos;s credit as it will print</source>
        <translation>将印出的摄影署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="33"/>
        <source>Tick when caption and credit are checked against the photo</source>
        <translation>图片说明和署名与图片核对无误后勾选</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="34"/>
        <source>A note for the page editor</source>
        <translation>给版面编辑的留言</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="40"/>
        <source>First column of the frame, from 0</source>
        <translation>框的起始栏（从 0 起）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="40"/>
        <source>Columns the frame spans</source>
        <translation>框跨的栏数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="41"/>
        <source>First body line of the frame, from 0</source>
        <translation>框的起始行（从 0 起）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="41"/>
        <source>Body lines the frame is tall</source>
        <translation>框高的正文行数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="46"/>
        <source>The photo covers the frame (cut to its shape)</source>
        <translation>图片填满图框（按框裁切）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="46"/>
        <source>The whole photo inside the frame</source>
        <translation>整张图片显示在框内</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="47"/>
        <source>Show less of the photo, larger</source>
        <translation>放大图片，显示较少部分</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="47"/>
        <source>Show more of the photo, smaller</source>
        <translation>缩小图片，显示较多部分</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tooltips.py" line="48"/>
        <source>Show the whole photo again</source>
        <translation>重新显示整张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/viewnav.py" line="71"/>
        <source>Fit spread</source>
        <translation>适合跨版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/viewnav.py" line="73"/>
        <source>Both pages of the spread in the window (Ctrl+Alt+0)</source>
        <translation>在窗口中显示跨版的两个版面（Ctrl+Alt+0）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/viewnav.py" line="76"/>
        <source>100 %: a millimetre on the page is a millimetre on the screen (Ctrl+1)</source>
        <translation>100 %：版面上的一毫米在屏幕上也是一毫米（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/viewnav.py" line="79"/>
        <source>Zoom so that the selected frames fill the window</source>
        <translation>缩放使选中的框充满窗口</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/viewnav.py" line="81"/>
        <source>The page being edited whole in the window</source>
        <translation>在窗口中显示整个当前版面</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../layout_app/editor/app.py" line="104"/>
        <source>Something went wrong inside layout_app ({error}). Your work is saved in the recovery file. Details: {log}</source>
        <translation>layout_app 内部出错了，你的工作已存入恢复文件。请把这个文件交给技术人员：{log}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/app.py" line="137"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
</context>
<context>
    <name>Arranger</name>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="56"/>
        <source>Locked: %1</source>
        <translation>已锁定：%1</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="63"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="68"/>
        <source>Distribute</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="73"/>
        <location filename="../../layout_app/editor/arrange.py" line="226"/>
        <source>Bring forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="73"/>
        <location filename="../../layout_app/editor/arrange.py" line="227"/>
        <source>Send backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="74"/>
        <location filename="../../layout_app/editor/arrange.py" line="225"/>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="74"/>
        <location filename="../../layout_app/editor/arrange.py" line="228"/>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="83"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="83"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="91"/>
        <source>Nudge</source>
        <translation>微移</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="97"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="134"/>
        <source>The clipboard holds frames this editor cannot read</source>
        <translation>剪贴板里的框无法读取（可能来自别的版本）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="147"/>
        <source>Paste in place</source>
        <translation>原位粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="147"/>
        <location filename="../../layout_app/editor/arrange.py" line="163"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="169"/>
        <source>Duplicate</source>
        <translation>再制</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="190"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="207"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="208"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="209"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="210"/>
        <source>Paste in &amp;place</source>
        <translation>原位粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="211"/>
        <source>D&amp;uplicate</source>
        <translation>直接复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="212"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="213"/>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="215"/>
        <source>&amp;Object</source>
        <translation>对象(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="217"/>
        <source>Align left edges</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="217"/>
        <source>Align right edges</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="218"/>
        <source>Align top edges</source>
        <translation>顶对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="218"/>
        <source>Align bottom edges</source>
        <translation>底对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="219"/>
        <source>Align horizontal centres</source>
        <translation>水平居中对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="219"/>
        <source>Align vertical centres</source>
        <translation>垂直居中对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="222"/>
        <source>Distribute horizontally</source>
        <translation>水平分布</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="223"/>
        <source>Distribute vertically</source>
        <translation>垂直分布</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/arrange.py" line="230"/>
        <source>Lock / unlock</source>
        <translation>锁定/解锁</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../layout_app/cliwords.py" line="15"/>
        <source>{path}: {pages} page(s), {photos} photo(s), {mb} MB, {kind}</source>
        <translation>{path}：{pages} 版，{photos} 张图片，{mb} MB，{kind}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="16"/>
        <source>PDF/X-4</source>
        <translation>PDF/X-4</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="17"/>
        <source>plain PDF for the screen</source>
        <translation>屏幕用普通 PDF</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="18"/>
        <source>forced past {finding}</source>
        <translation>强行导出，未改：{finding}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="19"/>
        <source>{path}: {stories} stories{parts}; {placed} of {came} photos placed{unread}, on {template}</source>
        <translation>{path}：{stories} 篇稿件{parts}；图片上版 {placed} 张（共 {came} 张{unread}），版式 {template}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="20"/>
        <source> ({n} could not be read)</source>
        <translation>，{n} 张无法读取</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="21"/>
        <source>white between two items (the editor&apos;s live check shows it): {place}: {message}</source>
        <translation>两项之间留白（编辑器的实时检查会显示）：{place}：{message}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="22"/>
        <source>banner</source>
        <translation>通栏标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="22"/>
        <source>lead</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="23"/>
        <source>credits</source>
        <translation>图片署名行</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="23"/>
        <source>unassigned</source>
        <translation>未归类稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="24"/>
        <source>, {part}</source>
        <translation>，{part}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="26"/>
        <source>preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="26"/>
        <source>photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="27"/>
        <source>pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="28"/>
        <source>could not: {what}</source>
        <translation>未能使用：{what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="29"/>
        <source>warning: {what}</source>
        <translation>警告：{what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="30"/>
        <source>notice: {what}</source>
        <translation>提示：{what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="32"/>
        <source>{file}: read as {encoding}</source>
        <translation>{file}：按 {encoding} 编码读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="34"/>
        <source>{file}: read as a Word document (.docx)</source>
        <translation>{file}：按 Word 文档（.docx）读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="35"/>
        <source>{file}: read from the printed page&apos;s PDF</source>
        <translation>{file}：从印好的版面 PDF 读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="36"/>
        <source>banner: {heading}  ({confidence})</source>
        <translation>通栏标题：{heading}（把握 {confidence}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="37"/>
        <source>lead: {text}…</source>
        <translation>导语：{text}…</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="38"/>
        <source>story {k}: {heading}  ({paragraphs} paragraph(s){subheads}{byline}; {confidence})</source>
        <translation>稿件 {k}：{heading}（{paragraphs} 段{subheads}{byline}；把握 {confidence}）</translation>
    </message>
    <message>
        <source>story {k}: {heading}  ({paragraphs} paragraph(s){byline}; {confidence})</source>
        <translation type="vanished">稿件 {k}：{heading}（{paragraphs} 段{byline}；把握 {confidence}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="39"/>
        <source>, {byline}</source>
        <translation>，{byline}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="40"/>
        <source>, {n} subhead(s)</source>
        <translation>，小标题 {n} 个</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="41"/>
        <source>, a briefs column of {n} item(s)</source>
        <translation>，简讯栏，共 {n} 条</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="42"/>
        <source>caption → story {k} ({confidence}): {text}</source>
        <translation>图片说明 → 稿件 {k}（把握 {confidence}）：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="43"/>
        <source>caption → NO STORY, check it ({confidence}): {text}</source>
        <translation>图片说明 → 未找到所属稿件，请核对（把握 {confidence}）：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="44"/>
        <source>    candidates: {candidates}</source>
        <translation>    可能属于：{candidates}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="45"/>
        <source>story {k} 《{headline}》, sharing {names}</source>
        <translation>稿件 {k}《{headline}》，共有 {names}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="46"/>
        <source>none shares a name</source>
        <translation>没有哪篇稿件与它有共同的名称</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="47"/>
        <source>credit: {text}</source>
        <translation>署名：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/cliwords.py" line="48"/>
        <source>unassigned: {text}</source>
        <translation>未归类：{text}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="37"/>
        <source>Changed here and by a colleague</source>
        <translation>你和同事改了同一处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="40"/>
        <source>You and a colleague changed the same text. The store keeps theirs until you choose; nothing is lost.</source>
        <translation>你和同事改了同一段文字。在你选择之前，库中保留同事的版本；两边的文字都不会丢失。</translation>
    </message>
    <message>
        <source>{kind} {key}: {field}</source>
        <translation type="vanished">{kind} {key}：{field}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="59"/>
        <source>{name}: {field}</source>
        <translation>{name}：{field}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="62"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="62"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="63"/>
        <source>Theirs ({who}, in the store now)</source>
        <translation>同事的（{who}，库中现有）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/conflicts.py" line="64"/>
        <source>Keep theirs</source>
        <translation>保留同事的</translation>
    </message>
</context>
<context>
    <name>Drop</name>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="22"/>
        <source>{file}: no room below the drop point for the photo</source>
        <translation>{file}：放下的位置下面没有地方放这张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="23"/>
        <source>{file}: photo placed, caption “{caption}”</source>
        <translation>{file}：已放置图片，图片说明“{caption}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="24"/>
        <source>{file}: photo placed, no caption in the file</source>
        <translation>{file}：已放置图片，文件里没有图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="25"/>
        <source>{file}: story “{headline}” has no room left in these columns</source>
        <translation>{file}：这几栏里已没有地方放稿件“{headline}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="26"/>
        <source>{file}: story “{headline}” placed — overset: link it to another frame</source>
        <translation>{file}：已放置稿件“{headline}”——超行了，请转到另一个框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="27"/>
        <source>{file}: story “{headline}” placed</source>
        <translation>{file}：已放置稿件“{headline}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="28"/>
        <source>{file}: a caption with no photo, kept in story {story} on no page (Stories panel): {text}</source>
        <translation>{file}：没有图片的图片说明，已留在稿件 {story} 中，未上版（见稿件面板）：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="30"/>
        <source>{file}: not recognised, kept in story {story} on no page (Stories panel): {text}</source>
        <translation>{file}：无法识别，已留在稿件 {story} 中，未上版（见稿件面板）：{text}</translation>
    </message>
    <message>
        <source>{file}: caption kept for a photo, not placed: {text}</source>
        <translation type="vanished">{file}：图片说明留给图片，没有放置：{text}</translation>
    </message>
    <message>
        <source>{file}: not recognised: {text}</source>
        <translation type="vanished">{file}：无法识别：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="32"/>
        <source>{file}: not a copy file (.txt .docx .md .pdf) or a photo (.jpg .png .tif .webp)</source>
        <translation>{file}：既不是稿件文件（.txt .docx .md .pdf）也不是图片（.jpg .png .tif .webp）</translation>
    </message>
    <message>
        <source>{file}: not a copy file (.txt .docx .md) or a photo (.jpg .png .tif .webp)</source>
        <translation type="vanished">{file}：既不是稿件文件（.txt .docx .md）也不是图片（.jpg .png .tif .webp）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="33"/>
        <source>no room below the drop point for story “{headline}”</source>
        <translation>放下的位置下面没有地方放稿件“{headline}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/dropin.py" line="34"/>
        <source>no room below the drop point for photo {file}</source>
        <translation>放下的位置下面没有地方放图片“{file}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/place.py" line="23"/>
        <source>{file}: no free room of {cols} columns × {lines} lines on this page: placed at the top left, over other frames</source>
        <translation>{file}：本版没有 {cols} 栏 × {lines} 行的空位：已放在左上角，压在其他框上</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/place.py" line="25"/>
        <source>{file}: photo placed in the selected frame</source>
        <translation>{file}：图片已放入选中的框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/place.py" line="26"/>
        <source>{file}: story “{headline}” placed in the selected frame</source>
        <translation>{file}：稿件“{headline}”已放入选中的框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/place.py" line="27"/>
        <source>{file}: {n} more stories kept in the Stories panel, not placed</source>
        <translation>{file}：另有 {n} 篇稿件留在“稿件”面板中，未放到版面上</translation>
    </message>
</context>
<context>
    <name>EditionBoard</name>
    <message>
        <location filename="../../layout_app/editor/board.py" line="27"/>
        <source>Page</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="27"/>
        <source>Section</source>
        <translation>版名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="28"/>
        <source>Held by</source>
        <translation>占用人</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="29"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="29"/>
        <source>Overset</source>
        <translation>超版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="30"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="31"/>
        <source>page editor</source>
        <translation>版面编辑</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="32"/>
        <source>reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="33"/>
        <source>chief editor</source>
        <translation>值班总编</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="34"/>
        <source>print staff</source>
        <translation>照排员</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="35"/>
        <source>story {name} ({holder})</source>
        <translation>稿件{name}（{holder}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="36"/>
        <source>photo {name} ({holder})</source>
        <translation>图片 {name}（{holder}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="45"/>
        <source>Edition board — {edition}</source>
        <translation>版面看板——{edition}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="57"/>
        <source>Submit for review</source>
        <translation>送审</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="57"/>
        <source>Sign off (签发)</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="57"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="58"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="58"/>
        <source>Release check-out…</source>
        <translation>解除占用…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="59"/>
        <source>Export signed pages…</source>
        <translation>导出已签发版面…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="66"/>
        <source>{user} ({role})</source>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="101"/>
        <source>v{version} {user}</source>
        <translation>版本 {version}（{user}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="102"/>
        <source>{n} lines</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="110"/>
        <source>Checked out: {items}</source>
        <translation>占用中：{items}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="110"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="132"/>
        <source>{e} errors, {w} warnings</source>
        <translation>{e} 个错误，{w} 个警告</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="133"/>
        <source>clean</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="149"/>
        <source>Select a page first</source>
        <translation>请先选择一个版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="164"/>
        <source>Page {page}: {status}</source>
        <translation>第 {page} 版：{status}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="188"/>
        <source>Release check-out</source>
        <translation>解除占用</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="192"/>
        <source>Sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="205"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="206"/>
        <source>Page {page} has {n} open finding(s):
{findings}

Sign it off all the same?</source>
        <translation>第 {page} 版还有 {n} 个问题没有处理：
{findings}

仍要签发吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="209"/>
        <source>Page {page} not signed: {n} finding(s) open</source>
        <translation>第 {page} 版未签发：还有 {n} 个问题没有处理</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="216"/>
        <source>Page {page} is not checked out</source>
        <translation>第 {page} 版未被占用</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="219"/>
        <source>{holder} has page {page} checked out. Release it? Their unsaved work stays on their desk but they can no longer save over others.</source>
        <translation>{holder} 正占用第 {page} 版。要解除吗？其未保存的修改仍留在其电脑上，但不能再覆盖他人的修改。</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="223"/>
        <source>Page {page} released</source>
        <translation>第 {page} 版已解除占用</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="232"/>
        <source>Export signed pages into</source>
        <translation>导出已签发版面到</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="241"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="250"/>
        <source>{n} signed page(s) exported</source>
        <translation>已导出 {n} 个已签发版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="253"/>
        <source>; not exported, preflight found errors: page(s) {pages}</source>
        <translation>；未导出（预检发现错误）：第 {pages} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/board.py" line="257"/>
        <source>; page {page} not exported: {why}</source>
        <translation>；第 {page} 版未能导出：{why}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>export failed: {error}</source>
        <translation type="vanished">导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/export_worker.py" line="43"/>
        <source>export failed inside layout_app ({error}); nothing was written. Details: {log}</source>
        <translation>导出时 layout_app 内部出错，没有写入任何文件。请把这个文件交给技术人员：{log}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/export_worker.py" line="48"/>
        <source>{pages} page(s), {photos} photo(s), {size} MB</source>
        <translation>{pages} 个版面，{photos} 张图片，{size} MB</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="50"/>
        <location filename="../../layout_app/editor/findings_panel.py" line="113"/>
        <source>Not checked yet</source>
        <translation>尚未预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="52"/>
        <source>Run preflight</source>
        <translation>运行预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="53"/>
        <source>Check the whole document for what would go wrong at the press</source>
        <translation>检查整个版面文件，找出印刷时会出的问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="65"/>
        <source>Preflight findings</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="68"/>
        <source>This page, while you edit</source>
        <translation>本版（编辑时随时检查）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="80"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="99"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="100"/>
        <source>{errors} error(s), {warnings} warning(s), checked at {time}</source>
        <translation>{errors} 个错误，{warnings} 个警告（{time} 检查）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findings_panel.py" line="141"/>
        <source>No problems on this page</source>
        <translation>本版没有问题</translation>
    </message>
</context>
<context>
    <name>GalleyPanel</name>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="58"/>
        <source>Story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="59"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="59"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="59"/>
        <source>Deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="60"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="69"/>
        <source>Body: one paragraph per line</source>
        <translation>正文：每行一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="167"/>
        <source>{chars} characters (headings {heading}) · {lines} lines</source>
        <translation>字数 {chars}（标题 {heading}）· 行数 {lines}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="170"/>
        <source>Not on a page</source>
        <translation>未上版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="173"/>
        <source>Overset by {n} lines</source>
        <translation>超 {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="176"/>
        <source>Short by {n} lines</source>
        <translation>缺 {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="179"/>
        <source>Fits</source>
        <translation>正好</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="213"/>
        <source>Edit story</source>
        <translation>编辑稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/galley.py" line="241"/>
        <source>Story editor</source>
        <translation>稿件编辑器</translation>
    </message>
</context>
<context>
    <name>HolderMarks</name>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="362"/>
        <source>Checked out by {name}</source>
        <translation>{name} 签出</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="11"/>
        <source>{file}: starts with a UTF-8 byte-order mark but the text is {enc}: read as {enc}</source>
        <translation>{file}：文件开头有 UTF-8 字节顺序标记，但正文是 {enc} 编码：已按 {enc} 读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="12"/>
        <source>{file}: read as {enc}, but it could be {other}; if the text looks wrong, give --encoding {other}</source>
        <translation>{file}：已按 {enc} 编码读入，但也可能是 {other}；如果文字看起来不对，请把文件另存为 UTF-8 再放入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="14"/>
        <source>{file}: footnotes were ignored (a newspaper story has none)</source>
        <translation>{file}：脚注已略去（报纸稿件不用脚注）</translation>
    </message>
    <message>
        <source>{file}: {n} table(s) read as plain lines, one a cell</source>
        <translation type="vanished">{file}：{n} 个表格已按普通文字读入，每格一行</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="29"/>
        <source>{file}: looks taken out of a PDF: column lines joined into paragraphs, side-by-side columns and letter-spacing undone (check the paragraphs)</source>
        <translation>{file}：看来是从 PDF 中取出的文字：分栏的行已接成段落，并排的栏和字距已还原（请核对段落）</translation>
    </message>
    <message>
        <source>{file}: the order of {n} lines of side-by-side columns, from {first!r} to {last!r}, is a guess (another order reads as well): check those paragraphs</source>
        <translation type="vanished">{file}：并排的栏里从“{first}”到“{last}”的 {n} 行，先后次序是推断的（换一种次序也读得通）：请核对这几段</translation>
    </message>
    <message>
        <source>{file}: table {n} (first cell {cell!r}): each row read as a paragraph of the story it stands in, its cells apart by a full-width space — check them</source>
        <translation type="vanished">{file}：第 {n} 个表格（首格 {cell!r}）已逐行作为所在稿件的段落读入，各格之间空一个全角空格——请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="26"/>
        <source>{file}: table {n} (first cell {cell!r}) lays copy out, it holds no figures: its text read as copy, cell by cell</source>
        <translation>{file}：第 {n} 个表格（首格 {cell!r}）是用来排文字的，不是数据表：其中文字已逐格按稿件读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="32"/>
        <source>{file}: looks taken out of a PDF: column lines joined into paragraphs, side-by-side columns and letter-spacing undone (check the paragraphs); import the page&apos;s .pdf itself if you have it: its type sizes and indents tell kicker, headline, captions and paragraphs apart</source>
        <translation>{file}：看来是从 PDF 中取出的文字：分栏的行已接成段落，并排的栏和字距已还原（请核对段落）；如有该版的 PDF 文件，请直接导入 PDF：字号和缩进能分清引题、主题、图片说明和段落</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="37"/>
        <source>{file}: the order of {n} column lines, from {first!r} to {last!r}, is a guess (another order reads as well): check those paragraphs</source>
        <translation>{file}：栏里从“{first}”到“{last}”的 {n} 行，先后次序是推断的（换一种次序也读得通）：请核对这几段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="39"/>
        <source>{file}: whether {last!r} opens a new paragraph or goes on the line of {first!r} is a guess (the column lines read both ways): check those paragraphs</source>
        <translation>{file}：「{last}」是另起一段，还是接在「{first}」那一行后面，是推断的（两种读法都说得通）：请核对这几段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="42"/>
        <source>{file}: {notice}</source>
        <translation>{file}：{notice}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="44"/>
        <source>{file}: story {head!r}: {subheads} read as its subheads (short lines between its paragraphs, nothing marking them): check they are no stories&apos; headlines</source>
        <translation>{file}：稿件“{head}”：{subheads}读作它的小标题（正文段落之间的短行，没有缩进或编号标明）：请核对它们不是另一篇稿件的标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="47"/>
        <source>{file}: {title!r}: {lines} short lines in {stanzas} stanzas read as verse ({poems} poem(s)): its line and stanza breaks kept, set in the verse style</source>
        <translation>{file}：“{title}”：{lines} 个短行、{stanzas} 节读作诗歌（{poems} 首）：分行和分节照原样保留，按诗歌样式排</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="49"/>
        <source>{file}: {title!r}: {lines} short lines read as verse, a guess (no label says so, one short stanza): its line breaks kept — check it is no list</source>
        <translation>{file}：“{title}”：{lines} 个短行推断为诗歌（没有栏题标明，只有一节）：分行照原样保留——请核对它不是列表</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="51"/>
        <source>{file}: {captions} captions and {stories} stories are more than one page holds: captions were not matched to stories</source>
        <translation>{file}：{captions} 条图片说明、{stories} 篇稿件，超过一个版面的容量：图片说明没有与稿件配对</translation>
    </message>
    <message>
        <source>caption {text!r} is known by its shape only (the copy&apos;s blank lines do not set it apart): check it is not a story&apos;s last paragraph</source>
        <translation type="vanished">“{text}”仅凭句子的样子判断为图片说明（它与正文之间的空行、缩进和段落之间的一样）：请核对它不是某篇稿件的最后一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="56"/>
        <source>story {k} kicker {kicker!r} may be the page banner: check it</source>
        <translation>引题“{kicker}”可能是本版的通栏标题：请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="57"/>
        <source>the page lead breaks off mid-sentence at {cut!r}: a heading line or a column of a story may have run into it — check it</source>
        <translation>导语在“{cut}”处断在半句：可能有一行标题或某篇稿件的一栏文字接了进来——请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="59"/>
        <source>banner {headline!r} is a guess from its place on the page (confidence {confidence:.0%}): check it</source>
        <translation>通栏标题“{headline}”是按它在版面上的位置推断的（把握 {confidence:.0%}）：请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="61"/>
        <source>story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}): check it</source>
        <translation>稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}）：请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="63"/>
        <source>story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}; the text of a printed page has lost the type sizes, and a headline set in two lines reads like a kicker over a headline): check it</source>
        <translation>稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}；从印好的版面取出的文字已没有字号，排成两行的主题读来像引题加主题）：请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="67"/>
        <source>story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}; two heading lines, one in figures: a kicker over a headline that counts, or a headline over its deck in figures without a dash): check it</source>
        <translation>稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}；两行标题，其中一行是数字：可能是引题加带数字的主题，也可能是主题加不带破折号的数字副题）：请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="72"/>
        <source>story {k} {head!r}: the kicker, two phrases naming no place, may as well be the first line of a headline set in two lines (confidence {confidence:.0%}): check on the page whether it is set in the headline&apos;s type</source>
        <translation>稿件“{head}”：引题是两个短语、没有点出地方，也可能是分两行排的主题的第一行（把握 {confidence:.0%}）：请对照版面，看它是否用主题的字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="76"/>
        <source>story {k} {head!r}: the kicker, naming no place, may as well be the first line of a headline set in two lines, broken where compose would break it (confidence {confidence:.0%}): check on the page whether it is set in the headline&apos;s type</source>
        <translation>稿件“{head}”：引题没有点出地方，也可能是分两行排的主题的第一行——排版正会在那里转行（把握 {confidence:.0%}）：请对照版面，看它是否用主题的字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="80"/>
        <source>story {k} {head!r}: the headline opens on a verb; the kicker&apos;s last phrase may be its subject, the headline broken after it (confidence {confidence:.0%}): check on the page where the headline begins</source>
        <translation>稿件“{head}”：主题以动词开头，引题的最后一个短语可能是它的主语、主题从那里转行（把握 {confidence:.0%}）：请对照版面核对主题从哪里开始</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="83"/>
        <source>story {k} {head!r}: two heading lines were read as one headline, the first a place and its colon — it may be a kicker over the headline (confidence {confidence:.0%}): check on the page</source>
        <translation>稿件“{head}”：两行标题被读作一个主题，第一行是地名加冒号——它也可能是主题上方的引题（把握 {confidence:.0%}）：请对照版面核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="86"/>
        <source>story {k} {head!r}: the short paragraph {cut!r} may be the end of the paragraph above (the text of a printed page has lost its indents) (confidence {confidence:.0%}): check the paragraph break</source>
        <translation>稿件“{head}”：短段“{cut}”可能是上一段的结尾（从印好的版面取出的文字已没有段首缩进）（把握 {confidence:.0%}）：请核对分段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="89"/>
        <source>story {k} {head!r}: the headline ends taking the reader to a place, as a kicker does — the story&apos;s own headline may be elsewhere in the text (confidence {confidence:.0%}): check its heading on the page</source>
        <translation>稿件“{head}”：主题以“走进某地”结尾，这是引题的写法——这篇稿件自己的主题可能在文字的别处（把握 {confidence:.0%}）：请对照版面核对标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="92"/>
        <source>story {k} {head!r}: its text is one paragraph opening on no dateline (本报讯) — the rest of it may have gone into another story, or its heading be a line of another&apos;s (confidence {confidence:.0%}): check its paragraphs</source>
        <translation>稿件“{head}”：正文只有一段，且不以电头（本报讯）开头——其余段落可能接到了别的稿件里，或它的标题是别的稿件的一行（把握 {confidence:.0%}）：请核对各段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="95"/>
        <source>story {k} {head!r}: its text was put together from column lines in an order that is a guess (confidence {confidence:.0%}): check its paragraphs</source>
        <translation>稿件“{head}”：正文是按推断的顺序把各栏文字接起来的（把握 {confidence:.0%}）：请核对各段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="97"/>
        <source>story {k} {head!r}: where one of its paragraphs ends is a guess (confidence {confidence:.0%}): check its paragraphs</source>
        <translation>稿件“{head}”：其中一段在哪里结束是推断的（把握 {confidence:.0%}）：请核对各段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="99"/>
        <source>story {k} {head!r}: its text breaks off mid-sentence at {cut!r} (confidence {confidence:.0%}): a column of it may have gone into another story, or one of another&apos;s into it: check its paragraphs</source>
        <translation>稿件“{head}”：正文在“{cut}”处断在半句（把握 {confidence:.0%}）：可能有一栏文字接到了别的稿件里，或别的稿件的一栏接到了这里：请核对各段</translation>
    </message>
    <message>
        <source>{file}: {text!r} is the printed page&apos;s running head (page, section, date), not copy: it is kept as unassigned</source>
        <translation type="vanished">{file}：“{text}”是版面的眉头（版次、版名、日期），不是稿件：放在未归类里</translation>
    </message>
    <message>
        <source>{file}: {text!r} stands outside the page&apos;s trim (printer&apos;s marks, the slug), not copy: it is kept as unassigned</source>
        <translation type="vanished">{file}：“{text}”在版面裁切线以外（印刷标记、版面信息行），不是稿件：放在未归类里</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="16"/>
        <source>{file}: table “{name}”: {rows} row(s), {cols} column(s) — kept as a table in the story “{story}”</source>
        <translation>{file}：表格“{name}”共 {rows} 行 {cols} 列，已作为表格排入稿件“{story}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="18"/>
        <source>{file}: table “{name}”: {rows} row(s), {cols} column(s) — kept as a table standing on its own</source>
        <translation>{file}：表格“{name}”共 {rows} 行 {cols} 列，已作为表格单独成篇</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="21"/>
        <source>{file}: table “{name}”: {rows} row(s), {cols} column(s) — set with the story “{story}”, which names {names}</source>
        <translation>{file}：表格“{name}”共 {rows} 行 {cols} 列，已排入稿件“{story}”：这篇稿件提到了表中的{names}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="23"/>
        <source>{file}: table “{name}”: {rows} row(s), {cols} column(s) — set as an item of its own after “{follows}”: no story names what it lists (a briefs column takes no table)</source>
        <translation>{file}：表格“{name}”共 {rows} 行 {cols} 列，单独成篇，排在“{follows}”之后：没有哪篇稿件提到表中所列的内容（简讯栏里不排表格）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="54"/>
        <source>caption {text!r} is known by its shape only (the blank lines around it are no wider than those between paragraphs): check it is not a story&apos;s last paragraph</source>
        <translation>“{text}”仅凭句子的样子判断为图片说明（它与正文之间的空行、缩进和段落之间的一样）：请核对它不是某篇稿件的最后一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="102"/>
        <source>{file}: {text!r} is the printed page&apos;s running head (page, section, date), not copy: it is set aside</source>
        <translation>{file}：“{text}”是版面的眉头（版次、版名、日期），不是稿件：已放在一边</translation>
    </message>
    <message>
        <source>{file}: {text!r} is the printed page&apos;s running head (报眉), not copy: it is set aside — page {page}, section {section}, paper {paper}, date {date}, editor {editor} (— where it prints none)</source>
        <translation type="vanished">{file}：“{text}”是版面的报眉，不是稿件：已放在一边——版次 {page}，版名 {section}，报名 {paper}，日期 {date}，责任编辑 {editor}（“—”：报眉上没有）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="105"/>
        <source>{file}: {text!r} is the printed page&apos;s running head (报眉), not copy: it is set aside — page {page}, section {section}, paper {paper}, date {date}, editor {editor}, art editor {art_editor} (— where it prints none)</source>
        <translation>{file}：“{text}”是版面的报眉，不是稿件：已放在一边——版次 {page}，版名 {section}，报名 {paper}，日期 {date}，责任编辑 {editor}，美术编辑 {art_editor}（“—”：报眉上没有）</translation>
    </message>
    <message>
        <source>{file}: {text!r} is the front page&apos;s masthead (报头), not copy: it is set aside — the page is 第1版 under the template&apos;s masthead, paper {paper}, date {date} (— where it prints none)</source>
        <translation type="vanished">{file}：“{text}”是一版的报头，不是稿件：已放在一边——本版按模板的报头排为第1版，报名 {paper}，日期 {date}（“—”：报头上没有）</translation>
    </message>
    <message>
        <source>{file}: the masthead&apos;s {parts} are not printed: the template&apos;s masthead prints the paper&apos;s name and the date only — a front page goes to press with its CN number and issue, add them to the front master (or set them in a box by the nameplate)</source>
        <translation type="vanished">{file}：报头上的{parts}没有印出：模板的报头只印报名和日期——一版付印须有国内统一连续出版物号和期号，请加到一版主页上（或在报名旁加框排出）</translation>
    </message>
    <message>
        <source>{file}: {text!r} is the front page&apos;s masthead (报头), not copy: it is set aside — the page is 第1版 under the template&apos;s front master, which prints it again: paper {paper}, date {date} (—: the masthead has none)</source>
        <translation type="vanished">{file}：“{text}”是一版的报头，不是稿件：已放在一边——本版排为第1版，由模板的一版主页重新印出：报名 {paper}，日期 {date}（“—”：报头上没有）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="109"/>
        <source>{file}: {text!r} is the front page&apos;s masthead (报头), not copy: it is set aside — the page is 第1版 under the template&apos;s front master, which prints it again: paper {paper}, date {date}</source>
        <translation>{file}：“{text}”是一版的报头，不是稿件：已放在一边——本版排为第1版，由模板的一版主页重新印出：报名 {paper}，日期 {date}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="112"/>
        <source>{file}: {text!r} stands outside the page&apos;s trim (printer&apos;s marks, the slug), not copy: it is set aside</source>
        <translation>{file}：“{text}”在版面裁切线以外（印刷标记、版面信息行），不是稿件：已放在一边</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="114"/>
        <source>line {text!r} fits no story, caption or credit: it is kept as unassigned</source>
        <translation>“{text}”一行不属于任何稿件、图片说明或署名：留作未归类</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="117"/>
        <source>{path}: not a regular file</source>
        <translation>{path}：不是普通文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="118"/>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="119"/>
        <source>{path}: is a folder, not a copy file</source>
        <translation>{path}：是文件夹，不是稿件文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="120"/>
        <source>{path}: empty — there is no copy in it</source>
        <translation>{path}：是空的——里面没有稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="121"/>
        <location filename="../../layout_app/io/wording.py" line="57"/>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}：无法读取（请检查文件权限）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="122"/>
        <source>{path}: too large for one page of copy (over {mb} MB)</source>
        <translation>{path}：太大，不是一个版面的稿件（超过 {mb} MB）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="123"/>
        <source>{path}:{line}: damaged UTF-16 text at byte {byte}</source>
        <translation>{path}:{line}：UTF-16 文本在第 {byte} 字节处损坏</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="124"/>
        <source>{path}:{line}: damaged text: byte {byte} is not valid {name} (the file is not wholly UTF-8, GB18030 or Big5); if you know the encoding, give --encoding</source>
        <translation>{path}:{line}：文本损坏：第 {byte} 字节不是有效的 {name}（文件不全是 UTF-8、GB18030 或 Big5 编码）；请把文件另存为 UTF-8 再放入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="126"/>
        <source>{path}:{line}: this line is {enc} but line {first} is {other} — the file mixes two encodings; save it in one (UTF-8)</source>
        <translation>{path}:{line}：这一行是 {enc} 编码，而第 {first} 行是 {other} 编码——文件混用了两种编码；请统一另存为一种（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="128"/>
        <source>{path}: paragraph {n}</source>
        <translation>{path} 第 {n} 段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="129"/>
        <source>{where}: control character U+{code:04X} in column {col}: not plain text (a binary file, or saved in another encoding?)</source>
        <translation>{where}：第 {col} 个字符是控制字符 U+{code:04X}，不是纯文本（是二进制文件，或用了别的编码保存？）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="131"/>
        <source>{path}: too large for one page of copy ({mb} MB)</source>
        <translation>{path}：太大，不是一个版面的稿件（{mb} MB）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="132"/>
        <source>{path}: too large for one page of copy ({mb} MB unpacked)</source>
        <translation>{path}：太大，不是一个版面的稿件（解压后 {mb} MB）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="133"/>
        <source>{path}: too large for one page of copy: {part} is {mb} MB unpacked</source>
        <translation>{path}：太大，不是一个版面的稿件：其中 {part} 解压后有 {mb} MB</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="134"/>
        <source>{path}: too large for one page of copy: more than {n:,} paragraphs</source>
        <translation>{path}：太大，不是一个版面的稿件：超过 {n:,} 段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="135"/>
        <source>{path}: too large for one page of copy: more than {n:,} runs of text</source>
        <translation>{path}：太大，不是一个版面的稿件：超过 {n:,} 个文字片段</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="136"/>
        <source>{path}: not a readable PDF ({reason})</source>
        <translation>{path}：不是可以读取的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="137"/>
        <source>{path}: the PDF is locked with a password; save it again without one</source>
        <translation>{path}：PDF 设了密码；请去掉密码后重新保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="138"/>
        <source>{path}: the PDF holds no text (a scanned page?): copy needs the page&apos;s text, not its picture</source>
        <translation>{path}：PDF 里没有文字（是扫描的版面吧？）：稿件要的是版面上的文字，不是它的图像</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="140"/>
        <source>{path}: {n} pages are more than copy for a page (at most {most}); take out the pages you need</source>
        <translation>{path}：共 {n} 页，超出一个版面的稿件（最多 {most} 页）；请只取出需要的页</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="142"/>
        <source>{path}: too large to read as copy (over {mb} MB)</source>
        <translation>{path}：太大，无法作为稿件读取（超过 {mb} MB）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="144"/>
        <source>{path}: a Word 97–2003 document (.doc) — save it as .docx or plain text</source>
        <translation>{path}：这是 Word 97–2003 文档（.doc）——请另存为 .docx 或纯文本</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="145"/>
        <source>{path}: a WPS Writer document (.wps) — save it as .docx or plain text</source>
        <translation>{path}：这是 WPS 文字文档（.wps）——请另存为 .docx 或纯文本</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="146"/>
        <source>{path}: an Excel or PowerPoint 97–2003 file, not copy — save the copy in it as .docx or plain text</source>
        <translation>{path}：这是 Excel 或 PowerPoint 97–2003 文件，不是稿件——请把其中的稿件另存为 .docx 或纯文本</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="148"/>
        <source>{path}: an RTF document — save it as .docx or plain text</source>
        <translation>{path}：这是 RTF 文档——请另存为 .docx 或纯文本</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="149"/>
        <source>{path}: an OpenDocument text (.odt) — save it as .docx or plain text</source>
        <translation>{path}：这是 OpenDocument 文本（.odt）——请另存为 .docx 或纯文本</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="150"/>
        <source>{path}: a picture ({kind}), not copy — give it as a photo</source>
        <translation>{path}：这是图片（{kind}），不是稿件——请作为图片放入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="151"/>
        <source>{path}: a ZIP archive, not copy — unpack it and give the copy files in it</source>
        <translation>{path}：这是 ZIP 压缩包，不是稿件——请解压后放入其中的稿件文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="152"/>
        <source>{file}: a Word document (.docx) under another name: read as one</source>
        <translation>{file}：实为 Word 文档（.docx），已按 Word 文档读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="153"/>
        <source>{file}: a PDF under another name: read as one</source>
        <translation>{file}：实为 PDF 文件，已按 PDF 读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="154"/>
        <source>{file}: plain text under a word processor&apos;s name ({suffix}): read as text</source>
        <translation>{file}：扩展名是 {suffix}，实为纯文本，已按纯文本读入</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="155"/>
        <source>{path}: not a readable Word (.docx) file ({reason}); save it again as .docx</source>
        <translation>{path}：不是可以读取的 Word (.docx) 文件；请重新另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/notices.py" line="156"/>
        <source>{path}: not a readable Word (.docx) file (its main part is not a Word document body); save it again as .docx</source>
        <translation>{path}：不是可以读取的 Word (.docx) 文件（主体部分不是 Word 文档正文）；请重新另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="36"/>
        <source>photo missing: {path} — relink it or put the file back</source>
        <translation>图片缺失：{path}——请重新链接或把文件放回原处</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="37"/>
        <source>photo unreadable: {path} ({reason})</source>
        <translation>无法读取图片：{path}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="38"/>
        <source>symlink loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="39"/>
        <source>a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="40"/>
        <source>Permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="42"/>
        <source>cannot write the screen proxy of {path} in {folder}: {reason}</source>
        <translation>无法在 {folder} 中写入 {path} 的屏幕预览图（磁盘满了或没有写入权限？）</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="43"/>
        <source>cannot write the print conversion of {path} to {folder}: {reason}</source>
        <translation>无法在 {folder} 中写入 {path} 的印刷用转换图（磁盘满了或没有写入权限？）</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="44"/>
        <source>photo unreadable: {path} (not a regular file: a device, pipe or folder)</source>
        <translation>无法读取图片：{path}（不是普通文件，而是设备、管道或文件夹）</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="45"/>
        <source>{path}: refused: a metadata block (PNG text or colour profile) unpacks to over 1 MB — not a photo&apos;s metadata; save the photo again without it</source>
        <translation>{path}：已拒绝：其中一段元数据（PNG 文字或色彩描述文件）解压后超过 1 MB，不像图片的元数据；请去掉元数据后重新保存图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="47"/>
        <source>{path}: damaged or truncated image file ({detail}) — ask the photo desk to send it again</source>
        <translation>{path}：图片文件损坏或不完整——请图片部重新发送</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="49"/>
        <source>{path}: refused: over {mp} megapixels — not a photo, or a damaged file</source>
        <translation>{path}：已拒绝：超过 {mp} 百万像素，不是照片或文件已损坏</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="50"/>
        <source>{path}: damaged {kind} file (its header cannot be read) — ask the photo desk to send it again</source>
        <translation>{path}：{kind} 文件损坏（无法读取文件头）——请图片部重新发送</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="52"/>
        <source>{path}: not an image format layout_app reads (JPEG, PNG, TIFF, WebP)</source>
        <translation>{path}：不是 layout_app 能读取的图片格式（JPEG、PNG、TIFF、WebP）</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="53"/>
        <source>{path}: damaged image file (it declares {w}×{h} pixels)</source>
        <translation>{path}：图片文件损坏（声明的尺寸为 {w}×{h} 像素）</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/source.py" line="54"/>
        <source>{path}: damaged or truncated image file (its header says {w}×{h} pixels but only {n} bytes of picture data follow) — ask the photo desk to send it again</source>
        <translation>{path}：图片文件损坏或不完整（文件头声明 {w}×{h} 像素，但后面只有 {n} 字节图像数据）——请图片部重新发送</translation>
    </message>
    <message>
        <location filename="../../layout_app/imaging/intake.py" line="26"/>
        <source>{path}: HEIC photos are not read yet; export it as JPEG from the phone or photo tool</source>
        <translation>{path}：暂不能读取 HEIC 照片；请在手机或图片软件中导出为 JPEG</translation>
    </message>
    <message>
        <location filename="../../layout_app/errors.py" line="137"/>
        <source>{place}: {field}: {message}</source>
        <translation>{place}：{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../layout_app/errors.py" line="138"/>
        <source>{place}: {message}</source>
        <translation>{place}：{message}</translation>
    </message>
    <message>
        <location filename="../../layout_app/errors.py" line="139"/>
        <source>… and {n} more problems</source>
        <translation>……另有 {n} 处问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="10"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="11"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="12"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="13"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="14"/>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="16"/>
        <source>expected a mapping (key: value lines), got {kind}</source>
        <translation>应为映射（“键: 值”各占一行），实际是{kind}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="17"/>
        <source>unknown field {key}; expected one of: {allowed}</source>
        <translation>未知字段 {key}；应为以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="18"/>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="19"/>
        <source>expected a number, got {value}</source>
        <translation>应为数字，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="20"/>
        <source>must be at least {lo}, got {value}</source>
        <translation>不得小于 {lo}，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="21"/>
        <source>must be at most {hi}, got {value}</source>
        <translation>不得大于 {hi}，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="22"/>
        <source>expected a whole number, got {value}</source>
        <translation>应为整数，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="23"/>
        <source>expected text, got {kind}</source>
        <translation>应为文字，实际是{kind}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="24"/>
        <source>expected text, got {kind}; put quotes around it</source>
        <translation>应为文字，实际是{kind}；请给它加上引号</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="25"/>
        <source>{n} characters is too long; at most {limit}</source>
        <translation>{n} 个字符太长；最多 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="26"/>
        <source>expected a date as YYYY-MM-DD, got {value}</source>
        <translation>应为 YYYY-MM-DD 格式的日期，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="27"/>
        <source>expected true or false, got {value}</source>
        <translation>应为 true 或 false，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="28"/>
        <source>{value} is not one of: {options}</source>
        <translation>{value} 不在可选值之列：{options}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="29"/>
        <source>unknown type size {value}</source>
        <translation>未知字号 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="30"/>
        <source>a type size must be {lo:g}–{hi:g} pt, got {pt:g} pt</source>
        <translation>字号应为 {lo:g}–{hi:g} 磅，实际是 {pt:g} 磅</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="31"/>
        <source>expected [C, M, Y, K] in percent (0–100), got {value}</source>
        <translation>应为 [C, M, Y, K] 百分比（0–100），实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="32"/>
        <source>expected [width, height] in mm, each {lo:g}–{hi:g}, got {value}</source>
        <translation>应为以毫米计的 [宽, 高]，各在 {lo:g}–{hi:g} 之间，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="33"/>
        <source>expected a name, got {value}</source>
        <translation>应为名称，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="34"/>
        <source>no template named {value}; the templates are: {names}</source>
        <translation>没有名为 {value} 的模板；现有模板：{names}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="35"/>
        <source>a name of at most {limit} characters, got {value} ({n} characters)</source>
        <translation>名称最多 {limit} 个字符，实际是 {value}（{n} 个字符）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="36"/>
        <source>expected a list, got {kind}</source>
        <translation>应为列表，实际是{kind}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="37"/>
        <source>{n} entries is too many; at most {limit}</source>
        <translation>{n} 项太多；最多 {limit} 项</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="38"/>
        <source>expected [left, top, right, bottom] as fractions 0–1 with left &lt; right and top &lt; bottom, got {value}</source>
        <translation>应为 0–1 之间的比例 [左, 上, 右, 下]，且左 &lt; 右、上 &lt; 下，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="40"/>
        <source>the crop keeps less than {share:.0%} of the picture&apos;s width or height: {value}</source>
        <translation>裁切后保留的宽度或高度不到图片的 {share:.0%}：{value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="41"/>
        <source>this version of layout_app reads schema {oldest} to {newest}, the file says {value}</source>
        <translation>本版 layout_app 能读取第 {oldest} 至第 {newest} 版格式（schema），文件写的是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="42"/>
        <source>a document needs at least one page</source>
        <translation>文档至少要有一个版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="43"/>
        <source>{n} pages is too many; at most {limit}</source>
        <translation>{n} 个版面太多；最多 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="44"/>
        <source>page number {number} is used twice (also at line {line})</source>
        <translation>版号 {number} 用了两次（另见第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="45"/>
        <source>expected [left page id, right page id] of pages in this document, got {value}</source>
        <translation>应为本文档中版面的 [左版 id, 右版 id]，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="46"/>
        <source>expected the photo&apos;s file name, got nothing</source>
        <translation>应为图片的文件名，实际为空</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="47"/>
        <source>id {value} is already used (line {line})</source>
        <translation>id {value} 已被使用（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="48"/>
        <source>no story with id {value} in this document</source>
        <translation>本文档中没有 id 为 {value} 的稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="49"/>
        <source>no photo with id {value} in this document</source>
        <translation>本文档中没有 id 为 {value} 的图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="50"/>
        <source>the frame runs past the last column: col {col} + cols {cols} &gt; {n} columns</source>
        <translation>框超出了最后一栏：col {col} + cols {cols} &gt; {n} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="51"/>
        <source>the frame runs past the last line: line {line} + lines {lines} &gt; {n} lines</source>
        <translation>框超出了最后一行：line {line} + lines {lines} &gt; {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="52"/>
        <source>a frame holds a story part or a photo, not both</source>
        <translation>一个框放稿件的一部分或一张图片，不能两者都放</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="53"/>
        <source>only heading frames (heading, kicker, headline, deck) can be set vertically</source>
        <translation>只有标题类的框（heading、kicker、headline、deck）可以竖排</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="55"/>
        <source>{path}: not a regular file (a folder, device or pipe); name a .yaml document</source>
        <translation>{path}：不是普通文件（而是文件夹、设备或管道）；请指定一个 .yaml 文档</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="56"/>
        <source>{path}: no such document</source>
        <translation>{path}：没有这个文档</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="58"/>
        <source>larger than {mb} MB; that is no layout_app document</source>
        <translation>大于 {mb} MB，不是 layout_app 文档</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="59"/>
        <source>not UTF-8 text; a layout_app document is always UTF-8</source>
        <translation>不是 UTF-8 文字；layout_app 文档总是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="60"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="61"/>
        <source>{path}: a PDF, not a layout_app document — name the .yaml document the page is saved in (check an exported PDF with the print tools: pdffonts, qpdf); `layout-app import` reads a printed page&apos;s text</source>
        <translation>{path}：这是 PDF 文件，不是 layout_app 文档——请给出保存版面的 .yaml 文档（导出的 PDF 请用印前工具 pdffonts、qpdf 检查）；读取印好版面的文字请用 `layout-app import`</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="64"/>
        <source>{path}: a Word document or zip, not a layout_app document — name the .yaml document; `layout-app import` reads copy from a .docx</source>
        <translation>{path}：这是 Word 文档或压缩包，不是 layout_app 文档——请给出 .yaml 文档；读取 .docx 稿件请用 `layout-app import`</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="66"/>
        <source>a frame holds a story part (story: …) or a photo (photo: …), or is an empty photo frame (part: photo); this one holds neither</source>
        <translation>一个框放稿件的一部分（story: …）或一张图片（photo: …），或者是空的图片框（part: photo）；这个框两者都没有</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="68"/>
        <source>a photo frame&apos;s part is &apos;photo&apos; (the picture) or &apos;caption&apos; (its caption)</source>
        <translation>图片框的 part 是 'photo'（图片本身）或 'caption'（图片说明）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="69"/>
        <source>{part!r} belongs to photo frames; a story frame holds one of {parts}</source>
        <translation>{part!r} 属于图片框；稿件框放以下之一：{parts}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="75"/>
        <source>not valid YAML: mapping values are not allowed here{reason}</source>
        <translation>文件的写法有误：这里不能写“键: 值”（冒号后要有空格，缩进要对齐）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="76"/>
        <source>not valid YAML: could not find expected &apos;:&apos;{reason}</source>
        <translation>文件的写法有误：找不到应有的冒号（“键: 值”不完整，或引号没有配对）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="77"/>
        <source>not valid YAML: found character{reason}</source>
        <translation>文件的写法有误：这里有一个不能开头的字符（如制表符、@ 或反引号）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="78"/>
        <source>not valid YAML: found unexpected end of stream{reason}</source>
        <translation>文件的写法有误：文件意外结束（引号或括号没有配对）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="79"/>
        <source>not valid YAML: found unknown escape character{reason}</source>
        <translation>文件的写法有误：双引号里的反斜杠后是无法识别的转义</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="80"/>
        <source>not valid YAML: expected &lt;block end&gt;{reason}</source>
        <translation>文件的写法有误：缩进没有对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="81"/>
        <source>not valid YAML: did not find expected key{reason}</source>
        <translation>文件的写法有误：缩进没有对齐，这里应是一个键</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="82"/>
        <source>not valid YAML: expected &apos;,&apos; or &apos;]&apos;{reason}</source>
        <translation>文件的写法有误：方括号列表里缺少逗号或右方括号“]”</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="83"/>
        <source>not valid YAML: expected &apos;,&apos; or &apos;}}&apos;{reason}</source>
        <translation>文件的写法有误：花括号里缺少逗号或右花括号“}}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="84"/>
        <source>not valid YAML: found a tab character{reason}</source>
        <translation>文件的写法有误：缩进里有制表符，请改用空格</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="85"/>
        <source>not valid YAML: expected a comment or a line break{reason}</source>
        <translation>文件的写法有误：值的后面还有多余的内容</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="86"/>
        <source>not valid YAML: expected the node content{reason}</source>
        <translation>文件的写法有误：这里缺少一个值</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="87"/>
        <source>not valid YAML: did not find expected node content{reason}</source>
        <translation>文件的写法有误：这里缺少一个值</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="88"/>
        <source>not valid YAML: sequence entries are not allowed here{reason}</source>
        <translation>文件的写法有误：这里不能开始列表项“- ”（缩进不对？）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="90"/>
        <source>not valid YAML: block sequence entries are not allowed here{reason}</source>
        <translation>文件的写法有误：这里不能开始列表项“- ”（缩进不对？）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="91"/>
        <source>not valid YAML: but found another document{reason}</source>
        <translation>文件的写法有误：文件里不止一个文档（“---”）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="132"/>
        <source>no template named {name}; shipped: {names}</source>
        <translation>没有名为 {name} 的模板；现有：{names}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="133"/>
        <source>{path}: cannot read template: {reason}</source>
        <translation>{path}：无法读取模板：{reason}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="134"/>
        <source>a template needs a body style</source>
        <translation>模板需要一个正文样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="136"/>
        <source>runs past the last column: col {col} + cols {cols} &gt; {n} columns</source>
        <translation>超出了最后一栏：col {col} + cols {cols} &gt; {n} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="137"/>
        <source>line {line} is above the trim; the first line inside it is {top}</source>
        <translation>第 {line} 行在裁切线以外；裁切线内的第一行是 {top}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="138"/>
        <source>runs below the trim: line {line} + {lines} &gt; {bottom}</source>
        <translation>超出了下裁切线：line {line} + {lines} &gt; {bottom}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="139"/>
        <source>a rule runs across columns (cols: N, horizontal) or down lines (lines: N, vertical); give exactly one of them</source>
        <translation>线条要么横跨若干栏（cols: N，横线），要么竖跨若干行（lines: N，竖线）；两者只能给一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="141"/>
        <source>a vertical rule stands before column 0–{n}, got {col}</source>
        <translation>竖线只能在第 0–{n} 栏之前，实际是 {col}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="142"/>
        <source>a box with no border (pattern: none) needs a tint (fill: [C, M, Y, K])</source>
        <translation>没有边框的框（pattern: none）需要底纹（fill: [C, M, Y, K]）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="143"/>
        <source>{name} is not a field; use one of {fields} ({{{{ and }}}} for braces)</source>
        <translation>{name} 不是可填的字段；请用以下之一：{fields}（花括号本身写作 {{{{ 和 }}}}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="144"/>
        <source>master {name} is already defined (line {line})</source>
        <translation>主页 {name} 已经定义过了（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="145"/>
        <source>no master named {name}; masters: {known}</source>
        <translation>没有名为 {name} 的主页；现有主页：{known}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="146"/>
        <source>no master named {name}; masters: none in this document</source>
        <translation>没有名为 {name} 的主页；本文档没有主页</translation>
    </message>
    <message>
        <source>not valid YAML: expected a single document{reason}</source>
        <translation type="vanished">文件的写法有误：文件里不止一个文档（“---”）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="92"/>
        <source>not valid YAML: expected &apos;&lt;document start&gt;&apos;{reason}</source>
        <translation>文件的写法有误：文档的开头不对</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="93"/>
        <source>not valid YAML: did not find expected &apos;-&apos; indicator{reason}</source>
        <translation>文件的写法有误：列表里缺少“- ”</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="94"/>
        <source>not valid YAML: found undefined tag handle{reason}</source>
        <translation>文件的写法有误：有未定义的标签“!”</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="96"/>
        <source>not valid YAML: {reason}</source>
        <translation>文件的写法有误</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="97"/>
        <source>an alias (*{name}) is not allowed in a document; write the value out</source>
        <translation>文档里不能用别名（*{name}）；请把值直接写出来</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="98"/>
        <source>an anchor (&amp;{name}) is not allowed in a document; write the value out</source>
        <translation>文档里不能用锚点（&amp;{name}）；请把值直接写出来</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="99"/>
        <source>lists and mappings nested more than {n} deep</source>
        <translation>列表和映射嵌套超过 {n} 层</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="100"/>
        <source>the control character U+{code} at character {k} is not allowed in text</source>
        <translation>文字的第 {k} 个字符是控制字符 U+{code}，不允许出现</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="101"/>
        <source>the control character U+{code} is not allowed in a document</source>
        <translation>文档里不允许出现控制字符 U+{code}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="102"/>
        <source>a number of {n} digits is far too large</source>
        <translation>{n} 位的数字太大了</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="103"/>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限的数</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="104"/>
        <source>the YAML tag {tag} is not allowed in a document; it holds only text, numbers, true/false, lists and mappings</source>
        <translation>文档里不能用标签 {tag}；文档只包含文字、数字、是非值、列表和映射</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="106"/>
        <source>a mapping key must be a plain value</source>
        <translation>映射的键必须是简单的值</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="107"/>
        <source>written twice (lines {first} and {second}); keep one</source>
        <translation>写了两次（第 {first} 行和第 {second} 行）；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="108"/>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="110"/>
        <source>expected a mapping of style names to styles, got {kind}</source>
        <translation>应为“样式名: 样式”的映射，实际是{kind}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="111"/>
        <source>unknown style {name}; schema {schema} knows only {roles} (named styles need schema: {needed})</source>
        <translation>未知样式 {name}；第 {schema} 版格式只认识 {roles}（自定义样式需要第 {needed} 版格式）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="113"/>
        <source>character styles need schema: {needed} (the file says {schema})</source>
        <translation>字符样式需要第 {needed} 版格式（文件写的是第 {schema} 版）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="114"/>
        <source>expected a list of paragraphs (text)</source>
        <translation>应为段落（文字）的列表</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="115"/>
        <source>at most {items} paragraphs of at most {chars} characters each</source>
        <translation>最多 {items} 段，每段最多 {chars} 个字符</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="116"/>
        <source>expected a paragraph (text)</source>
        <translation>应为一段文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="117"/>
        <source>expected a paragraph (text), or a mapping with text: and style:</source>
        <translation>应为一段文字，或写有文字和样式的映射</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="118"/>
        <source>no paragraph style named {name}; the document has: {known}</source>
        <translation>没有名为 {name} 的段落样式；本文档有：{known}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="119"/>
        <source>no character style named {name}; the document has: {known}</source>
        <translation>没有名为 {name} 的字符样式；本文档有：{known}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="120"/>
        <location filename="../../layout_app/store/wording.py" line="10"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="121"/>
        <source>a styled paragraph needs its text (text: …)</source>
        <translation>带样式的段落缺少文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="122"/>
        <source>expected a list of runs, got {kind}</source>
        <translation>应为字符样式段的列表，实际是{kind}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="123"/>
        <source>a run names the text it covers (text: …)</source>
        <translation>字符样式段缺少它所覆盖的文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="124"/>
        <source>the paragraph has {found} at {at}, not {covered}</source>
        <translation>该段位置 {at} 处是 {found}，不是 {covered}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="125"/>
        <source>the paragraph has {found} at {at}, not {covered}; {covered} is at {where}</source>
        <translation>该段位置 {at} 处是 {found}，不是 {covered}；{covered} 在位置 {where}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="126"/>
        <source>a run sets a character style (style: …) or properties (weight: bold, …)</source>
        <translation>字符样式段应指定一个字符样式或字符属性（如加粗）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="127"/>
        <source>the run overlaps the run at {start}–{end}; runs may not overlap</source>
        <translation>与位置 {start}–{end} 的字符样式段重叠；字符样式段不能重叠</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="128"/>
        <source>based_on goes round in a circle: {loop}</source>
        <translation>样式的继承绕成了一个圈：{loop}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="129"/>
        <source>no paragraph style named {name}</source>
        <translation>没有名为 {name} 的段落样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/wording.py" line="130"/>
        <source>no character style named {name}</source>
        <translation>没有名为 {name} 的字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/atomic.py" line="12"/>
        <location filename="../../layout_app/render/pdf/export.py" line="33"/>
        <source>{path}: cannot write in {folder}: {reason}</source>
        <translation>{path}：无法在 {folder} 中写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/export.py" line="34"/>
        <source>{out}: cannot write in {folder}: no free name for a temporary file</source>
        <translation>{out}：无法在 {folder} 中写入：找不到可用的临时文件名</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/export.py" line="35"/>
        <source>{out}: cannot be written: {reason}</source>
        <translation>{out}：无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/export.py" line="36"/>
        <source>no page {pages} in this document</source>
        <translation>本文档中没有版面 {pages}</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/export.py" line="63"/>
        <source>export refused: preflight found {n} error(s); fix them or use --force</source>
        <translation>拒绝导出：预检发现 {n} 个错误，请先改正</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/export.py" line="64"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="17"/>
        <source>page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="17"/>
        <source>story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="18"/>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="19"/>
        <source>page editor</source>
        <translation>版面编辑</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="19"/>
        <source>reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="20"/>
        <source>chief editor</source>
        <translation>值班总编</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="20"/>
        <source>print staff</source>
        <translation>照排员</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="21"/>
        <source>page {page}: signed off ({status}); the chief editor must reopen it first</source>
        <translation>{page} 版：状态为“{status}”，须由值班总编先重新打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="22"/>
        <source>{kind} {key}: a reporter may not change {fields}</source>
        <translation>{kind} {key}：记者不能修改 {fields}</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="23"/>
        <source>{kind} {key}: a {role} may not change it</source>
        <translation>{kind} {key}：{role}不能修改它</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="24"/>
        <source>page {page}: a {role} may not take it from {old} to {new}</source>
        <translation>{page} 版：{role}不能把它从“{old}”改为“{new}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="25"/>
        <source>{kind} {key}: checked out by {holder}</source>
        <translation>{kind} {key}：已被 {holder} 签出</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="26"/>
        <source>{kind} {key}: checked out by {holder}; only an editor may release it</source>
        <translation>{kind} {key}：已被 {holder} 签出；只有编辑能解除占用</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="27"/>
        <source>{kind} {key}: no such record</source>
        <translation>{kind} {key}：没有这条记录</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="28"/>
        <source>{kind} {key}: it is on a signed page; the chief editor must reopen the page first</source>
        <translation>{kind} {key}：它在已签发的版面上；须由值班总编先重新打开该版</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="29"/>
        <source>user {name}: only an editor or the chief editor adds staff</source>
        <translation>用户 {name}：只有编辑或值班总编能添加人员</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="31"/>
        <source>page {page}: signed off; the chief editor must reopen it first</source>
        <translation>{page} 版：已签发，须由值班总编先重新打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="32"/>
        <source>the page is signed off; the chief editor must reopen it</source>
        <translation>该版已签发，须由值班总编先重新打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="33"/>
        <source>it is on a signed page; the chief editor must reopen the page first</source>
        <translation>它在已签发的版面上，须由值班总编先重新打开该版</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="34"/>
        <source>checked out by someone else</source>
        <translation>已被别人签出</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="35"/>
        <source>a {role} may not add a {kind} record</source>
        <translation>{role}不能添加{kind}记录</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="36"/>
        <source>{kind} {key}: a reporter may change only story text, captions and credits</source>
        <translation>{kind} {key}：记者只能修改稿件文字、图片说明和署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="37"/>
        <source>the version changes only with the data</source>
        <translation>版本号只随内容一起改变</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/rights.py" line="38"/>
        <source>the store refused the change: {reason}</source>
        <translation>数据库拒绝了这项修改（权限不足）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="16"/>
        <source>{flag} {out}: {parent} is a file, not a folder</source>
        <translation>{out}：{parent} 是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="17"/>
        <source>{flag} {out}: cannot make the folder {folder}: {reason}</source>
        <translation>{out}：无法建立文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="18"/>
        <source>{flag} {out}: that is {given}, an input of this command; choose another name so it is not overwritten</source>
        <translation>{out}：这是本次的输入文件 {given}；请换一个名字，以免把它覆盖</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="20"/>
        <source>{flag}: name the {what} to write (got an empty name)</source>
        <translation>请给出要写入的文件名（{what}；现在是空的）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="21"/>
        <source>{flag} {out}: a {what} is written as {suffixes}; name the file so (e.g. {example})</source>
        <translation>{out}：{what}应以 {suffixes} 结尾；请这样命名（例如 {example}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="22"/>
        <source>{flag} {name}…: the file name is longer than {limit} bytes</source>
        <translation>{name}…：文件名超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="23"/>
        <source>{flag}: name the folder for the {what} (got an empty name)</source>
        <translation>请给出存放 {what} 的文件夹（现在是空的）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="24"/>
        <source>{flag} {out}: is a folder; name the {what}, e.g. {example}</source>
        <translation>{out}：这是文件夹；请写出文件名（{what}），例如 {example}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="28"/>
        <source>document file</source>
        <translation>版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="29"/>
        <source>proof picture file</source>
        <translation>版面校样图文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="30"/>
        <source>caption proof file</source>
        <translation>图片说明校样文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="30"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>{flag} {out}: is a folder; name the {what} file, e.g. {example}</source>
        <translation type="vanished">{out}：这是文件夹；请给出 {what} 文件的名字，例如 {example}</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="vanished">版面</translation>
    </message>
    <message>
        <source>proof picture</source>
        <translation type="vanished">版面校样图</translation>
    </message>
    <message>
        <source>caption proof</source>
        <translation type="vanished">图片说明校样</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="vanished">PDF</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="31"/>
        <source>{name} contains a backslash or NUL; use plain names and &apos;/&apos;</source>
        <translation>{name} 含有反斜杠或空字符；请用普通的名字和“/”</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="32"/>
        <source>{name} is an absolute path; names are made inside the output folder</source>
        <translation>{name} 是绝对路径；文件名只能在输出文件夹之内</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="33"/>
        <source>{name} has the part {part}; every part must be a plain name (no &apos;..&apos;, no empty or hidden parts)</source>
        <translation>{name} 中有 {part} 这一段；每一段都须是普通的名字（不能是“..”、空的或以“.”开头的隐藏名）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="35"/>
        <source>{name}… has a part longer than {limit} bytes</source>
        <translation>{name}… 中有一段超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/outputs.py" line="36"/>
        <source>{name} leads out of {folder} through a symbolic link</source>
        <translation>{name} 经符号链接指到了 {folder} 之外</translation>
    </message>
    <message>
        <location filename="../../layout_app/units.py" line="32"/>
        <source>{pre}expected a size in pt or a 号 name, got {value}</source>
        <translation>{pre}应为磅值或字号名称，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/units.py" line="33"/>
        <source>{pre}size must be positive, got {value}</source>
        <translation>{pre}字号必须大于 0，实际是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/units.py" line="34"/>
        <source>{pre}unknown type size {value}; use pt (e.g. 9) or one of {known}</source>
        <translation>{pre}未知字号 {value}；请用磅值（如 9）或以下之一：{known}</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="9"/>
        <source>{where}: no edition {edition} in the store (it has: {editions})</source>
        <translation>{where}：库里没有 {edition} 这一期（现有：{editions}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="11"/>
        <source>{where}: edition {edition} has no page you may see</source>
        <translation>{where}：{edition} 这一期没有您能看到的版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="12"/>
        <source>{where}: edition {edition} has no page you may see (print staff see signed pages only)</source>
        <translation>{where}：{edition} 这一期没有您能看到的版面（照排员只能看到已签发的版面）</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="14"/>
        <source>{where}: edition {edition} exists already</source>
        <translation>{where}：{edition} 这一期已经存在</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="15"/>
        <source>{where}: edition {edition} has no page {page} you may see</source>
        <translation>{where}：{edition} 这一期没有您能看到的版面 {page}</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="16"/>
        <source>{where}: edition {edition} has no {kind} {key}</source>
        <translation>{where}：{edition} 这一期没有{kind} {key}</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="17"/>
        <source>{where}: {kind} {key} has no version {version}</source>
        <translation>{where}：{kind} {key} 没有第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="18"/>
        <source>{where}: the database failed: {reason}</source>
        <translation>{where}：数据库出错，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="19"/>
        <source>{where}: edition {edition} has no page {page} you may see; give a page&apos;s id or number (id: number): {pages}</source>
        <translation>{where}：{edition} 这一期没有您能看到的版面 {page}；请给出版面的编号或版次（编号: 版次）：{pages}</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="22"/>
        <source>page {page} not signed: {n} finding(s) still open (listed above); fix them, or sign with --despite-findings once you have read them</source>
        <translation>版面 {page} 未签发：还有 {n} 个问题没有处理（见上）；请先处理，或看过之后加 --despite-findings 签发</translation>
    </message>
    <message>
        <location filename="../../layout_app/store/wording.py" line="24"/>
        <source>signed with {n} finding(s) open (listed above)</source>
        <translation>已签发，仍有 {n} 个问题没有处理（见上）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/signoff.py" line="18"/>
        <source>signed with {n} finding(s) open: {findings}</source>
        <translation>签发时仍有 {n} 个问题没有处理：{findings}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="37"/>
        <source>{where}: edition {edition} has no page {page} you may see (it has: {numbers})</source>
        <translation>{where}：{edition} 这一期没有您能看到的第 {page} 版（现有：第 {numbers} 版）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="23"/>
        <source>{naming} is not a pattern: {reason}</source>
        <translation>{naming} 不是有效的命名规则（花括号没有配对？）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="24"/>
        <source>{{{name}}} is not one of {{date}}, {{section}}, {{page}}, {{paper}} (no attributes or indexes)</source>
        <translation>{{{name}}} 不是可用的字段；只能用 date、section、page、paper 四个字段，例如 {{page:02}}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="26"/>
        <source>{{{name}!{conversion}}}: conversions are not allowed</source>
        <translation>{{{name}!{conversion}}}：命名规则里不能用转换；只能用 date、section、page、paper 四个字段，例如 {{page:02}}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="27"/>
        <source>{{{name}:{spec}}}: only a width of at most 4 may follow the colon, as in {{page:02}}</source>
        <translation>{{{name}:{spec}}}：冒号后只能写不超过 4 位的宽度，例如 {{page:02}}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="28"/>
        <source>{path}: naming pattern {naming} cannot be filled: {reason}; use {{date}}, {{section}}, {{page:02}} and {{paper}}</source>
        <translation>{path}：命名规则 {naming} 无法填入；只能用 date、section、page、paper 四个字段，例如 {{page:02}}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="30"/>
        <source>{path}: no such edition file</source>
        <translation>{path}：没有这个期次文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="31"/>
        <source>this layout_app reads edition files of version 1, the file says {value}</source>
        <translation>本版 layout_app 只能读第 1 版格式的期次文件，文件写的是 {value}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="32"/>
        <source>expected a list of pages</source>
        <translation>应为版面的列表</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="33"/>
        <source>page {number} is listed twice (also at line {line})</source>
        <translation>第 {number} 版列了两次（另一处在第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="34"/>
        <source>no such document: {path}</source>
        <translation>没有这个版面文件：{path}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="35"/>
        <source>may not contain &apos;/&apos;, &apos;\&apos; or control characters: it becomes part of file names</source>
        <translation>不能含有“/”“\”或控制字符：它会成为文件名的一部分</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="36"/>
        <source>cannot be filled for page {page}: {reason}</source>
        <translation>第 {page} 版的文件名无法按命名规则填入</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="37"/>
        <source>page {page}: {problem}</source>
        <translation>第 {page} 版：{problem}</translation>
    </message>
    <message>
        <location filename="../../layout_app/io/edition.py" line="38"/>
        <source>pages {first} and {second} would both be written to {name}; put {{page}} in the pattern</source>
        <translation>第 {first} 版和第 {second} 版会写进同一个文件 {name}；请在命名规则里加上 {{page}}</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/edition.py" line="22"/>
        <source>{file}: no page {page}</source>
        <translation>{file}：没有版面 {page}</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/edition.py" line="23"/>
        <source>edition&apos;s PDFs</source>
        <translation>本期各版的 PDF</translation>
    </message>
    <message>
        <location filename="../../layout_app/render/pdf/edition.py" line="24"/>
        <source>{path}: naming: page {page}</source>
        <translation>{path}：第 {page} 版的文件名</translation>
    </message>
    <message>
        <location filename="../../layout_app/text/fonts.py" line="206"/>
        <source>font file missing: {path} ({family}, role {role}). Restore assets/fonts from the project (git checkout assets/fonts).</source>
        <translation>缺少字体文件：{path}。请让技术人员恢复程序自带的字体文件夹</translation>
    </message>
    <message>
        <location filename="../../layout_app/text/fonts.py" line="208"/>
        <source>unknown font role {role}; use one of {roles}</source>
        <translation>未知的字体用途 {role}；可用：{roles}</translation>
    </message>
    <message>
        <location filename="../../layout_app/text/fonts.py" line="209"/>
        <source>unknown font weight {weight}; use one of {weights}</source>
        <translation>未知的字重 {weight}；可用：{weights}</translation>
    </message>
    <message>
        <location filename="../../layout_app/text/fonts.py" line="210"/>
        <source>unknown font {key}; shipped: {shipped}</source>
        <translation>未知的字体 {key}；程序自带：{shipped}</translation>
    </message>
    <message>
        <location filename="../../layout_app/text/sfnt.py" line="19"/>
        <source>font file unreadable: {path}: {reason}</source>
        <translation>字体文件无法读取：{path}（文件损坏？请让技术人员恢复程序自带的字体）</translation>
    </message>
    <message>
        <location filename="../../layout_app/text/sfnt.py" line="20"/>
        <source>{path}: font has no TrueType (glyf) outlines; it cannot be embedded in the PDF</source>
        <translation>{path}：这个字体文件没有可以嵌入 PDF 的字形轮廓</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="18"/>
        <source>{path} exists; use --force to replace it</source>
        <translation>{path} 已经存在；要替换它，请加 --force</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="19"/>
        <source>no story found in the copy files</source>
        <translation>稿件文件里没有找到稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="20"/>
        <source>--date {value}: not a date; write it as YYYY-MM-DD, e.g. {example}</source>
        <translation>--date {value}：不是日期；请写成 年-月-日，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="21"/>
        <source>--page-number {value}: a page number is a whole number from 1 up</source>
        <translation>--page-number {value}：版次应为从 1 起的整数</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="23"/>
        <source>running head (报眉): {text}</source>
        <translation>报眉：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="24"/>
        <source>page 1 takes the template&apos;s front page master ({master}): {text}</source>
        <translation>第 1 版用模板的报头主页（{master}）：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="27"/>
        <source>running head (报眉): no --date given: today&apos;s date, {date} ({weekday}), is printed — give --date for the edition&apos;s</source>
        <translation>报眉：没有给 --date，排的是今天的日期 {date}（{weekday}）——出版日期不是今天请用 --date 给出</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="29"/>
        <source>running head (报眉): not given, left out (never printed blank): {what}</source>
        <translation>报眉：没有给出、已略去（不会排成空白）：{what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="30"/>
        <source>running head (报眉): no --page-number given: the page prints no 版次 — give --page-number</source>
        <translation>报眉：没有给 --page-number，本版不印版次——请用 --page-number 给出</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="33"/>
        <source>{file}: the masthead&apos;s {parts} are not printed: the template&apos;s front master has no {fields} — a front page goes to press with its CN number and issue; add them to the front master</source>
        <translation>{file}：报头上的{parts}没有印出：模板的一版主页没有 {fields} 字段——一版付印须有国内统一连续出版物号和期号，请加到一版主页上</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="37"/>
        <source>front page (报头): no paper name given — the nameplate of master {master} prints nothing: give --paper (e.g. --paper 柳河日报), or the template&apos;s paper:</source>
        <translation>一版报头：没有给出报名——主页 {master} 的报名处什么也印不出：请用 --paper 给出（例如 --paper 柳河日报），或在模板里写上报名</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="39"/>
        <source>running head (报眉): {fields} taken from the running head printed on {file}</source>
        <translation>报眉：{fields} 取自 {file} 上印的报眉</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="41"/>
        <source>{names}: printed in the running head (报眉), not in the credit line</source>
        <translation>{names}：排在报眉里，不再排进署名行</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="42"/>
        <source>--photos {path}: no such folder or file</source>
        <translation>--photos {path}：没有这个文件夹或文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="43"/>
        <source>--photos {path}: no photo files in the folder (.jpg, .png, .tif …): the page has no photos</source>
        <translation>--photos {path}：文件夹里没有图片文件（.jpg、.png、.tif…）：本版没有图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="45"/>
        <source>{file}: not recognised as a story, caption or credit — kept in the document as story &apos;{unassigned}&apos;, on no page: place it or delete it: {text}</source>
        <translation>{file}：认不出是稿件、图片说明还是署名——已作为未归类稿件（{unassigned}）留在文档里，未上版：请排上版面或删去：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="47"/>
        <source>{file}: a second page banner ({confidence:.0%} sure; the page&apos;s is {best}&apos;s, {best_confidence:.0%}) — kept in the document as story &apos;{unassigned}&apos;, on no page: place it or delete it: {text}</source>
        <translation>{file}：又一个通栏标题（把握 {confidence:.0%}；本版用的是 {best} 的，把握 {best_confidence:.0%}）——已作为未归类稿件（{unassigned}）留在文档里，未上版：请排上版面或删去：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="50"/>
        <source>{file}: a second page lead (the page&apos;s is {best}&apos;s) — kept in the document as story &apos;{unassigned}&apos;, on no page: place it or delete it: {text}</source>
        <translation>{file}：又一段导语（本版用的是 {best} 的）——已作为未归类稿件（{unassigned}）留在文档里，未上版：请排上版面或删去：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="52"/>
        <source>caption with no photo — kept in the document as story &apos;{unassigned}&apos;, on no page: {text}</source>
        <translation>图片说明没有对应的图片——已作为未归类稿件（{unassigned}）留在文档里，未上版：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="54"/>
        <source>a page lead was found but no banner headline over it: the lead is set at the top of the page in the lead style (a size or more larger, across the page, where that fills its width), with no headline</source>
        <translation>有导语，但上面没有通栏标题：导语排在版面顶部，用导语样式（大一个字号以上，能排满版宽时通栏排），不加标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="59"/>
        <source>{file}: its caption in the file is only question marks ({marks!r}): the program that wrote it could not store Chinese and lost the text — type the caption again</source>
        <translation>{file}：图片文件里的图片说明只剩问号（“{marks}”）：写入它的程序存不了中文，文字已经丢了——请重新输入图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="62"/>
        <source>{file}: no caption in the file; took the copy&apos;s caption its file name names: {caption!r}</source>
        <translation>{file}：图片文件里没有图片说明；用了稿件中文件名所指的那条图片说明：“{caption}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="64"/>
        <source>{file}: no caption in the file; took the one caption of the copy no other photo has: {caption!r}</source>
        <translation>{file}：图片文件里没有图片说明；用了稿件中唯一一条还没有配图的图片说明：“{caption}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="66"/>
        <source>{photo} ({file}): no caption in the file and none its file name names; took the copy&apos;s next caption {caption!r} at a guess — check it is this photo&apos;s</source>
        <translation>{photo}（{file}）：图片文件里没有图片说明，文件名也对不上任何一条；按顺序推断配上了稿件中的下一条图片说明“{caption}”——请核对是不是这张图片的</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="69"/>
        <source>{file}: its caption names no story clearly; candidates {candidates}</source>
        <translation>{file}：图片说明对不上哪一篇稿件；可能是：{candidates}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="70"/>
        <source>{story} ({score:g}: {names})</source>
        <translation>{story}（{score:g}：{names}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="71"/>
        <source>photo {photo}: its caption names {place}, as story {story} does alone</source>
        <translation>图片 {photo}：图片说明提到{place}，只有稿件 {story} 也提到，配给这篇</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="72"/>
        <source>photo {photo} ({file}) has no caption; set with story {story} 《{headline}》, whose heading its file name names — check it</source>
        <translation>图片 {photo}（{file}）没有图片说明；文件名与稿件 {story}《{headline}》的标题相符，暂配这篇——请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="74"/>
        <source>photo {photo} ({file}) has no caption and no story of its own: not placed — it waits in the Photos panel (未上版) for the editor to place</source>
        <translation>图片 {photo}（{file}）没有图片说明，也没有对应的稿件：未上版——在“图片”面板里等编辑来排</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="76"/>
        <source>photo {photo} ({file}) has neither a caption nor a credit, and no story of its own: not placed — it waits in the Photos panel (未上版) for the editor to place</source>
        <translation>图片 {photo}（{file}）既没有图片说明也没有署名，也没有对应的稿件：未上版——在“图片”面板里等编辑来排</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="78"/>
        <source>{count} photo(s) have no caption and their file names name none: {photos}; with {n} caption(s) of the copy left unmatched, nothing tells which caption is whose: none set by order — they wait in the Photos panel (未上版). Name each file after its caption or give it its caption in the photo&apos;s metadata; they may take {captions}</source>
        <translation>{count} 张图片没有图片说明，文件名也对不上任何一条：{photos}；稿件还剩 {n} 条图片说明对不上，无从判断哪条配哪张：没有按顺序配——均未上版，在“图片”面板里等编辑来排。请按图片说明给文件命名，或在图片元数据里写上说明；可能配的说明：{captions}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="107"/>
        <source>the credit {credit!r} under the numbered photos credits each of them: given to {photos} too, printed once, under the last</source>
        <translation>编号组图下的署名“{credit}”署给其中每一张：{photos} 也署上，只在最后一张下印一次</translation>
    </message>
    <message>
        <source>{count} photo(s) have no caption and their file names name none: {photos}; with {n} caption(s) of the copy left unmatched, which is whose is a toss: none set by order — they wait in the Photos panel (未上版). Name each file after its caption or give it its caption in the photo&apos;s metadata; they may take {captions}</source>
        <translation type="vanished">{count} 张图片没有图片说明，文件名也对不上任何一条：{photos}；稿件还剩 {n} 条图片说明对不上，哪条配哪张全凭猜：没有按顺序配——均未上版，在“图片”面板里等编辑来排。请按图片说明给文件命名，或在图片元数据里写上说明；可能配的说明：{captions}</translation>
    </message>
    <message>
        <source>photo {photo} ({file}) has no caption and its file name names none; {photos} photos and {n} caption(s) are left unmatched, and which is whose is a toss: none set by order — it waits in the Photos panel (未上版); it may take {captions}</source>
        <translation type="vanished">图片 {photo}（{file}）没有图片说明，文件名也对不上任何一条；还剩 {photos} 张图片、{n} 条图片说明对不上，哪条配哪张全凭猜：没有按顺序配——未上版，在“图片”面板里等编辑来排；它可能配的说明：{captions}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="82"/>
        <source>the copy&apos;s credit {credit!r} is printed beside its photos: not repeated in the page&apos;s credit line</source>
        <translation>稿件中的署名 {credit!r} 已排在它的图片旁：图片署名行不再重复</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="84"/>
        <source>photo {photo} ({file}) has no caption of its own and its file name names none; the copy&apos;s one caption left, {caption!r}, is its only by elimination — not placed: it waits in the Photos panel (未上版) for the editor to check and place</source>
        <translation>图片 {photo}（{file}）自己没有图片说明，文件名也对不上任何一条；稿件中剩下的那条说明 {caption!r} 只是排除法猜出来的，未上版：在“图片”面板里等编辑核对后再排</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="87"/>
        <source>{file}: the copy&apos;s caption {second!r} names whom the photo&apos;s own caption names — a second caption of this photo: {caption!r} printed (the fuller), the other kept in the photo&apos;s note</source>
        <translation>{file}：稿件中的图片说明 {second!r} 与这张图片自带的说明说的是同一个人——是这张图片的第二条说明：排印较完整的 {caption!r}，另一条记在图片的备注里</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="90"/>
        <source>caption {text!r} names whom the own captions of photos {photos} name: which it belongs to is unclear — no photo without a caption takes it</source>
        <translation>图片说明 {text!r} 与图片 {photos} 自带的说明说的是同一个人：属于哪张不清楚——不配给没有说明的图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="92"/>
        <source>{file}: the photo of picture story {story} 《{headline}》 (图片新闻): its text is the caption, its credit {credit}</source>
        <translation>{file}：是图片新闻 {story}《{headline}》的图片：稿件的文字就是它的图片说明，署名 {credit}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="94"/>
        <source>story {story} 《{headline}》 read as a picture story (图片新闻) though no label says so: a caption&apos;s length of text, the credit {credit} under it and photo {file} named by its headline — check it</source>
        <translation>稿件 {story}《{headline}》没有标明“图片新闻”，按图片新闻处理：文字只有一条图片说明长，紧跟着署名 {credit}，图片 {file} 的文件名就是它的标题——请核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="97"/>
        <source>photo {photo} could not be placed: no story on the page</source>
        <translation>图片 {photo} 无法上版：版面上没有稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="98"/>
        <source>photo {photo} ({file}): its caption {caption!r} names no story on the page; placed with {story} 《{headline}》 at a guess — check it belongs there</source>
        <translation>图片 {photo}（{file}）：图片说明“{caption}”对不上版面上任何一篇稿件；推断配给了稿件 {story}《{headline}》——请核对是否配这篇</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="100"/>
        <source>{photos}: works of art no story&apos;s caption names, set as a section of their own ({story}) under its label {label}, each with its caption</source>
        <translation>{photos}：作品（书画）不配任何稿件，单独成组（{story}），栏题“{label}”，每件作品下配其说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="102"/>
        <source>{photos}: photos no story&apos;s caption names, under the banner {banner!r}: set as its photo section ({story}), first under it, each with its caption</source>
        <translation>{photos}：图片说明不对应任何稿件，归入通栏标题 {banner!r} 的图片专区（{story}），排在标题下最前，每张图下配其说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="104"/>
        <source>{said}; {n} photo(s) wait in the Photos panel (未上版): {photos} — place one</source>
        <translation>{said}；另有 {n} 张图片在“图片”面板里未上版：{photos}——可排一张上版</translation>
    </message>
    <message>
        <source>the credit {credit!r} under the numbered photos credits each of them: {photos}</source>
        <translation type="vanished">编号组图下的署名“{credit}”署给其中每一张：{photos}</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="109"/>
        <source>{file}: its caption&apos;s credit {credit!r} is set as the photo&apos;s credit</source>
        <translation>{file}：图片说明里的署名“{credit}”已改作图片署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="110"/>
        <source>{file}: its caption&apos;s credit says what the photo&apos;s own does ({credit!r}): printed once</source>
        <translation>{file}：图片说明里的署名与图片自带的署名相同（“{credit}”）：只印一次</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="112"/>
        <source>{file}: its own credit {credit!r} names whom the page&apos;s credit line {line!r} names: printed once, in that line</source>
        <translation>{file}：图片自带的署名“{credit}”与本版图片署名行“{line}”署的是同一人：只在署名行印一次</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="114"/>
        <source>{photo} ({file}): its caption {caption!r} credits another photographer than the photo&apos;s own credit ({credit!r}): both would print — keep the right one</source>
        <translation>{photo}（{file}）：图片说明“{caption}”署的摄影者与图片自带的署名（“{credit}”）不是同一人：两个都会印出——请留下对的那个</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="116"/>
        <source>{photo} ({file})</source>
        <translation>{photo}（{file}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="117"/>
        <source>the page&apos;s credit line {line!r} names another photographer than photo {photos} credits itself ({credit!r}): both would print — if the line leaves it out, say so in it (本版图片除署名外由…摄); else keep the right one</source>
        <translation>本版图片署名行“{line}”与图片 {photos}自带的署名（“{credit}”）不是同一位摄影者：两个都会印出——这张图片若不归署名行，请把署名行写成“本版图片除署名外由…摄”；不然请留下对的那个</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="120"/>
        <source>the page&apos;s credit line {line!r} names another photographer than photos {photos} credit themselves ({credit!r}): both would print — if the line leaves them out, say so in it (本版图片除署名外由…摄); else keep the right one</source>
        <translation>本版图片署名行“{line}”与图片 {photos}自带的署名（“{credit}”）不是同一位摄影者：两个都会印出——这些图片若不归署名行，请把署名行写成“本版图片除署名外由…摄”；不然请留下对的那个</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="124"/>
        <source>the page&apos;s photo credit {line!r} is printed, but no photo is on the page ({n} waiting off it): place the photos, or take the line out if the page runs without them</source>
        <translation>本版图片署名 {line!r} 已排上版面，但版上没有图片（{n} 张未上版）：请把图片排上版，或者本版不用图片就删去这一行</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="129"/>
        <source>{text!r} after story {headline!r} is a photo&apos;s own caption (its file says it word for word): set under that photo, not as the story&apos;s last paragraph</source>
        <translation>稿件《{headline}》后面的“{text}”是一张图片自带的图片说明（图片文件里一字不差）：排在那张图片下面，不作这篇稿件的最后一段</translation>
    </message>
    <message>
        <source>the page&apos;s credit line {line!r} names another photographer than photo {photos} credits itself ({credit!r}): both would print — keep the right one</source>
        <translation type="vanished">本版图片署名行“{line}”与图片 {photos}自带的署名（“{credit}”）不是同一位摄影者：两个都会印出——请留下对的那个</translation>
    </message>
    <message>
        <source>the page&apos;s credit line {line!r} names another photographer than photos {photos} credit themselves ({credit!r}): both would print — keep the right one</source>
        <translation type="vanished">本版图片署名行“{line}”与图片 {photos}自带的署名（“{credit}”）不是同一位摄影者：两个都会印出——请留下对的那个</translation>
    </message>
    <message>
        <location filename="../../layout_app/intake/composewords.py" line="127"/>
        <source>{file}: credited by the page&apos;s credit line {line!r}</source>
        <translation>{file}：由本版图片署名行“{line}”署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="20"/>
        <source>{a}, {b}</source>
        <translation>{a}、{b}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="21"/>
        <source>{clause}, {more}</source>
        <translation>{clause}；{more}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="22"/>
        <source>{a}; {b}</source>
        <translation>{a}；{b}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="42"/>
        <source>column {col}</source>
        <translation>第 {col} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="43"/>
        <source>columns {first}–{last}</source>
        <translation>第 {first}～{last} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="46"/>
        <source>the first story of the copy</source>
        <translation>稿件中的第一篇</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="47"/>
        <source>the longest story ({n} characters)</source>
        <translation>最长的一篇，{n} 字</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="48"/>
        <source>the banner&apos;s photo section: a photo page&apos;s pictures lead it</source>
        <translation>通栏标题的图片专区：图片版由图片领衔</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="49"/>
        <source>a brief ({n} characters)</source>
        <translation>简讯，{n} 字</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="50"/>
        <source>{n} characters</source>
        <translation>{n} 字</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="51"/>
        <source>a column of briefs ({n} characters): its heading a column&apos;s label, set a brief&apos;s size</source>
        <translation>简讯栏，{n} 字：标题是栏目名，按简讯字号排</translation>
    </message>
    <message>
        <source>a commentary or a column&apos;s piece ({n} characters, under its label): never headed larger than the news</source>
        <translation type="vanished">评论或栏目稿，{n} 字（有栏目名）：标题不大于消息的</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="53"/>
        <source>{n} characters, headed as a story (a deck, or a kicker over more than one paragraph), not as a brief</source>
        <translation>{n} 字，有副题或引题，按消息排，不按简讯排</translation>
    </message>
    <message>
        <source>a brief ({n} characters): headed as a story, but the page came out worse with it a second story (a stack run over, a photo out, empty lines or 碰题)</source>
        <translation type="vanished">简讯，{n} 字：有副题或引题，但按消息排时版面更差（有一块排不下、图片排不上、空行或碰题），仍按简讯排</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="52"/>
        <source>a commentary or a column&apos;s piece, {n} characters: under its label, never headed larger than the news</source>
        <translation>评论或栏目稿，{n} 字：有栏目名，标题不大于消息的</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="54"/>
        <source>an interview ({n} characters): its questions and answers headed between the news and the briefs</source>
        <translation>记者问答，{n} 字：标题小于消息、大于简讯</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="56"/>
        <source>a service notice ({n} characters, its points numbered): headed between the news and the briefs</source>
        <translation>服务告知，{n} 字，分条列出：标题小于消息、大于简讯</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="58"/>
        <source>a brief ({n} characters): headed as a story, but the page came out worse with it a second story (a stack run over, a photo out, empty lines, 碰题 or a photo larger than the lead story&apos;s)</source>
        <translation>简讯，{n} 字：有副题或引题，但按消息排时版面更差（有一块排不下、图片排不上、空行、碰题或图片比头条的大），仍按简讯排</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="63"/>
        <source>page credits on line {line} in the credit style (right-aligned, small)</source>
        <translation>本版图片署名行排在第 {line} 行，用署名样式（右对齐，小字）</translation>
    </message>
    <message>
        <source>banner {headline!r} across all {cols} columns, lines 1–{lines}, {size} pt</source>
        <translation type="vanished">通栏标题《{headline}》横跨全部 {cols} 栏，第 1～{lines} 行，{size} 磅</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="69"/>
        <source>page lead in the {style} style, {tc} column(s) of {measure} characters, lines {top}–{foot}</source>
        <translation>导语用{style}，分 {tc} 栏，每行 {measure} 字，第 {top}～{foot} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="71"/>
        <source>lead_display</source>
        <translation>加大的导语样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="71"/>
        <source>lead</source>
        <translation>导语样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="72"/>
        <source>body</source>
        <translation>正文样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="75"/>
        <source>{n} line(s) shorter, its headline a size smaller: the stack ran over with its photos at their smallest</source>
        <translation>少占 {n} 行，主题小一号：这一块的图片缩到最小仍排不下</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="77"/>
        <source>a brief ({n} characters): headed as a story, set back to a brief&apos;s headline — its stack ran over with its photos at their smallest</source>
        <translation>简讯，{n} 字：有副题或引题，本按消息排；这一块的图片缩到最小仍排不下，标题退回简讯字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="79"/>
        <source>photo {photo} set narrower with the text beside it: the stack ran over with every photo at its smallest</source>
        <translation>图片 {photo} 排窄，文字排在旁边：这一块的图片都缩到最小仍排不下</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="81"/>
        <source>its first photo over its heading: its headline would stand beside story {story}&apos;s</source>
        <translation>第一张图片排在标题上面：不然它的主题会和稿件 {story} 的主题碰题</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="83"/>
        <source>its first photo over its heading: the headline on its right would stand beside it and has no photo to open with</source>
        <translation>第一张图片排在标题上面：不然右边的标题会和它碰题，而右边那篇没有图片可以打头</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="85"/>
        <source>too tall a column wider</source>
        <translation>再宽一栏就太高了</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="86"/>
        <source>its pixels filling no more at 200 ppi</source>
        <translation>像素在 200 ppi 下撑不满更宽的图框</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="87"/>
        <source> of story {story} ({headline})</source>
        <translation>（稿件 {story}《{headline}》）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="88"/>
        <source> (no story of its own: set with story {story} at a guess, left out first)</source>
        <translation>（没有对应的稿件：推断配给稿件 {story}，排不下时最先撤下）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="89"/>
        <source>photo {photo}{whose} does not fit its story&apos;s stack (columns {first}–{last}): not placed, nor its caption</source>
        <translation>图片 {photo}{whose}在所属稿件的块里（第 {first}～{last} 栏）排不下：未上版，图片说明也未上版</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="91"/>
        <source>photo {photo}{whose} does not fit its story&apos;s stack (columns {first}–{last}): not placed, nor its caption — its stack came out {over} lines too deep with every photo at its smallest: photos left out rather than the copy</source>
        <translation>图片 {photo}{whose}在所属稿件的块里（第 {first}～{last} 栏）排不下：未上版，图片说明也未上版——所有图片缩到最小，这一块仍超 {over} 行：宁可撤图，不删稿</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="95"/>
        <source>story {story} ({headline}) does not fit the page</source>
        <translation>稿件 {story}《{headline}》版面上排不下</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="97"/>
        <source>story {story} ({headline}) held over (压稿), on no page: the page cannot take all its copy, and {why}</source>
        <translation>稿件 {story}《{headline}》压稿，未上版：版面排不下全部稿件，{why}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="99"/>
        <source>a scrap of {n} characters goes first</source>
        <translation>只有 {n} 字的零碎稿先撤</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="100"/>
        <source>a brief or filler ({n} characters) goes before a service notice, a news photo or a story headed as news</source>
        <translation>简讯、补白（{n} 字）先于服务性通知、新闻图片和消息撤下</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="102"/>
        <source>a brief ({n} characters) goes before a story headed as news and the lead&apos;s photos</source>
        <translation>简讯（{n} 字）先于消息和头条的图片撤下</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="104"/>
        <source>a picture story (图片新闻) is set aside whole rather than with its photo stamp-sized — make room for it across the page&apos;s columns, or run it later</source>
        <translation>图片新闻整篇撤下，不把图片缩成邮票大小——请在版面上腾出够宽的位置，或改期刊登</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="106"/>
        <source>stories {a} and {b}: headlines side by side (碰题), set apart by a column rule between them, lines {top}–{foot} (隔开) — to stagger them instead, move one, or let story {story} open with its photo</source>
        <translation>稿件 {a} 和 {b}：标题碰题，已在两篇之间加栏线隔开（第 {top}～{foot} 行）——要错开标题，可移动其中一篇，或让稿件 {story} 以图片打头</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="109"/>
        <source>stories {a} and {b}: headlines side by side (碰题), set apart by a column rule between them, lines {top}–{foot} (隔开) — to stagger them instead, move one (neither has a photo on the page to open with)</source>
        <translation>稿件 {a} 和 {b}：标题碰题，已在两篇之间加栏线隔开（第 {top}～{foot} 行）——要错开标题，可移动其中一篇（两篇在版面上都没有图片可以打头）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="112"/>
        <source>stories {a} and {b}: headlines side by side (碰题), set apart by a column rule between them, lines {top}–{foot} (隔开) — to stagger them instead, move one (story {story} opens with its photo already)</source>
        <translation>稿件 {a} 和 {b}：标题碰题，已在两篇之间加栏线隔开（第 {top}～{foot} 行）——要错开标题，可移动其中一篇（稿件 {story} 已经以图片打头）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="116"/>
        <source>set beside story {partner} in columns {first}–{last}: across the stack&apos;s {cols} columns its text ran in legs of {legs} line(s)</source>
        <translation>与稿件 {partner} 并排，排在第 {first}～{last} 栏：通排这一块的 {cols} 栏，每栏只有 {legs} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="118"/>
        <source>set beside story {partner}, a brief, in columns {first}–{last}</source>
        <translation>与简讯 {partner} 并排，排在第 {first}～{last} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="120"/>
        <source>story {story} moved to the top: it opens the stack with its photo, no headline beside it</source>
        <translation>稿件 {story} 移到最上面：以图片打头，旁边没有标题碰题</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="122"/>
        <source>story {story} moved to the top: the stack fills better</source>
        <translation>稿件 {story} 移到最上面：这一块排得更满</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="125"/>
        <source>story {story}: a sidebar to story {feature}, boxed under it</source>
        <translation>稿件 {story} 是稿件 {feature} 的配稿：加框排在它下面</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="126"/>
        <source>story {story}: a sidebar to story {feature}, boxed beside it</source>
        <translation>稿件 {story} 是稿件 {feature} 的配稿：加框排在它旁边</translation>
    </message>
    <message>
        <source>story {story}: a sidebar to story {feature}, left as placed and unboxed: no room for its box there</source>
        <translation type="vanished">稿件 {story} 是稿件 {feature} 的配稿：那里没有加框的余地，按原位排、未加框</translation>
    </message>
    <message>
        <source>story {story}: a sidebar to story {feature}, boxed where it was placed: its stack is neither its feature&apos;s nor beside it</source>
        <translation type="vanished">稿件 {story} 是稿件 {feature} 的配稿：加框排在原位（所在的块既不是它那一块，也不在它旁边）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="133"/>
        <source>story {story}: a sidebar to the banner and page lead, boxed first in its stack, under them</source>
        <translation>稿件 {story} 是通栏标题和导语的配稿：加框排在所在块的最上面，紧接导语下方</translation>
    </message>
    <message>
        <source>story {story}: a sidebar to the banner and page lead, left as placed and unboxed: no room for its box there</source>
        <translation type="vanished">稿件 {story} 是通栏标题和导语的配稿：那里没有加框的余地，按原位排、未加框</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="64"/>
        <source>the 报眼 beside the nameplate (columns {first}–{last}, lines 1–{lines}) is empty: give the copy a 导读 (导读 over its teasers, →详见第N版) or set a short story there</source>
        <translation>报头旁的报眼（第 {first}～{last} 栏，第 1～{lines} 行）空着：请在稿件里加导读（“导读”下列各条，如“→详见第2版”），或在那里排一篇短稿</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="67"/>
        <source>导读 box {story} in the 报眼 beside the nameplate, columns {first}–{last}, boxed</source>
        <translation>导读 {story} 排在报头旁的报眼，第 {first}～{last} 栏，加框</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="68"/>
        <source>banner {headline!r} across all {cols} columns, lines {top}–{foot}, {size} pt</source>
        <translation>通栏标题《{headline}》横跨全部 {cols} 栏，第 {top}～{foot} 行，{size} 磅</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="127"/>
        <source>story {story}: a sidebar to {feature}, left as placed and unboxed: no room for its box in its stack</source>
        <translation>稿件 {story} 是{feature}的配稿：所在的块没有加框的余地，按原位排、未加框</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="129"/>
        <source>story {story}: a sidebar to {feature}, left as placed and unboxed: boxed and moved in its stack it would set headlines side by side (碰题)</source>
        <translation>稿件 {story} 是{feature}的配稿：在所在的块里加框挪动会造成碰题，按原位排、未加框</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="131"/>
        <source>story {story}: a sidebar to {feature}, boxed where it was placed: moved in its stack it did not fit, or its stack is neither its feature&apos;s nor beside it</source>
        <translation>稿件 {story} 是{feature}的配稿：加框排在原位（在所在的块里挪不开，或所在的块既不是它那一块，也不在它旁边）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="136"/>
        <source>the banner and page lead</source>
        <translation>通栏标题和导语</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="137"/>
        <source>story {story}</source>
        <translation>稿件 {story}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="138"/>
        <source>story {story} explains {what}: both say “{term}” — not story {before}, which it follows in the copy</source>
        <translation>稿件 {story} 解释的是{what}：两处都讲“{term}”——不是稿件中排在它前面的稿件 {before}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="140"/>
        <source>story {story} explains {what}: both say “{term}”</source>
        <translation>稿件 {story} 解释的是{what}：两处都讲“{term}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="141"/>
        <source>story {story} explains story {feature}: it follows it in the copy, and no other story says its headline&apos;s key term more</source>
        <translation>稿件 {story} 配的是稿件 {feature}：稿件中紧跟在它后面，别的稿件也没有更多地讲它标题里的关键词</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="143"/>
        <source>story {story}: {pieces} say “{term}” as much — kept with story {feature}, which it follows in the copy; check which it explains</source>
        <translation>稿件 {story}：{pieces} 同样讲“{term}”——按稿件顺序配给紧挨在前面的稿件 {feature}，请核对它配的是哪一篇</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="145"/>
        <source>story {story}: {pieces} say “{term}” as much, and it follows no story in the copy — not set with either; check which it explains</source>
        <translation>稿件 {story}：{pieces} 同样讲“{term}”，它前面也没有别的稿件——没有配给任何一篇，请核对它配的是哪一篇</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="149"/>
        <source>story {story}: headline {headline!r} set below its minimum size</source>
        <translation>稿件 {story}：主题《{headline}》小于最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="150"/>
        <source>story {story}: {lines} lines overset ({chars} characters do not fit its stack)</source>
        <translation>稿件 {story}：超 {lines} 行（{chars} 字排不下）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="151"/>
        <source>stack {stack}: columns {first}–{last}, stories {stories}, {empty} empty line(s) at its end</source>
        <translation>第 {stack} 块：第 {first}～{last} 栏，稿件 {stories}，末尾空 {empty} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="153"/>
        <source>stack {stack}: columns {first}–{last}, stories {stories}, {empty} empty line(s) at its end; {order}</source>
        <translation>第 {stack} 块：第 {first}～{last} 栏，稿件 {stories}，末尾空 {empty} 行；{order}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="155"/>
        <source>story {story} is a picture story (图片新闻) {headline!r}: set in a band at the page&apos;s foot, lines {first}–{last}, its photo {photo} {cols} columns wide, its text as the photo&apos;s caption</source>
        <translation>稿件 {story} 是图片新闻《{headline}》：排在版面底部，横贯全版，第 {first}～{last} 行，图片 {photo} 宽 {cols} 栏，稿件的文字作图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="158"/>
        <source>story {story} rank {rank} ({why}): {headline!r} in stack {stack}, columns {first}–{last}, lines {top}–{foot}</source>
        <translation>稿件 {story} 等级 {rank}（{why}）：《{headline}》排在第 {stack} 块，第 {first}～{last} 栏，第 {top}～{foot} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="161"/>
        <source>story {story} rank {rank} ({why}): its {n} photos, no text, in stack {stack}, columns {first}–{last}, lines {top}–{foot}</source>
        <translation>稿件 {story} 等级 {rank}（{why}）：组图 {n} 张，无文字，排在第 {stack} 块，第 {first}～{last} 栏，第 {top}～{foot} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="163"/>
        <source>{said}, headline {size} pt</source>
        <translation>{said}，主题 {size} 磅</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="164"/>
        <source>photo {photo} portrait {width}×{height} pt, crop {crop} %</source>
        <translation>图片 {photo} 竖幅 {width}×{height} 磅，裁切 {crop}%</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="165"/>
        <source>photo {photo} landscape {width}×{height} pt, crop {crop} %</source>
        <translation>图片 {photo} 横幅 {width}×{height} 磅，裁切 {crop}%</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="166"/>
        <source>{said}, caption under it</source>
        <translation>{said}，下配图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="167"/>
        <source>heading {what}</source>
        <translation>标题{what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="169"/>
        <source>at the crop limit (a line taller crops away over 20 % of it; 裁切已到限)</source>
        <translation>已到裁切限度（再高一行就要裁掉两成以上）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="170"/>
        <source>as large as its pixels fill at 200 ppi (像素所限)</source>
        <translation>已到像素的限度（200 ppi 下能撑满的最大尺寸）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="171"/>
        <source>as tall as a photo may stand, half its stack&apos;s height (单图不高于半栏)</source>
        <translation>已到单图的高度上限（不高于这一块的一半）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="172"/>
        <source>as tall as the photo beside it in its row lets it (并排图片同高)</source>
        <translation>已与同一排并排的图片同高</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="173"/>
        <source>could stand taller</source>
        <translation>还可以再高些</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="174"/>
        <source>photo {photo} {held}</source>
        <translation>图片 {photo} {held}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="175"/>
        <source>stack {stack} has no row left, its photos could stand taller: the empty lines are at the foot of its text&apos;s last column (末栏不满)</source>
        <translation>第 {stack} 块已没有空余的行，图片本可以再高些：空行在文字末栏的底部（末栏不满）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="177"/>
        <source>no photo in stack {stack} to grow</source>
        <translation>第 {stack} 块没有可以放大的图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="178"/>
        <source>photos fill {share:.0%} of the page&apos;s columns (照片占版面 {share:.0%}): the copy is short for this page — add copy, or set the photos smaller and fill with a box</source>
        <translation>图片占了版面的 {share:.0%}：本版稿件不够——请补稿，或把图片缩小、加框补白</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="181"/>
        <source>: {few} in each of its {cols} columns</source>
        <translation>，{cols} 栏每栏缺 {few} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="182"/>
        <source>: {few}–{most} in each of its {cols} columns</source>
        <translation>，{cols} 栏每栏缺 {few}～{most} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="183"/>
        <source>stack {stack} (columns {first}–{last}) ends with {lines} empty lines (缺 {lines} 行{each})</source>
        <translation>第 {stack} 块（第 {first}～{last} 栏）末尾空 {lines} 行（缺 {lines} 行{each}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="186"/>
        <source>its photos are as large as the crop limit and their pixels let them</source>
        <translation>图片已放到裁切限度和像素所允许的最大</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="187"/>
        <source>their photos are as large as the crop limit and their pixels let them</source>
        <translation>图片已放到裁切限度和像素所允许的最大</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="188"/>
        <source>no photo there to grow</source>
        <translation>那里没有可以放大的图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="189"/>
        <source>their photos are as large as the crop limit and their pixels let them, where they have one</source>
        <translation>有图片的，图片已放到裁切限度和像素所允许的最大</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="191"/>
        <source>its photos: {said}</source>
        <translation>{said}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="192"/>
        <source>their photos: {said}</source>
        <translation>{said}</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="193"/>
        <source>the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about {chars} characters of body text): {where}; {photos} and the air between its stories is used — add copy or a photo, or fill with a box</source>
        <translation>本版缺稿约 {lines} 行（正文约 {chars} 字）：{where}；{photos}，稿件之间的空也已用上——请补稿或补图，或加框补白</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="196"/>
        <source>the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about {chars} characters of body text): {where}; {photos} and the air between their stories is used — add copy or a photo, or fill with a box</source>
        <translation>本版缺稿约 {lines} 行（正文约 {chars} 字）：{where}；{photos}，稿件之间的空也已用上——请补稿或补图，或加框补白</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="199"/>
        <source>air is spread {where} more than usual</source>
        <translation>{where}比平常多拉开了间距</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="200"/>
        <source>story {stories} left off the page though {where} — no arrangement took it there: move it in, cut it to fit, or hold it over</source>
        <translation>稿件 {stories} 未能上版，而{where}——没有哪种排法能把它排进去：请移入版面、删短稿件，或压稿</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="202"/>
        <source>stories {stories} left off the page though {where} — no arrangement took them there: move one in, cut them to fit, or hold them over</source>
        <translation>稿件 {stories} 未能上版，而{where}——没有哪种排法能把它们排进去：请移入其中一篇、删短稿件，或压稿</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="204"/>
        <source>stack {stack} (columns {first}–{last}) {lines} lines</source>
        <translation>第 {stack} 块（第 {first}～{last} 栏）{lines} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="205"/>
        <source>air spread to fill the page (稿件不足，拉开了间距): {where} more than usual between the stories, over their headings and under their captions — the copy is short by about that: add copy or a photo, or fill with a box</source>
        <translation>稿件不足，拉开了间距撑满版面：{where}，比平常多拉开的空分在稿件之间、标题上方和图片说明下面——稿件约缺这么多：请补稿或补图，或加框补白</translation>
    </message>
    <message>
        <source>air spread to fill the page (稿件不足，拉开了间距): {where} more than usual between the stories, under their headings and captions — the copy is short by about that: add copy or a photo, or fill with a box</source>
        <translation type="vanished">稿件不足，拉开了间距撑满版面：{where}，比平常多拉开的空分在稿件之间和标题、图片说明下面——稿件约缺这么多：请补稿或补图，或加框补白</translation>
    </message>
    <message>
        <location filename="../../layout_app/layout/wording.py" line="208"/>
        <source>photo {photo} of story {story} is set narrower than its stack ({why}) and its story&apos;s text is too short to stand beside it: {where}, lines {top}–{foot} stay empty — a larger file, a box or a brief there</source>
        <translation>稿件 {story} 的图片 {photo} 排得比这一块窄（{why}），稿件文字太短，排不到图片旁边：{where}第 {top}～{foot} 行空着——可换像素更大的图片，或在那里加框、放简讯</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="86"/>
        <source>Review</source>
        <translation>校对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="87"/>
        <source>Stories</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="88"/>
        <location filename="../../layout_app/editor/main_window.py" line="493"/>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="89"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="493"/>
        <source>Preflight</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="161"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="162"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="163"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="164"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="166"/>
        <source>&amp;Export PDF/X…</source>
        <translation>导出 PDF/X(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="167"/>
        <source>&amp;Preflight</source>
        <translation>预检(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="173"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="176"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="177"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="178"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="179"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="180"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="182"/>
        <source>Column guides</source>
        <translation>分栏参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="183"/>
        <source>Line grid</source>
        <translation>行格参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="184"/>
        <source>Rulers</source>
        <translation>标尺</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="185"/>
        <source>Facing pages (spread)</source>
        <translation>对页（跨版）显示</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="186"/>
        <source>Review captions (read-only page)</source>
        <translation>图片说明校对（版面只读）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="189"/>
        <source>Continue story in a new frame…</source>
        <translation>稿件转到新框…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="190"/>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="191"/>
        <location filename="../../layout_app/editor/main_window.py" line="280"/>
        <source>Add page</source>
        <translation>添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="192"/>
        <source>Next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="193"/>
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
        <location filename="../../layout_app/editor/main_window.py" line="238"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="239"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="249"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="252"/>
        <source>page {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="265"/>
        <source>Select a frame of the story first</source>
        <translation>请先选中稿件的一个框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="268"/>
        <source>Click where the story continues (change page with Ctrl+PgDown); Esc cancels</source>
        <translation>点击稿件接续的位置（用 Ctrl+PgDown 换版）；按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="307"/>
        <source>Drop files</source>
        <translation>拖入文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="308"/>
        <location filename="../../layout_app/editor/main_window.py" line="427"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="310"/>
        <location filename="../../layout_app/editor/main_window.py" line="328"/>
        <source>Some files could not be placed</source>
        <translation>有些文件无法放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="326"/>
        <source>Place from panel</source>
        <translation>从面板放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="336"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="349"/>
        <source>Missing photos: {files} — relink them in the Photos panel</source>
        <translation>缺失图片：{files}——请在“图片”面板中重新链接</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="356"/>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="357"/>
        <source>layout_app found changes to this document that were not saved ({when}). Open them?</source>
        <translation>layout_app 发现本版面有未保存的修改（{when}）。要打开这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="358"/>
        <source>Recovered changes</source>
        <translation>恢复的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="363"/>
        <source>Open document</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="363"/>
        <location filename="../../layout_app/editor/main_window.py" line="373"/>
        <source>Documents (*.yaml)</source>
        <translation>版面文件 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="373"/>
        <source>Save document</source>
        <translation>保存版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="381"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="387"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="405"/>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="408"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="409"/>
        <source>Save the changes to this document before closing it?</source>
        <translation>关闭前保存对本版面的修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="468"/>
        <source>Export PDF/X-4</source>
        <translation>导出 PDF/X-4</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="468"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="475"/>
        <source>Preflight found errors</source>
        <translation>预检发现错误</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="476"/>
        <source>{n} error(s) would reach the press (see the Preflight panel). Export anyway?</source>
        <translation>有 {n} 个错误会带到印刷（见“预检”面板）。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="493"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="498"/>
        <source>Exported {path}: {summary}</source>
        <translation>已导出 {path}：{summary}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="502"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>NewsroomDesk</name>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="82"/>
        <location filename="../../layout_app/editor/newsroom.py" line="125"/>
        <location filename="../../layout_app/editor/newsroom.py" line="128"/>
        <source>The store refused the save</source>
        <translation>库拒绝了这次保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="84"/>
        <source>Changed by {who}</source>
        <translation>{who} 刚做了修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="88"/>
        <source>{edition} · {user} ({role})</source>
        <translation>{edition} · {user}（{role}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="100"/>
        <source>page editor</source>
        <translation>版面编辑</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="100"/>
        <source>reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="100"/>
        <source>chief editor</source>
        <translation>值班总编</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="101"/>
        <source>print staff</source>
        <translation>照排员</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="106"/>
        <source>&amp;Newsroom</source>
        <translation>采编(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="109"/>
        <source>Check out this page</source>
        <translation>签出本版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="110"/>
        <source>Check out the selected story or photo</source>
        <translation>签出所选稿件或图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="112"/>
        <source>Check in what I hold on this page</source>
        <translation>签入我在本版签出的内容</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="113"/>
        <source>Release a colleague&apos;s check-out…</source>
        <translation>解除同事的签出…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="114"/>
        <source>Show colleagues&apos; changes now</source>
        <translation>立即显示同事的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="129"/>
        <location filename="../../layout_app/editor/storelink.py" line="114"/>
        <source>Colleagues kept changing the same items while this was saved; save again</source>
        <translation>保存时同事一直在修改同样的内容；请再保存一次</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="133"/>
        <source>Saved to the store ({n} records)</source>
        <translation>已存入库（{n} 条记录）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="148"/>
        <source>story 「{headline}」</source>
        <translation>稿件「{headline}」</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="151"/>
        <source>photo {file}</source>
        <translation>图片“{file}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="162"/>
        <source>Keep my text</source>
        <translation>保留我的文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="203"/>
        <source>Checked out: {items}</source>
        <translation>占用中：{items}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="228"/>
        <source>{edition} · {user} ({role}) · {status}</source>
        <translation>{edition} · {user}（{role}）· {status}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="240"/>
        <source>A reporter changes story text, captions and credits; the layout is the page editor&apos;s</source>
        <translation>记者可改稿件正文、图片说明和署名；版面由版面编辑安排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="241"/>
        <source>Print staff read the pages; they do not change them</source>
        <translation>照排员只看版面，不改版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="284"/>
        <source>Select a frame of the story or photo first</source>
        <translation>请先选择稿件或图片的框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="300"/>
        <source>Nothing selected is checked out</source>
        <translation>所选内容没有被签出</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="302"/>
        <source>Release check-out</source>
        <translation>解除占用</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="303"/>
        <source>{holder} has {what} checked out. Release it? Their unsaved work stays on their desk.</source>
        <translation>{holder} 签出了 {what}。要解除吗？其未保存的修改仍留在其电脑上。</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newsroom.py" line="311"/>
        <source>Check-out</source>
        <translation>签出</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="382"/>
        <source>Link story to a new frame</source>
        <translation>稿件转到新框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="426"/>
        <source>Resize frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="426"/>
        <source>Move frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <source>Nudge frame</source>
        <translation type="vanished">微调框</translation>
    </message>
    <message>
        <source>Delete frame</source>
        <translation type="vanished">删除框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="503"/>
        <source>Pan photo</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="515"/>
        <source>Zoom photo</source>
        <translation>缩放图片</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="268"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="292"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="293"/>
        <source>Not on a page</source>
        <translation>未上版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="295"/>
        <source>Comment: {text}</source>
        <translation>意见：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="301"/>
        <source>Caption and credit checked</source>
        <translation>图片说明和署名已核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="315"/>
        <source>Relink photo</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="321"/>
        <source>Find the photo</source>
        <translation>查找图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="322"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../layout_app/preflight/captioncheck.py" line="36"/>
        <source>a note on this photo waits to be checked: {note}</source>
        <translation>这张图片有一条批注尚待核对：{note}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/captioncheck.py" line="37"/>
        <source>page {page}, columns {first}–{last}, lines {top}–{bottom}</source>
        <translation>第{page}版 第{first}–{last}栏 第{top}–{bottom}行</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/captioncheck.py" line="38"/>
        <source>page {page}, column {first}, lines {top}–{bottom}</source>
        <translation>第{page}版 第{first}栏 第{top}–{bottom}行</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/captioncheck.py" line="39"/>
        <source>the caption names {name}, which the story beside it (“{headline}”) does not mention</source>
        <translation>图片说明提到了{name}，但旁边的稿件（“{headline}”）没有提到</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="35"/>
        <source>“{char}” ({codepoint}) in {what}, paragraph {paragraph}, is in none of the shipped fonts</source>
        <translation>{what}第 {paragraph} 段的“{char}”（{codepoint}）在随附的字体里都没有</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="37"/>
        <source>{what} does not fit: 超 {lines} 行 ({lines} lines over)</source>
        <translation>{what}排不下：超 {lines} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="38"/>
        <source>{what} does not fit: 超 {lines} 行 ({lines} lines, {chars} characters over)</source>
        <translation>{what}排不下：超 {lines} 行（{chars} 字）</translation>
    </message>
    <message>
        <source>{what} ends {lines} lines short of its frame: 缺 {lines} 行 — add copy, set a photo larger or shorten the frame</source>
        <translation type="vanished">{what}末尾空着 {lines} 行：缺 {lines} 行——请补稿、放大图片或缩短文框</translation>
    </message>
    <message>
        <source>{cols}: {lines} lines left empty under {what}, down to the foot of the page (缺 {lines} 行) — add copy, set a photo larger or move a story down</source>
        <translation type="vanished">{cols}{what}以下空着，直到版面底部：缺 {lines} 行——请补稿、放大图片或把稿件下移</translation>
    </message>
    <message>
        <source>{cols}: {lines} lines left empty under {what}, from line {first} (缺 {lines} 行) — add copy, set a photo larger or move the item below up</source>
        <translation type="vanished">{cols}{what}以下从第 {first} 行起空着：缺 {lines} 行——请补稿、放大图片或把下面的稿件上移</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="40"/>
        <source>{cols}: {lines} lines left empty under {what}, down to the foot of the page (缺 {lines} 行) — add copy, set a photo larger or fill it (补白)</source>
        <translation>{cols}{what}以下空着，直到版底：缺 {lines} 行——请补稿、放大图片或补白</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="42"/>
        <source>{cols}: {lines} lines left empty under {what} (缺 {lines} 行) — add copy, set a photo larger or move the item below up</source>
        <translation>{cols}{what}以下空着：缺 {lines} 行——请补稿、放大图片或把下面的稿件上移</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="46"/>
        <source>{cols}: {lines} lines left empty under {what}, down to the foot of the page (缺 {lines} 行) — add copy or a photo, or fill it (补白)</source>
        <translation>{cols}{what}以下空着，直到版底：缺 {lines} 行——请补稿、补图或补白</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="48"/>
        <source>{cols}: {lines} lines left empty under {what} (缺 {lines} 行) — add copy or move the item below up</source>
        <translation>{cols}{what}以下空着：缺 {lines} 行——请补稿或把下面的稿件上移</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="50"/>
        <source>column {n}</source>
        <translation>第 {n} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="51"/>
        <source>columns {first}–{last}</source>
        <translation>第 {first}～{last} 栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="52"/>
        <source>{fewest}–{most}</source>
        <translation>{fewest}～{most}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="53"/>
        <source>the headline of {story} had to be set at {size} pt, below its style&apos;s minimum, to fit</source>
        <translation>{story}的主题只能用 {size} 磅才排得下，小于样式规定的最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="55"/>
        <source>photo {file} changed since it was placed; check it and place it again</source>
        <translation>图片“{file}”放置后被改动过，请检查后重新放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="56"/>
        <source>photo {file} is in colour mode {mode}, which cannot be converted to CMYK for print</source>
        <translation>图片“{file}”的色彩模式是 {mode}，无法转换成印刷用的四色</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="58"/>
        <source>photo {file} is missing: relink it or put the file back</source>
        <translation>找不到图片“{file}”：请重新链接，或把文件放回原处</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="59"/>
        <source>photo {file} cannot be read: {reason}</source>
        <translation>图片“{file}”无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="60"/>
        <source>photo {file} prints at {ppi} ppi; newsprint needs at least {min} ppi — use a larger file or a smaller frame</source>
        <translation>图片“{file}”印出来只有 {ppi} ppi，新闻纸至少要 {min} ppi——请换更大的图片文件，或把图框缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="62"/>
        <source>photo {file} has neither a caption nor a credit (摄影者), and no page credit line (本版图片由…摄) names its photographer</source>
        <translation>图片“{file}”既没有图片说明，也没有摄影署名，本版也没有图片署名行（本版图片由…摄）写明摄影者</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="64"/>
        <source>photo {file} has no caption</source>
        <translation>图片“{file}”没有图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="65"/>
        <source>photo {file} has no credit (摄影者), and no page credit line (本版图片由…摄) names its photographer</source>
        <translation>图片“{file}”没有摄影署名，本版也没有图片署名行（本版图片由…摄）写明摄影者</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="68"/>
        <source>photo {file} is credited to {credit}, the page&apos;s credit line says {page}: both print — if the line leaves this photo out, say so in it (本版图片除署名外由…摄); else keep the right one</source>
        <translation>图片“{file}”署名“{credit}”，本版图片署名行却写“{page}”：两个都会印出——这张图片若不归署名行，请把署名行写成“本版图片除署名外由…摄”；不然请留下对的那个</translation>
    </message>
    <message>
        <source>photo {file} is credited to {credit}, the page&apos;s credit line says {page}: both print — keep the right one</source>
        <translation type="vanished">图片“{file}”署名“{credit}”，本版图片署名行却写“{page}”：两个都会印出——请留下对的那个</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="71"/>
        <source>photo {file}: its caption ends with the credit {caption}, the photo is credited to {credit}: both print — keep the right one</source>
        <translation>图片“{file}”的图片说明末尾署名“{caption}”，图片本身署名“{credit}”：两个都会印出——请留下对的那个</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="74"/>
        <source>photo {file} (numbered {n}) is read before photo {other} (numbered {m}): set {other} above it or to its left</source>
        <translation>图片“{file}”（编号 {n}）排在图片“{other}”（编号 {m}）之前，读者会先看到它：请把“{other}”移到它的上方或左边</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="76"/>
        <source>{frame} is empty</source>
        <translation>{frame}是空的</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="77"/>
        <source>{frame} does not touch its photo</source>
        <translation>{frame}没有紧挨着图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="78"/>
        <source>photo {file} has a caption but no caption frame on the page</source>
        <translation>图片“{file}”有图片说明，但本版没有放说明的框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="36"/>
        <source>photo {file} is on no page, nor its caption “{caption}”: place it, or take it out of the document</source>
        <translation>图片“{file}”及其说明“{caption}”没有上版：请把它排上版面，或从文档中删去</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="79"/>
        <source>{over} lies over {under}, so text is hidden or printed over; {fix}</source>
        <translation>{over}压在{under}上，文字会被遮住或叠印；{fix}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="80"/>
        <source>let text wrap around {other} (绕排), move one of them, or mark one of them “Overlap intended”</source>
        <translation>请让文字绕排{other}，或移开其中一个，或把其中一个标为“有意压叠”</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="82"/>
        <source>text wrap moves only body text: move one of them, or mark one of them “Overlap intended”</source>
        <translation>文字绕排只推开正文：请移开其中一个，或把其中一个标为“有意压叠”</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="84"/>
        <source>the headlines of {left} and {right} stand side by side (碰题) and read as one: stagger them — move one story, or set a photo over one of them</source>
        <translation>{left}和{right}的标题并排（碰题），读来像一个标题：请错开——挪动其中一篇，或在其中一个标题上方放一张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/checks.py" line="86"/>
        <source>text of {frame} ({text}) lies under {over}; move one of them</source>
        <translation>{frame}的文字（{text}）被{over}压住了；请移开其中一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="25"/>
        <source>{story} is on no page: no frame on any page holds it</source>
        <translation>{story}不在任何版面上：没有哪个框放它</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="26"/>
        <source>the {part} of {story} is not printed: no frame holds it (add {need})</source>
        <translation>{story}的{part}没有印出来：没有框放它（请添加{need}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="27"/>
        <source>a heading frame</source>
        <translation>标题框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="28"/>
        <source>a byline frame or a body frame</source>
        <translation>署名框或正文框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="29"/>
        <source>a {part} frame</source>
        <translation>{part}框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="30"/>
        <source>the byline of {story} is not printed: no room for it at the head of its body</source>
        <translation>{story}的署名没有印出来：正文开头没有地方放它</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="32"/>
        <source>the byline of {story} is not printed: no room for it after the body</source>
        <translation>{story}的署名没有印出来：正文后面没有地方放它</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="33"/>
        <source>the byline of {story} is not printed: the body does not fit, so the byline after it has no room</source>
        <translation>{story}的署名没有印出来：正文排不下，后面的署名没有地方放</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="35"/>
        <source>{what} does not fit its columns: “{text}” is not printed</source>
        <translation>{what}在所占的栏里排不下：“{text}”没有印出来</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="38"/>
        <source>photo {file} is on no page, and has neither a caption nor a credit: give it its caption and place it, or take it out of the document</source>
        <translation>图片“{file}”没有上版，也没有图片说明和署名：请配上说明排上版面，或从文档中删去</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="40"/>
        <source>photo {file} is on no page, and has no caption: give it its caption and place it, or take it out of the document</source>
        <translation>图片“{file}”没有上版，也没有图片说明：请配上说明排上版面，或从文档中删去</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="42"/>
        <source>{story} is a picture story (图片新闻) but no photo of its own is placed: its text is a caption without its picture — place its photo</source>
        <translation>{story}是图片新闻，却没有排上它自己的图片：文字成了没有图片的图片说明——请排上它的图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="44"/>
        <source>the credit of photo {file} ({credit}) is cut off at the foot of {frame} and named in no credit line</source>
        <translation>图片“{file}”的摄影署名（{credit}）在{frame}底部被截掉了，图片署名行里也没有</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/coverage.py" line="46"/>
        <source>the credit of photo {file} ({credit}) appears nowhere on {page}: not beside its caption, not in a credit line (本版图片由…摄)</source>
        <translation>图片“{file}”的摄影署名（{credit}）在{page}哪里都没有：既不在图片说明旁，也不在图片署名行（本版图片由…摄）里</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/furniture.py" line="18"/>
        <source>a rule strikes through the text of {frame} ({text}); put it on a free line or in a gutter</source>
        <translation>一条线穿过了{frame}的文字（{text}）；请把它放到空行或栏间</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/furniture.py" line="20"/>
        <source>the border of a box strikes through the text of {frame} ({text}); put it on a free line or in a gutter</source>
        <translation>一个框的边线穿过了{frame}的文字（{text}）；请把它放到空行或栏间</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/furniture.py" line="22"/>
        <source>{frame} prints over the masthead&apos;s {part}; move it under the masthead, to line {line} or below</source>
        <translation>{frame}压在报头的{part}上；请移到报头下面，第 {line} 行或以下</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="43"/>
        <source>page {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="44"/>
        <source>page {page}, column {col}, line {line}</source>
        <translation>第 {page} 版 第 {col} 栏 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="45"/>
        <source>photo {file}</source>
        <translation>图片“{file}”</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="46"/>
        <source>the {part} of {story}</source>
        <translation>{story}的{part}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="47"/>
        <source>the caption of photo {file}</source>
        <translation>图片“{file}”的说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="48"/>
        <source>an empty text frame</source>
        <translation>空文本框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="49"/>
        <source>story {id}</source>
        <translation>稿件 {id}</translation>
    </message>
    <message>
        <source>the copy read as no part ({n} paragraph(s), from 《{first}》)</source>
        <translation type="vanished">未能归类的稿件（{n} 段，从《{first}》起）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="50"/>
        <source>the copy read as no story&apos;s part ({n} paragraph(s), from “{first}”: a caption waiting for its photo, or a line of no story)</source>
        <translation>未归类的文字（{n} 段，从“{first}”起：等待图片的图片说明，或不属于任何稿件的文字）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="52"/>
        <source>the running head</source>
        <translation>报眉</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="54"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="55"/>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="56"/>
        <source>headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="57"/>
        <source>deck</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="58"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="59"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="60"/>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/wording.py" line="61"/>
        <source>credit</source>
        <translation>摄影署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/queries.py" line="12"/>
        <source>{story}: which lines are its kicker, headline and deck was a guess when its copy was read — check them (editing the story marks it checked)</source>
        <translation>{story}：读入稿件时，哪几行是引题、主题、副题是推断的——请核对（改过这篇稿件即算已核对）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/queries.py" line="14"/>
        <source>{story}: its paragraphs were put together from a printed page&apos;s column lines at a guess when its copy was read — check them (editing the story marks it checked)</source>
        <translation>{story}：读入稿件时，正文是按推断把印好版面的各栏文字接起来的——请核对各段（改过这篇稿件即算已核对）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/queries.py" line="18"/>
        <source>photo {file}: a note is open — {note} (check it in review mode)</source>
        <translation>图片 {file}：有一条备注未处理——{note}（请在校对模式中核对）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="13"/>
        <source>{title}: caption proof</source>
        <translation>{title}：图片说明校对</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="14"/>
        <source>(no caption)</source>
        <translation>（无图片说明）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="15"/>
        <source>(no credit)</source>
        <translation>（无署名）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="16"/>
        <source>Story: {headline}</source>
        <translation>稿件：{headline}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="17"/>
        <source>Photos not on the page</source>
        <translation>未上版的图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="18"/>
        <source>not on the page: there is no room for it, so neither the photo nor its caption prints</source>
        <translation>不在版面上：版面放不下，这张图片和图片说明都不会印出</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="20"/>
        <source>not on the page: no caption and no story tell where it goes — the page editor places it</source>
        <translation>不在版面上：没有图片说明，也不知道配哪篇稿件——请版面编辑放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="22"/>
        <source>{what} ({caption})</source>
        <translation>{what}（{caption}）</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="23"/>
        <source>{out}: {n} photo(s), {warned} with warnings</source>
        <translation>{out}：{n} 张图片，{warned} 张有警告</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/proofwords.py" line="24"/>
        <source>{summary}; {n} not on the page</source>
        <translation>{summary}；{n} 张未上版</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="12"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="12"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="13"/>
        <source>{severity}: {place}: {message}</source>
        <translation>{severity}：{place}：{message}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="14"/>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="16"/>
        <source>page</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="16"/>
        <source>frame</source>
        <translation>框</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="17"/>
        <source>story</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="17"/>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="18"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../layout_app/preflight/findings.py" line="19"/>
        <source>{path}: {errors} error(s), {warnings} warning(s)</source>
        <translation>{path}：{errors} 个错误，{warnings} 个警告</translation>
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
        <location filename="../../layout_app/editor/panels.py" line="335"/>
        <source>Column</source>
        <translation>栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="335"/>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="336"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="336"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="348"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="349"/>
        <source>Size (号 or pt)</source>
        <translation>字号（号或磅）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="351"/>
        <source>Fill frame</source>
        <translation>填满图框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="352"/>
        <source>Fit whole photo</source>
        <translation>显示整张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="353"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="354"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="355"/>
        <source>Reset crop</source>
        <translation>取消裁切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="399"/>
        <source>Text wraps around it (绕排)</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="402"/>
        <source>Overlap intended</source>
        <translation>有意压叠</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="407"/>
        <source>Standoff (lines)</source>
        <translation>绕排间距（行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="428"/>
        <source>Text wrap</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="439"/>
        <source>Crop photo</source>
        <translation>裁切图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="448"/>
        <source>That would run off the grid</source>
        <translation>超出版心网格了</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="452"/>
        <source>Frame geometry</source>
        <translation>框位置与大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="468"/>
        <source>Change type size</source>
        <translation>更改字号</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../layout_app/editor/app.py" line="23"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/app.py" line="23"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../layout_app/editor/review.py" line="29"/>
        <source>Caption and credit checked</source>
        <translation>图片说明和署名已核对</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="31"/>
        <source>A note for the page editor</source>
        <translation>给版面编辑的留言</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="33"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="34"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="36"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="77"/>
        <source>(no caption)</source>
        <translation>（无图片说明）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/review.py" line="128"/>
        <source>Review caption</source>
        <translation>校对图片说明</translation>
    </message>
</context>
<context>
    <name>Selector</name>
    <message>
        <location filename="../../layout_app/editor/selection.py" line="89"/>
        <source>Locked: %1</source>
        <translation>已锁定：%1</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/selection.py" line="158"/>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/selection.py" line="158"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>StoriesPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="57"/>
        <source>One paragraph per line</source>
        <translation>每行一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="60"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="62"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="98"/>
        <source>Photos ({n}): {caption}</source>
        <translation>组图（{n} 张）：{caption}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="121"/>
        <source>Unassigned: {text}</source>
        <translation>未归类：{text}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="124"/>
        <source>Copy read as no story&apos;s part, on no page: place it, move its lines into their stories, or delete them</source>
        <translation>这些文字没有认作任何稿件的部分，未上版：请排上版面、移到各自的稿件里，或删去</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="129"/>
        <source>Reading its copy left a guess: check its parts (editing the story marks it checked)</source>
        <translation>读入这篇稿件时有推断之处：请核对（改过这篇稿件即算已核对）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="165"/>
        <source>Edit story</source>
        <translation>编辑稿件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="172"/>
        <source>Apply to selection</source>
        <translation>应用到选中文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="176"/>
        <location filename="../../layout_app/editor/panels.py" line="227"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="177"/>
        <location filename="../../layout_app/editor/panels.py" line="248"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="203"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="215"/>
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
        <source>Page credit line</source>
        <translation>本版图片署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="17"/>
        <source>Jump line</source>
        <translation>转版说明</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="18"/>
        <source>Banner headline</source>
        <translation>通栏标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="19"/>
        <source>Banner deck</source>
        <translation>通栏副题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="20"/>
        <source>Lead paragraph</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="21"/>
        <source>Headline of the lead story</source>
        <translation>头条主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="22"/>
        <source>Headline of the second story</source>
        <translation>二条主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="23"/>
        <source>Headline of a brief</source>
        <translation>简讯主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="24"/>
        <source>Headline of an interview or a notice</source>
        <translation>访谈、告示主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="25"/>
        <source>Headline of a picture story</source>
        <translation>图片新闻主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="26"/>
        <source>Headline of a sidebar</source>
        <translation>配稿主题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="27"/>
        <source>Subhead</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="28"/>
        <source>Headline of a brief in a briefs column</source>
        <translation>简讯栏条目标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="30"/>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="31"/>
        <source>Quotation</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="32"/>
        <source>Emphasis dots</source>
        <translation>着重号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="38"/>
        <source>Running head</source>
        <translation>报眉</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="39"/>
        <source>Front-page masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="57"/>
        <source>font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="57"/>
        <source>weight</source>
        <translation>字重</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="58"/>
        <source>size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="58"/>
        <source>leading</source>
        <translation>行距</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="59"/>
        <source>tracking</source>
        <translation>字距</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="59"/>
        <source>align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="60"/>
        <source>indent</source>
        <translation>首行缩进</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="60"/>
        <source>min size</source>
        <translation>最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="61"/>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="61"/>
        <source>grid lines</source>
        <translation>占行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="62"/>
        <source>space before</source>
        <translation>段前空行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="63"/>
        <source>space after</source>
        <translation>段后空行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="64"/>
        <source>line-break rules</source>
        <translation>避头尾</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="64"/>
        <source>hanging punctuation</source>
        <translation>标点悬挂</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="65"/>
        <source>turnover indent</source>
        <translation>转行缩进</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="66"/>
        <source>emphasis dots</source>
        <translation>着重号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="69"/>
        <source>song</source>
        <translation>宋体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="69"/>
        <source>hei</source>
        <translation>黑体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="70"/>
        <source>kai</source>
        <translation>楷体</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="70"/>
        <source>bold</source>
        <translation>粗</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="71"/>
        <source>regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="71"/>
        <source>justified</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="72"/>
        <source>left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="72"/>
        <source>centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="73"/>
        <source>right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="73"/>
        <source>none</source>
        <translation>不处理</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="74"/>
        <source>basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="74"/>
        <source>GB/T 15834</source>
        <translation>国标</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="75"/>
        <source>strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="75"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/style_names.py" line="76"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="271"/>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="271"/>
        <source>Delete text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="271"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="272"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="272"/>
        <source>New paragraph</source>
        <translation>另起一段</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="272"/>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="290"/>
        <location filename="../../layout_app/editor/textedit.py" line="699"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="697"/>
        <source>&amp;Type</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/textedit.py" line="708"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="40"/>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="40"/>
        <source>Text frame</source>
        <translation>文字框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="40"/>
        <source>Photo frame</source>
        <translation>图片框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="41"/>
        <source>Rule</source>
        <translation>线条</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="41"/>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="41"/>
        <source>Hand</source>
        <translation>抓手</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="41"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="135"/>
        <source>Draw text frame</source>
        <translation>画文字框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="138"/>
        <source>Draw photo frame</source>
        <translation>画图片框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="142"/>
        <source>Draw box</source>
        <translation>画方框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="145"/>
        <source>Draw rule</source>
        <translation>画线条</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/tools.py" line="173"/>
        <source>Tools</source>
        <translation>工具</translation>
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
