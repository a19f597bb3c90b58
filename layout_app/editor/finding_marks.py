"""Markers on the page: Qt's standard error or warning icon at the top right corner of each item with a
preflight finding (no text glyph, which a font may lack), or of the place a finding is about (white
left in columns: a (col, cols, line, lines) key). Drawn from the canvas's paint event."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QPainter

from layout_app.editor.findings_panel import severity_icon
from layout_app.layout.compose import frame_rect
from layout_app.model.frame import Frame

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
    for key, severity in on_page.items():
        f = _item(frames, key)
        if f is None:
            continue
        r = canvas.frame_rect(f)
        corner = to_screen.map(QPointF(r.right, r.y))
        pixmap = _pixmaps.get(severity)
        if pixmap is None:
            pixmap = _pixmaps[severity] = severity_icon(severity).pixmap(SIZE, SIZE)
        p.drawPixmap(QPointF(corner.x() - SIZE - INSET, corner.y() + INSET), pixmap)
    p.restore()


def show(canvas, marks: dict[str, dict[str, str]]) -> None:
    """New markers: repaint only the corners whose marker came, went or changed. The live check runs
    on every step of a drag and its findings change with it; a repaint of the whole canvas for them
    would undo what the drag's partial repaint saves."""
    before = getattr(canvas, "finding_marks", {})
    canvas.finding_marks = marks
    if canvas.controller is None:
        return
    if getattr(canvas, "_layer", None) is not None:      # a rubber band's page picture: drawn again whole
        canvas.begin_layer()
        canvas.update()
        return
    doc, z = canvas.controller.doc, canvas.zoom()
    o = canvas.origin()
    for index, off in canvas.sheets():
        if index >= len(doc.pages):
            continue
        page = doc.pages[index]
        old, new = before.get(page.id, {}), marks.get(page.id, {})
        frames = {f.id: f for f in page.frames}
        for key in {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}:
            f = _item(frames, key)
            if f is None:                     # gone with its frame: the frame's own repaint took it
                continue
            r = frame_rect(doc.grid, page, f)
            x, y = o.x() + (r.right + off) * z, o.y() + r.y * z
            canvas.update(QRect(int(x) - SIZE - INSET - 2, int(y) + INSET - 2, SIZE + 4, SIZE + 4))


def _item(frames: dict, key) -> Frame | None:
    """The frame a marker key names, or the place of a (col, cols, line, lines) key."""
    return Frame("", *key) if isinstance(key, tuple) else frames.get(key)
