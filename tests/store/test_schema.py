"""A store made by the layout_app before the history's `change` (schema 1) still opens: it is brought
to schema 2 on open — the column added, the edits recorded before given their operations — on both
engines; a store of a newer schema is refused with a clear message."""
import json
import sqlite3

import psycopg
import pytest

from layout_app.store import open_store
from layout_app.store.base import SCHEMA_VERSION, StoreError
from layout_app.store.desk import Desk
from layout_app.store.history import audit_lines
from tests.store.newsroom import PHOTO, imported, with_caption

# schema 1's history trigger on PostgreSQL, as layout_app shipped it (no change column)
V1_HISTORY = """
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
  INSERT INTO history (edition, kind, key, version, data, status, holder, author, action, note)
    VALUES (rec.edition, rec.kind, rec.key, rec.version,
            CASE WHEN act IN ('create', 'edit') THEN rec.data END, rec.status, rec.holder, session_user, act,
            CASE WHEN act IN ('create', 'edit') THEN rec.note ELSE '' END)
    RETURNING id INTO hid;
  PERFORM pg_notify('layout_app', json_build_object('edition', rec.edition, 'kind', rec.kind, 'key', rec.key,
                    'version', rec.version, 'action', act, 'author', session_user::text, 'id', hid)::text);
  RETURN NULL;
END $$;
DROP FUNCTION layout_change(json, json);
"""


def _raw_caption_edit(stores, conn, ed_name, text):
    """An edit as schema 1's app made it: a plain UPDATE, the trigger writes the history row."""
    q = "SELECT data FROM records WHERE kind = 'photo' AND key = %s"
    if stores.engine == "sqlite":
        data = json.loads(conn.execute(q.replace("%s", "?"), (PHOTO,)).fetchone()[0])
        conn.execute("UPDATE records SET data = ?, version = version + 1, updated_by = 'rep' WHERE kind = 'photo' "
                     "AND key = ?", (json.dumps({**data, "caption": text}, ensure_ascii=False), PHOTO))
    else:
        data = conn.execute(q, (PHOTO,)).fetchone()[0]
        conn.execute("UPDATE records SET data = %s::json, version = version + 1 WHERE kind = 'photo' AND key = %s",
                     (json.dumps({**data, "caption": text}, ensure_ascii=False), PHOTO))


def _schema_1(stores):
    """A store of schema 1 with history: made now, then taken back to what schema 1 was; one more edit
    is made through schema 1's own trigger."""
    ed_name = imported(stores)
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "旧版的说明"))
    for s in stores.opened:
        s.close()
    stores.opened = []
    if stores.engine == "sqlite":
        conn = sqlite3.connect(stores.where, isolation_level=None)
        conn.execute("ALTER TABLE history DROP COLUMN change")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'layout_app'")
        assert "change" not in {r[1] for r in conn.execute("PRAGMA table_info(history)")}
        _raw_caption_edit(stores, conn, ed_name, "旧版又改")
        conn.close()
    else:
        with psycopg.connect(stores.where, autocommit=True) as conn:
            conn.execute("ALTER TABLE history DROP COLUMN change")
            conn.execute(V1_HISTORY)
            conn.execute("UPDATE meta SET value = '1' WHERE key = 'layout_app'")
            _raw_caption_edit(stores, conn, ed_name, "旧版又改")
    return ed_name


