"""The main window: the page on its canvas, and the page report (overset, missing characters)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow

from layout_app.editor.canvas import PageCanvas
from layout_app.layout.compose import Composer
from layout_app.model.document import Document


class MainWindow(QMainWindow):
    def __init__(self, doc: Document, path: Path | None = None, doc_dir: Path | None = None):
        super().__init__()
        self.doc = doc
        self.path = path
        self.doc_dir = doc_dir or (path.parent if path else Path.cwd())
        self.page_index = 0
        self.canvas = PageCanvas(self)
        self.setCentralWidget(self.canvas)
        self.report = QListWidget(self)
        dock = QDockWidget(self.tr("Page report"), self)
        dock.setObjectName("report")
        dock.setWidget(self.report)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._actions()
        self.resize(1280, 960)
        self.relayout()

    def _actions(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))
        for text, keys, slot in (
            (self.tr("Fit page"), QKeySequence("Ctrl+0"), self.canvas.fit_page),
            (self.tr("Actual size"), QKeySequence("Ctrl+1"), lambda: self.canvas.set_zoom(self.logicalDpiX() / 72.0)),
            (self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.canvas.set_zoom(self.canvas.zoom() * 1.25)),
            (self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.canvas.set_zoom(self.canvas.zoom() / 1.25)),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            view.addAction(action)
        guides = QAction(self.tr("Column guides"), self)
        guides.setCheckable(True)
        guides.setChecked(True)
        guides.toggled.connect(self._toggle_guides)
        view.addAction(guides)

    def _toggle_guides(self, on: bool) -> None:
        self.canvas.show_guides = on
        self.canvas.update()

    def relayout(self) -> None:
        page = self.doc.pages[self.page_index]
        display = Composer(self.doc, self.doc_dir).compose(page)
        self.canvas.set_page(display, self.doc.grid, page.left_hand)
        title = self.doc.title or (self.path.name if self.path else "")
        self.setWindowTitle(f"{title} — {self.tr('page')} {page.number} — layout_app")
        self.report.clear()
        for r in display.reports:
            if r.overset_lines:
                self.report.addItem(QListWidgetItem(self.tr("{frame}: overset by {n} lines (超 {n} 行)")
                                                    .format(frame=r.frame, n=r.overset_lines)))
            elif r.below_min:
                self.report.addItem(QListWidgetItem(self.tr("{frame}: headline below its minimum size").format(frame=r.frame)))
        for m in display.missing:
            self.report.addItem(QListWidgetItem(str(m)))
        if self.report.count() == 0:
            self.report.addItem(QListWidgetItem(self.tr("No problems on this page")))
