"""Repair copy taken out of PDFs and word processors, without losing a character:
half-width punctuation in Chinese context becomes full-width; full-width-space indents and stray
spaces between Chinese characters go; lines broken in mid-sentence are joined back (no space)."""
from __future__ import annotations

import re

from layout_app.intake.pagecredit import STAFF
from layout_app.intake.tables import RESULT
from layout_app.text.punct import is_han

# half-width → full-width in Chinese context
FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# marks after which a line may end a paragraph
TERMINAL = set("。！？…”’」』）》!?.")
# an address may only start where a word starts (the look-behind), so a long line without
# an "@" is scanned once, not once from every character (that was quadratic: 40,000 characters, 8 s)
_URL = re.compile(r"(?:https?://|www\.)[^\s，。；！？、“”（）《》]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")


def _cjk(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in "，。、：；！？“”‘’（）《》【】—…")


def fullwidth_punctuation(line: str) -> str:
    """`,:;?!()` next to Chinese text become ，：；？！（）; not inside numbers (3,000 · 7:30),
    URLs, e-mail addresses or Latin text."""
    protected = bytearray(len(line))           # 1 where a URL or address is: left as it is
    for m in _URL.finditer(line):
        protected[m.start():m.end()] = b"\1" * (m.end() - m.start())
    out = []
    n = len(line)
    for i, ch in enumerate(line):
        if ch in FULL and not protected[i]:
            prev = line[i - 1] if i else ""
            nxt = line[i + 1] if i + 1 < n else ""
            # look past one space: "中文 , 中文"
            prev2 = line[i - 2] if prev == " " and i >= 2 else prev
            nxt2 = line[i + 2] if nxt == " " and i + 2 < n else nxt
            digits = prev.isdigit() and nxt.isdigit()
            if not digits and (_cjk(prev2) or _cjk(nxt2) or (ch in "?!" and _cjk(prev2))):
                out.append(FULL[ch])
                continue
        out.append(ch)
    return "".join(out)


# a brief's dateline (本报讯　…, 本报北京11月28日电　…, 新华社北京11月28日电　…, 本报讯（记者 孙浩）…): the
# first words of its text, set apart by a full-width space, or its reporters in brackets, that stay
DATELINE = re.compile(r"^\s*(?:本报|新华社|中新社)\S{0,12}?(?:讯|电)(?:[ \u3000]|[（(][^）)]{2,30}[）)][ \u3000]?)")
# … and the paper's own dateline as a story's text opens on it, whatever follows: '本报讯', '本报北京5月3日电'
DATELINE_OPENS = re.compile(r"^本[报報](讯|訊|[\u4e00-\u9fff]{2}\d*月\d*日[电電])")


def tidy_spaces(line: str) -> str:
    """Drop indents (full-width or ASCII) and spaces between Chinese characters; keep spaces
    between Latin words, between a kicker's two halves ("文明新风 润泽乡里" keeps its space) and
    after a dateline (本报讯　)."""
    line = line.strip(" \t\u3000\u00a0")
    dated = DATELINE.match(line)
    head, line = (line[:dated.end()], line[dated.end():]) if dated else ("", line)
    # a caption's photo credit keeps the spaces that set its names apart: 本报记者 赵欣怡 摄
    credit = photo_credit(line)
    line, credit = (line[:credit], " ".join(line[credit:].split())) if credit is not None else (line, "")
    # a space between two Chinese characters inside a sentence is stray; in a line with no
    # punctuation (a kicker or headline, up to 34 characters and its spaces) it is deliberate
    # — but not the space a reporter set between role and name in a brief's closing credit: （记者　李明）
    line = STAFF_BRACKET.sub(lambda m: m.group(0).translate(_HOLD), line)
    if len(line) > 40 or any(p in line for p in "，。；"):
        line = re.sub(r"(?<=[\u3400-\u9fff，。、：；！？“”（）])[ \u3000]+(?=[\u3400-\u9fff，。、：；！？“”（）])", "", line)
    line = (re.sub(r"[ \u3000]{2,}", " ", line) + credit).translate(_LET_GO)
    return head + line.lstrip(" \u3000") if head else line


# a brief's credit in brackets, its role and names apart: （记者　李明）, （通讯员 赵丽 王芳）
STAFF_BRACKET = re.compile(r"[（(](?:本报)?(?:特约|实习|见习)?(?:记者|通讯员|摄影|编辑|撰稿)(?:[ \u3000]+[^（）()\s\u3000]{2,8}){1,4}[ \u3000]*[）)]")
_HOLD = str.maketrans({"\u3000": "\ue010", " ": "\ue011"})       # (private-use stand-ins while spaces are tidied)
_LET_GO = str.maketrans({"\ue010": "\u3000", "\ue011": " "})


