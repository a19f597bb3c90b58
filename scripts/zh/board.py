"""The edition board (issue 14)."""
ZH = {
    # signing a page with open findings (review 30 finding 8)
    "Sign off": "签发",
    "Page {page} has {n} open finding(s):\n{findings}\n\nSign it off all the same?":
        "第 {page} 版还有 {n} 个问题没有处理：\n{findings}\n\n仍要签发吗？",
    "Page {page} not signed: {n} finding(s) open": "第 {page} 版未签发：还有 {n} 个问题没有处理",
    "Edition board — {edition}": "版面看板——{edition}", "Page": "版", "Section": "版名", "Status": "状态",
    "Held by": "占用人", "Version": "版本", "Overset": "超版", "Preflight": "预检",
    "Submit for review": "送审", "Sign off (签发)": "签发", "Reopen": "重新打开", "Export signed pages…": "导出已签发版面…",
    "{user} ({role})": "{user}（{role}）", "{n} lines": "{n} 行", "{e} errors, {w} warnings": "{e} 个错误，{w} 个警告",
    "clean": "无问题", "Select a page first": "请先选择一个版面", "Page {page}: {status}": "第 {page} 版：{status}",
    "Export signed pages into": "导出已签发版面到", "Export failed": "导出失败",
    "{n} signed page(s) exported": "已导出 {n} 个已签发版面",
    "Release check-out…": "解除占用…", "Release check-out": "解除占用", "Page {page} is not checked out": "第 {page} 版未被占用",
    "{holder} has page {page} checked out. Release it? Their unsaved work stays on their desk but they can no longer save over others.":
        "{holder} 正占用第 {page} 版。要解除吗？其未保存的修改仍留在其电脑上，但不能再覆盖他人的修改。",
    "Page {page} released": "第 {page} 版已解除占用", "Checked out: {items}": "占用中：{items}",
    # roles, versions and what is checked out, named as people name them
    "page editor": "版面编辑", "reporter": "记者", "chief editor": "值班总编", "print staff": "照排员",
    "v{version} {user}": "版本 {version}（{user}）", "story {name} ({holder})": "稿件{name}（{holder}）",
    "photo {name} ({holder})": "图片 {name}（{holder}）", ", ": "、",
}
