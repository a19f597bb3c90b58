"""The live path carries operations (issue 14, item 5): a watcher names the history rows a colleague's
save wrote and hands over their `change`; the desk applies those operations to the version it holds
and to its open document — only the fields they name — and reads a record whole only when it missed
a version. Both engines, the real controller and watchers."""
import queue
import time
from dataclasses import replace

import pytest
import shiboken6

from layout_app.editor.controller import DocumentController
from layout_app.editor.storelink import StoreLink
from layout_app.store.desk import Desk
from tests.store.newsroom import FRAME, PAGE, PHOTO, frame, imported, moved, with_caption

CAPTION = "青石镇的孩子们在图书角里认真阅读。"         # demo.yaml, the photo ph-reading
CREDIT = "本报记者 王晨 摄"


def with_credit(doc, text, photo=PHOTO):
    return replace(doc, photos=tuple(replace(p, credit=text) if p.id == photo else p for p in doc.photos))


def _recording(desk):
    """The desk's receive, with each result kept (the real method runs)."""
    results, real = [], desk.receive

    def receive(changes, doc=None):
        results.append(real(changes, doc))
        return results[-1]
    desk.receive = receive
    return results


def _watch(store, edition):
    arrived = queue.Queue()
    watcher = store.watch(edition, arrived.put)
    time.sleep(0.2)                                     # listening
    return watcher, arrived


def _next_edit(arrived, timeout=5):
    while True:
        change = arrived.get(timeout=timeout)
        if change.action == "edit":
            return change


@pytest.mark.usefixtures("settled_heap")
def test_a_colleagues_caption_arrives_as_operations_and_my_unsaved_edits_stay(stores, qtbot):
    ed_name = imported(stores)
    store = stores.open("ed")
    c = DocumentController(Desk(store, ed_name).document())
    link = StoreLink(c, store, ed_name)
    received = _recording(link.desk)
    try:
        original = frame(c.doc)
        c.replace_frames(0, {FRAME: replace(original, col=original.col + 2)}, "move")     # unsaved
        c.apply(with_credit(c.doc, "本报记者 李四 摄"), "credit")    # unsaved, the same photo's other field
        time.sleep(0.2)
        reporter = Desk(stores.open("rep"), ed_name)
        start = time.monotonic()
        reporter.save(with_caption(reporter.document(), "记者改的说明。"))
        qtbot.waitUntil(lambda: c.doc.photo(PHOTO).caption == "记者改的说明。", timeout=2000)
        assert time.monotonic() - start <= 0.5
        assert c.doc.photo(PHOTO).credit == "本报记者 李四 摄" and frame(c.doc).col == original.col + 2
        got = [r for r in received if r.applied or r.fetched or r.reread]
        assert len(got) == 1 and got[0].fetched == [] and not got[0].reread
        (change,) = got[0].applied
        assert (change.kind, change.key, change.version, change.author) == ("photo", PHOTO, 2, "rep")
        assert change.ops == [{"field": "caption", "before": CAPTION, "after": "记者改的说明。"}]
        assert [v.id for v in stores.admin.history(ed_name, "photo", PHOTO)][-1] == change.id
        held = link.desk.base[("photo", PHOTO)]
        assert held.version == 2 and held.data == stores.admin.get(ed_name, "photo", PHOTO).data
        c.undo()                                        # my credit edit: undone, the caption stays theirs
        assert c.doc.photo(PHOTO).credit == CREDIT and c.doc.photo(PHOTO).caption == "记者改的说明。"
        c.redo()
        saved = link.save()
        assert saved.conflicts == [] and not saved.merged                 # based on version 2: no retry
        final = stores.admin.export_document(ed_name)
        assert final.photo(PHOTO).caption == "记者改的说明。" and final.photo(PHOTO).credit == "本报记者 李四 摄"
        assert frame(final).col == original.col + 2
    finally:
        link.close()
        shiboken6.delete(c)


def test_a_missed_version_is_read_whole(stores):
    """The desk missed the caption's version (a notification lost): the credit's operations alone
    would apply to what it holds, but the gap sends it to the store for the whole record."""
    ed_name = imported(stores)
    ed_store = stores.open("ed")
    desk = Desk(ed_store, ed_name)
    shown = moved(desk.document(), col=4)               # unsaved
    watcher, arrived = _watch(ed_store, ed_name)
    try:
        reporter = Desk(stores.open("rep"), ed_name)
        reporter.save(with_caption(reporter.document(), "第二版说明"))
        first = _next_edit(arrived)
        reporter.save(with_credit(reporter.document(), "本报记者 张三 摄"))
        second = _next_edit(arrived)
    finally:
        watcher.stop()
    assert (first.version, second.version) == (2, 3)
    assert second.ops == [{"field": "credit", "before": CREDIT, "after": "本报记者 张三 摄"}]
    got = desk.receive([second], shown)
    assert got.fetched == [("photo", PHOTO)] and got.applied == [] and not got.reread
    assert got.document.photo(PHOTO).caption == "第二版说明"
    assert got.document.photo(PHOTO).credit == "本报记者 张三 摄" and frame(got.document).col == 4
    assert desk.version("photo", PHOTO) == 3
    assert desk.receive([first, second], got.document).applied == []          # old news: nothing to do


