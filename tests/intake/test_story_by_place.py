"""compose's fallback for a caption the matcher leaves open: the one story that names the caption's place
in its heading (or, if no heading has it, in its body). Answer keys written by hand."""
from layout_app.intake.captions import match_captions
from layout_app.intake.compose import story_by_place
from layout_app.intake.structure import Caption, StoryParts

# a township page: every story names 青石镇 in its body, only the second in its headline
PAGE = [
    StoryParts(headline="白沙镇：小小草莓 甜了村民日子", paragraphs=["青石镇以南的白沙镇今年种下草莓三百亩。"]),
    StoryParts(headline="青石镇：矛盾纠纷化解在家门口", paragraphs=["青石镇把调解室设到了村口。"]),
    StoryParts(headline="水清岸绿 白鹭归来", paragraphs=["沿青石镇的河道，白鹭又回来了。"]),
]


def test_the_matcher_leaves_a_place_every_story_names_open():
    cap = [Caption("青石镇的居民在路边排队。")]
    match_captions(cap, PAGE)
    assert cap[0].story is None          # why compose needs the fallback at all
    # a thing only one story tells of (调解室, in the second story's text) decides it
    cap = [Caption("青石镇的居民在调解室外排队。")]
    match_captions(cap, PAGE)
    assert cap[0].story == 1


def test_the_story_whose_heading_alone_names_the_place():
    assert story_by_place("青石镇的居民在调解室外排队。", PAGE) == (1, "青石镇")


def test_a_word_before_the_place_is_not_part_of_it():
    stories = [StoryParts(headline="秋收", paragraphs=["东湖区的稻子熟了。"]), StoryParts(headline="夜市", paragraphs=["西关社区夜市开张。"])]
    assert story_by_place("市民在东湖区的田里收稻子。", stories) == (0, "东湖区")


def test_two_stories_naming_the_place_alike_decide_nothing():
    # both headlines name it: the body of one does not outweigh the other's headline
    stories = [StoryParts(headline="东湖区秋收", paragraphs=["东湖区的稻子熟了。"]), StoryParts(headline="东湖区夜市")]
    assert story_by_place("东湖区的居民在活动现场。", stories) == (None, "")
    assert story_by_place("", stories) == (None, "")
