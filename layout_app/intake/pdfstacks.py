"""A story's columns stand in stacks of one depth: what that says about pdftotext's default flows.

A story set beside its photo has one column as deep as the photo and more (the column beside it), and
a row of shallow columns under the photo, all as deep as each other — the row's last one under the
deep column. Poppler gives a block that lies under another and overlaps it in one flow with it: the
deep column's flow ends with the lines of the row's column under it ('…现在在村里' / '已累计调解纠纷
2648 件。'). Where the row's columns run off mid-sentence and nothing goes on from them, the foot of
the deep column's flow — no more lines than a row column holds — is the rest, cut off at a seam no
column has, where the row's column goes on in the page's words."""
from __future__ import annotations

import re

from layout_app.intake.flowlines import _RUNNING, _ends
from layout_app.intake.flownames import _shared
from layout_app.intake.pdfcolumns import _han
from layout_app.intake.pdfpieces import CONT, OPEN, STORY, Piece
from layout_app.intake.pdfseams import (
    _QUOTE_LINES,
    _WEAK_SEAM,
    _clause_said,
    _figure_said,
    _quote_closes,
    _quote_open,
    _Said,
    _unit_after,
    _unit_said,
    _word_across,
)

_DEEP = 2           # a deep column holds this many times a row column's lines, at least


def foot_cut(body: list[Piece], chains: list[list[Piece]], said: _Said, weak) -> tuple[float, Piece, int] | None:
    """The cut of a deep column's flow where the row column under it begins, as `flowcuts._cut_flow`
    makes it: (how sure, the piece, the line the rest begins at), or None. `weak(above, below)`: the
    seam between two lines is one no column has."""
    best = None
    for c in chains:
        for i, t in enumerate(c):
            if t.end != OPEN:
                continue
            nxt = c[i + 1] if i + 1 < len(c) else None
            depth = len(t.lines)
            for p in body:
                n = len(p.lines)
                if p is t or n < _DEEP * depth + 1 or _shared(p.places, t.places) < 0 \
                        or nxt is not None and _held(t.lines[-1], nxt.lines[0], said) and not (nxt is p and p.start != CONT):
                    continue
                # (the row column goes on in the deep column's flow, not in the column it was joined to —
                # unless that is the deep column's first line opening a paragraph: the deep column
                # beside the photo opens the story, a row column does not go on in it)
                for j in range(1, depth + 1):
                    above, below = p.lines[n - j - 1], p.lines[n - j]
                    if not weak(above, below) or _held(above, below, said) \
                            or _quote_open(p.lines[:n - j]) and _quote_closes(p.lines[n - j:n - j + _QUOTE_LINES]):
                        continue    # (nor where a speaker's words opened above close below)
                    s = _held(t.lines[-1], below, said)
                    if s and (best is None or s > best[0]):
                        best = (s, p, n - j)
    return best


def _held(above: str, below: str, said: _Said) -> float:
    """How sure the line `below` goes on from `above`, in the page's words: a word said across the seam
    (its count), or the four characters around it said elsewhere, a word of the dictionary's cut there,
    a figure's unit; 0 when nothing holds it."""
    if _ends(above):
        return 0.0
    x, y = "".join(above.split())[-1:], "".join(below.split())[:1]
    if said.word(x, y):
        return float(said.pairs[x + y])
    if (_han(x) or x in _RUNNING) and _clause_said(above, below, said):
        return _WEAK_SEAM       # ('…启用以来，' / '已累计调解纠纷…': '来，已累' said elsewhere)
    if _word_across(above, below, said) or re.match(r"[0-9]", x) and _unit_after(above, below, said):
        return _WEAK_SEAM
    if re.match(r"[0-9]", y) and (_figure_said(above, said) or _unit_said(above, below, said)):
        return _WEAK_SEAM       # ('…松涛社区还将在' / '5 个村（社区）…': '将在 12 个' said elsewhere)
    return 0.0


