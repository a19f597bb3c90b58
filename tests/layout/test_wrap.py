"""Text wrap (绕排): a photo in the middle of a 3-column story pushes the body text away, line by line,
on the line grid. Expectations are worked out by hand from the sample grid: 8 columns of 13 characters
of 9 pt (117 pt) with gutters of 9.64 pt, lines of 13.5 pt."""
import functools
from dataclasses import replace

import pytest

from layout_app.geometry import Rect
from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.model.document import Page
from layout_app.model.frame import Frame
from tests.samples import BODY_1, DOC_YAML

SIZE, LEAD, CHARS = 9.0, 13.5, 13
UNIFORM = "国" * (11 + 13 * 99)       # 100 full lines at 13 characters (the first indented by 2)


def story_doc(body, photo: Frame | None, lines: int = 30):
    doc = loads_document(DOC_YAML)
    story = replace(doc.story("s1"), body=tuple(body), byline="")
    frames = (Frame("b1", 0, 3, 0, lines, story="s1", part="body"),) + ((photo,) if photo else ())
    return replace(doc, stories=(story,), pages=(Page("A1", 1, frames),))


def photo(**kw) -> Frame:
    return replace(Frame("ph1", 1, 1, 10, 8, photo="p1", wrap="around", standoff_lines=1.0, standoff_chars=1.0), **kw)


def body_runs(doc):
    display = Composer(doc).compose(doc.pages[0])
    group = next(i for i in display.items if isinstance(i, Group) and i.frame == "b1")
    report = next(r for r in display.reports if r.frame == "b1")
    return [i for i in walk(group.items) if isinstance(i, GlyphRun)], report


def column_of(doc, run) -> int:
    return next(c for c in range(3) if doc.grid.column_x(c) - 0.5 <= run.xs[0] < doc.grid.column_x(c) + 117)


def keep_out_rect(doc, f: Frame) -> Rect:
    """The photo's rectangle grown by one line above and below and one character left and right."""
    g = doc.grid
    x, y = g.column_x(f.col) + f.dx, g.line_y(f.line) + f.dy
    return Rect(x - SIZE, y - LEAD, 117 + 2 * SIZE, f.lines * LEAD + 2 * LEAD)


def box(run) -> Rect:
    """Generous ink box of a run: the whole em above the baseline, a quarter em below."""
    return Rect(run.xs[0], run.y - SIZE, run.xs[-1] + SIZE * run.hscale - run.xs[0], 1.25 * SIZE)


@functools.cache
def in_slot() -> float:
    """Where a baseline sits in its line slot, from the first line of an unwrapped story."""
    doc = story_doc(["国"], None)
    return body_runs(doc)[0][0].y - doc.grid.line_y(0)


def grid_line(doc, run) -> int:
    """The body line a run sits on; its baseline must sit in the slot where an unwrapped line does."""
    k, inside = divmod(run.y - doc.grid.line_y(0), LEAD)
    assert inside == pytest.approx(in_slot())
    return int(k)


def test_photo_over_the_middle_column_skips_the_lines_behind_it():
    doc = story_doc([UNIFORM], photo())
    runs, report = body_runs(doc)
    plain_runs, plain = body_runs(story_doc([UNIFORM], None))
    keep = keep_out_rect(doc, photo())
    assert not [r.text for r in runs if box(r).intersects(keep)]
    # lines 9..18 of the middle column (8 photo lines and one line of standoff each side) are skipped
    middle = sorted(grid_line(doc, r) for r in runs if column_of(doc, r) == 1)
    assert middle == list(range(0, 9)) + list(range(19, 30))
    for c in (0, 2):
        assert sorted(grid_line(doc, r) for r in runs if column_of(doc, r) == c) == list(range(30))
    # on the grid: every baseline is one the story has without the photo
    assert {round(r.y, 6) for r in runs} <= {round(r.y, 6) for r in plain_runs}
    # the same text, in order; what is not placed is reported exactly: 100 lines need 90 + 10 lines ...
    assert (plain.overset_lines, plain.overset_chars) == (10, 130)
    # ... and with 10 line slots behind the photo 20 lines (260 characters) are over
    assert (report.overset_lines, report.overset_chars) == (20, 260)
    assert "".join(r.text for r in runs) + report.overset_text == UNIFORM


