"""Styles applied in the editor: the paragraph at the cursor takes a paragraph style, a selection made
with the keyboard takes a character style; both undo, both reach the page and the saved file."""
from PySide6.QtCore import Qt

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.layout.display import Dot, GlyphRun, walk
from layout_app.model.story import Story
from layout_app.model.styles import CharRun, ParaFormat
from tests.styles.sheets import STYLED_YAML


def _window(qtbot, tmp_path):
    path = tmp_path / "page.yaml"
    path.write_text(STYLED_YAML, encoding="utf-8")
    w = MainWindow(loads_document(STYLED_YAML), path, ask=lambda t, x: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _to(w, qtbot, block, column):
    body = w.stories.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(block):
        qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_Home)
    for _ in range(column):
        qtbot.keyClick(body, Qt.Key.Key_Right)


def test_paragraph_style_at_the_cursor_and_character_style_on_a_selection(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    w.stories.select_story("s1")
    _to(w, qtbot, 0, 2)                                # in 第一段正文。
    assert w.stories.para_style.currentData() == "body" and w.stories.para_style.currentText() == "Body text"
    w.stories.para_style.setCurrentIndex(w.stories.para_style.findData("lead"))
    w.stories.para_style.activated.emit(w.stories.para_style.currentIndex())
    assert w.controller.doc.story("s1").format(0) == ParaFormat(0, "lead")
    # select 段正 with shift+right and put 着重号 on it
    for _ in range(2):
        qtbot.keyClick(w.stories.body, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    w.stories.char_style.setCurrentIndex(w.stories.char_style.findData("dots"))
    qtbot.mouseClick(w.stories.apply_char, Qt.MouseButton.LeftButton)
    assert w.controller.doc.story("s1").format(0).runs == (CharRun(2, 4, "dots"),)
    page = w.controller.compose(0)
    assert len([d for d in walk(page.items) if isinstance(d, Dot)]) == 7 + 2
    first = [r for r in walk(page.items) if isinstance(r, GlyphRun) and "第一" in r.text][0]
    assert first.face == "song-bold" and first.size == 10.5
    assert "  - text: 第一段正文。\n    style: lead\n    runs:\n    - {at: 2, text: 段正, style: dots}\n" in \
        dumps_document(w.controller.doc)
    # in the fourth paragraph (after a bold 第四段): 正文 in red
    _to(w, qtbot, 3, 3)
    for _ in range(2):
        qtbot.keyClick(w.stories.body, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    w.stories.char_style.setCurrentIndex(w.stories.char_style.findData("red"))
    qtbot.mouseClick(w.stories.apply_char, Qt.MouseButton.LeftButton)
    assert w.controller.doc.story("s1").format(3).runs == (CharRun(0, 3, "strong"), CharRun(3, 5, "red"))
    w.controller.undo()
    # the cursor in the styled paragraph shows its runs; undo takes the run and then the style off
    _to(w, qtbot, 2, 1)
    assert w.stories.para_style.currentData() == "lead"
    assert "tracking 0.1" in w.stories.style_info.text() and "（记者王晨）: Emphasis dots" in w.stories.style_info.text()
    w.controller.undo()
    assert w.controller.doc.story("s1").format(0) == ParaFormat(0, "lead")
    w.controller.undo()
    assert w.controller.doc.story("s1").format(0) is None


def test_a_character_style_cuts_the_runs_it_overlaps():
    story = Story("s", body=("甲乙丙丁戊",), formats=(ParaFormat(0, None, (), (CharRun(0, 4, "strong"),)),))
    cut = story.with_char_style(0, 1, 3, "dots")
    assert cut.format(0).runs == (CharRun(0, 1, "strong"), CharRun(1, 3, "dots"), CharRun(3, 4, "strong"))
    assert cut.with_char_style(0, 0, 5, None).formats == ()
    assert story.with_paragraph_style(0, "lead").with_paragraph_style(0, "body").format(0) == story.format(0)


def test_qt_positions_are_utf16_units():
    from layout_app.editor.panels import _code_points
    assert _code_points("𠮷野家", 2) == 1 and _code_points("𠮷野家", 3) == 2 and _code_points("吉野家", 2) == 2