def test_a_store_of_schema_1_is_upgraded_on_open_and_its_old_edits_read_as_operations(stores):
    ed_name = _schema_1(stores)
    if stores.engine == "postgresql":
        # a desk may not alter the database: it is told who can, and nothing changes
        with pytest.raises(StoreError, match=r"schema 1, older than this layout_app's 3; its owner upgrades it "
                                             r"with `layout-app store init"):
            open_store(stores.where, "ed")
        stores.admin = open_store(stores.where)           # the owner's open upgrades it
        stores.opened.append(stores.admin)
    store = stores.open("ed")
    edits = [v for v in store.history(ed_name, "photo", PHOTO) if v.action == "edit"]
    assert [(v.version, v.change[0]["after"]) for v in edits] == [(2, "旧版的说明"), (3, "旧版又改")]
    assert edits[1].change == [{"field": "caption", "before": "旧版的说明", "after": "旧版又改"}]
    # the backfill is stored, not only computed on reading
    if stores.engine == "sqlite":
        conn = sqlite3.connect(stores.where)
        stored = [json.loads(r[0]) for r in conn.execute("SELECT change FROM history WHERE action = 'edit' ORDER BY id")]
        assert conn.execute("SELECT value FROM meta WHERE key = 'layout_app'").fetchone()[0] == str(SCHEMA_VERSION)
        conn.close()
    else:
        with psycopg.connect(stores.where, autocommit=True) as conn:
            stored = [r[0] for r in conn.execute("SELECT change FROM history WHERE action = 'edit' ORDER BY id")]
            assert conn.execute("SELECT value FROM meta WHERE key = 'layout_app'").fetchone()[0] == str(SCHEMA_VERSION)
    assert stored == [e.change for e in edits]
    # after the upgrade new saves record their operations, and the audit after N reads them
    since = store.audit(ed_name)[-1].id
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "升级后的说明"))
    (line,) = audit_lines(store.audit(ed_name, since=since))
    assert line.endswith("rep  edit photo ph-reading v4: caption: 「旧版又改」 → 「升级后的说明」")
    # opening it again changes nothing more
    assert stores.open("rep2").history(ed_name, "photo", PHOTO) == store.history(ed_name, "photo", PHOTO)


def test_a_store_of_a_newer_schema_is_refused_with_a_clear_message(stores):
    imported(stores)
    if stores.engine == "sqlite":
        conn = sqlite3.connect(stores.where, isolation_level=None)
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'layout_app'")
        conn.close()
    else:
        with psycopg.connect(stores.where, autocommit=True) as conn:
            conn.execute("UPDATE meta SET value = '99' WHERE key = 'layout_app'")
    with pytest.raises(StoreError, match=r"schema 99, made by a newer layout_app \(this one reads up to 3\)"):
        open_store(stores.where, "ed")


def _schema_2(stores):
    """A store of schema 2: its history trigger keeps an edit's note, drops a status change's."""
    ed_name = imported(stores)
    for s in stores.opened:
        s.close()
    stores.opened = []
    if stores.engine == "sqlite":
        from layout_app.store.sqlite import _CHANGED
        old = _CHANGED.replace(" OR NEW.status IS NOT OLD.status THEN NEW.note", " THEN NEW.note")
        assert old != _CHANGED
        conn = sqlite3.connect(stores.where, isolation_level=None)
        conn.execute("DROP TRIGGER records_changed")
        conn.execute(old)
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'layout_app'")
        conn.close()
    else:
        from layout_app.store.postgres import SCHEMA
        start = SCHEMA.index("CREATE OR REPLACE FUNCTION layout_history()")
        new = SCHEMA[start:SCHEMA.index("END $$;", start) + len("END $$;")]
        old = new.replace("act IN ('create', 'edit', 'status') THEN rec.note", "act IN ('create', 'edit') THEN rec.note")
        assert old != new
        with psycopg.connect(stores.where, autocommit=True) as conn:
            conn.execute(old)
            conn.execute("UPDATE meta SET value = '2' WHERE key = 'layout_app'")
    return ed_name


def test_a_store_of_schema_2_keeps_a_signings_note_once_upgraded(stores):
    # schema 3: the page's history row of a signing keeps its note — what the chief editor signed over
    ed_name = _schema_2(stores)
    if stores.engine == "postgresql":
        stores.admin = open_store(stores.where)           # the owner's open upgrades it
        stores.opened.append(stores.admin)
    chief = stores.open("chief")
    page = chief.pages(ed_name)[0].key
    chief.set_status(ed_name, page, "signed", note="signed with 1 finding(s) open: a caption at a guess")
    (row,) = [v for v in chief.history(ed_name, "page", page) if v.action == "status"]
    assert (row.status, row.author, row.note) == ("signed", "chief", "signed with 1 finding(s) open: a caption at a guess")
    assert audit_lines(chief.audit(ed_name))[-1].endswith("(signed with 1 finding(s) open: a caption at a guess)")
