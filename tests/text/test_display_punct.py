"""Punctuation compressed in display type (typesetting.md §2, carried to half-width forms for
headline sizes). Expected positions are written by hand from the rule, at 20 pt (1 em = 20 pt)."""
from layout_app.text.setter import SetOptions, set_paragraph

DISPLAY = SetOptions(indent=0, align="left", display=True)
BODY = SetOptions(indent=0, align="left")


def _line(text, options, face="hei-bold"):
    lines = set_paragraph(text, 20.0, 400.0, face, options).lines
    assert len(lines) == 1
    return lines[0]


def test_colon_and_opening_quote_take_one_em_together():
    line = _line("河湾社区：“夜巡队”", DISPLAY)
    # 河 湾 社 区 one em each; ： half-width box 80–90, its glyph at the box start; “ half-width box
    # 90–100, its full-width glyph drawn half an em to the left so the ink sits in the box; 夜 at 100;
    # the closing ” at the line end is half-width: the line ends at 170.
    assert line.xs == (0.0, 20.0, 40.0, 60.0, 80.0, 80.0, 100.0, 120.0, 140.0, 160.0)
    assert line.width == 170.0


def test_body_type_keeps_the_gb_pair_rule():
    # not display: ：“ take 1.5 em (GB pairwise rule), the quote keeps its left blank
    line = _line("河湾社区：“夜巡队”", BODY)
    assert line.xs == (0.0, 20.0, 40.0, 60.0, 80.0, 90.0, 110.0, 130.0, 150.0, 170.0)


def test_opening_bracket_at_line_start_is_trimmed():
    line = _line("（夜巡队）出发", DISPLAY)
    # （ ink in the right half of its em: drawn from −10 so the ink starts at the frame edge
    assert line.xs == (-10.0, 10.0, 30.0, 50.0, 70.0, 80.0, 100.0)


def test_marks_next_to_han_are_half_width():
    line = _line("夜巡，守护。平安", DISPLAY)
    assert line.xs == (0.0, 20.0, 40.0, 50.0, 70.0, 90.0, 100.0, 120.0)
