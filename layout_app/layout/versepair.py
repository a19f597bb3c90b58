"""A poem set beside its neighbour's text: a poem prints down one deep column (`verse`), and a page
editor never leaves the stack's other columns standing empty beside it (review: 运河边 in one column,
three columns of white beside it, the page short of copy). The piece above or below it in the stack —
text under its heading, no photo, no sidebar — goes beside it in the stack's other columns, the two
as deep as each other within a few lines, reading order kept (the upper piece on the left), a column
rule between them (隔开); what stands under them in the stack moves up by the lines the pair frees, or
down where the pair is deeper and the stack has the lines at its foot. Left as it was where no
neighbour's text comes near the poem's depth: `verse.verse_legs` sets the poem alone."""
from __future__ import annotations

from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.briefpairs import FOOT_WHITE, HEAD_AIR, _frames, _plain
from layout_app.layout.storyblock import _measure_block
from layout_app.layout.verse import VERSE
from layout_app.layout.wording import BESIDE_BRIEF
from layout_app.model.furniture import RuleItem

PAIR_POEMS = True      # (a switch for breaking tests)


def is_poem(doc, sid: str) -> bool:
    """Story `sid` a poem: its lines in the verse style (`intake.verse`)."""
    return any(f.style == VERSE for f in doc.story(sid).formats)


_verse = is_poem


def poem_widths(n_cols: int, n_stories: int, poems: bool) -> list[list[int]]:
    """Stack widths with a one-column stack for a poem alone ("widen what is near": the poem down its
    own column, the stacks beside it a column wider, no white beside it) — only on a page with a poem."""
    from layout_app.layout.stacking import stack_widths
    if not PAIR_POEMS or not poems or n_stories < 2:
        return []
    return [w[:j] + [1] + w[j:] for w in stack_widths(n_cols - 1, n_stories - 1) if len(w) < 4
            for j in range(1, len(w) + 1)]


def poem_beside(doc, probe, frames: list, stories: list[dict], col: int, cols: int, plans: dict, room: int,
                aspect, bottom: int) -> list[RuleItem]:
    """The stack's (`col`, `cols`) poems set beside a neighbour's text, changed in place with their
    decisions (`stories`: autoplace's); the column rules drawn between each pair. `plans`: story id →
    (StoryPlan, rank)."""
    if not PAIR_POEMS or cols < 2:
        return []
    rules = []
    done: set[str] = set()
    plain = [s for s in _plain(frames, stories, plans)]
    order = sorted(plain, key=lambda sid: min(f.line for f in frames if f.story == sid))
    for k, sid in enumerate(order):
        if sid in done or not _verse(doc, sid):
            continue
        best = None
        for j in (k - 1, k + 1):
            if not 0 <= j < len(order) or order[j] in done or _verse(doc, order[j]):
                continue
            upper, lower = (order[j], sid) if j < k else (sid, order[j])
            got = _pair(doc, probe, frames, upper, lower, sid, col, cols, plans, room, aspect, bottom)
            if got is not None and (best is None or got[0] < best[0]):
                best = got
        if best is None:
            continue
        _, upper, lower, left, new, shift, foot = best
        moved = {f.id: replace(f, line=f.line + shift) for f in frames
                 if f.story not in (upper, lower) and f.col < col + cols and f.col + f.cols > col and f.line >= foot}
        frames[:] = [moved.get(f.id, f) for f in frames if f.story not in (upper, lower)] + new
        for d in stories:
            if d["story"] in (upper, lower):
                mine = [f for f in new if f.story == d["story"]]
                d["columns"] = [min(f.col for f in mine) + 1, max(f.col + f.cols for f in mine)]
                d["lines"] = [min(f.line for f in mine) + 1, max(f.line + f.lines for f in mine)]
                d["body_frames"] = [f.id for f in mine if f.part == "body"]
                d["beside_story"] = Notice(BESIDE_BRIEF, partner=lower if d["story"] == upper else upper,
                                           first=d["columns"][0], last=d["columns"][1])
            elif shift and any(f.story == d["story"] and f.id in moved for f in frames):
                d["lines"] = [d["lines"][0] + shift, d["lines"][1] + shift]
                for pd in d.get("photos", []):
                    pd["lines"] = [pd["lines"][0] + shift, pd["lines"][1] + shift]
        top = min(f.line for f in new)
        rules.append(RuleItem(f"apart-{upper}-{lower}", col + left, top, lines=max(f.line + f.lines for f in new) - top))
        done |= {upper, lower}
    return rules


