"""intake.headings and the pdftotext -raw / pypdfium2 line repairs of issue 10: which heading lines are
one headline, and which column-line pieces are one paragraph — from what a page editor reads in the
text (names a story repeats, a figure that cannot open a line, a scrap of a kicker, a one-line
paragraph that would need its marks squeezed).

Every snippet and every expected text below is written by hand in the shapes the extractors give for
a page set in 13-character columns (first lines indented by two)."""
from __future__ import annotations

from layout_app.intake.headings import (
    BY_FIGURE,
    BY_NAMES,
    BY_WRAP,
    bylines_joined,
    heading_lines,
    names_in,
    own_names,
    quote_blanks,
    wrapped_headlines,
)
from layout_app.intake.importer import import_copy
from layout_app.intake.unpdf import unpdf

BYLINE = "本报记者 陈思"
# a story about 松涛乡's 共享菜园, told through its volunteers (志愿者), as every story on the page is
GARDEN = [
    "松涛乡的志愿者在共享菜园里体验智能设备。",
    "通过5G平台，志愿者可以在线预约共享菜园的服务。据了解，松涛乡还将推广共享菜园的做法。",
    "站长曹海燕介绍，共享菜园启用以来，志愿者已累计办理业务490户。",
]
OTHER = ["清水镇的志愿者在夜巡队里开展安全巡查，志愿者们纷纷点赞。"]      # another story names 志愿者 too


def test_a_lower_line_naming_only_the_people_is_the_rest_of_the_headline():
    doubts = {}
    out = heading_lines(OTHER + ["松涛乡共享菜园开放40天", "志愿者点赞“聚人气”"] + GARDEN, 13, doubts)
    assert out[1] == "松涛乡共享菜园开放40天 志愿者点赞“聚人气”"
    assert doubts == {"松涛乡共享菜园开放40天 志愿者点赞“聚人气”": BY_NAMES}


def test_a_headline_naming_the_storys_thing_under_a_kicker_naming_its_place_stays_a_headline():
    # the place is named more often than the thing, but the headline still names the thing the story is about
    text = ["清水社区的摊主老许在共享菜园排队办理业务。", "近日，清水社区派出所升级共享菜园。清水社区已排查整改隐患29处。",
            "截至目前，清水社区受到居民普遍欢迎，清水社区还将推广。"]
    out = heading_lines(OTHER + ["记者蹲点：清水社区的“共享菜园”一天", "共享菜园书香浓"] + text, 13)
    assert out[1:3] == ["记者蹲点：清水社区的“共享菜园”一天", "共享菜园书香浓"]


def test_the_last_two_of_four_heading_lines_are_looked_at_too():
    # banner theme, kicker, and a headline in two lines: the last line is a slogan naming nothing
    text = ["在翠屏社区，村民正在图书角里认真阅读。", "翠屏社区的图书角自3月启用以来，图书角已累计借出图书2996册。"]
    out = heading_lines(OTHER + ["便民服务暖民心 幸福生活节节高", "数字赋能 便民惠民：走进翠屏社区", "翠屏社区：村民的图书角惠万家",
                                 "奋进路上再出发"] + text, 13)
    assert out[1:4] == ["便民服务暖民心 幸福生活节节高", "数字赋能 便民惠民：走进翠屏社区",
                        "翠屏社区：村民的图书角惠万家 奋进路上再出发"]


def test_a_storys_own_names_are_repeated_in_it_and_mostly_there_and_are_no_people():
    story = "志愿者在共享菜园。志愿者说共享菜园好。志愿者们来了。"
    assert "志愿者" not in names_in("志愿者点赞“聚人气”") and "点赞“" not in names_in("志愿者点赞“聚人气”")
    assert own_names(names_in("松涛乡共享菜园开放"), story, "") == {"共享菜园", "共享菜", "享菜园"}
    # named as often in the other stories: not this story's own; named once: not either
    assert own_names({"共享菜园"}, story, "共享菜园 共享菜园") == set()
    assert own_names({"志愿者们"}, story, "") == set()


