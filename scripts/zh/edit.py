"""Chinese for edit on the page and the story editor (issue 12, item 1)."""
ZH = {
    "Typing": "输入文字", "Delete text": "删除文字", "Paste": "粘贴", "Cut": "剪切", "New paragraph": "另起一段",
    "Edit text": "编辑文字", "Character style": "字符样式", "(none)": "（无）", "&Type": "文字(&T)",
    "Story editor": "稿件编辑器", "Story": "稿件", "Kicker": "引题", "Headline": "主题", "Deck": "副题",
    "Byline": "作者署名", "Body: one paragraph per line": "正文：每行一段", "Edit story": "编辑稿件",
    "{chars} characters (headings {heading}) · {lines} lines": "字数 {chars}（标题 {heading}）· 行数 {lines}",
    "Not on a page": "未上版", "Overset by {n} lines": "超 {n} 行", "Short by {n} lines": "缺 {n} 行",
    "Fits": "正好",
    # the Stories panel's row of the copy read as no story's part (review 30)
    "Unassigned: {text}": "未归类：{text}",
    # the Stories panel's row of a photo page's section of pictures (no headline, no text)
    "Photos ({n}): {caption}": "组图（{n} 张）：{caption}",
    "Copy read as no story's part, on no page: place it, move its lines into their stories, or delete them":
        "这些文字没有认作任何稿件的部分，未上版：请排上版面、移到各自的稿件里，或删去",
}
