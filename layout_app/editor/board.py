"""The edition board: the edition's pages in the shared store, one row each — thumbnail, status
(排版中 → 待审 → 已签发 → 已发排), who holds the page, its version and last author, overset and
preflight state — kept live by a watcher; the chief editor submits, signs and reopens from it and
print staff export the signed pages (then marked 已发排)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from layout_app.editor.findings_panel import translate
from layout_app.editor.messages import said, translate as intake_words
from layout_app.errors import InputError, render
from layout_app.layout.compose import Composer
from layout_app.preflight.checks import preflight
from layout_app.preflight.wording import photo_name, story_name
from layout_app.render.qt.raster import render_image
from layout_app.store.base import Store
from layout_app.store.records import join
from layout_app.store.rights import SIGNED, STATUS_LABELS, Refused

THUMB_DPI = 9.0            # a 对开 page → about 100 px high
COLUMNS = (QT_TRANSLATE_NOOP("EditionBoard", "Page"), QT_TRANSLATE_NOOP("EditionBoard", "Section"),
           QT_TRANSLATE_NOOP("EditionBoard", "Status"), QT_TRANSLATE_NOOP("EditionBoard", "Held by"),
           QT_TRANSLATE_NOOP("EditionBoard", "Version"), QT_TRANSLATE_NOOP("EditionBoard", "Overset"),
           QT_TRANSLATE_NOOP("EditionBoard", "Preflight"))
ROLES = {"editor": QT_TRANSLATE_NOOP("EditionBoard", "page editor"),
         "reporter": QT_TRANSLATE_NOOP("EditionBoard", "reporter"),
         "chief": QT_TRANSLATE_NOOP("EditionBoard", "chief editor"),
         "print": QT_TRANSLATE_NOOP("EditionBoard", "print staff")}
HELD = {"story": QT_TRANSLATE_NOOP("EditionBoard", "story {name} ({holder})"),
        "photo": QT_TRANSLATE_NOOP("EditionBoard", "photo {name} ({holder})")}


class EditionBoard(QWidget):
    remoteChange = Signal()           # emitted on the watcher's thread; Qt queues it to ours

    def __init__(self, store: Store, edition: str, photos_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.edition, self.photos_dir = store, edition, Path(photos_dir)
        self.setWindowTitle(self.tr("Edition board — {edition}").format(edition=edition))
        self._cache: dict[tuple, tuple] = {}      # page and its records' versions → (thumbnail, overset, findings)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setIconSize(QSize(72, 100))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setColumnWidth(0, 140)
        self.held = QLabel(self)              # stories and photos checked out, with their holders
        self.message = QLabel(self)
        self.buttons = {}
        row = QHBoxLayout()
        for key, text in (("open", self.tr("Open")), ("submit", self.tr("Submit for review")), ("sign", self.tr("Sign off (签发)")),
                          ("reopen", self.tr("Reopen")), ("release", self.tr("Release check-out…")),
                          ("export", self.tr("Export signed pages…"))):
            b = QPushButton(text, self)
            b.clicked.connect(lambda _=False, k=key: self._act(k))
            self.buttons[key] = b
            row.addWidget(b)
        layout = QVBoxLayout(self)
        role = self.tr(ROLES[store.role]) if store.role in ROLES else store.role
        layout.addWidget(QLabel(self.tr("{user} ({role})").format(user=store.user, role=role), self))
        layout.addWidget(self.table)
        layout.addWidget(self.held)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.buttons["sign"].setEnabled(store.role == "chief")
        self.buttons["reopen"].setEnabled(store.role == "chief")
        self.buttons["submit"].setEnabled(store.role in ("editor", "chief"))
        self.buttons["export"].setEnabled(store.role in ("print", "chief"))
        self.buttons["release"].setEnabled(store.role in ("editor", "chief"))
        self.confirm = self._ask           # a test answers for the person
        self.confirm_sign = self._ask_sign
        self.windows: list = []            # editor windows opened from the board
        self.live = False                  # windows opened from here send each edit as the desk pauses
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_page(self.keys[row]))
        self.remoteChange.connect(self._remote)
        self.watcher = store.watch(edition, lambda change: self.remoteChange.emit())
        self.refresh()

    def _remote(self) -> None:
        # a change queued from the watcher's thread may arrive after the board closed (and its store
        # with it): then there is nothing to show it on
        if not self.watcher.stopping.is_set():
            self.refresh()

    # --- the rows ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        snap = self.store.snapshot(self.edition)
        pages = self.store.pages(self.edition)
        doc = join({k: r.data for k, r in snap.items()}, f"{self.store.where} edition {self.edition}") if pages else None
        self.keys = [p.key for p in pages]
        self.table.setRowCount(len(pages))
        for row, p in enumerate(pages):
            thumb, overset, found = self._page_state(doc, p, snap)
            cells = (f"{p.data.get('number', '')} {p.key}", p.data.get("section", ""), STATUS_LABELS.get(p.status, p.status),
                     p.holder or "", self.tr("v{version} {user}").format(version=p.version, user=p.updated_by),
                     self.tr("{n} lines").format(n=overset) if overset else "", found)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setIcon(QIcon(thumb))
                self.table.setItem(row, col, item)
            self.table.setRowHeight(row, 104)
        held = [self._held(doc, r) for r in snap.values() if r.holder and r.kind != "page"]
        self.held.setText(self.tr("Checked out: {items}").format(items=self.tr(", ").join(sorted(held))) if held else "")

    def _held(self, doc, record) -> str:
        """A story by its headline, a photo by its file name (not their ids), and who holds it."""
        if doc is None or record.kind not in HELD:
            return f"{record.kind} {record.key} ({record.holder})"
        name = story_name(doc, record.key) if record.kind == "story" else photo_name(doc, record.key)
        name = name if isinstance(name, str) else name.render(translate)
        return self.tr(HELD[record.kind]).format(name=name, holder=record.holder)

    def _page_state(self, doc, p, snap) -> tuple:
        """Thumbnail, overset lines and preflight summary of one page, recomputed only when the page
        or a story or photo on it has a new version."""
        refs = sorted({(k, f[k]) for f in p.data.get("frames", []) for k in ("story", "photo") if k in f})
        key = (p.key, p.version, tuple((kind, ref, snap[(kind, ref)].version) for kind, ref in refs if (kind, ref) in snap))
        hit = self._cache.get(key)
        if hit is None:
            page = doc.page(p.key)
            one = replace(doc, pages=(page,), spreads=())
            display = Composer(one, self.photos_dir).compose(page)
            overset = sum(r.overset_lines for r in display.reports)
            report = preflight(one, self.photos_dir, [display], files=False, whole=False)
            found = (self.tr("{e} errors, {w} warnings").format(e=len(report.errors), w=len(report.warnings))
                     if report.errors or report.warnings else self.tr("clean"))
            hit = self._cache[key] = (QPixmap.fromImage(render_image(display, THUMB_DPI)), overset, found)
        return hit

    # --- actions ----------------------------------------------------------------------------------
    def selected_page(self) -> str | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.keys[min(rows)] if rows else None

    def _act(self, action: str) -> None:
        try:
            if action == "export":
                self.export_signed()
                return
            page = self.selected_page()
            if page is None:
                self.message.setText(self.tr("Select a page first"))
                return
            if action == "open":
                self.open_page(page)
                return
            if action == "release":
                self.release(page)
                return
            status = {"submit": "review", "sign": "signed", "reopen": "draft"}[action]
            note = ""
            if action == "sign":
                signs, note = self._signs_despite(page)
                if not signs:
                    return
            self.store.set_status(self.edition, page, status, note=note)
            self.message.setText(self.tr("Page {page}: {status}").format(page=page, status=STATUS_LABELS[status]))
        except (Refused, InputError) as exc:
            self.message.setText(said(exc))
            return
        self.refresh()

    def open_page(self, page: str):
        """The page in an editor window working through the store, as the board's user."""
        from layout_app.editor.newsroom import open_window
        number = next((p.data.get("number") for p in self.store.pages(self.edition) if p.key == page), None)
        try:
            window = open_window(self.store, self.edition, number, self.photos_dir, self.live)
        except InputError as exc:
            self.message.setText(said(exc))
            return None
        # a closed page window is deleted with its document, caches and photos (about 120 MB): kept, each
        # page opened and closed during the night would stay in memory until the board closed
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self.windows.remove(w) if w in self.windows else None)
        window.show()
        return window

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Release check-out"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_sign(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Sign off"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _signs_despite(self, page: str) -> tuple[bool, str]:
        """The chief editor sees the page's open findings before signing it and says yes to them (the
        command line's --despite-findings); a page with none signs at once. Also the note the signing
        leaves in the page's history: which findings were signed over."""
        from layout_app.preflight.signoff import open_findings, signed_over
        found = open_findings(self.store.export_document(self.edition), page, self.photos_dir)
        if not found:
            return True, ""
        listed = "\n".join(f"• {f.line(translate)}" for f in found[:12])
        if len(found) > 12:
            listed += "\n" + self.tr("… and {n} more").format(n=len(found) - 12)
        if self.confirm_sign(self.tr("Page {page} has {n} open finding(s):\n{findings}\n\nSign it off all the "
                                     "same?").format(page=page, n=len(found), findings=listed)):
            return True, signed_over(found, translate)
        self.message.setText(self.tr("Page {page} not signed: {n} finding(s) open").format(page=page, n=len(found)))
        return False, ""

    def release(self, page: str) -> None:
        """An editor releases a colleague's check-out of the page, after saying so."""
        held = self.store.get(self.edition, "page", page)
        if held is None or not held.holder:
            self.message.setText(self.tr("Page {page} is not checked out").format(page=page))
            return
        if held.holder != self.store.user and not self.confirm(
                self.tr("{holder} has page {page} checked out. Release it? Their unsaved work stays on their "
                        "desk but they can no longer save over others.").format(holder=held.holder, page=page)):
            return
        self.store.check_in(self.edition, "page", page, force=True)
        self.message.setText(self.tr("Page {page} released").format(page=page))
        self.refresh()

    def export_signed(self, out_dir: Path | None = None) -> list[Path]:
        """Each signed page as PDF/X-4 into `out_dir` (asked for when None) by the edition export, in
        parallel; the pages exported are marked 已发排."""
        from layout_app.render.pdf.signed import export_pages
        if out_dir is None:
            from PySide6.QtWidgets import QFileDialog
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export signed pages into"))
            if not chosen:
                return []
            out_dir = Path(chosen)
        signed = {p.data.get("number"): p for p in self.store.pages(self.edition) if p.status in SIGNED}
        try:
            results = export_pages(self.store.export_document(self.edition), self.photos_dir,
                                   [p.key for p in signed.values()], out_dir, edition=self.edition)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), said(exc))
            return []
        written = []
        for r in results:
            page = signed.get(r.page)
            if r.status in ("ok", "warnings") and page is not None:
                written.append(Path(r.file))
                if page.status == "signed":
                    self.store.set_status(self.edition, page.key, "sent")
        text = self.tr("{n} signed page(s) exported").format(n=len(written))
        refused = [str(r.page) for r in results if r.status == "refused"]
        if refused:                 # preflight refused them: they stay signed, not sent
            text += self.tr("; not exported, preflight found errors: page(s) {pages}").format(pages=", ".join(refused))
        for r in results:           # a page that could not be written (a font, a folder): why, for each one
            if r.status == "failed":
                why = render(r.errors[0], intake_words) if r.errors else ""
                text += self.tr("; page {page} not exported: {why}").format(page=r.page, why=why)
        self.message.setText(text)
        self.refresh()
        return written

    def closeEvent(self, event) -> None:
        for window in self.windows:
            window.close()
        self.watcher.stop()
        super().closeEvent(event)


