"""The preflight dock: the last full report, kept until preflight runs again, and the live check of the
page shown, in a list of its own below it (edits never wipe the report). Findings are in the editor's
words, translated (context "Preflight"), each with its place; a click selects the item and zooms to it
(to the white itself, for white left in columns)."""
from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStyle,
    QVBoxLayout, QWidget,
)

from layout_app.geometry import Rect
from layout_app.preflight.findings import ERROR, Finding, Report
from layout_app.model.frame import Frame
from layout_app.preflight.wording import CONTEXT, spot, target

ZOOM_TO_MAX = 3.0        # a click on a finding comes this close at most: a one-line caption is not blown up
ZOOM_TO_FILL = 0.6       # the item fills this much of the view


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def severity_icon(severity: str):
    pixmap = {ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical, "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
              "ok": QStyle.StandardPixmap.SP_DialogApplyButton}[severity]
    return QApplication.style().standardIcon(pixmap)


def zoom_to(canvas, r: Rect) -> None:
    """Zoom and pan the canvas so that `r` (pt on the active page) sits in the middle of the view."""
    w, h = canvas.width(), canvas.height()
    z = min(ZOOM_TO_FILL * w / max(r.width, 1.0), ZOOM_TO_FILL * h / max(r.height, 1.0), ZOOM_TO_MAX)
    canvas.set_zoom(z)
    centre = canvas.from_page(QPointF(r.x + r.width / 2, r.y + r.height / 2))
    canvas.pan += QPointF(w / 2, h / 2) - centre
    canvas.update()


class FindingsPanel(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.main = window
        self.report: Report | None = None
        self.live: list[Finding] = []
        self.summary = QLabel(self.tr("Not checked yet"), self)
        self.summary.setWordWrap(True)
        self.run = QPushButton(self.tr("Run preflight"), self)
        self.run.setToolTip(self.tr("Check the whole document for what would go wrong at the press"))
        self.run.clicked.connect(window.run_preflight)
        self.list = QListWidget(self)            # the report: changes only when preflight runs
        self.page_list = QListWidget(self)       # the live check of the page shown
        for view in (self.list, self.page_list):
            view.setWordWrap(True)
            view.itemClicked.connect(self._go)
            view.itemActivated.connect(self._go)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.run)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Preflight findings"), self))
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("This page, while you edit"), self))
        layout.addWidget(self.page_list, 2)
        # the live list holds a finding whole (its words wrapped over up to four lines, its place under
        # them): the finding of the moment is read without scrolling; the report, run now and then,
        # scrolls. Fixed once: a height that followed the findings would move the canvas while dragging
        self.page_list.setMinimumHeight(6 * self.page_list.fontMetrics().lineSpacing()
                                        + 2 * self.page_list.frameWidth() + 4)
        self._live_shown = None
        # the live check (and the preflight modules it loads: the photo checks, Pillow's readers) waits
        # until the page is on the screen: the window opens sooner, the findings come a moment later
        self.waiting = True
        window.canvas.firstPainted.connect(self.start_checking)
        self.title = self.tr("Preflight")
        window.controller.pathChanged.connect(self._opened)

    # --- lists -------------------------------------------------------------------------------------
    def _item(self, f: Finding) -> QListWidgetItem:
        text = f.words(translate)
        if f.place is not None:
            text += "\n" + f.place.render(translate)
        item = QListWidgetItem(severity_icon(f.severity), text)
        item.setData(Qt.ItemDataRole.UserRole, dict(f.where))
        item.setToolTip(text)
        return item

    def show_report(self, report: Report) -> None:
        self.report = report
        self.list.clear()
        for f in report.errors + report.warnings:
            self.list.addItem(self._item(f))
        if not (report.errors or report.warnings):
            self.list.addItem(QListWidgetItem(severity_icon("ok"), self.tr("No problems found")))
        self.summary.setText(self.tr("{errors} error(s), {warnings} warning(s), checked at {time}").format(
            errors=len(report.errors), warnings=len(report.warnings), time=time.strftime("%H:%M")))
        dock = self.main.docks.get(self)
        if dock is not None:                  # closed or behind another dock: the findings come to the front
            dock.show()
            dock.raise_()
        self._mark()

    def _opened(self) -> None:
        """Another document (its undo history starts empty): the report was about the one before."""
        if self.report is not None and self.main.controller.undo_stack.count() == 0:
            self.report = None
            self.list.clear()
            self.summary.setText(self.tr("Not checked yet"))
            self._mark()

    def start_checking(self) -> None:
        if self.waiting:
            self.waiting = False
            self.check_page()

    def check_page(self) -> None:
        """The live check: recomputed on every change, shown only when it changed; not before the
        window's first paint (see `waiting`)."""
        if self.waiting:
            return
        from layout_app.preflight.checks import page_check

        canvas = self.main.canvas
        display = canvas.page
        doc = self.main.controller.doc
        live = page_check(doc, canvas.page_index, display) if display is not None and doc.pages else Report()
        self.live = live.errors + live.warnings
        shown = [(f.words(), f.where) for f in self.live]
        if shown == self._live_shown:
            return
        self._live_shown = shown
        self.page_list.clear()
        for f in self.live:
            self.page_list.addItem(self._item(f))
        if not self.live:
            self.page_list.addItem(QListWidgetItem(severity_icon("ok"), self.tr("No problems on this page")))
        self._mark()

    def _mark(self) -> None:
        """Markers on the page: the worst finding of each item, from the report and the live check."""
        doc = self.main.controller.doc
        marks: dict[str, dict] = {}
        for f in (self.report.errors + self.report.warnings if self.report else []) + self.live:
            page_id, frame_id = target(doc, f.where)
            key = spot(f.where) or frame_id              # white in columns: marked where it is
            if page_id is not None and key is not None:
                on_page = marks.setdefault(page_id, {})
                if on_page.get(key) != ERROR:
                    on_page[key] = f.severity
        from layout_app.editor import finding_marks          # (it draws with this module's icons)
        finding_marks.show(self.main.canvas, marks)

    # --- going there ---------------------------------------------------------------------------------
    def _go(self, item: QListWidgetItem) -> None:
        self.go(item.data(Qt.ItemDataRole.UserRole) or {})

    def go(self, where: dict) -> None:
        """Show the finding's page, select its item and zoom to it."""
        window, canvas = self.main, self.main.canvas
        doc = window.controller.doc
        page_id, frame_id = target(doc, where)
        if page_id is None:
            return
        index = [p.id for p in doc.pages].index(page_id)
        if index != canvas.page_index:
            window.show_page(index)
        if where.get("story"):
            window.stories.select_story(where["story"])
        f = canvas.frame(frame_id) if frame_id else None
        if f is not None:
            canvas.select(f.id)
            at = spot(where)
            zoom_to(canvas, canvas.frame_rect(f if at is None else Frame("", *at)))


def install(window) -> FindingsPanel:
    panel = FindingsPanel(window)
    dock = QDockWidget(panel.title, window)
    dock.setObjectName("preflight-dock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.docks[panel] = dock
    window.preflight_panel = panel
    window.report = panel.page_list          # the live check of the page shown (older tests and scripts)
    return panel
