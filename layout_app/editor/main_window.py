"""The main window: the page on its canvas, panels for stories, photos, properties and preflight,
menus with the usual shortcuts, autosave and recovery, export on a worker thread."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

from PySide6.QtCore import QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar,
)

from layout_app.editor import findings_panel, recovery
from layout_app.editor.canvas import PageCanvas
from layout_app.editor.controller import DocumentController
from layout_app.editor.export_worker import ExportWorker
from layout_app.editor.panels import PhotosPanel, PropertiesPanel, StoriesPanel
from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.io.docfile import load_document
from layout_app.model.document import Document

AUTOSAVE_MS = 30_000            # a recovery copy every 30 s while there are unsaved changes,
EDIT_AUTOSAVE_MS = 2_000        # and 2 s after an edit once editing pauses —
EDIT_AUTOSAVE_WAIT = 3          # — or, typing on, 3 × that after the first unsaved edit: a kill loses seconds
MAX_RECENT = 8


_NUMERALS = "〇一二三四五六七八九"


def _scrolling(panel):
    """A tall panel in a scroll area: its dock may be shorter than the panel's form, so the window
    fits a laptop's screen (1366 × 768) with every dock open; the form scrolls instead."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(panel)
    return scroll


def _chinese_number(n: int) -> str:
    """1–99 as written in 第十二版."""
    if n < 10:
        return _NUMERALS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUMERALS[tens]) + "十" + (_NUMERALS[ones] if ones else "")


def names_page(title: str, number: int, page: str) -> bool:
    """Whether a document's title already names page `number`: 第1版, 第 1 版, 第一版, or the page as
    the interface says it (page 1)."""
    numbers = f"{number}" + (f"|{_chinese_number(number)}" if 0 < number < 100 else "")
    if re.search(rf"第\s*(?:{numbers})\s*版", title):
        return True
    return re.search(rf"(?<!\w){re.escape(page)}(?!\d)", title, re.IGNORECASE) is not None


