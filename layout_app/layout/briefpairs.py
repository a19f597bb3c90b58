"""Two stories of a stack set side by side where one of them would run as a strip: a brief of a hundred
characters across four or five columns runs in legs of two or three lines under its headline — a
strip, not a story. A page editor sets it beside the story above or below it in the stack instead,
each in part of the stack's columns, their text in legs as deep as the two stories' room, with a
column rule between their headlines (隔开). Only stories with no photo in the stack (a photo's frame
and caption are set to the stack's width), one under the other with nothing between them; the
two stay in reading order, the upper one on the left, within the lines they had — or, chosen as
autoplace measures the stack (`pair_blocks`), as deep as the deeper of the two, the lines they free
going to the stack's photos (within the lines they had, two briefs a line deeper each would leave
white at the stack's foot)."""
from __future__ import annotations

from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.evening import even_last_column
from layout_app.layout.sidebars import is_sidebar
from layout_app.layout.stacking import LEG_MIN
from layout_app.layout.storyblock import _measure_block
from layout_app.layout.wording import BESIDE_BRIEF, BESIDE_LEGS
from layout_app.model.frame import Frame
from layout_app.model.furniture import RuleItem

STRIP_COLS = 3        # a story's text across this many columns or more can run as a strip
FOOT_WHITE = 3        # lines a story of a pair may end above the pair's foot (the copyfit limit)
HEAD_AIR = 2          # lines of that white that go into its heading's frame instead, over its type
AT_BUILD = True       # pairs chosen as the stack is measured (`pair_blocks`; a switch for breaking tests)


def pair_briefs(doc, probe, frames: list[Frame], stories: list[dict], col: int, cols: int, plans: dict,
                room: int, aspect, others: list[Frame]) -> list[RuleItem]:
    """The stack's frames (`col`, `cols`) with its strips set beside their neighbour, changed in place,
    and their decisions (`stories`: autoplace's, each story's columns and lines); the column rules
    between each pair's headlines. `plans`: story id → (StoryPlan, rank); `others`: the other stacks'
    frames (a heading moved up must not come to stand beside one of theirs)."""
    if cols < STRIP_COLS:
        return []
    rules = []
    done: set[str] = set()
    order = sorted(_plain(frames, stories, plans), key=lambda sid: min(f.line for f in frames if f.story == sid))
    for upper, lower in zip(order, order[1:]):
        if upper in done or lower in done:
            continue
        got = _pair(doc, probe, frames, upper, lower, col, cols, plans, room, aspect, others)
        if got is None:
            continue
        new, why = got
        frames[:] = [f for f in frames if f.story not in (upper, lower)] + new
        lines = {}
        for sid in (upper, lower):
            mine = [f for f in new if f.story == sid]
            first, last = min(f.line for f in mine), max(f.line + f.lines for f in mine)
            lines[sid] = (first, last)
            d = next(d for d in stories if d["story"] == sid)
            c0, c1 = min(f.col for f in mine), max(f.col + f.cols for f in mine)
            d["columns"], d["lines"] = [c0 + 1, c1], [first + 1, last]
            d["body_frames"] = [f.id for f in mine if f.part == "body"]
            d["beside_story"] = why[sid]
        right = next(f for f in new if f.story == lower and f.part == "heading")
        top = min(lines[upper][0], lines[lower][0])
        foot = max(lines[upper][1], lines[lower][1])
        rules.append(RuleItem(f"apart-{upper}-{lower}", right.col, top, lines=foot - top))
        done |= {upper, lower}
    return rules


