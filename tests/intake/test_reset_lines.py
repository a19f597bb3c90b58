"""Column lines holding figures set again as compose sets running text (intake.resetlines, for
unpdf.join_column_lines): a line compose breaks where the page did only as an indented first line opens
a paragraph, only as a line inside one goes on from the line above. Lines written by hand, measure 13."""
from __future__ import annotations

from layout_app.intake.resetlines import FIRST, INSIDE, set_as
from layout_app.intake.unpdf import join_column_lines


def test_a_first_line_whose_figures_make_it_look_full_opens_a_paragraph():
    # '据了解，10 月 13 日以来，' is estimated wider than an indented first line holds (its figures and the
    # gaps around them squeeze): set again it is a first line, and the paragraph above ended
    assert set_as("据了解，10月13日以来，", "位于仁和街道的健身步道几乎", 13) == FIRST
    lines = ["截至目前，全区已建成各", "类体育场地1115处，人均体", "育场地面积达到2.6平方米。", "据了解，10月13日以来，",
             "位于仁和街道的健身步道几乎", "天天“满员”。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "截至目前，全区已建成各类体育场地1115处，人均体育场地面积达到2.6平方米。",
        "据了解，10月13日以来，位于仁和街道的健身步道几乎天天“满员”。"]


def test_a_line_inside_a_paragraph_over_a_number_goes_on_from_the_quote_above():
    # '家住青石街道的程奶奶今年' ends no sentence and its number went to the next line: set again with it,
    # compose breaks there only without an indent — the paragraph of the quote above goes on
    assert set_as("家住青石街道的程奶奶今年", "86岁，一边比画一边告诉", 13) == INSIDE
    lines = ["“医生上门量血压、送药，", "我们老两口心里踏实多了。”", "家住青石街道的程奶奶今年", "86岁，一边比画一边告诉",
             "记者。"]
    assert [x for x in join_column_lines(lines, 13) if x] == [
        "“医生上门量血压、送药，我们老两口心里踏实多了。”家住青石街道的程奶奶今年86岁，一边比画一边告诉记者。"]


def test_a_heading_with_figures_is_no_line_inside_a_paragraph():
    # a headline with figures over its photo's caption (wider than a column), or a kicker with figures
    # over its headline, sets like a full line — but no column line of running text goes on under it
    lines = ["大家纷纷表示，志愿者每", "天把热乎乎的饭菜送到39多", "户老人家中。", "4373亩荒地变身护河志愿队",
             "红旗镇兴隆社区，河长曾卫国巡查河道。"]
    assert [x for x in join_column_lines(lines, 13) if x][1] == "4373亩荒地变身护河志愿队"
    lines = ["大家纷纷表示，志愿者每", "天把热乎乎的饭菜送到39多", "户老人家中。", "中午11点，饭菜香飘满楼道",
             "让老人吃上“放心饭”", "志愿者袁淑珍为老人理发。"]
    assert [x for x in join_column_lines(lines, 13) if x][1] == "中午11点，饭菜香飘满楼道"
    # …nor one over a paragraph's first line
    lines = ["大家纷纷表示，志愿者每", "天把热乎乎的饭菜送到39多", "户老人家中。", "4373亩荒地变身护河志愿队",
             "“医生上门量血压、送药，", "我们老两口心里踏实多了。”"]
    assert [x for x in join_column_lines(lines, 13) if x][1] == "4373亩荒地变身护河志愿队"


def test_half_width_marks_are_set_full_width_again_and_a_clock_stays_a_figure():
    # the copy's damage turned '，' half-width: the page set it full-width
    assert set_as("据了解,10月13日以来,", "位于仁和街道的健身步道几乎", 13) == FIRST
    assert set_as("类体育场地1115处,人均体", "育场地面积达到2.6平方米。", 13) == INSIDE
    # a clock's colon is a figure's, not a colon to set full-width: the line holds both clocks
    assert set_as("放时间为每天18:00至21:00。", "“看到老人们吃得香，我们就", 13) == INSIDE
