"""intake.headpairs: heading lines over a story read back as one headline — a verb cut from the figure
it counted, a kicker over a headline in two lines. Every snippet and every expected text is written by hand in
the shapes pypdfium2 and pdftotext -raw give for a page set in 13-character columns."""
from __future__ import annotations

from layout_app.intake.headpairs import BY_NO_DECK, BY_OBJECT, counted_objects, three_line_headings

ABOVE = "社区还将在2个村推广这一做法。"          # the last paragraph of the story above


def test_a_verb_that_counts_goes_on_with_the_figure_under_it():
    doubts = {}
    out = counted_objects([ABOVE, "同心镇新增", "22 处过街通道", "同心镇，交警在路口疏导交通。"], doubts)
    assert out[1] == "同心镇新增22 处过街通道"
    assert doubts == {"同心镇新增22 处过街通道": BY_OBJECT}
    assert counted_objects(["老年助餐点运营一周年 累计服务", "1841人次 让老人吃上“放心饭”"]) == [
        "老年助餐点运营一周年 累计服务1841人次 让老人吃上“放心饭”"]


def test_a_whole_verb_goes_on_with_one_phrase_of_figures_but_not_with_a_deck_of_two():
    # '…开张' / '3047个摊位全部租出': what came of it; '…见实效' / '135名党员参与 群众满意度明显提升': a deck
    # (two phrases of one headline: the copy's space between them, as a page editor wrote it)
    assert counted_objects(["返乡创业正当时 夜市开张", "3047个摊位全部租出"]) == [
        "返乡创业正当时 夜市开张 3047个摊位全部租出"]
    for deck in (["福田镇电商直播间见实效", "135名党员参与 群众满意度明显提升"],
                 ["马鞍镇城乡客运正式开通", "7条线路6:00至21:00运行"], ["城南乡新增", "48家企业提供岗位2755个"]):
        assert counted_objects(deck) == deck       # (a deck counts more than once)


def test_a_line_ending_on_no_verb_or_holding_a_figure_stays_over_a_figure_line():
    # a kicker ending on a noun (新变化), a headline and its deck in figures (…开放 / '48家企业…')
    for lines in (["太平乡新变化", "2210名选手同场竞技"], ["招聘会“火”了", "48家企业提供岗位2755个"],
                  ["古城镇安置房惠及2664户", "2210名选手同场竞技"]):
        assert counted_objects(lines) == lines


BYLINE = "本报记者 赵建军"


def test_a_kicker_over_a_headline_in_two_lines_when_the_last_line_has_no_figure_and_no_dash():
    doubts = {}
    out = three_line_headings([ABOVE, "家门口的幸福", "田野里的好“丰”景", "机器换人 大棚蔬菜收割提速", BYLINE], doubts)
    assert out == [ABOVE, "家门口的幸福", "田野里的好“丰”景 机器换人 大棚蔬菜收割提速", BYLINE]
    assert doubts == {"田野里的好“丰”景 机器换人 大棚蔬菜收割提速": BY_NO_DECK}


def test_a_headlines_second_line_may_open_on_its_place_under_a_kicker_too_narrow_to_wrap():
    # '老手艺 新传承' / '牛角乡乡村博物馆…': under a kicker of ten characters, which no story's frame
    # is too narrow for, the two lines are no kicker in two lines over its headline
    lines = [ABOVE, "送文化下乡 走进牛角乡", "老手艺 新传承", "牛角乡乡村博物馆精彩纷呈", BYLINE]
    assert three_line_headings(lines) == [ABOVE, "送文化下乡 走进牛角乡", "老手艺 新传承 牛角乡乡村博物馆精彩纷呈", BYLINE]
    # a kicker wider than a frame three columns wide holds at its size may have wrapped: the place opens
    # the headline under its two lines
    wide = [ABOVE, "便民服务暖民心 奋进路上再出发：福田", "村的新变化", "福田村口袋公园更便捷", BYLINE]
    assert three_line_headings(wide) == wide


