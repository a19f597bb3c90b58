"""intake.unpdf: copy taken out of a printed page's PDF comes back shaped like copy as it arrives.

The snippets are written by hand in the shapes pdftotext (default and -raw) and pypdfium2 give for
a page set in 13-character columns (first lines indented by two), and so are the expected texts."""
from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest

from layout_app.intake.importer import import_copy
from layout_app.intake.repair import join_broken_lines
from layout_app.intake.unpdf import close_up, join_column_lines, looks_extracted, unpdf, unpdf_text
from tests.intake import copy_samples

CORPUS = Path(__file__).resolve().parent / "corpus"

P1 = "今年以来，清水镇把便民服务作为重点工作，在全镇推出了多项便民举措，群众反响良好。"
P2 = "镇长吴志强介绍，便民服务中心已累计接待群众一万多人次，平均等候时间不超过十分钟。"
P3 = "“以前办事要跑好几趟，现在在家门口就能办好。”村民老彭说。"
# a sentence ends at the end of a full line, and the paragraph goes on (the next line is full)
P4 = "据了解，石桥乡还将在五个村推广共享菜园的好做法。截至目前，已排查整改隐患多处。"
P5 = "镇长吴志强说，通过APP平台，村民可以在线预约服务，办理时间缩短了63%。"

# one column line a line, no indents, no blank lines: pypdfium2's text
PDFIUM = [
    "文明新风 润泽乡里",
    "清水镇：便民服务暖人心",
    "本报记者 陈思",
    "今年以来，清水镇把便民",
    "服务作为重点工作，在全镇推",
    "出了多项便民举措，群众反响",
    "良好。",
    "镇长吴志强介绍，便民服",
    "务中心已累计接待群众一万多",
    "人 次 ， 平 均 等 候 时 间 不 超 过 十",      # a justified line, letter-spaced
    "分钟。",
    "“以前办事要跑好几趟，",
    "现在在家门口就能办好。”村民",
    "老彭说。",
    "据了解，石桥乡还将在五",
    "个村推广共享菜园的好做法。",
    "截至目前，已排查整改隐患多",
    "处。",
    "镇长吴志强说，通过 APP",
    "平台，村民可以在线预约服务，",
    "办理时间缩短了 63%。",
    "清水镇便民服务中心的工作人员为群众办理业务。",
    "本版稿件由本报记者 陈思 采写\u3000\u3000本版图片由本报记者 周航 摄",
]
PDFIUM_EXPECTED = [
    "文明新风 润泽乡里",                    # the kicker keeps its phrase break
    "清水镇：便民服务暖人心",
    "本报记者 陈思",
    P1, P2, P3, P4, P5,
    "", "",                                   # parts apart as in copy as it arrives
    "清水镇便民服务中心的工作人员为群众办理业务。",
    "", "",
    "本版稿件由本报记者 陈思 采写",
    "本版图片由本报记者 周航 摄",
]


def test_column_lines_become_paragraphs():
    assert unpdf(PDFIUM) == PDFIUM_EXPECTED


def test_pdftotext_raw_pieces_cut_after_marks_are_put_back():
    # pdftotext -raw cuts a column line after a mark set close: '…在全镇推' / '出了…，' / '群众反响'
    raw = ["清水镇：便民服务暖人心", "本报记者 陈思",
           "今年以来，", "清水镇把便民", "服务作为重点工作，", "在全镇推", "出了多项便民举措，",
           "群众反响", "良好。",
           "村民老彭说：", "“以前办事要跑好几趟，", "现在在家门口就能办好。", "”",
           "镇长吴志强介绍，便民服", "务中心已累计接待群众一万多", "人次，平均等候时间不超过十", "分钟。",
           "据了解，石桥乡还将在五", "个村推广共享菜园的好做法。", "截至目前，已排查整改隐患多", "处。"]
    assert unpdf(raw, measure=13) == ["清水镇：便民服务暖人心", "本报记者 陈思", P1,
                          "村民老彭说：“以前办事要跑好几趟，现在在家门口就能办好。”", P2, P4]


