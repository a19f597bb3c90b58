"""A story measured at a stack's width, for a first layout (`autoplace`): its heading's lines and
size for its rank, its photo rows (two side by side in a wide stack, or one over the other) within
their crop limits, the caption under each row, its body's lines — and, where a photo would stand too
tall across the stack, that photo set narrower with the text beside it (`beside`)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING

from layout_app.layout.beside import (BESIDE_SHARE, MAX_PHOTO_SHARE, caption_lines, fits, narrower, photo_range,
                                      set_beside)
from layout_app.layout.gallery import hung_row, own_lines, works_white
from layout_app.layout.photonumbers import read_before
from layout_app.layout.stackair import CAPTION_AIR, FILL_HEAD, HEAD_AIR, MORE_AIR
from layout_app.model.frame import Frame

if TYPE_CHECKING:
    from layout_app.layout.autoplace import StoryPlan

# headline size cap as a share of the headline style's size, for a template with no headline_<rank> styles
RANK_SIZE = {1: 1.0, 2: 0.78, 3: 0.62}
KICKER_RATIO = 1.2         # without ranked styles: a headline at least this many times its kicker's size
FEATURE_PHOTOS = 5        # a story with this many photos or more: a photo feature, its photos three to a row
THREE = "three"           # a way of setting its photos (`pairs`): three to a row, where two to a row run over
SAME_SIZE = 0.9          # a photo row this share of the largest's area or more: as large (`lead_row`)
ENOUGH = 0.85             # a headline under the lead's this share of its rank's size is large enough (一号 26 → 22)


@dataclass
class _Block:
    """One story in a stack, measured at the stack's width."""
    plan: StoryPlan
    head: int
    size: float
    photos: list[tuple[str, int, int, int]]                # row of photos, natural, lowest, highest lines
    captions: list[int]                                    # caption lines per row of photos (0: none)
    body: int
    members: dict = field(default_factory=dict)            # row → [(photo, column offset, columns)]
    body_empty: int = 0                                    # empty lines at the end of the body
    beside: str | None = None                              # the last photo row, with the body beside it
    under: tuple[int, int] = (0, 0)                        # … and the body's lines under it, in its columns
    factor: dict = field(default_factory=dict)             # row → share of its height the stack feels
    head_air: int = 0                                      # lines the heading may take more, same size
    below_min: bool = False                                # the headline is too long for the width
    cap: float = 0.0                                       # pt: the largest its headline may be (its rank's)
    floor: float = 0.0                                     # pt: the smallest (without ranked styles: over its kicker)
    rank: int = 0                                          # 1: the page's lead story (its legs deeper: `stacking.leg_min`)
    white: int = 0                                         # column-lines left white among a section's works (`gallery`)

    @property
    def air(self) -> int:
        """Lines of air the block can take: heading air, a line under each caption."""
        return min(self.head_air, HEAD_AIR) + sum(CAPTION_AIR for (k, *_), c in zip(self.photos, self.captions) if c and k != self.beside)

    @property
    def fixed(self) -> float:
        # a row with the body beside it costs the stack only its share of columns: the text there
        # would otherwise stand under it
        return self.head + sum(c * self.factor.get(k, 1.0) for (k, _, _, _), c in zip(self.photos, self.captions)) + self.body


def row_area(grid, group, lines: int) -> float:
    """pt²: the largest photo of a photo row (`group`: (photo, column offset, columns)) `lines` tall."""
    return max(grid.span_width(pc) for _, _, pc in group) * lines * grid.leading


def lines_within(grid, group, area: float) -> int:
    """The most lines a photo row (`group`) may stand with none of its photos larger than `area` pt²:
    a story under the lead never shows a photo larger than the lead story's largest."""
    return math.floor(area / (max(grid.span_width(pc) for _, _, pc in group) * grid.leading) + 1e-9)


def lead_row(doc, b, heights: dict, room: int) -> str | None:
    """The page lead's main picture: of block `b`'s photo rows, the largest as set (`heights`: each
    row's lines), the first of the copy's order of equal size — the one a chief editor sets under the
    lead's headline, its text under it, the story's other photos smaller and lower. None: it is the
    row set beside its text (right under the heading already), there is none, or it stands taller
    than BESIDE_SHARE of the stack's `room` lines — under the headline it would push the page's main
    read down past the fold (its text first then, the photos after it, as any story's) — or the desk
    numbered another of its photos before it (图① is read first)."""
    rows = [k for k, *_ in b.photos]
    area = {k: row_area(doc.grid, b.members[k], heights[k]) for k in rows}
    # (a line or two apart, two landscapes are of a size: copyfit grew one to fill, the copy's first leads)
    largest = max(area.values(), default=0.0)
    main = next((k for k in rows if area[k] >= SAME_SIZE * largest), None)
    if main is None or main == b.beside or heights[main] > BESIDE_SHARE * room:
        return None
    return None if read_before(doc, _pids(b, [main]), _pids(b, [k for k in rows if k != main])) else main