# a space beside a full-width pause, stop or bracket is stray — the mark carries its own blank
# ('据了解， 9月20日晚 ，', '（记者 赵国庆 ）': extraction's and the copy's damage); so is one before an
# opening quote in running text ('说 “…'), though a heading may pause before a quoted phrase
_BESIDE_MARK = re.compile(r"[ \u3000]+(?=[，。、：；！？”’）》】])|(?<=[，。、：；！？“‘（《【])[ \u3000]+")
_BEFORE_QUOTE = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[“‘])")


def clean_line(line: str) -> str:
    """One line of copy tidied: spaces (`tidy_spaces`), full-width marks, no space beside a mark."""
    line = _BESIDE_MARK.sub("", fullwidth_punctuation(tidy_spaces(line)))
    return _BEFORE_QUOTE.sub("", line) if any(p in line for p in "，。；") else line


def bare(text: str) -> str:
    """The text as the import's blocks hold it, without its white space (the only thing the repairs
    before structure detection add or take away): to find a piece of it again."""
    return "".join(clean_line(text).split())


# a closing quote ends a sentence only after the sentence's own end (…方便多了。”); a headline
# may end on a quoted word (村民点赞“有温度”)
QUOTE_CLOSE = set("”’」』》")


# a note in brackets standing whole as a paragraph — a book's particulars under its review, an editor's
# aside: （《河流的记忆》，李晓岚著，人民文学出版社2026年9月出版，定价59.00元）. Complete; no caption.
BRACKET_NOTE = re.compile(r"^[（(][^（()）]{4,}[，,][^（()）]{4,}[）)]$")
# a book's imprint under its title in a books column: '陆晚秋 著　江南文艺出版社', '［美］某某 著　某某 译　…出版社'
IMPRINT = re.compile(r"^\S.{0,30}?[\s　](?:著|编著|主编|编|译|绘)[\s　].{0,30}出版(?:社|集团|公司)?[^。！？]{0,16}$")


def ends_sentence(line: str) -> bool:
    line = line.rstrip()
    if not line:
        return False
    if line[-1] == "." and len(line) > 1 and line[-2].isdigit():
        return False             # a decimal point broken at a column end: 缩短了7.\n5%
    if line[-1] in "）)":
        # …。（本报记者 王晨） ends; 在8个村（社区） goes on
        opened = max(line.rfind("（"), line.rfind("("))
        if BRACKET_NOTE.match(line):
            return True
        return opened > 0 and ends_sentence(line[:opened])
    if line[-1] in QUOTE_CLOSE:
        return len(line) > 1 and (line[-2] in TERMINAL - QUOTE_CLOSE or line[-2] in QUOTE_CLOSE and ends_sentence(line[:-1]))
    return line[-1] in TERMINAL


# a heading of one short sentence, no quote in it: asking (ASKS), or the same ending in ！ (structure's
# QUESTION_HEAD) — a paragraph goes on after its question
ONE_SENTENCE_HEAD = r"^[^。！？!?“”\"]{4,22}"
ASKS = re.compile(ONE_SENTENCE_HEAD + r"[？?]$")


def looks_like_body(line: str) -> bool:
    """A line of running text: long, or with a comma inside (headlines have colons and quotes,
    rarely commas)."""
    return len(line) >= 28 or (len(line) >= 12 and any(p in line[:-1] for p in "，、；"))


def join_broken_lines(lines: list[str], printed: bool = False, opens: frozenset[int] = frozenset()) -> list[tuple[str, int]]:
    """Paragraphs as (text, blank lines before it). A body line that stops in mid-sentence is joined
    to the next non-blank line (across blank lines too: "方\\n\\n便多了"). `printed`: the copy was
    taken out of a printed page and its column lines joined already (intake.unpdf): a photo's caption
    standing between blank lines after a sentence cut off is no part of that sentence. `opens`: the lines
    the copy's own indent opens a paragraph on (`indents.typed_openings`): nothing runs on into them."""
    # a story starts after a wider gap than a paragraph does: when the copy has such gaps, a short
    # line that looks like a heading but sits close under running text is the first half of a paragraph
    # (a printed page's text has its blank lines where the extraction put them, not the writer's gaps)
    # (the wider gaps must open stories: a caption set apart at the copy's foot says nothing of them)
    wide = _stories_apart(lines) and not printed
    out: list[tuple[str, int]] = []
    blanks = 0
    pending: list[str] = []          # the pieces of the paragraph being joined (joined once, at its end)
    pending_blanks = 0
    for i, line in enumerate(lines):
        if not line.strip():
            blanks += 1
            continue
        prev = out[-1][0] if out else None
        # (a photo's caption between blank lines: the sentence cut before it goes on elsewhere — after
        # a paragraph unpdf joined; lines it left apart, set wider than a column (a page lead), run on)
        caption = printed and len(pending) == 1 and blanks > 0 and set_apart(lines, i) and stands_as_caption(line)
        after = next((l for l in lines[i + 1:] if l.strip()), None)
        if pending and i not in opens and not caption and _continues(pending, line, pending_blanks, prev, wide, after):
            pending.append(line)
        else:
            if pending:
                out.append(("".join(pending), pending_blanks))
            pending, pending_blanks = [line], blanks
        blanks = 0
    if pending:
        out.append(("".join(pending), pending_blanks))
    return out


