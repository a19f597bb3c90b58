"""A story's columns stand in stacks of one depth (intake/pdfstacks): a deep column beside a photo whose
flow poppler ends with the row column under it, and a chain whose columns' depths say two stories were
joined. Columns written out by hand, 13 characters a line (a paragraph's first line indented: 11)."""
from __future__ import annotations

from itertools import pairwise

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.flowcuts import _cut_flow
from layout_app.intake.pdfpieces import CLOSED, CONT, OPEN, PARA, STORY, Piece
from layout_app.intake.pdfseams import _Said
from layout_app.intake.pdfstacks import short_last, stack_breaks
from tests.intake.test_pdfflows_seams import measured

# the page says '以来，已累计' (a date's sentence going on) often, '服已' never
SAYS = ["图书角自五月启用以来，已累计接待群众多次。", "夜巡队自六月启用以来，已累计巡查街巷多次。"] * 3

# the column beside the photo, seven lines deep, poppler's flow ending with the line of the row column
# under it ('已累计调解纠纷一千场。'); the row under the photo: columns three lines deep
DEEP = ["今年以来，云溪村调解纠", "纷同比增长了许多，有效解决", "了群众的急难愁盼问题。村民", "老曹说：“以前想看本书要跑",
        "到县城去，现在在村里就能借", "到书了。”通过线上平台，商", "户可以在线预约充电桩的服"]
FOOT = ["已累计调解纠纷一千场。"]     # as wide as an indented line: it might open a paragraph
ROW = [["务，办理时间缩短了一半。今", "年以来，云溪村接待群众同", "比增长了许多，受到居民普"],
       ["遍欢迎。村支书宋志强介绍，", "站里的充电桩自十一月三日", "在云溪村正式启用以来，"]]


def foot_of(deep: list[str], then: list[str] | None = None) -> list[list[str]]:
    """The pieces' lines once `_cut_flow` has looked at the deep column's flow (`deep` + FOOT), chained
    before the row; `then`: a column the row's last one was joined to."""
    lines = SAYS + deep + FOOT + [line for r in ROW for line in r] + (then or [])
    seams, said = _Seams(lines), _Said(lines, 1.0, across=True)
    flow = Piece(BODY, deep + FOOT, 0, 0)
    row = [Piece(BODY, list(r), i + 1, i + 1) for i, r in enumerate(ROW)]
    chain = [flow, *row]
    if then:
        chain.append(Piece(BODY, list(then), 3, 3))
    pieces = list(chain)
    measured(*pieces)
    _name_pieces(pieces)
    _cut_flow(pieces, [chain], 13, seams, said)
    return [p.lines for p in pieces]


def test_a_deep_columns_flow_gives_up_its_foot_to_the_row_column_that_runs_off():
    # the row's last column runs off ('…正式启用以来，'); nothing goes on from it but the line at the foot
    # of the deep column's flow, after a seam no column has ('服' / '已'), where the page's words go on
    # ('来，已累' said elsewhere): that line is the row's column under the deep one
    assert foot_of(DEEP) == [DEEP, FOOT, *ROW]


def test_no_foot_is_cut_from_a_column_no_deeper_than_twice_the_row():
    # a column of five lines beside a row three deep: no deep column beside a photo
    assert foot_of(DEEP[2:]) == [DEEP[2:] + FOOT, *ROW]


def test_no_foot_is_cut_when_the_row_column_goes_on_elsewhere_in_the_pages_words():
    then = ["已累计服务老人许多次。"]
    assert foot_of(DEEP, then) == [DEEP + FOOT, *ROW, then]


def column(lines: int, start: str, end: str) -> Piece:
    p = Piece(BODY, ["文"] * lines, 0, 0)
    p.start, p.end = start, end
    return p


def test_a_chain_whose_stack_breaks_at_a_paragraphs_end_is_two_stories():
    # 6, 6, 6, then 4 (a story's last column, ending its paragraph), then 2, 2 opening a paragraph:
    # another story's columns, set in a shallower stack — the join after the 4 is banned
    a = [column(6, PARA, OPEN), column(6, CONT, OPEN), column(6, CONT, OPEN), column(4, CONT, CLOSED)]
    b = [column(2, PARA, OPEN), column(2, CONT, CLOSED)]
    assert stack_breaks([a + b]) == {(id(a[-1]), id(b[0]))}
    # … so when the 4 opens a paragraph of its own: the columns after it are shallower still
    a[-1].start = PARA
    a[-2].end = CLOSED
    assert stack_breaks([a + b]) == {(id(a[-1]), id(b[0]))}
    # 9, 9, 9, 9, then 5, 4: the 5 opens a stack as deep as itself — the join before it is banned
    a = [column(9, PARA, OPEN), column(9, CONT, OPEN), column(9, CONT, OPEN), column(9, CONT, CLOSED)]
    b = [column(5, PARA, OPEN), column(4, CONT, CLOSED)]
    assert stack_breaks([a + b]) == {(id(a[-1]), id(b[0]))}