def three_across(grid, aspect, pids: list[str], cols: int, tallest: int) -> list[tuple[str, int, int]] | None:
    """Three photos side by side across a wide stack, one height for all within all three crop limits
    (to the nearest line; a photo feature's rows: 2 + 3 + 3 of 8 columns) — (photo, column offset, columns) each, the split
    nearest even; None where no split holds them."""
    best = None
    for split in ((a, b, cols - a - b) for a in range(2, cols - 3) for b in range(2, cols - a - 1)):
        if not all(fits(grid, aspect, p, c) for p, c in zip(pids, split)):
            continue
        r = [photo_range(grid, aspect, p, c) for p, c in zip(pids, split)]
        # (within a line of all three crop limits: three landscapes 3 + 3 + 2 columns wide meet at 16.5
        # lines, the narrow one's limit 16.9 — a line's rounding, about a point of crop more)
        if max(x[1] for x in r) <= min(min(x[2] for x in r) + 1, tallest):
            key = max(split) - min(split)
            if best is None or key < best[0]:
                best = (key, split)
    if best is None:
        return None
    a, b, c = best[1]
    return [(pids[0], 0, a), (pids[1], a, b), (pids[2], a + b, c)]


def _pids(b, rows: list[str]) -> list[str]:
    """The photos of block `b`'s photo `rows`."""
    return [p for k in rows for p, _, _ in b.members[k]]


def under_lead(grid, blocks: list, ranks: list[int], area: float | None) -> tuple[list, int]:
    """`blocks` with the photo rows of each story under the lead (rank 2 or more) allowed no taller
    than keeps them within the lead story's largest photo (`area` pt², None: the lead shows none) —
    copies where that changes a row —, and how many rows stand larger at their smallest all the same."""
    if not area:
        return blocks, 0
    out, big = [], 0
    for b, rank in zip(blocks, ranks):
        if rank == 1 or not b.photos:
            out.append(b)
            continue
        rows = []
        for key, nat, lo, hi in b.photos:
            most = lines_within(grid, b.members[key], area)
            big += lo > most
            hi = max(lo, min(hi, most))
            rows.append((key, min(nat, hi), lo, hi))
        out.append(b if rows == b.photos else replace(b, photos=rows))
    return out, big


def measure_heading(probe, head: Frame, cap: float, floor: float, enough: float | None) -> tuple[int, float, int, bool]:
    """A heading frame's lines for a headline up to `cap` pt (`probe.ranked_heading`), its headline's size,
    the lines of air it may take without its headline growing (set over its type), and whether it is
    set below its minimum."""
    lines, size = probe.ranked_heading(head, 2, cap, floor, enough=enough)
    r = probe.one(replace(head, lines=lines))
    air = 0
    for extra in range(1, HEAD_AIR + MORE_AIR + FILL_HEAD + 1):
        a = probe.one(replace(head, lines=lines + extra))
        if a is None or a.size != size:
            break
        air = extra
    return lines, size, air, bool(r is not None and r.below_min)


