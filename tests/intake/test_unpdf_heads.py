"""intake.unpdf: heading lines as the extractors leave them — decks and kickers on their own lines,
headlines set in two or three lines joined, heading pieces pdftotext -raw cuts put back, a heading never
run into the paragraph above. Snippets and expected texts written by hand (see test_unpdf)."""
from __future__ import annotations

import pytest

from layout_app.intake.importer import import_copy
from layout_app.intake.unpdf import close_up, join_column_lines, unpdf
from tests.intake.test_unpdf import P1, P2, PDFIUM

# ---- headings as the extractors leave them (hand-written in the shapes seen in their output) ----

BODY = PDFIUM[2:]           # byline, paragraphs, caption and credits as pypdfium2 gives them
BODY_OUT = ["本报记者 陈思", P1, P2]


def test_a_deck_on_its_headlines_line_goes_onto_its_own():
    # pypdfium2 gives a deck set beside its headline on the headline's line, a space before the dash
    lines = ["临江市：民生实事见实效 ——临江市民生实事工作综述", "“积分超市”有温度 ——长乐社区升级积分超市工作纪实"] + BODY
    assert unpdf(lines, measure=13)[:5] == ["临江市：民生实事见实效", "——临江市民生实事工作综述",
                                "“积分超市”有温度", "——长乐社区升级积分超市工作纪实", "本报记者 陈思"]


def test_captions_side_by_side_go_onto_lines_of_their_own():
    lines = ["清水镇：便民服务暖人心", "摊主老许在清水社区的共享菜园排队办理业务。 清水社区共享菜园，孩子们正在练习书法。"] + BODY
    out = unpdf(lines, measure=13)
    assert "摊主老许在清水社区的共享菜园排队办理业务。" in out and "清水社区共享菜园，孩子们正在练习书法。" in out


@pytest.mark.parametrize("first, second", [
    ("清水镇完善“充电桩”", "进一步提升了基层治理水平"),      # the second line opens with a predicate
    ("从“图书角”", "看望江社区如何受到居民普遍欢迎"),            # 从… 看…: one frame
    ("从“老年食堂”看凤鸣村如何有效解决了", "群众的急难愁盼问题"),  # the first stops on 了
    ("“智慧停车场”", "添新彩"),                                  # three characters are no headline
])
def test_a_headline_set_in_two_lines_is_one_headline(first, second):
    out = unpdf(["记者蹲点：云溪街道的“老年食堂”一天", first, second] + BODY, measure=13)
    # a space where the copy has one: at a pause between two phrases (a predicate opens the second),
    # not inside a phrase broken on an open word, a 从…看… frame or before a scrap
    joined = f"{first} {second}" if second.startswith("进一步") else first + second
    assert out[:5] == ["记者蹲点：云溪街道的“老年食堂”一天", joined] + BODY_OUT


def test_a_kicker_over_a_complete_headline_stays_two_lines():
    for kicker, headline in [("记者蹲点：南山街道的“爱心驿站”一天", "爱心驿站添新彩"),
                             ("聚焦民生实事：走进枫林村", "共享菜园惠万家"),
                             ("“图书角”来了 乡村振兴谱新篇", "“图书角”显身手")]:
        assert unpdf([kicker, headline] + BODY, measure=13)[:2] == [kicker, headline]


def test_four_heading_lines_over_one_story_hold_a_headline_in_two_lines():
    # kicker, headline, headline, deck: one story has one of each, so the middle two are one headline
    lines = ["共建共享新家园 奋进路上再出发：长乐镇的新变化", "长乐镇打造“儿童之家”", "孩子们笑脸更灿烂",
             "66名老人参与 让群众的获得感成色更足"] + BODY
    assert unpdf(lines, measure=13)[:3] == ["共建共享新家园 奋进路上再出发：长乐镇的新变化", "长乐镇打造“儿童之家” 孩子们笑脸更灿烂",
                                "66名老人参与 让群众的获得感成色更足"]


