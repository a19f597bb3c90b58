"""intake.headpairs: two heading lines over a story read back as one headline — over a brief's 本报讯,
or a verb cut from the figure it counted. Every snippet and every expected text is written by hand in
the shapes pypdfium2 and pdftotext -raw give for a page set in 13-character columns."""
from __future__ import annotations

from layout_app.intake.headpairs import BY_BRIEF, BY_OBJECT, brief_headlines, counted_objects
from layout_app.intake.importer import import_copy

BRIEF = "本报讯（记者 彭秀兰）入冬以来，北塘镇笼式球场的工作一刻没有停。本次比赛共有39支队伍参加。"
ABOVE = "社区还将在2个村推广这一做法。"          # the last paragraph of the story above


def test_two_heading_lines_over_a_briefs_dateline_are_its_headline():
    doubts = {}
    out = brief_headlines([ABOVE, "跑出精气神 赛出好风采", "2210名选手同场竞技", BRIEF], doubts)
    assert out == [ABOVE, "跑出精气神 赛出好风采 2210名选手同场竞技", BRIEF]
    assert doubts == {"跑出精气神 赛出好风采 2210名选手同场竞技": BY_BRIEF}


def test_a_briefs_headline_broken_on_an_open_word_runs_on_without_a_space():
    out = brief_headlines([ABOVE, "城北社区志愿者的", "暖心故事", BRIEF])
    assert out[1] == "城北社区志愿者的暖心故事"


def test_over_a_story_that_does_not_open_on_its_dateline_a_kicker_stays():
    lines = [ABOVE, "跑出精气神 赛出好风采", "2210名选手同场竞技", "入冬以来，北塘镇笼式球场的工作一刻没有停。"]
    assert brief_headlines(lines) == lines


def test_a_kicker_with_its_own_marks_stays_over_a_briefs_headline():
    # where the story goes, a question, a change from one state to another, a scene set with a comma,
    # a label and its colon
    for kicker in ("在劳动中成长 走进七星乡", "周末去哪儿？", "从“忧居”到“优居”", "秋收时节，田野里一片金黄",
                   "记者蹲点：", "幸福生活节节高：城北社区的新变化"):
        lines = [ABOVE, kicker, "小课堂 大天地", BRIEF]
        assert brief_headlines(lines) == lines, kicker


def test_three_heading_lines_over_a_brief_are_left_as_they_are():
    # a kicker over a headline in two lines, or a banner over a kicker: the lines alone cannot tell
    lines = [ABOVE, "全民健身 活力北塘镇", "跑出精气神 赛出好风采", "2210名选手同场竞技", BRIEF]
    assert brief_headlines(lines) == lines


def test_a_name_said_in_both_lines_or_lines_too_long_together_are_two_parts():
    # a headline names its place once; the longest headline is 34 characters
    named = [ABOVE, "马鞍乡新华村：送文化下乡", "读书会唱响马鞍乡新华村", BRIEF]
    assert brief_headlines(named) == named
    long = [ABOVE, "“小切口”撬动“大民生” 老旧小区迎来新变化", "物业服务从“一户难”到“一栋成”", BRIEF]
    assert brief_headlines(long) == long


def test_a_verb_that_counts_goes_on_with_the_figure_under_it():
    doubts = {}
    out = counted_objects([ABOVE, "同心镇新增", "22 处过街通道", "同心镇，交警在路口疏导交通。"], doubts)
    assert out[1] == "同心镇新增22 处过街通道"
    assert doubts == {"同心镇新增22 处过街通道": BY_OBJECT}
    assert counted_objects(["老年助餐点运营一周年 累计服务", "1841人次 让老人吃上“放心饭”"]) == [
        "老年助餐点运营一周年 累计服务1841人次 让老人吃上“放心饭”"]


def test_a_whole_verb_goes_on_with_one_phrase_of_figures_but_not_with_a_deck_of_two():
    # '…开张' / '3047个摊位全部租出': what came of it; '…见实效' / '135名党员参与 群众满意度明显提升': a deck
    assert counted_objects(["返乡创业正当时 夜市开张", "3047个摊位全部租出"]) == [
        "返乡创业正当时 夜市开张3047个摊位全部租出"]
    for deck in (["福田镇电商直播间见实效", "135名党员参与 群众满意度明显提升"],
                 ["马鞍镇城乡客运正式开通", "7条线路6:00至21:00运行"], ["城南乡新增", "48家企业提供岗位2755个"]):
        assert counted_objects(deck) == deck       # (a deck counts more than once)


def test_a_line_ending_on_no_verb_or_holding_a_figure_stays_over_a_figure_line():
    # a kicker ending on a noun (新变化), a headline and its deck in figures (…开放 / '48家企业…')
    for lines in (["太平乡新变化", "2210名选手同场竞技"], ["招聘会“火”了", "48家企业提供岗位2755个"],
                  ["古城镇安置房惠及2664户", "2210名选手同场竞技"]):
        assert counted_objects(lines) == lines


def test_import_reads_a_briefs_two_heading_lines_as_its_headline(tmp_path):
    body = ["本报讯（记者 彭秀兰 通", "讯员 刘欣怡）入冬以来，北", "塘镇笼式球场的工作一刻没有", "停。本次比赛共有 39 支队伍",
            "参加，比赛持续到 7 月 25 日。", "“大家越跑越有劲头，”选手", "于永福说，“明年还来！”"]
    other = ["小区停车棚办到居民心坎上", "本报记者 沈亮", "近日，城南乡的停车棚正", "式投入使用。村民可以通过手",
             "机预约停车位，方便又省心。", "据介绍，今年城南乡新增", "停车棚 37 处，基本解决了老", "城区停车难的问题。",
             "“以前停车要转好几圈，现", "在下楼就能停好。”居民许", "国庆说。"]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(other + ["跑出精气神 赛出好风采", "2210 名选手同场竞技"] + body), encoding="utf-8")
    page, _ = import_copy(path)
    story = next(s for s in page.stories if "2210" in s.headline)
    assert story.kicker is None
    assert story.headline.replace(" ", "") == "跑出精气神赛出好风采2210名选手同场竞技"
