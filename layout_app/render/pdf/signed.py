"""Signed pages out of the shared store to the plant: the store's document written once to a private
temporary folder (photo paths made absolute, so nothing is written beside the photos), then the
edition export (one PDF/X-4 per page, in parallel, named by the printer's pattern) on those pages."""
from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Callable

from layout_app.io.docfile import save_document
from layout_app.io.edition import DEFAULT_NAMING, Edition, EditionPage
from layout_app.io.schema import iso_date
from layout_app.model.document import Document
from layout_app.render.pdf.edition import PageResult, export_edition


def file_date(edition: str, doc: Document) -> str:
    """The date the printer's file names carry: the store's edition's name where it is a date
    (2026-12-02: editions are named by their date), else the document's; else the edition's name as
    it is, made safe for a file name — never nothing (review 30: a page went to the plant as `_01.pdf`)."""
    for candidate in (edition, doc.date):
        try:
            return iso_date(candidate)
        except ValueError:
            continue
    return re.sub(r"[/\\\x00-\x1f\x7f]+", "-", edition.strip())


def export_pages(doc: Document, photos_dir: Path, page_ids: list[str], out_dir: Path, date: str = "",
                 force: bool = False, workers: int | None = None,
                 progress: Callable[[str, int, int], None] | None = None, edition: str = "") -> list[PageResult]:
    photos_dir = Path(photos_dir).resolve()
    date = date or file_date(edition, doc)
    doc = replace(doc, photos=tuple(replace(p, file=str(photos_dir / p.file)) for p in doc.photos))
    work = Path(tempfile.mkdtemp(prefix="layout_app_signed_"))
    try:
        doc_file = work / "edition-document.yaml"
        save_document(doc, doc_file)
        pages = tuple(EditionPage(p.number, p.section, doc_file, p.id) for p in doc.pages if p.id in page_ids)
        plan = Edition(work / "edition.yaml", doc.paper, date, DEFAULT_NAMING, pages)
        return export_edition(plan, out_dir, force, workers, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)