def test_pdftotext_raw_heading_pieces_cut_at_colons_and_quotes_are_one_line():
    lines = ["记者蹲点：", "南山街道的“爱心驿站”一天", "银杏社区开展", "“电商直播间”", "——河湾镇", "“APP预约平台”",
             "为乡村振兴注入了新动能"] + BODY
    assert unpdf(lines, measure=13)[:3] == ["记者蹲点：南山街道的“爱心驿站”一天", "银杏社区开展“电商直播间”",
                                            "——河湾镇“APP预约平台”为乡村振兴注入了新动能"]


def test_a_two_line_heading_from_a_pdf_is_a_guess_shown_to_the_editor(tmp_path):
    # kicker + headline, or one headline in two lines: without type sizes the text cannot tell
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["安康社区：村民的老年食堂更便捷", "共建共享新家园"] + PDFIUM[2:]), encoding="utf-8")
    page, copy = import_copy(path)
    assert page.stories[0].confidence < 0.6
    assert any("printed page" in n and "安康社区" in n for n in copy.notices)


def test_a_line_with_figures_is_full_when_the_next_character_would_not_fit():
    # '医生彭静介绍，图书角自 9' is under 13 characters by the estimate of its figure, but 月 did not fit
    # after it: a full line, so the sentence that ended on the line before does not end the paragraph
    lines = ["据了解，松涛乡还将在 8 个村", "（社区）推广图书角的做法。", "医生彭静介绍，图书角自 9",
             "月 6 日启用以来，已累计开", "展活动 1928 件。"]
    assert join_column_lines([close_up(l) for l in lines], 13) == [
        "据了解，松涛乡还将在8个村（社区）推广图书角的做法。医生彭静介绍，图书角自9月6日启用以来，已累计开展活动1928件。"]
    # an indented first line with figures had room for the next character: a new paragraph
    lines = ["据了解，松涛乡还将在 8 个村", "（社区）推广图书角的做法。", "12 月 6 日，记者走进青",
             "石乡，只见广场上欢声笑语。"]
    assert join_column_lines([close_up(l) for l in lines], 13) == [
        "据了解，松涛乡还将在8个村（社区）推广图书角的做法。", "12月6日，记者走进青石乡，只见广场上欢声笑语。"]


def test_a_caption_under_the_last_headline_of_a_file_stands_apart_after_the_story(tmp_path):
    # pdftotext -raw: the photo under the headline puts its caption between headline and text, and
    # the file ends in a blank line; the caption goes after the story's text, set apart as a caption
    caption = "清水镇便民服务中心的工作人员为群众办理业务。"
    lines = PDFIUM[:2] + [caption] + PDFIUM[2:11] + [""]
    assert unpdf(lines, measure=13)[-5:] == [P2, "", "", caption, ""]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(PDFIUM[:11] + ["河湾社区：夜巡队守护居民安宁"] + lines[2:]), encoding="utf-8")
    page, _ = import_copy(path)
    assert [c.text for c in page.captions] == [caption]
    assert [s.paragraphs for s in page.stories] == [[P1, P2], [P1, P2]]


def test_a_closing_quote_cut_onto_a_line_of_its_own_ends_the_line_before():
    # pdftotext -raw: '…我们的大事。' / '”' were one full column line (。” set close at its end), so
    # the sentence does not end the paragraph: the next line is full too
    lines = ["清水镇：便民服务暖人心", "本报记者 陈思", "老马说：“乡亲们的事，", "乡亲们的事就是我们的大事。", "”",
             "据了解，金沙镇还将在六个村", "（社区）推广调解室的做法。"]
    assert unpdf(lines, measure=13)[2:] == ["老马说：“乡亲们的事，乡亲们的事就是我们的大事。”据了解，金沙镇还将在六个村（社区）推广调解室的做法。"]


