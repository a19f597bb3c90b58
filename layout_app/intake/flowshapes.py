"""The shape of a line of pdftotext's default flows, for pdfflows: what a line is by its width, marks and
neighbours (a credit, a byline, a heading line, a caption, the lead, a column's line — or 'full'/'short'
for its flow to say), and how a column piece opens and ends (a story's first column, a paragraph's
first line, mid-paragraph; a sentence's or paragraph's end, or running off)."""
from __future__ import annotations

import re

from layout_app.intake.flowheads import _DASH, BODY, CAPTION, CREDIT, HEAD, LEAD, _byline
from layout_app.intake.flowlines import (
    _MID_STOP,
    _RUNNING,
    _STOPS,
    _caption,
    _ends,
    _lead_line,
    _quote_left,
)
from layout_app.intake.flownames import _PLACE
from layout_app.intake.headshapes import _BYLINE, _dateline, _label_phrases
from layout_app.intake.pdfcolumns import (
    _SPREAD,
    FIRST,
    FULL,
    _full,
    _han,
    _Seams,
    _squeezed,
    slack,
    width,
)
from layout_app.intake.pdfcolumns import line_kind as _line_kind
from layout_app.intake.pdfpieces import AMBIG, CLOSED, CONT, EITHER, OPEN, PARA, STORY, Piece
from layout_app.intake.repair import PLACE_LABEL
from layout_app.text.words import _classes, inside_word, words

_CREDIT = ("本版", "责任编辑", "美术编辑", "版式设计", "校对")


def _line_class(line: str, measure: int, alone: bool) -> str:
    w = _squeezed(line)         # a justified line's marks may be set close
    if line.startswith(_CREDIT) and not (_lead_line(line, w, measure) and any(ch in "，,。" for ch in line)):
        return CREDIT       # (not the lead's '本版今起推出…专栏，带您…': a credit runs on no comma)
    if _byline(line, measure):
        return "byline"
    if _dateline(line):
        return BODY         # '本报讯（记者 王明 通' / '讯员 李华）近日，…': a story's first line
    if line.startswith(_DASH):
        return HEAD
    # (a line alone in its flow, a column wide or more: a caption under a photo as wide as a
    # column; a shorter one is a column's last line, or its first: '纷 855 户。')
    if _caption(line) and (w > measure + 1.2 or (alone and w >= measure - 1) or w > measure + slack(line)):
        return CAPTION      # (or a sentence wider than a column, its width no guess: no column's line)
    if w > measure + 1.2 or w > measure + slack(line):
        return LEAD if _lead_line(line, w, measure) else HEAD
    if _ends(line) or any(ch in _RUNNING for ch in line) or _MID_STOP.search(line):
        return BODY
    if _label_phrases(line):
        return HEAD         # a kicker's label of two phrases, poppler giving it inside a column's flow
    if line_kind(line, measure) == FULL:
        return "full"       # a column's line, or a heading line as wide as a column
    return "short"          # a heading's line, or a column's line cut short: its neighbours say


def _captions_among(flow: list[str], classes: list[str]) -> None:
    """A caption poppler gives in a flow of heading lines, captions or credits (under a headline, over
    the credits, two photos' captions one over the other): one sentence of a caption's shape with no
    column's line beside it in its flow, opening on a Chinese character — a column's sentence has its
    column's lines (or is alone in its flow: `_short_caption`). One that opens on 图为 is a caption wherever it stands."""
    for _ in range(2):
        for i, line in enumerate(flow):
            if classes[i] != BODY or not _caption(line) or not _han(line[:1]):
                continue        # (a column's last line come apart opens mid-sentence: '2759 余名老人参与。')
            near = [classes[k] for k in (i - 1, i + 1) if 0 <= k < len(flow)]
            if near and (line.startswith("图为") or all(c in (CAPTION, HEAD, CREDIT) for c in near)):
                classes[i] = CAPTION


def _lone_kicker(line: str, tops: set[str], seams: _Seams) -> bool:
    """A line of running text alone in its flow that ends no sentence, on no pause, figure or Latin, and
    goes on into no flow's first character at a word the page says ('你争我抢，场边喝彩声不断',
    '无人机植保、智能收割'): a kicker with its comma, set over its headline — a column's line alone in its
    flow runs off at a mark, a figure or mid-word, the page's or the dictionary's ('截至目前,翠屏街道已排'
    / '查整改隐患…')."""
    s = line.replace(" ", "")
    # (nor a story's first line, '本报讯 近日，…', one spread to the column by spaces, '介 绍 , 健 身 步 道
    # 自 10 月', or one that leaves a quote open, '党员们纷纷点赞:“农技')
    return not _dateline(line) and not s.startswith("本报讯") and not _ends(line) and not _MID_STOP.search(s) \
        and (_han(s[-1:]) or s[-1:] in "”’") \
        and len(_SPREAD.findall(line)) < 3 and s.count("“") == s.count("”") \
        and not any(seams.word(s[-1], t[:1]) or inside_word(s[-2:] + t, 2) and not _whole_end(s) for t in tops)


