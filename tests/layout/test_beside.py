"""A photo set narrower with its story's text beside it (layout.beside), before a stack that runs over
leaves it out — answers worked out by hand from the rules (newspaper.md, issue 10): a photo keeps its
shape within the 20 % crop limit, so a column narrower means a shorter photo; a portrait goes down to
one column, a landscape photo to two; never with a hole beside the photo (the text fills the place
beside it); its caption goes with it."""
from dataclasses import replace

import pytest

from layout_app.io.templates import new_document
from layout_app.layout.autoplace import StoryPlan
from layout_app.layout.storyblock import _measure_block
from layout_app.layout.beside import (MAX_CROP, PhotoShapes, lines_under, narrower, photo_range, set_around,
                                     text_frames)
from layout_app.layout.probe import FrameProbe
from layout_app.model.story import Photo, Story

TEXT = "社区志愿者每天清晨在街头巷尾巡查，为老人送去热饭热菜，受到居民普遍欢迎。"


def block(body_chars: int, aspects: list[float], cols: int = 3, captions=("居民在社区服务站办事。",) * 2):
    doc = new_document("duikai", 1)
    photos = tuple(Photo(f"p{k}", f"p{k}.jpg", caption=captions[k], credit="本报记者 王敏 摄") for k in range(len(aspects)))
    body = (TEXT * (body_chars // len(TEXT) + 1))[:body_chars]
    doc = replace(doc, stories=(Story("s1", "便民服务站更便捷", body=(body,)),), photos=photos)
    aspect = PhotoShapes({f"p{k}": a for k, a in enumerate(aspects)})
    probe = FrameProbe(doc, doc.pages[0])
    room = doc.grid.line_count
    b = _measure_block(doc, probe, StoryPlan("s1", list(aspect)), 2, cols, room, aspect, True, "no")
    return doc, probe, b, cols, room, aspect


def widths(cands):
    return [(c.beside, c.members[c.beside][0][2]) for c in cands]


def test_a_portrait_goes_down_to_one_column_a_landscape_photo_to_two():
    doc, probe, b, cols, room, aspect = block(1500, [1.4])
    assert b.beside is None and b.members["p0"] == [("p0", 0, 3)]      # across its 3-column stack
    assert widths(list(narrower(doc, probe, b, cols, room, aspect))) == [("p0", 2), ("p0", 1)]
    doc, probe, b, cols, room, aspect = block(1500, [0.66])
    assert widths(list(narrower(doc, probe, b, cols, room, aspect))) == [("p0", 2)]


def test_a_narrower_photo_is_shorter_and_keeps_its_shape():
    doc, probe, b, cols, room, aspect = block(1500, [1.4])
    grid = doc.grid
    across = b.photos[0][1]
    for c in list(narrower(doc, probe, b, cols, room, aspect)):
        key, h, *_ = c.photos[-1]
        pc = c.members[key][0][2]
        # by hand: the frame's height over its width within 20 % of the photo's 1.4
        frame = h * grid.leading / grid.span_width(pc)
        assert 1 - min(frame / 1.4, 1.4 / frame) <= MAX_CROP + 1e-9
        assert h < across
        # its caption set at the photo's width: more lines in fewer columns, never none
        assert c.captions[-1] >= b.captions[0] >= 1
    # the block itself is untouched (the copies are tried, the stack keeps the one that fits)
    assert b.beside is None and b.members["p0"] == [("p0", 0, 3)]


def test_no_narrower_photo_when_the_text_cannot_fill_the_place_beside_it():
    # 60 characters fill 2 columns beside a photo for 2–3 lines only: a hole beside the photo
    doc, probe, b, cols, room, aspect = block(60, [1.4])
    assert list(narrower(doc, probe, b, cols, room, aspect)) == []


def test_a_photo_above_another_moves_to_the_foot_of_its_storys_photos_to_go_beside_the_text():
    # the portrait's caption long (4 lines across 3 columns), the landscape photo's short (2 with its credit)
    doc, probe, b, cols, room, aspect = block(1500, [1.4, 0.66], cols=3, captions=(TEXT * 3, "居民在社区服务站办事。"))
    assert [k for k, *_ in b.photos] == ["p0", "p1"] and b.beside is None
    assert b.captions[0] > b.captions[1]
    cands = list(narrower(doc, probe, b, cols, room, aspect))
    # the foot's photo first (landscape: 2 columns), then the portrait above it moved to the foot
    assert widths(cands) == [("p1", 2), ("p0", 2), ("p0", 1)]
    moved = cands[1]
    assert [k for k, *_ in moved.photos] == ["p1", "p0"]
    assert moved.members["p1"] == [("p1", 0, 3)]                     # the other stays across
    # each caption moved with its photo: the landscape's at 3 columns as before
    assert moved.captions[0] == b.captions[1]


def test_the_photo_range_follows_the_crop_limit():
    doc = new_document("duikai", 1)
    grid = doc.grid
    nat, lo, hi = photo_range(grid, PhotoShapes({"p": 0.75}), "p", 2)
    assert nat == pytest.approx(grid.span_width(2) * 0.75 / grid.leading)
    assert lo - 1 < nat * 0.8 <= lo and hi <= nat / 0.8 < hi + 1


def test_a_photo_its_pixels_keep_narrower_than_the_stack_goes_to_the_foot_with_the_text_beside_it():
    # p0's file fills two columns at 200 ppi, not three: set above p1 it would leave the third column
    # empty beside it; at the foot of the story's photos its text stands beside it
    doc = new_document("duikai", 1)
    two = doc.grid.span_width(2) + 1.0
    photos = tuple(Photo(f"p{k}", f"p{k}.jpg", caption="居民在社区服务站办事。") for k in range(2))
    doc = replace(doc, stories=(Story("s1", "便民服务站更便捷", body=((TEXT * 40)[:1500],)),), photos=photos)
    shapes = PhotoShapes({"p0": 0.66, "p1": 0.66}, {"p0": (two, 1000.0)})
    probe = FrameProbe(doc, doc.pages[0])
    b = _measure_block(doc, probe, StoryPlan("s1", ["p0", "p1"]), 2, 3, doc.grid.line_count, shapes, False, "auto")
    assert [k for k, *_ in b.photos] == ["p1", "p0"]
    assert b.members["p1"] == [("p1", 0, 3)] and b.beside == "p0" and b.members["p0"][0][2] <= 2


AROUND = "连日来，青石镇千亩蓝莓园迎来采收季，种植户们忙着采摘、分拣、装箱，一派丰收景象。"


@pytest.mark.parametrize("pc, repeats, right", [
    # a photo three columns wide of four, 20 lines with its caption, 3 lines of text under it: the text
    # would end in one line under its caption — it stays on the right, the text opening under its heading
    (3, 8, True),
    # a one-column photo whose text would end so: on the left, the text ending beside it (the exception)
    (1, 23, False),
])
def test_a_photo_wider_than_a_column_stays_on_the_right(pc, repeats, right):
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "青石镇：千亩蓝莓园里采收忙", body=(AROUND * repeats,)),))
    probe = FrameProbe(doc, doc.pages[0])
    frames, on_right = set_around(probe, "s1", 0, pc, 4, 0, 20, 3, True)
    assert on_right is right
    first = frames[0]
    if right:
        # the story's first column is the stack's first, from the photo's top (right under its heading)
        assert (first.col, first.line) == (0, 0) and first.cols == 4 - pc
    else:
        assert (first.col, first.cols, first.line) == (0, 1, 20)      # down the photo's column, under its caption
    assert probe.report(frames)[frames[-1].id].overset_lines == 0


