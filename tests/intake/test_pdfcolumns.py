"""intake.pdfcolumns: the side-by-side columns of pdftotext's default mode read column by column.

Every expectation is worked out by hand from the setting (CJK and full-width marks 1 em, digits about
½ em, a paragraph's first line indented 2 em) and from poppler's rules for its default mode: the lines
of one baseline joined by a space while the gap is under 1.5 em — so only a line that reaches its
column's edge and the next column's unindented line —, each baseline of a block before the next."""
from __future__ import annotations

from pathlib import Path

import pytest

from layout_app.intake.importer import import_copy
from layout_app.intake.pdfcolumns import (
    FIRST,
    FULL,
    SHORT,
    cuts,
    line_kind,
    reading_order,
)


def best_cut(line: str, measure: int = 13) -> list[str]:
    return list(cuts(line, measure)[0][1])


# --- one output line into column lines ---

@pytest.mark.parametrize("line, columns", [
    # three full 13-em column lines (the third: 6 + '24' ≈ 1.1 + ¼-em spaces + 5)
    ("决了群众的急难愁盼问题。居 来，石桥乡服务老人同比增长 排查整改隐患 24 处，有效解",
     ["决了群众的急难愁盼问题。居", "来，石桥乡服务老人同比增长", "排查整改隐患 24 处，有效解"]),
    # an indented first line (11 em) and the next column's last line: the figure stays with its word
    ("通过 APP 平台，居民可 2405 户。", ["通过 APP 平台，居民可", "2405 户。"]),
    # a line spread by spaces is justified to the measure however few its characters; the full stop
    # belongs to it (a column line never opens with a closing mark)
    ("已 累 计 开 展 活 动 668 人 次 。 众满意度明显提升。",
     ["已 累 计 开 展 活 动 668 人 次 。", "众满意度明显提升。"]),
    ("用 以 来 ， 已 累 计 服 务 老 人 2035 次。", ["用 以 来 ， 已 累 计 服 务 老 人", "2035 次。"]),
    # 13 characters spread, then a comma: it hangs at the line's end, never opens the next column's
    ("用 以 来 已 累 计 服 务 老 人 次 数 多 ， 2035 次。", ["用 以 来 已 累 计 服 务 老 人 次 数 多 ，", "2035 次。"]),
])
def test_an_output_line_is_cut_into_the_column_lines_side_by_side(line, columns):
    assert best_cut(line) == columns


def test_a_short_line_is_never_joined_to_the_next_column():
    # a paragraph's last line leaves more than 1.5 em to the next column: poppler starts a new line,
    # so a line holding one cannot be read as two columns ('良好。' is 3 em of a 13-em column)
    assert all(len(pieces) == 1 for _, pieces in cuts("良好。 分钟。", 13))
    # nor does a column line end on an opening quote
    assert all(not p[0].endswith("“") for _, p in cuts("居民老朱说：“ 大家的安全就是我们最大的牵", 13))


@pytest.mark.parametrize("piece, kind", [
    ("桥乡，只见新建的步道绿树成", FULL),                # 13 em
    ("今年以来，石桥乡培训农", FIRST),                   # 11 em: indented first line
    ("忙着登记。", SHORT),
    ("能，受到居民普遍欢迎。在石", FULL),
    ("桥 乡 培 训 农 民 同 比 增 长", FULL),             # spread to the measure
    ("本报记者 孙志强 马春燕", SHORT),                    # a byline's spaces, not spread text
    ("更足。", SHORT),
])
def test_a_column_lines_width_says_what_it_is(piece, kind):
    assert line_kind(piece, 13) == kind


def test_a_line_an_em_short_that_ends_a_sentence_is_not_full():
    # 12 em ending a sentence: a paragraph's last line (never spread), not a full line a character
    # short (that one was spread to the measure, and does not end on the full stop)
    assert line_kind("区）推广共享菜园的做法。", 13) != FULL
    assert line_kind("区）推广共享菜园的做法和", 13) == FULL


def test_digits_are_half_an_em():
    # 7 + '3172' (4 × ½) + 2 + '6' (½) + the ¼-em spaces beside the figures (3 × ¼) ≈ 12.5: a full
    # 13-em line of page1000; at 1 em a digit it would be 14.75 and no column line
    assert line_kind("已累计培训农民 3172 次。6", 13) == FULL
    assert line_kind("自 3 月 20 日启用以来，已累", 13) == FULL
    assert line_kind("通过 VR 平台，党员可以在线", 13) == FULL


