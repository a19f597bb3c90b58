"""autoplace's editorial rules, with answers worked out by hand."""
from dataclasses import replace

import pytest

from layout_app.io.templates import new_document
from layout_app.layout.autoplace import StoryPlan
from layout_app.layout.beside import crop_share
from layout_app.layout.ranking import rank_stories
from layout_app.model.story import Story


def doc_with(*lengths):
    doc = new_document("duikai", 1)
    stories = tuple(Story(f"s{k + 1}", f"标题{k + 1}", body=("字" * n,)) for k, n in enumerate(lengths))
    return replace(doc, stories=stories)


def test_the_longest_story_leads_unless_the_first_is_nearly_as_long():
    ranked = rank_stories(doc_with(500, 2000, 100, 900), [StoryPlan(f"s{k}") for k in range(1, 5)])
    assert [(sp.story, rank) for sp, rank, _ in ranked] == [("s2", 1), ("s1", 2), ("s4", 2), ("s3", 3)]
    ranked = rank_stories(doc_with(1700, 2000, 100), [StoryPlan(f"s{k}") for k in range(1, 4)])
    assert ranked[0][0].story == "s1" and "first" in ranked[0][2]          # 1700 ≥ 80 % of 2000
    assert ranked[-1][1] == 3 and "brief" in ranked[-1][2]


def test_a_short_story_headed_as_news_is_no_brief():
    """A reviewer's broadsheet page: six stories after the lead, three of them with a kicker, a deck, a
    byline and three paragraphs in about 210 characters, all set as briefs at 三号 — no middle step. A
    brief (简讯) is a headline over one paragraph; a deck, or a kicker over more paragraphs, heads news."""
    doc = doc_with(2000, 210, 210, 210, 210, 150)
    three = ("字" * 70,) * 3
    stories = (doc.stories[0], replace(doc.stories[1], deck="副题说明全文"), replace(doc.stories[2], kicker="引题", body=three),
               replace(doc.stories[3], kicker="引题"), doc.stories[4],
               # a few lines under a kicker and a deck are a brief all the same
               replace(doc.stories[5], kicker="引题", deck="副题", body=("字" * 75,) * 2))
    ranked = rank_stories(replace(doc, stories=stories), [StoryPlan(f"s{k}") for k in range(1, 7)])
    assert [(sp.story, rank) for sp, rank, _ in ranked] == [("s1", 1), ("s2", 2), ("s3", 2), ("s4", 3), ("s5", 3), ("s6", 3)]
    assert "headed as a story" in ranked[1][2] and "brief" in ranked[-1][2]


@pytest.mark.parametrize("photo,w,h,expected", [
    (0.75, 400, 300, 0.0),            # 4:3 photo in a 4:3 frame: nothing cut
    (0.75, 400, 400, 0.25),           # square frame: a quarter of the width goes
    (4 / 3, 300, 225, 1 - 0.5625),    # portrait 3:4 in a landscape frame: 56 % kept
    (0.5625, 400, 300, 0.25),         # 16:9 in 4:3: 0.5625 / 0.75
])
def test_crop_share(photo, w, h, expected):
    assert crop_share(photo, w, h) == pytest.approx(expected)