def _whole_end(s: str) -> bool:
    """The line ends on a word of the dictionary's of two characters or more, whole ('…智能收割'): no
    word cut at its end, though the dictionary reads one across the seam ('割据' of '收割' / '据了解')."""
    last = words(s)[-1] if s else ""
    return len(last) >= 2 and all(_han(ch) for ch in last)


def _lone_question(line: str, measure: int, before: list[str] = ()) -> bool:
    """A line alone in its flow asking one question, narrower than a column's full line ('放学后，孩子们去哪儿
    了？', '周末去哪儿？'): a kicker — a column's one line alone in its flow is the rest of a paragraph
    pushed over, which fills the line, or goes on from the column poppler gives right before it
    (`before`: that flow's lines), run off mid-sentence ('…谁' / '不喜欢？'); a question set alone is a
    heading's hook, set over its headline."""
    s = line.replace(" ", "")
    text = [l for l in before if _line_class(l, measure, False) != CREDIT]
    if text and not _ends(text[-1]):
        return False        # (the rest of the sentence the flow poppler gives before runs off in: '…谁' / '不喜欢？')
    return s[-1:] in "？?" and not _MID_STOP.search(s) and not re.search(r"[。！!“”\"]", s[:-1]) \
        and width(s) < measure - 0.5 and not _dateline(line)


def _place_label(line: str) -> bool:
    """A line alone in its flow opening on a place and its colon, a question or a phrase after it
    ('华山镇北塘村：出行难？', '城北街道：锣鼓一响，观众们就坐满了'): a kicker's label — in running text a
    colon follows who speaks, never a place; a column's line alone in its flow is no such sentence."""
    s = line.replace(" ", "")
    label = PLACE_LABEL.match(s)
    return label is not None and s[label.end():label.end() + 1] not in "“\"" and not _MID_STOP.search(s)


def line_kind(piece: str, measure: int) -> str:
    """pdfcolumns' `line_kind`, but a column's line that opens on 记者 or 通讯员 and runs on ('记者走进长乐镇，
    只见街巷干', a new sentence at a line's start) is measured as any column's line: a byline has no
    mark of running text."""
    label = next((b for b in _BYLINE if piece.startswith(b)), None)
    if label and any(ch in _RUNNING or ch in _STOPS for ch in piece):
        piece = "文" * len(label) + piece[len(label):]
    return _line_kind(piece, measure)


def _runs_on(line: str, below: str, measure: int, seams: _Seams) -> bool:
    """A line over a column's line, the two characters at the seam (Chinese: no sentence end) a word the
    page uses: a column's line ('APP 预约平台自 6 月 12 日启' / '用以来，…', short: the figure after it
    did not fit), not a heading over its story's first line (the seam of a heading is no word)."""
    tail, head = line.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    return line_kind(below, measure) in (FULL, FIRST) and seams.word(tail, head)


_NO_OPENING = re.compile(r"^[的们]")     # no sentence opens on these: the line goes on the one above


def _place_heads(line: str, below: str, seams: _Seams) -> bool:
    """A flow's first line opening on a place and its colon ('杏花村:垃圾分类站暖民心'), over a line it
    does not go on into (the two characters at the seam are never set together on the page): a
    headline's shape — in running text a colon follows who speaks, not a place."""
    x, y = line.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    return bool(_PLACE_COLON.match(line)) and not seams.pairs.get(x + y)


def _place_over_seam(line: str, below: str, measure: int, seams: _Seams) -> bool:
    """A flow's first line as wide as an indented one, naming a place ('凤鸣镇健身步道聚人气') or its subject in
    quotes and what it does ('“APP 预约平台”焕新颜'), over a full
    line it would go on into at two characters the page never sets together ('气' / '责人萧桂兰…', a
    column that opens mid-word): a headline set over a column, not a paragraph's first line — unless it
    opens on 在, a sentence's place ('在双河镇新时代文明实践'), or the line under it ends a word at once
    ('站，商户…': the word ran on), or the dictionary has a word across the seam ('…设在村委' / '会一楼')."""
    x, y = line.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    # (or over a paragraph's last line, short, that opens mid-sentence: '安康村积分超市焕新颜' / '了基层治
    # 理水平。', a headline over its story's next column — a two-line paragraph would run on at a word)
    tail = _ends(below) and line_kind(below, measure) not in (FULL, FIRST)
    return line_kind(line, measure) == FIRST and (line_kind(below, measure) == FULL and not _ends(below) or tail) \
        and _han(x) and _han(y) and not seams.pairs.get(x + y) \
        and (bool(_PLACE.search(line)) or bool(_SUBJECT_HEAD.match(line.replace(" ", "")))) \
        and not line.startswith("在") and not any(ch in _RUNNING for ch in below.replace(" ", "")[:3]) \
        and not inside_word(line.replace(" ", "") + below.replace(" ", ""), len(line.replace(" ", ""))) \
        and not _phrase_open(line, below)


