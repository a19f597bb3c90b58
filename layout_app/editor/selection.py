"""The selection tool's mouse work on the canvas: click (a frame selects its group: a story's heading,
body, photo and caption), Ctrl-click (inside the group: that item alone), Shift-click (add or take
away; on a photo a Shift-drag still pans the picture), rubber band on free space, and dragging the
selection as one (snapped to columns and lines, Alt for free placement) — one undo step per drag.
It also draws the selection: every item outlined, the primary one with handles, locked ones marked."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen

from layout_app.geometry import Rect
from layout_app.layout import arrange
from layout_app.model.frame import Frame

SELECTION = QColor(255, 140, 0)
MEMBER = QColor(255, 170, 60)              # opaque: blending would leave the fast path
BAND = QColor(0, 120, 215)
LOCKED = QColor(200, 40, 40)
HANDLE = 6                       # px
CLICK_SLOP = 3                   # px a Shift-press on a photo may wander and still be a click


class Selector(QObject):
    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.band: tuple[QPointF, QPointF, tuple[str, ...], dict, bool] | None = None  # press, now, kept, groups, inside
        self.pending = None          # Shift-press on a photo: a click toggles it, a drag pans the picture
        self.drag = None             # (page at press, press pt, merge key, ids, edges of a box or rule)
        self.refused_at: QPointF | None = None     # a press on a read-only page: a drag from it is refused
        self._extents: tuple = (None, None, {})   # (page, grid, item rects) of the last page looked at

    def extents(self) -> dict:
        """Item rects of the active page, kept while the page is unchanged (a band asks on every move)."""
        c = self.canvas
        page, grid = self._page(), c.controller.doc.grid
        if self._extents[0] is not page or self._extents[1] is not grid:
            self._extents = (page, grid, arrange.rects(grid, page))
        return self._extents[2]

    @property
    def busy(self) -> bool:
        return self.band is not None or self.pending is not None or self.drag is not None

    def _page(self):
        c = self.canvas
        return c.controller.doc.pages[c.page_index]

    # --- mouse -------------------------------------------------------------------------------------
    def press(self, event: QMouseEvent, pt: QPointF) -> None:
        c = self.canvas
        page = self._page()
        grid = c.controller.doc.grid
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        inside = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        it = arrange.hit(grid, page, pt.x(), pt.y())
        if it is None:                                   # free space: a rubber band
            kept = c.selection if shift else ()
            if not shift:
                c.set_selection(())
            self.band = (pt, pt, kept, arrange.groups(page), inside)
            c.begin_layer()
            return
        unit = (it.id,) if inside or not isinstance(it, Frame) else arrange.group_of(page, it.id)
        if shift:
            if isinstance(it, Frame) and it.kind == "photo" and not c.read_only:
                self.pending = (it, event.position(), unit, pt)
                return
            self.toggle(unit, it.id)
            return
        if it.id in c.selection and not inside:         # the selection stays; this item is primary
            c.set_selection((it.id,) + c.selection)
        else:
            c.set_selection((it.id,) + unit)
        if c.read_only:
            self.refused_at = event.position()
        else:
            self._start_drag(it, pt)

    def _start_drag(self, it, pt: QPointF) -> None:
        c = self.canvas
        page = self._page()
        c._drags += 1
        key = f"drag-{c._drags}"
        ids = c.selection
        edges = c._edges(it, pt) if isinstance(it, Frame) else ""
        held = arrange.locked(page, arrange.followers(page, (it.id,) if edges else ids))
        if held:
            c.notice.emit(self.tr("Locked: %1").replace("%1", ", ".join(held)))
            return
        if isinstance(it, Frame) and (edges or ids == (it.id,)):
            c._drag = (edges, it, pt, key)               # one frame: the canvas's own snapped move and resize
        else:
            furniture_edges = self.furniture_edges(it, pt)
            self.drag = (page, pt, key, (it.id,) if furniture_edges else ids, furniture_edges)

    def furniture_edges(self, it, pt: QPointF) -> str:
        """The handle of a box or rule a press grabs (within HANDLE px): its corners and the middles of
        its sides, a rule's two ends. Elsewhere a press moves it — a box's edge is often all there is
        to take hold of beside the story it frames."""
        if isinstance(it, Frame):
            return ""
        r = self.extents()[it.id]
        tol = HANDLE / self.canvas.zoom()
        xs = {"l": r.x, "": r.x + r.width / 2, "r": r.right}
        ys = {"t": r.y, "": r.y + r.height / 2, "b": r.bottom}
        for ex, x in xs.items():
            for ey, y in ys.items():
                if (ex or ey) and abs(pt.x() - x) <= tol and abs(pt.y() - y) <= tol:
                    return ex + ey
        return ""

    def toggle(self, unit: tuple[str, ...], primary: str) -> None:
        c = self.canvas
        if primary in c.selection:
            c.set_selection(tuple(i for i in c.selection if i not in unit))
        else:
            c.set_selection((primary,) + c.selection + unit)

    def move(self, event: QMouseEvent, pt: QPointF) -> bool:
        c = self.canvas
        if self.refused_at is not None:
            if (event.position() - self.refused_at).manhattanLength() > CLICK_SLOP:
                self.refused_at = None
                c.refuse()                               # a move or resize tried: say why not
            return True
        if self.pending is not None:
            f, at, _, press = self.pending
            if (event.position() - at).manhattanLength() <= CLICK_SLOP:
                return True
            self.pending = None
            c._drags += 1
            c._drag = ("crop", f, press, f"crop-{c._drags}", c.controller.doc.photo(f.photo).crop)
            return False                                 # the canvas pans the picture from here
        if self.band is not None:
            press, _, kept, grouped, inside = self.band
            self.band = (press, pt, kept, grouped, inside)
            rect = Rect(min(press.x(), pt.x()), min(press.y(), pt.y()), abs(pt.x() - press.x()), abs(pt.y() - press.y()))
            hits = arrange.touching(c.controller.doc.grid, self._page(), rect, self.extents())
            if not inside:
                hits = tuple(m for i in hits for m in grouped.get(i, (i,)))
            c.set_selection(kept + hits)
            c.update()
            return True
        if self.drag is not None:
            start, press, key, ids, edges = self.drag
            grid = c.controller.doc.grid
            dx, dy = pt.x() - press.x(), pt.y() - press.y()
            dcol, dline = round(dx / (grid.column_width + grid.gutter_width)), round(dy / grid.leading)
            if edges:                                                   # a box's or rule's end
                new = arrange.resize(grid, start, ids[0], edges, dcol, dline)
            elif event.modifiers() & Qt.KeyboardModifier.AltModifier:   # snapping off: frames move freely
                new = arrange.offset(start, ids, dx, dy)
            else:
                new = arrange.move(grid, start, ids, dcol, dline)
            if new != self._page():
                ctl = c.controller
                ctl.apply(ctl.with_page(c.page_index, new), self.tr("Resize") if edges else self.tr("Move"), key)
            return True
        return False

    def release(self) -> bool:
        c = self.canvas
        if self.refused_at is not None:
            self.refused_at = None
            return True
        if self.pending is not None:
            f, _, unit, _ = self.pending
            self.pending = None
            self.toggle(unit, f.id)
            return True
        if self.band is not None:
            self.band = None
            c.end_layer()
            c.update()
            return True
        if self.drag is not None:
            self.drag = None
            c.controller.end_merge()
            return True
        return False

    def cancel(self) -> None:
        if self.band is not None:
            self.canvas.end_layer()
        self.band = self.pending = None
        if self.drag is not None:
            self.drag = None
            self.canvas.controller.end_merge()

    # --- drawing -----------------------------------------------------------------------------------
    def paint(self, p: QPainter, z: float, origin: QPointF) -> None:
        """The selection on the active page and the rubber band, drawn in widget pixels (`origin`: where
        the page's (0, 0) is) with aliased one-pixel lines in one call: Qt's fast path, so a hundred
        selected items cost little more than one."""
        c = self.canvas
        page = self._page()
        table = arrange.items(page)
        extents = self.extents()
        ox, oy = origin.x(), origin.y()

        def px(r) -> QRect:
            x, y = round(ox + r.x * z), round(oy + r.y * z)
            return QRect(x, y, max(1, round(ox + r.right * z) - x), max(1, round(oy + r.bottom * z) - y))
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(MEMBER, 1))
        members = [i for i in c.selection[1:] if i in extents]
        p.drawRects([px(extents[i]) for i in members])
        for i in members:
            if table[i].locked:
                self._lock_mark(p, px(extents[i]))
        x = table.get(c.selected) if c.selected else None
        if x is not None:
            r = px(extents[x.id])
            p.setPen(QPen(SELECTION, 2))
            p.drawRect(r)
            if x.locked:
                self._lock_mark(p, r)
            else:
                for hx in (r.left(), r.center().x(), r.right()):
                    for hy in (r.top(), r.center().y(), r.bottom()):
                        if (hx, hy) != (r.center().x(), r.center().y()):
                            p.fillRect(QRect(hx - HANDLE // 2, hy - HANDLE // 2, HANDLE, HANDLE), SELECTION)
        if self.band is not None:
            a, b = self.band[0], self.band[1]
            pen = QPen(BAND, 1)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(QColor(BAND.red(), BAND.green(), BAND.blue(), 30))
            p.drawRect(QRectF(ox + min(a.x(), b.x()) * z, oy + min(a.y(), b.y()) * z,
                              abs(b.x() - a.x()) * z, abs(b.y() - a.y()) * z))
        p.restore()

    @staticmethod
    def _lock_mark(p: QPainter, r: QRect) -> None:
        """A small padlock at the item's top right, drawn (no font glyph)."""
        x, y = r.right() - 14, r.top() + 4
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(LOCKED, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(x + 2, y, 6, 8), 0, 180 * 16)
        p.fillRect(QRectF(x, y + 4, 10, 6), LOCKED)
        p.restore()
