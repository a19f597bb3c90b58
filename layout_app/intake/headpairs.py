"""Heading lines over a story, read back as one headline (for headings, every extractor's text).

A headline the typesetter set in two lines comes out of a PDF as two heading lines, and a kicker (引题)
over its headline (主题) does too: the text has lost the type sizes that told them apart. A page editor
reads what the story is and what the lines say:
- a heading line ending on a verb whose object is a figure and what it counted ('同心镇新增' /
  '22处过街通道', '…安置房惠及' / '1439户 …') is one headline with the line under it: no kicker ends
  on a verb waiting for its object, and no kicker opens on a figure;
- three heading lines over a story, the last with no dash and no figure, are a kicker over a headline
  in two lines: a deck set without its dash sums the story up in figures.
Neither joins two lines that name one place or thing each (a headline says a name once: '朝阳乡：文化
惠民' / '朝阳乡：区文化馆…' is a kicker over its headline), nor lines longer together than a headline.
Each join is a guess with its confidence, kept in `doubts`. Only white space is added, never a
character dropped."""
from __future__ import annotations

import re

from layout_app.intake.kickerlines import asks_or_quotes, paused_kicker
from layout_app.intake.repair import HEADING_MAX
from layout_app.intake.unpdf import _DASH_DECK, _lone_head_line, close_up, width

BY_OBJECT = 0.8        # a verb cut from its counted object: sure, but for a kicker ending on a verb
# a figure and what it counted opens the line: '22处过街通道', '1439 户 老小区换新颜'
_COUNT_OPENER = re.compile(r"^\d+\s*[\u4e00-\u9fff]")


BY_SCRAP = 0.7          # a place's label and one word: a headline balanced there, but for a two-character kicker
# a place's label and colon and one word of two characters ('团结街道：老年', '丰收乡玉泉村：污水'): no kicker's
# theme, which is a phrase — the first words of a headline compose balanced right after them
_LABEL_SCRAP = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:村|镇|乡|街道|社区|区|县)[：:][\u4e00-\u9fff]{2}$")


def label_scraps(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """'团结街道：老年' / '助餐点开张了', '丰收乡玉泉村：污水' / '处理站让村庄美起来': a heading line of a place's label
    and one word, over a heading line that goes on (no label of its own, no dash, no figure opening it):
    one headline compose balanced after its first word, no space (the word goes on: 老年助餐点)."""
    from layout_app.intake.headings import _FIGURE_DECK, _LABEL, _doubt

    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and _LABEL_SCRAP.match(prev) and _lone_head_line(prev) and _lone_head_line(s)
                and not s.startswith(_DASH_DECK) and not _FIGURE_DECK.match(s) and not _COUNT_OPENER.match(s)
                and not re.search(r"[：:]", s) and not _LABEL.match(s) and _one_headline(prev, s)):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_SCRAP)
        else:
            out.append(line)
    return out


def counted_objects(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """A heading line ending on a verb, the line under it opening on a figure and what it counted: the
    verb's object ('同心镇新增' / '22处过街通道'): one headline, no space (a verb and its object); or
    what came of a whole verb ('网店开张' / '4210个摊位全部租出'): one headline of two phrases, the
    copy's space between them."""
    from layout_app.intake.headings import _doubt

    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and _COUNT_OPENER.match(s) and _lone_head_line(prev) and _lone_head_line(s)
                and not prev.startswith(_DASH_DECK)
                and _waits_for(prev, s) and _one_headline(prev, s)):
            out[-1] = prev + ("" if prev.endswith(_COUNTING_VERBS) else " ") + s
            _doubt(doubts, out[-1], BY_OBJECT)
        else:
            out.append(line)
    return out


# verbs that count what they reached, never ending a heading without that count after them (新增22处…,
# 惠及1439户, 累计服务1841人次); a clause that is whole ('…见实效', '…开课') may stand over a deck in figures
_COUNTING_VERBS = ("新增", "惠及", "服务", "完成", "接诊", "吸引", "带动", "覆盖", "达到", "突破", "超过", "增加",
                   "帮助", "安置", "走进", "建成", "改造", "种植", "栽种", "发放", "培训", "招聘", "提供", "增长", "提高",
                   "下降")


