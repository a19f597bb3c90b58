"""Where each character of a frame's text stands on the page: the lines as the composer set them,
with every character's x, so an editor draws its caret and selection on the engine's own glyph
positions and turns a click into a text position. Positions are (field, paragraph, offset), the
fields those of `model.textedit.Target` (a story part, caption/credit, a master text's id; a
master text's offsets are those of its template, fields stepped over whole).

A vertical (竖排) heading's columns are caret lines turned a quarter (`vertical`; layout.vtextmap):
the same steps, hits and lines before/after work on them in the column's own axes."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from layout_app.layout import furniture
from layout_app.layout.compose import (Composer, byline_style, frame_rect, heading_blocks, master_baselines, size_heading,
                                       type_drop)
from layout_app.layout.runs import baseline, baseline_offsets
from layout_app.layout.styling import face_of, options_for
from layout_app.model.document import Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import IDEOGRAPHIC_SPACE, MasterText, field_names
from layout_app.model.textedit import Target, field_spans
from layout_app.text.setter import SetLine, SetOptions, set_paragraph


@dataclass(frozen=True, slots=True)
class CaretLine:
    """One set line of a field: its characters' x (page pt), the x after its last one, its em box."""
    field: str
    paragraph: int
    start: int                  # offsets in the paragraph (a master text: in its template)
    end: int
    xs: tuple[float, ...]       # x of each offset start..end-1
    right: float                # x of offset `end`
    top: float                  # em box: where the caret is drawn
    bottom: float
    x0: float                   # the column's left edge
    pitch: float                # the line slot's height (for an empty paragraph after this one)
    face: str = ""              # the paragraph's face and size (an input method's preedit is drawn in it)
    size: float = 0.0
    vertical: bool = False      # a 竖排 column, its axes turned: "x" runs down the column (page y),
                                # top/bottom are its em box's left/right (page x), x0 is its top

    def x_at(self, offset: int) -> float:
        k = offset - self.start
        return self.xs[k] if 0 <= k < len(self.xs) else self.right

    def offset_at(self, x: float) -> int:
        """The caret offset nearest to x (between characters)."""
        edges = [(a + b) / 2 for a, b in zip(self.xs, self.xs[1:] + (self.right,))]
        return self.start + bisect.bisect_left(edges, x)


@dataclass(frozen=True)
class FrameText:
    """The caret lines of one frame, and the target each of its fields edits."""
    frame: str
    lines: tuple[CaretLine, ...]
    targets: dict[str, Target]


def _line(composer: Composer, field: str, paragraph: int, line: SetLine, face: str, size: float,
          x0: float, y: float, pitch: float, base: int = 0, offsets=None) -> CaretLine:
    ascent, advances = _metrics(composer.fonts, face)
    top = y - ascent * size
    xs = tuple(map(x0.__add__, line.xs))
    if line.text:
        last = line.text[-1]
        scale = line.scales[-1] if line.scales else 1.0
        right = xs[-1] + advances.get(last, 1.0) * size * scale
    else:
        right = x0 + line.width
    start, end = line.start + base, line.end + base
    if offsets is not None:                        # a master text: display offsets → template offsets
        return _template_line(field, line, xs, right, top, size, x0, pitch, offsets, face)
    return CaretLine(field, paragraph, start, end, xs, right, top, top + size, x0, pitch, face, size)


_METRICS: dict = {}


def _metrics(fonts, face: str) -> tuple[float, dict]:
    """(ascender share of the em box, advances in em) of a face, looked up once per face."""
    key = (id(fonts), face)
    hit = _METRICS.get(key)
    if hit is None or hit[0] is not fonts:
        f = fonts.face(face)
        hit = _METRICS[key] = (fonts, f.ascender / (f.ascender - f.descender), fonts.merged_advances(face))
    return hit[1], hit[2]


def frame_text(composer: Composer, page: Page, f: Frame) -> FrameText:
    """The caret lines of a frame as composed now (empty for photos)."""
    doc = composer.doc
    rect = frame_rect(doc.grid, page, f)
    if f.kind == "photo":
        return FrameText(f.id, (), {})
    if f.vertical:
        from layout_app.layout.vtextmap import vertical_text
        return vertical_text(composer, f, rect, heading_blocks(doc, f))
    if f.kind == "caption":
        return _caption(composer, f, rect, composer.caption_top(page, f))
    if f.part == "body":
        return _body(composer, f)
    return _heading(composer, f, rect)


