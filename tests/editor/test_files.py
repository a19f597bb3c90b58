"""The editor's files behave like files: Save As into another folder keeps every photo found, undo
included; saves keep the file's mode; autosave runs by itself (timer and soon after an edit); a recovery
older than the file's last save is not offered; preflight's findings survive going to one."""
import os
import stat
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from layout_app.editor import recovery
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document, save_document
from layout_app.preflight.checks import preflight
from tests.editor.test_editing import drag, frame


@pytest.fixture
def window(open_window):
    return open_window()


def photos_found(w):
    return all((w.controller.doc_dir / p.file).is_file() for p in w.controller.doc.photos)


def missing_photo_findings(w):
    report = preflight(w.controller.doc, w.controller.doc_dir)
    return [f for f in report.errors + report.warnings if f.code in ("photo-missing", "photo-unreadable")]


# --- Save As into another folder --------------------------------------------------------------------
def test_undo_and_redo_after_save_as_into_another_folder_keep_every_photo_found(window, tmp_path):
    w = window
    grid = w.controller.doc.grid
    r = w.canvas.frame_rect(frame(w, "b1"))
    drag(w, (r.x + 40, r.y + 40), (r.x + 40, r.y + 40 + grid.leading * 3))        # an edit to undo
    w.canvas.set_crop("p1", replace(w.controller.doc.photo("p1").crop, top=0.1), "crop")
    elsewhere = tmp_path / "desk" / "monday"
    elsewhere.mkdir(parents=True)
    target = elsewhere / "page.yaml"
    assert w._save_to(target)
    assert w.controller.doc.photo("p1").file == "../../photos/reading.jpg"        # written by hand
    assert load_document(target).photo("p1").file == "../../photos/reading.jpg"
    for step in ("undo", "undo", "redo", "undo", "undo"):
        getattr(w.controller, step)()
        assert photos_found(w), (step, w.controller.doc.photo("p1").file)
        assert w.photos.missing() == []
    assert w.controller.doc.photo("p1").crop.top == 0                              # undone to the start
    assert missing_photo_findings(w) == []
    assert "MISSING" not in w.photos.list.item(0).text()
    # the desk knows the photo by its name; the path from the new folder is in the tip, whole
    label = w.photos.list.item(0).text()
    assert label.startswith("reading.jpg") and "../" not in label
    assert w.photos.list.item(0).toolTip().splitlines()[0] == str(tmp_path / "photos" / "reading.jpg")
    # saved after the undos, the file still names the photo from its new folder
    assert w.save()
    again = load_document(target)
    assert all((elsewhere / p.file).is_file() for p in again.photos)


def test_a_failed_save_as_changes_nothing(window, tmp_path):
    w = window
    before, folder = w.controller.doc, w.controller.doc_dir
    assert not w._save_to(tmp_path / "no such folder" / "page.yaml")
    assert w.controller.doc == before and w.controller.doc_dir == folder and photos_found(w)


# --- file modes ---------------------------------------------------------------------------------------
def test_save_keeps_a_shared_files_mode_and_a_new_file_follows_the_umask(window, tmp_path):
    w = window
    path = w.controller.path
    os.chmod(path, 0o664)                                   # a shared folder: the desk may read and write
    w.canvas.change_frame(replace(frame(w, "b1"), line=9), "move")
    assert w.save()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o664
    old = os.umask(0o022)
    try:
        assert w._save_to(tmp_path / "copy.yaml")
        assert stat.S_IMODE(os.stat(tmp_path / "copy.yaml").st_mode) == 0o644
    finally:
        os.umask(old)


# --- autosave -----------------------------------------------------------------------------------------
def recovery_file(path):
    found = recovery.find(path)
    return found.document if found else None


def test_the_autosave_timer_writes_a_recovery_file_by_itself(qtbot, page_doc):
    doc, folder, path = page_doc
    # the edit-pause autosave far away: only the periodic timer can write within the wait
    w = MainWindow(doc, path, ask=lambda t, x: True, ask_save=lambda: "discard", autosave_ms=300,
                   edit_autosave_ms=600_000)
    qtbot.addWidget(w)
    w.canvas.change_frame(replace(frame(w, "b1"), line=9), "move")
    assert recovery_file(path) is None
    qtbot.waitUntil(lambda: recovery_file(path) is not None, timeout=5000)
    assert recovery_file(path).pages[0].frames[1].line == 9
    assert stat.S_IMODE(os.stat(recovery.recovery_dir()).st_mode) == 0o700        # private to the user