def test_rows_in_order_apply_one_after_another(stores):
    ed_name = imported(stores)
    ed_store = stores.open("ed")
    desk = Desk(ed_store, ed_name)
    watcher, arrived = _watch(ed_store, ed_name)
    try:
        reporter = Desk(stores.open("rep"), ed_name)
        reporter.save(with_caption(reporter.document(), "第二版说明"))
        reporter.save(with_credit(reporter.document(), "本报记者 张三 摄"))
        changes = [_next_edit(arrived), _next_edit(arrived)]
    finally:
        watcher.stop()
    got = desk.receive(changes, desk.document())
    assert [ch.version for ch in got.applied] == [2, 3] and got.fetched == []
    assert (got.document.photo(PHOTO).caption, got.document.photo(PHOTO).credit) == ("第二版说明", "本报记者 张三 摄")
    assert desk.base[("photo", PHOTO)].data == stores.admin.get(ed_name, "photo", PHOTO).data


def test_the_operations_received_are_the_ones_the_sender_made(stores, qtbot):
    """The editor moves a photo frame: the reporter's desk gets that frame's operation, named as the
    editor's undo names it, with the frame before and after — nothing else."""
    ed_name = imported(stores)
    ed_store, rep_store = stores.open("ed"), stores.open("rep")
    editor = DocumentController(Desk(ed_store, ed_name).document())
    reporter = DocumentController(Desk(rep_store, ed_name).document())
    links = [StoreLink(editor, ed_store, ed_name), StoreLink(reporter, rep_store, ed_name)]
    received = _recording(links[1].desk)
    try:
        original = frame(editor.doc)
        editor.replace_frames(0, {FRAME: replace(original, col=5, line=9)}, "move")
        sent = editor.undo_stack.command(editor.undo_stack.count() - 1).ops
        links[0].save()
        qtbot.waitUntil(lambda: frame(reporter.doc).col == 5, timeout=2000)
        (change,) = [ch for r in received for ch in r.applied]
        assert [(op.kind, op.key, op.field) for op in sent] == [("page", PAGE, f"frame:{FRAME}")]
        assert [op["field"] for op in change.ops] == [f"frame:{FRAME}"] and (change.kind, change.key) == ("page", PAGE)
        (op,) = change.ops
        assert op["before"] == {"id": FRAME, "col": 0, "cols": 3, "line": 7, "lines": 11, "photo": PHOTO}
        assert op["after"] == {"id": FRAME, "col": 5, "cols": 3, "line": 9, "lines": 11, "photo": PHOTO}
        assert frame(reporter.doc) == frame(editor.doc) and not reporter.dirty
    finally:
        for link in links:
            link.close()
        shiboken6.delete(editor)
        shiboken6.delete(reporter)


def test_the_same_field_changed_here_is_merged_with_both_texts(stores):
    ed_name = imported(stores)
    ed_store = stores.open("ed")
    desk = Desk(ed_store, ed_name)
    mine = with_caption(desk.document(), "我的说明")
    watcher, arrived = _watch(ed_store, ed_name)
    try:
        reporter = Desk(stores.open("rep"), ed_name)
        reporter.save(with_caption(reporter.document(), "记者的说明"))
        change = _next_edit(arrived)
    finally:
        watcher.stop()
    got = desk.receive([change], mine)
    (conflict,) = got.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("caption", "我的说明", "记者的说明")
    assert got.reread and got.document.photo(PHOTO).caption == "记者的说明"      # kept until I decide


def test_operations_not_made_on_the_version_held_are_not_applied(stores):
    """A row whose operations do not start from what the desk holds (a row of another record, say):
    the record is read whole instead of laying wrong values on it."""
    from layout_app.store.base import Change

    ed_name = imported(stores)
    desk = Desk(stores.open("ed"), ed_name)
    reporter = Desk(stores.open("rep"), ed_name)
    reporter.save(with_caption(reporter.document(), "真的说明"))
    row = stores.admin.history(ed_name, "photo", PHOTO)[-1]
    wrong = [{"field": "caption", "before": "别的图片的说明", "after": "错的说明"}]
    got = desk.receive([Change(ed_name, "photo", PHOTO, row.version, "edit", "rep", row.id, wrong)], desk.document())
    assert got.fetched == [("photo", PHOTO)] and got.applied == []
    assert got.document.photo(PHOTO).caption == "真的说明"


def test_a_change_saved_while_the_window_opened_is_not_missed(stores, qtbot):
    """Saved after the desk read the edition and before its watcher listened: no notification will
    tell of it, so the link catches up with the history when it starts."""
    ed_name = imported(stores)
    store = stores.open("ed")
    desk = Desk(store, ed_name)
    c = DocumentController(desk.document())
    reporter = Desk(stores.open("rep"), ed_name)
    reporter.save(with_caption(reporter.document(), "开窗时存的说明"))
    link = StoreLink(c, store, ed_name, desk=desk)
    try:
        assert c.doc.photo(PHOTO).caption == "开窗时存的说明" and not c.dirty
        assert desk.version("photo", PHOTO) == 2
        assert desk.catch_up(c.doc).applied == []                  # once is enough
    finally:
        link.close()
        shiboken6.delete(c)


def test_print_staff_get_a_page_when_it_is_signed_and_not_before(stores):
    ed_name = imported(stores)
    printer = stores.open("printer")
    desk = Desk(printer, ed_name)
    watcher, arrived = _watch(printer, ed_name)
    try:
        editor = Desk(stores.open("ed"), ed_name)
        editor.save(moved(editor.document(), col=3))
        edit = arrived.get(timeout=5)
        stores.open("chief").set_status(ed_name, PAGE, "signed")
        signed = arrived.get(timeout=5)
    finally:
        watcher.stop()
    assert (edit.action, signed.action) == ("edit", "status")
    got = desk.receive([edit])
    assert not got.reread and ("page", PAGE) not in desk.base         # unsigned: not print staff's to see
    got = desk.receive([signed])
    assert got.reread and desk.base[("page", PAGE)].status == "signed" and desk.version("page", PAGE) == 2
    assert frame(desk.document()).col == 3
