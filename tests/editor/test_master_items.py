"""Master items on screen: the running head is drawn on the canvas but cannot be selected or moved by a
real mouse drag; the same drag on a frame does move it (so the drag reaches the canvas). Rules, boxes
and the tint are drawn by the screen renderer where the display list puts them."""
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import loads_document, save_document
from layout_app.layout.display import GlyphRun, Group, walk
from tests.furniture_samples import COLUMN, FURNITURE_YAML, GUTTER, LEADING, RIGHT_PAGE_X, TOP


@pytest.fixture
def window(qtbot, tmp_path):
    doc = loads_document(FURNITURE_YAML)
    path = tmp_path / "paper.yaml"
    save_document(doc, path)
    w = MainWindow(doc, path, ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_page(1)                                   # page 2: it applies the running head
    return w


def mouse(w, kind, pos, buttons):
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, w.canvas.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w.canvas, event)


def drag(w, start, end, steps=8):
    a, b = w.canvas.from_page(QPointF(*start)), w.canvas.from_page(QPointF(*end))
    mouse(w, QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton)
    for k in range(1, steps + 1):
        mouse(w, QEvent.Type.MouseMove, a + (b - a) * (k / steps), Qt.MouseButton.LeftButton)
    mouse(w, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def master_group(w):
    return next(g for g in w.canvas.page.items if isinstance(g, Group) and g.tag == "master")


def test_a_drag_on_the_running_head_moves_nothing(window):
    w = window
    before_doc = w.controller.doc
    before = master_group(w)
    folio = next(r for r in walk(before.items) if isinstance(r, GlyphRun) and r.text.startswith("第2版"))
    start = (folio.xs[1], folio.y - 4)                  # on the folio's second character
    # dragged down into the type area, over the story's body frame
    drag(w, start, (start[0] + 60, start[1] + 200))
    # a press on the master is a press on free space: a rubber band, which selects only page items
    page_items = {f.id for f in w.controller.doc.pages[1].frames}
    assert set(w.canvas.selection) <= page_items and "s1-head" in w.canvas.selection
    assert w.controller.undo_stack.count() == 0         # no command: nothing changed
    assert w.controller.doc == before_doc
    assert master_group(w) == before                    # the running head drawn where it was
    # the same drag from inside a frame moves the frame: the drag did reach the canvas
    body = w.controller.frame(1, "s1-body")
    r = w.canvas.frame_rect(body)
    drag(w, (r.x + r.width / 2, r.y + 40), (r.x + r.width / 2 + COLUMN + GUTTER, r.y + 40 + 2 * LEADING))
    moved = w.controller.frame(1, "s1-body")
    assert (moved.col, moved.line) == (body.col + 1, body.line + 2)
    assert master_group(w) == before                    # and the master stays put


def test_a_press_on_a_tint_box_selects_the_box_not_a_frame_and_drags_it(window):
    w = window
    w.show_page(2)                                      # page 3: a box on lines 50–59, a free line at its top
    before = w.controller.doc
    box = before.pages[2].boxes[0]
    drag(w, (RIGHT_PAGE_X + 30, TOP + 50.5 * LEADING), (RIGHT_PAGE_X + 200, TOP + 30 * LEADING))
    assert w.canvas.selection == ("tint",)              # the page's box, no frame
    after = w.controller.doc.pages[2]
    assert after.frames == before.pages[2].frames       # the frames stay
    assert (after.boxes[0].line, after.boxes[0].col) == (box.line - 20, box.col + 1)   # −20.5 lines, +1.35 columns
    assert w.controller.undo_stack.count() == 1
    w.controller.undo()
    assert w.controller.doc == before


def test_the_screen_draws_the_running_head_rule_and_the_tint(qapp):
    from layout_app.layout.compose import Composer
    from layout_app.render.qt.raster import render_image

    doc = loads_document(FURNITURE_YAML)
    display = Composer(doc).compose(doc.page("P3"))
    image = render_image(display, dpi=144)               # 2 px per pt

    def grey(x, y):
        c = image.pixelColor(round(x * 2), round(y * 2))
        return (c.red() + c.green() + c.blue()) / 3

    axis = TOP - LEADING / 2
    assert grey(RIGHT_PAGE_X + 300, axis - 0.42) < 80            # the 1 pt line of the 文武线 under the head
    assert grey(RIGHT_PAGE_X + 300, axis - 3) > 240              # paper above it
    # the tint (K 10 %) on the free line at the top of the box: light grey, not white, not ink
    tint = grey(RIGHT_PAGE_X + 100, TOP + 50.5 * LEADING)
    assert 200 < tint < 250
    assert grey(RIGHT_PAGE_X + 100, TOP + 49.5 * LEADING) > 250  # outside the box: white
