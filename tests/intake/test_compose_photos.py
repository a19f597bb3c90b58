"""`layout-app compose` on corpus page 44: nine stories, ten photos. Its stories were tried only in
runs in reading order (too many for every way), and every run left the last stack (five stories,
four photos, three columns) some 20 lines too deep: a photo was left out. A page editor moves a story
without a photo into the stack with room — here the first, whose photos then take less. Every photo
is placed, every line of copy too."""

import pytest

from tests.intake.composed import compose_corpus_page


@pytest.fixture(scope="module")
def composed(tmp_path_factory):
    return compose_corpus_page(44, tmp_path_factory.mktemp("photos44"))


def test_all_10_photos_placed(composed):
    code, report, doc, display = composed
    assert len(doc.photos) == 10
    placed = {f.photo for f in doc.pages[0].frames if f.photo and f.part != "caption"}
    assert placed == {p.id for p in doc.photos}
    assert not [w for w in report["warnings"] if "not placed" in w]


def test_no_line_overset_and_no_stack_short(composed):
    code, report, doc, display = composed
    assert not [(r.frame, r.overset_lines) for r in display.reports if r.overset_lines]
    assert all(st["empty_lines"] <= 3 for st in report["decisions"]["stacks"])
    assert code == 0
