"""Export on a worker thread, so the window stays responsive; progress comes back as signals."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal

from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.model.document import Document

if TYPE_CHECKING:                       # the PDF writer (pikepdf, reportlab) loads at the first export
    from layout_app.render.pdf.export import ExportOptions


class ExportWorker(QThread):
    progress = Signal(str, int, int)        # what, done, total
    finishedOk = Signal(str, str)           # path, summary
    failed = Signal(str)                    # message

    def __init__(self, doc: Document, doc_dir: Path, out: Path, options: ExportOptions, parent=None):
        super().__init__(parent)
        # loaded here, on the window's thread, at the first export: not at start-up
        from layout_app.render.pdf.export import export_pdf
        self.doc, self.doc_dir, self.out, self.options = doc, doc_dir, out, options
        self._export = export_pdf

    def run(self) -> None:
        try:
            result = self._export(self.doc, self.doc_dir, self.out, self.options,
                                lambda what, done, total: self.progress.emit(what, done, total))
        except InputError as exc:
            self.failed.emit(said(exc))
            return
        except Exception as exc:                         # a bug of ours: never a traceback in the user's face
            from layout_app.crashlog import write_crash_log
            try:
                log = write_crash_log(exc)
            except OSError:                              # no folder to log in: the message still goes out
                log = "-"
            # the error's own English is for the log; the Chinese leaves it out and names the log
            self.failed.emit(QCoreApplication.translate(
                "ExportWorker", "export failed inside layout_app ({error}); nothing was written. Details: {log}").format(
                error=f"{type(exc).__name__}: {exc}", log=log))
            return
        size = result.path.stat().st_size / 1e6
        summary = QCoreApplication.translate("ExportWorker", "{pages} page(s), {photos} photo(s), {size} MB")
        self.finishedOk.emit(str(result.path), summary.format(pages=result.pages, photos=result.images, size=f"{size:.1f}"))
