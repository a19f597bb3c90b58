"""Intake's notices (layout_app/intake/notices.py, context "Intake") and Place's notes (context "Drop").
A story's number in the English ({k}, counted from 0) is left out: the Chinese names it by its words."""
ZH = {
    # copy files
    "{file}: starts with a UTF-8 byte-order mark but the text is {enc}: read as {enc}":
        "{file}：文件开头有 UTF-8 字节顺序标记，但正文是 {enc} 编码：已按 {enc} 读入",
    "{file}: read as {enc}, but it could be {other}; if the text looks wrong, give --encoding {other}":
        "{file}：已按 {enc} 编码读入，但也可能是 {other}；如果文字看起来不对，请用 --encoding {other} 指定",
    "{file}: footnotes were ignored (a newspaper story has none)": "{file}：脚注已略去（报纸稿件不用脚注）",
    "{file}: {n} table(s) read as plain lines, one a cell": "{file}：{n} 个表格已按普通文字读入，每格一行",
    "{file}: looks taken out of a PDF: column lines joined into paragraphs, side-by-side columns and letter-spacing "
    "undone (check the paragraphs)":
        "{file}：看来是从 PDF 中取出的文字：分栏的行已接成段落，并排的栏和字距已还原（请核对段落）",
    "{file}: {notice}": "{file}：{notice}",
    "{file}: {captions} captions and {stories} stories are more than one page holds: captions were not matched to "
    "stories": "{file}：{captions} 条图片说明、{stories} 篇稿件，超过一个版面的容量：图片说明没有与稿件配对",
    # structure: decisions to check
    "caption {text!r} is known by its shape only (the copy's blank lines do not set it apart): check it is not a "
    "story's last paragraph": "图片说明“{text}”只是按样子认出的（稿件里没有空行把它隔开）：请核对它不是某篇稿件的最后一段",
    "story {k} kicker {kicker!r} may be the page banner: check it": "引题“{kicker}”可能是本版的通栏标题：请核对",
    "banner {headline!r} is a guess from its place on the page (confidence {confidence:.0%}): check it":
        "通栏标题“{headline}”是按它在版面上的位置推断的（把握 {confidence:.0%}）：请核对",
    "story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}): check it":
        "稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}）：请核对",
    "story {k} {head!r}: which lines are kicker, headline and deck is a guess (confidence {confidence:.0%}; the text of "
    "a printed page has lost the type sizes, and a headline set in two lines reads like a kicker over a headline): "
    "check it": "稿件“{head}”：哪几行是引题、主题、副题是推断的（把握 {confidence:.0%}；从印好的版面取出的文字已没有字号，"
                "排成两行的主题读来像引题加主题）：请核对",
    "line {text!r} fits no story, caption or credit: it is kept as unassigned":
        "“{text}”一行不属于任何稿件、图片说明或署名：留作未归类",
    # Place (File ▸ Place, Ctrl+D)
    "{file}: no free room of {cols} columns × {lines} lines on this page: placed at the top left, over other frames":
        "{file}：本版没有 {cols} 栏 × {lines} 行的空位：已放在左上角，压在其他框上",
    "{file}: photo placed in the selected frame": "{file}：图片已放入选中的框",
    "{file}: story “{headline}” placed in the selected frame": "{file}：稿件“{headline}”已放入选中的框",
    "{file}: {n} more stories kept in the Stories panel, not placed": "{file}：另有 {n} 篇稿件留在“稿件”面板中，未放到版面上",
}