def test_two_columns_of_one_depth_then_two_of_another_are_two_stories():
    # 6, 6 (a story set in a shallow stack), then 14, 14, 14, 13 opening a paragraph: two stacks
    a = [column(6, PARA, OPEN), column(6, CONT, CLOSED)]
    b = [column(14, PARA, OPEN), column(14, CONT, OPEN), column(14, CONT, OPEN), column(13, CONT, CLOSED)]
    assert stack_breaks([a + b]) == {(id(a[-1]), id(b[0]))}
    # a story's first column two lines short under its deck, then its stack: 13, 13, then 15, 15
    a = [column(13, PARA, OPEN), column(13, CONT, CLOSED)]
    b = [column(15, PARA, OPEN), column(15, CONT, CLOSED)]
    assert not stack_breaks([a + b])
    # … and a sentence running on across the seam holds two stacks together
    a = [column(6, PARA, OPEN), column(6, CONT, OPEN)]
    b = [column(14, CONT, OPEN), column(14, CONT, CLOSED)]
    assert not stack_breaks([a + b])


def test_a_chain_whose_stack_holds_is_one_story():
    # the last column short; a deep column beside the photo first, then the row under it
    assert not stack_breaks([[column(6, PARA, OPEN), column(6, CONT, OPEN), column(6, CONT, OPEN),
                              column(4, CONT, CLOSED)]])
    assert not stack_breaks([[column(20, PARA, OPEN), column(8, CONT, OPEN), column(8, CONT, OPEN),
                              column(5, CONT, CLOSED)]])
    # a sentence that runs on across the shallow column's seams: one story's (a column's top in
    # another flow), whatever the depths
    assert not stack_breaks([[column(6, PARA, OPEN), column(6, CONT, OPEN), column(4, CONT, OPEN),
                              column(2, CONT, CLOSED)]])


def test_a_banned_join_is_not_made_and_the_chains_are_made_again_without_it():
    from layout_app.intake.pdfchains import _chains
    said = _Said(SAYS + [line for r in ROW for line in r], 1.0)
    row = [Piece(BODY, list(r), i, i) for i, r in enumerate(ROW)]
    measured(*row)
    _name_pieces(row)
    def joins(banned=frozenset()):
        return {(a.lines[0], b.lines[0]) for c in _chains(row, 13, said, banned)[0] for a, b in pairwise(c)}
    assert joins() == {(ROW[0][0], ROW[1][0])}        # '普' / '遍欢迎': a word
    assert (ROW[0][0], ROW[1][0]) not in joins(frozenset({(id(row[0]), id(row[1]))}))


# --- a speaker's words opened at a column's foot; a byline alone in its piece ---

def test_a_quote_opened_at_a_columns_foot_does_not_go_on_in_a_column_that_opens_another_first():
    # '…纷纷点赞：“爱心驿站' runs off inside a quote: it goes on in '惠万家！”据了解，…', which closes it,
    # not in '惠万家。村民说：“好！”…', which opens another quote before any closes — though the page
    # says both seams' pair ('站惠') and poppler gives the second next
    from layout_app.intake.pdfchains import _fit
    said = _Said(["居民点赞爱心驿站惠万家。"] * 3, 1.0)
    a = Piece(BODY, ["近日，安康乡爱心驿站开放。", "孩子们纷纷点赞：“爱心驿站"], 0, 0)
    closes = Piece(BODY, ["惠万家！”据了解，安康乡还将", "推广爱心驿站的做法。"], 5, 5)
    opens = Piece(BODY, ["惠万家。村民说：“好！”", "推广爱心驿站的做法。"], 1, 1)
    measured(a, closes, opens)
    assert _fit(a, closes, said, 13) > _fit(a, opens, said, 13)
    # a column that runs off with no quote open: poppler's next
    plain = Piece(BODY, ["近日，安康乡爱心驿站开放。", "孩子们纷纷来到爱心驿站"], 0, 0)
    measured(plain)
    assert _fit(plain, opens, said, 13) > _fit(plain, closes, said, 13)


