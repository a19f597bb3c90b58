"""pdftotext's default flows of pages set as the varied corpus sets them (tests.corpus.varied): a
story opening on its dateline (本报讯（记者 …）), the page lead in a box of two columns, … — each
rule's text written here by hand, in poppler's order."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.pdfflows import flows_in_order
from tests.intake.test_pdfflows import (
    A1,
    A2,
    A3,
    B2,
    B1,
    B3,
    BYLINE_A,
    CAPTION_A,
    CREDIT,
    HEAD_A,
    HEAD_B,
    KICKER_A,
    PARAGRAPHS_A,
    _imported,
    page,
    text_lines,
)

# story B's first column opening on its dateline: no byline over it, its reporters in brackets
DATED_B1 = ["本报讯（记者 李华）梅岭",
            "村的图书角设在村委会一楼，",
            "书架上摆满了农业技术和儿童",
            "读物，村民随时可以借阅。"]
DATED_B = ["本报讯（记者 李华）梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物，村民随时可以借阅。",
           "村民老张每周都来看书，他说：“以前想看本书要跑到县城，现在村里有了图书角，在家门口就能借到。”",
           "据了解，梅岭村还将在三个自然村推广图书角的做法，让更多村民在家门口读书。"]


def test_a_column_opening_on_its_dateline_opens_its_story(tmp_path):
    # '本报讯（记者 李华）梅岭' has no mark of running text and no sentence end, as a heading's line; but a
    # dateline opens a story's first paragraph: it stays on its column, the story's first
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [HEAD_B], DATED_B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert Counter(out) == Counter(text_lines(flows))
    at = out.index(HEAD_B)
    assert out[at:at + len(DATED_B1) + len(B2) + len(B3) + 1] == [HEAD_B] + DATED_B1 + B2 + B3
    got = _imported(tmp_path, flows)[0].to_json()
    b = next(s for s in got["stories"] if s["headline"] == HEAD_B)
    assert (b["kicker"], b["byline"], b["paragraphs"]) == (None, None, DATED_B)



def test_a_column_after_its_headline_does_not_open_a_story_that_opens_on_its_dateline(tmp_path):
    # poppler gives B's headline, then B's last column ('据了解，梅岭村…', a paragraph's first line naming
    # the headline's place); B's first column, opening on its dateline, comes later: that one opens B
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [HEAD_B], B3, A2, DATED_B1, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    at = out.index(HEAD_B)
    assert out[at:at + len(DATED_B1) + len(B2) + len(B3) + 1] == [HEAD_B] + DATED_B1 + B2 + B3
    got = _imported(tmp_path, flows)[0].to_json()
    b = next(s for s in got["stories"] if s["headline"] == HEAD_B)
    assert (b["kicker"], b["byline"], b["paragraphs"]) == (None, None, DATED_B)


BANNER = "清水县：城乡面貌焕然一新"
# the page lead in a box of two columns under the banner, each a flow; pdftotext sets blanks around
# the quote marks of its body type
LEAD_1 = ["本版今起推出 “身边的变化” 专栏，带您走进基",
          "层一线，看看老百姓家门口的新变化。今年以来，清"]
LEAD_2 = ["水县围绕群众 “急难愁盼” ，把民生实事办到百姓心",
          "坎上。"]
LEAD = "本版今起推出“身边的变化”专栏，带您走进基层一线，看看老百姓家门口的新变化。今年以来，清水县围绕群众“急难愁盼”，把民生实事办到百姓心坎上。"


def test_a_lead_opening_on_the_page_and_quoting_is_the_lead(tmp_path):
    # '本版今起推出…' opens as a credit does ('本版图片由…'), but runs on past a comma; '…群众 “急难愁盼” ，'
    # has a blank between two characters as a heading's phrase pause has, but around a quote mark
    flows = page([BANNER] + LEAD_1, LEAD_2, [KICKER_A], [HEAD_A], [BYLINE_A] + A1, [HEAD_B], DATED_B1, A2,
                 [CAPTION_A], B2, A3, B3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:5] == [BANNER] + LEAD_1 + LEAD_2
    got = _imported(tmp_path, flows)[0].to_json()
    assert got["lead"] == [LEAD]
    assert got["credits"] == [CREDIT]
    b = next(s for s in got["stories"] if s["headline"] == HEAD_B)
    assert b["paragraphs"] == DATED_B


def test_a_seam_inside_a_bracket_or_a_doubled_word_is_a_columns_own():
    # a flow is cut only at a seam no column has: two characters the page never sets together — but
    # a dateline's names run on inside their bracket ('…邓' / '秀兰）…'), and a word doubled at the line's
    # end is one word ('…一台' / '台收割机…', 一台台), though the page says neither pair elsewhere
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.flowcuts import _weak
    lines = ["本报讯（记者 汪立新 邓", "秀兰）入冬以来，牛角镇大棚", "蔬菜的工作一刻没有停。一台",
             "台收割机在田间来回穿梭，收", "割、脱粒、装袋一气呵成。", "据介绍，今年钟建军种了"]
    seams = _Seams(lines)
    assert not _weak(lines[0], lines[1], 13, seams)
    assert not _weak(lines[2], lines[3], 13, seams)
    # (two characters never set together elsewhere, no bracket open, not doubled: weak)
    assert _weak(lines[4][:-1] + "的", "秀兰说，牛角镇", 13, seams)
    # (a bracket opened and closed in the line above: the seam is weak as any)
    assert _weak("本报讯（记者 汪立新）邓", "秀兰说，牛角镇", 13, seams)


def test_a_short_caption_alone_in_its_flow_is_a_caption(tmp_path):
    # a caption under a photo narrower than a column: one sentence, shorter than a column's line, alone
    # in its flow — no column runs off into its first character (no flow ends mid-sentence on a
    # character the page sets before 夜), so no column's last line: a caption
    for caption in ("夜巡队员走街串巷。", "图为夜巡队员在巷道巡逻。"):
        flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [caption], B2, A3, [CREDIT])
        got = _imported(tmp_path, flows)[0].to_json()
        assert [(c["text"], got["stories"][c["story"]]["headline"]) for c in got["captions"]] == [(caption, HEAD_A)]
        a = next(s for s in got["stories"] if s["headline"] == HEAD_A)
        assert a["paragraphs"] == PARAGRAPHS_A


def test_a_columns_last_line_alone_in_its_flow_is_no_caption():
    # '民每周都来借书看报。' has a caption's shape, but a flow over it runs off on 村, and the page says 村民
    # elsewhere (村民老张, 让更多村民): a column's foot waits for it, and it goes in a chain
    b1 = ["梅岭村的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物，附近不少村"]
    rest = ["民每周都来借书看报。"]
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, b1, B3, A2, [CAPTION_A], rest, B2, A3, [CREDIT])
    out = flows_in_order(flows, 13)
    # (in a story's chain: a column's line over it, where a caption stands after a blank line)
    assert out[out.index(rest[0]) - 1] != ""


def test_a_kicker_running_past_a_comma_alone_in_its_flow_is_no_lead(tmp_path):
    # '梅岭村：书香满屋，村民们都乐在其中' is running text (a comma) wider than a column, as the lead's lines are;
    # but alone in its flow: the lead runs over several lines of its own measure — a kicker
    kicker = "梅岭村：书香满屋，村民们都乐在其中"
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [kicker], [HEAD_B], DATED_B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    at = out.index(kicker)
    assert out[at:at + 3] == [kicker, HEAD_B, DATED_B1[0]]
    got = _imported(tmp_path, flows)[0].to_json()
    assert got["lead"] == []


def test_a_headline_over_a_dateline_in_its_flow_is_a_heading(tmp_path):
    # '梅岭村图书角开到家门口' is as wide as an indented line, over a column's line in its flow: it could be
    # the column's first line — but the line under it opens on its dateline, a story's first line
    headline = "梅岭村图书角开到家门口"
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [headline] + DATED_B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    got = _imported(tmp_path, flows)[0].to_json()
    b = next(s for s in got["stories"] if s["headline"] == headline)
    assert (b["kicker"], b["byline"], b["paragraphs"]) == (None, None, DATED_B)
