"""碰题 compose cannot stagger is set apart (隔开): a column rule in the gutter between the two stories,
along the lines where both stand — as a page editor draws one (newspaper practice: two headlines side
by side read as one; where no arrangement staggers them, a rule or a box keeps them apart). Corpus
page 28 keeps one pair side by side (s2 and s3: type beside type; page 9 kept s1 and s6 while its
headlines were not set by rank); the rule's place is checked against the frames compose wrote and the
type set in them, worked out here, not against compose's own decision."""
import pytest

from layout_app.preflight.checks import preflight
from tests.intake.composed import compose_corpus_page, type_extents

SEED, PAIR = 28, ("s2", "s3")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"page{SEED}")
    code, report, doc, display = compose_corpus_page(SEED, folder)
    return folder, code, report, doc, display


def story_lines(page, sid):
    """The lines (0-based, end exclusive) story `sid`'s heading and body frames take."""
    mine = [f for f in page.frames if f.story == sid]
    return min(f.line for f in mine), max(f.line + f.lines for f in mine)


def test_headlines_left_side_by_side_get_a_column_rule_between_their_stories(page):
    folder, code, report, doc, display = page
    page = doc.pages[0]
    heads = [f for f in page.frames if f.part == "heading" and f.id != "banner-head"]
    typed = type_extents(display)
    pairs = [(a, b) for a in heads for b in heads
             if a.col + a.cols == b.col and min(typed[a.id][1], typed[b.id][1]) - max(typed[a.id][0], typed[b.id][0]) > 0.5]
    assert [(a.story, b.story) for a, b in pairs] == [PAIR]
    (left, right), = pairs
    (rule,) = page.rules
    assert not rule.horizontal and rule.col == right.col == left.col + left.cols    # the gutter between them
    # along both headings' shared lines at least …
    assert rule.line <= max(left.line, right.line)
    assert rule.line + rule.lines >= min(left.line + left.lines, right.line + right.lines)
    # … and no further than both stories stand side by side: from the lower story's top to the
    # shorter one's foot (no rule beside another story)
    (l0, l1), (r0, r1) = story_lines(page, PAIR[0]), story_lines(page, PAIR[1])
    assert rule.line == max(l0, r0) and rule.line + rule.lines == min(l1, r1)


def test_the_page_says_it_and_preflight_takes_them_as_set_apart(page):
    folder, code, report, doc, display = page
    assert code == 0
    said = [w for w in report["warnings"] if "碰题" in w]
    assert len(said) == 1 and f"stories {PAIR[0]} and {PAIR[1]}" in said[0] and "set apart by a column rule" in said[0]
    right = next(f for f in doc.pages[0].frames if f.id == f"{PAIR[1]}-head")
    assert [d["gutter_before_column"] for d in report["decisions"]["rules"]] == [right.col + 1]
    found = preflight(doc, folder)
    assert not [f for f in found.warnings if f.code == "headlines-side-by-side"]
