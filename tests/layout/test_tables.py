"""Review 30, finding 1: a 积分榜 set as a table in its story's column (layout/tables) — its columns
aligned, a column of figures flush right, the header row in 黑体, thin rules over and under the header
and under the last row — counted as lines of its story, every cell reaching the PDF apart from its
neighbours ('海港队 20 45', never '海港队 20 452')."""
import subprocess

import pytest

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import compose_page
from layout_app.layout.display import GlyphRun, Group, Rule
from layout_app.layout.flow import ParaLook, Slot, flow
from layout_app.render.pdf.export import export_pdf
from layout_app.text.fonts import registry
from layout_app.text.setter import SetOptions
from tests.sports_copy import ONLY_TABLE, SPORTS_COPY, STANDINGS

ROWS = [r.split("\t") for r in STANDINGS.split("\n")[1:]]        # header and 6 rows


def walk(items):
    for it in items:
        if isinstance(it, Group):
            yield from walk(it.items)
        else:
            yield it


def _page(tmp_path, text, template):
    copy = tmp_path / "copy.txt"
    copy.write_text(text, encoding="utf-8")
    out = tmp_path / "page.yaml"
    assert main(["compose", "--copy", str(copy), "-o", str(out), "--force", "--template", template]) in (0, 1)
    return load_document(out), out


def _table_group(doc, display):
    (sid,) = [s.id for s in doc.stories if any(f.style == "table" for f in s.formats)]
    groups = [g for g in display.items if isinstance(g, Group) and g.frame.startswith(sid)]
    return sid, [it for g in groups for it in walk(g.items)]


def _right(run: GlyphRun) -> float:
    return run.xs[-1] + registry().advances_for(run.face, run.text)[run.text[-1]] * run.size


@pytest.fixture(scope="module")
def duikai(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("duikai")
    doc, path = _page(tmp, SPORTS_COPY, "duikai")
    pdf = tmp / "page.pdf"
    export_pdf(doc, tmp, pdf)
    return doc, path, pdf


def test_every_cell_reaches_the_pdf_apart_and_in_order(duikai):
    _, _, pdf = duikai
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.split() for line in text.splitlines()]
    # (the title may share pdftotext's line with the column beside it: the table is in the match report now)
    assert any("".join(l).endswith("城市足球超级联赛积分榜") or "".join(l).startswith("城市足球超级联赛积分榜") for l in lines)
    for row in ROWS:                           # each row a line of its own, its cells apart, as written
        assert row in lines, row
    assert "452" not in text.replace(" ", "").replace("\n", " ").split("45")[0] or "海港队2045" not in text


@pytest.mark.parametrize("template", ["duikai", "sikai"])
def test_the_columns_line_up_figures_flush_right_header_in_hei_with_three_rules(tmp_path, template):
    doc, _ = _page(tmp_path, SPORTS_COPY, template)
    display = compose_page(doc, doc.pages[0])
    _, items = _table_group(doc, display)
    runs = [r for r in items if isinstance(r, GlyphRun)]
    by_text = {}
    for r in runs:
        by_text.setdefault(r.text, []).append(r)
    points = [by_text[row[3]][0] for row in ROWS[1:]]        # the 积分 column: 45, 43, … 27
    games = [r for r in runs if r.text == "20"]              # the 场次 column
    assert len(points) == 6 and len(games) == 6
    rights = [_right(r) for r in points]
    assert max(rights) - min(rights) <= 0.5, rights
    assert max(map(_right, games)) - min(map(_right, games)) <= 0.5
    # the header's 积分 ends where the figures under it do; the names start level, flush left
    assert abs(_right(by_text["积分"][0]) - rights[0]) <= 0.5
    names = [by_text[row[1]][0].xs[0] for row in ROWS[1:]]
    assert max(names) - min(names) <= 0.5 and names[0] < min(r.xs[0] for r in games)
    # header and title in 黑体, the rows in the body's song, a size under the body (小五 → 六号)
    assert {by_text[c][0].face for c in ROWS[0]} == {"hei"} and by_text["海港队"][0].face != "hei"
    assert by_text["海港队"][0].size < doc.style("body").size
    # the rows one under another, in order, a grid line apart
    ys = [by_text[row[1]][0].y for row in ROWS[1:]]
    assert ys == sorted(ys) and len(set(round(b - a, 2) for a, b in zip(ys, ys[1:]))) == 1
    # thin rules: over the header, under it, under the last row — as wide as the table
    rules = sorted((r for r in items if isinstance(r, Rule) and r.y1 == r.y2), key=lambda r: r.y1)
    assert len(rules) == 3 and all(r.width <= 0.5 for r in rules)
    header_y, last_y = by_text["名次"][0].y, by_text["西江队"][0].y
    assert rules[0].y1 < header_y < rules[1].y1 < ys[0] and rules[2].y1 > last_y
    left = min(r.xs[0] for r in runs if r.text in ("名次", "1"))
    assert all(r.x1 <= left + 0.5 and r.x2 >= rights[0] - 0.5 for r in rules)


