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


# review 5: '本报讯（记者　周明远' / '　通讯员　黄立军）连日来，' — the wide space between two names, carried to
# the next line, read as an indent. It ends its line (and takes no room there), as a space does.
BYLINE_OPENING = "本报讯（记者　周明远　通讯员　黄立军）连日来，我市抢抓晴好天气，组织农机、农技力量全力投入“三夏”生产。"


def _set(text: str, chars: int):
    return set_paragraph(text, SIZE, chars * SIZE, "song", SetOptions(indent=0.0)).lines


@pytest.mark.parametrize("chars", range(6, 30))
def test_a_wide_space_never_opens_a_line(chars):
    lines = _set(BYLINE_OPENING, chars)
    assert not any(ln.text.startswith("\u3000") for ln in lines[1:])
    assert "".join(ln.text for ln in lines) == BYLINE_OPENING           # no character lost
    assert all(ln.width <= chars * SIZE + 0.01 for ln in lines)


def test_a_wide_space_ending_a_line_takes_no_room_there():
    # at 10 characters the first line ends on 周明远 and the space after it: the line is full without
    # it — its last glyph at the measure's end, as with the space taken away
    lines = _set(BYLINE_OPENING, 10)
    assert lines[0].text.endswith("\u3000") or not lines[1].text.startswith("\u3000")
    assert lines[0].text == "本报讯（记者\u3000周明远\u3000"          # (hand-counted: 9½ ems of glyphs, the space free)
    bare = _set(BYLINE_OPENING.replace("周明远\u3000", "周明远", 1), 10)
    assert lines[0].width == pytest.approx(bare[0].width)


# review 5: a brief's credit in brackets closing its text broken inside the name, （记者　周 / 明远）
BRIEF = "近日，省农业农村厅公布新一批农业产业化省级重点龙头企业名单，我市金谷米业、绿源菌业、丰禾牧业3家企业入选。（记者　周明远）"


@pytest.mark.parametrize("chars", range(9, 26))
def test_a_closing_credit_in_brackets_stays_on_one_line(chars):
    lines = _set(BRIEF, chars)
    assert "".join(ln.text for ln in lines) == BRIEF
    assert lines[-1].text.endswith("（记者\u3000周明远）")
    assert all(ln.width <= chars * SIZE + 0.01 for ln in lines)


# review 5, page G: the score line broken at its wide space, its first line spread to the measure —
# '各 节 比 分：15∶24' with a third of an em between the characters. A line a wide space ends,
# that short, is set flush left: its characters a full em apart, as typed.
SCORES = "各节比分：15∶24\u300020∶16\u300021∶19\u300022∶12"


def test_a_short_line_ending_at_a_wide_space_is_not_spread():
    lines = _set(SCORES, 10)
    assert lines[0].text.rstrip("\u3000") == "各节比分：15∶24"        # (hand-counted: 7⅔ em, 　20∶16 is 3⅔ more)
    xs = lines[0].xs
    assert [round((b - a) / SIZE, 3) for a, b in zip(xs[:4], xs[1:5])] == [1.0, 1.0, 1.0, 1.0]
    assert lines[0].width < 8 * SIZE
    # a line a wide space ends that is near full is still justified to the measure (the byline's)
    full = _set(BYLINE_OPENING, 10)
    assert full[0].width == pytest.approx(10 * SIZE)
