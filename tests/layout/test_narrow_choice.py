"""autoplace weighs a stack that fits only with a photo set narrower and its text beside it (as the
stack, once set, does: `beside.narrower`) as fitting — not as running over — so such an arrangement
is not passed over for one that leaves a stack many lines short (corpus page 26: a 2-column stack 19
lines short where 4 + 4 or 5 + 3 columns, photos narrower, fill the page). Answers worked out by hand."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout import choosing
from layout_app.layout.autoplace import StoryPlan, _choose
from layout_app.layout.storyblock import _measure_block
from layout_app.layout.beside import PhotoShapes
from layout_app.layout.probe import FrameProbe
from layout_app.layout.ranking import rank_stories, with_ranks
from layout_app.model.story import Photo, Story

TEXT = "社区志愿者每天清晨在街头巷尾巡查，为老人送去热饭热菜，受到居民普遍欢迎。"


def one_story_page(chars: int):
    doc = new_document("duikai", 1)
    body = tuple((TEXT * 30)[:1040] for _ in range(chars // 1040))
    doc = replace(doc, stories=(Story("s1", "便民服务站更便捷", body=body),),
                  photos=(Photo("p1", "p1.jpg", caption="居民在社区服务站办事。", credit="本报记者 王敏 摄"),))
    ranked = rank_stories(doc, [StoryPlan("s1", ["p1"])])
    doc, _ = with_ranks(doc, ranked)
    return doc, FrameProbe(doc, doc.pages[0]), ranked


def test_a_stack_that_fits_with_its_photo_narrower_is_weighed_as_fitting():
    # By hand: 8 columns of 13 characters, 104 lines, one story of 8 × 1040 characters — 80 lines
    # across 8 columns (104 characters a line) — under a heading of 4 lines or more, and a photo
    # twice as wide as high. Across the page it is 1003 pt wide, 37 lines high, 30 at the 20 % crop
    # limit: 4 + 30 + its caption + 80 > 104 lines. Seven columns wide with the text beside it
    # (the widest way the text fills): 26 lines of photo at least, 7/8 of them, 23 rows: still
    # over (4 + 23 + 80 > 104). Four columns wide: 15 lines at least, half of them the stack's, 8
    # rows: 4 + 8 + 80 + air < 104 — the stack fits.
    doc, probe, ranked = one_story_page(8 * 1040)
    assert doc.grid.columns == 8 and doc.grid.line_count == 104
    aspect = PhotoShapes({"p1": 0.5})
    best = _choose(doc, probe, ranked, 8, 104, aspect)[0]
    (sp, rank, why, way), = best["stacks"][0]
    pairs, beside = way
    assert isinstance(beside, tuple)                       # a photo row set narrower, the text beside it
    assert best["score"] < 8 * 100                          # no row over (a row over scores 100 a column)


def test_without_the_narrower_ways_the_same_stack_is_weighed_as_running_over(monkeypatch):
    # (the case needs the rule: the ways the stack had before — across, or beside at the widest —
    # all run over)
    monkeypatch.setattr(choosing, "NARROW_IN_CHOICE", False)
    doc, probe, ranked = one_story_page(8 * 1040)
    best = _choose(doc, probe, ranked, 8, 104, PhotoShapes({"p1": 0.5}))[0]
    assert best["score"] >= 8 * 100


def test_a_narrowed_way_whose_photo_was_left_out_is_the_way_itself():
    # the stack set again once a photo is left out (`_place`): the story keeps its way, and the row
    # it had narrowed is gone — the block as that way sets it, no photo, nothing narrowed (no crash)
    doc, probe, ranked = one_story_page(8 * 1040)
    b = _measure_block(doc, probe, StoryPlan("s1", []), 1, 8, 104, PhotoShapes({"p1": 0.5}), True, ("auto", 2))
    assert b.photos == [] and b.beside is None and b.body > 0
