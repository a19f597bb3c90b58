"""The page canvas: draws the composed page (the same display list as the PDF) with zoom."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from layout_app.layout.display import PageDisplay
from layout_app.model.grid import ColumnGrid
from layout_app.render.qt.painter import PagePainter

DESK = QColor(96, 99, 104)
GUIDE = QColor(0, 160, 220, 70)
OVERSET = QColor(220, 30, 30)
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


class PageCanvas(QWidget):
    """Shows one page. `zoom` is screen pixels per pt; 'fit' keeps the whole page in view."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.painter = PagePainter()
        self.page: PageDisplay | None = None
        self.grid: ColumnGrid | None = None
        self.left_page = False
        self.show_guides = True
        self.fit = True
        self._zoom = 1.0

    # --- state ----------------------------------------------------------------------------
    def set_page(self, page: PageDisplay, grid: ColumnGrid, left_page: bool = False) -> None:
        self.page, self.grid, self.left_page = page, grid, left_page
        self.update()

    def zoom(self) -> float:
        if self.fit and self.page is not None:
            margin = 24
            return max(ZOOM_MIN, min((self.width() - 2 * margin) / self.page.width,
                                     (self.height() - 2 * margin) / self.page.height))
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.zoomChanged.emit(self._zoom)
        self.update()

    def fit_page(self) -> None:
        self.fit = True
        self.zoomChanged.emit(self.zoom())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 1200)

    def page_origin(self) -> QPointF:
        z = self.zoom()
        w = self.page.width * z if self.page else 0
        h = self.page.height * z if self.page else 0
        return QPointF(max(24.0, (self.width() - w) / 2), max(24.0, (self.height() - h) / 2))

    # --- events ---------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.set_zoom(self.zoom() * (1.15 ** steps))
            event.accept()
        else:
            super().wheelEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), DESK)
        if self.page is None:
            p.end()
            return
        z = self.zoom()
        origin = self.page_origin()
        p.translate(origin)
        p.scale(z, z)
        self.painter.paint(p, self.page, draft=False)
        if self.show_guides and self.grid is not None:
            self._guides(p, z)
        self._overset_markers(p, z)
        p.end()

    def _guides(self, p: QPainter, z: float) -> None:
        g = self.grid
        pen = QPen(GUIDE, 1.0 / z)
        p.setPen(pen)
        area = g.type_area(self.left_page)
        for col in range(g.columns):
            x = g.column_x(col, self.left_page)
            p.drawRect(QRectF(x, area.y, g.column_width, area.height))

    def _overset_markers(self, p: QPainter, z: float) -> None:
        """超 N 行: a red tab at the bottom right of a frame whose story does not fit."""
        for report in self.page.reports:
            if report.overset_lines <= 0:
                continue
            rect = next((i.rect for i in self.page.items if getattr(i, "frame", None) == report.frame), None)
            if rect is None:
                continue
            p.setPen(QPen(OVERSET, 2.0 / z))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(rect.x, rect.y, rect.width, rect.height))
            tab = QRectF(rect.right - 60, rect.bottom - 14, 60, 14)
            p.fillRect(tab, OVERSET)
            p.setPen(Qt.GlobalColor.white)
            font = p.font()
            font.setPixelSize(10)
            p.setFont(font)
            p.drawText(tab, Qt.AlignmentFlag.AlignCenter, f"超 {report.overset_lines} 行")
