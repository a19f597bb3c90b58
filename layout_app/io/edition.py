"""Edition files: the pages of one issue of the paper — page numbers, sections, document files —
and the printer's file-naming pattern."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Formatter

from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice
from layout_app.io.located import load_located
from layout_app.io.outputs import name_problem
from layout_app.io.schema import Reader, integer, text

EDITION_FIELDS = ("edition", "paper", "date", "naming", "pages")
ENTRY_FIELDS = ("page", "section", "file", "doc_page")
DEFAULT_NAMING = "{date}_{section}{page:02}.pdf"
NAMING_FIELDS = ("date", "section", "page", "paper")
_WIDTH = re.compile(r"[<>^]?0?[1-4]?d?")          # {page:02}, {page:>3}, {section:<4}: a width up to 4
_NOT_IN_NAMES = re.compile(r"[/\\\x00-\x1f\x7f]")    # separators and control characters

# what is wrong with an edition file (the editor translates them: errors.Notice, scripts/zh/files.py)
NOT_A_PATTERN = QT_TRANSLATE_NOOP("Intake", "{naming} is not a pattern: {reason}")
NOT_A_FIELD = QT_TRANSLATE_NOOP("Intake", "{{{name}}} is not one of {{date}}, {{section}}, {{page}}, {{paper}} "
                                          "(no attributes or indexes)")
CONVERSION = QT_TRANSLATE_NOOP("Intake", "{{{name}!{conversion}}}: conversions are not allowed")
WIDTH = QT_TRANSLATE_NOOP("Intake", "{{{name}:{spec}}}: only a width of at most 4 may follow the colon, as in {{page:02}}")
CANNOT_FILL = QT_TRANSLATE_NOOP("Intake", "{path}: naming pattern {naming} cannot be filled: {reason}; "
                                          "use {{date}}, {{section}}, {{page:02}} and {{paper}}")
NO_EDITION = QT_TRANSLATE_NOOP("Intake", "{path}: no such edition file")
VERSION = QT_TRANSLATE_NOOP("Intake", "this layout_app reads edition files of version 1, the file says {value}")
NO_PAGES = QT_TRANSLATE_NOOP("Intake", "expected a list of pages")
LISTED_TWICE = QT_TRANSLATE_NOOP("Intake", "page {number} is listed twice (also at line {line})")
NO_SUCH_DOCUMENT = QT_TRANSLATE_NOOP("Intake", "no such document: {path}")
NOT_IN_NAMES = QT_TRANSLATE_NOOP("Intake", "may not contain '/', '\\' or control characters: it becomes part of file names")
FILL_PAGE = QT_TRANSLATE_NOOP("Intake", "cannot be filled for page {page}: {reason}")
NAME_OF_PAGE = QT_TRANSLATE_NOOP("Intake", "page {page}: {problem}")
SAME_NAME = QT_TRANSLATE_NOOP("Intake", "pages {first} and {second} would both be written to {name}; put {{page}} in the pattern")


def naming_problem(naming: str) -> str | None:
    """What is wrong with a naming pattern, or None. Only the four fields, by plain name (no attribute
    or index: `{paper.__class__}` reaches into Python), with at most a width of 4 after the colon."""
    try:
        parts = list(Formatter().parse(naming))
    except ValueError as exc:
        return Notice(NOT_A_PATTERN, naming=repr(naming), reason=exc)
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in NAMING_FIELDS:
            return Notice(NOT_A_FIELD, name=name)
        if conversion:
            return Notice(CONVERSION, name=name, conversion=conversion)
        if not _WIDTH.fullmatch(spec):
            return Notice(WIDTH, name=name, spec=spec)
    return None


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

    def fill(self, page: EditionPage) -> str:
        """The pattern filled for one page; ValueError when a width does not suit the field."""
        name = self.naming.format(date=self.date.replace("-", ""), section=page.section, page=page.number,
                                  paper=self.paper)
        return name if name.lower().endswith(".pdf") else name + ".pdf"

    def file_name(self, page: EditionPage) -> str:
        try:
            return self.fill(page)
        except (KeyError, ValueError, IndexError, AttributeError) as exc:
            raise InputError(Notice(CANNOT_FILL, path=self.path, naming=repr(self.naming), reason=exc)) from None


def load_edition(path: str | Path) -> Edition:
    path = Path(path)
    try:
        loc = load_located(path.read_text(encoding="utf-8-sig"), str(path))
    except FileNotFoundError:
        raise InputError(Notice(NO_EDITION, path=path)) from None
    r = Reader(loc)
    m = r.mapping(loc.value, (), EDITION_FIELDS)
    r.raise_if_any()
    if m.get("edition") != 1:
        r.problem(("edition",), Notice(VERSION, value=repr(m.get("edition"))))
    pages = []
    numbers: dict[int, tuple] = {}        # page number → its place in the file
    entries = m.get("pages") or []
    if not isinstance(entries, list) or not entries:
        r.problem(("pages",), Notice(NO_PAGES))
        entries = []
    for i, e in enumerate(entries):
        p = ("pages", i)
        s = r.mapping(e, p, ENTRY_FIELDS)
        if s is None:
            continue
        number = r.field(s, p, "page", integer(1))
        file = r.field(s, p, "file", text)
        if number in numbers:
            r.problem(p + ("page",), Notice(LISTED_TWICE, number=number, line=loc.line(numbers[number])))
        numbers[number] = p + ("page",)
        doc_file = (path.parent / file).resolve() if file else None
        if doc_file is not None and not doc_file.exists():
            r.problem(p + ("file",), Notice(NO_SUCH_DOCUMENT, path=doc_file))
        if number is not None and doc_file is not None:
            pages.append(EditionPage(number, r.field(s, p, "section", text, ""), doc_file,
                                     r.field(s, p, "doc_page", text, None)))
    edition = Edition(path, r.field(m, (), "paper", text, ""), str(r.field(m, (), "date", text, "")),
                      r.field(m, (), "naming", text, DEFAULT_NAMING), tuple(sorted(pages, key=lambda e: e.number)))
    r.raise_if_any()
    _check_names(r, edition, numbers)
    return edition


def _check_names(r: Reader, edition: Edition, numbers: dict[int, tuple]) -> None:
    """Every page gets its own file name, inside the output folder: checked here, before any export."""
    problem = naming_problem(edition.naming)
    if problem:
        r.problem(("naming",), problem)
        r.raise_if_any()
    for key in ("paper", "date"):
        if _NOT_IN_NAMES.search(getattr(edition, key)):
            r.problem((key,), Notice(NOT_IN_NAMES))
    for page in edition.pages:
        if _NOT_IN_NAMES.search(page.section):
            r.problem(numbers[page.number][:-1] + ("section",), Notice(NOT_IN_NAMES))
    r.raise_if_any()
    taken: dict[str, int] = {}
    for page in edition.pages:
        try:
            name = edition.fill(page)
        except ValueError as exc:
            r.problem(("naming",), Notice(FILL_PAGE, page=page.number, reason=exc))
            break
        problem = name_problem(name)
        if problem:
            r.problem(("naming",), Notice(NAME_OF_PAGE, page=page.number, problem=problem))
            break                            # the pattern's fault: once is enough
        if name.casefold() in taken:
            r.problem(("naming",), Notice(SAME_NAME, first=taken[name.casefold()], second=page.number, name=repr(name)))
        else:
            taken[name.casefold()] = page.number
    r.raise_if_any()
