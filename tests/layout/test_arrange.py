"""Arranging items on the grid without Qt: groups, moves, align, distribute, order, lock, copy and paste,
drawn items. Expectations are worked out by hand on the sample grid (8 columns, 91 lines)."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import dumps_document, loads_document
from layout_app.layout import arrange
from layout_app.model.document import Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import BoxItem, RuleItem
from tests.samples import DOC_YAML


@pytest.fixture
def doc():
    return loads_document(DOC_YAML)


def E(fid, col, cols, line, lines, **kw):
    """An empty photo frame: a group of its own."""
    return Frame(fid, col, cols, line, lines, part="photo", **kw)


def at(page, fid):
    x = arrange.items(page)[fid]
    return arrange.span(x)


def test_groups_are_a_story_a_photo_with_its_caption_and_a_photo_stacked_in_a_story():
    page = Page("A1", 1, (
        Frame("h", 0, 3, 0, 6, story="s", part="heading"),
        Frame("ph", 0, 3, 6, 10, photo="p"),               # under the heading, in its columns
        Frame("c", 0, 3, 16, 2, photo="p", part="caption"),
        Frame("b", 0, 3, 18, 20, story="s", part="body"),
        Frame("other", 3, 2, 0, 10, photo="q"),            # beside the story, not in its columns
        Frame("t", 5, 3, 0, 10, story="u", part="body"),
    ))
    g = arrange.groups(page)
    assert g["h"] == g["b"] == g["ph"] == g["c"] == ("h", "ph", "c", "b")
    assert g["other"] == ("other",) and g["t"] == ("t",)


def test_units_are_whole_groups_only_when_all_of_one_is_selected(doc):
    page = doc.pages[0]
    assert arrange.units(page, ("h1", "b1", "ph1")) == [("h1", "b1"), ("ph1",)]


def test_a_move_takes_the_whole_selection_and_stops_at_the_grid_edge(doc):
    grid, page = doc.grid, doc.pages[0]
    moved = arrange.move(grid, page, ("h1", "b1"), 2, 5)
    assert at(moved, "h1") == (2, 3, 5, 8) and at(moved, "b1") == (2, 3, 13, 30)
    # 8 columns: the story (3 wide) can go right by 5 at most; up it cannot go at all
    moved = arrange.move(grid, page, ("h1", "b1"), 9, -4)
    assert at(moved, "h1") == (5, 3, 0, 8) and at(moved, "b1") == (5, 3, 8, 30)


def test_a_photo_moved_alone_takes_its_caption(doc):
    moved = arrange.move(doc.grid, doc.pages[0], ("ph1",), 1, 3)
    assert at(moved, "ph1") == (4, 2, 3, 20) and at(moved, "c1") == (4, 2, 23, 3)


def test_a_locked_item_refuses_to_move_and_to_be_deleted(doc):
    page = arrange.set_locked(doc.pages[0], ("b1",), True)
    assert arrange.move(doc.grid, page, ("h1", "b1"), 1, 1) == page
    assert arrange.delete(page, ("b1",)) == page
    assert arrange.items(arrange.delete(page, ("h1", "b1")))["b1"].locked


def test_align_left_top_and_centres(doc):
    grid = doc.grid
    page = replace(doc.pages[0], frames=(E("a", 1, 2, 4, 10), E("b", 4, 3, 12, 6),
                                         E("c", 6, 1, 30, 2, dx=3.0, dy=2.0)))
    left = arrange.align(grid, page, ("a", "b", "c"), "left")
    assert [at(left, i)[0] for i in "abc"] == [1, 1, 1]
    assert arrange.items(left)["c"].dx == 0.0 and arrange.items(left)["c"].dy == 2.0
    right = arrange.align(grid, page, ("a", "b", "c"), "right")          # ends at column 7
    assert [at(right, i)[0] + at(right, i)[1] for i in "abc"] == [7, 7, 7]
    top = arrange.align(grid, page, ("a", "b"), "top")
    assert [at(top, i)[2] for i in "ab"] == [4, 4]
    bottom = arrange.align(grid, page, ("a", "b"), "bottom")              # ends at line 18
    assert [at(bottom, i)[2] + at(bottom, i)[3] for i in "ab"] == [18, 18]
    # bounds: columns 1–7 (centre 4), lines 4–18 (centre 11): a (2 wide) → col 3; b (3 wide) → col 2.5 → 3
    mid = arrange.align(grid, page, ("a", "b"), "hcentre")
    assert at(mid, "a")[0] == 3 and at(mid, "b")[0] == 3
    vmid = arrange.align(grid, page, ("a", "b"), "vcentre")
    assert at(vmid, "a")[2] == 6 and at(vmid, "b")[2] == 8


def test_distribute_makes_equal_gaps_and_keeps_the_outer_items(doc):
    page = replace(doc.pages[0], frames=(E("a", 0, 1, 0, 4), E("b", 1, 1, 5, 4),
                                         E("c", 2, 1, 30, 6)))
    out = arrange.distribute(doc.grid, page, ("a", "b", "c"), "v")
    # lines 0–36 hold 4 + 4 + 6 = 14 lines: 22 lines of space, 11 above and below b
    assert at(out, "a")[2] == 0 and at(out, "c")[2] == 30 and at(out, "b")[2] == 4 + 11
    across = arrange.distribute(doc.grid, replace(page, frames=(
        E("a", 0, 1, 0, 4), E("b", 1, 1, 0, 4), E("c", 7, 1, 0, 4))),
        ("a", "b", "c"), "h")
    assert [at(across, i)[0] for i in "abc"] == [0, 4, 7]   # 5 columns of space: gaps of 2.5 → 3 and 2


def test_restack_moves_frames_in_the_printing_order(doc):
    page = doc.pages[0]                       # h1 b1 ph1 c1
    ids = lambda p: [f.id for f in p.frames]
    assert ids(arrange.restack(page, ("h1",), "forward")) == ["b1", "h1", "ph1", "c1"]
    assert ids(arrange.restack(page, ("c1",), "backward")) == ["h1", "b1", "c1", "ph1"]
    assert ids(arrange.restack(page, ("h1", "b1"), "front")) == ["ph1", "c1", "h1", "b1"]
    assert ids(arrange.restack(page, ("c1",), "back")) == ["c1", "h1", "b1", "ph1"]
    assert ids(arrange.restack(page, ("c1",), "forward")) == ids(page)      # already on top
    # a selection moves past its unselected neighbour, keeping its own order; at the top it stays
    assert ids(arrange.restack(page, ("h1", "b1"), "forward")) == ["ph1", "h1", "b1", "c1"]
    assert ids(arrange.restack(page, ("ph1", "c1"), "forward")) == ids(page)
    assert ids(arrange.restack(page, ("h1", "b1"), "backward")) == ids(page)


def test_paste_copies_stories_and_photos_under_new_ids(doc):
    page = doc.pages[0]
    clip = arrange.copy(doc, page, ("ph1",))                     # its caption comes along
    assert [f.id for f in clip.frames] == ["ph1", "c1"] and [p.id for p in clip.photos] == ["p1"]
    out, new = arrange.paste(doc, 0, clip, 1, 0)
    assert new == ("ph1-copy", "c1-copy")
    assert [p.id for p in out.photos] == ["p1", "p2"] and out.photo("p2").file == doc.photo("p1").file
    frames = {f.id: f for f in out.pages[0].frames}
    assert frames["ph1-copy"].photo == "p2" and (frames["ph1-copy"].col, frames["ph1-copy"].line) == (4, 0)
    again, new2 = arrange.paste(out, 0, arrange.copy(out, out.pages[0], ("ph1-copy",)))
    assert new2 == ("ph1-copy2", "c1-copy2")
    # the pasted document saves and opens
    assert loads_document(dumps_document(again)) == again


def test_drawn_items_and_their_ids(doc):
    grid, page = doc.grid, doc.pages[0]
    a = (grid.column_x(5) + 3, grid.line_y(40) + 2)
    b = (grid.column_x(6) + 100, grid.line_y(45) + 1)
    assert arrange.cells(grid, page, a, b) == (5, 2, 40, 6)
    assert arrange.cells(grid, page, b, a) == (5, 2, 40, 6)
    d, fid = arrange.new_text_frame(doc, 0, 5, 2, 40, 6)
    assert fid == "s2-body1" and d.story("s2").body == () and d.pages[0].frames[-1].story == "s2"
    d, pid = arrange.new_photo_frame(d, 0, 5, 2, 50, 6)
    assert pid == "photo1" and d.pages[0].frames[-1].kind == "empty"
    d, _ = arrange.new_box(d, 0, 5, 2, 60, 6)
    assert d.pages[0].boxes == (BoxItem("box1", 5, 2, 60, 6),)
    d, _ = arrange.new_rule(d, 0, a, (b[0], a[1] + 5))                    # wider than tall: across
    assert d.pages[0].rules == (RuleItem("rule1", 5, 40, cols=2),)
    d, _ = arrange.new_rule(d, 0, (grid.column_x(3) - 2, a[1]), (grid.column_x(3), b[1]))   # down a gutter
    assert d.pages[0].rules[-1] == RuleItem("rule2", 3, 40, lines=6)
    again = loads_document(dumps_document(d))
    assert again == d                                   # schema 4: the empty photo frame comes back


def test_rubber_band_touches(doc):
    grid, page = doc.grid, doc.pages[0]
    r = arrange.item_rect(grid, page, arrange.items(page)["ph1"])
    from layout_app.geometry import Rect
    assert arrange.touching(grid, page, Rect(r.x + 1, r.y + 1, 2, 2)) == ("ph1",)
    assert arrange.touching(grid, page, Rect(0, 0, 5000, 5000)) == ("h1", "b1", "ph1", "c1")
    assert arrange.touching(grid, page, Rect(0, 0, 1, 1)) == ()


def test_resize_a_box_and_the_ends_of_rules(doc):
    grid = doc.grid
    page = replace(doc.pages[0], boxes=(BoxItem("bx", 5, 2, 30, 10),),
                   rules=(RuleItem("across", 5, 20, cols=2), RuleItem("down", 5, 40, lines=10)))
    out = arrange.resize(grid, page, "bx", "rb", 1, -3)
    assert out.boxes[0] == BoxItem("bx", 5, 3, 30, 7)
    assert arrange.resize(grid, page, "bx", "l", 9, 0).boxes[0] == BoxItem("bx", 6, 1, 30, 10)   # one column left
    assert arrange.resize(grid, page, "bx", "r", 9, 0).boxes[0].cols == 3                          # to the last column
    assert arrange.resize(grid, page, "across", "rb", 1, 5).rules[0] == RuleItem("across", 5, 20, cols=3)
    assert arrange.resize(grid, page, "down", "rb", 1, 5).rules[1] == RuleItem("down", 5, 40, lines=15)
    assert arrange.resize(grid, page, "down", "t", 0, -4).rules[1] == RuleItem("down", 5, 36, lines=14)
    locked = arrange.set_locked(page, ("bx",), True)
    assert arrange.resize(grid, locked, "bx", "r", 1, 0) == locked