def test_a_kicker_as_wide_as_a_column_after_a_short_last_line_is_not_run_on():
    # '群众满意度明显提升。' is a paragraph's last line (ten characters, not its indented first line):
    # the paragraph ends there, and the next story's kicker is not its continuation
    lines = ["清水镇：便民服务暖人心", "本报记者 陈思", "今年以来，清水镇把便民", "服务作为重点工作，在全镇推",
             "出了多项便民举措，反响好，", "群众满意度明显提升。", "我为群众办实事：走进安康村", "“夜巡队”见实效"] + PDFIUM[2:11]
    out = unpdf(lines, measure=13)
    assert out[2] == "今年以来，清水镇把便民服务作为重点工作，在全镇推出了多项便民举措，反响好，群众满意度明显提升。"
    assert "我为群众办实事：走进安康村" in out and "“夜巡队”见实效" in out


def test_a_line_a_character_short_before_a_mark_that_may_not_start_a_line_is_full():
    # '在望江街道新时代文明实践' is twelve characters: 站 went to the next line with the comma after it
    # (a comma may not start a line), so the line is full and the paragraph runs on across it
    lines = ["清水镇：便民服务暖人心", "本报记者 陈思", "通过 WiFi 平台，居民可", "以在线预约垃圾分类站的服",
             "务，办理时间缩短了 95.5%。", "在望江街道新时代文明实践", "站，居民正在排队办理业务；", "一旁的摊主老任忙着登记。"]
    assert unpdf(lines, measure=13)[2:] == [
        "通过WiFi平台，居民可以在线预约垃圾分类站的服务，办理时间缩短了95.5%。在望江街道新时代文明实践站，"
        "居民正在排队办理业务；一旁的摊主老任忙着登记。"]


def test_a_place_and_its_colon_cut_from_a_headline_open_it_not_end_the_kicker():
    # pypdfium2: '枫林镇：' / '夜巡队显身手 ——…' under a wide kicker: the place opens the headline
    lines = ["记者蹲点：枫林镇的 “夜巡队”一天", "枫林镇：", "夜巡队显身手 ——枫林镇“夜巡队”有效解决了群众的急难愁盼问题"] + BODY
    assert unpdf(lines, measure=13)[:4] == ["记者蹲点：枫林镇的“夜巡队”一天", "枫林镇：夜巡队显身手",
                                            "——枫林镇“夜巡队”有效解决了群众的急难愁盼问题", "本报记者 陈思"]


def test_more_heading_pieces_pdftotext_raw_cuts():
    # a label's colon damaged to half-width; a deck cut after its quoted term; a headline in three
    # pieces, the second ending on 如何 (a question word wants what follows)
    lines = ["记者蹲点:", "清水社区的“共享菜园”一天", "共享菜园书香浓", "——杏花社区“5G基站”", "群众满意度明显提升"] + BODY
    assert unpdf(lines, measure=13)[:4] == ["记者蹲点:清水社区的“共享菜园”一天", "共享菜园书香浓",
                                            "——杏花社区“5G基站”群众满意度明显提升", "本报记者 陈思"]
    lines = ["从“文化礼堂”", "看松涛乡如何", "让群众的获得感成色更足", "——松涛乡设立文化礼堂工作纪实"] + BODY
    assert unpdf(lines, measure=13)[:3] == ["从“文化礼堂”看松涛乡如何让群众的获得感成色更足",     # as the copy has it
                                            "——松涛乡设立文化礼堂工作纪实", "本报记者 陈思"]


def test_a_line_with_figures_and_marks_set_close_is_full():
    # '12 月 26 日，记者走进清水村，' estimates wider than the column by its figures; its commas set
    # half-width it fits: a full line, so the sentence before it does not end the paragraph
    lines = ["清水镇：便民服务暖人心", "本报记者 陈思", "今年以来，清水村接待群", "众同比增长 33.5%，进一步",
             "提升了基层治理水平。村民老", "曾说：", "“日子越过越有奔头。", "”", "12 月 26 日，", "记者走进清水村，",
             "只见活动室里座无虚席。"]
    assert unpdf(lines, measure=13)[2:] == ["今年以来，清水村接待群众同比增长33.5%，进一步提升了基层治理水平。"
                                            "村民老曾说：“日子越过越有奔头。”12月26日，记者走进清水村，只见活动室里座无虚席。"]


