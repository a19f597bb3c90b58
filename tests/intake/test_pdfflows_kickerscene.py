"""pdftotext's default-mode flows: a heading line with a comma inside it is a kicker — a headline
states, a kicker sets the scene in a sentence ('马鞍镇：你争我抢，场边喝彩声不断') — so another story's kicker
poppler gives right before it goes past it to the headline after it: a kicker stands over a headline,
never over another kicker. Raw flows and expected structure written by hand."""
from __future__ import annotations

from layout_app.intake.headshapes import _is_kicker_line
from tests.intake.test_flowheads import _stories
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, PARAGRAPHS_A,
    PARAGRAPHS_B, page,
)

KICKER_B = "梅岭村：你争我抢，书架前人头攒动"     # B's kicker: a place, its colon and a scene with its comma


def test_a_kicker_goes_past_another_storys_kicker_with_its_comma_to_its_headline(tmp_path):
    # poppler gives A's kicker, B's kicker (top right, beside it), A's headline, then B's headline on
    # B's first column: A's kicker is over A's headline, B's over B's — no story has two kickers
    flows = page([KICKER_A], [KICKER_B], [HEAD_A], [HEAD_B] + B1, [BYLINE_A] + A1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    a, b = stories[HEAD_A], stories[HEAD_B]
    assert (a["kicker"], a["byline"], a["paragraphs"]) == (KICKER_A, BYLINE_A, PARAGRAPHS_A)
    assert (b["kicker"], b["deck"], b["paragraphs"]) == (KICKER_B, None, PARAGRAPHS_B)


def test_a_heading_line_with_a_comma_inside_is_a_kickers():
    assert _is_kicker_line("马鞍镇：你争我抢，场边喝彩声不断")
    assert _is_kicker_line("无人机植保、智能收割 走进仁和街道")
    # (not a headline, nor a column's words: a sentence's end, a quote opened after a colon, a deck's dash)
    assert not _is_kicker_line("梅岭村图书角开到家门口")
    assert not _is_kicker_line("村民们说，图书角办到了心坎上。")
    assert not _is_kicker_line("老人们纷纷点赞：“乡村大舞")
    assert not _is_kicker_line("——记村支书胡宏伟，一位老党员")
