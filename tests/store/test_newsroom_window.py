"""Two main windows in one process on one edition of the store (both engines): the editor's and a
reporter's, each its own desk and connection, driven with real widgets."""
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPlainTextEdit, QPushButton

from layout_app.assets import DEMO_DIR
from layout_app.editor.newsroom import open_window
from layout_app.layout.display import GlyphRun, walk
from tests.editor.test_editing import drag
from tests.store.newsroom import FRAME, PAGE, PHOTO, STORY, frame, imported, with_caption, with_story

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot, stores, user, edition, **kw):
    w = open_window(stores.open(user), edition, 1, DEMO_DIR, **kw)
    w.quiet = True                                  # notices in the status line, no message boxes
    w.ask_save = lambda: "discard"
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def desks(stores, qtbot):
    edition = imported(stores)
    opened = []

    def make(user, **kw):
        w = _window(qtbot, stores, user, edition, **kw)
        opened.append(w)
        return w
    yield stores, edition, make
    for w in opened:
        w.newsroom.close()


def _page_text(w) -> str:
    return "".join(it.text for d in w.canvas.displays.values() for it in walk(d.items) if isinstance(it, GlyphRun))


def _type_caption(qtbot, w, text):
    """The reporter picks the photo in the review panel and types the caption (Chinese comes through the
    input method: a commit of the composed text, as an IME sends it)."""
    panel = w.review_panel
    row = next(i for i, e in enumerate(panel.entries) if e.photo.id == PHOTO)
    panel.list.setCurrentRow(row)
    panel.caption.selectAll()
    qtbot.keyClick(panel.caption, Qt.Key.Key_Delete)
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(panel.caption, commit)


@pytest.mark.usefixtures("settled_heap")
def test_a_reporters_caption_appears_in_the_editors_window_within_half_a_second(desks, qtbot):
    stores, edition, make = desks
    editor, reporter = make("ed"), make("rep")
    assert reporter.reviewing and editor.canvas.read_only is False
    before = editor.canvas.grab().toImage()
    _type_caption(qtbot, reporter, "记者改过的说明")
    assert reporter.controller.doc.photo(PHOTO).caption == "记者改过的说明"
    # the reporter's review list follows its edits after a pause (both windows share this process's
    # one thread; on two desks it would not delay the editor's)
    qtbot.waitUntil(lambda: any(e.photo.caption == "记者改过的说明" for e in reporter.review_panel.entries), timeout=2000)
    start = time.monotonic()
    reporter.save_action.trigger()                                       # Ctrl+S: a merge into the store
    qtbot.waitUntil(lambda: editor.controller.doc.photo(PHOTO).caption == "记者改过的说明", timeout=3000)
    assert time.monotonic() - start <= 0.5
    assert "记者改过的说明" in _page_text(editor)                          # the canvas composed it …
    qtbot.waitUntil(lambda: editor.canvas.grab().toImage() != before, timeout=1000)   # … and painted it
    assert not editor.controller.dirty                                   # not an edit of the editor's
    assert stores.admin.export_document(edition).photo(PHOTO).caption == "记者改过的说明"


def test_the_reporter_sees_a_moved_photo_live(desks, qtbot):
    _stores, _edition, make = desks
    editor, reporter = make("ed", live=True), make("rep")
    f = frame(editor.controller.doc)
    r = editor.canvas.frame_rect(f)
    lead = editor.controller.doc.grid.leading           # the banner's group spans the page: down, not across
    drag(editor, (r.x + r.width / 2, r.y + r.height / 2), (r.x + r.width / 2, r.y + r.height / 2 + lead * 3))
    moved_to = frame(editor.controller.doc)
    assert (moved_to.col, moved_to.line) != (f.col, f.line)
    qtbot.waitUntil(lambda: frame(reporter.controller.doc) == moved_to, timeout=3000)
    assert not editor.controller.dirty                                   # live: sent without Save