def set_apart(lines: list[str], i: int) -> bool:
    """A blank line (or the end of the copy) after line i, or after the photo's credit under it."""
    k = i + 1
    if k < len(lines) and lines[k].strip() and credit_line(lines[k]):
        k += 1
    return k >= len(lines) or not lines[k].strip()


def credit_line(line: str) -> bool:
    """A photo's credit on a line of its own: '记者 王某 摄', '（通讯员 李明 摄）', '新华社发'."""
    m = PHOTO_CREDIT.search("。" + line.strip())
    return m is not None and m.start() == 1


# a photo caption shows someone somewhere (…在图书角里体验…, 图书角里，村民正在…): 在, not 在线预约;
# it tells what the photo shows, it does not report what someone said (…说：, …表示，)
SCENE = re.compile(r"在(?!线)")
REPORTED = re.compile(r"(说|表示|介绍|认为|指出|告诉记者)[，：:,]")


def _without_credit(text: str) -> str:
    credit = photo_credit(text)
    return text if credit is None else text[:credit].rstrip()     # the caption without its photo's credit


def caption_shape(text: str) -> bool:
    """A caption's shape: one short sentence (its photo's credit aside) that reports no one's words."""
    text = _without_credit(text)
    return len(text) <= 40 and not any(p in text[:-1] for p in "。！？；") and not REPORTED.search(text)


def stands_as_caption(line: str) -> bool:
    """A photo caption: one complete sentence that shows someone somewhere, no speech, no report
    (a sentence a column end cut — '…吸引了' / '729余名党员参与。' — goes on, it shows nothing)."""
    text = _without_credit(line.strip())
    return (caption_shape(text) and len(text) >= 8 and text.endswith("。") and not text.startswith(CLOSING)
            and not any(p in text[:-1] for p in ";!?") and "：“" not in text and ":“" not in text
            and bool(SCENE.search(text)))


def _stories_apart(lines: list[str]) -> bool:
    """Whether this copy sets its stories apart by gaps wider than one blank line: a heading-shaped
    line after such a gap, with a story under it (not the page's credit line at its foot)."""
    blanks, seen = 0, False
    for k, line in enumerate(lines):
        if not line.strip():
            blanks += 1
            continue
        if (seen and blanks >= 2 and _heading_shaped(line.strip()) and not line.strip().startswith("本版")
                and any(rest.strip() for rest in lines[k + 1:])):
            return True
        seen, blanks = True, 0
    return False


