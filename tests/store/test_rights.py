"""Roles and rights, on both engines through the app; with PostgreSQL also by the database itself,
tried with plain SQL from a desk's own connection (a client that skips the app's checks)."""
import json

import psycopg
import pytest

from layout_app.store.base import Refused, StoreError
from layout_app.store.desk import Desk
from tests.store.newsroom import FRAME, PAGE, PHOTO, STORY, frame, imported, moved, with_caption, with_story


def test_a_reporter_changes_story_text_captions_and_credits(stores):
    ed_name = imported(stores)
    desk = Desk(stores.open("rep"), ed_name)
    doc = with_story(with_caption(desk.document(), "新说明"), headline="新标题", body=("第一段。", "第二段。"))
    assert desk.save(doc).conflicts == []
    final = stores.admin.export_document(ed_name)
    assert final.photo(PHOTO).caption == "新说明" and final.story(STORY).body == ("第一段。", "第二段。")


@pytest.mark.parametrize("change", ["frame", "rank", "photo file"])
def test_a_reporter_may_not_move_a_frame_rank_a_story_or_swap_a_photo(stores, change):
    ed_name = imported(stores)
    desk = Desk(stores.open("rep"), ed_name)
    doc = desk.document()
    from dataclasses import replace
    if change == "frame":
        doc = moved(doc, col=5)
    elif change == "rank":
        doc = with_story(doc, rank="brief")
    else:
        doc = replace(doc, photos=tuple(replace(p, file="photos/other.jpg") if p.id == PHOTO else p for p in doc.photos))
    with pytest.raises(Refused):
        desk.save(doc)
    assert stores.admin.export_document(ed_name) == desk.document()        # nothing written


def test_only_the_chief_editor_signs_off_and_a_signed_page_waits_for_reopening(stores):
    ed_name = imported(stores)
    ed, chief = stores.open("ed"), stores.open("chief")
    ed.set_status(ed_name, PAGE, "review")                       # 排版中 → 待审
    with pytest.raises(Refused, match="may not take it from 待审 to 已签发"):
        ed.set_status(ed_name, PAGE, "signed")
    chief.set_status(ed_name, PAGE, "signed")                     # 签发
    desk = Desk(ed, ed_name)
    with pytest.raises(Refused, match="signed"):
        desk.save(moved(desk.document(), col=4))
    with pytest.raises(Refused):
        ed.set_status(ed_name, PAGE, "draft")                    # reopening is the chief's
    chief.set_status(ed_name, PAGE, "draft")
    desk.save(moved(desk.document(), col=4))
    assert frame(stores.admin.export_document(ed_name)).col == 4


def test_print_staff_see_and_send_only_signed_pages(stores):
    ed_name = imported(stores)
    printer = stores.open("printer")
    assert printer.pages(ed_name) == []                          # nothing signed yet
    with pytest.raises(StoreError, match="print staff see signed pages only"):
        printer.export_document(ed_name)
    with pytest.raises(StoreError, match="no page 'A1' you may see"):
        printer.set_status(ed_name, PAGE, "sent")
    stores.open("chief").set_status(ed_name, PAGE, "signed")
    assert [p.key for p in printer.pages(ed_name)] == [PAGE]
    assert printer.export_document(ed_name).page(PAGE) == stores.admin.export_document(ed_name).page(PAGE)
    assert printer.set_status(ed_name, PAGE, "sent").status == "sent"          # 已发排
    desk = Desk(printer, ed_name)
    with pytest.raises(Refused):
        desk.save(with_caption(desk.document(), "印务改的说明"))


# --- the database's own rules: plain SQL from a desk's connection ----------------------------------------

def _sql(stores, user):
    return psycopg.connect(stores.where, user=user, autocommit=True)


def test_postgres_refuses_a_reporters_sql_update_of_a_frame(pg_stores):
    ed_name = imported(pg_stores)
    before = pg_stores.admin.get(ed_name, "page", PAGE)
    with _sql(pg_stores, "rep") as conn:
        data = dict(before.data)
        data["frames"] = [dict(f, col=5) if f["id"] == FRAME else f for f in data["frames"]]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE records SET data = %s::json, version = version + 1 "
                         "WHERE edition = %s AND kind = 'page' AND key = %s", (json.dumps(data), ed_name, PAGE))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):       # nor by naming no version at all
            conn.execute("UPDATE records SET data = '{}'::json WHERE kind = 'page'")
    after = pg_stores.admin.get(ed_name, "page", PAGE)
    assert after == before


