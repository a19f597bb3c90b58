"""Column lines holding figures, as pypdfium2 and pdftotext -raw give them (unpdf.join_column_lines,
pdfcolumns.width): a clock's colon is a figure's, a number is never broken, and a line ending no
sentence over an indented first line ends a heading. Lines written by hand, measure 13."""
from __future__ import annotations

from layout_app.intake.pdfcolumns import width
from layout_app.intake.unpdf import join_column_lines


def test_a_clocks_colon_is_as_narrow_as_a_figures_point():
    # '18:00' is set as one figure: its colon a third of an em, no mark's full em
    assert width("每天18:00") < width("每天18：00") - 0.5
    assert abs(width("18:00") - (width("1800") + 0.3)) < 0.01
    # a label's colon after a figure stays a mark
    assert width("第3:") == width("第3：")


def test_a_full_line_with_clock_times_ending_a_sentence_goes_on_into_a_full_line():
    # '…每天 17:30 至 20:30。' fills its column line (the clocks are narrow): the full line under it,
    # no indent, is the same paragraph's
    lines = ["为方便居民，社区书屋开", "放时间为每天17:30至20:30。", "书屋还为行动不便的老人提供",
             "送书上门服务，深受欢迎。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "为方便居民，社区书屋开放时间为每天17:30至20:30。书屋还为行动不便的老人提供送书上门服务，深受欢迎。"]


def test_a_first_line_broken_before_a_clock_goes_on():
    # the indented first line stops before '11:30', which did not fit on it: a number is never broken
    lines = ["社区诊室每天8:30至", "11:30开放内科、儿科和口腔", "科，居民可通过电话提前预约。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "社区诊室每天8:30至11:30开放内科、儿科和口腔科，居民可通过电话提前预约。"]


def test_a_line_ending_no_sentence_over_an_indented_first_line_is_a_heading():
    # the deck under its headline is as wide as a column line (its clocks narrow), but it stops on a
    # word with no mark over an indented first line of Chinese only: running text stopping on a word
    # goes on in a full line — the deck ends a heading, and the headline does not run into it
    lines = ["夜间诊室开到“家门口”", "12个科室17:30至21:30开放", "走进青石镇柳溪村卫生服", "务站，处处可见前来就诊的居", "民。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "夜间诊室开到“家门口”", "12个科室17:30至21:30开放", "走进青石镇柳溪村卫生服务站，处处可见前来就诊的居民。"]


def test_a_line_spread_to_the_full_measure_is_no_indented_first_line():
    # '乡的土特产，一晚上卖出' is short because the number after it did not fit: the extraction shows it
    # spread to the column's full measure, so the line over it goes on into it
    lines = ["这样的变化是怎么来的？", "主播王丽娟在直播间里介绍家", "乡 的 土 特 产 ， 一 晚 上 卖 出", "2065单，创下新纪录。"]
    closed = ["这样的变化是怎么来的？", "主播王丽娟在直播间里介绍家", "乡的土特产，一晚上卖出", "2065单，创下新纪录。"]
    assert [x for x in join_column_lines(closed, 13, spread=frozenset([closed[2]])) if x] == [
        "这样的变化是怎么来的？主播王丽娟在直播间里介绍家乡的土特产，一晚上卖出2065单，创下新纪录。"]
    assert lines[2].replace(" ", "") == closed[2]
    # the number alone tells it too: the line stopped short before a number that did not fit
    assert len([x for x in join_column_lines(closed, 13) if x]) == 1
    # and the spread alone, whatever opens the line after it (a justified line is no paragraph's last)
    other = closed[:3] + ["网店订单，创下新纪录。"]
    assert [x for x in join_column_lines(other, 13, spread=frozenset([closed[2]])) if x] == [
        "这样的变化是怎么来的？主播王丽娟在直播间里介绍家乡的土特产，一晚上卖出网店订单，创下新纪录。"]


def test_a_line_with_a_clock_spread_apart_under_a_question_goes_on_from_it():
    # the question fills the indented first line; the line under it stops before '11:30', which did not
    # fit, and the extraction shows it spread apart ('巡 回 医 疗 车 每 天 8:30 至'): an indented first line
    # holding that much would be set close — this one is spread to the column's full measure, so the
    # paragraph goes on into it
    lines = ["这样的变化是怎么来的？", "社区卫生站每天8:30至", "11:30开放内科、儿科和口腔", "科，居民可通过电话提前预约。"]
    assert [x for x in join_column_lines(lines, 13, spread=frozenset([lines[1]])) if x] == [
        "这样的变化是怎么来的？社区卫生站每天8:30至11:30开放内科、儿科和口腔科，居民可通过电话提前预约。"]


def test_a_first_line_with_figures_spread_by_an_em_and_more_opens_its_paragraph():
    # '据介绍,3月11日晚,' (its commas made half-width by the copy's damage) holds, its marks set close, an
    # em and more less than an indented first line: justification spread it to its indented measure — a
    # new paragraph after the quote's speaker
    lines = ["台下座无虚席，不少观众", "早早搬来板凳占位置。“好多", "年没在村里看过这么热闹的戏", "了。”村民傅桂芳笑着说。",
             "据介绍,3月11日晚,", "仁和镇丰收社区的文化广场锣", "鼓喧天，好不热闹。"]
    assert [x for x in join_column_lines(lines, 13, spread=frozenset([lines[4]])) if x][-1] == (
        "据介绍,3月11日晚,仁和镇丰收社区的文化广场锣鼓喧天，好不热闹。")


def test_a_headline_with_figures_over_its_photos_caption_opening_on_图为_ends_no_paragraph():
    # the line with no mark after a sentence's end looks full (its figures' widths are guesses), but the
    # caption under it opens on 图为, which running text never says, and an indented first line follows:
    # the next story's headline over its photo's caption
    lines = ["据介绍，镇就业服务站用AI面试", "系统为求职者和企业“牵线”，", "全程不超过22分钟，很方便。",
             "1230亩荒地变身护河志愿队", "图为同心街道治理后的河道。", "“环境好了，来我们村里",
             "玩的人也多了。”家住同心街道", "的老党员说。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "据介绍，镇就业服务站用AI面试系统为求职者和企业“牵线”，全程不超过22分钟，很方便。",
        "1230亩荒地变身护河志愿队", "图为同心街道治理后的河道。",
        "“环境好了，来我们村里玩的人也多了。”家住同心街道的老党员说。"]
    # a caption a column's photo put between two lines of one sentence, the sentence going on under it
    # (no indented first line): the line over the caption is running text, not a headline
    lines = lines[:3] + ["镇就业服务站今年还在12个村", "图为同心街道治理后的河道。", "推广这一做法，让更多群众受", "益。"]
    assert join_column_lines(lines, 13)[0].startswith(
        "据介绍，镇就业服务站用AI面试系统为求职者和企业“牵线”，全程不超过22分钟，很方便。镇就业服务站今年还在12个村")


def test_a_line_opening_on_a_conjunction_goes_on_from_the_line_above():
    # '区人民医院新添了CT机' is as wide as an indented first line with nothing to say it goes on (its Latin's
    # width a guess): the line under it opens on 和 joining what it ends on — no paragraph, nor a story,
    # opens on a conjunction, so it is no headline over a paragraph
    lines = ["开诊一年来，已接诊患者3541", "人次，其中儿科占了近一半。", "区人民医院新添了CT机", "和DR设备，老人在家门口",
             "就能做检查，十分方便。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "开诊一年来，已接诊患者3541人次，其中儿科占了近一半。", "区人民医院新添了CT机和DR设备，老人在家门口就能做检查，十分方便。"]
    # a word the dictionary knows 和 to open (和平社区) is no conjunction: the headline over it stays one
    lines = ["人次，其中儿科占了近一半。", "文化广场落成了", "和平社区的居民纷纷前来，", "广场上一片欢声笑语。"]
    assert [x for x in join_column_lines(lines, 13) if x][1] == "文化广场落成了"
