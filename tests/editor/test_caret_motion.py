"""The caret as a page editor expects it, with real key events (offscreen): the view scrolls to keep it
in sight, Ctrl+Left/Right jump by word or phrase (Shift extends), and it blinks — solid while typing."""
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication

from tests.editor.test_edit_on_page import caret_lines, commit, into, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def caret_dark(w, ed) -> bool:
    """Whether the window shows a dark caret line where the editor says the caret is."""
    img = w.canvas.grab().toImage()
    r = ed.caret_rect()
    x, y = round(r.x()), round(r.center().y())
    return min(img.pixelColor(x + dx, y).lightness() for dx in (-1, 0, 1)) < 60


def inside(w, r: QRectF) -> bool:
    return w.canvas.rect().contains(r.toAlignedRect())


def test_the_view_follows_the_caret_to_the_end_of_the_story_and_while_typing(open_window, qtbot):
    w = open_window()
    lines = [ln for ln in caret_lines(w, "b1") if ln.field == "body"]
    ln = lines[0]
    w.canvas.show_frame("b1")                                   # close in: the body's end far off screen
    w.canvas.set_zoom(2 * w.canvas.height() / (lines[-1].bottom - ln.top))
    w.canvas.pan += w.canvas.from_page(QPointF(40, 40)) - w.canvas.from_page(QPointF(ln.xs[0], ln.top))
    ed = into(w, qtbot, "b1", "body", 0)
    pan0 = QPointF(w.canvas.pan)
    end = w.canvas.from_page(QPointF(caret_lines(w, "b1")[-1].right, caret_lines(w, "b1")[-1].top))
    assert not w.canvas.rect().contains(end.toPoint())          # the story's end: not in the window now
    qtbot.keyClick(w.canvas, Qt.Key.Key_End, CTRL)
    body = w.controller.doc.story("s1").body
    assert ed.caret == (len(body) - 1, len(body[-1]))
    assert w.canvas.pan != pan0
    assert inside(w, ed.caret_rect()) and caret_dark(w, ed)
    w.canvas.grab().save("/tmp/layout_app_caret_scrolled.png")
    # typing at the right edge of the window: the view moves on with the caret
    w.canvas.pan += QPointF(w.canvas.width() - 30 - ed.caret_rect().x(), 0)
    type_text(w, "新闻新闻新闻")
    assert w.controller.doc.story("s1").body[-1].endswith("新闻新闻新闻")
    assert inside(w, ed.caret_rect()) and caret_dark(w, ed)
    # an input method's preedit after the caret stays in sight too
    w.canvas.pan += QPointF(w.canvas.width() - 30 - ed.caret_rect().x(), 0)
    commit(w, "", "zhongwen")
    assert inside(w, ed.caret_rect())
    # back to the start: the view goes back up
    qtbot.keyClick(w.canvas, Qt.Key.Key_Home, CTRL)
    assert ed.caret == (0, 0) and inside(w, ed.caret_rect())


def test_ctrl_arrows_jump_by_phrase_and_word_and_shift_extends(open_window, qtbot):
    w = open_window()
    ed = into(w, qtbot, "h1", "headline", 0)
    qtbot.keyClick(w.canvas, Qt.Key.Key_End)
    qtbot.keyClicks(w.canvas, " Big data, 2026")                 # 青石镇：图书角里书香浓 Big data, 2026
    assert w.controller.doc.story("s1").headline == "青石镇：图书角里书香浓 Big data, 2026"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Home, CTRL)             # the headline wraps: its very start
    stops = []
    for _ in range(8):
        qtbot.keyClick(w.canvas, Qt.Key.Key_Right, CTRL)
        stops.append(ed.caret[1])
    # hand-counted: 青石镇|：|图书角里书香浓 |Big |data|, |2026|
    assert stops == [3, 4, 12, 16, 20, 22, 26, 26]
    back = []
    for _ in range(8):
        qtbot.keyClick(w.canvas, Qt.Key.Key_Left, CTRL)
        back.append(ed.caret[1])
    assert back == [22, 20, 16, 12, 4, 3, 0, 0]
    assert not ed.has_selection()
    # Ctrl+Shift+Right selects the phrase, and the next one with it
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, CTRL | SHIFT)
    assert ed.selected_text() == "青石镇"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right, CTRL | SHIFT)
    assert ed.selected_text() == "青石镇：图书角里书香浓 "
    qtbot.keyClick(w.canvas, Qt.Key.Key_Left, CTRL | SHIFT)
    assert ed.selected_text() == "青石镇："
    qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)              # the keys went to the text, not the window
    assert w.controller.doc.story("s1").headline == "图书角里书香浓 Big data, 2026"


