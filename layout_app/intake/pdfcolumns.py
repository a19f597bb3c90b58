"""Column lines as a typesetter sets them, and the side-by-side columns of pdftotext's default mode
read back column by column.

How poppler's TextOutputDev (pdftotext without -raw or -layout) builds its text from a page set in
narrow justified columns with 1-em gutters (the newspaper convention):
- words into blocks: a mark hanging at a column line's end brings the next column nearer than the
  minimum column spacing (1 em), so one block holds several columns side by side;
- a block's lines sorted top to bottom, then left to right: every baseline of the block comes out
  before the next one;
- the words of one baseline into one output line while the gap is under 1.5 em (maxWordSpacing): a
  column line that reaches the column's edge and the next column's unindented line are joined by a
  space; after a short line (a paragraph's last), before an indented one (a paragraph's first) or
  across a column with no line there, a new output line starts;
- blocks into flows, a blank line after each flow.
The inverse (`reading_order`): each output line is cut into column lines (all but the last reach
the column's edge) and each is placed in a column of its flow, row by row — a search over the
placements scored by what a typesetter knows: a column's next line continues its previous one (no
indent after a full line, an indent after a paragraph's end), a column has a line on every row until
its frame ends, and two lines were not cut apart where they could have been joined. The columns
then come out one after another, left to right by the row they start on; a heading or caption wider
than a column where it stood. Where the placements left are as good as each other, the lines are named
(`Unsure`) so that import can say so."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from layout_app.intake.pdfpieces import in_column_flows
from layout_app.text.punct import is_han

# full-width marks of running text: they stand where a Chinese character would
_MARKS = set("，。、：；！？“”‘’（）《》【】—…·「」『』〈〉")
# marks after which a line may end a paragraph (half-width ones are damage of full-width ones)
_SENTENCE_END = set("。！？…”’」』!?")
# lines that start a part of their own: never the run-on of a body line
_MARKS_ALL = set("，。、：；！？“”‘’（）《》「」『』,:;!?()")
_NO_LINE_END = set("“‘（《「『(")
_HANGING = set("，。、,.")
_PAUSE = 0.6
_OVER = 1.6         # em beyond the measure that no column line reaches (a hanging mark, Latin set wide)
_NO_LINE_START = set("”’）》」』，。、：；！？…,.:;!?)")
# the measure words and units a number is read with ('9 个', '2019 年', '57 多名', '3.5 亩')
UNITS = frozenset("个名处户万亿千百人次年月日号时岁亩元吨公斤米台辆家所座场期项件株条支批位栋套间天分%多余")
_LEADING_NUMBER = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z.%]|:(?=\d))*")     # (a clock, 11:30, whole)


def _cjk(ch: str) -> bool:
    # the common range first: is_han looks the character up in the Unicode tables
    return not ch.isascii() and ("\u3400" <= ch <= "\u9fff" or ch in _MARKS or is_han(ch))


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "%.")


@lru_cache(maxsize=8192)
def width(text: str) -> float:
    """A line's width in ems, as set: Chinese characters and marks 1, digits and Latin about half
    (capitals more), a quarter em between Chinese and Latin (the space extraction shows there),
    other spaces none. Half-width ,:;!?() count as marks: they are full-width ones the copy's
    damage turned half-width."""
    w = 0.0
    prev_latin = None            # None before the first visible character
    for k, ch in enumerate(text):
        if ch.isspace():
            continue
        latin = ch.isascii() and ch.isalnum()
        clock = ch == ":" and _CLOCK_COLON.match(text, k) is not None
        if latin:
            w += 0.7 if ch.isupper() else 0.55
        elif ch == "." or clock:
            w += 0.3            # (a clock's colon, '18:00', is a figure's: a third of an em)
        elif ch == "%":
            w += 0.85
        else:
            w += 1.0
        if prev_latin is not None and latin != prev_latin and (latin or ch not in _MARKS_ALL):
            w += 0.25
        prev_latin = latin or ((ch in ".%" or clock) and prev_latin)
    return w


_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d)")


def _mark_count(piece: str) -> int:
    """The marks a justified line may set half-width (a clock's colon is none: it is a figure's)."""
    return sum(1 for ch in piece if ch in _MARKS_ALL) - len(_CLOCK_COLON.findall(piece))


def estimated(text: str) -> bool:
    """The text holds digits or Latin, whose widths `width` only estimates."""
    return any(ch.isascii() and ch.isalnum() for ch in text)


def slack(text: str) -> float:
    """How far a width may be off: most of a character where it is estimated, else none."""
    return 0.8 if estimated(text) else 0.01


def _ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] in _SENTENCE_END


def _squeezed(piece: str) -> float:
    """The least width a justified line could set `piece` in: its marks half-width."""
    return width(piece) - 0.5 * _mark_count(piece)


def set_close(text: str) -> float:
    """The width compose sets `text` in: two marks side by side take an em and a half, pair by pair
    ('。“', '，”'); a clock's colon ('21:30') as narrow as a point."""
    w = width(re.sub(r"(?<=\d):(?=\d)", ".", text))
    k = 1
    while k < len(text):
        if text[k - 1] in _MARKS_ALL and text[k] in _MARKS_ALL:
            w -= 0.5
            k += 2
        else:
            k += 1
    return w


