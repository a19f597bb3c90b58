"""The edition store: one interface, two engines (sqlite.py, postgres.py).

Every record (store/records.py) carries a version. A write names the version it was based on; when
the record has moved on meanwhile the whole save is refused (Stale) and nothing of it is written, so
the client can merge (store/desk.py) and try again: no update is ever lost. Every change is a row of
the history, written by the database itself (a trigger), so nobody can change a record unrecorded."""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator

from layout_app.errors import InputError, Notice
from layout_app.model.document import Document
from layout_app.store import records as rec
from layout_app.store import wording as SW
from layout_app.store.change import change_of
from layout_app.store.rights import (
    CHECKED_OUT,
    NO_RECORD,
    ONLY_EDITOR_RELEASES,
    SIGNED,
    Refused,
    check_status,
    check_write,
    kind_word,
)

Key = rec.Key

# 1: records and history; 2: the history's `change` (an edit's operations, store/change.py); 3: a status
# change's note kept in the history (a page signed with findings open: which — the audit shows who signed over what)
SCHEMA_VERSION = 3


class StoreError(InputError):
    """The store cannot be reached or is not a layout_app store; the message says which and where."""


class Stale(Exception):
    """A write based on a version that is no longer the current one."""

    def __init__(self, keys: list[Key]):
        self.keys = keys
        super().__init__("changed meanwhile by someone else: " + ", ".join(f"{k} {n}" for k, n in keys))


@dataclass(frozen=True)
class Record:
    kind: str
    key: str
    version: int
    data: dict
    status: str = ""
    holder: str | None = None
    updated_by: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Write:
    kind: str
    key: str
    data: dict | None              # None: delete
    base_version: int | None       # None: create


@dataclass(frozen=True)
class Version:
    """One row of the history: who did what to which record, when."""
    id: int
    kind: str
    key: str
    version: int
    data: dict | None
    status: str
    holder: str | None
    author: str
    at: str
    action: str                    # create, edit, status, check-out, check-in, delete
    note: str = ""
    change: list | None = None     # an edit's operations (store/change.py); None for other actions


@dataclass(frozen=True)
class Change:
    """What a watcher reports: a record of the edition changed — the history row that says so (its
    `id`) and, for an edit, the operations it made (the row's `change`; None when the row has none):
    a desk applies them to the version it holds (Desk.receive)."""
    edition: str
    kind: str
    key: str
    version: int
    action: str
    author: str
    id: int = 0
    ops: list | None = None


_COLUMNS = "kind, key, version, data, status, holder, updated_by, updated_at"
_HISTORY = "id, kind, key, version, data, status, holder, author, at, action, note, change"