def pair_blocks(doc, probe, blocks: list, cols: int, room: int, aspect) -> dict[str, tuple]:
    """Two stories one under the other in a stack as autoplace measures it (`blocks`), neither with a
    photo nor a sidebar (boxed with its feature once placed), one a strip, set side by side before the
    stack's photos are fitted: the lines they free go to those photos, not white at the stack's foot.
    The pairs that leave the stack's stories least short of LEG_MIN lines a leg, a leg of 2 lines
    counting more than two of 4 (each short line squared: two briefs beside each other rather than
    one beside the sidebar over them and the other a strip), then free the most lines. Keyed by the
    upper story: (the lower story, the upper's columns, each story's block at its width, the pair's lines)."""
    if cols < STRIP_COLS or not AT_BUILD:
        return {}
    n = len(blocks)

    def alone(b) -> int:
        return max(0, LEG_MIN - b.body) ** 2 if b.body else 0

    def pair(i):
        a, b = blocks[i], blocks[i + 1]
        if not all(x.head and x.body and not x.photos and x.rank != 1 and not is_sidebar(doc.story(x.plan.story))
                   for x in (a, b)) or min(a.body, b.body) >= LEG_MIN:
            return None
        plans = {x.plan.story: (x.plan, x.rank) for x in (a, b)}
        legs = {a.plan.story: a.body, b.plan.story: b.body}
        got = _split(doc, probe, a.plan.story, b.plan.story, cols, plans, room, aspect, legs, None)
        if got is None or got[2] >= a.head + a.body + 1 + b.head + b.body:
            return None
        return (*got, legs)
    best = [(0, 0, {})] * (n + 1)            # from block i on: (short lines squared, lines freed negated, pairs)
    for i in reversed(range(n)):
        cost, freed, pairs = best[i + 1]
        best[i] = (cost + alone(blocks[i]), freed, pairs)
        got = pair(i) if i + 1 < n else None
        if got is not None:
            left, bl, lines, _ = got
            a, b = blocks[i], blocks[i + 1]
            cost, freed, pairs = best[i + 2]
            mine = (cost + sum(max(0, LEG_MIN - x.body) ** 2 for x in bl.values()),
                    freed - (a.head + a.body + 1 + b.head + b.body - lines), {**pairs, a.plan.story: (b.plan.story, *got)})
            best[i] = min(best[i], mine, key=lambda t: t[:2])
    return best[0][2]


def stand_ins(blocks: list, pairs: dict) -> list:
    """The stack's blocks with each pair `pair_blocks` chose counted as one: its upper story's block
    standing for both, as deep as the pair (its lines as text: no heading to shorten, no air inside), the
    lower's gone."""
    lower = {p[0] for p in pairs.values()}
    return [replace(b, head=0, body=pairs[b.plan.story][3], head_air=0, body_empty=0, below_min=False)
            if b.plan.story in pairs else b for b in blocks if b.plan.story not in lower]


def set_pair(doc, probe, upper: str, pair: tuple, col: int, cols: int, y: int, rank_of: dict,
             frames: list[Frame], info: dict) -> int:
    """A pair `pair_blocks` chose (`upper`: its upper story) set from line `y` in the stack's columns
    (`col`, `cols`), for autoplace: its frames added to `frames`, each story's decisions (`rank_of`:
    story → rank, why) to `info`'s, the column rule between their headlines (隔开) to its rules; the line
    under the pair."""
    lower, left, blocks, lines, legs = pair
    new, why = _frames(probe, upper, lower, left, blocks, lines, col, cols, y, legs)
    frames += new
    for sid in (upper, lower):
        mine = [f for f in new if f.story == sid]
        info["stories"].append({
            "story": sid, "headline": doc.story(sid).headline, "rank": rank_of[sid][0], "why": rank_of[sid][1],
            "columns": [min(f.col for f in mine) + 1, max(f.col + f.cols for f in mine)], "photos": [],
            "lines": [y + 1, max(f.line + f.lines for f in mine)], "heading_frame": f"{sid}-head",
            "body_frames": [f.id for f in mine if f.part == "body"], "beside_story": why[sid]})
    info.setdefault("rules", []).append(RuleItem(f"apart-{upper}-{lower}", col + left, y, lines=lines))
    return y + lines


def _plain(frames: list[Frame], stories: list[dict], plans: dict) -> list[str]:
    """The stack's stories set as a heading over a body alone: no photo of theirs in the stack."""
    out = []
    for d in stories:
        sid = d["story"]
        mine = [f for f in frames if f.story == sid]
        parts = {f.part for f in mine}
        if sid in plans and not d.get("photos") and parts == {"heading", "body"} and not d.get("beside_story") \
                and sum(1 for f in mine if f.part == "heading") == 1:
            out.append(sid)
    return out


