"""A story flows through a chain of frames; the result says what fit and where to resume."""

from layout_app.layout.flow import Resume, Slot, flow
from layout_app.text.setter import SetOptions, set_paragraph

SIZE = 9.0
PITCH = 13.5
OPTS = SetOptions()
PARAS = ("一" * 50, "二" * 30 + "。", "三" * 20)   # 13-char column: 4+1 / 3 / 2 lines (indent 2)


def slots(*lines, measure=13 * SIZE):
    return [Slot(f"f{k}", 100.0 * k, 0.0, measure, n) for k, n in enumerate(lines)]


def test_everything_fits_and_reports_empty_lines():
    result = flow(PARAS, slots(20), SIZE, PITCH, "song", OPTS)
    total = sum(len(set_paragraph(p, SIZE, 13 * SIZE, "song", OPTS).lines) for p in PARAS)
    assert result.resume is None and result.overset_lines == 0
    assert len(result.placed) == total
    assert result.empty_lines == 20 - total          # 缺 N 行


def test_lines_go_down_the_column_then_to_the_next_slot():
    result = flow(PARAS, slots(3, 3, 20), SIZE, PITCH, "song", OPTS)
    frames = [p.frame for p in result.placed]
    assert frames[:3] == ["f0"] * 3 and frames[3:6] == ["f1"] * 3
    tops = [p.top for p in result.placed[:3]]
    assert tops == [0.0, PITCH, 2 * PITCH]
    assert result.placed[3].x == 100.0


def test_overset_is_exact():
    full = flow(PARAS, slots(100), SIZE, PITCH, "song", OPTS)
    n = len(full.placed)
    result = flow(PARAS, slots(2, 2), SIZE, PITCH, "song", OPTS)
    assert len(result.placed) == 4
    assert result.overset_lines == n - 4              # 超 N 行
    placed_chars = sum(len(p.line.text) for p in result.placed)
    assert result.overset_chars == sum(len(p) for p in PARAS) - placed_chars
    assert result.placed[-1].line.end == len(PARAS[0])   # the first paragraph filled four lines
    assert result.resume == Resume(1, 0)
    mid = flow(PARAS, slots(2, 3), SIZE, PITCH, "song", OPTS)
    assert mid.resume == Resume(1, mid.placed[-1].line.end)


def test_resume_continues_where_it_stopped():
    first = flow(PARAS, slots(2), SIZE, PITCH, "song", OPTS)
    rest = flow(PARAS, slots(100), SIZE, PITCH, "song", OPTS, start=first.resume)
    whole = flow(PARAS, slots(100), SIZE, PITCH, "song", OPTS)
    assert [p.line.text for p in first.placed + rest.placed] == [p.line.text for p in whole.placed]


def test_a_wider_column_resets_the_rest_of_the_paragraph_without_indent():
    result = flow(("一" * 40,), slots(1, 5, measure=13 * SIZE)[:1] + [Slot("wide", 0, 0, 27 * SIZE, 5)],
                  SIZE, PITCH, "song", OPTS)
    texts = [p.line.text for p in result.placed]
    assert texts[0] == "一" * 11                       # 13 chars less the 2-char indent
    assert texts[1] == "一" * 27 and result.placed[1].line.xs[0] == 0.0
    assert "".join(texts) == "一" * 40
    assert result.placed[1].line.start == 11         # offsets are in the whole paragraph


def test_empty_chain_is_all_overset():
    result = flow(PARAS, [], SIZE, PITCH, "song", OPTS)
    assert result.placed == () and result.overset_chars == sum(len(p) for p in PARAS)
    assert result.overset_lines == 3


def test_a_subhead_never_stands_at_a_columns_foot_without_its_text():
    from layout_app.layout.flow import ParaLook

    # 一×50 takes 4 lines of a 13-character column (indent 2: 11 + 13 + 13 + 13): in a 6-line column
    # the subhead would take line 5 and its paragraph's first line line 6 — one line of text under it,
    # not the two a page editor keeps with a 小标题: it opens the next column
    sub = ParaLook(SIZE, "hei", SetOptions(indent=0.0, align="center"), keep=True)
    paras = ("一" * 50, "名校带新校", "二" * 30 + "。")
    looks = (None, sub, None)
    result = flow(paras, slots(6, 7), SIZE, PITCH, "song", OPTS, looks=looks)
    head = next(p for p in result.placed if p.paragraph == 1)
    assert head.frame == "f1" and head.top == 0.0
    assert [p.frame for p in result.placed if p.paragraph == 0] == ["f0"] * 4
    # room for it and two lines under it: it stays
    result = flow(paras, slots(7, 7), SIZE, PITCH, "song", OPTS, looks=looks)
    head = next(p for p in result.placed if p.paragraph == 1)
    assert head.frame == "f0" and head.top == 4 * PITCH
    # a plain paragraph's look (keep False) is set where it falls, as before
    plain = ParaLook(SIZE, "hei", SetOptions(indent=0.0, align="center"))
    result = flow(paras, slots(6, 7), SIZE, PITCH, "song", OPTS, looks=(None, plain, None))
    assert next(p for p in result.placed if p.paragraph == 1).frame == "f0"