def test_copy_of_only_a_table_prints_its_figures_unchanged(tmp_path):
    doc, _ = _page(tmp_path, ONLY_TABLE, "duikai")
    pdf = tmp_path / "only.pdf"
    export_pdf(doc, tmp_path, pdf)
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.split() for line in text.splitlines()]
    assert ["1", "海港队", "20", "45"] in lines and ["2", "江城队", "20", "43"] in lines
    assert "452" not in text and "名次" in text


def test_the_table_takes_its_lines_in_the_flow_and_what_does_not_fit_is_overset():
    look = ParaLook(7.5, "song", SetOptions(indent=0.0, align="left"), head_face="hei")
    body = ("第一段正文。", STANDINGS)
    looks = (None, look)
    opts = SetOptions()
    roomy = flow(body, [Slot("f", 0, 0, 120.0, 20)], 9.0, 13.5, "song", opts, looks=looks)
    table = [p for p in roomy.placed if p.paragraph == 1]
    # the title on one line (or two, broken at its bracket), then a line per row
    assert len(table) in (8, 9) and roomy.resume is None
    rows = [p.line.text for p in table if "\t" in p.line.text]
    assert rows == STANDINGS.split("\n")[1:]
    tops = [p.top for p in table]
    assert all(b - a == pytest.approx(13.5) for a, b in zip(tops, tops[1:]))
    # kept whole: under a paragraph in a column too short for it, it opens the next column
    two = flow(body, [Slot("f", 0, 0, 120.0, len(table)), Slot("g", 130, 0, 120.0, len(table))], 9.0, 13.5, "song", opts, looks=looks)
    assert {p.frame for p in two.placed if p.paragraph == 1} == {"g"} and two.resume is None
    assert [p.line.text for p in two.placed if p.paragraph == 1] == [p.line.text for p in table]
    # … and where no column holds it, it is overset whole: every line of it counted
    short = flow(body, [Slot("f", 0, 0, 120.0, 6)], 9.0, 13.5, "song", opts, looks=looks)
    assert not [p for p in short.placed if p.paragraph == 1]
    assert short.overset_lines == len(table) and short.resume.paragraph == 1
    # a long table (25 rows) is split between rows: continued in the next column, no row twice, none lost
    # (but its header)
    long = "\n".join(["名次\t球队\t积分"] + [f"{k}\t球队{k}\t{100 - k}" for k in range(1, 25)])
    legs = flow(("正文。", long), [Slot("f", 0, 0, 120.0, 15), Slot("g", 130, 0, 120.0, 15)], 9.0, 13.5, "song", opts,
                looks=looks)
    got = [p.line.text for p in legs.placed if p.paragraph == 1]
    # (the second leg opens with the header row again: test_a_table_broken_across_columns_repeats_its_header_row)
    second = [p.line.text for p in legs.placed if p.paragraph == 1 and p.frame == "g"]
    assert second[0] == got[0] and got[:len(got) - len(second)] + second[1:] == long.split("\n")
    assert {p.frame for p in legs.placed if p.paragraph == 1} == {"f", "g"}


