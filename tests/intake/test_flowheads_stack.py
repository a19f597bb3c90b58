"""flowheads: heading lines stacked over a story's byline column in one flow of pdftotext's default
text go with that story, though they name nothing; a headline line right over its deck in its flow
goes with the deck's story. Raw flows and expected structure written by hand."""
from __future__ import annotations

from tests.intake.test_flowheads import _stories
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_B, PARAGRAPHS_A, PARAGRAPHS_B, page,
)

# A's headline in two lines naming no place, no subject in quotes, no person: only the flow tells
HEAD_A_BLANK = ["老旧街巷里的守夜人", "邻里守望让居民更安心"]


def test_heading_lines_naming_nothing_over_a_byline_column_in_its_flow_are_its_storys(tmp_path):
    # poppler gives B's headline alone in its flow, then A's two headline lines right over A's byline
    # and first column, in that column's flow. The lines name nothing: they do not go under the
    # heading line poppler gave before them (B's, in another flow), but with the byline column they
    # stand on — a headline is set over its story's byline
    flows = page([HEAD_B], HEAD_A_BLANK + [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    a_head = " ".join(HEAD_A_BLANK)
    assert set(stories) == {HEAD_B, a_head}
    b = stories[HEAD_B]
    assert (b["kicker"], b["deck"], b["byline"], b["paragraphs"]) == (None, None, None, PARAGRAPHS_B)
    # (both lines are A's, in their order, over A's byline — one block of poppler's: one headline in
    # two lines, a kicker being set smaller in a block of its own)
    a = stories[a_head]
    assert (a["kicker"], a["byline"], a["paragraphs"]) == (None, BYLINE_A, PARAGRAPHS_A)


def test_a_headline_line_right_over_its_deck_in_its_flow_goes_with_the_decks_story():
    # poppler gives A's headline in a flow of its own, then B's headline (naming nothing) right over
    # B's profile deck in another flow. The deck goes to B (its text alone names 管理员周梅); the
    # headline line over it, naming nothing, goes with its deck — not with the heading line poppler
    # gave before it in another flow
    from collections import Counter

    from layout_app.intake.flowheads import BODY, HEAD, _heads
    from layout_app.intake.pdfpieces import CLOSED, OPEN, PARA, STORY, Piece

    head_a = Piece(HEAD, ["清水社区夜巡队守护邻里平安"], 0, 0, places=Counter({"清水社区": 3}))
    head_b = Piece(HEAD, ["书香飘进农家小院"], 1, 1)
    deck_b = Piece(HEAD, ["——记管理员周梅"], 2, 1)
    a = Piece(BODY, [BYLINE_A] + A1 + A2, 3, 2, start=STORY, end=CLOSED, places=Counter({"清水社区": 6}))
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，管理员周梅每天都", "来整理书架。"], 4, 3,
              start=PARA, end=CLOSED, places=Counter({"梅岭村": 3}))
    assert a.end != OPEN
    heads, _ = _heads([head_a, head_b, deck_b, a, b], [[a], [b]], 13)
    assert [[p.lines[0] for p in heads[k]] for k in (0, 1)] == [[head_a.lines[0]], ["书香飘进农家小院", "——记管理员周梅"]]
