"""What a line of pdftotext's default flows says, for pdfflows: a sentence's end (or one inside the
line), running text or a heading's phrase pause, a caption's shape, a quote that went down whole to
the next line, a line over a sentence opening on its date — and a deck, or a kicker's label, set
beside a column's line, which poppler gives as one line."""
from __future__ import annotations

import re

from layout_app.intake.pdfcolumns import (
    FIRST,
    FULL,
    _ends_sentence,
    _han,
    _Seams,
    _squeezed,
    cuts,
    estimated,
    line_kind,
    side_by_side,
)
from layout_app.intake.repair import photo_credit

_RUNNING = set("，,、；;")      # marks of running text, not of a heading


def _decks_apart(lines: list[str], measure: int) -> list[str]:
    """A deck's first line set on the baseline of a column's line beside it: poppler gives both on one
    line, a space apart ('月 19 日启用以来，已累计服 ——银杏镇', '…看凤鸣镇如何 ——记村支书胡宏伟'), and
    the deck's next line (wider than a column, no mark of running text) among the column's lines. A
    deck opens on its dash: its lines are a flow of their own, before the column's."""
    out: list[str] = []
    deck: list[str] = []
    beside = False          # the line before was a deck's, or beside one
    flow_at = 0             # where the flow in hand begins in `out`
    label = False           # the line before was a kicker's label beside a column's line
    for k, line in enumerate(lines + [""]):
        m = _DECK_BESIDE.match(line) or _label_beside(line, lines[k + 1] if k + 1 < len(lines) else "", measure)
        if m:
            out.append(m.group(1))
            deck.append(m.group(2))
            beside, label = True, m.re is _LABEL_BESIDE
            continue
        s = line.strip()
        if beside and s and not any(ch in _RUNNING for ch in s) and not _ends(s) and not _MID_STOP.search(s) \
                and (_squeezed(line) > measure + 1.2 or _wider_than_its_flow(s, lines, k, measure)
                     or label and (_phrase_space(s) or _squeezed(s) < measure - 2.5)):
            # (the rest of a kicker after its label: a line no column sets there — phrases apart, or
            # short inside a paragraph, '桃源村的 “志愿服务队” 一天')
            deck.append(s)
            label = False
            continue
        beside = label = False
        if not line.strip():
            if deck:
                out[flow_at:flow_at] = [*deck, ""]
                deck = []
            flow_at = len(out) + 1
        out.append(line)
    return out[:-1]


def _wider_than_its_flow(line: str, lines: list[str], k: int, measure: int) -> bool:
    """A line of Chinese (its width exact) an em wider than any other line of its flow: no line of
    the column it stands in — a deck's next line ('——望江村' / '“健身步道”群众满意度明显提升', 14 ems in a
    column of 13), which the page measure's slack for figures' estimated widths let pass."""
    if estimated(line):
        return False
    top, end = k, k
    while top > 0 and lines[top - 1].strip():
        top -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    others = [x for j, x in enumerate(lines[top:end + 1], top) if j != k and not estimated(x)
              and not _DECK_BESIDE.match(x) and not side_by_side(x, measure)]
    return len(others) >= 3 and _squeezed(line) >= max(_squeezed(x) for x in others) + 1 - 0.01


def _columns_apart(lines: list[str], measure: int, halves: set[str] | None = None) -> list[str]:
    """A line that holds two columns' lines side by side, running text each, last in its flow under
    heading lines or alone ('在凤鸣街道卫生院，老人 10 个村（社区）推广智慧停' under '从“垃圾分类站”看桃源乡如何'
    / '让群众的获得感成色更足': poppler put one line of two neighbouring columns on one baseline apart from
    their flows): each column's line a flow of its own, for the chains to place — not a page lead (a
    lead runs over several lines of its own measure, no heading over it in its flow). `halves`: gets
    the lines set apart, a column's lines each whatever their shape."""
    out: list[str] = []
    top = 0             # where the flow in hand begins
    for k, line in enumerate(lines):
        if not line.strip():
            top = k + 1
        last = k + 1 == len(lines) or not lines[k + 1].strip()
        over = [x.strip() for x in lines[top:k]]
        # (not a caption's shape, one sentence ending the line: a caption's spaces are those around its
        # Latin and figures, '…在 APP 预约平台里…')
        if last and line.strip() and side_by_side(line, measure) and not _caption(line.strip()) \
                and not any(any(ch in _RUNNING for ch in x) or _ends(x) or _MID_STOP.search(x) for x in over):
            found = cuts(line, measure)
            two = found[0][1] if found and len(found[0][1]) == 2 else None
            # (the right one a column's line too: as wide as a column or an indented line, or a paragraph's
            # last — not a short phrase running off, '无人机植保、智能收割 走进仁和街道': a kicker's two phrases)
            if two and any(any(ch in _RUNNING for ch in x) or _ends(x) or _MID_STOP.search(x) for x in two) \
                    and (line_kind(two[1], measure) in (FULL, FIRST) or _ends(two[1]) or _figure_cut(two[1])):
                out += [""] * bool(over) + [two[0], "", two[1]]
                if halves is not None:
                    halves.update(x.strip() for x in two)
                continue
        out.append(line)
    return out


def _figure_cut(line: str) -> bool:
    """A column's line cut short before a figure or a Latin word that did not fit: it ends on one's
    words ('…APP 预约平台自 6 月 12 日启'), or on a figure itself."""
    return bool(re.search(r"[0-9A-Za-z]", line))


