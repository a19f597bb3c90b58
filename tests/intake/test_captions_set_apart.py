"""Captions and running text told apart in a PDF's text (unpdf, partsapart): the shapes pypdfium2 and
pdftotext -raw give of a varied page's 13-character columns, written by hand with what they must
become (not taken from the program's output)."""
from __future__ import annotations

from layout_app.intake.partsapart import _caption_like, captions_apart, credits_to_captions, parts_apart
from layout_app.intake.unpdf import join_column_lines, unpdf


def test_two_captions_one_over_the_other_over_the_byline_are_no_paragraph():
    # the second caption fills the column under a first as wide as an indented first line: the
    # byline under them says no text went before
    lines = ["健康服务零距离", "巡回医疗车守护“一老一小”", "西关乡的老人排队体检。", "西关乡医生为居民测量血压。",
             "本报记者 曹振华 蔡亮", "“医生上门量血压、送药，", "我们老两口心里踏实多了。”"]
    out = join_column_lines(lines, 13)
    assert "西关乡的老人排队体检。" in out and "西关乡医生为居民测量血压。" in out
    # the same two lines over the next paragraph, no byline: a paragraph's first lines
    lines = ["健康服务零距离", "巡回医疗车守护“一老一小”", "西关乡的老人排队体检。", "西关乡医生为居民测量血压。",
             "据介绍，镇里还将在五个村", "推广这一做法。"]
    assert join_column_lines(lines, 13)[2] == "西关乡的老人排队体检。西关乡医生为居民测量血压。"


def test_a_captions_line_of_photos_side_by_side_keeps_their_credit_on_the_last():
    assert captions_apart(["太平乡，村民植树。 太平乡的旱厕改造。 本报记者 傅丽娟 摄"]) == [
        "太平乡，村民植树。", "太平乡的旱厕改造。 本报记者 傅丽娟 摄"]
    # a credit alone after one caption is that caption's: nothing to cut
    assert captions_apart(["太平乡的旱厕改造。 本报记者 傅丽娟 摄"]) == ["太平乡的旱厕改造。 本报记者 傅丽娟 摄"]


def test_captions_side_by_side_the_first_with_its_credit_in_brackets_go_apart():
    # pypdfium2 gives the two captions on their baseline, the first photo's credit closing the first
    assert captions_apart(["胜利街道站长田秀兰为老人理发。（徐丽娟 摄） 独居老人在老年活动中心吃午饭。"]) == [
        "胜利街道站长田秀兰为老人理发。（徐丽娟 摄）", "独居老人在老年活动中心吃午饭。"]
    assert captions_apart(["图为太平社区乘客乘坐新开通的公交车。（邓浩 摄) 图为太平社区交警在路口疏导交通。"]) == [
        "图为太平社区乘客乘坐新开通的公交车。（邓浩 摄)", "图为太平社区交警在路口疏导交通。"]
    # -raw: the first photo's credit, unbracketed, between the two captions; the second photo's credit
    # in brackets on the line under them goes onto its own caption, not onto the kicker under it
    lines = credits_to_captions(captions_apart(["沙坪乡城南村的城乡客运。 本报记者 杜亮 摄 新修的城乡客运。",
                                                "（曾建军 摄）", "打通城乡“微循环”"]))
    assert lines == ["沙坪乡城南村的城乡客运。 本报记者 杜亮 摄", "新修的城乡客运。（曾建军 摄）", "打通城乡“微循环”"]
    # a bracket in running text that is no credit cuts nothing
    line = "记者来到胜利街道（社区） 只见一派忙碌景象。"
    assert captions_apart([line]) == [line]


def test_a_caption_over_a_headline_opening_on_its_place_and_a_quote_stands_apart():
    lines = ["每段河道都有专人负责巡查。", "选手在登山节上一展身手。", "沙坪街道:“村BA”打出精气神",
             "本报讯 近日，沙坪街道的登山节正式投入使用。"]
    assert parts_apart(lines) == ["每段河道都有专人负责巡查。", "", "", "选手在登山节上一展身手。", "", "",
                                  "沙坪街道:“村BA”打出精气神", "本报讯 近日，沙坪街道的登山节正式投入使用。"]
    # someone's words after a colon are running text: no heading
    lines = ["每段河道都有专人负责巡查。", "选手在登山节上一展身手。", "队长说:“明年还来！”"]
    assert parts_apart(lines) == lines


def test_a_reporters_finding_is_no_caption():
    for line in ("记者了解到，目前，全区已建成养老驿站57个。", "数据显示，交警大队还在沿线设置了候车亭。",
                 "目前，全区已建成养老驿站57个。", "眼下，五里街道的油菜已收获过半。"):
        assert not _caption_like(line)
    assert _caption_like("五里街道，村民在收割油菜。")


def test_a_number_and_its_unit_are_one_sentence_across_a_line_end():
    lines = ["企业代建。", "怎么办?全年共完成 9", "个小区的雨污分流，惠及住户", "1471 余户。"]
    assert unpdf(lines, measure=13, flows=False)[-1] == "怎么办?全年共完成9个小区的雨污分流，惠及住户1471余户。"


def test_a_caption_with_a_pause_wider_than_the_column_under_a_headline_is_no_paragraph():
    # '牛角镇，护士为小患者测体温。' is set wider than a column line (14): a caption under its photo,
    # with the next caption and the byline under it
    lines = ["慨地说。", "儿科门诊守护“一老一小”", "牛角镇，护士为小患者测体温。", "图为牛角镇护士为小患者测体温。",
             "本报通讯员 沈敏", "6 月 21 日上午，牛角镇"]
    out = join_column_lines(lines, 13)
    assert out[1:3] == ["儿科门诊守护“一老一小”", "牛角镇，护士为小患者测体温。"]
    # a column line spread to the full measure is running text, and digits' estimated widths make
    # no caption wider than a column: the paragraph's last line
    lines = ["通过 GDP 平台，志愿者", "可 以 在 线 预 约 5G 基 站 的 服", "务，办理时间缩短了 77.5%。", "",
             "桃源社区智慧停车场开放"]
    assert unpdf(lines, measure=13, flows=False)[0] == "通过GDP平台，志愿者可以在线预约5G基站的服务，办理时间缩短了77.5%。"
