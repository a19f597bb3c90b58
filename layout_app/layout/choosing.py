"""Which arrangement a first layout (`autoplace`) sets: the stack widths and the stories each stack
takes, each story's way of setting its photos (side by side or one over the other, across the stack
or narrower with the text beside it), weighed by what each leaves empty or runs over, the headlines
side by side (碰题) it makes, the strips (`stacking.short_legs`) — the best few, best first."""
from __future__ import annotations

import heapq
from itertools import product

from layout_app.layout.beside import narrower, photos_over_little_text
from layout_app.layout.planfacts import HOLE
from layout_app.layout.copyfit import MAX_EMPTY        # a stack may end with this many empty lines
from layout_app.layout.narrowlegs import strip_room
from layout_app.layout.stacking import assignments, lead_band, leg_min, measure_stack, narrowable, short_legs, stack_widths
from layout_app.layout.photonumbers import inversions
from layout_app.layout.ranking import photo_section
from layout_app.layout.storyblock import FEATURE_PHOTOS, THREE, _measure_block, row_area, under_lead
from layout_app.layout.tombstones import head_places, heads_beside, stack_orders
from layout_app.layout.versepair import is_poem, poem_stand_ins, poem_widths

NARROW_IN_CHOICE = True   # (a switch for breaking tests)
LEAD_BESIDE = True        # (a switch for breaking tests)
SHORT_LEG = 6             # score of each line a story's text runs short of LEG_MIN lines a leg
SIDE_BY_SIDE = 30          # score of two headlines side by side (碰题), estimated
REORDER = 5                # score of a stack whose stories are not in rank order
TRIES = 6                  # arrangements set and measured at most when the estimated best still runs over
NUMBERED = 150              # score of a story's two numbered photos set out of their numbers' order (图② over 图①)
PHOTO_RANK = 50            # score of a photo of a story under the lead larger than the lead story's largest
BY_RANK = True             # (a switch for breaking tests)
LEAD_ALTS = 2              # ways of the lead's stack with its largest photo larger, weighed besides its best


def lead_photo(grid, b, m: dict, room: int) -> float | None:
    """pt²: the lead story's (block `b`'s) largest photo as its stack (`m`) is likely to set it — at its
    smallest when the stack runs over, else grown with the stack's other photos toward their largest
    (`autoplace._build`'s `fit`: each the same share of its largest) —; None: it shows none."""
    if not b.photos:
        return None
    rows = [(p[1], p[2], p[3]) for bl in m["blocks"] for p in bl.photos]
    share = 0.0 if m["over"] else min(1.0, (room - m["fixed"]) / max(1, sum(hi for _, _, hi in rows)))
    return max(row_area(grid, b.members[key], max(lo, int(share * hi))) for key, _, lo, hi in b.photos)