class MainWindow(QMainWindow):
    closed = Signal()                                   # the window was closed (after any save it asked for)

    def __init__(self, doc: Document, path: Path | None = None, doc_dir: Path | None = None,
                 ask=None, is_demo: bool = False, ask_save=None, review: bool = False,
                 autosave_ms: int = AUTOSAVE_MS, edit_autosave_ms: int = EDIT_AUTOSAVE_MS):
        super().__init__()
        self.is_demo = is_demo
        # questions go through these, so that tests (and scripts) answer without a modal dialog:
        # ask(title, text) -> bool; ask_save() -> "save" | "discard" | "cancel"
        self.ask = ask or (lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes)
        self.ask_save = ask_save or self._ask_save_dialog
        self.controller = DocumentController(doc, path, doc_dir)
        self.controller.setParent(self)                  # dies with the window, not before
        self.canvas = PageCanvas(self.controller, self)
        self.setCentralWidget(self.canvas)
        self.stories = StoriesPanel(self.controller, self)
        self.photos = PhotosPanel(self.controller, self)
        self.properties = PropertiesPanel(self.controller, self.canvas, self)
        from layout_app.editor.review import ReviewPanel
        self.review_panel = ReviewPanel(self.controller, self.canvas, self)
        self.docks = {}
        for title, widget, area in ((self.tr("Review"), self.review_panel, Qt.DockWidgetArea.RightDockWidgetArea),
                                    (self.tr("Stories"), self.stories, Qt.DockWidgetArea.LeftDockWidgetArea),
                                    (self.tr("Photos"), self.photos, Qt.DockWidgetArea.LeftDockWidgetArea),
                                    (self.tr("Properties"), self.properties, Qt.DockWidgetArea.RightDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(title)
            dock.setWidget(_scrolling(widget) if widget in (self.stories, self.properties) else widget)
            self.addDockWidget(area, dock)
            self.docks[widget] = dock
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status = QLabel("", self)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.worker: ExportWorker | None = None
        self.edit_timer = QTimer(self)                  # autosave soon after an edit (debounced)
        self.edit_timer.setSingleShot(True)
        self.edit_timer.timeout.connect(self.autosave)
        self.edit_autosave_ms = edit_autosave_ms
        self._edits_since = 0.0                         # when the first edit not yet autosaved was made
        self._actions()
        findings_panel.install(self)
        # first: the canvas follows the document (its page clamped to the pages left) before the panels
        # and the status bar connected below read it
        self.controller.changed.connect(self._changed)
        from layout_app.editor import findreplace, newdoc, pages_panel, shortcuts, statusbar, tooltips, viewnav
        newdoc.install(self)            # File ▸ New from a template, File ▸ Place (issue 12, nav)
        viewnav.install(self)
        pages_panel.install(self)
        statusbar.install(self)
        findreplace.install(self)
        tooltips.install(self)
        shortcuts.install(self)         # last: Help ▸ Keyboard shortcuts and tool tips for every action
        from layout_app.editor import arrange, tools
        tools.install(self)                 # the tool bar: selection, text, photo, rule, box, hand, zoom
        arrange.install(self)               # cut/copy/paste/duplicate, the Object menu (align, order, lock)
        from layout_app.editor import galley, textedit
        textedit.install(self)
        galley.install(self)
        # an edit reaches us inside the undo stack's push, before the stack counts it as unsaved: the
        # autosave runs from a timer, at the earliest on the next turn of the event loop
        self.controller.changed.connect(self._edited)
        self.controller.structureChanged.connect(lambda: self.edit_timer.start(0))   # frames, pages: now
        self.controller.undo_stack.indexChanged.connect(self._undo_state)
        self.controller.undo_stack.cleanChanged.connect(self._clean_changed)
        self.controller.pathChanged.connect(self._title)
        self.canvas.filesDropped.connect(self.drop)
        self.canvas.itemDropped.connect(self.drop_item)
        self.canvas.pageActivated.connect(lambda _: self._changed())
        self.canvas.selectionChanged.connect(self._selected)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        self.timer.start(autosave_ms)
        self.resize(1400, 960)
        self.set_review(review)
        self._changed()

    # --- menus -----------------------------------------------------------------------------------
    def _action(self, menu, text, slot, keys=None, checkable=False, checked=False):
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.setCheckable(checkable)
        if checkable:
            action.setChecked(checked)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(self.tr("&File"))
        self._action(f, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu(self.tr("Open &Recent"))
        self.save_action = self._action(f, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(f, self.tr("Save &As…"), self.save_as, QKeySequence("Ctrl+Shift+S"))
        f.addSeparator()
        self._action(f, self.tr("&Export PDF/X…"), self.export_dialog, QKeySequence("Ctrl+E"))
        self._action(f, self.tr("&Preflight"), self.run_preflight, QKeySequence("Ctrl+Shift+P"))
        f.addSeparator()
        self._action(f, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        e = bar.addMenu(self.tr("&Edit"))
        # the controller's undo and redo, not the stack's: review mode must not undo layout edits
        self.undo_action = self._action(e, self.tr("&Undo"), self.controller.undo, QKeySequence("Ctrl+Z"))
        self.redo_action = self._action(e, self.tr("&Redo"), self.controller.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        v = bar.addMenu(self.tr("&View"))
        self._action(v, self.tr("Fit page"), self.canvas.fit_page, QKeySequence("Ctrl+0"))
        self._action(v, self.tr("Fit width"), self.canvas.fit_width, QKeySequence("Ctrl+2"))
        self._action(v, self.tr("Actual size"), lambda: self.canvas.set_zoom(self.logicalDpiX() / 72.0), QKeySequence("Ctrl+1"))
        self._action(v, self.tr("Zoom in"), lambda: self.canvas.set_zoom(self.canvas.zoom() * 1.25), QKeySequence.StandardKey.ZoomIn)
        self._action(v, self.tr("Zoom out"), lambda: self.canvas.set_zoom(self.canvas.zoom() / 1.25), QKeySequence.StandardKey.ZoomOut)
        v.addSeparator()
        self._action(v, self.tr("Column guides"), self._guides("show_columns"), checkable=True, checked=True)
        self._action(v, self.tr("Line grid"), self._guides("show_lines"), checkable=True, checked=False)
        self._action(v, self.tr("Rulers"), self._guides("show_rulers"), checkable=True, checked=True)
        self._action(v, self.tr("Facing pages (spread)"), self._spread, checkable=True, checked=True)
        self.review_action = self._action(v, self.tr("Review captions (read-only page)"), self.set_review,
                                          QKeySequence("Ctrl+R"), checkable=True, checked=False)
        self.layout_actions = [
            self._action(e, self.tr("Continue story in a new frame…"), self.link_story, QKeySequence("Ctrl+L"))]
        p = bar.addMenu(self.tr("&Page"))
        self.layout_actions.append(self._action(p, self.tr("Add page"), self.add_page))
        self._action(p, self.tr("Next page"), lambda: self.show_page(self.canvas.page_index + 1), QKeySequence("Ctrl+PgDown"))
        self._action(p, self.tr("Previous page"), lambda: self.show_page(self.canvas.page_index - 1), QKeySequence("Ctrl+PgUp"))
        self._recent()

    def set_review(self, on: bool) -> None:
        """Review mode: captions, credits, checks and comments can change; nothing else can."""
        if getattr(self, "reviewing", None) == on:
            return                                       # the menu action echoing our own change
        self.reviewing = on
        self.controller.review = on                     # the controller refuses layout changes itself
        self.canvas.read_only = on
        if on:
            self.canvas.cancel_link()
        self.stories.body.setReadOnly(on)
        self.stories.headline.setReadOnly(on)
        self.properties.setEnabled(not on)
        self.photos.relink.setEnabled(not on)
        for action in self.layout_actions:
            action.setEnabled(not on)
        self._undo_state()
        self.docks[self.review_panel].setVisible(on)
        self.review_panel.set_active(on)
        if hasattr(self, "review_action") and self.review_action.isChecked() != on:
            self.review_action.setChecked(on)

    def _spread(self, on: bool) -> None:
        self.canvas.show_spread = on
        self.canvas.refresh()
        self.canvas.fit_page()

    def _guides(self, attr: str):
        def toggle(on: bool) -> None:
            setattr(self.canvas, attr, on)
            self.canvas.update()
        return toggle

    # --- state -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.canvas.refresh()
        self._title()
        self.preflight_panel.check_page()       # the live check: its own list, never preflight's report

    def _undo_state(self, *_) -> None:
        c = self.controller
        self.undo_action.setEnabled(c.can_undo())
        self.redo_action.setEnabled(c.can_redo())
        self.undo_action.setText(self.tr("&Undo {what}").format(what=c.undo_stack.undoText()).rstrip())
        self.redo_action.setText(self.tr("&Redo {what}").format(what=c.undo_stack.redoText()).rstrip())

    def _clean_changed(self, _clean: bool) -> None:
        try:
            self._title()
        except RuntimeError:
            pass                                        # the window is being torn down

    def _title(self) -> None:
        doc = self.controller.doc
        name = doc.title or (self.controller.path.name if self.controller.path else self.tr("Untitled"))
        number = doc.pages[self.canvas.page_index].number if doc.pages else 0
        star = "*" if self.controller.dirty else ""
        page = self.tr("page {n}").format(n=number)
        # a title such as 示范报 第1版 names its page already: said once
        shown = name if names_page(name, number, page) else f"{name} — {page}"
        self.setWindowTitle(f"{star}{shown} — layout_app")

    def _selected(self, frame_id: str) -> None:
        f = self.canvas.frame(frame_id) if frame_id else None
        if f is not None and f.story:
            self.stories.select_story(f.story)

    def link_story(self) -> None:
        f = self.canvas.frame(self.canvas.selected) if self.canvas.selected else None
        if f is None or not f.story:
            self.status.setText(self.tr("Select a frame of the story first"))
            return
        self.canvas.start_link(f)
        self.status.setText(self.tr("Click where the story continues (change page with Ctrl+PgDown); Esc cancels"))

    def add_page(self) -> None:
        from dataclasses import replace as _replace

        from layout_app.model.document import Page
        doc = self.controller.doc
        number = max((p.number for p in doc.pages), default=0) + 1
        ids = {p.id for p in doc.pages}
        pid = f"p{number}"
        while pid in ids:
            pid += "b"
        self.controller.apply(_replace(doc, pages=doc.pages + (Page(pid, number),)), self.tr("Add page"), structural=True)
        self.show_page(len(self.controller.doc.pages) - 1)

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self.controller.doc.pages):
            self.canvas.page_index = index
            self.canvas.select("")
            self._changed()

    def go_to(self, where: dict | None) -> None:
        if not where:
            return
        pages = [p.id for p in self.controller.doc.pages]
        if where.get("page") in pages:
            self.show_page(pages.index(where["page"]))
        if where.get("frame"):
            self.canvas.select(where["frame"])
        elif where.get("story"):
            self.stories.select_story(where["story"])

    # --- files -----------------------------------------------------------------------------------
    def drop(self, paths: list, point: QPointF) -> None:
        from layout_app.editor.dropin import drop_files    # the photo desk and autoplace: at the first drop

        col, line = self._cell(point)
        doc, notes, problems = drop_files(self.controller.doc, self.controller.doc_dir, self.canvas.page_index,
                                          paths, col, line)
        self.controller.apply(doc, self.tr("Drop files"), structural=True)
        self.status.setText(self.tr("; ").join(notes + problems))
        if problems:
            self.notify(self.tr("Some files could not be placed"), "\n".join(problems))

    def _cell(self, point: QPointF) -> tuple[int, int]:
        doc = self.controller.doc
        return doc.grid.cell_at(point.x(), point.y(), doc.pages[self.canvas.page_index].left_hand)

    def drop_item(self, kind: str, item_id: str, point: QPointF) -> None:
        """A story or photo dragged from its panel onto the page."""
        from layout_app.editor.dropin import place_existing
        col, line = self._cell(point)
        aspect = 0.66
        if kind == "photo":
            proxy = self.canvas.painter.images.proxy(os.path.realpath(self.controller.doc_dir / self.controller.doc.photo(item_id).file))
            if proxy is not None:
                aspect = proxy[2] / proxy[1]
        doc, problems = place_existing(self.controller.doc, self.canvas.page_index, kind, item_id, col, line, aspect=aspect)
        self.controller.apply(doc, self.tr("Place from panel"), structural=True)
        if problems:
            self.notify(self.tr("Some files could not be placed"), "\n".join(problems))

    def open_path(self, path: Path) -> bool:
        if not self.maybe_save():
            return False
        try:
            doc = load_document(path)
        except InputError as exc:
            self.notify(self.tr("Cannot open"), said(exc))
            return False
        self.controller.open(doc, path)
        self.is_demo = False
        self.offer_recovery()
        self._remember(path)
        self._after_open()
        return True

    def _after_open(self) -> None:
        missing = self.photos.missing()
        if missing:
            files = ", ".join(self.controller.doc.photo(m).file for m in missing)
            self.status.setText(self.tr("Missing photos: {files} — relink them in the Photos panel").format(files=files))

    def offer_recovery(self) -> None:
        found = recovery.find(self.controller.path)
        if found is None or found.document == self.controller.doc:
            return
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(found.saved_at))
        if self.ask(self.tr("Recover unsaved changes?"),
                    self.tr("layout_app found changes to this document that were not saved ({when}). Open them?").format(when=when)):
            self.controller.apply(found.document, self.tr("Recovered changes"), structural=True, restore=True)
        else:
            recovery.clear(self.controller.path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open document"), "", self.tr("Documents (*.yaml)"))
        if path:
            self.open_path(Path(path))

    def save(self) -> bool:
        if self.controller.path is None or self.is_demo:
            return self.save_as()
        return self._save_to(self.controller.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save document"), "", self.tr("Documents (*.yaml)"))
        return self._save_to(Path(path)) if path else False

    def _save_to(self, path: Path) -> bool:
        old = self.controller.path
        try:
            self.controller.save(path)
        except (InputError, OSError) as exc:
            self.notify(self.tr("Cannot save"), said(exc))
            return False
        recovery.clear(old)
        recovery.clear(path)
        self.is_demo = False
        self._remember(path)
        self.status.setText(self.tr("Saved {path}").format(path=path))
        return True

    def _edited(self) -> None:
        """Debounced autosave: 2 s after edits pause, but while they go on no later than 3 × that."""
        now = time.monotonic()
        if not self.edit_timer.isActive():
            self._edits_since = now
        elif (now - self._edits_since) * 1000 >= self.edit_autosave_ms * (EDIT_AUTOSAVE_WAIT - 1):
            return                                      # let the running timer fire: typing must not postpone it
        self.edit_timer.start(self.edit_autosave_ms)

    def autosave(self) -> None:
        self.edit_timer.stop()
        if self.controller.dirty:
            try:
                recovery.write(self.controller.doc, self.controller.path)
            except (OSError, InputError) as exc:
                self.status.setText(self.tr("Autosave failed: {error}").format(error=said(exc)))

    def _ask_save_dialog(self) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to this document before closing it?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def maybe_save(self) -> bool:
        if not self.controller.dirty:
            return True
        answer = self.ask_save()
        if answer == "save":
            return self.save()
        if answer == "discard":
            recovery.clear(self.controller.path)
            return True
        return False

    def notify(self, title: str, text: str) -> None:
        """A message that does not stop the editor: the status bar, and a non-modal box."""
        self.status.setText(text.replace("\n", self.tr("; ")))    # the Chinese joins with a full-width ；
        if self.isVisible() and not getattr(self, "quiet", False):
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
            box.setModal(False)
            box.open()

    def closeEvent(self, event) -> None:
        if self.maybe_save():
            event.accept()
            if self.worker is not None:
                self.worker.wait()                      # an export under way ends its PDF (never half a file)
            self.canvas.painter.images.stop()          # the photos not yet begun for the screen are dropped
            self.closed.emit()                          # a store-linked window checks in and stops listening
        else:
            event.ignore()

    def _settings(self) -> QSettings:
        return QSettings("layout_app", "layout_app")

    def _remember(self, path: Path) -> None:
        s = self._settings()
        recent = [p for p in (s.value("recent") or []) if p != str(path.resolve())]
        s.setValue("recent", [str(path.resolve())] + recent[: MAX_RECENT - 1])
        self._recent()

    def _recent(self) -> None:
        self.recent_menu.clear()
        for p in self._settings().value("recent") or []:
            action = self.recent_menu.addAction(p)
            action.triggered.connect(lambda _=False, p=p: self.open_path(Path(p)))

    # --- print ------------------------------------------------------------------------------------
    def run_preflight(self):
        from layout_app.preflight.checks import preflight   # the photo checks load after the first paint

        report = preflight(self.controller.doc, self.controller.doc_dir)
        self.preflight_panel.show_report(report)
        return report

    def export_dialog(self) -> None:
        default = (self.controller.path.with_suffix(".pdf") if self.controller.path else Path("page.pdf"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF/X-4"), str(default), self.tr("PDF (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, force: bool = False) -> ExportWorker | None:
        report = self.run_preflight()
        if report.errors and not force:
            if not self.ask(self.tr("Preflight found errors"),
                            self.tr("{n} error(s) would reach the press (see the Preflight panel). Export anyway?").format(n=len(report.errors))):
                return None
            force = True
        self.progress.setRange(0, 0)
        self.progress.show()
        # the PDF writer (pikepdf, reportlab): loaded at the first export, not at start-up
        from layout_app.render.pdf.export import ExportOptions
        self.worker = ExportWorker(self.controller.doc, self.controller.doc_dir, path, ExportOptions(force=force), self)
        self.worker.progress.connect(self._progress)
        self.worker.finishedOk.connect(self._exported)
        self.worker.failed.connect(self._export_failed)
        self.worker.start()
        return self.worker

    def _progress(self, what: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        stage = {"preflight": self.tr("Preflight"), "photos": self.tr("Photos"), "pages": self.tr("Pages")}.get(what, what)
        self.progress.setFormat(f"{stage} %v/%m")

    def _exported(self, path: str, summary: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Exported {path}: {summary}").format(path=path, summary=summary))

    def _export_failed(self, message: str) -> None:
        self.progress.hide()
        self.notify(self.tr("Export failed"), message)