def _measure_block(doc, probe, sp: StoryPlan, rank: int, cols: int, room: int, aspect, pairs: bool | str = True,
                   beside: str = "auto") -> _Block:
    """One story measured at `cols` columns: heading lines for its rank, photo rows, captions, body.
    `pairs`: two photos side by side in a wide stack (else one above the other, across it)."""
    grid = doc.grid
    story = doc.story(sp.story)
    head_lines, size, head_air, below_min, floor = 0, 0.0, 0, False, 0.0
    if story.headline or story.kicker or story.deck:
        head = Frame(f"{sp.story}-head", 0, cols, 0, 1, story=sp.story, part="heading")
        # the rank's own headline style where the template has one (its size the cap); a kicker goes
        # down with its headline (`compose.kicker_cap`): never the headline up for its kicker
        styled = f"headline_{story.rank}" if story.rank else ""
        enough = None
        if styled in doc.styles:
            cap = doc.style(styled).size if sp.ceiling is None else min(doc.style(styled).size, sp.ceiling)
            # under the lead, a headline at ENOUGH of its cap takes the fewest lines: room for photos and copy
            enough = ENOUGH * cap if rank > 1 else None
        else:
            # no ranked styles: a share of the plain headline style, kept clear of its kicker (as before)
            floor = doc.style("kicker").size * KICKER_RATIO if story.kicker else 0.0
            cap = max(doc.style("headline").size * RANK_SIZE[rank], floor)
        head_lines, size, head_air, below_min = measure_heading(probe, head, cap, floor, enough)
    photos, caps, members = [], [], {}
    pids = list(sp.photos)
    tallest = int(MAX_PHOTO_SHARE * room)
    i = 0
    row = hung_row(grid, aspect, pids, cols, tallest) if getattr(sp, "gallery", False) else None
    if row:
        # a section of works of art (书画): hung side by side, each its own shape, the row the tallest's lines
        top = max(own_lines(grid, aspect, p, pc) for p, _, pc in row)
        key = "+".join(p for p, _, _ in row)
        photos.append((key, top, top, top))
        members[key] = row
        caps.append(max(caption_lines(doc, probe, p, pc) for p, _, pc in row))
        i = len(pids)
    while i < len(pids):
        # two photos side by side in a wide stack, one height for both within both crop limits
        group = [(pids[i], 0, cols)]
        # a photo that would stand taller than its share of the page goes narrower
        # (or wider than its pixels fill)
        while group[0][2] > 1 and (photo_range(grid, aspect, pids[i], group[0][2])[1] > tallest
                                   or not fits(grid, aspect, pids[i], group[0][2])):
            group = [(pids[i], 0, group[0][2] - 1)]
        # (an odd number of photos: the first, the story's news photo, alone across the stack — its largest;
        # review30's lead set its two action photos in a pair and the crowd shot alone, three times their size)
        three = three_across(doc.grid, aspect, pids[i:i + 3], cols, tallest) \
            if pairs == THREE and cols >= 6 and i + 2 < len(pids) else None
        if three:
            group = three
        elif pairs and cols >= 4 and i + 1 < len(pids) and not (i == 0 and len(pids) % 2):
            left = (cols + 1) // 2
            pair = [(pids[i], 0, left), (pids[i + 1], left, cols - left)]
            r = [photo_range(grid, aspect, p, pc) for p, _, pc in pair]
            if max(x[1] for x in r) <= min(min(x[2] for x in r), tallest) \
                    and all(fits(grid, aspect, p, pc) for p, _, pc in pair):
                group = pair
        r = [photo_range(grid, aspect, p, pc) for p, _, pc in group]
        lo, hi = max(x[1] for x in r), max(max(x[1] for x in r), min(min(x[2] for x in r), tallest))
        nat = min(hi, max(lo, round(sum(x[0] for x in r) / len(r))))
        key = "+".join(p for p, _, _ in group)
        photos.append((key, nat, lo, hi))
        members[key] = group
        caps.append(max(caption_lines(doc, probe, p, pc) for p, _, pc in group))
        i += len(group)
    narrow = [j for j, k in enumerate(photos) if len(members[k[0]]) == 1 and members[k[0]][0][2] < cols]
    later = [p for k, *_ in photos[narrow[-1] + 1:] for p, _, _ in members[k]] if narrow else []
    if narrow and narrow[-1] != len(photos) - 1 and not read_before(doc, later, [members[photos[narrow[-1]][0]][0][0]]):
        # a photo narrower than the stack (its pixels fill no more) goes to the foot of the story's
        # photos, where its text can stand beside it: not a hole beside it (nor 图① under 图②)
        j = narrow[-1]
        photos.append(photos.pop(j))
        caps.append(caps.pop(j))
    body_lines, body_empty = 0, 0
    if story.body:
        body = Frame(f"{sp.story}-body", 0, cols, 0, 1, story=sp.story, part="body")
        body_lines = probe.lines_needed(body, room)
        r = probe.one(replace(body, lines=min(body_lines, room)))
        body_empty = r.empty_lines if r is not None else 0
    block = _Block(sp, head_lines, size, photos, caps, body_lines, members, body_empty, head_air=head_air,
                   below_min=below_min, cap=cap if head_lines else 0.0, floor=floor, rank=rank)
    if isinstance(beside, tuple):
        # (a way, then the n-th of its photo rows set narrower with the text beside it: `narrower`;
        # the way itself once a photo of the story is left out and that row is gone)
        set_beside(doc, probe, block, cols, room, aspect, beside[0])
        return next(islice(narrower(doc, probe, block, cols, room, aspect), beside[1], None), block)
    set_beside(doc, probe, block, cols, room, aspect, beside)
    if getattr(sp, "gallery", False):
        block.white = works_white(grid, aspect, block.members, cols)
    return block
