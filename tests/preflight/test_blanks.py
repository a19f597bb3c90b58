"""White left in a page's columns (缺行), as the editor's live check tells it: more than 3 lines at a
column's foot; between two items, a gap of more than 5 lines between their frames (compose's air
between stories is up to 4) or more than 8 lines of white where a story's text stops short. Pages written by hand on the sample's grid (8 columns,
104 lines); the story's body is its byline's line and one-line paragraphs, so its text's depth is
known without composing."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer
from layout_app.model.frame import Frame
from layout_app.preflight.checks import page_check, preflight
from tests.photos import write_jpeg
from tests.samples import DOC_YAML


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 4200, 2900)
    return tmp_path


def page(paragraphs, *frames):
    doc = loads_document(DOC_YAML)
    doc = replace(doc, stories=(replace(doc.story("s1"), body=("好。",) * paragraphs),))
    return replace(doc, pages=(replace(doc.pages[0], frames=frames),))


def shorts(doc, folder):
    live = page_check(doc, 0, Composer(doc, folder).compose(doc.pages[0]))
    return [f for f in live.warnings if f.code == "short"]


HEAD = Frame("h1", 0, 1, 0, 8, story="s1", part="heading")


@pytest.mark.parametrize("paragraphs, short", [(5, 4), (6, None), (2, 7)])
def test_a_column_ending_more_than_three_lines_above_the_foot(folder, paragraphs, short):
    """The body's frame stands at the column's foot (lines 94–104) under a photo: 5 paragraphs and the
    byline leave 4 lines (over the newspaper's 3), 6 leave 3. Nothing stands in the other columns (a
    page being built): they are not said. The export's check says it too: white the page prints."""
    doc = page(paragraphs, HEAD, Frame("ph1", 0, 1, 8, 86, photo="p1"), Frame("b1", 0, 1, 94, 10, story="s1"))
    found = shorts(doc, folder)
    if short is None:
        assert found == []
    else:
        (f,) = found
        assert f.where["frame"] == "b1" and f.where["column"] == 1 and f.where["line"] == 104 - short + 1
        assert f.words().startswith(f"column 1: {short} lines left empty under the body of 《青石镇：图书角里书香浓》, "
                                    f"down to the foot of the page (缺 {short} 行)")
        assert str(f.place) == f"page 1, column 1, line {104 - short + 1}"
    assert ("short" in {f.code for f in preflight(doc, folder).warnings}) == (short is not None)


@pytest.mark.parametrize("photo_top, short", [(19, None), (20, 6)])
def test_a_gap_between_two_items_past_five_lines(folder, photo_top, short):
    """The body's frame (lines 8–14) is filled by its 6 lines; a photo below it from line 19 leaves a
    gap of 5 lines (the air compose may give between stories), from line 20, 6."""
    doc = page(5, HEAD, Frame("b1", 0, 1, 8, 6, story="s1"), Frame("ph1", 0, 1, photo_top, 104 - photo_top, photo="p1"))
    found = shorts(doc, folder)
    if short is None:
        assert found == []
    else:
        (f,) = found
        assert f.words().startswith(f"column 1: {short} lines left empty under the body of 《青石镇：图书角里书香浓》 "
                                    f"(缺 {short} 行)") and f.where["line"] == 15


@pytest.mark.parametrize("depth, gap, short", [(14, 0, None), (15, 0, 9), (13, 1, None), (14, 1, 9)])
def test_text_stopping_far_above_the_next_item(folder, depth, gap, short):
    """The photo stands under the body's frame, right under it or a line lower; the frame is 13–15 lines
    deep for 6 lines of text. Up to 8 lines of white between two items is the air compose gives between
    stories (4) and a story's last column ending a few lines above its others; 9 is a hole."""
    top = 8 + depth + gap
    doc = page(5, HEAD, Frame("b1", 0, 1, 8, depth, story="s1"), Frame("ph1", 0, 1, top, 104 - top, photo="p1"))
    found = shorts(doc, folder)
    assert [(f.where["line"], f.where["lines"]) for f in found] == ([] if short is None else [(15, short)])


def test_a_credits_band_across_the_foot_counts_as_the_foot(folder):
    """Over a band of two lines across all columns at the foot, 4 lines of white are a short column
    (they would not be between two items)."""
    band = Frame("band", 0, 8, 102, 2, part="photo")               # an empty frame: the credits line's place
    doc = page(5, HEAD, Frame("ph1", 0, 1, 8, 84, photo="p1"), Frame("b1", 0, 1, 92, 10, story="s1"), band)
    (f,) = shorts(doc, folder)
    assert "4 lines left empty" in f.words() and "down to the foot of the page" in f.words()


def test_side_by_side_columns_under_one_frame_are_one_blank(folder):
    """A body frame two columns wide (lines 8–18) with 16 lines of text fills its first column and 6
    lines of its second; a photo under both from line 24: 6 and 10 lines of white, said once."""
    doc = page(15, HEAD, Frame("b1", 0, 2, 8, 10, story="s1"), Frame("ph1", 0, 2, 24, 80, photo="p1"))
    (f,) = shorts(doc, folder)
    assert f.words().startswith("columns 1–2: 6–10 lines left empty under the body") and f.where["line"] == 15


def test_two_items_in_one_place_are_looked_at_without_fault(folder):
    """A photo pasted in place lies exactly over its original (same lines): the check still reads the
    column (it used to compare the two frames themselves to order them, and failed)."""
    ph = Frame("ph1", 0, 1, 8, 86, photo="p1")
    doc = page(5, HEAD, ph, Frame("ph2", 0, 1, 8, 86, photo="p1"), Frame("b1", 0, 1, 94, 10, story="s1"))
    (f,) = shorts(doc, folder)
    assert "4 lines left empty" in f.words()


def test_the_advice_names_a_photo_to_set_larger_only_where_one_stands(folder):
    """Review 7: compose said a stack had no photo to grow, this check said 'set a photo larger' of the
    same white. Column 1 with a photo over the short text: set it larger; column 2 with none: add copy or a
    photo, or fill it."""
    with_photo = page(5, HEAD, Frame("ph1", 0, 1, 8, 86, photo="p1"), Frame("b1", 0, 1, 94, 10, story="s1"))
    (f,) = shorts(with_photo, folder)
    assert f.words().endswith("— add copy, set a photo larger or fill it (补白)")
    bare = page(5, Frame("h1", 1, 1, 0, 8, story="s1", part="heading"), Frame("b1", 1, 1, 8, 80, story="s1"))
    (f,) = shorts(bare, folder)
    assert f.words().startswith("column 2: ") and f.words().endswith("— add copy or a photo, or fill it (补白)")