# --- a flow of two columns, as poppler gives it ---

# measure 6 (hand-checked): column A, then column B, each line with its kind
A = ["甲乙丙丁",          # first line, indented: 4 em reaching the edge
     "戊己庚辛壬癸",       # full
     "子丑寅。",           # last line, short
     "卯辰巳午",           # first
     "未申酉戌亥天"]       # full, running on into column B
B = ["一二三四五六",       # full: A's paragraph goes on
     "七八。",             # last, short
     "九十百千",           # first, indented
     "万亿兆京垓秭",       # full
     "穰沟涧。"]           # last
# row by row: A1 reaches the edge and B1 is not indented → one output line; A3 is short → B3 on a
# line of its own (it is indented too); A5 full and B5 not indented → joined
POPPLER = ["甲乙丙丁 一二三四五六",
           "戊己庚辛壬癸 七八。",
           "子丑寅。",
           "九十百千",
           "卯辰巳午 万亿兆京垓秭",
           "未申酉戌亥天 穰沟涧。"]


def test_two_columns_come_out_one_after_the_other():
    out, unsure = reading_order(POPPLER, 6)
    assert out == A + B
    assert unsure == []


def test_the_measure_matters():
    # two more ems of measure and the 6-em lines are no longer full: the joined lines cannot be cut
    out, _ = reading_order(POPPLER, 8)
    assert out != A + B


def test_flows_stay_apart_and_blank_lines_stay():
    heading = ["清水镇：便民服务暖人心", ""]
    out, _ = reading_order(heading + POPPLER + ["", "本版编辑 王芳"], 6)
    assert out == heading + A + B + ["", "本版编辑 王芳"]


def test_copy_without_side_by_side_columns_is_left_as_it_is():
    lines = A + [""] + B
    assert reading_order(lines, 6) == (lines, [])


# a page of 13-em columns (the two columns of test_unpdf's story, as poppler gives them)
PAGE = ["清水镇：便民服务暖人心", "本报记者 陈思", "",
        "今年以来，清水镇把便民", "镇长吴志强介绍，便民服",
        "服务作为重点工作，在全镇推 务中心已累计接待群众一万多",
        "出了多项便民举措，群众反响 人次，平均等候时间不超过十",
        "良好。", "分钟。", "据了解，石桥乡还将在五", "“以前办事要跑好几趟，",
        "个村推广共享菜园的好做法。 现在在家门口就能办好。”村民",
        "截至目前，已排查整改隐患多 老彭说。", "处。", ""]
# two full lines side by side, then two full lines alone: the second column with no line on the rows
# below, or the first? Both read as well — the text cannot tell
DOUBT = ["居民们纷纷点赞共享菜园焕新 石桥乡综合执法队商户正在开",
         "安全巡查一旁的村民小田忙着",
         "通过平台居民可以在线预约共"]


def test_an_order_the_text_cannot_tell_is_named_and_nothing_is_lost():
    out, unsure = reading_order(PAGE + DOUBT, 13)
    assert "".join(out).replace(" ", "") == "".join(PAGE + DOUBT).replace(" ", "") or \
        sorted("".join(out).replace(" ", "")) == sorted("".join(PAGE + DOUBT).replace(" ", ""))
    assert DOUBT in [u.lines for u in unsure]


# a story's first column, a flow of its own (page1000's first story)
COLUMN = ["石桥乡：居民的共享菜园见实效", "群众笑脸更灿烂", "本报记者 任静", "10 月 13 日，记者走进石",
          "桥乡，只见新建的步道绿树成", "荫。在石桥乡综合执法队，青", "年正在体验智能设备；一旁的", "村民小田忙着登记。",
          "店主朱洋表示，下一步将", "继续完善共享菜园的服务功", "能，受到居民普遍欢迎。在石", "桥乡综合执法队，商户正在开",
          "展安全巡查；一旁的村民小田", "忙着登记。", ""]


