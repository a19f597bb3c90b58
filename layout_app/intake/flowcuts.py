"""A flow of pdftotext's default text that holds two columns' pieces cut apart, for pdfflows: poppler put
the top of a column under another one in one flow. The piece is cut where a chain that runs off
mid-sentence finds its rest inside it — at a seam no column has (two characters the page never sets
together, or a paragraph's end over an unindented line) where the seam across is a word the page
uses, or where the page's words say the sentence goes on there (`intake.pdfseams`); a weak seam inside
a flow and a join elsewhere that trade their lines in the page's words swapped; the foot of a deep
column's flow, the row column under it, cut off (`intake.pdfstacks`). Moved out of pdfflows whole."""
from __future__ import annotations

import re
from itertools import pairwise

from layout_app.intake.flowheads import BODY
from layout_app.intake.flowlines import _RUNNING, _ends, _quote_left
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.flowshapes import _states, line_kind
from layout_app.intake.headover import cut_off_head
from layout_app.intake.pdfcolumns import FIRST, FULL, _han, _Seams
from layout_app.intake.pdfpieces import AMBIG, CONT, OPEN, Piece
from layout_app.intake.pdfseams import (
    _WEAK_SEAM,
    _after_name,
    _after_said,
    _bracket_across,
    _clause_said,
    _figure_after,
    _figure_said,
    _goes_into,
    _QUOTE_LINES,
    _quote_across,
    _quote_closes,
    _quote_open,
    _Said,
    _seam,
    _unit_after,
    _word_across,
)
from layout_app.intake.pdfstacks import foot_cut, in_stack

_CLOSING = set("）)")       # a bracket closed at a line's end: no pair to ask across it

_MAX_CUTS = 12
_NO_ROOM = 0.25         # a cut at a sentence's end the page's words vouch for, not a pair at the seam


