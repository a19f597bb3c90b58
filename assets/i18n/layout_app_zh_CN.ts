<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="19"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="19"/>
        <source>Cut the selection to the clipboard</source>
        <translation>把选中内容剪切到剪贴板</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="20"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="20"/>
        <source>Copy the selection to the clipboard</source>
        <translation>把选中内容复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="21"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="21"/>
        <source>Paste from the clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="22"/>
        <source>Paste in place</source>
        <translation>原位粘贴</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="22"/>
        <source>Paste where the copied frames were</source>
        <translation>粘贴到原来的位置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="23"/>
        <source>Duplicate</source>
        <translation>再制</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="23"/>
        <source>A copy of the selection beside it</source>
        <translation>在旁边复制一份</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="25"/>
        <source>Bring to front</source>
        <translation>置于顶层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="25"/>
        <source>Above every other frame</source>
        <translation>在所有框之上</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="26"/>
        <source>Bring forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="26"/>
        <source>One step up in the stacking order</source>
        <translation>叠放次序上移一层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="27"/>
        <source>Send backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="27"/>
        <source>One step down in the stacking order</source>
        <translation>叠放次序下移一层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="28"/>
        <source>Send to back</source>
        <translation>置于底层</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="28"/>
        <source>Below every other frame</source>
        <translation>在所有框之下</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="29"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="29"/>
        <source>Lock the frame against moving</source>
        <translation>锁定框，防止移动</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="59"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="59"/>
        <source>Delete the frame (Delete key); Undo brings it back</source>
        <translation>删除框（Delete 键）；可撤销</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="62"/>
        <source>Continue story in a new frame…</source>
        <translation>稿件转到新框…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="62"/>
        <source>Click where the story goes on (Ctrl+L)</source>
        <translation>点击稿件接续的位置（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="64"/>
        <location filename="../../layout_app/editor/viewnav.py" line="79"/>
        <source>Zoom to selection</source>
        <translation>缩放到选中对象</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="64"/>
        <source>The frame fills the window (Ctrl+Alt+=)</source>
        <translation>框充满窗口（Ctrl+Alt+=）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="67"/>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="67"/>
        <source>Columns, lines, style, text wrap of the frame</source>
        <translation>框的栏、行、样式和绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="72"/>
        <source>Place…</source>
        <translation>置入…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="72"/>
        <source>Place a copy file or photo at a free spot (Ctrl+D)</source>
        <translation>把稿件或图片放到空白处（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="74"/>
        <location filename="../../layout_app/editor/viewnav.py" line="81"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/contextmenus.py" line="74"/>
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
        <translation>图片署名</translation>
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
        <translation>用 Python 正则表达式查找，如 \d+ 名</translation>
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
        <location filename="../../layout_app/editor/findreplace.py" line="197"/>
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
        <location filename="../../layout_app/editor/findreplace.py" line="204"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="101"/>
        <source>Replace every hit: one step to undo</source>
        <translation>替换所有结果：一步即可撤销</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="135"/>
        <source>Cannot search: {error}</source>
        <translation>无法查找：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="144"/>
        <location filename="../../layout_app/editor/findreplace.py" line="166"/>
        <source>{n} found</source>
        <translation>找到 {n} 处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="144"/>
        <location filename="../../layout_app/editor/findreplace.py" line="166"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="181"/>
        <source>This text is on no page yet</source>
        <translation>这段文字还没有排在任何版面上</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="206"/>
        <source>{n} replaced</source>
        <translation>已替换 {n} 处</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="216"/>
        <source>Review mode: only captions and credits can change</source>
        <translation>校对模式：只能修改图片说明和署名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="222"/>
        <source>Find/Replace</source>
        <translation>查找/替换</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="232"/>
        <source>&amp;Find/Replace…</source>
        <translation>查找/替换(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="234"/>
        <source>Find and replace in every story, caption and credit (Ctrl+F)</source>
        <translation>在所有稿件、图片说明和署名中查找和替换（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="243"/>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/findreplace.py" line="243"/>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="31"/>
        <source>{w:g} × {h:g} mm, {cols} columns of {chars} characters, {lines} lines</source>
        <translation>{w:g} × {h:g} 毫米，{cols} 栏，每栏 {chars} 字，{lines} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="40"/>
        <source>New document</source>
        <translation>新建版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="44"/>
        <source>The page sizes and grids layout_app ships</source>
        <translation>layout_app 自带的版面尺寸和网格</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="47"/>
        <source>label_en</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="62"/>
        <source>The empty page: margins, masters (报头, running head) as they print</source>
        <translation>空白版面：版心和栏，与印刷一致</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="67"/>
        <source>How many pages the new document starts with</source>
        <translation>新文件的版数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="69"/>
        <source>The document&apos;s title (the edition, e.g. 要闻 A1)</source>
        <translation>文件标题（如 要闻 A1）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="304"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="71"/>
        <source>Number of pages</source>
        <translation>版数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="72"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="132"/>
        <source>Cannot make the document</source>
        <translation>无法新建版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="139"/>
        <source>New document on {template}: not saved yet</source>
        <translation>已用 {template} 模板新建，尚未保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="155"/>
        <source>Review mode: the layout cannot change</source>
        <translation>校对模式：版面不能改动</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="159"/>
        <source>Place {file}</source>
        <translation>置入 {file}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="162"/>
        <source>Some files could not be placed</source>
        <translation>有些文件无法放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="167"/>
        <source>Place a copy file or photo</source>
        <translation>置入稿件或图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="168"/>
        <source>Copy and photos (*.txt *.docx *.md *.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>稿件和图片 (*.txt *.docx *.md *.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="176"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="178"/>
        <source>A new document from a template: 四开, 对开, Berliner, A3 (Ctrl+N)</source>
        <translation>用模板新建版面文件：四开、对开、柏林版、A3（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="183"/>
        <source>&amp;Place…</source>
        <translation>置入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/newdoc.py" line="185"/>
        <source>Place a copy file or photo into the selected frame, or at a free spot (Ctrl+D)</source>
        <translation>把稿件或图片置入选中的框，未选框时放到空白处（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="64"/>
        <source>Click a page to edit it; drag a page to move it; right-click for more</source>
        <translation>单击编辑该版；拖动可调整版序；右键有更多操作</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="122"/>
        <source>Add a page after the selected one</source>
        <translation>在选中的版后面添加一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="123"/>
        <source>Delete the selected page (Undo brings it back)</source>
        <translation>删除选中的版（可撤销）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="124"/>
        <source>Move the selected page one place up</source>
        <translation>选中的版上移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="125"/>
        <source>Move the selected page one place down</source>
        <translation>选中的版下移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="129"/>
        <source>The master (报头, running head, folio) the selected page applies</source>
        <translation>选中的版所用的主页（报头、报眉、版次）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="169"/>
        <location filename="../../layout_app/editor/statusbar.py" line="67"/>
        <source>Page {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="205"/>
        <location filename="../../layout_app/editor/pages_panel.py" line="287"/>
        <source>(no master)</source>
        <translation>（无主页）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="232"/>
        <location filename="../../layout_app/editor/pages_panel.py" line="296"/>
        <source>Add page</source>
        <translation>添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="238"/>
        <source>A document keeps at least one page</source>
        <translation>文件至少要有一个版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="242"/>
        <source>Delete page {n}</source>
        <translation>删除第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="253"/>
        <source>Move page</source>
        <translation>移动版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="259"/>
        <location filename="../../layout_app/editor/pages_panel.py" line="284"/>
        <source>Apply master</source>
        <translation>应用主页</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="274"/>
        <source>Go to page</source>
        <translation>转到此版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="274"/>
        <source>Edit this page</source>
        <translation>编辑此版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="275"/>
        <source>Add page after</source>
        <translation>在后面添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="275"/>
        <source>An empty page after this one</source>
        <translation>在此版后面加一个空版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="276"/>
        <source>Delete page</source>
        <translation>删除版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="276"/>
        <source>Delete this page and its frames (Undo brings it back)</source>
        <translation>删除此版及其中的框（可撤销）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="278"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="278"/>
        <source>One place earlier in the edition</source>
        <translation>在版序中前移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="279"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="279"/>
        <source>One place later in the edition</source>
        <translation>在版序中后移一位</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/pages_panel.py" line="306"/>
        <source>Thumbnails of every page: click to go, drag to reorder</source>
        <translation>各版缩略图：单击转到该版，拖动调整版序</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="67"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="67"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="67"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="83"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="84"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/shortcuts.py" line="86"/>
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
        <location filename="../../layout_app/editor/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="123"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="124"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="125"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="126"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="128"/>
        <source>&amp;Export PDF/X…</source>
        <translation>导出 PDF/X(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="129"/>
        <source>&amp;Preflight</source>
        <translation>预检(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="132"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="134"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="138"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="139"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="140"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="141"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="142"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="144"/>
        <source>Column guides</source>
        <translation>分栏参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="145"/>
        <source>Line grid</source>
        <translation>行格参考线</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="146"/>
        <source>Rulers</source>
        <translation>标尺</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="147"/>
        <source>Facing pages (spread)</source>
        <translation>对页（跨版）显示</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="148"/>
        <source>Review captions (read-only page)</source>
        <translation>图片说明校对（版面只读）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="151"/>
        <source>Continue story in a new frame…</source>
        <translation>稿件转到新框…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="152"/>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="153"/>
        <location filename="../../layout_app/editor/main_window.py" line="254"/>
        <source>Add page</source>
        <translation>添加版面</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="154"/>
        <source>Next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="155"/>
        <source>Previous page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="201"/>
        <source>{frame}: overset by {n} lines (超 {n} 行)</source>
        <translation>{frame}：超 {n} 行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="204"/>
        <source>{frame}: headline below its minimum size</source>
        <translation>{frame}：标题小于最小字号</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="208"/>
        <source>No problems on this page</source>
        <translation>本版没有问题</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="215"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="216"/>
        <source>&amp;Redo {what}</source>
        <translation>重做(&amp;R) {what}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="226"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="239"/>
        <source>Select a frame of the story first</source>
        <translation>请先选中稿件的一个框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="242"/>
        <source>Click where the story continues (change page with Ctrl+PgDown); Esc cancels</source>
        <translation>点击稿件接续的位置（用 Ctrl+PgDown 换版）；按 Esc 取消</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="279"/>
        <source>Drop files</source>
        <translation>拖入文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="282"/>
        <location filename="../../layout_app/editor/main_window.py" line="300"/>
        <source>Some files could not be placed</source>
        <translation>有些文件无法放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="298"/>
        <source>Place from panel</source>
        <translation>从面板放置</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="308"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="321"/>
        <source>Missing photos: {files} — relink them in the Photos panel</source>
        <translation>缺失图片：{files}——请在“图片”面板中重新链接</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="328"/>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="329"/>
        <source>layout_app found changes to this document that were not saved ({when}). Open them?</source>
        <translation>layout_app 发现本版面有未保存的修改（{when}）。要打开这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="330"/>
        <source>Recovered changes</source>
        <translation>恢复的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="335"/>
        <source>Open document</source>
        <translation>打开版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="335"/>
        <location filename="../../layout_app/editor/main_window.py" line="345"/>
        <source>Documents (*.yaml)</source>
        <translation>版面文件 (*.yaml)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="345"/>
        <source>Save document</source>
        <translation>保存版面文件</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="353"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="359"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="377"/>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="380"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="381"/>
        <source>Save the changes to this document before closing it?</source>
        <translation>关闭前保存对本版面的修改吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="434"/>
        <source>Export PDF/X-4</source>
        <translation>导出 PDF/X-4</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="434"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="441"/>
        <source>Preflight found errors</source>
        <translation>预检发现错误</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="442"/>
        <source>{n} error(s) would reach the press (see the Preflight panel). Export anyway?</source>
        <translation>有 {n} 个错误会带到印刷（见“预检”面板）。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="461"/>
        <source>Exported {path}: {summary}</source>
        <translation>已导出 {path}：{summary}</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/main_window.py" line="465"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="305"/>
        <source>Link story to a new frame</source>
        <translation>稿件转到新框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="338"/>
        <source>Resize frame</source>
        <translation>调整框大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="338"/>
        <source>Move frame</source>
        <translation>移动框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="359"/>
        <source>Nudge frame</source>
        <translation>微调框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="365"/>
        <source>Delete frame</source>
        <translation>删除框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="388"/>
        <source>Pan photo</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/canvas.py" line="400"/>
        <source>Zoom photo</source>
        <translation>缩放图片</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="222"/>
        <source>Relink…</source>
        <translation>重新链接…</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="240"/>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="255"/>
        <source>Relink photo</source>
        <translation>重新链接图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="261"/>
        <source>Find the photo</source>
        <translation>查找图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="262"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="422"/>
        <source>This page</source>
        <translation>本版</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="424"/>
        <source>Preflight findings</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="449"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="275"/>
        <source>Column</source>
        <translation>栏</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="275"/>
        <source>Columns</source>
        <translation>栏数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="276"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="276"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="288"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="289"/>
        <source>Size (号 or pt)</source>
        <translation>字号（号或磅）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="291"/>
        <source>Fill frame</source>
        <translation>填满图框</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="292"/>
        <source>Fit whole photo</source>
        <translation>显示整张图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="293"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="294"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="295"/>
        <source>Reset crop</source>
        <translation>取消裁切</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="339"/>
        <source>Text wraps around it (绕排)</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="342"/>
        <source>Overlap intended</source>
        <translation>有意压叠</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="347"/>
        <source>Standoff (lines)</source>
        <translation>绕排间距（行）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="368"/>
        <source>Text wrap</source>
        <translation>文字绕排</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="379"/>
        <source>Crop photo</source>
        <translation>裁切图片</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="388"/>
        <source>That would run off the grid</source>
        <translation>超出版心网格了</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="392"/>
        <source>Frame geometry</source>
        <translation>框位置与大小</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="408"/>
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
        <location filename="../../layout_app/editor/panels.py" line="181"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="134"/>
        <location filename="../../layout_app/editor/panels.py" line="202"/>
        <source>Character style</source>
        <translation>字符样式</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="159"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../layout_app/editor/panels.py" line="169"/>
        <source>Set here: {what}</source>
        <translation>本处设置：{what}</translation>
    </message>
</context>
</TS>