def _body(composer: Composer, f: Frame) -> FrameText:
    doc = composer.doc
    style = composer.body_style(f.story)
    face = face_of(style)
    pitch = style.line_pitch(doc.grid.leading)
    layout = composer.story_layout(f.story)
    looks = layout.looks
    to_em, to_base = baseline_offsets(composer.fonts, face, style.size, pitch)
    lines = []
    for pl in layout.flow.placed:
        if pl.frame != f.id:
            continue
        look = looks[pl.paragraph] if looks else None
        if look is None or look.look is None:
            y = pl.top + to_em + to_base
            lines.append(_line(composer, "body", pl.paragraph, pl.line, face, style.size, pl.x, y, pitch))
        else:
            lk = look.look
            y = baseline(composer.fonts, lk.face, lk.size, pl.top, pitch * lk.step)
            lines.append(_line(composer, "body", pl.paragraph, pl.line, lk.face, lk.size, pl.x, y, pitch * lk.step))
    targets = {"body": Target("story", f.story, "body")}
    if layout.byline:
        bst = byline_style(doc)
        raw = doc.story(f.story).byline
        lead = len(raw) - len(raw.lstrip())          # the body frames set the byline stripped
        for pl in layout.byline:
            if pl.frame == f.id:
                y = baseline(composer.fonts, face_of(bst), bst.size, pl.top, pitch)
                lines.append(_line(composer, "byline", 0, pl.line, face_of(bst), bst.size, pl.x, y, pitch, lead))
                targets["byline"] = Target("story", f.story, "byline")
    return FrameText(f.id, tuple(lines), targets)


def _heading(composer: Composer, f: Frame, rect) -> FrameText:
    """As `Composer._heading` places them (kept equal by a test against the display list)."""
    doc = composer.doc
    parts = ("kicker", "headline", "deck") if f.part == "heading" else (f.part,)
    blocks = heading_blocks(doc, f)
    leading = doc.grid.leading
    styled = tuple((part, doc.style(role), text) for part, role, text in blocks)
    sized, room, _fitted = size_heading(styled, rect.width, f.lines, leading, composer.level)
    set_blocks = dict(sized)
    total = sum(set_blocks[p][3] for p, _, _ in blocks)
    top = rect.y + type_drop(f, room, total) * leading
    lines = []
    for part, _role, _text in blocks:
        st, size, set_lines, n, pitch = set_blocks[part]
        face = face_of(st)
        y0 = top + (n * leading - len(set_lines) * pitch) / 2.0
        for k, line in enumerate(set_lines):
            y = baseline(composer.fonts, face, size, y0 + k * pitch, pitch)
            lines.append(_line(composer, part, 0, line, face, size, rect.x, y, pitch))
        top += n * leading
    targets = {part: Target("story", f.story, part) for part in parts}
    return FrameText(f.id, tuple(lines), targets)


def _caption(composer: Composer, f: Frame, rect, top: float | None = None) -> FrameText:
    """As `Composer._caption` places them: from `top` where `photoair` draws them up close to their photo."""
    doc = composer.doc
    photo = doc.photo(f.photo)
    y, used = rect.y if top is None else top, 0.0
    lines = []
    for role, text in (("caption", photo.caption), ("credit", photo.credit)):
        if not text:
            continue
        st = doc.style(role)
        face = face_of(st)
        pitch = st.line_pitch(doc.grid.leading)
        for line in set_paragraph(text, st.size, rect.width, face, options_for(st, composer.level)).lines:
            if used + pitch <= rect.height + 1e-6:
                b = baseline(composer.fonts, face, st.size, y, pitch)
                lines.append(_line(composer, role, 0, line, face, st.size, rect.x, b, pitch))
            y += pitch
            used += pitch
    targets = {role: Target("photo", photo.id, role) for role in ("caption", "credit")}
    return FrameText(f.id, tuple(lines), targets)


# --- master texts (running head, folio) -------------------------------------------------------------
def fill_map(template: str, values: dict[str, str]) -> tuple[str, tuple[int, ...]]:
    """`model.furniture.fill_fields` with, for each template offset 0..len, the offset in the filled
    text where it shows (a field's inside shows at the field's start; a left-out part at its place)."""
    spans = {s: e for s, e in field_spans(template)}
    where = [0] * (len(template) + 1)
    out: list[str] = []
    parts: list[tuple[int, int]] = []
    start = 0
    for k, ch in enumerate(template + IDEOGRAPHIC_SPACE):
        if ch == IDEOGRAPHIC_SPACE or k == len(template):
            parts.append((start, k))
            start = k + 1
    kept = 0
    for a, b in parts:
        part = template[a:b]
        names = field_names(part)
        if names and not any(values.get(n, "") for n in names):
            for k in range(a, b + 1):
                where[k] = len(out)
            continue
        if kept:
            out.append(IDEOGRAPHIC_SPACE)
            where[a - 1] = len(out) - 1
        kept += 1
        k = a
        while k < b:
            where[k] = len(out)
            if k in spans:
                e = spans[k]
                out.extend(values.get(template[k + 1:e - 1], ""))
                for j in range(k + 1, e):
                    where[j] = where[k]
                k = e
            elif template.startswith(("{{", "}}"), k):
                out.append(template[k])
                where[k + 1] = len(out)
                k += 2
            else:
                out.append(template[k])
                k += 1
        where[b] = len(out)
    return "".join(out), tuple(where)


