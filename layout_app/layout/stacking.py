"""The arrangements a first layout (`autoplace`) weighs: the widths of a page's stacks, and which
stack each story goes in."""
from __future__ import annotations

from itertools import combinations, product

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


def assignments(n: int, k: int):
    """Stack of each story: the lead story (0) in the first; every stack used once at least. With
    many stories, only runs in reading order (the first stories in the first stack, and so on)."""
    if k ** (n - 1) > MAX_ASSIGNMENTS:
        for cuts in combinations(range(1, n), k - 1):
            bounds = (0, *cuts, n)
            yield tuple(s for s in range(k) for _ in range(bounds[s], bounds[s + 1]))
        return
    for rest in product(range(k), repeat=n - 1):
        if k > 1 and len(set(rest) | {0}) < k:
            continue
        yield (0, *rest)
