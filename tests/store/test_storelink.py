"""The editor's document tied to the store: a colleague's caption appears in place within half a
second, my undo leaves it, and my save merges (both engines, the real controller)."""
import time

import pytest
import shiboken6
from dataclasses import replace

from layout_app.editor.controller import DocumentController
from layout_app.editor.storelink import StoreLink
from layout_app.store.desk import Desk
from tests.store.newsroom import FRAME, PHOTO, frame, imported, with_caption


@pytest.mark.usefixtures("settled_heap")
def test_a_colleagues_caption_appears_live_and_survives_my_undo_and_save(stores, qtbot):
    ed_name = imported(stores)
    store = stores.open("ed")
    c = DocumentController(Desk(store, ed_name).document())
    link = StoreLink(c, store, ed_name)
    try:
        original = frame(c.doc)
        c.replace_frames(0, {FRAME: replace(original, col=original.col + 1)}, "move")
        time.sleep(0.2)
        reporter = Desk(stores.open("rep"), ed_name)
        start = time.monotonic()
        reporter.save(with_caption(reporter.document(), "记者刚改的说明。"))
        qtbot.waitUntil(lambda: c.doc.photo(PHOTO).caption == "记者刚改的说明。", timeout=2000)
        assert time.monotonic() - start <= 0.5
        assert frame(c.doc).col == original.col + 1                  # my unsaved move is still there
        c.undo()
        assert frame(c.doc) == original and c.doc.photo(PHOTO).caption == "记者刚改的说明。"
        c.redo()
        assert link.save().conflicts == [] and not c.dirty
        final = stores.admin.export_document(ed_name)
        assert frame(final).col == original.col + 1 and final.photo(PHOTO).caption == "记者刚改的说明。"
    finally:
        link.close()
        shiboken6.delete(c)          # while the application exists, not at interpreter exit


def test_the_same_caption_changed_here_and_there_is_shown_with_both_texts(stores, qtbot):
    ed_name = imported(stores)
    store = stores.open("rep")
    c = DocumentController(Desk(store, ed_name).document())
    link = StoreLink(c, store, ed_name)
    shown = []
    link.conflicts.connect(shown.append)
    try:
        c.apply(with_caption(c.doc, "我的说明"), "caption")
        other = Desk(stores.open("rep2"), ed_name)
        other.save(with_caption(other.document(), "同事的说明"))
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
        conflict = shown[0][0]
        assert (conflict.field, conflict.mine, conflict.theirs) == ("caption", "我的说明", "同事的说明")
        assert c.doc.photo(PHOTO).caption == "同事的说明"           # kept until I decide
        assert stores.admin.export_document(ed_name).photo(PHOTO).caption == "同事的说明"
    finally:
        link.close()
        shiboken6.delete(c)          # while the application exists, not at interpreter exit


def test_live_desks_see_each_others_edits_without_saving(stores, qtbot):
    """The editor moves a photo, the reporter fixes its caption: each sees the other's edit in place,
    nobody presses Save, and the editor's undo travels too — without taking the caption back."""
    ed_name = imported(stores)
    ed_store, rep_store = stores.open("ed"), stores.open("rep")
    editor = DocumentController(Desk(ed_store, ed_name).document())
    reporter = DocumentController(Desk(rep_store, ed_name).document())
    links = [StoreLink(editor, ed_store, ed_name, live=True), StoreLink(reporter, rep_store, ed_name, live=True)]
    try:
        original = frame(editor.doc)
        editor.replace_frames(0, {FRAME: replace(original, col=original.col + 1)}, "move")
        qtbot.waitUntil(lambda: frame(reporter.doc).col == original.col + 1, timeout=3000)
        reporter.apply(with_caption(reporter.doc, "记者在线改的说明"), "caption")
        qtbot.waitUntil(lambda: editor.doc.photo(PHOTO).caption == "记者在线改的说明", timeout=3000)
        editor.undo()
        qtbot.waitUntil(lambda: frame(reporter.doc) == original, timeout=3000)
        final = stores.admin.export_document(ed_name)
        assert frame(final) == original and final.photo(PHOTO).caption == "记者在线改的说明"
        assert not editor.dirty and not reporter.dirty
    finally:
        for link in links:
            link.close()
        shiboken6.delete(editor)
        shiboken6.delete(reporter)


def test_live_mode_tries_again_when_colleagues_win_every_race_and_loses_nothing(stores, qtbot):
    """Live mode: colleagues' saves land first at each of the desk's tries (one whole save refused as
    stale); my edit stays in the document and goes to the store on the next try, not to an error box."""
    from layout_app.store.base import Stale
    ed_name = imported(stores)
    store = stores.open("ed")
    c = DocumentController(Desk(store, ed_name).document())
    link = StoreLink(c, store, ed_name, live=True)
    told = []
    link.refused.connect(told.append)
    real, tries = store.commit, []

    def overtaken(edition, writes, note=""):
        tries.append(len(writes))
        if len(tries) <= 5:                     # the desk's five tries of the first save all lose
            raise Stale([(w.kind, w.key) for w in writes])
        return real(edition, writes, note)
    store.commit = overtaken
    try:
        c.apply(with_caption(c.doc, "直播模式下的说明"), "caption")
        qtbot.waitUntil(lambda: not c.dirty, timeout=3000)
        assert len(tries) >= 6 and told == []
        assert stores.admin.export_document(ed_name).photo(PHOTO).caption == "直播模式下的说明"
    finally:
        del store.commit
        link.close()
        shiboken6.delete(c)          # while the application exists, not at interpreter exit
