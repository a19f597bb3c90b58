"""flownames: the places a page of pdftotext's flows names. Lines written by hand."""
from __future__ import annotations

from layout_app.intake.flownames import _page_names
from layout_app.intake.pdfpieces import Piece


def _pieces(*texts: str) -> list[Piece]:
    return [Piece("body", [t], i, i) for i, t in enumerate(texts)]


def test_a_kickers_phrase_ending_in_xiangli_names_no_township():
    # '文明新风 润泽乡里' (kindly ways enrich the neighbourhood) is a couplet on two stories' kickers:
    # 乡里 is the neighbourhood, 润泽乡 no township — while 梅岭乡, said twice, is one
    places, _ = _page_names(_pieces("文明新风 润泽乡里", "文明新风 润泽乡里",
                                     "近日，梅岭乡文化礼堂开放。", "据了解，梅岭乡还将推广。"))
    assert places == ["梅岭乡"]


def test_a_township_before_its_village_or_officials_is_still_told_apart():
    # (乡村 — the countryside — and 乡亲 are words, not a township's name: '推进乡村振兴', '为乡亲们')
    places, _ = _page_names(_pieces("清水乡推进乡村振兴。", "清水乡为乡亲们办实事。"))
    assert places == ["清水乡"]