# a headline names the story's subject (here 清水镇 and its 便民服务, named again and again below it)
@pytest.mark.parametrize("above", [[], ["聚焦民生实事"]])
def test_a_lower_heading_line_that_does_not_name_the_subject_is_the_rest_of_the_headline(above):
    lines = above + ["清水镇便民服务中心开放6天", "村民点赞“暖人心”"] + BODY
    assert unpdf(lines, measure=13)[:len(above) + 2] == above + ["清水镇便民服务中心开放6天 村民点赞“暖人心”",
                                                                 "本报记者 陈思"]


def test_a_headline_that_names_the_subject_under_a_kicker_stays_a_headline():
    for kicker, headline in [("我为群众办实事：走进清水镇", "便民服务暖人心"),
                             ("文明新风 润泽乡里", "清水镇：便民服务暖人心")]:
        assert unpdf([kicker, headline] + BODY, measure=13)[:3] == [kicker, headline, "本报记者 陈思"]


def test_a_deck_that_sums_up_in_figures_is_not_the_rest_of_the_headline():
    lines = ["清水镇便民服务暖人心", "300名村民参与 群众满意度明显提升"] + BODY
    assert unpdf(lines, measure=13)[:2] == ["清水镇便民服务暖人心", "300名村民参与 群众满意度明显提升"]


@pytest.mark.parametrize("rest", [["老人点赞“更便捷”"], ["老人点赞", "“更便捷”"]])
def test_a_headline_over_its_deck_is_not_run_into_the_paragraph_above(rest):
    # a paragraph ends at the end of a full line; the next story's headline, with figures, is as wide
    # as a column line, its second line and a dash deck under it (pdftotext -raw cuts at the quotes)
    lines = ["据了解，石桥乡还将在五", "个村推广共享菜园的好做法。", "长乐社区志愿服务队开放 26 天", *rest,
             "——记志愿者杜雪"] + PDFIUM[3:7]
    out = [l for l in unpdf(lines, measure=13) if l]
    assert out[:5] == ["据了解，石桥乡还将在五个村推广共享菜园的好做法。", "长乐社区志愿服务队开放26天", "老人点赞“更便捷”",
                       "——记志愿者杜雪", P1]


def test_a_bracketed_piece_pdftotext_raw_cut_at_both_brackets_is_put_back():
    # '…在8个村' / '（社区）' / '推广…做法。' — the last two were one full column line, so the
    # paragraph goes on after it
    raw = ["清水镇：便民服务暖人心", "本报记者 陈思", "据了解，翠屏社区还将在", "8 个村", "（社区）", "推广儿童之家的做法。",
           "镇长胡春燕介绍，儿童之家自", "4 月 1 日启用以来，已累计办", "理业务 1886 场。"]
    assert unpdf(raw, measure=13)[2:] == [("据了解，翠屏社区还将在8个村（社区）推广儿童之家的做法。"
                                           "镇长胡春燕介绍，儿童之家自4月1日启用以来，已累计办理业务1886场。")]


def test_a_line_of_running_text_broken_before_a_number_that_did_not_fit_is_full():
    # '居民杜明介绍，共享菜园自' is twelve characters: too wide for an indented first line, one short of
    # the column because '11' is never broken — the paragraph goes on after the sentence above
    lines = ["清水镇：便民服务暖人心", "本报记者 陈思", "8 月 24 日，记者走进双", "河镇，只见田间地头一派忙碌。",
             "居民杜明介绍，共享菜园自", "11 月 3 日启用以来，已累计", "调解纠纷 2661 件。"]
    assert unpdf(lines, measure=13)[2:] == [("8月24日，记者走进双河镇，只见田间地头一派忙碌。居民杜明介绍，共享菜园自"
                                             "11月3日启用以来，已累计调解纠纷2661件。")]


