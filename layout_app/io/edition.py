"""Edition files: the pages of one issue of the paper — page numbers, sections, document files —
and the printer's file-naming pattern."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from layout_app.errors import InputError
from layout_app.io.located import load_located
from layout_app.io.schema import Reader, integer, text

EDITION_FIELDS = ("edition", "paper", "date", "naming", "pages")
ENTRY_FIELDS = ("page", "section", "file", "doc_page")
DEFAULT_NAMING = "{date}_{section}{page:02}.pdf"


@dataclass(frozen=True)
class EditionPage:
    number: int          # the page number in the edition (what jump lines say)
    section: str
    file: Path           # the document, absolute
    doc_page: str | None  # the page of that document; None: its first page


@dataclass(frozen=True)
class Edition:
    path: Path
    paper: str
    date: str
    naming: str
    pages: tuple[EditionPage, ...]

    def file_name(self, page: EditionPage) -> str:
        try:
            name = self.naming.format(date=self.date.replace("-", ""), section=page.section, page=page.number,
                                      paper=self.paper)
        except (KeyError, ValueError, IndexError) as exc:
            raise InputError(f"{self.path}: naming pattern {self.naming!r} cannot be filled: {exc}; "
                             "use {date}, {section}, {page:02} and {paper}") from None
        return name if name.lower().endswith(".pdf") else name + ".pdf"


def load_edition(path: str | Path) -> Edition:
    path = Path(path)
    try:
        loc = load_located(path.read_text(encoding="utf-8-sig"), str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such edition file") from None
    r = Reader(loc)
    m = r.mapping(loc.value, (), EDITION_FIELDS)
    r.raise_if_any()
    if m.get("edition") != 1:
        r.problem(("edition",), f"this layout_app reads edition files of version 1, the file says {m.get('edition')!r}")
    pages = []
    numbers: dict[int, tuple] = {}
    entries = m.get("pages") or []
    if not isinstance(entries, list) or not entries:
        r.problem(("pages",), "expected a list of pages")
        entries = []
    for i, e in enumerate(entries):
        p = ("pages", i)
        s = r.mapping(e, p, ENTRY_FIELDS)
        if s is None:
            continue
        number = r.field(s, p, "page", integer(1))
        file = r.field(s, p, "file", text)
        if number in numbers:
            r.problem(p + ("page",), f"page {number} is listed twice (also at line {loc.line(numbers[number])})")
        numbers[number] = p + ("page",)
        doc_file = (path.parent / file).resolve() if file else None
        if doc_file is not None and not doc_file.exists():
            r.problem(p + ("file",), f"no such document: {doc_file}")
        if number is not None and doc_file is not None:
            pages.append(EditionPage(number, r.field(s, p, "section", text, ""), doc_file,
                                     r.field(s, p, "doc_page", text, None)))
    edition = Edition(path, r.field(m, (), "paper", text, ""), str(r.field(m, (), "date", text, "")),
                      r.field(m, (), "naming", text, DEFAULT_NAMING), tuple(sorted(pages, key=lambda e: e.number)))
    r.raise_if_any()
    for page in edition.pages:          # check the pattern once, here, with a clear message
        edition.file_name(page)
    return edition
