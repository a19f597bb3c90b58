"""Intake's notices (layout_app/intake/notices.py, context "Intake") and Place's notes (context "Drop").
A story's number in the English ({k}, counted from 0) is left out: the Chinese names it by its words."""
ZH = {
    # copy files
    "{file}: starts with a UTF-8 byte-order mark but the text is {enc}: read as {enc}":
        "{file}：文件开头有 UTF-8 字节顺序标记，但正文是 {enc} 编码：已按 {enc} 读入",
    "{file}: read as {enc}, but it could be {other}; if the text looks wrong, give --encoding {other}":
        "{file}：已按 {enc} 编码读入，但也可能是 {other}；如果文字看起来不对，请把文件另存为 UTF-8 再放入",
    "{file}: footnotes were ignored (a newspaper story has none)": "{file}：脚注已略去（报纸稿件不用脚注）",
    "{path}:{line}: this line is {enc} but line {first} is {other} — the file mixes two encodings; save it in one (UTF-8)":
        "{path}:{line}：这一行是 {enc} 编码，而第 {first} 行是 {other} 编码——文件混用了两种编码；请统一另存为一种（UTF-8）",
    "{path}: a Word 97–2003 document (.doc) — save it as .docx or plain text":
        "{path}：这是 Word 97–2003 文档（.doc）——请另存为 .docx 或纯文本",
    "{path}: a WPS Writer document (.wps) — save it as .docx or plain text":
        "{path}：这是 WPS 文字文档（.wps）——请另存为 .docx 或纯文本",
    "{path}: an Excel or PowerPoint 97–2003 file, not copy — save the copy in it as .docx or plain text":
        "{path}：这是 Excel 或 PowerPoint 97–2003 文件，不是稿件——请把其中的稿件另存为 .docx 或纯文本",
    "{path}: an RTF document — save it as .docx or plain text": "{path}：这是 RTF 文档——请另存为 .docx 或纯文本",
    "{path}: an OpenDocument text (.odt) — save it as .docx or plain text":
        "{path}：这是 OpenDocument 文本（.odt）——请另存为 .docx 或纯文本",
    "{path}: a picture ({kind}), not copy — give it as a photo": "{path}：这是图片（{kind}），不是稿件——请作为图片放入",
    "{path}: a ZIP archive, not copy — unpack it and give the copy files in it":
        "{path}：这是 ZIP 压缩包，不是稿件——请解压后放入其中的稿件文件",
    "{file}: a Word document (.docx) under another name: read as one": "{file}：实为 Word 文档（.docx），已按 Word 文档读入",
    "{file}: a PDF under another name: read as one": "{file}：实为 PDF 文件，已按 PDF 读入",
    "{file}: plain text under a word processor's name ({suffix}): read as text":
        "{file}：扩展名是 {suffix}，实为纯文本，已按纯文本读入",
    "{file}: table “{name}”: {rows} row(s), {cols} column(s) — kept as a table in the story “{story}”":
        "{file}：表格“{name}”共 {rows} 行 {cols} 列，已作为表格排入稿件“{story}”",
    "{file}: table “{name}”: {rows} row(s), {cols} column(s) — kept as a table standing on its own":
        "{file}：表格“{name}”共 {rows} 行 {cols} 列，已作为表格单独成篇",
    "{file}: table “{name}”: {rows} row(s), {cols} column(s) — set with the story “{story}”, which names {names}":
        "{file}：表格“{name}”共 {rows} 行 {cols} 列，已排入稿件“{story}”：这篇稿件提到了表中的{names}",
    "{file}: table “{name}”: {rows} row(s), {cols} column(s) — set as an item of its own after “{follows}”: no story "
    "names what it lists (a briefs column takes no table)":
        "{file}：表格“{name}”共 {rows} 行 {cols} 列，单独成篇，排在“{follows}”之后：没有哪篇稿件提到表中所列的内容（简讯栏里不排表格）",
    "{file}: table {n} (first cell {cell!r}) lays copy out, it holds no figures: its text read as copy, cell by cell":
        "{file}：第 {n} 个表格（首格 {cell!r}）是用来排文字的，不是数据表：其中文字已逐格按稿件读入",
    "{file}: looks taken out of a PDF: column lines joined into paragraphs, side-by-side columns and letter-spacing "
    "undone (check the paragraphs)":
        "{file}：看来是从 PDF 中取出的文字：分栏的行已接成段落，并排的栏和字距已还原（请核对段落）",
    "{file}: looks taken out of a PDF: column lines joined into paragraphs, side-by-side columns and letter-spacing "
    "undone (check the paragraphs); import the page's .pdf itself if you have it: its type sizes and indents tell "
    "kicker, headline, captions and paragraphs apart":
        "{file}：看来是从 PDF 中取出的文字：分栏的行已接成段落，并排的栏和字距已还原（请核对段落）；"
        "如有该版的 PDF 文件，请直接导入 PDF：字号和缩进能分清引题、主题、图片说明和段落",
    "{file}: story {head!r}: {subheads} read as its subheads (short lines between its paragraphs, nothing marking "
    "them): check they are no stories' headlines":
        "{file}：稿件“{head}”：{subheads}读作它的小标题（正文段落之间的短行，没有缩进或编号标明）：请核对它们不是另一篇稿件的标题",
    "{file}: the order of {n} column lines, from {first!r} to {last!r}, is a guess (another order reads as well): "
    "check those paragraphs":
        "{file}：栏里从“{first}”到“{last}”的 {n} 行，先后次序是推断的（换一种次序也读得通）：请核对这几段",
    "{file}: whether {last!r} opens a new paragraph or goes on the line of {first!r} is a guess (the column lines "
    "read both ways): check those paragraphs":
        "{file}：「{last}」是另起一段，还是接在「{first}」那一行后面，是推断的（两种读法都说得通）：请核对这几段",
    "{file}: {notice}": "{file}：{notice}",
    "{file}: {captions} captions and {stories} stories are more than one page holds: captions were not matched to "
    "stories": "{file}：{captions} 条图片说明、{stories} 篇稿件，超过一个版面的容量：图片说明没有与稿件配对",
    # structure: decisions to check
    "caption {text!r} is known by its shape only (the blank lines around it are no wider than those between "
    "paragraphs): check it is not a story's last paragraph": "“{text}”仅凭句子的样子判断为图片说明（它与正文之间的空行、缩进和段落之间的一样）：请核对它不是某篇稿件的最后一段",
    "story {k} kicker {kicker!r} may be the page banner: check it": "引题“{kicker}”可能是本版的通栏标题：请核对",
    "banner {headline!r} is a guess from its place on the page (confidence {confidence:.0%}): check it":
        "通栏标题“{headline}”是按它在版面上的位置推断的（把握 {confidence:.0%}）：请核对",
    "story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}): check it":
        "稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}）：请核对",
    "story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}; the text of "
    "a printed page has lost the type sizes, and a headline set in two lines reads like a kicker over a headline): "
    "check it": "稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}；从印好的版面取出的文字已没有字号，"
                "排成两行的主题读来像引题加主题）：请核对",
    "story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}; two heading "
    "lines, one in figures: a kicker over a headline that counts, or a headline over its deck in figures without a "
    "dash): check it": "稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}；两行标题，其中一行是数字："
                       "可能是引题加带数字的主题，也可能是主题加不带破折号的数字副题）：请核对",
    "story {k} {head!r}: its text was put together from column lines in an order that is a guess (confidence "
    "{confidence:.0%}): check its paragraphs": "稿件“{head}”：正文是按推断的顺序把各栏文字接起来的（把握 {confidence:.0%}）：请核对各段",
    "story {k} {head!r}: where one of its paragraphs ends is a guess (confidence {confidence:.0%}): check its "
    "paragraphs": "稿件“{head}”：其中一段在哪里结束是推断的（把握 {confidence:.0%}）：请核对各段",
    "story {k} {head!r}: the kicker, two phrases naming no place, may as well be the first line of a headline set in "
    "two lines (confidence {confidence:.0%}): check on the page whether it is set in the headline's type":
        "稿件“{head}”：引题是两个短语、没有点出地方，也可能是分两行排的主题的第一行（把握 {confidence:.0%}）：请对照版面，看它是否用主题的字号",
    "story {k} {head!r}: the kicker, naming no place, may as well be the first line of a headline set in two lines, "
    "broken where compose would break it (confidence {confidence:.0%}): check on the page whether it is set in the "
    "headline's type":
        "稿件“{head}”：引题没有点出地方，也可能是分两行排的主题的第一行——排版正会在那里转行（把握 {confidence:.0%}）：请对照版面，看它是否用主题的字号",
    "story {k} {head!r}: the headline opens on a verb; the kicker's last phrase may be its subject, the headline broken "
    "after it (confidence {confidence:.0%}): check on the page where the headline begins":
        "稿件“{head}”：主题以动词开头，引题的最后一个短语可能是它的主语、主题从那里转行（把握 {confidence:.0%}）：请对照版面核对主题从哪里开始",
    "story {k} {head!r}: two heading lines were read as one headline, the first a place and its colon — it may be a "
    "kicker over the headline (confidence {confidence:.0%}): check on the page":
        "稿件“{head}”：两行标题被读作一个主题，第一行是地名加冒号——它也可能是主题上方的引题（把握 {confidence:.0%}）：请对照版面核对",
    "story {k} {head!r}: the headline ends taking the reader to a place, as a kicker does — the story's own headline "
    "may be elsewhere in the text (confidence {confidence:.0%}): check its heading on the page":
        "稿件“{head}”：主题以“走进某地”结尾，这是引题的写法——这篇稿件自己的主题可能在文字的别处（把握 {confidence:.0%}）：请对照版面核对标题",
    "story {k} {head!r}: its text is one paragraph opening on no dateline (本报讯) — the rest of it may have gone into "
    "another story, or its heading be a line of another's (confidence {confidence:.0%}): check its paragraphs":
        "稿件“{head}”：正文只有一段，且不以电头（本报讯）开头——其余段落可能接到了别的稿件里，或它的标题是别的稿件的一行（把握 {confidence:.0%}）：请核对各段",
    "story {k} {head!r}: the short paragraph {cut!r} may be the end of the paragraph above (the text of a printed page "
    "has lost its indents) (confidence {confidence:.0%}): check the paragraph break":
        "稿件“{head}”：短段“{cut}”可能是上一段的结尾（从印好的版面取出的文字已没有段首缩进）（把握 {confidence:.0%}）：请核对分段",
    "story {k} {head!r}: its text breaks off mid-sentence at {cut!r} (confidence {confidence:.0%}): a column of it may "
    "have gone into another story, or one of another's into it: check its paragraphs":
        "稿件“{head}”：正文在“{cut}”处断在半句（把握 {confidence:.0%}）：可能有一栏文字接到了别的稿件里，或别的稿件的一栏接到了这里：请核对各段",
    "the page lead breaks off mid-sentence at {cut!r}: a heading line or a column of a story may have run into it — "
    "check it": "导语在“{cut}”处断在半句：可能有一行标题或某篇稿件的一栏文字接了进来——请核对",
    "line {text!r} fits no story, caption or credit: it is kept as unassigned":
        "“{text}”一行不属于任何稿件、图片说明或署名：留作未归类",
    # Place (File ▸ Place, Ctrl+D)
    "{file}: no free room of {cols} columns × {lines} lines on this page: placed at the top left, over other frames":
        "{file}：本版没有 {cols} 栏 × {lines} 行的空位：已放在左上角，压在其他框上",
    "{file}: photo placed in the selected frame": "{file}：图片已放入选中的框",
    "{file}: story “{headline}” placed in the selected frame": "{file}：稿件“{headline}”已放入选中的框",
    "{file}: {n} more stories kept in the Stories panel, not placed": "{file}：另有 {n} 篇稿件留在“稿件”面板中，未放到版面上",
    # copy files that cannot be read; the library's or system's own reason (English) is left out
    "{path}: not a regular file": "{path}：不是普通文件",
    "{path}: no such file": "{path}：文件不存在",
    "{path}: is a folder, not a copy file": "{path}：是文件夹，不是稿件文件",
    "{path}: empty — there is no copy in it": "{path}：是空的——里面没有稿件",
    "{path}: cannot read: {reason}": "{path}：无法读取（请检查文件权限）",
    "{path}: too large for one page of copy (over {mb} MB)": "{path}：太大，不是一个版面的稿件（超过 {mb} MB）",
    "{path}:{line}: damaged UTF-16 text at byte {byte}": "{path}:{line}：UTF-16 文本在第 {byte} 字节处损坏",
    "{path}:{line}: damaged text: byte {byte} is not valid {name} (the file is not wholly UTF-8, GB18030 or Big5); "
    "if you know the encoding, give --encoding":
        "{path}:{line}：文本损坏：第 {byte} 字节不是有效的 {name}（文件不全是 UTF-8、GB18030 或 Big5 编码）；请把文件另存为 UTF-8 再放入",
    "{path}: paragraph {n}": "{path} 第 {n} 段",
    "{where}: control character U+{code:04X} in column {col}: not plain text (a binary file, or saved in another "
    "encoding?)": "{where}：第 {col} 个字符是控制字符 U+{code:04X}，不是纯文本（是二进制文件，或用了别的编码保存？）",
    "{path}: too large for one page of copy ({mb} MB)": "{path}：太大，不是一个版面的稿件（{mb} MB）",
    "{path}: too large for one page of copy ({mb} MB unpacked)": "{path}：太大，不是一个版面的稿件（解压后 {mb} MB）",
    "{path}: too large for one page of copy: {part} is {mb} MB unpacked":
        "{path}：太大，不是一个版面的稿件：其中 {part} 解压后有 {mb} MB",
    "{path}: too large for one page of copy: more than {n:,} paragraphs": "{path}：太大，不是一个版面的稿件：超过 {n:,} 段",
    "{path}: too large for one page of copy: more than {n:,} runs of text":
        "{path}：太大，不是一个版面的稿件：超过 {n:,} 个文字片段",
    "{path}: not a readable PDF ({reason})": "{path}：不是可以读取的 PDF 文件",
    "{file}: {text!r} is the printed page's running head (page, section, date), not copy: it is set aside":
        "{file}：“{text}”是版面的眉头（版次、版名、日期），不是稿件：已放在一边",
    "{file}: {text!r} is the printed page's running head (报眉), not copy: it is set aside — page {page}, section "
    "{section}, paper {paper}, date {date}, editor {editor}, art editor {art_editor} (— where it prints none)":
        "{file}：“{text}”是版面的报眉，不是稿件：已放在一边——版次 {page}，版名 {section}，报名 {paper}，日期 {date}，"
        "责任编辑 {editor}，美术编辑 {art_editor}（“—”：报眉上没有）",
    "{file}: {text!r} is the front page's masthead (报头), not copy: it is set aside — the page is 第1版 under the "
    "template's front master, which prints it again: paper {paper}, date {date}":
        "{file}：“{text}”是一版的报头，不是稿件：已放在一边——本版排为第1版，由模板的一版主页重新印出：报名 {paper}，日期 {date}",
    "{file}: {text!r} stands outside the page's trim (printer's marks, the slug), not copy: it is set aside":
        "{file}：“{text}”在版面裁切线以外（印刷标记、版面信息行），不是稿件：已放在一边",
    "{path}: the PDF is locked with a password; save it again without one": "{path}：PDF 设了密码；请去掉密码后重新保存",
    "{path}: the PDF holds no text (a scanned page?): copy needs the page's text, not its picture":
        "{path}：PDF 里没有文字（是扫描的版面吧？）：稿件要的是版面上的文字，不是它的图像",
    "{path}: {n} pages are more than copy for a page (at most {most}); take out the pages you need":
        "{path}：共 {n} 页，超出一个版面的稿件（最多 {most} 页）；请只取出需要的页",
    "{path}: too large to read as copy (over {mb} MB)": "{path}：太大，无法作为稿件读取（超过 {mb} MB）",
    "{path}: not a readable Word (.docx) file ({reason}); save it again as .docx":
        "{path}：不是可以读取的 Word (.docx) 文件；请重新另存为 .docx",
    "{path}: not a readable Word (.docx) file (its main part is not a Word document body); save it again as .docx":
        "{path}：不是可以读取的 Word (.docx) 文件（主体部分不是 Word 文档正文）；请重新另存为 .docx",
    # photo files that cannot be used (layout_app/imaging); a library's own detail (English) is left out
    "photo missing: {path} — relink it or put the file back": "图片缺失：{path}——请重新链接或把文件放回原处",
    "photo unreadable: {path} ({reason})": "无法读取图片：{path}（{reason}）",
    "symlink loop": "符号链接循环", "a folder, not a file": "是文件夹，不是文件", "Permission denied": "没有读取权限",
    "photo unreadable: {path} (not a regular file: a device, pipe or folder)":
        "无法读取图片：{path}（不是普通文件，而是设备、管道或文件夹）",
    "{path}: refused: a metadata block (PNG text or colour profile) unpacks to over 1 MB — not a photo's metadata; "
    "save the photo again without it": "{path}：已拒绝：其中一段元数据（PNG 文字或色彩描述文件）解压后超过 1 MB，"
                                       "不像图片的元数据；请去掉元数据后重新保存图片",
    "{path}: damaged or truncated image file ({detail}) — ask the photo desk to send it again":
        "{path}：图片文件损坏或不完整——请图片部重新发送",
    "{path}: refused: over {mp} megapixels — not a photo, or a damaged file": "{path}：已拒绝：超过 {mp} 百万像素，不是照片或文件已损坏",
    "{path}: damaged {kind} file (its header cannot be read) — ask the photo desk to send it again":
        "{path}：{kind} 文件损坏（无法读取文件头）——请图片部重新发送",
    "{path}: not an image format layout_app reads (JPEG, PNG, TIFF, WebP)":
        "{path}：不是 layout_app 能读取的图片格式（JPEG、PNG、TIFF、WebP）",
    "{path}: damaged image file (it declares {w}×{h} pixels)": "{path}：图片文件损坏（声明的尺寸为 {w}×{h} 像素）",
    "{path}: damaged or truncated image file (its header says {w}×{h} pixels but only {n} bytes of picture data "
    "follow) — ask the photo desk to send it again":
        "{path}：图片文件损坏或不完整（文件头声明 {w}×{h} 像素，但后面只有 {n} 字节图像数据）——请图片部重新发送",
    "{path}: HEIC photos are not read yet; export it as JPEG from the phone or photo tool":
        "{path}：暂不能读取 HEIC 照片；请在手机或图片软件中导出为 JPEG",
    "{file}: {title!r}: {lines} short lines in {stanzas} stanzas read as verse ({poems} poem(s)): its line and "
    "stanza breaks kept, set in the verse style":
        "{file}：“{title}”：{lines} 个短行、{stanzas} 节读作诗歌（{poems} 首）：分行和分节照原样保留，按诗歌样式排",
    "{file}: {title!r}: {lines} short lines read as verse, a guess (no label says so, one short stanza): its line "
    "breaks kept — check it is no list":
        "{file}：“{title}”：{lines} 个短行推断为诗歌（没有栏题标明，只有一节）：分行照原样保留——请核对它不是列表",
}