# pairs a headline keeps closed; an opened quote not closed on its line runs on to the next
PAIRS = (("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("「", "」"), ("(", ")"))
# a line never starts with these: the line before it was cut off
CLOSING = tuple("，。、；：！？”’）》」』…,.;:!?)")
# a headline or kicker does not end on these
OPEN_ENDS = tuple("的地得和与及或在对把被将向从为以并且，、；：“‘（《")
# …but a word that ends in 地 or 得 is no particle left open: 小课堂 大天地, 绿了一片土地, 这份辛苦值得
# (a noun or a whole verb, as headlines end on)
WHOLE_ENDS = tuple("天地 土地 基地 园地 绿地 草地 田地 阵地 工地 湿地 耕地 用地 高地 胜地 本地 当地 各地 外地 场地 "
                   "营地 福地 宝地 产地 落地 实地 遍地 大地 荒地 林地 山地 腹地 驻地 属地 异地 两地 圣地 "
                   "值得 难得 心得 获得 取得 赢得 懂得 记得 舍得 显得".split())


def open_end(line: str) -> bool:
    """`line` ends on a particle, conjunction or preposition that its sentence must go on after."""
    return line.endswith(OPEN_ENDS) and not line.endswith(WHOLE_ENDS)


# a byline: the body follows it, not another heading
BYLINE_START = re.compile(r"^(本[报報])?(记者|記者|通讯员|通訊員|评论员|評論員)[\s　]+\S{2,4}([\s　、]+\S{2,4}){0,4}$|^本[报報][讯訊]$")
# two short phrases either side of one comma, nothing else: a kicker's shape as much as a broken line's
PHRASE_PAIR = re.compile(r"^[^，、；。！？,;!?]{3,11}[，,][^，、；。！？,;!?]{3,11}$")
HEAD_MAX = 40                    # kicker, headline and deck run to about 34 characters
HEADLINE_MAX = 36                # one headline's lines together, at most (the corpus's longest is 34 characters)


def unbalanced(text: str) -> bool:
    return any(text.count(o) > text.count(c) for o, c in PAIRS)


def mid_sentence(line: str, nxt: str | None = None, after: str | None = None) -> bool | None:
    """Is `line` (no sentence end) cut off in mid-sentence? True: surely (a comma inside, a quote left
    open, too long for a heading, a next line that starts with a comma or goes on with the number);
    False: it ends a sentence; None: it could be a heading — the caller decides from the layout.
    `after`: the line after `nxt`, if known."""
    if ends_sentence(line):
        return False
    if PHRASE_PAIR.match(line) and not open_end(line) and (nxt is None or _heading_shaped(nxt)):
        return None              # 践行初心使命，建设美好家园 over a headline: a kicker may hold a comma
    if kicker_over_head(line, nxt, after):
        return None              # 无人机植保、智能收割 走进建设街道 over its headline and the story's start
    if any(p in line for p in "，、；。！？") or unbalanced(line) or len(line) > HEAD_MAX or open_end(line):
        return True
    if nxt is not None and (nxt.startswith(CLOSING) or (line[-1].isdigit() and nxt[:1].isdigit())):
        return True
    return None


HEADING_MAX = 34                 # a kicker's or a headline's characters, at most (the corpus's and the papers' longest)


def kicker_over_head(line: str, nxt: str | None, after: str | None) -> bool:
    """`line` ends no sentence and stands right over a heading-shaped line that more copy follows: a
    kicker over its headline, with a comma or 、 or not — running text does not stop short of a
    sentence's end over a headline. (A paragraph broken at a column end goes on with the rest of its
    sentence, which is no heading.) A kicker is one or two phrases: a line with two commas is a
    sentence's clauses."""
    if nxt is None or after is None:
        return False
    if (len(line) > HEADING_MAX or unbalanced(line) or open_end(line) or line.count("，") + line.count(",") > 1
            or any(p in line for p in "。！？；!?;") or line.startswith(CLOSING)):
        return False
    return _heading_shaped(nxt) and len(nxt) <= HEADING_MAX and not nxt.startswith(CLOSING)


def _heading_shaped(line: str) -> bool:
    return (not ends_sentence(line) and len(line) <= HEAD_MAX and not unbalanced(line)
            and not any(p in line for p in "，、；。！？"))


heading_shaped = _heading_shaped       # (structure asks it too)


# a place's label before its colon, opening a kicker or heading ('太平镇：', '古城街道新华村：')
PLACE_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:村|镇|乡|街道|社区|区|县|市)[：:]")


# the page's credit ('本版图片由…摄'): a line of its own at the copy's foot (its staff: `pagecredit.STAFF`)
STAFF_CREDIT = re.compile(r"本版(?:图片|圖片|稿件|文字|摄影)?(?:由|除署名外)")


# a list's point opening its line: 一、 1. （一） (1)
LIST_POINT = re.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[①-⑳])")


