"""The status bar's readouts: zoom (100 % = actual size), the page (第 N 版), and the mouse position
in mm from the trim's top-left corner with the column and body line under it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF
from PySide6.QtWidgets import QLabel

from layout_app.model.grid import ColumnGrid
from layout_app.units import to_mm


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def grid_place(grid: ColumnGrid, x: float, y: float, left_page: bool) -> tuple[int, int] | None:
    """(column, line), both from 1, of a page point in pt inside a column of the type area;
    None in a gutter or outside the type area."""
    area = grid.type_area(left_page)
    if not (area.x <= x < area.right and area.y <= y < area.y + grid.line_count * grid.leading):
        return None
    col, line = grid.cell_at(x, y, left_page)
    if x >= grid.column_x(col, left_page) + grid.column_width:
        return None                                   # in the gutter after column col
    return col + 1, line + 1


class StatusReadout(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.canvas = window.canvas
        bar = window.statusBar()
        self.cursor = QLabel("", window)
        self.cursor.setObjectName("statusCursor")
        self.cursor.setToolTip(tr("Mouse position from the trim's top-left corner, and the column and body line under it"))
        self.page = QLabel("", window)
        self.page.setObjectName("statusPage")
        self.page.setToolTip(tr("The page being edited"))
        self.zoom = QLabel("", window)
        self.zoom.setObjectName("statusZoom")
        self.zoom.setToolTip(tr("Zoom: 100 % is actual size (View ▸ Actual size, Ctrl+1)"))
        for label in (self.cursor, self.page, self.zoom):
            bar.addPermanentWidget(label)
        self.canvas.cursorMoved.connect(self.show_cursor)
        self.canvas.zoomChanged.connect(self.show_view)
        self.canvas.pageActivated.connect(self.show_view)
        window.controller.changed.connect(self.show_view)
        self.canvas.installEventFilter(self)
        self.show_view()

    def eventFilter(self, obj, event) -> bool:
        # a fitted zoom follows the window's size; Ctrl+PgDown changes the page without a signal: both
        # are painted, so the readouts are brought up to date before each paint
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Paint):
            self.show_view()
        return False

    def zoom_percent(self) -> float:
        return self.canvas.zoom() * 72.0 / self.window.logicalDpiX() * 100.0

    def show_view(self, *_) -> None:
        _set(self.zoom, f"{self.zoom_percent():.0f} %")
        doc = self.window.controller.doc
        if doc.pages:
            page = doc.pages[min(self.canvas.page_index, len(doc.pages) - 1)]
            _set(self.page, tr("Page {n}").format(n=page.number))

    def show_cursor(self, pt: QPointF) -> None:
        doc = self.window.controller.doc
        if not doc.pages:
            return
        page = doc.pages[min(self.canvas.page_index, len(doc.pages) - 1)]
        text = f"{to_mm(pt.x()):.1f}, {to_mm(pt.y()):.1f} mm"
        place = grid_place(doc.grid, pt.x(), pt.y(), page.left_hand)
        if place is not None:
            text += "  " + tr("column {col}, line {line}").format(col=place[0], line=place[1])
        _set(self.cursor, text)


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:                          # an unchanged label is not laid out again
        label.setText(text)


def install(window) -> StatusReadout:
    window.status_readout = StatusReadout(window)
    return window.status_readout
