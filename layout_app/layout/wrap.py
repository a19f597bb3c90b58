"""Text wrap (绕排): frames that push body text away, line by line, on the line grid.

As a Chinese newspaper sets it: the column lines beside a photo get a shorter measure, in whole
characters on the column's own character grid, and the lines behind it (or with too little room
left) are skipped. No line leaves the body grid. A column is cut into runs of line slots, each a
`Slot` with one measure, so the flow needs no change (it re-sets the rest of a paragraph only where
the measure changes) and a page without wrap costs nothing: its slots come back as they were."""
from __future__ import annotations

import math

from layout_app.geometry import Rect
from layout_app.layout.flow import Slot

MIN_CHARS = 3          # a narrowed line holds at least this many characters, or it is skipped
EPS = 0.01             # pt: edges that only touch do not collide


def keep_out(rect: Rect, standoff_lines: float, standoff_chars: float, pitch: float, size: float) -> Rect:
    """The area a wrapping frame keeps text out of: its rectangle grown by the standoff."""
    dy, dx = standoff_lines * pitch, standoff_chars * size
    return Rect(rect.x - dx, rect.y - dy, rect.width + 2 * dx, rect.height + 2 * dy)


def wrap_slots(slots: list[Slot], areas: tuple[Rect, ...], pitch: float, size: float,
               min_chars: int = MIN_CHARS) -> list[Slot]:
    """`slots` with the line slots that meet one of `areas` narrowed or skipped."""
    if not areas:
        return slots
    out: list[Slot] = []
    for s in slots:
        right, bottom = s.x + s.measure, s.y + s.lines * pitch
        hits = [a for a in areas if a.x < right - EPS and s.x + EPS < a.right
                and a.y < bottom - EPS and s.y + EPS < a.bottom]
        if not hits:
            out.append(s)
            continue
        run: list = []          # [x, measure, first line, count] of the run being built
        for k in range(s.lines):
            top = s.y + k * pitch
            blocks = [(a.x, a.right) for a in hits if a.y < top + pitch - EPS and top + EPS < a.bottom]
            piece = _widest(s, size, blocks, min_chars) if blocks else (s.x, s.measure)
            if run and piece is not None and (run[0], run[1]) == piece and run[2] + run[3] == k:
                run[3] += 1
                continue
            if run:
                out.append(Slot(s.frame, run[0], s.y + run[2] * pitch, run[1], run[3]))
            run = [piece[0], piece[1], k, 1] if piece is not None else []
        if run:
            out.append(Slot(s.frame, run[0], s.y + run[2] * pitch, run[1], run[3]))
    return out


def _widest(s: Slot, size: float, blocks: list[tuple[float, float]], min_chars: int) -> tuple[float, float] | None:
    """(x, measure) of the widest free piece of the column's line, in whole characters on the
    column's character grid; None when no piece holds `min_chars`. Ties go to the left piece."""
    total = round(s.measure / size)
    free = [(0, total)]                  # in characters from the column's left edge
    for lo, hi in blocks:
        a = math.floor((lo - s.x) / size + 1e-6)          # first character cell the block touches
        b = math.ceil((hi - s.x) / size - 1e-6)           # first cell after it
        free = [piece for f0, f1 in free for piece in ((f0, min(f1, a)), (max(f0, b), f1)) if piece[1] > piece[0]]
    if not free:
        return None
    f0, f1 = max(free, key=lambda f: (f[1] - f[0], -f[0]))
    if f1 - f0 < min_chars:
        return None
    if (f0, f1) == (0, total):
        return s.x, s.measure
    return s.x + f0 * size, (f1 - f0) * size