def test_a_line_opening_on_a_figure_and_its_unit_is_the_rest_of_the_line_above():
    doubts = {}
    out = heading_lines(["翠屏社区家庭医生工作室开放", "50天 志愿者点赞“乐融融”", BYLINE] + GARDEN, 13, doubts)
    assert out[:2] == ["翠屏社区家庭医生工作室开放50天 志愿者点赞“乐融融”", BYLINE]
    assert doubts["翠屏社区家庭医生工作室开放50天 志愿者点赞“乐融融”"] == BY_FIGURE


def test_a_deck_in_figures_opens_with_what_was_counted_and_stays_a_deck():
    lines = ["望江村电商直播间开放40天 网格员点赞“惠万家”", "264名网格员参与 群众满意度明显提升", BYLINE] + GARDEN
    assert heading_lines(lines, 13)[:3] == lines[:3]


def test_a_kicker_wrapped_in_its_frame_is_one_line_again():
    doubts = {}
    out = heading_lines(["便民服务暖民心 群众笑脸更灿烂：青石社区的新", "变化", "青石社区启用“爱心驿站”"] + GARDEN, 13, doubts)
    assert out[:2] == ["便民服务暖民心 群众笑脸更灿烂：青石社区的新变化", "青石社区启用“爱心驿站”"]
    assert doubts["便民服务暖民心 群众笑脸更灿烂：青石社区的新变化"] == BY_WRAP
    # a place name cut after the label: its stem and its 村 are one word
    out = heading_lines(["便民服务暖民心 奋进路上再出发：福田", "村的新变化", "福田村口袋公园更便捷"] + GARDEN, 13)
    assert out[:2] == ["便民服务暖民心 奋进路上再出发：福田村的新变化", "福田村口袋公园更便捷"]


def test_a_place_cut_inside_its_街道_after_the_label_is_one_word_again():
    # '龙泉街' / '道的新变化': 街道 cut in its middle — the kicker goes on, the headline under it stays one
    lines = ["便民服务暖民心 奋进路上再出发：龙泉街", "道的新变化", "龙泉街道老年食堂见实效"] + GARDEN
    assert heading_lines(lines, 13)[:2] == ["便民服务暖民心 奋进路上再出发：龙泉街道的新变化", "龙泉街道老年食堂见实效"]
    lines = ["便民服务暖民心 奋进路上再出发：青石社", "区的新变化", "青石社区老年食堂见实效"] + GARDEN
    assert heading_lines(lines, 13)[:2] == ["便民服务暖民心 奋进路上再出发：青石社区的新变化", "青石社区老年食堂见实效"]
    # (a line opening on 道 under a label that ends on another character is no such cut)
    lines = ["便民服务暖民心 奋进路上再出发：龙泉", "道路通了民心暖", "龙泉街道老年食堂见实效"] + GARDEN
    assert heading_lines(lines, 13)[:3] == lines[:3]


def test_a_short_kicker_under_a_wide_line_without_a_label_stays_apart():
    # the page banner (no colon: not a label) over a story's short kicker and its headline
    lines = ["全县民生实事暖人心 城乡社区展新颜", "乡村振兴", "松涛乡：共享菜园书香浓"] + GARDEN
    assert heading_lines(lines, 13)[:3] == lines[:3]
    # a colon line as narrow as a column is no wrapped kicker either
    lines = ["我县：便民服务暖民心", "乡村振兴", "松涛乡：共享菜园书香浓"] + GARDEN
    assert heading_lines(lines, 13)[:3] == lines[:3]


def test_a_joined_headline_is_a_guess_shown_to_the_editor(tmp_path):
    body = ["今年以来，松涛乡把共享菜", "园作为重点工作，在全乡推出", "了多项便民举措，志愿者反响", "良好。", "站长曹海燕介绍，共享菜园",
            "已累计接待群众一万多人次，", "平均等候时间不超过十分钟。", "据了解，松涛乡还将推广共", "享菜园的做法，志愿者们纷纷",
            "点赞。"]
    path = tmp_path / "page.txt"
    # (twice the paragraphs: enough column lines for import to know the text was taken out of a PDF)
    path.write_text("\n".join(["松涛乡共享菜园开放40天", "志愿者点赞“聚人气”", BYLINE] + body + body + OTHER), encoding="utf-8")
    page, copy = import_copy(path)
    story = page.stories[0]
    assert story.headline == "松涛乡共享菜园开放40天 志愿者点赞“聚人气”" and story.kicker is None
    assert story.confidence == BY_NAMES
    assert any("松涛乡共享菜园开放40天" in n and "is a guess (confidence 55%)" in n for n in copy.notices)


