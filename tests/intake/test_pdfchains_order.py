"""pdftotext's default text of our PDFs, where a story's columns are chained in an order the seams
alone got wrong (intake/pdfchains): a chain that opens mid-paragraph, and two neighbouring columns whose
seams hold better turned round. Columns written out by hand, 13 characters a line (a paragraph's first
line indented two: 11); the order a newspaper reader sees."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfchains import _chains, _ended_mid_sentence, _fit, _neighbours_turned, _opened_mid_sentence
from layout_app.intake.pdfpieces import Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows_seams import measured


def said(page: list[str], *pieces: Piece) -> _Said:
    return _Said(page + [line for p in pieces for line in p.lines], 1.0)


def test_a_story_does_not_open_mid_paragraph_where_its_columns_meet_at_paragraphs_ends():
    # two columns of one story side by side, the right one given first by poppler. The right one opens
    # unindented, going on from a paragraph ('八月八日，…'), and ends one short ('…一派忙碌。'); the left
    # one opens a paragraph, indented ('截至目前，…'), and ends a sentence at a full line. Right then
    # left joins a paragraph's end to a paragraph's first line, poppler's order (the better seam alone);
    # but a story's first column never opens mid-paragraph: left then right, the sentence at a full
    # line going on in the paragraph the right column goes on with
    page = ["据了解，双河镇还将在三个村推广儿童之家的做法。", "这样的儿童之家，谁不喜欢？"] * 3
    right = Piece(BODY, ["八月八日，记者走进双河镇，", "只见田间地头一派忙碌。"], 0, 0)
    left = Piece(BODY, ["截至目前，双河镇已排查", "整改隐患四十处，群众满意度", "明显提升了。今年以来，双河",
                        "镇调解纠纷同比增长了三成。"], 1, 1)
    measured(right, left)
    _name_pieces([right, left])
    seams = said(page, right, left)
    assert (right.start, right.end, left.start, left.end) == ("cont", "closed", "para", "either")
    assert _fit(right, left, seams, 13) > _fit(left, right, seams, 13)
    chains, _ = _chains([right, left], 13, seams)
    assert [[p.lines[0] for p in c] for c in chains] == [[left.lines[0], right.lines[0]]]


def test_a_chain_that_opens_mid_paragraph_where_no_column_may_go_on_in_it_is_kept():
    # … but a column going on from a paragraph that no column's end may go on in (every other ends a
    # paragraph: '…一派忙碌。' / '八月…' is no join) keeps what the joins gave
    page = ["据了解，双河镇还将在三个村推广儿童之家的做法。", "这样的儿童之家，谁不喜欢？"] * 3
    right = Piece(BODY, ["八月八日，记者走进双河镇，", "只见田间地头一派忙碌。"], 0, 0)
    left = Piece(BODY, ["截至目前，双河镇已排查", "整改隐患四十处，群众满意度", "明显提升了。"], 1, 1)
    measured(right, left)
    _name_pieces([right, left])
    seams = said(page, right, left)
    assert left.end == "closed"
    chains, _ = _chains([right, left], 13, seams)
    assert [[p.lines[0] for p in c] for c in chains] == [[right.lines[0], left.lines[0]]]


# the page says '老人正在', '居民正在', '东湖街道' and '农民 1673 件'
PAGE = ["在东湖街道卫生院，老人正在观看文艺演出；一旁的居民正在登记。", "儿童之家自启用以来，已累计培训农民 1673 件。"] * 3
BYLINE = ["本报记者 孙雪", "在东湖街道派出所，老人"]
STATION = ["街道派出所，志愿者正在认真", "阅读。网格员介绍，儿童之家", "自启用以来，已累计培训农民"]
QUEUE = ["正在排队办理业务；一旁的居", "民小朱忙着登记。记者走进东", "湖街道，只见街巷干净整洁。", "居民们纷纷点赞。今天在东湖"]


def test_two_neighbouring_columns_are_turned_where_all_three_seams_hold_better():
    # the joins gave '…老人' / '街道派出所…' / '正在排队…' / '2585 件。' ('…农民' / '正在', '民正' said,
    # its best seam); turned, all three seams are the page's words: '老人正在', '东湖街道', '农民 2585 件'
    a, x, y, b = (Piece(BODY, list(lines), i, i) for i, lines in enumerate([BYLINE, STATION, QUEUE, ["2585 件。"]]))
    measured(a, x, y, b)
    _name_pieces([a, x, y, b])
    seams = said(PAGE, a, x, y, b)
    assert _fit(x, y, seams, 13) > _fit(y, x, seams, 13)      # the one seam the joins went by
    assert [p.lines[0] for p in _neighbours_turned([a, x, y, b], 13, seams)] \
        == [BYLINE[0], QUEUE[0], STATION[0], "2585 件。"]
    # the order that holds is kept
    assert [p.lines[0] for p in _neighbours_turned([a, y, x, b], 13, seams)] \
        == [BYLINE[0], QUEUE[0], STATION[0], "2585 件。"]



def test_a_join_is_banned_that_takes_the_rest_of_a_sentence_a_story_ends_on_by_a_poorer_seam():
    # '…治理的水平。通过' runs off: a story never ends mid-sentence. Its rest, '网上平台，…', was taken by
    # '…今年以来，' at a seam the page never says ('，网'), where '通过网上平台' is said: that join is
    # banned (the chains are made again without it); the other way round nothing is banned
    page = ["通过网上平台，居民可以在线预约服务。"] * 3
    x = Piece(BODY, ["本报记者 孙雪", "今年以来，梅岭街道调解", "纠纷同比增长了许多，进一步", "提升了基层治理的水平。通过"], 0, 0)
    z = Piece(BODY, ["本报记者 李娜", "店主许秀英介绍，家庭医生工", "作室的做法很好。今年以来，"], 1, 1)
    y = Piece(BODY, ["网上平台，游客可以在线预约", "调解室的服务，办理时间缩", "短了七成。"], 2, 2)
    measured(x, z, y)
    _name_pieces([x, z, y])
    seams = said(page, x, z, y)
    assert (x.end, z.end, y.start, y.end) == ("open", "open", "cont", "closed")
    assert _ended_mid_sentence([[x], [z, y]], 13, seams) == {(id(z), id(y))}
    assert _ended_mid_sentence([[x, y], [z]], 13, seams) == set()


def test_a_join_is_banned_that_leaves_a_story_opening_mid_sentence_where_a_story_runs_off():
    # '…“垃圾少了，' runs off (梅岭村's story); '我们扫起来也轻松了，…' opens mid-sentence and ends its
    # paragraph, and poppler gives next, as deep, another story's first column ('“明年我打算…', 杏花村's,
    # its headline in a flow apart). Joined so, the place 杏花村 keeps '…垃圾少了，' from its rest and a
    # story would open mid-sentence: the join at the paragraphs is banned — the chain that runs off
    # takes its rest, and 杏花村's story opens on its own column
    page = ["今年以来，梅岭村清捡河道垃圾。"] * 3
    x = Piece(BODY, ["本报记者 孙雪", "今年以来，梅岭村投入资金", "整治河道，梅岭村的环境好了。", "“垃圾少了，"], 0, 0)
    y = Piece(BODY, ["我们扫起来也轻松了，”保洁", "员说。志愿者们每周末都来", "这里散步，还顺手清捡河道", "垃圾。"], 3, 3)
    z = Piece(BODY, ["“明年我打算再多种", "三十亩地。”杏花村的种粮", "大户说。杏花村今年的晚稻", "喜获丰收。"], 4, 4)
    measured(x, y, z)
    _name_pieces([x, y, z])
    seams = said(page, x, y, z)
    # (the join at the paragraphs fits better than the sentence's seam: poppler's next, as deep)
    assert _fit(y, z, seams, 13) > _fit(x, y, seams, 13) >= 2
    assert (x.end, y.start, y.end, z.start) == ("open", "cont", "closed", "para")
    assert _opened_mid_sentence([[x], [y, z]], 13, seams) == {(id(y), id(z))}
    # the chain that ends on the sentence's rest leaves nothing to ban
    assert _opened_mid_sentence([[x, y], [z]], 13, seams) == set()
    chains, _ = _chains([x, y, z], 13, seams)
    assert [[p.lines[0] for p in c] for c in chains] == [[x.lines[0], y.lines[0]], [z.lines[0]]]


def test_a_storys_short_column_is_its_last_where_the_seams_alone_hardly_tell():
    from layout_app.intake.pdfchains import _row_next

    # three columns meeting at paragraphs' ends, the byline's and the second five lines deep, one four:
    # the seams read the short one second a little worse than last (poppler gives it last); a
    # story's text ends in its one short column — turned
    a = Piece(BODY, ["本报记者 孙雪", "村民们纷纷点赞：“便民服务", "站节节高！”截至目前，杏花", "村已排查整改隐患七十处，群",
                     "众满意度明显提升。"], 0, 0)
    deep = Piece(BODY, ["通过 AI 平台，村民可以在线预约", "便民服务站的服务，办理时间", "缩短了八成。这样的服务站，",
                        "谁不喜欢？社区主任表示，下", "一步将继续完善这里的功能。"], 2, 2)
    short = Piece(BODY, ["这样的便民服务站，谁不", "喜欢？记者走进杏花村，只见", "新建的步道绿树成荫，服务窗",
                         "口前秩序井然。"], 3, 3)
    measured(a, deep, short)
    _name_pieces([a, deep, short])
    seams = said(["据了解，杏花村还将推广。"] * 3, a, deep, short)
    assert (a.end, short.start, short.end, deep.start, deep.end) == ("closed", "para", "closed", "para or cont", "either")
    now = _fit(a, short, seams, 13) + _fit(short, deep, seams, 13)
    # (the seams' gain, past the weight of a row's next column as deep: poppler gives the short one next)
    assert 0 < _fit(a, deep, seams, 13) + _fit(deep, short, seams, 13) - _row_next(deep, short) - now < 1
    assert [p.lines[0] for p in _neighbours_turned([a, short, deep], 13, seams)] == [a.lines[0], deep.lines[0], short.lines[0]]
    assert [p.lines[0] for p in _neighbours_turned([a, deep, short], 13, seams)] == [a.lines[0], deep.lines[0], short.lines[0]]
    # … and as deep as the others, nothing but the seams' little gain: the joins' order kept
    level = Piece(BODY, short.lines[:3] + ["口前秩序井然，群众纷纷点", "赞。"], 3, 3)
    measured(level)
    _name_pieces([a, deep, level])
    assert (level.start, level.end, len(level.lines)) == ("para", "closed", 5)
    now = _fit(a, level, seams, 13) + _fit(level, deep, seams, 13)
    assert 0 < _fit(a, deep, seams, 13) + _fit(deep, level, seams, 13) - _row_next(deep, level) - now < 1
    # (poppler gives the two of one depth in turn, deep then level: a row's columns read left to right —
    # its order, with the seams' little gain, turns them)
    assert [p.lines[0] for p in _neighbours_turned([a, level, deep], 13, seams)] == [a.lines[0], deep.lines[0], level.lines[0]]
