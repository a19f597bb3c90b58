"""`layout-app compose` on generated pages whose photos are at their largest within the crop limit
and still leave their stack short (corpus page 20: its first stack ended 11 lines empty; page 25: its
last stack 5; page 39: its one-story last stack 7, two rows that only a line more under each caption
fills): the stack takes the rows as air, a line more between its stories, under its headings
and under its captions — never so much that a gap reads as a hole. Issue 10: no stack ends with more
than 3 empty lines."""

import pytest

from tests.intake.composed import compose_corpus_page

MOST_AIR = 4         # lines between two stories of a stack, or a caption and the text under it


@pytest.fixture(scope="module", params=[20, 25, 39], ids=lambda s: f"corpus{s}")
def composed(request, tmp_path_factory):
    _, report, doc, display = compose_corpus_page(request.param, tmp_path_factory.mktemp(f"air{request.param}"))
    return report, doc, display


def test_no_stack_ends_with_more_than_3_empty_lines(composed):
    """Measured on the composed page: the rows under each stack's last frame down to the credits (or
    the page's foot), times its columns, and the lines its last body leaves empty."""
    report, doc, display = composed
    frames = doc.pages[0].frames
    foot = min((f.line for f in frames if f.id == "credits"), default=doc.grid.line_count)
    empty = {r.frame: r.empty_lines for r in display.reports}
    for st in report["decisions"]["stacks"]:
        a, b = st["columns"][0] - 1, st["columns"][1]
        inside = [f for f in frames if a <= f.col and f.col + f.cols <= b and f.id not in ("credits",)
                  and not f.id.startswith("banner")]
        last = max(inside, key=lambda f: (f.line + f.lines, f.part == "body"))
        rows = foot - (last.line + last.lines)
        assert rows * (b - a) + (empty.get(last.id, 0) if last.part == "body" else 0) <= 3, (st, last.id)


def test_the_air_between_stories_and_under_captions_never_reads_as_a_hole(composed):
    report, doc, display = composed
    frames = {f.id: f for f in doc.pages[0].frames}
    for st in report["decisions"]["stacks"]:
        stories = [d for d in report["decisions"]["stories"] if d["stack"] == st["stack"]]
        for upper, lower in zip(stories, stories[1:]):
            top = min(f.line for f in frames.values() if f.story == lower["story"]
                      or f.photo in {p["photo"] for p in lower["photos"]})
            assert 1 <= top - upper["lines"][1] <= MOST_AIR, (upper["story"], lower["story"])
        for d in stories:
            for p in d["photos"]:
                cap = frames.get(p.get("caption_frame", ""))
                if cap is None:
                    continue
                below = [f for f in frames.values() if f.line >= cap.line + cap.lines
                         and f.col < cap.col + cap.cols and cap.col < f.col + f.cols]
                if below:
                    gap = min(f.line for f in below) - (cap.line + cap.lines)
                    assert gap <= MOST_AIR, (p["photo"], gap)
