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


def test_a_line_opening_with_a_sentences_last_word_goes_on_from_the_line_before():
    # pdftotext -raw cut the second line at its quotes and put them back wider than a column; its first
    # character and a full stop are the end of the sentence the line above cut off ('统一意' / '见。')
    lines = ["　　加装电梯最难的是统一意", "见。街道创新推出“楼门议事会”", "，一楼住户的采光、噪音", "等顾虑都拿到桌面上谈。"]
    assert join_column_lines(lines, 13) == ["加装电梯最难的是统一意见。街道创新推出“楼门议事会”，一楼住户的采光、噪音等顾虑都拿到桌面上谈。"]


def test_a_datelines_bracketed_reporter_does_not_make_its_line_a_heading():
    # the space between 记者 and the name is no space between a heading's two phrases
    lines = ["　　本报讯（记者 孙浩）10", "月 12 日，记者来到石桥镇小", "麦村，只见收割机来回穿梭。"]
    assert join_column_lines(lines, 13) == ["本报讯（记者 孙浩）10月 12 日，记者来到石桥镇小麦村，只见收割机来回穿梭。"]


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
    # a headline of four phrases is no line spread by spaces (a spread line sets every character apart)
    assert close_up("旅游专线开通 司机点赞 一条路 富了一方人") == "旅游专线开通 司机点赞 一条路 富了一方人"
    assert close_up("班 车 6:30 发 车 ， 末 班 车") == "班车6:30发车，末班车"


def test_a_full_line_over_a_dateline_that_ends_no_sentence_is_a_headline():
    """An indented line's worth that ends a sentence ('牛角镇，改造后的老街。', a caption) over a full
    line reads as a paragraph's first two lines — unless the full line ends no sentence and a brief's
    dateline follows: a paragraph's last line ends a sentence, so that line is the next headline."""
    lines = PDFIUM[:18] + ["牛角镇，改造后的老街。", "燃气管道改造办到居民心坎上", "本报讯（通讯员 邓亮）6",
                           "月1日，记者来到牛角镇，只", "见处处洋溢着欢声笑语。"]
    out = unpdf(lines, measure=13)
    assert "燃气管道改造办到居民心坎上" in out
    assert out[-1] == "本报讯（通讯员 邓亮）6月1日，记者来到牛角镇，只见处处洋溢着欢声笑语。"
    # (a full line that ends its sentence there is the paragraph's last line)
    lines[19] = "燃气管道改造办到了居民家。"
    assert "牛角镇，改造后的老街。燃气管道改造办到了居民家。" in unpdf(lines, measure=13)


def test_a_paragraphs_first_line_runs_on_into_lines_its_widths_cannot_measure_exactly():
    """A paragraph's first line (indented: eleven characters of a 13-character column) ending on a word
    runs on into the next line, never a headline — also where that line's width is an estimate:
    marks the layout squeezed ('说：“…”' holds two marks in one em), figures whose widths are no whole
    ems ('积达 4449 亩，…' holds more than an indented line's room), a clock time's colon (no
    kicker's label)."""
    cases = [
        (["烘干设备，省工又省钱。", "文化站站长袁雨轩笑着", "说：“明年还来！”5 月 6 日晚，", "朝阳乡的安置小区锣鼓喧天，",
          "区文化馆的送电影下乡在这里", "上演。"],
         "文化站站长袁雨轩笑着说：“明年还来！”5月6日晚，朝阳乡的安置小区锣鼓喧天，区文化馆的送电影下乡在这里上演。"),
        (["烘干设备，省工又省钱。", "胜利街道今年油菜种植面", "积达 4449 亩，预计总产量", "13 吨。今年杜红梅种了 2391",
          "亩油菜。"], "胜利街道今年油菜种植面积达4449亩，预计总产量13吨。今年杜红梅种了2391亩油菜。"),
        (["入冬以来,西关乡花园社", "区中医馆的工作一刻没有停。", "中医馆每天 17:30 至 22:00", "开放内科、儿科和口腔科,市",
          "民 可 通 过 微 信 公 众 号 提 前", "预约。"],
         "入冬以来,西关乡花园社区中医馆的工作一刻没有停。中医馆每天17:30至22:00开放内科、儿科和口腔科,市民可通过微信公众号提前预约。"),
    ]
    for lines, paragraph in cases:
        out = unpdf(PDFIUM[:18] + lines, measure=13)
        assert out[-1] == paragraph, out[-3:]
    # a headline as wide as an indented line over a paragraph's first line (itself indented) stays a headline
    out = unpdf(PDFIUM[:18] + ["烘干设备，省工又省钱。", "健康小屋为健康“加码”", "本报讯 今年以来，华山",
                               "街道把健康小屋作为民生实事", "来抓。"], measure=13)
    assert "健康小屋为健康“加码”" in out


