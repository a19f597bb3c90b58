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


def demo(qtbot):
    """A shown window on the demo page."""
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), None, DEMO_DIR, ask=lambda t, x: True,
                   ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def differing(a, b):
    return {(x, y) for y in range(0, a.height(), 3) for x in range(0, a.width(), 3) if a.pixel(x, y) != b.pixel(x, y)}


def test_typing_leaves_the_window_as_a_full_repaint_draws_it(qtbot):
    w = demo(qtbot)
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
    w = demo(qtbot)
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


def test_wrap_turned_on_where_no_text_runs_beside_draws_its_outline_at_once(qtbot):
    """A photo with no text beside it: turning its wrap on (the Properties check box, clicked) and
    widening its standoff change no text, so no frame's group differs — yet the dashed standoff outline
    appears and grows. The window must show it as a full repaint does (the damage used to be none)."""
    w = demo(qtbot)
    w.canvas.select("ph-reading-photo")
    QApplication.processEvents()
    base = differing(shown(w), full(w))
    assert len(base) < 300
    before = w.canvas.page
    qtbot.mouseClick(w.properties.wrap, Qt.MouseButton.LeftButton, pos=QPoint(8, w.properties.wrap.height() // 2))
    assert w.controller.frame(0, "ph-reading-photo").wrap == "around"
    assert w.canvas.page.items == before.items                       # no text moved: only the outline is new
    assert differing(shown(w), full(w)) <= base
    w.properties.standoff.setValue(2)                                # standoff 1 → 2 lines
    assert w.controller.frame(0, "ph-reading-photo").standoff_lines == 2.0
    assert differing(shown(w), full(w)) <= base
    w.controller.undo()
    w.controller.undo()                                              # and gone again
    assert w.controller.frame(0, "ph-reading-photo").wrap == "off"
    assert differing(shown(w), full(w)) <= base


def test_an_overset_frame_narrower_than_its_tab_leaves_no_tab_behind(qtbot):
    """Zoomed out, a one-column frame is narrower than the 64-pixel 超 N 行 tab. Made overset and then
    dragged down, it must leave no piece of the tab where it was (the tab reached past the frame and
    past the few pixels of margin a drag step repaints)."""
    from dataclasses import replace
    w = demo(qtbot)
    c = w.canvas
    c.set_zoom(0.35)
    QApplication.processEvents()
    f = w.controller.frame(0, "river-bodyb")                          # the river story's last frame, one column
    assert f.cols == 1 and c.zoom() * c.frame_rect(f).width < 64 - 16
    base = differing(shown(w), full(w))
    c.change_frame(replace(f, lines=2), "drag", "test-tab")
    QApplication.processEvents()
    assert any(r.frame == f.id and r.overset_lines > 0 for r in c.page.reports)
    assert differing(shown(w), full(w)) <= base
    for dline in (3, 3, -5):
        f = w.controller.frame(0, "river-bodyb")
        c.change_frame(replace(f, line=f.line + dline), "drag", "test-tab")
        QApplication.processEvents()
        assert differing(shown(w), full(w)) <= base


def test_the_rulers_follow_zoom_scroll_and_size_as_a_fresh_window_draws_them(qtbot):
    """The rulers are drawn once for a view and copied on later repaints: after a zoom, a scroll and a
    resize they must read as they do in a window that opens in that view (ticks and numbers)."""
    from PySide6.QtCore import QPointF, QRect

    def rulers(w):
        img = full(w)
        return [img.copy(QRect(0, 0, img.width(), 19)), img.copy(QRect(0, 0, 19, img.height()))]

    a = demo(qtbot)
    first = rulers(a)                                    # drawn and kept for the fitted view
    for zoom, pan, size in ((1.3, QPointF(-40, -25), None), (0.8, QPointF(15, 30), (1300, 900))):
        if size:
            a.resize(*size)
            QApplication.processEvents()
        a.canvas.set_zoom(zoom)
        a.canvas.pan = pan
        a.canvas.update()
        b = demo(qtbot)
        b.resize(a.size())
        QApplication.processEvents()
        b.canvas.set_zoom(zoom)
        b.canvas.pan = pan
        assert a.canvas.size() == b.canvas.size()
        assert rulers(a) == rulers(b) and rulers(a) != first


def test_a_finding_that_comes_and_goes_with_a_drag_repaints_its_marker_not_the_canvas(qtbot):
    """A frame made overset gets its error marker from the live check, and loses it when made long
    again: each step repaints the frame and the marker's corner, not the whole canvas, and the window
    then shows what a full repaint draws (the marker there, then no ghost of it)."""
    from dataclasses import replace
    w = demo(qtbot)
    c = w.canvas
    QApplication.processEvents()
    base = differing(shown(w), full(w))
    assert len(base) < 300
    painted = []
    orig = c.paintEvent
    c.paintEvent = lambda ev: (painted.append(ev.rect()), orig(ev))
    whole = c.rect()
    page = w.controller.doc.pages[0].id
    f = w.controller.frame(0, "river-bodyb")
    assert "river-bodyb" not in c.finding_marks.get(page, {})
    for lines, marked in ((2, True), (f.lines, False)):
        c.change_frame(replace(w.controller.frame(0, "river-bodyb"), lines=lines), "drag", "test-mark")
        painted.clear()
        QApplication.processEvents()
        assert ("river-bodyb" in c.finding_marks.get(page, {})) == marked
        assert painted and all(r != whole for r in painted)
        assert differing(shown(w), full(w)) <= base
    # a marker on a frame that did not move (a report's finding, another frame's change): its corner alone
    from layout_app.editor import finding_marks
    c.paintEvent = lambda ev: (painted.extend(ev.region()), orig(ev))    # (two corners: their bounding rect)
    for marks in ({page: {"reading-head": "warning", "volunteer-body": "error"}}, {page: {"reading-head": "error"}}, {}):
        painted.clear()
        finding_marks.show(c, marks)
        QApplication.processEvents()
        assert painted and all(r.width() < 30 and r.height() < 30 for r in painted)
        assert differing(shown(w), full(w)) <= base