def test_photo_off_the_grid_narrows_the_lines_beside_it_to_whole_characters():
    # moved 58.5 pt (6½ characters) right: it covers the right half of column 1 and the left half of
    # column 2. Kept out: column 1 from 49.5 pt (character cells 5..), column 2 up to 57.86 pt (cells ..6)
    f = photo(dx=58.5)
    doc = story_doc([UNIFORM], f)
    runs, report = body_runs(doc)
    keep = keep_out_rect(doc, f)
    assert not [r.text for r in runs if box(r).intersects(keep)]
    x1, x2 = doc.grid.column_x(1), doc.grid.column_x(2)
    by_line = {(column_of(doc, r), grid_line(doc, r)): r for r in runs}
    assert len(by_line) == 90                                     # no line slot is lost: all narrowed
    for k in range(30):
        left, right = by_line[1, k], by_line[2, k]
        if 9 <= k <= 18:
            assert (len(left.text), left.xs[0]) == (5, pytest.approx(x1))           # 5 characters
            assert (len(right.text), right.xs[0]) == (6, pytest.approx(x2 + 7 * SIZE))   # cells 7..12
        else:
            assert len(left.text) == len(right.text) == 13
    # on the column's character grid: every glyph at a whole number of characters from the column edge
    for r in runs:
        x0 = doc.grid.column_x(column_of(doc, r))
        assert all((x - x0) / SIZE == pytest.approx(round((x - x0) / SIZE)) for x in r.xs)
    # 1018 characters placed (388 + 310 + 320); the 280 left over take 22 lines at the full measure
    assert (report.overset_lines, report.overset_chars) == (22, 280)
    assert "".join(r.text for r in runs) + report.overset_text == UNIFORM


def test_real_text_wraps_with_nothing_lost_and_more_lines():
    body = BODY_1 * 3
    runs, report = body_runs(story_doc(body, photo(dx=58.5, dy=5.0), lines=12))
    plain_runs, plain = body_runs(story_doc(body, None, lines=12))
    layout = Composer(story_doc(body, photo(dx=58.5, dy=5.0), lines=20)).story_flow("s1")
    plain_layout = Composer(story_doc(body, None, lines=20)).story_flow("s1")
    # the narrowed lines hold fewer characters: more lines, and fewer empty line slots after them
    assert layout.resume is None and len(layout.placed) > len(plain_layout.placed)
    assert layout.empty_lines < plain_layout.empty_lines
    for k, text in enumerate(body):
        assert "".join(p.line.text for p in layout.placed if p.paragraph == k) == text
    # a dy off the grid still keeps the lines on it: baselines 13.5 pt apart in each column
    doc = story_doc(body, photo(dx=58.5, dy=5.0), lines=20)
    runs, _ = body_runs(doc)
    assert not [r.text for r in runs if box(r).intersects(keep_out_rect(doc, photo(dx=58.5, dy=5.0)))]
    for c in range(3):
        ys = sorted(r.y for r in runs if column_of(doc, r) == c)
        assert all((b - a) / LEAD == pytest.approx(round((b - a) / LEAD)) for a, b in zip(ys, ys[1:]))
    # in a frame too short for it, the wrapped story is over by more lines than the plain one
    assert report.overset_lines > plain.overset_lines


def test_wrap_off_leaves_the_text_alone_and_a_photo_covering_a_column_edge_to_edge():
    runs, _ = body_runs(story_doc([UNIFORM], photo(wrap="off")))
    plain_runs, _ = body_runs(story_doc([UNIFORM], None))
    assert runs == plain_runs
    # a photo across all three columns: the lines behind it are skipped in every column
    runs, report = body_runs(story_doc([UNIFORM], photo(col=0, cols=3, standoff_lines=0.0)))
    assert all(not 10 <= grid_line(story_doc([UNIFORM], None), r) <= 17 for r in runs) and len(runs) == 90 - 24
    assert (report.overset_lines, report.overset_chars) == (10 + 24, 130 + 24 * 13)


def test_a_piece_of_fewer_than_three_characters_is_skipped():
    # moved 30 pt right: kept out of column 1 from 21 pt (2 characters left: too few, skipped) and of
    # column 2 up to 29.36 pt (cells 4..12 stay: 9 characters)
    f = photo(dx=30.0)
    doc = story_doc([UNIFORM], f)
    runs, _ = body_runs(doc)
    by_line = {(column_of(doc, r), grid_line(doc, r)): r for r in runs}
    x2 = doc.grid.column_x(2)
    for k in range(9, 19):
        assert (1, k) not in by_line
        assert (len(by_line[2, k].text), by_line[2, k].xs[0]) == (9, pytest.approx(x2 + 4 * SIZE))
