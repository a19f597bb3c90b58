"""A brief that would run as a strip across its stack (legs of two or three lines under its headline)
is set beside the story above it, each in part of the stack's columns within the lines the two had,
a column rule between their headlines (隔开) — as a page editor sets two stories of a stack side by
side. Expectations written by hand: reading order left to right, legs of five lines or more, nothing
overset, nothing moved outside the two stories' lines."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout.autoplace import StoryPlan
from layout_app.layout.beside import PhotoShapes
from layout_app.layout.briefpairs import pair_briefs
from layout_app.layout.probe import FrameProbe
from layout_app.layout.storyblock import _measure_block
from layout_app.model.frame import Frame
from layout_app.model.story import Story

STORY = ("今年以来，青石镇把图书角建到村里，农技、法律和健康读物一应俱全，村民在家门口就能借到书。" * 3,)
BRIEF = ("本报讯 县图书馆自本月起延长周末开放时间，每周六、周日开放至晚上九时，方便上班族和学生借阅。" * 2,)


def stack(brief=BRIEF, cols=4, photos=(), story=STORY):
    """Story s1 over brief s2 in a stack of `cols` columns, each set at the stack's width as autoplace
    sets them: heading, then text across the columns; a line of air between the two."""
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "青石镇：图书角里书香浓", body=story),
                                Story("s2", "县图书馆延长周末开放时间", body=brief)))
    probe = FrameProbe(doc, doc.pages[0])
    plans = {"s1": (StoryPlan("s1"), 2), "s2": (StoryPlan("s2"), 3)}
    frames, y = [], 0
    for sid in ("s1", "s2"):
        b = _measure_block(doc, probe, plans[sid][0], plans[sid][1], cols, 100, PhotoShapes())
        frames += [Frame(f"{sid}-head", 0, cols, y, b.head, story=sid, part="heading"),
                   Frame(f"{sid}-body", 0, cols, y + b.head, b.body, story=sid, part="body")]
        y += b.head + b.body + 1
    plans["s2"] = (StoryPlan("s2", photos=list(photos)), 3)        # (its photo's frames left out here)
    stories = [{"story": sid, "columns": [1, cols], "photos": [{"photo": p} for p in photos] if sid == "s2" else []}
               for sid in ("s1", "s2")]
    return doc, probe, frames, stories, plans


def test_two_stories_in_strips_go_side_by_side():
    doc, probe, frames, stories, plans = stack()
    before = {f.id: f for f in frames}
    assert before["s1-body"].lines <= 3 and before["s2-body"].lines <= 3     # strips: legs of 2–3 lines across 4 columns
    top, foot = 0, before["s2-body"].line + before["s2-body"].lines
    rules = pair_briefs(doc, probe, frames, stories, 0, 4, plans, 100, PhotoShapes(), [])
    got = {f.id: f for f in frames}
    # the upper story on the left, the brief on its right, both headed at the top of their lines
    assert got["s1-head"].col == 0 and got["s2-head"].col == got["s1-head"].cols
    assert got["s1-head"].cols + got["s2-head"].cols == 4
    assert got["s1-head"].line == got["s2-head"].line == top
    for sid in ("s1", "s2"):
        body = [f for f in frames if f.story == sid and f.part == "body"]
        old = before[f"{sid}-body"].lines
        assert max(f.lines for f in body) >= min(5, old + 2)     # legs a reader takes for a story, or 2 lines deeper
        assert all(f.line >= got[f"{sid}-head"].line + got[f"{sid}-head"].lines for f in body)
        assert all(top <= f.line and f.line + f.lines <= foot for f in body)       # within their lines
        assert all(probe.one(f).overset_lines == 0 for f in body)                   # nothing lost
    assert {d["story"]: d["columns"] for d in stories} == {"s1": [1, got["s1-head"].cols], "s2": [got["s2-head"].col + 1, 4]}
    assert "beside story s1" in stories[1]["beside_story"]
    # a column rule in the gutter before the brief, along the two stories (隔开)
    assert len(rules) == 1 and rules[0].col == got["s2-head"].col and rules[0].line == top and rules[0].lines > 0


def test_stories_with_legs_of_five_lines_stay_as_they_are():
    doc, probe, frames, stories, plans = stack(brief=BRIEF * 3, story=STORY * 2)
    assert min(f.lines for f in frames if f.part == "body") >= 5
    before = list(frames)
    assert pair_briefs(doc, probe, frames, stories, 0, 4, plans, 100, PhotoShapes(), []) == []
    assert frames == before


def test_a_brief_with_its_photo_in_the_stack_stays_across_it():
    doc, probe, frames, stories, plans = stack(photos=("p1",))
    before = list(frames)
    assert pair_briefs(doc, probe, frames, stories, 0, 4, plans, 100, PhotoShapes(), []) == []
    assert frames == before


def test_not_where_a_heading_would_stand_beside_another_stacks():
    doc, probe, frames, stories, plans = stack()
    # a heading in the next stack (columns 5–6) along the top lines: the brief moved up beside it is 碰题
    other = Frame("s9-head", 4, 2, 0, 4, story="s9", part="heading")
    before = list(frames)
    assert pair_briefs(doc, probe, frames, stories, 0, 4, plans, 100, PhotoShapes(), [other]) == []
    assert frames == before


ROOM = 66


def lead_over_briefs(pair_strips: bool, room: int = ROOM):
    """A stack of 4 columns and `room` lines as autoplace builds it: a lead story of some 1,100 characters
    with a landscape photo across the stack, over two briefs of some 90 characters (2-line strips
    across 4 columns)."""
    from layout_app.layout.autoplace import _build
    from layout_app.layout.ranking import rank_stories, with_ranks
    from layout_app.model.story import Photo
    doc = new_document("duikai", 1)
    doc = replace(doc, stories=(Story("s1", "青石镇：图书角里书香浓", body=STORY * 8),
                                Story("s2", "县图书馆延长周末开放时间", body=("本报讯 县图书馆自本月起延长周末开放时间，每周六、周日开放至晚上九时，"
                                                                    "方便上班族和学生借阅图书。馆内同时新增自助借还机四台，读者刷身份证即可办理借还手续，少儿阅览室也将同步延长开放。",)),
                                Story("s3", "青石镇农家书屋添新书", body=("本报讯 近日，青石镇为全镇十二个村的农家书屋配送新书三千余册，"
                                                                "涵盖农业技术、法律常识和少儿读物。各村还将组织读书分享会和亲子阅读活动，引导村民多读书、读好书。",))),
                  photos=(Photo("p1", "p1.jpg", caption="村民在青石镇图书角借阅图书。", credit="本报记者 刘芳 摄"),))
    ranked = rank_stories(doc, [StoryPlan("s1", ["p1"]), StoryPlan("s2"), StoryPlan("s3")])
    doc, _ = with_ranks(doc, ranked)
    probe = FrameProbe(doc, doc.pages[0])
    shapes = PhotoShapes({"p1": 0.66})
    frames, info = _build(doc, probe, [(sp, r, why, (True, "no")) for sp, r, why in ranked], 0, 4, 0, room, shapes,
                          ranked, overfull=False, pair_strips=pair_strips)
    return doc, probe, {f.id: f for f in frames}, info


def test_two_briefs_paired_as_the_stack_is_measured_give_its_photo_their_lines():
    # By hand: each brief, 48 characters and an indent, runs 2 lines a leg across 4 columns of 13;
    # in 2 columns each 4 lines a leg, side by side under one line of headings: the lines they free
    # (a heading, 2 lines of text and the air between them) go to the lead's photo above them
    doc, probe, f, info = lead_over_briefs(True)
    _, _, g, _ = lead_over_briefs(False)
    assert max(g["s2-body"].lines, g["s3-body"].lines) <= 2                  # strips, unpaired
    assert f["s2-head"].line == f["s3-head"].line and f["s2-head"].col == 0 and f["s3-head"].col == 2
    assert f["s2-head"].cols == f["s3-head"].cols == 2
    for sid in ("s2", "s3"):
        body = [x for x in f.values() if x.story == sid and x.part == "body"]
        assert max(x.lines for x in body) >= 4
        assert all(probe.one(x).overset_lines == 0 for x in body)
        assert all(x.line + x.lines <= ROOM for x in body)
    assert f["p1-photo"].lines > g["p1-photo"].lines                        # the photo took the lines
    assert [r.col for r in info["rules"]] == [2]                             # a column rule between them (隔开)
    assert {d["story"]: d["columns"] for d in info["stories"] if d["story"] != "s1"} == {"s2": [1, 2], "s3": [3, 4]}


def test_not_paired_as_the_stack_is_measured_where_its_photos_cannot_take_the_lines():
    # By hand: in 72 lines the lead's photo stands 30 lines, its crop limit, with the briefs as strips;
    # paired, the 4 lines they free would be white at the stack's foot: left to the pairing once the
    # page is set, within the lines the two had
    _, _, f, info = lead_over_briefs(True, 72)
    assert f["s2-head"].cols == f["s3-head"].cols == 4 and not info.get("rules")
    assert f["s3-body"].line + f["s3-body"].lines >= 72 - 1
