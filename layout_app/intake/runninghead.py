"""The running head (报眉) of a composed page: which master it takes, and what fills its fields — the
page's number (版次) and section (版名), the edition's date, the paper's name, and the page's editors
taken from the copy's own credit line ('本版责任编辑 赵六'), which then is not printed twice as a credit."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from layout_app.errors import Notice
from layout_app.intake.composewords import (
    FRONT_SET,
    HEAD_FROM_COPY,
    HEAD_SET,
    HEAD_TODAY,
    HEAD_UNNUMBERED,
    HEAD_UNSAID,
    MAST_UNPRINTED,
    NO_NAMEPLATE,
    STAFF_IN_HEAD,
)
from layout_app.layout.furniture import page_fields
from layout_app.model.document import Document, Page
from layout_app.model.furniture import (IDEOGRAPHIC_SPACE, MASTHEAD_FIELDS, Master, MasterText, field_names, fill_fields,
                                        weekday)

RUNNING_HEAD = "running-head"
# '本版责任编辑 赵六', '责任编辑：赵六', '本版编辑 赵六' — and 美术编辑 the same way; the names up to a wide
# space or the next label
_ROLE_WORDS = r"(?:本版)?(?:责任编辑|責任編輯|美术编辑|美術編輯|本版编辑|版式设计|校对)"
_STAFF = re.compile(rf"(?:本版)?(?P<role>责任编辑|責任編輯|美术编辑|美術編輯|本版编辑)[\s　:：]*"
                    rf"(?P<name>[^\s　:：]+(?:[ 、](?!{_ROLE_WORDS})[^\s　:：、]+)*)")
_ROLES = {"责任编辑": "editor", "責任編輯": "editor", "本版编辑": "editor", "美术编辑": "art_editor", "美術編輯": "art_editor"}


@dataclass(frozen=True)
class HeadFields:
    """What the command line said of the page (None or "": not said)."""
    number: int = 1
    section: str = ""
    date: str = ""            # ISO, YYYY-MM-DD ("": today)
    paper: str = ""           # "": the template's
    numbered: bool = False    # the page's number was said: else its 版次 is no one's guess — not printed


def master_for(masters: tuple[Master, ...], number: int, front: str = "") -> str:
    """The master a composed page takes: the front page's (报头) on page 1 where the template names one
    (`front`), else the running head (报眉) where the template has it, else none."""
    names = {m.name for m in masters}
    if number == 1 and front and front in names:
        return front
    return RUNNING_HEAD if RUNNING_HEAD in names else ""


def edition_date(date: str = "", today: datetime.date | None = None) -> str:
    """The date the running head prints: the one given, else today's."""
    return date or (today or datetime.date.today()).isoformat()


def staff_from_credits(credits: list[str], master: Master | None) -> tuple[dict[str, str], list[str]]:
    """The page's editors named in the copy's credit lines ({'editor': '赵六'}) and the credit lines left
    to print: a line naming only staff the running head prints is taken out of the credits; a staff
    part of a longer line is cut from it. With no master field for a role, nothing is taken — the line
    stays a credit, so no name is lost."""
    fields = {n for t in (master.texts if master else ()) for n in field_names(t.text)}
    staff: dict[str, str] = {}
    left: list[str] = []
    for line in credits:
        rest = line
        for m in _STAFF.finditer(line):
            role = _ROLES[m["role"]]
            if role not in fields or role in staff:
                continue
            staff[role] = m["name"].strip()
            rest = rest.replace(m.group(0), "")
        rest = rest.strip(" 　")
        if rest:
            left.append(rest if rest != line.strip(" 　") else line)
    return staff, left


def head_notes(doc: Document, page: Page, staff: dict[str, str]) -> list[Notice]:
    """What compose says of the running head: its text as it prints, and the copy's staff line in it."""
    master = doc.master(page.master) if page.master else None
    if master is None:
        return []
    values = page_fields(doc, page)
    text = "　".join(filter(None, (fill_fields(t.text, values).strip("　 ") for t in master.texts)))
    notes = [Notice(HEAD_SET, text=text) if master.name == RUNNING_HEAD else Notice(FRONT_SET, master=master.name,
                                                                                     text=text)]
    if staff:
        notes.append(Notice(STAFF_IN_HEAD, names="、".join(staff.values())))
    return notes


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def checked_date(text: str) -> str | None:
    """`text` as an ISO date, or None when it is not one (2026-12-02; 2026-02-30 is none)."""
    if not _DATE.fullmatch(text):
        return None
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return text


