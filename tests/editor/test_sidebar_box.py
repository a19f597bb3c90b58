"""A sidebar's box (边栏的框, layout/sidebars.py) goes with its story in the editor: a reviewer dragged a
boxed 记者手记 to another column and its rule and tint stayed behind on an empty stretch of the page.

The sample page (tests/samples.py): story s1's heading h1 (columns 0–2, lines 0–7) and body b1 (lines
8–37); columns 5–7 are free. A box named as compose names a sidebar's is put around s1 by hand."""
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from layout_app.model.furniture import BoxItem, LineStyle
from tests.editor.test_canvas_tools import CTRL, cell, click, drag, frames, key, saved


@pytest.fixture
def w(open_window):
    w = open_window()
    doc = w.controller.doc
    box = BoxItem("sidebar-s1", 0, 3, 0, 38, LineStyle("solid", 0.5), (0.06, 0.0, 0.0, 0.04))
    w.controller.absorb(replace(doc, pages=(replace(doc.pages[0], boxes=(box,)),) + doc.pages[1:]))
    return w


def boxes(doc):
    return {b.id: b for b in doc.pages[0].boxes}


def test_dragging_the_story_takes_its_box_along(w):
    drag(w, cell(w, 1, 20), cell(w, 6, 22))                  # the whole story: five columns right, two lines down
    doc = saved(w)
    f = frames(doc)
    assert (f["h1"].col, f["h1"].line, f["b1"].col, f["b1"].line) == (5, 2, 5, 10)
    b = boxes(doc)["sidebar-s1"]
    assert (b.col, b.cols, b.line, b.lines) == (5, 3, 2, 38)   # round the story as before


def test_arrow_keys_take_it_along_and_one_frame_alone_leaves_it(w, qtbot):
    click(w, cell(w, 1, 20))
    key(qtbot, w, Qt.Key.Key_Right)
    assert (boxes(w.controller.doc)["sidebar-s1"].col) == 1
    click(w, cell(w, 2, 20), CTRL)                           # inside the story: the body alone
    drag(w, cell(w, 2, 20), cell(w, 2, 23))
    key(qtbot, w, Qt.Key.Key_Down)
    doc = saved(w)
    assert frames(doc)["b1"].line == 12 and boxes(doc)["sidebar-s1"].line == 0


def test_deleting_the_story_takes_its_box_and_another_box_stays(w, qtbot):
    doc = w.controller.doc
    other = BoxItem("box-1", 5, 2, 0, 10)
    w.controller.absorb(replace(doc, pages=(replace(doc.pages[0], boxes=doc.pages[0].boxes + (other,)),) + doc.pages[1:]))
    click(w, cell(w, 1, 20))
    key(qtbot, w, Qt.Key.Key_Delete)
    assert set(boxes(saved(w))) == {"box-1"}
