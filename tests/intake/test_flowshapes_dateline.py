"""A dateline opens a story's text (intake/headshapes `_dateline`, read by flowshapes for pdfflows'
pieces): '本报讯（记者 王明）…', or '本报讯' and a space with no reporters named. Columns written out by
hand, 13 characters a line."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.headshapes import _dateline
from layout_app.intake.pdfchains import _fit
from layout_app.intake.pdfpieces import CONT, OPEN, STORY, Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows_seams import measured


def test_a_dateline_with_or_without_its_reporters_opens_a_story():
    assert _dateline("本报讯（记者 王明 通讯员 李华）近日，")
    assert _dateline("本报讯 近日，清水社区的夜巡")
    assert _dateline("本报讯　今年以来，梅岭村")       # (a full-width space)
    assert not _dateline("本报讯息显示，清水社区的")      # (no dateline: a word going on)
    assert not _dateline("据本报讯，清水社区的夜巡队")


def test_a_column_opening_on_a_bare_dateline_is_a_storys_first_and_goes_on_from_none():
    # '本报讯 今年以来，…' opens its story's first column, though it is a full line with no reporters in
    # brackets: no column that runs off goes on in it ('…社区的' / '本报讯' is no seam)
    ran_off = Piece(BODY, ["入夏以来，清水社区每晚都有", "居民上街巡逻，成了社区的"], 0, 0)
    brief = Piece(BODY, ["本报讯 今年以来，梅岭村把", "图书角作为民生实事来抓，让", "好事办得更实在。"], 1, 1)
    measured(ran_off, brief)
    assert ran_off.end == OPEN and brief.start == STORY
    assert _fit(ran_off, brief, _Said(ran_off.lines + brief.lines, 1.0), 13) is None
    # (a column opening on its words without the dateline goes on: no story's first)
    rest = Piece(BODY, ["今年以来，梅岭村把图书角作", "为民生实事来抓。"], 1, 1)
    measured(rest)
    assert rest.start == CONT
