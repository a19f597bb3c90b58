"""Files around the page: an edition file and its naming pattern, the names made inside an output
folder (the board's export of signed pages goes through them), the shipped fonts, the photo caches,
a page number not in the edition, and an export that failed inside layout_app (context "Intake" unless
named). The place (file:line, the field), file names and the user's values stay as they are; a
{reason} that is Python's or the OS's English is left out. Terms as in README.md."""
_NAME_RULE = "只能用 date、section、page、paper 四个字段，例如 {{page:02}}"
ZH = {
    # an edition file (layout_app/io/edition.py)
    "{path}: no such edition file": "{path}：没有这个期次文件",
    "this layout_app reads edition files of version 1, the file says {value}":
        "本版 layout_app 只能读第 1 版格式的期次文件，文件写的是 {value}",
    "expected a list of pages": "应为版面的列表",
    "page {number} is listed twice (also at line {line})": "第 {number} 版列了两次（另一处在第 {line} 行）",
    "no such document: {path}": "没有这个版面文件：{path}",
    "may not contain '/', '\\' or control characters: it becomes part of file names":
        "不能含有“/”“\\”或控制字符：它会成为文件名的一部分",
    # the naming pattern (how the plant wants each page's PDF named)
    "{naming} is not a pattern: {reason}": "{naming} 不是有效的命名规则（花括号没有配对？）",
    "{{{name}}} is not one of {{date}}, {{section}}, {{page}}, {{paper}} (no attributes or indexes)":
        "{{{name}}} 不是可用的字段；" + _NAME_RULE,
    "{{{name}!{conversion}}}: conversions are not allowed": "{{{name}!{conversion}}}：命名规则里不能用转换；" + _NAME_RULE,
    "{{{name}:{spec}}}: only a width of at most 4 may follow the colon, as in {{page:02}}":
        "{{{name}:{spec}}}：冒号后只能写不超过 4 位的宽度，例如 {{page:02}}",
    "{path}: naming pattern {naming} cannot be filled: {reason}; use {{date}}, {{section}}, {{page:02}} and {{paper}}":
        "{path}：命名规则 {naming} 无法填入；" + _NAME_RULE,
    "cannot be filled for page {page}: {reason}": "第 {page} 版的文件名无法按命名规则填入",
    "page {page}: {problem}": "第 {page} 版：{problem}",
    "pages {first} and {second} would both be written to {name}; put {{page}} in the pattern":
        "第 {first} 版和第 {second} 版会写进同一个文件 {name}；请在命名规则里加上 {{page}}",
    # names made inside an output folder (io/outputs.py)
    "{name} contains a backslash or NUL; use plain names and '/'": "{name} 含有反斜杠或空字符；请用普通的名字和“/”",
    "{name} is an absolute path; names are made inside the output folder": "{name} 是绝对路径；文件名只能在输出文件夹之内",
    "{name} has the part {part}; every part must be a plain name (no '..', no empty or hidden parts)":
        "{name} 中有 {part} 这一段；每一段都须是普通的名字（不能是“..”、空的或以“.”开头的隐藏名）",
    "{name}… has a part longer than {limit} bytes": "{name}… 中有一段超过 {limit} 字节",
    "{name} leads out of {folder} through a symbolic link": "{name} 经符号链接指到了 {folder} 之外",
    # an edition's export (render/pdf/edition.py): what it writes, and where a page's name comes from
    "edition's PDFs": "本期各版的 PDF",
    "{path}: naming: page {page}": "{path}：第 {page} 版的文件名",
    "{file}: no page {page}": "{file}：没有版面 {page}",
    # the shipped fonts (text/fonts.py, text/sfnt.py)
    "font file missing: {path} ({family}, role {role}). Restore assets/fonts from the project (git checkout assets/fonts).":
        "缺少字体文件：{path}。请让技术人员恢复程序自带的字体文件夹",
    "font file unreadable: {path}: {reason}": "字体文件无法读取：{path}（文件损坏？请让技术人员恢复程序自带的字体）",
    "{path}: font has no TrueType (glyf) outlines; it cannot be embedded in the PDF":
        "{path}：这个字体文件没有可以嵌入 PDF 的字形轮廓",
    "unknown font role {role}; use one of {roles}": "未知的字体用途 {role}；可用：{roles}",
    "unknown font weight {weight}; use one of {weights}": "未知的字重 {weight}；可用：{weights}",
    "unknown font {key}; shipped: {shipped}": "未知的字体 {key}；程序自带：{shipped}",
    # the photo caches beside the photos (imaging/proxy.py, printready.py)
    "cannot write the screen proxy of {path} in {folder}: {reason}": "无法在 {folder} 中写入 {path} 的屏幕预览图（磁盘满了或没有写入权限？）",
    "cannot write the print conversion of {path} to {folder}: {reason}": "无法在 {folder} 中写入 {path} 的印刷用转换图（磁盘满了或没有写入权限？）",
    # a page the store's edition does not have (editor/newsroom.py)
    "{where}: edition {edition} has no page {page} you may see (it has: {numbers})":
        "{where}：{edition} 这一期没有您能看到的第 {page} 版（现有：第 {numbers} 版）",
    # the board's export of signed pages: a page that could not be written, and why (context EditionBoard)
    "; page {page} not exported: {why}": "；第 {page} 版未能导出：{why}",
    # a save to the store that colleagues overtook at every try (context Newsroom)
    "Colleagues kept changing the same items while this was saved; save again": "保存时同事一直在修改同样的内容；请再保存一次",
    # an export that failed inside layout_app (context ExportWorker): Python's English goes to the log
    "export failed inside layout_app ({error}); nothing was written. Details: {log}":
        "导出时 layout_app 内部出错，没有写入任何文件。请把这个文件交给技术人员：{log}",
}
