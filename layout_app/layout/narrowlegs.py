"""A strip's text set in fewer, deeper columns than its heading: a brief of a hundred characters across
a stack of two to five columns runs in legs of two or three lines under its headline — a strip, not
a story. Where nothing of its stack stands under that text (the stack's last story, its photos over
it or none) and the stack has white at its foot anyway, a page editor keeps the headline across the
stack and sets the text in its first columns only, legs of LEG_MIN lines or more (one column when no
split is that deep), down to the stack's foot (no more than FOOT_WHITE lines short of it): the white
beside it joins the stack's foot, none is made, and the columns it fills end full. `choosing` weighs it
(`strip_room`): such a story in a stack with the rows for it counts as no strip."""
from __future__ import annotations

import math

from layout_app.layout.evening import even_last_column
from layout_app.layout.probe import fewest
from layout_app.layout.stacking import LEG_MIN
from layout_app.model.frame import Frame

NARROW_LEGS = True     # (a switch for breaking tests)
FOOT_WHITE = 3         # lines a stack may end short (copyfit's limit): more, and its foot is white already


def legs_at(body: int, cols: int) -> tuple[int, int] | None:
    """A strip's text (`body` lines across `cols` columns, under LEG_MIN) in fewer columns: (columns,
    lines), estimated — the most columns whose legs are LEG_MIN lines deep, else one; None: no strip."""
    if not NARROW_LEGS or cols < 2 or not body or body >= LEG_MIN:
        return None
    for k in range(cols - 1, 0, -1):
        lines = math.ceil(body * cols / k)
        if lines >= LEG_MIN or k == 1:
            return k, lines
    return None


def strip_room(blocks: list, cols: int, empty: int) -> bool:
    """Whether the stack's last story (block) runs as a strip with nothing under its text — no photo
    of its own after it — and the stack's `empty` lines hold its text set in fewer, deeper columns."""
    if not blocks or blocks[-1].photos or blocks[-1].beside:
        return False
    got = legs_at(blocks[-1].body, cols)
    if got is None:
        return False
    foot = empty // cols
    return foot > FOOT_WHITE and 0 <= foot - (got[1] - blocks[-1].body) <= FOOT_WHITE


def narrow_legs(probe, frames: list[Frame], stories: list[dict], col: int, cols: int, bottom: int) -> None:
    """The stack's frames (`col`, `cols`, its foot line `bottom`) with each strip that has nothing of
    the stack under it set in fewer, deeper columns under its heading, changed in place, and its
    decision (`stories`: autoplace's) with it."""
    if not NARROW_LEGS or cols < 2:
        return
    for d in stories:
        sid = d["story"]
        body = [f for f in frames if f.story == sid and f.part == "body"]
        if not body or not all(f.cols >= 2 and f.lines < LEG_MIN for f in body):
            continue
        y = min(f.line for f in body)
        foot = max(f.line + f.lines for f in body)
        if any(f.line >= y and f not in body for f in frames):
            continue                                    # something of the stack stands under it
        if bottom - foot <= FOOT_WHITE:
            continue                                    # the stack ends full: white beside it would be made
        x = min(f.col for f in body)
        width = max(f.col + f.cols for f in body) - x
        for k in range(width - 1, 0, -1):
            def over(n: int, k=k) -> bool:
                return bool(probe.report([Frame(f"{sid}-body", x, k, y, n, story=sid, part="body")])
                            [f"{sid}-body"].overset_lines)
            lines = fewest(over, bottom - y)
            if over(lines):
                break                                   # no room under it for so narrow a text
            if (lines >= LEG_MIN or k == 1) and bottom - (y + lines) <= FOOT_WHITE:
                new = even_last_column(probe, [Frame(f"{sid}-body", x, k, y, lines, story=sid, part="body")])
                frames[:] = [f for f in frames if f not in body] + new
                d["body_frames"] = [f.id for f in new]
                top = min(f.line for f in frames if f.story == sid)
                d["lines"] = [top + 1, max(foot, y + lines)]
                break
