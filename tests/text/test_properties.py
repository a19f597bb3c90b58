"""Property tests on random Chinese copy with punctuation, numbers and Latin words."""
import re

from hypothesis import given, settings, strategies as st

from layout_app.text.punct import NO_END, NO_START, OPENING
from layout_app.text.setter import SetOptions, set_paragraph

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
WORD = st.text(alphabet=HAN, min_size=1, max_size=4)
AFTER = st.sampled_from(["", "", "", "，", "。", "、", "；", "：", "！", "？", "？！"])
NUMBER = st.sampled_from(["2026", "3.14", "1,000", "5.2%", "25℃", "￥100", "12km", "7:30"])
LATIN = st.sampled_from(["iPhone", "GDP", "Wi-Fi", "CEO", "AI"])


@st.composite
def chunk(draw):
    kind = draw(st.integers(0, 9))
    word = draw(WORD)
    if kind == 0:
        body = f"“{word}”"
    elif kind == 1:
        body = f"《{word}》"
    elif kind == 2:
        body = f"（{word}）"
    elif kind == 3:
        body = draw(NUMBER) + word
    elif kind == 4:
        body = word + draw(LATIN)
    elif kind == 5:
        body = word + draw(st.sampled_from(["——", "……"]))
    elif kind == 6:
        body = word + "·" + draw(WORD)
    else:
        body = word
    return body + draw(AFTER)


PARAGRAPH = st.lists(chunk(), min_size=1, max_size=40).map("".join)
RUNS = re.compile(r"[￥]?[A-Za-z0-9]+(?:[.,:\-][A-Za-z0-9]+)*[%℃]?|——|……|？！")
SIZE = 9.0


def check(text, measure_chars, level, indent, hanging=False):
    measure = measure_chars * SIZE
    para = set_paragraph(text, SIZE, measure, "song", SetOptions(level=level, indent=indent, hanging=hanging))
    lines = para.lines
    # joining the lines gives back the text
    assert "".join(l.text for l in lines) == text
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        hang_room = SIZE if line.hang else 0.0
        # no line wider than the measure
        assert line.width <= measure + 1e-6 + hang_room, (line.text, line.width, measure)
        # every line but the paragraph's last is exactly flush
        single_unit = len(line.text) == 1 or RUNS.fullmatch(line.text.rstrip(" ")) is not None
        if not last and not line.hang and not single_unit:   # one unit has no gap to stretch
            assert abs(line.width - measure) < 1e-6, (line.text, line.width, measure)
        # positions never go backwards; a squeezed opening bracket's origin sits up to ½ em left
        # of its box (its ink is in the right half of the full-width glyph)
        for k in range(1, len(line.xs)):
            slack = SIZE / 2 if line.text[k] in OPENING else 0.0
            assert line.xs[k] >= line.xs[k - 1] - slack - 1e-9, line.text
    # no prohibited line start or end
    for a, b in zip(lines, lines[1:]):
        if not b.text.startswith(("——", "……")):   # 2-em marks may start a line below strict
            assert b.text[0] not in NO_START[level], (a.text, b.text)
        assert a.text.rstrip(" ")[-1] not in NO_END[level], (a.text, b.text)
        if level == "strict":
            assert not b.text.startswith(("——", "……")), (a.text, b.text)
    # no split inside ——, ……, a number or a Latin word
    cuts = {l.start for l in lines[1:]}
    for m in RUNS.finditer(text):
        assert not any(m.start() < c < m.end() for c in cuts), (m.group(), [l.text for l in lines])


@settings(max_examples=300, deadline=None)
@given(PARAGRAPH, st.integers(8, 30), st.sampled_from(["gb", "strict", "basic"]), st.sampled_from([0.0, 2.0]))
def test_breaking_properties(text, measure_chars, level, indent):
    check(text, measure_chars, level, indent)


@settings(max_examples=100, deadline=None)
@given(PARAGRAPH, st.integers(8, 20))
def test_breaking_properties_with_hanging(text, measure_chars):
    check(text, measure_chars, "gb", 2.0, hanging=True)


@settings(max_examples=100, deadline=None)
@given(PARAGRAPH)
def test_thirteen_character_column_stays_on_the_character_grid(text):
    """Body lines start and end on the grid: a flush line's last glyph box ends at the measure."""
    para = set_paragraph(text, SIZE, 13 * SIZE, "song", SetOptions())
    for line in para.lines:
        # a joined —— reaches a hair past its box so that its ink starts on the grid
        slack = 0.1 * SIZE if line.text.startswith("——") else 0.0
        assert line.xs[0] >= -slack
