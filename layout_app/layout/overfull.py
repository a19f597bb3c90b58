"""A stack that runs over with every photo at its smallest (within the crop limit): which photo rows
it leaves out. A page editor leaves a photo out rather than a reporter's copy; he keeps the lead
story's photo longest, takes the photos from the foot of the stack up, and no more than needed.
A few rows too many are first taken from the headings under the lead story's, each a size smaller;
up to CUT_LINES that no heading gives back stay overset (reported): the editor cuts a sentence
rather than a photo and its caption."""
from __future__ import annotations

from dataclasses import replace

from layout_app.model.frame import Frame

CUT_LINES = 3              # lines overset an editor cuts from the copy rather than leave a photo out


def cut_rows(cols: int, last_empty: int = 0) -> int:
    """Rows a stack `cols` columns wide may run over and stay so: CUT_LINES of its columns' lines,
    less the `last_empty` lines its last story's text leaves in its last row set in full."""
    return (CUT_LINES + max(0, last_empty)) // max(1, cols)


def drop_rows(rows: list[str], freed: dict[str, int], keep_last: set[str], over: int, slack: int = 0,
              first: set[str] = frozenset()) -> list[str]:
    """The rows to leave out of a stack `over` lines too long. `rows`: its photo rows from the top
    down; `freed`: the lines each row's leaving gives back; `keep_last`: rows given up only when the
    others are not enough (the lead story's); `first`: rows given up before any other (a photo whose
    caption names no story, placed at a guess: never a story's own photo out for it). The one row
    nearest the foot that gives back enough is
    chosen; when none does, the one giving back most, and so on. None (an empty list) when leaving
    them all out would still leave more than `slack` rows over (the copy is cut all the same)."""
    left = [r for r in reversed(rows) if freed.get(r, 0) > 0]
    if sum(freed[r] for r in left) < over - slack:
        return []                      # the copy runs over all the same: cut the copy, keep the photos
    out: list[str] = []
    while over > 0 and left:
        pool = [r for r in left if r in first] or [r for r in left if r not in keep_last] or left
        enough = [r for r in pool if freed[r] >= over]
        pick = enough[0] if enough else max(pool, key=lambda r: freed[r])
        out.append(pick)
        left.remove(pick)
        over -= freed[pick]
    return out


def shorter_heads(probe, heads: list[Frame], floors: list[float], over: int, most: int = 2) -> list[int] | None:
    """Lines for each heading of a stack `over` lines too long, from the foot up a line shorter at a
    time (its headline a size smaller: the Composer fits the largest size the lines hold) — at most
    `most` lines each, never below the headline style's minimum nor down to its kicker's size
    (`floors`). None when that cannot give back all `over` lines: a shrunk headline that still leaves
    the stack running over helps nobody."""
    lines = [f.lines for f in heads]
    for k in reversed(range(len(heads))):
        while over > 0 and lines[k] > max(2, heads[k].lines - most):
            r = probe.one(replace(heads[k], lines=lines[k] - 1))
            if r is None or r.overset_lines or r.below_min or r.size is None or r.size < floors[k] - 1e-6:
                break
            lines[k] -= 1
            over -= 1
    return lines if over <= 0 else None


def into_foot(plan, bottom: int) -> bool:
    """A story's text that runs over (measured on the set page) while its last frame stands over lines
    nothing fills, down to the next item or the stack's foot: the frame is made as long as its text
    needs, within those lines (the estimate of text beside a photo can fall a line short, the row it
    needs left over at the foot). Whether a frame changed; `plan.frames` then holds it."""
    frames = {f.id: f for f in plan.frames}
    changed = False
    for d in plan.decisions["stories"]:
        over = d.get("overset_lines") or 0
        f = frames.get((d.get("body_frames") or [""])[-1])
        if not over or f is None:
            continue
        end = f.line + f.lines
        below = min((g.line for g in plan.frames if g.line >= end and g.col < f.col + f.cols and f.col < g.col + g.cols),
                    default=bottom)
        grow = min(over, min(below, bottom) - end)
        if grow > 0:
            frames[f.id] = replace(f, lines=f.lines + grow)
            changed = True
    if changed:
        plan.frames[:] = [frames[f.id] for f in plan.frames]
    return changed
