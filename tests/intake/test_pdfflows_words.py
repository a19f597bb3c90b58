"""pdftotext's default text of our PDFs, where the seam between two columns is judged by the words
across it: a word the dictionary knows cut at a column's foot ('…我们会一' / '直坚持下去'), though the
page says it only there; a figure's words and unit as the page says them elsewhere ('缩短了' /
'79.5%'); a line the page says after a comma, not after a sentence's end ('，只见'). Small pages
written out by hand, flow by flow, as poppler gives them; the order a newspaper reader sees in them."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.pdfchains import _fit
from layout_app.intake.pdfflows import _states, flows_in_order
from layout_app.intake.pdfpieces import Piece
from layout_app.intake.pdfseams import _after_said, _Said, _unit_said, _word_across
# the two stories' heading lines and story B's columns are test_pdfflows_seams' page
from tests.intake.test_pdfflows_seams import B1, B2, B3, BYLINE_A, CREDIT, HEAD_A, HEAD_B, measured, page
from tests.intake.test_pdfflows_seams import _runs as runs


# --- a word the dictionary knows, cut at a column's foot ---

def test_a_seam_inside_a_dictionary_word_of_two_han_characters_is_a_word_across():
    said = _Said(["据了解，清水社区还将招募更多队员。", "夜巡队员们每晚都上街巡逻。"] * 3, 1.0)
    assert _word_across("队员老周说：“我们会一", "直坚持下去。”", said)        # 一直
    assert _word_across("只见街巷干", "净整洁。", said)                    # 干净
    assert _word_across("已累", "计服务老人 190 场。", said)               # 累计
    # between two words ('村' / '表示'), beside a mark, onto a figure: no word cut
    assert not _word_across("现在在村", "表示，下一步将继续完", said)
    assert not _word_across("一道亮丽的风景，", "夜巡队队长李军介绍", said)
    assert not _word_across("办理时间缩短了", "79.5%。", said)
    # a name the dictionary does not know falls into single characters: no evidence ('小郭')
    assert not _word_across("摊主小", "郭说：“能为乡亲们", said)
    # 常常 is a word of the dictionary's, but this page never says it and says 常巡 (which the
    # dictionary does not know) three times: the line below opens on the page's word
    said = _Said(["据了解，清水社区还将招募更多队员。", "夜巡队员们每晚都常巡街巷。"] * 3, 1.0)
    assert not _word_across("队员们说，我们常", "常巡街巷，守护平安", said)
    assert _word_across("队员们说，我们常", "常巡街巷，守护平安", _Said(["据了解，清水社区还将招募更多队员。"], 1.0))


def test_a_column_that_runs_off_inside_a_word_goes_on_where_the_word_ends():
    # '…我们会一' runs off; the page says '一直' nowhere else (no pair to ask). The column that opens
    # '直坚持下去。”' goes on there — not the full line opening a new sentence ('据了解，…') that poppler
    # gives next, which is as likely by the widths and nearer
    said = _Said(["据了解，清水社区还将招募更多队员。", "队员们每晚都上街巡逻。"] * 40, 1.0)
    assert not said.word("一", "直")
    a = Piece(BODY, ["队员老周说：“晚上巡逻这", "件事，大家都说好，我们会一"], 0, 0)
    right = Piece(BODY, ["直坚持下去。”"], 3, 3)
    full = Piece(BODY, ["据了解，清水社区还将招募更", "多队员。"], 1, 1)
    measured(a, right, full)
    assert (a.end, right.start, full.start) == ("open", "cont", "cont")
    assert _fit(a, right, said) > _fit(a, full, said)


def test_a_line_as_wide_as_an_indented_one_goes_on_a_word_cut_at_a_columns_foot():
    # '…隐患 81 处，有' / '效解决了群众的急难愁盼': 11 characters, no sentence end — the shape of a
    # paragraph's indented first line, which never goes on a sentence that runs off; but 有效 is a word
    # cut there (the line was left short by the figure above it): it goes on, before a full line at
    # two characters the page never sets together (though a full line at such a word would come first)
    said = _Said(["据了解，清水社区还将招募更多队员。", "队员们每晚都上街巡逻。"] * 40, 1.0)
    a = Piece(BODY, ["截至目前，清水社区已排查整", "改隐患 81 处，有"], 0, 0)
    right = Piece(BODY, ["效解决了群众的急难愁盼", "问题。"], 3, 3)
    full = Piece(BODY, ["据了解，清水社区还将招募更", "多队员。"], 2, 2)
    measured(a, right, full)
    assert (a.end, right.start, full.start) == ("open", "para", "cont")
    assert _fit(a, right, said) > _fit(a, full, said)


# A's last column runs off inside a word ('…我们会坚'); poppler put the line it goes on in
# ('持做下去，…') under A's first column, in its flow: '…风景。' over a full line with no sentence end
# is no seam a column has
WORD_A1 = ["入夏以来，清水社区的居", "民每晚上街巡逻，成了小区里", "一道亮丽的风景。"]
WORD_A2 = ["夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二", "名，都是社区里的热心居民。"]
WORD_A3 = ["夜巡队员老周每晚都来巡", "逻。他说：“大家都说好，都", "很支持我们。这件事我们会坚"]
WORD_TAIL = ["持做下去，让小区越来越平", "安。”"]


def test_a_flow_is_cut_where_a_column_that_runs_off_inside_a_word_goes_on():
    # (in poppler's order: A's columns a row left to right, a flow each, then B's — poppler does not give
    # two stories' columns of one depth in turn)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + WORD_A1 + WORD_TAIL, WORD_A2, WORD_A3, B1, B2, B3, [CREDIT])
    assert runs(flows_in_order(flows, 13)) == [[HEAD_A, BYLINE_A] + WORD_A1 + WORD_A2 + WORD_A3 + WORD_TAIL,
                                               [HEAD_B] + B1 + B2 + B3, [CREDIT]]


# --- a seam onto a figure: the words and the unit the page says around figures ---

def test_a_seam_onto_a_figure_goes_on_where_the_page_says_its_words_and_unit():
    # two columns run off before a figure ('…缩短了', '…还将在'); two open on one ('79.5%。…', '2 个村…').
    # The page says '缩短了 N%' and '将在 N 个' twice each elsewhere, never '缩短了 N 个' or '将在 N%'
    lines = ["通过 APP 平台，办理时间缩短了 16%。", "通过 VR 平台，办理时间缩短了 38.5%。",
             "据了解，社区还将在 12 个村推广。", "据了解，乡里还将在 5 个村推广。"] * 20
    said = _Said(lines, 1.0)
    assert _unit_said("服务，办理时间缩短了", "79.5%。店主蔡静介绍", said)
    assert _unit_said("据了解，银杏街道还将在", "2 个村（社区）推广", said)
    assert not _unit_said("服务，办理时间缩短了", "2 个村（社区）推广", said)
    assert not _unit_said("据了解，银杏街道还将在", "79.5%。店主蔡静介绍", said)
    # said once: no habit of the page's
    assert not _unit_said("服务，办理时间缩短了", "79.5%。", _Said(lines[:1] + lines[2:4], 1.0))

    shortened = Piece(BODY, ["通过 APP 平台，游客可以", "预约服务，办理时间缩短了"], 0, 0)
    in_villages = Piece(BODY, ["今年以来，清水社区巡查", "街巷。据了解，社区还将在"], 1, 1)
    percent = Piece(BODY, ["79.5%。店主蔡静介绍，夜巡", "队很受欢迎。"], 5, 5)
    villages = Piece(BODY, ["2 个村（社区）推广夜巡队", "的做法。"], 2, 2)
    measured(shortened, in_villages, percent, villages)
    assert _fit(shortened, percent, said) > _fit(shortened, villages, said)
    assert _fit(in_villages, villages, said) > _fit(in_villages, percent, said)


# --- a line the page says after a comma, under a sentence's end ---

# A's last column runs off on a comma ('…走进清水社区的小巷，'); poppler put its last line ('只见巷道里灯
# 火通明。') under A's first column, whose full last line ends a sentence: a seam a column may have
# (a paragraph goes on after a full line's sentence end) — but the page says '，只见' twice elsewhere
# and '。只见' only there
# (A's columns stand four lines deep, as compose sets a story's stack: its first column's flow, holding
# the tail too, stands deeper than every other column of A — `pdfstacks.in_stack`)
AFTER_A1 = ["入夏以来，清水社区的居", "民自发组成夜巡队，每晚上街", "巡逻，守护小区居民的平安。"]
AFTER_A2 = ["夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二", "名，都是社区里的热心居民。",
            "8 月 2 日晚，记者走进清"]
AFTER_A3 = ["水社区，只见巷道干净整洁。", "9 月 3 日晚，记者再次来到", "这里，走进清水社区的小巷，"]
AFTER_TAIL = ["只见巷道里灯火通明。"]
AFTER_B1 = ["7 月 1 日，记者走进梅岭", "村，只见图书角里座无虚席。", "图书角设在村委会的一楼，书",
            "架上摆满了农业技术类读物。"]


def test_a_line_the_page_says_after_a_comma_goes_on_from_the_comma_not_the_sentence_end():
    said = _Said(page(AFTER_A1 + AFTER_TAIL, AFTER_A3, AFTER_B1), 1.0, across=True)
    assert _after_said(AFTER_A3[-1], AFTER_A1[-1], AFTER_TAIL[0], said)
    # the end above is the tail's own mark: nothing to tell them apart
    assert not _after_said("这里，走进清水社区的小巷。", AFTER_A1[-1], AFTER_TAIL[0], said)
    # '，只见' said once elsewhere only: no habit of the page's
    once = _Said(page(AFTER_A1 + AFTER_TAIL, AFTER_A3), 1.0, across=True)
    assert not _after_said(AFTER_A3[-1], AFTER_A1[-1], AFTER_TAIL[0], once)


def test_a_flow_is_cut_at_a_sentences_end_where_the_line_below_goes_on_after_a_comma():
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + AFTER_A1 + AFTER_TAIL, AFTER_B1, AFTER_A2, B2, AFTER_A3, B3,
                 [CREDIT])
    assert runs(flows_in_order(flows, 13)) == [
        [HEAD_A, BYLINE_A] + AFTER_A1 + AFTER_A2 + AFTER_A3 + AFTER_TAIL, [HEAD_B] + AFTER_B1 + B2 + B3, [CREDIT]]


# --- a line whose marks a justified line sets close: as wide as an indented one ---

def test_a_line_as_wide_as_an_indented_one_with_its_marks_set_close_may_open_the_paragraph_poppler_gives_next():
    # '近日，望江乡团委完善“充' is 12 characters: a full line a character short (a mark pulled one over)
    # or, its two marks set half-width, an indented first line of 11. After a paragraph's end, the
    # column poppler gives next may open a paragraph there; one it gives elsewhere does not
    from layout_app.intake.pdfchains import _JOIN

    said = _Said(["据了解，清水社区还将招募更多队员。", "队员们每晚都上街巡逻。"] * 40, 1.0)
    a = Piece(BODY, ["通讯员 宋卫东", "今年以来，望江乡调解纠", "纷同比增长 84%，一旁的村民", "小李忙着登记。"], 0, 0)
    b = Piece(BODY, ["近日，望江乡团委完善“充", "电桩”，吸引了 1212 余名", "村民参与。"], 1, 1)
    far = Piece(BODY, b.lines, 4, 4)
    measured(a, b, far)
    assert (a.start, a.end, b.start) == ("story", "closed", "cont")
    assert _fit(a, b, said) >= _JOIN
    assert _fit(a, far, said) < _JOIN
    # a full line whose marks cannot make it an indented one's (13 characters, one mark) does not
    full = Piece(BODY, ["近日，望江乡团委完善充电桩", "村民参与。"], 1, 1)
    _states(full, 13)
    assert _fit(a, full, said) < _JOIN


# --- a column joined where no word says so, its word across a line inside another flow ---

# A's last column runs off '…现在在村'; poppler gives past a caption a column of B's that opens
# mid-sentence ('表示，…'), nearer than the column of B's it goes on from, and put the line A's goes on in ('里就能借到，…') under A's first column, in its flow
GUESS_A1 = ["入夏以来，清水社区的居", "民每晚上街巡逻，成了小区里", "一道亮丽的风景。"]
GUESS_TAIL = ["里就能借到，晚上出门散步也", "放心。”"]
GUESS_A2 = ["夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二", "名，都是社区里的热心居民。"]
GUESS_A3 = ["清水社区王阿姨说：“以", "前想看本书要跑到县城，还得", "赶车，非常不方便。现在在村"]
GUESS_B2 = ["村民老张每周都来看书，", "他说：“书角里的书真多。”", "对此，梅岭村党支部书记张军"]
GUESS_CAPTION = "梅岭村村民在图书角里阅读。"
GUESS_B3 = ["表示，下一步将继续完善服务", "功能，让更多的村民在家门口", "读书。"]       # names nothing


def test_a_column_joined_where_no_word_says_so_goes_on_at_a_dictionary_word_inside_another_flow():
    # '…现在在村' / '表示，…' (poppler's next column): two characters the page never sets together. The
    # flow holding A's first column has a seam no column has ('…风景。' over a full line with no
    # sentence end) under which '里就能借到' makes 村里, a word the dictionary knows: it is cut there,
    # and A goes on in it; B's column '表示，…' goes on from '…书记张军' (which poppler gives further
    # away: the first join made was A's)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + GUESS_A1 + GUESS_TAIL, B1, GUESS_A2, GUESS_B2, GUESS_A3,
                 [GUESS_CAPTION], GUESS_B3, [CREDIT])
    assert runs(flows_in_order(flows, 13)) == [
        [HEAD_A, BYLINE_A] + GUESS_A1 + GUESS_A2 + GUESS_A3 + GUESS_TAIL,
        [HEAD_B] + B1 + GUESS_B2 + GUESS_B3, [GUESS_CAPTION], [CREDIT]]


def test_a_word_the_page_says_across_a_seam_goes_on_in_a_full_line_before_an_indented_one():
    # '…一旁的' runs off; '的居' is a word the page says ('一旁的居民…' twice). Two columns open on it:
    # one as wide as a paragraph's indented first line ('居民老黄说：“以前想', the page's '…一旁的' /
    # '居民' where a new paragraph opens), one a paragraph's last line ('居民老黄忙着登记。'): the sentence
    # goes on in the second
    said = _Said(["在清水社区团委，一旁的居民老黄忙着登记。", "在梅岭村团委，一旁的居民小张忙着登记。"] * 20, 1.0)
    assert said.word("的", "居")
    a = Piece(BODY, ["在清水社区团委，网格员正在", "观看文艺演出；一旁的"], 0, 0)
    indented = Piece(BODY, ["居民老黄说：“以前想", "看本书要跑到县城。”"], 2, 2)
    last = Piece(BODY, ["居民老黄忙着登记。"], 3, 3)
    measured(a, indented, last)
    assert (a.end, indented.start, last.start) == ("open", "para", "cont")
    assert _fit(a, last, said) > _fit(a, indented, said)
