"""Every reference case of typesetting.md §5, through the real engine: with the spec's mock metrics
and again with the shipped fonts (the line contents must be the same)."""
import pytest

from layout_app.text.setter import SetOptions, set_paragraph

CASES = [
    ("C01", "一二三四五六七八九十一二三", "gb", "一二三四五六七八九十|一二三"),
    ("C02", "一二三四、六七八九十，后面", "gb", "一二三四、六七八九十，|后面"),
    ("C03", "一二三四五六七八九十，后面再来", "gb", "一二三四五六七八九|十，后面再来"),
    ("C04", "一二三四五六七八九。十一", "gb", "一二三四五六七八九。|十一"),
    ("C05", "一二三四五六七八九“十一”", "gb", "一二三四五六七八九|“十一”"),
    ("C06", "一二三四五六七“八九”。十", "gb", "一二三四五六七“八|九”。十"),
    ("C07", "一二三四五六七八九……后", "gb", "一二三四五六七八九|……后"),
    ("C07s", "一二三四五六七八九……后", "strict", "一二三四五六七八|九……后"),
    ("C08", "一二三四五六七八九——后", "gb", "一二三四五六七八九|——后"),
    ("C08s", "一二三四五六七八九——后", "strict", "一二三四五六七八|九——后"),
    ("C09", "一二三四五六七八2026年", "gb", "一二三四五六七八|2026年"),
    ("C10", "一二三四五六七增长5.2%左右", "gb", "一二三四五六七增长|5.2%左右"),
    ("C11", "一二三四五六七八九￥100元", "gb", "一二三四五六七八九|￥100元"),
    ("C12", "一二三四五六七iPhone手机", "gb", "一二三四五六七|iPhone手机"),
    ("C13", "一二三四五六七八比尔·盖茨", "gb", "一二三四五六七八比|尔·盖茨"),
    ("C14", "一二三四五六七八九《人民日报》", "gb", "一二三四五六七八九|《人民日报》"),
    ("C15", "一二三四五六七八九/十一", "gb", "一二三四五六七八|九/十一"),
    ("C16", "一二三四五六七八九十～二十", "gb", "一二三四五六七八九|十～二十"),
    ("C17", "一二三四五六七八北京—上海", "gb", "一二三四五六七八北|京—上海"),
]
SIZE = 10.0
MEASURE = 10 * SIZE


def _set(text, level, fonts, indent=0.0):
    return set_paragraph(text, SIZE, MEASURE, "song", SetOptions(level=level, indent=indent), fonts=fonts)


@pytest.mark.parametrize("name,text,level,expected", CASES, ids=[c[0] for c in CASES])
def test_reference_case_mock_metrics(name, text, level, expected, mock_fonts):
    para = _set(text, level, mock_fonts)
    assert "|".join(l.text for l in para.lines) == expected
    for line in para.lines[:-1]:
        assert line.width == pytest.approx(MEASURE), f"{name}: {line.text} not flush"


@pytest.mark.parametrize("name,text,level,expected", CASES, ids=[c[0] for c in CASES])
def test_reference_case_real_fonts(name, text, level, expected):
    para = _set(text, level, None)
    assert "|".join(l.text for l in para.lines) == expected
    for line in para.lines[:-1]:
        assert line.width == pytest.approx(MEASURE)


def test_c18_first_line_indent(mock_fonts):
    para = _set("一二三四五六七八九十一二三", "gb", mock_fonts, indent=2.0)
    assert [l.text for l in para.lines] == ["一二三四五六七八", "九十一二三"]
    assert para.lines[0].xs[0] == pytest.approx(2 * SIZE)
    assert para.lines[1].xs[0] == 0.0


def test_c02_push_in_squeezes_the_comma_and_sets_the_final_mark_half(mock_fonts):
    line = _set("一二三四、六七八九十，后面", "gb", mock_fonts).lines[0]
    xs = line.xs
    # 、 gives up its ½-em blank: 六 follows ½ em after it
    assert xs[5] - xs[4] == pytest.approx(0.5 * SIZE)
    # the final ， is set ½ em: the line ends ½ em after its origin
    assert line.width - xs[-1] == pytest.approx(0.5 * SIZE)


