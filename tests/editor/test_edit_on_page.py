"""Edit on the page with real mouse and key events (offscreen): double-click into the headline, type,
commit Chinese from an input method, Backspace, undo; body paragraphs, selection and clipboard,
character styles, captions, the running head; the saved document holds what was typed."""
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.editor.textedit import text_editor
from layout_app.io.docfile import load_document, loads_document
from layout_app.layout import textmap
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.model.styles import CharRun
from tests.styles.sheets import STYLED_YAML


def caret_lines(w, frame_id):
    page = w.controller.doc.pages[w.canvas.page_index]
    f = next(f for f in page.frames if f.id == frame_id)
    return textmap.frame_text(w.controller.composer(), page, f).lines


def at_char(w, ln, k, right=False) -> QPoint:
    """The widget point over character k of a caret line (its left or right third)."""
    x1 = ln.xs[k + 1] if k + 1 < len(ln.xs) else ln.right
    x = ln.xs[k] + (x1 - ln.xs[k]) * (0.75 if right else 0.25)
    return w.canvas.from_page(QPointF(x, (ln.top + ln.bottom) / 2)).toPoint()


def into(w, qtbot, frame_id, field, k, line=0):
    ln = [ln for ln in caret_lines(w, frame_id) if ln.field == field][line]
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, ln, k))
    ed = text_editor(w.canvas)
    assert ed.editing and ed.target.field == field
    return ed


def commit(w, text, preedit=""):
    ev = QInputMethodEvent(preedit, [])
    if text:
        ev.setCommitString(text)
    QApplication.sendEvent(w.canvas, ev)


