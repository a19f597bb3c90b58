"""The page canvas: draws the composed page (the same display list as the PDF), the grid guides and
rulers, and turns mouse and keys into frame edits snapped to the grid."""
from __future__ import annotations

import math
import os
from dataclasses import replace

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPixmap, QRegion, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from layout_app.editor import cropping, finding_marks, pagemarks
from layout_app.editor.arrange import NUDGE_BIG, Arranger, layout_shortcut
from layout_app.editor.controller import DocumentController
from layout_app.editor.pagemarks import RULER
from layout_app.editor.selection import Selector
from layout_app.editor.tools import Tools, paint_empty_frames
from layout_app.editor.textedit import text_editor
from layout_app.geometry import Rect
from layout_app.layout.arrange import hit, items
from layout_app.layout.compose import frame_rect
from layout_app.layout.damage import WHOLE, changed_area, photo_areas
from layout_app.layout.display import PageDisplay
from layout_app.model.frame import Frame
from layout_app.render.qt.images import ImageCache
from layout_app.render.qt.painter import PagePainter

DESK = QColor(96, 99, 104)
HANDLE = 6                       # px: how close to an edge a press resizes instead of moving
ZOOM_MIN, ZOOM_MAX = 0.05, 8.0
PANEL_MIME = "application/x-layout-app-item"     # stories and photos dragged from the panels


