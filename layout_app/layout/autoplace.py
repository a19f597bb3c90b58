"""A first layout, made automatically, the way a page editor would: the banner and its deck across the
top in the largest type, the page lead under it in columns of a readable measure, then the stories
ranked (the lead story first, in the widest stack, its headline largest; briefs last, smaller) in
stacks of whole columns, each story's photo under its heading with its caption right under it — or
over its heading when that heading would otherwise stand beside the one in the stack to its left
(碰题, `tombstones`) — the page credits on the last line in the credit style.

Copyfitting: every text frame gets the lines its text needs; a photo frame follows the photo's shape
(at most `beside.MAX_CROP` cropped away); a stack is filled by choosing its stories, the stacks' widths
and each photo's height. Every choice is recorded with its reason (`Plan.decisions`) for `compose`."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from layout_app.errors import Notice
from layout_app.layout.beside import PhotoShapes, fits, held_by, lines_under, narrower, set_around, text_beside
from layout_app.layout.copyfit import MAX_EMPTY        # a stack may end with this many empty lines
from layout_app.layout.demote import as_briefs, demotable, demote_heads, over_lead
from layout_app.layout.briefpairs import pair_blocks, pair_briefs, set_pair, stand_ins
from layout_app.layout.narrowlegs import narrow_legs
from layout_app.layout.frontpage import eye_box
from layout_app.layout.verse import verse_legs
from layout_app.layout.gallery import hang_works
from layout_app.layout.versepair import poem_beside
from layout_app.layout.sidecaption import side_caption
from layout_app.layout.sidebars import is_sidebar
from layout_app.layout import choosing
from layout_app.layout.choosing import choose as _choose
from layout_app.layout.evening import text_across
from layout_app.layout.overfull import CUT_LINES, cut_rows, drop_rows, into_foot, shorter_heads
from layout_app.layout.pagehead import under_banner, display_lead, place_head, quiet_titles
from layout_app.layout.photonumbers import out_of_order, read_before
from layout_app.layout.photonews import band_candidate, band_fallback, band_rule, picture_band
from layout_app.layout.planfacts import empty_beside, measure_plan, white_beside
from layout_app.layout.probe import FrameProbe
from layout_app.layout.ranking import rank_stories, size_below, tier_styles, with_ranks
from layout_app.layout.stackair import MORE_AIR, grow_heads, share_air, usual_air
from layout_app.layout.storyblock import _Block, _measure_block, lead_row, lines_within, row_area
from layout_app.layout.tombstones import (heading_frames_side_by_side, opens_with_photo, out_of_rank, set_apart,
                                          side_by_side, unruled)
from layout_app.layout.wording import (DEMOTED, GUESSED_STORY, NARROWED,
                                       NO_PIXELS, OF_STORY, ON_TOP_BESIDE, ON_TOP_RIGHT, PHOTO_OUT, PHOTO_OUT_DEEP,
                                       SHORTENED, STORY_OUT, TOO_TALL)
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame

NOT_A_STACK = ": not a stack of pictures between headline and text"
HEAD_UNDER_PHOTO_AIR = 2   # lines of air at most between a caption and the heading under its photo


@dataclass
class StoryPlan:
    story: str
    photos: list[str] = field(default_factory=list)      # photo ids, shown with the story
    ceiling: float | None = None                          # pt: its headline smaller than this (the banner's)
    guessed: frozenset[str] = frozenset()                 # photos placed with it though no caption names it
    photo_news: bool = False                              # a picture story (图片新闻): its text its photo's caption
    gallery: bool = False                                 # a section of works of art (书画): its pictures, no text


@dataclass
class Plan:
    frames: list[Frame] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)        # what was decided, in words
    unplaced: list[str] = field(default_factory=list)     # what could not be placed, in words
    decisions: dict = field(default_factory=dict)         # the same, for --json
    warnings: list[str] = field(default_factory=list)
    rules: list = field(default_factory=list)             # column rules it drew (隔开)
    ranks: dict = field(default_factory=dict)             # story → its rank (lead, second, brief): its headline style
    type_lines: dict = field(default_factory=dict)        # heading frame → the lines its type stands on, as set
    styles: dict = field(default_factory=dict)            # styles the frames name that the template lacks
    fault: tuple = ()                                     # what the arrangement chosen came out worse for
    boxes: list = field(default_factory=list)             # boxes it set (the 导读 in the 报眼)


def plan_page(doc: Document, page: Page, stories: list[StoryPlan], banner: str | None = None,
              credits: str | None = None, photo_aspect: dict[str, float] | None = None,
              copyfit: bool = True, photo_most: dict[str, tuple[float, float]] | None = None,
              ranked_styles: bool = True, photo_right: bool = True, headed: bool = True, banded: bool = True) -> Plan:
    """Frames for `page`. `photo_aspect`: height / width of each photo; `photo_most`: the largest frame
    (width, height in pt) each photo's pixels fill at the plant's resolution floor. `copyfit`: a stack that runs
    over leaves photos out rather than copy (`overfull`), a stack still short takes more air
    (`stackair`); False for a caller that cuts the copy itself and keeps the photos — the intake
    corpus generator. `ranked_styles`: each story's headline in its rank's style (`headline_<rank>`)
    where the template has them. `photo_right`: a photo set narrower than its stack stands on the
    stack's right, the story's text opening under its heading on the left (False: on the left, the text
    opening under the photo's caption — the intake corpus's pages as they were made). `headed`: a short
    story headed as news ranks second (`ranking.headed_as_news`); the page is planned again with them briefs
    where it comes out worse so (`demote`). `banded`: a picture story (图片新闻) set in a band across the page's
    foot (`photonews`) — the page is planned again without it where the band leaves a story or copy out."""
    given, grid = doc, doc.grid
    n_cols = grid.columns
    aspect = PhotoShapes(photo_aspect, photo_most, frozenset(p.id for p in doc.photos if p.fit))
    # a front page's 导读 box in the 报眼, not among the stories (`frontpage`)
    eye_plan = Plan()
    doc, contents = eye_box(doc, given, page, stories, eye_plan)
    ranked = rank_stories(doc, [sp for sp in stories if sp is not contents], headed=headed)
    doc, ranks = with_ranks(doc, ranked) if ranked_styles else (doc, {})
    # a page lead with no banner over it set larger, across the page (the corpus's pages as before)
    doc, styles = display_lead(doc, banner) if copyfit else (doc, {})
    styles = {**tier_styles(doc, ranks), **styles}
    doc, quiet = quiet_titles(doc, banner)          # under a 副刊's masthead
    styles = {**styles, **quiet}
    probe = FrameProbe(doc, page)
    styles.update(eye_plan.styles)
    plan = Plan(eye_plan.frames, eye_plan.notes, decisions=eye_plan.decisions, warnings=eye_plan.warnings,
                ranks=ranks, styles=styles, boxes=eye_plan.boxes)
    dec = plan.decisions
    top, bottom = place_head(doc, probe, plan, banner, credits)
    if ranks and dec.get("banner", {}).get("size"):
        # the banner is the page's largest type: every headline under it a size (号) smaller at least
        ceiling = size_below(dec["banner"]["size"])
        ranked = [(replace(sp, ceiling=ceiling), rank, why) for sp, rank, why in ranked]
        # …in type too, where the template styles a headline over the banner as set (四开: `under_banner`)
        doc, stepped = under_banner(doc, dec["banner"]["size"])
        if stepped:
            styles.update(stepped)            # (the plan's styles: written into the document)
            probe = FrameProbe(doc, page)
    dec["stories"], dec["stacks"] = [], []
    band = band_candidate([sp for sp, _, _ in ranked], ranked)
    if band is not None and copyfit and banded:
        # a picture story (图片新闻): its photo large in a band across the page's foot, no brief
        sp, rank, why = ranked[band]
        set_band = picture_band(doc, probe, sp, rank, why, top, bottom, aspect, None if banded is True else banded)
        if set_band is not None:
            frames, d, bottom, note = set_band
            plan.frames.extend(frames)
            d["band"] = note
            dec["picture_band"] = {"story": d, "top": bottom}
            ranked = ranked[:band] + ranked[band + 1:]
    if not ranked:
        return plan
    room = bottom - top
    # the choice's line counts are estimates (text beside a photo, headings): the page is set and
    # measured, and when its copy still runs over the next arrangements are tried
    base = Plan(list(plan.frames), list(plan.notes), list(plan.unplaced), dict(dec), list(plan.warnings),
                boxes=list(plan.boxes))
    kept = None
    for best in _choose(doc, probe, ranked, n_cols, room, aspect, by_rank=copyfit):
        plan = Plan(list(base.frames), list(base.notes), list(base.unplaced), dict(base.decisions),
                    list(base.warnings), ranks=ranks, styles=styles, boxes=list(base.boxes))
        _place(doc, page, probe, plan, best, ranked, top, bottom, aspect, copyfit, photo_right)
        # worst: a story not placed; then copy a reporter wrote that does not reach the page (lines
        # run over) and photos left out, a photo counting as more lines than an editor cuts; then
        # stacks left more than MAX_EMPTY empty and columns left empty beside a photo; then headlines
        # side by side; then headlines below their minimum size; then a story's numbered photos read out
        # of their numbers' order (the next arrangement is tried for all but the empty stacks)
        out = plan.unplaced[len(base.unplaced):]
        photos_out = sum(1 for u in out if u.startswith("photo"))
        overset = sum(d.get("overset_lines") or 0 for d in plan.decisions["stories"])
        beside = white_beside(plan)          # columns left empty beside a photo: a hole mid-page
        fault = (sum(1 for u in out if u.startswith("story")) + (0 if copyfit else photos_out),
                 overset + (CUT_LINES + 1) * photos_out if copyfit else overset,
                 sum(max(0, st.get("empty_lines", 0) - MAX_EMPTY) for st in plan.decisions["stacks"]) + beside,
                 len(unruled(heading_frames_side_by_side(plan.frames, plan.type_lines), plan.rules)),
                 sum(1 for d in plan.decisions["stories"] if d.get("below_min")),
                 out_of_order(doc, plan.frames))
        if kept is None or fault < kept[0]:
            kept = (fault, plan)
        if not any(fault):
            break
    plan = kept[1]
    plan.fault = kept[0]
    if "picture_band" in plan.decisions and any(kept[0][:2]) and banded is True:
        # the band took room the page's stories need: a narrower panorama, or the picture story in a stack
        other = band_fallback(doc, plan, len(base.unplaced), copyfit, lambda b: plan_page(
            given, page, stories, banner, credits, photo_aspect, copyfit, photo_most, ranked_styles, photo_right,
            headed, banded=b))
        if other is not None:
            return other
    if "picture_band" in plan.decisions:
        plan.rules.append(band_rule(doc, plan.decisions["picture_band"]["top"]))     # the band set apart
    if copyfit and headed and any(kept[0]) and demotable(doc, ranked):
        # a story headed as news set a middle step made the page worse (a story or photo out, copy over,
        # empty lines, 碰题): the page with them set as briefs, when that is better (then with fewer
        # photos set larger than the lead story's)
        other = plan_page(given, page, stories, banner, credits, photo_aspect, copyfit, photo_most, ranked_styles,
                          photo_right, headed=False, banded=banded)
        if (other.fault, over_lead(other)) < (kept[0], over_lead(plan)):
            return other
    empty_beside(plan)
    set_apart(plan)
    return plan


def _place(doc, page, probe, plan: Plan, best: dict, ranked, top: int, bottom: int, aspect,
           copyfit: bool = True, photo_right: bool = True) -> None:
    """The frames of the chosen stacks, set and measured."""
    dec = plan.decisions
    dec["stories"], dec["stacks"] = [dec["picture_band"]["story"]] if "picture_band" in dec else [], []
    first: set[str] = set()
    stacks = best["stacks"]
    dropped: dict[int, list[str]] = {}
    over: dict[str, int] = {}                          # photo left out → lines its stack ran over with it
    rounds = 8 if copyfit else 4
    lead_ids = {p for sp, r, _ in ranked if r == 1 for p in sp.photos}
    by_rank = copyfit and choosing.BY_RANK
    for attempt in range(rounds):
        built, x, left_heads, lead = [], 0, [], None
        for cols, chosen in zip(best["widths"], stacks):
            built.append(_build(doc, probe, chosen, x, cols, top, bottom, aspect, ranked, left_heads, first,
                                overfull=copyfit and attempt < rounds - 1, more_air=copyfit,
                                photo_right=photo_right, lead=lead if by_rank else False, pair_strips=copyfit))
            left_heads = [f for f in built[-1][0] if f.part == "heading"]
            # the lead story's largest photo as set (its stack the first): no photo of another larger
            lead = max([lead or 0.0] + [doc.grid.span_width(f.cols) * f.lines * doc.grid.leading
                                        for f in built[-1][0] if f.photo in lead_ids and f.part != "caption"]) or None
            x += cols
        gone = {p for _, info in built for p in info.get("dropped", [])}
        if gone:
            # photos with no room left in their stack: the stack set again without them, its other
            # photos and air filling the room they leave
            for k, (_, info) in enumerate(built):
                dropped.setdefault(k, []).extend(info.get("dropped", []))
                over.update(info.get("over", {}))
            stacks = [[(replace(sp, photos=[p for p in sp.photos if p not in gone]), *rest) for sp, *rest in st]
                      for st in stacks]
            continue
        # a heading still beside the one on its left (its story has no photo to open with): the
        # story on the left opens with its photo instead, when it has one (not beside a sidebar: boxed, 隔开)
        can = {s for _, info in built for s in info["can_open_with_photo"]}
        more = {a for a, b in side_by_side([f for frames, _ in built for f in frames])
                if a in can and not is_sidebar(doc.story(b))} - first
        if not more:
            break
        first |= more
    plans = {sp.story: (sp, rank) for st in stacks for sp, rank, *_ in st}
    demoted = {s for _, info in built for s in info.get("demoted", ())}
    if demoted:
        # set back to a brief's rank (`demote`): its headline style on the page, and as the page is measured
        plan.ranks = {**plan.ranks, **dict.fromkeys(demoted, "brief")}
        plans.update({s: (plans[s][0], 3) for s in demoted})
        doc = as_briefs(doc, demoted)
        probe = FrameProbe(doc, page)
    x = 0
    story_of = {pid: sp.story for sp, _, _ in ranked for pid in sp.photos}
    guessed = {pid for sp, _, _ in ranked for pid in sp.guessed}
    for k, (cols, (frames, info)) in enumerate(zip(best["widths"], built)):
        if copyfit:             # (not the intake corpus's pages: made as they were measured)
            # a story that would run as a strip across its stack set beside its neighbour in it (隔开 by a rule)
            others = [f for fs, _ in built if fs is not frames for f in fs]
            plan.rules.extend(info.get("rules", []) + pair_briefs(doc, probe, frames, info["stories"], x, cols, plans,
                                                                  bottom - top, aspect, others))
            # a strip with nothing under it in its stack: its text in fewer, deeper columns
            narrow_legs(probe, frames, info["stories"], x, cols, bottom)
            plan.rules.extend(poem_beside(doc, probe, frames, info["stories"], x, cols, plans, bottom - top, aspect, bottom))
            verse_legs(doc, probe, frames, info["stories"], bottom)      # a poem down one deep column
            hang_works(doc, frames, info["stories"], {sp.story for sp, *_ in ranked if sp.gallery}, aspect)
            # a strip right over or under its photo across the stack: under the photo, beside its caption
            side_caption(doc, probe, frames, info["stories"], x, cols, bottom, aspect)
        plan.frames.extend(frames)
        for pid in dropped.get(k, []):
            # (`over` is the stack's overrun with all the photos it left out in that round, not this one's)
            sid = story_of.get(pid)
            whose = Notice(OF_STORY, story=sid, headline=doc.story(sid).title) if sid else ""
            if pid in guessed:
                whose = Notice(GUESSED_STORY, story=sid)
            plan.unplaced.append(Notice(PHOTO_OUT_DEEP, over=over[pid], photo=pid, whose=whose, first=x + 1, last=x + cols)
                                 if pid in over else Notice(PHOTO_OUT, photo=pid, whose=whose, first=x + 1, last=x + cols))
        for d in info["stories"]:
            d["stack"] = k + 1
            dec["stories"].append(d)
        dec["stacks"].append({"stack": k + 1, "columns": [x + 1, x + cols], "stories": [d["story"] for d in info["stories"]],
                              "spare_rows": info["spare"], "air_spread": info["spread"]})
        why = out_of_rank(info["stories"], [sp.story for sp, _, _ in ranked])
        if why:
            dec["stacks"][-1]["order"] = why             # (said in the stack's note, planfacts)
        x += cols
    for sp, rank, why in ranked:
        if not any(d["story"] == sp.story for d in dec["stories"]):
            plan.unplaced.append(Notice(STORY_OUT, story=sp.story, headline=doc.story(sp.story).title))
    said = list(plan.notes), list(plan.warnings)
    measure_plan(doc, page, plan, MAX_EMPTY, aspect)
    if into_foot(plan, bottom):
        # a text that ran over took the lines left at its foot: measured again, said once
        plan.notes[:], plan.warnings[:] = said
        for d in dec["stories"]:
            d.pop("overset_lines", None)
        dec.pop("short_of_copy", None)
        measure_plan(doc, page, plan, MAX_EMPTY, aspect)


TALL_ROW = 0.25           # share of the stack's lines a story's one photo row stands, caption and all, to go under its text
MOVED_AIR = 2              # lines of caption air at most moved over the photos that follow a story's text
TEXT_UNDER_HEAD = CAPTION_OVER_HEAD = LEAD_PHOTO_TOP = True      # (switches for breaking tests)


def _build(doc, probe, ranked_slice, col, cols, top, bottom, aspect, ranked_all,
           left_heads: list[Frame] = (), first: set[str] = frozenset(),
           overfull: bool = True, more_air: bool = True, photo_right: bool = True,
           lead: float | None | bool = False, pair_strips: bool = False) -> tuple[list[Frame], dict]:
    """The stack's frames. `left_heads`: the heading frames of the stack to the left. A story whose
    heading would stand beside one of them opens with its photo (and caption) over its heading: two
    headlines side by side (碰题) read as one, on paper and in a PDF's text. So do the stories in
    `first` (the one on their right has no photo to open with). `lead`: pt², the lead story's largest
    photo, set in a stack before (None: in this one, as it grows; False: photos not held by rank) —
    none of the other stories' grows larger."""
    grid = doc.grid
    blocks = [_measure_block(doc, probe, sp, rank, cols, bottom - top, aspect, *way)
              for sp, rank, _, way in ranked_slice]
    room = bottom - top
    # photo heights: start natural, then grow or shrink within the crop limit until the stack is full
    heights = {p[0]: p[1] for b in blocks for p in b.photos}
    limits = {p[0]: (p[2], p[3]) for b in blocks for p in b.photos}
    under: dict = {}
    leads = {sp.story for sp, r, _ in ranked_all if r == 1}     # the lead story's heading and photos go last
    lead_rows = {k for b in blocks if b.plan.story in leads for k, *_ in b.photos}

    def most(p: str) -> int:
        """The most lines photo row `p` may stand: its crop limit, and, a story's under the lead, no
        larger than the lead story's largest photo (as its stack is fitted, or as set before)."""
        hi = limits[p][1]
        if lead is False or p in lead_rows:
            return hi
        group = {k: g for b in blocks for k, g in b.members.items()}      # (a row set narrower: its own)
        area = max([lead or 0.0] + [row_area(grid, group[k], heights[k]) for k in lead_rows if k in group])
        return max(limits[p][0], min(hi, lines_within(grid, group[p], area))) if area else hi

    def text_under(b: _Block, h: int) -> int:
        """Lines the story needs under a photo of `h` lines that has the text beside it."""
        (_, _, pc), = b.members[b.beside]
        sid, cap = b.plan.story, b.captions[-1]
        if (sid, h, pc) not in under:
            under[(sid, h, pc)] = lines_under(probe, sid, pc, cols, h + cap, room)
        return under[(sid, h, pc)]

    def total():
        """The stack's lines as set: exact, the text beside a photo measured by composing it."""
        n = len(blocks) - 1
        for b in blocks:
            n += b.head + sum(heights[k] + c for (k, *_), c in zip(b.photos, b.captions))
            n += text_under(b, heights[b.beside]) if b.beside else b.body
        return n

    # a story's first photo row, its main one, grows first and shrinks last (review 9: two of one size)
    second = {k for b in blocks for k, *_ in b.photos[1:]}

    def fit():
        for p in heights:
            heights[p] = min(heights[p], most(p))        # (a natural height may stand larger than the lead's)
        while total() < room and any(heights[p] < most(p) for p in heights):
            p = min((p for p in heights if heights[p] < most(p)), key=lambda p: (p in second, heights[p] / limits[p][1]))
            heights[p] += 1
        while total() > room and any(heights[p] > limits[p][0] for p in heights):
            # (a photo of a story under the lead standing taller than it may beside the lead's first)
            p = max((p for p in heights if heights[p] > limits[p][0]),
                    key=lambda p: (heights[p] > most(p), p in second, heights[p] / limits[p][0]))
            heights[p] -= 1
    fit()
    pairs = pair_blocks(doc, probe, blocks, cols, room, aspect) if pair_strips else {}
    if pairs:
        # a strip set beside its neighbour (`briefpairs`) where the stack's photos take the lines they free
        spare, was = room - total(), (list(blocks), dict(heights))
        blocks[:] = stand_ins(blocks, pairs)
        fit()
        if room - total() > max(0, spare):
            blocks[:], pairs = was[0], {}
            heights.clear(), heights.update(was[1])
    shortened: dict[str, int] = {}
    narrowed: dict[str, str] = {}
    demoted: list[str] = []

    def shorten():
        # a few lines too many: the headings under the lead story's a line shorter, a size smaller
        shrink = [b for b in blocks if b.head and b.plan.story not in leads]
        lines = shorter_heads(probe, [Frame(f"{b.plan.story}-head", 0, cols, 0, b.head, story=b.plan.story, part="heading")
                                      for b in shrink],
                              [b.floor for b in shrink], total() - room)
        for b, n in zip(shrink, lines or ()):
            if n < b.head:
                shortened[b.plan.story] = shortened.get(b.plan.story, 0) + b.head - n
            b.head, b.head_air = n, 0
    if overfull and total() > room:
        shorten()
    if overfull and total() > room:
        # a short story headed as news set back to a brief's rank before a photo or copy goes (`demote`)
        demoted = demote_heads(probe, blocks, cols, total() - room, demotable(doc, ranked_all))
        if demoted:
            fit()
            if total() > room:
                shorten()
    # the lines the last story's text leaves empty in its last row, set in full (its text beside a
    # photo: not known, none counted)
    def slack():
        return cut_rows(cols, blocks[-1].body_empty if blocks and not blocks[-1].beside else 0)
    if overfull and total() > room + slack():
        # before a photo is left out, one is set narrower with its story's text beside it, from the
        # foot up, the lead story's last; several when one is not enough, none when all are not. The
        # aim is the stack's room: lines the editor would cut (`slack`) only when no narrower photo
        # holds the copy
        was = list(blocks), dict(heights), dict(limits)
        for i in sorted(range(len(blocks)), key=lambda i: (blocks[i].plan.story in leads, -i)):
            best = None
            for c in narrower(doc, probe, blocks[i], cols, room, aspect):
                blocks[i] = c
                heights.update({k: h for k, h, *_ in c.photos})
                limits.update({k: (lo, hi) for k, _, lo, hi in c.photos})
                fit()
                if best is None or total() < best[0]:
                    best = (total(), c, dict(heights), dict(limits))
                if total() <= room:
                    break
            if best is not None:
                _, blocks[i], h, lim = best
                heights.clear(), heights.update(h), limits.clear(), limits.update(lim)
            if total() <= room:
                break
        if total() <= room + slack():
            narrowed.update({b.plan.story: b.beside for b, o in zip(blocks, was[0]) if b is not o})
        else:
            blocks[:], _, _ = was
            heights.clear(), heights.update(was[1]), limits.clear(), limits.update(was[2])
    if overfull and total() > room + slack():
        # the stack runs over with every photo at its smallest: a photo is left out rather than a
        # reporter's copy (the stack is set again without it, `_place`)
        rows = [(b, (k, *_), c) for b in blocks for (k, *_), c in zip(b.photos, b.captions)]
        freed = {k: heights[k] + c if k != b.beside else math.ceil((heights[k] + c) * b.factor.get(k, 1.0))
                 for b, (k, *_), c in rows}
        lead = {k for b, (k, *_), _ in rows if b.plan.story in leads}
        guessed = {k for b, (k, *_), _ in rows if any(p in b.plan.guessed for p, _, _ in b.members[k])}
        gone = drop_rows([k for _, (k, *_), _ in rows], freed, lead, total() - room, slack(), guessed)
        if gone:
            out = [p for b in blocks for k in gone if k in b.members for p, _, _ in b.members[k]]
            return [], {"stories": [], "spare": 0, "can_open_with_photo": [], "dropped": out,
                        "over": dict.fromkeys(out, total() - room)}
    for b in blocks:
        # one line of text under a photo that has its text beside it stands alone under the caption:
        # the photo a line taller (within its crop limit) takes it beside it, or a line shorter gives
        # the text two under it — when the stack's lines stay as they were
        if b.beside and text_under(b, heights[b.beside]) == 1:
            k, was_h, was_n = b.beside, heights[b.beside], total()
            for h in (was_h + 1, was_h - 1):
                if limits[k][0] <= h <= most(k):
                    heights[k] = h
                    if text_under(b, h) != 1 and total() <= max(was_n, room):
                        break
            else:
                heights[k] = was_h
    if more_air and room - total() > 0:
        grow_heads(probe, blocks, cols, room - total())
    spare = was = room - total()
    gap_air, extra_head, cap_air, spare = share_air(blocks, spare, MORE_AIR if more_air else 0, more_air)
    frames: list[Frame] = []
    info = {"stories": [], "spare": max(0, spare), "demoted": demoted, "spread": max(0, was - spare - usual_air(blocks, was)),
            "can_open_with_photo": [b.plan.story for b in blocks if b.head and opens_with_photo(b)]}
    y = top
    rank_of = {sp.story: (rank, why) for sp, rank, why in ranked_all}
    for b in blocks:
        sid = b.plan.story
        def need():
            return b.head + extra_head[id(b)] + sum(heights[p[0]] + c for p, c in zip(b.photos, b.captions)) + (
                0 if b.beside else min(b.body, 3))
        while y + need() > bottom and b.photos:
            # no room for all its photos: the story keeps its place, its last photos are said not placed
            key = b.photos.pop()[0]
            b.captions.pop()
            if b.beside == key:
                b.beside = None
            info.setdefault("dropped", []).extend(p for p, _, _ in b.members[key])
        if y + need() > bottom:
            break                                        # reported as not placed, never drawn over the foot
        if sid in pairs:
            y = set_pair(doc, probe, sid, pairs[sid], col, cols, y, rank_of, frames, info) + 1
            y += gap_air.pop(0) if gap_air else 0
            continue
        start = y
        d = {"story": sid, "headline": doc.story(sid).headline, "rank": rank_of[sid][0], "why": rank_of[sid][1],
             "columns": [col + 1, col + cols], "photos": []}
        if sid in demoted:
            d["rank"], d["why"] = 3, Notice(DEMOTED, n=sum(map(len, doc.story(sid).body)))
        if sid in shortened:
            d["heading_shortened"] = Notice(SHORTENED, n=shortened[sid])
        if sid in narrowed:
            d["photo_narrowed"] = Notice(NARROWED, photo=narrowed[sid])
        n = b.head + extra_head[id(b)]
        beside = [f.story for f in left_heads if f.line < y + n and y < f.line + f.lines]
        on_top = bool(b.head and (beside or sid in first)) and opens_with_photo(b)

        if on_top:
            d["photo_on_top"] = Notice(ON_TOP_BESIDE, story=beside[0]) if beside else Notice(ON_TOP_RIGHT)
        head = Frame(f"{sid}-head", col, cols, y, n, story=sid, part="heading") if b.head else None
        if head is not None:
            d["heading_frame"] = head.id
        if head is not None and not on_top:
            frames.append(head)
            y += n
        if on_top and CAPTION_OVER_HEAD and b.captions[0] and not cap_air.get(b.photos[0][0]):
            # a caption with the heading right under it reads as one: a line of air between them, taken
            # from the stack's rows to spare, else a photo a line shorter (this one first, within the
            # crop limit), else the air between two stories or under a heading, its own first
            key = b.photos[0][0]
            rows = [key] + sorted((k for c in blocks[blocks.index(b):] for k, *_ in c.photos if k != c.beside and k != key),
                                  key=lambda k: k in lead_rows)       # (the lead's photos last)
            if spare > 0:
                spare -= 1
                info["spare"] = max(0, spare)
            elif (k := next((k for k in rows if heights[k] > limits[k][0]), None)) is not None:
                heights[k] -= 1
            elif any(gap_air):
                gap_air[gap_air.index(max(gap_air))] -= 1
            elif (c := next((c for c in blocks[blocks.index(b):] if extra_head[id(c)]), None)) is not None:
                extra_head[id(c)] -= 1
                if c is b:
                    n -= 1
                    head = replace(head, lines=n)
            else:
                key = None
            if key is not None:
                cap_air[key] = 1
        if on_top:
            # the air its caption would have over the heading goes over the photo, between the stories
            y += max(0, cap_air.get(b.photos[0][0], 0) - HEAD_UNDER_PHOTO_AIR)
        d["body_frames"] = []
        # two photo rows or more one over the other, none with the text beside it: the text right
        # under its heading (and the photo it opens with), the other photos under the text — not the
        # story's text at its foot, a stack of pictures away from its headline
        # — nor one photo standing a quarter of the page tall between them (`TALL_ROW`)
        # — but the page lead's main picture under its headline, its text under it (`lead_row`)
        main = lead_row(doc, b, heights, room) if LEAD_PHOTO_TOP and rank_of[sid][0] == 1 and b.body and not on_top else None
        if main is not None and not b.beside:
            j = [k for k, *_ in b.photos].index(main)
            b.photos.insert(0, b.photos.pop(j)), b.captions.insert(0, b.captions.pop(j))
        tall = len(b.photos) == 1 and not on_top and heights[b.photos[0][0]] + b.captions[0] >= TALL_ROW * room
        text_at = int(on_top) if TEXT_UNDER_HEAD and not b.beside and b.body and (len(b.photos) >= 2 or tall) else None
        if main is not None and text_at is not None:
            text_at = 1 if len(b.photos) >= 2 else None
        moved = 0
        if text_at is not None:
            # the air under the captions of the photos after the text would stand over the next
            # story's air, one hole — or, the stack's last story, at its foot as empty lines: up to
            # MOVED_AIR lines of it go over those photos, under the text (a line kept under a caption
            # with a story under it) — never between the headline and its text
            keep = 0 if b is blocks[-1] else 1
            for key, *_ in reversed(b.photos[text_at:]):
                more = min(MOVED_AIR - moved, max(0, cap_air.get(key, 0) - keep))
                cap_air[key] = cap_air.get(key, 0) - more
                moved += more
        rows = list(zip(b.photos, b.captions))
        if main is not None and b.beside:
            rows.insert(0, rows.pop([k for (k, *_), _ in rows].index(main)))
        after = 0           # air under the text beside a photo moved up, over the photos after it
        # the photo with its text beside it right under the heading (the lead's under its main picture),
        # the story's other photos under it: not a stack of pictures between the headline and the text —
        # under the photos the desk numbered before it, where it is numbered after them (图①, then 图② with
        # the text beside it, then 图④: page C's text had stood under all three)
        at = next((a for a in range(int(on_top) if main is None else 1, len(rows) - (main is None))
                   if not read_before(doc, [p for p, _, _ in b.members[b.beside]],
                                      [p for (k, *_), _ in rows[a:-1] for p, _, _ in b.members[k]])), None) \
            if b.beside else None
        if TEXT_UNDER_HEAD and b.beside and b.body and len(rows) > int(on_top) + 1 and at is not None:
            rows.insert(at, rows.pop())
            after, (last, *_) = int(at < len(rows) - 1), rows[-1][0]
            if not after:
                # (its line of air under the main picture's caption, over the text, from that photo)
                if not cap_air.get(main, 0) and heights[main] > limits[main][0]:
                    heights[main] -= 1
                    cap_air[main] = 1
            elif cap_air.get(last, 0) > 0:
                cap_air[last] -= 1                       # the line of air, from under the last caption
            elif heights[last] > limits[last][0]:
                heights[last] -= 1                       # or from the last photo, within its crop limit
            else:
                after = 0
            d["text_before_photos"] = (f"its text beside a photo under its heading, its {len(rows) - 1 - at} "
                                       f"other photo row(s) under the text{NOT_A_STACK}")
        if main is not None:
            d["main_photo_on_top"] = f"photo row {main} under its heading, its text under it: the page lead's main picture"
        for row, ((key, _, _, _), cap) in enumerate(rows):
            if row == text_at:
                y = text_across(probe, frames, d, sid, col, cols, y, b.body, bottom) + moved
                d["text_before_photos"] = (f"its text under its {'main photo' if main else 'heading'}, its "
                                           f"{len(b.photos) - row} other photo row(s) under the text{NOT_A_STACK}")
            h = heights[key]
            around = None
            if key == b.beside:
                # the text beside it on its left, under the heading — or on its right (`set_around`)
                (_, _, pc), = b.members[key]
                n = min(text_under(b, h), bottom - y - h - cap)
                n = 0 if n == 1 else n       # one line under the caption is a scrap: the text stays beside it
                around = set_around(probe, sid, col, pc, cols, y, h + cap, n, photo_right)
            for pid, dcol, pcols in b.members[key]:
                if around and around[1]:
                    dcol = cols - pcols
                pw = grid.span_width(pcols)
                frames.append(Frame(f"{pid}-photo", col + dcol, pcols, y, h, photo=pid))
                crop = aspect.crop(pid, pw, h * grid.leading)
                pd = {"photo": pid, "frame": f"{pid}-photo", "columns": [col + dcol + 1, col + dcol + pcols],
                      "lines": [y + 1, y + h], "width_pt": round(pw, 1), "height_pt": round(h * grid.leading, 1),
                      "crop_pct": round(crop * 100, 1),
                      "orientation": "portrait" if aspect.of(pid) > 1 else "landscape"}
                if h >= limits[key][1]:
                    # as tall as it may stand: why, for a stack left short (`planfacts.short_of_copy`)
                    pd["held_by"] = held_by(grid, aspect, pid, pcols, h, bottom - top)
                photo = doc.photo(pid)
                if cap and (photo.caption or photo.credit):
                    frames.append(Frame(f"{pid}-cap", col + dcol, pcols, y + h, cap, photo=pid, part="caption"))
                    pd["caption_frame"] = f"{pid}-cap"
                    pd["caption"] = f"under its photo, lines {y + h + 1}–{y + h + cap}, in the stack of story {sid}"
                if len(b.members[key]) == 1 and pcols < cols and key != b.beside:
                    # narrower than its stack and no text to stand beside it
                    why = Notice(TOO_TALL) if fits(grid, aspect, pid, pcols + 1) else Notice(NO_PIXELS)
                    pd["empty_beside"] = {"columns": [col + pcols + 1, col + cols], "lines": [y + 1, y + h + cap],
                                          "why": why}
                d["photos"].append(pd)
            if key == b.beside:
                y = text_beside(frames, d, col, cols, y, pc, h + cap, n, *around) + (after if row < len(rows) - 1 else 0)
                continue
            # a heading under its story's opening photo keeps to it: a line or two of air at most
            y += h + cap + (min(cap_air.get(key, 0), HEAD_UNDER_PHOTO_AIR) if on_top and row == 0 else cap_air.get(key, 0))
            if on_top and row == 0:
                frames.append(replace(head, line=y))     # under the first photo and its caption
                y += n
        if b.body and text_at is None and not b.beside:
            y = text_across(probe, frames, d, sid, col, cols, y, b.body, bottom)
        d["lines"] = [start + 1, y]
        info["stories"].append(d)
        y += 1                                           # a line of air between stories
        y += gap_air.pop(0) if gap_air else 0
    return frames, info

