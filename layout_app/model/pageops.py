"""Page operations of the pages panel as Document → Document functions: add, delete, move, apply a
master. Pages are numbered by their place in the edition (版次): after a delete or a move the pages
are numbered again from the first page's number, so left- and right-hand pages, folios and running
heads follow the new order."""
from __future__ import annotations

from dataclasses import replace

from layout_app.model.document import Document, Page


def _renumbered(doc: Document, pages: list[Page]) -> Document:
    first = min((p.number for p in doc.pages), default=1)
    pages = [p if p.number == first + k else replace(p, number=first + k) for k, p in enumerate(pages)]
    ids = {p.id for p in pages}
    spreads = tuple(s for s in doc.spreads if s[0] in ids and s[1] in ids)
    return replace(doc, pages=tuple(pages), spreads=spreads)


def new_page_id(doc: Document, number: int) -> str:
    ids = {p.id for p in doc.pages}
    pid = f"p{number}"
    while pid in ids:
        pid += "b"
    return pid


def add_page(doc: Document, at: int | None = None, master: str = "") -> tuple[Document, int]:
    """An empty page inserted at index `at` (None: at the end); the document and the page's index.
    It takes the given master, or the master of the page before it."""
    pages = list(doc.pages)
    at = len(pages) if at is None else max(0, min(at, len(pages)))
    if not master and at > 0:
        master = pages[at - 1].master
    number = max((p.number for p in pages), default=0) + 1
    pages.insert(at, Page(new_page_id(doc, number), number, master=master))
    return _renumbered(doc, pages), at


def delete_page(doc: Document, index: int) -> Document:
    """The document without page `index` and its frames, rules and boxes. Its stories and photos stay
    in the document (in their panels, to be placed again). A document keeps at least one page."""
    if len(doc.pages) <= 1:
        raise ValueError("a document keeps at least one page")
    if not 0 <= index < len(doc.pages):
        raise IndexError(f"no page at index {index}")
    pages = list(doc.pages)
    del pages[index]
    return _renumbered(doc, pages)


def move_page(doc: Document, index: int, to: int) -> Document:
    """Page `index` moved to index `to` (counted in the document as it is after the move)."""
    if not 0 <= index < len(doc.pages):
        raise IndexError(f"no page at index {index}")
    to = max(0, min(to, len(doc.pages) - 1))
    if to == index:
        return doc
    pages = list(doc.pages)
    pages.insert(to, pages.pop(index))
    return _renumbered(doc, pages)


def apply_master(doc: Document, index: int, master: str) -> Document:
    """Page `index` applying the named master ("": none)."""
    if master and doc.master(master) is None:
        raise KeyError(f"no master named {master!r}")
    pages = list(doc.pages)
    pages[index] = replace(pages[index], master=master)
    return replace(doc, pages=tuple(pages))
