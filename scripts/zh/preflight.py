"""Chinese for preflight's findings (templates in layout_app/preflight, context "Preflight"), the
preflight dock, style names, drop notes, export progress and the window title."""
ZH = {
    # names of things
    "page {n}": "第 {n} 版",
    "page {page}, column {col}, line {line}": "第 {page} 版 第 {col} 栏 第 {line} 行",
    "photo {file}": "图片“{file}”",
    "the {part} of {story}": "{story}的{part}",
    "the caption of photo {file}": "图片“{file}”的说明",
    "an empty text frame": "空文本框",
    "story {id}": "稿件 {id}",
    "the running head": "报眉",
    "heading": "标题", "kicker": "引题", "headline": "主题", "deck": "副题", "body": "正文", "byline": "署名",
    "caption": "图片说明", "credit": "摄影署名",
    # findings
    "“{char}” ({codepoint}) in {what}, paragraph {paragraph}, is in none of the shipped fonts":
        "{what}第 {paragraph} 段的“{char}”（{codepoint}）在随附的字体里都没有",
    "the headlines of {left} and {right} stand side by side (碰题) and read as one: stagger them — move one story, or set a photo over one of them":
        "{left}和{right}的标题并排（碰题），读来像一个标题：请错开——挪动其中一篇，或在其中一个标题上方放一张图片",
    "{what} does not fit: 超 {lines} 行 ({lines} lines over)": "{what}排不下：超 {lines} 行",
    "{what} does not fit: 超 {lines} 行 ({lines} lines, {chars} characters over)":
        "{what}排不下：超 {lines} 行（{chars} 字）",
    "{cols}: {lines} lines left empty under {what}, down to the foot of the page (缺 {lines} 行) — add copy, set a photo larger or fill it (补白)":
        "{cols}{what}以下空着，直到版底：缺 {lines} 行——请补稿、放大图片或补白",
    "{cols}: {lines} lines left empty under {what} (缺 {lines} 行) — add copy, set a photo larger or move the item below up":
        "{cols}{what}以下空着：缺 {lines} 行——请补稿、放大图片或把下面的稿件上移",
    "{cols}: {lines} lines left empty under {what}, down to the foot of the page (缺 {lines} 行) — add copy or a photo, or fill it (补白)":
        "{cols}{what}以下空着，直到版底：缺 {lines} 行——请补稿、补图或补白",
    "{cols}: {lines} lines left empty under {what} (缺 {lines} 行) — add copy or move the item below up":
        "{cols}{what}以下空着：缺 {lines} 行——请补稿或把下面的稿件上移",
    "column {n}": "第 {n} 栏",
    "columns {first}–{last}": "第 {first}～{last} 栏",
    "{fewest}–{most}": "{fewest}～{most}",
    "the headline of {story} had to be set at {size} pt, below its style's minimum, to fit":
        "{story}的主题只能用 {size} 磅才排得下，小于样式规定的最小字号",
    "photo {file} changed since it was placed; check it and place it again": "图片“{file}”放置后被改动过，请检查后重新放置",
    "photo {file} is in colour mode {mode}, which cannot be converted to CMYK for print":
        "图片“{file}”的色彩模式是 {mode}，无法转换成印刷用的四色",
    "photo {file} is missing: relink it or put the file back": "找不到图片“{file}”：请重新链接，或把文件放回原处",
    "photo {file} cannot be read: {reason}": "图片“{file}”无法读取：{reason}",
    "photo {file} prints at {ppi} ppi; newsprint needs at least {min} ppi — use a larger file or a smaller frame":
        "图片“{file}”印出来只有 {ppi} ppi，新闻纸至少要 {min} ppi——请换更大的图片文件，或把图框缩小",
    "photo {file} has neither a caption nor a credit (摄影者), and no page credit line (本版图片由…摄) names its photographer":
        "图片“{file}”既没有图片说明，也没有摄影署名，本版也没有图片署名行（本版图片由…摄）写明摄影者",
    "photo {file} has no caption": "图片“{file}”没有图片说明",
    "photo {file} (numbered {n}) is read before photo {other} (numbered {m}): set {other} above it or to its left":
        "图片“{file}”（编号 {n}）排在图片“{other}”（编号 {m}）之前，读者会先看到它：请把“{other}”移到它的上方或左边",
    "a note on this photo waits to be checked: {note}": "这张图片有一条批注尚待核对：{note}",
    "{story}: which lines are its kicker, headline and deck was a guess when its copy was read — check them (editing "
    "the story marks it checked)": "{story}：读入稿件时，哪几行是引题、主题、副题是推断的——请核对（改过这篇稿件即算已核对）",
    "{story}: its paragraphs were put together from a printed page's column lines at a guess when its copy was read "
    "— check them (editing the story marks it checked)":
        "{story}：读入稿件时，正文是按推断把印好版面的各栏文字接起来的——请核对各段（改过这篇稿件即算已核对）",
    "photo {file} has no credit (摄影者), and no page credit line (本版图片由…摄) names its photographer":
        "图片“{file}”没有摄影署名，本版也没有图片署名行（本版图片由…摄）写明摄影者",
    "photo {file} is credited to {credit}, the page's credit line says {page}: both print — if the line leaves "
    "this photo out, say so in it (本版图片除署名外由…摄); else keep the right one":
        "图片“{file}”署名“{credit}”，本版图片署名行却写“{page}”：两个都会印出——这张图片若不归署名行，"
        "请把署名行写成“本版图片除署名外由…摄”；不然请留下对的那个",
    "photo {file}: its caption ends with the credit {caption}, the photo is credited to {credit}: both print — keep "
    "the right one": "图片“{file}”的图片说明末尾署名“{caption}”，图片本身署名“{credit}”：两个都会印出——请留下对的那个",
    "{frame} is empty": "{frame}是空的",
    "{frame} does not touch its photo": "{frame}没有紧挨着图片",
    "photo {file} has a caption but no caption frame on the page": "图片“{file}”有图片说明，但本版没有放说明的框",
    "photo {file} is on no page, nor its caption “{caption}”: place it, or take it out of the document":
        "图片“{file}”及其说明“{caption}”没有上版：请把它排上版面，或从文档中删去",
    "photo {file} is on no page, and has neither a caption nor a credit: give it its caption and place it, or take "
    "it out of the document":
        "图片“{file}”没有上版，也没有图片说明和署名：请配上说明排上版面，或从文档中删去",
    "photo {file} is on no page, and has no caption: give it its caption and place it, or take it out of the "
    "document":
        "图片“{file}”没有上版，也没有图片说明：请配上说明排上版面，或从文档中删去",
    "{story} is a picture story (图片新闻) but no photo of its own is placed: its text is a caption without its "
    "picture — place its photo":
        "{story}是图片新闻，却没有排上它自己的图片：文字成了没有图片的图片说明——请排上它的图片",
    "{over} lies over {under}, so text is hidden or printed over; {fix}": "{over}压在{under}上，文字会被遮住或叠印；{fix}",
    "let text wrap around {other} (绕排), move one of them, or mark one of them “Overlap intended”":
        "请让文字绕排{other}，或移开其中一个，或把其中一个标为“有意压叠”",
    "text wrap moves only body text: move one of them, or mark one of them “Overlap intended”":
        "文字绕排只推开正文：请移开其中一个，或把其中一个标为“有意压叠”",
    "text of {frame} ({text}) lies under {over}; move one of them": "{frame}的文字（{text}）被{over}压住了；请移开其中一个",
    "{story} is on no page: no frame on any page holds it": "{story}不在任何版面上：没有哪个框放它",
    "the copy read as no story's part ({n} paragraph(s), from “{first}”: a caption waiting for its photo, or a line "
    "of no story)": "未归类的文字（{n} 段，从“{first}”起：等待图片的图片说明，或不属于任何稿件的文字）",
    "photo {file}: a note is open — {note} (check it in review mode)": "图片 {file}：有一条备注未处理——{note}（请在校对模式中核对）",
    "the {part} of {story} is not printed: no frame holds it (add {need})":
        "{story}的{part}没有印出来：没有框放它（请添加{need}）",
    "a heading frame": "标题框", "a byline frame or a body frame": "署名框或正文框", "a {part} frame": "{part}框",
    "the byline of {story} is not printed: no room for it at the head of its body":
        "{story}的署名没有印出来：正文开头没有地方放它",
    "the byline of {story} is not printed: no room for it after the body": "{story}的署名没有印出来：正文后面没有地方放它",
    "the byline of {story} is not printed: the body does not fit, so the byline after it has no room":
        "{story}的署名没有印出来：正文排不下，后面的署名没有地方放",
    "{what} does not fit its columns: “{text}” is not printed": "{what}在所占的栏里排不下：“{text}”没有印出来",
    "the credit of photo {file} ({credit}) is cut off at the foot of {frame} and named in no credit line":
        "图片“{file}”的摄影署名（{credit}）在{frame}底部被截掉了，图片署名行里也没有",
    "the credit of photo {file} ({credit}) appears nowhere on {page}: not beside its caption, not in a credit line (本版图片由…摄)":
        "图片“{file}”的摄影署名（{credit}）在{page}哪里都没有：既不在图片说明旁，也不在图片署名行（本版图片由…摄）里",
    "a rule strikes through the text of {frame} ({text}); put it on a free line or in a gutter":
        "一条线穿过了{frame}的文字（{text}）；请把它放到空行或栏间",
    "{frame} prints over the masthead's {part}; move it under the masthead, to line {line} or below":
        "{frame}压在报头的{part}上；请移到报头下面，第 {line} 行或以下",
    "the border of a box strikes through the text of {frame} ({text}); put it on a free line or in a gutter":
        "一个框的边线穿过了{frame}的文字（{text}）；请把它放到空行或栏间",
    "the caption names {name}, which the story beside it (“{headline}”) does not mention":
        "图片说明提到了{name}，但旁边的稿件（“{headline}”）没有提到",
    # the dock
    "Not checked yet": "尚未预检", "Run preflight": "运行预检",
    "Check the whole document for what would go wrong at the press": "检查整个版面文件，找出印刷时会出的问题",
    "This page, while you edit": "本版（编辑时随时检查）",
    "{errors} error(s), {warnings} warning(s), checked at {time}": "{errors} 个错误，{warnings} 个警告（{time} 检查）",
    # style names
    "Body text": "正文", "Kicker": "引题", "Deck": "副题", "Byline": "署名", "Photo credit": "图片署名", "Page credit line": "本版图片署名",
    "Jump line": "转版说明", "Banner headline": "通栏标题", "Banner deck": "通栏副题", "Lead paragraph": "导语",
    "Headline of the lead story": "头条主题", "Headline of the second story": "二条主题", "Headline of a brief": "简讯主题", "Headline of an interview or a notice": "访谈、告示主题",
    "Headline of a picture story": "图片新闻主题", "Headline of a sidebar": "配稿主题", "Subhead": "小标题",
    "Headline of a brief in a briefs column": "简讯栏条目标题",
    "Bold": "加粗", "Quotation": "引文", "Emphasis dots": "着重号",
    "font": "字体", "weight": "字重", "size": "字号", "leading": "行距", "tracking": "字距", "align": "对齐",
    "indent": "首行缩进", "min size": "最小字号", "colour": "颜色", "grid lines": "占行", "space before": "段前空行",
    "space after": "段后空行", "line-break rules": "避头尾", "hanging punctuation": "标点悬挂", "turnover indent": "转行缩进", "emphasis dots": "着重号",
    "song": "宋体", "hei": "黑体", "kai": "楷体", "bold": "粗", "regular": "常规", "justified": "两端对齐",
    "left": "左对齐", "centred": "居中", "right": "右对齐", "none": "不处理", "basic": "基本", "GB/T 15834": "国标",
    "strict": "严格", "yes": "是", "no": "否",
    # the window, export, drops
    "Pages": "版面", "{pages} page(s), {photos} photo(s), {size} MB": "{pages} 个版面，{photos} 张图片，{size} MB",
    "Comment: {text}": "意见：{text}",
    "{file}: no room below the drop point for the photo": "{file}：放下的位置下面没有地方放这张图片",
    "{file}: photo placed, caption “{caption}”": "{file}：已放置图片，图片说明“{caption}”",
    "{file}: photo placed, no caption in the file": "{file}：已放置图片，文件里没有图片说明",
    "{file}: story “{headline}” has no room left in these columns": "{file}：这几栏里已没有地方放稿件“{headline}”",
    "{file}: story “{headline}” placed — overset: link it to another frame": "{file}：已放置稿件“{headline}”——超行了，请转到另一个框",
    "{file}: story “{headline}” placed": "{file}：已放置稿件“{headline}”",
    "{file}: a caption with no photo, kept in story {story} on no page (Stories panel): {text}":
        "{file}：没有图片的图片说明，已留在稿件 {story} 中，未上版（见稿件面板）：{text}",
    "{file}: not recognised, kept in story {story} on no page (Stories panel): {text}":
        "{file}：无法识别，已留在稿件 {story} 中，未上版（见稿件面板）：{text}",
    "{file}: not a copy file (.txt .docx .md .pdf) or a photo (.jpg .png .tif .webp)":
        "{file}：既不是稿件文件（.txt .docx .md .pdf）也不是图片（.jpg .png .tif .webp）",
    "no room below the drop point for story “{headline}”": "放下的位置下面没有地方放稿件“{headline}”",
    "no room below the drop point for photo {file}": "放下的位置下面没有地方放图片“{file}”",
    "Something went wrong inside layout_app ({error}). Your work is saved in the recovery file. Details: {log}":
        "layout_app 内部出错了，你的工作已存入恢复文件。请把这个文件交给技术人员：{log}",   # {error}: Python's English, in the log
    # Qt's file dialog: what Qt's own zh_CN translation lacks
    "&Look in:": "查找范围(&L)：", "Files of &type:": "文件类型(&T)：",
}
