"""A justified line that an allowed break would leave loose takes the number or word after it in
when its blanks squeeze enough (linebreak._squeeze_in). Review26 measured 据 悉， 特 展 将 持 续 至 at a
1.25-em pitch over 2027 年: a paragraph's first line has no lines above to even it out."""
from layout_app.text.setter import SetOptions, set_paragraph

SIZE = 10.0
PLAIN = SetOptions(indent=0.0)


def _set(text, fonts, options=PLAIN, measure=10):
    return set_paragraph(text, SIZE, measure * SIZE, "song", options, fonts=fonts)


def _lines(text, fonts, options=PLAIN, measure=10):
    return [line.text for line in _set(text, fonts, options, measure).lines]


# Worked by hand with the spec's mock metrics (Han 1 em, ， 1 em with a ½-em blank, digits ½ em,
# CJK–Latin gap ¼ em), W = 10: 一二，三四五六七 is 8 em; with 2026 it is 8 + ¼ + 2 = 10.25 em, over by ¼.
# Squeezed — ， gives up ½ em — it is 9.75 em: 2026 comes up; spread, the line would take 2 em over 7 gaps.
DATE = "一二，三四五六七2026年三月"


def test_a_number_comes_up_when_the_lines_comma_gives_room(mock_fonts):
    assert _lines(DATE, mock_fonts) == ["一二，三四五六七2026", "年三月"]


def test_the_squeezed_line_is_flush_at_the_measure(mock_fonts):
    # squeezed by ¼ em, not overfull: the last figure's right edge sits on the measure
    first = _set(DATE, mock_fonts).lines[0]
    assert first.text.endswith("2026")
    assert abs(first.xs[-1] + 0.5 * SIZE - 10 * SIZE) < 0.01


def test_with_nothing_to_squeeze_the_number_goes_down(mock_fonts):
    # typesetting.md C09: only the CJK–Latin gap could give (⅛ em): 10.125 em does not fit
    assert _lines("一二三四五六七八2026年", mock_fonts) == ["一二三四五六七八", "2026年"]


def test_a_number_that_would_not_fit_even_squeezed_goes_down(mock_fonts):
    # 一二，三四五六七八 is 9 em; with 2026 it is 11.25, squeezed 10.625 em: over the measure
    assert _lines("一二，三四五六七八2026年三月", mock_fonts)[0] == "一二，三四五六七八"


def test_ragged_text_is_not_squeezed(mock_fonts):
    # a line set flush left is never spread, so it is never loose: the plain break stays
    left = SetOptions(indent=0.0, align="left")
    assert _lines(DATE, mock_fonts, left) == ["一二，三四五六七", "2026年三月"]


def test_the_review_paragraph_with_the_shipped_fonts():
    # a 13-character column of 小五 with the 2-em indent: the first line holds 11 em
    text = "据悉，特展将持续至2027年3月31日，市民可通过“江州博物馆”微信公众号免费预约参观，每周一闭馆。"
    lines = _lines(text, None, SetOptions(), measure=13)
    assert lines[0] == "据悉，特展将持续至2027"
    assert "".join(lines) == text