def _continues(pieces: list[str], line: str, gap: int, prev: str | None, wide: bool,
               after: str | None = None) -> bool:
    # a credit or a dash-deck never continues a sentence, nor a place's label: in running text a colon
    # follows who speaks, never a place ('秋收时节，前进街道的田野里一片金黄' / '前进街道：小小柑橘…')
    if line.startswith(("——", "—", "本版")) or BYLINE_START.match(line) or PLACE_LABEL.match(line) \
            or STAFF.match(line) and len(line) <= 30 and not any(m in line for m in "，。,"):
        return False
    if RESULT.match(line) or RESULT.match(pieces[-1]):
        return False             # a result, its teams and score a space apart ('鹰城队 2:2 开发区队'): a list's
        # line, whole — no sentence runs on into or out of it
    if len(pieces) == 1 and pieces[0].startswith("本版") and STAFF_CREDIT.match(pieces[0]):
        return False             # the page's credit line ('本版图片由…林晓摄', no space before 摄) is whole
    if DATELINE.match(line):
        return False             # a brief's dateline opens an item: nothing runs on into it
    if pieces[-1].rstrip().endswith(("：", ":")) and LIST_POINT.match(line):
        return False             # '…通知如下：' over '一、停水时间…': the list's first point opens its paragraph
    if len(pieces) == 1 and gap and SUBHEAD_MARK.match(pieces[0]) and len(pieces[0].strip()) <= 20:
        return False             # a subhead, its number or block first and a blank line under it ('一、名校带
        # 新校', '■下一步'): a heading in the story's text, never a paragraph's first half
    if ends_sentence(pieces[-1]) or photo_credit(pieces[-1]) is not None or ATTRIBUTED.search(pieces[-1]):
        return False             # (a caption's photo credit ends it: '…采摘蔬菜。本报记者 任静 摄'; so does a
        # quote's speaker after its dash: '“…舒心。”——锦绣里小区居民 赵桂兰')
    if len(pieces) == 1 and BYLINE_START.match(pieces[0]) and not pieces[0].startswith(("本报讯", "本報訊")):
        return False             # a byline's names end it: the story's text opens under it, never in it
    if len(pieces) == 1 and PLACE_LABEL.match(pieces[0]) and _heading_shaped(line):
        return False             # a kicker opening on its place's label, a comma in it or not ('丰收街道大桥村：
        # 你争我抢，场边喝彩声不断'), over its headline: running text never opens on a place's colon
    # a paragraph that has been joined once is body already: only its first piece needs the test;
    # a brief's dateline cut off at a column end runs on ('本报讯（记者 卢永福）入' / '冬以来，…')
    if len(pieces) > 1 or DATELINE.match(pieces[0]):
        return True
    # a kicker opens a story: where this copy sets stories apart by wider gaps, only after one (or on top)
    cut = mid_sentence(pieces[0], line, after if gap >= 2 or not wide or prev is None else None)
    if cut is not None:
        return cut
    if pieces[0].startswith(("——", "—", "－－", "--")):
        return False             # a dash deck that ends without a mark is whole
    if len(pieces[0]) >= 24 and gap == 0 and len(line) == len(pieces[0]) and " " not in pieces[0] + line:
        return True              # lines broken at one width, no spaces: a paragraph wrapped by its sender
    # a heading-shaped line: the first half of a paragraph when it sits as close under running text
    # as paragraphs sit to each other, while stories in this copy start after wider gaps — and the
    # line after it is running text (the paragraph's second half), not another heading line
    # (a byline is followed by body whatever the spacing)
    # (a kicker asking its question, '…社区：放学后，孩子们去哪儿了？', is no running text)
    running = prev is not None and ((wide and ends_sentence(prev) and looks_like_body(prev) and not ASKS.match(prev))
                                    or bool(BYLINE_START.match(prev)))
    return gap < 2 and running and (ends_sentence(line) or mid_sentence(line) is True)


# a subhead's own mark: its number (一、 （二） 3．), a block (■ ◆ ●) or brackets round it (【下一站】) —
# running text opens on none
SUBHEAD_MARK = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|[1-9][、．.]"
                          r"|[■□●◆◇▲△★☆▶►◎]\s*|【(?=[^【】]{2,18}】$))\S")
ATTRIBUTED = re.compile(r"[”\"]——[^“”\"。，！？]{2,24}$")


def repair(lines: list[str]) -> list[tuple[str, int]]:
    """The whole repair: tidy each line, join broken sentences, then fix punctuation."""
    return join_broken_lines([clean_line(l) for l in lines])


# a photo's credit set after its caption's last sentence: '…采摘蔬菜。本报记者 任静 摄', '…。新华社发',
# '…。（通讯员 李明 摄）' — the mark of a caption, which running text never ends with
_NAME = r"[\u4e00-\u9fff·]{2,4}"
PHOTO_CREDIT = re.compile(
    r"(?<=[。！？!?”])[\s　]*[（(]?[\s　]*(?:"
    rf"(?:(?:本[报報]|新华社|新華社|人民日报|特约|特約)?(?:记者|記者|通讯员|通訊員|摄影记者|攝影記者)[\s　]*)?{_NAME}"
    rf"(?:[\s　、]+{_NAME})*[\s　]*(?:摄|攝)|新华社发|新華社發|(?:[\s　]*{_NAME})?[\s　]*供图|资料图片)"
    r"[\s　]*[）)]?[\s　]*$")


def photo_credit(line: str) -> int | None:
    """Where the photo credit after a caption begins, or None when the line ends with none."""
    m = PHOTO_CREDIT.search(line.rstrip())
    return m.start() if m else None
