"""Two stories of a stack set side by side where one of them would run as a strip: a brief of a hundred
characters across four or five columns runs in legs of two or three lines under its headline — a
strip, not a story. A page editor sets it beside the story above or below it in the stack instead,
each in part of the stack's columns, their text in legs as deep as the two stories' room, with a
column rule between their headlines (隔开). Only stories with no photo in the stack (a photo's frame
and caption are set to the stack's width), one under the other with nothing between them; the
two stay in reading order, the upper one on the left, within the lines they had."""
from __future__ import annotations

from layout_app.errors import Notice
from layout_app.layout.evening import even_last_column
from layout_app.layout.stacking import LEG_MIN
from layout_app.layout.storyblock import _measure_block
from layout_app.layout.wording import BESIDE_BRIEF, BESIDE_LEGS
from layout_app.model.frame import Frame
from layout_app.model.furniture import RuleItem

STRIP_COLS = 3        # a story's text across this many columns or more can run as a strip
FOOT_WHITE = 3        # lines a story of a pair may end above the pair's foot (the copyfit limit)
HEAD_AIR = 2          # lines of that white that go under its heading instead


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


def _plain(frames: list[Frame], stories: list[dict], plans: dict) -> list[str]:
    """The stack's stories set as a heading over a body alone: no photo of theirs in the stack."""
    out = []
    for d in stories:
        sid = d["story"]
        mine = [f for f in frames if f.story == sid]
        parts = {f.part for f in mine}
        if sid in plans and not d.get("photos") and parts == {"heading", "body"} \
                and sum(1 for f in mine if f.part == "heading") == 1:
            out.append(sid)
    return out


def _pair(doc, probe, frames, upper, lower, col, cols, plans, room, aspect, others):
    """The two stories' frames side by side within the lines they stand on, or None: neither is a
    strip, nothing stands between them, or no split of the columns holds both with their text in
    legs of LEG_MIN lines or more and no more than FOOT_WHITE lines left under either."""
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
    span = foot - top
    best = None
    for left in range(1, cols):
        widths = {upper: left, lower: cols - left}
        blocks = {sid: _measure_block(doc, probe, plans[sid][0], plans[sid][1], widths[sid], room, aspect)
                  for sid in (upper, lower)}
        if any(b.below_min or not b.body for b in blocks.values()):
            continue
        depth = {sid: b.head + b.body for sid, b in blocks.items()}
        if max(depth.values()) > span:
            continue
        # each story's legs never shallower than they were, and LEG_MIN lines deep — or, a strip of
        # little copy, two lines deeper at least
        if not all(legs[sid] <= b.body and (b.body >= LEG_MIN or b.body >= legs[sid] + 2) for sid, b in blocks.items()):
            continue
        white = {sid: span - depth[sid] for sid in blocks}
        if max(white[sid] - min(white[sid], HEAD_AIR, blocks[sid].head_air) for sid in blocks) > FOOT_WHITE:
            continue
        key = (max(white.values()), abs(depth[upper] - depth[lower]))
        if best is None or key < best[0]:
            best = (key, left, blocks, white)
    if best is None:
        return None
    _, left, blocks, white = best
    new, why = [], {}
    places = {upper: (col, left), lower: (col + left, cols - left)}
    for sid, partner in ((upper, lower), (lower, upper)):
        c, n = places[sid]
        b = blocks[sid]
        air = min(white[sid], HEAD_AIR, b.head_air)
        head = Frame(f"{sid}-head", c, n, top, b.head + air, story=sid, part="heading")
        new.append(head)
        new.extend(even_last_column(probe, [Frame(f"{sid}-body", c, n, top + head.lines, b.body, story=sid, part="body")]))
        why[sid] = (Notice(BESIDE_LEGS, partner=partner, first=c + 1, last=c + n, cols=cols, legs=legs[sid])
                    if legs[sid] < LEG_MIN else Notice(BESIDE_BRIEF, partner=partner, first=c + 1, last=c + n))
    heads = [f for f in new if f.part == "heading"]
    if any(_beside(h, o) for h in heads for o in others if o.part == "heading"):
        return None                                      # a heading would stand beside another stack's (碰题)
    return new, why


def _beside(a: Frame, b: Frame) -> bool:
    """Two heading frames in neighbouring columns sharing a line."""
    neighbours = a.col + a.cols == b.col or b.col + b.cols == a.col
    return neighbours and a.line < b.line + b.lines and b.line < a.line + a.lines
