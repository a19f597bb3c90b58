"""Two heading lines over a story, read back as one headline (for headings, every extractor's text).

A headline the typesetter set in two lines comes out of a PDF as two heading lines, and a kicker (引题)
over its headline (主题) does too: the text has lost the type sizes that told them apart. A page editor
reads what the story is and what the lines say:
- a brief (简讯: its text opens on the dateline 本报讯) is headed by its headline alone — no kicker, no
  deck, no byline (the reporters are in the dateline's brackets) — so two heading lines right over
  its 本报讯 are its headline set in two lines; unless the upper line has a kicker's own marks: a
  label and its colon, the 走进… naming where the story goes, a 从…到… of a change told
  (从“忧居”到“优居”) — a question or a scene set with a comma is no heading line of a headline anyway;
- a heading line ending on a verb whose object is a figure and what it counted ('同心镇新增' /
  '22处过街通道', '…安置房惠及' / '1439户 …') is one headline with the line under it: no kicker ends
  on a verb waiting for its object, and no kicker opens on a figure.
Neither joins two lines that name one place or thing each (a headline says a name once: '朝阳乡：文化
惠民' / '朝阳乡：区文化馆…' is a kicker over its headline), nor lines longer together than a headline.
Each join is a guess with its confidence, kept in `doubts`. Only white space is added, never a
character dropped."""
from __future__ import annotations

import re

from layout_app.intake.unpdf import _DASH_DECK, _lone_head_line, close_up, width

_HEADLINE_MAX = 34     # the corpus's and the papers' longest headline, in characters
BY_BRIEF = 0.7         # a brief with a kicker is rare, not impossible
BY_OBJECT = 0.8        # a verb cut from its counted object: sure, but for a kicker ending on a verb
_NEWS_OPENER = ("本报讯", "本報訊")
# a kicker's own marks on its line: where the story goes (… 走进七星镇), a change told from one state to
# another (从“走得了”到“走得好”)
_GOES_TO = re.compile(r"(?:^|[\s：:])走进[^\s：:]+$")
_FROM_TO = re.compile(r"^从[^，。]*到")
# a figure and what it counted opens the line: '22处过街通道', '1439 户 老小区换新颜'
_COUNT_OPENER = re.compile(r"^\d+\s*[\u4e00-\u9fff]")


def brief_headlines(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """Two heading lines (and no more) right over a brief's 本报讯: its headline set in two lines."""
    from layout_app.intake.headings import _LABEL, _doubt

    out = list(lines)
    i = 0
    while i + 2 < len(out):
        p, q, nxt = (out[k].strip() for k in (i, i + 1, i + 2))
        before = out[i - 1].strip() if i else ""
        if (p and q and nxt.startswith(_NEWS_OPENER) and not (before and _lone_head_line(before))
                and _lone_head_line(p) and _lone_head_line(q) and not p.startswith(_DASH_DECK)
                and not q.startswith(_DASH_DECK) and not _LABEL.match(p)
                and not _GOES_TO.search(p) and not _FROM_TO.match(p)
                and _one_headline(p, q)):
            out[i:i + 2] = [p + _space(p, q) + q]
            _doubt(doubts, out[i], BY_BRIEF)
        i += 1
    return out


def counted_objects(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """A heading line ending on a verb, the line under it opening on a figure and what it counted: the
    verb's object ('同心镇新增' / '22处过街通道'): one headline, no space (a verb and its object)."""
    from layout_app.intake.headings import _doubt

    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and _COUNT_OPENER.match(s) and _lone_head_line(prev) and _lone_head_line(s)
                and not prev.startswith(_DASH_DECK)
                and _waits_for(prev, s) and _one_headline(prev, s)):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_OBJECT)
        else:
            out.append(line)
    return out


# verbs that count what they reached, never ending a heading without that count after them (新增22处…,
# 惠及1439户, 累计服务1841人次); a clause that is whole ('…见实效', '…开课') may stand over a deck in figures
_COUNTING_VERBS = ("新增", "惠及", "服务", "完成", "接诊", "吸引", "带动", "覆盖", "达到", "突破", "超过", "增加",
                   "帮助", "安置", "走进", "建成", "改造", "种植", "栽种", "发放", "培训", "招聘", "提供")


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

    return width(upper) + width(lower) <= _HEADLINE_MAX and not (names_in(upper) & names_in(lower))


def _space(upper: str, lower: str) -> str:
    """The copy's space at the break: at a pause between phrases — where either line holds a pause of
    its own, compose broke the headline at one of its spaces — and none after an open word (…的)."""
    from layout_app.intake.headings import _OPEN_LINE_ENDS, at_pause

    if upper.endswith(_OPEN_LINE_ENDS):
        return ""
    return " " if (" " in upper or " " in lower or at_pause(upper, lower)) else ""
