"""The newsroom engine: PostgreSQL (psycopg 3), for many machines.

The database itself keeps the rules, so a client that skips the app's checks cannot break them:
desks log in as their own database roles, members of layout_editor, layout_reporter, layout_chief or
layout_print; row-level security lets print staff see only signed pages and reporters write only
stories and photos; a trigger refuses a write on an old version, a reporter's change to anything but
story text, captions and credits, a change to a signed page, a status change the role may not make
and a save over a colleague's check-out; and it stamps who changed what and writes the history. A
second trigger sends NOTIFY layout_app with each change, which watchers LISTEN to."""
from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

import psycopg
from psycopg import errors, sql
from psycopg.types.json import Json

from layout_app.errors import Notice
from layout_app.store.base import (
    SCHEMA_VERSION,
    Change,
    Stale,
    Store,
    StoreError,
)
from layout_app.store.rights import REPORTER_FIELDS, ROLES, TRANSITIONS, trigger_refusal
from layout_app.store.watch import Watcher
from layout_app.store.wording import DATABASE

CHANNEL = "layout_app"
GROUPS = {role: f"layout_{role}" for role in ROLES}


def _transitions_sql() -> str:
    """The status rules of rights.TRANSITIONS as a SQL condition on (OLD.status, NEW.status, role)."""
    return " OR ".join(f"(OLD.status = '{a}' AND NEW.status = '{b}' AND r IN ({', '.join(repr(x) for x in who)}))"
                       for (a, b), who in TRANSITIONS.items())


def _array(fields) -> str:
    return "ARRAY[" + ", ".join(f"'{f}'" for f in fields) + "]"


