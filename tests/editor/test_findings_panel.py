"""The preflight dock with real mouse and key events: a click on a finding selects its item and zooms to
it; live checks while editing never wipe the report; a marker is drawn at each item with a finding."""
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor

from layout_app.model.document import Page
from layout_app.model.frame import Frame


@pytest.fixture
def window(open_window):
    return open_window()


def texts(view):
    return [view.item(k).text() for k in range(view.count())]


def click_row(qtbot, view, row):
    view.scrollToItem(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(row)).center())


def row_with(view, words):
    return next(k for k, t in enumerate(texts(view)) if words in t)


def set_frames(w, page_index, **changes):
    c = w.controller
    page = c.doc.pages[page_index]
    c.replace_frames(page_index, {f.id: replace(f, **changes[f.id]) for f in page.frames if f.id in changes}, "setup")


def screen_rect(w, fid):
    r = w.canvas.frame_rect(w.canvas.frame(fid))
    a, b = w.canvas.from_page(QPointF(r.x, r.y)), w.canvas.from_page(QPointF(r.right, r.bottom))
    return a, b


def test_clicking_a_finding_selects_its_item_on_its_page_and_zooms_to_it(window, qtbot):
    w = window
    set_frames(w, 0, b1={"lines": 1})                                   # the body is overset on page 1
    doc = w.controller.doc                                              # page 2: the photo again, without its caption
    w.controller.apply(replace(doc, pages=doc.pages + (Page("A2", 2, frames=(Frame("ph9", 2, 3, 30, 12, photo="p1"),)),)),
                       "setup", structural=True)
    w.show_page(0)
    qtbot.mouseClick(w.preflight_panel.run, Qt.MouseButton.LeftButton)
    report = w.preflight_panel.list
    before = texts(report)
    row = row_with(report, "photo reading.jpg has a caption but no caption frame")
    assert before[row].endswith("\npage 2, column 3, line 31")             # ph9: column 2 → 3, line 30 → 31
    fit = w.canvas.zoom()
    click_row(qtbot, report, row)
    canvas = w.canvas
    assert canvas.page_index == 1 and canvas.selected == "ph9"
    a, b = screen_rect(w, "ph9")
    view = canvas.rect()
    assert view.contains(a.toPoint()) and view.contains(b.toPoint())      # all of it in sight
    centre = (a + b) / 2
    assert abs(centre.x() - view.width() / 2) <= 2 and abs(centre.y() - view.height() / 2) <= 2
    assert canvas.zoom() > fit and max((b.x() - a.x()) / view.width(), (b.y() - a.y()) / view.height()) >= 0.55
    assert texts(report) == before and report.currentRow() == row           # the report is kept
    # back to page 1: the overset body
    click_row(qtbot, report, row_with(report, "the body of 《青石镇：图书角里书香浓》 does not fit: 超 "))
    assert canvas.page_index == 0 and canvas.selected == "b1" and texts(report) == before
    assert w.stories.story_id() == "s1"


def test_a_live_check_while_editing_keeps_the_report(window, qtbot):
    w = window
    set_frames(w, 0, b1={"lines": 1})
    qtbot.mouseClick(w.preflight_panel.run, Qt.MouseButton.LeftButton)
    report, live = w.preflight_panel.list, w.preflight_panel.page_list
    before = texts(report)
    assert any("超" in t for t in texts(live))                               # the live check sees the overset too
    # select the overset body frame on the page and delete it with the key: the live check runs again
    a, b = screen_rect(w, "b1")
    # Ctrl-click: into the story's group, the body frame alone (a plain click takes heading and body)
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, ((a + b) / 2).toPoint())
    assert w.canvas.selection == ("b1",)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    assert w.canvas.frame("b1") is None
    # no overset any more: only the sample page's white, under the heading and under the caption
    assert [t.split(":")[0] for t in texts(live)] == ["columns 1–3", "columns 4–5"]
    assert texts(report) == before                                         # the report stays until the next run
    click_row(qtbot, live, 1)                                               # a live line: to the caption
    assert w.canvas.selected == "c1"
    click_row(qtbot, report, row_with(report, "超"))        # its frame is gone: the story's other frame
    assert texts(report) == before and w.canvas.selected == "h1"
    qtbot.mouseClick(w.preflight_panel.run, Qt.MouseButton.LeftButton)     # the next run replaces it
    assert texts(report) != before and not any("超" in t for t in texts(report))


def test_opening_another_document_clears_the_report(window, qtbot, page_doc):
    w = window
    set_frames(w, 0, b1={"lines": 1})
    qtbot.mouseClick(w.preflight_panel.run, Qt.MouseButton.LeftButton)
    assert w.preflight_panel.list.count() and w.canvas.finding_marks
    w.open_path(page_doc[2])                         # the sample again, from its file: nothing is overset
    assert w.preflight_panel.list.count() == 0 and w.preflight_panel.summary.text() == "Not checked yet"
    # the live check's alone: the sample page's columns end short of its foot
    # (marked where the white is: (col, cols, line, lines), the lines white in all its columns)
    assert w.canvas.finding_marks == {"A1": {(0, 3, 15, 89): "warning", (3, 2, 23, 81): "warning"}}


