"""`layout-app compose` on corpus page 6, copy thin for its page: a story with two landscape photos and
a few lines of text was set as two photos across its five columns, one over the other, over three
lines a column — a picture spread with a scrap of text under it. A chief editor sets the text beside
one of them, or the photos side by side."""

import pytest

from tests.intake.composed import compose_corpus_page


@pytest.fixture(scope="module")
def composed(tmp_path_factory):
    _, report, doc, _ = compose_corpus_page(6, tmp_path_factory.mktemp("spread6"))
    return report, doc


def test_no_story_is_two_photos_across_its_stack_over_a_scrap_of_text(composed):
    report, doc = composed
    frames = doc.pages[0].frames
    for d in report["decisions"]["stories"]:
        a, b = d["columns"][0] - 1, d["columns"][1]
        across = [f for f in frames if f.photo in {p["photo"] for p in d["photos"]} and f.part != "caption"
                  and f.col == a and f.cols == b - a]
        body = sum(f.lines * f.cols for f in frames if f.story == d["story"] and f.part == "body") / (b - a)
        if len(across) >= 2:
            # a third of the shorter photo's height in text at the least (written out: 3 lines under 32 and 35)
            assert body * 3 >= min(f.lines for f in across), (d["story"], [f.lines for f in across], body)


def test_every_photo_and_story_still_placed(composed):
    report, doc = composed
    assert not [w for w in report["warnings"] if "not placed" in w or "does not fit" in w]
    assert len(doc.pages[0].frames) and {p.id for p in doc.photos} == {
        f.photo for f in doc.pages[0].frames if f.photo and f.part != "caption"}
