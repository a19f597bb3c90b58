"""A first layout, made automatically: the banner across the top, the page lead under it, each story
in a stack of whole columns (heading, photo with caption, body), page credits on the last line.
Heights are copyfitted by composing: every frame gets the lines its text needs; what a stack has
left over goes to its photos, so the page has no large empty areas."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from layout_app.layout.compose import Composer
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame

STACKS = {1: [1], 2: [2], 3: [3], 4: [2, 2], 5: [3, 2], 6: [3, 3], 7: [3, 2, 2], 8: [3, 3, 2], 9: [3, 3, 3], 10: [4, 3, 3]}
PHOTO_MIN_LINES, PHOTO_MAX_LINES = 6, 26
PHOTO_MAX_SHARE = 0.6      # a photo may grow (cropped to fill) to this share of its stack's height


@dataclass
class StoryPlan:
    story: str
    photos: list[str] = field(default_factory=list)      # photo ids, shown with the story


@dataclass
class Plan:
    frames: list[Frame] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)        # what was decided, in words
    unplaced: list[str] = field(default_factory=list)     # what could not be placed, in words


class FrameProbe:
    """Measures frames by composing them alone on a scratch page."""

    def __init__(self, doc: Document, page: Page):
        self.doc, self.page = doc, page

    def report(self, frames: list[Frame]):
        page = replace(self.page, frames=tuple(frames))
        doc = replace(self.doc, pages=(page,))
        return {r.frame: r for r in Composer(doc).compose(page).reports}

    def lines_needed(self, frame: Frame, limit: int) -> int:
        """The fewest lines with nothing overset (a body chain or caption), at most `limit`."""
        lo, hi = 1, max(1, limit)
        if self.report([replace(frame, lines=hi)])[frame.id].overset_lines:
            return hi + 1                                  # does not fit even in `limit`
        while lo < hi:
            mid = (lo + hi) // 2
            if self.report([replace(frame, lines=mid)])[frame.id].overset_lines:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def heading_lines(self, frame: Frame, start: int, limit: int = 10) -> int:
        for n in range(start, limit + 1):
            r = self.report([replace(frame, lines=n)])[frame.id]
            if not r.overset_lines and not r.below_min:
                return n
        return limit


def plan_page(doc: Document, page: Page, stories: list[StoryPlan], banner: str | None = None,
              credits: str | None = None, photo_aspect: dict[str, float] | None = None) -> Plan:
    """Frames for `page`. `photo_aspect`: height / width of each photo as placed."""
    grid = doc.grid
    n_cols, n_lines = grid.columns, grid.line_count
    aspect = photo_aspect or {}
    probe = FrameProbe(doc, page)
    plan = Plan()
    top, bottom = 0, n_lines
    if credits:
        bottom -= 1
        plan.frames.append(Frame("credits", 0, n_cols, bottom, 1, story=credits, part="body", text_columns=1))
    if banner:
        head = Frame("banner-head", 0, n_cols, 0, 1, story=banner, part="heading", style="banner")
        lines = probe.heading_lines(head, 5, 12)
        plan.frames.append(replace(head, lines=lines))
        top = lines
        if doc.story(banner).body:
            # the lead in wide columns; fewer of them when it is short, so no column holds a line or two
            for tc in range(max(1, n_cols // 2), 0, -1):
                lead = Frame("banner-body", 0, n_cols, top, 1, story=banner, part="body", text_columns=tc)
                need = probe.lines_needed(lead, bottom - top)
                if need >= 3 or tc == 1:
                    break
            plan.frames.append(replace(lead, lines=need))
            top += need + 1
        plan.notes.append(f"banner {doc.story(banner).headline!r} across all {n_cols} columns, lines 1–{top}")
    widths = STACKS.get(n_cols) or [3] * (n_cols // 3) + ([n_cols % 3] if n_cols % 3 else [])
    if 0 < len(stories) < len(widths):
        # fewer stories than stacks: share the columns out among them, widest first
        k = len(stories)
        widths = [n_cols // k + (1 if i < n_cols % k else 0) for i in range(k)]
    starts = [sum(widths[:k]) for k in range(len(widths))]
    # estimate each story's height per column to balance the stacks, biggest first
    est = {}
    for sp in stories:
        story = doc.story(sp.story)
        chars = sum(len(p) + 2 for p in story.body)
        est[sp.story] = chars / grid.column_chars + 5 + 12 * len(sp.photos)
    order = sorted(stories, key=lambda sp: -est[sp.story])
    load = [0.0] * len(widths)
    assigned: list[list[StoryPlan]] = [[] for _ in widths]
    for sp in order:
        k = min(range(len(widths)), key=lambda i: load[i] + est[sp.story] / widths[i])
        assigned[k].append(sp)
        load[k] += est[sp.story] / widths[k]
    for k, (col, cols) in enumerate(zip(starts, widths)):
        frames, notes, unplaced = _stack(doc, probe, assigned[k], col, cols, top, bottom, aspect)
        plan.frames.extend(frames)
        plan.notes.extend(notes)
        plan.unplaced.extend(unplaced)
    return plan


def _stack(doc: Document, probe: FrameProbe, stories: list[StoryPlan], col: int, cols: int, top: int,
           bottom: int, aspect: dict[str, float]) -> tuple[list[Frame], list[str], list[str]]:
    grid = doc.grid
    width = grid.span_width(cols)
    blocks = []            # per story: [heading frame, photo frames..., body frame] with lines
    for sp in stories:
        story = doc.story(sp.story)
        parts = []
        if story.headline or story.kicker:
            head = Frame(f"{sp.story}-head", col, cols, 0, 1, story=sp.story, part="heading")
            start = 4 if story.kicker else 3
            parts.append(replace(head, lines=probe.heading_lines(head, start)))
        for pid in sp.photos:
            lines = round(width * aspect.get(pid, 0.66) / grid.leading)
            lines = max(PHOTO_MIN_LINES, min(PHOTO_MAX_LINES, lines))
            parts.append(Frame(f"{pid}-photo", col, cols, 0, lines, photo=pid))
            cap = Frame(f"{pid}-cap", col, cols, 0, 1, photo=pid, part="caption")
            photo = doc.photo(pid)
            if photo.caption or photo.credit:
                parts.append(replace(cap, lines=probe.lines_needed(cap, 8)))
        body = Frame(f"{sp.story}-body", col, cols, 0, 1, story=sp.story, part="body")
        parts.append(replace(body, lines=probe.lines_needed(body, bottom - top)))
        blocks.append((sp, parts))
    # fit the stack: shrink photos if it runs over, drop the smallest stories if still over
    def total():
        return sum(f.lines for _, parts in blocks for f in parts) + max(0, len(blocks) - 1)
    room = bottom - top
    while total() > room:
        photos = [(i, j) for i, (_, parts) in enumerate(blocks) for j, f in enumerate(parts)
                  if f.kind == "photo" and f.lines > PHOTO_MIN_LINES]
        if photos:
            i, j = max(photos, key=lambda ij: blocks[ij[0]][1][ij[1]].lines)
            sp, parts = blocks[i]
            parts[j] = replace(parts[j], lines=parts[j].lines - 1)
            continue
        break
    unplaced = []
    while total() > room and blocks:
        sp, parts = blocks.pop()
        unplaced.append(f"story {sp.story} ({doc.story(sp.story).headline}) does not fit the page: "
                        f"it needs {sum(f.lines for f in parts)} lines in {cols} columns")
    # spend what is left: on photos first (they can grow), then as air at the bottom of the bodies
    spare = room - total()
    photo_slots = [(i, j) for i, (_, parts) in enumerate(blocks) for j, f in enumerate(parts) if f.kind == "photo"]
    limit = max(PHOTO_MAX_LINES, int(room * PHOTO_MAX_SHARE))    # the crop fills a taller frame
    while spare > 0 and photo_slots:
        grown = False
        for i, j in photo_slots:
            f = blocks[i][1][j]
            if spare > 0 and f.lines < limit:
                blocks[i][1][j] = replace(f, lines=f.lines + 1)
                spare -= 1
                grown = True
        if not grown:
            break
    frames, notes = [], []
    if spare > 0 and blocks:
        # bodies keep their balanced height (a taller frame would leave its right columns empty)
        notes.append(f"columns {col + 1}–{col + cols}: {spare} lines left at the bottom for more copy (缺 {spare} 行)")
    y = top
    for sp, parts in blocks:
        start = y
        for f in parts:
            frames.append(replace(f, line=y))
            y += f.lines
        notes.append(f"story {sp.story} {doc.story(sp.story).headline!r}: columns {col + 1}–{col + cols}, "
                     f"lines {start + 1}–{y}" + (f", with photo(s) {', '.join(sp.photos)}" if sp.photos else ""))
        y += 1                                           # a line of air between stories
    return frames, notes, unplaced
