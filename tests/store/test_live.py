"""Live: a change saved on one desk reaches another desk watching the edition within half a second
(PostgreSQL LISTEN/NOTIFY; SQLite by polling its data version), and merges into what it shows."""
import queue
import time

import psycopg
import pytest

from layout_app.store.desk import Desk
from tests.store.newsroom import FRAME, PHOTO, frame, imported, moved, with_caption

LIVE = 0.5          # s: the target
pytestmark = pytest.mark.usefixtures("settled_heap")    # see conftest: a lag measured is the store's


def _watch(store, edition):
    arrived = queue.Queue()
    watcher = store.watch(edition, lambda change: arrived.put((time.monotonic(), change)))
    return watcher, arrived


def test_a_caption_saved_by_the_reporter_reaches_the_editor_within_half_a_second(stores):
    ed_name = imported(stores)
    editor_store = stores.open("ed")
    editor = Desk(editor_store, ed_name)
    shown = moved(editor.document(), col=4)             # the editor is busy with a frame (unsaved)
    watcher, arrived = _watch(editor_store, ed_name)
    try:
        time.sleep(0.2)                                 # the watcher is listening
        reporter = Desk(stores.open("rep"), ed_name)
        start = time.monotonic()
        reporter.save(with_caption(reporter.document(), "现场改的图片说明。"))
        at, change = arrived.get(timeout=5)
        assert at - start <= LIVE, f"{at - start:.3f} s"
        assert (change.kind, change.key, change.author, change.action) == ("photo", PHOTO, "rep", "edit")
        assert change.version == 2
        shown = editor.refresh(shown).document             # the caption in place, the editor's move kept
        assert shown.photo(PHOTO).caption == "现场改的图片说明。" and frame(shown).col == 4
    finally:
        watcher.stop()


def test_the_reporter_sees_a_moved_photo_and_other_editions_stay_quiet(stores):
    ed_name = imported(stores)
    stores.admin.import_document("other", stores.admin.export_document(ed_name))
    rep_store = stores.open("rep")
    reporter = Desk(rep_store, ed_name)
    watcher, arrived = _watch(rep_store, ed_name)
    try:
        time.sleep(0.2)
        Desk(stores.open("ed2"), "other").save(moved(stores.admin.export_document("other"), col=2))
        editor = Desk(stores.open("ed"), ed_name)
        start = time.monotonic()
        editor.save(moved(editor.document(), col=5))
        at, change = arrived.get(timeout=5)
        assert (change.edition, change.kind, change.key) == (ed_name, "page", "A1")     # not the other edition's
        assert at - start <= LIVE
        assert frame(reporter.refresh(reporter.document()).document, FRAME).col == 5
        assert arrived.empty()
    finally:
        watcher.stop()


def test_every_change_of_a_series_arrives_within_half_a_second(stores):
    """Several saves at uneven moments, so a slow poll cannot pass by luck of phase."""
    ed_name = imported(stores)
    watcher, arrived = _watch(stores.open("ed"), ed_name)
    reporter = Desk(stores.open("rep"), ed_name)
    lags = []
    try:
        time.sleep(0.2)
        for k, pause in enumerate((0.13, 0.29, 0.07, 0.37, 0.21)):
            time.sleep(pause)
            start = time.monotonic()
            reporter.save(with_caption(reporter.document(), f"第{k}版说明。"))
            at, change = arrived.get(timeout=5)
            assert change.version == k + 2
            lags.append(at - start)
    finally:
        watcher.stop()
    assert max(lags) <= LIVE, [round(x, 3) for x in lags]


def test_a_listener_whose_connection_drops_reconnects_and_says_so(pg_stores):
    ed_name = imported(pg_stores)
    watcher, arrived = _watch(pg_stores.open("ed"), ed_name)
    try:
        time.sleep(0.2)
        with psycopg.connect(pg_stores.where, autocommit=True) as admin:
            killed = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE query LIKE 'LISTEN%' AND usename = 'ed'").fetchall()
        assert killed == [(True,)]
        _, change = arrived.get(timeout=5)
        assert (change.kind, change.action) == ("*", "reconnect")        # read the edition again
        reporter = Desk(pg_stores.open("rep"), ed_name)
        reporter.save(with_caption(reporter.document(), "重连之后的说明"))
        _, change = arrived.get(timeout=5)
        assert (change.kind, change.key) == ("photo", PHOTO)
    finally:
        watcher.stop()
