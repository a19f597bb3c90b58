"""Compose pages: every frame of a page onto the grid, as a display list.

Stories flow through their chain of body frames across pages; headings are fitted; photos are
placed with their crop; captions are set under them. The same PageDisplay feeds screen and print.
"""
from __future__ import annotations

import functools
import itertools
import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from layout_app.geometry import Rect
from layout_app.layout.byline import set_byline
from layout_app.layout.cache import LayoutCache
from layout_app.layout.display import (
    Box, FrameReport, GlyphRun, Group, ImagePlacement, Item, MissingGlyph, PageDisplay, Unplaced,
)
from layout_app.layout import furniture, photoair
from layout_app.layout.flow import FlowResult, Placed, Slot, flow
from layout_app.layout.headline import STEP, block_lines, fit_headline, set_display
from layout_app.layout.vertical import vertical_heading
from layout_app.layout.parts import unheld_parts
from layout_app.layout.runs import baseline, baseline_offsets
from layout_app.layout.wrap import MIN_CHARS, keep_out, wrap_slots
from layout_app.layout import tables
from layout_app.layout.styling import ParagraphLook, emphasis_dots, face_of, options_for, pieces, story_looks
from layout_app.layout.photonumbers import credited_after
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import fill_fields
from layout_app.model.grid import ColumnGrid
from layout_app.model.story import Crop
from layout_app.model.styles import ParagraphStyle
from layout_app.text.fonts import FontRegistry, registry
from layout_app.text.setter import SetLine, SetOptions, set_paragraph

MARKER = (0.0, 1.0, 0.0, 0.0)     # magenta: a character no font has
HEADLINE_MAX_LINES = 2
HEADLINE_MORE_LINES = 3           # a long headline's third line, before its type goes below the minimum
HEADLINE_PITCH = 1.2              # headline line pitch as a multiple of its size
KICKER_RATIO = 0.6                # kicker and deck at most this much of the headline's size


KICKER_FLOOR = 10.5               # 五号: two 号 under a brief's 三号 headline, a size over the body's 小五


def kicker_cap(headline_size: float) -> float:
    """The largest kicker or deck size under a headline of `headline_size`, in half points: 0.6 × it,
    but under a brief's small headline (15–16 pt) no smaller than 五号 — 0.6 × 16 pt is the body's
    size, where a kicker no longer reads as a heading."""
    cap = math.floor(headline_size * KICKER_RATIO * 2 + 1e-9) / 2
    return max(cap, KICKER_FLOOR) if headline_size >= KICKER_FLOOR + 4 else cap


def heading_space(style: ParagraphStyle) -> int:
    """Body lines kept free below a heading: the style's space_after, never less than one line."""
    return max(1, math.ceil(style.space_after - 1e-9))


def type_drop(f: Frame, room: int, total: int) -> int:
    """Lines of a heading frame's spare rows set over its type: all of them — a headline sits right over
    its text (its free line under it), the air it was given goes over it, between the stories; the
    banner's type, a page's masthead, centred in its band. A single part's frame starts at its top."""
    if f.part != "heading":
        return 0
    spare = max(0, room - total)
    return spare // 2 if f.style == "banner" else spare


def byline_style(doc: Document) -> ParagraphStyle:
    """The byline's style; without one in the document, 楷体 at the body size on a line of its own,
    set right (not the body's indented paragraph)."""
    if "byline" in doc.styles:
        return doc.styles["byline"]
    body = doc.style("body")
    return ParagraphStyle(font="kai", size=body.size, align="right", color=body.color)