def _pair(doc, probe, frames, upper, lower, poem, col, cols, plans, room, aspect, bottom):
    """(white, upper, lower, the upper's columns, the pair's frames, the lines what stands under them
    moves, the line it stood from) for the poem in its fewest columns and its neighbour in the rest —
    or None: something stands between them, the two end more than a few lines apart, or the stack
    has no room for the pair."""
    mine = [f for f in frames if f.story in (upper, lower)]
    top, foot = min(f.line for f in mine), max(f.line + f.lines for f in mine)
    if any(f.story not in (upper, lower) and f.line < foot and top < f.line + f.lines
           and f.col < col + cols and f.col + f.cols > col for f in frames):
        return None
    under = [f for f in frames if f.story not in (upper, lower) and f.line >= foot and f.col < col + cols and f.col + f.cols > col]
    for k in range(1, cols):
        widths = {poem: k, (lower if poem == upper else upper): cols - k}
        blocks = {sid: _measure_block(doc, probe, plans[sid][0], plans[sid][1], widths[sid], room, aspect)
                  for sid in (upper, lower)}
        if any(b.below_min or not b.body for b in blocks.values()):
            continue
        depth = {sid: b.head + b.body for sid, b in blocks.items()}
        span = max(depth.values())
        if span > bottom - top:
            continue                                   # the poem runs past the stack's foot: a column more
        white = {sid: span - depth[sid] - min(span - depth[sid], HEAD_AIR, blocks[sid].head_air) for sid in blocks}
        if max(white.values()) > FOOT_WHITE:
            return None                                 # the neighbour's text nowhere near the poem's depth
        shift = top + span - foot
        if under and max(f.line + f.lines for f in under) + shift > bottom:
            return None
        legs = {sid: blocks[sid].body for sid in blocks}
        new, _ = _frames(probe, upper, lower, widths[upper], blocks, span, col, cols, top, legs)
        return sum(white.values()), upper, lower, widths[upper], new, shift, foot
    return None


def poem_stand_ins(doc, blocks: list, cols: int, at_width) -> list:
    """A stack's blocks as `choosing` weighs them with its poems set as they will be: a poem with a
    neighbour's text near its depth in the stack's other columns counted as the pair (the upper block
    standing for both, as deep as the deeper, the white under the shallower its `white`; the lower
    block left with no lines), a poem last in its stack and alone in one column with the columns beside
    it counted as white. `at_width(j, w)`: block j measured `w` columns wide."""
    if not PAIR_POEMS or cols < 2:
        return blocks
    from layout_app.layout.sidebars import is_sidebar

    def plain(b) -> bool:
        return bool(b.head and b.body and not b.photos
                    and not is_sidebar(doc.story(b.plan.story)) and not _verse(doc, b.plan.story))

    out = list(blocks)
    taken: set[int] = set()
    for j, b in enumerate(blocks):
        if j in taken or not b.body or b.photos or not _verse(doc, b.plan.story):
            continue
        poem = at_width(j, 1)
        depth = poem.head + poem.body
        best = None
        for n in (j - 1, j + 1):
            if not 0 <= n < len(blocks) or n in taken or not plain(blocks[n]):
                continue
            other = at_width(n, cols - 1)
            span = max(depth, other.head + other.body)
            short = (span - depth, span - other.head - other.body)
            if max(short) > FOOT_WHITE + HEAD_AIR:
                continue
            white = short[0] + (cols - 1) * short[1]
            if best is None or white < best[0]:
                best = (white, n, span)
        if best is not None:
            white, n, span = best
            upper, lower = min(j, n), max(j, n)
            out[upper] = replace(blocks[upper], head=0, body=span, head_air=0, body_empty=0, below_min=False,
                                 white=white)
            out[lower] = replace(blocks[lower], head=0, body=0, head_air=0, body_empty=0, below_min=False)
            taken |= {j, n}
        elif j == len(blocks) - 1:
            # alone at the stack's foot: one deep column, the columns beside it white (`verse_legs`)
            out[j] = replace(b, head=poem.head, body=poem.body, body_empty=0, white=(cols - 1) * depth)
        else:
            # in legs across the stack, something under it: as bad as the holes its legs are
            out[j] = replace(b, white=(cols - 1) * poem.body)
    return out
