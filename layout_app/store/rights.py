"""Who may change what (the app's side; PostgreSQL enforces the same rules itself, see postgres.py).

    editor    page editor: arranges pages; every record, pages while not signed
    reporter  story text, photo captions and credits (and the review's check and comment), nothing else
    chief     chief editor: as the editor, and signs pages off (签发) and reopens them
    print     print staff: read signed pages and mark them sent to the plant (已发排)
"""
from __future__ import annotations

ROLES = ("editor", "reporter", "chief", "print")
ROLE_NAMES = {"editor": "page editor", "reporter": "reporter", "chief": "chief editor", "print": "print staff"}

# a page's way through the night: 排版中 → 待审 → 已签发 → 已发排
STATUSES = ("draft", "review", "signed", "sent")
STATUS_LABELS = {"draft": "排版中", "review": "待审", "signed": "已签发", "sent": "已发排"}
SIGNED = ("signed", "sent")

REPORTER_FIELDS = {"story": ("kicker", "headline", "deck", "body", "byline"),
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
        raise Refused(f"page {(old or new or {}).get('id', '')}: signed off ({STATUS_LABELS[status]}); "
                      "the chief editor must reopen it first")
    if role in ("editor", "chief"):
        return
    if role == "reporter" and kind in REPORTER_FIELDS and old is not None and new is not None:
        allowed = REPORTER_FIELDS[kind]
        strip = lambda d: {k: v for k, v in d.items() if k not in allowed}     # noqa: E731
        if strip(old) == strip(new):
            return
        changed = sorted(k for k in set(old) | set(new) if k not in allowed and old.get(k) != new.get(k))
        raise Refused(f"{kind} {old.get('id', '')}: a reporter may not change {', '.join(changed)}")
    raise Refused(f"{kind} {(old or new or {}).get('id', '')}: a {ROLE_NAMES.get(role, role)} may not change it")


def check_status(role: str, page: str, old: str, new: str) -> None:
    if old == new:
        return
    if role not in TRANSITIONS.get((old, new), ()):
        raise Refused(f"page {page}: a {ROLE_NAMES.get(role, role)} may not take it from "
                      f"{STATUS_LABELS.get(old, old)} to {STATUS_LABELS.get(new, new)}")
