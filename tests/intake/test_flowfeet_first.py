"""A column's last line that poppler gives right after it alone in its flow, read as a caption, is the
column's before the columns are chained — where the column runs off inside a clause and the word at
the seam holds it clearly better than any other column would (else the chains give the column another
story's column and the line stays a caption). Lines written out by hand, 13 characters a line (a
paragraph's first line indented two: 11)."""
from __future__ import annotations

from layout_app.intake.flowfeet import _feet_first
from layout_app.intake.flowheads import BODY, CAPTION
from layout_app.intake.flowshapes import _states
from layout_app.intake.pdfpieces import Piece
from layout_app.intake.pdfseams import _Said

# '…无人机植' runs off mid-word; poppler gives '保和烘干设备，省工又省钱。' right after it, alone in its flow
FOOT = ["  据了解，过去靠肩挑背扛，", "如今用上了无人机植"]
REST = "保和烘干设备，省工又省钱。"
# another story's column opening mid-sentence, which the chains could give the foot ('植' / '场边': no word)
OTHER = ["场边，不少球迷自发组成了啦", "啦队，为家乡球队加油。"]
# the page says 植保 elsewhere: a word at the seam
ELSEWHERE = ["无人机植保走进田间地头，植保", "服务受到欢迎。"]


def _pieces(foot: list[str], rest: str, other: list[str]) -> tuple[Piece, Piece, Piece, _Said]:
    a = Piece(BODY, list(foot), 0, 0)
    q = Piece(CAPTION, [rest], 1, 1)
    b = Piece(BODY, list(other), 2, 2)
    for p in (a, b):
        _states(p, 13)
    said = _Said(foot + [""] + [rest] + [""] + other + [""] + ELSEWHERE, 1.0)
    return a, q, b, said


def test_a_columns_last_line_given_as_a_caption_is_the_columns_before_the_chains_are_made():
    a, q, b, said = _pieces(FOOT, REST, OTHER)
    _feet_first([a, q, b], 13, said)
    assert q.kind == BODY


def test_no_foot_taken_after_a_mark_a_caption_may_open_after():
    # '…如今用上了无人机，' / '村民在田间收割水稻。': after a comma the line may open a sentence of its own,
    # though the page says '无人机，村民' elsewhere (the clause would hold the seam)
    a, q, b, said = _pieces(["  据了解，过去靠肩挑背扛，", "如今用上了无人机，"], "村民在田间收割水稻。", OTHER)
    said = _Said(a.lines + [""] + q.lines + [""] + OTHER + ["", "有了无人机，村民省了力。", "", "用上无人机，村民笑了。"], 1.0)
    _feet_first([a, q, b], 13, said)
    assert q.kind == CAPTION


def test_no_foot_taken_where_another_column_goes_on_as_well():
    # '…无人机植' / '保护站的志愿者…' holds at 植保 too: the chains decide, the line stays a caption
    a, q, b, said = _pieces(FOOT, REST, ["保护站的志愿者每天都来巡", "查，发现问题及时上报。"])
    _feet_first([a, q, b], 13, said)
    assert q.kind == CAPTION


def test_no_foot_taken_from_a_caption_on_tu_wei():
    # '…绘制了一张蓝' / '图为村民…': 蓝图 is the dictionary's word, but a line on 图为 is a caption wherever
    a, q, b, said = _pieces(["  据介绍，村里请人绘制了", "一张蓝"], "图为村民在田间收割水稻。", OTHER)
    _feet_first([a, q, b], 13, said)
    assert q.kind == CAPTION
