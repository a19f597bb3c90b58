"""A stack that runs over with its photos at their smallest (layout.overfull): which photos give way,
and when a heading gives a line — answers worked out by hand from the rules (newspaper.md: the copy
reaches the page; a headline never below its style's minimum, always clearly above its kicker)."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout.overfull import CUT_LINES, cut_rows, drop_rows, shorter_heads
from layout_app.layout.probe import FrameProbe
from layout_app.model.frame import Frame
from layout_app.model.story import Story


def test_the_photo_nearest_the_foot_that_ends_the_overrun_goes():
    rows = ["a", "b", "c"]                                  # top down
    freed = {"a": 20, "b": 12, "c": 8}
    assert drop_rows(rows, freed, set(), 10) == ["b"]       # c (8) is not enough, b (12) is
    assert drop_rows(rows, freed, set(), 5) == ["c"]        # the foot's photo when it is enough
    assert drop_rows(rows, freed, set(), 25) == ["a", "c"]  # none alone: the largest, then the foot's
    assert drop_rows(rows, freed, set(), 0) == []


def test_the_lead_storys_photo_goes_last():
    freed = {"lead": 30, "b": 6, "c": 6}
    assert drop_rows(["lead", "b", "c"], freed, {"lead"}, 10) == ["c", "b"]
    assert drop_rows(["lead", "b", "c"], freed, {"lead"}, 20) == ["c", "b", "lead"]


def test_no_photo_goes_when_the_copy_runs_over_all_the_same():
    # 40 lines over, 20 lines of photos: the copy must be cut anyway — the photos stay
    assert drop_rows(["a", "b"], {"a": 12, "b": 8}, set(), 40) == []
    assert drop_rows(["a", "b"], {"a": 12, "b": 8}, set(), 21) == []
    # within the rows a stack may stay over (the editor cuts those lines), leaving them out is worth it
    assert drop_rows(["a", "b"], {"a": 12, "b": 8}, set(), 21, slack=1) == ["a", "b"]


def test_a_stack_may_stay_over_by_3_lines_of_its_columns():
    # CUT_LINES (3) overset lines: a row of a 1- to 3-column stack, none of a wider one — its
    # row alone is 4 lines or more
    assert CUT_LINES == 3
    assert [cut_rows(c) for c in (1, 2, 3, 4, 5)] == [3, 1, 1, 0, 0]
    # a story whose text leaves lines of its last row empty runs over by that many fewer: a row of 4
    # columns over, 2 of them empty when set in full — 2 lines overset; 2 rows of 2, 1 empty — 3
    assert cut_rows(4, 2) == 1 and cut_rows(4, 1) == 1 and cut_rows(5, 1) == 0
    assert cut_rows(2, 1) == 2 and cut_rows(3, 1) == 1


def _heading(headline, kicker=""):
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", headline, kicker=kicker, body=("字" * 400,)),))
    probe = FrameProbe(doc, doc.pages[0])
    return doc, probe, Frame("s1-head", 0, 2, 0, 1, story="s1", part="heading")


def test_a_heading_gives_a_line_only_when_its_headline_stays_above_its_minimum():
    doc, probe, head = _heading("石桥乡：智慧停车场焕新颜 群众停车不再难")
    minimum = doc.style("headline").min_size
    assert minimum == 18.0                                   # 小二, the duikai template's headline minimum
    seen = {n: probe.one(replace(head, lines=n)) for n in range(2, 14)}
    fits = [n for n, r in seen.items() if not r.overset_lines and not r.below_min]
    top = max(fits)
    give = [n for n in fits if n + 1 in fits]               # one line less still at or above 18 pt
    assert give, seen
    n = give[-1] + 1
    assert shorter_heads(probe, [replace(head, lines=n)], [0.0], 1) == [n - 1]
    assert seen[n - 1].size >= minimum
    low = min(fits)                                          # one line less would go below 18 pt
    assert seen[low - 1].below_min or seen[low - 1].overset_lines
    assert shorter_heads(probe, [replace(head, lines=low)], [0.0], 1) is None
    # never to its kicker's size (a headline 1.2 × its kicker at least): a floor above the smaller size
    assert shorter_heads(probe, [replace(head, lines=n)], [seen[n - 1].size + 0.5], 1) is None
    # at most `most` lines a heading, and all the overrun or nothing
    assert shorter_heads(probe, [replace(head, lines=top)], [0.0], top - low + 1) is None


def test_a_photo_placed_at_a_guess_goes_before_a_storys_own():
    """A photo whose caption names no story, set with one at a guess, is left out before any photo a
    caption ties to its story — nearer the foot or not, enough alone or not."""
    freed = {"own": 30, "guess": 12, "foot": 30}
    assert drop_rows(["own", "guess", "foot"], freed, set(), 10, first={"guess"}) == ["guess"]
    assert drop_rows(["own", "guess", "foot"], freed, set(), 20, first={"guess"}) == ["guess", "foot"]
    assert drop_rows(["own", "guess", "foot"], freed, {"guess"}, 10, first={"guess"}) == ["guess"]