# a table with more cells than a basic column holds at 六号 (review30, chief editor): 9 columns of a full
# standings table need about 188 pt at 7.5 pt, a 对开 column is 117 — set across two columns, never
# squeezed into one; broken across columns, its header row repeats. Written by hand.
WIDE = "\n".join(["联赛积分榜", "名次\t球队\t场次\t胜\t平\t负\t进球\t失球\t积分"]
                 + [f"{k}\t海港{k}队\t20\t{14 - k}\t3\t{3 + k}\t{40 - k}\t{18 + k}\t{45 - k}" for k in range(1, 7)])
LOOK = ParaLook(7.5, "song", SetOptions(indent=0.0, align="left"), head_face="hei", after=1)
PAIR = [Slot("f", 0, 0, 117.0, 20), Slot("f", 126, 0, 117.0, 20)]


def test_a_wide_table_opening_a_column_is_set_across_it_and_the_next():
    got = flow((WIDE, "正文。" * 120), PAIR, 9.0, 13.5, "song", SetOptions(), looks=(LOOK, None))
    table = [p for p in got.placed if p.paragraph == 0]
    assert len(table) == 8 and all(p.x == 0 and p.line.width == pytest.approx(243.0) for p in table)
    assert table[1].line.text.split("\t") == ["名次", "球队", "场次", "胜", "平", "负", "进球", "失球", "积分"]
    # the text under it: in the first column from the line under the table (and its line of air), then
    # in the second column from the same line — never under the table's cells
    text = [p for p in got.placed if p.paragraph == 1]
    first = [p.top for p in text if p.x == 0]
    second = [p.top for p in text if p.x == 126]
    assert min(first) == pytest.approx(9 * 13.5) and second and min(second) == pytest.approx(9 * 13.5)
    # its cells at the type size of the style: not squeezed
    from layout_app.layout.tables import set_table
    assert {tl.size for tl in set_table(WIDE, 7.5, 243.0, "song", "hei")} == {7.5}


def test_a_wide_table_with_no_column_beside_it_is_set_smaller_or_overset_never_past_its_column():
    # 6 columns: about 128 pt at 7.5 pt, 103 at 6 — set smaller in its one column
    middle = "\n".join(["名次\t球队\t场次\t胜\t平\t积分"] + [f"{k}\t海港{k}队\t20\t{14 - k}\t3\t{45 - k}" for k in range(1, 7)])
    got = flow((middle,), PAIR[:1], 9.0, 13.5, "song", SetOptions(), looks=(LOOK,))
    assert len(got.placed) == 7 and {p.line.width for p in got.placed} == {117.0} and got.resume is None
    from layout_app.layout.tables import set_table
    assert all(6.0 <= tl.size < 7.5 for tl in set_table(middle, 7.5, 117.0, "song", "hei"))
    # 9 columns: over 117 pt even at 6 — never printed over the column beside: overset, whole, for the editor
    got = flow((WIDE,), PAIR[:1], 9.0, 13.5, "song", SetOptions(), looks=(LOOK,))
    assert got.placed == () and got.resume.paragraph == 0 and got.overset_lines >= 8


def test_a_table_that_fits_its_column_stays_in_it():
    got = flow((STANDINGS,), PAIR, 9.0, 13.5, "song", SetOptions(), looks=(LOOK,))
    assert {p.line.width for p in got.placed} == {117.0} and {p.x for p in got.placed} == {0}


def test_a_table_broken_across_columns_repeats_its_header_row():
    long = "\n".join(["名次\t球队\t积分"] + [f"{k}\t球队{k}\t{100 - k}" for k in range(1, 25)])
    legs = flow(("正文。", long), [Slot("f", 0, 0, 120.0, 15), Slot("g", 130, 0, 120.0, 15)], 9.0, 13.5, "song",
                SetOptions(), looks=(None, LOOK))
    first = [p.line.text for p in legs.placed if p.paragraph == 1 and p.frame == "f"]
    second = [p.line.text for p in legs.placed if p.paragraph == 1 and p.frame == "g"]
    assert first[0] == "名次\t球队\t积分" and second[0] == "名次\t球队\t积分"
    # every row once, in order
    assert first + second[1:] == long.split("\n") and legs.resume is None


