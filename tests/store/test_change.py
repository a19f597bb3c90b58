"""The history records each edit as operations (fields changed, before and after; a page's frames
one by one), written by the database's trigger on PostgreSQL and by the save's own transaction on
SQLite; the diff and the audit read them, so an audit of any window reads right. Both engines."""
from dataclasses import replace

import pytest

from layout_app.store.change import before_data, change_of
from layout_app.store.desk import Desk
from layout_app.store.history import audit_lines, diff_versions
from tests.store.newsroom import FRAME, PAGE, PHOTO, frame, imported, moved, with_caption


def _last_edit(store, ed_name, kind, key):
    return [v for v in store.history(ed_name, kind, key) if v.action == "edit"][-1]


def _stored_changes(stores):
    """The change column as the database holds it (not what the store may compute on reading)."""
    q = "SELECT change FROM history WHERE action = 'edit' ORDER BY id"
    if stores.engine == "sqlite":
        import json
        import sqlite3
        conn = sqlite3.connect(stores.where)
        try:
            return [None if r[0] is None else json.loads(r[0]) for r in conn.execute(q)]
        finally:
            conn.close()
    import psycopg
    with psycopg.connect(stores.where, autocommit=True) as conn:
        return [r[0] for r in conn.execute(q)]


def test_a_caption_edit_records_exactly_the_caption_before_and_after(stores):
    ed_name = imported(stores)
    original = stores.admin.export_document(ed_name).photo(PHOTO).caption
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "记者改的说明"))
    v = _last_edit(stores.open("ed"), ed_name, "photo", PHOTO)
    assert (v.author, v.version) == ("rep", 2)
    assert v.change == [{"field": "caption", "before": original, "after": "记者改的说明"}]
    assert _stored_changes(stores) == [v.change]          # written with the save, not made up on reading
    # creations, status and check-out rows carry no operations
    assert [h.change for h in stores.admin.history(ed_name, "photo", PHOTO) if h.action != "edit"] == [None]


def test_a_frame_move_records_the_frames_column_and_line_before_and_after(stores):
    ed_name = imported(stores)
    ed = Desk(stores.open("ed"), ed_name)
    f = frame(ed.document())
    ed.save(moved(ed.document(), col=f.col + 1, line=f.line + 3))
    (op,) = _last_edit(stores.open("chief"), ed_name, "page", PAGE).change
    assert op["field"] == f"frame:{FRAME}"
    assert (op["before"]["col"], op["before"]["line"]) == (f.col, f.line)
    assert (op["after"]["col"], op["after"]["line"]) == (f.col + 1, f.line + 3)
    assert {k: v for k, v in op["after"].items() if k not in ("col", "line")} == \
        {k: v for k, v in op["before"].items() if k not in ("col", "line")}


def test_the_audit_after_n_reads_each_edit_from_its_operations(stores):
    ed_name = imported(stores)
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "第一稿"))
    since = stores.admin.audit(ed_name)[-1].id
    rep.save(with_caption(rep.document(), "第二稿"))
    ed = Desk(stores.open("ed"), ed_name)
    f = frame(ed.document())
    ed.save(moved(ed.document(), col=f.col + 1))
    lines = audit_lines(stores.admin.audit(ed_name, since=since))
    assert len(lines) == 2
    assert lines[0].endswith("rep  edit photo ph-reading v3: caption: 「第一稿」 → 「第二稿」")
    assert lines[1].endswith(f"ed  edit page {PAGE} v2: frame {FRAME} moved: column {f.col + 1}, line {f.line + 1}"
                             f" → column {f.col + 2}, line {f.line + 1}")


def test_a_restore_records_its_change_too(stores):
    ed_name = imported(stores)
    original = stores.admin.export_document(ed_name).photo(PHOTO).caption
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "改后的说明"))
    stores.open("ed").restore(ed_name, "photo", PHOTO, 1)
    v = _last_edit(stores.admin, ed_name, "photo", PHOTO)
    assert (v.version, v.author, v.note) == (3, "ed", "restore v1")
    assert v.change == [{"field": "caption", "before": "改后的说明", "after": original}]
    assert _stored_changes(stores)[-1] == v.change
    assert diff_versions([v])[0][1] == [f"caption: 「改后的说明」 → 「{original}」", "(restore v1)"]