def test_a_flow_is_not_cut_between_a_quote_opened_and_its_close():
    # '…摊主小朱说：“有了这个' / '好地方，孩子放学后有人管' in one flow: the speaker's words close two lines
    # down — the column's own seam, though the page never sets '个好' together and a column elsewhere
    # runs off on a word ('…现在在家门口就' would go on in '好…', a pair the page says)
    lines = SAYS + ["大家都说这样就好。"] * 2 + ["摊主小朱说：“有了这个", "好地方，孩子放学后有人管", "了。”在金沙社区新时代文明"]
    seams, said = _Seams(lines), _Said(lines, 1.0, across=True)
    flow = Piece(BODY, ["据了解，金沙社区还将推广", "大舞台的做法。摊主小朱说：", "“有了这个", "好地方，孩子放学后有人管",
                        "了。”在金沙社区新时代文明"], 1, 1)
    runs_off = Piece(BODY, ["村民说：“现在在家门口真", "好啊，现在在家门口就"], 0, 0)
    pieces = [runs_off, flow]
    measured(*pieces)
    _name_pieces(pieces)
    assert not _cut_flow(pieces, [[runs_off], [flow]], 13, seams, said)
    assert flow.lines[3] == "好地方，孩子放学后有人管"


def test_a_byline_alone_in_its_piece_ends_no_sentence_that_runs_on():
    byline = Piece(BODY, ["本报记者 孙丽"], 0, 0)
    measured(byline)
    assert (byline.start, byline.end) == ("story", CLOSED)


def test_a_storys_short_column_in_the_middle_of_its_chain_is_its_last():
    # columns of 9, 6, 9, 9: the 6 ends a paragraph ('…谁不喜欢？'), the 9 after it opens one — the
    # story's short column is its last, so the two after it are its first, read before the 9 and the 6
    first, short = column(9, PARA, OPEN), column(6, CONT, CLOSED)
    then = [column(9, PARA, OPEN), column(9, CONT, CLOSED)]
    assert short_last([[first, short, *then]]) == [[*then, first, short]]
    # … not when the chain opens on a byline (its first column is the story's first) …
    first.start = STORY
    assert short_last([[first, short, *then]]) == [[first, short, *then]]
    first.start = PARA
    # … nor when the short column's paragraph goes on in the next (a sentence runs across) …
    short.end = OPEN
    assert short_last([[first, short, *then]]) == [[first, short, *then]]
    short.end = CLOSED
    # … nor when the columns are of two depths (under a photo, then beside it: 5, 5, 5, 20)
    deep = column(20, CONT, CLOSED)
    assert short_last([[column(5, PARA, OPEN), column(5, CONT, OPEN), column(3, CONT, CLOSED), deep]])[0][-1] is deep


# a column as deep as the deep one's flow, opening a paragraph: the story's stack is that deep
STACKED = ["据了解，云溪村还将在三", "个自然村推广调解室的做法，", "让更多群众在家门口就能解决",
           "纠纷。村民老曹说：“以前遇", "到纠纷要跑到镇上去，现在在", "村里就能调解好，省心多了。”",
           "截至目前，云溪村已调解纠纷", "三百多件。"]


def test_no_foot_is_cut_from_a_column_as_deep_as_another_of_its_stack():
    # the flow stands no deeper than another column of its chain: a column of the story's stack, whole
    # (a flow holding two columns' lines stands deeper than the stack: `pdfstacks.in_stack`)
    assert len(STACKED) >= len(DEEP + FOOT) - 1
    assert foot_of(DEEP, STACKED) == [DEEP + FOOT, *ROW, STACKED]


def test_a_column_goes_on_in_one_of_its_depth_before_a_deeper_one():
    # '…社区的夜' goes on at '巡队' in two columns alike but for their depth: the one as deep as it fits
    # better (a story's columns stand one depth deep; a deeper one is another story's stack)
    from layout_app.intake.pdfchains import _fit
    top = ["入夏以来，清水社区每晚", "都有居民上街巡逻，社区的夜"]
    same = ["巡队成了小区里一道亮丽的风", "景。"]
    deeper = ["巡队成了小区里一道亮丽的风", "景。", "夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二"]
    lines = top + same + deeper
    said = _Said(lines, 1.0)
    a, b, c = Piece(BODY, top, 0, 0), Piece(BODY, same, 2, 2), Piece(BODY, deeper, 2, 3)
    measured(a, b, c)
    assert _fit(a, b, said, 13) > _fit(a, c, said, 13)


def test_a_byline_given_alone_has_no_depth_to_weigh():
    # '本报记者 何明' alone in its piece (pdfcolumns read its story's columns as one): no column, its
    # depth says nothing against the text under it; a column of two lines does
    from layout_app.intake.pdfchains import _DEPTH, _depths
    text = Piece(BODY, ["通过 AI 平台，孩子们可以", "在线预约智慧停车场的服务，", "办理时间缩短了一半。"], 1, 1)
    assert _depths(Piece(BODY, ["本报记者 何明"], 0, 0), text) == 0.0
    assert _depths(Piece(BODY, ["今年以来，翠屏乡", "建成智慧停车场。"], 0, 0), Piece(BODY, text.lines * 2, 1, 1)) == _DEPTH
