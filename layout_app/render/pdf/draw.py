"""Draw a PageDisplay on a reportlab canvas. It never measures or breaks text: every glyph goes
where the engine put it."""
from __future__ import annotations

from typing import Callable

from reportlab.pdfgen.canvas import Canvas

from layout_app.layout.display import Box, GlyphRun, Group, ImagePlacement, PageDisplay, Rule
from layout_app.render.pdf.fonts import pdf_font
from layout_app.render.pdf.marks import Sheet

# placement → the JPEG to embed (or None: draw the missing-photo placeholder)
ImageSource = Callable[[ImagePlacement], "str | None"]


class PageDrawer:
    def __init__(self, c: Canvas, sheet: Sheet, images: ImageSource):
        self.c = c
        self.sheet = sheet
        self.images = images
        self.x0 = sheet.margin
        self.top = sheet.margin + sheet.trim_h      # page y = 0 (trim top) in PDF coordinates

    def draw(self, page: PageDisplay) -> None:
        self._items(page.items)

    def _items(self, items) -> None:
        for item in items:
            if isinstance(item, GlyphRun):
                self._run(item)
            elif isinstance(item, Group):
                self._items(item.items)
            elif isinstance(item, ImagePlacement):
                self._image(item)
            elif isinstance(item, Rule):
                self.c.setStrokeColorCMYK(*item.color)
                self.c.setLineWidth(item.width)
                self.c.line(self.x0 + item.x1, self.top - item.y1, self.x0 + item.x2, self.top - item.y2)
            elif isinstance(item, Box):
                self._box(item)

    def _run(self, run: GlyphRun) -> None:
        c = self.c
        scaled = run.hscale != 1.0
        if scaled:
            c.saveState()      # Tz is graphics state: it must not leak into the runs after this one
        t = c.beginText()
        t.setFont(pdf_font(run.face), run.size)
        c.setFillColorCMYK(*run.color)
        t.setFillColorCMYK(*run.color)
        if scaled:
            t.setHorizScale(run.hscale * 100.0)
        y = self.top - run.y
        x0 = self.x0
        for ch, x in zip(run.text, run.xs):
            t.setTextOrigin(x0 + x, y)
            t.textOut(ch)
        c.drawText(t)
        if scaled:
            c.restoreState()

    def _image(self, item: ImagePlacement) -> None:
        r = item.rect
        x, y = self.x0 + r.x, self.top - r.bottom
        path = self.images(item)
        if path is None:
            self.c.saveState()
            self.c.setStrokeColorCMYK(0, 0, 0, 0.6)
            self.c.setFillColorCMYK(0, 0, 0, 0.1)
            self.c.rect(x, y, r.width, r.height, stroke=1, fill=1)
            self.c.line(x, y, x + r.width, y + r.height)
            self.c.line(x, y + r.height, x + r.width, y)
            self.c.restoreState()
            return
        self.c.drawImage(path, x, y, r.width, r.height)

    def _box(self, box: Box) -> None:
        r = box.rect
        c = self.c
        c.saveState()
        if box.fill:
            c.setFillColorCMYK(*box.fill)
        if box.stroke:
            c.setStrokeColorCMYK(*box.stroke)
            c.setLineWidth(box.stroke_width)
        c.rect(self.x0 + r.x, self.top - r.bottom, r.width, r.height, stroke=1 if box.stroke else 0,
               fill=1 if box.fill else 0)
        c.restoreState()
