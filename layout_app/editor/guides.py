"""Guides on the device: level and upright hairlines filled as one-pixel rects (Qt strokes a translucent
aliased hairline pixel by pixel), upright ones opaque in the colour they have over white."""
from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def hairlines(p: QPainter, lines: list[QLineF], colour: QColor) -> None:
    """Level and upright guides filled as one-pixel rects on the device: Qt strokes a translucent
    aliased hairline pixel by pixel (the column guides were a third of a drag step's paint) but
    fills a rect span by span; upright ones are opaque (see below). A slanted line, or a turned
    view, is stroked as before."""
    t = p.transform()
    if t.type().value > t.TransformationType.TxScale.value:
        p.setPen(QPen(colour, 0))
        p.drawLines(lines)
        return
    r = p.device().devicePixelRatioF()
    p.save()
    p.resetTransform()
    for ln in lines:
        a, b = t.map(ln.p1()), t.map(ln.p2())
        x1, x2 = sorted((round(a.x() * r), round(b.x() * r)))
        y1, y2 = sorted((round(a.y() * r), round(b.y() * r)))
        if x1 != x2 and y1 != y2:
            p.setPen(QPen(colour, 0))
            p.setTransform(t)
            p.drawLine(ln)
            p.resetTransform()
            continue
        if x1 == x2 and y2 > y1:
            # upright: blending one pixel per row costs a span each (18 column guides were a sixth of
            # a full repaint); filled with the colour the guide has over white, in one opaque fill —
            # the same pixels on the white page, a solid line where it crosses a photo or a heading
            p.fillRect(QRectF(x1 / r, y1 / r, 1 / r, (y2 - y1 + 1) / r), over_white(colour))
            continue
        p.fillRect(QRectF(x1 / r, y1 / r, (x2 - x1 + 1) / r, (y2 - y1 + 1) / r), colour)
    p.restore()


_opaque: dict[int, QColor] = {}


def over_white(colour: QColor) -> QColor:
    """`colour` blended over white as Qt's raster engine blends it (so the pixels match exactly)."""
    key = colour.rgba()
    solid = _opaque.get(key)
    if solid is None:
        pixel = QImage(1, 1, QImage.Format.Format_RGB32)
        pixel.fill(Qt.GlobalColor.white)
        p = QPainter(pixel)
        p.fillRect(0, 0, 1, 1, colour)
        p.end()
        solid = _opaque[key] = pixel.pixelColor(0, 0)
    return solid
