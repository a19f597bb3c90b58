"""Copy read straight out of a printed page's PDF (pypdfium2): the text in pdfium's reading order.

pdftotext's default mode joins neighbouring columns on one line when the gutter is the usual one
character (see pdfcolumns), which no reading of its text fully undoes; pdfium keeps each column's
lines apart. Reading the PDF here spares the user that choice: the lines then go through the same
pre-pass (unpdf) as pasted copy from a PDF."""
from __future__ import annotations

from pathlib import Path

from layout_app.errors import InputError
from layout_app.intake.notices import (
    NOT_PDF, PDF_NO_TEXT, PDF_PAGES, PDF_PASSWORD, PDF_TOO_LARGE, Notice,
)

PDF_MAX = 200_000_000      # bytes: a page with its photos at print resolution is some 5–50 MB
PAGES_MAX = 64             # a whole edition's pages at most; more is not copy for a page


def read_pdf_lines(path: Path) -> list[str]:
    """The PDF's text lines, page after page (a blank line between pages)."""
    import pypdfium2 as pdfium           # only when a PDF comes in

    if path.stat().st_size > PDF_MAX:
        raise InputError(Notice(PDF_TOO_LARGE, path=path, mb=PDF_MAX // 1_000_000))
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(Notice(PDF_PASSWORD, path=path)) from None
        raise InputError(Notice(NOT_PDF, path=path, reason=str(exc))) from None
    try:
        n = len(document)
        if n > PAGES_MAX:
            raise InputError(Notice(PDF_PAGES, path=path, n=n, most=PAGES_MAX))
        lines: list[str] = []
        for k in range(n):
            page = document[k]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            if lines and text.strip():
                lines.append("")
            lines.extend(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    finally:
        document.close()
    if not any(line.strip() for line in lines):
        raise InputError(Notice(PDF_NO_TEXT, path=path))
    return lines