def in_stack(chains: list[list[Piece]]) -> set[int]:
    """The pieces (ids) no deeper than another column of their chain: a column of its story's stack, or
    its last, shorter one — whole, for `flowcuts._cut_flow`: a flow that holds two columns' lines stands
    deeper than the stack of its story's other columns (24 in 24, 12, 12; not 6 in 14, 6, 6, 6)."""
    return {id(p) for c in chains for p in c
            if any(q is not p and len(q.lines) >= len(p.lines) for q in c)}


def stack_breaks(chains: list[list[Piece]]) -> set[tuple[int, int]]:
    """The joins (ids of the two pieces) that break a chain's stack: two columns as deep as each other
    (the stack's depth), then one shorter by two lines or more that is not the chain's last — the story's
    last column (a story's text block is a rectangle, its last column short), or the first of another
    story's stack, set shallower. Its seam that falls at a paragraph's end (no sentence runs on across
    it) is where two stories were joined: after it when the column after it is shallower still
    ('…已累计办理业务 350 人次。' in columns of 6, 6, 6, 4 lines, then '这样的图书角，谁不喜欢？' in
    columns of 2), before it when the columns after it are as deep as it (9, 9, 9, 9, then 5, 4). So
    are two columns of one depth, then two of another (6, 6, then 14, 14, 14, 13): two stacks, two
    stories (a story's deep column beside its photo stands alone: 20, then 8, 8, 8, 5)."""
    breaks = set()
    for c in chains:
        n = [len(p.lines) for p in c]
        for i in range(2, len(c) - 1):
            if abs(n[i - 2] - n[i - 1]) > 1:
                continue    # (a stack's last column may be a line short: '14, 14, 14, 13')
            before, after = _ends_para(c[i - 1], c[i]), _ends_para(c[i], c[i + 1])
            if abs(n[i] - n[i + 1]) <= 1 and abs(max(n[i], n[i + 1]) - max(n[i - 2], n[i - 1])) >= _OTHER_STACK:
                if before:      # two columns of one depth, then two of another: two stacks
                    breaks.add((id(c[i - 1]), id(c[i])))
                    break
                continue
            if n[i] > min(n[i - 2], n[i - 1]) - _SHORTER:
                continue
            if after and (n[i + 1] < n[i] - 1 or not before):
                breaks.add((id(c[i]), id(c[i + 1])))
            elif before:
                breaks.add((id(c[i - 1]), id(c[i])))
            break
    return breaks


_SHORTER = 2        # a column this many lines shorter than the stack's is no column of that stack
_OTHER_STACK = 3    # two stacks this many lines apart in depth are two stories' (a story's first column
# stands a line or two short under a deck or beside a byline: 13, then 15, 15, 13)


def _ends_para(a: Piece, b: Piece) -> bool:
    """A seam at a paragraph's end: `a` ends a sentence, `b` does not go on mid-sentence."""
    return a.end != OPEN and b.start != CONT


def short_last(chains: list[list[Piece]]) -> list[list[Piece]]:
    """A story's columns stand in one stack, its last column short: a chain of one depth (within a line)
    whose one short column — two lines or more shorter than the columns each side — stands in the middle,
    at a paragraph's end that the next column does not go on from ('…这样的图书角，谁不喜欢？' in columns
    of 9, 6, 9, 9), ends the story: the columns after it are the story's first, read before the
    columns it ends ('网格员唐雪介绍，…' under the story's headline). The chain is read from there — the
    seams that hold kept, the one at the paragraph's end given up. Not when the chain opens on a byline
    or mid-paragraph (its first column is the story's first), nor when its last runs off."""
    out = []
    for c in chains:
        n = [len(p.lines) for p in c]
        for i in range(1, len(c) - 1):
            rest = n[:i] + n[i + 1:]
            if n[i] <= min(rest) - 1 and max(rest) - min(rest) <= 1 and _ends_para(c[i], c[i + 1]) \
                    and c[0].start not in (STORY, CONT) and c[-1].end != OPEN:
                c = c[i + 1:] + c[:i + 1]
                break
        out.append(c)
    return out
