"""headparts: nothing of a story's stands between its headline and the deck under it in one flow of
pdftotext's default text — a heading line of its own flow put between them goes over them. Pieces
written by hand."""
from __future__ import annotations

from layout_app.intake.headparts import _nothing_between
from layout_app.intake.pdfpieces import Piece

HEAD = "head"


def _lines(*spec):
    return [Piece(HEAD, [text], pos, flow) for text, pos, flow in spec]


def test_a_line_from_a_flow_of_its_own_between_a_headline_and_its_deck_goes_over_them():
    # the headline's label and its rest over the deck in one flow (poppler's 3, 4, 5); the kicker,
    # set over them in a flow of its own, was put between the headline and its deck
    lines = _lines(("街道办：", 3, 2), ("夜巡队守护邻里平安", 4, 2), ("入夜后，巷子里亮起了手电", 2, 1),
                   ("——清水社区夜巡队见闻", 5, 2))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["入夜后，巷子里亮起了手电", "街道办：", "夜巡队守护邻里平安", "——清水社区夜巡队见闻"]


def test_a_byline_from_another_flow_stays_under_the_deck():
    lines = _lines(("夜巡队守护邻里平安", 4, 2), ("——清水社区夜巡队见闻", 5, 2), ("本报记者 王明", 9, 6))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["夜巡队守护邻里平安", "——清水社区夜巡队见闻", "本报记者 王明"]


def test_a_headline_and_deck_given_apart_in_two_flows_are_left_as_they_are():
    # the deck in a flow apart from the headline: no headline right over it in its flow to keep
    lines = _lines(("夜巡队守护邻里平安", 4, 2), ("入夜后，巷子里亮起了手电", 6, 3), ("——清水社区夜巡队见闻", 7, 4))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["夜巡队守护邻里平安", "入夜后，巷子里亮起了手电", "——清水社区夜巡队见闻"]


def test_a_deck_not_right_under_the_headline_in_its_flow_keeps_the_order():
    # poppler gives another story's line between the headline and the deck in their flow (5): the two
    # are not one under the other, and the line from a flow of its own is not moved over them
    lines = _lines(("夜巡队守护邻里平安", 4, 2), ("入夜后，巷子里亮起了手电", 2, 1), ("——清水社区夜巡队见闻", 6, 2))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["夜巡队守护邻里平安", "入夜后，巷子里亮起了手电", "——清水社区夜巡队见闻"]
