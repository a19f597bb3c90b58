"""A brief that would run as a strip across its stack (legs of two or three lines under its headline),
with nothing of the stack under it and white at the stack's foot anyway, keeps its headline across the
stack and sets its text in fewer, deeper columns — as a page editor sets a hundred characters in one
or two columns of eight lines, not four of two. Expectations written by hand: legs of five lines or
more (or one column), nothing overset, the heading and everything above untouched, no change where the
stack ends full or something stands under the text."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout.autoplace import StoryPlan
from layout_app.layout.beside import PhotoShapes
from layout_app.layout.narrowlegs import legs_at, narrow_legs
from layout_app.layout.probe import FrameProbe
from layout_app.layout.storyblock import _measure_block
from layout_app.model.frame import Frame
from layout_app.model.story import Story

STORY = ("今年以来，青石镇把图书角建到村里，农技、法律和健康读物一应俱全，村民在家门口就能借到书。" * 3,)
BRIEF = ("本报讯 县图书馆自本月起延长周末开放时间，每周六、周日开放至晚上九时，方便上班族。",)   # ~40 characters


def stack(cols=4, brief=BRIEF):
    """Story s1 over brief s2 in a stack of `cols` columns from line 0, each set at the stack's width:
    heading, then text across the columns; a line of air between the two."""
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "青石镇：图书角里书香浓", body=STORY),
                                Story("s2", "县图书馆延长周末开放时间", body=brief)))
    probe = FrameProbe(doc, doc.pages[0])
    frames, y = [], 0
    for sid, rank in (("s1", 2), ("s2", 3)):
        b = _measure_block(doc, probe, StoryPlan(sid), rank, cols, 100, PhotoShapes())
        frames += [Frame(f"{sid}-head", 0, cols, y, b.head, story=sid, part="heading"),
                   Frame(f"{sid}-body", 0, cols, y + b.head, b.body, story=sid, part="body")]
        y += b.head + b.body + 1
    stories = [{"story": sid, "columns": [1, cols], "lines": [1, 1], "body_frames": [f"{sid}-body"]}
               for sid in ("s1", "s2")]
    return doc, probe, frames, stories


def one_column(probe, f):
    """Lines frame `f`'s text needs in one column."""
    n = f.lines
    while probe.one(Frame(f.id, f.col, 1, f.line, n, story=f.story, part="body")).overset_lines:
        n += 1
    return n


def test_a_strip_at_the_foot_of_a_short_stack_goes_into_fewer_deeper_columns():
    doc, probe, frames, stories = stack()
    before = {f.id: f for f in frames}
    assert before["s2-body"].lines <= 4 and before["s2-body"].cols == 4        # a strip under its headline
    foot = before["s2-body"].line + one_column(probe, before["s2-body"]) + 2   # the stack's foot: white under it
    narrow_legs(probe, frames, stories, 0, 4, foot)
    body = [f for f in frames if f.story == "s2" and f.part == "body"]
    assert all(f.cols < 4 for f in body)                                       # narrower than its heading
    assert max(f.lines for f in body) >= 5 or all(f.cols == 1 for f in body)   # legs a reader takes for a story
    assert all(f.line == before["s2-body"].line and f.col == 0 for f in body)  # right under its heading, on the left
    assert all(probe.one(f).overset_lines == 0 for f in body)                  # nothing lost
    assert foot - max(f.line + f.lines for f in body) <= 3                     # its columns end full
    for fid in ("s1-head", "s1-body", "s2-head"):
        assert next(f for f in frames if f.id == fid) == before[fid]           # the rest as it was
    d = stories[1]
    assert d["body_frames"] == [f.id for f in body] and d["lines"][1] == max(f.line + f.lines for f in body)


def test_not_where_the_stack_ends_full():
    doc, probe, frames, stories = stack()
    foot = max(f.line + f.lines for f in frames)
    before = list(frames)
    # 3 lines left under it (within copyfit's limit): its text in one column of 4 lines would fit
    # them, but the 3 columns beside it would end 4 lines short — white made where there was none
    narrow_legs(probe, frames, stories, 0, 4, foot + 3)
    assert frames == before


def test_not_where_it_would_end_far_short_of_the_stacks_foot():
    doc, probe, frames, stories = stack()
    before = list(frames)
    narrow_legs(probe, frames, stories, 0, 4, 100)            # its columns would end in white all the same
    assert frames == before


def test_not_where_something_stands_under_it():
    doc, probe, frames, stories = stack()
    before = list(frames)
    narrow_legs(probe, frames, stories[:1], 0, 4, 100)        # s1: the brief stands under its text
    assert frames == before


def test_legs_estimated_for_the_chooser():
    assert legs_at(2, 4) == (1, 8) or legs_at(2, 4)[1] >= 5
    assert legs_at(5, 4) is None and legs_at(3, 1) is None
    k, lines = legs_at(3, 5)
    assert k < 5 and lines >= 5