def natural(line: str) -> float:
    """A column line's width as the line breaker measures it: set close, its last mark's blank
    trimmed (a comma or stop at the line's end takes half an em)."""
    line = line.rstrip()
    return set_close(line) - (0.5 if line[-1:] in "，。、；：！？,;:!?" else 0.0)


def _near(piece: str, target: float) -> bool:
    """As wide as `target`: the marks of a justified line may be set half-width (at its end, or in a
    pair), and a mark that may not start a line pulls a character over with it, leaving a line a
    character short; digits and Latin have estimated widths (within a character)."""
    w = width(piece)
    squeezed = w - 0.5 * _mark_count(piece)
    if estimated(piece):
        return w >= target - 1.0 and squeezed <= target + 1.0
    return squeezed <= target + 0.01 and w >= target - 1


def _full(piece: str, target: float) -> bool:
    """As wide as `target` and not a character short: a line no indent could have shortened."""
    w = width(piece)
    if estimated(piece):
        # digits and Latin have estimated widths, and justification spreads them: a line within an
        # em of the measure is full (halfway to a first line's indent of two); its marks may be set close
        return w >= target - 1.0 and w - 0.5 * _mark_count(piece) <= target + 0.8
    squeezed = w - 0.5 * _mark_count(piece)
    return squeezed <= target + 0.01 and w >= target - 0.01


# --- one output line cut into column lines ---

# a space between two Chinese characters or marks: a justified line spread wider than its characters
_SPREAD = re.compile(r"(?<=[\u3400-\u9fff，。、：；！？“”‘’（）《》,:;!?()]) (?=[\u3400-\u9fff，。、：；！？“”‘’（）《》,:;!?()])")
_BYLINE = ("本报记者", "本报通讯员", "通讯员", "记者", "本版", "责任编辑", "——")
FULL, FIRST, SHORT = "full", "first", "short"     # the measure; the measure less a 2-em indent; shorter


@lru_cache(maxsize=16384)
def line_kind(piece: str, measure: int) -> str:
    """What a column line's width says it is: full (the measure: unindented), first (the measure less
    a paragraph's 2-em indent: an indented first line, or an unindented last line that happens to be
    as long) or short (a paragraph's last line, a byline, a heading)."""
    spaces = len(_SPREAD.findall(piece))
    if spaces >= 3:
        return FULL             # spread by spaces: justified to the measure
    if spaces or piece.startswith(_BYLINE):
        return SHORT            # a heading's phrase pause, a byline's spaces: not running text
    for kind, target in ((FULL, measure), (FIRST, measure - 2)):
        # a line a character short is a full one only when it does not end a sentence (the character
        # went over with a mark that may not start a line, and the line was spread to the measure);
        # a paragraph's last line is never spread
        if _full(piece, target) or (_near(piece, target) and not _ends_sentence(piece)):
            return kind
    return SHORT


def cuts(line: str, measure: int, limit: int = 3) -> list[tuple[float, tuple[str, ...]]]:
    """The ways `line` may be column lines side by side, cheapest first: cut at spaces so that every
    piece but the last reaches the column's edge (the measure, or the measure less an indent for the
    first piece: an indented line reaches the edge too) and the last is no wider than a column.
    Empty when the line is wider than a column and cannot be cut so (a heading, a caption)."""
    tokens = tuple(t for t in line.strip().split(" ") if t)
    if not tokens or len(tokens) > 80 or width(line) > 8 * (measure + 1):
        return []
    return list(_cuts(tokens, measure, limit))