# --- pdftotext -raw pieces of one column line, and a paragraph's last line --------------------------------

def test_a_piece_that_cannot_be_a_column_line_goes_back_onto_the_line_before():
    # '能办好。”居民们纷纷点赞：“文' was one column line: -raw cut it after the closing quote and the colon
    raw = ["松涛乡：共享菜园书香浓", BYLINE, "摊主小萧说：“以前办事", "要跑好几趟，现在在家门口就", "能办好。", "”", "居民们纷纷点赞：",
           "“文", "化礼堂乐融融！”", "居民们纷纷点赞：“文化", "礼堂护安宁！”居民们纷纷点", "赞：“文化礼堂乐融融！”"]
    assert unpdf(raw, measure=13)[2:] == ["摊主小萧说：“以前办事要跑好几趟，现在在家门口就能办好。”居民们纷纷点赞：“文化礼堂乐融融！”",
                                          "居民们纷纷点赞：“文化礼堂护安宁！”居民们纷纷点赞：“文化礼堂乐融融！”"]


def test_a_first_line_short_of_an_opening_quote_or_a_figure_is_a_paragraphs_start():
    # '近日，南山乡妇联启用' is short because '“志' went to the next line: a new paragraph all the same
    raw = ["松涛乡：共享菜园书香浓", BYLINE, "截至目前，松涛乡已排查整", "改隐患多处，群众很满意的", "人数超过了一千三百余名村民", "参与。",
           "近日，", "南山乡妇联启用", "“志", "愿服务队”", "，吸引了多名居民参与。"]
    assert unpdf(raw, measure=13)[2:] == ["截至目前，松涛乡已排查整改隐患多处，群众很满意的人数超过了一千三百余名村民参与。",
                                          "近日，南山乡妇联启用“志愿服务队”，吸引了多名居民参与。"]


def test_an_opening_quote_set_close_goes_back_onto_its_running_line():
    # '近日，青石社区派出所启用“文' filled the column (its comma and quote set half-width): the sentence
    # above does not end the paragraph (the column lines as compose sets the paragraph: a line of 12 ems
    # ending on 。 inside it, as these lines once had it, no justified setter gives — 近 would have fitted)
    raw = ["松涛乡：共享菜园书香浓", BYLINE, "截至目前，青石社区已排", "查整改隐患多处，进一步提升", "了基层治理工作的整体水平。",
           "近日，", "青石社区派出所启用", "“文", "化礼堂”", "，吸引了多名老人参与。"]
    assert unpdf(raw, measure=13)[2:] == [("截至目前，青石社区已排查整改隐患多处，进一步提升了基层治理工作的整体水平。"
                                          "近日，青石社区派出所启用“文化礼堂”，吸引了多名老人参与。")]


def test_a_comma_piece_with_figures_goes_on_with_the_next():
    # '90.5%，群众满意度明显提升。' is one column line (figures' widths are estimates)
    raw = ["松涛乡：共享菜园书香浓", BYLINE, "今年以来，青石街道培训农", "民 同 比 增 长 的 幅 度 达 到 了", "90.5%，",
           "群众满意度明显提升。", "近日，青石街道妇联启用“口", "袋公园”，吸引了多名网格员", "参与。"]
    assert unpdf(raw, measure=13)[2:] == [("今年以来，青石街道培训农民同比增长的幅度达到了90.5%，群众满意度明显提升。"
                                          "近日，青石街道妇联启用“口袋公园”，吸引了多名网格员参与。")]


