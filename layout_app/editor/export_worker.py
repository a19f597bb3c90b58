"""Export on a worker thread, so the window stays responsive; progress comes back as signals."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.model.document import Document
from layout_app.render.pdf.export import ExportOptions, export_pdf


class ExportWorker(QThread):
    progress = Signal(str, int, int)        # what, done, total
    finishedOk = Signal(str, str)           # path, summary
    failed = Signal(str)                    # message

    def __init__(self, doc: Document, doc_dir: Path, out: Path, options: ExportOptions, parent=None):
        super().__init__(parent)
        self.doc, self.doc_dir, self.out, self.options = doc, doc_dir, out, options

    def run(self) -> None:
        try:
            result = export_pdf(self.doc, self.doc_dir, self.out, self.options,
                                lambda what, done, total: self.progress.emit(what, done, total))
        except InputError as exc:
            self.failed.emit(said(exc))
            return
        except Exception as exc:                         # never a traceback in the user's face
            self.failed.emit(QCoreApplication.translate("ExportWorker", "export failed: {error}").format(
                error=f"{type(exc).__name__}: {exc}"))
            return
        size = result.path.stat().st_size / 1e6
        summary = QCoreApplication.translate("ExportWorker", "{pages} page(s), {photos} photo(s), {size} MB")
        self.finishedOk.emit(str(result.path), summary.format(pages=result.pages, photos=result.images, size=f"{size:.1f}"))
