"""Two heading lines alone over a story, the upper two phrases a space apart (headpairs.couplet_halves):
one headline compose broke at the writer's space, in text a tool took out of a printed page's PDF line by
line (pypdfium2, pdftotext -raw). Texts written by hand as pypdfium2 gives a page, one column line a line;
the expected parts written by hand."""
from __future__ import annotations

from pathlib import Path

from layout_app.intake.headpairs import couplet_halves
from layout_app.intake.importer import import_copy

# a story's text in column lines of 13 characters (paragraphs' first lines two shorter)
BODY = [
    "本报讯 入冬以来，北塘镇",
    "笼式球场的工作一刻没有停。",
    "本次比赛共有 39 支队伍参加，",
    "比赛持续到 7 月 25 日。",
    "“输赢不重要，大家一起乐",
    "呵乐呵。”队长许振华笑着说。",
    "傍晚时分，球场上你争我抢，",
    "场边不时传来阵阵喝彩声。",
    "据了解，北塘镇还将在更",
    "多小区推广笼式球场的做法，",
    "让更多群众在家门口运动。",
]
# the story over it on the page (the page's first heading lines may stand under its banner)
ABOVE = [
    "红旗乡老年助餐点开张",
    "本报讯 近日，红旗乡的老",
    "年助餐点正式开张，每天中午",
    "为辖区老人提供热乎饭菜，价",
    "格实惠，口味清淡，深受老人",
    "欢迎。",
    "“在这儿吃饭比自己做强",
    "多了。”72 岁的李大爷说。",
]


def _stories(tmp_path: Path, lines: list[str]) -> list[tuple]:
    f = tmp_path / "page.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page, _ = import_copy(f)
    return [(s.kicker or None, s.headline, s.deck or None) for s in page.stories]


def test_a_couplet_over_one_phrase_is_a_headline_compose_broke_at_its_space(tmp_path):
    lines = ABOVE + ["让群众少跑腿 看病更省心", "巡回医疗车开到家门口"] + BODY
    assert _stories(tmp_path, lines)[1] == (None, "让群众少跑腿 看病更省心 巡回医疗车开到家门口", None)
    # two short phrases of one length are a kicker's couplet, the theme it sets over its headline
    lines = ABOVE + ["守护平安 温暖同行", "笼式球场开到家门口"] + BODY
    assert _stories(tmp_path, lines)[1] == ("守护平安 温暖同行", "笼式球场开到家门口", None)
    assert couplet_halves(ABOVE + ["新业态 新活力", "返乡创业正当时"] + BODY)[8:10] == ["新业态 新活力", "返乡创业正当时"]


def test_a_line_opening_on_who_took_part_counted_once_is_the_headlines_second_phrase(tmp_path):
    # '2210名选手同场竞技' tells who took part: no deck summing the story up in figures
    lines = ABOVE + ["跑出精气神 赛出好风采", "2210 名选手同场竞技"] + BODY
    assert _stories(tmp_path, lines)[1] == (None, "跑出精气神 赛出好风采 2210名选手同场竞技", None)


def test_what_is_no_headlines_second_line():
    assert couplet_halves(ABOVE + ["机器换人 柑橘收割提速", "田野里的好“丰”景"] + BODY)[8] == "机器换人 柑橘收割提速 田野里的好“丰”景"
    # a count in the middle of the line sums the story up: a deck ('全年计划演出2999场'), or the headline
    # counts under a kicker — as likely; a line counting twice sums up ('55支队伍参赛 785名观众…')
    assert couplet_halves(ABOVE + ["好戏连台 市民过足戏瘾", "全年计划演出2999场"] + BODY)[8:] == \
        ["好戏连台 市民过足戏瘾", "全年计划演出2999场"] + BODY
    assert couplet_halves(ABOVE + ["跑出精气神 赛出好风采", "7个科室18:00至21:00开放"] + BODY)[8:][:2] == \
        ["跑出精气神 赛出好风采", "7个科室18:00至21:00开放"]
    # the space is a quote's blank in a kicker's face, no phrase's pause ('打通城乡 “微循环”'); a kicker
    # taking the reader to its place; a third heading line (three_line_headings reads those)
    assert couplet_halves(ABOVE + ["打通城乡 “微循环”", "出行更方便了"] + BODY)[8:][:2] == ["打通城乡 “微循环”", "出行更方便了"]
    assert couplet_halves(ABOVE + ["交通惠民 走进永安镇", "通村公路正式通车"] + BODY)[8:][:2] == ["交通惠民 走进永安镇", "通村公路正式通车"]
    assert couplet_halves(ABOVE + ["人居环境整治", "昔日臭水沟 今朝景观带", "河道治理见成效"] + BODY)[8:][:3] == \
        ["人居环境整治", "昔日臭水沟 今朝景观带", "河道治理见成效"]


def test_no_couplet_join_in_pdftotexts_column_flows_nor_a_pdf_read_with_its_sizes():
    # poppler gives a headline's lines of one size in one block, pdfcopy reads them as one line: two
    # heading lines there are of two sizes, a kicker over its headline (unpdf applies the rule to neither)
    from layout_app.intake.unpdf import unpdf

    got = unpdf(ABOVE + ["让群众少跑腿 看病更省心", "巡回医疗车开到家门口"] + BODY, 13, flows=False)
    assert "让群众少跑腿 看病更省心" in got and "巡回医疗车开到家门口" in got
