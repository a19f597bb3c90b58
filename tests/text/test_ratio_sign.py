"""A score or ratio set with the ratio sign (98∶95, 3∶1) is one unit, as 7:30 is with the ASCII colon:
the sign half an em, no CJK–Latin quarter em inside it, never broken at a line's end. It had been set a
full em with its figures as separate words — '98 ∶ 95', 1.1 em between the 8 and the 9 (review26)."""
from layout_app.text.setter import SetOptions, set_paragraph

SIZE = 10.0


def _line(text: str, chars: float = 30):
    return set_paragraph(text, SIZE, chars * SIZE, "song", SetOptions(indent=0.0)).lines


def test_the_ratio_sign_takes_half_an_em_between_its_figures():
    line = _line("江州男篮98∶95险胜")[0]
    x = dict(zip(range(len(line.text)), line.xs))
    i = line.text.index("∶")
    eight_end = x[i - 1] + (x[i - 1] - x[i - 2])          # the 8 as wide as the 9 before it
    # from the 8's end to the next 9: the sign's half em, nothing more
    assert abs((x[i + 1] - eight_end) - 0.5 * SIZE) < 0.05, x
    # the sign's ink in the middle of that half em: its glyph (a full em) centred on it
    assert abs((x[i] + 0.5 * SIZE) - (eight_end + 0.25 * SIZE)) < 0.05


def test_a_score_is_never_broken_at_a_lines_end():
    # 江州男篮98 fills 5 of a 6-em line: a breaker taking the score apart would end the line on ∶ or 98
    for text in ("江州男篮98∶95险胜山西队", "江州男篮队3∶1险胜山西队"):
        lines = [l.text for l in _line(text, 6)]
        score = "98∶95" if "98" in text else "3∶1"
        assert any(score in l for l in lines), lines
