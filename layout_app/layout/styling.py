"""Paragraph and character styles at work in a story's body: each paragraph's look for the flow,
and a set line cut into glyph runs by its character runs (bold face, a second font, a tint), with
着重号 dots under the characters of an emphasis range."""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, replace

from layout_app.layout.display import CMYK, Dot
from layout_app.layout.flow import ParaLook
from layout_app.model.document import Document
from layout_app.model.story import TABLE, Story
from layout_app.model.styles import ParagraphStyle
from layout_app.text.fonts import FontRegistry
from layout_app.text.setter import SetLine, SetOptions

TABLE_HEAD = "table_head"   # the named style of a table's header row and title (its face)
SUBHEAD = "subhead"         # the named style of a 小标题: kept with the first lines of the text under it
BRIEF_HEAD = "brief_head"   # a briefs column's item headline: kept with its text too
DOT_RADIUS = 0.07          # of the type size: GB/T 15834's 着重号 is a small round dot
DOT_GAP = 0.08             # from the em box's foot to the dot's top, of the type size: close to its character


@dataclass(frozen=True, slots=True)
class RunLook:
    """A character run resolved against its paragraph: offsets in the paragraph, face, ink, dots."""
    start: int
    end: int
    face: str
    color: CMYK
    emphasis: bool


@dataclass(frozen=True)
class ParagraphLook:
    style: ParagraphStyle
    look: ParaLook | None          # None: set like the story's body
    runs: tuple[RunLook, ...] = ()


def options_for(style: ParagraphStyle, level: str = "gb", display: bool = False) -> SetOptions:
    """Set options from a paragraph style: its own 避头尾 level when it names one. `display`: heading
    parts, whose marks are set half-width (punctuation compression)."""
    return SetOptions(level=style.level or level, indent=style.indent, align=style.align, tracking=style.tracking,
                      hanging=style.hanging, display=display)


def face_of(style: ParagraphStyle) -> str:
    return FontRegistry.face_key(style.font, style.weight)


def story_looks(doc: Document, story: Story, grid_pitch: float, level: str) -> tuple[ParagraphLook, ...] | None:
    """Each body paragraph's look; None when no paragraph has a format (the story is set as before)."""
    if not story.formats:
        return None
    body = doc.style("body")
    out = []
    for j in range(len(story.body)):
        fmt = story.format(j)
        if fmt is None:
            out.append(ParagraphLook(body, None))
            continue
        if fmt.style == TABLE:
            out.append(_table_look(doc, fmt, body, grid_pitch, level))
            continue
        st = doc.paragraph_style(fmt.style, fmt.local)
        step = max(1, math.ceil(st.line_pitch(grid_pitch) / grid_pitch - 1e-6))   # stays on the grid
        face = face_of(st)
        runs = []
        for run in fmt.runs:
            cs = doc.sheet.char_style(run.style, run.local)
            runs.append(RunLook(run.start, run.end, FontRegistry.face_key(cs.font or st.font, cs.weight or st.weight),
                                cs.ink(st.color), cs.emphasis))
        # a range in another face is measured in that face, so bold figures do not run into their neighbours
        faces = tuple((r.start, r.end, r.face) for r in runs if r.face != face)
        look = ParaLook(st.size, face, options_for(st, level), step, st.space_before, st.space_after, faces,
                        keep=fmt.style in (SUBHEAD, BRIEF_HEAD), turnover=st.turnover)
        out.append(ParagraphLook(st, look, tuple(runs)))
    return tuple(out)


def _table_look(doc: Document, fmt, body: ParagraphStyle, grid_pitch: float, level: str) -> ParagraphLook:
    """A table's look (layout/tables): the template's `table` style — where it has none, the body's a
    size smaller, flush left —, its header and title in `table_head` (else the table style in 黑体);
    a line of the grid per row, whatever its style's leading."""
    st = doc.paragraph_style(TABLE, fmt.local) if TABLE in doc.styles else \
        replace(body, size=min(body.size, 7.5), indent=0.0, align="left", space_before=1, space_after=1)
    head = doc.paragraph_style(TABLE_HEAD) if TABLE_HEAD in doc.styles else replace(st, font="hei")
    look = ParaLook(st.size, face_of(st), options_for(st, level), 1, st.space_before, st.space_after,
                    head_face=face_of(head))
    return ParagraphLook(st, look)


def pieces(line: SetLine, runs: tuple[RunLook, ...]) -> list[tuple[SetLine, RunLook | None]]:
    """The line cut where character runs begin and end: (part of the line, its run or None)."""
    cuts = {line.start, line.end}
    for r in runs:
        if r.start < line.end and line.start < r.end:
            cuts.update(c for c in (r.start, r.end) if line.start < c < line.end)
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        i, j = a - line.start, b - line.start
        part = SetLine(a, b, line.text[i:j], line.xs[i:j], line.width, line.hang,
                       line.scales[i:j] if line.scales else None)
        out.append((part, next((r for r in runs if r.start <= a < r.end), None)))
    return out


def emphasis_dots(fonts: FontRegistry, face: str, size: float, part: SetLine, x0: float, y: float,
                  color: CMYK) -> list[Dot]:
    """着重号: one dot centred under each character of the range; none under spaces or punctuation."""
    f = fonts.face(face)
    foot = y - f.descender / (f.ascender - f.descender) * size    # the em box's foot
    r = DOT_RADIUS * size
    cy = foot + DOT_GAP * size + r
    advance = fonts.merged_advances(face)
    dots = []
    for ch, x in zip(part.text, part.xs):
        if ch.isspace() or unicodedata.category(ch)[0] == "P":
            continue
        dots.append(Dot(x0 + x + advance.get(ch, 1.0) * size / 2.0, cy, r, color))
    return dots
