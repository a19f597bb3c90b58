"""A column's rest in pdftotext's default flows: the last line of a column poppler gives alone in a
flow of its own, the line after a person's name, the words after a bracket a column closes at its foot.
Small pages written out by hand, flow by flow as poppler gives them, 13 characters a line (a
paragraph's first line indented two characters: 11 wide)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfchains import _fit
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _cut_flow, _weak, flows_in_order
from layout_app.intake.pdfpieces import AMBIG, CONT, OPEN, Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows import (A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B,
                                        KICKER_A, page, text_lines)
from tests.intake.test_pdfflows_seams import measured

# story B's last column runs off on a word broken at its foot ('…服务功' / '能'): its last line, a
# sentence's end, poppler gives alone in a flow of its own — a column's width, ending on 。, no quote:
# a caption's shape, but for its first character and the comma (no caption opens on a word's rest)
B4 = ["村支书表示，下一步将继续完", "善图书角的服务功"]
REST = ["能，让群众的获得感成色更足。"]
SAYS = ["这样的服务功能受到欢迎。"]     # the page says 功能 elsewhere: the seam is a word


def test_a_columns_last_line_alone_in_its_flow_is_no_caption():
    lines = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, B4,
                 REST, SAYS, [CREDIT])
    out = text_lines(flows_in_order(lines, 13))
    at = out.index(B4[-1])
    assert out[at + 1] == REST[0]


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


# --- a column that runs off on a bracket it closes ---

def test_a_column_that_runs_off_on_a_closed_bracket_goes_on_in_the_words_the_page_says_after_it():
    # '…还将在 11 个村（社区）' / '推广乡村大舞台的做法。': no pair to ask across a bracket, and the line
    # below, as wide as an indented one and ending a sentence, might open a paragraph — but the page says
    # '区）推广' twice elsewhere: the column goes on there, not in the column that opens mid-sentence
    # poppler gives after it ('截至目前，东湖街道已排查整', which the page never says after '区）')
    lines = ["据了解，东湖街道还将在 4 个村（社区）推广乡村大舞台的做法。"] * 2
    said = _Said(lines, 1.0)
    a = Piece(BODY, ["村民们纷纷点赞：“乡村大舞", "台惠万家！”据了解，东湖街", "道还将在 11 个村（社区）"], 0, 0)
    rest = Piece(BODY, ["推广乡村大舞台的做法。", "村民们纷纷点赞：“乡村大舞", "台添新彩！”"], 2, 2)
    other = Piece(BODY, ["截至目前，东湖街道已排查整", "改隐患 27 处，受到居民普遍", "欢迎。"], 1, 1)
    measured(a, rest, other)
    assert (a.end, rest.start, other.start) == (OPEN, AMBIG, CONT)
    assert _fit(a, rest, said, 13) > _fit(a, other, said, 13)