def unnumbered(masters: tuple[Master, ...], name: str) -> tuple[Master, ...]:
    """`masters` with the master `name`'s 版次 left out ('第{page}版　{section}' → '{section}'): a page whose
    number nobody said prints none, rather than a 第1版 that is no inside page's."""
    def without(t: MasterText) -> MasterText:
        kept = [part for part in t.text.split(IDEOGRAPHIC_SPACE) if "page" not in field_names(part)]
        return replace(t, text=IDEOGRAPHIC_SPACE.join(kept))
    return tuple(replace(m, texts=tuple(without(t) for t in m.texts)) if m.name == name else m for m in masters)


def printed_head(head: HeadFields, read: dict) -> tuple[HeadFields, list[str]]:
    """The command line's fields filled from the running head the imported copy printed (`read`:
    pdfrunninghead.PageHead.fields()) where the command line says nothing, and the fields so taken —
    a page re-composed from its PDF's text keeps its 报眉."""
    taken = []
    number, numbered = head.number, head.numbered
    if not numbered and read.get("page_number"):
        number, numbered = read["page_number"], True
        taken.append(f"第{number}版")
    elif not numbered and read.get("front_page"):
        # the copy's masthead (报头) makes it a front page: 第1版, under the template's front master
        number, numbered = 1, True
        taken.append("报头 (第1版)")
    section = head.section or read.get("section", "")
    date = head.date or read.get("date", "")
    paper = head.paper or read.get("paper", "")
    taken += [v for given, v in ((head.section, section), (head.date, date), (head.paper, paper)) if v and not given]
    return HeadFields(number, section, date, paper, numbered), taken


def assumed_notes(master: Master | None, head: HeadFields, date: str, paper: str, staff: dict[str, str],
                  taken: list[str], file: str) -> tuple[list[Notice], list[Notice]]:
    """What compose says it assumed for the running head, as (notes, warnings): the fields the page's
    master (as the template has it) prints that nobody gave (left out, never printed blank), the fields
    read off the copy's own running head — and, warned, the date taken as today's (a daily is made up
    the evening before: today's is the wrong day) and no 版次 (every page goes to press numbered)."""
    if master is None or master.name != RUNNING_HEAD:
        return [], []
    fields = {n for t in master.texts for n in field_names(t.text)}
    notes = [Notice(HEAD_FROM_COPY, file=file, fields="　".join(taken))] if taken else []
    warnings = []
    if not head.date and {"date", "date:long", "weekday"} & fields:
        warnings.append(Notice(HEAD_TODAY, date=date, weekday=weekday(date)))
    if "page" in fields and not head.numbered:
        warnings.append(Notice(HEAD_UNNUMBERED))
    unsaid = [opt for field_, opt, value in (("section", "--section", head.section), ("paper", "--paper", paper),
                                              ("editor", "本版责任编辑", staff.get("editor")))
              if field_ in fields and not value]
    if unsaid:
        notes.append(Notice(HEAD_UNSAID, what="、".join(unsaid)))
    return notes, warnings


def masthead_parts(read: dict) -> tuple[tuple[str, str], ...]:
    """The masthead's parts the copy printed beside its name and date (`read`: PageHead.fields()), in
    MASTHEAD_FIELDS order, for the front master to print again (kept in the document whichever master
    the page takes: one applied later prints them)."""
    found = read.get("masthead", {})
    return tuple((k, found[k]) for k in MASTHEAD_FIELDS if found.get(k))


def masthead_left(master: Master | None, masthead: tuple[tuple[str, str], ...], file: str) -> Notice | None:
    """What compose says of the masthead's parts the page's front master has no field for (review 7: the
    CN number, the issue and the organ set aside and printed nowhere); None where it prints them all."""
    used = {n for t in master.texts for n in field_names(t.text)} if master else set()
    left = [(k, v) for k, v in masthead if k not in used]
    if not left:
        return None
    return Notice(MAST_UNPRINTED, file=file, parts="、".join(f"“{v}”" for _, v in left),
                  fields=" ".join("{" + k + "}" for k, _ in left))


def nameplate_unsaid(master: Master | None, paper: str) -> Notice | None:
    """What compose warns of a front page whose nameplate ({paper}) would print nothing: nobody gave the
    paper's name (review 8: a white block over two columns, said nowhere)."""
    if master is None or paper or not any("paper" in field_names(t.text) for t in master.texts if t.line >= 0):
        return None
    return Notice(NO_NAMEPLATE, master=master.name)
