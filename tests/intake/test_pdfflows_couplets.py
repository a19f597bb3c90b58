"""pdftotext's default-mode flows of the varied pages: a headline set as a couplet ('书香满村 笑声满院'),
a kicker alone in its flow right before its headline, and the page's credits (版式设计, 校对) that
poppler gives at a column's foot. Raw text and expected structure written by hand."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.pdfflows import flows_in_order
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, PARAGRAPHS_A,
    PARAGRAPHS_B, POPPLER, _imported, page, text_lines,
)

# a third story, of 长乐镇's clinic, opening on its dateline
COUPLET_C = "看病不难 取药不愁"
DATELINE_C = ["本报讯（记者 李华）近日，"]
C1 = ["长乐镇卫生院的夜间门诊开",
      "诊了，每天晚上六点到九点，"]
C2 = ["医生轮流值班，镇上的居民下",
      "班后也能看上病。",
      "院长赵军介绍，夜间门诊"]
C3 = ["开诊以来，已接诊患者三百多",
      "人次。"]
PARAGRAPHS_C = ["本报讯（记者 李华）近日，长乐镇卫生院的夜间门诊开诊了，每天晚上六点到九点，医生轮流值班，"
                "镇上的居民下班后也能看上病。",
                "院长赵军介绍，夜间门诊开诊以来，已接诊患者三百多人次。"]
KICKER_C = "健康惠民"
HEAD_C = "长乐镇：夜间门诊方便群众"
DECK_C = "——长乐镇卫生院夜间门诊见闻"


def _stories(tmp_path, flows):
    page_copy, _ = _imported(tmp_path, flows)
    got = page_copy.to_json()
    return got, {s["headline"]: s for s in got["stories"]}


def test_a_couplet_right_on_its_storys_first_column_is_its_headline(tmp_path):
    # '看病不难 取药不愁' has a kicker's couplet shape, and B's headline comes after it in poppler's order;
    # but it stands right on C's dateline in its flow: a kicker is set over its headline, never on the text
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, A2, A3, [CAPTION_A],
                 [COUPLET_C] + DATELINE_C + C1, C2, C3, [HEAD_B] + B1, B2, B3, [CREDIT])
    got, stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B, COUPLET_C}
    assert (stories[COUPLET_C]["kicker"], stories[COUPLET_C]["paragraphs"]) == (None, PARAGRAPHS_C)
    assert (stories[HEAD_B]["kicker"], stories[HEAD_B]["paragraphs"]) == (None, PARAGRAPHS_B)
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A


def test_a_kicker_alone_right_before_a_headline_goes_over_it(tmp_path):
    # C's kicker, alone in its flow, comes right before C's headline and deck (their flow apart from C's
    # columns, set beside a photo); B's headline comes later over a column poppler gives apart from its
    # story's others: the kicker goes with the headline poppler gives next, not the next story unheaded
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, A2, A3, [CAPTION_A], [KICKER_C], [HEAD_C, DECK_C],
                 DATELINE_C + C1, C2, C3, B1, B2, B3, [HEAD_B], [CREDIT])
    got, stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B, HEAD_C}
    assert (stories[HEAD_C]["kicker"], stories[HEAD_C]["deck"], stories[HEAD_B]["kicker"]) == (KICKER_C, DECK_C, None)
    assert stories[HEAD_C]["paragraphs"] == PARAGRAPHS_C
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(KICKER_C) == out.index(HEAD_C) - 1


def test_the_pages_credits_at_a_columns_foot_go_last(tmp_path):
    # the page's credits ('版式设计 …', '校对 …') that poppler gives at the foot of a column's flow, or
    # alone between columns: credits, never a column's line nor a heading
    design, proof = "版式设计 赵德明", "校对 夏卫国"
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3 + [design], A2, [proof], [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert Counter(out) == Counter(text_lines(flows))
    assert set(out[-3:]) == {design, proof, CREDIT}
    got, stories = _stories(tmp_path, flows)
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B and stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A
    assert set(got["credits"]) == {design, proof, CREDIT}
    assert POPPLER     # (the small page these lines come from)


def _heading_of(pieces, chains) -> dict[str, int]:
    from layout_app.intake.flowheads import _heads
    from layout_app.intake.flownames import _name_pieces
    from tests.intake.test_pdfflows_seams import measured
    measured(*(p for c in chains for p in c))
    _name_pieces(pieces)
    heads, _ = _heads(pieces, chains, 13)
    return {p.lines[0]: k for k, ps in heads.items() for p in ps}


def test_a_kicker_alone_goes_over_the_headline_poppler_gives_next_not_a_story_left_unheaded():
    # a column poppler gives apart that no chain took (C's last, '人次。…') stands after the kicker,
    # with no heading line of its own: the kicker still goes over the headline right after it
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfpieces import Piece
    a = [Piece(BODY, [BYLINE_A] + A1, 2, 2), Piece(BODY, list(A2), 3, 3), Piece(BODY, list(A3), 4, 4)]
    c = [Piece(BODY, DATELINE_C + C1, 8, 7), Piece(BODY, list(C2), 9, 8)]
    left = [Piece(BODY, list(C3), 10, 9)]
    pieces = [Piece(HEAD, [HEAD_A], 0, 0), Piece(HEAD, [KICKER_A], 1, 1), *a,
              Piece(HEAD, [KICKER_C], 5, 5), Piece(HEAD, [HEAD_C], 6, 6), Piece(HEAD, [DECK_C], 7, 6), *c, *left]
    given = _heading_of(pieces, [a, c, left])
    assert given[KICKER_C] == given[HEAD_C] == 1


def test_a_couplet_over_its_deck_is_the_headline_under_the_kicker():
    # '看病不难 取药不愁' stands right over the deck in its flow: a headline (a deck is set under its
    # headline, never under a kicker), so the kicker poppler gives before it goes first: 引题 → 主题 → 副题
    from layout_app.intake.flowheads import _heads, BODY, HEAD
    from layout_app.intake.flownames import _name_pieces
    from layout_app.intake.pdfpieces import Piece
    from tests.intake.test_pdfflows_seams import measured
    kicker = "健康惠民 走进长乐镇"
    a = [Piece(BODY, [BYLINE_A] + A1, 2, 2), Piece(BODY, list(A2), 3, 3), Piece(BODY, list(A3), 4, 4)]
    c = [Piece(BODY, DATELINE_C + C1, 8, 7), Piece(BODY, list(C2), 9, 8), Piece(BODY, list(C3), 10, 9)]
    pieces = [Piece(HEAD, [KICKER_A], 0, 0), Piece(HEAD, [HEAD_A], 1, 1), *a,
              Piece(HEAD, [kicker], 5, 5), Piece(HEAD, [COUPLET_C], 6, 6), Piece(HEAD, [DECK_C], 7, 6), *c]
    measured(*a, *c)
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [a, c], 13)
    assert [p.lines[0] for p in heads[1]] == [kicker, COUPLET_C, DECK_C]


def test_a_headline_with_a_labels_colon_right_under_its_kicker_stays_under_it():
    # '长乐镇卫生院：夜间门诊方便群众' has a kicker label's shape (a name and its colon), but poppler gives it
    # right after the kicker '看病不再难 走进长乐镇', each in a flow of its own: heading blocks set one over
    # the other come top down — the kicker first
    from layout_app.intake.flowheads import _heads, BODY, HEAD
    from layout_app.intake.flownames import _name_pieces
    from layout_app.intake.pdfpieces import Piece
    from tests.intake.test_pdfflows_seams import measured
    kicker, head = "看病不再难 走进长乐镇", "长乐镇卫生院：夜间门诊方便群众"
    a = [Piece(BODY, [BYLINE_A] + A1, 2, 2), Piece(BODY, list(A2), 3, 3), Piece(BODY, list(A3), 4, 4)]
    c = [Piece(BODY, DATELINE_C + C1, 7, 7), Piece(BODY, list(C2), 8, 8), Piece(BODY, list(C3), 9, 9)]
    pieces = [Piece(HEAD, [KICKER_A], 0, 0), Piece(HEAD, [HEAD_A], 1, 1), *a,
              Piece(HEAD, [kicker], 5, 5), Piece(HEAD, [head], 6, 6), *c]
    measured(*a, *c)
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [a, c], 13)
    assert [p.lines[0] for p in heads[1]] == [kicker, head]
