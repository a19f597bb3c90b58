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
    # too short (stops at line 5, the headings share lines 2–7), or in another gutter: still 碰题
    assert len(side_by_side(preflight(with_furniture(doc, [RuleItem("r", 3, 0, lines=5)]), folder))) == 1
    assert len(side_by_side(preflight(with_furniture(doc, [RuleItem("r", 2, 0, lines=40)]), folder))) == 1
    # a horizontal rule (a cut-off) across the columns is no column rule
    assert len(side_by_side(preflight(with_furniture(doc, [RuleItem("r", 3, 0, cols=2)]), folder))) == 1


def test_a_box_around_one_of_them_sets_them_apart_not_one_around_both(folder):
    from layout_app.model.furniture import BoxItem
    doc = page_with_second_head_at(2)
    assert side_by_side(preflight(with_furniture(doc, boxes=[BoxItem("bx", 0, 3, 0, 38)]), folder)) == []
    assert len(side_by_side(preflight(with_furniture(doc, boxes=[BoxItem("bx", 0, 5, 0, 38)]), folder))) == 1
