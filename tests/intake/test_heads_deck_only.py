"""flowheads: a story given its deck alone (right over its byline column) has no headline yet — a kicker
and headline poppler gives in flows of their own, between another story's headline and that story's
column, go to it, not to the column poppler gives next. Flows written out by hand, as poppler gives them."""
from __future__ import annotations

from collections import Counter

from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CREDIT, HEAD_A, PARAGRAPHS_A, PARAGRAPHS_B, _imported, page, text_lines,
)
from layout_app.intake.pdfflows import flows_in_order

KICKER_B = "书香农家"
HEAD_B = "好书送到农家院"
DECK_B = "——梅岭村图书角见闻"
BYLINE_B = "本报通讯员 李华"
CAPTION = "清水社区夜巡队队员在巷道里巡逻。"


def test_a_kicker_and_headline_given_before_another_story_s_column_go_to_the_story_with_its_deck_alone(tmp_path):
    # poppler: A's headline, a caption, B's kicker and headline (each a flow of its own), A's byline column,
    # then B's deck over its byline column. B has its deck only: its kicker and headline are still to come —
    # they are B's, not A's (A has its headline, right before the caption)
    flows = page([HEAD_A], [CAPTION], [KICKER_B], [HEAD_B], [BYLINE_A] + A1, A2, A3,
                 [DECK_B, BYLINE_B] + B1, B2, B3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert Counter(out) == Counter(text_lines(flows))
    assert out.index(KICKER_B) > out.index(A3[-1]) and out.index(HEAD_B) > out.index(A3[-1])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    a, b = stories[HEAD_A], stories[HEAD_B]
    assert (a["kicker"], a["deck"], a["byline"], a["paragraphs"]) == (None, None, BYLINE_A, PARAGRAPHS_A)
    assert (b["kicker"], b["deck"], b["byline"], b["paragraphs"]) == (KICKER_B, DECK_B, BYLINE_B, PARAGRAPHS_B)