def _waits_for(upper: str, lower: str) -> bool:
    """The upper line ends on a verb that counts what it reached (新增, 惠及, 累计服务): its object is to
    come; or on a verb that is whole ('…夜市开张', '…剪纸课开课') with one phrase under it telling what
    came of it in figures ('3047个摊位全部租出') — a deck in figures under a headline that ends on a verb
    says two things ('135名党员参与 群众满意度明显提升'), and counts more than once."""
    from layout_app.text.words import _classes, words

    if len(re.findall(r"\d+", lower)) > 1:
        return False        # a headline counts once; a deck sums up ('7条线路6:00至21:00运行', '48家企业…2755个')
    if upper.endswith(_COUNTING_VERBS):
        return True
    if not "\u4e00" <= upper[-1:] <= "\u9fff" or len(close_up(lower).split()) > 1:
        return False
    last = words(upper.split()[-1])[-1]
    return len(last) >= 2 and _classes().get(last) == "v"      # (a verbal noun, 变化 vn, ends a kicker)


def _one_headline(upper: str, lower: str) -> bool:
    """Whether two heading lines may be one headline at all: short enough together, and no name said
    in both (a headline names its place once; a kicker and its headline each may)."""
    from layout_app.intake.headings import names_in

    return width(upper) + width(lower) <= HEADING_MAX and not (names_in(upper) & names_in(lower))


def _space(upper: str, lower: str) -> str:
    """The copy's space at the break: at a pause between phrases — where either line holds a pause of
    its own, compose broke the headline at one of its spaces — and none after an open word (…的), nor
    where the lower line opens on the rest of the upper's phrase ('…农村公交' / '开通 市民点赞')."""
    from layout_app.intake.balanced import _TAIL_THEN_PAUSE
    from layout_app.intake.headings import _OPEN_LINE_ENDS, at_pause

    if upper.endswith(_OPEN_LINE_ENDS) or _TAIL_THEN_PAUSE.match(lower):
        return ""
    return " " if (" " in upper or " " in lower or at_pause(upper, lower)) else ""


# a kicker wraps only where its frame is too narrow for it: set at most 小二 (18 pt) over a story three
# columns wide or more (the page's lead and second stories), at 五号 over a brief two columns wide, it
# holds this many body ems on one line — two heading lines narrower together are no kicker in two lines
KICKER_LINE = 20
_STOP = re.compile(r"[。！？!?]")
BRIEF_KICKER_LINE = 23     # a brief's kicker, 五号 (10.5 pt) over two columns: the ems it holds on one line
BRIEF_CHARS = 290          # a brief's text is shorter than 300 characters (layout.ranking), a few lost to a guess
LEAD_SHARE = 0.78          # the lead is the longest story or the first at least 0.8 of it (a margin for guesses)


def _kicker_line(lines: list[str], k: int) -> float:
    """The widest kicker that stays on one line over the story whose text opens at lines[k]: a brief's
    is set in 五号, smaller than any other story's — its story's text (the lines up to the next heading
    line) shorter than a brief's and too short beside the page's longest to lead the page."""
    def text(x: str) -> int:        # running text's characters (a byline or credit holds no sentence)
        return len(x) if _STOP.search(x) and not _lone_head_line(x) else 0

    runs, n = [], 0
    for x in lines:
        x = x.strip()
        if x and _lone_head_line(x):
            runs.append(n)
            n = 0
        else:
            n += text(x)
    runs.append(n)
    j, n = k, 0
    while j < len(lines) and not (lines[j].strip() and _lone_head_line(lines[j].strip()) and n):
        n += text(lines[j].strip())
        j += 1
    return BRIEF_KICKER_LINE if 0 < n < BRIEF_CHARS and n < LEAD_SHARE * max(runs) else KICKER_LINE


BY_NO_DECK = 0.65      # a deck without its dash and no figure: rare in the papers, not impossible
# a line opening on a place's name: a headline says its place first, no headline's second line opens on it
_PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:村|镇|乡|社区|街道|县|区|市)")
# the page's credits set on one line, a wide gap between them ('版式设计 潘淑芬　　校对 许红梅'): no heading
_CREDITS_GAP = re.compile(r"\u3000|\S {2,}\S")


