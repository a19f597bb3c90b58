"""Review mode: reporters change captions, credits, checks and comments — and nothing else."""
import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from tests.editor.test_editing import drag, frame, mouse, screen_point
from tests.intake.copy_samples import STORY


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
    item = w.photos.list.item(0)
    assert not item.icon().isNull() and item.toolTip().splitlines()[-1] == "Caption and credit checked" and "请确认" in item.text()
    assert not w.canvas.read_only


def test_review_command_starts_the_app_in_review_mode(page_doc, tmp_path):
    doc, folder, path = page_doc
    out = tmp_path / "review.png"
    proc = subprocess.run([sys.executable, "-m", "layout_app", "review", str(path), "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.exists()


def test_outside_review_mode_edits_do_not_run_the_caption_checks(qtbot, page_doc, monkeypatch):
    from layout_app.preflight import captioncheck     # the review panel imports it when it first lists

    doc, folder, path = page_doc
    w = MainWindow(doc, path, ask=lambda t, x: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    calls = []
    monkeypatch.setattr(captioncheck, "caption_entries", lambda *a, **k: calls.append(1) or [])
    w.canvas.change_frame(replace(frame(w, "b1"), line=9), "move")
    assert calls == []                                  # a drag step must not pay for the review list
    w.set_review(True)
    assert calls == [1]


# --- review mode is read-only for layout: each way in, with real keys, clicks and wheel turns --------
# Every test runs the same events in layout mode too, where they must change the document: so a pass in
# review mode means the mode stopped them, not that the events went nowhere.
both_modes = pytest.mark.parametrize("review", [False, True], ids=["layout", "review"])


def click(qtbot, w, pt):
    """A real click (press and release) on the canvas at a page point."""
    p = screen_point(w, pt)
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(p.x()), round(p.y())))


def free_point(w):
    """A point on the page no frame covers: column 6, line 11 of the sample page."""
    grid = w.controller.doc.grid
    pt = (grid.column_x(5) + 10, grid.line_y(10) + 4)
    assert w.canvas.frame_at(QPointF(*pt)) is None
    return pt


def menu_click(qtbot, w, menu, text):
    """Open a menu of the menu bar and click one of its entries, as a user does."""
    entry = next(a for a in w.menuBar().actions() if a.text() == menu)
    qtbot.mouseClick(w.menuBar(), Qt.MouseButton.LeftButton, pos=w.menuBar().actionGeometry(entry).center())
    m = entry.menu()
    qtbot.waitUntil(m.isVisible, timeout=3000)
    action = next(a for a in m.actions() if a.text() == text)
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=m.actionGeometry(action).center())
    if m.isVisible():                                  # a disabled entry leaves the menu open
        m.close()
    return action


@both_modes
def test_ctrl_l_and_a_click_adds_a_frame_only_in_layout_mode(open_window, qtbot, review):
    w = open_window(review=review)
    before = w.controller.doc
    r = w.canvas.frame_rect(frame(w, "b1"))
    click(qtbot, w, (r.x + 30, r.y + 30))                              # select the body frame
    assert w.canvas.selected == "b1"
    qtbot.keyClick(w.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, w, free_point(w))
    frames = {f.id for f in w.controller.doc.pages[0].frames}
    if review:
        assert w.controller.doc == before and frames == {"h1", "b1", "ph1", "c1"}
    else:
        assert "s1-body2" in frames


@both_modes
def test_page_add_page_only_in_layout_mode(open_window, qtbot, review):
    w = open_window(review=review)
    before = w.controller.doc
    action = menu_click(qtbot, w, "&Page", "Add page")
    assert action.isEnabled() is not review
    assert len(w.controller.doc.pages) == (1 if review else 2)
    w.add_page()                                    # what the action calls: refused by the controller itself
    assert (w.controller.doc == before) is review


def alt_wheel(w, pt, clicks=1):
    p = screen_point(w, pt)
    event = QWheelEvent(p, w.canvas.mapToGlobal(p), QPoint(0, 0), QPoint(0, 120 * clicks), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.AltModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(w.canvas, event)


@both_modes
def test_alt_wheel_crops_only_in_layout_mode(open_window, review):
    w = open_window(review=review)
    before = w.controller.doc
    r = w.canvas.frame_rect(frame(w, "ph1"))
    alt_wheel(w, (r.x + r.width / 2, r.y + r.height / 2), 2)
    if review:
        assert w.controller.doc == before
    else:
        crop = w.controller.doc.photo("p1").crop
        assert crop.right - crop.left < 0.8                       # zoomed in from [0.1, 0, 0.9, 1]


@both_modes
def test_drag_resize_nudge_delete_and_drop_change_nothing_in_review(open_window, qtbot, review, tmp_path):
    w = open_window(review=review)
    grid = w.controller.doc.grid
    changes = []

    def changed():
        changes.append(w.controller.doc != before)

    before = w.controller.doc
    r = w.canvas.frame_rect(frame(w, "b1"))
    drag(w, (r.x + 40, r.y + 40), (r.x + 40 + 300, r.y + 40 + 100))                       # move
    changed()
    before = w.controller.doc
    r = w.canvas.frame_rect(frame(w, "b1"))
    drag(w, (r.right - 0.5, r.bottom - 0.5), (r.right - 0.5 - 130, r.bottom - 0.5 - 60))   # resize
    changed()
    before = w.controller.doc
    click(qtbot, w, (r.x + 30, r.y + 30))
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down)                                            # nudge
    changed()
    before = w.controller.doc
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)                                          # delete
    changed()
    before = w.controller.doc
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story))])
    w.canvas.dropEvent(QDropEvent(screen_point(w, free_point(w)), Qt.DropAction.CopyAction, mime,
                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))    # drop
    changed()
    assert changes == [not review] * 5
    assert grid == w.controller.doc.grid


