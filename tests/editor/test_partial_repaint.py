"""Typing repaints only what changed: what the window shows afterwards (its backing store, grabbed
from the offscreen screen) is exactly what a full repaint of the canvas draws — no stale pixels of
the text before the keystroke, of the caret or of the preedit."""
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from tests.editor.test_edit_on_page import caret_lines, commit, into


def shown(w):
    QApplication.processEvents()
    screen = QApplication.primaryScreen().grabWindow(w.winId()).toImage()
    at = w.canvas.mapTo(w, QPoint(0, 0))
    return screen.copy(QRect(at, w.canvas.size())).convertToFormat(QImage.Format.Format_RGB32)


def full(w):
    return w.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing(a, b):
    return {(x, y) for y in range(0, a.height(), 3) for x in range(0, a.width(), 3) if a.pixel(x, y) != b.pixel(x, y)}


def test_typing_leaves_the_window_as_a_full_repaint_draws_it(qtbot):
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), None, DEMO_DIR, ask=lambda t, x: True,
                   ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    ln = [ln for ln in caret_lines(w, "clinic-bodya") if ln.field == "body"][5]
    into(w, qtbot, "clinic-bodya", "body", 3, line=5)
    QApplication.processEvents()                                      # the selection's repaint
    # what the window and a fresh grab already tell apart before any keystroke (a photo resampled
    # ±1 on the screen, ruler pixels): a keystroke must add nothing to it
    base = differing(shown(w), full(w))
    assert len(base) < 300
    painted = []
    orig = w.canvas.paintEvent
    w.canvas.paintEvent = lambda ev: (painted.append(ev.rect()), orig(ev))
    whole = w.canvas.rect()

    def check():
        painted.clear()
        QApplication.processEvents()
        assert painted and all(r != whole for r in painted)           # a part of the canvas repainted,
        assert differing(shown(w), full(w)) <= base                   # and it shows what a full repaint does

    for step in range(3):
        commit(w, "图书角")
        check()
        qtbot.keyClick(w.canvas, Qt.Key.Key_Return)
        check()
        commit(w, "", "shu")
        check()
        commit(w, "")
        qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)
        check()
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    assert differing(shown(w), full(w)) <= base                  # the caret is gone everywhere
    assert ln is not None



def test_a_drag_repaints_where_the_frame_was_and_is_as_a_full_repaint_draws_it(qtbot):
    """Each drag step repaints the moved frame's old and new place and the frames that reflowed —
    not the whole canvas — and the window then shows what a full repaint draws: no ghost of the
    frame where it was, of its text, its photo, its captions or its selection handles."""
    from dataclasses import replace
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), None, DEMO_DIR, ask=lambda t, x: True,
                   ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.controller.doc.pages[0]
    photo = next(f for f in page.frames if f.kind == "photo" and f.wrap == "off")
    w.canvas.select("patrol-body")
    QApplication.processEvents()
    base = differing(shown(w), full(w))
    assert len(base) < 300
    painted = []
    orig = w.canvas.paintEvent
    w.canvas.paintEvent = lambda ev: (painted.append(ev.rect()), orig(ev))
    whole = w.canvas.rect()

    def step(fid, dline, dcol=0):
        f = w.controller.frame(0, fid)
        w.canvas.change_frame(replace(f, line=f.line + dline, col=f.col + dcol), "drag", f"test-drag-{fid}")
        painted.clear()
        QApplication.processEvents()
        assert painted and all(r != whole for r in painted)           # a part of the canvas repainted,
        assert differing(shown(w), full(w)) <= base                   # and it shows what a full repaint does

    for dline in (2, 3, -1, -4):
        step("patrol-body", dline)
    step("patrol-body", 0, 1)
    w.canvas.select(photo.id)
    QApplication.processEvents()
    base = differing(shown(w), full(w))
    for dline in (4, -2):
        step(photo.id, dline)