def test_ctrl_arrows_cross_paragraph_ends_in_the_body(open_window, qtbot):
    w = open_window()
    body = w.controller.doc.story("s1").body
    ed = into(w, qtbot, "b1", "body", 0)
    seen = []
    while ed.caret[0] == 0 and len(seen) < 200:
        qtbot.keyClick(w.canvas, Qt.Key.Key_Right, CTRL)
        seen.append(ed.caret)
    assert seen[-2:] == [(0, len(body[0])), (1, 0)]           # the paragraph's end is a stop of its own
    assert all(b[1] > a[1] for a, b in zip(seen, seen[1:-1]))   # and every stop moves on
    assert len(seen) > 3                                        # by phrases, not the whole paragraph
    qtbot.keyClick(w.canvas, Qt.Key.Key_Left, CTRL)             # from a paragraph's start: the one before's end
    assert ed.caret == (0, len(body[0]))


def test_the_caret_blinks_and_stays_solid_while_typing(open_window, qtbot):
    hints = QGuiApplication.styleHints()
    flash = hints.cursorFlashTime()
    hints.setCursorFlashTime(200)
    try:
        w = open_window()
        w.canvas.show_frame("h1")
        ed = into(w, qtbot, "h1", "headline", 3)
        assert ed.caret_on and caret_dark(w, ed)
        qtbot.waitUntil(lambda: not ed.caret_on, timeout=2000)   # it goes off…
        assert not caret_dark(w, ed)
        w.canvas.grab().save("/tmp/layout_app_caret_off.png")
        qtbot.waitUntil(lambda: ed.caret_on, timeout=2000)       # …and on again
        assert caret_dark(w, ed)
        # typing: every key shows it solid and starts the half period again, so it does not blink
        for ch in "新闻新闻":
            qtbot.wait(60)
            type_text(w, ch)
            assert ed.caret_on and caret_dark(w, ed)
        ed.end()
        assert not ed.blink.isActive()
        hints.setCursorFlashTime(0)                              # 0: a solid caret (the system says so)
        ed = into(w, qtbot, "h1", "headline", 1)
        assert not ed.blink.isActive()
        qtbot.wait(300)
        assert ed.caret_on and caret_dark(w, ed)
    finally:
        hints.setCursorFlashTime(flash)


def ink(img, x0: float, x1: float, y0: float, y1: float) -> int:
    """Dark pixels in a widget rectangle."""
    return sum(img.pixelColor(x, y).lightness() < 128
               for x in range(round(x0), round(x1)) for y in range(round(y0), round(y1)))


def test_the_preedit_pushes_the_rest_of_the_line_along(open_window, qtbot):
    w = open_window()
    w.canvas.show_frame("h1")
    ed = into(w, qtbot, "h1", "headline", 3)                      # 青石镇|：图书角里书香浓
    ln = next(ln for ln in caret_lines(w, "h1") if ln.field == "headline")
    to = w.canvas.from_page
    y0, y1 = to(QPointF(0, ln.top)).y(), to(QPointF(0, ln.bottom)).y()
    x4, end = to(QPointF(ln.xs[4], 0)).x(), to(QPointF(ln.right, 0)).x()   # 图书角… to the line's end
    plain = w.canvas.grab().toImage()
    before = ink(plain, x4, end, y0, y1)
    commit(w, "", "zhong")
    shown = w.canvas.grab().toImage()
    shown.save("/tmp/layout_app_preedit_pushed.png")
    shift = ed._preedit_width() * w.canvas.zoom()
    assert shift > 20
    moved = ink(shown, x4 + shift, end + shift, y0, y1)
    assert before > 200 and abs(moved - before) < 0.15 * before   # the same characters, further right
    assert w.controller.doc.story("s1").headline == "青石镇：图书角里书香浓"   # not in the document
    commit(w, "中")
    assert w.controller.doc.story("s1").headline == "青石镇中：图书角里书香浓"
    assert ed.preedit == ""