def test_the_same_caption_edited_in_both_windows_asks_the_second_with_both_texts(desks, qtbot):
    stores, edition, make = desks
    editor, reporter = make("ed"), make("rep")
    editor.controller.apply(with_caption(editor.controller.doc, "编辑写的说明"), "caption")
    _type_caption(qtbot, reporter, "记者写的说明")
    reporter.save_action.trigger()
    qtbot.waitUntil(lambda: editor.newsroom.dialog is not None and editor.newsroom.dialog.isVisible(), timeout=3000)
    dialog = editor.newsroom.dialog
    texts = {t.objectName(): t.toPlainText() for t in dialog.findChildren(QPlainTextEdit)}
    assert texts == {"mine": "编辑写的说明", "theirs": "记者写的说明"}
    assert [b.title() for b in dialog.findChildren(QGroupBox)] == ["photo photos/reading.jpg: caption"]
    assert "rep" in " ".join(label.text() for label in dialog.findChildren(QLabel))         # who wrote theirs
    assert stores.admin.export_document(edition).photo(PHOTO).caption == "记者写的说明"     # not overwritten
    editor.save_action.trigger()                                         # saving does not decide for them
    assert stores.admin.export_document(edition).photo(PHOTO).caption == "记者写的说明"
    keep_mine = dialog.findChild(QPushButton, "keep-mine")
    qtbot.mouseClick(keep_mine, Qt.MouseButton.LeftButton)               # the editor decides: theirs, mine
    assert not dialog.isVisible()
    assert stores.admin.export_document(edition).photo(PHOTO).caption == "编辑写的说明"
    qtbot.waitUntil(lambda: reporter.controller.doc.photo(PHOTO).caption == "编辑写的说明", timeout=3000)
    captions = [v.data["caption"] for v in stores.admin.history(edition, "photo", PHOTO) if v.data]
    assert "记者写的说明" in captions and "编辑写的说明" in captions       # nothing lost: both are versions


def test_keep_theirs_leaves_the_colleagues_text(desks, qtbot):
    stores, edition, make = desks
    editor, reporter = make("ed"), make("rep")
    editor.controller.apply(with_caption(editor.controller.doc, "编辑写的说明"), "caption")
    _type_caption(qtbot, reporter, "记者写的说明")
    reporter.save_action.trigger()
    qtbot.waitUntil(lambda: editor.newsroom.dialog is not None and editor.newsroom.dialog.isVisible(), timeout=3000)
    qtbot.mouseClick(editor.newsroom.dialog.findChild(QPushButton, "keep-theirs"), Qt.MouseButton.LeftButton)
    assert editor.controller.doc.photo(PHOTO).caption == "记者写的说明"
    assert editor.save()
    assert stores.admin.export_document(edition).photo(PHOTO).caption == "记者写的说明"


def test_the_editors_undo_after_the_reporters_edit_keeps_the_reporters_caption(desks, qtbot):
    stores, edition, make = desks
    editor, reporter = make("ed"), make("rep")
    original = frame(editor.controller.doc)
    editor.controller.replace_frames(0, {FRAME: replace(original, col=original.col + 1)}, "move")
    assert editor.save()
    _type_caption(qtbot, reporter, "记者的新说明")
    reporter.save_action.trigger()
    qtbot.waitUntil(lambda: editor.controller.doc.photo(PHOTO).caption == "记者的新说明", timeout=3000)
    editor.undo_action.trigger()
    assert frame(editor.controller.doc) == original
    assert editor.controller.doc.photo(PHOTO).caption == "记者的新说明"
    editor.save_action.trigger()
    final = stores.admin.export_document(edition)
    assert frame(final) == original and final.photo(PHOTO).caption == "记者的新说明"


def test_a_reporters_window_refuses_a_frame_move_but_takes_story_text(desks, qtbot):
    stores, edition, make = desks
    reporter = make("rep")
    doc = reporter.controller.doc
    f = frame(doc)
    r = reporter.canvas.frame_rect(f)
    drag(reporter, (r.x + r.width / 2, r.y + r.height / 2), (r.x + r.width / 2 + 300, r.y + r.height / 2 + 200))
    qtbot.keyClick(reporter.canvas, Qt.Key.Key_Delete)
    assert reporter.controller.doc == doc
    assert not reporter.controller.replace_frames(0, {FRAME: replace(f, col=f.col + 1)}, "move") \
        and reporter.controller.doc == doc                              # the controller refuses it too
    assert reporter.controller.refused == "page A1: a reporter may not change it"
    reporter.review_action.trigger()                                     # and the reporter cannot leave review
    assert reporter.reviewing
    assert reporter.controller.apply(with_story(doc, headline="记者改的标题"), "headline")
    assert reporter.save()
    assert stores.admin.export_document(edition).story(STORY).headline == "记者改的标题"


def test_a_held_story_shows_its_holder_and_refuses_others(desks, qtbot):
    stores, edition, make = desks
    editor, reporter = make("ed"), make("rep")
    story_frames = {f.id for f in reporter.controller.doc.page(PAGE).frames if f.story == STORY}
    reporter.canvas.select(min(story_frames))
    reporter.newsroom.actions["story"].trigger()                        # Newsroom ▸ Check out the story
    assert stores.admin.get(edition, "story", STORY).holder == "rep"
    qtbot.waitUntil(lambda: "story reading — rep" in editor.newsroom.holders.text(), timeout=3000)
    tags = {fid: text for fid, text, _box in editor.newsroom.marks.tags()}
    assert set(tags) == story_frames and all("rep" in t for t in tags.values())
    doc = editor.controller.doc
    assert not editor.controller.apply(with_story(doc, headline="编辑改的标题"), "headline")
    assert "checked out by rep" in editor.controller.refused
    reporter.newsroom.actions["in"].trigger()
    qtbot.waitUntil(lambda: editor.newsroom.holders.text() == "", timeout=3000)
    assert editor.newsroom.marks.tags() == []
    assert stores.admin.get(edition, "story", STORY).holder is None


