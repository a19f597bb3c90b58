"""The embedded engine: one SQLite file in WAL mode, for one machine and several processes (the
editor and a reporter's review on the same desk). The database keeps versions and history itself
(triggers); a watcher sees other processes' commits by polling PRAGMA data_version."""
from __future__ import annotations

import getpass
import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from layout_app.errors import Notice
from layout_app.store.base import (
    SCHEMA_VERSION,
    Change,
    Refused,
    Stale,
    Store,
    StoreError,
    dumps_data,
)
from layout_app.store.change import change_of
from layout_app.store.rights import ADDS_STAFF, ROLES, trigger_refusal
from layout_app.store.watch import Watcher
from layout_app.store.wording import DATABASE

POLL = 0.05          # s between looks at the data version: changes arrive well within 0.5 s

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_HISTORY_COLS = "edition, kind, key, version, data, status, holder, author, at, action, note"

# the history row of each update (schema 3: a status change keeps its note)
_CHANGED = f"""CREATE TRIGGER IF NOT EXISTS records_changed AFTER UPDATE ON records BEGIN
    UPDATE records SET updated_at = {_NOW} WHERE rowid = NEW.rowid AND NEW.data IS NOT OLD.data;
    INSERT INTO history ({_HISTORY_COLS}) VALUES (NEW.edition, NEW.kind, NEW.key, NEW.version,
        CASE WHEN NEW.data IS NOT OLD.data THEN NEW.data END, NEW.status, NEW.holder, NEW.updated_by, {_NOW},
        CASE WHEN NEW.data IS NOT OLD.data THEN 'edit' WHEN NEW.status IS NOT OLD.status THEN 'status'
             WHEN NEW.holder IS NULL THEN 'check-in' ELSE 'check-out' END,
        CASE WHEN NEW.data IS NOT OLD.data OR NEW.status IS NOT OLD.status THEN NEW.note ELSE '' END); END;
"""

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ({", ".join(repr(r) for r in ROLES)})));
CREATE TABLE IF NOT EXISTS records (
    edition TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    version INTEGER NOT NULL, data TEXT NOT NULL, status TEXT NOT NULL DEFAULT '',
    holder TEXT, updated_by TEXT NOT NULL, updated_at TEXT NOT NULL DEFAULT ({_NOW}),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (edition, kind, key));