def test_a_line_justification_stretched_is_no_paragraphs_end_nor_its_first_line():
    """pypdfium2 shows a space where justification stretched a line ('台下掌声雷动 ，', '27 分钟 。'): no writer
    sets one before a pause or stop. A stretched line is no paragraph's last line (a last line is set
    short), and one holding more than an indented first line holds is no paragraph's first line."""
    first_line_then_stretched = ["烘干设备，省工又省钱。", "“明年还来！”高老伯说。", "一曲唱罢，台下掌声雷动 ，",
                                 "87 岁的高老伯跟着哼了起来。"]
    out = unpdf(PDFIUM[:18] + first_line_then_stretched, measure=13)
    assert out[-1] == "“明年还来！”高老伯说。一曲唱罢，台下掌声雷动，87岁的高老伯跟着哼了起来。"
    # the pause the copy's damage made half-width ('台下掌声雷动 ,'): the space before it is justification's too
    half = first_line_then_stretched[:2] + ["一曲唱罢，台下掌声雷动 ,"] + first_line_then_stretched[3:]
    assert unpdf(PDFIUM[:18] + half, measure=13)[-1] == "“明年还来！”高老伯说。一曲唱罢，台下掌声雷动,87岁的高老伯跟着哼了起来。"
    # without the stretch the text cannot tell: the sentence's end stays a paragraph's end
    unstretched = first_line_then_stretched[:2] + ["一曲唱罢，台下掌声雷动，"] + first_line_then_stretched[3:]
    assert unpdf(PDFIUM[:18] + unstretched, measure=13)[-2] == "“明年还来！”高老伯说。"
    # a stretched line that ends a sentence goes on, also after the quote's tail cut before it was put
    # back on it (the stretched line ends the piece)
    lines = ["据了解，区工商联为摊主", "和企业办实事，用上了智能面", "试系统“牵线”，全程不超过27分钟。", "每到傍晚，村口的就业驿站就",
             "热闹起来，小吃、百货、手工", "艺品摊位一字排开。"]
    assert join_column_lines(lines, 13)[-2].endswith("全程不超过27分钟。")
    assert join_column_lines(lines, 13, stretched_lines=frozenset({"线”，全程不超过27分钟。"})) == [
        "据了解，区工商联为摊主和企业办实事，用上了智能面试系统“牵线”，全程不超过27分钟。每到傍晚，村口的就业驿站就热闹起来，小吃、百货、手工艺品摊位一字排开。"]
    # the same line twice on the page, stretched once and once not: the text tells nothing of either
    twice = ["在双河乡新时代文明实践", "站，志愿者正在领取兑换物品；", "一旁的居民老任忙着登记 。", "10 月 1 日，记者走进双河乡，",
             "只见货架上摆满了农产品。", "在双河乡新时代文明实践", "站，村民正在接受健康检查；", "一旁的居民老任忙着登记。",
             "这样的共享菜园，谁不喜", "欢？4 月 1 日，记者走进双河", "乡，只见新建的步道绿树成荫。"]
    out = unpdf(PDFIUM[:18] + twice, measure=13)
    assert out[-1].startswith("这样的共享菜园") and out[-2].endswith("村民正在接受健康检查；一旁的居民老任忙着登记。")