def test_a_line_wider_than_an_indented_first_line_ends_the_paragraph_above():
    # '这样的夜巡队，谁不喜欢？' (12 wide) as a paragraph of its own would need both its marks squeezed;
    # under a full line and over a new paragraph's first line, it ends the paragraph above (the lines as
    # compose sets the paragraph: these once had a 12-em line ending on 。 inside it, which no justified
    # setter gives — the next character would have fitted)
    body = ["今年以来，松涛乡把夜巡", "队作为重点工作，推出了多项", "举措，群众反响都很好很好。", "这样的夜巡队，谁不喜欢？",
            "截至目前，松涛乡已排查", "整改隐患多处，群众很满意。"]
    assert unpdf(["松涛乡：夜巡队书香浓", BYLINE] + body, measure=13)[2:] == [
        "今年以来，松涛乡把夜巡队作为重点工作，推出了多项举措，群众反响都很好很好。这样的夜巡队，谁不喜欢？",
        "截至目前，松涛乡已排查整改隐患多处，群众很满意。"]
    # the same line over a full line: a first line set by push-in, its paragraph going on
    body[4:] = ["截至目前，松涛乡已排查整改", "隐患多处，群众很满意。"]
    out = unpdf(["松涛乡：夜巡队书香浓", BYLINE] + body, measure=13)[2:]
    assert out == ["今年以来，松涛乡把夜巡队作为重点工作，推出了多项举措，群众反响都很好很好。",
                   "这样的夜巡队，谁不喜欢？截至目前，松涛乡已排查整改隐患多处，群众很满意。"]


def test_a_heading_after_its_label_is_not_run_into_a_paragraph():
    # '双河社区的“5G基站”一天' is as wide as an indented first line by its figures' estimate
    # and the headline under it, with figures, as wide as a full column line
    raw = ["记者蹲点：", "双河社区的“5G基站”一天", "双河社区5G基站开放22天", "商户点赞", "“聚人气”", BYLINE,
           "近日，双河社区新时代文明", "实践站启用了新的5G基站。"]
    out = unpdf(raw, measure=13)
    assert out[0] == "记者蹲点：双河社区的“5G基站”一天" and out[-2] == BYLINE
    assert "".join(out[1:-2]).replace(" ", "") == "双河社区5G基站开放22天商户点赞“聚人气”"


def test_a_heading_ending_in_a_quote_under_a_paragraph_is_no_paragraphs_end():
    # '双河村建成“垃圾分类站”' is twelve wide and ends in a closing quote, over the rest of its headline
    body = ["今年以来，松涛乡把夜巡队", "作为重点工作，推出了多项举", "措，群众反响都很好很好。"]
    out = unpdf(["松涛乡：夜巡队书香浓", BYLINE] + body + ["双河村建成“垃圾分类站”", "有效解决了群众的急难愁盼问题", BYLINE]
                + body, measure=13)
    assert out[2:4] == ["今年以来，松涛乡把夜巡队作为重点工作，推出了多项举措，群众反响都很好很好。", ""]
    assert "双河村建成“垃圾分类站” 有效解决了群众的急难愁盼问题" in out


def test_the_blanks_of_quote_marks_are_not_kept_as_spaces():
    # pypdfium2 and pdftotext show the blank of a quote set half-width as a space; 的 ends no phrase,
    # and three characters after a closing quote are no second phrase
    assert quote_blanks("记者蹲点：河湾镇的 “APP预约平台”一天") == "记者蹲点：河湾镇的“APP预约平台”一天"
    assert quote_blanks("“APP预约平台” 更便捷") == "“APP预约平台”更便捷"
    # a pause between two phrases after a closing quote stays
    assert quote_blanks("杏花街道推出“5G基站” 进一步提升了基层治理水平") == "杏花街道推出“5G基站” 进一步提升了基层治理水平"
    assert quote_blanks("“图书角”来了 乡村振兴谱新篇") == "“图书角”来了 乡村振兴谱新篇"


def test_a_headline_joined_from_two_lines_has_a_space_only_at_a_pause():
    out = unpdf(["清水镇完善“充电桩”", "进一步提升了基层治理水平", BYLINE] + GARDEN, measure=13)
    assert out[0] == "清水镇完善“充电桩” 进一步提升了基层治理水平"          # a predicate opens a second phrase
    out = unpdf(["从“老年食堂”看凤鸣村如何有效解决了", "群众的急难愁盼问题", BYLINE] + GARDEN, measure=13)
    assert out[0] == "从“老年食堂”看凤鸣村如何有效解决了群众的急难愁盼问题"    # broken on 了: one phrase
    out = unpdf(["从“图书角”", "看望江社区如何受到居民普遍欢迎", BYLINE] + GARDEN, measure=13)
    assert out[0] == "从“图书角”看望江社区如何受到居民普遍欢迎"               # 从…看…: one frame
    out = unpdf(["从“便民服务站”看翠屏社区", "如何让群众的获得感成色更足", BYLINE] + GARDEN, measure=13)
    assert out[0] == "从“便民服务站”看翠屏社区如何让群众的获得感成色更足"     # broken before 如何: one question