def test_a_wide_table_under_text_goes_across_two_legs_of_that_text():
    # 13 lines of text, then the 9-column table: the text in two legs (7 and 6 lines), the table across
    # both columns under them — read down the first leg, the second, then the table
    looks = (None, LOOK)
    got = flow(("正文。" * 50, WIDE), [Slot("f", 0, 0, 117.0, 30), Slot("f", 126, 0, 117.0, 30)], 9.0, 13.5, "song",
               SetOptions(), looks=looks)
    text = [p for p in got.placed if p.paragraph == 0]
    left, right = [p for p in text if p.x == 0], [p for p in text if p.x == 126]
    assert (len(left), len(right)) == (7, 6) and right[0].top == 0
    assert "".join(p.line.text for p in left + right) == "正文。" * 50           # in reading order
    table = [p for p in got.placed if p.paragraph == 1]
    assert len(table) == 8 and {p.x for p in table} == {0} and {p.line.width for p in table} == {243.0}
    assert table[0].top == pytest.approx(7 * 13.5) and got.resume is None


def test_a_second_wide_table_under_the_first_never_moves_the_first_into_the_next_column():
    # review 5 (page G): text, the 积分榜 across two legs of it, then the 赛果 table — the second table's
    # legs moved half the column, the first table's rows among it, onto the text of the next column.
    # Each placed line keeps a band of its own: no two lines overlap on the page.
    second = "\n".join(["赛果", "日期\t主队\t比分\t客队\t场地\t备注\t观众\t裁判\t时长"]
                       + [f"6月{k}日\t海港{k}队\t3∶1\t江城{k}队\t体育中心\t加时\t3000\t张三\t120" for k in range(1, 4)])
    got = flow(("正文。" * 50, WIDE, second), [Slot("f", 0, 0, 117.0, 30), Slot("f", 126, 0, 117.0, 30)],
               9.0, 13.5, "song", SetOptions(), looks=(None, LOOK, LOOK))
    first = [p for p in got.placed if p.paragraph == 1]
    assert len(first) == 8 and {p.x for p in first} == {0}        # the first table whole, across, where it was
    # … and the second across both columns right under it, as a desk stacks two wide tables
    then = [p for p in got.placed if p.paragraph == 2]
    assert len(then) == 5 and {p.x for p in then} == {0} and {p.line.width for p in then} == {243.0}
    assert then[0].top == pytest.approx(first[-1].top + 2 * 13.5)     # (a line of air under the first)
    boxes = [(p.x, p.x + p.line.width, round(p.top, 2)) for p in got.placed]
    for k, (x0, x1, top) in enumerate(boxes):
        for a0, a1, t in boxes[k + 1:]:
            assert not (t == top and a0 < x1 - 0.01 and x0 < a1 - 0.01), (x0, x1, top, a0, a1)


def test_a_table_in_a_column_is_never_cut_to_make_two_legs_for_the_next():
    # text, a table narrow enough for its column, more text, then a wide table: the wide one's two legs
    # would have moved the first table's lower rows beside it, the header left behind (review 5, page G)
    narrow = "\n".join(["积分榜", "名次\t球队\t积分"] + [f"{k}\t球队{k}\t{20 - k}" for k in range(1, 7)])
    got = flow(("正文。" * 8, narrow, "正文。" * 6, WIDE), [Slot("f", 0, 0, 117.0, 40), Slot("f", 126, 0, 117.0, 40)],
               9.0, 13.5, "song", SetOptions(), looks=(None, LOOK, None, LOOK))
    rows = [p for p in got.placed if p.paragraph == 1]
    assert len(rows) == 8 and {p.x for p in rows} == {0}            # the narrow table whole, in its column
    boxes = [(p.x, p.x + p.line.width, round(p.top, 2)) for p in got.placed]
    for k, (x0, x1, top) in enumerate(boxes):
        for a0, a1, t in boxes[k + 1:]:
            assert not (t == top and a0 < x1 - 0.01 and x0 < a1 - 0.01), (x0, x1, top, a0, a1)


