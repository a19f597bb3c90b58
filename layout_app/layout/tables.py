"""A table (积分榜) set in its story's column, as a page editor sets one: its title over it in 黑体,
centred; its columns aligned — a column of figures flush right, names flush left — the header row in
黑体 and the rows in the table style's face, a size under the body; thin rules over the header, under
it and under the last row. Each line of the table (a title line, a row) takes one line of the story's
grid, so the flow counts it as lines of its story, and it comes out as `SetLine`s the composer cuts
into glyph runs by cell (`cell_pieces`) — the screen and the PDF draw them as any text. Qt-free.

A table paragraph (model `TABLE`, schema 9): rows apart by line breaks, cells by tabs; a first line
with no tab is its title."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from layout_app.layout.display import Rule
from layout_app.layout.headline import set_display
from layout_app.model.story import TABLE_CELL, TABLE_ROW
from layout_app.text.setter import SetLine, SetOptions, set_paragraph

# a cell of figures (45, 58.6%, 3∶1, -2, 1:42.36): its column set flush right
FIGURE = re.compile(r"^[+\-−－]?[\d０-９][\d０-９.,，．:∶%％/／\-－]*$")
GAP_LEAST = 1.0             # em between two columns at least
GAP_MOST = 3.0              # … at most: a table in a wide frame is centred, not spread thin
SMALLEST = 6.0              # pt: a table too wide for its measure is set smaller, never under this
RULE_OUTER = 0.5            # pt: the rules over and under the table
RULE_HEAD = 0.25            # pt: the hairline under the header row
LEFT = SetOptions(indent=0.0, align="left")


@dataclass(frozen=True)
class TableRows:
    """A table paragraph read: its title, its rows of cells, and where each line starts in the text."""
    title: str
    rows: tuple[tuple[str, ...], ...]
    starts: tuple[int, ...]            # offset of each row's line in the paragraph
    header: bool                       # the first row names the columns (no figure in it)


@lru_cache(maxsize=256)
def read_table(text: str) -> TableRows:
    lines = text.split(TABLE_ROW)
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + len(TABLE_ROW)
    title = ""
    if lines and TABLE_CELL not in lines[0] and len(lines) > 1:
        title, lines, starts = lines[0], lines[1:], starts[1:]
    rows = tuple(tuple(line.split(TABLE_CELL)) for line in lines)
    header = len(rows) > 1 and not any(FIGURE.match(c.strip()) for c in rows[0])
    return TableRows(title, rows, tuple(starts), header)


@dataclass(frozen=True)
class TableLine:
    """One line of a set table: a `SetLine` (offsets in the paragraph, a glyph origin per character,
    its tabs at the end of the cell before them) and what it is."""
    line: SetLine
    kind: str                          # "title", "head" or "row"
    face: str
    size: float
    first: bool = False                # the table's first row (header or not): the top rule over it
    last: bool = False                 # the table's last row: the foot rule under it
    left: float = 0.0                  # the table's left and right edges in the column
    right: float = 0.0


def _cell(text: str, size: float, face: str) -> SetLine:
    lines = set_paragraph(text, size, 1e5, face, LEFT).lines
    return lines[0] if lines else SetLine(0, 0, "", (), 0.0)


def _widths(t: TableRows, size: float, face: str, head_face: str) -> list[float]:
    n = max(len(r) for r in t.rows)
    widths = [0.0] * n
    for k, row in enumerate(t.rows):
        f = head_face if (k == 0 and t.header) else face
        for c, cell in enumerate(row):
            widths[c] = max(widths[c], _cell(cell.strip(), size, f).width)
    return widths


@lru_cache(maxsize=512)
def set_table(text: str, size: float, measure: float, face: str, head_face: str) -> tuple[TableLine, ...]:
    """The table's lines at `measure`: at `size`, or smaller (to SMALLEST) where its columns do not fit."""
    t = read_table(text)
    if not t.rows:
        return ()
    widths = _widths(t, size, face, head_face)
    n = len(widths)
    need = sum(widths) + GAP_LEAST * size * (n - 1)
    if need > measure and size > SMALLEST:
        smaller = max(SMALLEST, round(size * measure / need * 2) / 2 - 0.5)
        if smaller < size:
            return set_table(text, smaller, measure, face, head_face)
    gap = min(GAP_MOST * size, (measure - sum(widths)) / (n - 1)) if n > 1 else 0.0
    gap = max(gap, GAP_LEAST * size)
    span = sum(widths) + gap * (n - 1)
    left = max(0.0, (measure - span) / 2)
    right = left + span
    body = t.rows[1:] if t.header else t.rows
    figures = [bool(body) and all(FIGURE.match(r[c].strip()) for r in body if c < len(r) and r[c].strip())
               and any(c < len(r) and r[c].strip() for r in body) for c in range(n)]
    xs_col, x = [], left
    for w in widths:
        xs_col.append(x)
        x += w + gap
    out: list[TableLine] = []
    if t.title:
        # (broken where a reader pauses, '…积分榜' / '（截至第二十轮）', as a kicker is)
        head = set_display(t.title, size, max(measure, size), head_face, SetOptions(indent=0.0, align="center"))
        for ln in head:          # (its width the measure: the composer finds the table again by it)
            ln = SetLine(ln.start, ln.end, ln.text, ln.xs, measure, ln.hang, ln.scales)
            out.append(TableLine(ln, "title", head_face, size, left=left, right=right))
    for k, (row, start) in enumerate(zip(t.rows, t.starts)):
        f = head_face if (k == 0 and t.header) else face
        chars: list[str] = []
        xs: list[float] = []
        at = 0
        for c, cell in enumerate(row):
            if c > 0:                                   # the tab: at the end of the cell before it
                chars.append(TABLE_CELL)
                xs.append(xs[-1] if xs else xs_col[c])
            lead = len(cell) - len(cell.lstrip())
            set_ = _cell(cell.strip(), size, f)
            w = widths[c] if c < n else 0.0
            x0 = xs_col[c] + (w - set_.width if figures[c] else 0.0)
            # (spaces around a cell's text, as typed: at its start)
            xs.extend([x0] * lead)
            xs.extend(x0 + v for v in set_.xs)
            xs.extend([x0 + set_.width] * (len(cell) - lead - len(set_.xs)))
            chars.append(cell)
            at += len(cell)
        line_text = "".join(chars)
        line = SetLine(start, start + len(line_text), line_text, tuple(xs), measure)
        out.append(TableLine(line, "head" if (k == 0 and t.header) else "row", f, size,
                             first=k == 0, last=k == len(t.rows) - 1, left=left, right=right))
    return tuple(out)


