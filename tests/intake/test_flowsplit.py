"""pdftotext's default-mode flows: a brief's heading, set larger than the body one gutter beside another
story's column on its baselines, takes that column and the brief's own column into one flow, their
lines joined row by row ('…的风 书香润乡村 文明入万家'). Raw text and expected structure written by hand
(the small page of test_pdfflows: two stories of 13-character columns)."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.flowsplit import (
    _Broken,
    _last_line_moved,
    _put_back,
    columns_untangled,
    heading_part,
    joined,
    line_parts,
)
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import flows_in_order
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, KICKER_A, PARAGRAPHS_A,
    PARAGRAPHS_B, _imported, page, text_lines,
)

KICKER_B = "书香润乡村 文明入万家"
HEAD_B = "图书角开进梅岭村"          # the brief's headline, 三号: a short line of its own
# B is a brief: its kicker and headline stand one gutter right of A's second column, B's first column
# under them. poppler joins a line that reaches A's column edge and B's line beside it; after A's
# paragraph's end ('景。'), beside B's indented first line (a gutter and an indent away), on the
# headline's own baseline and under A's column's foot, a line stands alone
TANGLED = ["巡队成了小区里一道亮丽的风 " + KICKER_B,
           "景。",
           HEAD_B,
           "夜巡队队长李军介绍，清",
           "梅岭村的图书角设在村委",
           "水社区夜巡队现有队员四十二 会一楼，书架上摆满了农业技",
           "名，都是社区里的热心居民。 术和儿童读物，村民随时可以",
           "借阅。"]


# a third story (its headline over its one column in its flow), so that the page has the column flows
# of a page of flows with A's second column and B's first in one flow
HEAD_C = "银杏镇：老年食堂开张了"
C1 = ["银杏镇的老年食堂本月开",
      "张了，每天为全镇七十岁以上",
      "的老人提供午餐，一荤两素一",
      "汤，每份只收五元钱，老人们",
      "吃得放心。",
      "镇里的李大爷说：“饭菜",
      "合口，价钱实惠，我们老两口",
      "天天都来，比自己在家做饭还",
      "省心。”"]
PARAGRAPHS_C = ["银杏镇的老年食堂本月开张了，每天为全镇七十岁以上的老人提供午餐，一荤两素一汤，每份只收五元钱，老人们吃得放心。",
                "镇里的李大爷说：“饭菜合口，价钱实惠，我们老两口天天都来，比自己在家做饭还省心。”"]


def test_a_line_of_two_columns_joined_is_told_from_a_heading():
    assert joined(TANGLED[5], 13) and joined(TANGLED[6], 13)
    assert line_parts(TANGLED[5], 13) == ["水社区夜巡队现有队员四十二", "会一楼，书架上摆满了农业技"]
    # a column's full line with no mark and a heading's: no sure sign of two columns (a headline's two
    # phrases may be so: '东湖村四点半课堂开放 19 天' / '居民点赞')
    assert not joined(TANGLED[0], 13)
    # a column line: as wide as a column, no wider
    assert not joined(A2[0], 13) and not joined(TANGLED[3], 13)
    # a headline across two columns, spaced at its phrases (no mark of running text), and a caption
    assert not joined("东湖村四点半课堂开放 19 天 居民点赞“有温度”", 13)
    assert not joined("清水社区夜巡队队员在小区巷道 巡逻时为居民讲解防骗知识。", 13)


def test_a_heading_line_by_its_shape():
    assert heading_part(KICKER_B, 13) and heading_part(HEAD_B, 13) and heading_part("——记志愿者朱静", 13)
    assert heading_part("记者蹲点：", 13)         # a kicker's label, though it opens on 记者
    assert not heading_part(BYLINE_A, 13)         # a byline opens its column: the column's
    assert not heading_part("景。", 13) and not heading_part(A2[0], 13)
    # as wide as an indented first line, which may open on a clause with no mark: not told by its shape
    assert not heading_part(B1[0], 13) and not heading_part("“图书角”开到家门口", 13)


def test_a_heading_wider_than_a_column_beside_a_column_line_is_cut_off_after_running_text():
    line = "余名商户参与。商户们纷纷点 “儿童之家” 来了 共建共享新家园"
    assert line_parts(line, 13) == ["余名商户参与。商户们纷纷点", "“儿童之家” 来了 共建共享新家园"]
    # no running text before the space: a heading's own line (its phrases a space apart)
    line = "3 个村社区推广便民服务站点 “积分超市” 来了 乡村振兴谱新篇"
    assert line_parts(line, 13) == [line]


def test_a_tangled_flow_is_read_column_by_column_the_heading_where_it_stood():
    out = columns_untangled(page(A1, TANGLED, B2), 13)
    assert out == page(A1, A2, [KICKER_B, HEAD_B], B1, B2)


def test_one_joined_line_is_no_tangle():
    # (one line of two columns, last in its flow: flowlines' rule)
    flow = TANGLED[3:6]
    assert columns_untangled(page(A1, flow), 13) == page(A1, flow)


def test_a_flows_own_heading_stays_on_top_of_its_column():
    out = columns_untangled(page(A1, [KICKER_A, HEAD_A] + TANGLED), 13)
    assert text_lines(out)[len(A1):len(A1) + 2 + len(A2)] == [KICKER_A, HEAD_A] + A2
    assert out[out.index(KICKER_A) - 1] == "" and out[out.index(HEAD_A) + 1] == A2[0]


def test_a_word_the_dictionary_knows_across_a_line_end_holds_a_column_together():
    # '座无' / '虚席。': an idiom the page says once; its two characters never stand together elsewhere
    flow = ["翠屏村，只见活动室里座无", "虚席。", "近日，翠屏村妇联升级“家"]
    page_seams = _Seams(flow)
    assert page_seams.cost("无", "虚") > 0
    assert _Broken(page_seams, [line_parts(l, 13) for l in flow]).cost("无", "虚") == 0
    assert _Broken(page_seams, [line_parts(l, 13) for l in flow]).cost("无", "近") == page_seams.cost("无", "近")


def test_a_column_that_runs_off_at_the_flows_foot_takes_its_paragraphs_last_line():
    a = ["水社区夜巡队现有队员四十二", "名，都是社区里的热心居民。", "借阅。"]
    b = ["会一楼，书架上摆满了农业技", "术和儿童读物，村民随时可以"]
    at = {a[0]: (5, 0), a[1]: (6, 0), b[0]: (5, 1), b[1]: (6, 1), "借阅。": (7, 0)}
    streams = [list(a), list(b)]
    _last_line_moved(streams, at, 13)
    assert streams == [a[:2], b + ["借阅。"]]
    # not a line given above the column's foot, nor one after a line that runs on in its own column
    streams = [list(a), list(b)]
    _last_line_moved(streams, dict(at, **{"借阅。": (4, 0)}), 13)
    assert streams == [a, b]
    streams = [["水社区夜巡队现有队员四十二", "借阅。"], list(b)]
    _last_line_moved(streams, at, 13)
    assert streams == [["水社区夜巡队现有队员四十二", "借阅。"], b]


def test_a_line_set_apart_that_a_column_reads_through_is_put_back():
    x = ["驿站暖民心！”今年以来，杏", "89.5%，让群众的获得感成色"]
    line = "花街道巡查街巷同比增长"
    at = {x[0]: (3, 0), line: (4, 0), x[1]: (5, 0)}
    seams = _Broken(_Seams(["杏花街道", "杏花街道"]), [])
    streams = [list(x), [line]]
    _put_back(streams, at, seams)
    assert streams == [[x[0], line, x[1]]]
    # not where the line above ends its sentence, nor where the page never says the word across
    streams = [["驿站暖民心！”今年以来。", x[1]], [line]]
    _put_back(streams, {**at, "驿站暖民心！”今年以来。": (3, 0)}, seams)
    assert len(streams) == 2
    streams = [list(x), [line]]
    _put_back(streams, at, _Broken(_Seams([]), []))
    assert len(streams) == 2


def test_a_line_cut_short_by_a_figure_stays_in_its_column():
    # (page 101136: a brief's kicker, headline and deck beside a column that runs on in '杏' / '花街道…',
    # a line as wide as an indented one: the figure after it did not fit)
    flow = ["居民们纷纷点赞：“爱心",
            "驿站暖民心！”今年以来，杏 记者蹲点：",
            "白沙街道的 “口袋公园” 一天",
            "花街道巡查街巷同比增长",
            "89.5%，让群众的获得感成色",
            "更足。村民小潘说：“能为乡 ——白沙街道",
            "“口袋公园”进一步提升了基层治理水平",
            "亲们做点事，心里踏实。”医"]
    elsewhere = ["近日，杏花街道卫生院升级", "“爱心驿站”，杏花街道还将", "让群众的获得感成色更足。", "让群众的获得感成色更足。"]
    out = columns_untangled(page(elsewhere, flow), 13)
    assert out == page(elsewhere, ["居民们纷纷点赞：“爱心", "驿站暖民心！”今年以来，杏", "花街道巡查街巷同比增长",
                                   "89.5%，让群众的获得感成色", "更足。村民小潘说：“能为乡", "亲们做点事，心里踏实。”医"],
                       ["记者蹲点：", "白沙街道的 “口袋公园” 一天", "——白沙街道", "“口袋公园”进一步提升了基层治理水平"])


def test_no_column_opens_left_of_the_flows_first():
    # (page 101073: three columns in one flow, the second and third starting lower than the first, a
    # line of the second beside one of the third) the column a tangled flow opens with is its leftmost:
    # '摊主小刘说…' opens a column right of it, not one left of it that '巡查；…' would go on in
    flow = ["服务功能，有效解决了群众的",
            "急难愁盼问题。在望江社区市",
            "场监管所，老人正在开展安全",
            "摊主小刘说：“以前办事 基站自 5 月 14 日启用以来，",
            "巡查；一旁的居民小徐忙着 要跑好几趟，现在在家门口就 已累计开展活动 419 场。",
            "登记。",
            "能 办 好 。” 通 过 ETC 平 台 ，"]
    said = ["在望江社区开展安全巡查", "开展安全巡查。", "开展安全巡查的"]
    assert columns_untangled(page(said, flow), 13) == page(
        said, ["服务功能，有效解决了群众的", "急难愁盼问题。在望江社区市", "场监管所，老人正在开展安全", "巡查；一旁的居民小徐忙着", "登记。"],
        ["摊主小刘说：“以前办事", "要跑好几趟，现在在家门口就", "能 办 好 。” 通 过 ETC 平 台 ，"],
        ["基站自 5 月 14 日启用以来，", "已累计开展活动 419 场。"])


def test_import_reads_the_brief_and_the_column_beside_it(tmp_path):
    # (the kicker on a baseline of its own: three lines of two columns on a page this small would be
    # a page of columns side by side, for pdfcolumns)
    tangled = ["巡队成了小区里一道亮丽的风", KICKER_B] + TANGLED[1:]
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, tangled, B2, B3, [CAPTION_A], A3, [HEAD_C] + C1, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # nothing lost: the lines joined come out as their column lines
    assert Counter("".join(out).replace(" ", "")) == Counter("".join(text_lines(flows)).replace(" ", ""))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B, HEAD_C}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B]["kicker"]) == (KICKER_A, KICKER_B)
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B
    assert stories[HEAD_C]["paragraphs"] == PARAGRAPHS_C


# the page lead, set across a measure of its own wider than a column (here 22 characters): pdftotext
# gives a space round a quote and round a figure, where the line may be cut as if a column's full
# line and another column's line stood side by side
LEAD = ["今年以来，我区围绕群众 “急难愁盼” ，把民",
        "生实事办到百姓心坎上。一年来，我区共投入资金",
        "12 亿元，实施民生项目 16 个，完成率 82%。本版",
        "今起推出“身边的变化”专栏。"]


def test_the_lead_across_its_own_measure_is_no_two_columns_side_by_side():
    # the rest after the cut is shorter than a column yet runs on: a column's line stops short only at
    # its paragraph's end
    assert not joined(LEAD[0], 13)
    # the third line's rest is as wide as an indented first line: it may be a column's (one such line
    # alone does not make a flow of columns side by side)
    assert joined(LEAD[2], 13)
    assert columns_untangled(LEAD, 13) == LEAD
    # a column's full line beside a paragraph's short last line, its sentence ended: two columns still
    assert joined("名，都是社区里的热心居民。 借阅。", 13)