def _template_line(field, line: SetLine, xs, right, top, size, x0, pitch, offsets, face) -> CaretLine:
    """A master text's one line in template offsets: each template offset at its shown x."""
    shown = [x for x in xs] + [right]
    txs = tuple(shown[min(d, len(shown) - 1)] for d in offsets[:-1])
    return CaretLine(field, 0, 0, len(offsets) - 1, txs, shown[min(offsets[-1], len(shown) - 1)], top,
                     top + size, x0, pitch, face, size)


def master_text(composer: Composer, page: Page) -> FrameText:
    """The caret lines of the page's master texts (one line each), field = the text's id."""
    doc = composer.doc
    master = doc.master(page.master) if page.master else None
    if master is None:
        return FrameText("", (), {})
    values = furniture.page_fields(doc, page)
    lines = []
    targets = {}
    for t in master.texts:
        line = _master_line(composer, page, t, values)
        if line is not None:
            lines.append(line)
            targets[t.id] = Target("master", master.name, t.id)
    return FrameText("", tuple(lines), targets)


def _master_line(composer: Composer, page: Page, t: MasterText, values) -> CaretLine | None:
    from layout_app.text.fonts import FontRegistry
    content, offsets = fill_map(t.text, values)
    rect = furniture.text_rect(composer.doc.grid, t, page.left_hand)
    face = FontRegistry.face_key(t.font, t.weight)
    options = SetOptions(level=composer.level, indent=0.0, align=t.align)
    set_lines = set_paragraph(content, t.size, rect.width, face, options).lines if content.strip() else ()
    y = master_baselines(composer.fonts, composer.doc, t, rect, face, len(set_lines))[0]
    if not set_lines:                      # nothing shows: the caret stands at the text's left
        f = composer.fonts.face(face)
        top = y - f.ascender / (f.ascender - f.descender) * t.size
        n = len(t.text)
        return CaretLine(t.id, 0, 0, n, (rect.x,) * n, rect.x, top, top + t.size, rect.x, rect.height, face, t.size)
    line = set_lines[0]
    # the first line only (the composer turns the rest over, or reports them as not fitting): offsets past
    # it end there
    clipped = tuple(min(d, line.end) for d in offsets)
    return _line(composer, t.id, 0, line, face, t.size, rect.x, y, rect.height, offsets=clipped)


def master_rect(composer: Composer, page: Page, text_id: str):
    master = composer.doc.master(page.master) if page.master else None
    t = next((t for t in master.texts if t.id == text_id), None) if master else None
    return furniture.text_rect(composer.doc.grid, t, page.left_hand) if t else None


# --- positions ---------------------------------------------------------------------------------------
def caret_line(lines, field: str, paragraph: int, offset: int) -> CaretLine | None:
    """The line a caret at this position stands on: the one that holds the offset, or whose end it
    is when no later line starts there (the end of a paragraph)."""
    best = None
    for ln in lines:
        if ln.field != field or ln.paragraph != paragraph:
            continue
        if ln.start <= offset < ln.end:
            return ln
        if offset == ln.end:
            best = ln
    return best


def caret_box(lines, field: str, paragraph: int, offset: int) -> tuple[float, float, float] | None:
    """(x, top, bottom) of the caret in page pt; an empty paragraph below the one before it."""
    ln = caret_line(lines, field, paragraph, offset)
    if ln is not None:
        return ln.x_at(offset), ln.top, ln.bottom
    before = [ln for ln in lines if ln.field == field and ln.paragraph < paragraph]
    if before:
        last = before[-1]
        return last.x0, last.top + last.pitch, last.bottom + last.pitch
    after = [ln for ln in lines if ln.field == field and ln.paragraph > paragraph]
    if after:
        return after[0].x0, after[0].top - after[0].pitch, after[0].bottom - after[0].pitch
    return None


def hit(lines, x: float, y: float, field: str | None = None) -> tuple[str, int, int] | None:
    """(field, paragraph, offset) nearest to the point: the line whose slot holds y (or the nearest
    one), then the character edge nearest x. `field`: only that field's lines."""
    cands = [ln for ln in lines if field is None or ln.field == field]
    if not cands:
        return None

    def distance(ln: CaretLine) -> tuple[float, float]:
        mid = (ln.top + ln.bottom) / 2
        half = max(ln.pitch, ln.bottom - ln.top) / 2
        dy = max(0.0, abs(y - mid) - half)
        dx = 0.0 if ln.x0 <= x <= max(ln.right, ln.x0) + ln.pitch else min(abs(x - ln.x0), abs(x - ln.right))
        return dy, dx

    ln = min(cands, key=distance)
    return ln.field, ln.paragraph, ln.offset_at(x)


def line_above_below(lines, field: str, paragraph: int, offset: int, down: bool, x: float
                     ) -> tuple[int, int] | None:
    """(paragraph, offset) on the line above or below, nearest to x; None at the first/last line."""
    own = [ln for ln in lines if ln.field == field]
    cur = caret_line(own, field, paragraph, offset)
    if cur is None:
        return None
    k = own.index(cur) + (1 if down else -1)
    if not 0 <= k < len(own):
        return None
    ln = own[k]
    return ln.paragraph, ln.offset_at(x)