def _label_beside(line: str, below: str = "", measure: int = 0) -> re.Match | None:
    """A kicker's label set on the baseline of a column's line: '这样的垃圾分类站，谁不 记者蹲点：' — the
    column's words (running text, not spread by justification) a space apart from a label and its
    colon (not a place's, nor a speaker's: '…居民小陈说：' has no space before it). A label of two phrases
    ('…志愿者正在 便民服务暖民心 共建共享新家园：') only over its rest on the next line, short, no running
    text and no deck's dash ('枫林村的新变化'): poppler gave the two together."""
    m = _LABEL_BESIDE.match(line)
    if m is None or re.search(r"[\u3400-\u9fff，。、；：] +[\u3400-\u9fff，。、；：]", m.group(1)):
        return None
    rest = below.strip()
    if " " in m.group(2) and not (rest and rest[0] not in "—－-" and not any(ch in _RUNNING for ch in rest)
                                  and not _ends(rest) and not _MID_STOP.search(rest)
                                  and _squeezed(rest) < measure - 2.5):
        return None
    # (or a quote's mark and a character poppler cut off the column's line, the quote set close: '“能
    # 共建共享新家园 奋进路上再出发：' under '…村民老萧说：' — no heading opens on a scrap and a space)
    return m if any(ch in _RUNNING for ch in m.group(1)) or _QUOTE_SCRAP.fullmatch(m.group(1).strip()) else None


_QUOTE_SCRAP = re.compile(r"[“‘][\u4e00-\u9fff]{1,2}")


# (a label may be two phrases a space apart: '便民服务暖民心 共建共享新家园：')
_LABEL_BESIDE = re.compile(r"^(\s*\S.*?[\u3400-\u9fff，、；])\s+([\u3400-\u9fff]{2,8}(?: [\u3400-\u9fff]{2,8})?"
                           r"(?<![村镇乡区县市道说])[：:])$")
_DECK_BESIDE = re.compile(r"^(\s*[^\s—].*?\S)\s+(——[\u3400-\u9fff“].*)$")


def _quote_left(line: str, below: str) -> bool:
    """A line that ends on the colon opening a quote, the quote on the next line ('老人们纷纷点赞：' /
    '“5G 基站暖民心！”'): the quote did not fit and went down whole — a column's line, not a heading."""
    return line.rstrip().endswith(("：", ":")) and below.lstrip().startswith(("“", '"'))


def _quote_across(line: str, below: str) -> bool:
    """A quote opened in the line and closed in the line below before another opens ('…推行“河' / '长制”，
    每段…'): the words inside it run on across the line's end — a column's line; a heading's quote is
    set whole on its line ('“双减”之下')."""
    return bool(re.search(r"“[^”]*$", line)) and bool(re.match(r"[^“”]*”", below.lstrip()))


def _ends(line: str) -> bool:
    """A sentence ends the line: its mark, or a quote closed after it (not '从“电商直播间”')."""
    line = line.rstrip()
    return _ends_sentence(line) and (line[-1] not in "”’」』" or line[-2:-1] in _STOPS)


_STOPS = set("。！？!?…")
# a sentence that ends inside the line, more text after it ('台节节高！”这样的乡村大舞'): running text
# (or a quote opened after a colon that runs on past the line, '老人们纷纷点赞：“乡村大舞': speech)
_MID_STOP = re.compile(r"[。！？?!][”’」』]?(?=[^\s”’」』])|[：:]“[^”]*$")


def _phrase_space(line: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff”] +[\u3400-\u9fff“]", line)) and len(re.findall(r" ", line)) <= 2


def _caption(line: str) -> bool:
    credit = photo_credit(line)
    if credit is not None:
        line = line[:credit].rstrip()
    return (line.endswith("。") and 8 <= len(line) <= 40 and "“" not in line and "；" not in line
            and not any(ch in "。！？!?" for ch in line[:-1]))


def _dated(line: str, below: str) -> bool:
    """A line over one that opens a sentence on its date and comma ('6 月 20 日，记者走进…'): running text
    does not go on into a date's sentence without a mark, unless the line ends on the word the date
    belongs to ('截至' / '6 月 20 日，…'). (A figure's width is a guess: the indent does not tell.)"""
    return bool(_DATE_OPENS.match(below)) and not line.replace(" ", "").endswith(_TAKES_DATE)


_DATE_OPENS = re.compile(r"^(?:\d+\s*年\s*)?\d+\s*月\s*\d+\s*日\s*[，,]")
_TAKES_DATE = ("于", "在", "自", "至", "到", "从", "截至", "截止", "是", "的", "为", "即")


def _lead_line(line: str, w: float, measure: int) -> bool:
    """A line of the page lead: wider than a column, running text (a comma), no heading's phrase pause —
    the blanks poppler sets around quote marks are none ('…围绕群众 “急难愁盼” ，把…')."""
    return w > measure + 1.2 and any(ch in _RUNNING for ch in line) \
        and not (_phrase_space(line) and _phrase_space(re.sub(r" *([“”]) *", r"\1", line)))


def _short_caption(line: str, tails: set[str], seams: _Seams) -> bool:
    """A sentence alone in its flow, narrower than a column: a caption under a narrow photo ('白鹭在河道
    治理觅食。', '图为马鞍乡河长卢敏巡查河道。') — or a column's last line come apart from its column
    ('纷 855 户。'). A caption's shape (one sentence, its end) whose first character no flow running off
    mid-sentence goes on into in a pair the page says: no column's foot waits for it."""
    if not _caption(line):
        return False
    head = line.replace(" ", "")[:1]
    return _han(head) and not any(seams.word(t, head) for t in tails)
