"""The story editor beside the page: it follows the selected frame's story, edits every part, keeps
the character runs of paragraphs not touched, and shows 字数/行数 and 超/缺 N 行 live."""
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document, loads_document
from layout_app.model.styles import CharRun
from tests.styles.sheets import STYLED_YAML


def test_galley_follows_the_selection_and_edits_every_part(open_window, qtbot):
    w = open_window()
    g = w.galley
    r = w.canvas.frame_rect(w.controller.frame(0, "b1"))
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.from_page(QPointF(r.x + 10, r.y + 10)).toPoint())
    assert g.story_id() == "s1"
    assert g.fields["kicker"].text() == "文明新风 润泽乡里"
    assert g.fields["byline"].text() == "本报记者 王晨"
    g.fields["deck"].setFocus()
    qtbot.keyClicks(g.fields["deck"], "deck")
    assert w.controller.doc.story("s1").deck == "deck"
    # 字数 of the body: 41 + 18 characters, hand-counted; the story fits with lines to spare
    assert g.counts.text().startswith("59 ")
    assert g.fit.text().startswith("Short by") and g.overset_from is None
    g.body.setFocus()
    qtbot.keyClick(g.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(g.body, Qt.Key.Key_Return)
    QGuiApplication.clipboard().setText("很长的正文。" * 300)
    qtbot.keyClick(g.body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    body = w.controller.doc.story("s1").body
    assert len(body) == 3 and body[2] == "很长的正文。" * 300
    assert g.fit.text().startswith("Overset by")
    overset = next(r for r in w.canvas.page.reports if r.frame == "b1").overset_lines
    assert g.fit.text() == f"Overset by {overset} lines"
    # the text that did not fit is marked in the galley, and it is what the page did not draw
    report = next(r for r in w.canvas.page.reports if r.frame == "b1")
    assert g.body.toPlainText()[g.overset_from:] == report.overset_text
    assert g.body.extraSelections()[0].cursor.selectedText() == report.overset_text
    w.controller.save()
    assert load_document(w.controller.path).story("s1").body[2] == "很长的正文。" * 300
    assert g.counts.text().startswith(f"{59 + 1800} ")


def test_typing_on_the_page_shows_in_the_galley(open_window, qtbot):
    w = open_window()
    w.galley.story.setCurrentIndex(w.galley.story.findData("s1"))
    cursor = w.galley.body.textCursor()
    cursor.setPosition(5)
    w.galley.body.setTextCursor(cursor)
    from tests.editor.test_edit_on_page import into
    into(w, qtbot, "b1", "body", 0)
    qtbot.keyClicks(w.canvas, "AB")
    qtbot.waitUntil(lambda: w.galley.body.toPlainText().startswith("AB为丰富"), timeout=2000)
    assert w.galley.body.textCursor().position() == 7          # the galley's cursor stayed on its text


def test_galley_edit_keeps_other_paragraphs_runs(qtbot, tmp_path):
    path = tmp_path / "styled.yaml"
    path.write_text(STYLED_YAML, encoding="utf-8")
    w = MainWindow(loads_document(STYLED_YAML), path, ask=lambda t, x: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    g = w.galley
    g.body.setFocus()
    qtbot.keyClick(g.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(g.body, "AB")
    s = w.controller.doc.story("s1")
    assert s.body[0] == "AB第一段正文。"
    assert s.format(3).runs == (CharRun(0, 3, "strong"),)
    assert s.format(2).style == "lead" and len(s.format(2).runs) == 4


def test_the_stories_list_and_the_story_editor_show_one_story(open_window, qtbot):
    """A reviewer saw the Stories panel's fields empty beside the story editor's banner: two editors
    on two stories. Picking a story in either shows it in both, from the window's opening on."""
    w = open_window()
    g, panel = w.galley, w.stories
    assert panel.story_id() == g.story_id() is not None
    assert panel.headline.text() == g.fields["headline"].text() != ""
    last = panel.list.count() - 1
    rect = panel.list.visualItemRect(panel.list.item(last))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sid = panel.list.item(last).data(Qt.ItemDataRole.UserRole)
    assert panel.story_id() == sid and g.story_id() == sid
    g.story.setCurrentIndex(0)
    assert panel.story_id() == g.story_id() == g.story.itemData(0)
    assert panel.headline.text() == g.fields["headline"].text()