def test_side_by_side_columns_are_read_column_by_column():
    # pdftotext's default order (poppler's rules, worked out by hand): the two columns of a story
    # line by line; two lines of one baseline joined by a space only where the left one reaches the
    # column's edge and the right one is not indented — else each on an output line of its own
    text = ("清水镇：便民服务暖人心\n"
            "本报记者 陈思\n"
            "\n"
            "今年以来，清水镇把便民\n"
            "镇长吴志强介绍，便民服\n"
            "服务作为重点工作，在全镇推 务中心已累计接待群众一万多\n"
            "出了多项便民举措，群众反响 人次，平均等候时间不超过十\n"
            "良好。\n"
            "分钟。\n"
            "据了解，石桥乡还将在五\n"
            "“以前办事要跑好几趟，\n"
            "个村推广共享菜园的好做法。 现在在家门口就能办好。”村民\n"
            "截至目前，已排查整改隐患多 老彭说。\n"
            "处。\n"
            "\f")
    assert unpdf_text(text, measure=13).split("\n") == ["清水镇：便民服务暖人心", "本报记者 陈思", "",
                                            P1, P4, P2, P3, "", ""]


def test_spaces_put_in_by_extraction_are_closed_up():
    assert close_up("截至目前，已排查整改隐患 35 处，通过 VR 平台") == "截至目前，已排查整改隐患35处，通过VR平台"
    assert close_up("开 展 “ 共 享 菜 园 ” , 吸 引 了") == "开展“共享菜园”,吸引了"
    # a headline's phrase break, Latin words and a byline keep their spaces
    assert close_up("云溪村垃圾分类站开放 8 天 青年点赞") == "云溪村垃圾分类站开放8天 青年点赞"
    assert close_up("Hello World 你好") == "Hello World你好"
    assert close_up("本报记者 曾丽 通讯员 徐卫东") == "本报记者 曾丽 通讯员 徐卫东"


def test_a_byline_wrapped_in_its_frame_is_one_line():
    lines = PDFIUM[:2] + ["本报记者 田桂兰 通讯员 王", "秀英"] + PDFIUM[3:]
    assert unpdf(lines)[2] == "本报记者 田桂兰 通讯员 王秀英"


def test_a_byline_wrapped_after_a_role_keeps_the_space_before_the_name():
    lines = PDFIUM[:2] + ["本报记者 胡志强 通讯员", "袁娜"] + PDFIUM[3:]
    assert unpdf(lines)[2] == "本报记者 胡志强 通讯员 袁娜"


def test_a_heading_cut_after_an_opening_quote_is_one_line():
    # (pypdfium2 shows the blanks of the quote marks set half-width as spaces: the copy has none)
    lines = ["记者蹲点：云溪街道的 “老年", "食堂” 一天"] + PDFIUM[1:]
    assert unpdf(lines)[0] == "记者蹲点：云溪街道的“老年食堂”一天"


def test_a_headline_wrapped_just_after_its_phrase_break_is_one_line():
    lines = ["河湾村：志愿者的红色书屋节节高 群", "众笑脸更灿烂"] + PDFIUM[2:]
    assert unpdf(lines)[:2] == ["河湾村：志愿者的红色书屋节节高 群众笑脸更灿烂", "本报记者 陈思"]
    # a kicker whose last phrase is short stays apart from the headline under it
    lines = ["记者蹲点：云溪街道的“老年食堂”一天", "清水镇：便民服务暖人心"] + PDFIUM[2:]
    assert unpdf(lines)[:2] == lines[:2]


def test_a_headline_in_three_lines_opening_on_its_place_name_is_one_line_under_its_kicker():
    # a narrow heading frame broke the headline after its place name; the kicker above is a phrase
    lines = ["数字赋能 便民惠民", "河湾村", "“红色书屋”", "有温度"] + PDFIUM[2:]
    assert unpdf(lines)[:3] == ["数字赋能 便民惠民", "河湾村“红色书屋”有温度", "本报记者 陈思"]


def test_a_caption_wider_than_a_column_is_never_run_into():
    # pdftotext's default order can put a photo's caption right after a column line that runs on
    caption = "石桥乡综合执法队的队员正在开展安全巡查。"
    lines = PDFIUM[:5] + [caption] + PDFIUM[5:]
    assert caption in unpdf(lines)


def test_a_headline_ending_in_a_quote_keeps_its_deck_close():
    # '…点赞“护安宁”' ends a headline, not a paragraph: its deck is not set apart from it
    lines = ["梅岭镇夜巡队开放11天 网格员点赞“护安宁”", "128名网格员参与 有效解决了群众的急难愁盼问题"] + PDFIUM[2:]
    assert unpdf(lines)[:3] == ["梅岭镇夜巡队开放11天 网格员点赞“护安宁”",
                                "128名网格员参与 有效解决了群众的急难愁盼问题", "本报记者 陈思"]