def test_properties_relink_and_direct_calls_change_nothing_in_review(reviewing, qtbot, tmp_path):
    w = reviewing
    before = w.controller.doc
    r = w.canvas.frame_rect(frame(w, "b1"))
    click(qtbot, w, (r.x + 30, r.y + 30))
    assert not w.properties.isEnabled() and not w.photos.relink.isEnabled()
    qtbot.keyClick(w.properties.fields["lines"], Qt.Key.Key_Up)            # a disabled field takes no keys
    # and the controller refuses layout changes whoever asks: panels, drops, links
    w.canvas.change_frame(replace(frame(w, "b1"), lines=5), "resize")
    w.properties._size()
    w.photos.relink_to("p1", tmp_path / "other.jpg")
    w.drop_item("story", "s1", QPointF(*free_point(w)))
    w.canvas.set_crop("p1", replace(before.photo("p1").crop, left=0.3), "crop")
    assert w.controller.doc == before


def test_undo_in_review_does_not_reach_layout_edits_made_before(open_window, qtbot):
    w = open_window()
    f = frame(w, "b1")
    r = w.canvas.frame_rect(f)
    drag(w, (r.x + 40, r.y + 40), (r.x + 40, r.y + 40 + w.controller.doc.grid.leading * 4))
    moved = w.controller.doc
    assert frame(w, "b1").line == f.line + 4
    qtbot.keyClick(w.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)          # into review mode
    assert w.reviewing
    panel = w.review_panel
    panel.list.setCurrentRow(0)
    qtbot.keyClicks(panel.comment, "ok")
    assert w.controller.doc.photo("p1").comment == "ok"
    for _ in range(3):                                   # the comment's step, then nothing more
        qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc == moved                                     # the drag is still there
    assert not w.undo_action.isEnabled()
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.controller.doc.photo("p1").comment == "ok"                   # redo of a review step is fine
    # a layout step undone before review cannot be redone from it either
    qtbot.keyClick(w.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)          # out of review
    assert not w.reviewing
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert frame(w, "b1").line == f.line                                  # out of review, undo works
    undone = w.controller.doc
    qtbot.keyClick(w.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc == undone


def view_of(canvas):
    return (canvas.zoom(), canvas.pan.x(), canvas.pan.y(), canvas.origin().x(), canvas.origin().y(), canvas.page_index)


def test_typing_in_review_fields_does_not_move_the_view(reviewing, qtbot):
    w = reviewing
    panel = w.review_panel
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.canvas.selected == "ph1"
    zoomed = view_of(w.canvas)
    assert zoomed[0] > 0.5                                        # choosing a photo shows it close up
    # the reporter then looks elsewhere: zooms out and scrolls the page
    qtbot.keyClick(w.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    p = w.canvas.rect().center()
    QApplication.sendEvent(w.canvas, QWheelEvent(QPointF(p), QPointF(w.canvas.mapToGlobal(p)), QPoint(0, 0), QPoint(0, -240),
                                                 Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                                 Qt.ScrollPhase.NoScrollPhase, False))
    view = view_of(w.canvas)
    assert view != zoomed
    for field, text in ((panel.caption, "new"), (panel.credit, "xyz"), (panel.comment, "please check")):
        field.setFocus()
        qtbot.keyClicks(field, text)
        assert view_of(w.canvas) == view
    qtbot.keyClick(panel.checked, Qt.Key.Key_Space)
    assert view_of(w.canvas) == view
    photo = w.controller.doc.photo("p1")
    assert photo.caption.endswith("new") and photo.credit.endswith("xyz") and photo.comment == "please check"
    assert photo.checked


def test_review_lists_a_picture_storys_photo_by_its_storys_text(reviewing, qtbot, page_doc):
    """Review 30: the 校对 panel listed a picture story's photo as （无图片说明）; its caption is the
    story's text, which compose does not print twice."""
    w = reviewing
    doc = w.controller.doc
    text = "12月1日清晨，数十名冬泳爱好者在市区滨江公园冬泳点下水畅游。"
    story = replace(doc.story("s1"), kicker="图片新闻", headline="冬泳爱好者迎寒而上", deck="").with_body((text,))
    photo = replace(doc.photo("p1"), caption="", story="s1")
    w.controller.absorb(replace(doc, stories=tuple(story if s.id == "s1" else s for s in doc.stories), photos=(photo,)))
    w.review_panel.reload()
    assert [w.review_panel.list.item(i).text() for i in range(w.review_panel.list.count())] == [text]
