"""A seam after a person's name in pdftotext's default flows (`pdfseams._after_name`): a name meets the
word after it only where it is said, so the page never setting the two characters together says nothing
against the seam. Small pieces written out by hand, 13 characters a line (a paragraph's first line
indented two characters: 11 wide)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.flowcuts import _cut_flow, _weak
from layout_app.intake.pdfpieces import CONT, OPEN, Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows_seams import measured


# --- a seam after a person's name ---

def test_a_flow_is_not_cut_after_a_persons_name_for_a_column_that_goes_on_after_another_name():
    # '…居民小苏' / '说：“能为乡亲们做点事…' is a seam poppler's order gives and no pair says ('苏说' is
    # set nowhere else: a name meets the word after it only where it is said). Another story's flow says
    # '…一旁的居民老孙' / '忙着登记。' — '孙忙' never set together either, and the page says '老孙说' twice:
    # but a name over what the person does is the column's own seam, not two columns' lines in one flow
    lines = ["居民老孙说：“好。”", "村民小于忙着登记。"] * 2
    a = Piece(BODY, ["6 月 8 日，记者走进双河", "社区，只见服务窗口前秩序井", "然。截至目前，居民小苏"], 0, 0)
    b = Piece(BODY, ["说：“能为乡亲们做点事，心", "里踏实。”"], 1, 1)
    flow = Piece(BODY, ["在长乐村老年协会，老人正在参", "加健身活动；一旁的居民老孙", "忙着登记。居民老孙说：“以前",
                        "想看本书要跑到县城。”"], 2, 2)
    pieces = [a, b, flow]
    lines += [line for p in pieces for line in p.lines + [""]]
    seams, said = _Seams([l for l in lines if l]), _Said(lines, 1.0, across=True)
    measured(*pieces)
    _name_pieces(pieces)
    assert (a.end, b.start) == (OPEN, CONT) and said.pairs["孙说"] >= 2 and not said.pairs["苏说"]
    _cut_flow(pieces, [[a, b], [flow]], 13, seams, said)
    assert len(flow.lines) == 4 and len(pieces) == 3
    # … nor is the seam in the flow one no column has, for any column that runs off to go on at
    assert not _weak(flow.lines[1], flow.lines[2], 13, seams)
    assert _weak(flow.lines[0], flow.lines[1], 13, seams)      # ('参' / '加': no name, never set together)
