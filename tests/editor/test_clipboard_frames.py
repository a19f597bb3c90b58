"""Frames on the system clipboard, with real key events in two main windows on two documents in two
folders (as two editors would be): Ctrl+C in one, Ctrl+V in the other brings the frames with their
story and photo (the photo's path made right for the other folder); the clipboard also holds the
copied text as plain text for any other program; plain text from elsewhere pastes as a text frame,
or into the text at the caret while editing; a clipboard that is not our frames changes nothing."""
import os
from dataclasses import replace

import pytest
import yaml
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document, loads_document, save_document
from tests.editor.test_canvas_tools import cell, click
from tests.samples import DOC_YAML

CTRL = Qt.KeyboardModifier.ControlModifier
MIME = "application/x-layout-app-frames+yaml"


def active(qtbot, w):
    w.activateWindow()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    w.canvas.setFocus()


@pytest.fixture
def two(open_window, qtbot, tmp_path):
    """The sample page in one window; an empty page of the same paper in another folder in another."""
    w1 = open_window()
    folder = tmp_path / "desk" / "B1"
    folder.mkdir(parents=True)
    empty = loads_document(DOC_YAML)
    empty = replace(empty, stories=(), photos=(), pages=(replace(empty.pages[0], frames=()),))
    path = folder / "b1.yaml"
    save_document(empty, path)
    w2 = MainWindow(load_document(path), path, ask=lambda *a: True, ask_save=lambda: "discard")
    w2.quiet = True
    qtbot.addWidget(w2)
    w2.show()
    qtbot.waitExposed(w2)
    return w1, w2


def test_frames_copied_in_one_window_paste_in_another_and_give_their_text(two, qtbot):
    w1, w2 = two
    active(qtbot, w1)
    click(w1, cell(w1, 1, 20))                           # the story's body: its heading comes along
    assert set(w1.canvas.selection) == {"h1", "b1"}
    qtbot.keyClick(w1.canvas, Qt.Key.Key_C, CTRL)
    data = QGuiApplication.clipboard().mimeData()
    assert MIME in data.formats()
    # for a text editor: kicker, headline, byline, then the body paragraphs, one a line
    assert data.text() == ("文明新风 润泽乡里\n青石镇：图书角里书香浓\n本报记者 王晨\n"
                           "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”。\n"
                           "开放首日，不少村民带着孩子前来借阅。")
    held = yaml.safe_load(bytes(data.data(MIME)).decode("utf-8"))
    assert held["layout_app_clip"] == 1 and held["folder"] == str(w1.controller.doc_dir.resolve())
    inner = loads_document(held["document"])
    assert [f.id for f in inner.pages[0].frames] == ["h1", "b1"] and [s.id for s in inner.stories] == ["s1"]
    # the other window pastes them (Ctrl+V): new frames on its page holding a copy of the story
    active(qtbot, w2)
    qtbot.keyClick(w2.canvas, Qt.Key.Key_V, CTRL)
    doc2 = w2.controller.doc
    pasted = doc2.pages[0].frames
    assert {f.part for f in pasted} == {"heading", "body"} and set(w2.canvas.selection) == {f.id for f in pasted}
    story = doc2.story(pasted[0].story)
    assert story.headline == "青石镇：图书角里书香浓" and story.body == w1.controller.doc.story("s1").body
    assert (pasted[0].col, pasted[0].line) == (0 + 1, 0 + 2)     # clear of where the original stood
    w2.save()
    assert load_document(w2.controller.path).story(story.id).byline == "本报记者 王晨"
    w2.controller.undo()
    assert w2.controller.doc.pages[0].frames == ()


