"""Edit on the page in a vertical (竖排) heading: what turns when the text runs down.

`layout.vtextmap` gives a vertical heading's columns as caret lines turned a quarter ("x" runs down
the column, "top"/"bottom" are its left and right edges), so the text editor (editor/textedit.py)
keeps one logic in line axes (u along the text, v across it) and turns here, at the page: points in,
rectangles and the caret out. The arrow keys turn too: ↓/↑ step along the column (as →/← along a
line), ←/→ go to the next/previous column (leftwards is onwards, as ↓ goes to the next line).
An input method's preedit is set with the engine's vertical forms down the column at the caret,
pushing the rest of the column down, as it will stand once committed."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGlyphRun, QPainter, QPen

from layout_app.geometry import Rect
from layout_app.layout.vertical import COLUMN_PITCH
from layout_app.render.qt.painter import glyph_path
from layout_app.text.vertical import VerticalColumn, set_column

PREEDIT_BG = QColor(255, 255, 220)
INK = QColor(0, 0, 0)

_TURNED = {Qt.Key.Key_Down: Qt.Key.Key_Right, Qt.Key.Key_Up: Qt.Key.Key_Left,
           Qt.Key.Key_Left: Qt.Key.Key_Down, Qt.Key.Key_Right: Qt.Key.Key_Up}


def turned_key(key):
    """The key a horizontal line would need for the same move in a vertical column."""
    return _TURNED.get(key, key)


def along(vertical: bool, pt: QPointF) -> tuple[float, float]:
    """A page point in line axes (u along the text, v across it)."""
    return (pt.y(), pt.x()) if vertical else (pt.x(), pt.y())


def point(vertical: bool, u: float, v: float) -> QPointF:
    """Line axes back to a page point."""
    return QPointF(v, u) if vertical else QPointF(u, v)


def box(vertical: bool, u0: float, v0: float, u1: float, v1: float) -> tuple[float, float, float, float]:
    """(x, y, right, bottom) on the page of a box in line axes."""
    return (v0, u0, v1, u1) if vertical else (u0, v0, u1, v1)


def rect(vertical: bool, u0: float, v0: float, u1: float, v1: float) -> QRectF:
    x0, y0, x1, y1 = box(vertical, u0, v0, u1, v1)
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def empty_caret(r: Rect, size: float) -> tuple[float, float, float]:
    """(u, v0, v1) of the caret in a vertical heading with no text left: the first column's top."""
    axis = r.x + r.width - size * COLUMN_PITCH / 2.0
    return r.y, axis - size / 2.0, axis + size / 2.0


def preedit_column(ed, text: str) -> VerticalColumn:
    """`text` set down a column in the caret's face and size (the engine's vertical forms)."""
    face, size = ed._caret_font()
    return set_column(text, size, face, ed.canvas.controller.composer().fonts)


def preedit_length(ed) -> float:
    """How far down the column the preedit reaches (pt)."""
    return preedit_column(ed, ed.preedit).height if ed.preedit else 0.0


def paint_preedit(ed, p: QPainter, z: float, u: float, v0: float, v1: float) -> float:
    """The preedit at the caret with the rest of the column after it, on a pale box hiding the column
    from the caret down, a line at its right (where vertical text is underlined). Returns the page y
    after the preedit (where the caret goes)."""
    from layout_app.layout import textmap
    ln = textmap.caret_line(ed.lines(), ed.target.field, *ed.caret)
    o = ed.caret[1]
    rest = ed.paragraphs()[ed.caret[0]][o:ln.end] if ln is not None and o < ln.end else ""
    col = preedit_column(ed, ed.preedit + rest)
    length = preedit_length(ed)
    end = max(u + col.height, ln.right if ln is not None else u)
    p.fillRect(QRectF(v0, u, v1 - v0, end - u), PREEDIT_BG)
    face, size = ed._caret_font()
    raw = ed.canvas.painter.raw_font(face, size)
    axis = (v0 + v1) / 2.0
    p.setPen(INK)
    for k, (g, x, y) in enumerate(zip(col.glyphs, col.xs, col.ys)):
        if col.turns is not None and col.turns[k]:        # a Latin word lies turned, as the page sets it
            p.save()
            p.translate(axis + x, u + y)
            p.rotate(90.0)
            p.fillPath(glyph_path(raw, g), INK)
            p.restore()
            continue
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes([g])
        run.setPositions([QPointF(axis + x, u + y)])
        p.drawGlyphRun(QPointF(0, 0), run)
    p.setPen(QPen(INK, 1.0 / z))
    p.drawLine(QPointF(v1 + 1.0 / z, u), QPointF(v1 + 1.0 / z, u + length))
    return u + length