@lru_cache(maxsize=4096)
def _cuts(tokens: tuple[str, ...], measure: int, limit: int) -> tuple[tuple[float, tuple[str, ...]], ...]:
    @cache
    def go(i: int) -> tuple[tuple[float, tuple[str, ...]], ...]:
        found: list[tuple[float, tuple[str, ...]]] = []
        for j in range(i + 1, len(tokens) + 1):
            piece = " ".join(tokens[i:j])
            w = width(piece)
            if w > measure + _OVER:
                break
            if i > 0 and piece[0] in _NO_LINE_START:
                break           # a column line never opens with a closing mark (避头)
            if j == len(tokens):
                # a space between two Chinese characters of a line not spread: a column gap, more
                # likely than a heading's pause, where a cut is there to be made
                spaces = len(_SPREAD.findall(piece))
                found.append((_PAUSE if i == 0 and 0 < spaces < 3 else 0.0, (piece,)))
                continue
            if piece[-1] in _NO_LINE_END:
                continue        # … nor ends with an opening one (避尾)
            spread = len(_SPREAD.findall(piece)) >= 3
            kind = line_kind(piece, measure)
            if not (kind == FULL or (i == 0 and kind == FIRST)):
                continue
            # a figure and the word after it ('2405 户') are rarely cut apart by a column's end
            if w > measure and piece[-1] in _HANGING:
                w -= 1          # a mark hanging past the column's edge
            cost = min(abs(w - measure), abs(w - measure + 2) if i == 0 and not spread else 9.0) * 0.2
            if _LEADING_NUMBER.fullmatch(tokens[j - 1]) and _cjk(tokens[j][:1]):
                cost += 0.5
            for c, rest in go(j):
                found.append((cost + c, (piece,) + rest))
        found.sort(key=lambda x: x[0])
        return tuple(found[:limit])

    return go(0)


def side_by_side(line: str, measure: int) -> bool:
    """`line` holds two or more column lines side by side (and is wider than one)."""
    return over_column(line, measure) and any(len(p) > 1 for _, p in cuts(line, measure))


def over_column(line: str, measure: int) -> bool:
    """`line` is wider than any one column's line."""
    return width(line) > measure + _OVER


# --- the placement of column lines in the columns of a flow ---

# what a column's last line leaves its next line to be
_CONT, _AMB, _END, _OTHER, _CLOSED = 1, 2, 3, 4, 0
_START = 4.0          # a column's first line in the flow (or its first after its frame ended)
_CLOSE_MID = 2.0      # a column's frame ends with a paragraph running on (to the next column)
_CLOSE_END = 1.0      # … or after a paragraph's end
_NO = 6.0             # what the setting or poppler would not have done
_UNJOINED = 2.0       # two lines poppler would have joined, apart: a column with no line stands between
_SEAM_OPEN = 0.8      # a line's end at a mark, a figure or a Latin word: a seam as likely as any
_SEAM_ONCE = 1.0      # two characters that stand together once elsewhere on the page
_SEAM_NONE = 3.0      # … never: rarely a word broken at the line's end
_SEAM_FULL_WEIGHT = 2000   # characters of text that make the seams' evidence full weight
_MAX_COLUMNS = 8
_BEAM = 24


@lru_cache(maxsize=16384)
def _after(piece: str, kind: str) -> int:
    if kind == SHORT:
        return _END if _ends_sentence(piece) else _OTHER
    return _AMB if _ends_sentence(piece) else _CONT


# the cost of a column line after what its column's last line left: about −ln of how often a
# typesetter's column does that (a paragraph runs on in full lines most of the time; its last line
# has any width; a new paragraph opens indented)
_NEXT = {
    _CONT: {FULL: 0.2, FIRST: 1.5, SHORT: 1.5},      # FIRST/SHORT ending a sentence: the paragraph's last line
    _AMB: {FULL: 0.7, FIRST: 0.7, SHORT: 1.5},       # a full line ending a sentence: on, or a new paragraph
    _END: {FULL: _NO, FIRST: 0.2, SHORT: 2.0},       # SHORT: a paragraph of one line
    _OTHER: {FULL: 1.5, FIRST: 0.3, SHORT: 1.0},     # after a byline or heading
}


