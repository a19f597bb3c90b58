"""Masters, rules and boxes in the display list: the running head on every page that applies the master
with its fields filled, rules and boxes where the grid puts them (positions worked out by hand in
tests/furniture_samples.py), tints under the text they back."""
import math

import pytest

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import Box, GlyphRun, Group, Rule, walk
from tests.furniture_samples import (
    COLUMN, FURNITURE_YAML, GUTTER, LEADING, LEFT_PAGE_X, RIGHT_PAGE_X, TOP,
)


@pytest.fixture(scope="module")
def displays():
    doc = loads_document(FURNITURE_YAML)
    return {d.page: d for d in Composer(doc).compose_all()}


def groups(display, tag):
    return [g for g in display.items if isinstance(g, Group) and g.tag == tag]


def master_lines(display):
    """The running head's text, one string per text item, left to right."""
    (master,) = groups(display, "master")
    runs = sorted((r for r in walk(master.items) if isinstance(r, GlyphRun)), key=lambda r: r.xs[0])
    return [r.text for r in runs], runs


def test_the_running_head_is_on_every_page_that_applies_the_master_with_its_fields_filled(displays):
    texts, _ = master_lines(displays["P2"])
    assert texts == ["第2版社区", "测试报2026年11月29日星期日", "责任编辑：张明美术编辑：李芳"]
    texts, _ = master_lines(displays["P3"])
    # no art editor on page 3: the label goes with the empty field
    assert texts == ["第3版综合", "测试报2026年11月29日星期日", "责任编辑：王晨"]
    assert groups(displays["P1"], "master") == []                   # page 1 applies no master


def test_the_running_head_sits_in_the_top_margin_inside_the_trim_on_its_grid_line(displays):
    for page, x in (("P2", LEFT_PAGE_X), ("P3", RIGHT_PAGE_X)):
        _, runs = master_lines(displays[page])
        line_top = TOP - 2 * LEADING                  # line −2: two lines above the type area
        for run in runs:
            assert line_top < run.y < line_top + LEADING and run.y > 0
        assert len({round(r.y, 6) for r in runs}) == 1                # one baseline for the whole head
        assert runs[0].xs[0] == pytest.approx(x)                      # the folio starts at the type area
        # the editors are set right: the last character ends at the right edge of the 8th column
        last = runs[-1]
        assert last.xs[-1] + last.size == pytest.approx(x + 8 * COLUMN + 7 * GUTTER)


def test_the_thick_thin_rule_under_the_head(displays):
    (master,) = groups(displays["P3"], "master")
    rules = [r for r in master.items if isinstance(r, Rule)]
    axis = TOP - LEADING / 2                         # the middle of line −1
    # 文武线 of weight 1: a 1 pt line, half a point of air, a 1/3 pt line: 1.8333 pt centred on the axis
    assert [(round(r.y1, 3), round(r.width, 3)) for r in rules] == [
        (round(axis - 0.91667 + 0.5, 3), 1.0), (round(axis + 0.91667 - 1 / 6, 3), 0.333)]
    for r in rules:
        assert (r.x1, r.x2) == pytest.approx((RIGHT_PAGE_X, RIGHT_PAGE_X + 8 * COLUMN + 7 * GUTTER))


def rules_of(display):
    (furniture,) = groups(display, "furniture")
    return furniture.items


