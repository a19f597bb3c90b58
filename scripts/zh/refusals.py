"""Why a file cannot be read (its YAML, its style sheet), why the store's database or an export says no,
and the clipboard's frames (layout_app/io/wording.py, store/rights.py, render/pdf/export.py, editor):
context "Intake" unless named. The place (file:line, the field) and the user's values stay as they are;
a {reason} that is PyYAML's or PostgreSQL's English is left out — the place says where to look.
Terms: print staff (the role that sends signed pages to the plant, 已发排) is 照排员 everywhere."""
_YAML = "文件的写法有误："
ZH = {
    # the YAML itself: PyYAML's problems by kind
    "not valid YAML: mapping values are not allowed here{reason}": _YAML + "这里不能写“键: 值”（冒号后要有空格，缩进要对齐）",
    "not valid YAML: could not find expected ':'{reason}": _YAML + "找不到应有的冒号（“键: 值”不完整，或引号没有配对）",
    "not valid YAML: found character{reason}": _YAML + "这里有一个不能开头的字符（如制表符、@ 或反引号）",
    "not valid YAML: found unexpected end of stream{reason}": _YAML + "文件意外结束（引号或括号没有配对）",
    "not valid YAML: found unknown escape character{reason}": _YAML + "双引号里的反斜杠后是无法识别的转义",
    "not valid YAML: expected <block end>{reason}": _YAML + "缩进没有对齐",
    "not valid YAML: did not find expected key{reason}": _YAML + "缩进没有对齐，这里应是一个键",
    "not valid YAML: expected ',' or ']'{reason}": _YAML + "方括号列表里缺少逗号或右方括号“]”",
    "not valid YAML: expected ',' or '}}'{reason}": _YAML + "花括号里缺少逗号或右花括号“}}”",
    "not valid YAML: found a tab character{reason}": _YAML + "缩进里有制表符，请改用空格",
    "not valid YAML: expected a comment or a line break{reason}": _YAML + "值的后面还有多余的内容",
    "not valid YAML: expected the node content{reason}": _YAML + "这里缺少一个值",
    "not valid YAML: did not find expected node content{reason}": _YAML + "这里缺少一个值",
    "not valid YAML: sequence entries are not allowed here{reason}": _YAML + "这里不能开始列表项“- ”（缩进不对？）",
    "not valid YAML: block sequence entries are not allowed here{reason}": _YAML + "这里不能开始列表项“- ”（缩进不对？）",
    "not valid YAML: but found another document{reason}": _YAML + "文件里不止一个文档（“---”）",
    "not valid YAML: expected '<document start>'{reason}": _YAML + "文档的开头不对",
    "not valid YAML: did not find expected '-' indicator{reason}": _YAML + "列表里缺少“- ”",
    "not valid YAML: found undefined tag handle{reason}": _YAML + "有未定义的标签“!”",
    "not valid YAML: {reason}": "文件的写法有误",
    "an alias (*{name}) is not allowed in a document; write the value out": "文档里不能用别名（*{name}）；请把值直接写出来",
    "an anchor (&{name}) is not allowed in a document; write the value out": "文档里不能用锚点（&{name}）；请把值直接写出来",
    "lists and mappings nested more than {n} deep": "列表和映射嵌套超过 {n} 层",
    "the control character U+{code} at character {k} is not allowed in text": "文字的第 {k} 个字符是控制字符 U+{code}，不允许出现",
    "the control character U+{code} is not allowed in a document": "文档里不允许出现控制字符 U+{code}",
    "a number of {n} digits is far too large": "{n} 位的数字太大了",
    "{value} is not a finite number": "{value} 不是有限的数",
    "the YAML tag {tag} is not allowed in a document; it holds only text, numbers, true/false, lists and mappings":
        "文档里不能用标签 {tag}；文档只包含文字、数字、是非值、列表和映射",
    "a mapping key must be a plain value": "映射的键必须是简单的值",
    "written twice (lines {first} and {second}); keep one": "写了两次（第 {first} 行和第 {second} 行）；请只保留一个",
    "not allowed": "不允许",
    # style sheets
    "expected a mapping of style names to styles, got {kind}": "应为“样式名: 样式”的映射，实际是{kind}",
    "unknown style {name}; schema {schema} knows only {roles} (named styles need schema: {needed})":
        "未知样式 {name}；第 {schema} 版格式只认识 {roles}（自定义样式需要第 {needed} 版格式）",
    "character styles need schema: {needed} (the file says {schema})": "字符样式需要第 {needed} 版格式（文件写的是第 {schema} 版）",
    "expected a list of paragraphs (text)": "应为段落（文字）的列表",
    "at most {items} paragraphs of at most {chars} characters each": "最多 {items} 段，每段最多 {chars} 个字符",
    "expected a paragraph (text)": "应为一段文字",
    "expected a paragraph (text), or a mapping with text: and style:": "应为一段文字，或写有文字和样式的映射",
    "no paragraph style named {name}; the document has: {known}": "没有名为 {name} 的段落样式；本文档有：{known}",
    "no character style named {name}; the document has: {known}": "没有名为 {name} 的字符样式；本文档有：{known}",
    "a styled paragraph needs its text (text: …)": "带样式的段落缺少文字",
    "expected a list of runs, got {kind}": "应为字符样式段的列表，实际是{kind}",
    "a run names the text it covers (text: …)": "字符样式段缺少它所覆盖的文字",
    "the paragraph has {found} at {at}, not {covered}": "该段位置 {at} 处是 {found}，不是 {covered}",
    "the paragraph has {found} at {at}, not {covered}; {covered} is at {where}":
        "该段位置 {at} 处是 {found}，不是 {covered}；{covered} 在位置 {where}",
    "a run sets a character style (style: …) or properties (weight: bold, …)": "字符样式段应指定一个字符样式或字符属性（如加粗）",
    "the run overlaps the run at {start}–{end}; runs may not overlap": "与位置 {start}–{end} 的字符样式段重叠；字符样式段不能重叠",
    "based_on goes round in a circle: {loop}": "样式的继承绕成了一个圈：{loop}",
    "no paragraph style named {name}": "没有名为 {name} 的段落样式",
    "no character style named {name}": "没有名为 {name} 的字符样式",
    # what the store's database triggers say
    "page {page}: signed off; the chief editor must reopen it first": "{page} 版：已签发，须由值班总编先重新打开",
    "the page is signed off; the chief editor must reopen it": "该版已签发，须由值班总编先重新打开",
    "it is on a signed page; the chief editor must reopen the page first": "它在已签发的版面上，须由值班总编先重新打开该版",
    "checked out by someone else": "已被别人签出",
    "a {role} may not add a {kind} record": "{role}不能添加{kind}记录",
    "{kind} {key}: a reporter may change only story text, captions and credits": "{kind} {key}：记者只能修改稿件文字、图片说明和署名",
    "the version changes only with the data": "版本号只随内容一起改变",
    "the store refused the change: {reason}": "数据库拒绝了这项修改（权限不足）",
    # the store: what is not there, a database that failed (its own English left out)
    "{where}: no edition {edition} in the store (it has: {editions})": "{where}：库里没有 {edition} 这一期（现有：{editions}）",
    "{where}: edition {edition} has no page you may see": "{where}：{edition} 这一期没有您能看到的版面",
    "{where}: edition {edition} has no page you may see (print staff see signed pages only)":
        "{where}：{edition} 这一期没有您能看到的版面（照排员只能看到已签发的版面）",
    "{where}: edition {edition} exists already": "{where}：{edition} 这一期已经存在",
    "{where}: edition {edition} has no page {page} you may see": "{where}：{edition} 这一期没有您能看到的版面 {page}",
    "{where}: edition {edition} has no page {page} you may see; give a page's id or number (id: number): {pages}":
        "{where}：{edition} 这一期没有您能看到的版面 {page}；请给出版面的编号或版次（编号: 版次）：{pages}",
    "page {page} not signed: {n} finding(s) still open (listed above); fix them, or sign with --despite-findings "
    "once you have read them":
        "版面 {page} 未签发：还有 {n} 个问题没有处理（见上）；请先处理，或看过之后加 --despite-findings 签发",
    "signed with {n} finding(s) open (listed above)": "已签发，仍有 {n} 个问题没有处理（见上）",
    "signed with {n} finding(s) open: {findings}": "签发时仍有 {n} 个问题没有处理：{findings}",
    "{where}: edition {edition} has no {kind} {key}": "{where}：{edition} 这一期没有{kind} {key}",
    "{where}: {kind} {key} has no version {version}": "{where}：{kind} {key} 没有第 {version} 版",
    "{where}: the database failed: {reason}": "{where}：数据库出错，请稍后再试",
    # masters, rules and boxes (the grid's words col/cols/line/lines are the file's own)
    "runs past the last column: col {col} + cols {cols} > {n} columns": "超出了最后一栏：col {col} + cols {cols} > {n} 栏",
    "line {line} is above the trim; the first line inside it is {top}": "第 {line} 行在裁切线以外；裁切线内的第一行是 {top}",
    "runs below the trim: line {line} + {lines} > {bottom}": "超出了下裁切线：line {line} + {lines} > {bottom}",
    "a rule runs across columns (cols: N, horizontal) or down lines (lines: N, vertical); give exactly one of them":
        "线条要么横跨若干栏（cols: N，横线），要么竖跨若干行（lines: N，竖线）；两者只能给一个",
    "a vertical rule stands before column 0–{n}, got {col}": "竖线只能在第 0–{n} 栏之前，实际是 {col}",
    "a box with no border (pattern: none) needs a tint (fill: [C, M, Y, K])": "没有边框的框（pattern: none）需要底纹（fill: [C, M, Y, K]）",
    "{name} is not a field; use one of {fields} ({{{{ and }}}} for braces)": "{name} 不是可填的字段；请用以下之一：{fields}（花括号本身写作 {{{{ 和 }}}}）",
    "master {name} is already defined (line {line})": "主页 {name} 已经定义过了（第 {line} 行）",
    "no master named {name}; masters: {known}": "没有名为 {name} 的主页；现有主页：{known}",
    "no master named {name}; masters: none in this document": "没有名为 {name} 的主页；本文档没有主页",
    "a template needs a body style": "模板需要一个正文样式",
    # where an export may write (the command line's flag left out, as the other outputs' messages do)
    "{flag} {out}: that is {given}, an input of this command; choose another name so it is not overwritten":
        "{out}：这是本次的输入文件 {given}；请换一个名字，以免把它覆盖",
    "{flag}: name the {what} to write (got an empty name)": "请给出要写入的文件名（{what}；现在是空的）",
    "{flag} {out}: a {what} is written as {suffixes}; name the file so (e.g. {example})":
        "{out}：{what}应以 {suffixes} 结尾；请这样命名（例如 {example}）",
    # what a command writes, with its 文件 (io/outputs.py KINDS)
    "document file": "版面文件", "proof picture file": "版面校样图文件", "caption proof file": "图片说明校样文件",
    "PDF file": "PDF 文件",
    "{flag} {name}…: the file name is longer than {limit} bytes": "{name}…：文件名超过 {limit} 字节",
    "{flag}: name the folder for the {what} (got an empty name)": "请给出存放 {what} 的文件夹（现在是空的）",
    # templates (File ▸ New)
    "no template named {name}; shipped: {names}": "没有名为 {name} 的模板；现有：{names}",
    "{path}: cannot read template: {reason}": "{path}：无法读取模板：{reason}",
    # a type size (the Properties panel's size box)
    "{pre}expected a size in pt or a 号 name, got {value}": "{pre}应为磅值或字号名称，实际是 {value}",
    "{pre}size must be positive, got {value}": "{pre}字号必须大于 0，实际是 {value}",
    "{pre}unknown type size {value}; use pt (e.g. 9) or one of {known}": "{pre}未知字号 {value}；请用磅值（如 9）或以下之一：{known}",
    # a refused export
    "export refused: preflight found {n} error(s); fix them or use --force": "拒绝导出：预检发现 {n} 个错误，请先改正",
    "… and {n} more": "……另有 {n} 个",
    # the edition board; the clipboard (contexts EditionBoard, Arranger)
    "; not exported, preflight found errors: page(s) {pages}": "；未导出（预检发现错误）：第 {pages} 版",
    "The clipboard holds frames this editor cannot read": "剪贴板里的框无法读取（可能来自别的版本）",
}

# a short word that means something else on a panel (the style panel's "none" is 不处理)
ZH_IN = {"Intake": {"none": "无"}}
