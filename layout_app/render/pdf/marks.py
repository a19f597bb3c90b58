"""Printer's marks drawn outside the bleed: crop marks at the trim corners and the slug line."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from layout_app.render.pdf.fonts import pdf_font
from layout_app.units import mm

MARK_LENGTH = mm(5)
MARK_GAP = mm(2)           # between the bleed edge and the start of a crop mark
MARK_WIDTH = 0.25          # pt: hairline
SLUG_SIZE = 6.0


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


def draw_crop_marks(c: Canvas, sheet: Sheet) -> None:
    x0, y0, x1, y1 = sheet.trim_box
    start = sheet.bleed + MARK_GAP
    c.saveState()
    c.setLineWidth(MARK_WIDTH)
    c.setStrokeColorCMYK(1, 1, 1, 1)               # registration colour: shows on every plate
    for x, dx in ((x0, -1), (x1, 1)):
        for y, dy in ((y0, -1), (y1, 1)):
            c.line(x + dx * start, y, x + dx * (start + MARK_LENGTH), y)     # horizontal mark
            c.line(x, y + dy * start, x, y + dy * (start + MARK_LENGTH))     # vertical mark
    c.restoreState()


def draw_slug(c: Canvas, sheet: Sheet, text: str) -> None:
    x0, y0, _x1, _y1 = sheet.trim_box
    c.saveState()
    c.setFillColorCMYK(0, 0, 0, 1)
    t = c.beginText()
    t.setFont(pdf_font("hei"), SLUG_SIZE)
    t.setTextOrigin(x0, y0 - sheet.bleed - MARK_GAP - SLUG_SIZE)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()