def test_import_says_which_lines_are_in_a_guessed_order(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(COLUMN + PAGE + DOUBT) + "\n", encoding="utf-8")
    _page, copy = import_copy(path)
    said = [n for n in copy.notices if "is a guess" in n and "column lines" in n and DOUBT[0] in n]
    assert len(said) == 1 and DOUBT[-1] in said[0] and "3 column lines" in said[0]


# --- the seams and the column streams in reading order ---

def test_a_seam_the_page_uses_as_a_word_costs_nothing_and_one_it_never_uses_costs_most():
    from layout_app.intake.pdfcolumns import _Seams
    # 2,000 characters of copy: the evidence at full weight; '服务' stands inside lines, '服民' never
    seams = _Seams(["居民可以在线预约服务，办理时间缩短了。"] * 100 + ["共享菜园的服务功能"] * 10)
    assert seams.cost("服", "务") == 0.0
    assert seams.cost("服", "民") > seams.cost("菜", "园") >= 0.0
    assert seams.cost("服", "民") > 2 * seams.cost("，", "办")     # a mark at the seam says nothing
    # a few lines of copy say little: the same unseen pair costs a fraction
    assert _Seams(["居民可以在线预约服务"]).cost("服", "民") < 0.1 * seams.cost("服", "民")


def test_a_paragraph_running_off_a_column_goes_on_past_a_caption_in_the_next_column():
    from layout_app.intake.pdfcolumns import _chain, _Seams
    # column A ends mid-sentence on '居'; the photo's caption stands between it and column B, which
    # opens with '民们…' ('居民' is a word the page uses)
    a = ["今年以来，石桥乡培训农", "民同比增长，有效解决了群居"]        # 11 em, 13 em
    caption = ["石桥乡的居民在共享菜园里练习书法。"]
    b = ["民们纷纷点赞共享菜园焕新颜", "更足。"]
    seams = _Seams(["居民", "居民们", "石桥乡居民"])
    assert _chain([a, caption, b], 13, seams) == [a, b, caption]
    # a stream that ends its paragraph does not pull anything
    done = ["今年以来，石桥乡培训农", "民同比增长。"]
    assert _chain([done, caption, b], 13, seams) == [done, caption, b]


# a column on the right that starts higher (beside a photo) and one that starts lower on its left
# (under the photo), measure 6: X's second line is full and ends a paragraph, so its third is indented
# and is not joined to A's first; from the fourth row on both are full and joined
X = ["一二三四五六", "七八九十百。", "万亿兆京", "垓秭穰沟涧正", "载极恒河沙阿", "洪荒日月盈昃", "僧祇那由他。"]
A_LOW = ["甲乙丙丁戊己", "庚辛壬癸子丑", "寅卯辰巳午未", "天地玄黄宇宙", "申酉戌亥。"]
BESIDE = ["一二三四五六",
          "七八九十百。",           # full: on one baseline with X's first it would have been joined
          "甲乙丙丁戊己",          # A's first line, left of X's third on the same baseline
          "万亿兆京",
          "庚辛壬癸子丑 垓秭穰沟涧正",
          "寅卯辰巳午未 载极恒河沙阿",
          "天地玄黄宇宙 洪荒日月盈昃",
          "申酉戌亥。",              # short: the next column's line on an output line of its own
          "僧祇那由他。"]


def test_a_column_that_starts_higher_is_read_first():
    # X's first two lines are one column (two columns' full lines on one baseline are joined); A's
    # first line is a column of its own on the left (X's third is indented: a new paragraph after
    # '七八九十百。'); X started two rows higher, so the reader takes X first
    out, _ = reading_order(BESIDE, 6)
    assert out == X + A_LOW


