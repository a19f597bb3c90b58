"""Text wrap in the editor: the properties panel's 绕排 box, clicked like a user does, makes the
selected photo (and its caption) push the body text away; undo brings the text back under it."""
from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, Qt

from layout_app.geometry import Rect
from layout_app.layout.compose import frame_rect
from layout_app.layout.display import GlyphRun, walk


def body_runs_under(w, frame_id):
    doc = w.controller.doc
    page = doc.pages[w.canvas.page_index]
    rect = frame_rect(doc.grid, page, next(f for f in page.frames if f.id == frame_id))
    runs = [r for g in w.canvas.page.items if getattr(g, "frame", "") == "b1" for r in walk(g.items)
            if isinstance(r, GlyphRun)]
    return [r.text for r in runs if Rect(r.xs[0], r.y - r.size, r.xs[-1] + r.size - r.xs[0], r.size).intersects(rect)]


def click(qtbot, box):
    """On the check box's indicator, where a user clicks (its middle may lie past the label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_wrap_box_pushes_body_text_away_and_undo_brings_it_back(open_window, qtbot):
    w = open_window()
    doc = w.controller.doc
    story = replace(doc.story("s1"), body=("国" * 900,))           # enough text to fill the frame
    w.controller.apply(replace(doc, stories=(story,)), "long story")
    w.canvas.select("ph1")
    photo = w.canvas.frame("ph1")
    w.canvas.change_frame(replace(photo, col=1, line=14, lines=8), "move photo into the story")
    assert body_runs_under(w, "ph1")                              # without wrap: text under the photo
    assert not w.properties.wrap.isChecked()
    click(qtbot, w.properties.wrap)
    page = w.controller.doc.pages[0]
    assert {f.id: f.wrap for f in page.frames if f.photo == "p1"} == {"ph1": "around", "c1": "around"}
    assert body_runs_under(w, "ph1") == [] and body_runs_under(w, "c1") == []
    qtbot.keyClick(w.properties.standoff, Qt.Key.Key_Up)
    assert w.canvas.frame("ph1").standoff_lines == 1.0
    w.controller.undo_stack.undo()
    w.controller.undo_stack.undo()
    assert w.canvas.frame("ph1").wrap == "off" and not w.properties.wrap.isChecked()
    assert body_runs_under(w, "ph1")
    click(qtbot, w.properties.intended)
    assert w.canvas.frame("ph1").overlap_intended and w.canvas.frame("c1").overlap_intended is False


def test_the_standoff_is_outlined_on_screen_only(open_window, qtbot):
    from PySide6.QtGui import QColor

    w = open_window()
    w.canvas.select("ph1")
    click(qtbot, w.properties.wrap)
    qtbot.keyClick(w.properties.standoff, Qt.Key.Key_Up)            # one line above and below
    w.canvas.select("")
    w.canvas.repaint()
    shot = w.canvas.grab().toImage()
    doc = w.controller.doc
    page = doc.pages[0]
    r = frame_rect(doc.grid, page, w.canvas.frame("ph1"))
    # the dashed outline runs one line (13.5 pt) above the photo's top edge, between the columns' guides
    y = r.y - 13.5
    xs = [r.x + r.width * k / 20 for k in range(1, 20)]
    pts = [w.canvas.from_page(QPointF(x, y)) for x in xs]
    dark = [pt for pt in pts if QColor(shot.pixel(round(pt.x()), round(pt.y()))).lightness() < 235]
    assert len(dark) >= 4, len(dark)
