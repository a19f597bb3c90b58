"""Who may change what (the app's side; PostgreSQL enforces the same rules itself, see postgres.py).

    editor    page editor: arranges pages; every record, pages while not signed
    reporter  story text, photo captions and credits (and the review's check and comment), nothing else
    chief     chief editor: as the editor, and signs pages off (签发) and reopens them
    print     print staff: read signed pages and mark them sent to the plant (已发排)
"""
from __future__ import annotations

from layout_app.errors import QT_TRANSLATE_NOOP, Notice

ROLES = ("editor", "reporter", "chief", "print")
ROLE_NAMES = {"editor": "page editor", "reporter": "reporter", "chief": "chief editor", "print": "print staff"}

# Refusals are errors.Notice: the English for the command line, translated by the editor (context "Intake",
# Chinese in scripts/zh/document.py); the record's kind and the role are translated with them.
KINDS = {"page": QT_TRANSLATE_NOOP("Intake", "page"), "story": QT_TRANSLATE_NOOP("Intake", "story"),
         "photo": QT_TRANSLATE_NOOP("Intake", "photo")}
ROLE_WORDS = {"editor": QT_TRANSLATE_NOOP("Intake", "page editor"), "reporter": QT_TRANSLATE_NOOP("Intake", "reporter"),
              "chief": QT_TRANSLATE_NOOP("Intake", "chief editor"), "print": QT_TRANSLATE_NOOP("Intake", "print staff")}
SIGNED_OFF = QT_TRANSLATE_NOOP("Intake", "page {page}: signed off ({status}); the chief editor must reopen it first")
REPORTER_MAY_NOT = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: a reporter may not change {fields}")
ROLE_MAY_NOT = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: a {role} may not change it")
ROLE_MAY_NOT_MOVE = QT_TRANSLATE_NOOP("Intake", "page {page}: a {role} may not take it from {old} to {new}")
CHECKED_OUT = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: checked out by {holder}")
ONLY_EDITOR_RELEASES = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: checked out by {holder}; only an editor may release it")
NO_RECORD = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: no such record")
ON_SIGNED_PAGE = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: it is on a signed page; the chief editor must reopen the page first")
ADDS_STAFF = QT_TRANSLATE_NOOP("Intake", "user {name}: only an editor or the chief editor adds staff")
# what the database's own triggers say (sqlite.py, postgres.py), read back into notices by `trigger_refusal`
PAGE_SIGNED_OFF = QT_TRANSLATE_NOOP("Intake", "page {page}: signed off; the chief editor must reopen it first")
THE_PAGE_SIGNED = QT_TRANSLATE_NOOP("Intake", "the page is signed off; the chief editor must reopen it")
ON_A_SIGNED_PAGE = QT_TRANSLATE_NOOP("Intake", "it is on a signed page; the chief editor must reopen the page first")
HELD_BY_OTHER = QT_TRANSLATE_NOOP("Intake", "checked out by someone else")
ROLE_MAY_NOT_ADD = QT_TRANSLATE_NOOP("Intake", "a {role} may not add a {kind} record")
REPORTER_TEXT_ONLY = QT_TRANSLATE_NOOP("Intake", "{kind} {key}: a reporter may change only story text, captions and credits")
VERSION_WITH_DATA = QT_TRANSLATE_NOOP("Intake", "the version changes only with the data")
STORE_REFUSED = QT_TRANSLATE_NOOP("Intake", "the store refused the change: {reason}")


def kind_word(kind: str) -> str:
    """A record's kind as a message names it (translated with the message)."""
    return Notice(KINDS[kind]) if kind in KINDS else kind


def role_word(role: str) -> str:
    return Notice(ROLE_WORDS[role]) if role in ROLE_WORDS else role

# a page's way through the night: 排版中 → 待审 → 已签发 → 已发排
STATUSES = ("draft", "review", "signed", "sent")
STATUS_LABELS = {"draft": "排版中", "review": "待审", "signed": "已签发", "sent": "已发排"}
SIGNED = ("signed", "sent")

REPORTER_FIELDS = {"story": ("kicker", "headline", "deck", "body", "byline", "query"),    # (editing clears query)
                   "photo": ("caption", "credit", "checked", "comment")}

# status changes: (from, to) → roles that may make them
TRANSITIONS = {
    ("draft", "review"): ("editor", "chief"),
    ("review", "draft"): ("editor", "chief"),
    ("draft", "signed"): ("chief",),
    ("review", "signed"): ("chief",),
    ("signed", "draft"): ("chief",),       # reopen
    ("sent", "draft"): ("chief",),
    ("signed", "sent"): ("print", "chief"),
}