def test_a_photo_pasted_in_another_folder_finds_its_file_and_its_caption_is_the_text(two, qtbot):
    w1, w2 = two
    active(qtbot, w1)
    click(w1, cell(w1, 3, 5))                            # the photo with its caption
    qtbot.keyClick(w1.canvas, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "青石镇的孩子们在图书角里认真阅读。\n本报记者 王晨 摄"
    active(qtbot, w2)
    qtbot.keyClick(w2.canvas, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    doc2 = w2.controller.doc
    photo_frame = next(f for f in doc2.pages[0].frames if f.kind == "photo")
    assert (photo_frame.col, photo_frame.line) == (3, 0)   # in place
    photo = doc2.photo(photo_frame.photo)
    assert photo.file == "../../photos/reading.jpg"
    assert (w2.controller.doc_dir / photo.file).resolve() == (w1.controller.doc_dir / "photos" / "reading.jpg").resolve()


def test_plain_text_from_another_program_pastes_as_a_text_frame_or_at_the_caret(two, qtbot):
    w1, w2 = two
    QGuiApplication.clipboard().setText("外来稿件第一段。\n\n  第二段，来自邮件。\n")
    active(qtbot, w2)
    qtbot.keyClick(w2.canvas, Qt.Key.Key_V, CTRL)
    (f,) = w2.controller.doc.pages[0].frames
    assert f.part == "body" and w2.canvas.selection == (f.id,)
    assert w2.controller.doc.story(f.story).body == ("外来稿件第一段。", "第二段，来自邮件。")
    assert (f.col, f.line) == (0, 0)                      # the first free spot of the empty page
    # while editing text the clipboard's text goes in at the caret, no new frame
    active(qtbot, w1)
    QGuiApplication.clipboard().setText("新")
    from tests.editor.test_edit_on_page import into
    ed = into(w1, qtbot, "h1", "headline", 2)
    qtbot.keyClick(w1.canvas, Qt.Key.Key_V, CTRL)
    assert w1.controller.doc.story("s1").headline == "青石新镇：图书角里书香浓"
    assert len(w1.controller.doc.pages[0].frames) == 4
    ed.end()


def test_a_clipboard_of_foreign_or_broken_frames_changes_nothing(two, qtbot):
    _w1, w2 = two
    data = QMimeData()
    data.setData(MIME, b"layout_app_clip: 1\ndocument: 'schema: 1\n  pages: [oops'\n")
    QGuiApplication.clipboard().setMimeData(data)
    active(qtbot, w2)
    before = w2.controller.doc
    qtbot.keyClick(w2.canvas, Qt.Key.Key_V, CTRL)
    assert w2.controller.doc is before
    assert "cannot read" in w2.statusBar().currentMessage()


def window_on(qtbot, doc, path):
    save_document(doc, path)
    w = MainWindow(load_document(path), path, ask=lambda *a: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_styled_story_brings_its_styles_and_frames_fit_a_narrower_grid(qtbot, tmp_path):
    """Copied from a page with a style sheet into a four-column page without one: the styles the
    story's paragraphs and runs name come along (the saved file opens again), the photo frame that
    stood in columns 4–5 stands in columns 3–4 of the narrower grid."""
    from tests.styles.sheets import STYLED_YAML
    styled = loads_document(STYLED_YAML.replace("  - {id: b1, col: 0, cols: 3, line: 0, lines: 30, story: s1, part: body}",
                                                "  - {id: b1, col: 0, cols: 3, line: 0, lines: 30, story: s1, part: body}\n"
                                                "  boxes:\n  - {id: box1, col: 3, cols: 2, line: 0, lines: 10}"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    w1 = window_on(qtbot, styled, tmp_path / "a" / "styled.yaml")
    plain = loads_document(DOC_YAML)
    narrow = replace(plain, grid=replace(plain.grid, columns=4), stories=(), photos=(),
                     pages=(replace(plain.pages[0], frames=()),))
    w2 = window_on(qtbot, narrow, tmp_path / "b" / "narrow.yaml")
    active(qtbot, w1)
    w1.canvas.set_selection(("b1", "box1"))
    qtbot.keyClick(w1.canvas, Qt.Key.Key_C, CTRL)
    active(qtbot, w2)
    qtbot.keyClick(w2.canvas, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    w2.save()
    again = load_document(w2.controller.path)                  # opens: every style the story names is there
    (story,) = again.stories
    assert story.body == styled.story("s1").body and story.formats == styled.story("s1").formats
    assert {"lead", "news", "subhead"} <= set(again.sheet.names("paragraph"))
    assert {"strong", "dots", "pink", "red", "kai"} <= set(again.sheet.names("character"))
    assert again.style("lead").size == styled.style("lead").size
    (box,) = again.pages[0].boxes
    assert (box.col, box.cols) == (2, 2)                         # four columns: the last two


def test_control_characters_from_another_program_never_reach_the_file(two, qtbot):
    """A document may not hold control characters (the loader refuses them): pasted text drops them,
    as a new frame and at the caret, so the saved file opens again."""
    w1, w2 = two
    QGuiApplication.clipboard().setText("第一段\x07\r\n第二\x1b段\x0b\r\n")
    active(qtbot, w2)
    qtbot.keyClick(w2.canvas, Qt.Key.Key_V, CTRL)
    (f,) = w2.controller.doc.pages[0].frames
    assert w2.controller.doc.story(f.story).body == ("第一段", "第二段")
    w2.save()
    assert load_document(w2.controller.path).story(f.story).body == ("第一段", "第二段")
    active(qtbot, w1)
    QGuiApplication.clipboard().setText("新\x00\x08闻")
    from tests.editor.test_edit_on_page import into
    ed = into(w1, qtbot, "h1", "headline", 2)
    qtbot.keyClick(w1.canvas, Qt.Key.Key_V, CTRL)
    assert w1.controller.doc.story("s1").headline == "青石新闻镇：图书角里书香浓"
    ed.end()
    w1.save()
    assert load_document(w1.controller.path).story("s1").headline == "青石新闻镇：图书角里书香浓"


def test_copied_frames_left_on_the_clipboard_do_not_crash_the_quit(tmp_path):
    """Frames copied and the editor quit: the clipboard keeps their text and the process ends cleanly
    (a QMimeData made in Python and left on the clipboard ended in a segmentation fault at exit)."""
    import subprocess
    import sys
    script = tmp_path / "quit.py"
    script.write_text(
        "from PySide6.QtCore import QMimeData, QTimer\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from layout_app.editor.arrange import clipboard_on_quit\n"
        "from layout_app.io import clipfile\n"
        "app = QApplication([])\n"
        "app.aboutToQuit.connect(clipboard_on_quit)\n"
        "data = QMimeData()\n"
        "data.setData(clipfile.MIME, b'version: 4')\n"
        "data.setText('说明文字')\n"
        "QGuiApplication.clipboard().setMimeData(data)\n"
        "QTimer.singleShot(0, app.quit)\n"
        "app.exec()\n"
        "print(QGuiApplication.clipboard().text())\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert done.stdout.strip() == "说明文字"