@lru_cache(maxsize=4096)
def size_heading(styled: tuple, width: float, frame_lines: int, leading: float, level: str):
    """Sizes and lines of a heading's parts ((part, style, text) in reading order) in a frame
    `width` pt wide and `frame_lines` body lines tall: ((part, (style, size, lines, body lines,
    pitch)), …), the lines they may fill, and the headline's (size, below_min, overset lines) or
    None. Cached: a drag step composes the same headings again."""
    blocks = [(part, st, text) for part, st, text in styled]
    head_style = next((st for part, st, _ in blocks if part == "headline"), None)
    # a heading keeps at least one body line free below it, more if its last part's style asks
    free = heading_space(blocks[-1][1]) if blocks and blocks[-1][0] != "byline" else 0
    room = max(1, frame_lines - free)
    set_blocks: dict[str, tuple[ParagraphStyle, float, tuple[SetLine, ...], int, float]] = {}

    # a kicker or deck no smaller than 五号 over a headline styled a brief's size or larger: it breaks
    # into more lines instead, and the heading asks for them (a deck squeezed to 9 pt — the body's size
    # — to keep to its frame read as a line of text under the headline)
    least = KICKER_FLOOR if head_style is not None and head_style.size >= KICKER_FLOOR + 4 else 0.0

    def set_fixed(part: str, st: ParagraphStyle, text: str, cap: float | None) -> int:
        size = st.size if cap is None or part == "byline" else min(st.size, max(cap, least))
        pitch = st.line_pitch(leading) if part == "byline" else size * HEADLINE_PITCH
        if part == "byline":
            lines = set_byline(text, size, width, face_of(st), options_for(st, level, display=False))
        else:
            lines = set_display(text, size, width, face_of(st), options_for(st, level, display=True))
        n = block_lines(len(lines), pitch, leading)
        set_blocks[part] = (st, size, lines, n, pitch)
        return n

    # fixed blocks first (kicker, deck, byline), then the headline gets the lines left
    cap = kicker_cap(head_style.size) if head_style is not None else None
    used = sum(set_fixed(part, st, text, cap) for part, st, text in blocks if part != "headline")
    result = None
    for part, st, text in blocks:
        if part != "headline":
            continue
        options = options_for(st, level, display=True)
        while True:
            fitted = fit_headline(text, width, HEADLINE_MAX_LINES, max(1, room - used), face_of(st),
                                  st.size, st.min_size, options, leading, HEADLINE_PITCH, HEADLINE_MORE_LINES)
            # the headline had to shrink: kicker and deck shrink with it, staying clearly below
            # it; the lines they give back go to the headline (sizes only go down: this ends)
            smaller = max(kicker_cap(fitted.size), least)
            if not any(p2 in ("kicker", "deck") and set_blocks[p2][1] > smaller for p2, _, _ in blocks):
                break
            used = sum(set_fixed(p2, s2, t2, smaller) for p2, s2, t2 in blocks if p2 != "headline")
        set_blocks[part] = (st, fitted.size, fitted.lines, fitted.body_lines, fitted.size * HEADLINE_PITCH)
        # then kicker and deck take back what room is left, up to 0.6 × the headline's size
        best = kicker_cap(fitted.size)
        for p2, s2, t2 in blocks:
            if p2 in ("kicker", "deck"):
                have = set_blocks[p2][1]
                size = min(s2.size, max(best, least))
                while size > have:
                    set_fixed(p2, s2, t2, size)
                    if sum(b[3] for b in set_blocks.values()) <= room:
                        break
                    size = round(size - STEP, 2)
                if size <= have:
                    set_fixed(p2, s2, t2, have)
        result = (fitted.size, fitted.below_min, 0 if fitted.fits else len(fitted.lines))
    return tuple(set_blocks.items()), room, result


def frame_rect(grid: ColumnGrid, page: Page, f: Frame) -> Rect:
    r = grid.frame_rect(f.col, f.cols, f.line, f.lines, page.left_hand)
    return Rect(r.x + f.dx, r.y + f.dy, r.width, r.height) if (f.dx or f.dy) else r


def jumps(chain: list[tuple[Page, Frame]], frame_id: str) -> tuple[Page | None, Page | None]:
    """(page it continues from, page it continues on) when the chain crosses pages at this frame."""
    for k, (page, f) in enumerate(chain):
        if f.id == frame_id:
            before = chain[k - 1][0] if k > 0 and chain[k - 1][0].id != page.id else None
            after = chain[k + 1][0] if k + 1 < len(chain) and chain[k + 1][0].id != page.id else None
            return before, after
    return None, None


def jump_slots(slots: list[Slot], pitch: float, jump_in: bool, jump_out: bool) -> list[Slot]:
    """Keep the first line for 上接第X版 and the last for 下转第X版."""
    slots = list(slots)
    if jump_in and slots:
        s = slots[0]
        slots[0] = Slot(s.frame, s.x, s.y + pitch, s.measure, max(0, s.lines - 1))
    if jump_out and slots:
        s = slots[-1]
        slots[-1] = Slot(s.frame, s.x, s.y, s.measure, max(0, s.lines - 1))
    return slots


def body_slots(grid: ColumnGrid, page: Page, f: Frame, size: float, pitch: float) -> list[Slot]:
    """The text columns of a body frame; each measure a whole number of characters."""
    rect = frame_rect(grid, page, f)
    n_lines = max(0, math.floor(rect.height / pitch + 1e-6))
    t = f.text_columns or f.cols
    if t == f.cols:
        measure = math.floor(grid.column_width / size + 1e-9) * size
        return [Slot(f.id, grid.column_x(f.col + k, page.left_hand) + f.dx, rect.y, measure, n_lines) for k in range(t)]
    chars = math.floor(rect.width / size + 1e-9)
    gutter = max(1.0, grid.gutter)
    mchars = max(1, math.floor((chars - (t - 1) * gutter) / t + 1e-9))
    measure = mchars * size
    step = (rect.width - measure) / (t - 1) if t > 1 else 0.0
    return [Slot(f.id, rect.x + k * step, rect.y, measure, n_lines) for k in range(t)]