def test_typing_in_a_story_is_autosaved_soon_after_without_waiting_for_the_timer(qtbot, page_doc):
    doc, folder, path = page_doc
    w = MainWindow(doc, path, ask=lambda t, x: True, ask_save=lambda: "discard", autosave_ms=600_000,
                   edit_autosave_ms=200)
    qtbot.addWidget(w)
    w.show()
    w.stories.select_story("s1")
    w.stories.body.setFocus()
    w.stories.body.moveCursor(w.stories.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(w.stories.body, " ok")
    assert w.controller.doc.story("s1").body[-1].endswith(" ok")
    qtbot.waitUntil(lambda: recovery_file(path) is not None, timeout=5000)
    assert recovery_file(path).story("s1").body[-1].endswith(" ok")


def test_typing_on_does_not_postpone_the_autosave_for_ever(qtbot, page_doc):
    doc, folder, path = page_doc
    w = MainWindow(doc, path, ask=lambda t, x: True, ask_save=lambda: "discard", autosave_ms=600_000,
                   edit_autosave_ms=300)
    qtbot.addWidget(w)
    w.stories.select_story("s1")
    start = time.monotonic()
    # a keystroke every 100 ms, each sooner than the 300 ms pause: written within 3 × 300 ms anyway
    while recovery_file(path) is None and time.monotonic() - start < 5:
        w.stories.body.appendPlainText("字")
        qtbot.wait(100)
    assert recovery_file(path) is not None
    assert time.monotonic() - start < 3.0         # never, if each keystroke restarted the wait


# --- stale recovery -----------------------------------------------------------------------------------
def opened_asks(qtbot, path):
    asked = []
    w = MainWindow(load_document(path), path, ask=lambda title, text: asked.append(title) or True,
                   ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.offer_recovery()
    return w, asked


def test_recovery_is_not_offered_when_the_document_was_saved_after_it(qtbot, page_doc):
    doc, folder, path = page_doc
    recovery.write(replace(doc, title="恢复的副本"), path)              # autosaved, then …
    save_document(replace(doc, title="后来保存的"), path)                # … saved (by another window)
    w, asked = opened_asks(qtbot, path)
    assert asked == [] and w.controller.doc.title == "后来保存的" and not w.controller.dirty


def test_a_later_save_is_seen_even_when_it_carries_an_older_mtime(qtbot, page_doc):
    doc, folder, path = page_doc
    recovery.write(replace(doc, title="恢复的副本"), path)
    save_document(replace(doc, title="后来保存的"), path)
    past = time.time() - 3600                       # cp -p, a sync tool, a coarse file-system clock
    os.utime(path, (past, past))
    w, asked = opened_asks(qtbot, path)
    assert asked == [] and w.controller.doc.title == "后来保存的"


def test_a_recovery_made_after_the_last_save_is_offered(qtbot, page_doc):
    doc, folder, path = page_doc
    save_document(replace(doc, title="保存的"), path)
    recovery.write(replace(doc, title="恢复的副本"), path)
    w, asked = opened_asks(qtbot, path)
    assert len(asked) == 1 and w.controller.doc.title == "恢复的副本" and w.controller.dirty


# --- preflight findings -------------------------------------------------------------------------------
def test_clicking_a_finding_keeps_the_findings_and_goes_to_the_frame(window, qtbot):
    w = window
    w.canvas.change_frame(replace(frame(w, "b1"), lines=1), "shrink")           # overset: a finding
    w.canvas.select("")
    w.run_preflight()
    findings = w.preflight_panel.list
    texts = [findings.item(k).text() for k in range(findings.count())]
    row = next(k for k, t in enumerate(texts) if "超" in t)
    rect = findings.visualItemRect(findings.item(row))
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.canvas.selected == "b1"
    assert [findings.item(k).text() for k in range(findings.count())] == texts
    assert findings.currentRow() == row and findings.item(row).isSelected()
    assert not any("No problems" in t for t in texts)
