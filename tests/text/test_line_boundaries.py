"""避头尾 at a real line boundary, character by character. The lists are typed in from
typesetting.md §1 (not read from layout_app.text.punct): removing one mark from the code's tables
makes exactly that mark's case fail here."""
import pytest

from layout_app.text.setter import SetOptions, set_paragraph

SIZE = 9.0
HAN = "近年来我县坚持以人民为中心在城乡社区开展了一系列便民服务行动"

# May NOT start a line (GB level) — typesetting.md §1, in the spec's order
NO_START = (
    "。．，、：；！？‼⁇⁈⁉"          # 点号
    "”’」』）〕】〗］｝》〉"            # closing quotes and brackets
    "–～~-—"                         # connectors (a single —; hyphen not before a digit)
    "·・‧/／"                        # interpuncts and solidi
    "%％‰℃°′″"                       # postfix marks
    ",.:;!?)]}"                      # half-width closers in Chinese text
)
# May NOT end a line (GB level)
NO_END = "“‘「『（〔【〖［｛《〈" "/／" "￥¥$＄£￡"


def lines_of(text: str, measure_chars: int, level: str = "gb"):
    para = set_paragraph(text, SIZE, measure_chars * SIZE, "song", SetOptions(level=level, indent=0.0))
    return [line.text for line in para.lines]


@pytest.mark.parametrize("level", ["gb", "strict"])
@pytest.mark.parametrize("mark", list(NO_START))
def test_mark_never_starts_a_line(mark, level):
    # ten Han fill a ten-character line exactly, so a naive breaker puts the mark first on line two
    text = HAN[:10] + mark + HAN[10:22]
    lines = lines_of(text, 10, level)
    assert len(lines) >= 2 and "".join(lines) == text
    for line in lines[1:]:
        assert not line.startswith(mark), (mark, lines)


@pytest.mark.parametrize("level", ["gb", "strict"])
@pytest.mark.parametrize("mark", list(NO_END))
def test_mark_never_ends_a_line(mark, level):
    # nine Han and the mark fill ten characters, so a naive breaker leaves the mark last on line one
    text = HAN[:9] + mark + HAN[9:22]
    lines = lines_of(text, 10, level)
    assert len(lines) >= 2 and "".join(lines) == text
    for line in lines[:-1]:
        assert not line.rstrip(" ").endswith(mark), (mark, lines)


@pytest.mark.parametrize("mark", ["——", "……"])
def test_strict_keeps_two_em_marks_off_a_line_start(mark):
    text = HAN[:10] + mark + HAN[10:22]
    for line in lines_of(text, 10, "strict")[1:]:
        assert not line.startswith(mark[0])


def test_a_paragraph_may_open_with_a_two_em_dash():
    assert lines_of("——" + HAN[:20], 10, "strict")[0].startswith("——")


def test_the_cases_are_real_boundaries():
    """Without a prohibited mark the same copy breaks right where the marks were put (a control)."""
    assert lines_of(HAN[:22], 10)[0] == HAN[:10]