def test_a_briefs_landscape_photo_goes_down_to_one_column_where_its_text_would_run_as_a_strip():
    # a brief of ~100 characters in a 2-column stack runs in 2 legs of 4 lines or fewer under its
    # landscape photo: a strip. Set one column wide, the photo has the text beside it in one deeper column
    doc, probe, b, cols, room, aspect = block(100, [0.66], cols=2)
    assert b.beside is None and b.members["p0"] == [("p0", 0, 2)] and b.body <= 4
    got = list(narrower(doc, probe, b, cols, room, aspect))
    assert widths(got) == [("p0", 1)]
    c = got[0]
    key, h, *_ = c.photos[-1]
    text = text_frames("s1", 0, 1, 2, 0, h + c.captions[-1], lines_under(probe, "s1", 1, 2, h + c.captions[-1], room))
    beside = max(text, key=lambda f: f.lines)
    assert beside.cols == 1 and beside.lines >= 5          # its text one column deep beside the photo
    assert probe.report(text)[text[-1].id].overset_lines == 0      # all of it set
    # a longer story's text fills two columns deep enough: its landscape photo stays two columns wide
    doc, probe, b, cols, room, aspect = block(1500, [0.66], cols=3)
    assert ("p0", 1) not in widths(list(narrower(doc, probe, b, cols, room, aspect)))
