"""Chinese for the command line's own lines (layout_app/cliwords.py, context "Command") and the
severity words of preflight's findings as a command prints them (context "Preflight")."""
ZH_IN = {
    "Command": {
        "{path}: {pages} page(s), {photos} photo(s), {mb} MB, {kind}": "{path}：{pages} 版，{photos} 张图片，{mb} MB，{kind}",
        "PDF/X-4": "PDF/X-4",
        "plain PDF for the screen": "屏幕用普通 PDF",
        "forced past {finding}": "强行导出，未改：{finding}",
        "{path}: {stories} stories{parts}; {placed} of {came} photos placed{unread}, on {template}":
            "{path}：{stories} 篇稿件{parts}；图片上版 {placed} 张（共 {came} 张{unread}），版式 {template}",
        " ({n} could not be read)": "，{n} 张无法读取",
        "white between two items (the editor's live check shows it): {place}: {message}":
            "两项之间留白（编辑器的实时检查会显示）：{place}：{message}",
        "banner": "通栏标题", "lead": "导语", "credits": "图片署名行", "unassigned": "未归类稿件",
        ", {part}": "，{part}",
        "preflight": "预检", "photos": "图片", "pages": "版面",
        "could not: {what}": "未能使用：{what}",
        "warning: {what}": "警告：{what}",
        "notice: {what}": "提示：{what}",
        "{file}: read as {encoding}": "{file}：按 {encoding} 编码读入",
        "{file}: read as a Word document (.docx)": "{file}：按 Word 文档（.docx）读入",
        "{file}: read from the printed page's PDF": "{file}：从印好的版面 PDF 读入",
        "banner: {heading}  ({confidence})": "通栏标题：{heading}（把握 {confidence}）",
        "lead: {text}…": "导语：{text}…",
        "story {k}: {heading}  ({paragraphs} paragraph(s){subheads}{byline}; {confidence})":
            "稿件 {k}：{heading}（{paragraphs} 段{subheads}{byline}；把握 {confidence}）",
        ", {byline}": "，{byline}",
        ", {n} subhead(s)": "，小标题 {n} 个",
        ", a briefs column of {n} item(s)": "，简讯栏，共 {n} 条",
        "caption → story {k} ({confidence}): {text}": "图片说明 → 稿件 {k}（把握 {confidence}）：{text}",
        "caption → NO STORY, check it ({confidence}): {text}": "图片说明 → 未找到所属稿件，请核对（把握 {confidence}）：{text}",
        "    candidates: {candidates}": "    可能属于：{candidates}",
        "story {k} 《{headline}》, sharing {names}": "稿件 {k}《{headline}》，共有 {names}",
        "none shares a name": "没有哪篇稿件与它有共同的名称",
        "credit: {text}": "署名：{text}",
        "unassigned: {text}": "未归类：{text}",
    },
    "Intake": {
        "document": "版面", "proof picture": "版面校样图", "caption proof": "图片说明校样",
    },
    "Preflight": {
        "error": "错误", "warning": "警告",
        "page": "版", "frame": "框", "story": "稿件", "photo": "图片", ", ": "，",
        "{severity}: {place}: {message}": "{severity}：{place}：{message}",
        "{severity}: {message}": "{severity}：{message}",
        "{path}: {errors} error(s), {warnings} warning(s)": "{path}：{errors} 个错误，{warnings} 个警告",
    },
}
ZH: dict = {}