def test_a_labelled_kicker_over_a_headline_naming_only_a_caption_subject_stays_a_kicker():
    # '我为群众办实事：' is a column's label (a headline's colon follows a place): the line is a kicker
    text = ["村民曾静（右）在乡村大舞台为党员讲解。", "今年以来，枫林街道接待群众同比增长。记者走进枫林街道，只见步道绿树成荫。",
            "今年以来，枫林街道巡查街巷同比增长，枫林街道群众满意度明显提升。"]
    lines = OTHER + ["我为群众办实事：走进枫林街道", "乡村大舞台更便捷"] + text
    assert heading_lines(lines, 13)[1:3] == lines[1:3]


def test_the_page_banner_over_a_kicker_is_no_kicker_of_a_four_line_heading():
    # banner theme, kicker, headline, deck: the four lines are not one story's kicker + headline in two
    lines = ["文明新风润乡里 幸福生活节节高", "“充电桩”来了 绿色发展正当时", "长乐乡充电桩聚人气", "——长乐乡推出充电桩工作纪实",
             BYLINE] + GARDEN
    assert unpdf(lines, measure=13)[:4] == lines[:4]


def test_a_first_kicker_of_a_banners_weight_is_the_page_banner_as_a_guess_shown(tmp_path):
    body = ["今年以来，松涛乡把共享菜", "园作为重点工作，在全乡推出", "了多项便民举措，志愿者反响", "良好。", "站长曹海燕介绍，共享菜园",
            "已累计接待群众一万多人次，", "平均等候时间不超过十分钟。", "据了解，松涛乡还将推广共", "享菜园的做法，志愿者们纷纷",
            "点赞。"]
    for theme, banner in [("绿色发展正当时 奋进路上再出发", True), ("文明新风 润泽乡里", False)]:
        path = tmp_path / "page.txt"
        path.write_text("\n".join([theme, "松涛乡：共享菜园书香浓", BYLINE] + body + body), encoding="utf-8")
        page, copy = import_copy(path)
        if banner:      # two phrases of seven characters: a banner's weight
            assert page.banner["headline"] == theme and page.stories[0].kicker is None
            assert any("banner" in n and theme in n and "is a guess" in n for n in copy.notices)
        else:           # four and four: a kicker (which may be the banner: said too)
            assert page.banner is None and page.stories[0].kicker == theme
            assert any("may be the page banner" in n for n in copy.notices)


def test_a_term_of_latin_and_chinese_cut_after_its_latin_is_one_headline():
    doubts = {}
    out = heading_lines(["翠屏街道：网格员的APP", "预约平台惠万家 共建共享新家园", BYLINE] + GARDEN, 13, doubts)
    assert out[:2] == ["翠屏街道：网格员的APP预约平台惠万家 共建共享新家园", BYLINE]
    assert doubts["翠屏街道：网格员的APP预约平台惠万家 共建共享新家园"] == BY_FIGURE
    # a kicker ending in Latin over a headline that opens on a full-width colon's place stays apart
    lines = ["“APP平台”来了 数字赋能", "清水镇：APP平台更便捷", BYLINE] + GARDEN
    assert heading_lines(lines, 13)[:2] == lines[:2]


def test_halves_joined_by_names_get_no_space_after_an_open_word():
    text = ["松涛乡的村民在图书角认真阅读。", "近日，松涛乡设立图书角。松涛乡还将推广。"]
    out = heading_lines(OTHER + ["看松涛乡如何有效解决了", "群众的急难愁盼问题"] + text, 13)
    assert out[1] == "看松涛乡如何有效解决了群众的急难愁盼问题"


def test_a_labelled_kicker_is_not_a_paragraphs_first_line():
    # '一线见闻:走进云溪村' is as wide as an indented first line and the figured half headline under it
    # as a full one (by their estimates): a column's label and its colon make it a kicker all the same
    raw = ["一线见闻:走进云溪村", "云溪村垃圾分类站开放 8 天", "青年点赞“有温度” ——记站长冯宏伟", "青年们纷纷点赞:“垃圾",
           "分类站有温度!”5 月 6 日,", "记者走进云溪村，只见广场上", "欢声笑语。"]
    out = unpdf(raw, measure=13)
    assert out[0] == "一线见闻:走进云溪村" and out[2] == "——记站长冯宏伟"
    assert out[1].replace(" ", "") == "云溪村垃圾分类站开放8天青年点赞“有温度”"


