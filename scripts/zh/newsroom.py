"""The editor on the shared store: the Newsroom menu, holders, the conflict dialog (issue 14)."""
ZH = {
    "The store refused the save": "库拒绝了这次保存", "Changed by {who}": "{who} 刚做了修改",
    "{edition} · {user} ({role})": "{edition} · {user}（{role}）",
    "{edition} · {user} ({role}) · {status}": "{edition} · {user}（{role}）· {status}",
    "page editor": "版面编辑", "reporter": "记者", "chief editor": "值班总编", "print staff": "照排员",
    "&Newsroom": "采编(&N)", "Check out this page": "签出本版", "Check out the selected story or photo": "签出所选稿件或图片",
    "Check in what I hold on this page": "签入我在本版签出的内容", "Release a colleague's check-out…": "解除同事的签出…",
    "Show colleagues' changes now": "立即显示同事的修改", "Saved to the store ({n} records)": "已存入库（{n} 条记录）",
    "Keep my text": "保留我的文字", "Select a frame of the story or photo first": "请先选择稿件或图片的框",
    "Nothing selected is checked out": "所选内容没有被签出",
    "{holder} has {what} checked out. Release it? Their unsaved work stays on their desk.":
        "{holder} 签出了 {what}。要解除吗？其未保存的修改仍留在其电脑上。",
    "Check-out": "签出", "Checked out by {name}": "{name} 签出",
    "Changed here and by a colleague": "你和同事改了同一处", "Mine": "我的", "Keep mine": "保留我的",
    "Theirs ({who}, in the store now)": "同事的（{who}，库中现有）", "Keep theirs": "保留同事的",
    "You and a colleague changed the same text. The store keeps theirs until you choose; nothing is lost.":
        "你和同事改了同一段文字。在你选择之前，库中保留同事的版本；两边的文字都不会丢失。",
    "{name}: {field}": "{name}：{field}", "Open": "打开", "story 「{headline}」": "稿件「{headline}」",
    "photo {file}": "图片 {file}", "caption": "图片说明", "credit": "署名", "text": "正文", "headline": "标题",
    "kicker": "引题", "deck": "副题", "byline": "作者",
    "A reporter changes story text, captions and credits; the layout is the page editor's":
        "记者可改稿件正文、图片说明和署名；版面由版面编辑安排",
    "Print staff read the pages; they do not change them": "照排员只看版面，不改版面",
}
