"""Two stories' headlines side by side (碰题) on a page the editor arranged by hand: preflight and the
live check of the page say so at the left one's heading, naming both; headings staggered, or touching
only where one ends and the other begins, are not."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer
from layout_app.model.frame import Frame
from layout_app.model.story import Story
from layout_app.preflight.checks import page_check, preflight
from tests.photos import write_jpeg
from tests.samples import DOC_YAML

SECOND = Story("s2", "杏花街道四点半课堂开课", "", "", ("放学后，孩子们在社区的四点半课堂里写作业。",))


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 4200, 2900)
    return tmp_path


def page_with_second_head_at(line: int):
    """s1's heading on lines 0–8 of columns 1–3; s2's heading in columns 4–5 from `line`, 6 lines,
    its body under it; the photo at the foot of columns 4–5."""
    doc = loads_document(DOC_YAML)
    frames = (Frame("h1", 0, 3, 0, 8, story="s1", part="heading"),
              Frame("b1", 0, 3, 8, 30, story="s1", part="body"),
              Frame("h2", 3, 2, line, 6, story="s2", part="heading"),
              Frame("b2", 3, 2, line + 6, 10, story="s2", part="body"),
              Frame("ph1", 3, 2, 40, 20, photo="p1"),
              Frame("c1", 3, 2, 60, 3, photo="p1", part="caption"))
    page = replace(doc.pages[0], frames=frames)
    return replace(doc, stories=doc.stories + (SECOND,), pages=(page,))


def side_by_side(report):
    return [f for f in report.warnings if f.code == "headlines-side-by-side"]


def test_headlines_side_by_side_are_a_warning_naming_both(folder):
    doc = page_with_second_head_at(2)
    (f,) = side_by_side(preflight(doc, folder))
    assert f.where["frame"] == "h1" and f.where["story"] == "s1" and f.where["beside"] == "s2"
    assert "杏花街道四点半课堂开课" in f.message and "碰题" in f.message
    assert doc.story("s1").headline[:6] in f.message


def test_the_live_check_of_the_page_says_it_too(folder):
    doc = page_with_second_head_at(2)
    display = Composer(doc, folder).compose(doc.pages[0])
    assert [f.where["frame"] for f in side_by_side(page_check(doc, 0, display))] == ["h1"]


@pytest.mark.parametrize("line", [8, 12])
def test_staggered_headlines_are_not(folder, line):
    # (line 8: s2's heading begins on the line under s1's last; the two do not share a line)
    assert side_by_side(preflight(page_with_second_head_at(line), folder)) == []


def with_furniture(doc, rules=(), boxes=()):
    return replace(doc, pages=(replace(doc.pages[0], rules=tuple(rules), boxes=tuple(boxes)),))


def test_a_column_rule_between_them_along_both_headings_sets_them_apart(folder):
    from layout_app.model.furniture import RuleItem
    doc = page_with_second_head_at(2)
    # the rule in the gutter before column 4, lines 0–10: along both headings (lines 0–8 and 2–8)
    assert side_by_side(preflight(with_furniture(doc, [RuleItem("r", 3, 0, lines=10)]), folder)) == []
    # too short (lines 0–4: their type shares lines 5–6 — s1's kicker and headline on lines 1–6, s2's
    # headline one line of 22 pt, 2 body lines at the foot of the 5 of its 6 not kept free: lines 5–6),
    # or in another gutter: still 碰题
    assert len(side_by_side(preflight(with_furniture(doc, [RuleItem("r", 3, 0, lines=5)]), folder))) == 1
    assert len(side_by_side(preflight(with_furniture(doc, [RuleItem("r", 2, 0, lines=40)]), folder))) == 1
    # a horizontal rule (a cut-off) across the columns is no column rule
    assert len(side_by_side(preflight(with_furniture(doc, [RuleItem("r", 3, 0, cols=2)]), folder))) == 1


def test_a_box_around_one_of_them_sets_them_apart_not_one_around_both(folder):
    from layout_app.model.furniture import BoxItem
    doc = page_with_second_head_at(2)
    assert side_by_side(preflight(with_furniture(doc, boxes=[BoxItem("bx", 0, 3, 0, 38)]), folder)) == []
    assert len(side_by_side(preflight(with_furniture(doc, boxes=[BoxItem("bx", 0, 5, 0, 38)]), folder))) == 1


# Headings whose frames share lines but whose type does not (a heading's air beside the other's type)
# are staggered already: no 碰题. Worked out by hand on the 13.5 pt grid: a one-line 36 pt (小初)
# headline is 43.2 pt of type pitch, 4 body lines (占行); in a heading frame of 6 lines one line stays
# free under it and the 4 lines of type sit at the foot of the 5 left, over the free line (a headline
# sits over its text, its frame's spare rows over it): the frame's first line is air, the type stands
# on its lines 1–4, its last line is air.
LEFT = Story("s1", "青石镇书香浓")
RIGHT = Story("s2", "杏花街道开课")


def two_headings(right_line: int, rules=()):
    """s1's heading on lines 0–5 of columns 1–2, s2's in columns 3–4 from `right_line`, 6 lines each."""
    doc = loads_document(DOC_YAML)
    frames = (Frame("h1", 0, 2, 0, 6, story="s1", part="heading"),
              Frame("h2", 2, 2, right_line, 6, story="s2", part="heading"))
    page = replace(doc.pages[0], frames=frames, rules=tuple(rules))
    return replace(doc, stories=(LEFT, RIGHT), photos=(), pages=(page,))


def test_the_composer_says_where_a_headings_type_stands():
    doc = two_headings(4)
    reports = {r.frame: r for r in Composer(doc).compose(doc.pages[0]).reports}
    assert reports["h1"].size == 36 and reports["h2"].size == 36
    assert reports["h1"].type_lines == (1, 5) and reports["h2"].type_lines == (5, 9)


@pytest.mark.parametrize("line,beside", [
    (4, False),     # frames share lines 4–5: s1's last type beside s2's air, s1's free line beside s2's type
    (5, False),     # frames share line 5 only, air beside air
    (3, True),      # line 4: type beside type
    (0, True),
])
def test_only_type_beside_type_is_side_by_side(tmp_path, line, beside):
    doc = two_headings(line)
    found = side_by_side(preflight(doc, tmp_path, files=False))
    assert bool(found) == beside
    display = Composer(doc).compose(doc.pages[0])
    assert bool(side_by_side(page_check(doc, 0, display))) == beside


def test_a_rule_along_the_type_they_share_sets_them_apart(tmp_path):
    from layout_app.model.furniture import RuleItem
    # s2 from line 2: their type shares lines 3–4 (s1's type 1–4, s2's 3–6); the frames share 2–5
    assert side_by_side(preflight(two_headings(2, [RuleItem("r", 2, 3, lines=2)]), tmp_path, files=False)) == []
    assert len(side_by_side(preflight(two_headings(2, [RuleItem("r", 2, 2, lines=2)]), tmp_path, files=False))) == 1
