"""Review mode: reporters change captions, credits, checks and comments — and nothing else."""
import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from tests.editor.test_editing import frame, mouse, screen_point


@pytest.fixture
def reviewing(open_window):
    return open_window(review=True)


def test_the_page_cannot_be_changed_in_review_mode(reviewing, qtbot):
    w = reviewing
    before = w.controller.doc
    r = w.canvas.frame_rect(frame(w, "b1"))
    mouse(w, QEvent.Type.MouseButtonPress, screen_point(w, (r.x + 20, r.y + 20)))
    mouse(w, QEvent.Type.MouseMove, screen_point(w, (r.x + 200, r.y + 200)))
    mouse(w, QEvent.Type.MouseButtonRelease, screen_point(w, (r.x + 200, r.y + 200)), Qt.MouseButton.NoButton)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    assert w.controller.doc == before
    assert w.stories.body.isReadOnly() and not w.properties.isEnabled()


def test_reviewers_edit_captions_check_and_comment_and_the_editor_sees_it(reviewing, qtbot):
    w = reviewing
    panel = w.review_panel
    panel.list.setCurrentRow(0)
    assert w.canvas.selected == "ph1" and w.canvas.zoom() > 0.5          # zoomed to the photo
    panel.caption.setText("青石镇的孩子们在图书角里阅读。")
    panel.caption.textEdited.emit(panel.caption.text())
    panel.checked.setChecked(True)
    panel.comment.setText("“认真”两字删去了，请确认")
    panel.comment.textEdited.emit(panel.comment.text())
    photo = w.controller.doc.photo("p1")
    assert (photo.caption, photo.checked, photo.comment) == ("青石镇的孩子们在图书角里阅读。", True, "“认真”两字删去了，请确认")
    assert w.save()
    again = load_document(w.controller.path).photo("p1")
    assert again.checked and again.comment == photo.comment
    # the page editor, out of review mode, sees the check and the comment in the Photos panel
    w.set_review(False)
    label = w.photos.list.item(0).text()
    assert label.startswith("✓") and "请确认" in label
    assert not w.canvas.read_only


def test_review_command_starts_the_app_in_review_mode(page_doc, tmp_path):
    doc, folder, path = page_doc
    out = tmp_path / "review.png"
    proc = subprocess.run([sys.executable, "-m", "layout_app", "review", str(path), "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()


def test_outside_review_mode_edits_do_not_run_the_caption_checks(qtbot, page_doc, monkeypatch):
    from layout_app.editor import review

    doc, folder, path = page_doc
    w = MainWindow(doc, path, ask=lambda t, x: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    calls = []
    monkeypatch.setattr(review, "caption_entries", lambda *a, **k: calls.append(1) or [])
    w.canvas.change_frame(replace(frame(w, "b1"), line=9), "move")
    assert calls == []                                  # a drag step must not pay for the review list
    w.set_review(True)
    assert calls == [1]
