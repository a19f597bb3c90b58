"""A column's rest in pdftotext's default flows: the last line of a column poppler gives alone in a
flow of its own, or a line as wide as an indented one that goes on a word broken at a column's foot.
Small pages written out by hand, flow by flow as poppler gives them, 13 characters a line (a
paragraph's first line indented two characters: 11 wide)."""
from __future__ import annotations

from itertools import pairwise

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces, _shared
from layout_app.intake.pdfchains import _chains, _fit
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _cut_flow, _weak, flows_in_order
from layout_app.intake.pdfpieces import AMBIG, CLOSED, CONT, OPEN, PARA, Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows import (A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B,
                                        KICKER_A, page, text_lines)
from tests.intake.test_pdfflows_seams import measured

STOCK = ["这样的服务功能，有效解决了难题。"] * 2    # the page says 有效 (twice)

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


# --- a line as wide as an indented one that goes on a word broken at a column's foot ---

def test_a_line_as_wide_as_an_indented_one_goes_on_the_word_a_column_breaks_at_its_foot():
    # '…的服务功能，有' / '效解决了群众的急难愁盼' / '问题。': the second column's first line is 11 wide —
    # an indented line's width, its last word did not fit — and opens on the rest of 有效. Its words are
    # the page's stock phrase, said only in 青石社区's columns, so its names are 青石社区's; but no
    # paragraph opens on a word's rest: it goes on in 凤鸣社区's column, not after 青石社区's paragraph end
    said = _Said(STOCK, 1.0)
    fm = Piece(BODY, ["本报记者 谢静", "8 月 2 日，记者走进凤鸣", "社区，只见凤鸣社区的广场上",
                      "欢声笑语。村民韩明表示，下", "一步将继续完善服务功能，有"], 0, 0)
    rest = Piece(BODY, ["效解决了群众的急难愁盼", "问题。"], 1, 1)
    qs1 = Piece(BODY, ["本报记者 吕海燕", "截至目前，青石社区已排查整", "改隐患 23 处，有效解决了群",
                       "众的急难愁盼问题。"], 2, 2)
    qs2 = Piece(BODY, ["青石社区已排查整改隐患 9", "处，有效解决了群众的急难愁", "盼问题。在青石社区团委，老",
                       "人正在分拣可回收物。"], 3, 3)
    pieces = [fm, rest, qs1, qs2]
    measured(*pieces)
    _name_pieces(pieces)
    assert (fm.end, rest.start, qs2.end) == (OPEN, PARA, CLOSED)
    assert _shared(rest.places, fm.places) < 0      # its names are 青石社区's
    chains, _ = _chains(pieces, 13, said)
    joins = {(a.lines[0], b.lines[0]) for c in chains for a, b in pairwise(c)}
    assert (fm.lines[0], rest.lines[0]) in joins


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
