"""The rows a stack has left once its photos are as large as their crop limit lets them: first to its
headings under the lead's, their headlines growing toward their rank's size (`grow_heads`); then air,
where a page editor puts it — between the stories, over the headings' type (as long as the headline
keeps its size: `compose.type_drop` sets a heading's spare rows over its type, never between it and
its text), under the captions; then, the stack still short, a line more of each; and when a few rows
are still left, a line or two more over its headings and under its captions — only when that closes the
stack: a stack is either filled to its foot or left short with its usual air (a page short of copy
says so), never spread thin and still short. Autoplace chooses its arrangement counting on the
first round's air, and on the later rounds' (`fill_rows`) where they close a stack."""
from __future__ import annotations

from dataclasses import replace

from layout_app.model.frame import Frame

HEAD_AIR = 2               # lines of air a heading may take more, its headline keeping its size
GAP_AIR = 2                # lines of air a stack may add between two stories (to the one always there)
CAPTION_AIR = 2            # … and under a caption
MORE_AIR = 1               # a line more of each, in a stack still short when its arrangement is set
FILL_HEAD = 2              # lines more over a heading's type at most, where they close a stack still short
FILL_CAPTION = 1           # … and under a caption


def share_air(blocks: list, spare: int, more_air: int = MORE_AIR,
              fill: bool = False) -> tuple[list[int], dict, dict, int]:
    """`spare` rows shared among autoplace's blocks (stories measured in their stack): the air of
    each gap between two stories, of each heading (by the block's id) and under each photo row's
    caption (by the row's key), and the rows still left. `more_air`: the lines more of each in the
    second round; `fill`: then `FILL_HEAD` lines more over each heading and `FILL_CAPTION` under each
    caption, taken only where they leave no row over (the gaps between stories stay as they are:
    more would read as a hole)."""
    out = _shared(blocks, spare, (0, more_air))
    if not (fill and out[3] > 0):
        return out
    gap_air, head_air, cap_air, left = out
    head_air, cap_air = dict(head_air), dict(cap_air)
    for b in blocks:
        more = max(0, min(left, min(b.head_air, HEAD_AIR + more_air + FILL_HEAD) - head_air[id(b)]))
        head_air[id(b)] += more
        left -= more
    for b in blocks:
        for (k, *_), c in zip(b.photos, b.captions):
            if c and k != b.beside:
                more = max(0, min(left, CAPTION_AIR + more_air + FILL_CAPTION - cap_air.get(k, 0)))
                cap_air[k] = cap_air.get(k, 0) + more
                left -= more
    return (gap_air, head_air, cap_air, left) if left <= 0 else out


def usual_air(blocks: list, spare: int) -> int:
    """The rows the first round of `share_air` takes of `spare`: a stack's usual air. What a stack takes
    beyond it is air spread to fill a page short of copy (said to the editor, `planfacts.spread_air`)."""
    gap_air, head_air, cap_air, left = _shared(blocks, spare, (0,))
    return spare - left


def fill_rows(blocks: list) -> int:
    """The rows the later rounds of `share_air` (`MORE_AIR`, then the fill) can take in a stack beyond
    the first round's air: how far short a stack may be estimated and still close."""
    caps = sum(1 for b in blocks for (k, *_), c in zip(b.photos, b.captions) if c and k != b.beside)
    heads = sum(max(0, min(b.head_air, HEAD_AIR + MORE_AIR + FILL_HEAD) - min(b.head_air, HEAD_AIR)) for b in blocks)
    return MORE_AIR * max(0, len(blocks) - 1) + (MORE_AIR + FILL_CAPTION) * caps + heads


def _shared(blocks: list, spare: int, rounds) -> tuple[list[int], dict, dict, int]:
    gap_air = [0] * max(0, len(blocks) - 1)
    head_air = {id(b): 0 for b in blocks}
    cap_air: dict = {}
    for most in rounds:
        for g in range(len(gap_air)):
            more = max(0, min(spare, GAP_AIR + most - gap_air[g]))
            gap_air[g] += more
            spare -= more
        for b in blocks:
            more = max(0, min(spare, min(b.head_air, HEAD_AIR + most) - head_air[id(b)]))
            head_air[id(b)] += more
            spare -= more
        for b in blocks:
            for (k, *_), c in zip(b.photos, b.captions):
                if c and k != b.beside:
                    more = max(0, min(spare, CAPTION_AIR + most - cap_air.get(k, 0)))
                    cap_air[k] = cap_air.get(k, 0) + more
                    spare -= more
    return gap_air, head_air, cap_air, spare


def grow_heads(probe, blocks: list, cols: int, spare: int) -> None:
    """A stack still short once its photos are as tall as their crop limit lets them: its headings
    under the lead's (set at the fewest lines that hold them large enough) take the rows back, their
    headlines growing toward their rank's size — before the rows go to air (a page short of copy)."""
    for b in sorted((b for b in blocks if b.head and b.cap and b.size < b.cap - 1e-6), key=lambda b: b.size):
        head = Frame(f"{b.plan.story}-head", 0, cols, 0, b.head, story=b.plan.story, part="heading")
        for more in range(1, min(spare, 3) + 1):
            r = probe.one(replace(head, lines=b.head + more))
            if r is None or r.overset_lines or r.below_min or r.size is None or r.size > b.cap + 1e-6:
                break
            if r.size > b.size + 1e-6:
                b.head, b.size, b.head_air = b.head + more, r.size, 0
                spare -= more
                break
        if spare <= 0:
            return