def test_c03_push_out_spreads_the_short_line_evenly(mock_fonts):
    line = _set("一二三四五六七八九十，后面再来", "gb", mock_fonts).lines[0]
    steps = {round(b - a, 6) for a, b in zip(line.xs, line.xs[1:])}
    assert steps == {round((MEASURE - SIZE) / 8, 6)}
    assert line.xs[-1] + SIZE == pytest.approx(MEASURE)


def test_c04_full_stop_at_line_end_is_half_em(mock_fonts):
    line = _set("一二三四五六七八九。十一", "gb", mock_fonts).lines[0]
    # nine characters plus a ½-em 。 are stretched by ½ em over eight gaps
    assert line.width == pytest.approx(MEASURE)
    assert line.xs[-1] == pytest.approx(MEASURE - 0.5 * SIZE)


def test_cjk_latin_gap_is_quarter_em(mock_fonts):
    para = set_paragraph("中文ab中", SIZE, 100 * SIZE, "song", SetOptions(indent=0), fonts=mock_fonts)
    xs = para.lines[0].xs
    assert xs[2] - xs[1] == pytest.approx(1.25 * SIZE)   # 文 (1 em) + ¼ em gap
    assert xs[4] - xs[3] == pytest.approx(0.75 * SIZE)   # b (½ em) + ¼ em gap


def test_no_gap_next_to_a_real_space_or_chinese_punctuation(mock_fonts):
    para = set_paragraph("中 ab，cd", SIZE, 100 * SIZE, "song", SetOptions(indent=0), fonts=mock_fonts)
    xs = para.lines[0].xs
    assert xs[2] - xs[0] == pytest.approx(1.5 * SIZE)    # 中 + space, no extra gap
    assert xs[5] - xs[4] == pytest.approx(1.0 * SIZE)    # ， then c: the mark's own blank, no extra gap


def test_adjacent_marks_take_one_and_a_half_em(mock_fonts):
    para = set_paragraph("他说：“好。”走了", SIZE, 100 * SIZE, "song", SetOptions(indent=0), fonts=mock_fonts)
    xs = para.lines[0].xs
    assert xs[3] - xs[2] == pytest.approx(0.5 * SIZE)    # ：“ together take 1.5 em; the quote's glyph moves in
    assert xs[6] - xs[5] == pytest.approx(0.5 * SIZE)    # 。” likewise


def test_orphan_control_pulls_a_character_down(mock_fonts):
    para = _set("一二三四五六七八九十一", "gb", mock_fonts)
    assert [l.text for l in para.lines] == ["一二三四五六七八九", "十一"]
    para = _set("一二三四五六七八九十一。", "gb", mock_fonts)
    assert [l.text for l in para.lines] == ["一二三四五六七八九", "十一。"]
    off = set_paragraph("一二三四五六七八九十一", SIZE, MEASURE, "song",
                        SetOptions(indent=0, orphan_control=False), fonts=mock_fonts)
    assert [l.text for l in off.lines] == ["一二三四五六七八九十", "一"]


def test_hanging_punctuation_option(mock_fonts):
    opts = SetOptions(indent=0, hanging=True)
    para = set_paragraph("一二三四五六七八九十，后面再来", SIZE, MEASURE, "song", opts, fonts=mock_fonts)
    assert para.lines[0].text == "一二三四五六七八九十，"
    assert para.lines[0].hang
    assert para.lines[0].xs[-1] == pytest.approx(MEASURE)   # the mark sits just past the measure


def test_level_none_breaks_anywhere(mock_fonts):
    para = _set("一二三四五六七八九十，后面", "none", mock_fonts)
    assert [l.text for l in para.lines] == ["一二三四五六七八九十", "，后面"]


def test_level_basic_allows_a_dash_at_line_start(mock_fonts):
    gb = _set("一二三四五六七八北京—上海", "gb", mock_fonts)
    basic = _set("一二三四五六七八北京—上海", "basic", mock_fonts)
    assert gb.lines[1].text.startswith("京")
    assert basic.lines[1].text.startswith("—")
