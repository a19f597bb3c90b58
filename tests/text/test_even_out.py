"""A justified paragraph's loose line takes units from the lines above it (linebreak._even_out):
a compositor re-breaks a line or two back rather than letter-space one line 2 em wide."""
import pytest

from layout_app.text.linebreak import Breaker
from layout_app.text.segment import segment
from layout_app.text.setter import SetOptions, set_paragraph

SIZE = 10.0
PLAIN = SetOptions(indent=0.0)

# Worked by hand at 12 em, Han and marks 1 em: line 1 ends on ， (½ em at a line end); line 2 is
# full; line 3 would be 当天的活动安排和用餐情况 but 。 may not open a line and there is nothing to
# squeeze, so 况 goes down — and orphan control pulls 情 after it: 当天的活动安排和用餐 is 10 characters
# spread over 12 em. Sharing the 2 em between lines 2 and 3 — 公 | 布 — leaves 1 em in each.
SCHOOL = "诞生了。为了让家长放心，学校每天都在班级群里公布当天的活动安排和用餐情况。"
SCHOOL_GREEDY = ["诞生了。为了让家长放心，", "学校每天都在班级群里公布", "当天的活动安排和用餐", "情况。"]
SCHOOL_EVEN = ["诞生了。为了让家长放心，", "学校每天都在班级群里公", "布当天的活动安排和用餐", "情况。"]


def _lines(text, fonts, options=PLAIN, measure=12):
    return [line.text for line in set_paragraph(text, SIZE, measure * SIZE, "song", options, fonts=fonts).lines]


@pytest.mark.parametrize("fonts", ["mock", "shipped"])
def test_a_loose_line_shares_its_room_with_the_line_above(fonts, mock_fonts):
    assert _lines(SCHOOL, mock_fonts if fonts == "mock" else None) == SCHOOL_EVEN


def test_ragged_text_keeps_the_plain_breaks(mock_fonts):
    # a line set flush left is not spread: nothing to even out
    left = SetOptions(indent=0.0, align="left")
    assert _lines(SCHOOL, mock_fonts, left) == SCHOOL_GREEDY


def test_hanging_punctuation_is_left_as_broken(mock_fonts):
    # with hanging on, 。 hangs after 况 and line 3 is full: nothing to even out
    hang = SetOptions(indent=0.0, hanging=True)
    assert _lines(SCHOOL, mock_fonts, hang)[1] == SCHOOL_GREEDY[1]


def test_a_paragraph_with_no_loose_line_is_broken_as_before(mock_fonts):
    text = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三"
    assert _lines(text, mock_fonts, measure=10) == ["一二三四五六七八九十"] * 3 + ["一二三"]


def test_the_loose_first_line_has_nothing_above_to_take_from(mock_fonts):
    # typesetting.md C03: push-out leaves line 1 spread; it stays so
    assert _lines("一二三四五六七八九十，后面再来一二三四五六七八九十", mock_fonts, measure=10)[0] == "一二三四五六七八九"


# Copy of the kind a reporter files: figures, Latin, quotes — which leave lines short.
COPY = [
    "据了解，今年以来全市新建充电桩3200个，其中快充桩1160个，车主在APP上就能查到空闲的车位。",
    "“以后每年都要办下去，”田老伯说，“下了班来打一场球，一天的累都没了。”",
    "全市细颗粒物（PM2.5）年均浓度为29微克/立方米，比上年下降了8.6%，优良天数达到317天。",
    "数据显示，今年以来，县剧团已组织戏曲进村1203场，观众达52万人次，比去年同期增长了三成。",
    "6月23日上午，华山街道工业园格外热闹。企业负责人曾建军在直播间里介绍家乡的土特产，一晚上卖出1015单。",
    "早班车6:30发车，末班车21:30收车，全程约45分钟，沿途设有12个站点，票价统一为2元。",
]


@pytest.mark.parametrize("measure", [9, 11, 12, 14])
def test_evening_out_keeps_the_line_count_and_never_loosens_the_worst_line(measure):
    from layout_app.text.fonts import registry
    fonts = registry()
    for text in COPY:
        units = segment(text, fonts.merged_advances("song"), "gb", 0.0, fonts.joining_ink("song"))
        plain = Breaker(units).break_lines(float(measure))
        even = Breaker(units, even_out=True).break_lines(float(measure))
        assert len(even) == len(plain), text
        assert even[-1] == plain[-1], text               # the last line is never touched
        probe = Breaker(units)

        def worst(lines):
            return max((probe._stretch(i, j, float(measure)) for i, j, _ in lines[:-1]), default=0.0)
        assert worst(even) <= worst(plain) + 1e-9, text
        # every break used is one the rules allow
        assert all(units.breakable[i] for i, _, _ in even[1:]), text


def test_room_that_only_moves_from_line_to_line_is_left_where_it_is(mock_fonts):
    # orphan control leaves line 2 one em short; giving it 癸 would only leave line 1 one em short
    text = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌。"
    assert _lines(text, mock_fonts, measure=10) == ["甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申", "酉戌。"]