def test_a_marker_is_drawn_at_each_item_with_a_finding(window, qtbot):
    w = window
    set_frames(w, 0, c1={"line": 30})                                       # the caption away from its photo
    w.canvas.select("")
    w.canvas.fit_page()
    from layout_app.editor import finding_marks
    finding_marks.show(w.canvas, {})                                         # the page without markers
    plain = w.canvas.grab().toImage()
    qtbot.mouseClick(w.preflight_panel.run, Qt.MouseButton.LeftButton)
    assert any(t.startswith("the caption of photo reading.jpg does not touch its photo") for t in texts(w.preflight_panel.list))
    marked = w.canvas.grab().toImage()

    def icon_box(key):                                                      # the 16 px icon, 2 px inside its top right
        r = w.canvas.frame_rect(Frame("", *key) if isinstance(key, tuple) else w.canvas.frame(key))
        a, b = w.canvas.from_page(QPointF(r.x, r.y)), w.canvas.from_page(QPointF(r.right, r.bottom))
        corner = QPoint(round(b.x()), round(a.y()))
        return corner.x() - 19, corner.y() + 1, corner.x() - 1, corner.y() + 19
    boxes = {fid: icon_box(fid) for fid in w.canvas.finding_marks["A1"]}   # the caption, and the live check's white
    assert "c1" in boxes
    changed = [(x, y) for y in range(plain.height()) for x in range(plain.width()) if plain.pixel(x, y) != marked.pixel(x, y)]
    assert changed, "no marker drawn"
    assert all(any(bx[0] <= x <= bx[2] and bx[1] <= y <= bx[3] for bx in boxes.values()) for x, y in changed), changed[:5]
    box = boxes["c1"]
    at_caption = [(x, y) for x, y in changed if box[0] <= x <= box[2] and box[1] <= y <= box[3]]
    assert len(at_caption) > 60                                             # an icon, in colour, not a speck
    assert sum(QColor(marked.pixel(x, y)).saturation() > 120 for x, y in at_caption) > 20


def test_the_preflight_shortcut_brings_a_closed_findings_dock_back(window, qtbot):
    w = window
    dock = w.docks[w.preflight_panel]
    dock.close()
    assert not dock.isVisible()
    qtbot.keyClick(w.canvas, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dock.isVisible() and w.preflight_panel.report is not None



def test_white_left_in_a_column_is_in_the_live_check_and_marked(qtbot):
    """The demo page is filled: no problem. The square's photo dragged 6 lines shorter leaves 6 lines of
    white over its caption in columns 7–8 (more than the 5 of air between two items): said at once, and
    marked at the photo; Ctrl+Z and it is gone."""
    from dataclasses import replace as frame_with

    from layout_app.assets import DEMO_DIR
    from layout_app.editor.main_window import MainWindow
    from layout_app.io.docfile import load_document
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), None, DEMO_DIR, ask=lambda t, x: True,
                   ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    live = w.preflight_panel.page_list
    qtbot.waitUntil(lambda: texts(live) == ["No problems on this page"])
    white = Frame("", 6, 2, 28, 6)                                      # columns 7–8, lines 29–34
    r = w.canvas.frame_rect(white)
    corner = w.canvas.from_page(QPointF(r.right, r.y))
    box = QRect(round(corner.x()) - 19, round(corner.y()) + 1, 18, 18)   # the 16 px icon, 2 px inside its top right
    before = w.canvas.grab().toImage()
    f = w.controller.frame(0, "ph-square-photo")                       # lines 24–32, its caption under it
    w.canvas.change_frame(frame_with(f, lines=2), "drag", "test-shorter")
    (text,) = texts(live)
    assert text.startswith("columns 7–8: 6 lines left empty under the caption of photo square.jpg (缺 6 行)")
    assert text.endswith("\npage 1, column 7, line 29")            # the caption moved with its photo
    assert w.canvas.finding_marks == {w.controller.doc.pages[0].id: {(6, 2, 28, 6): "warning"}}   # on the white
    after = w.canvas.grab().toImage()
    drawn = [(x, y) for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1)
             if QColor(after.pixel(x, y)).saturation() > 120 and after.pixel(x, y) != before.pixel(x, y)]
    assert len(drawn) > 30                                              # the warning icon, in colour, at the white
    click_row(qtbot, live, 0)                                           # a click: the caption selected, the white in view
    centre = w.canvas.from_page(QPointF(r.x + r.width / 2, r.y + r.height / 2))
    assert w.canvas.selected == "ph-square-cap" and w.canvas.zoom() > 1
    assert abs(centre.x() - w.canvas.width() / 2) <= 2 and abs(centre.y() - w.canvas.height() / 2) <= 2
    w.canvas.setFocus()
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.frame(0, "ph-square-photo").lines == 8
    assert texts(live) == ["No problems on this page"] and not any(w.canvas.finding_marks.values())


def test_the_live_finding_is_read_whole_before_preflight_has_run(window, qtbot):
    """At the window's opening size the live check's first finding — its words wrapped over two or three
    lines and its place under them — stands whole in its list, not cut off at the list's foot."""
    w = window
    panel = w.preflight_panel
    live = panel.page_list
    qtbot.waitUntil(lambda: live.count() and "栏" in live.item(0).text() or "column" in live.item(0).text())
    first = live.visualItemRect(live.item(0))
    lines = live.item(0).text().count("\n") + 2          # the place's line and at least two of words
    assert first.top() >= 0 and first.bottom() <= live.viewport().height()
    assert first.height() >= lines * live.fontMetrics().lineSpacing()