ROLES_SQL = "\n".join(f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN CREATE ROLE {group} NOLOGIN; END IF;
END $$;""" for group in GROUPS.values())

SCHEMA = f"""
-- data is json, not jsonb: json keeps the key order (the styles' order)
CREATE TABLE IF NOT EXISTS records (
    edition text NOT NULL, kind text NOT NULL, key text NOT NULL,
    version integer NOT NULL, data json NOT NULL, status text NOT NULL DEFAULT '',
    holder text, updated_by text NOT NULL DEFAULT session_user, updated_at timestamptz NOT NULL DEFAULT now(),
    note text NOT NULL DEFAULT '',
    PRIMARY KEY (edition, kind, key));
CREATE TABLE IF NOT EXISTS history (id bigserial PRIMARY KEY,
    edition text NOT NULL, kind text NOT NULL, key text NOT NULL, version integer NOT NULL,
    data json, status text, holder text, author text NOT NULL, at timestamptz NOT NULL DEFAULT now(),
    action text NOT NULL, note text NOT NULL DEFAULT '', change json);
ALTER TABLE history ADD COLUMN IF NOT EXISTS change json;          -- schema 2 (a store of schema 1)
CREATE INDEX IF NOT EXISTS history_record ON history (edition, kind, key);

-- what an edit changed, as operations: store/change.py's change_of, in SQL (the same rules)
CREATE OR REPLACE FUNCTION layout_change(a json, b json) RETURNS json LANGUAGE sql IMMUTABLE AS $$
WITH f AS (
  SELECT coalesce(o.key, n.key) AS field, o.value AS before, n.value AS after, coalesce(o.i, 100000 + n.i) AS ord
  FROM json_each(a) WITH ORDINALITY o(key, value, i)
  FULL JOIN json_each(b) WITH ORDINALITY n(key, value, i) ON o.key = n.key
  WHERE o.value::jsonb IS DISTINCT FROM n.value::jsonb),     -- by value, as Python's ==: not by spelling
framed AS (SELECT * FROM f WHERE field = 'frames' AND json_typeof(before) = 'array' AND json_typeof(after) = 'array'),
ops AS (
  SELECT field, before, after, ord, 0::bigint AS sub FROM f WHERE field NOT IN (SELECT field FROM framed)
  UNION ALL
  SELECT 'frame:' || coalesce(x.value ->> 'id', y.value ->> 'id'), x.value, y.value, (SELECT ord FROM framed),
         coalesce(x.i, 100000 + y.i)
  FROM json_array_elements((SELECT before FROM framed)) WITH ORDINALITY x(value, i)
  FULL JOIN json_array_elements((SELECT after FROM framed)) WITH ORDINALITY y(value, i)
    ON x.value ->> 'id' = y.value ->> 'id'
  WHERE x.value::jsonb IS DISTINCT FROM y.value::jsonb
  UNION ALL
  SELECT 'frame_order', ids.a, ids.b, framed.ord, 200000 FROM framed CROSS JOIN LATERAL (SELECT
      (SELECT json_agg(e.value ->> 'id' ORDER BY e.i) FROM json_array_elements(framed.before) WITH ORDINALITY e(value, i)) AS a,
      (SELECT json_agg(e.value ->> 'id' ORDER BY e.i) FROM json_array_elements(framed.after) WITH ORDINALITY e(value, i)) AS b) ids
  WHERE ids.a::text IS DISTINCT FROM ids.b::text)
SELECT coalesce(json_agg(json_build_object('field', field, 'before', before, 'after', after) ORDER BY ord, sub), '[]')
FROM ops $$;

-- the desk's role: the strongest group it belongs to ('admin' for the superuser that set the store up)
CREATE OR REPLACE FUNCTION layout_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'admin'
              WHEN pg_has_role(session_user, 'layout_chief', 'MEMBER') THEN 'chief'
              WHEN pg_has_role(session_user, 'layout_editor', 'MEMBER') THEN 'editor'
              WHEN pg_has_role(session_user, 'layout_reporter', 'MEMBER') THEN 'reporter'
              WHEN pg_has_role(session_user, 'layout_print', 'MEMBER') THEN 'print'
              ELSE 'none' END $$;

CREATE OR REPLACE FUNCTION layout_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r text := layout_role();
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.kind = 'page' AND OLD.status IN ('signed', 'sent') THEN
      RAISE EXCEPTION 'page %: signed off; the chief editor must reopen it first', OLD.key
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.holder IS NOT NULL AND OLD.holder <> session_user THEN
      RAISE EXCEPTION '% %: checked out by %', OLD.kind, OLD.key, OLD.holder USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  NEW.updated_by := session_user;
  IF TG_OP = 'INSERT' THEN
    IF r NOT IN ('admin', 'editor', 'chief') THEN
      RAISE EXCEPTION 'a % may not add a % record', r, NEW.kind USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.version := 1;
    NEW.status := CASE WHEN NEW.kind = 'page' THEN 'draft' ELSE '' END;
    NEW.holder := NULL;
    RETURN NEW;
  END IF;
  IF NEW.data::text IS DISTINCT FROM OLD.data::text THEN
    IF OLD.kind = 'page' AND OLD.status IN ('signed', 'sent') THEN
      RAISE EXCEPTION 'page %: signed off; the chief editor must reopen it first', OLD.key
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.holder IS NOT NULL AND OLD.holder <> session_user THEN
      RAISE EXCEPTION '% %: checked out by %', OLD.kind, OLD.key, OLD.holder USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.kind IN ('story', 'photo') AND EXISTS (
         SELECT 1 FROM records p, json_array_elements(p.data -> 'frames') f WHERE p.edition = OLD.edition
         AND p.kind = 'page' AND p.status IN ('signed', 'sent') AND f ->> OLD.kind = OLD.key) THEN
      RAISE EXCEPTION '% %: it is on a signed page; the chief editor must reopen the page first', OLD.kind, OLD.key
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r = 'reporter' AND NOT (
         (OLD.kind = 'story' AND NEW.data::jsonb - {_array(REPORTER_FIELDS['story'])} = OLD.data::jsonb - {_array(REPORTER_FIELDS['story'])})
      OR (OLD.kind = 'photo' AND NEW.data::jsonb - {_array(REPORTER_FIELDS['photo'])} = OLD.data::jsonb - {_array(REPORTER_FIELDS['photo'])})) THEN
      RAISE EXCEPTION '% %: a reporter may change only story text, captions and credits', OLD.kind, OLD.key
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r NOT IN ('admin', 'editor', 'chief', 'reporter') THEN
      RAISE EXCEPTION '% %: a % may not change it', OLD.kind, OLD.key, r USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.version <> OLD.version + 1 THEN
      RAISE EXCEPTION 'stale: a write must be based on the current version' USING ERRCODE = 'serialization_failure';
    END IF;
  ELSIF NEW.version <> OLD.version THEN
    RAISE EXCEPTION 'the version changes only with the data' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND r <> 'admin' AND NOT ({_transitions_sql()}) THEN
    RAISE EXCEPTION 'page %: a % may not take it from % to %', OLD.key, r, OLD.status, NEW.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.holder IS DISTINCT FROM OLD.holder AND r <> 'admin' AND NOT (
       (OLD.holder IS NULL AND NEW.holder = session_user)
    OR (NEW.holder IS NULL AND (OLD.holder = session_user OR r IN ('editor', 'chief')))) THEN
    RAISE EXCEPTION '% %: checked out by %', OLD.kind, OLD.key, OLD.holder USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.data::text IS DISTINCT FROM OLD.data::text THEN NEW.updated_at := now(); END IF;
  RETURN NEW;
END $$;

-- history and NOTIFY, written with the store owner's rights: desks may read the history, never write it
CREATE OR REPLACE FUNCTION layout_history() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
DECLARE act text; rec records; hid bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN rec := OLD; act := 'delete';
  ELSE
    rec := NEW;
    act := CASE WHEN TG_OP = 'INSERT' THEN 'create' WHEN NEW.data::text IS DISTINCT FROM OLD.data::text THEN 'edit'
                WHEN NEW.status IS DISTINCT FROM OLD.status THEN 'status'
                WHEN NEW.holder IS NULL THEN 'check-in' ELSE 'check-out' END;
  END IF;
  INSERT INTO history (edition, kind, key, version, data, status, holder, author, action, note, change)
    VALUES (rec.edition, rec.kind, rec.key, rec.version,
            CASE WHEN act IN ('create', 'edit') THEN rec.data END, rec.status, rec.holder, session_user, act,
            CASE WHEN act IN ('create', 'edit', 'status') THEN rec.note ELSE '' END,
            CASE WHEN act = 'edit' THEN layout_change(OLD.data, NEW.data) END)
    RETURNING id INTO hid;
  PERFORM pg_notify('{CHANNEL}', json_build_object('edition', rec.edition, 'kind', rec.kind, 'key', rec.key,
                    'version', rec.version, 'action', act, 'author', session_user::text, 'id', hid)::text);
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS records_check ON records;
CREATE TRIGGER records_check BEFORE INSERT OR UPDATE OR DELETE ON records FOR EACH ROW EXECUTE FUNCTION layout_check();
DROP TRIGGER IF EXISTS records_history ON records;
CREATE TRIGGER records_history AFTER INSERT OR UPDATE OR DELETE ON records
  FOR EACH ROW EXECUTE FUNCTION layout_history();

ALTER TABLE records ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON records, history TO {", ".join(GROUPS.values())};
GRANT INSERT, UPDATE, DELETE ON records TO layout_editor, layout_chief;
GRANT UPDATE ON records TO layout_reporter, layout_print;
DROP POLICY IF EXISTS staff_read ON records;
CREATE POLICY staff_read ON records FOR SELECT TO layout_editor, layout_chief, layout_reporter USING (true);
DROP POLICY IF EXISTS print_read ON records;
CREATE POLICY print_read ON records FOR SELECT TO layout_print
  USING (kind <> 'page' OR status IN ('signed', 'sent'));
DROP POLICY IF EXISTS editor_write ON records;
CREATE POLICY editor_write ON records FOR ALL TO layout_editor, layout_chief USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS reporter_write ON records;
CREATE POLICY reporter_write ON records FOR UPDATE TO layout_reporter
  USING (true) WITH CHECK (kind IN ('story', 'photo'));
DROP POLICY IF EXISTS print_write ON records;
CREATE POLICY print_write ON records FOR UPDATE TO layout_print
  USING (kind = 'page' AND status = 'signed') WITH CHECK (kind = 'page' AND status = 'sent');
CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO meta VALUES ('layout_app', '{SCHEMA_VERSION}') ON CONFLICT DO NOTHING;
GRANT SELECT ON meta TO {", ".join(GROUPS.values())};
"""


# schema 1 → 2: the edits recorded before have their change computed from the version before them
BACKFILL = """UPDATE history h SET change = layout_change((SELECT p.data FROM history p WHERE p.edition = h.edition
    AND p.kind = h.kind AND p.key = h.key AND p.id < h.id AND p.data IS NOT NULL ORDER BY p.id DESC LIMIT 1), h.data)
  WHERE h.action = 'edit' AND h.change IS NULL"""


def _prepare(conn: psycopg.Connection) -> None:
    """Make the store, or bring an older one to this schema (idempotent; one at a time; the caller's
    transaction: all of it or nothing)."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtext('layout_app schema'))")
    conn.execute(ROLES_SQL)
    conn.execute(SCHEMA)
    (found,) = conn.execute("SELECT value FROM meta WHERE key = 'layout_app'").fetchone()
    if int(found) < SCHEMA_VERSION:
        conn.execute(BACKFILL)
        conn.execute("UPDATE meta SET value = %s WHERE key = 'layout_app'", (str(SCHEMA_VERSION),))


def _connect(conninfo: str, user: str | None = None, autocommit: bool = False) -> psycopg.Connection:
    try:
        kwargs = {"user": user} if user else {}
        return psycopg.connect(conninfo, autocommit=autocommit, connect_timeout=10, **kwargs)
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "no password supplied" in first:       # libpq's words for a server that asks for one
            first = ("the server asks for a password: give it in the address (postgresql://USER:PASSWORD@HOST/DB) "
                     "or in ~/.pgpass (mode 0600)")
        raise StoreError(f"{_safe(conninfo)}: cannot connect: {first}") from None


def _safe(conninfo: str) -> str:
    """The address without a password, for messages."""
    try:
        parts = psycopg.conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return "postgresql store"
    parts.pop("password", None)
    return f"postgresql://{parts.get('user', '')}@{parts.get('host', '')}:{parts.get('port', '')}/{parts.get('dbname', '')}"


class PostgresStore(Store):
    engine = "postgresql"

    def __init__(self, conninfo: str, user: str | None = None):
        self.conninfo = conninfo
        self.where = _safe(conninfo)
        self.conn = _connect(conninfo, user, autocommit=True)
        self._lock = threading.RLock()
        try:
            self.user, self.role = self.conn.execute("SELECT session_user::text, layout_role()").fetchone()
            (found,) = self.conn.execute("SELECT value FROM meta WHERE key = 'layout_app'").fetchone()
        except psycopg.errors.UndefinedFunction:
            self.conn.close()
            raise StoreError(f"{self.where}: not a layout_app store; prepare it with `layout-app store init "
                             f"{self.where}`") from None
        if int(found) > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(f"{self.where}: the store has schema {found}, made by a newer layout_app (this one "
                             f"reads up to {SCHEMA_VERSION}); update layout_app")
        if int(found) < SCHEMA_VERSION:
            self._upgrade(int(found))
        if self.role == "admin":
            self.role = "chief"          # the superuser that set the store up may do all a chief editor does
        elif self.role == "none":
            self.conn.close()
            raise StoreError(f"{self.where}: user {self.user!r} has no newsroom role")

    @staticmethod
    def init(conninfo: str) -> "PostgresStore":
        """Tables, triggers, policies and the four group roles (run by the database's owner)."""
        conn = _connect(conninfo, autocommit=True)
        try:
            with conn.transaction():
                _prepare(conn)
        except psycopg.Error as exc:
            raise StoreError(f"{_safe(conninfo)}: cannot prepare the store: {exc.diag.message_primary or exc}") from None
        finally:
            conn.close()
        return PostgresStore(conninfo)

    def _upgrade(self, found: int) -> None:
        """An older store, brought to this schema on open by its owner; a desk is told to ask for it."""
        if self.role != "admin":
            self.conn.close()
            raise StoreError(f"{self.where}: the store has schema {found}, older than this layout_app's "
                             f"{SCHEMA_VERSION}; its owner upgrades it with `layout-app store init {self.where}`")
        try:
            with self.conn.transaction():
                _prepare(self.conn)
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"{self.where}: cannot upgrade the store: {exc.diag.message_primary or exc}") from None

    def add_user(self, name: str, role: str) -> None:
        """A login role for a desk, in its group (run as the store's owner)."""
        if role not in ROLES:
            raise StoreError(f"role {role!r}: one of {', '.join(ROLES)}")
        with self._errors(), self._transaction():
            exists = self.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if not exists:
                self.conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
            for other in GROUPS.values():
                self.conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(name)))
            self.conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[role]), sql.Identifier(name)))

    def _execute(self, query: str, params: tuple = ()):
        return self.conn.execute(query.replace("?", "%s"), params)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock, self.conn.transaction():
            yield

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except errors.SerializationFailure:
            raise Stale([]) from None
        except errors.InsufficientPrivilege as exc:
            raise trigger_refusal(exc.diag.message_primary or str(exc)) from None
        except psycopg.OperationalError as exc:
            raise StoreError(Notice(DATABASE, where=self.where, reason=str(exc))) from None

    def _json_in(self, data):
        return None if data is None else Json(data)

    def _json_out(self, value):
        return value

    def watch(self, edition: str, callback: Callable[[Change], None]) -> Watcher:
        return _Listener(self.conninfo, self.user, edition, callback)

    def close(self) -> None:
        self.conn.close()