def _apart(placed):
    boxes = [(p.x, p.x + p.line.width, round(p.top, 2)) for p in placed]
    for k, (x0, x1, top) in enumerate(boxes):
        for a0, a1, t in boxes[k + 1:]:
            assert not (t == top and a0 < x1 - 0.01 and x0 < a1 - 0.01), (x0, x1, top, a0, a1)


def _lines_of(text: str) -> int:
    return len(flow((text,), [Slot("f", 0, 0, 117.0, 200)], 9.0, 13.5, "song", SetOptions()).placed)


@pytest.mark.parametrize("byline", [0, 1])
def test_a_wide_table_reached_in_the_last_column_goes_across_it_and_the_one_before(byline):
    # review 5, page G: the 赛果 came to a frame's last column with no column after it — overset, and
    # the page planner, told the story never fit, left columns 3–4 half white. A desk sets it across the
    # last two columns at their foot, the text of both above it in two legs ending on the same line
    # (with a byline over the first column, that column's text starts a line lower).
    text = "正文。" * 80
    n = _lines_of(text)                                       # more than the first column holds
    assert 20 < n <= 2 * (20 - 8 - byline)                    # (and the legs and the table fit the two)
    slots = [Slot("f", 0, byline * 13.5, 117.0, 20 - byline), Slot("f", 126, 0, 117.0, 20)]
    got = flow((text, WIDE), slots, 9.0, 13.5, "song", SetOptions(), looks=(None, LOOK))
    assert got.resume is None
    body = [p for p in got.placed if p.paragraph == 0]
    left, right = [p for p in body if p.x == 0], [p for p in body if p.x == 126]
    assert "".join(p.line.text for p in left + right) == text                  # read down one leg, then the other
    assert len(left) + len(right) == n and right[0].top == 0
    foot = max(p.top for p in body) + 13.5
    assert abs(len(left) + byline - len(right)) <= 1 and max(p.top for p in left) + 13.5 == pytest.approx(foot)
    table = [p for p in got.placed if p.paragraph == 1]
    assert len(table) == 8 and {p.x for p in table} == {0} and {p.line.width for p in table} == {243.0}
    assert table[0].top == pytest.approx(foot) and table[-1].top < 20 * 13.5       # under both legs, on the page
    _apart(got.placed)


def test_a_wide_table_in_the_last_column_never_parts_a_table_in_the_column_before():
    narrow = "\n".join(["积分榜", "名次\t球队\t积分"] + [f"{k}\t球队{k}\t{20 - k}" for k in range(1, 7)])
    got = flow(("正文。" * 40, narrow, "正文。" * 20, WIDE), PAIR, 9.0, 13.5, "song", SetOptions(),
               looks=(None, LOOK, None, LOOK))
    rows = [p for p in got.placed if p.paragraph == 1]
    assert len(rows) == 8 and len({p.x for p in rows}) == 1                   # the narrow table whole in one column
    _apart(got.placed)


def test_a_second_wide_table_with_air_over_it_stacks_under_the_first():
    # a table style with a line of air before it: the 赛果 right under the 积分榜 set across was tested
    # against the lines under the first table without that air, missed, and went to the last column —
    # overset (review 5, page G)
    spaced = ParaLook(7.5, "song", SetOptions(indent=0.0, align="left"), head_face="hei", before=1, after=1)
    second = "\n".join(["赛果", "日期\t主队\t比分\t客队\t场地\t备注\t观众\t裁判\t时长"]
                       + [f"6月{k}日\t海港{k}队\t3∶1\t江城{k}队\t体育中心\t加时\t3000\t张三\t120" for k in range(1, 4)])
    for byline in (0, 1):
        slots = [Slot("f", 0, byline * 13.5, 117.0, 30 - byline), Slot("f", 126, 0, 117.0, 30)]
        got = flow(("正文。" * 50, WIDE, second), slots, 9.0, 13.5, "song", SetOptions(), looks=(None, spaced, spaced))
        first = [p for p in got.placed if p.paragraph == 1]
        then = [p for p in got.placed if p.paragraph == 2]
        assert got.resume is None and {p.x for p in first + then} == {0} and {p.line.width for p in then} == {243.0}
        assert then[0].top == pytest.approx(first[-1].top + 3 * 13.5)       # its line of air and the first's
        _apart(got.placed)
