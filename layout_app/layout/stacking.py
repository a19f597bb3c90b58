"""The arrangements a first layout (`autoplace`) weighs: the widths of a page's stacks, which stack
each story goes in, and how a stack of stories measured at its width comes out (`measure_stack`)."""
from __future__ import annotations

import math
from itertools import combinations, product
from math import comb

from layout_app.layout.stackair import GAP_AIR, fill_rows

STACK_WIDTHS = (2, 3, 4, 5)
MAX_ASSIGNMENTS = 2500     # beyond this many ways to share stories among stacks, keep the copy's order


def stack_widths(n_cols: int, n_stories: int) -> list[list[int]]:
    out = []

    def walk(left: int, acc: list[int]):
        if left == 0:
            # the lead story's stack first and as wide as any, at least 3 columns on a broad page
            if 1 <= len(acc) <= min(4, n_stories) and acc[0] == max(acc) and (acc[0] >= 3 or n_cols < 6):
                out.append(list(acc))
            return
        for w in STACK_WIDTHS:
            if w <= left:
                walk(left - w, acc + [w])
    walk(n_cols, [])
    if not out:
        out = [[n_cols]]
    return out


def assignments(n: int, k: int, free: frozenset[int] = frozenset()):
    """Stack of each story: the lead story (0) in the first; every stack used once at least. With
    many stories, only runs in reading order (the first stories in the first stack, and so on) — but
    the stories in `free` (those without a photo: what a page editor moves to fill a stack or to
    make room in one) in any stack, the others in runs, when those ways are few enough."""
    if k ** (n - 1) > MAX_ASSIGNMENTS:
        free = free - {0}
        runs = [i for i in range(n) if i not in free]
        if not free or len(runs) < k or k ** len(free) * comb(len(runs) - 1, k - 1) > MAX_ASSIGNMENTS:
            runs, free = list(range(n)), frozenset()
        moved = sorted(free)
        for cuts in combinations(range(1, len(runs)), k - 1):
            bounds = (0, *cuts, len(runs))
            stack = {runs[j]: s for s in range(k) for j in range(bounds[s], bounds[s + 1])}
            for where in product(range(k), repeat=len(moved)):
                stack.update(zip(moved, where))
                yield tuple(stack[i] for i in range(n))
        return
    for rest in product(range(k), repeat=n - 1):
        if k > 1 and len(set(rest) | {0}) < k:
            continue
        yield (0, *rest)


def narrowable(b) -> float:
    """The most rows a stack could win back by setting one of block `b`'s photo rows (one photo)
    narrower with the text beside it: the row's lines at its smallest, as the stack counts them."""
    return max((math.ceil(lo + c) * b.factor.get(k, 1.0) for (k, _, lo, _), c in zip(b.photos, b.captions)
                if len(b.members[k]) == 1), default=0)


def measure_stack(blocks: list, cols: int, room: int) -> dict:
    """Fit the photos of a stack's stories into `room` lines: what is left empty, what runs over."""
    fixed = math.ceil(sum(b.fixed for b in blocks) + len(blocks) - 1 - 1e-9)
    nat = sum(p[1] * b.factor.get(p[0], 1.0) for b in blocks for p in b.photos)
    lo = sum(p[2] * b.factor.get(p[0], 1.0) for b in blocks for p in b.photos)
    hi = sum(p[3] * b.factor.get(p[0], 1.0) for b in blocks for p in b.photos)
    air = GAP_AIR * max(0, len(blocks) - 1) + sum(b.air for b in blocks)   # more air between stories and in them
    if room - fixed - nat >= 0:
        spare = max(0, math.floor(room - fixed - hi - air))   # rows neither photos nor air can take
        over = 0
    else:
        spare = 0
        over = max(0, math.ceil(fixed + lo - room))
    # a few rows short: the later rounds of air (`stackair`: under headings and captions) close the stack
    loose = spare if spare <= fill_rows(blocks) else 0
    spare -= loose
    empty = spare * cols + (blocks[-1].body_empty if blocks else 0)
    # a headline below its style's minimum (too long for the width), or down to its floor
    small = sum(1 for b in blocks if b.below_min or b.size < b.floor - 1e-6)
    return {"blocks": blocks, "spare": spare, "over": over, "fixed": fixed, "small_heads": small, "empty": empty,
            "loose": loose}


LEG_MIN = 5     # lines a leg: a story's text run across a stack in legs shallower reads as a strip, not a story
LEAD_LEG = 10   # … the page's lead story with a photo: its text the page's main read, in legs a reader settles
                # into (a photo of its own can stand beside them), not a band of 7 lines under its headline


def leg_min(b) -> int:
    """The lines a leg block `b`'s text runs in across its stack before it reads as a strip."""
    return LEAD_LEG if getattr(b, "rank", 0) == 1 and b.photos else LEG_MIN


def short_legs(blocks: list, cols: int, room_last: bool = False) -> int:
    """Lines the stories of a stack, their text across its `cols` columns, run short of LEG_MIN lines
    a leg (not a text beside its photo: its legs run down the photo): what a page editor avoids by a
    narrower stack — a brief of 100 characters in 4 legs of 2 lines is a strip under its headline."""
    if cols < 2:
        return 0
    # (`room_last`: the last story's text is set in fewer, deeper columns — `narrowlegs` —, no strip)
    return sum(max(0, LEG_MIN - b.body) for b in (blocks[:-1] if room_last else blocks) if b.body and not b.beside) \
        + sum(strip_under(b) for b in blocks)


def _under(b) -> tuple[int, int]:
    """(lines, columns) of a story's text under its photo set beside it; (0, 0) where none stands there."""
    under, pc = getattr(b, "under", (0, 0))        # (a poem's stand-in block has none)
    return (under, pc) if b.beside and under > 0 else (0, 0)


def strip_under(b) -> int:
    """Lines a story's text under its photo set beside it (the photo's columns, two or more) runs short
    of LEG_MIN a leg: 碎栏 — 3 lines in each of 3 columns under a caption is a strip, not the story's end
    (review 7, page F)."""
    under, pc = _under(b)
    return max(0, LEG_MIN - under) if under and pc >= 2 else 0


def lead_band(blocks: list, cols: int) -> int:
    """Lines the lead story's text, across a stack of 3 columns or more with a photo of its own, runs
    short of LEAD_LEG lines a leg (beyond the LEG_MIN `short_legs` counts), in each column: a band under
    its headline, weighed by `choosing` where a way sets that photo beside the text instead."""
    if cols < 3:
        return 0
    # (in each of its columns: a band the stack's width, the page's main read)
    # (and its text under a photo set beside it, across 3 of the photo's columns or more: a band the
    # photo's width — review 7, page F: 3 lines in each of 3 columns under the caption)
    return cols * sum(max(0, leg_min(b) - max(b.body, LEG_MIN)) for b in blocks if b.body and not b.beside) \
        + sum(pc * max(0, leg_min(b) - max(under, LEG_MIN)) for b in blocks
              for under, pc in [_under(b)] if under and pc >= 3)