@lru_cache(maxsize=16384)
def _follows(status: int, piece: str, kind: str, joined: bool) -> float:
    """The cost of `piece` as the next line of a column whose last line left `status`; `joined`:
    the piece was joined to the column line before it on its output line (so it is not indented)."""
    if status == _CLOSED or status is None:
        return _START
    if status == _CONT and kind != FULL and not _ends_sentence(piece):
        # a short line that does not end a sentence: a byline's, a heading's or a scrap of a line
        return _NO if kind == FIRST and not joined else 2.0
    if joined and status in (_END, _OTHER):
        return _NO          # a paragraph's first line is indented: never joined to the column before
    return _NEXT[status][kind]


@dataclass
class _State:
    ids: tuple[int, ...]          # the flow's columns left to right (ids grow to the right)
    status: tuple[int, ...]       # what each column's last line leaves its next line to be
    tails: tuple[str, ...]        # each column's last character
    visited: tuple[bool, ...]     # columns with a line in the current row
    pos: int                      # the column of the last line placed in the current row (-1: none)
    edge: bool                    # that line reached the column's edge
    row: int
    cost: float
    trail: tuple | None           # (event, previous trail)

    def key(self) -> tuple:
        return self.status, self.tails, self.visited, self.pos, self.edge


def _end_row(s: _State) -> tuple[tuple[int, ...], float]:
    """Columns with no line in the row just ended: their frames ended there."""
    if not any(s.visited):
        return s.status, 0.0
    status, cost = list(s.status), 0.0
    for i, (st, seen) in enumerate(zip(s.status, s.visited)):
        if st != _CLOSED and not seen:
            cost += _CLOSE_MID if st == _CONT else _CLOSE_END
            status[i] = _CLOSED
    return tuple(status), cost