def test_a_byline_set_in_two_lines_a_label_each_is_one_byline():
    # the reporter's label and names, the correspondent's under it: one byline, a space at the break
    assert bylines_joined(["本报记者 宋雪", "通讯员 萧志强", "今年以来，银杏社区…"]) == \
        ["本报记者 宋雪 通讯员 萧志强", "今年以来，银杏社区…"]
    assert bylines_joined(["本报记者 宋雪 李明", "通讯员 萧志强"]) == ["本报记者 宋雪 李明 通讯员 萧志强"]
    # two lines of one label are two stories' bylines; a blank line between keeps them apart; a
    # column's line opening on 记者 is no byline
    assert bylines_joined(["本报记者 宋雪", "本报记者 萧志强"]) == ["本报记者 宋雪", "本报记者 萧志强"]
    assert bylines_joined(["本报记者 宋雪", "", "通讯员 萧志强"]) == ["本报记者 宋雪", "", "通讯员 萧志强"]
    assert bylines_joined(["记者走进银杏社区，只见", "通讯员 萧志强"]) == ["记者走进银杏社区，只见", "通讯员 萧志强"]
    # a correspondent first, a reporter under: not the order a byline is set in
    assert bylines_joined(["通讯员 萧志强", "本报记者 宋雪"]) == ["通讯员 萧志强", "本报记者 宋雪"]


# a story about 马鞍镇's 城乡客运: its text names the place and its thing again and again
BUS = ["今年以来，马鞍镇把城乡客运作为民生实事来抓，群众满意度不断提升。",
       "马鞍镇城乡客运开通以来，日均客流量达3867人次，马鞍镇的城乡客运线路还将延伸。"]


def test_a_kicker_naming_only_the_storys_place_stays_over_a_headline_naming_nothing_of_it():
    # the place (with its colon, or as the 走进… of a kicker) is named by kicker and
    # headline alike: no sign that the lower line goes on from it
    for kicker in ("马鞍镇：交通惠民", "交通惠民 走进马鞍镇"):
        assert heading_lines(OTHER + [kicker, "出行更方便了"] + BUS, 13)[1:3] == [kicker, "出行更方便了"]
    # … while the place's thing said beyond the place still makes the line a headline's first half
    assert heading_lines(OTHER + ["马鞍镇：城乡客运开通", "出行更方便了"] + BUS, 13)[1] == "马鞍镇：城乡客运开通 出行更方便了"


def test_a_deck_in_figures_under_a_headline_naming_the_storys_thing_is_no_half_of_it():
    for deck in ("全年完成 60 条线路 惠及 2532 户", "7条线路6:00至21:00运行"):
        assert heading_lines(OTHER + ["马鞍镇城乡客运正式开通", deck] + BUS, 13)[1] == "马鞍镇城乡客运正式开通"
    # a headline counting once: the count under a line that counts already is a deck
    assert heading_lines(OTHER + ["马鞍镇城乡客运开到32个村", "日均服务乘客33余人"] + BUS, 13)[1] == "马鞍镇城乡客运开到32个村"


def test_a_rate_in_figures_under_a_headline_is_its_deck():
    """'日均服务老人29余人' under '幸福食堂“香”飘邻里': what the story's thing does each day, in figures —
    the deck summing it up, not the headline's second half; a total counted (累计…) may be either."""
    deck = "日均服务乘客330余人"
    assert heading_lines(OTHER + ["马鞍镇城乡客运“跑”起来了", deck] + BUS, 13)[1:3] == ["马鞍镇城乡客运“跑”起来了", deck]


def test_a_storys_opening_cut_in_its_brackets_is_no_half_of_its_headline():
    lines = OTHER + ["马鞍镇城乡客运开通", "本报讯（记者 宋欣怡 通"] + BUS
    assert heading_lines(lines, 13)[1:3] == ["马鞍镇城乡客运开通", "本报讯（记者 宋欣怡 通"]