def test_a_short_paragraph_with_a_semicolon_under_a_caption_is_running_text():
    # a caption set under the headline moves after the story; the paragraph under it — two clauses
    # joined by a semicolon, as short as a caption — stays the story's first paragraph
    lines = ["“5G 基站”见实效", "负责人赵建国（右）在 5G 基站为青年讲解。", "在凤鸣村妇联，村民正在", "直播推介农产品；一旁的摊主",
             "老刘忙着登记。"] + PDFIUM[3:7]
    out = [l for l in unpdf(lines, measure=13) if l]
    assert out == ["“5G基站”见实效", "在凤鸣村妇联，村民正在直播推介农产品；一旁的摊主老刘忙着登记。", P1,
                   "负责人赵建国（右）在5G基站为青年讲解。"]


def test_a_headline_over_a_caption_and_a_byline_is_not_run_into_the_paragraph_above():
    lines = ["“以前办事要跑好几趟，", "现在在家门口就能办好。”", "清水镇志愿服务队开放 55 天", "网格员点赞“焕新颜”",
             "清水镇的网格员在志愿服务队里认真阅读。", "通讯员 杜海燕"] + PDFIUM[3:7]
    out = [l for l in unpdf(lines, measure=13) if l]
    # (the caption and the text name 清水镇 and its 志愿服务队, the lower heading line does not: one headline)
    assert out[:4] == ["“以前办事要跑好几趟，现在在家门口就能办好。”", "清水镇志愿服务队开放55天 网格员点赞“焕新颜”",
                       "通讯员 杜海燕", P1]


def test_a_headline_naming_a_subject_with_latin_letters_stays_a_headline():
    # the story is about the APP平台 (named in its text again and again); the kicker names the place
    lines = ["基层治理新探索：走进清水镇", "“APP平台”更便捷"] + BODY + ["村民说，APP 平台很方便。", "APP 平台还将推广。"]
    assert unpdf(lines, measure=13)[:3] == ["基层治理新探索：走进清水镇", "“APP平台”更便捷", "本报记者 陈思"]


def test_a_kicker_over_a_headline_and_captions_is_not_run_into_the_paragraph_above():
    lines = ["通过 AI 平台，孩子们可以在", "线预约服务，办理时间缩短", "了 53.5%，服务更便捷了。", "我为群众办实事:走进柳营乡",
             "四点半课堂书香浓", "店主邓建国(右)在四点半课堂为村民讲解。"] + PDFIUM[3:7]
    out = [l for l in unpdf(lines, measure=13) if l]
    assert out[1:3] == ["我为群众办实事:走进柳营乡", "四点半课堂书香浓"]


def test_a_short_paragraph_opening_as_a_report_under_a_caption_is_running_text():
    lines = ["凤鸣村：启用APP预约平台 让居民更便捷", "凤鸣村的居民在 APP 预约平台里直播推介农产品。", "截至目前，凤鸣村已排查",
             "整改隐患 64 处，进一步提升", "了基层治理水平。"] + PDFIUM[3:7]
    out = [l for l in unpdf(lines, measure=13) if l]
    assert out == ["凤鸣村：启用APP预约平台 让居民更便捷", "截至目前，凤鸣村已排查整改隐患64处，进一步提升了基层治理水平。", P1,
                   "凤鸣村的居民在APP预约平台里直播推介农产品。"]


def test_a_dash_deck_wrapped_in_its_frame_is_one_line_and_a_banner_deck_keeps_the_headline_under_it():
    wrapped = ["“便民服务”暖人心", "——清水镇“便民服务”有效", "解决了群众的急难愁盼问题"] + BODY
    assert unpdf(wrapped, measure=13)[:3] == ["“便民服务”暖人心", "——清水镇“便民服务”有效解决了群众的急难愁盼问题", "本报记者 陈思"]
    banner = ["我县：便民服务暖民心", "——我县城乡社区便民服务工作综述", "清水镇：便民服务暖人心"] + BODY
    assert unpdf(banner, measure=13)[:4] == banner[:3] + ["本报记者 陈思"]