# page1000's second story, columns 2–4, as `pdftotext -bbox-layout` places them (x 177.7, 304.3 and
# 430.9 pt; read off the boxes by hand, lines indented 18 pt marked by the indent of two ems)
P1000_COLUMNS = [
    # column 2
    "决了群众的急难愁盼问题。居", "民们纷纷点赞：“共享菜园焕", "新颜！”截至目前，石桥乡已", "排查整改隐患 27 处，群众满",
    "意度明显提升。", "这样的共享菜园，谁不喜", "欢？近日，石桥乡综合执法队", "开 展 “ 共 享 菜 园 ”， 吸 引 了",
    "419 余名居民参与。", "近日，石桥乡综合执法队", "设 立 “ 共 享 菜 园 ”， 吸 引 了", "1890 余名居民参与。据了解，",
    "石桥乡还将在 5 个村（社区）", "推广共享菜园的做法。今年以",
    # column 3
    "来，石桥乡服务老人同比增长", "98.5%，让群众的获得感成色", "更足。", "通过 GDP 平台，居民可", "以在线预约共享菜园的服务，",
    "办理时间缩短了 8.5%。据了", "解，石桥乡还将在 5 个村（社", "区）推广共享菜园的做法。", "店主朱洋介绍，共享菜园",
    "自 9 月 21 日启用以来，已累", "计调解纠纷 768 次。在石桥", "乡综合执法队，老人正在分拣", "可回收物；一旁的村民小田忙",
    "着登记。截至目前，石桥乡已",
    # column 4
    "排查整改隐患 24 处，有效解", "决了群众的急难愁盼问题。通", "过 AI 平台，居民可以在线预", "约共享菜园的服务，办理时间",
    "缩短了 31%。", "截至目前，石桥乡已排查", "整改隐患 10 处，让群众的获", "得感成色更足。今年以来，石",
    "桥 乡 培 训 农 民 同 比 增 长", "6.5%，为乡村振兴注入了新", "动能。",
]


def _same(line: str) -> str:
    # the fixture's copy has some marks turned half-width (the corpus's damage)
    return line.replace(" ", "").translate(str.maketrans(",:;!?()", "，：；！？（）"))


# page1000's 双河社区 story: four columns (x 557.6, 684.2, 810.9, 937.5), the byline on column 1's
# first line, column 3 opening with a spread line and column 4 with the end of a sentence
P1000_FOUR = [
    "本报记者 孙志强 马春燕", "据了解，双河社区还将在", "9 个村（社区）推广口袋公园", "的做法。站长于晨介绍，口袋",
    "公园自 6 月 13 日启用以来，", "已累计培训农民 3172 次。6", "月 10 日，记者走进双河社区，", "只见新建的步道绿树成荫。",
    "11 月 16 日，记者走进双", "河社区，只见活动室里座无虚", "席。12 月 11 日，记者走进双",
    "河社区，只见新建的步道绿树", "成荫。", "站长于晨介绍，口袋公园", "自 3 月 20 日启用以来，已累", "计服务老人 1121 次。今年以",
    "来，双河社区服务老人同比增", "长 6%，受到居民普遍欢迎。", "通过 VR 平台，党员可以在线", "预约口袋公园的服务，办理时",
    "间缩短了 5.5%。站长于晨介", "绍，口袋公园自 4 月 8 日启",
    "用 以 来 ， 已 累 计 服 务 老 人", "86 件。", "站长于晨表示，下一步将", "继续完善口袋公园的服务功", "能，进一步提升了基层治理",
    "水平。", "摊主老于说：“日子越过", "越有奔头。”党员们纷纷点赞：", "“口袋公园乐融融！”站长于", "晨 介 绍 ， 口 袋 公 园 自 6 月 1",
    "日启用以来，已累计开展活动",
    "2035 次。", "近日，双河社区农业技术", "推广站升级“口袋公园”，吸", "引了 2679 余名党员参与。在", "双河社区农业技术推广站，居",
    "民正在认真阅读；一旁的摊主", "老于忙着登记。今年以来，双", "河 社 区 调 解 纠 纷 同 比 增 长", "70.5%，群众满意度明显提升。",
]


@pytest.mark.parametrize("columns", [P1000_COLUMNS, P1000_FOUR], ids=["three", "four"])
def test_a_real_pages_columns_side_by_side_come_out_as_the_pdf_sets_them(columns):
    lines = (Path(__file__).parent / "corpus" / "page1000-pdftotext.txt").read_text(encoding="utf-8").split("\n")
    out = [_same(l) for l in reading_order(lines, 13)[0]]
    start = out.index(_same(columns[0]))
    assert out[start:start + len(columns)] == [_same(l) for l in columns]


def test_a_flow_of_one_column_comes_out_as_it_is():
    # page1000's first story's first column is a flow of its own: headline in two lines, byline,
    # column lines — nothing side by side, so nothing to reorder (a heading stays over its text)
    out, _ = reading_order(COLUMN + PAGE, 13)
    assert out[:len(COLUMN)] == COLUMN