class _Seams:
    """A line that runs on across a line's end: the two characters at the seam are most often a word
    broken there ('服' / '务功能'). The page's own text says which pairs are words: how often the pair
    stands inside a line elsewhere on the page. A short text says little: the costs grow with the
    page's characters, to their full weight at a page's worth of copy."""

    def __init__(self, lines: list[str]) -> None:
        self.pairs: Counter = Counter()
        chars = 0
        for line in lines:
            for piece in line.split():
                chars += len(piece)
                self.pairs.update(piece[i:i + 2] for i in range(len(piece) - 1))
        self.weight = min(1.0, chars / _SEAM_FULL_WEIGHT)

    def cost(self, a: str, b: str) -> float:
        if not (_han(a) and _han(b)):
            return _SEAM_OPEN * self.weight
        n = self.pairs.get(a + b, 0)
        return 0.0 if n >= 2 else (_SEAM_ONCE if n == 1 else _SEAM_NONE) * self.weight

    def word(self, a: str, b: str) -> bool:
        """The pair stands together at least twice elsewhere: a word the page uses."""
        return _han(a) and _han(b) and self.pairs.get(a + b, 0) >= 2


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _place(s: _State, pieces: tuple[str, ...], cut_cost: float, measure: int, line_no: int,
           seams: _Seams, left: bool = True) -> list[_State]:
    """Every placement of one output line's column lines: on the current row right of its last line,
    or on a new row; in columns of the flow already seen or in new ones (left, right, or between two:
    a column whose lines start lower down)."""
    kinds = [line_kind(p, measure) for p in pieces]
    k = len(pieces)
    n = len(s.ids)
    out = []
    # (first position, new columns inserted there or None, new row?)
    options = []
    closed_status, close_cost = _end_row(s)
    for new_row in (False, True):
        if not new_row and s.pos < 0:
            continue
        first = 0 if new_row else s.pos + 1
        options += [(p, None, new_row) for p in range(first, n)]
        options += [(q, m, new_row) for q in range(first, n + 1) for m in range(1, k + 1)
                    if (m == k or q == n or (q == 0 and new_row)) and (left or q or not n)]
    for p, m, new_row in options:
        ids, status = list(s.ids), list(closed_status if new_row else s.status)
        tails = list(s.tails)
        visited = [False] * n if new_row else list(s.visited)
        if m:
            # m new columns at q = p; the rest of the pieces (k - m) on existing ones after them (at
            # the left edge) or before them (at the right edge)
            left = ids[p - 1] if p > 0 else None
            right = ids[p] if p < n else None
            if left is None and right is None:
                fresh = [float(i) for i in range(m)]
            elif left is None:
                fresh = [right - m + i for i in range(m)]
            elif right is None:
                fresh = [left + 1 + i for i in range(m)]
            else:
                fresh = [left + (right - left) * (i + 1) / (m + 1) for i in range(m)]
            ids[p:p] = fresh
            status[p:p] = [None] * m
            tails[p:p] = [""] * m
            visited[p:p] = [False] * m
            lo = p if (p < n or p == 0) else p + m - k
            if p == n and n > 0:
                lo = p + m - k          # existing columns before the new ones
            if lo < (0 if new_row else s.pos + 1):
                continue
        else:
            lo = p
        hi = lo + k
        if hi > len(ids) or len(ids) > _MAX_COLUMNS:
            continue
        cost = s.cost + cut_cost + (close_cost if new_row else 0.0)
        if (not new_row and lo == s.pos + 1 and s.edge and not m
                and (status[lo] == _CONT or kinds[0] == FULL)):
            # poppler would have joined a line reaching the edge and the next column's unindented
            # line — unless a column with no line here stands between (one this flow has not shown)
            cost += _UNJOINED
        events = []
        edge = False
        for i, (piece, kind) in enumerate(zip(pieces, kinds)):
            c = lo + i
            st = status[c]
            # a line as wide as an indented first line reaches the edge only when it is one (after
            # a paragraph's end); running on from a full line, it is a last line a little short
            edge = kind == FULL or (kind == FIRST and st != _CONT and i == 0)
            cost += _follows(st, piece, kind, joined=i > 0)
            if st in (_CONT, _AMB):
                cost += seams.cost(tails[c], piece[0])
            gen_new = st is None or st == _CLOSED
            status[c] = _after(piece, kind)
            tails[c] = piece[-1]
            visited[c] = True
            events.append((line_no, piece, ids[c], gen_new))
        row = s.row + 1 if new_row else s.row
        out.append(_State(tuple(ids), tuple(status), tuple(tails), tuple(visited), hi - 1, edge,
                          row, cost, (("seg", row, events), s.trail)))
    return out


@dataclass
class Unsure:
    """Lines whose order the text cannot tell for sure: another reading costs about as much. `kind`
    "paragraph": whether the second line opens a paragraph or goes on the first's line (`quotecut`)."""
    lines: list[str] = field(default_factory=list)
    kind: str = "order"


def _flow_order(lines: list[str], measure: int, seams: _Seams, left: bool = True) -> tuple[list[list[str]], bool]:
    """One flow's lines (no blank line among them) in reading order; True when the best reading
    is not clearly better than the next best one that reads otherwise. `left` False: no column
    opens left of the flow's first (the one its first line stands in)."""
    start = _State((), (), (), (), -1, False, 0, 0.0, None)
    beam = [start]
    for n, line in enumerate(lines):
        options = cuts(line, measure)
        nxt: dict[tuple, _State] = {}
        for s in beam:
            if not options:
                status, cost = _end_row(s)
                cands = [_State(s.ids, status, s.tails, tuple(False for _ in s.ids), -1, False, s.row + 1,
                                s.cost + cost, (("wide", s.row + 1, line), s.trail))]
            else:
                cands = [c for cut_cost, pieces in options for c in _place(s, pieces, cut_cost, measure, n, seams, left)]
            for c in cands:
                key = c.key()
                if key not in nxt or c.cost < nxt[key].cost:
                    nxt[key] = c
        beam = sorted(nxt.values(), key=lambda x: x.cost)[:_BEAM]
    best = beam[0]
    order = _read(best)
    unsure = any(x.cost - best.cost < 0.5 and _read(x) != order for x in beam[1:4])
    return order, unsure