def _page_top(lines: list[str], i: int) -> bool:
    """lines[i] opens the page: nothing over it but blank lines and the page's credits. Heading lines
    there stand under the page banner, which is no kicker: three or four heading lines over the first
    story, the first shaped as no kicker is, are the banner over the story's own (unless the last opens on the rest of the phrase above
    it, '出行更方便了 农村公交' / '开通 市民点赞': one headline wrapped, under its kicker)."""
    from layout_app.intake.headings import _GOES_TO, _LABEL
    from layout_app.intake.partsapart import _credit

    top = lines[i].strip()
    # (a kicker's shape is no banner's: a column's label and colon, a tag taking the reader to one
    # place, a scene or question set with its pause — '一线见闻：走进云溪村')
    return (all(not l.strip() or _credit(l) for l in lines[:i]) and not _LABEL.match(top)
            and not _GOES_TO.search(top) and not re.search(r"[，、,？?]", top))


def three_line_headings(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """Three heading lines (and no more) over a story: a kicker over a headline set in two lines — not a
    headline over a deck, when the last line has no dash and is no deck in figures: a deck set without
    its dash sums the story up in figures — it opens on one, or counts in every phrase ('全年完成60个小区
    惠及2532户'), or counts under a headline that counts ('…走进32个村' / '全年计划演出3189场'); a
    headline's second line may count once after a phrase of its own ('家门口就业 2769人找到工作'). The headline, in the largest type, is
    the part that wraps ('田野里的好“丰”景' / '机器换人 大棚蔬菜收割提速'). Not where the last line ends on
    a verb waiting for its count ('…办理业务同比增长'): a line of running text cut before its figure; nor where
    it opens on a place ('松涛乡：…', '龙泉街道…'): a headline of its own, under a kicker's two lines — where the
    two could be one kicker wrapped in its frame, wider together than its frame holds on one line
    (`KICKER_LINE`: '送文化下乡 走进牛角乡' / '老手艺 新传承' are no kicker in two lines; a brief's, set smaller,
    holds more: `_kicker_line`); nor
    where the middle line takes the reader somewhere ('关爱“一老一小” 走进沙坪乡古城村'): a kicker's tag,
    under the banner."""
    from layout_app.intake.balanced import _TAIL_THEN_PAUSE, compose_breaks_there
    from layout_app.intake.headings import (_GOES_TO, _LABEL, _OFFICE_LABEL, BANNER_HEAD, BANNER_THEME, _doubt,
                                             deck_in_figures)

    out = list(lines)
    i = 0
    while i + 3 < len(out):
        run = [out[i + k].strip() for k in range(3)]
        before, after = (out[i - 1].strip() if i else ""), out[i + 3].strip()
        # (the kicker may read as a sentence's end: a question, '放学后，孩子们去哪儿了？', or a quoted phrase
        # with its pause — kickerlines)
        if (all(run) and (_lone_head_line(run[0]) or asks_or_quotes(run[0]) or paused_kicker(run[0])) and all(_lone_head_line(x) for x in run[1:])
                and not (_page_top(out, i) and not _TAIL_THEN_PAUSE.match(run[2]))
                and not (before and _lone_head_line(before) and not BANNER_HEAD.match(before)
                         and not BANNER_THEME.match(before))      # (the page banner over them stands apart)
                and after and not _lone_head_line(after)
                and not any(_CREDITS_GAP.search(x) for x in run)
                and not deck_in_figures(run[2]) and not (re.search(r"\d", run[1]) and re.search(r"\d", run[2]))
                and not run[2].endswith(_COUNTING_VERBS)
                and not (_PLACE_FIRST.match(run[2]) and width(run[0]) + width(run[1]) > _kicker_line(out, i + 3))
                and not BANNER_HEAD.match(run[0]) and not BANNER_THEME.match(run[0])
                and not (_LABEL.match(run[1]) and not _OFFICE_LABEL.match(run[1])) and not _LABEL.match(run[2])
                and not _GOES_TO.search(run[1])
                and _one_headline(run[1], run[2]) and compose_breaks_there(run[1], run[2])):
            out[i + 1:i + 3] = [run[1] + _space(run[1], run[2]) + run[2]]
            _doubt(doubts, out[i + 1], BY_NO_DECK)
        i += 1
    return out