@dataclass(frozen=True)
class StoryLayout:
    """A story's body through its chain of body frames, with the byline when it goes there."""
    flow: FlowResult
    byline: tuple[Placed, ...] = ()   # byline lines in the body frames (at the head or the foot)
    byline_unplaced: str = ""         # why the byline found no room there ("": set, or not ours to set)
    byline_frame: str = ""            # the body frame it was meant for
    looks: tuple[ParagraphLook, ...] | None = None   # paragraph styles and character runs (None: all body)


def overset_text(paragraphs: tuple[str, ...], result: FlowResult) -> str:
    """What the flow could not place, paragraphs joined by newlines."""
    if result.resume is None:
        return ""
    p, offset = result.resume.paragraph, result.resume.offset
    return "\n".join((paragraphs[p][offset:],) + tuple(paragraphs[p + 1:]))


def byline_at_head(lines: tuple[SetLine, ...], slots: list[Slot], pitch: float) -> tuple[tuple[Placed, ...], list[Slot]]:
    """The byline on the first lines of the first column, the body after it; () if there is no room."""
    s = slots[0]
    n = len(lines)
    if n > s.lines:
        return (), slots
    placed = tuple(Placed(s.frame, 0, line, s.x, s.y + k * pitch) for k, line in enumerate(lines))
    return placed, [Slot(s.frame, s.x, s.y + n * pitch, s.measure, s.lines - n)] + slots[1:]


def byline_at_foot(set_lines, result: FlowResult, slots: list[Slot], pitch: float) -> tuple[Placed, ...]:
    """The byline on the lines after the body's last line (the next column if that one is full);
    () if the body is overset or nothing is left. `set_lines(measure)` sets it at a column's measure."""
    if result.resume is not None:
        return ()
    start, used = 0, 0
    if result.placed:
        last = result.placed[-1]
        for k, s in enumerate(slots):
            if s.frame == last.frame and s.x == last.x and s.y - 1e-6 <= last.top < s.y + s.lines * pitch - 1e-6:
                start, used = k, round((last.top - s.y) / pitch) + 1
                break
    for k in range(start, len(slots)):
        s = slots[k]
        free = s.lines - (used if k == start else 0)
        lines = set_lines(s.measure)
        if len(lines) <= free:
            top = s.y + (s.lines - free) * pitch
            return tuple(Placed(s.frame, 0, line, s.x, top + j * pitch) for j, line in enumerate(lines))
    return ()


@dataclass
class _Out:
    page: Page
    fonts: FontRegistry
    missing: list[MissingGlyph]
    cache: LayoutCache
    unplaced: list[Unplaced]

    def runs(self, face: str, size: float, line: SetLine, x0: float, y: float, color,
             story: str, part: str, paragraph: int) -> list[Item]:
        """The line's glyph runs, and a marker box for each character no face has. Read only: without
        missing characters this is the cache's own list (no copy per line on every compose)."""
        runs, miss = self.cache.runs(self.fonts, face, size, line, x0, y, color)
        if not miss:
            return runs
        items: list[Item] = list(runs)
        for k, ch, x in miss:
            self.missing.append(MissingGlyph(self.page.id, story, part, paragraph, line.start + k, ch))
            items.append(Box(Rect(x, y - size * 0.88, size, size), stroke=MARKER, stroke_width=0.75))
        return items


@functools.lru_cache(maxsize=512)          # the same run object on every compose (a drag's glyph cache)
def _inked(run: GlyphRun) -> GlyphRun:
    """A run without its ideographic spaces (U+3000 separates a running head's fields): nothing to draw."""
    if "\u3000" not in run.text:
        return run
    keep = [(ch, x) for ch, x in zip(run.text, run.xs) if ch != "\u3000"]
    return replace(run, text="".join(ch for ch, _ in keep), xs=tuple(x for _, x in keep))


def master_baselines(fonts, doc, t, rect: Rect, face: str, n: int) -> list[float]:
    """The baselines a master text's `n` set lines stand on (the first only where the rest do not fit).
    Texts of one line share the body's baseline (a bold 版次 beside a small 责任编辑); a taller one is
    the 报头's name, centred in its lines — or small type turned over its lines, each on a body line's
    baseline (the masthead's weather beside the nameplate)."""
    body = doc.style("body")
    pitch = doc.grid.leading
    turned = 1 < n <= t.lines
    if t.lines == 1 or turned:
        return [baseline(fonts, face_of(body), body.size, rect.y + k * pitch, pitch) for k in range(n if turned else 1)]
    return [baseline(fonts, face, t.size, rect.y, rect.height)]