def _cut_flow(pieces: list[Piece], chains: list[list[Piece]], measure: int, seams: _Seams,
              said: _Seams) -> bool:
    """A chain whose last line runs off mid-sentence and finds no piece to go on in, or whose first
    goes on from nowhere: the line it goes on in (or from) is inside another piece — poppler put two
    columns' lines in one flow. That piece is cut there when the seam inside it is weak (two
    characters the page never sets together, or a paragraph's end over an unindented line) and the
    seam across is a word the page uses. True when a piece was cut."""
    ends = [c[-1] for c in chains if c[-1].end == OPEN]
    # (a column that runs off mid-sentence and went on at two characters the page never sets together,
    # '…现在在村' / '表示，…': a word of the dictionary's across a line inside another flow, '里就能借
    # 到', says where it goes on)
    guessed = {id(a) for c in chains for a, b in pairwise(c)
               if a.end == OPEN and not _worded(a.lines[-1], b.lines[0], said)
               and not said.pairs.get(_seam(a.lines[-1], b.lines[0])) and not _after_name(a.lines[-1], b.lines[0])}
    ends += [a for c in chains for a in c[:-1] if id(a) in guessed]
    starts = [c[0] for c in chains if c[0].start == CONT]
    # (… or one that opens mid-sentence and was joined on at two characters the page never sets together:
    # '…望江街道接待' / '摊主小邓忙着登记。…', whose '一旁的' is a line inside another flow)
    # (not one opening on a figure: a figure after a line's words is as likely a column's own seam)
    starts += [b for c in chains for a, b in pairwise(c) if id(a) in guessed and b.start == CONT
               and _han(b.lines[0].replace(" ", "")[:1])]
    # (a piece that opens on a line as wide as an indented one and ending a sentence, '只见田间地头一派
    # 忙碌。', may go on from a comma, though joined after a paragraph's end: the page's phrase across
    # the comma says so, not a pair)
    maybe = [q for c in chains for q in c if q.start == AMBIG and _ends(q.lines[0])]
    # (… or unindented after a paragraph's end, '…谁不喜欢？' / '在家门口就能办好。”', where a line inside
    # a flow runs off on the page's word, '…现在' / '通过 APP 平台，…': it goes on there)
    ended = [b for c in chains for a, b in pairwise(c) if a.end != OPEN and b.start == CONT]
    after = {id(b) for b in ended}
    best = None
    stacked = in_stack(chains)     # (whole columns: no flow cut in them)
    for p in pieces:
        if p.kind != BODY or id(p) in stacked:
            continue
        for k in range(1, len(p.lines)):
            above, below = p.lines[k - 1], p.lines[k]
            if _quote_open(p.lines[:k]) and _quote_closes(p.lines[k:k + _QUOTE_LINES]):
                continue    # a speaker's words opened above and closed below: '…说：“有了这个' / '好地方…”'
            weak = _weak(above, below, measure, seams) and not (
                said.pairs[_seam(above, below)] > 1 and not _figure_after(above, below, said)) \
                and not (not _ends(above) and _word_across(above, below, said))
            # (a word of the dictionary's broken at the line's end, '…已累计调' / '解纠纷 887 人次。', '…放学
            # 后有' / '人管了。”': the column's own seam, though the page never sets it together in a line)
            # (a pair the page sets together once inside a line, '一个', but the four characters around
            # the seam said only here, '下一' / '个村': a seam a column may have, or not — the page's
            # four characters across to another column's line decide, '下一' / '步将继续', `_clause_said`)
            soft = not weak and not _ends(above) and _once(above, below, seams, said)
            if not weak and not soft and not _ends(above):
                continue
            x, y = above.replace(" ", "")[-1:], below.replace(" ", "")[:1]
            for t in ends:
                tail = t.lines[-1].replace(" ", "")[-1:]
                if t is p or line_kind(below, measure) == FIRST and not _quote_left(t.lines[-1], below) \
                        and not (weak and not _ends(above) and _ends(below) and _goes_into(t.lines[-1], below, said)):
                    # (a line as wide as an indented one opens a paragraph — or ends one: under a line
                    # that runs off at a seam no column has, a sentence's end a column that runs off goes
                    # on to in the page's words, '…同比增长 94%，为' / '乡村振兴注入了新动能。', as '为乡村振' is said)
                    continue
                unit = _unit_after(t.lines[-1], below, said) and not _unit_after(above, below, said)
                clause = (tail in _RUNNING or tail in _CLOSING) and _clause_said(t.lines[-1], below, said)
                if id(t) in guessed and not _word_across(t.lines[-1], below, said) \
                        and not _quote_across(t.lines, p.lines[k:], said) and not unit \
                        and not (clause and tail in _CLOSING):
                    continue
                if soft:
                    if not (_clause_said(t.lines[-1], below, said) or unit):
                        continue
                    n = _WEAK_SEAM     # ('…还将在 2' / '个村（社区）…' under '…表示，下一': '5 个村' said)
                elif not weak:
                    # a sentence's end over a line a column may set there — but the page says that line
                    # after the column that runs off, never after this end
                    if not _after_said(t.lines[-1], above, below, said) and not (
                            said.word(tail, y) and _word_across(t.lines[-1], below, said)):
                        # (nor a word the column that runs off breaks, the page's and the dictionary's:
                        # '…还将在 10 个村（社' / '区）推广…' under '…谁不喜欢？' — no sentence opens so)
                        continue
                    n = _NO_ROOM
                elif said.word(tail, y):
                    n = said.pairs[tail + y]
                elif _word_across(t.lines[-1], below, said) or unit:
                    n = _WEAK_SEAM     # ('…我们会一' / '直坚持下去': a word the dictionary knows, said once)
                elif re.match(r"[0-9]", y) and _figure_said(t.lines[-1], said) and _figure_after(above, below, said):
                    n = _WEAK_SEAM     # ('…办理时间缩短了' / '17%。' under '…忙着登': '缩短了 68.5%' said)
                elif _han(tail) and _ends(above) and re.match(r"[0-9A-Za-z]", y):
                    n = _WEAK_SEAM     # ('…通过' / 'VR 平台，…' under a paragraph's end: no pair to ask)
                elif clause:
                    n = _WEAK_SEAM     # ('…这样的老年食堂，' / '谁不喜欢？': '堂，谁不' said elsewhere; '…2 个村
                    # （社区）' / '推广…': '区）推广')
                elif _quote_left(t.lines[-1], below):
                    n = _WEAK_SEAM     # ('…纷纷点赞：' / '“乡村大舞台暖民心！”': the quote went down whole)
                else:
                    continue
                if best is None or n > best[0]:
                    best = (n, p, k)
            for h in starts + maybe + ended:
                head = h.lines[0].replace(" ", "")[:1]
                if h is p or _ends(above) or not (weak or soft) or id(h) in after and not (weak and said.word(x, head)):
                    continue
                if h.start != CONT:
                    if not (weak and x in _RUNNING and _clause_said(above, h.lines[0], said)):
                        continue
                    n = _WEAK_SEAM     # ('…记者走进长乐村，' / '只见田间地头一派忙碌。': '村，只见' said)
                elif soft:
                    if not _clause_said(above, h.lines[0], said):
                        continue
                    n = _WEAK_SEAM     # ('…表示，下一' / '步将继续…': '下一步将' said elsewhere, '下一个村' not)
                elif said.word(x, head):
                    n = said.pairs[x + head]
                elif _unit_after(above, h.lines[0], said) and not _unit_after(above, below, said):
                    n = _WEAK_SEAM     # ('…红色书屋自 11 月 23' / '日启用以来…': '5 日启用' said elsewhere)
                elif _word_across(above, h.lines[0], said):
                    n = _WEAK_SEAM     # ('…枫林村办理业' / '务同比增长…': 业务, a word the dictionary knows)
                elif x in _RUNNING and _clause_said(above, h.lines[0], said):
                    n = _WEAK_SEAM     # ('…1 月 5 日，' / '记者走进…': the page says '日，记者' elsewhere)
                elif re.match(r"[0-9]", head) and _figure_said(above, said):
                    n = _WEAK_SEAM     # ('…还将在' / '5 个村…': the page says '将在 12 个村' elsewhere)
                else:
                    continue
                if best is None or n > best[0]:
                    best = (n, p, k)
    if best is None:
        best = _swap(pieces, chains, measure, seams, said)
    if best is None:
        # a deep column's flow holding the foot of the row of columns under it (`intake.pdfstacks`)
        best = foot_cut([p for p in pieces if p.kind == BODY and id(p) not in stacked], chains, said,
                        lambda above, below: _weak(above, below, measure, seams))
    if best is None:
        return False
    _, p, k = best
    rest = Piece(BODY, p.lines[k:], p.pos, p.flow)
    p.lines = p.lines[:k]
    pieces.insert(pieces.index(p) + 1, rest)
    cut_off_head(pieces, p)     # (a headline on top of the column: `intake.headover`)
    for i, q in enumerate(pieces):
        q.pos = i
    for q in (p, rest):
        _states(q, measure)
    _name_pieces(pieces)
    return True


