"""碰题 compose cannot stagger is set apart (隔开): a column rule in the gutter between the two stories,
along the lines where both stand — as a page editor draws one (newspaper practice: two headlines side
by side read as one; where no arrangement staggers them, a rule or a box keeps them apart). Corpus
page 9 keeps one pair side by side (s1 in columns 1–3, s6 in columns 4–5); the rule's place is
checked against the frames compose wrote, worked out here, not against compose's own decision."""
import pytest

from layout_app.preflight.checks import preflight
from tests.intake.composed import compose_corpus_page


@pytest.fixture(scope="module")
def page9(tmp_path_factory):
    folder = tmp_path_factory.mktemp("page9")
    code, report, doc, display = compose_corpus_page(9, folder)
    return folder, code, report, doc


def story_lines(page, sid):
    """The lines (0-based, end exclusive) story `sid`'s heading and body frames take."""
    mine = [f for f in page.frames if f.story == sid]
    return min(f.line for f in mine), max(f.line + f.lines for f in mine)


def test_headlines_left_side_by_side_get_a_column_rule_between_their_stories(page9):
    folder, code, report, doc = page9
    page = doc.pages[0]
    heads = [f for f in page.frames if f.part == "heading" and f.id != "banner-head"]
    pairs = [(a, b) for a in heads for b in heads
             if a.col + a.cols == b.col and a.line < b.line + b.lines and b.line < a.line + a.lines]
    assert [(a.story, b.story) for a, b in pairs] == [("s1", "s6")]
    (left, right), = pairs
    (rule,) = page.rules
    assert not rule.horizontal and rule.col == right.col == 3          # the gutter between columns 3 and 4
    # along both headings' shared lines at least …
    assert rule.line <= max(left.line, right.line)
    assert rule.line + rule.lines >= min(left.line + left.lines, right.line + right.lines)
    # … and no further than both stories stand side by side: from the lower story's top to the
    # shorter one's foot (no rule beside another story)
    (l0, l1), (r0, r1) = story_lines(page, "s1"), story_lines(page, "s6")
    assert rule.line == max(l0, r0) and rule.line + rule.lines == min(l1, r1)


def test_the_page_says_it_and_preflight_takes_them_as_set_apart(page9):
    folder, code, report, doc = page9
    assert code == 0
    said = [w for w in report["warnings"] if "碰题" in w]
    assert len(said) == 1 and "stories s1 and s6" in said[0] and "set apart by a column rule" in said[0]
    assert [d["gutter_before_column"] for d in report["decisions"]["rules"]] == [4]
    found = preflight(doc, folder)
    assert not [f for f in found.warnings if f.code == "headlines-side-by-side"]
