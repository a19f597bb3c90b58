"""flowheads: a deck naming a town or a street ('——红旗镇梅岭村图书角见闻') is its story's, not the page
banner's — 红旗 read as a county of a 旗 is no banner's deck; a banner's deck speaks for the county
('——红旗县为民办实事工作综述'). Raw flows and expected structure written by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import HEAD, _banner
from layout_app.intake.pdfpieces import Piece
from tests.intake.test_flowheads import _stories
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, PARAGRAPHS_B, page,
)

DECK_B = "——红旗镇梅岭村图书角见闻"


def test_a_deck_naming_a_town_is_its_storys_not_the_banners(tmp_path):
    flows = page([KICKER_A], [HEAD_A], [HEAD_B, DECK_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    page_copy = _stories(tmp_path, flows)
    assert set(page_copy) == {HEAD_A, HEAD_B}
    b = page_copy[HEAD_B]
    assert (b["kicker"], b["deck"], b["paragraphs"]) == (None, DECK_B, PARAGRAPHS_B)


def test_a_decks_shape_tells_a_banners_from_a_storys():
    def heads(*lines):
        return [Piece(HEAD, [line], k, k) for k, line in enumerate(lines)]
    assert not _banner(heads(HEAD_B, DECK_B), 1)
    assert not _banner(heads(HEAD_B, "——红旗街道游泳馆侧记"), 1)
    assert _banner(heads("红旗县：实事办到心坎上", "——红旗县为民办实事工作综述"), 1)
    assert _banner(heads("小事连着大民生", "——平湖市城乡建设见闻"), 1)
