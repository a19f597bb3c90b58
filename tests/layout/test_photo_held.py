"""Why a photo stands no taller (`beside.held_by`), and what the short-of-copy warning says of it
(`planfacts.short_of_copy`): the rule that holds it named, not always the crop limit and its pixels.
Answers worked out by hand on a grid of 100 pt columns (no gutter) and 10 pt lines."""
from dataclasses import dataclass

from layout_app.layout import planfacts
from layout_app.layout.autoplace import Plan
from layout_app.layout.beside import PhotoShapes, held_by


class Grid:
    leading = 10.0

    @staticmethod
    def span_width(cols: int) -> float:
        return 100.0 * cols


# a landscape photo 0.6 as high as wide, 3 columns (300 pt) wide: natural 18 lines; a line more than
# 22 crops away over 20 % of it (18 / 22 = 0.82, 18 / 23 = 0.78)
SHAPES = PhotoShapes({"p1": 0.6})


def test_held_by_half_its_stack():
    # a stack of 40 lines: no photo over 20, under the crop limit's 22
    assert held_by(Grid, SHAPES, "p1", 3, 20, 40) == "half the stack"


def test_held_by_the_crop_limit():
    assert held_by(Grid, SHAPES, "p1", 3, 22, 60) == "crop"


def test_held_by_its_pixels():
    # its file fills 200 pt high at the resolution floor: 20 lines, under the crop limit's 22
    shapes = PhotoShapes({"p1": 0.6}, {"p1": (300.0, 200.0)})
    assert held_by(Grid, shapes, "p1", 3, 20, 60) == "pixels"


def test_held_by_the_photo_beside_it():
    # 19 lines, its own limits 22: the row's other photo holds it
    assert held_by(Grid, SHAPES, "p1", 3, 19, 60) == "beside"


@dataclass
class Style:
    size: float


class Doc:
    grid = Grid

    @staticmethod
    def style(name):
        return Style(10.0)       # body type 10 pt: 10 characters a 100 pt column


def _short(photos, spare=0):
    plan = Plan()
    plan.decisions = {"stacks": [{"stack": 1, "columns": [1, 3], "empty_lines": 12, "spare_rows": spare}],
                      "stories": [{"story": "s1", "stack": 1, "photos": photos}]}
    planfacts.short_of_copy(Doc, plan, 3)
    (said,) = plan.warnings
    return said, plan.decisions["short_of_copy"]


def test_short_of_copy_names_half_the_stack():
    said, dec = _short([{"photo": "p1", "held_by": "half the stack"}])
    assert said.startswith("the page is short of copy by about 12 lines (缺稿约 12 行, about 120 characters")
    assert "photo p1 as tall as a photo may stand, half its stack's height (单图不高于半栏)" in said
    assert "crop limit" not in said
    assert dec["photos_held_by"] == {"p1": "half the stack"}


def test_short_of_copy_with_no_row_left_says_where_the_white_is():
    said, _ = _short([{"photo": "p1", "held_by": None}])
    assert "stack 1 has no row left, its photos could stand taller" in said and "末栏不满" in said
    assert "crop limit" not in said


def test_short_of_copy_held_by_crop_and_pixels_as_before():
    said, _ = _short([{"photo": "p1", "held_by": "crop"}, {"photo": "p2", "held_by": "pixels"}])
    assert "its photos are as large as the crop limit and their pixels let them" in said


def test_short_of_copy_rule_switched_off_says_the_crop_limit(monkeypatch):
    monkeypatch.setattr(planfacts, "HELD_SAID", False)
    said, _ = _short([{"photo": "p1", "held_by": "half the stack"}])
    assert "crop limit and their pixels" in said      # the old wrong claim (what the tests above catch)


class PageGrid:
    columns, line_count = 8, 100


class PageDoc:
    grid = PageGrid


def _share(*photo_frames):
    from layout_app.model.frame import Frame

    plan = Plan()
    plan.decisions = {"stacks": [], "stories": []}
    plan.frames = [Frame("s1-body", 0, 4, 0, 100, story="s1")] + [Frame(f"p{k}", c, n, 0, m, photo=f"p{k}")
                                                                 for k, (c, n, m) in enumerate(photo_frames)]
    planfacts.photo_share(PageDoc, plan)
    return plan.warnings, plan.decisions["photo_share"]


def test_photos_filling_over_half_the_page_say_the_copy_is_short():
    # 4 columns × 100 lines of 800: half the page's columns — not over it, nothing said
    warned, share = _share((0, 4, 100))
    assert (warned, share) == ([], 0.5)
    # a little over half: 4 × 100 + 2 × 20 of 800 = 55 %, said
    warned, share = _share((0, 4, 100), (4, 2, 20))
    assert share == 0.55 and len(warned) == 1
    # a column more: 5 × 100 + 3 × 20 of 800 = 70 %
    warned, share = _share((0, 5, 100), (5, 3, 20))
    assert share == 0.7
    assert warned == ["photos fill 70% of the page's columns (照片占版面 70%): the copy is short for this page — "
                      "add copy, or set the photos smaller and fill with a box"]