class PageCanvas(QWidget):
    selectionChanged = Signal(str)          # the primary selected item's id, "" for none
    selectionSetChanged = Signal(tuple)     # every selected item's id, the primary first
    toolChanged = Signal(str)               # "select", "text", "photo", "rule", "box", "hand", "zoom"
    notice = Signal(str)                    # a short word for the status bar (a locked item refused a drag)
    itemDropped = Signal(str, str, QPointF) # "story" | "photo", id, page point (pt), from the panels
    pageActivated = Signal(int)             # a click moved editing to the other page of a spread
    filesDropped = Signal(list, QPointF)    # paths, page point (pt)
    zoomChanged = Signal(float)
    cursorMoved = Signal(QPointF)           # the mouse over the canvas, in pt on the active page (status bar)
    firstPainted = Signal()                 # on the turn of the event loop after the first paint: work put off till then
    photosArrived = Signal()                # screen proxies made in the background are here (thumbnails redraw)

    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        # photos are made in the background: the page paints at once, each photo as its proxy arrives
        self.painter = PagePainter(ImageCache(on_ready=self._photos_arrived))
        self.controller = controller
        self.page_index = 0                 # the active page: the one edits go to
        self.displays: dict[int, PageDisplay] = {}
        self.show_spread = True             # facing pages side by side when the document pairs them
        self.show_columns = True
        self.show_lines = False
        self.show_rulers = True
        self.fit = "page"                   # "page", "width" or "" (free zoom)
        self._zoom = 1.0
        self.pan = QPointF(0, 0)
        self.selected = ""                  # the primary item of the selection
        self.selection: tuple[str, ...] = ()  # frames, rules and boxes of the active page, primary first
        self.tool = "select"
        self.selector = Selector(self)      # the selection tool's clicks, rubber band and group drags
        self.tools = Tools(self)            # the other tools
        self.arranger = Arranger(self)      # commands on the selection (align, order, lock, paste…)
        self._layer: tuple | None = None    # the page drawn once while a rubber band moves over it
        self._drag = None                   # (mode, frame at press, press point pt, merge key)
        self._pan_from = None
        self._drags = 0
        self._painted = False               # firstPainted sent
        self._reaching: dict[str, dict] = {}  # page id → its frames drawn past their group, as last drawn
        self._ruler_pixmap: tuple | None = None   # (view, the rulers drawn for it)
        self.link_from: Frame | None = None     # a story frame whose story continues where we click next
        self.read_only = False                  # review mode: frames can be selected, not changed
        self.text_only = False                  # … but story text is edited on the page (a reporter's desk)
        self.refusal = ""                       # why the layout may not change here, said when one tries
        # text edited in place sets this while its caret is on the page: keys (tool letters, Ctrl+C/V/X/A,
        # arrows, Delete) then go to the text, not to the selection's shortcuts
        self.caret_owner: object | None = None

    # --- state ----------------------------------------------------------------------------------
    @property
    def page(self) -> PageDisplay | None:
        return self.displays.get(self.page_index)

    def set_page(self, page: PageDisplay) -> None:
        self.displays = {self.page_index: page}
        self.update()

    def sheets(self) -> list[tuple[int, float]]:
        """(page index, x offset in pt) of each page shown: one page, or a spread of two."""
        if self.controller is None or not self.controller.doc.pages:
            return [(self.page_index, 0.0)]
        doc = self.controller.doc
        if self.show_spread:
            current = doc.pages[self.page_index].id
            ids = [p.id for p in doc.pages]
            for left, right in doc.spreads:
                if current in (left, right) and left in ids and right in ids:
                    width = doc.grid.trim.width
                    return [(ids.index(left), 0.0), (ids.index(right), width)]
        return [(self.page_index, 0.0)]

    def offset(self, index: int | None = None) -> float:
        index = self.page_index if index is None else index
        return next((off for i, off in self.sheets() if i == index), 0.0)

    def refresh(self) -> None:
        if self.controller is not None and self.controller.doc.pages:
            self.page_index = min(self.page_index, len(self.controller.doc.pages) - 1)
            before = self.displays
            self.displays = {i: self.controller.compose(i) for i, _ in self.sheets()}
            self.update_changed(before)
            if self.selection:
                here = items(self.controller.doc.pages[self.page_index])
                if any(i not in here for i in self.selection):
                    self.set_selection(tuple(i for i in self.selection if i in here))

    def update_changed(self, before: dict[int, PageDisplay]) -> None:
        """Repaint what changed: the frames a keystroke reflowed or a drag moved (where they were and
        are), or everything (a new page, a master)."""
        z, margin = self.zoom(), HANDLE + 2
        pages = self.controller.doc.pages
        # frames drawn past their group (standoff outlines, empty frames' crosses), as they are now and
        # as they were when the pages shown before were drawn: a change of them repaints everything
        reaching = {index: {f.id: f for f in pages[index].frames if f.wrap != "off" or f.empty}
                    for index, _ in self.sheets() if index < len(pages)}
        drawn_before, self._reaching = self._reaching, {pages[i].id: r for i, r in reaching.items()}
        for index, off in self.sheets():
            old = before.get(index)
            area = changed_area(old, self.displays.get(index), reaching.get(index, {}),
                                drawn_before.get(old.page) if old is not None else None)
            if area == WHOLE:
                self.update()
                return
            if area is not None:
                a = self.from_page(QPointF(area.x + off - self.offset(), area.y))
                self.update(QRectF(a.x() - margin, a.y() - margin, area.width * z + 2 * margin,
                                   area.height * z + 2 * margin).toAlignedRect())

    def visible_area(self, rect, index: int) -> Rect:
        """A widget rect → the part of page `index` it shows, in pt."""
        z, o = self.zoom(), self.origin()
        off = next((off for i, off in self.sheets() if i == index), 0.0)
        return Rect((rect.x() - o.x()) / z - off, (rect.y() - o.y()) / z, rect.width() / z, rect.height() / z)

    def total_width(self) -> float:
        sheets = self.sheets()
        return (self.page.width if self.page else 0.0) * len(sheets)

    def frame(self, frame_id: str) -> Frame | None:
        return self.controller.frame(self.page_index, frame_id) if self.controller else None

    def frame_rect(self, f: Frame) -> Rect:
        doc = self.controller.doc
        return frame_rect(doc.grid, doc.pages[self.page_index], f)

    def select(self, frame_id: str) -> None:
        """Select one item alone ("" for none)."""
        self.set_selection((frame_id,) if frame_id else ())

    def set_selection(self, ids) -> None:
        """Select these items of the active page, the first one primary."""
        ids = tuple(dict.fromkeys(i for i in ids if i))
        primary = ids[0] if ids else ""
        changed = ids != self.selection
        self.selection = ids
        if primary != self.selected:
            self.selected = primary
            self.selectionChanged.emit(primary)
        if changed:
            self.selectionSetChanged.emit(ids)
            self.update()

    def set_tool(self, name: str) -> None:
        if name != self.tool:
            self.selector.cancel()
            self.tools.cancel()
            self.tool = name
            self.setCursor(self.tools.cursor() or Qt.CursorShape.ArrowCursor)
            self.toolChanged.emit(name)

    # --- zoom and pan --------------------------------------------------------------------------
    def zoom(self) -> float:
        if self.page is None:
            return self._zoom
        margin = 24 + (RULER if self.show_rulers else 0)
        fit_w = (self.width() - 2 * margin) / self.total_width()
        if self.fit == "page":
            return max(ZOOM_MIN, min(fit_w, (self.height() - 2 * margin) / self.page.height))
        if self.fit == "width":
            return max(ZOOM_MIN, fit_w)
        return self._zoom

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        before = self.zoom()
        anchor_pt = self.to_page(anchor) if anchor is not None else None
        self.fit = ""
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if anchor is not None and anchor_pt is not None:       # keep the point under the cursor still
            after = self.from_page(anchor_pt)
            self.pan += anchor - after
        self.zoomChanged.emit(self._zoom)
        if before != self._zoom:
            self.update()

    def fit_page(self) -> None:
        self.fit, self.pan = "page", QPointF(0, 0)
        self.zoomChanged.emit(self.zoom())
        self.update()

    def fit_width(self) -> None:
        self.fit, self.pan = "width", QPointF(0, 0)
        self.zoomChanged.emit(self.zoom())
        self.update()

    def origin(self) -> QPointF:
        z = self.zoom()
        w = self.total_width() * z if self.page else 0.0
        h = self.page.height * z if self.page else 0.0
        base = 24.0 + (RULER if self.show_rulers else 0)
        x = max(base, (self.width() - w) / 2) if self.fit else base
        y = max(base, (self.height() - h) / 2) if self.fit == "page" else base
        return QPointF(x, y) + self.pan

    def sheet_at(self, p: QPointF) -> int:
        """The page under a widget point (the nearest one when between or beside them)."""
        z = self.zoom()
        x = (p.x() - self.origin().x()) / z
        best = self.page_index
        for index, off in self.sheets():
            if x >= off:
                best = index
        return best

    def to_page(self, p: QPointF) -> QPointF:
        """Widget point → pt on the active page."""
        z = self.zoom()
        o = self.origin()
        return QPointF((p.x() - o.x()) / z - self.offset(), (p.y() - o.y()) / z)

    def from_page(self, p: QPointF) -> QPointF:
        z = self.zoom()
        o = self.origin()
        return QPointF(o.x() + (p.x() + self.offset()) * z, o.y() + p.y() * z)

    def sizeHint(self) -> QSize:
        return QSize(900, 1200)

    # --- hit testing ---------------------------------------------------------------------------
    def frame_at(self, pt: QPointF) -> Frame | None:
        if self.controller is None:
            return None
        page = self.controller.doc.pages[self.page_index]
        # only the page's own frames are hit: master items (the running head, folio), rules and boxes are
        # not frames, so a click or a drag on them selects and moves nothing
        for f in reversed(page.frames):            # topmost first
            r = self.frame_rect(f)
            if r.x <= pt.x() <= r.right and r.y <= pt.y() <= r.bottom:
                return f
        return None

    def _edges(self, f: Frame, pt: QPointF) -> str:
        """Which edges a press grabs: any of "l", "r", "t", "b"; "" to move the frame."""
        r = self.frame_rect(f)
        tol = HANDLE / self.zoom()
        edges = ""
        if abs(pt.x() - r.x) <= tol:
            edges += "l"
        elif abs(pt.x() - r.right) <= tol:
            edges += "r"
        if abs(pt.y() - r.y) <= tol:
            edges += "t"
        elif abs(pt.y() - r.bottom) <= tol:
            edges += "b"
        return edges

    # --- editing -------------------------------------------------------------------------------
    def snapped(self, f: Frame, edges: str, dx: float, dy: float) -> Frame:
        """The frame moved or resized by (dx, dy) pt, snapped to whole columns and body lines."""
        grid = self.controller.doc.grid
        dcol = round(dx / (grid.column_width + grid.gutter_width))
        dline = round(dy / grid.leading)
        col, cols, line, lines = f.col, f.cols, f.line, f.lines
        if not edges:
            col = min(max(0, col + dcol), grid.columns - cols)
            line = min(max(0, line + dline), grid.line_count - lines)
        else:
            if "l" in edges:
                new = min(max(0, col + dcol), col + cols - 1)
                cols, col = cols + (col - new), new
            if "r" in edges:
                cols = min(max(1, cols + dcol), grid.columns - col)
            if "t" in edges:
                new = min(max(0, line + dline), line + lines - 1)
                lines, line = lines + (line - new), new
            if "b" in edges:
                lines = min(max(1, lines + dline), grid.line_count - line)
        return replace(f, col=col, cols=cols, line=line, lines=lines)

    def change_frame(self, new: Frame, text: str, merge_key: str | None = None) -> None:
        """Apply a frame change; a photo's caption frames move and widen with it."""
        old = self.frame(new.id)
        changes: dict[str, Frame | None] = {new.id: new}
        if old is not None and old.kind == "photo":
            for cap in self.controller.doc.pages[self.page_index].frames:
                if cap.kind == "caption" and cap.photo == old.photo and cap.line == old.line + old.lines \
                        and cap.col == old.col and (cap.dx, cap.dy) == (old.dx, old.dy):
                    changes[cap.id] = replace(cap, col=new.col, cols=new.cols, line=new.line + new.lines,
                                              dx=new.dx, dy=new.dy)
        self.controller.replace_frames(self.page_index, changes, text, merge_key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            return
        if event.button() != Qt.MouseButton.LeftButton or self.controller is None:
            return
        sheet = self.sheet_at(event.position())
        if sheet != self.page_index:                 # a click on the other page of the spread
            self.page_index = sheet
            self.select("")
            self.pageActivated.emit(sheet)
        pt = self.to_page(event.position())
        f = self.frame_at(pt)
        if self.link_from is not None:
            self._link_here(pt, f)
            return
        if self.tool != "select":
            self.tools.press(event, pt)
            return
        # a click selects the item's group (Ctrl: the item alone), Shift adds; a Shift-drag on a photo
        # pans the picture; a press on free space starts a rubber band
        self.selector.press(event, pt)

    def refuse(self) -> bool:
        """Whether the layout is read only here; if so, a move, resize, drawing or deletion tried is
        answered in the status bar with the reason (`refusal`), not with nothing."""
        if self.read_only and self.refusal:
            self.notice.emit(self.refusal)
        return self.read_only

    def start_link(self, source: Frame) -> None:
        if self.read_only:
            return
        self.link_from = source
        self.setCursor(Qt.CursorShape.CrossCursor)

    def cancel_link(self) -> None:
        self.link_from = None
        self.setCursor(Qt.CursorShape.ArrowCursor)

    def _link_here(self, pt: QPointF, hit: Frame | None) -> None:
        """Continue the source frame's story in a new body frame at the clicked grid cell."""
        source = self.link_from
        self.cancel_link()
        if hit is not None or self.read_only:
            return                                   # only on free space, and never in review mode
        doc = self.controller.doc
        grid = doc.grid
        page = doc.pages[self.page_index]
        col, line = grid.cell_at(pt.x(), pt.y(), page.left_hand)
        cols = min(source.cols, grid.columns)
        col = min(max(0, col), grid.columns - cols)
        if not 0 <= line < grid.line_count:
            return
        # as tall as the free space below the click in these columns
        taken = [f.line for f in page.frames if f.line > line and f.col < col + cols and col < f.col + f.cols]
        lines = (min(taken) if taken else grid.line_count) - line
        existing = {f.id for p in doc.pages for f in p.frames}
        k = 2
        while f"{source.story}-body{k}" in existing:
            k += 1
        new = Frame(f"{source.story}-body{k}", col, cols, line, max(1, lines), story=source.story, part="body")
        self.controller.replace_frames(self.page_index, {}, self.tr("Link story to a new frame"), added=(new,))
        self.select(new.id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.cursorMoved.emit(self.to_page(event.position()))
        if self._pan_from is not None:
            self.pan += event.position() - self._pan_from
            self._pan_from = event.position()
            self.update()
            return
        if self.controller is not None and (self.tools.move(event, self.to_page(event.position()))
                                            or self.selector.move(event, self.to_page(event.position()))):
            return
        if self._drag is None and self.tool != "select":
            self.setCursor(self.tools.cursor() or Qt.CursorShape.ArrowCursor)
            return
        if self._drag is None:
            pt = self.to_page(event.position())
            f = hit(self.controller.doc.grid, self.controller.doc.pages[self.page_index], pt.x(), pt.y()) \
                if self.controller else None
            if f is not None and f.locked and not self.read_only:
                self.setCursor(Qt.CursorShape.ForbiddenCursor)      # a locked item neither moves nor resizes
                return
            edges = (self._edges(f, pt) if isinstance(f, Frame) else self.selector.furniture_edges(f, pt)) if f else ""
            shape = {"l": Qt.CursorShape.SizeHorCursor, "r": Qt.CursorShape.SizeHorCursor,
                     "t": Qt.CursorShape.SizeVerCursor, "b": Qt.CursorShape.SizeVerCursor}.get(edges)
            if edges and len(edges) == 2:
                shape = Qt.CursorShape.SizeFDiagCursor if edges in ("lt", "rb") else Qt.CursorShape.SizeBDiagCursor
            self.setCursor(shape or (Qt.CursorShape.SizeAllCursor if f else Qt.CursorShape.ArrowCursor))
            return
        if self._drag[0] == "crop":
            self._pan_crop(event)
            return
        edges, start, press, key = self._drag
        pt = self.to_page(event.position())
        if not edges and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            # Alt: snapping off — the frame keeps its grid cell and moves by an offset in pt
            new = replace(start, dx=round(start.dx + pt.x() - press.x(), 2), dy=round(start.dy + pt.y() - press.y(), 2))
        else:
            new = self.snapped(start, edges, pt.x() - press.x(), pt.y() - press.y())
            if not edges:
                new = replace(new, dx=0.0, dy=0.0)          # a snapped move lands on the grid again
        current = self.frame(start.id)
        if current is not None and new != current:
            self.change_frame(new, self.tr("Resize frame") if edges else self.tr("Move frame"), key)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            return
        if self.tools.release() or self.selector.release():
            return
        if self._drag is not None:
            self._drag = None
            self.controller.end_merge()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not text_editor(self).double_click(event):       # into the text under the pointer
            super().mouseDoubleClickEvent(event)

    def inputMethodEvent(self, event) -> None:
        text_editor(self).input_method_event(event)

    def inputMethodQuery(self, query):
        value = text_editor(self).input_method_query(query)
        return super().inputMethodQuery(query) if value is None else value

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if text_editor(self).key_press(event):               # editing text: the keys are the text's
            return
        key = event.key()
        if self.controller is None:
            return super().keyPressEvent(event)
        if self.caret_owner is None and self.tools.key(event):
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.selection and not self.refuse():
            # by a column across, a body line down; Shift: NUDGE_BIG lines down (a column is already big)
            dcol, dline = arrows[key]
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                dline *= NUDGE_BIG
            self.arranger.nudge(dcol, dline)
            return
        if key == Qt.Key.Key_Escape:
            if self.link_from is not None:
                self.cancel_link()
            elif self.selector.busy or self.tools.draw is not None:
                self.selector.cancel()
                self.tools.cancel()
            else:
                self.set_selection(())
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selection and not self.refuse():
            self.arranger.delete()
            return
        if self.read_only and layout_shortcut(event):
            self.refuse()       # cut, paste or duplicate: their actions are off here; say why, not nothing
            return
        super().keyPressEvent(event)

    def set_crop(self, photo_id: str, crop, text: str, merge_key: str | None = None, fit: bool | None = None) -> None:
        doc = self.controller.doc
        photos = tuple(replace(p, crop=crop, fit=p.fit if fit is None else fit) if p.id == photo_id else p
                       for p in doc.photos)
        self.controller.apply(replace(doc, photos=photos), text, merge_key)

    def _pan_crop(self, event: QMouseEvent) -> None:
        _, f, press, key, start_crop = self._drag
        photo = self.controller.doc.photo(f.photo)
        proxy = self.painter.images.proxy(os.path.realpath(self.controller.doc_dir / photo.file))
        if proxy is None:
            return
        _, full_w, full_h = proxy
        from layout_app.layout.display import Group, cover
        shown = self.page            # the picture as drawn: inset in its frame, clear of the type (photoair)
        rect = next((g.items[0].rect for g in (shown.items if shown else ()) if isinstance(g, Group)
                     and g.frame == f.id and g.tag == "photo" and g.items), self.frame_rect(f))
        _x, _y, w, h = cover(full_w, full_h, start_crop, rect, photo.fit)
        pt = self.to_page(event.position())
        # dragging the picture right shows more of its left side
        self.set_crop(photo.id, cropping.pan(start_crop, -(pt.x() - press.x()) / w, -(pt.y() - press.y()) / h),
                      self.tr("Pan photo"), key)

    def contextMenuEvent(self, event) -> None:
        from layout_app.editor.contextmenus import item_menu
        item_menu(self, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        hit = self.frame_at(self.to_page(event.position())) if self.controller else None
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and hit is not None and hit.kind == "photo" \
                and not self.read_only:
            steps = (event.angleDelta().y() or event.angleDelta().x()) / 120.0   # Alt turns some wheels sideways
            photo = self.controller.doc.photo(hit.photo)
            self.set_crop(photo.id, cropping.zoom(photo.crop, 1.1 ** steps), self.tr("Zoom photo"), f"zoom-{photo.id}")
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.set_zoom(self.zoom() * (1.15 ** steps), event.position())
        else:
            self.pan += QPointF(event.angleDelta().x(), event.angleDelta().y()) / 2.0
            self.update()
        event.accept()

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride and self.caret_owner is not None:
            claims = getattr(self.caret_owner, "claims", None)
            if claims is None or claims(event):   # the text being typed takes the key, not a menu shortcut
                event.accept()
                return True
        # trackpad pinch (macOS, Wayland)
        if event.type() == event.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_zoom(self.zoom() * (1.0 + event.value()), event.position())
            return True
        return super().event(event)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasFormat(PANEL_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasFormat(PANEL_MIME):
            event.acceptProposedAction()

    def show_frame(self, frame_id: str) -> None:
        """Select a frame and zoom so that it fills most of the view."""
        f = self.frame(frame_id)
        if f is None:
            return
        self.select(frame_id)
        r = self.frame_rect(f)
        z = max(ZOOM_MIN, min(ZOOM_MAX, 0.6 * min(self.width() / r.width, self.height() / r.height)))
        self.fit, self._zoom, self.pan = "", z, QPointF(0, 0)
        centre = self.from_page(QPointF(r.x + r.width / 2, r.y + r.height / 2))
        self.pan = QPointF(self.width() / 2, self.height() / 2) - centre
        self.zoomChanged.emit(z)
        self.update()

    def dropEvent(self, event) -> None:
        if self.refuse():
            return
        if event.mimeData().hasFormat(PANEL_MIME):
            kind, _, item_id = bytes(event.mimeData().data(PANEL_MIME)).decode("utf-8").partition(":")
            event.acceptProposedAction()
            self.itemDropped.emit(kind, item_id, self.to_page(event.position()))
            return
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths, self.to_page(event.position()))

    # --- drawing -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if self._layer is not None and self._layer[0] == self._layer_key():
            p.drawPixmap(0, 0, self._layer[1])
        else:
            self._paint_pages(p, event.rect())
        self._paint_overlay(p)
        p.end()
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.firstPainted.emit)

    def _layer_key(self) -> tuple:
        return (self.zoom(), self.origin().x(), self.origin().y(), self.width(), self.height(),
                tuple(id(d) for d in self.displays.values()))

    def _photos_arrived(self, paths: set[str]) -> None:
        """Repaint the frames of the photos whose proxies arrived, not the whole canvas: twenty new
        photos arrive one by one while the editor types or drags."""
        if self._layer is not None:                   # a rubber band's page picture, drawn with placeholders
            self.begin_layer()
            self.update()
        else:
            z = self.zoom()
            for index, off in self.sheets():
                for r in photo_areas(self.displays.get(index), paths):
                    a = self.from_page(QPointF(r.x + off - self.offset(), r.y))
                    self.update(QRectF(a.x() - 1, a.y() - 1, r.width * z + 2, r.height * z + 2).toAlignedRect())
        self.photosArrived.emit()

    def begin_layer(self) -> None:
        """Draw the pages once into a pixmap: while a rubber band moves only the overlay is drawn."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        p = QPainter(pixmap)
        self._paint_pages(p, self.rect())
        p.end()
        self._layer = (self._layer_key(), pixmap)

    def end_layer(self) -> None:
        self._layer = None

    def _paint_pages(self, p: QPainter, rect) -> None:
        """The pages, as far as `rect` (widget pixels) shows them."""
        if self.page is None:
            p.fillRect(self.rect(), DESK)
            return
        z = self.zoom()
        # the desk around the pages, not under them: each page fills itself white (its edge pixels,
        # blended, keep the desk beneath them) — a megapixel less to fill on every full repaint
        o, w, h = self.origin(), self.total_width() * z, self.page.height * z
        under = QRect(math.ceil(o.x()) + 1, math.ceil(o.y()) + 1, math.floor(w) - 2, math.floor(h) - 2)
        for part in QRegion(self.rect()).subtracted(QRegion(under)):
            p.fillRect(part, DESK)
        active = self.page_index
        for index, off in self.sheets():
            display = self.displays.get(index)
            if display is None:
                continue
            p.save()
            p.translate(self.origin())
            p.scale(z, z)
            p.translate(off, 0)
            self._visible = self.visible_area(rect.adjusted(-2, -2, 2, 2), index)
            self.painter.paint(p, display, visible=self._visible)
            if self.controller is not None:
                self.page_index = index               # guides and markers of this page
                pagemarks.guides(self, p, z)
                paint_empty_frames(p, self)
                pagemarks.overset(self, p, z, display)
                finding_marks.paint(self, p, index)
                if index == active:
                    text_editor(self).paint(p, z)
            p.restore()
        self.page_index = active
        self._visible = None                          # guides drawn outside a paint event are whole
        if self.show_rulers:
            pagemarks.rulers(self, p, z)

    def _paint_overlay(self, p: QPainter) -> None:
        """The selection, the rubber band and the item being drawn, over the active page."""
        if self.page is None or self.controller is None:
            return
        z = self.zoom()
        self.selector.paint(p, z, self.from_page(QPointF(0, 0)))
        p.save()
        p.translate(self.origin())
        p.scale(z, z)
        p.translate(self.offset(), 0)
        self.tools.paint(p, z)
        p.restore()