class _Listener(Watcher):
    """LISTEN on its own connection; each NOTIFY of the trigger is one change and names its history
    row, whose operations the listener reads on the same connection. A dropped connection
    (server restart, network) is opened again, and a change of kind "*" says that some may have been
    missed meanwhile, so the desk reads the edition again."""

    RETRY = 0.5            # s between attempts to reconnect

    def __init__(self, conninfo: str, user: str, edition: str, callback):
        self.conninfo, self.user = conninfo, user
        self.conn = self._listen()
        super().__init__(edition, callback)

    def _listen(self) -> psycopg.Connection:
        conn = _connect(self.conninfo, self.user, autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def run_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                # what has arrived (the generator ends with the first batch), then those rows' operations
                notes = [json.loads(n.payload) for n in self.conn.notifies(timeout=0.2, stop_after=1)]
                notes = [p for p in notes if p["edition"] == self.edition]
                edits = [p["id"] for p in notes if p["action"] == "edit"]
                ops = dict(self.conn.execute("SELECT id, change FROM history WHERE id = ANY(%s)",
                                             (edits,)).fetchall()) if edits else {}
                for p in notes:
                    self.deliver(Change(p["edition"], p["kind"], p["key"], p["version"], p["action"], p["author"],
                                        p["id"], ops.get(p["id"])))
            except psycopg.OperationalError:
                self.conn.close()
                while not self.stopping.wait(self.RETRY):
                    try:
                        self.conn = self._listen()
                    except StoreError:
                        continue
                    self.deliver(Change(self.edition, "*", "", 0, "reconnect", ""))
                    break
        self.conn.close()