def test_frames_added_removed_and_reordered_are_operations_of_their_own(stores):
    ed_name = imported(stores)
    ed = Desk(stores.open("ed"), ed_name)
    doc = ed.document()
    page = doc.page(PAGE)
    first, second = page.frames[0], page.frames[1]
    frames = (second, first) + page.frames[2:]
    ed.save(replace(doc, pages=tuple(replace(p, frames=frames) if p.id == PAGE else p for p in doc.pages)))
    (op,) = _last_edit(stores.admin, ed_name, "page", PAGE).change
    assert op["field"] == "frame_order"
    assert op["before"][:2] == [first.id, second.id] and op["after"][:2] == [second.id, first.id]
    doc = ed.document()
    without = tuple(f for f in doc.page(PAGE).frames if f.id != first.id)
    ed.save(replace(doc, pages=tuple(replace(p, frames=without) if p.id == PAGE else p for p in doc.pages)))
    ops = _last_edit(stores.admin, ed_name, "page", PAGE).change
    assert [(o["field"], o["before"]["id"], o["after"]) for o in ops if o["field"].startswith("frame:")] == \
        [(f"frame:{first.id}", first.id, None)]
    assert [o["field"] for o in ops] == [f"frame:{first.id}", "frame_order"]


# --- the rules themselves, with hand-written answers; PostgreSQL's SQL must give the same -------------
CASES = [
    ({"a": 1, "b": "x"}, {"a": 1, "b": "y"}, [{"field": "b", "before": "x", "after": "y"}]),
    ({"a": 1}, {"a": 1, "c": [1]}, [{"field": "c", "before": None, "after": [1]}]),
    ({"a": 1, "c": 2}, {"a": 1}, [{"field": "c", "before": 2, "after": None}]),
    ({"frames": [{"id": "p", "col": 0}, {"id": "q", "col": 1}]},
     {"frames": [{"id": "q", "col": 1}, {"id": "r", "col": 4}]},
     [{"field": "frame:p", "before": {"id": "p", "col": 0}, "after": None},
      {"field": "frame:r", "before": None, "after": {"id": "r", "col": 4}},
      {"field": "frame_order", "before": ["p", "q"], "after": ["q", "r"]}]),
    ({"section": "要闻", "frames": [{"id": "p", "col": 0, "line": 2}]},
     {"section": "本地", "frames": [{"id": "p", "col": 3, "line": 2}]},
     [{"field": "section", "before": "要闻", "after": "本地"},
      {"field": "frame:p", "before": {"id": "p", "col": 0, "line": 2}, "after": {"id": "p", "col": 3, "line": 2}}]),
    ({"x": 1}, {"x": 1}, []),
]


@pytest.mark.parametrize("old, new, ops", CASES)
def test_change_of_and_back(old, new, ops):
    assert change_of(old, new) == ops
    assert before_data(new, ops) == old


def test_the_databases_trigger_function_reads_changes_as_the_store_code_does(pg_stores):
    import psycopg
    from psycopg.types.json import Json
    with psycopg.connect(pg_stores.where, autocommit=True) as conn:
        for old, new, ops in CASES:
            assert conn.execute("SELECT layout_change(%s, %s)", (Json(old), Json(new))).fetchone()[0] == ops
        # the same value spelt otherwise (an escape, spaces) is no change
        assert conn.execute("""SELECT layout_change('{"a": "\\u4e2d", "b": [1,2]}'::json, """
                            """'{"a": "中", "b": [1, 2]}'::json)""").fetchone()[0] == []


def test_the_audit_command_since_an_entry_reads_only_what_came_after(stores, capsys):
    from layout_app import cli
    ed_name = imported(stores)
    rep = Desk(stores.open("rep"), ed_name)
    rep.save(with_caption(rep.document(), "第一稿"))
    rep.save(with_caption(rep.document(), "第二稿"))
    assert cli.main(["edition", "audit", ed_name, "--store", stores.where, "--user", "ed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    number = lines[-2].split()[0]              # the entry of the first caption edit, "#N"
    assert number.startswith("#") and "caption: 「" in lines[-2] and lines[-2].endswith("→ 「第一稿」")
    assert cli.main(["edition", "audit", ed_name, "--since", number[1:], "--store", stores.where,
                     "--user", "ed"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert int(line.split()[0][1:]) > int(number[1:])
    assert line.endswith("rep  edit photo ph-reading v3: caption: 「第一稿」 → 「第二稿」")
