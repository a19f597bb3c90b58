"""Printer's marks drawn outside the bleed: crop marks at the trim corners and the slug line."""
from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:                      # writer imports Sheet users; marks only needs the type
    from layout_app.render.pdf.writer import PageContent
from layout_app.units import mm

MARK_LENGTH = mm(5)
MARK_GAP = mm(2)           # between the bleed edge and the start of a crop mark
MARK_WIDTH = 0.25          # pt: hairline
SLUG_SIZE = 6.0
SLUG_CLEAR = mm(3)         # between a vertical crop mark (on the trim line) and the slug's ends


@dataclass(frozen=True)
class Sheet:
    """Where the trimmed page sits on the PDF page (all pt, PDF coordinates: y up)."""
    margin: float          # from the media edge to the trim edge
    trim_w: float
    trim_h: float
    bleed: float

    @property
    def media(self) -> tuple[float, float]:
        return self.trim_w + 2 * self.margin, self.trim_h + 2 * self.margin

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        m = self.margin
        return m, m, m + self.trim_w, m + self.trim_h

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        m, b = self.margin, self.bleed
        return m - b, m - b, m + self.trim_w + b, m + self.trim_h + b


def marks_margin(bleed: float) -> float:
    """Room outside the trim for bleed, crop marks and the slug line."""
    return bleed + MARK_GAP + MARK_LENGTH + mm(4)


def draw_crop_marks(out: "PageContent", sheet: Sheet) -> None:
    x0, y0, x1, y1 = sheet.trim_box
    start = sheet.bleed + MARK_GAP
    segments = []
    for x, dx in ((x0, -1), (x1, 1)):
        for y, dy in ((y0, -1), (y1, 1)):
            segments.append((x + dx * start, y, x + dx * (start + MARK_LENGTH), y))     # horizontal mark
            segments.append((x, y + dy * start, x, y + dy * (start + MARK_LENGTH)))     # vertical mark
    out.lines(segments, (1, 1, 1, 1), MARK_WIDTH)          # registration colour: shows on every plate


def draw_slug(out: "PageContent", sheet: Sheet, text: str) -> None:
    """Under the bottom edge, between the two bottom vertical crop marks (which stand on the trim
    lines), its top a mark gap below the bleed: it never touches a mark or the bleed."""
    x0, y0, x1, _y1 = sheet.trim_box
    used = out.fonts.face("hei")
    face = used.face
    room = max(x1 - x0 - 2 * SLUG_CLEAR, 1.0)
    width = sum(face.advance.get(ch, 1.0) for ch in text) * SLUG_SIZE
    size = SLUG_SIZE if width <= room else SLUG_SIZE * room / width    # a long slug gets smaller, never longer
    ascent = max(face.ascender, face.top)          # the highest ink any glyph of the face can have
    x, y = x0 + SLUG_CLEAR, y0 - sheet.bleed - MARK_GAP - ascent * size
    out.append(f"q 0 0 0 1 k BT /{used.resource} {size:.3f} Tf 1 0 0 1 {x:.3f} {y:.3f} Tm "
               f"<{used.codes(text)}> Tj ET Q")
