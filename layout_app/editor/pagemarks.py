"""What the canvas draws on and around the page that the PDF does not: the column and line guides,
绕排 standoffs, the 超 N 行 tab of an overset frame, and the rulers."""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from layout_app.editor.guides import hairlines
from layout_app.layout.display import PageDisplay
from layout_app.layout.wrap import keep_out
from layout_app.units import to_mm

COLUMN_GUIDE = QColor(0, 160, 220, 80)
LINE_GUIDE = QColor(0, 160, 220, 28)
OVERSET = QColor(220, 30, 30)
RULER = 18                       # px


def guides(cv, p: QPainter, z: float) -> None:
    """The column and line guides of the page the canvas `cv` is painting (`cv.page_index`)."""
    doc = cv.controller.doc
    grid = doc.grid
    left = doc.pages[cv.page_index].left_hand
    area = grid.type_area(left)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)     # hairlines: crisp and cheap
    if cv.show_lines:
        hairlines(p, clipped(cv, [QLineF(area.x, y, area.right, y)
                                  for y in (grid.line_y(k) for k in range(grid.line_count + 1))]), LINE_GUIDE)
    if cv.show_columns:
        lines = [QLineF(gx, area.y, gx, area.bottom)
                 for x in (grid.column_x(col, left) for col in range(grid.columns))
                 for gx in (x, x + grid.column_width)]
        lines.append(QLineF(area.x, area.y, area.right, area.y))
        lines.append(QLineF(area.x, area.bottom, area.right, area.bottom))
        hairlines(p, clipped(cv, lines), COLUMN_GUIDE)
        wrap_outlines(cv, p)
    p.restore()


def clipped(cv, lines: list[QLineF]) -> list[QLineF]:
    """Guide lines cut to the part being repainted: Qt strokes a translucent hairline over its
    whole length even where the clip hides it (most of a keystroke's partial repaint)."""
    v = getattr(cv, "_visible", None)
    if v is None:
        return lines
    out = []
    for ln in lines:
        x1, y1, x2, y2 = ln.x1(), ln.y1(), ln.x2(), ln.y2()
        if x1 == x2:
            if v.x <= x1 <= v.right and max(y1, v.y) <= min(y2, v.bottom):
                out.append(QLineF(x1, max(y1, v.y), x2, min(y2, v.bottom)))
        elif y1 == y2:
            if v.y <= y1 <= v.bottom and max(x1, v.x) <= min(x2, v.right):
                out.append(QLineF(max(x1, v.x), y1, min(x2, v.right), y2))
        else:
            out.append(ln)
    return out


def wrap_outlines(cv, p: QPainter) -> None:
    """绕排: a dashed line where a wrapping frame keeps the body text out (its standoff)."""
    doc = cv.controller.doc
    body = doc.style("body")
    pitch = body.line_pitch(doc.grid.leading)
    pen = QPen(COLUMN_GUIDE.darker(150), 0)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for f in doc.pages[cv.page_index].frames:
        if f.wrap != "off":
            r = keep_out(cv.frame_rect(f), f.standoff_lines, f.standoff_chars, pitch, body.size)
            p.drawRect(QRectF(r.x, r.y, r.width, r.height))


def overset(cv, p: QPainter, z: float, display: PageDisplay) -> None:
    """超 N 行: a red tab at the bottom right of the frame whose story does not fit."""
    for report in display.reports:
        if report.overset_lines <= 0:
            continue
        f = cv.frame(report.frame)
        if f is None:
            continue
        r = cv.frame_rect(f)
        p.setPen(QPen(OVERSET, 2.0 / z))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(r.x, r.y, r.width, r.height))
        w, h = 64 / z, 16 / z
        tab = QRectF(r.right - w, r.bottom - h, w, h)
        # the tab stays on its frame: a frame narrower than the tab (one column zoomed out) would
        # put part of it outside the area a drag repaints, left behind where the frame was
        p.save()
        p.setClipRect(QRectF(r.x, r.y, r.width, r.height), Qt.ClipOperation.IntersectClip)
        p.fillRect(tab, OVERSET)
        p.setPen(Qt.GlobalColor.white)
        font = QFont(p.font())
        font.setPixelSize(max(1, round(11 / z)))
        p.setFont(font)
        p.drawText(tab, Qt.AlignmentFlag.AlignCenter, f"超 {report.overset_lines} 行")
        p.restore()


def rulers(cv, p: QPainter, z: float) -> None:
    """The rulers, drawn once for a view (zoom, scroll, size) and then copied: they do not change
    while a frame is dragged, and their ticks and numbers were a tenth of a full repaint."""
    o, ratio = cv.origin(), cv.devicePixelRatioF()
    key = (cv.width(), cv.height(), z, o.x(), o.y(), cv.total_width(), cv.page.height, ratio,
           cv.font().key())
    if cv._ruler_pixmap is None or cv._ruler_pixmap[0] != key:
        pixmap = QPixmap(round(cv.width() * ratio), round(cv.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        q = QPainter(pixmap)
        q.setFont(cv.font())
        draw_rulers(cv, q, z)
        q.end()
        cv._ruler_pixmap = (key, pixmap)
    pixmap = cv._ruler_pixmap[1]
    # one pixel more than the strips: the ticks' ends stand on the row and column past them
    for part in (QRectF(0, 0, cv.width(), RULER + 1), QRectF(0, RULER + 1, RULER + 1, cv.height() - RULER - 1)):
        p.drawPixmap(part, pixmap, QRectF(part.x() * ratio, part.y() * ratio, part.width() * ratio,
                                          part.height() * ratio))


def draw_rulers(cv, p: QPainter, z: float) -> None:
    """Rulers in mm along the top and left, zero at the trim's top-left corner."""
    o = cv.origin()
    p.fillRect(QRectF(0, 0, cv.width(), RULER), QColor(235, 235, 235))
    p.fillRect(QRectF(0, 0, RULER, cv.height()), QColor(235, 235, 235))
    p.setPen(QColor(90, 90, 90))
    font = QFont(p.font())
    font.setPixelSize(9)
    p.setFont(font)
    step_mm = next((s for s in (1, 5, 10, 20, 50, 100) if s * 72 / 25.4 * z >= 8), 100)
    label_every = step_mm * (10 if step_mm < 10 else 5)
    for mm, x, tall in ticks(to_mm(cv.total_width()), o.x(), z, step_mm, label_every):
        p.drawLine(QPointF(x, RULER), QPointF(x, RULER - (8 if tall else 4)))
        if tall:
            p.drawText(QPointF(x + 2, 9), str(mm))
    for mm, y, tall in ticks(to_mm(cv.page.height), o.y(), z, step_mm, label_every):
        p.drawLine(QPointF(RULER, y), QPointF(RULER - (8 if tall else 4), y))
        if tall:
            p.save()
            p.translate(9, y + 2)
            p.rotate(90)
            p.drawText(QPointF(0, 0), str(mm))
            p.restore()


def ticks(length_mm: float, start: float, z: float, step: int, label_every: int):
    """(mm, widget position, labelled) of each ruler tick."""
    for mm in range(0, int(length_mm) + 1, step):
        yield mm, start + mm * 72 / 25.4 * z, mm % label_every == 0

