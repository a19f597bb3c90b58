"""A story's last column of one or two lines evened with the full columns before it (layout.evening) —
answers worked out by hand: the duikai grid sets 13 characters of 小五 a column line, a paragraph's
first line indented two; a column of one line at the top of a story's last column reads as a mistake
(a widow column), its last columns ending level a few lines higher do not."""
from dataclasses import replace

import pytest

from layout_app.io.templates import new_document
from layout_app.layout.compose import Composer
from layout_app.layout.evening import column_lines, even_last_column, evened
from layout_app.layout.probe import FrameProbe
from layout_app.model.frame import Frame
from layout_app.model.story import Story
from tests.intake.composed import story_columns


def test_column_lines_fill_each_column_before_the_next():
    assert column_lines(5, 5, 21) == [5, 5, 5, 5, 1]
    assert column_lines(3, 7, 19) == [7, 7, 5]
    assert column_lines(3, 7, 10) == [7, 3, 0]


@pytest.mark.parametrize("cols,lines,used,expected", [
    (5, 5, 21, (2, 3)),      # [5,5,5,5,1] → the last two share 6 lines: [5,5,5,3,3]
    (5, 5, 22, (2, 4)),      # [5,5,5,5,2] → the last two share 7: [5,5,5,4,3]
    (3, 4, 9, (3, 3)),       # [4,4,1]: two share 5 (3 deep, 2 in the last: too few); three share 9: [3,3,3]
    (2, 6, 7, (2, 4)),       # [6,1]: the two share 7, 4 deep: [4,3]
    (5, 5, 23, None),        # [5,5,5,5,3]: the last holds three, enough
    (4, 5, 20, None),        # [5,5,5,5]: level already
    (4, 5, 11, None),        # [5,5,1,0]: the text stops short of the last column — not this rule's case
    (4, 2, 7, None),         # [2,2,2,1]: level within a line already
    (2, 3, 4, (2, 2)),       # [3,1]: a short story, evened level: [2,2]
    (2, 3, 5, None),         # [3,2]: level within a line
    (1, 9, 1, None),         # one column: no column before it
])
def test_which_last_columns_are_evened(cols, lines, used, expected):
    assert evened(cols, lines, used) == expected


def _page(chars: int):
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "", body=("字" * chars,)),))
    return doc, FrameProbe(doc, doc.pages[0])


def test_a_story_of_21_lines_in_5_columns_ends_in_two_columns_of_3():
    # 265 characters + 2 of indent = 267 = 20 × 13 + 7: 21 lines; 5 lines deep → 5,5,5,5,1
    doc, probe = _page(265)
    frame = Frame("s1-body", 0, 5, 10, 5, story="s1", part="body")
    before = replace(doc, pages=(replace(doc.pages[0], frames=(frame,)),))
    assert story_columns(before, Composer(before).compose(before.pages[0]))["s1"] == [5, 5, 5, 5, 1]
    frames = even_last_column(probe, [frame])
    # columns 1–3 five lines deep, columns 4–5 three: the frame's foot line is kept by the first
    assert [(f.col, f.cols, f.line, f.lines) for f in frames] == [(0, 3, 10, 5), (3, 2, 10, 3)]
    page = replace(doc.pages[0], frames=tuple(frames))
    after = replace(doc, pages=(page,))
    display = Composer(after).compose(page)
    assert story_columns(after, display)["s1"] == [5, 5, 5, 3, 3]
    assert not any(r.overset_lines for r in display.reports)


def test_a_story_whose_last_column_holds_enough_is_left_as_it_is():
    doc, probe = _page(265 + 26)           # 23 lines: 5,5,5,5,3
    frame = Frame("s1-body", 0, 5, 10, 5, story="s1", part="body")
    assert even_last_column(probe, [frame]) == [frame]


def test_the_last_of_a_chain_of_frames_is_evened():
    # text under a photo (2 columns × 4 lines = 8 lines), then beside it (2 columns × 10): 8 + 10 + 1
    # = 19 lines (245 + 2 = 247 = 19 × 13) — the columns beside hold 10 and 1; evened, 6 and 5: the
    # frame beside the photo all its columns evened, no new frame
    doc, probe = _page(245)
    under = Frame("s1-body", 0, 2, 16, 4, story="s1", part="body")
    beside = Frame("s1-body2", 2, 2, 10, 10, story="s1", part="body")
    frames = even_last_column(probe, [under, beside])
    assert [(f.id, f.col, f.cols, f.line, f.lines) for f in frames] == [
        ("s1-body", 0, 2, 16, 4), ("s1-body2", 2, 2, 10, 6)]
    page = replace(doc.pages[0], frames=tuple(frames))
    after = replace(doc, pages=(page,))
    assert story_columns(after, Composer(after).compose(page))["s1"] == [4, 4, 6, 5]
