"""The rows a stack has left once its photos are as large as their crop limit lets them: air, where a
page editor puts it — between the stories, under the headings (as long as the headline keeps its
size), under the captions; then, the stack still short, a line more of each (autoplace chooses its
arrangement counting on the first only)."""
from __future__ import annotations

HEAD_AIR = 2               # lines of air a heading may take more, its headline keeping its size
GAP_AIR = 2                # lines of air a stack may add between two stories (to the one always there)
CAPTION_AIR = 2            # … and under a caption
MORE_AIR = 1               # a line more of each, in a stack still short when its arrangement is set


def share_air(blocks: list, spare: int, more_air: int = MORE_AIR) -> tuple[list[int], dict, dict, int]:
    """`spare` rows shared among autoplace's blocks (stories measured in their stack): the air of
    each gap between two stories, of each heading (by the block's id) and under each photo row's
    caption (by the row's key), and the rows still left. `more_air`: the lines more of each in the
    second round."""
    gap_air = [0] * max(0, len(blocks) - 1)
    head_air = {id(b): 0 for b in blocks}
    cap_air: dict = {}
    for most in (0, more_air):
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
