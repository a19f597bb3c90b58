"""A 副刊's 书画: works of art set as a section of their own under its label (`StoryPlan.gallery`) —
hung side by side in one row across the section's columns, each work its own shape (never cropped),
each with its caption right under it; the columns shared among the works so that they stand as near
one height as whole columns let them (a hanging scroll one column, a landscape painting the rest),
not a narrow scroll under the painting with empty columns beside it."""
from __future__ import annotations

import math
from dataclasses import replace
from itertools import product

from layout_app.layout.beside import fits
from layout_app.model.frame import Frame


def own_lines(grid, aspect, pid: str, cols: int) -> int:
    """The lines work `pid` stands `cols` columns wide, shown whole."""
    return max(2, math.ceil(grid.span_width(cols) * aspect.of(pid) / grid.leading - 1e-6))


def hung_row(grid, aspect, pids: list[str], cols: int, tallest: int) -> list[tuple[str, int, int]] | None:
    """The works `pids` side by side across `cols` columns — (photo, column offset, columns) each — the
    split that leaves least white under the shorter works (their columns times the lines they stand
    short of the tallest), none taller than `tallest` lines, each as wide as its pixels fill; None where
    no split does (more works than columns, or none that fits)."""
    n = len(pids)
    if n < 2 or n > cols:
        return None
    best = None
    for split in product(range(1, cols), repeat=n):
        if sum(split) != cols or not all(fits(grid, aspect, p, c) for p, c in zip(pids, split)):
            continue
        heights = [own_lines(grid, aspect, p, c) for p, c in zip(pids, split)]
        top = max(heights)
        if top > tallest:
            continue
        white = sum(c * (top - h) for c, h in zip(split, heights))
        key = (white, -top)
        if best is None or key < best[0]:
            best = (key, split)
    if best is None or best[0][0] >= stacked_white(grid, aspect, pids, cols, tallest):
        return None                 # (one over the other leaves less white beside them)
    out, x = [], 0
    for p, c in zip(pids, best[1]):
        out.append((p, x, c))
        x += c
    return out


def stacked_white(grid, aspect, pids: list[str], cols: int, tallest: int) -> int:
    """Column-lines of white beside the works set one over the other, each as wide as the section,
    its pixels and `tallest` let it."""
    white = 0
    for p in pids:
        c = cols
        while c > 1 and (own_lines(grid, aspect, p, c) > tallest or not fits(grid, aspect, p, c)):
            c -= 1
        white += (cols - c) * own_lines(grid, aspect, p, c)
    return white


def hang_works(doc, frames: list[Frame], stories: list[dict], gallery: set[str], aspect) -> None:
    """Each work of a section's row in a frame its own height, its caption right under it (the row was
    set one height for all, the tallest's): no white between a shorter work and its caption — what white
    there is stands under the caption. Changed in place, with its decision (`stories`: autoplace's)."""
    grid = doc.grid
    for d in stories:
        if d["story"] not in gallery:
            continue
        row = [f for f in frames if f.part != "caption" and f.photo in {pd["photo"] for pd in d.get("photos", [])}]
        d["white"] = sum(f.cols * (max(g.lines for g in row if g.line == f.line) - own_lines(grid, aspect, f.photo, f.cols))
                         for f in row)
        for pd in d.get("photos", []):
            i = next((k for k, f in enumerate(frames) if f.id == pd["frame"]), None)
            if i is None:
                continue
            f = frames[i]
            own = own_lines(grid, aspect, f.photo, f.cols)
            if own >= f.lines:
                continue
            frames[i] = replace(f, lines=own)
            pd["lines"] = [f.line + 1, f.line + own]
            pd["height_pt"] = round(own * grid.leading, 1)
            for k, c in enumerate(frames):
                if c.part == "caption" and c.photo == f.photo:
                    frames[k] = replace(c, line=f.line + own)


def works_white(grid, aspect, members: dict, cols: int) -> int:
    """Column-lines of white a section's works leave among themselves at `cols` columns: under the
    shorter works of a row, beside a work narrower than the section standing alone — what `choosing`
    weighs, so the section goes where its works fill their columns."""
    white = 0
    for group in members.values():
        heights = [own_lines(grid, aspect, p, c) for p, _, c in group]
        white += sum(c * (max(heights) - h) for (_, _, c), h in zip(group, heights))
        white += (cols - sum(c for _, _, c in group)) * max(heights)
    return white