def test_a_briefs_kicker_is_set_small_enough_to_stay_on_one_line_over_two_columns():
    # a brief (its text under 300 characters, the page's lead far longer) has its kicker in 五号: 22 ems
    # of '丰收乡太平村：为民办实事' / '看病不用再“起早排队”' are no kicker in two lines — its headline's
    # second line opens on the place
    heading = ["丰收乡太平村：为民办实事", "看病不用再“起早排队”", "丰收乡太平村便民药房受欢迎"]
    brief = ["本报讯 近日，丰收乡太平村的便民药房正式投入使用，村民在家门口就能买到常用药。"]
    lead = ["老年活动中心开张了", "据了解，老年活动中心每天开放，老人们在这里下棋、读报、做康复训练。" * 13]
    lines = [ABOVE] + heading + [BYLINE] + brief + lead
    assert three_line_headings(lines)[1:3] == ["丰收乡太平村：为民办实事", "看病不用再“起早排队” 丰收乡太平村便民药房受欢迎"]
    # the same heading over the page's longest story (its kicker in 小二, which may wrap): left as it is
    lines = [ABOVE] + heading + [BYLINE] + lead[1:] + ["老年活动中心开张了"] + brief
    assert three_line_headings(lines) == lines
    # …or over a short story no longer story on the page outruns: it may lead the page
    lines = [ABOVE] + heading + [BYLINE] + brief
    assert three_line_headings(lines) == lines


def test_a_deck_in_figures_or_with_its_dash_stays_under_its_headline():
    for deck in ("全年完成60个小区 惠及2532户", "——牛角乡柑橘收获见闻"):
        lines = [ABOVE, "家门口的幸福", "田野里的好“丰”景", deck, BYLINE]
        assert three_line_headings(lines) == lines, deck


def test_two_or_four_heading_lines_the_page_credits_or_a_banner_are_left_as_they_are():
    for lines in ([ABOVE, "田野里的好“丰”景", "机器换人 大棚蔬菜收割提速", BYLINE],
                  [ABOVE, "金秋好“丰”景", "家门口的幸福", "田野里的好“丰”景", "机器换人 大棚蔬菜收割提速", BYLINE],
                  ["版式设计 潘淑芬\u3000\u3000校对 许红梅", "住得更舒心", "老小区换新颜", BYLINE],
                  ["丰乐县：民生实事看得见", "住得更舒心", "老小区换新颜", BYLINE],
                  [ABOVE, "住得更舒心", "记者蹲点：城北社区的一天", "老小区换新颜", BYLINE],
                  # the banner, a kicker taking the reader to a village, the headline
                  [ABOVE, "身边的变化 暖心的温度", "关爱 “一老一小” 走进沙坪乡古城村", "让老人吃上“放心饭”", BYLINE],
                  # running text cut before its figure under a kicker and its headline (pdftotext's flows)
                  [ABOVE, "记者蹲点：云溪乡的“垃圾分类站”一天", "“垃圾分类站”乐融融", "云溪乡办理业务同比增长",
                   "77%，为乡村振兴注入了新动能。"]):
        assert three_line_headings(lines) == lines, lines


def test_two_lines_naming_one_name_or_too_long_together_are_two_parts():
    # a headline names its place once; the longest headline is 34 characters
    named = [ABOVE, "送文化下乡", "马鞍乡新华村：文化惠民", "读书会唱响马鞍乡新华村", BYLINE]
    assert three_line_headings(named) == named
    long = [ABOVE, "民生实事", "“小切口”撬动“大民生” 老旧小区迎来新变化", "物业服务从“一户难”到“一栋成”", BYLINE]
    assert three_line_headings(long) == long
    assert counted_objects(["城北街道城北社区新增", "22处城北社区过街通道"]) == ["城北街道城北社区新增", "22处城北社区过街通道"]