def test_a_verb_phrase_ending_on_a_places_character_is_no_bare_place_name():
    # a headline's first words on a line of their own are a place name; '送文化下乡' is a kicker (下乡: a verb)
    assert wrapped_headlines(["河湾村", "图书角乐融融"]) == ["河湾村图书角乐融融"]
    assert wrapped_headlines(["送文化下乡", "老手艺 新传承"]) == ["送文化下乡", "老手艺 新传承"]


def test_a_predicate_opener_inside_a_word_is_no_predicate():
    # '看病不用再…' opens on 看病 (a subject: seeing a doctor), not on 看; '让老人…' opens on 让
    assert wrapped_headlines(["健康服务零距离", "看病不用再“起早排队”"]) == ["健康服务零距离", "看病不用再“起早排队”"]
    assert wrapped_headlines(["便民服务零距离", "就业有门路"]) == ["便民服务零距离", "就业有门路"]
    assert wrapped_headlines(["城北社区开设“幸福食堂”", "让老人吃上“放心饭”"]) == ["城北社区开设“幸福食堂” 让老人吃上“放心饭”"]


def test_a_theme_named_by_what_it_is_to_someone_is_a_kicker_over_a_headline_in_figures(tmp_path):
    """'家门口的好去处' over '32个口袋公园“嵌”进城市街角': a thing named by what it is to someone says
    nothing happened — the kicker's theme; the line in figures is the headline, not its deck."""
    from layout_app.intake.importer import import_copy
    path = tmp_path / "copy.txt"
    path.write_text("家门口的好去处\n\n32个口袋公园“嵌”进城市街角\n\n"
                    "口袋公园面积虽小，却给周边居民带来了实实在在的便利。今年，全区新建改建口袋公园32处。\n",
                    encoding="utf-8")
    (story,) = import_copy(path)[0].stories
    assert (story.kicker, story.headline, story.deck) == ("家门口的好去处", "32个口袋公园“嵌”进城市街角", None)


RIVER = ["今年以来，白沙镇把河道治理作为民生实事来抓，护河队每周巡河两次。",
         "白沙镇河道治理启动以来，护河队已清理淤泥2100吨，白沙镇的护河队还将扩大。"]


def test_a_total_in_figures_under_a_headline_is_its_deck_unless_the_line_ends_on_its_span():
    """'累计清理淤泥 2100 吨' under a whole headline sums the story up: its deck. Under a line ending on the
    span it was counted over ('…成立一周年'), it is that headline's second phrase."""
    out = heading_lines(OTHER + ["天更蓝了 水更清了 白沙镇河道治理见成效", "累计清理淤泥 2100 吨"] + RIVER, 13)
    assert out[1:3] == ["天更蓝了 水更清了 白沙镇河道治理见成效", "累计清理淤泥 2100 吨"]
    doubts = {}
    out = heading_lines(OTHER + ["白沙镇护河队成立一周年", "累计巡河 860 次"] + RIVER, 13, doubts)
    assert out[1].replace(" ", "") == "白沙镇护河队成立一周年累计巡河860次" and doubts == {out[1]: BY_NAMES}


READING = ["走进清水镇城南社区，农家书屋里坐满了读书的居民。",
           "镇文化站在城南社区开办农家书屋以来，已借出图书3200册，镇文化站还将增设书屋。"]


def test_a_label_naming_an_office_opens_the_headline_under_a_kicker():
    """'镇文化站：' says who did it — a headline's label, not a kicker's theme: the line it opens is the
    headline's first, wrapped before its quote, under the kicker naming the story's place."""
    out = heading_lines(OTHER + ["书香里的清水镇城南社区", "镇文化站：农家书屋搭起读书", "“连心桥”邻里共读正当时"] + READING, 13)
    assert out[1] == "书香里的清水镇城南社区"
    assert out[2].replace(" ", "") == "镇文化站：农家书屋搭起读书“连心桥”邻里共读正当时"
    # a theme's label is a kicker's, its first phrase broken off onto the line above
    out = heading_lines(OTHER + ["平安建设再提速", "幸福生活节节高：城南社区的新变化", "城南社区农家书屋显身手"] + READING, 13)
    assert out[1] == "平安建设再提速 幸福生活节节高：城南社区的新变化"