def test_rules_stand_on_the_grid(displays):
    items = rules_of(displays["P3"])
    rules = [i for i in items if isinstance(i, Rule)]
    x0 = RIGHT_PAGE_X
    # the column rule: in the middle of the gutter before column 3, lines 10–19
    gx = x0 + 3 * (COLUMN + GUTTER) - GUTTER / 2
    (column,) = [r for r in rules if r.x1 == r.x2 and not r.dash]      # (the dotted box has dashed sides)
    assert (column.x1, column.y1, column.y2, column.width) == pytest.approx(
        (gx, TOP + 10 * LEADING, TOP + 20 * LEADING, 0.5))
    # the double cut-off rule through the middle of line 40, over columns 0–2: two 0.5 pt lines 1 pt apart
    mid = TOP + 40.5 * LEADING
    double = [r for r in rules if abs(r.y1 - mid) < 2 and r.y1 == r.y2]
    assert sorted(r.y1 for r in double) == pytest.approx([mid - 0.5, mid + 0.5])
    for r in double:
        assert (r.x1, r.x2, r.width) == pytest.approx((x0, x0 + 3 * COLUMN + 2 * GUTTER, 0.5))
    # dotted: one rule whose dash is the dot and its gap (1 pt on, 1.5 pt off for a 1 pt rule)
    (dots,) = [r for r in rules if r.dash and r.width == 1]
    assert dots.dash == (1.0, 1.5) and dots.y1 == pytest.approx(TOP + 42.5 * LEADING)


@pytest.mark.parametrize("line,pattern", [(44, "wave"), (46, "zigzag"), (48, "diamonds")])
def test_ornamental_rules_are_built_from_segments_that_join(displays, line, pattern):
    mid = TOP + (line + 0.5) * LEADING
    segs = [r for r in rules_of(displays["P3"]) if isinstance(r, Rule) and abs(r.y1 - mid) < 3 and abs(r.y2 - mid) < 3
            and not r.dash]
    x0 = RIGHT_PAGE_X + 4 * (COLUMN + GUTTER)
    x1 = x0 + 2 * COLUMN + GUTTER
    assert len(segs) > 20                                            # a pattern, not one line
    assert min(min(s.x1, s.x2) for s in segs) == pytest.approx(x0)
    assert max(max(s.x1, s.x2) for s in segs) == pytest.approx(x1)
    assert max(abs(s.y1 - mid) for s in segs) >= 0.9                 # it leaves the axis
    if pattern != "diamonds":                                       # one unbroken line: each starts where the last ended
        assert all(math.isclose(a.x2, b.x1) and math.isclose(a.y2, b.y1) for a, b in zip(segs, segs[1:]))
    if pattern == "wave":
        assert segs[0].color == (1.0, 0.0, 0.0, 0.0)                 # cyan, as the document says


def test_a_box_on_the_grid_with_its_tint_under_everything(displays):
    display = displays["P3"]
    items = rules_of(display)
    x0 = RIGHT_PAGE_X
    tint, border = items[0], items[1]
    # columns 0–2, lines 50–59: the sides in the middle of the gutters around the columns
    expected = (x0 - GUTTER / 2, TOP + 50 * LEADING, 3 * COLUMN + 3 * GUTTER, 10 * LEADING)
    assert isinstance(tint, Box) and tint.fill == (0.0, 0.0, 0.0, 0.1) and tint.stroke is None
    assert (tint.rect.x, tint.rect.y, tint.rect.width, tint.rect.height) == pytest.approx(expected)
    assert isinstance(border, Box) and border.fill is None and border.stroke_width == 0.75
    assert border.rect == tint.rect
    # the text it backs comes after it in drawing order: the furniture group precedes every frame
    order = [g.tag for g in display.items if isinstance(g, Group)]
    assert order.index("furniture") < order.index("text")
    body = next(g for g in display.items if isinstance(g, Group) and g.frame == "s2-body")
    inside = [r for r in walk(body.items) if isinstance(r, GlyphRun)]
    assert inside and all(tint.rect.y < r.y < tint.rect.bottom and tint.rect.x < r.xs[0] for r in inside)


def test_a_master_applies_on_a_left_and_a_right_hand_page_alike_but_at_each_type_area(displays):
    (left,) = groups(displays["P2"], "master")
    (right,) = groups(displays["P3"], "master")
    lr = [r for r in left.items if isinstance(r, Rule)]
    rr = [r for r in right.items if isinstance(r, Rule)]
    assert [r.x1 - LEFT_PAGE_X for r in lr] == pytest.approx([r.x1 - RIGHT_PAGE_X for r in rr])
