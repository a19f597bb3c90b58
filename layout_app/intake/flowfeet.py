"""A column's foot and top that poppler gave apart from it, in pdftotext's default flows, for pdfflows.

A story never ends mid-sentence and a column's line is running text: a line poppler gave alone in
its flow, read by its shape as a caption or a heading line, is a column's last or first line where
the seam holds as a column's does and the line reads as running text — '…无人机植保和烘干设' / '备，省
工又省钱。' (a caption's shape), '…位于花园乡玉泉社' / '区的 16 片笼式球场几乎天天' (a heading's)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, CAPTION
from layout_app.intake.flowshapes import _states, line_kind
from layout_app.intake.headshapes import _dateline
from layout_app.intake.pdfchains import _fit
from layout_app.intake.pdfcolumns import FIRST, _SPREAD, _han
from layout_app.intake.pdfpieces import OPEN, STORY, Piece
from layout_app.intake.pdfseams import _Said, _unit_after, _word_across
from layout_app.text.words import words

_FOOT_TAKEN = 4.0       # the least fit a story running off takes a caption-shaped line at (a word at the seam)


def _feet_taken(pieces: list[Piece], chains: list[list[Piece]], measure: int, said: _Said) -> None:
    """A story never ends mid-sentence: a chain whose last column runs off, where no column goes on, takes
    the one line poppler gives right after it in a flow of its own that read as a caption ('…无人机植保和烘
    干设' / '备，省工又省钱。'), where the seam holds as a column's does — not a caption opening on 图为."""
    at = {p.pos: p for p in pieces}
    for c in chains:
        a, q = c[-1], at.get(c[-1].pos + 1)
        if a.end != OPEN or q is None or q.kind != CAPTION or len(q.lines) != 1 \
                or "".join(q.lines[0].split()).startswith("图为"):
            continue
        b = Piece(BODY, list(q.lines), q.pos, q.flow)
        _states(b, measure)
        if b.start != STORY and (_fit(a, b, said, measure) or 0.0) >= _FOOT_TAKEN:
            q.kind, q.start, q.end = BODY, b.start, b.end
            c.append(q)


_FOOT_CLEAR = 1.0       # … before the chains are made: by this much better than any column it could go on in


def _feet_first(pieces: list[Piece], measure: int, said: _Said) -> None:
    """A column's last line poppler gives right after it alone in its flow, read as a caption, is that
    column's before its columns are chained, where the column runs off inside a clause (on a character,
    no mark: a caption opens a sentence of its own, never the rest of one) and the seam holds as a
    column's does (`_FOOT_TAKEN`: a word at the seam) clearly better than at any column it could go on in
    ('…无人机植' / '保和烘干设备，省工又省钱。'): else the chains give it another story's column and the
    line is left a caption (`_feet_taken` asks only of a chain left running off). Not a line on 图为."""
    at = {p.pos: p for p in pieces}
    for a in [p for p in pieces if p.kind == BODY and p.end == OPEN]:
        q = at.get(a.pos + 1)
        if q is None or q.kind != CAPTION or len(q.lines) != 1 or "".join(q.lines[0].split()).startswith("图为") \
                or not _han("".join(a.lines[-1].split())[-1:]):
            continue
        b = Piece(BODY, list(q.lines), q.pos, q.flow)
        _states(b, measure)
        f = _fit(a, b, said, measure) or 0.0
        if b.start == STORY or f < _FOOT_TAKEN:
            continue
        rivals = [g for p in pieces if p.kind == BODY and p is not a and (g := _fit(a, p, said, measure)) is not None]
        if f >= max(rivals, default=f) + _FOOT_CLEAR or not rivals:
            q.kind, q.start, q.end, q.figure_first = BODY, b.start, b.end, b.figure_first


_TOP_FIT = 3.75         # the least fit a heading-shaped line goes on a column at (a word or a figure at the seam)


def _column_top(above: list[str], line: str, below: str, measure: int, said: _Said) -> bool:
    """`line`, first in its flow and read as a heading line, is the line a column that runs off at the
    foot of the flow poppler gives right before goes on in ('…位于花园乡玉泉社' / '区的 16 片笼式球场几乎
    天天'): the seam holds as a column's does, and the line is running text's shape — no label's colon,
    no dash, no space between phrases (a heading's), only those beside figures and Latin — over the rest
    of its sentence (`below`, if any: not a paragraph's first line, which a headline stands over)."""
    s = line.strip()
    if below and (line_kind(below, measure) == FIRST or _dateline(below)):
        return False
    spaces = len(_SPREAD.findall(s))
    if any(ch in s for ch in "：:") or s.startswith("——") or _dateline(s) or 0 < spaces < len(s.replace(" ", "")) // 2:
        return False        # (a heading's phrases a space apart; a line spread by justification is running text)
    a, b = Piece(BODY, list(above), 0, 0), Piece(BODY, [s], 1, 1)
    _states(a, measure)
    _states(b, measure)
    return a.end == OPEN and b.start != STORY and (_fit(a, b, said, measure) or 0.0) >= _TOP_FIT


def _foot_rest(line: str, feet: list[str], said: _Said) -> bool:
    """A sentence's end alone in its flow that opens on the rest of a word a column's foot breaks
    ('…每段河道都有专人负责巡' … '…无人机植保和烘干设' / '备，省工又省钱。', 设备 the dictionary's), or on a
    figure's unit after a foot that runs off on the figure ('…台下掌声雷动，86' / '岁的苏阿姨…'): that
    column's last line come apart from it, no caption — a caption opens a sentence of its own: not one
    opening on 图为, nor on a word of its own ('…为农' / '村民参观书画展。')."""
    text = "".join(line.split())
    if text.startswith("图为") or len(words(text)[0]) > 1:
        return False
    return any(_word_across(foot, line, said) or _unit_after(foot, line, said) for foot in feet)
