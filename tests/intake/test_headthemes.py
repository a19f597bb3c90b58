"""headthemes: a kicker's short theme poppler gave before another story's headline goes to the story
whose text tells of it (pdftotext's default flows). Heading lines and columns written out by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD
from layout_app.intake.headthemes import themes_moved
from layout_app.intake.pdfpieces import Piece

THEME = Piece(HEAD, ["体育惠民"], 0, 0)
RIVER_HEAD = Piece(HEAD, ["家门口多了个护河志愿队"], 1, 1)
RIVER = Piece(BODY, ["  入冬以来，志愿者每天沿河", "巡查，清捡河道垃圾，河水清", "了，白鹭也回来了。"], 2, 2)
RACE_LABEL = Piece(HEAD, ["玉泉乡："], 3, 3)
RACE_HEAD = Piece(HEAD, ["三千名选手同场竞技"], 4, 4)
RACE = Piece(BODY, ["  近日，玉泉乡举办全民体育", "运动会，选手们奋力拼搏。体", "育馆里座无虚席。"], 5, 5)


def test_a_theme_no_word_of_which_its_story_says_goes_to_the_story_that_tells_of_it():
    # '体育惠民' given before the river story's headline: the river story never says 体育, the race story
    # (its headline alone, under its place's label) says it twice — the theme is its kicker
    heads = {0: [THEME, RIVER_HEAD], 1: [RACE_LABEL, RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads == {0: [RIVER_HEAD], 1: [THEME, RACE_LABEL, RACE_HEAD]}


def test_a_theme_stays_where_its_story_says_a_word_of_it_or_the_other_has_a_kicker():
    # the river story saying 体育 once keeps it; so it stays where the other story has a kicker of its
    # own, or says the theme's words only once
    said = Piece(BODY, RIVER.lines[:2] + ["了，体育健身的人也多了。"], 2, 2)
    heads = {0: [THEME, RIVER_HEAD], 1: [RACE_LABEL, RACE_HEAD]}
    themes_moved(heads, [[said], [RACE]], 13)
    assert heads == {0: [THEME, RIVER_HEAD], 1: [RACE_LABEL, RACE_HEAD]}
    kicker = Piece(HEAD, ["全民健身 活力玉泉乡"], 3, 3)
    heads = {0: [THEME, RIVER_HEAD], 1: [kicker, RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads == {0: [THEME, RIVER_HEAD], 1: [kicker, RACE_HEAD]}
    once = Piece(BODY, ["  近日，玉泉乡举办全民体育", "运动会，选手们奋力拼搏。"], 5, 5)
    heads = {0: [THEME, RIVER_HEAD], 1: [RACE_HEAD]}
    themes_moved(heads, [[RIVER], [once]], 13)
    assert heads == {0: [THEME, RIVER_HEAD], 1: [RACE_HEAD]}


def test_a_theme_set_in_the_headline_s_flow_or_a_label_is_no_lone_theme():
    # a short line in the headline's own flow is the headline's first line; a line with a colon, a label
    in_flow = Piece(HEAD, ["体育惠民"], 1, 1)
    heads = {0: [in_flow, Piece(HEAD, ["家门口多了个护河志愿队"], 2, 1)], 1: [RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads[1] == [RACE_HEAD]
    label = Piece(HEAD, ["体育：惠民"], 0, 0)
    heads = {0: [label, RIVER_HEAD], 1: [RACE_HEAD]}
    themes_moved(heads, [[RIVER], [RACE]], 13)
    assert heads[1] == [RACE_HEAD]