def type_text(w, text):
    """Characters as a keyboard sends them (key events with text, also for Chinese characters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(w.canvas, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_headline_typed_in_place_with_an_input_method_and_undone(open_window, qtbot, tmp_path):
    w = open_window()
    ed = into(w, qtbot, "h1", "headline", 2)                      # 青石|镇：图书角里书香浓
    assert ed.caret == (0, 2)
    qtbot.keyClicks(w.canvas, "AB")
    assert w.controller.doc.story("s1").headline == "青石AB镇：图书角里书香浓"
    commit(w, "", "zhong")                                        # preedit: shown, not in the document
    assert ed.preedit == "zhong"
    assert w.controller.doc.story("s1").headline == "青石AB镇：图书角里书香浓"
    commit(w, "中文")
    assert ed.preedit == ""
    qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)
    assert w.controller.doc.story("s1").headline == "青石AB中镇：图书角里书香浓"
    # the page shows it: the headline's glyphs in the display list
    heading = next(g for g in w.canvas.page.items if isinstance(g, Group) and g.frame == "h1")
    assert "青石AB中镇" in "".join(r.text for r in walk(heading.items) if isinstance(r, GlyphRun))
    w.controller.save()
    assert load_document(w.controller.path).story("s1").headline == "青石AB中镇：图书角里书香浓"
    # typing "AB" then the commit are one word; Backspace another step
    w.controller.undo()
    assert w.controller.doc.story("s1").headline == "青石AB中文镇：图书角里书香浓"
    w.controller.undo()
    assert w.controller.doc.story("s1").headline == "青石镇：图书角里书香浓"
    assert ed.editing and ed.caret[1] <= len("青石镇：图书角里书香浓")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    assert not ed.editing


def test_typing_merges_per_word_and_pause(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "h1", "headline", 0)
    stack = w.controller.undo_stack
    n = stack.count()
    qtbot.keyClicks(w.canvas, "ab")
    assert stack.count() == n + 1
    qtbot.keyClicks(w.canvas, " cd")                              # the space ends the word
    assert stack.count() == n + 2
    ed._last_time -= 5                                            # a pause
    qtbot.keyClicks(w.canvas, "e")
    assert stack.count() == n + 3
    assert w.controller.doc.story("s1").headline.startswith("ab cde")


def test_ime_window_sits_at_the_caret(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "h1", "headline", 3)
    ln = next(ln for ln in caret_lines(w, "h1") if ln.field == "headline")
    rect = w.canvas.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    expect = w.canvas.from_page(QPointF(ln.xs[3], ln.top))
    assert abs(rect.x() - expect.x()) < 0.01 and abs(rect.y() - expect.y()) < 0.01
    assert rect.height() > 5
    assert w.canvas.inputMethodQuery(Qt.InputMethodQuery.ImSurroundingText) == "青石镇：图书角里书香浓"
    assert w.canvas.inputMethodQuery(Qt.InputMethodQuery.ImCursorPosition) == 3
    assert w.canvas.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    commit(w, "", "wen")                                          # the window moves past the preedit
    assert w.canvas.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).x() > rect.x() + 5
    assert ed.editing


def test_caret_and_preedit_are_drawn_on_the_page(open_window, qtbot):
    w = open_window()
    w.canvas.show_frame("h1")
    ed = into(w, qtbot, "h1", "headline", 3)
    ln = next(ln for ln in caret_lines(w, "h1") if ln.field == "headline")
    plain = w.canvas.grab().toImage()
    commit(w, "", "zhong")
    shown = w.canvas.grab().toImage()
    shown.save("/tmp/layout_app_preedit.png")
    # the preedit's pale box and letters begin at the caret, on the headline's line
    p = w.canvas.from_page(QPointF(ln.xs[3] + 1.5, ln.top + 1))
    assert shown.pixelColor(p.toPoint()) != plain.pixelColor(p.toPoint())
    # the caret: a dark line at the caret x before the preedit
    commit(w, "", "")
    caret = w.canvas.grab().toImage()
    x = w.canvas.from_page(QPointF(ln.xs[3], 0)).x()
    y = w.canvas.from_page(QPointF(0, (ln.top + ln.bottom) / 2)).y()
    dark = [caret.pixelColor(round(x) + dx, round(y)).lightness() for dx in (-1, 0, 1)]
    caret.save("/tmp/layout_app_caret.png")
    assert min(dark) < 60
    ed.end()
    gone = w.canvas.grab().toImage()                              # editing ended: no caret
    assert min(gone.pixelColor(round(x) + dx, round(y)).lightness() for dx in (-1, 0, 1)) > 200


def test_body_enter_selection_clipboard_and_delete(open_window, qtbot):
    w = open_window()
    body0 = w.controller.doc.story("s1").body
    ed = into(w, qtbot, "b1", "body", 3)                          # 为丰富|村民
    qtbot.keyClick(w.canvas, Qt.Key.Key_Return)
    assert w.controller.doc.story("s1").body[:2] == ("为丰富", body0[0][3:])
    assert ed.caret == (1, 0)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert ed.selected_text() == "村民"
    qtbot.keyClick(w.canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "村民"
    qtbot.keyClick(w.canvas, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc.story("s1").body[-1] == body0[-1] + "村民"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert ed.caret == (0, 0)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    assert w.controller.doc.story("s1").body[0] == "丰富"
    # Backspace at a paragraph's start joins it to the one before
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Home)
    assert ed.caret == (1, 0)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)
    assert w.controller.doc.story("s1").body[0] == "丰富" + body0[0][3:]
    # a cut with Ctrl+X and a selection made by dragging the mouse
    lines = [ln for ln in caret_lines(w, "b1") if ln.field == "body"]
    qtbot.mousePress(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, lines[0], 2))
    qtbot.mouseMove(w.canvas, at_char(w, lines[0], 4))
    qtbot.mouseRelease(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, lines[0], 4))
    assert ed.selected_text() == "村民"
    qtbot.keyClick(w.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc.story("s1").body[0].startswith("丰富的精神")
    # a click outside the story ends editing, and the canvas takes the click (selects the photo)
    r = w.canvas.frame_rect(w.controller.frame(0, "ph1"))
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.from_page(QPointF(r.x + 20, r.y + 20)).toPoint())
    assert not ed.editing and w.canvas.selected == "ph1"


def test_frame_shortcuts_do_not_fire_while_typing(open_window, qtbot):
    w = open_window()
    into(w, qtbot, "b1", "body", 0)
    frames = len(w.controller.doc.pages[0].frames)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)                # at the start: nothing to delete
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Left)
    assert len(w.controller.doc.pages[0].frames) == frames         # the frame was not deleted
    assert w.controller.frame(0, "b1").col == 0                    # nor nudged


def test_caption_and_credit_in_place(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "c1", "caption", 0)
    type_text(w, "图为")
    assert w.controller.doc.photo("p1").caption == "图为青石镇的孩子们在图书角里认真阅读。"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Return)                   # one-line field: Enter ends editing
    assert not ed.editing
    ed = into(w, qtbot, "c1", "credit", 0)
    assert ed.target.field == "credit"


def test_character_style_on_a_selection_and_typing_keeps_it(qtbot, tmp_path):
    path = tmp_path / "styled.yaml"
    path.write_text(STYLED_YAML, encoding="utf-8")
    w = MainWindow(loads_document(STYLED_YAML), path, ask=lambda t, x: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    into(w, qtbot, "b1", "body", 0)                               # 第一段正文。
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    menu = w.menuBar().findChild(type(w.menuBar().actions()[0].menu()), "char-style-menu")
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == "red")
    assert action.isEnabled()
    action.trigger()
    assert w.controller.doc.story("s1").format(0).runs == (CharRun(0, 2, "red"),)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right)                    # after 第一, at the run's end
    type_text(w, "新")
    assert w.controller.doc.story("s1").body[0] == "第一新段正文。"
    assert w.controller.doc.story("s1").format(0).runs == (CharRun(0, 3, "red"),)
    w.controller.save()
    assert load_document(path).story("s1").format(0).runs == (CharRun(0, 3, "red"),)


def test_running_head_field_in_place(qtbot, tmp_path):
    doc = load_document(DEMO_DIR / "demo.yaml")
    w = MainWindow(doc, None, DEMO_DIR, ask=lambda t, x: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.controller.doc.pages[0]
    mt = textmap.master_text(w.controller.composer(), page)
    folio = next(ln for ln in mt.lines if ln.field == "folio")      # 第{page}版　{section}
    pos = w.canvas.from_page(QPointF(folio.xs[7] * 0.8 + folio.xs[8] * 0.2, (folio.top + folio.bottom) / 2))
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    ed = text_editor(w.canvas)
    assert ed.editing and ed.target.kind == "master" and ed.caret == (0, 7)   # before 版, after the field
    qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)                 # the {page} field goes whole
    text = next(t for t in w.controller.doc.master(page.master).texts if t.id == "folio").text
    assert text == "第版　{section}"


def test_a_click_on_another_part_of_the_heading_moves_editing_there(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "h1", "headline", 1)
    kicker = next(ln for ln in caret_lines(w, "h1") if ln.field == "kicker")
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, kicker, 2))
    assert ed.editing and ed.target.field == "kicker" and ed.caret == (0, 2)
    type_text(w, "好")
    assert w.controller.doc.story("s1").kicker == "文明好新风 润泽乡里"


def test_review_mode_edits_captions_only(open_window, qtbot):
    w = open_window(review=True)
    head = next(ln for ln in caret_lines(w, "h1") if ln.field == "headline")
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, head, 1))
    ed = text_editor(w.canvas)
    assert not ed.editing                                          # the layout is read-only in review
    ed = into(w, qtbot, "c1", "caption", 0)
    type_text(w, "图为")
    assert w.controller.doc.photo("p1").caption.startswith("图为青石镇")


def test_ctrl_z_while_editing_undoes_the_last_word_and_editing_goes_on(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "h1", "headline", 0)
    qtbot.keyClicks(w.canvas, "ab ")
    qtbot.keyClicks(w.canvas, "cd")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)   # the Edit menu's shortcut
    assert w.controller.doc.story("s1").headline == "ab 青石镇：图书角里书香浓"
    assert ed.editing and ed.caret == (0, 3)                     # where the undone word was
    qtbot.keyClicks(w.canvas, "x")
    assert w.controller.doc.story("s1").headline == "ab x青石镇：图书角里书香浓"


def test_a_second_double_click_selects_the_phrase(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "b1", "body", 2)                          # 为丰富村民的精神文化生活，近日，…
    ln = next(ln for ln in caret_lines(w, "b1") if ln.field == "body")
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=at_char(w, ln, 4))
    assert ed.selected_text() == "为丰富村民的精神文化生活"          # up to the comma


def test_showing_another_page_ends_editing(open_window, qtbot):
    from dataclasses import replace

    from layout_app.model.document import Page
    w = open_window()
    doc = w.controller.doc
    w.controller.apply(replace(doc, pages=doc.pages + (Page("A2", 2),)), "add page", structural=True)
    ed = into(w, qtbot, "h1", "headline", 1)
    w.canvas.page_index = 1
    w.canvas.refresh()
    qtbot.waitUntil(lambda: not ed.editing, timeout=2000)


def test_the_byline_at_the_head_of_the_body_is_edited_in_place(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "b1", "byline", 5)                       # 本报记者 |王晨
    assert ed.target.field == "byline" and ed.caret == (0, 5)
    type_text(w, "新")
    assert w.controller.doc.story("s1").byline == "本报记者 新王晨"


def test_the_pointer_is_an_ibeam_over_the_text_being_edited(open_window, qtbot):
    w = open_window()
    into(w, qtbot, "b1", "body", 2)
    ln = [ln for ln in caret_lines(w, "b1") if ln.field == "body"][1]
    qtbot.mouseMove(w.canvas, at_char(w, ln, 3))
    assert w.canvas.cursor().shape() == Qt.CursorShape.IBeamCursor
    r = w.canvas.frame_rect(w.controller.frame(0, "ph1"))
    qtbot.mouseMove(w.canvas, w.canvas.from_page(QPointF(r.x + 30, r.y + 30)).toPoint())
    assert w.canvas.cursor().shape() != Qt.CursorShape.IBeamCursor


def test_while_typing_undo_and_save_stay_the_windows_and_the_clipboard_is_the_texts(open_window, qtbot):
    """The editor is the canvas's caret_owner: it claims typing and Ctrl+C/X/V, not Ctrl+Z."""
    w = open_window()
    frames = w.controller.doc.pages[0].frames
    ed = into(w, qtbot, "h1", "headline", 2)
    assert w.canvas.caret_owner is ed
    qtbot.keyClicks(w.canvas, "TM")                                  # tool letters are text here
    assert w.controller.doc.story("s1").headline == "青石TM镇：图书角里书香浓" and w.canvas.tool == "select"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc.story("s1").headline == "青石T镇：图书角里书香浓"
    assert w.controller.doc.pages[0].frames == frames                  # no frame cut
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)    # the window's Undo
    assert w.controller.doc.story("s1").headline == "青石TM镇：图书角里书香浓" and ed.editing
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    assert w.canvas.caret_owner is None
    qtbot.keyClick(w.canvas, Qt.Key.Key_T)
    assert w.canvas.tool == "text"