def run_board(argv: list[str]) -> int:
    """`layout-app board EDITION [--store …] [--user …] [--photos DIR]`: the board as its own window."""
    import argparse
    import sys

    from PySide6.QtWidgets import QApplication

    from layout_app.editor.app import install_error_hook, install_translator, install_ui_font
    from layout_app.store import open_store

    p = argparse.ArgumentParser(prog="layout-app board", description="the edition board of the shared store")
    p.add_argument("edition")
    p.add_argument("--store", help="postgresql://… or a store file (default: $LAYOUT_APP_STORE, else the local store)")
    p.add_argument("--user", help="who you are (default: your login name)")
    p.add_argument("--photos", default=".", help="the folder photo paths are relative to (default: here)")
    p.add_argument("--lang", help="zh_CN or en (default: the system's)")
    p.add_argument("--screenshot", help="write a picture of the board to this PNG and quit")
    p.add_argument("--live", action="store_true", help="pages opened from the board send each edit as you pause")
    args = p.parse_args(argv)
    store = open_store(args.store, args.user)          # StoreError: one line from run_guarded
    store.snapshot(args.edition)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    install_ui_font(app)
    install_error_hook(app)
    board = EditionBoard(store, args.edition, Path(args.photos))
    board.live = args.live
    board.resize(900, 600)
    board.show()
    if args.screenshot:
        app.processEvents()
        ok = board.grab().save(args.screenshot)
        board.close()
        if not ok:
            raise InputError(f"{args.screenshot}: cannot write the picture")
        return 0
    code = app.exec()
    board.watcher.stop()
    return code
