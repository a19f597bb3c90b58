"""Joins of pdftotext's default column pieces the text cannot vouch for are shown as guesses
(intake/pdfchains `_far_guesses`): a sentence run off at a column's foot going on in a column poppler
gave before it, two lines or more deeper or shallower, at two characters the page never sets together;
a paragraph's end going on in a column not given next that opens mid-sentence or stands two lines
deeper or shallower. Lines written out by hand, 13 characters a line (a paragraph's first line
indented two: 11)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.flowshapes import _states
from layout_app.intake.pdfchains import _far_guesses
from layout_app.intake.pdfpieces import CLOSED, CONT, OPEN, PARA, Piece
from layout_app.intake.pdfseams import _Said

# a column of five lines running off mid-sentence on '志'
DEEP = ["  今年以来，清水社区组织", "党员干部和热心居民成立了巡", "逻队，每天晚上在小区里巡查", "安全隐患，帮助老人修理水电", "设施，还组建起了一支青年志"]
# a column of two lines opening mid-sentence, its first character never set after '志' on the page
SHORT = ["愿服务队，为孤寡老人送餐。", "  居民们纷纷点赞。"]
# the same as deep as DEEP
LEVEL = SHORT[:1] + ["目前已累计服务老人两千多人", "次，受到居民们的一致好评。", "  下一步，社区将继续推广", "这一做法，让更多群众受益。"]


def _piece(lines: list[str], pos: int) -> Piece:
    p = Piece(BODY, list(lines), pos, pos)
    _states(p, 13)
    return p


def _said(*pieces: Piece, extra: list[str] = ()) -> _Said:
    lines: list[str] = list(extra)
    for p in pieces:
        lines += p.lines + [""]
    return _Said(lines, 1.0)


def test_a_column_going_on_in_one_poppler_gave_before_of_another_depth_at_no_pair_is_a_guess():
    a, b = _piece(DEEP, 6), _piece(SHORT, 1)
    assert (a.end, b.start) == (OPEN, CONT)
    assert _far_guesses([[a, b]], _said(a, b)) == [(a, b)]


def test_the_column_poppler_gives_next_or_later_or_one_as_deep_or_a_pair_the_page_says_is_no_guess():
    a, b = _piece(DEEP, 1), _piece(SHORT, 2)
    assert _far_guesses([[a, b]], _said(a, b)) == []           # poppler's next: the column beside
    a, b = _piece(DEEP, 1), _piece(SHORT, 6)
    assert _far_guesses([[a, b]], _said(a, b)) == []           # later in poppler's order: a row under
    a, b = _piece(DEEP, 6), _piece(LEVEL, 1)
    assert _far_guesses([[a, b]], _said(a, b)) == []           # one depth: a story's columns
    a, b = _piece(DEEP, 6), _piece(SHORT, 1)
    # the page says '志愿' elsewhere: the seam is a word it uses
    assert _far_guesses([[a, b]], _said(a, b, extra=["社区志愿者上门服务。"])) == []


def test_a_paragraphs_end_going_on_in_a_column_opening_mid_sentence_or_of_another_depth_is_a_guess():
    ended = _piece(["  今年以来，清水社区组织", "党员干部成立了巡逻队。"], 1)
    b = _piece(SHORT, 5)
    assert (ended.end, b.start) == (CLOSED, CONT)
    assert _far_guesses([[ended, b]], _said(ended, b)) == [(ended, b)]
    b = _piece(SHORT, 2)
    assert _far_guesses([[ended, b]], _said(ended, b)) == []        # (poppler's next)
    # a paragraph's end five lines deep, then a paragraph opening a column two lines deep
    deep = _piece(DEEP[:4] + ["设施，受到居民们一致好评。", "  居民们纷纷点赞。"], 1)
    para = _piece(["  记者了解到，社区还组织", "志愿者为老人送餐上门服务。"], 7)
    assert (deep.end, para.start) == (CLOSED, PARA)
    assert _far_guesses([[deep, para]], _said(deep, para)) == [(deep, para)]
    level = _piece(para.lines + ["目前已累计服务老人两千多人", "次，受到居民们的一致好评。", "这一做法让更多群众受了益。"], 7)
    assert _far_guesses([[deep, level]], _said(deep, level)) == []      # (one depth)