def table_lines(text: str, offset: int, size: float, measure: float, face: str, head_face: str) -> tuple[SetLine, ...]:
    """The flow's lines of a table paragraph from char `offset` on (a table resumed in the next column),
    their offsets from `offset` as the flow counts a remainder's. A table resumed past its header row
    opens with the header again (a reader of the second leg sees what its columns are): that line's
    offsets are the header's own, before `offset`."""
    out = []
    lines = set_table(text, size, measure, face, head_face)
    head = next((tl for tl in lines if tl.kind == "head"), None)
    for tl in lines:
        if tl.line.start < offset and not (tl is head and offset > head.line.start):
            continue
        ln = tl.line
        out.append(SetLine(ln.start - offset, ln.end - offset, ln.text, ln.xs, ln.width, ln.hang, ln.scales))
    return tuple(out)


def natural_width(text: str, size: float, face: str, head_face: str) -> float:
    """The width a table's columns take at `size` with the least gap between them: wider than a
    column's measure, it is set across two columns where the flow can (`flow`), else smaller."""
    t = read_table(text)
    if not t.rows:
        return 0.0
    widths = _widths(t, size, face, head_face)
    return sum(widths) + GAP_LEAST * size * (len(widths) - 1)


def line_at(text: str, size: float, measure: float, face: str, head_face: str, start: int) -> TableLine | None:
    """The set table's line that starts at `start` (a placed line's offset in the paragraph)."""
    return next((tl for tl in set_table(text, size, measure, face, head_face) if tl.line.start == start), None)


def cell_pieces(line: SetLine) -> list[SetLine]:
    """A row's line cut at its tabs: a piece per cell with text (the tabs are drawn by nothing)."""
    out, a = [], 0
    for k in range(len(line.text) + 1):
        if k == len(line.text) or line.text[k] == TABLE_CELL:
            if line.text[a:k].strip():
                out.append(SetLine(line.start + a, line.start + k, line.text[a:k], line.xs[a:k], line.width))
            a = k + 1
    return out


def rules(tl: TableLine, x0: float, top: float, pitch: float) -> list[Rule]:
    """The table's thin rules around one of its lines (slot top `top`, a grid line `pitch` tall):
    over the header (or the first row of a table without one), under the header, under the last row."""
    xa, xb = x0 + tl.left, x0 + tl.right
    out: list[Rule] = []
    if tl.first:
        out.append(Rule(xa, top, xb, top, RULE_OUTER))
    if tl.kind == "head":
        out.append(Rule(xa, top + pitch, xb, top + pitch, RULE_HEAD))
    if tl.last:
        out.append(Rule(xa, top + pitch, xb, top + pitch, RULE_OUTER))
    return out