CREATE TABLE IF NOT EXISTS history (id INTEGER PRIMARY KEY AUTOINCREMENT,
    edition TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL,
    data TEXT, status TEXT, holder TEXT, author TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', change TEXT);
CREATE INDEX IF NOT EXISTS history_record ON history (edition, kind, key);
CREATE TRIGGER IF NOT EXISTS records_version BEFORE UPDATE ON records
    WHEN NEW.data IS NOT OLD.data AND NEW.version <> OLD.version + 1
    BEGIN SELECT RAISE(ABORT, 'stale: a write must be based on the current version'); END;
CREATE TRIGGER IF NOT EXISTS records_signed BEFORE UPDATE ON records
    WHEN OLD.kind = 'page' AND OLD.status IN ('signed', 'sent') AND NEW.data IS NOT OLD.data
    BEGIN SELECT RAISE(ABORT, 'refused: the page is signed off; the chief editor must reopen it'); END;
CREATE TRIGGER IF NOT EXISTS records_on_signed_page BEFORE UPDATE ON records
    WHEN OLD.kind IN ('story', 'photo') AND NEW.data IS NOT OLD.data AND EXISTS (
        SELECT 1 FROM records p, json_each(p.data, '$.frames') f WHERE p.edition = OLD.edition
        AND p.kind = 'page' AND p.status IN ('signed', 'sent') AND json_extract(f.value, '$.' || OLD.kind) = OLD.key)
    BEGIN SELECT RAISE(ABORT, 'refused: it is on a signed page; the chief editor must reopen the page first'); END;
CREATE TRIGGER IF NOT EXISTS records_signed_kept BEFORE DELETE ON records
    WHEN OLD.kind = 'page' AND OLD.status IN ('signed', 'sent')
    BEGIN SELECT RAISE(ABORT, 'refused: the page is signed off; the chief editor must reopen it'); END;
CREATE TRIGGER IF NOT EXISTS records_held BEFORE UPDATE ON records
    WHEN OLD.holder IS NOT NULL AND OLD.holder <> NEW.updated_by AND NEW.data IS NOT OLD.data
    BEGIN SELECT RAISE(ABORT, 'refused: checked out by someone else'); END;
CREATE TRIGGER IF NOT EXISTS records_created AFTER INSERT ON records BEGIN
    INSERT INTO history ({_HISTORY_COLS}) VALUES (NEW.edition, NEW.kind, NEW.key, NEW.version, NEW.data,
        NEW.status, NEW.holder, NEW.updated_by, {_NOW}, 'create', NEW.note); END;
{_CHANGED}CREATE TRIGGER IF NOT EXISTS records_deleted AFTER DELETE ON records BEGIN
    INSERT INTO history ({_HISTORY_COLS}) VALUES (OLD.edition, OLD.kind, OLD.key, OLD.version, NULL,
        OLD.status, OLD.holder, OLD.updated_by, {_NOW}, 'delete', ''); END;
"""


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class SQLiteStore(Store):
    engine = "sqlite"

    def __init__(self, path: str | Path, user: str | None = None):
        self.path = Path(path)
        self.where = str(self.path)
        if not self.path.is_file():
            raise StoreError(f"{self.path}: no store here; make one with `layout-app store init {self.path}`")
        try:
            self.conn = _connect(self.path)
            mark = self.conn.execute("SELECT value FROM meta WHERE key = 'layout_app'").fetchone()
            if mark is None:
                raise sqlite3.DatabaseError("no layout_app mark")
        except sqlite3.DatabaseError:
            raise StoreError(f"{self.path}: not a layout_app store") from None
        self._lock = threading.Lock()
        if int(mark[0]) > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(f"{self.path}: the store has schema {mark[0]}, made by a newer layout_app (this one "
                             f"reads up to {SCHEMA_VERSION}); update layout_app")
        if int(mark[0]) < SCHEMA_VERSION:
            self._upgrade()
        self.user = user or getpass.getuser()
        row = self.conn.execute("SELECT role FROM users WHERE name = ?", (self.user,)).fetchone()
        if row is None:
            self.conn.close()
            raise StoreError(f"{self.path}: user {self.user!r} is not on the staff; add with "
                             f"`layout-app store user {self.path} {self.user} ROLE`")
        self.role = row[0]

    @staticmethod
    def init(path: str | Path, user: str | None = None, role: str = "editor") -> "SQLiteStore":
        """Make the store file (WAL mode) with its tables and triggers; the first user given a role."""
        path = Path(path)
        try:
            conn = _connect(path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('layout_app', ?)", (str(SCHEMA_VERSION),))
            conn.execute("INSERT OR IGNORE INTO users VALUES (?, ?)", (user or getpass.getuser(), role))
            conn.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot make a store there: {exc}") from None
        return SQLiteStore(path, user)

    def _upgrade(self) -> None:
        """An older store brought to this schema on open, in one transaction (a second process opening
        it meanwhile waits, then finds it done). 1 → 2: the history's change column, filled in for the
        edits recorded before."""
        try:
            with self._transaction():
                if int(self._rows("SELECT value FROM meta WHERE key = 'layout_app'")[0][0]) < 2:
                    self._execute("ALTER TABLE history ADD COLUMN change TEXT")
                    self._record_changes(0)
                if int(self._rows("SELECT value FROM meta WHERE key = 'layout_app'")[0][0]) < 3:
                    self._execute("DROP TRIGGER IF EXISTS records_changed")
                    self._execute(_CHANGED)
                self._execute("UPDATE meta SET value = ? WHERE key = 'layout_app'", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: cannot upgrade the store: {exc}") from None

    def _history_mark(self) -> int:
        return self._rows("SELECT coalesce(max(id), 0) FROM history")[0][0]

    def _record_changes(self, after_id: int | None) -> None:
        """Each edit's operations from the version before it (SQLite has no JSON diff of its own)."""
        for hid, edition, kind, key, data in self._rows(
                "SELECT id, edition, kind, key, data FROM history WHERE id > ? AND action = 'edit' AND change IS NULL "
                "ORDER BY id", (after_id or 0,)):
            before = self._rows("SELECT data FROM history WHERE edition = ? AND kind = ? AND key = ? AND id < ? "
                                "AND data IS NOT NULL ORDER BY id DESC LIMIT 1", (edition, kind, key, hid))
            ops = change_of(json.loads(before[0][0]) if before else {}, json.loads(data))
            self._execute("UPDATE history SET change = ? WHERE id = ?", (json.dumps(ops, ensure_ascii=False), hid))

    def add_user(self, name: str, role: str) -> None:
        if role not in ROLES:
            raise StoreError(f"role {role!r}: one of {', '.join(ROLES)}")
        if self.role not in ("editor", "chief"):
            raise Refused(Notice(ADDS_STAFF, name=name))
        with self._transaction():
            self._execute("INSERT OR REPLACE INTO users VALUES (?, ?)", (name, role))

    def _execute(self, sql: str, params: tuple = ()):
        return self.conn.execute(sql, params)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError as exc:
            text = str(exc)
            if text.startswith("stale"):
                raise Stale([]) from None
            if text.startswith("refused"):
                raise trigger_refusal(text.removeprefix("refused: ")) from None
            raise
        except sqlite3.OperationalError as exc:
            raise StoreError(Notice(DATABASE, where=self.path, reason=str(exc))) from None

    def _json_in(self, data):
        return dumps_data(data)

    def _json_out(self, value):
        return None if value is None else json.loads(value)

    def watch(self, edition: str, callback: Callable[[Change], None]) -> Watcher:
        return _Poller(self.path, edition, callback, self._last_history())

    def _last_history(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


class _Poller(Watcher):
    """Another process's commit changes PRAGMA data_version on this connection; then the history rows
    after the last one seen are the changes, each with its operations (SQLite commits one writer at a
    time, in id order, and writes a save's operations in its transaction)."""

    def __init__(self, path: Path, edition: str, callback, last: int):
        self.conn = _connect(path)
        self.last = last
        super().__init__(edition, callback)

    def run_loop(self) -> None:
        seen = None
        while not self.stopping.wait(POLL):
            try:
                version = self.conn.execute("PRAGMA data_version").fetchone()[0]
                if version == seen:
                    continue
                seen = version
                rows = self.conn.execute("SELECT id, kind, key, version, action, author, change FROM history "
                                         "WHERE edition = ? AND id > ? ORDER BY id", (self.edition, self.last)).fetchall()
            except sqlite3.OperationalError:        # locked past the busy timeout, or the disk: look again
                continue
            for hid, kind, key, ver, action, author, ops in rows:
                self.last = hid
                self.deliver(Change(self.edition, kind, key, ver, action, author, hid,
                                    json.loads(ops) if ops is not None else None))
        self.conn.close()