def choose(doc, probe, ranked, n_cols, room, aspect, by_rank: bool = True) -> list[dict]:
    """The stack widths, and which stories share each stack (in reading order, the lead story at the
    top of the first), that leave the least empty and run nothing over: the best TRIES, best first.
    `by_rank`: no photo of a story under the lead larger than the lead story's largest — a stack's
    photos of such stories counted no taller than that lets them, and one larger at its smallest
    weighed as a fault (`PHOTO_RANK`), a way with it set narrower beside its text tried instead."""
    by_rank = by_rank and BY_RANK
    grid = doc.grid
    best: list = []
    runs: list = []
    tried = 0
    blocks: dict = {}
    memo: dict = {}
    can_beside: set = set()       # (story, columns): the lead's ways with a photo of its own beside its text
    n = len(ranked)

    def block(i, cols, way=(True, "auto")):
        if (i, cols, way) not in blocks:
            sp, rank, _ = ranked[i]
            blocks[(i, cols, way)] = _measure_block(doc, probe, sp, rank, cols, room, aspect, *way)
        return blocks[(i, cols, way)]

    def ways(i, cols):
        """The different ways to set story i's photos at this width."""
        out, seen = [], set()
        many = len(ranked[i][0].photos)
        for pairs in ((True, False) + ((THREE,) if cols >= 6 and many >= FEATURE_PHOTOS else ())
                      if cols >= 4 and many >= 2 else (True,)):
            for beside in ("auto", "yes", "no"):
                b = block(i, cols, (pairs, beside))
                sig = (tuple(b.photos), b.beside, tuple(map(tuple, b.members.values())))
                if sig not in seen:
                    seen.add(sig)
                    out.append((pairs, beside))
        # the lead story whose text would run as a band across a wide stack (`stacking.lead_band`):
        # one of its photos set narrower with the text beside it — any of them, not only its last
        # (`beside.narrower`) —, its legs down that photo, as a page editor sets them; only with
        # another photo of its own (the lead story's largest stays its own, across the stack)
        if LEAD_BESIDE and cols >= 3:
            for w in list(out):
                b = block(i, cols, w)
                if b.rank == 1 and len(b.photos) >= 2 and not b.beside and b.body < leg_min(b):
                    more = [v for v in narrowed(i, cols, w) if v not in out]
                    out += more
                    if more:
                        can_beside.add((i, cols))
        # not two photos one over the other over a scrap of text, where another way sets them
        return [w for w in out if not photos_over_little_text(block(i, cols, w), cols)] or out

    def narrowed(i, cols, way):
        """Story i's block set `way`, with one photo row set narrower and its text beside it (as a
        stack that runs over does once set: `beside.narrower`), each a way of its own."""
        pairs, beside = way
        if (i, cols, way, "narrower") not in blocks:
            out = []
            for n, c in enumerate(narrower(doc, probe, block(i, cols, way), cols, room, aspect)):
                blocks[(i, cols, (pairs, (beside, n)))] = c
                out.append((pairs, (beside, n)))
            blocks[(i, cols, way, "narrower")] = out
        return blocks[(i, cols, way, "narrower")]

    def measure(chosen, cols, lead=None):
        """The stack of `chosen` (story → way) at `cols` columns; `lead`: the lead story's largest
        photo (pt², in another stack: estimated) — in its own stack, estimated from it."""
        members = list(chosen)
        blocks = [block(i, cols, chosen[i]) for i in members]
        big = 0
        if by_rank:
            ranks = [ranked[i][1] for i in members]
            if 1 in ranks:
                lead = lead_photo(grid, blocks[ranks.index(1)], measure_stack(blocks, cols, room), room)
            blocks, big = under_lead(grid, blocks, ranks, lead)
        # (its poems as they will be set: beside a neighbour's text, or alone down one column)
        if verse:
            blocks = poem_stand_ins(doc, blocks, cols, lambda j, w: block(members[j], w, (True, "auto")))
        m = measure_stack(blocks, cols, room)
        m["lead_photo"], m["big"] = lead, big
        m["pairs"] = chosen
        m["heads"] = head_places(m["blocks"])
        # (the lead's band where a way sets a photo of its own beside its text: `LEAD_BESIDE`)
        band = lead_band([b for i, b in zip(members, m["blocks"]) if (i, cols) in can_beside], cols)
        m["score"] = m["over"] * cols * 100 + max(0, m["empty"] - MAX_EMPTY) * 10 + m["empty"] + m["small_heads"] * 40 \
            + m["loose"] + SHORT_LEG * (short_legs(m["blocks"], cols, strip_room(m["blocks"], cols, m["empty"])) + band) \
            + PHOTO_RANK * big + 11 * HOLE * sum(b.white for b in m["blocks"]) \
            + NUMBERED * sum(inversions(doc, [p for k, *_ in b.photos for p, _, _ in b.members[k]]) for b in m["blocks"])
        return m

    def stack(members, cols, lead=None):
        """The best of the stack's ways to set its photos: pairs side by side or one above the other,
        the last photo across the stack or narrower with the text beside it; and, when the stack still
        runs over, a photo row of a story set narrower with its text beside it, story by story from
        the foot up, the lead story's last — as `_build` does once the stack is set, weighed here so
        an arrangement that fits only so is not passed over for one that leaves a stack short. So
        too a photo of a story under the lead larger than the lead story's (`lead`) at its smallest."""
        best_m = None
        alts: dict = {}           # the lead's stack: the best way for each size of the lead's largest photo
        for way in product(*(ways(i, cols) for i in members)):
            m = measure(dict(zip(members, way)), cols, lead)
            if best_m is None or m["score"] < best_m["score"]:
                best_m = m
            if m["lead_photo"] and lead is None:
                size = round(m["lead_photo"] / 1000)
                if size not in alts or m["score"] < alts[size]["score"]:
                    alts[size] = m
        # a lead's photo set smaller (its text beside it) may fill its own stack best and hold every
        # other story's photos small: the best ways with its photo larger are weighed with the rest
        if best_m["big"]:
            for i in sorted(members, key=lambda i: -members.index(i)):
                if ranked[i][1] == 1:
                    continue
                chosen = best_m["pairs"]
                for w in narrowed(i, cols, chosen[i]):
                    m = measure({**chosen, i: w}, cols, lead)
                    if m["score"] < best_m["score"]:
                        best_m = m
        # (not where setting a photo row of each story narrower could not win the rows back even
        # were it to cost the stack nothing: a stack far over goes to another arrangement)
        if NARROW_IN_CHOICE and 0 < best_m["over"] <= sum(narrowable(b) for b in best_m["blocks"]):
            for i in sorted(members, key=lambda i: (ranked[i][1] == 1, -members.index(i))):
                chosen = best_m["pairs"]
                for w in narrowed(i, cols, chosen[i]):
                    m = measure({**chosen, i: w}, cols, lead)
                    if m["score"] < best_m["score"]:
                        best_m = m
                if best_m["over"] == 0:
                    break
        best_m["alts"] = sorted((m for m in alts.values() if m["lead_photo"] > (best_m["lead_photo"] or 0)),
                                key=lambda m: m["score"])[:LEAD_ALTS]
        return best_m

    def arrange(widths, choice, first):
        """The arrangement `choice` at `widths`, its first stack (the lead story's) set as `first`."""
        nonlocal tried
        score = 0.0
        stacks = []
        sizes = []
        left: list = []                                 # headings of the stack to the left
        lead = None                                     # the lead story's largest photo (its stack the first)
        for s, cols in enumerate(widths):
            members = tuple(i for i in range(n) if choice[i] == s)
            if cols == 1 and not set(members) <= verse:
                return                                  # a one-column stack is a poem's alone
            if not members:
                score += 10_000                         # an empty stack
                stacks.append([])
                left = []
                continue
            # the stories in rank order, or one with a photo moved to the top to open the stack
            # with it (not the lead story's stack: the lead story opens the page)
            cands = []
            for order in stack_orders(members, lambda i: bool(ranked[i][0].photos)) if s else (members,):
                at = (order, cols, round(lead) if lead else None)
                if s and at not in memo:
                    memo[at] = stack(order, cols, lead)
                m = memo[at] if s else first
                heads = heads_beside(m["heads"], left)
                cands.append((m["score"] + SIDE_BY_SIDE * sum(1 for _, _, hit in heads if hit)
                              + REORDER * (order != members), order, m, heads))
            part, order, m, left = min(cands, key=lambda c: c[0])
            if not s:
                lead = m["lead_photo"]
            stacks.append([(*ranked[i], m["pairs"][i]) for i in order])
            sizes += [(i, b.size) for i, b in zip(order, m["blocks"])]
            score += part
        lead = next(sz for i, sz in sizes if i == 0)
        if lead < max(sz for _, sz in sizes):
            score += 60                                # the lead story's headline must be the largest
        tried += 1
        # the best of all, and the best of the stories in reading order (`assignments`: those
        # without a photo moved too on a page of many): an estimate that misleads in one is tried in the other
        for kept in (best, runs) if list(choice) == sorted(choice) else (best,):
            heapq.heappush(kept, (-score, -tried, {"score": score, "widths": widths, "stacks": stacks}))
            if len(kept) > TRIES:
                heapq.heappop(kept)             # the worst of those kept

    verse = {i for i in range(n) if is_poem(doc, ranked[i][0].story)}
    # (a photo page's section of pictures leading it: one stack across the page too, the pictures in
    # rows of three over the rest — `ranking.photo_section`)
    across = [[n_cols]] if n > 1 and photo_section(doc.story(ranked[0][0].story), ranked[0][0]) else []
    for widths in stack_widths(n_cols, n) + poem_widths(n_cols, n, bool(verse)) + across:
        k = len(widths)
        for choice in assignments(n, k, frozenset(i for i in range(n) if not ranked[i][0].photos)):
            members = tuple(i for i in range(n) if choice[i] == 0)
            if (members, widths[0]) not in memo:
                memo[(members, widths[0])] = stack(members, widths[0])
            for first in (memo[(members, widths[0])], *memo[(members, widths[0])]["alts"]):
                arrange(widths, choice, first)
    kept_ids = {b[1] for b in best}
    best += [r for r in runs if r[1] not in kept_ids]
    return [c for _, _, c in sorted(best, key=lambda t: (-t[0], -t[1]))]
