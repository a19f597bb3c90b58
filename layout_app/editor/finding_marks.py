"""Markers on the page: Qt's standard error or warning icon at the top right corner of each item with a
preflight finding (no text glyph, which a font may lack). Drawn from the canvas's paint event."""
from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter

from layout_app.editor.findings_panel import severity_icon

SIZE = 16                # px on screen, whatever the zoom
INSET = 2                # px inside the frame's corner
_pixmaps: dict = {}      # severity → icon pixmap: made once, not on every repaint of a drag


def paint(canvas, p: QPainter, index: int) -> None:
    """The markers of page `index`; `p` draws in its pt (the canvas's page transform)."""
    on_page = getattr(canvas, "finding_marks", {}).get(canvas.controller.doc.pages[index].id)
    if not on_page:
        return
    frames = {f.id: f for f in canvas.controller.doc.pages[index].frames}
    to_screen = p.transform()
    p.save()
    p.resetTransform()                  # icons at their own pixel size, sharp at any zoom
    for frame_id, severity in on_page.items():
        f = frames.get(frame_id)
        if f is None:
            continue
        r = canvas.frame_rect(f)
        corner = to_screen.map(QPointF(r.right, r.y))
        pixmap = _pixmaps.get(severity)
        if pixmap is None:
            pixmap = _pixmaps[severity] = severity_icon(severity).pixmap(SIZE, SIZE)
        p.drawPixmap(QPointF(corner.x() - SIZE - INSET, corner.y() + INSET), pixmap)
    p.restore()