class Refused(PermissionError):
    """A change the user's role (or the page's status, or a colleague's check-out) does not allow."""


def check_write(role: str, kind: str, old: dict | None, new: dict | None, status: str = "") -> None:
    """Refused unless `role` may change record (kind, old) into new (None: create / delete)."""
    if kind == "page" and status in SIGNED:
        raise Refused(Notice(SIGNED_OFF, page=(old or new or {}).get('id', ''), status=STATUS_LABELS[status]))
    if role in ("editor", "chief"):
        return
    if role == "reporter" and kind in REPORTER_FIELDS and old is not None and new is not None:
        allowed = REPORTER_FIELDS[kind]
        strip = lambda d: {k: v for k, v in d.items() if k not in allowed}     # noqa: E731
        if strip(old) == strip(new):
            return
        changed = sorted(k for k in set(old) | set(new) if k not in allowed and old.get(k) != new.get(k))
        raise Refused(Notice(REPORTER_MAY_NOT, kind=kind_word(kind), key=old.get('id', ''), fields=", ".join(changed)))
    raise Refused(Notice(ROLE_MAY_NOT, kind=kind_word(kind), key=(old or new or {}).get('id', ''), role=role_word(role)))


def check_status(role: str, page: str, old: str, new: str) -> None:
    if old == new:
        return
    if role not in TRANSITIONS.get((old, new), ()):
        raise Refused(Notice(ROLE_MAY_NOT_MOVE, page=page, role=role_word(role), old=STATUS_LABELS.get(old, old),
                             new=STATUS_LABELS.get(new, new)))


_TRIGGER = (     # the triggers' messages (PostgreSQL fills in kind, key, role and status with %)
    (r"the page is signed off; the chief editor must reopen it", lambda m: Notice(THE_PAGE_SIGNED)),
    (r"it is on a signed page; the chief editor must reopen the page first", lambda m: Notice(ON_A_SIGNED_PAGE)),
    (r"checked out by someone else", lambda m: Notice(HELD_BY_OTHER)),
    (r"the version changes only with the data", lambda m: Notice(VERSION_WITH_DATA)),
    (r"page (?P<page>.+?): signed off; the chief editor must reopen it first", lambda m: Notice(PAGE_SIGNED_OFF, **m)),
    (r"a (?P<role>\w+) may not add a (?P<kind>\w+) record",
     lambda m: Notice(ROLE_MAY_NOT_ADD, role=role_word(m["role"]), kind=kind_word(m["kind"]))),
    (r"page (?P<page>.+?): a (?P<role>\w+) may not take it from (?P<old>\w+) to (?P<new>\w+)",
     lambda m: Notice(ROLE_MAY_NOT_MOVE, page=m["page"], role=role_word(m["role"]),
                      old=STATUS_LABELS.get(m["old"], m["old"]), new=STATUS_LABELS.get(m["new"], m["new"]))),
    (r"(?P<kind>\w+) (?P<key>.+?): it is on a signed page; the chief editor must reopen the page first",
     lambda m: Notice(ON_SIGNED_PAGE, kind=kind_word(m["kind"]), key=m["key"])),
    (r"(?P<kind>\w+) (?P<key>.+?): a reporter may change only story text, captions and credits",
     lambda m: Notice(REPORTER_TEXT_ONLY, kind=kind_word(m["kind"]), key=m["key"])),
    (r"(?P<kind>\w+) (?P<key>.+?): a (?P<role>\w+) may not change it",
     lambda m: Notice(ROLE_MAY_NOT, kind=kind_word(m["kind"]), key=m["key"], role=role_word(m["role"]))),
    (r"(?P<kind>\w+) (?P<key>.+?): checked out by (?P<holder>.+)",
     lambda m: Notice(CHECKED_OUT, kind=kind_word(m["kind"]), key=m["key"], holder=m["holder"])),
)


def trigger_refusal(text: str) -> Refused:
    """A database trigger's refusal (its English text) as a Refused with its notice, so the editor says it
    in its language; any other refusal of the database (row-level security) with its text as the reason."""
    import re
    for pattern, notice in _TRIGGER:
        m = re.fullmatch(pattern, text.strip())
        if m is not None:
            return Refused(notice(m.groupdict()))
    return Refused(Notice(STORE_REFUSED, reason=text.strip()))