def _read(s: _State) -> list[list[str]]:
    """The column streams of a placement, each whole, by the row they start on, then left to right;
    a wide line (heading, caption) a stream of its own where it stood."""
    events = []
    t = s.trail
    while t is not None:
        events.append(t[0])
        t = t[1]
    events.reverse()
    streams: dict[tuple, list[str]] = {}
    starts: list[tuple[int, float, tuple]] = []
    gen: dict[float, int] = {}
    for ev in events:
        if ev[0] == "wide":
            key = ("wide", len(starts))
            streams[key] = [ev[2]]
            starts.append((ev[1], -10.0 ** 6, key))
            continue
        _, row, segs = ev
        for _line_no, piece, col, new in segs:
            if new or col not in gen:
                gen[col] = gen.get(col, -1) + 1
                key = (col, gen[col])
                streams[key] = []
                starts.append((row, col, key))
            streams[(col, gen[col])].append(piece)
    starts.sort(key=lambda x: (x[0], x[1]))
    return [streams[key] for _, _, key in starts]


def _runs_on(stream: list[str], measure: int) -> bool:
    """The stream's last line fills the column without ending a sentence: its paragraph goes on in
    the next column."""
    last = stream[-1]
    return line_kind(last, measure) != SHORT and not _ends_sentence(last)


def _goes_on(stream: list[str], measure: int) -> bool:
    """The stream opens in the middle of a paragraph: a full line, or a short one ending a sentence
    (a paragraph's last), neither a byline nor a heading."""
    first = stream[0]
    kind = line_kind(first, measure)
    return not over_column(first, measure) and (kind == FULL or (kind == SHORT and _ends_sentence(first)
                                                               and not first.startswith(_BYLINE)))


def _chain(items: list, measure: int, seams: _Seams) -> list:
    """Column streams in the order a reader takes them: a stream whose paragraph runs off its
    column's foot goes on in the stream that opens mid-paragraph with the best seam — the next one
    as given unless a later one's seam is a word the page uses (and the next one's is not)."""
    out: list = []
    rest = list(items)
    while rest:
        item = rest.pop(0)
        out.append(item)
        if not isinstance(item, list) or not _runs_on(item, measure):
            continue
        tail = item[-1][-1]
        # the next column stream, past the captions and headings wider than a column
        nxt = next((k for k, x in enumerate(rest) if isinstance(x, list) and not over_column(x[0], measure)), None)
        if nxt is not None and _goes_on(rest[nxt], measure) and seams.pairs.get(tail + rest[nxt][0][0]):
            rest.insert(0, rest.pop(nxt))
            continue
        best = min(((k, x) for k, x in enumerate(rest) if isinstance(x, list) and _goes_on(x, measure)
                    and seams.word(tail, x[0][0])), default=None, key=lambda kx: kx[0])
        if best is not None and best[0] != nxt:
            rest.insert(0, rest.pop(best[0]))
    return out


def reading_order(lines: list[str], measure: int) -> tuple[list[str], list[Unsure]]:
    """pdftotext's default text of a page (`lines`) with its side-by-side columns read column by
    column, and the flows whose order is a guess. Copy with no side-by-side column lines is
    returned as it is."""
    text = [l for l in lines if l.strip()]
    wide = sum(1 for l in text if side_by_side(l, measure))
    # (-raw's and pypdfium2's lines, no flows a blank line apart, are side by side only where a whole
    # region of the page is: a lead paragraph set across two columns' measure is no two columns)
    if wide < max(3, len(text) // (20 if in_column_flows(lines) else 10)):
        return list(lines), []
    out: list[str] = []
    unsure: list[Unsure] = []
    flow: list[str] = []
    seams = _Seams(text)

    def flush() -> None:
        if flow and not any(side_by_side(l, measure) for l in flow):
            items.append(list(flow))        # one column (or a heading, a caption): as it is
            flow.clear()
        if flow:
            streams, doubt = _flow_order(flow, measure, seams)
            items.extend(streams)
            if doubt:
                unsure.append(Unsure(list(flow)))
            flow.clear()

    items: list = []             # column streams (lists of lines) and blank lines (strings)
    for line in lines:
        if line.strip():
            flow.append(line.strip())
        else:
            flush()
            items.append(line)
    flush()
    out = [x for item in _chain(items, measure, seams) for x in (item if isinstance(item, list) else [item])]
    return out, unsure
