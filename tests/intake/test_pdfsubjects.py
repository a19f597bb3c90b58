"""A paragraph's first column that tells of the thing one story's columns tell of — a string it says
twice in its own words, '截至目前，老旧小区改造已惠及…。老旧小区改造最难的是…', said before it only in that
story's column — goes on in that story, not after another story's finished paragraph poppler gives
right before it (intake/pdfsubjects, pdfchains). Columns written out by hand, 13 characters a line (a
paragraph's first line indented: 11)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfchains import _chains
from layout_app.intake.pdfpieces import STORY, Piece
from layout_app.intake.pdfseams import _Said
from layout_app.intake.pdfsubjects import kin_pieces
from tests.intake.test_pdfflows_seams import measured

# the story's first column: it names its thing, 老旧小区改造, and ends its paragraph
OWN = ["  入冬以来，城南镇康乐村", "老旧小区改造的工作一刻没有", "停。施工期间，社区每天安排", "专人值守，回应业主的诉求。",
       "  工程预计年底前完工。"]
# another story's column, ending its paragraph, that poppler gives right before the paragraph below
OTHER = ["  截至目前，游泳馆已惠及选", "手 273 余人次，比赛持续到", "11 月 1 日。"]
# a paragraph's first column that tells of 老旧小区改造 twice
REST = ["  截至目前，老旧小区改造", "已惠及业主 2558 余人次。老", "旧小区改造最难的是统一意", "见，一楼住户的顾虑都拿到桌", "面上谈。"]


def _pieces(rest: list[str]) -> list[Piece]:
    pieces = [Piece(BODY, list(lines), i, i) for i, lines in enumerate((OWN, OTHER, rest))]
    measured(*pieces)
    pieces[0].start = pieces[1].start = STORY       # (each its story's first column, under its headline)
    _name_pieces(pieces)
    return pieces


def test_a_paragraph_telling_of_a_storys_thing_goes_on_in_that_story():
    own, other, rest = pieces = _pieces(REST)
    chains, _ = _chains(pieces, 13, _Said(OWN + [""] + OTHER + [""] + REST, 1.0))
    assert [own, rest] in chains
    assert [other] in chains


def test_a_thing_said_once_tells_nothing():
    # the column says 老旧小区改造 once: the page's stock phrases are said once a paragraph too —
    # poppler's order decides, as before
    once = ["  截至目前，老旧小区改造", "已惠及业主 2558 余人次。最", "难的是统一意见，一楼住户的", "顾虑都拿到桌面上谈。"]
    own, other, rest = pieces = _pieces(once)
    assert kin_pieces(pieces)[id(rest)] == set()


def test_kin_are_the_pieces_saying_the_thing():
    own, other, rest = pieces = _pieces(REST)
    assert kin_pieces(pieces)[id(rest)] == {id(own)}


def test_a_quote_repeating_the_pages_words_is_no_thing():
    # someone's words repeat the page's phrases ('合不拢嘴'): not the column's own thing
    quoted = ["  “笑得合不拢嘴，真是笑得", "合不拢嘴。”游泳馆的选手说。"]
    own, other, rest = pieces = _pieces(quoted)
    assert kin_pieces(pieces)[id(rest)] == set()


def test_a_thing_said_only_in_a_column_given_after_tells_no_order():
    # the story's column that names the thing comes after the paragraph in poppler's order (the
    # paragraph may be the story's first column, opening on a quote): it is not put after that column
    other, rest, own = pieces = [Piece(BODY, list(lines), i, i) for i, lines in enumerate((OTHER, REST, OWN))]
    measured(*pieces)
    own.start = other.start = STORY
    _name_pieces(pieces)
    chains, _ = _chains(pieces, 13, _Said(OTHER + [""] + REST + [""] + OWN, 1.0))
    assert not any(c[i:i + 2] == [own, rest] for c in chains for i in range(len(c)))