def test_a_printed_page_opening_with_a_theme_over_a_kicker_and_headline_has_its_banner(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["便民服务暖民心 群众笑脸更灿烂", "文明新风润乡里 奋进路上再出发：清水镇的新变化",
                               "清水镇：便民服务暖人心"] + PDFIUM[2:]), encoding="utf-8")
    page, _ = import_copy(path)
    assert page.banner["headline"] == "便民服务暖民心 群众笑脸更灿烂"
    assert (page.stories[0].kicker, page.stories[0].headline, page.stories[0].deck) == (
        "文明新风润乡里 奋进路上再出发：清水镇的新变化", "清水镇：便民服务暖人心", None)


BRIEFS = ["本县简讯",
          "本报讯\u3000近日，县城东部",
          "供水改造工程全面完工，新建",
          "供水管网 28 公里，惠及沿线",
          "5 个社区、1.2 万余户居民。",
          "此前，这些社区用水高峰期常",
          "出现水压不足的问题，改造完",
          "成后，居民家中的水压明显",
          "提升。",
          "本报讯\u3000县人力资源和社",
          "会保障局日前举办“就业服务",
          "进社区”专场招聘会，56 家",
          "企业提供就业岗位 1300余个。",
          "本报讯\u3000我县首批 12 个",
          "“口袋公园”近日建成开放。"]


