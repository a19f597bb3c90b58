"""A byline too long for its column breaks between reporters, each label with its names — never
inside a name (corpus page 35, beside a photo set narrower: '本报记者 宋雪 通讯员 萧' / '志强')."""
from layout_app.layout.byline import set_byline
from layout_app.text.setter import SetOptions

KAI = SetOptions(indent=0, align="right")
SIZE = 9.0


def lines(text: str, chars: int) -> list[str]:
    """The byline set `chars` em wide, each line's characters without the break spaces."""
    return [text[l.start:l.end].strip() for l in set_byline(text, SIZE, chars * SIZE, "kai", KAI)]


def test_two_reporters_break_between_them_not_inside_a_name():
    assert lines("本报记者 宋雪 通讯员 萧志强", 13) == ["本报记者 宋雪", "通讯员 萧志强"]


def test_a_byline_that_fits_stays_on_one_line():
    assert lines("本报记者 宋雪 通讯员 萧志强", 16) == ["本报记者 宋雪 通讯员 萧志强"]


def test_two_reporters_of_one_label_that_do_not_fit_break_between_names():
    assert lines("本报记者 欧阳明月 司马长风", 10) == ["本报记者 欧阳明月", "司马长风"]


def test_three_reporters_fill_lines_with_whole_groups():
    text = "本报记者 宋雪 通讯员 萧志强 实习生 王一"
    assert lines(text, 16) == ["本报记者 宋雪 通讯员 萧志强", "实习生 王一"]


def test_every_character_is_on_a_line_once():
    text = "本报记者 宋雪 通讯员 萧志强"
    got = set_byline(text, SIZE, 13 * SIZE, "kai", KAI)
    assert "".join(l.text for l in got).replace(" ", "") == text.replace(" ", "")
    assert all(l.width <= 13 * SIZE + 0.01 for l in got)
