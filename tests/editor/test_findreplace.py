"""Edit ▸ Find/Replace in the window, with real keys and clicks: hits in headline, body and caption,
stepping selects the frame that shows each one, Replace All is one undo step, regular expressions."""
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from layout_app.editor.findreplace import locate
from layout_app.model.find import Hit


@pytest.fixture
def window(open_window):
    return open_window()


def type_in(qtbot, widget, text):
    """Chinese reaches a field as an input method's commit (a pinyin IME's), the rest as key presses
    (QTest cannot press keys for Han characters)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def find(qtbot, w, text):
    qtbot.keyClick(w.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = w.find_panel
    assert w.find_dock.isVisible()
    qtbot.waitUntil(lambda: panel.find.hasFocus())
    panel.find.clear()
    type_in(qtbot, panel.find, text)
    qtbot.keyClick(panel.find, Qt.Key.Key_Return)
    return panel


def test_find_steps_through_the_frames_that_show_each_hit(qtbot, window):
    w = window
    panel = find(qtbot, w, "青石镇")
    # headline (heading frame h1), body paragraph 1 (b1), caption (c1) — the sample by hand
    assert panel.results.count() == 3 and panel.message.text() == "3 found"
    assert w.canvas.selected == "h1"
    assert "【青石镇】" in panel.results.item(1).text()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert w.canvas.selected == "b1"
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert w.canvas.selected == "c1"
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)             # round to the first
    assert w.canvas.selected == "h1"
    qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
    assert w.canvas.selected == "c1"
    # the frame of the hit is zoomed to: it fills 70 % of the view in the tighter direction
    r = w.canvas.frame_rect(w.controller.frame(0, "c1"))
    a, b = w.canvas.from_page(QPointF(r.x, r.y)), w.canvas.from_page(QPointF(r.right, r.bottom))
    assert max((b.x() - a.x()) / w.canvas.width(), (b.y() - a.y()) / w.canvas.height()) == pytest.approx(0.7, abs=0.01)


def test_replace_all_is_one_undo_step(qtbot, window):
    w = window
    before = w.controller.doc
    panel = find(qtbot, w, "青石镇")
    type_in(qtbot, panel.replacement, "白沙镇")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    doc = w.controller.doc
    assert doc.stories[0].headline == "白沙镇：图书角里书香浓"
    assert doc.stories[0].body[0] == "为丰富村民的精神文化生活，近日，白沙镇在各村便民服务中心设立了“农家书屋图书角”。"
    assert doc.photos[0].caption == "白沙镇的孩子们在图书角里认真阅读。"
    assert panel.message.text() == "3 replaced" and panel.results.count() == 0
    # the whole page shows the new text: the display list has it
    assert "白沙镇" in "".join(run.text for g in w.canvas.page.items if hasattr(g, "items")
                               for run in g.items if hasattr(run, "text"))
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.rect().topLeft() + w.canvas.rect().center() / 8)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc == before
    assert panel.results.count() == 3                                           # found again after the undo


def test_replace_one_then_the_next(qtbot, window):
    w = window
    panel = find(qtbot, w, "青石镇")
    qtbot.keyClicks(panel.replacement, "X")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)             # the body's hit
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    doc = w.controller.doc
    assert doc.stories[0].headline.startswith("青石镇") and "近日，X在" in doc.stories[0].body[0]
    assert panel.results.count() == 2 and panel.results.currentRow() == 1      # now on the caption's
    assert w.canvas.selected == "c1"


def test_regular_expressions_and_a_bad_one(qtbot, window):
    w = window
    panel = find(qtbot, w, "图.角")
    assert panel.results.count() == 0 and panel.message.text() == "Not found"
    qtbot.mouseClick(panel.regex, Qt.MouseButton.LeftButton, pos=panel.regex.rect().center() - panel.regex.rect().center() / 2)
    assert panel.regex.isChecked()
    qtbot.keyClick(panel.find, Qt.Key.Key_Return)
    assert panel.results.count() == 3
    panel.find.clear()
    type_in(qtbot, panel.find, "(图")
    qtbot.keyClick(panel.find, Qt.Key.Key_Return)
    assert panel.results.count() == 0
    assert panel.message.text() == "Cannot search: the regular expression is wrong at character 1 (missing ), unterminated subpattern)"
    # a regular expression replacement with a group
    panel.find.clear()
    type_in(qtbot, panel.find, r"本报记者 (\S+)")
    type_in(qtbot, panel.replacement, r"记者\1")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert w.controller.doc.stories[0].byline == "记者王晨"
    assert w.controller.doc.photos[0].credit == "记者王晨 摄"


def test_locate_the_body_frame_of_a_hit_in_a_linked_story(window):
    """A story continued in a second body frame: a hit in the last paragraph is in that frame."""
    from dataclasses import replace

    from layout_app.model.frame import Frame
    w = window
    doc = w.controller.doc
    s = doc.stories[0]
    story = replace(s, body=s.body + ("第三段。" * 40, "最后一段在这里。"))
    page = doc.pages[0]
    frames = tuple(replace(f, lines=4) if f.id == "b1" else f for f in page.frames) + \
        (Frame("b2", 5, 3, 0, 60, story="s1", part="body"),)
    w.controller.apply(replace(doc, stories=(story,), pages=(replace(page, frames=frames),)), "link")
    composer = w.controller.composer()
    assert locate(w.controller.doc, composer, Hit("story", "s1", "body", 3, 2, 4, "一段")) == (0, "b2")
    assert locate(w.controller.doc, composer, Hit("story", "s1", "body", 0, 0, 2, "为丰")) == (0, "b1")
    # b1 is 4 lines × 3 text columns of 13 characters: ¶0 (2 + 43 characters) takes 4 lines, ¶1 (2 + 18)
    # 2, so ¶2 (160 characters) starts in b1 and its last characters are in b2
    assert locate(w.controller.doc, composer, Hit("story", "s1", "body", 2, 0, 2, "第三")) == (0, "b1")
    assert locate(w.controller.doc, composer, Hit("story", "s1", "body", 2, 156, 158, "第三")) == (0, "b2")
    assert locate(w.controller.doc, composer, Hit("story", "s1", "kicker", 0, 0, 2, "文明")) == (0, "h1")
    assert locate(w.controller.doc, composer, Hit("photo", "p1", "credit", 0, 0, 2, "本报")) == (0, "c1")


def test_in_review_mode_only_captions_and_credits_are_replaced(qtbot, open_window):
    w = open_window(review=True)
    panel = find(qtbot, w, "青石镇")
    type_in(qtbot, panel.replacement, "白沙镇")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert w.controller.doc.stories[0].headline == "青石镇：图书角里书香浓"            # refused: story text
    assert panel.message.text() == "Review mode: only captions and credits can change"
    # only the caption's hit: a change review mode allows
    panel.search()
    panel.results.setCurrentRow(2)
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    assert w.controller.doc.photos[0].caption == "白沙镇的孩子们在图书角里认真阅读。"
    assert w.controller.doc.stories[0].headline == "青石镇：图书角里书香浓"
    assert not w.pages_panel.delete_button.isEnabled() and not w.pages_panel.add_button.isEnabled()
