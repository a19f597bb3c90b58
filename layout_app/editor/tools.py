"""The tool bar and what its tools do on the page: selection (V), text frame (T), photo frame (F),
rule (\\), box (M), hand (H) and zoom (Z). The drawing tools drag out a frame, rule or box snapped to
columns and body lines (Alt: a frame starts where the press was, off the grid); the hand pans the
view; the zoom tool zooms in where it is clicked (Alt: out). Icons are shipped SVG files — no font
glyph that a system may lack."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QCursor, QIcon, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolBar

from layout_app.assets import ASSETS
from layout_app.layout import arrange

ICONS = ASSETS / "icons"
# name, key, whether it changes the document (review mode keeps only the others)
TOOLS = (("select", Qt.Key.Key_V, False), ("text", Qt.Key.Key_T, True), ("photo", Qt.Key.Key_F, True),
         ("rule", Qt.Key.Key_Backslash, True), ("box", Qt.Key.Key_M, True), ("hand", Qt.Key.Key_H, False),
         ("zoom", Qt.Key.Key_Z, False))
DRAWING = ("text", "photo", "rule", "box")
PREVIEW = QColor(0, 120, 215)
EMPTY_FRAME = QColor(120, 120, 120, 160)
ZOOM_STEP = 1.25


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


class Tools(QObject):
    """The canvas's current tool and the mouse work of every tool but selection."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.draw: tuple[QPointF, QPointF, bool] | None = None      # press, now (pt), Alt
        self.pan_from: QPointF | None = None

    def names(self) -> dict[str, str]:
        return {"select": self.tr("Selection"), "text": self.tr("Text frame"), "photo": self.tr("Photo frame"),
                "rule": self.tr("Rule"), "box": self.tr("Box"), "hand": self.tr("Hand"), "zoom": self.tr("Zoom")}

    def cursor(self) -> QCursor | None:
        tool = self.canvas.tool
        if tool in DRAWING:
            return QCursor(Qt.CursorShape.CrossCursor)
        if tool == "hand":
            return QCursor(Qt.CursorShape.ClosedHandCursor if self.pan_from is not None else Qt.CursorShape.OpenHandCursor)
        if tool == "zoom":
            return QCursor(icon("zoom").pixmap(24, 24), 10, 10)
        return None

    def key(self, event: QKeyEvent) -> bool:
        """A tool's letter, pressed alone, picks it."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        for name, key, changes in TOOLS:
            if event.key() == key:
                if not (changes and self.canvas.refuse()):
                    self.canvas.set_tool(name)
                return True
        return False

    # --- mouse -------------------------------------------------------------------------------------
    def press(self, event: QMouseEvent, pt: QPointF) -> None:
        c = self.canvas
        if c.tool == "hand":
            self.pan_from = event.position()
            c.setCursor(self.cursor())
        elif c.tool == "zoom":
            out = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            c.set_zoom(c.zoom() / ZOOM_STEP if out else c.zoom() * ZOOM_STEP, event.position())
        elif c.tool in DRAWING and not c.read_only:
            self.draw = (pt, pt, bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))

    def move(self, event: QMouseEvent, pt: QPointF) -> bool:
        c = self.canvas
        if self.pan_from is not None:
            c.pan += event.position() - self.pan_from
            self.pan_from = event.position()
            c.update()
            return True
        if self.draw is not None:
            self.draw = (self.draw[0], pt, bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))
            c.update()
            return True
        return False

    def release(self) -> bool:
        c = self.canvas
        if self.pan_from is not None:
            self.pan_from = None
            c.setCursor(self.cursor())
            return True
        if self.draw is None:
            return False
        a, b, free = self.draw
        self.draw = None
        made = self.make(c.tool, (a.x(), a.y()), (b.x(), b.y()), free)
        if made:
            c.set_selection((made,))
        c.update()
        return True

    def cancel(self) -> None:
        self.draw = self.pan_from = None
        self.canvas.update()

    def placement(self, a: tuple[float, float], b: tuple[float, float], free: bool) -> tuple[int, int, int, int, float, float]:
        """(col, cols, line, lines, dx, dy) of a frame dragged from a to b: the cells it covers; with Alt
        its top left stays at the press and its size is rounded to whole columns and lines."""
        doc = self.canvas.controller.doc
        grid, page = doc.grid, doc.pages[self.canvas.page_index]
        col, cols, line, lines = arrange.cells(grid, page, a, b)
        if not free:
            return col, cols, line, lines, 0.0, 0.0
        x0, y0 = min(a[0], b[0]), min(a[1], b[1])
        col, line = grid.cell_at(x0, y0, page.left_hand)
        col = min(max(0, col), grid.columns - 1)
        line = min(max(0, line), grid.line_count - 1)
        pitch = grid.column_width + grid.gutter_width
        cols = min(max(1, round((abs(b[0] - a[0]) + grid.gutter_width) / pitch)), grid.columns - col)
        lines = min(max(1, round(abs(b[1] - a[1]) / grid.leading)), grid.line_count - line)
        return (col, cols, line, lines, round(x0 - grid.column_x(col, page.left_hand), 2),
                round(y0 - grid.line_y(line), 2))

    def make(self, tool: str, a: tuple[float, float], b: tuple[float, float], free: bool) -> str:
        """Add the drawn item as one undo step; its id ("" when nothing was made)."""
        c = self.canvas
        ctl = c.controller
        i = c.page_index
        col, cols, line, lines, dx, dy = self.placement(a, b, free)
        if tool == "text":
            doc, made = arrange.new_text_frame(ctl.doc, i, col, cols, line, lines, dx, dy)
            text = self.tr("Draw text frame")
        elif tool == "photo":
            doc, made = arrange.new_photo_frame(ctl.doc, i, col, cols, line, lines, dx, dy)
            text = self.tr("Draw photo frame")
        elif tool == "box":
            col, cols, line, lines = arrange.cells(ctl.doc.grid, ctl.doc.pages[i], a, b)
            doc, made = arrange.new_box(ctl.doc, i, col, cols, line, lines)
            text = self.tr("Draw box")
        else:
            doc, made = arrange.new_rule(ctl.doc, i, a, b)
            text = self.tr("Draw rule")
        return made if ctl.apply(doc, text, None, True) else ""

    # --- drawing -----------------------------------------------------------------------------------
    def paint(self, p: QPainter, z: float) -> None:
        """The item being drawn, as it will land (the painter in page pt)."""
        if self.draw is None:
            return
        a, b, free = self.draw
        c = self.canvas
        doc = c.controller.doc
        grid, page = doc.grid, doc.pages[c.page_index]
        pen = QPen(PREVIEW, 1.5 / z)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if c.tool == "rule":
            drawn, made = arrange.new_rule(doc, c.page_index, (a.x(), a.y()), (b.x(), b.y()))
            r = arrange.item_rect(grid, page, arrange.items(drawn.pages[c.page_index])[made])
        else:
            col, cols, line, lines, dx, dy = self.placement((a.x(), a.y()), (b.x(), b.y()), free and c.tool != "box")
            g = grid.frame_rect(col, cols, line, lines, page.left_hand)
            r = type(g)(g.x + dx, g.y + dy, g.width, g.height)
        p.drawRect(QRectF(r.x, r.y, r.width, r.height))

    def install_bar(self, window) -> QToolBar:
        """The tool bar on the window's left, its buttons kept in step with the canvas's tool."""
        canvas = window.canvas
        bar = QToolBar(self.tr("Tools"), window)
        bar.setObjectName("tools")
        group = QActionGroup(bar)
        group.setExclusive(True)
        window.tool_actions = {}
        names = self.names()
        for name, key, changes in TOOLS:
            action = QAction(icon(name), names[name], bar)
            letter = "\\" if key == Qt.Key.Key_Backslash else chr(key)
            action.setToolTip(f"{names[name]} ({letter})")
            action.setCheckable(True)
            action.setData(name)
            action.triggered.connect(lambda _=False, name=name: (canvas.set_tool(name), canvas.setFocus()))
            group.addAction(action)
            bar.addAction(action)
            window.tool_actions[name] = action
            if changes:
                window.layout_actions.append(action)        # review mode: no drawing
        window.tool_actions[canvas.tool].setChecked(True)
        canvas.toolChanged.connect(lambda name: window.tool_actions[name].setChecked(True))
        window.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        return bar


def paint_empty_frames(p: QPainter, canvas) -> None:
    """Empty photo frames: a cross, as page editors know them (on screen only; the PDF prints nothing)."""
    doc = canvas.controller.doc
    page = doc.pages[canvas.page_index]
    p.setPen(QPen(EMPTY_FRAME, 0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for f in page.frames:
        if f.empty:
            r = canvas.frame_rect(f)
            p.drawRect(QRectF(r.x, r.y, r.width, r.height))
            p.drawLine(QPointF(r.x, r.y), QPointF(r.right, r.bottom))
            p.drawLine(QPointF(r.right, r.y), QPointF(r.x, r.bottom))


def install(window) -> QToolBar:
    return window.canvas.tools.install_bar(window)