# a headline naming its subject in quotes and what it does, in a few characters ('“APP 预约平台”焕新颜',
# '“共享菜园”节节高'): no word of running text (的, 了, 已…) after the quote
_SUBJECT_HEAD = re.compile(r"^[“\"][^”\"，,。、；;：:！？!?]{2,12}[”\"](?:(?![的了是在和与将已把被从对])[\u4e00-\u9fff]){2,5}$")


def _phrase_open(line: str, below: str) -> bool:
    """The line leaves its phrase open for the line under it to close: a quote opened and not closed
    ('推行“河' / '长制”，…'), or a verb of one character whose complement opens the line below
    ('…博物馆搬' / '到线上'): running text cut at the column's edge — a headline's line is set whole,
    its phrase closed."""
    s, b = line.replace(" ", ""), below.replace(" ", "")
    if s.count("“") > s.count("”"):
        return True
    classes = _classes()
    last = words(s)[-1] if s else ""
    first = words(b)[0] if b else ""
    return len(last) == 1 and classes.get(last, "") == "v" and len(first) == 1 and _han(first) \
        and classes.get(first, "")[:1] in ("v", "p")


def _foot_over_seam(line: str, below: str, tails: set[str], seams: _Seams) -> bool:
    """A flow's first line naming a place, no mark of running text and no sentence end, over a line
    opening on the rest of a word of the dictionary's another column's foot breaks ('…文化广场的创' / '业孵化园就热闹起来'): the page says that
    foot's last character with the line's first, and never this line's last with it — a heading set on
    top of another story's column, not the column's first line."""
    x, y = line.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    return _han(x) and _han(y) and not any(ch in _RUNNING for ch in line) and not _ends(line) \
        and not _MID_STOP.search(line) and bool(_PLACE.search(line)) and not seams.pairs.get(x + y) \
        and any(seams.word(t, y) and inside_word(t + below.replace(" ", ""), 1) for t in tails) \
        and not _phrase_open(line, below)


_PLACE_COLON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:村|镇|乡|社区|街道|县|区|市)[：:]")


def _word_cut(line: str, below: str, measure: int, seams: _Seams) -> bool:
    """A column-wide line whose last word runs on into the line poppler gives next, in a flow of its own
    (a blank line came between a column's lines: '…推广儿童之' / '家的做法。…'): its last two characters
    and the two at the seam are each a pair the page says — a heading line ends on a whole word."""
    tail = line.replace(" ", "")[-2:]
    return len(tail) == 2 and seams.word(tail[0], tail[1]) and _runs_on(line, below, measure, seams)


def _states(p: Piece, measure: int) -> None:
    first, last = p.lines[0], p.lines[-1]
    if _byline(first, measure) or _dateline(first):
        p.start = STORY         # (under a byline, or opening on its dateline: a story's first column)
    else:
        kind = line_kind(first, measure)
        # (a line spread by spaces is justified: to the column, or to a first line's indent)
        # (a line spread by spaces is justified — to the measure, or to an indented line's: one that
        # holds more than an indented line can is a full line spread, not a paragraph's first)
        p.start = (CONT if width(first) > measure - 1.5 else AMBIG) if len(_SPREAD.findall(first)) >= 3 else \
            CONT if kind == FULL or (kind != FIRST and _ends(first)) else \
            AMBIG if _ends(first) or re.search(r"[0-9A-Za-z]", first) or _figure_left(p.lines) \
            or (kind != FIRST and len(p.lines) > 1 and _quote_left(first, p.lines[1])) else PARA
        # (as wide as an indented line: a paragraph's first, or its last; a figure's width is a guess;
        # or a line that left the figure opening the next one out, or a quote: shorter than an indent)
    # (a figure's width is a guess within an em: '据了解，金沙乡还将在 5 个' fills the measure, or an
    # indented line)
    # (so is a line whose marks a justified line sets half-width: '近日，望江乡团委完善“充' is 12 wide,
    # or 11 — an indented line's measure — its two marks set close)
    p.figure_first = p.start == CONT and _full(first, measure - 2) and (
        bool(re.search(r"[0-9A-Za-z]", first)) or not _ends(first) and any(ch in _CLOSE_MARKS for ch in first))
    if _byline(last, measure):
        p.end = CLOSED          # a byline alone: its story's first paragraph opens under it
    elif not _ends(last):
        p.end = OPEN
    else:
        p.end = EITHER if line_kind(last, measure) == FULL else CLOSED


_CLOSE_MARKS = set("，、：；“”‘’（）《》,:;()")      # marks a justified line may set half-width


def _figure_left(lines: list[str]) -> bool:
    """The second line opens with a figure or a Latin word that did not fit on the first: the first
    line may be short for that, not for an indent ('河湾乡巡查街巷同比增长' / '14.5%，受到…')."""
    return len(lines) > 1 and bool(re.match(r"[0-9A-Za-z]", lines[1]))