def test_briefs_each_open_on_their_dateline_which_keeps_its_full_width_space(tmp_path):
    # 简讯 as pypdfium2 gives them: each brief opens flush on 本报讯 and a full-width space, so its
    # first line is short like a heading's, and may follow a paragraph's short last line
    assert unpdf(BRIEFS, 13) == [
        "本县简讯",
        "本报讯\u3000近日，县城东部供水改造工程全面完工，新建供水管网28公里，惠及沿线5个社区、1.2万余户居民。"
        "此前，这些社区用水高峰期常出现水压不足的问题，改造完成后，居民家中的水压明显提升。",
        "本报讯\u3000县人力资源和社会保障局日前举办“就业服务进社区”专场招聘会，56家企业提供就业岗位1300余个。",
        "本报讯\u3000我县首批12个“口袋公园”近日建成开放。"]
    copy = tmp_path / "briefs.txt"
    copy.write_text("\n".join(PDFIUM + BRIEFS) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    briefs = next(s for s in page.stories if s.headline == "本县简讯")
    assert [p[:5] for p in briefs.paragraphs] == ["本报讯\u3000近", "本报讯\u3000县", "本报讯\u3000我"]


def test_a_line_the_copy_indents_opens_a_paragraph_whatever_its_width():
    # a sentence ends at a full line's end and the next line is as wide as a column: by the widths
    # the paragraph goes on; the two full-width spaces (a PDF read with its characters' places)
    # say that the next line is a paragraph's first
    lines = ["今年以来，石桥乡排查隐", "患多处，目前已排查整改完。", "据了解，石桥乡还将在五个村", "推广共享菜园的好做法。"]
    assert len(join_column_lines(lines, 13)) == 1
    lines[2] = "\u3000\u3000" + lines[2]
    assert join_column_lines(lines, 13) == ["今年以来，石桥乡排查隐患多处，目前已排查整改完。", "据了解，石桥乡还将在五个村推广共享菜园的好做法。"]


def test_a_kicker_as_wide_as_a_column_after_a_full_sentence_is_not_run_into_it():
    # the paragraph's last line fills the column and ends a sentence; the next story's kicker is as
    # wide as a column, its headline set in two lines, the second wider than a column (no column
    # line is), then the byline
    lines = ["出所，网格员正在分拣可回收", "物；一旁的居民小郑忙着登记。", "基层治理新探索：走进东湖乡",
             "从“共享菜园”", "看东湖乡如何受到居民普遍欢迎", "本报记者 彭雪 胡娜", "2 月 20 日，记者走进东",
             "湖乡，只见田间地头一派忙碌。"]
    assert join_column_lines(lines, 13)[:2] == ["出所，网格员正在分拣可回收物；一旁的居民小郑忙着登记。", "基层治理新探索：走进东湖乡"]


def test_a_labelled_kicker_after_a_sentences_end_starts_the_next_heading():
    # pdftotext -raw: the last line of a story fills the column and ends a sentence; the next
    # story's kicker (a column's label, its colon, as wide as a column) over a headline with no
    # byline — never the paragraph's next line
    lines = ["明实践站建成“健身步道”，", "吸引了 327 余名孩子们参与。", "乡村振兴看变化：走进枫林乡", "“爱心驿站”乐融融",
             "2 月 24 日，记者走进枫", "林乡，只见活动室里座无虚席。"]
    assert join_column_lines(lines, 13)[:2] == ["明实践站建成“健身步道”，吸引了 327 余名孩子们参与。", "乡村振兴看变化：走进枫林乡"]


def test_a_headline_in_two_lines_with_no_byline_over_a_paragraph_is_not_run_into_the_one_above():
    # pypdfium2's text: a paragraph ends on a full line's sentence end; the next story's headline
    # in two lines (the second short and ending no sentence: no column line does that before a new
    # paragraph), then its first paragraph's indented first line
    lines = ["22 日，记者走进河湾街道，", "只见服务窗口前秩序井然。", "石桥社区老年食堂开放 59 天", "商户点赞“书香浓”",
             "村民小杨说：“我们会一", "直坚持下去。”村民胡宏伟介"]
    assert join_column_lines(lines, 13)[:3] == ["22 日，记者走进河湾街道，只见服务窗口前秩序井然。", "石桥社区老年食堂开放 59 天",
                                                "商户点赞“书香浓”"]


def test_a_kicker_naming_the_storys_place_in_its_words_is_no_half_of_the_headline():
    # the story's place is its own name (its text says 清水镇 again and again), but a kicker names it
    # too, inside its words ('清水镇新变化', '书香清水镇') as after a colon: no sign of a headline's first half
    for kicker in ("清水镇新变化", "文明新风 书香清水镇"):
        assert unpdf([kicker, "办事不用再跑腿"] + BODY, measure=13)[:3] == [kicker, "办事不用再跑腿", "本报记者 陈思"]
    # (a line naming the story's own subject beyond its place still goes on into the line under it)
    assert unpdf(["清水镇便民服务中心开放6天", "村民点赞“暖人心”"] + BODY, measure=13)[:2] == [
        "清水镇便民服务中心开放6天 村民点赞“暖人心”", "本报记者 陈思"]


def test_a_word_and_its_place_is_no_bare_place_name_over_the_headline():
    # '书香清水镇' is a kicker: the page says 清水镇 alone more often than the line — a bare place name set on
    # a line of its own ('清水镇' / '便民服务暖人心') is the headline's first words
    from layout_app.intake.headings import wrapped_headlines

    page = ["书香清水镇", "农家书屋成了香饽饽", "清水镇的农家书屋……清水镇……"]
    assert wrapped_headlines(page) == page
    assert wrapped_headlines(["清水镇", "农家书屋成了香饽饽", "清水镇的农家书屋……"])[0] == "清水镇农家书屋成了香饽饽"


def test_a_headline_ending_on_le_over_a_deck_in_figures_stays_whole():
    # 了 ends a sentence too: '招聘会“火”了' is a whole headline, and the line under it opening on its figure
    # is the deck that sums the story up — not the rest of a headline broken after 了
    from layout_app.intake.headings import wrapped_headlines

    lines = ["招聘会“火”了", "48家企业提供岗位2755个", "本报记者 陈思"]
    assert wrapped_headlines(lines) == lines
    # (a line broken on a particle's 了 before the rest of its phrase still goes on)
    assert wrapped_headlines(["白沙社区有效解决了", "群众的急难愁盼问题", "本报记者 陈思"])[0] == "白沙社区有效解决了群众的急难愁盼问题"
