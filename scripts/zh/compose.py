"""Chinese for what `compose` says it decided and warns of (layout_app/intake/composewords.py and
layout_app/layout/wording.py, context "Intake"): a page editor's words — 通栏标题, 导语, 主题, 栏, 行, 缺 N 行,
碰题, 隔开, 图片说明, 署名, 补白. A stack of stories down whole columns is a 块 (第 1 块：第 1～3 栏), a type
size and a photo's size in 磅, a range with ～ as preflight's findings write it."""
ZH_IN = {
    "Intake": {
        # compose: the copy and photos given, captions and credits (intake/composewords.py)
        '{path} exists; use --force to replace it':
            '{path} 已经存在；要替换它，请加 --force',
        'no story found in the copy files':
            '稿件文件里没有找到稿件',
        '--date {value}: not a date; write it as YYYY-MM-DD, e.g. {example}':
            '--date {value}：不是日期；请写成 年-月-日，例如 {example}',
        '--page-number {value}: a page number is a whole number from 1 up':
            '--page-number {value}：版次应为从 1 起的整数',
        'running head (报眉): {text}':
            '报眉：{text}',
        "page 1 takes the template's front page master ({master}): {text}":
            '第 1 版用模板的报头主页（{master}）：{text}',
        "running head (报眉): no --date given: today's date, {date} ({weekday}), is printed — give --date for the "
        "edition's":
            '报眉：没有给 --date，排的是今天的日期 {date}（{weekday}）——出版日期不是今天请用 --date 给出',
        'running head (报眉): not given, left out (never printed blank): {what}':
            '报眉：没有给出、已略去（不会排成空白）：{what}',
        'running head (报眉): no --page-number given: the page prints no 版次 — give --page-number':
            '报眉：没有给 --page-number，本版不印版次——请用 --page-number 给出',
        "{file}: the masthead's {parts} are not printed: the template's front master has no {fields} — a front page "
        "goes to press with its CN number and issue; add them to the front master":
            '{file}：报头上的{parts}没有印出：模板的一版主页没有 {fields} 字段——一版付印须有国内统一连续出版物号和期号，请加到一版主页上',
        "front page (报头): no paper name given — the nameplate of master {master} prints nothing: give --paper "
        "(e.g. --paper 柳河日报), or the template's paper:":
            '一版报头：没有给出报名——主页 {master} 的报名处什么也印不出：请用 --paper 给出（例如 --paper 柳河日报），或在模板里写上报名',
        'running head (报眉): {fields} taken from the running head printed on {file}':
            '报眉：{fields} 取自 {file} 上印的报眉',
        '{names}: printed in the running head (报眉), not in the credit line':
            '{names}：排在报眉里，不再排进署名行',
        '--photos {path}: no such folder or file':
            '--photos {path}：没有这个文件夹或文件',
        '--photos {path}: no photo files in the folder (.jpg, .png, .tif …): the page has no photos':
            '--photos {path}：文件夹里没有图片文件（.jpg、.png、.tif…）：本版没有图片',
        '{file}: not recognised as a story, caption or credit — kept in the document as story '
        "'{unassigned}', on no page: place it or delete it: {text}":
            '{file}：认不出是稿件、图片说明还是署名——已作为未归类稿件（{unassigned}）留在文档里，未上版：'
            '请排上版面或删去：{text}',
        "{file}: a second page lead (the page's is {best}'s) — kept in the document as story '{unassigned}', on "
        "no page: place it or delete it: {text}":
            '{file}：又一段导语（本版用的是 {best} 的）——已作为未归类稿件（{unassigned}）留在文档里，未上版：'
            '请排上版面或删去：{text}',
        "{file}: a second page banner ({confidence:.0%} sure; the page's is {best}'s, {best_confidence:.0%}) "
        "— kept in the document as story '{unassigned}', on no page: place it or delete it: {text}":
            '{file}：又一个通栏标题（把握 {confidence:.0%}；本版用的是 {best} 的，'
            '把握 {best_confidence:.0%}）——已作为未归类稿件（{unassigned}）留在文档里，未上版：'
            '请排上版面或删去：{text}',
        "{count} photo(s) have no caption and their file names name none: {photos}; with {n} caption(s) of the copy "
        "left unmatched, nothing tells which caption is whose: none set by order — they wait in the Photos panel (未上版). Name "
        "each file after its caption or give it its caption in the photo's metadata; they may take {captions}":
            '{count} 张图片没有图片说明，文件名也对不上任何一条：{photos}；稿件还剩 {n} 条图片说明对不上，'
            '无从判断哪条配哪张：没有按顺序配——均未上版，在“图片”面板里等编辑来排。请按图片说明给文件命名，'
            '或在图片元数据里写上说明；可能配的说明：{captions}',
        "the page's photo credit {line!r} is printed, but no photo is on the page ({n} waiting off it): place the "
        "photos, or take the line out if the page runs without them":
            '本版图片署名 {line!r} 已排上版面，但版上没有图片（{n} 张未上版）：请把图片排上版，或者本版不用图片就删去这一行',
        "the copy's credit {credit!r} is printed beside its photos: not repeated in the page's credit line":
            '稿件中的署名 {credit!r} 已排在它的图片旁：图片署名行不再重复',
        'photo {photo} ({file}) has no caption of its own and its file name names none; the copy\'s one caption '
        'left, {caption!r}, is its only by elimination — not placed: it waits in the Photos panel (未上版) for the '
        'editor to check and place':
            '图片 {photo}（{file}）自己没有图片说明，文件名也对不上任何一条；稿件中剩下的那条说明 {caption!r} 只是排除法猜出来的，'
            '未上版：在“图片”面板里等编辑核对后再排',
        '{file}: the copy\'s caption {second!r} names whom the photo\'s own caption names — a second caption of this '
        'photo: {caption!r} printed (the fuller), the other kept in the photo\'s note':
            '{file}：稿件中的图片说明 {second!r} 与这张图片自带的说明说的是同一个人——是这张图片的第二条说明：'
            '排印较完整的 {caption!r}，另一条记在图片的备注里',
        'caption {text!r} names whom the own captions of photos {photos} name: which it belongs to is unclear — no '
        'photo without a caption takes it':
            '图片说明 {text!r} 与图片 {photos} 自带的说明说的是同一个人：属于哪张不清楚——不配给没有说明的图片',
        '{file}: the photo of picture story {story} 《{headline}》 (图片新闻): its text is the caption, its credit '
        '{credit}':
            '{file}：是图片新闻 {story}《{headline}》的图片：稿件的文字就是它的图片说明，署名 {credit}',
        "story {story} 《{headline}》 read as a picture story (图片新闻) though no label says so: a caption's length of "
        "text, the credit {credit} under it and photo {file} named by its headline — check it":
            '稿件 {story}《{headline}》没有标明“图片新闻”，按图片新闻处理：文字只有一条图片说明长，紧跟着署名 {credit}，'
            '图片 {file} 的文件名就是它的标题——请核对',
        "story {story} is a picture story (图片新闻) {headline!r}: set in a band at the page's foot, lines "
        "{first}–{last}, its photo {photo} {cols} columns wide, its text as the photo's caption":
            '稿件 {story} 是图片新闻《{headline}》：排在版面底部，横贯全版，第 {first}～{last} 行，图片 {photo} 宽 {cols} 栏，'
            '稿件的文字作图片说明',
        "caption with no photo — kept in the document as story '{unassigned}', on no page: {text}":
            '图片说明没有对应的图片——已作为未归类稿件（{unassigned}）留在文档里，未上版：{text}',
        'a page lead was found but no banner headline over it: the lead is set at the top of the page in the '
        'lead style (a size or more larger, across the page, where that fills its width), with no headline':
            '有导语，但上面没有通栏标题：导语排在版面顶部，用导语样式（大一个字号以上，能排满版宽时通栏排），'
            '不加标题',
        "{file}: its caption in the file is only question marks ({marks!r}): the program that wrote it could not "
        'store Chinese and lost the text — type the caption again':
            '{file}：图片文件里的图片说明只剩问号（“{marks}”）：写入它的程序存不了中文，文字已经丢了——请重新输入图片说明',
        "{file}: no caption in the file; took the copy's caption its file name names: {caption!r}":
            '{file}：图片文件里没有图片说明；用了稿件中文件名所指的那条图片说明：“{caption}”',
        '{file}: no caption in the file; took the one caption of the copy no other photo has: {caption!r}':
            '{file}：图片文件里没有图片说明；用了稿件中唯一一条还没有配图的图片说明：“{caption}”',
        "{photo} ({file}): no caption in the file and none its file name names; took the copy's next caption "
        "{caption!r} at a guess — check it is this photo's":
            '{photo}（{file}）：图片文件里没有图片说明，文件名也对不上任何一条；'
            '按顺序推断配上了稿件中的下一条图片说明“{caption}”——请核对是不是这张图片的',
        '{file}: its caption names no story clearly; candidates {candidates}':
            '{file}：图片说明对不上哪一篇稿件；可能是：{candidates}',
        '{story} ({score:g}: {names})':
            '{story}（{score:g}：{names}）',
        'photo {photo}: its caption names {place}, as story {story} does alone':
            '图片 {photo}：图片说明提到{place}，只有稿件 {story} 也提到，配给这篇',
        'photo {photo} ({file}) has no caption; set with story {story} 《{headline}》, whose heading its file '
        'name names — check it':
            '图片 {photo}（{file}）没有图片说明；文件名与稿件 {story}《{headline}》的标题相符，'
            '暂配这篇——请核对',
        'photo {photo} ({file}) has no caption and no story of its own: not placed — it waits in the Photos '
        'panel (未上版) for the editor to place':
            '图片 {photo}（{file}）没有图片说明，也没有对应的稿件：未上版——在“图片”面板里等编辑来排',
        'photo {photo} ({file}) has neither a caption nor a credit, and no story of its own: not placed — it '
        'waits in the Photos panel (未上版) for the editor to place':
            '图片 {photo}（{file}）既没有图片说明也没有署名，也没有对应的稿件：'
            '未上版——在“图片”面板里等编辑来排',
        'photo {photo} could not be placed: no story on the page':
            '图片 {photo} 无法上版：版面上没有稿件',
        'photo {photo} ({file}): its caption {caption!r} names no story on the page; placed with {story} '
        '《{headline}》 at a guess — check it belongs there':
            '图片 {photo}（{file}）：图片说明“{caption}”对不上版面上任何一篇稿件；'
            '推断配给了稿件 {story}《{headline}》——请核对是否配这篇',
        "{photos}: photos no story's caption names, under the banner {banner!r}: set as its photo section ({story}), "
        "first under it, each with its caption":
            "{photos}：图片说明不对应任何稿件，归入通栏标题 {banner!r} 的图片专区（{story}），排在标题下最前，每张图下配其说明",
        "the banner's photo section: a photo page's pictures lead it": "通栏标题的图片专区：图片版由图片领衔",
        "{photos}: works of art no story's caption names, set as a section of their own ({story}) under its "
        'label {label}, each with its caption':
            '{photos}：作品（书画）不配任何稿件，单独成组（{story}），栏题“{label}”，每件作品下配其说明',
        '{said}; {n} photo(s) wait in the Photos panel (未上版): {photos} — place one':
            '{said}；另有 {n} 张图片在“图片”面板里未上版：{photos}——可排一张上版',
        "the credit {credit!r} under the numbered photos credits each of them: given to {photos} too, printed "
        "once, under the last":
            "编号组图下的署名“{credit}”署给其中每一张：{photos} 也署上，只在最后一张下印一次",
        "{file}: its caption's credit {credit!r} is set as the photo's credit":
            '{file}：图片说明里的署名“{credit}”已改作图片署名',
        "{file}: its caption's credit says what the photo's own does ({credit!r}): printed once":
            '{file}：图片说明里的署名与图片自带的署名相同（“{credit}”）：只印一次',
        "{file}: its own credit {credit!r} names whom the page's credit line {line!r} names: printed once, in that line":
            '{file}：图片自带的署名“{credit}”与本版图片署名行“{line}”署的是同一人：只在署名行印一次',
        "{photo} ({file}): its caption {caption!r} credits another photographer than the photo's own credit "
        '({credit!r}): both would print — keep the right one':
            '{photo}（{file}）：图片说明“{caption}”署的摄影者与图片自带的署名（“{credit}”）不是同一人：'
            '两个都会印出——请留下对的那个',
        '{photo} ({file})':
            '{photo}（{file}）',
        "the page's credit line {line!r} names another photographer than photo {photos} credits itself "
        '({credit!r}): both would print — if the line leaves it out, say so in it (本版图片除署名外由…摄); else '
        'keep the right one':
            '本版图片署名行“{line}”与图片 {photos}自带的署名（“{credit}”）不是同一位摄影者：'
            '两个都会印出——这张图片若不归署名行，请把署名行写成“本版图片除署名外由…摄”；不然请留下对的那个',
        "the page's credit line {line!r} names another photographer than photos {photos} credit themselves "
        '({credit!r}): both would print — if the line leaves them out, say so in it (本版图片除署名外由…摄); '
        'else keep the right one':
            '本版图片署名行“{line}”与图片 {photos}自带的署名（“{credit}”）不是同一位摄影者：'
            '两个都会印出——这些图片若不归署名行，请把署名行写成“本版图片除署名外由…摄”；不然请留下对的那个',
        "{text!r} after story {headline!r} is a photo's own caption (its file says it word for word): set under that "
    "photo, not as the story's last paragraph":
        "稿件《{headline}》后面的“{text}”是一张图片自带的图片说明（图片文件里一字不差）：排在那张图片下面，不作这篇稿件的最后一段",
    "{file}: credited by the page's credit line {line!r}":
            '{file}：由本版图片署名行“{line}”署名',
        # the first layout: stacks, stories, what fell short (layout/wording.py)
        '{a}, {b}':
            '{a}、{b}',
        '{clause}, {more}':
            '{clause}；{more}',
        '{a}; {b}':
            '{a}；{b}',
        'column {col}':
            '第 {col} 栏',
        'columns {first}–{last}':
            '第 {first}～{last} 栏',
        'the first story of the copy':
            '稿件中的第一篇',
        'the longest story ({n} characters)':
            '最长的一篇，{n} 字',
        'a brief ({n} characters)':
            '简讯，{n} 字',
        '{n} characters':
            '{n} 字',
        'an interview ({n} characters): its questions and answers headed between the news and the briefs':
            '记者问答，{n} 字：标题小于消息、大于简讯',
        'a service notice ({n} characters, its points numbered): headed between the news and the briefs':
            '服务告知，{n} 字，分条列出：标题小于消息、大于简讯',
        "a column of briefs ({n} characters): its heading a column's label, set a brief's size":
            '简讯栏，{n} 字：标题是栏目名，按简讯字号排',
        "a commentary or a column's piece, {n} characters: under its label, never headed larger than the news":
            '评论或栏目稿，{n} 字：有栏目名，标题不大于消息的',
        '{n} characters, headed as a story (a deck, or a kicker over more than one paragraph), not as a brief':
            '{n} 字，有副题或引题，按消息排，不按简讯排',
        'a brief ({n} characters): headed as a story, but the page came out worse with it a second story (a '
        "stack run over, a photo out, empty lines, 碰题 or a photo larger than the lead story's)":
            '简讯，{n} 字：有副题或引题，但按消息排时版面更差（有一块排不下、图片排不上、空行、碰题或图片比头条的大），仍按简讯排',
        'page credits on line {line} in the credit style (right-aligned, small)':
            '本版图片署名行排在第 {line} 行，用署名样式（右对齐，小字）',
        'the 报眼 beside the nameplate (columns {first}–{last}, lines 1–{lines}) is empty: give the copy a 导读 '
        '(导读 over its teasers, →详见第N版) or set a short story there':
            '报头旁的报眼（第 {first}～{last} 栏，第 1～{lines} 行）空着：请在稿件里加导读（“导读”下列各条，如“→详见第2版”），或在那里排一篇短稿',
        '导读 box {story} in the 报眼 beside the nameplate, columns {first}–{last}, boxed':
            '导读 {story} 排在报头旁的报眼，第 {first}～{last} 栏，加框',
        'banner {headline!r} across all {cols} columns, lines {top}–{foot}, {size} pt':
            '通栏标题《{headline}》横跨全部 {cols} 栏，第 {top}～{foot} 行，{size} 磅',
        'page lead in the {style} style, {tc} column(s) of {measure} characters, lines {top}–{foot}':
            '导语用{style}，分 {tc} 栏，每行 {measure} 字，第 {top}～{foot} 行',
        'lead_display':
            '加大的导语样式',
        'lead':
            '导语样式',
        'body':
            '正文样式',
        '{n} line(s) shorter, its headline a size smaller: the stack ran over with its photos at their '
        'smallest':
            '少占 {n} 行，主题小一号：这一块的图片缩到最小仍排不下',
        "a brief ({n} characters): headed as a story, set back to a brief's headline — its stack ran over "
        'with its photos at their smallest':
            '简讯，{n} 字：有副题或引题，本按消息排；这一块的图片缩到最小仍排不下，标题退回简讯字号',
        'photo {photo} set narrower with the text beside it: the stack ran over with every photo at its '
        'smallest':
            '图片 {photo} 排窄，文字排在旁边：这一块的图片都缩到最小仍排不下',
        "its first photo over its heading: its headline would stand beside story {story}'s":
            '第一张图片排在标题上面：不然它的主题会和稿件 {story} 的主题碰题',
        'its first photo over its heading: the headline on its right would stand beside it and has no photo '
        'to open with':
            '第一张图片排在标题上面：不然右边的标题会和它碰题，而右边那篇没有图片可以打头',
        'too tall a column wider':
            '再宽一栏就太高了',
        'its pixels filling no more at 200 ppi':
            '像素在 200 ppi 下撑不满更宽的图框',
        ' of story {story} ({headline})':
            '（稿件 {story}《{headline}》）',
        ' (no story of its own: set with story {story} at a guess, left out first)':
            '（没有对应的稿件：推断配给稿件 {story}，排不下时最先撤下）',
        "photo {photo}{whose} does not fit its story's stack (columns {first}–{last}): not placed, nor its "
        'caption':
            '图片 {photo}{whose}在所属稿件的块里（第 {first}～{last} 栏）排不下：未上版，图片说明也未上版',
        "photo {photo}{whose} does not fit its story's stack (columns {first}–{last}): not placed, nor its "
        'caption — its stack came out {over} lines too deep with every photo at its smallest: photos left '
        'out rather than the copy':
            '图片 {photo}{whose}在所属稿件的块里（第 {first}～{last} 栏）排不下：未上版，'
            '图片说明也未上版——所有图片缩到最小，这一块仍超 {over} 行：宁可撤图，不删稿',
        'story {story} ({headline}) does not fit the page':
            '稿件 {story}《{headline}》版面上排不下',
        'story {story} ({headline}) held over (压稿), on no page: the page cannot take all its copy, and {why}':
            '稿件 {story}《{headline}》压稿，未上版：版面排不下全部稿件，{why}',
        'a scrap of {n} characters goes first':
            '只有 {n} 字的零碎稿先撤',
        'a brief or filler ({n} characters) goes before a service notice, a news photo or a story headed as news':
            '简讯、补白（{n} 字）先于服务性通知、新闻图片和消息撤下',
        "a brief ({n} characters) goes before a story headed as news and the lead's photos":
            '简讯（{n} 字）先于消息和头条的图片撤下',
        "a picture story (图片新闻) is set aside whole rather than with its photo stamp-sized — make room for it "
        "across the page's columns, or run it later":
            '图片新闻整篇撤下，不把图片缩成邮票大小——请在版面上腾出够宽的位置，或改期刊登',
        'stories {a} and {b}: headlines side by side (碰题), set apart by a column rule between them, lines '
        '{top}–{foot} (隔开) — to stagger them instead, move one, or let story {story} open with its photo':
            '稿件 {a} 和 {b}：标题碰题，已在两篇之间加栏线隔开（第 {top}～{foot} 行）——要错开标题，'
            '可移动其中一篇，或让稿件 {story} 以图片打头',
        'stories {a} and {b}: headlines side by side (碰题), set apart by a column rule between them, lines '
        '{top}–{foot} (隔开) — to stagger them instead, move one (neither has a photo on the page to open with)':
            '稿件 {a} 和 {b}：标题碰题，已在两篇之间加栏线隔开（第 {top}～{foot} 行）——要错开标题，'
            '可移动其中一篇（两篇在版面上都没有图片可以打头）',
        'stories {a} and {b}: headlines side by side (碰题), set apart by a column rule between them, lines '
        '{top}–{foot} (隔开) — to stagger them instead, move one (story {story} opens with its photo already)':
            '稿件 {a} 和 {b}：标题碰题，已在两篇之间加栏线隔开（第 {top}～{foot} 行）——要错开标题，'
            '可移动其中一篇（稿件 {story} 已经以图片打头）',
        "set beside story {partner} in columns {first}–{last}: across the stack's {cols} columns its text "
        'ran in legs of {legs} line(s)':
            '与稿件 {partner} 并排，排在第 {first}～{last} 栏：通排这一块的 {cols} 栏，每栏只有 {legs} 行',
        'set beside story {partner}, a brief, in columns {first}–{last}':
            '与简讯 {partner} 并排，排在第 {first}～{last} 栏',
        'story {story} moved to the top: it opens the stack with its photo, no headline beside it':
            '稿件 {story} 移到最上面：以图片打头，旁边没有标题碰题',
        'story {story} moved to the top: the stack fills better':
            '稿件 {story} 移到最上面：这一块排得更满',
        'story {story}: a sidebar to story {feature}, boxed under it':
            '稿件 {story} 是稿件 {feature} 的配稿：加框排在它下面',
        'story {story}: a sidebar to story {feature}, boxed beside it':
            '稿件 {story} 是稿件 {feature} 的配稿：加框排在它旁边',
        'story {story}: a sidebar to {feature}, left as placed and unboxed: no room for its box in its stack':
            '稿件 {story} 是{feature}的配稿：所在的块没有加框的余地，按原位排、未加框',
        'story {story}: a sidebar to {feature}, left as placed and unboxed: boxed and moved in its stack it would set headlines side by side (碰题)':
            '稿件 {story} 是{feature}的配稿：在所在的块里加框挪动会造成碰题，按原位排、未加框',
        "story {story}: a sidebar to {feature}, boxed where it was placed: moved in its stack it did not fit, or its stack is neither its feature's nor beside it":
            '稿件 {story} 是{feature}的配稿：加框排在原位（在所在的块里挪不开，或所在的块既不是它那一块，也不在它旁边）',
        'story {story}: a sidebar to the banner and page lead, boxed first in its stack, under them':
            '稿件 {story} 是通栏标题和导语的配稿：加框排在所在块的最上面，紧接导语下方',
        'the banner and page lead':
            '通栏标题和导语',
        'story {story}':
            '稿件 {story}',
        'story {story} explains {what}: both say “{term}” — not story {before}, which it follows in the copy':
            '稿件 {story} 解释的是{what}：两处都讲“{term}”——不是稿件中排在它前面的稿件 {before}',
        'story {story} explains {what}: both say “{term}”':
            '稿件 {story} 解释的是{what}：两处都讲“{term}”',
        "story {story} explains story {feature}: it follows it in the copy, and no other story says its headline's key term more":
            '稿件 {story} 配的是稿件 {feature}：稿件中紧跟在它后面，别的稿件也没有更多地讲它标题里的关键词',
        'story {story}: {pieces} say “{term}” as much — kept with story {feature}, which it follows in the copy; check which it explains':
            '稿件 {story}：{pieces} 同样讲“{term}”——按稿件顺序配给紧挨在前面的稿件 {feature}，请核对它配的是哪一篇',
        'story {story}: {pieces} say “{term}” as much, and it follows no story in the copy — not set with either; check which it explains':
            '稿件 {story}：{pieces} 同样讲“{term}”，它前面也没有别的稿件——没有配给任何一篇，请核对它配的是哪一篇',
        'story {story}: headline {headline!r} set below its minimum size':
            '稿件 {story}：主题《{headline}》小于最小字号',
        'story {story}: {lines} lines overset ({chars} characters do not fit its stack)':
            '稿件 {story}：超 {lines} 行（{chars} 字排不下）',
        'stack {stack}: columns {first}–{last}, stories {stories}, {empty} empty line(s) at its end':
            '第 {stack} 块：第 {first}～{last} 栏，稿件 {stories}，末尾空 {empty} 行',
        'stack {stack}: columns {first}–{last}, stories {stories}, {empty} empty line(s) at its end; {order}':
            '第 {stack} 块：第 {first}～{last} 栏，稿件 {stories}，末尾空 {empty} 行；{order}',
        'story {story} rank {rank} ({why}): {headline!r} in stack {stack}, columns {first}–{last}, lines '
        '{top}–{foot}':
            '稿件 {story} 等级 {rank}（{why}）：《{headline}》排在第 {stack} 块，第 {first}～{last} 栏，'
            '第 {top}～{foot} 行',
        'story {story} rank {rank} ({why}): its {n} photos, no text, in stack {stack}, columns {first}–{last}, '
        'lines {top}–{foot}':
            '稿件 {story} 等级 {rank}（{why}）：组图 {n} 张，无文字，排在第 {stack} 块，第 {first}～{last} 栏，'
            '第 {top}～{foot} 行',
        '{said}, headline {size} pt':
            '{said}，主题 {size} 磅',
        'photo {photo} portrait {width}×{height} pt, crop {crop} %':
            '图片 {photo} 竖幅 {width}×{height} 磅，裁切 {crop}%',
        'photo {photo} landscape {width}×{height} pt, crop {crop} %':
            '图片 {photo} 横幅 {width}×{height} 磅，裁切 {crop}%',
        '{said}, caption under it':
            '{said}，下配图片说明',
        'heading {what}':
            '标题{what}',
        'at the crop limit (a line taller crops away over 20 % of it; 裁切已到限)':
            '已到裁切限度（再高一行就要裁掉两成以上）',
        'as large as its pixels fill at 200 ppi (像素所限)':
            '已到像素的限度（200 ppi 下能撑满的最大尺寸）',
        "as tall as a photo may stand, half its stack's height (单图不高于半栏)":
            '已到单图的高度上限（不高于这一块的一半）',
        'as tall as the photo beside it in its row lets it (并排图片同高)':
            '已与同一排并排的图片同高',
        'could stand taller':
            '还可以再高些',
        'photo {photo} {held}':
            '图片 {photo} {held}',
        'stack {stack} has no row left, its photos could stand taller: the empty lines are at the foot of '
        "its text's last column (末栏不满)":
            '第 {stack} 块已没有空余的行，图片本可以再高些：空行在文字末栏的底部（末栏不满）',
        'no photo in stack {stack} to grow':
            '第 {stack} 块没有可以放大的图片',
        "photos fill {share:.0%} of the page's columns (照片占版面 {share:.0%}): the copy is short for this page "
        '— add copy, or set the photos smaller and fill with a box':
            '图片占了版面的 {share:.0%}：本版稿件不够——请补稿，或把图片缩小、加框补白',
        ': {few} in each of its {cols} columns':
            '，{cols} 栏每栏缺 {few} 行',
        ': {few}–{most} in each of its {cols} columns':
            '，{cols} 栏每栏缺 {few}～{most} 行',
        'stack {stack} (columns {first}–{last}) ends with {lines} empty lines (缺 {lines} 行{each})':
            '第 {stack} 块（第 {first}～{last} 栏）末尾空 {lines} 行（缺 {lines} 行{each}）',
        'its photos are as large as the crop limit and their pixels let them':
            '图片已放到裁切限度和像素所允许的最大',
        'their photos are as large as the crop limit and their pixels let them':
            '图片已放到裁切限度和像素所允许的最大',
        'no photo there to grow':
            '那里没有可以放大的图片',
        'their photos are as large as the crop limit and their pixels let them, where they have one':
            '有图片的，图片已放到裁切限度和像素所允许的最大',
        'its photos: {said}':
            '{said}',
        'their photos: {said}':
            '{said}',
        'the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about {chars} characters of body '
        'text): {where}; {photos} and the air between its stories is used — add copy or a photo, or fill '
        'with a box':
            '本版缺稿约 {lines} 行（正文约 {chars} 字）：{where}；{photos}，'
            '稿件之间的空也已用上——请补稿或补图，或加框补白',
        'the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about {chars} characters of body '
        'text): {where}; {photos} and the air between their stories is used — add copy or a photo, or fill '
        'with a box':
            '本版缺稿约 {lines} 行（正文约 {chars} 字）：{where}；{photos}，'
            '稿件之间的空也已用上——请补稿或补图，或加框补白',
        'air is spread {where} more than usual':
            '{where}比平常多拉开了间距',
        'story {stories} left off the page though {where} — no arrangement took it there: move it in, cut it to '
        'fit, or hold it over':
            '稿件 {stories} 未能上版，而{where}——没有哪种排法能把它排进去：请移入版面、删短稿件，或压稿',
        'stories {stories} left off the page though {where} — no arrangement took them there: move one in, cut '
        'them to fit, or hold them over':
            '稿件 {stories} 未能上版，而{where}——没有哪种排法能把它们排进去：请移入其中一篇、删短稿件，或压稿',
        'stack {stack} (columns {first}–{last}) {lines} lines':
            '第 {stack} 块（第 {first}～{last} 栏）{lines} 行',
        'air spread to fill the page (稿件不足，拉开了间距): {where} more than usual between the stories, over '
        'their headings and under their captions — the copy is short by about that: add copy or a photo, or fill '
        'with a box':
            '稿件不足，拉开了间距撑满版面：{where}，比平常多拉开的空分在稿件之间、标题上方和'
            '图片说明下面——稿件约缺这么多：请补稿或补图，或加框补白',
        "photo {photo} of story {story} is set narrower than its stack ({why}) and its story's text is too "
        'short to stand beside it: {where}, lines {top}–{foot} stay empty — a larger file, a box or a brief '
        'there':
            '稿件 {story} 的图片 {photo} 排得比这一块窄（{why}），稿件文字太短，排不到图片旁边：'
            '{where}第 {top}～{foot} 行空着——可换像素更大的图片，或在那里加框、放简讯',
    },
}
ZH: dict = {}
