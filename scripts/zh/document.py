"""Why a document cannot be opened or saved (layout_app/io/wording.py, errors.py), why an export could not
be written (render/pdf/export.py, atomic.py) and the store's refusals (store/rights.py): context "Intake".
The place (file:line, the field's dotted name) and the user's own values stay as they are."""
ZH = {
    # how a located problem is shown
    "{place}: {field}: {message}": "{place}：{field}：{message}",
    "{place}: {message}": "{place}：{message}",
    "… and {n} more problems": "……另有 {n} 处问题",
    # fields of a document
    "expected a mapping (key: value lines), got {kind}": "应为映射（“键: 值”各占一行），实际是{kind}",
    "unknown field {key}; expected one of: {allowed}": "未知字段 {key}；应为以下之一：{allowed}",
    "required field is missing": "缺少必填字段",
    "expected a number, got {value}": "应为数字，实际是 {value}",
    "must be at least {lo}, got {value}": "不得小于 {lo}，实际是 {value}",
    "must be at most {hi}, got {value}": "不得大于 {hi}，实际是 {value}",
    "expected a whole number, got {value}": "应为整数，实际是 {value}",
    "expected text, got {kind}": "应为文字，实际是{kind}",
    "expected text, got {kind}; put quotes around it": "应为文字，实际是{kind}；请给它加上引号",
    "{n} characters is too long; at most {limit}": "{n} 个字符太长；最多 {limit} 个",
    "expected a date as YYYY-MM-DD, got {value}": "应为 YYYY-MM-DD 格式的日期，实际是 {value}",
    "expected true or false, got {value}": "应为 true 或 false，实际是 {value}",
    "{value} is not one of: {options}": "{value} 不在可选值之列：{options}",
    "unknown type size {value}": "未知字号 {value}",
    "a type size must be {lo:g}–{hi:g} pt, got {pt:g} pt": "字号应为 {lo:g}–{hi:g} 磅，实际是 {pt:g} 磅",
    "expected [C, M, Y, K] in percent (0–100), got {value}": "应为 [C, M, Y, K] 百分比（0–100），实际是 {value}",
    "expected [width, height] in mm, each {lo:g}–{hi:g}, got {value}":
        "应为以毫米计的 [宽, 高]，各在 {lo:g}–{hi:g} 之间，实际是 {value}",
    "expected a name, got {value}": "应为名称，实际是 {value}",
    "no template named {value}; the templates are: {names}": "没有名为 {value} 的模板；现有模板：{names}",
    "a name of at most {limit} characters, got {value} ({n} characters)": "名称最多 {limit} 个字符，实际是 {value}（{n} 个字符）",
    "expected a list, got {kind}": "应为列表，实际是{kind}",
    "{n} entries is too many; at most {limit}": "{n} 项太多；最多 {limit} 项",
    "expected [left, top, right, bottom] as fractions 0–1 with left < right and top < bottom, got {value}":
        "应为 0–1 之间的比例 [左, 上, 右, 下]，且左 < 右、上 < 下，实际是 {value}",
    "the crop keeps less than {share:.0%} of the picture's width or height: {value}":
        "裁切后保留的宽度或高度不到图片的 {share:.0%}：{value}",
    "this version of layout_app reads schema {oldest} to {newest}, the file says {value}":
        "本版 layout_app 能读取第 {oldest} 至第 {newest} 版格式（schema），文件写的是 {value}",
    "a document needs at least one page": "文档至少要有一个版面",
    "{n} pages is too many; at most {limit}": "{n} 个版面太多；最多 {limit} 个",
    "page number {number} is used twice (also at line {line})": "版号 {number} 用了两次（另见第 {line} 行）",
    "expected [left page id, right page id] of pages in this document, got {value}":
        "应为本文档中版面的 [左版 id, 右版 id]，实际是 {value}",
    "expected the photo's file name, got nothing": "应为图片的文件名，实际为空",
    "id {value} is already used (line {line})": "id {value} 已被使用（第 {line} 行）",
    "no story with id {value} in this document": "本文档中没有 id 为 {value} 的稿件",
    "no photo with id {value} in this document": "本文档中没有 id 为 {value} 的图片",
    "the frame runs past the last column: col {col} + cols {cols} > {n} columns":
        "框超出了最后一栏：col {col} + cols {cols} > {n} 栏",
    "the frame runs past the last line: line {line} + lines {lines} > {n} lines":
        "框超出了最后一行：line {line} + lines {lines} > {n} 行",
    "a frame holds a story part or a photo, not both": "一个框放稿件的一部分或一张图片，不能两者都放",
    "only heading frames (heading, kicker, headline, deck) can be set vertically":
        "只有标题类的框（heading、kicker、headline、deck）可以竖排",
    "a frame holds a story part (story: …) or a photo (photo: …), or is an empty photo frame (part: photo); this "
    "one holds neither": "一个框放稿件的一部分（story: …）或一张图片（photo: …），或者是空的图片框（part: photo）；这个框两者都没有",
    "a photo frame's part is 'photo' (the picture) or 'caption' (its caption)":
        "图片框的 part 是 'photo'（图片本身）或 'caption'（图片说明）",
    "{part!r} belongs to photo frames; a story frame holds one of {parts}": "{part!r} 属于图片框；稿件框放以下之一：{parts}",
    # the file itself
    "{path}: not a regular file (a folder, device or pipe); name a .yaml document":
        "{path}：不是普通文件（而是文件夹、设备或管道）；请指定一个 .yaml 文档",
    "{path}: no such document": "{path}：没有这个文档",
    "larger than {mb} MB; that is no layout_app document": "大于 {mb} MB，不是 layout_app 文档",
    "not UTF-8 text; a layout_app document is always UTF-8": "不是 UTF-8 文字；layout_app 文档总是 UTF-8 编码",
    "{path}: a PDF, not a layout_app document — name the .yaml document the page is saved in (check an exported PDF "
    "with the print tools: pdffonts, qpdf); `layout-app import` reads a printed page's text":
        "{path}：这是 PDF 文件，不是 layout_app 文档——请给出保存版面的 .yaml 文档（导出的 PDF 请用印前工具 pdffonts、qpdf 检查）；"
        "读取印好版面的文字请用 `layout-app import`",
    "{path}: a Word document or zip, not a layout_app document — name the .yaml document; `layout-app import` reads "
    "copy from a .docx": "{path}：这是 Word 文档或压缩包，不是 layout_app 文档——请给出 .yaml 文档；读取 .docx 稿件请用 `layout-app import`",
    "the file is empty": "文件是空的",
    # saving and exporting
    "{path}: cannot write in {folder}: {reason}": "{path}：无法在 {folder} 中写入：{reason}",
    "{out}: cannot write in {folder}: no free name for a temporary file": "{out}：无法在 {folder} 中写入：找不到可用的临时文件名",
    "{out}: cannot be written: {reason}": "{out}：无法写入：{reason}",
    "no page {pages} in this document": "本文档中没有版面 {pages}",
    "{flag} {out}: {parent} is a file, not a folder": "{out}：{parent} 是文件，不是文件夹",
    "{flag} {out}: cannot make the folder {folder}: {reason}": "{out}：无法建立文件夹 {folder}：{reason}",
    "{flag} {out}: is a folder; name the {what}, e.g. {example}": "{out}：这是文件夹；请写出文件名（{what}），例如 {example}",
    # the store's refusals (the status names are Chinese already)
    "page {page}: signed off ({status}); the chief editor must reopen it first": "{page} 版：状态为“{status}”，须由值班总编先重新打开",
    "{kind} {key}: a reporter may not change {fields}": "{kind} {key}：记者不能修改 {fields}",
    "{kind} {key}: a {role} may not change it": "{kind} {key}：{role}不能修改它",
    "page {page}: a {role} may not take it from {old} to {new}": "{page} 版：{role}不能把它从“{old}”改为“{new}”",
    "{kind} {key}: checked out by {holder}": "{kind} {key}：已被 {holder} 签出",
    "{kind} {key}: checked out by {holder}; only an editor may release it": "{kind} {key}：已被 {holder} 签出；只有编辑能解除占用",
    "{kind} {key}: no such record": "{kind} {key}：没有这条记录",
    "{kind} {key}: it is on a signed page; the chief editor must reopen the page first":
        "{kind} {key}：它在已签发的版面上；须由值班总编先重新打开该版",
    "user {name}: only an editor or the chief editor adds staff": "用户 {name}：只有编辑或值班总编能添加人员",
    # the status bar joins notes with a full-width semicolon
    "; ": "；",
}

# short words that mean something else on a panel: here, within the messages above
ZH_IN = {"Intake": {
    "a mapping": "映射", "a list": "列表", "text": "文字", "nothing": "空值", "true/false": "布尔值（true/false）",
    "page": "版面", "story": "稿件", "photo": "图片",
    "page editor": "版面编辑", "reporter": "记者", "chief editor": "值班总编", "print staff": "照排员",
}}