def test_three_heading_lines_under_the_page_banner_are_a_kicker_over_a_headline_in_two_lines():
    # the page banner (its county and colon) over the first story's three heading lines stands apart:
    # they are kicker and headline in two lines as under any other line, not a fourth heading line
    from layout_app.intake.headpairs import three_line_headings

    lines = ["东城区：实事办到心坎上", "书香城北乡", "好戏连台 村民过足戏瘾", "文化惠民 读书会送到田间地头", "通讯员 叶一鸣 文/图",
             "5月24日，记者来到城北乡……"]
    assert three_line_headings(lines) == ["东城区：实事办到心坎上", "书香城北乡", "好戏连台 村民过足戏瘾 文化惠民 读书会送到田间地头",
                                          "通讯员 叶一鸣 文/图", "5月24日，记者来到城北乡……"]
    # (a heading line over them that is no banner leaves four heading lines: not told here)
    lines[0] = "为民办实事"
    assert three_line_headings(lines) == lines


def test_a_places_label_and_one_word_over_a_heading_line_is_a_headline_balanced_after_its_first_word():
    from layout_app.intake.headpairs import label_scraps

    for upper, lower in (("团结街道：老年", "助餐点开张了"), ("丰收乡玉泉村：污水", "处理站让村庄美起来")):
        assert label_scraps([upper, lower, "本报记者 陈思"]) == [upper + lower, "本报记者 陈思"]
    # a kicker's theme is a phrase ('马鞍镇：交通惠民'); a deck or a line with a label of its own stays apart
    for upper, lower in (("马鞍镇：交通惠民", "出行更方便了"), ("团结街道：老年", "——团结街道老年助餐点见闻"),
                         ("团结街道：老年", "区民政局：助餐点开张了"), ("团结街道：老年", "320名老人 吃上热乎饭")):
        assert label_scraps([upper, lower, "本报记者 陈思"]) == [upper, lower, "本报记者 陈思"]


def test_a_kicker_with_its_pause_over_a_headline_in_two_lines():
    # a kicker's comma or 、 reads like running text, but a place's label opening it or a tag taking the
    # reader to one place closing it is a kicker's shape: the two lines under it are one headline
    for kicker in ("牛角乡：锣鼓一响，游客们就坐满了", "无人机植保、智能收割 走进牛角街道"):
        lines = [ABOVE, kicker, "田野里的好“丰”景", "机器换人 大棚蔬菜收割提速", BYLINE]
        assert three_line_headings(lines) == [ABOVE, kicker, "田野里的好“丰”景 机器换人 大棚蔬菜收割提速", BYLINE], kicker
    # a line with a comma and neither shape, or one ending a sentence, may be running text: left alone
    for first in ("昔日垃圾成堆，如今鸟语花香", "牛角乡：锣鼓一响，游客们就坐满了。"):
        lines = [ABOVE, first, "田野里的好“丰”景", "机器换人 大棚蔬菜收割提速", BYLINE]
        assert three_line_headings(lines) == lines, first


def test_a_headlines_second_line_may_count_once_but_a_deck_counts_or_sums_up():
    # under a kicker, '兴隆街道新华社区网店人气旺' / '家门口就业 2769人找到工作': a phrase of its own before the
    # count — no deck in figures (those open on a figure or count in every phrase): one headline
    lines = [ABOVE, "“家门口”就业 走进兴隆街道新华社区", "兴隆街道新华社区网店人气旺", "家门口就业 2769人找到工作", BYLINE]
    assert three_line_headings(lines) == [ABOVE, "“家门口”就业 走进兴隆街道新华社区",
                                          "兴隆街道新华社区网店人气旺 家门口就业 2769人找到工作", BYLINE]
    # a deck opening on a figure, counting in every phrase, or counting under a headline that counts
    for deck, head in (("55支队伍参赛 785名观众到场加油", "“村BA”打出精气神"), ("全年完成60个小区 惠及2532户", "旧楼“长”出新电梯"),
                       ("全年计划演出3189场", "朝阳镇：县图书馆读书会走进32个村")):
        lines = [ABOVE, "送文化下乡 走进朝阳镇", head, deck, BYLINE]
        assert three_line_headings(lines) == lines, deck