def test_a_line_wider_than_an_indented_first_line_over_a_full_line_is_inside_its_paragraph():
    # after a sentence's end, a line holding more than an indented first line has room for (11 of 13,
    # its figures' widths estimated) over a full line of running text: no new paragraph opens there
    lines = ["走进北塘镇城北村小学门", "口，几位老人正坐在树下聊天。", "今年丁德明种了 2432 亩柑", "橘，亩产比去年增加了近 55",
             "公斤。"]
    out = unpdf(PDFIUM[:18] + lines, measure=13)
    assert out[-1] == "走进北塘镇城北村小学门口，几位老人正坐在树下聊天。今年丁德明种了2432亩柑橘，亩产比去年增加了近55公斤。"
    # an indented first line there opens a new paragraph
    lines[2:] = ["今年丁德明种了 243 亩", "柑橘，亩产比去年增加了近 55", "公斤。"]
    assert unpdf(PDFIUM[:18] + lines, measure=13)[-1] == "今年丁德明种了243亩柑橘，亩产比去年增加了近55公斤。"
    # … also where its figures make its width a guess within half a character of an indented line's room
    lines = ["数据显示，演员孙丽娟从事这", "门手艺已有45年，作品多次在", "省里获奖。“这些老手艺不能在", "我们这一代手里断了。”观众阎",
             "晓燕高兴地说，“真好看。”", "展览共展出作品 1667件,", "将持续到 5 月 13 日,市民可", "免费参观。"]
    assert unpdf(PDFIUM[:18] + lines, measure=13)[-1] == "展览共展出作品1667件,将持续到5月13日,市民可免费参观。"


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
    # (the lines above it as compose sets the paragraph: they once had '一步提升了基层治理水平。', 12 ems
    # ending on 。 inside a paragraph, which no justified setter gives — 近 would have fitted)
    lines = ["石桥村：5G基站添新彩", "本报记者 陈思", "截至目前，石桥村已排查", "整改隐患71处，进一步提升",
             "了基层治理水平。今年以来，", "石桥村已排查整改隐患多处，", "进一步提升了基层治理水平。",
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

    lines = ["杏花社区：调解室更便捷", "近日，杏花社区市场监管所设", "立“调解室”，吸引了许多孩", "子们参与。"]
    assert join_column_lines(lines, 13) == ["杏花社区：调解室更便捷", "近日，杏花社区市场监管所设立“调解室”，吸引了许多孩子们参与。"]
    # (a paragraph's first line that ends on the word its time belongs to goes on: '…截至' / '6 月…')
    lines = ["杏花社区党员服务队截至", "6 月 20 日，已排查整改隐患", "五十四处。"]
    assert join_column_lines(lines, 13) == ["杏花社区党员服务队截至6 月 20 日，已排查整改隐患五十四处。"]


def test_a_first_line_ending_on_a_number_whose_unit_went_on_is_no_stub():
    # '据了解，急救站每天 9' is an indented first line: the unit after its number (时) did not fit
    # beside it, so the line broke there — it is no stub of the line above, and its paragraph is new
    lines = ["90 岁，说起急救站，笑得合", "不拢嘴。", "据了解，急救站每天 9", "时至 17 时开放内科、儿科和",
             "口腔科，市民可通过微信公众", "号提前预约。"]
    assert unpdf(lines, measure=13, flows=False) == [
        "90岁，说起急救站，笑得合不拢嘴。", "据了解，急救站每天9时至17时开放内科、儿科和口腔科，市民可通过微信公众号提前预约。"]


def test_a_page_banner_whole_on_its_line_runs_into_nothing_under_it():
    # the banner's county and colon with its theme on one line, then the caption of the first story's
    # photo (pypdfium2 gives no blank line between them)
    lines = ["本版编辑 胡晓燕", "平湖市：实事办到心坎上", "湖滨乡医生为市民测量血压。", "湖滨乡:健康服务零距离",
             "看病不用再“起早排队”", "——湖滨乡家庭医生工作室运行 100 天见闻"]
    out = [l for l in unpdf(lines, measure=13, flows=False) if l]
    assert out[1:3] == ["平湖市：实事办到心坎上", "湖滨乡医生为市民测量血压。"]
    # the county and colon alone on a line (pdftotext -raw cut it there): its theme is the line under it
    lines = ["版式设计 薛雨轩", "东城区：", "实事办到心坎上", "今天，我们走进几个村（社区），听听群众怎么说。"]
    assert [l for l in unpdf(lines, measure=13, flows=False) if l][1] == "东城区：实事办到心坎上"


def test_the_pages_first_heading_line_over_the_lead_set_across_the_page_is_no_lead_line():
    # pdftotext -raw: the banner under the page's credits, then the lead set twice a column wide (its
    # first line cut in pieces) — the banner is no first line of the lead, which is as wide as its lines
    lines = ["本版编辑 罗玉珍", "让群众的日子越过越红火", "今天，我们走进几个村（社区）", "，听听群众怎么",
             "说。本版今起推出 “身边的变化” 专栏，带您走进基", "层一线，看看老百姓家门口的新变化。今年以来，我",
             "县围绕群众 “急难愁盼” ，把民生实事办到百姓心", "坎上。", "西关乡玉泉社区：稳就业 惠民生"]
    out = [l for l in unpdf(lines, measure=13, flows=False) if l]
    assert out[1] == "让群众的日子越过越红火"
    assert out[2].startswith("今天，我们走进几个村（社区），听听群众怎么说。")


def test_a_full_line_over_a_short_one_stopping_on_a_word_over_a_caption_is_a_kicker_over_its_headline():
    # running text stops short only on a sentence's end: '让老人吃上“放心饭”' ends on a quoted word,
    # over its photo's caption — a headline; the full line with its comma over it is its kicker
    lines = ["按钮就到楼下了。”", "中午 11 点，饭菜香飘满楼道", "让老人吃上“放心饭”", "志愿者袁淑珍为老人理发。",
             "走进兴隆街道太平村村", "口，几位老人正坐在树下聊天。"]
    out = [l for l in unpdf(lines, measure=13, flows=False) if l]
    assert out[1:3] == ["中午11点，饭菜香飘满楼道", "让老人吃上“放心饭”"]
    # a paragraph's short last line ending its sentence in the quote runs on from the full line above
    lines[2] = "让老人吃上“放心饭。”"
    out = [l for l in unpdf(lines, measure=13, flows=False) if l]
    assert out[1] == "中午11点，饭菜香飘满楼道让老人吃上“放心饭。”"