def _pair(doc, probe, frames, upper, lower, col, cols, plans, room, aspect, others):
    """The two stories' frames side by side within the lines they stand on, or None: neither is a
    strip, nothing stands between them, or no split of the columns holds both with their text in
    legs of LEG_MIN lines or more (or strips two lines deeper) and no more than FOOT_WHITE lines left
    under either."""
    a_frames = [f for f in frames if f.story == upper]
    b_frames = [f for f in frames if f.story == lower]
    top = min(f.line for f in a_frames)
    foot = max(f.line + f.lines for f in b_frames)
    between = [f for f in frames if f.story not in (upper, lower) and f.line < foot and top < f.line + f.lines]
    if between:
        return None
    legs = {sid: max(f.lines for f in fs if f.part == "body") for sid, fs in ((upper, a_frames), (lower, b_frames))}
    if min(legs.values()) >= LEG_MIN:
        return None                                     # no strip: as they are
    got = _split(doc, probe, upper, lower, cols, plans, room, aspect, legs, foot - top)
    if got is None:
        return None
    new, why = _frames(probe, upper, lower, *got, col, cols, top, legs)
    heads = [f for f in new if f.part == "heading"]
    if any(_beside(h, o) for h in heads for o in others if o.part == "heading"):
        return None                                      # a heading would stand beside another stack's (碰题)
    return new, why


def _split(doc, probe, upper, lower, cols, plans, room, aspect, legs: dict, span: int | None):
    """The best split of the stack's columns between the two stories: (the upper's columns, each
    story's block at its width, the pair's lines), or None. `span`: the lines they stand on (None:
    as few as the deeper of the two takes)."""
    best = None
    for left in range(1, cols):
        widths = {upper: left, lower: cols - left}
        blocks = {sid: _measure_block(doc, probe, plans[sid][0], plans[sid][1], widths[sid], room, aspect)
                  for sid in (upper, lower)}
        if any(b.below_min or not b.body for b in blocks.values()):
            continue
        depth = {sid: b.head + b.body for sid, b in blocks.items()}
        lines = span if span is not None else max(depth.values())
        if max(depth.values()) > lines:
            continue
        # each story's legs never shallower than they were, and LEG_MIN lines deep — or, a strip of
        # little copy, two lines deeper at least; where the lines the pair frees go to the stack
        # (`span` None), a strip a line deeper will do, the two stories' lines short of LEG_MIN halved
        # at least: two briefs of 90 characters in 2-line strips across 5 columns go 2 and 3 columns
        # wide, legs of 4 and 3 lines (neither split of 5 columns sets both LEG_MIN deep, nor 2 lines
        # deeper each) — within the lines they had, the white under them would be the stack's foot's
        deeper = 1 if span is None else 2
        if not all(legs[sid] <= b.body and (b.body >= LEG_MIN or b.body >= legs[sid] + deeper) for sid, b in blocks.items()) \
                or 2 * _short(b.body for b in blocks.values()) > _short(legs.values()):
            continue
        white = {sid: lines - depth[sid] for sid in blocks}
        if max(white[sid] - min(white[sid], HEAD_AIR, blocks[sid].head_air) for sid in blocks) > FOOT_WHITE:
            continue
        key = (max(white.values()), abs(depth[upper] - depth[lower])) if span is not None else \
            (_short(b.body for b in blocks.values()), lines, abs(depth[upper] - depth[lower]))
        if best is None or key < best[0]:
            best = (key, left, blocks, lines)
    return best and best[1:]


def _frames(probe, upper, lower, left, blocks, span, col, cols, top, legs):
    """The pair's frames from line `top`, `span` lines deep: the upper story in the first `left`
    columns, the lower beside it, each its heading (the white under its text, up to HEAD_AIR lines,
    in its frame instead, over its type) over its text, evened; and why each is set so, in words."""
    new, why = [], {}
    places = {upper: (col, left), lower: (col + left, cols - left)}
    for sid, partner in ((upper, lower), (lower, upper)):
        c, n = places[sid]
        b = blocks[sid]
        air = min(span - b.head - b.body, HEAD_AIR, b.head_air)
        head = Frame(f"{sid}-head", c, n, top, b.head + air, story=sid, part="heading")
        new.append(head)
        new.extend(even_last_column(probe, [Frame(f"{sid}-body", c, n, top + head.lines, b.body, story=sid, part="body")]))
        why[sid] = (Notice(BESIDE_LEGS, partner=partner, first=c + 1, last=c + n, cols=cols, legs=legs[sid])
                    if legs[sid] < LEG_MIN else Notice(BESIDE_BRIEF, partner=partner, first=c + 1, last=c + n))
    return new, why


def _short(legs) -> int:
    """Lines legs of these depths run short of LEG_MIN, summed (as `stacking.short_legs` counts them)."""
    return sum(max(0, LEG_MIN - n) for n in legs)


def _beside(a: Frame, b: Frame) -> bool:
    """Two heading frames in neighbouring columns sharing a line."""
    neighbours = a.col + a.cols == b.col or b.col + b.cols == a.col
    return neighbours and a.line < b.line + b.lines and b.line < a.line + a.lines
