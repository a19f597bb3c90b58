"""Draw a PageDisplay with QPainter — glyphs by index at the engine's positions, never re-measured.

Coordinates are page pt (origin at the trim's top-left, y down); callers set the transform.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGlyphRun, QImage, QPainter, QPainterPath, QPen, QRawFont, QTransform

from layout_app.geometry import Rect
from layout_app.layout.display import Box, Dot, GlyphRun, Group, ImagePlacement, PageDisplay, Rule, cover
from layout_app.render.qt.images import PENDING, ImageCache
from layout_app.text.fonts import registry

PLACEHOLDER = QColor(120, 120, 120)
PENDING_GREY = QColor(200, 200, 200)    # a photo frame whose proxy is being made, and its file's name
PENDING_TEXT = QColor(60, 60, 60)
GLYPH_CACHE = 20000          # glyph runs kept ready to draw (a full broadsheet has about 1,000)
# Qt's raster engine caches glyph images up to 64 device pixels; above that it falls back to a path
# it does not build for a QRawFont loaded from a file, and draws nothing (a banner at 100 % zoom
# vanished). Runs that large on the device are filled as outlines instead.
OUTLINE_PX = 56.0
# The shipped TrueType faces keep their strokes as overlapping contours (a CJK glyph is strokes laid
# over one another); FreeType and PDF viewers fill them by the non-zero winding rule. QPainterPath's
# default is odd-even, which left a hole wherever two strokes cross (checkerboards in a banner).
WINDING = Qt.FillRule.WindingFill
GREEK = QColor(160, 160, 160)          # the bar of a greeked line
ORIGIN = QPointF(0, 0)
SCALED_PX = 4_000_000     # device pixels of a photo kept scaled (a photo at 100 % and more: drawn directly)
SCALED_KEPT = 32_000_000  # device pixels of all the photos kept scaled: 128 MB


def _pen_key(rule: Rule) -> tuple:
    return rule.color, rule.width, rule.dash


def qcolor(cmyk) -> QColor:
    c, m, y, k = cmyk
    return QColor.fromCmykF(c, m, y, k)


class PagePainter:
    """Holds the raw fonts (one per face and size) and the screen proxies of photos."""

    def __init__(self, images: ImageCache | None = None):
        self.images = images or ImageCache()
        self._raw: dict[tuple[str, float], QRawFont] = {}
        self._faces: dict[str, QRawFont] = {}      # each font file read once; the sizes are clones of it
        self._glyphs: dict[GlyphRun, QGlyphRun] = {}
        self._outlines: dict[GlyphRun, QPainterPath] = {}
        self._pens: dict[tuple, QPen] = {}
        self._segments: dict[tuple, tuple] = {}
        self._batches: dict[tuple, tuple] = {}
        self._scaled: dict[tuple, QImage] = {}
        self._joined: dict[tuple, tuple] = {}
        self._scale = 1.0                 # device pixels per pt while a page is painted
        self._ratio = 1.0                 # and device pixels per coordinate (a HiDPI screen's 2)
        self._colour = None
        self.incomplete = False           # the last paint drew a photo as 'being made'

    def raw_font(self, face: str, size: float) -> QRawFont:
        key = (face, size)
        raw = self._raw.get(key)
        if raw is None:
            # reading a CJK face from its file takes about 10 ms; a copy set to another size shares
            # the file's data and draws the same pixels (the demo page uses 19 sizes of 5 faces)
            loaded = self._faces.get(face)
            if loaded is None:
                path = str(registry().face(face).path)
                loaded = self._faces[face] = QRawFont(path, size, QFont.HintingPreference.PreferNoHinting)
            raw = QRawFont(loaded)
            raw.setPixelSize(size)
            self._raw[key] = raw
        return raw

    def paint(self, painter: QPainter, page: PageDisplay, *, draft: bool = False, visible: Rect | None = None,
              greek_px: float = 0.0) -> None:
        """`visible`: the part of the page (pt) being repainted; frame groups outside it are skipped
        (a keystroke repaints the frames of one story, not the page's thousand lines).
        `greek_px`: text smaller than this on the device is drawn as grey bars (greeking, as layout
        programs do below a few pixels) — a thumbnail's body text cannot be read anyway."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not draft)
        painter.fillRect(QRectF(0, 0, page.width, page.height), Qt.GlobalColor.white)
        self._scale = _device_scale(painter)      # one transform for the whole page
        self._colour = None                       # the pen's colour as set by the last glyph run
        self.incomplete = False                   # a photo was drawn as 'being made' (drawn again later)
        self._greek = greek_px / self._scale if self._scale else 0.0     # in pt
        items = page.items
        if visible is not None:
            items = [it for it in items if not isinstance(it, Group) or it.rect.intersects(visible)]
        placed = [g.items[0] for g in items if isinstance(g, Group) and g.tag == "photo"
                  and g.items and isinstance(g.items[0], ImagePlacement)]
        self._ratio = painter.device().devicePixelRatioF()
        self.images.prefetch((item.path for item in placed), {item.path: self._pixels(item) for item in placed})
        self._items(painter, items, draft, visible)

    def _items(self, painter: QPainter, items, draft: bool, visible: Rect | None = None) -> None:
        rules: list[Rule] = []
        lines: list[GlyphRun] = []              # consecutive kept runs of one face, size and colour
        for item in items:
            if isinstance(item, GlyphRun):
                if rules:
                    self._rules(painter, rules, visible)
                    rules = []
                if item.size < self._greek and item.xs:
                    self._greeked(painter, item)
                    continue
                if item in self._glyphs and item.size * self._scale < OUTLINE_PX:
                    if lines and (item.face, item.size, item.color) != (lines[0].face, lines[0].size, lines[0].color):
                        self._lines_of_text(painter, lines)
                        lines = []
                    lines.append(item)
                    continue
                if lines:
                    self._lines_of_text(painter, lines)
                    lines = []
                self._run(painter, item)
                continue
            if lines:
                self._lines_of_text(painter, lines)
                lines = []
            if isinstance(item, Rule):          # a 花边 is hundreds of segments: drawn in one call per pen
                rules.append(item)
                continue
            if rules:
                self._rules(painter, rules, visible)
                rules = []
            self._colour = None                  # anything else may set its own pen
            if isinstance(item, Group):
                self._items(painter, item.items, draft, visible)
            elif isinstance(item, ImagePlacement):
                self._image(painter, item, draft)
            elif isinstance(item, Box):
                r = item.rect
                pen = QPen(qcolor(item.stroke), item.stroke_width) if item.stroke else Qt.PenStyle.NoPen
                if item.stroke:
                    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)     # square corners, as in the PDF
                painter.setPen(pen)
                painter.setBrush(qcolor(item.fill) if item.fill else Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(r.x, r.y, r.width, r.height))
            elif isinstance(item, Dot):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(qcolor(item.color))
                painter.drawEllipse(QPointF(item.x, item.y), item.r, item.r)
        if lines:
            self._lines_of_text(painter, lines)
        if rules:
            self._rules(painter, rules, visible)

    def _lines_of_text(self, painter: QPainter, runs: list[GlyphRun]) -> None:
        """Kept runs of one face, size and colour in a row (a column's lines) drawn in one call: Qt's
        cost per call was half of drawing a page's text. The joined run is kept like its runs."""
        if len(runs) == 1:
            self._run(painter, runs[0])
            return
        key = (id(runs[0]), id(runs[-1]), len(runs))
        hit = self._joined.get(key)
        if hit is None or hit[0] != runs:       # the same run objects: compared at C speed
            joined = QGlyphRun()
            first = self._glyphs[runs[0]]
            joined.setRawFont(first.rawFont())
            indexes, positions = [], []
            for run in runs:
                glyphs = self._glyphs[run]
                indexes += glyphs.glyphIndexes()
                positions += glyphs.positions()
            joined.setGlyphIndexes(indexes)
            joined.setPositions(positions)
            if len(self._joined) > GLYPH_CACHE // 10:
                self._joined.clear()
            hit = self._joined[key] = (list(runs), joined)
        if runs[0].color != self._colour:
            painter.setPen(qcolor(runs[0].color))
            self._colour = runs[0].color
        painter.drawGlyphRun(ORIGIN, hit[1])

    def _rules(self, painter: QPainter, rules: list[Rule], visible: Rect | None = None) -> None:
        """Consecutive segments of one colour, width and dash in one drawLines call, as the PDF
        strokes them in one path. The batches are kept with their bounds: a repaint of part of the
        page (a keystroke) skips the 花边 it does not reach without looking at its segments again."""
        key = (id(rules[0]), id(rules[-1]), len(rules))
        hit = self._batches.get(key)
        if hit is None or hit[0] != rules:          # the same Rule objects: compared at C speed
            batches = []
            start = 0
            for k in range(1, len(rules) + 1):
                if k < len(rules) and _pen_key(rules[k]) == _pen_key(rules[start]):
                    continue
                run = rules[start:k]
                pad = max(r.width for r in run) / 2
                x0 = min(min(r.x1, r.x2) for r in run) - pad
                y0 = min(min(r.y1, r.y2) for r in run) - pad
                bounds = Rect(x0, y0, max(max(r.x1, r.x2) for r in run) + pad - x0,
                              max(max(r.y1, r.y2) for r in run) + pad - y0)
                batches.append((self._pen(rules[start]), self._lines(rules, start, k), bounds))
                start = k
            if len(self._batches) > 256:
                self._batches.clear()
            hit = self._batches[key] = (list(rules), batches)
        for pen, lines, bounds in hit[1]:
            if visible is None or bounds.intersects(visible):
                painter.setPen(pen)
                painter.drawLines(lines)

    def _lines(self, rules: list[Rule], start: int, end: int) -> list[QLineF]:
        """The segments as Qt lines, kept across repaints: layout hands back the very same Rule
        objects while they do not change (a master's 花边 on every drag step). A hit must hold the same
        rules, every one (a run can keep its ends while a rule inside it changes): the list comparison
        sees identical objects at C speed. The cache holds them, so their ids cannot be reused."""
        run = rules[start:end]
        key = (id(run[0]), id(run[-1]), len(run))
        hit = self._segments.get(key)
        if hit is not None and hit[0] == run:
            return hit[1]
        if len(self._segments) > 256:
            self._segments.clear()
        lines = [QLineF(r.x1, r.y1, r.x2, r.y2) for r in run]
        self._segments[key] = (run, lines)
        return lines

    def _pen(self, rule: Rule) -> QPen:
        key = _pen_key(rule)
        pen = self._pens.get(key)
        if pen is None:
            pen = QPen(qcolor(rule.color), rule.width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)          # butt caps, as in the PDF
            if rule.dash:                                    # Qt counts dashes in pen widths
                pen.setDashPattern([d / rule.width for d in rule.dash])
            self._pens[key] = pen
        return pen

    def _run(self, painter: QPainter, run: GlyphRun) -> None:
        glyphs = self._glyphs.get(run)
        if glyphs is not None and run.size * self._scale < OUTLINE_PX:
            # the common case, kept short: a page has a thousand runs, mostly in one colour
            if run.color != self._colour:
                painter.setPen(qcolor(run.color))
                self._colour = run.color
            painter.drawGlyphRun(ORIGIN, glyphs)
            return
        self._colour = None
        raw = self.raw_font(run.face, run.size)
        painter.setPen(qcolor(run.color))
        if run.turns is not None:
            # a vertical run with Latin turned 90° clockwise: glyph by glyph, as outlines
            colour = qcolor(run.color)
            for index, x, y, turn in zip(run.glyphs or (), run.xs, run.ys or (), run.turns):
                painter.save()
                painter.translate(x, y)
                if turn:
                    painter.rotate(90.0)
                painter.fillPath(glyph_path(raw, index), colour)
                painter.restore()
            return
        if run.hscale == 1.0 and run.size * self._scale >= OUTLINE_PX:
            painter.fillPath(self._outline(raw, run), qcolor(run.color))
            return
        if run.hscale == 1.0:
            # the QGlyphRun of an unchanged run is kept: while a frame is dragged, only the runs of the
            # story that reflowed are built again
            glyphs = self._glyphs.get(run)
            if glyphs is None:
                glyphs = QGlyphRun()
                glyphs.setRawFont(raw)
                if run.glyphs is not None:            # vertical: the engine's glyphs (vert forms)
                    glyphs.setGlyphIndexes(list(run.glyphs))
                else:
                    glyphs.setGlyphIndexes(raw.glyphIndexesForString(run.text))
                ys = run.ys if run.ys is not None else (run.y,) * len(run.xs)
                glyphs.setPositions([QPointF(x, y) for x, y in zip(run.xs, ys)])
                if len(self._glyphs) > GLYPH_CACHE:
                    self._glyphs.clear()
                self._glyphs[run] = glyphs
            painter.drawGlyphRun(QPointF(0, 0), glyphs)
            return
        # joined ——: each glyph widened about its own origin, drawn as its outline (Qt's raster
        # engine drops glyph runs under some non-uniform transforms)
        colour = qcolor(run.color)
        for index, x in zip(raw.glyphIndexesForString(run.text), run.xs):
            path = glyph_path(raw, index)
            painter.save()
            painter.translate(x, run.y)
            painter.scale(run.hscale, 1.0)
            painter.fillPath(path, colour)
            painter.restore()

    def _greeked(self, painter: QPainter, run: GlyphRun) -> None:
        """A run too small to read, as the grey bar of its line (or column, when vertical)."""
        size = run.size
        if run.ys is not None:
            x0, x1 = min(run.xs), max(run.xs) + size
            y0, y1 = min(run.ys) - size * 0.8, max(run.ys) + size * 0.2
        else:
            x0, x1 = run.xs[0], run.xs[-1] + size * 0.9
            y0, y1 = run.y - size * 0.75, run.y - size * 0.1
        painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), GREEK)

    def _outline(self, raw: QRawFont, run: GlyphRun) -> QPainterPath:
        """The run's glyphs as one path at the engine's positions, kept like the glyph runs."""
        path = self._outlines.get(run)
        if path is None:
            path = QPainterPath()
            path.setFillRule(WINDING)          # addPath keeps this path's rule, not the glyphs'
            indexes = run.glyphs if run.glyphs is not None else raw.glyphIndexesForString(run.text)
            ys = run.ys if run.ys is not None else (run.y,) * len(run.xs)
            for index, x, y in zip(indexes, run.xs, ys):
                path.addPath(raw.pathForGlyph(index).translated(x, y))
            if len(self._outlines) > GLYPH_CACHE:
                self._outlines.clear()
            self._outlines[run] = path
        return path

    def _pixels(self, item: ImagePlacement) -> float:
        """About how many device pixels the photo's long edge spans, before its size is known: the
        crop's part scaled over the frame, and a 4:3 photo's other side (the proxy then read at the
        smallest of the JPEG's own reductions that is as large; _image asks for more if need be)."""
        crop, rect = item.crop, item.rect
        span = max(rect.width / max(crop.right - crop.left, 1e-6), rect.height / max(crop.bottom - crop.top, 1e-6))
        return span * 4 / 3 * self._scale * self._ratio

    def _image(self, painter: QPainter, item: ImagePlacement, draft: bool) -> None:
        r = QRectF(item.rect.x, item.rect.y, item.rect.width, item.rect.height)
        proxy = self.images.proxy(item.path, wait=False, pixels=self._pixels(item))
        painter.save()
        painter.setClipRect(r)
        if proxy is PENDING:                     # being made: a grey frame with the file's name for now
            self.incomplete = True
            painter.fillRect(r, PENDING_GREY)
            painter.setPen(QPen(PLACEHOLDER, 1.0))
            painter.drawRect(r)
            font = QFont()                       # ~11 device pixels, whatever the zoom
            font.setPixelSize(max(1, round(min(11.0 / max(self._scale, 1e-3), r.height() / 3))))
            painter.setFont(font)
            painter.setPen(PENDING_TEXT)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere, os.path.basename(item.path))
        elif proxy is None:
            painter.fillRect(r, QColor(235, 235, 235))
            painter.setPen(QPen(PLACEHOLDER, 1.0))
            painter.drawRect(r)
            painter.drawLine(r.topLeft(), r.bottomRight())
            painter.drawLine(r.topRight(), r.bottomLeft())
        else:
            image, full_w, full_h = proxy
            x, y, w, h = cover(full_w, full_h, item.crop, item.rect, item.fit)
            drawn = max(w, h) * self._scale * self._ratio
            if max(image.width(), image.height()) < drawn:     # maybe a reduction too small here: the whole proxy comes
                self.images.proxy(item.path, wait=False, pixels=drawn)
            if draft or not self._blit(painter, image, QRectF(x, y, w, h)):
                painter.drawImage(QRectF(x, y, w, h), image)
        painter.restore()

    def _blit(self, painter: QPainter, image: QImage, target: QRectF) -> bool:
        """Draw the proxy scaled once to its size on the device and then copied pixel for pixel:
        scaling a 1,600-pixel proxy on every repaint was a third of a drag step's paint. Only under
        a plain scale and shift (no turn) and up to SCALED_PX pixels; False: not drawn."""
        t = painter.worldTransform()             # to the widget's or image's own coordinates
        if t.type().value > QTransform.TransformationType.TxScale.value:
            return False
        ratio = painter.device().devicePixelRatioF()          # a HiDPI screen's pixels per coordinate
        dev = QTransform.fromScale(ratio, ratio).mapRect(t.mapRect(target))
        w, h = round(dev.width()), round(dev.height())
        if w < 1 or h < 1 or w * h > SCALED_PX:
            return False
        key = (image.cacheKey(), w, h, ratio)
        scaled = self._scaled.get(key)
        if scaled is None:
            if len(self._scaled) > 64 or sum(k[1] * k[2] for k in self._scaled) + w * h > SCALED_KEPT:
                self._scaled.clear()                 # zoomed in and out: the sizes of before go
            scaled = self._scaled[key] = image.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
        painter.resetTransform()                 # the clip stays where the frame is on the device
        painter.drawImage(QPointF(round(dev.x()) / ratio, round(dev.y()) / ratio), scaled)
        return True


def glyph_path(raw: QRawFont, index: int) -> QPainterPath:
    """One glyph's outline, to be filled as the font means it (see WINDING)."""
    path = raw.pathForGlyph(index)
    path.setFillRule(WINDING)
    return path


def _device_scale(painter: QPainter) -> float:
    """How many device pixels one pt of the page spans under the painter's transform."""
    t = painter.worldTransform()
    return abs(t.m11() * t.m22() - t.m12() * t.m21()) ** 0.5