class Composer:
    """Composes the pages of one document; body flows are computed once per story."""

    def __init__(self, doc: Document, doc_dir: str | os.PathLike = ".", fonts: FontRegistry | None = None,
                 level: str = "gb", cache: LayoutCache | None = None, shapes: dict[str, float] | None = None):
        self.doc = doc
        self.doc_dir = Path(doc_dir)
        # height / width of photos the caller knows before their files stand beside the document (a
        # first layout's), so its pictures stand inset as the saved page's will
        self.shapes = shapes or {}
        self.fonts = fonts or registry()
        self.level = level
        self._flows: dict[str, StoryLayout] = {}
        self._unheld: dict[str, list[Unplaced]] | None = None
        # story flows (by story, slots, style) and glyph runs (by line and place): an editor passes one
        # cache for all its compositions, so what a drag did not change is not computed again
        self.cache = cache if cache is not None else LayoutCache()
        self._air: dict[str, tuple[Page, dict[str, float]]] = {}     # page id → (page, caption tops) as composed

    def _shape(self, pid: str) -> float | None:
        photo = self.doc.photo(pid)
        if pid in self.shapes and not photo.fit and photo.crop == Crop():       # the whole photo, covering its frame
            return self.shapes[pid]
        return photoair.shown_shape(photo, self.doc_dir)

    def caption_top(self, page: Page, f: Frame) -> float | None:
        """Where caption frame `f`'s lines start as the page composes (`photoair`; None: its frame's top)."""
        hit = self._air.get(page.id)
        if hit is None or hit[0] is not page:
            self.compose(page)
            hit = self._air[page.id]
        return hit[1].get(f.id)

    def story_flow(self, story_id: str) -> FlowResult:
        return self.story_layout(story_id).flow

    def body_style(self, story_id: str) -> ParagraphStyle:
        """The body's style; a chain whose first frame names a style of the document (the page
        lead: style: lead) is set in that one."""
        chain = self.doc.body_chain(story_id)
        role = chain[0][1].style if chain else None
        return self.doc.styles[role] if role and role in self.doc.styles else self.doc.style("body")

    def story_layout(self, story_id: str) -> StoryLayout:
        result = self._flows.get(story_id)
        if result is None:
            doc = self.doc
            style = self.body_style(story_id)
            pitch = style.line_pitch(doc.grid.leading)
            chain = doc.body_chain(story_id)
            slots = []
            full_measure = 0.0          # overset is counted at the last column's full measure
            min_chars = max(MIN_CHARS, math.ceil(style.indent) + 1)
            for page, f in chain:
                before, after = jumps(chain, f.id)
                frame_slots = jump_slots(body_slots(doc.grid, page, f, style.size, pitch), pitch,
                                         before is not None, after is not None)
                full_measure = frame_slots[-1].measure if frame_slots else full_measure
                slots += wrap_slots(frame_slots, self._wrap_areas(page, f, style.size, pitch), pitch,
                                    style.size, min_chars)
            slots = tuple(slots)
            story = doc.story(story_id)
            options = options_for(style, self.level)
            # a byline with no frame of its own is set in the body frames, at the head or the foot
            byline = story.byline.strip() if slots and doc.byline_frame(story_id) is None else ""
            bst = byline_style(doc)
            looks = story_looks(doc, story, pitch, self.level)
            flow_looks = tuple(lk.look for lk in looks) if looks else None
            key = (story.body, slots, full_measure, style.size, pitch, face_of(style), options,
                   byline, bst, doc.byline_place if byline else "", flow_looks)
            result = self.cache.flows.get(key, lambda: self._lay_out(story.body, list(slots), style, pitch,
                                                                     options, byline, bst, chain, full_measure,
                                                                     flow_looks))
            if looks is not None:
                result = replace(result, looks=looks)
            self._flows[story_id] = result
        return result

    def _lay_out(self, body: tuple[str, ...], slots: list[Slot], style: ParagraphStyle, pitch: float,
                 options: SetOptions, byline: str, bst: ParagraphStyle, chain, full_measure: float,
                 looks=None) -> StoryLayout:
        face = face_of(style)

        def flow_body(slots: list[Slot]) -> FlowResult:
            return flow(body, slots, style.size, pitch, face, options, overset_measure=full_measure or None,
                        looks=looks)

        if not byline:
            return StoryLayout(flow_body(slots))
        bface, boptions = face_of(bst), options_for(bst, self.level)

        def byline_lines(measure: float) -> tuple[SetLine, ...]:
            return set_byline(byline, bst.size, measure, bface, boptions)

        if self.doc.byline_place == "head":
            placed, slots = byline_at_head(byline_lines(slots[0].measure), slots, pitch)
            result = flow_body(slots)
            why = "" if placed else f"no room for it at the head of frame {chain[0][1].id}"
            return StoryLayout(result, placed, why, chain[0][1].id)
        result = flow_body(slots)
        placed = byline_at_foot(byline_lines, result, slots, pitch)
        last = chain[-1][1].id
        if not placed:
            why = (f"the body does not fit frame {last}, so the byline after it has no room" if result.resume
                   else f"no room for it after the body in frame {last}")
            return StoryLayout(result, (), why, last)
        return StoryLayout(replace(result, empty_lines=max(0, result.empty_lines - len(placed))), placed, "", last)

    def _wrap_areas(self, page: Page, f: Frame, size: float, pitch: float) -> tuple[Rect, ...]:
        """What the page's wrapping frames (绕排) keep the text of body frame `f` out of."""
        grid = self.doc.grid
        return tuple(keep_out(frame_rect(grid, page, g), g.standoff_lines, g.standoff_chars, pitch, size)
                     for g in page.frames if g.wrap != "off" and g.id != f.id)

    def compose(self, page: Page) -> PageDisplay:
        grid = self.doc.grid
        out = _Out(page, self.fonts, [], self.cache, [])
        items: list[Item] = self._furniture(out, page)     # master, tints, rules: under the frames
        reports: list[FrameReport] = []
        # the text frames first: where their type stands decides the white around the photos
        # (`photoair`); the photos and captions after, each group in its frame's place
        done: dict[str, tuple[Group, FrameReport | None]] = {}
        rects = {f.id: frame_rect(grid, page, f) for f in page.frames}
        ink: dict[str, photoair.Ink] = {}
        for f in page.frames:
            rect = rects[f.id]
            if f.kind in ("photo", "caption"):
                continue
            if f.kind == "empty":                    # a photo frame with nothing placed: prints nothing
                done[f.id] = Group("empty", f.id, rect, ()), None
                continue
            done[f.id] = self._body_reused(out, f, rect) if f.part == "body" else self._heading(out, f, rect)
            if f.part == "body":
                style = self.body_style(f.story)
                e = (style.line_pitch(grid.leading) - style.size) / 2.0     # a full frame's first and last type
                ink[f.id] = photoair.Ink(rect.y + e, rect.bottom - e)
            elif (at := photoair.type_extent(done[f.id][0])) is not None:
                ink[f.id] = at
        captions = {f.id: self._caption_lines(f, rect, page) for f in page.frames if f.kind == "caption"
                    for rect in (rects[f.id],)}
        pictures, tops = photoair.place(page.frames, rects, ink, {k: c[0] for k, c in captions.items()}, grid.leading,
                                        {f.id: f.standoff_lines * grid.leading for f in page.frames if f.wrap != "off"},
                                        {f.id: self._shape(f.photo) for f in page.frames if f.kind == "photo"})
        self._air[page.id] = page, tops
        for f in page.frames:
            rect = rects[f.id]
            if f.kind == "photo":
                photo = self.doc.photo(f.photo)
                path = os.path.realpath(self.doc_dir / photo.file)      # not Path.resolve: it raises on a symlink loop
                items.append(Group("photo", f.id, rect, (ImagePlacement(pictures.get(f.id, rect), photo.id, path,
                                                                        photo.crop, photo.fit),)))
                continue
            group, report = self._caption(out, f, rect, captions[f.id], tops.get(f.id)) if f.kind == "caption" \
                else done[f.id]
            items.append(group)
            if report is not None:
                reports.append(report)
        if self._unheld is None:
            self._unheld = unheld_parts(self.doc)
        out.unplaced.extend(self._unheld.get(page.id, ()))
        trim = grid.trim
        return PageDisplay(page.id, page.number, trim.width, trim.height, grid.bleed_pt, tuple(items),
                           tuple(reports), tuple(out.missing), tuple(out.unplaced))

    def compose_all(self) -> list[PageDisplay]:
        return [self.compose(p) for p in self.doc.pages]

    # --- furniture (masters, rules, boxes) -------------------------------------------------
    def _furniture(self, out: _Out, page: Page) -> list[Item]:
        """The page's master (running head, folio, its rules and boxes) and the page's own rules and
        boxes, as groups drawn before the frames: every tint lies under the text it backs."""
        grid, left = self.doc.grid, page.left_hand
        trim = Rect(0.0, 0.0, grid.trim.width, grid.trim.height)
        groups: list[Item] = []
        master = self.doc.master(page.master) if page.master else None
        for tag, name, owner in (("master", page.master, master), ("furniture", page.id, page)):
            if owner is None:
                continue
            tints: list[Item] = []
            lines: list[Item] = []
            for box in owner.boxes:
                tint, border = furniture.box_items(grid, box, left)
                tints += tint
                lines += border
            for rule in owner.rules:
                lines += furniture.rule_items(grid, rule, left)
            texts = self._master_texts(out, page, owner.texts) if tag == "master" else []
            if tints or lines or texts:
                groups.append(Group(tag, name, trim, tuple(tints + lines + texts)))
        return groups

    def _master_texts(self, out: _Out, page: Page, texts) -> list[Item]:
        """Master texts with their fields filled for this page, each on its one line."""
        values = furniture.page_fields(self.doc, page)
        items: list[Item] = []
        for t in texts:
            content = fill_fields(t.text, values)
            if not content.strip():
                continue
            rect = furniture.text_rect(self.doc.grid, t, page.left_hand)
            face = FontRegistry.face_key(t.font, t.weight)
            options = SetOptions(level=self.level, indent=0.0, align=t.align)
            lines = set_paragraph(content, t.size, rect.width, face, options).lines
            if not lines:
                continue
            ys = master_baselines(self.fonts, self.doc, t, rect, face, len(lines))
            for line, y in zip(lines, ys):
                for it in out.runs(face, t.size, line, rect.x, y, t.color, page.master, "master", 0):
                    items.append(_inked(it) if isinstance(it, GlyphRun) else it)
            if len(lines) > len(ys):
                rest = content[lines[len(ys)].start:]
                out.unplaced.append(Unplaced(page.id, page.master, "master", rest,
                                             f"master text {t.id} does not fit its {t.cols} columns", no_room=True,
                                             frame=t.id))
        return items

    # --- frames ---------------------------------------------------------------------------
    def _body_reused(self, out: _Out, f: Frame, rect: Rect) -> tuple[Group, FrameReport | None]:
        """A body frame whose story flowed as before (the very same flow from the cache) draws as
        before: its group is reused, so a keystroke re-sets only the frames of the story typed in."""
        layout = self.story_layout(f.story)
        before, after = jumps(self.doc.body_chain(f.story), f.id)
        key = (f, rect, out.page.id, id(layout.flow), self.doc.byline_place, self.body_style(f.story),
               byline_style(self.doc), before.number if before else None, after.number if after else None)
        hit = self.cache.frames.get(key, lambda: None)
        if hit is not None and hit[0] is layout.flow and hit[1] == layout.looks:
            out.missing.extend(hit[4])
            out.unplaced.extend(hit[5])
            return hit[2], hit[3]
        m, u = len(out.missing), len(out.unplaced)
        group, report = self._body(out, f, rect)
        # the flow is kept in the entry, so its id cannot be reused while the entry lives
        self.cache.frames.put(key, (layout.flow, layout.looks, group, report, out.missing[m:], out.unplaced[u:]))
        return group, report

    def _body(self, out: _Out, f: Frame, rect: Rect) -> tuple[Group, FrameReport | None]:
        style = self.body_style(f.story)
        face = face_of(style)
        pitch = style.line_pitch(self.doc.grid.leading)
        layout = self.story_layout(f.story)
        result = layout.flow
        body: list[Item] = []
        looks = layout.looks
        to_em, to_base = baseline_offsets(self.fonts, face, style.size, pitch)    # once, not per line
        for pl in result.placed:
            if pl.frame != f.id:
                continue
            pl_look = looks[pl.paragraph] if looks else None
            if pl_look is None or pl_look.look is None:
                y = pl.top + to_em + to_base
                body.extend(out.runs(face, style.size, pl.line, pl.x, y, style.color, f.story, "body", pl.paragraph))
            elif pl_look.look.head_face:
                body.extend(self._table_line(out, pl, pl_look, pitch, f.story))
            else:
                body.extend(self._styled_line(out, pl, pl_look, pitch, f.story))
        bst = byline_style(self.doc)
        byline: list[Item] = []
        for pl in layout.byline:
            if pl.frame == f.id:
                y = baseline(self.fonts, face_of(bst), bst.size, pl.top, pitch)
                byline.extend(out.runs(face_of(bst), bst.size, pl.line, pl.x, y, bst.color, f.story, "byline", 0))
        # in reading order: a byline at the head before the body, at the foot after it
        items = byline + body if self.doc.byline_place == "head" else body + byline
        if layout.byline_unplaced and layout.byline_frame == f.id:
            out.unplaced.append(Unplaced(out.page.id, f.story, "byline", self.doc.story(f.story).byline,
                                         layout.byline_unplaced, no_room=True, frame=f.id))
        chain = self.doc.body_chain(f.story)
        before, after = jumps(chain, f.id)
        if before is not None or after is not None:
            items.extend(self._jump_lines(out, f, before, after, pitch))
        report = None
        if chain and chain[-1][1].id == f.id:
            report = FrameReport(f.id, f.story, "body", result.overset_lines, result.overset_chars, result.empty_lines,
                                 overset_text=overset_text(self.doc.story(f.story).body, result))
        return Group("text", f.id, rect, tuple(items)), report

    def _styled_line(self, out: _Out, pl: Placed, look: ParagraphLook, pitch: float, story: str) -> list[Item]:
        """A body line in its paragraph's style, cut by character runs into runs of their own face and
        ink, with 着重号 dots under an emphasis range."""
        st, lk = look.style, look.look
        y = baseline(self.fonts, lk.face, lk.size, pl.top, pitch * lk.step)
        items: list[Item] = []
        dots: list[Item] = []
        for part, run in pieces(pl.line, look.runs):
            face = run.face if run else lk.face
            color = run.color if run else st.color
            items.extend(out.runs(face, lk.size, part, pl.x, y, color, story, "body", pl.paragraph))
            if run is not None and run.emphasis:
                dots.extend(emphasis_dots(self.fonts, face, lk.size, part, pl.x, y, color))
        return items + dots

    def _table_line(self, out: _Out, pl: Placed, look: ParagraphLook, pitch: float, story: str) -> list[Item]:
        """A line of a table (layout/tables): its cells' glyph runs at their columns, its rules."""
        lk = look.look
        text = self.doc.story(story).body[pl.paragraph]
        tl = tables.line_at(text, lk.size, pl.line.width, lk.face, lk.head_face, pl.line.start)
        face, size = (tl.face, tl.size) if tl else (lk.face, lk.size)
        y = baseline(self.fonts, face, size, pl.top, pitch)
        items: list[Item] = []
        for cell in tables.cell_pieces(pl.line):
            items.extend(out.runs(face, size, cell, pl.x, y, look.style.color, story, "body", pl.paragraph))
        return items + (tables.rules(tl, pl.x, pl.top, pitch) if tl else [])

    def _jump_lines(self, out: _Out, f: Frame, before: Page | None, after: Page | None, pitch: float) -> list[Item]:
        """上接第X版 at the top of the first column, 下转第X版 at the foot of the last one. The page
        numbers come from the document as it is now, so they follow page moves."""
        doc = self.doc
        page = out.page
        st = doc.style("jump")
        face = face_of(st)
        body_size = doc.style("body").size
        slots = body_slots(doc.grid, page, f, body_size, pitch)
        items: list[Item] = []
        for text, slot, top, align in (
                (f"（上接第{before.number}版）" if before else None, slots[0], slots[0].y, "left"),
                (f"（下转第{after.number}版）" if after else None, slots[-1], slots[-1].y + (slots[-1].lines - 1) * pitch, "right")):
            if not text:
                continue
            options = SetOptions(level=self.level, indent=0.0, align=align)
            (line,) = set_paragraph(text, st.size, slot.measure, face, options).lines[:1]
            y = baseline(self.fonts, face, st.size, top, pitch)
            items.extend(out.runs(face, st.size, line, slot.x, y, st.color, f.story or "", "jump", 0))
        return items

    def _heading(self, out: _Out, f: Frame, rect: Rect) -> tuple[Group, FrameReport]:
        doc = self.doc
        blocks = heading_blocks(doc, f)
        if f.vertical:
            return self._vertical(out, f, rect, blocks)
        leading = doc.grid.leading
        styled = tuple((part, doc.style(role), text) for part, role, text in blocks)
        sized, room, fitted = size_heading(styled, rect.width, f.lines, leading, self.level)
        set_blocks = dict(sized)
        used = sum(b[3] for b in set_blocks.values())
        report = FrameReport(f.id, f.story, f.part)
        if fitted is not None:
            size, below_min, overset = fitted
            subs = [set_blocks[p][1] for p in ("kicker", "deck") if p in set_blocks]
            report = FrameReport(f.id, f.story, f.part, size=size, below_min=below_min, overset_lines=overset,
                                 sub_size=min(subs) if subs else None)
        items: list[Item] = []
        total = sum(set_blocks[p][3] for p, _, _ in blocks)
        above = type_drop(f, room, total)
        top = rect.y + above * leading
        if blocks:
            # the lines its parts' type stands on (碰题 is type beside type, not air beside it)
            report = replace(report, type_lines=(f.line + above, f.line + above + total))
        for part, role, text in blocks:
            st, size, lines, n, pitch = set_blocks[part]
            face = face_of(st)
            y0 = top + (n * leading - len(lines) * pitch) / 2.0
            for k, line in enumerate(lines):
                y = baseline(self.fonts, face, size, y0 + k * pitch, pitch)
                items.extend(out.runs(face, size, line, rect.x, y, st.color, f.story, part, 0))
            top += n * leading
        if used > f.lines:
            report = replace(report, overset_lines=used - f.lines)
        return Group("text", f.id, rect, tuple(items)), report

    def _vertical(self, out: _Out, f: Frame, rect: Rect, blocks) -> tuple[Group, FrameReport]:
        styled = tuple((part, self.doc.style(role), face_of(self.doc.style(role)), text) for part, role, text in blocks)
        group, report, missing, _columns = vertical_heading(f.id, f.story, f.part, rect, styled, self.fonts, kicker_cap)
        for part, offset, ch in missing:
            out.missing.append(MissingGlyph(out.page.id, f.story, part, 0, offset, ch))
        return group, report

    def _caption_lines(self, f: Frame, rect: Rect, page: Page) -> tuple[photoair.CaptionSet, list, float]:
        """A caption frame's lines set (caption, then credit): how tall the lines that fit stand and
        where their type starts and ends in that height; (style, face, line, pitch, part) of each line;
        the height all of them take."""
        photo = self.doc.photo(f.photo)
        lines: list = []
        used = 0.0
        credit = "" if credited_after(self.doc, page, f.photo) else photo.credit      # (图①'s, under 图②)
        for role, text, part in (("caption", photo.caption, "caption"), ("credit", credit, "credit")):
            if not text:
                continue
            st = self.doc.style(role)
            face = face_of(st)
            pitch = st.line_pitch(self.doc.grid.leading)
            for line in set_paragraph(text, st.size, rect.width, face, options_for(st, self.level)).lines:
                lines.append((st, face, line, pitch, part))
                used += pitch
        fit = [ln for ln in itertools.accumulate(ln[3] for ln in lines) if ln <= rect.height + 1e-6]
        if not fit:
            return photoair.CaptionSet(0.0, 0.0, 0.0), lines, used
        first, last = lines[0], lines[len(fit) - 1]
        return photoair.CaptionSet(fit[-1], (first[3] - first[0].size) / 2.0, (last[3] - last[0].size) / 2.0), lines, used

    def _caption(self, out: _Out, f: Frame, rect: Rect, lines_set, top: float | None = None) -> tuple[Group, FrameReport]:
        """A caption frame's lines from `top` (the frame's: `photoair` draws them up close to their photo
        and clear of what follows); those past the frame's foot left out."""
        photo = self.doc.photo(f.photo)
        items: list[Item] = []
        y = rect.y if top is None else top
        used = 0.0
        left_out: list[str] = []
        _, lines, _ = lines_set
        for st, face, line, pitch, part in lines:
            if used + pitch <= rect.height + 1e-6:
                b = baseline(self.fonts, face, st.size, y, pitch)
                items.extend(out.runs(face, st.size, line, rect.x, b, st.color, photo.id, part, 0))
            else:
                left_out.append(line.text)
            y += pitch
            used += pitch
        over = max(0, math.ceil((used - rect.height) / self.doc.grid.leading - 1e-6))
        if top is not None and top < rect.y:      # drawn up into its photo's frame: the group covers it (repaint)
            rect = Rect(rect.x, top, rect.width, rect.bottom - top)
        return Group("caption", f.id, rect, tuple(items)), FrameReport(f.id, photo.id, "caption", overset_lines=over,
                                                                       overset_text="\n".join(left_out))


def compose_page(doc: Document, page: Page, doc_dir: str | os.PathLike = ".") -> PageDisplay:
    return Composer(doc, doc_dir).compose(page)


def compose_document(doc: Document, doc_dir: str | os.PathLike = ".") -> list[PageDisplay]:
    return Composer(doc, doc_dir).compose_all()


def heading_blocks(doc, f: Frame) -> list[tuple[str, str, str]]:
    """(part, style role, text) of a heading frame's parts with text: the banner's own roles, a frame's
    style for a single part, and headlines by rank (头条, 二条, 简讯) where the document styles them."""
    story = doc.story(f.story)
    banner = f.style == "banner"
    parts = ("kicker", "headline", "deck") if f.part == "heading" else (f.part,)
    blocks = []
    for part in parts:
        text = getattr(story, part)
        if text:
            role = part
            if banner and part == "headline":
                role = "banner"
            elif banner and part == "deck":
                role = "banner_deck"
            elif f.style and len(parts) == 1:
                role = f.style
            elif part == "headline" and story.rank and f"headline_{story.rank}" in doc.styles:
                role = f"headline_{story.rank}"
            blocks.append((part, role, text))
    return blocks