def _swap(pieces: list[Piece], chains: list[list[Piece]], measure: int, seams: _Seams, said: _Said):
    """A weak seam inside a piece ('…截至目前，青石' / '参与。村民们…') and a join of two columns elsewhere
    ('…吸引了 3013 余名村民' / '社区已排查整改…') that trade their lines in the page's words: the column
    that runs off goes on in the line below ('村民参与', said twice elsewhere) and the line above goes on
    in the column it went on in ('青石社区'), where neither seam is the page's now. The cut, or None."""
    joins = [(a, b) for c in chains for a, b in pairwise(c) if a.end == OPEN]
    for p in pieces:
        if p.kind != BODY:
            continue
        for k in range(1, len(p.lines)):
            above, below = p.lines[k - 1], p.lines[k]
            if _ends(above) or not _weak(above, below, measure, seams) or line_kind(below, measure) == FIRST \
                    or _quote_open(p.lines[:k]) and _quote_closes(p.lines[k:k + _QUOTE_LINES]):
                continue
            for a, b in joins:
                if p is not a and p is not b and _clause_said(a.lines[-1], below, said) \
                        and _clause_said(above, b.lines[0], said) and not _clause_said(a.lines[-1], b.lines[0], said):
                    return (_WEAK_SEAM, p, k)
    return None


def _once(above: str, below: str, seams: _Seams, said: _Said) -> bool:
    """The seam between two lines of a piece is a pair of Han characters the page sets together once
    inside a line at most, and the two characters each side of it are said together only here."""
    a, b = "".join(above.split())[-2:], "".join(below.split())[:2]
    return len(a) == 2 and len(b) == 2 and _han(a[1]) and _han(b[0]) \
        and seams.pairs.get(a[1] + b[0], 0) <= 1 and said.fours[a + b] <= 1


def _worded(above: str, below: str, said: _Said) -> bool:
    """The seam is a word: the page's, or the dictionary's."""
    x, y = above.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    return said.word(x, y) or _word_across(above, below, said)


def _weak(above: str, below: str, measure: int, seams: _Seams) -> bool:
    """The seam between two lines of a piece is not one a column has: two characters (or a mark and
    a character) the page never sets together, or a paragraph's end over an unindented line — but not
    inside a bracket closed in the line below, nor between a character and itself ('…一台' / '台收割机',
    a word doubled: 一台台, 天天)."""
    x, y = above.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    if not _ends(above):
        return bool(x and y) and not seams.pairs.get(x + y) and not _after_name(above, below) \
            and not _bracket_across(above, below) and not (x == y and _han(x))
    return line_kind(above, measure) != FULL and line_kind(below, measure) == FULL and not _ends(below)


