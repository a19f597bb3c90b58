"""A story's last column evened (for a first layout, `autoplace`): a column holding one or two lines of
text at its top, the columns before it full, reads as a mistake (a widow column). A page editor evens
the story's last columns instead — the last column and the full ones before it share their lines, so
they end level a few lines higher ([5, 5, 5, 5, 1] → [5, 5, 5, 3, 3]): the frame's last columns become
a shorter frame of their own, next in the story's chain. The stack keeps its height; the lines freed
stand empty under the story's last columns, as the one column's did."""
from __future__ import annotations

import math
from dataclasses import replace

from layout_app.model.frame import Frame

FEWEST = 3                 # lines a story's last column holds at least (when its columns hold 3 or more)


def column_lines(cols: int, lines: int, used: int) -> list[int]:
    """The lines of text in each of a frame's `cols` columns `lines` deep, holding `used` lines of the
    story's text (column by column, each filled before the next)."""
    return [max(0, min(lines, used - k * lines)) for k in range(cols)]


def evened(cols: int, lines: int, used: int, fewest: int = FEWEST) -> tuple[int, int] | None:
    """For a frame of `cols` columns × `lines` holding `used` lines of text whose last column holds
    fewer than `fewest` lines: (k, depth) — its last k columns (that text reaches) set `depth` lines
    deep, the fewest such k whose last column then holds `fewest` lines or more, else the fewest whose
    columns end level within a line (a short story: 3, 1 → 2, 2). None when its last column holds
    enough, its text stops short of its last column, or no k makes it better (a column a line short
    of the one before it is level already: 3, 2)."""
    full, rest = divmod(used, lines) if lines else (0, 0)
    if cols < 2 or not rest or rest >= fewest or full + 1 != cols:
        return None
    ways = []
    for k in range(2, cols + 1):
        share = rest + (k - 1) * lines          # the lines the last k columns hold
        depth = math.ceil(share / k)
        last = share - (k - 1) * depth
        if depth < lines and (last >= fewest or depth - last <= 1):
            ways.append((last < fewest, k, depth))
    return min(ways)[1:] if ways else None


def even_last_column(probe, frames: list[Frame], fewest: int = FEWEST) -> list[Frame]:
    """A story's body frames (its chain, in order) with the last frame's last columns evened when its
    last column would hold fewer than `fewest` lines — checked by composing them: the same frames
    when nothing overruns and the last column then holds `fewest` lines, else the frames unchanged."""
    if not frames:
        return frames
    last = frames[-1]
    r = probe.report(frames).get(last.id)
    if r is None or r.overset_lines:
        return frames
    used = last.cols * last.lines - r.empty_lines
    how = evened(last.cols, last.lines, used, fewest)
    if how is None:
        return frames
    k, depth = how
    if k == last.cols:
        foot = replace(last, lines=depth)           # all its columns evened: the frame shorter
        out = [*frames[:-1], foot]
    else:
        ids = {f.id for f in frames}
        n = len(frames) + 1
        while f"{last.story}-body{n}" in ids:
            n += 1
        foot = replace(last, id=f"{last.story}-body{n}", col=last.col + last.cols - k, cols=k, lines=depth)
        out = [*frames[:-1], replace(last, cols=last.cols - k), foot]
    r = probe.report(out).get(foot.id)
    got = column_lines(k, depth, k * depth - r.empty_lines) if r is not None else []
    if r is None or r.overset_lines or (got[-1] < fewest and depth - got[-1] > 1):
        return frames
    return out


def text_across(probe, frames: list[Frame], d: dict, sid: str, col: int, cols: int, y: int, lines: int, bottom: int) -> int:
    """Story `sid`'s text across its stack from line `y` (its last column evened), for autoplace: its frames
    added to `frames` and `d`'s; the line under it."""
    lines = min(lines, bottom - y)
    text = even_last_column(probe, [Frame(f"{sid}-body", col, cols, y, lines, story=sid, part="body")])
    frames.extend(text)
    d["body_frames"] += [f.id for f in text]
    return y + lines
