"""The arrangements a first layout (`autoplace`) weighs: the widths of a page's stacks, and which
stack each story goes in."""
from __future__ import annotations

from itertools import combinations, product
from math import comb

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