def test_a_heading_as_wide_as_a_column_does_not_swallow_the_byline():
    out = unpdf(["清水镇开展志愿服务队工作纪"] + PDFIUM[2:])
    assert out[:2] == ["清水镇开展志愿服务队工作纪", "本报记者 陈思"]


@pytest.mark.parametrize("sample", ["PAGE", "STORY", "TRADITIONAL_STORY"])
def test_copy_not_from_a_pdf_is_left_alone(sample):
    lines = getattr(copy_samples, sample).splitlines()
    assert not looks_extracted(lines)
    assert unpdf(lines) == lines


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*-arrival.txt")), ids=lambda p: p.stem)
def test_arrival_copy_is_left_alone(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert not looks_extracted(lines)
    assert unpdf(lines) == lines


def _marks(lines: list[str]) -> Counter:
    return Counter(ch for l in lines for ch in l if not ch.isspace())


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_unpdf_loses_and_adds_no_character(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert _marks(unpdf(lines)) == _marks(lines)


@pytest.mark.parametrize("path", sorted(p for p in CORPUS.glob("*.txt") if "arrival" not in p.name),
                         ids=lambda p: p.stem)
def test_pdf_fixtures_are_recognised(path):
    assert looks_extracted(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("variant", ["pdftotext", "pdftotext-raw", "pdfium"])
def test_generated_pages_lose_no_character(variant):
    from tests.corpus.cases import make_case

    with tempfile.TemporaryDirectory() as tmp:
        for seed in (7, 8):
            lines = make_case(seed, variant, Path(tmp)).text.splitlines()
            assert _marks(unpdf(lines)) == _marks(lines), f"seed {seed}"


def test_import_joins_column_lines_and_says_so(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(PDFIUM) + "\n", encoding="utf-8")
    page, copy = import_copy(path)
    paragraphs = [p for s in page.to_json()["stories"] for p in s["paragraphs"]]
    assert P1 in paragraphs and P4 in paragraphs
    assert any("PDF" in n for n in copy.notices)


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


# --- a photo's caption after a sentence a column end cut (issue 10) ---

CUT = "志愿者杨静表示，下一步将继续完善乡村大舞台的服务功"
REST = "能，进一步提升了基层治理水平。"
PHOTO = "志愿者杨静（右）在乡村大舞台为网格员讲解。"


def test_a_caption_between_blank_lines_is_not_the_rest_of_a_sentence_cut_before_it():
    # copy out of a printed page, its column lines joined: the paragraph's rest stands elsewhere
    # (pdftotext gave that column first), the photo's caption between blank lines after the cut
    lines = ["乡村大舞台书香浓", REST, "", "", CUT, "", "", PHOTO, "", "", "本版稿件由本报记者 罗思远 采写"]
    blocks = [t for t, _ in join_broken_lines(lines, printed=True)]
    assert blocks == ["乡村大舞台书香浓", REST, CUT, PHOTO, "本版稿件由本报记者 罗思远 采写"]
    # …with the photo's credit after it too
    credited = PHOTO + "本报记者 孙娜 摄"
    assert [t for t, _ in join_broken_lines([CUT, "", "", credited, ""], printed=True)] == [CUT, credited]


def test_the_rest_of_a_cut_sentence_after_blank_lines_is_still_joined():
    # no scene in it (nobody somewhere): the sentence's rest, not a caption
    rest = "729余名党员参与。"
    assert [t for t, _ in join_broken_lines(["近日，白沙社区老年协会完善“志愿服务队”，吸引了", "", "", rest],
                                            printed=True)] == ["近日，白沙社区老年协会完善“志愿服务队”，吸引了" + rest]
    # copy as it arrives: a paragraph split at a column end with a blank line is one paragraph, whatever
    # its second half says (no PDF's column lines were joined before)
    assert [t for t, _ in join_broken_lines([CUT, "", PHOTO, ""])] == [CUT + PHOTO]
    # a sentence with a scene with text right under it (no blank line): not set apart, the rest
    assert join_broken_lines([CUT, "", PHOTO, REST], printed=True)[0][0] == CUT + PHOTO


def test_a_caption_after_a_cut_sentence_on_a_printed_page_is_a_caption(tmp_path):
    # pdftotext's default text of a page: the second column of story two came before its heading,
    # its first column ends mid-word over the photo's caption and the page credits
    col = ["截至目前，河湾街道已排", "查整改隐患81处，为乡村振", "兴注入了新动能。摊主小马",
           "说：“日子越过越有奔头。”这", "样的图书角，谁不喜欢？", "村支书蔡秀英介绍，图书",
           "角自7月4日启用以来，已", "累计开展活动1788件。这样", "的图书角，谁不喜欢？"]
    text = "\n".join(["“图书角”书香浓", *col, "", "能，进一步提升了基层治理水", "平。", "",
                      "乡村大舞台书香浓", "志愿者杨静表示，下一步", "将继续完善乡村大舞台的服务",
                      "功能，群众满意度明显提升。", "志愿者杨静表示，下一步将继", "续完善乡村大舞台的服务功",
                      "", PHOTO, "", "本版稿件由本报记者 罗思远 采写", ""])
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page, _ = import_copy(path)
    assert [c.text for c in page.captions] == [PHOTO]
    assert not any(PHOTO in p for s in page.stories for p in s.paragraphs)
    # (a sentence that fills its column line and a full line after it: one paragraph)
    assert page.stories[-1].paragraphs[-1] == "志愿者杨静表示，下一步将继续完善乡村大舞台的服务功能，群众满意度明显提升。" + CUT


def test_a_line_a_character_short_before_an_opening_quote_is_full():
    # '近日，石桥村老年协会开展' is twelve characters, wider than an indented first line holds even with
    # its comma set close: an opening quote may not end a line, so “ went over with the word it opens
    # and the line is full — the sentence before it ended at the column's edge, the paragraph runs on
    lines = ["石桥村：5G基站添新彩", "本报记者 陈思", "截至目前，石桥村已排查整", "改隐患71处，进一步提升了",
             "基层治理水平。今年以来，石", "桥村已排查整改隐患多处，进", "一步提升了基层治理水平。",
             "近日，石桥村老年协会开展", "“5G基站”，吸引了284余名", "志愿者参与。"]
    assert unpdf(lines, measure=13)[2:] == [
        "截至目前，石桥村已排查整改隐患71处，进一步提升了基层治理水平。今年以来，石桥村已排查整改隐患多处，"
        "进一步提升了基层治理水平。近日，石桥村老年协会开展“5G基站”，吸引了284余名志愿者参与。"]
    # eleven characters before the quote: an indented first line holds them, a new paragraph
    short = lines[:7] + ["近日，石桥村卫生院开展", "“5G基站”，吸引了284余名", "志愿者参与。"]
    assert unpdf(short, measure=13)[3:] == ["近日，石桥村卫生院开展“5G基站”，吸引了284余名志愿者参与。"]
    # twelve characters of which two marks: set close, they fit an indented first line — a new paragraph
    two_marks = lines[:7] + ["近日，石桥村、河湾村开展", "“5G基站”，吸引了284余名", "志愿者参与。"]
    assert unpdf(two_marks, measure=13)[3:] == ["近日，石桥村、河湾村开展“5G基站”，吸引了284余名志愿者参与。"]


def test_a_caption_narrower_than_a_column_between_blank_lines_is_not_run_into_a_cut_sentence(tmp_path):
    # pdftotext: the story's column ends mid-sentence over its photo; the photo's caption is shorter
    # than a column line, between blank lines, and the next story's heading follows
    caption = "村民在服务中心办事。"
    lines = PDFIUM[:9] + ["", "", caption, "", "", "河湾社区：夜巡队守护居民安宁"] + PDFIUM[11:20]
    out = unpdf(lines, measure=13)
    assert P1 in out and "镇长吴志强介绍，便民服务中心已累计接待群众一万多" in out and caption in out
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    page, _ = import_copy(path)
    assert [c.text for c in page.captions] == [caption]
    # the rest of the sentence, a column line with text under it, runs on across the blank lines
    rest = PDFIUM[:9] + ["", ""] + PDFIUM[9:11]
    assert unpdf(rest, measure=13)[3:] == [P1, P2]
    # …and so does a line shaped like a caption (someone somewhere, one sentence) with text under it
    scene = "人次，群众在家门口就能办好。"
    rest = PDFIUM[:9] + ["", "", scene] + PDFIUM[11:14]
    assert unpdf(rest, measure=13)[4] == "镇长吴志强介绍，便民服务中心已累计接待群众一万多" + scene


def test_a_caption_with_its_photo_credit_on_the_line_under_it_stands_apart_too(tmp_path):
    caption = "村民在便民服务中心排队办理业务。"
    lines = PDFIUM[:9] + ["", "", caption, "记者 王某 摄", "", "", "河湾社区：夜巡队守护居民安宁"] + PDFIUM[11:20]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    page, _ = import_copy(path)
    assert [c.text for c in page.captions] == [caption]
    assert page.stories[0].paragraphs[-1] == "镇长吴志强介绍，便民服务中心已累计接待群众一万多"
    assert "记者 王某 摄" in page.credits
    # a byline is no photo's credit: a sentence over it is not set apart by it
    assert [t for t, _ in join_broken_lines([CUT, "", "", PHOTO, "本报记者 王某", "", ""], printed=True)][0] == CUT + PHOTO


def test_the_last_line_of_a_page_lead_set_wider_than_a_column_runs_on_across_a_blank_line():
    # a lead set across columns: unpdf leaves its lines as they are (wider than a column), and its
    # last line after a blank line shows people somewhere (群众在家门口) — the lead's rest, not a caption
    lead = ["近年来，我区坚持以人民为中心，在城乡社区开", "展了一系列便民服务行动，聚焦群众急难愁盼，累计", "",
            "办成民生实事73件，让群众在家门口就能办成事、办好事。", "", "", "“调解室”惠万家"]
    assert [t for t, _ in join_broken_lines(lead, printed=True)] == [
        "近年来，我区坚持以人民为中心，在城乡社区开展了一系列便民服务行动，聚焦群众急难愁盼，累计"
        "办成民生实事73件，让群众在家门口就能办成事、办好事。", "“调解室”惠万家"]


def test_a_line_spread_to_the_full_measure_goes_on_after_a_sentences_end():
    """A sentence ends at a full line's end; the next line holds eleven characters, as an indented
    first line would — but the extraction shows it letter-spaced: justification spread it over the
    whole column (an indented first line holds eleven characters unspread). The paragraph goes on.
    Unspread, the same eleven characters open a new paragraph."""
    head = ["这样的夜巡队，谁不喜欢？居", "民们纷纷点赞：“夜巡队暖民", "心！居民们纷纷点赞这样好！”"]
    rest = ["“夜巡队”，吸引了一百余名居", "民参与。"]
    spread = unpdf(head + ["近 日 ， 枫 林 村 供 电 所 设 立"] + rest + [""] * 2 + FILLER, 13)
    assert spread[0] == "".join(head) + "近日，枫林村供电所设立" + "".join(rest)
    plain = unpdf(head + ["近日，枫林村供电所设立"] + rest + [""] * 2 + FILLER, 13)
    assert plain[:2] == ["".join(head), "近日，枫林村供电所设立" + "".join(rest)]


# more column lines after a blank, so the copy reads as taken out of a PDF
FILLER = ["　　今年以来，石桥乡排查隐", "患多处，目前已排查整改完。", "据了解，石桥乡还将在五个村", "推广共享菜园的好做法，吸引", "了不少群众前来参观学习。"]


def test_a_headline_as_wide_as_an_indented_line_does_not_run_on_into_a_sentence_opening_on_its_time():
    # the headline, 11 characters with no mark — as wide as a paragraph's indented first line — right
    # over its story's first line, a full one that opens a sentence on its time and comma ('近日，…'):
    # running text never goes on into a new sentence without a mark; the headline stands apart
    from layout_app.intake.unpdf import join_column_lines

    lines = ["杏花社区：调解室更便捷", "近日，杏花社区市场监管所设", "立“调解室”，吸引了许多孩", "子们参与。"]
    assert join_column_lines(lines, 13) == ["杏花社区：调解室更便捷", "近日，杏花社区市场监管所设立“调解室”，吸引了许多孩子们参与。"]
    # (a paragraph's first line that ends on the word its time belongs to goes on: '…截至' / '6 月…')
    lines = ["杏花社区党员服务队截至", "6 月 20 日，已排查整改隐患", "五十四处。"]
    assert join_column_lines(lines, 13) == ["杏花社区党员服务队截至6 月 20 日，已排查整改隐患五十四处。"]
