"""Two heading lines between a kicker closed by its 走进… tag and a dash deck: the headline in two lines.
Lines written by hand, the expected parts written by hand."""
from __future__ import annotations

from layout_app.intake.taggedheads import between_kicker_and_deck

TEXT = "本报讯 近日，青山镇的课后托管班正式开班。"


def test_two_lines_between_a_tagged_kicker_and_a_dash_deck_are_one_headline():
    # the place's label and a quoted term read like someone's words alone; between a kicker its tag
    # closes and the heading's only deck they can be nothing but the headline (the copy's space back
    # at the writer's pause)
    lines = ["“双减”见实效 走进青山镇", "青山镇：“双减”之下", "托管班有声有色", "——青山镇课后托管班见闻", TEXT]
    doubts: dict[str, float] = {}
    assert between_kicker_and_deck(lines, doubts) == [
        "“双减”见实效 走进青山镇", "青山镇：“双减”之下 托管班有声有色", "——青山镇课后托管班见闻", TEXT]
    assert doubts == {"青山镇：“双减”之下 托管班有声有色": 0.8}


def test_not_without_the_tag_nor_over_a_deck_in_figures():
    # no tag: the upper of three lines may be a kicker's second line — left to headings
    lines = ["“双减”见实效", "青山镇：“双减”之下", "托管班有声有色", "——青山镇课后托管班见闻", TEXT]
    assert between_kicker_and_deck(lines) == lines
    # a byline under the two: the lower may be a deck in figures ('日均托管学生 120 人')
    lines = ["“双减”见实效 走进青山镇", "托管班开到家门口", "日均托管学生 120 人", "本报记者 李明", TEXT]
    assert between_kicker_and_deck(lines) == lines
    # a paragraph's end between them: no heading lines
    lines = ["“双减”见实效 走进青山镇", "托管班开到家门口", "据了解，全镇已开班12个。", "——青山镇课后托管班见闻", TEXT]
    assert between_kicker_and_deck(lines) == lines