class Store:
    """What both engines share; the SQL is written with ? and each engine runs it its way."""

    engine = ""
    user = ""
    role = ""

    # --- what an engine provides ------------------------------------------------------------------
    def _execute(self, sql: str, params: tuple = ()) -> Any: raise NotImplementedError
    def _transaction(self): raise NotImplementedError          # a context manager
    def _json_in(self, data: dict | None) -> Any: raise NotImplementedError
    def _json_out(self, value: Any) -> dict | None: raise NotImplementedError
    def _errors(self): raise NotImplementedError               # a context manager mapping refusals
    def watch(self, edition: str, callback: Callable[[Change], None]): raise NotImplementedError
    def add_user(self, name: str, role: str) -> None: raise NotImplementedError
    def close(self) -> None: raise NotImplementedError

    def _history_mark(self) -> int | None: return None

    def _record_changes(self, after_id: int | None) -> None:
        """Within a save's transaction: the operations of its history rows after `after_id`, where the
        database does not compute them itself (PostgreSQL's trigger does)."""

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return list(self._execute(sql, params).fetchall())

    def _record(self, row: tuple) -> Record:
        kind, key, version, data, status, holder, by, at = row
        return Record(kind, key, version, self._json_out(data), status or "", holder, by or "", str(at or ""))

    # --- reading ----------------------------------------------------------------------------------
    def editions(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT edition FROM records WHERE kind = 'edition' ORDER BY edition")]

    def snapshot(self, edition: str) -> dict[Key, Record]:
        """Every record of the edition, as one consistent read."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM records WHERE edition = ?", (edition,))
        out = {(r[0], r[1]): self._record(r) for r in rows
               if not (self.role == "print" and r[0] == "page" and r[4] not in SIGNED)}   # print staff: signed pages
        if ("edition", rec.EDITION_KEY) not in out:
            raise StoreError(Notice(SW.NO_EDITION, where=self.where, edition=repr(edition),
                                    editions=", ".join(self.editions()) or Notice(SW.NO_EDITIONS)))
        return out

    def pages(self, edition: str) -> list[Record]:
        """The edition's pages in page order, with status and holder (the edition board)."""
        snap = self.snapshot(edition)
        order = snap[("edition", rec.EDITION_KEY)].data.get("page_order", [])
        return [snap[("page", k)] for k in order if ("page", k) in snap]

    def get(self, edition: str, kind: str, key: str) -> Record | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM records WHERE edition = ? AND kind = ? AND key = ?",
                          (edition, kind, key))
        if not rows or (self.role == "print" and kind == "page" and rows[0][4] not in SIGNED):
            return None
        return self._record(rows[0])

    def export_document(self, edition: str) -> Document:
        snap = self.snapshot(edition)
        if not any(kind == "page" for kind, _ in snap):
            raise StoreError(Notice(SW.NO_PAGE_SEEN_PRINT if self.role == "print" else SW.NO_PAGE_SEEN,
                                    where=self.where, edition=repr(edition)))
        return rec.join({k: r.data for k, r in snap.items()}, f"{self.where} edition {edition}")

    # --- writing ----------------------------------------------------------------------------------
    def import_document(self, edition: str, doc: Document) -> None:
        """The document's records as a new edition; StoreError if the edition exists."""
        if self.get(edition, "edition", rec.EDITION_KEY) is not None:
            raise StoreError(Notice(SW.EDITION_EXISTS, where=self.where, edition=repr(edition)))
        self.commit(edition, [Write(k[0], k[1], data, None) for k, data in rec.split(doc).items()], note="import")

    def commit(self, edition: str, writes: list[Write], note: str = "") -> dict[Key, Record]:
        """All the writes or none: Stale (naming every record that moved on) when any was based on an
        old version; Refused when the user's role or a page's status does not allow one."""
        current = {}
        for w in writes:
            old = self.get(edition, w.kind, w.key)
            current[(w.kind, w.key)] = old
            if old is not None and old.holder not in (None, self.user) and w.data != old.data:
                raise Refused(Notice(CHECKED_OUT, kind=kind_word(w.kind), key=w.key, holder=old.holder))
            check_write(self.role, w.kind, old.data if old else None, w.data, old.status if old else "")
        stale = []
        with self._errors(), self._transaction():
            last = self._history_mark()
            for w in writes:
                k = (w.kind, w.key)
                if w.base_version is None:
                    if self._rows("SELECT version FROM records WHERE edition = ? AND kind = ? AND key = ?",
                                  (edition, w.kind, w.key)):
                        stale.append(k)
                        continue
                    status = "draft" if w.kind == "page" else ""
                    self._execute("INSERT INTO records (edition, kind, key, version, data, status, updated_by, "
                                  "note) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
                                  (edition, w.kind, w.key, self._json_in(w.data), status, self.user, note))
                elif w.data is None:
                    cur = self._execute("DELETE FROM records WHERE edition = ? AND kind = ? AND key = ? "
                                        "AND version = ?", (edition, w.kind, w.key, w.base_version))
                    if cur.rowcount != 1:
                        stale.append(k)
                else:
                    cur = self._execute("UPDATE records SET data = ?, version = version + 1, updated_by = ?, "
                                        "note = ? WHERE edition = ? AND kind = ? AND key = ? AND version = ?",
                                        (self._json_in(w.data), self.user, note, edition, w.kind, w.key,
                                         w.base_version))
                    if cur.rowcount != 1:
                        stale.append(k)
            if stale:
                raise Stale(stale)          # rolls the transaction back: nothing of this save is written
            self._record_changes(last)
        return {(w.kind, w.key): r for w in writes if (r := self.get(edition, w.kind, w.key)) is not None}

    def page_key(self, edition: str, page: str) -> str:
        """The page's id, given its id or its number in the edition (the 版次 the board and `edition
        list` show); neither: a StoreError naming the pages there are, by id and number."""
        pages = self.pages(edition)
        if any(p.key == page for p in pages):
            return page
        if page.strip().isascii() and page.strip().isdigit():
            numbered = [p.key for p in pages if p.data.get("number") == int(page)]
            if len(numbered) == 1:
                return numbered[0]
        listed = ", ".join(f"{p.key}: {p.data.get('number', '?')}" for p in pages)
        raise StoreError(Notice(SW.NO_SUCH_PAGE_OF if pages else SW.NO_SUCH_PAGE, where=self.where,
                                edition=repr(edition), page=repr(page), pages=listed))

    def set_status(self, edition: str, page: str, status: str, note: str = "") -> Record:
        """The page's status moved; `note` goes into its history row (what the chief editor signed over)."""
        page = self.page_key(edition, page)
        old = self.get(edition, "page", page)
        if old is None:
            raise StoreError(Notice(SW.NO_SUCH_PAGE, where=self.where, edition=repr(edition), page=repr(page)))
        check_status(self.role, page, old.status, status)
        with self._errors(), self._transaction():
            self._execute("UPDATE records SET status = ?, updated_by = ?, note = ? WHERE edition = ? AND "
                          "kind = 'page' AND key = ?", (status, self.user, note, edition, page))
        return self.get(edition, "page", page)

    def check_out(self, edition: str, kind: str, key: str) -> Record:
        """Hold a story or page (InCopy's check-out): colleagues see the holder and cannot save it."""
        with self._errors(), self._transaction():
            cur = self._execute("UPDATE records SET holder = ?, updated_by = ? WHERE edition = ? AND kind = ? "
                                "AND key = ? AND (holder IS NULL OR holder = ?)",
                                (self.user, self.user, edition, kind, key, self.user))
            if cur.rowcount != 1:
                held = self.get(edition, kind, key)
                raise Refused(Notice(CHECKED_OUT, kind=kind_word(kind), key=key, holder=held.holder) if held
                              else Notice(NO_RECORD, kind=kind_word(kind), key=key))
        return self.get(edition, kind, key)

    def check_in(self, edition: str, kind: str, key: str, force: bool = False) -> Record:
        """Release my hold; `force` (an editor, after confirming) releases a colleague's."""
        held = self.get(edition, kind, key)
        if held is None:
            raise StoreError(Notice(SW.NO_SUCH_RECORD, where=self.where, edition=repr(edition), kind=kind_word(kind),
                                    key=repr(key)))
        if held.holder not in (None, self.user) and not (force and self.role in ("editor", "chief")):
            raise Refused(Notice(ONLY_EDITOR_RELEASES, kind=kind_word(kind), key=key, holder=held.holder))
        with self._errors(), self._transaction():
            self._execute("UPDATE records SET holder = NULL, updated_by = ? WHERE edition = ? AND kind = ? "
                          "AND key = ?", (self.user, edition, kind, key))
        return self.get(edition, kind, key)

    # --- history ----------------------------------------------------------------------------------
    def _versions(self, sql: str, params: tuple) -> list[Version]:
        out = [Version(r[0], r[1], r[2], r[3], self._json_out(r[4]), r[5] or "", r[6], r[7], str(r[8]), r[9],
                       r[10] or "", self._json_out(r[11])) for r in self._rows(sql, params)]
        return [v if v.change is not None or v.action != "edit" else replace(v, change=self._change_of(v))
                for v in out]

    def _change_of(self, v: Version) -> list:
        """An edit whose row has no change (a raw SQL write to a SQLite file): from the version before."""
        rows = self._rows("SELECT data FROM history WHERE edition = (SELECT edition FROM history WHERE id = ?) AND "
                          "kind = ? AND key = ? AND id < ? AND data IS NOT NULL ORDER BY id DESC LIMIT 1",
                          (v.id, v.kind, v.key, v.id))
        return change_of(self._json_out(rows[0][0]) if rows else {}, v.data or {})

    def history(self, edition: str, kind: str, key: str) -> list[Version]:
        """The versions of one record, oldest first (status and check-out rows included)."""
        return self._versions(f"SELECT {_HISTORY} FROM history WHERE edition = ? AND kind = ? AND key = ? "
                              "ORDER BY id", (edition, kind, key))

    def history_mark(self) -> int:
        """The last history row's id: what a desk read at this moment at the latest (Desk.catch_up)."""
        return self._rows("SELECT coalesce(max(id), 0) FROM history")[0][0]

    def audit(self, edition: str, since: int = 0) -> list[Version]:
        """Who did what when, for the whole edition, oldest first: the history rows after id `since`
        (each edit with its operations, so it reads without the rows before)."""
        return self._versions(f"SELECT {_HISTORY} FROM history WHERE edition = ? AND id > ? ORDER BY id",
                              (edition, since))

    def restore(self, edition: str, kind: str, key: str, version: int) -> Record:
        """An older version's data saved as the newest version (nothing in between is lost: it stays
        in the history)."""
        old = next((v for v in self.history(edition, kind, key) if v.version == version and v.data is not None
                    and v.action in ("create", "edit")), None)
        if old is None:
            raise StoreError(Notice(SW.NO_VERSION, where=self.where, kind=kind_word(kind), key=key, version=version))
        current = self.get(edition, kind, key)
        write = Write(kind, key, old.data, current.version if current else None)
        return self.commit(edition, [write], note=f"restore v{version}")[(kind, key)]

    @contextmanager
    def _nothing(self) -> Iterator[None]:
        yield


def dumps_data(data: dict | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, sort_keys=False)


__all__ = ["Store", "StoreError", "Stale", "Refused", "Record", "Write", "Version", "Change", "SIGNED"]