def test_postgres_lets_a_reporter_fix_a_caption_in_sql_but_not_swap_the_photo(pg_stores):
    ed_name = imported(pg_stores)
    photo = pg_stores.admin.get(ed_name, "photo", PHOTO)
    with _sql(pg_stores, "rep") as conn:
        conn.execute("UPDATE records SET data = %s::json, version = version + 1 WHERE edition = %s AND "
                     "kind = 'photo' AND key = %s", (json.dumps({**photo.data, "caption": "改"}), ed_name, PHOTO))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only story text, captions and credits"):
            conn.execute("UPDATE records SET data = %s::json, version = version + 1 WHERE edition = %s AND "
                         "kind = 'photo' AND key = %s", (json.dumps({**photo.data, "file": "x.jpg"}), ed_name, PHOTO))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE records SET status = 'signed' WHERE kind = 'page'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM records")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM history")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):        # the author is the login, never a claim
            conn.execute("INSERT INTO history (edition, kind, key, version, author, action) "
                         "VALUES ('x', 'story', 'y', 1, 'chief', 'edit')")
    now = pg_stores.admin.get(ed_name, "photo", PHOTO)
    assert now.data["caption"] == "改" and now.data["file"] == photo.data["file"]
    assert now.updated_by == "rep"
    assert [(v.author, v.action) for v in pg_stores.admin.history(ed_name, "photo", PHOTO)][-1] == ("rep", "edit")


def test_postgres_refuses_an_sql_write_on_an_old_version_and_a_signed_page(pg_stores):
    ed_name = imported(pg_stores)
    page = pg_stores.admin.get(ed_name, "page", PAGE)
    with _sql(pg_stores, "ed") as conn:
        with pytest.raises(psycopg.errors.SerializationFailure):       # the version must move on by one
            conn.execute("UPDATE records SET data = %s::json WHERE kind = 'page' AND key = %s",
                         (json.dumps({**page.data, "section": "改"}), PAGE))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE records SET status = 'signed' WHERE kind = 'page' AND key = %s", (PAGE,))
    with _sql(pg_stores, "chief") as conn:
        conn.execute("UPDATE records SET status = 'signed' WHERE kind = 'page' AND key = %s", (PAGE,))
    with _sql(pg_stores, "ed") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="signed off"):
            conn.execute("UPDATE records SET data = %s::json, version = version + 1 WHERE kind = 'page' AND key = %s",
                         (json.dumps({**page.data, "section": "改"}), PAGE))


def test_postgres_shows_print_staff_only_signed_pages(pg_stores):
    ed_name = imported(pg_stores)
    with _sql(pg_stores, "printer") as conn:
        assert conn.execute("SELECT count(*) FROM records WHERE kind = 'page'").fetchone()[0] == 0
        assert conn.execute("UPDATE records SET status = 'sent' WHERE kind = 'page'").rowcount == 0
    pg_stores.open("chief").set_status(ed_name, PAGE, "signed")
    with _sql(pg_stores, "printer") as conn:
        assert conn.execute("SELECT key FROM records WHERE kind = 'page'").fetchall() == [(PAGE,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE records SET status = 'draft' WHERE kind = 'page'")
        assert conn.execute("UPDATE records SET status = 'sent' WHERE kind = 'page'").rowcount == 1


def test_a_reporter_cannot_add_staff(stores):
    with pytest.raises(Refused):
        stores.open("rep").add_user("friend", "chief")


def test_a_signed_page_cannot_be_deleted_even_in_sql(stores):
    ed_name = imported(stores)
    stores.open("chief").set_status(ed_name, PAGE, "signed")
    if stores.engine == "postgresql":
        with _sql(stores, "ed") as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="signed off"):
                conn.execute("DELETE FROM records WHERE kind = 'page'")
    else:
        import sqlite3
        conn = sqlite3.connect(stores.where)
        with pytest.raises(sqlite3.IntegrityError, match="signed off"):
            conn.execute("DELETE FROM records WHERE kind = 'page'")
        conn.close()
    assert stores.admin.get(ed_name, "page", PAGE) is not None


def test_a_raw_write_that_does_not_move_the_version_on_is_refused_by_the_database(stores):
    """The version check is the database's too, not only the app's WHERE clause."""
    ed_name = imported(stores)
    page = stores.admin.get(ed_name, "page", PAGE)
    changed = json.dumps({**page.data, "section": "改"}, ensure_ascii=False)
    if stores.engine == "postgresql":
        with _sql(stores, "ed") as conn:
            with pytest.raises(psycopg.errors.SerializationFailure):
                conn.execute("UPDATE records SET data = %s::json WHERE kind = 'page'", (changed,))
    else:
        import sqlite3
        conn = sqlite3.connect(stores.where)
        with pytest.raises(sqlite3.IntegrityError, match="stale"):
            conn.execute("UPDATE records SET data = ? WHERE kind = 'page'", (changed,))
        conn.close()
    assert stores.admin.get(ed_name, "page", PAGE) == page


def test_a_caption_on_a_signed_page_waits_for_the_page_to_be_reopened(stores):
    """A signed page changes only after the chief editor reopens it — its captions and stories too."""
    ed_name = imported(stores)
    chief = stores.open("chief")
    chief.set_status(ed_name, PAGE, "signed")
    desk = Desk(stores.open("rep"), ed_name)
    with pytest.raises(Refused, match="on a signed page"):
        desk.save(with_caption(desk.document(), "签发后改的说明"))
    with pytest.raises(Refused, match="on a signed page"):
        desk.save(with_story(desk.document(), headline="签发后改的标题"))
    assert stores.admin.export_document(ed_name) == desk.document()
    chief.set_status(ed_name, PAGE, "draft")
    assert desk.save(with_caption(desk.document(), "重开后改的说明")).conflicts == []
