"""Export a whole edition: one PDF/X-4 per page, named by the printer's pattern, preflighted,
in parallel on all cores, with one progress display and a summary report."""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice
from layout_app.io.docfile import load_document
from layout_app.io.edition import Edition, EditionPage
from layout_app.io.outputs import inside, output_folder, refuse_inputs
from layout_app.io.schema import iso_date
from layout_app.model.document import Document
# imported here, not in the worker: forked workers start with it loaded
from layout_app.render.pdf.export import ExportOptions, ExportRefused, export_pdf

# the editor's board exports through here (translated: errors.Notice, scripts/zh/files.py)
NO_PAGE = QT_TRANSLATE_NOOP("Intake", "{file}: no page {page}")
PDFS = QT_TRANSLATE_NOOP("Intake", "edition's PDFs")
NAME_OF_PAGE = QT_TRANSLATE_NOOP("Intake", "{path}: naming: page {page}")


@dataclass
class PageResult:
    page: int
    section: str
    status: str                 # "ok", "warnings", "refused", "failed"
    file: str = ""
    size: int = 0
    seconds: float = 0.0
    warnings: list[str] | None = None
    errors: list[str] | None = None

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def numbered(doc: Document, doc_file: Path, edition: Edition) -> Document:
    """The document with its pages numbered as the edition numbers them: jump lines follow."""
    by_id = {}
    for entry in edition.pages:
        if entry.file == doc_file:
            page_id = entry.doc_page or doc.pages[0].id
            by_id[page_id] = entry
    pages = tuple(replace(p, number=by_id[p.id].number, section=by_id[p.id].section or p.section)
                  if p.id in by_id else p for p in doc.pages)
    # a running head's {paper} and {date} follow the edition (its date when it is one: YYYY-MM-DD)
    try:
        date = iso_date(edition.date) if edition.date else doc.date
    except ValueError:
        date = doc.date
    return replace(doc, pages=pages, paper=edition.paper or doc.paper, date=date)


_LOADED: dict[tuple, Document] = {}


def _load(path: Path) -> Document:
    """A document file read once per process while it is unchanged: an edition often sets many
    pages from one file, and reading the YAML cost more than exporting the page."""
    try:
        st = path.stat()
    except OSError:
        return load_document(path)          # which says what is wrong with it, as a user's error
    key = (str(path), st.st_size, st.st_mtime_ns)
    doc = _LOADED.get(key)
    if doc is None:
        if len(_LOADED) >= 64:
            _LOADED.clear()
        doc = _LOADED[key] = load_document(path)
    return doc


def _export_one(edition: Edition, entry: EditionPage, out: Path, force: bool) -> dict:
    """One page, in a worker process. Returns a PageResult as a dict (picklable)."""
    t = time.perf_counter()
    result = PageResult(entry.number, entry.section, "failed")
    try:
        doc = numbered(_load(entry.file), entry.file, edition)
        page_id = entry.doc_page or doc.pages[0].id
        if page_id not in {p.id for p in doc.pages}:
            raise InputError(Notice(NO_PAGE, file=entry.file, page=repr(page_id)))
        # the page being exported carries this entry's number and section, whatever else shares the file
        doc = replace(doc, pages=tuple(replace(p, number=entry.number, section=entry.section or p.section)
                                       if p.id == page_id else p for p in doc.pages))
        exported = export_pdf(doc, entry.file.parent, out, ExportOptions(force=force, pages=(page_id,)),
                              inputs=(entry.file, edition.path))
        result.file = str(out)
        result.size = out.stat().st_size
        result.warnings = [str(f) for f in exported.preflight.warnings]
        result.errors = [str(f) for f in exported.preflight.errors] or None
        result.status = "warnings" if result.warnings or result.errors else "ok"
    except ExportRefused as exc:
        result.status = "refused"
        result.errors = [str(f) for f in exc.report.errors]
        result.warnings = [str(f) for f in exc.report.warnings]
    except InputError as exc:
        # a Notice stays one (it pickles by template): the editor's board says it in its language
        result.errors = [exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Notice) else str(exc)]
    except Exception as exc:                     # one bad page must not stop the edition
        result.errors = [f"{type(exc).__name__}: {exc}"]
    result.seconds = time.perf_counter() - t
    return result.to_json()


def export_edition(edition: Edition, out_dir: str | Path, force: bool = False, workers: int | None = None,
                   progress: Callable[[str, int, int], None] | None = None) -> list[PageResult]:
    out_dir = output_folder(out_dir, Notice(PDFS))
    targets = output_paths(edition, out_dir)
    say = progress or (lambda what, done, total: None)
    total = len(edition.pages)
    workers = max(1, min(workers or os.cpu_count() or 1, total))
    results: list[PageResult] = []
    say("pages", 0, total)
    if workers == 1:
        for k, entry in enumerate(edition.pages, 1):
            results.append(PageResult(**_export_one(edition, entry, targets[entry.number], force)))
            say("pages", k, total)
    else:
        # each file read here first: forked workers start with it (elsewhere it costs nothing)
        for path in {entry.file for entry in edition.pages}:
            try:
                _load(path)
            except InputError:
                pass                               # the page that needs it reports it
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_export_one, edition, entry, targets[entry.number], force) for entry in edition.pages]
            try:
                for k, future in enumerate(as_completed(futures), 1):
                    results.append(PageResult(**future.result()))
                    say("pages", k, total)
            except BaseException:                  # interrupted: do not start the pages still waiting
                pool.shutdown(cancel_futures=True)
                raise
    return sorted(results, key=lambda r: r.page)


def output_paths(edition: Edition, out_dir: Path) -> dict[int, Path]:
    """Each page's file, inside `out_dir` (load_edition checked the names; this also checks where they
    lead once symbolic links are followed) and over none of the edition's own files."""
    inputs = [edition.path, *{entry.file for entry in edition.pages}]
    targets = {}
    for entry in edition.pages:
        target = inside(out_dir, edition.file_name(entry), Notice(NAME_OF_PAGE, path=edition.path, page=entry.number))
        refuse_inputs(target, inputs, f"{edition.path}: naming: page {entry.number}:")
        targets[entry.number] = target
    return targets


def summary(results: list[PageResult]) -> str:
    lines = [f"{'版':>3} {'section':<8} {'status':<9} {'warn':>4} {'size':>8} {'time':>6}  file"]
    for r in results:
        size = f"{r.size / 1e6:.2f}MB" if r.size else "-"
        lines.append(f"{r.page:>3} {r.section:<8} {r.status:<9} {len(r.warnings or []):>4} {size:>8} {r.seconds:>5.1f}s  "
                     f"{Path(r.file).name if r.file else ''}")
        for e in (r.errors or [])[:5]:
            lines.append(f"      error: {e}")
    ok = sum(1 for r in results if r.status in ("ok", "warnings"))
    lines.append(f"{ok} of {len(results)} pages exported")
    return "\n".join(lines)