def test_a_signed_page_is_read_only_until_reopened(desks, qtbot):
    stores, edition, make = desks
    editor = make("ed")
    chief = stores.open("chief")
    chief.set_status(edition, PAGE, "signed")
    qtbot.waitUntil(lambda: editor.canvas.read_only, timeout=3000)
    assert "已签发" in editor.newsroom.who.text()
    f = frame(editor.controller.doc)
    assert not editor.controller.replace_frames(0, {FRAME: replace(f, col=f.col + 1)}, "move")
    assert not editor.controller.apply(with_caption(editor.controller.doc, "签发后改"), "caption")
    assert "signed" in editor.controller.refused
    chief.set_status(edition, PAGE, "draft")
    qtbot.waitUntil(lambda: not editor.canvas.read_only, timeout=3000)
    editor.controller.replace_frames(0, {FRAME: replace(f, col=f.col + 1)}, "move")
    assert frame(editor.controller.doc).col == f.col + 1


def test_closing_the_window_checks_in(desks, qtbot):
    stores, edition, make = desks
    editor = make("ed")
    editor.newsroom.actions["page"].trigger()
    assert stores.admin.get(edition, "page", PAGE).holder == "ed"
    assert "page A1 — ed" in editor.newsroom.holders.text()
    editor.close()
    assert stores.admin.get(edition, "page", PAGE).holder is None


def test_the_command_line_opens_a_page_of_the_store(tmp_path):
    from layout_app.store import init_store
    from tests.store.newsroom import EDITION, demo
    where = str(tmp_path / "s.sqlite")
    admin = init_store(where, user="ed", role="editor")
    admin.import_document(EDITION, demo())
    admin.close()
    shot = tmp_path / "shot.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = lambda *a: subprocess.run([sys.executable, "-m", "layout_app", *a], cwd=ROOT, env=env,  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    ok = run("--store", where, "--edition", EDITION, "--user", "ed", "--page", "1", "--photos", str(DEMO_DIR),
             "--screenshot", str(shot))
    assert ok.returncode == 0, ok.stderr
    assert shot.stat().st_size > 1000
    bad = run("--store", where, "--edition", "1999-01-01", "--user", "ed")
    assert bad.returncode != 0 and "no edition '1999-01-01'" in bad.stderr and "Traceback" not in bad.stderr
    bad_page = run("--store", where, "--edition", EDITION, "--user", "ed", "--page", "7", "--screenshot", str(shot))
    assert bad_page.returncode != 0 and "has no page 7" in bad_page.stderr and "Traceback" not in bad_page.stderr
    nobody = run("--store", where, "--edition", EDITION, "--user", "zhao", "--screenshot", str(shot))
    assert nobody.returncode != 0 and "not on the staff" in nobody.stderr


def test_a_double_click_on_the_board_opens_the_page_as_the_boards_user(desks, qtbot):
    from layout_app.editor.board import EditionBoard
    stores, edition, _make = desks
    board = EditionBoard(stores.open("rep"), edition, DEMO_DIR)
    qtbot.addWidget(board)
    board.show()
    cell = board.table.visualItemRect(board.table.item(0, 2)).center()
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)   # press, release,
    qtbot.mouseDClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # double-click: as Qt gets it
    assert len(board.windows) == 1
    w = board.windows[0]
    assert w.newsroom.store is board.store and w.reviewing and w.canvas.read_only   # a reporter's window
    assert "rep (reporter)" in w.newsroom.who.text()
    board.close()
    assert not w.isVisible() and w.newsroom.link.closed


def test_a_page_window_closed_from_the_board_is_let_go(desks, qtbot):
    """Each page opened from the board and closed again is deleted with its document and photos, not
    kept by the board (or by its own signal connections) until the board closes: a night's work opens
    dozens of pages, at some 120 MB each."""
    import gc
    import weakref

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from layout_app.editor.board import EditionBoard
    stores, edition, _make = desks
    board = EditionBoard(stores.open("ed"), edition, DEMO_DIR)
    qtbot.addWidget(board)
    board.show()
    w = board.open_page(board.store.pages(edition)[0].key)
    w.ask_save = lambda: "discard"
    gone = weakref.ref(w.controller)
    assert w.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert board.windows == [] and not shiboken6.isValid(w)
    del w
    gc.collect()
    assert gone() is None                     # the controller (and the document it holds) is freed
