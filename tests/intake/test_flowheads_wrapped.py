"""flowheads: heading lines wrapped in their frames and set in two lines in pdftotext's default-mode
flows — a deck's or byline's rest under its first line, a headline on top of its first column, couplets
over headlines in two lines, two headlines side by side given a line of each in turn. Raw flows and
expected structure written by hand."""
from __future__ import annotations

from collections import Counter

import pytest

from layout_app.intake.flowheads import BODY, HEAD, _deck_rest, _headline_lines, _heads
from layout_app.intake.pdfflows import flows_in_order
from layout_app.intake.pdfpieces import Piece
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, PARAGRAPHS_A,
    PARAGRAPHS_B, page, text_lines,
)
from tests.intake.test_flowheads import B1_NO_PLACE, DECK_A, HEAD_B_PEOPLE, _stories

DECK_A_WRAPPED = ["——清水社区“夜巡队”", "守护邻里夜夜平安"]      # a deck in words wrapped in its frame


def test_the_rest_of_a_deck_wrapped_in_its_frame_stays_under_its_first_line(tmp_path):
    # A's deck, set in two lines in a flow of its own: the first stops on the subject in quotes, the
    # second names nothing — the rest of the deck, not a second line of A's headline
    flows = page([HEAD_A], [HEAD_B], DECK_A_WRAPPED, [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_A):out.index(HEAD_A) + 4] == [HEAD_A] + DECK_A_WRAPPED + [BYLINE_A]
    stories = _stories(tmp_path, flows)
    a = stories[HEAD_A]
    assert (a["kicker"], "".join(a["deck"].split()), a["byline"]) == (None, "——清水社区“夜巡队”守护邻里夜夜平安", BYLINE_A)
    assert a["paragraphs"] == PARAGRAPHS_A


def test_a_line_naming_its_own_place_under_a_deck_is_no_rest_of_it():
    # under a deck that stops on its place, a line naming a place is a heading line of its own
    head = Piece(HEAD, ["——记梅岭村"], 0, 0, places=Counter({"梅岭村": 3}))
    rest = Piece(HEAD, ["村民的图书角"], 1, 0)
    named = Piece(HEAD, ["清水社区夜巡队守护邻里"], 1, 0, places=Counter({"清水社区": 3}))
    assert _deck_rest([head, rest], 1) and not _deck_rest([head, named], 1)


HEAD_A_OVER = ["清水社区组建“夜巡队”", "让街坊邻里夜夜都睡得安心"]     # a headline in two lines, a column wide


def test_a_headline_poppler_gives_on_top_of_its_first_column_is_taken_out_of_it():
    # A's headline, set in two lines as wide as a column, on top of A's first column in one flow (A has
    # no byline), read as the top of that column: no mark of running text, no sentence end, then an
    # indented line — running text never goes on in a paragraph's first line. The two lines are taken
    # out as heading lines, and they head A's story
    a = Piece(BODY, HEAD_A_OVER + A1 + A2 + A3, 0, 0, places=Counter({"清水社区": 6}))
    head_b = Piece(HEAD, [HEAD_B], 1, 1, places=Counter({"梅岭村": 1}))
    b = Piece(BODY, B1 + B2 + B3, 2, 1, places=Counter({"梅岭村": 6}))
    pieces = [a, head_b, b]
    heads, _ = _heads(pieces, [[a], [b]], 13)
    assert [p.lines for p in pieces] == [[HEAD_A_OVER[0]], [HEAD_A_OVER[1]], A1 + A2 + A3, [HEAD_B], B1 + B2 + B3]
    assert [[p.lines[0] for p in heads[k]] for k in (0, 1)] == [HEAD_A_OVER, [HEAD_B]]


def test_a_columns_top_lines_going_on_in_a_word_are_no_headline():
    # a column's top: no mark, no sentence end, over a line as short as an indented one — but the seam
    # cuts a word (服务功 / 能): the line goes on, it is no heading
    lines = ["下一步将完善夜巡队的服务功", "能，让居民们出门更加放", "心。"]
    assert _headline_lines(lines, 13) == 0
    assert _headline_lines(HEAD_A_OVER + A1, 13) == 2


def test_a_byline_chain_running_off_mid_sentence_does_not_go_on_in_a_paragraphs_first_line():
    # A's byline chain runs off mid-word ('社区的夜' / …); the column under A's headline opens a
    # paragraph (indented). Running text does not go on in an indented line: no join, whatever the names
    head_a = Piece(HEAD, [HEAD_A], 0, 0, places=Counter({"清水社区": 3}))
    third_a = Piece(BODY, A3, 1, 0, places=Counter({"清水社区": 3}))
    first_a = Piece(BODY, [BYLINE_A] + A1, 2, 1, places=Counter({"清水社区": 6}))
    chains = [[third_a], [first_a]]
    heads, _ = _heads([head_a, third_a, first_a], chains, 13)
    assert chains == [[third_a], [first_a]]
    assert heads == {0: [head_a]}


def test_a_headlines_second_line_opening_on_the_figure_its_first_runs_on_to_is_no_deck(tmp_path):
    # A's headline set in two lines in one flow, '…夜巡队开放' / '57 天 居民点赞“有温度”': the second opens
    # on a figure and its unit alone, the duration the first line runs on to (开放 57 天) — not a deck in
    # figures, which counts who took part ('35 名村民参与 …'). It stays under the first line, the deck
    # (which poppler gave before them, in a flow apart) under both
    line1, line2 = "清水社区夜巡队开放", "57 天 居民点赞“有温度”"
    flows = page([DECK_A], [line1, line2], [BYLINE_A] + A1, [HEAD_B], B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(line1):out.index(line1) + 4] == [line1, line2, DECK_A, BYLINE_A]
    stories = _stories(tmp_path, flows)
    a = stories["清水社区夜巡队开放57天 居民点赞“有温度”"]
    assert (a["kicker"], a["deck"], a["byline"], a["paragraphs"]) == (None, DECK_A, BYLINE_A, PARAGRAPHS_A)
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B


def _deck_given_to_a(a_says: str) -> dict:
    # B's headline and A's side by side, B's deck in figures ('35 名读者参与 …') over A's first column in
    # its flow: given to A first. B's text says 读者 once; A's says `a_says`
    head_b = Piece(HEAD, [HEAD_B_PEOPLE], 0, 0, places=Counter({"梅岭村": 3}))
    head_a = Piece(HEAD, [HEAD_A], 1, 1, places=Counter({"清水社区": 3}))
    deck = Piece(HEAD, ["35 名读者参与 书香飘进农家"], 2, 2)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", a_says], 3, 2, places=Counter({"清水社区": 6}))
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，读者随时可以借阅。"], 4, 3, places=Counter({"梅岭村": 6}))
    heads, _ = _heads([head_b, head_a, deck, a, b], [[a], [b]], 13)
    return {k: [p.lines[0] for p in v] for k, v in heads.items()}


def test_a_deck_in_figures_goes_to_the_one_story_beside_that_says_its_people_even_once():
    assert _deck_given_to_a("队员说，夜里出门放心了。") == {0: [HEAD_A], 1: [HEAD_B_PEOPLE, "35 名读者参与 书香飘进农家"]}


def test_a_deck_in_figures_said_once_by_each_story_stays():
    # A's text says 读者 once too: no clear word, it stays with A
    assert _deck_given_to_a("读者说，夜里出门放心了。") == {0: [HEAD_A, "35 名读者参与 书香飘进农家"], 1: [HEAD_B_PEOPLE]}


def test_a_kicker_right_over_a_bylined_headline_joins_the_column_it_names_to_that_story():
    # B's kicker names 梅岭村 and poppler gives it right before B's headline, which stands over B's
    # byline and first column (naming no place, '村子里'). B's next column, opening a paragraph, names
    # 梅岭村 and came apart, a chain of its own under nothing: the kicker's place gives the kicker to it.
    # A kicker is set over its headline — the column it names is the byline's story's, after the
    # byline's column; one story, its kicker over its headline
    kicker = Piece(HEAD, ["书香润心：走进梅岭村"], 0, 0, places=Counter({"梅岭村": 3}))
    head = Piece(HEAD, [HEAD_B], 1, 1)
    first = Piece(BODY, ["通讯员 李红"] + B1_NO_PLACE, 2, 1, start="story", end="closed")
    other = Piece(BODY, ["据了解，梅岭村还将在三", "个自然村推广图书角的做法。"], 3, 2, start="para", end="closed",
                  places=Counter({"梅岭村": 6}))
    chains = [[other], [first]]
    heads, _ = _heads([kicker, head, first, other], chains, 13)
    assert chains == [[first, other]]
    assert heads == {0: [kicker, head]}


def test_a_kickers_first_phrase_over_its_label_in_one_flow_stays_over_it(tmp_path):
    # B's kicker set in two lines in one flow: its first phrase, then the second phrase with the label's
    # colon. The first names nothing and has no colon — by its shape a headline's line (主题) — but a
    # phrase right over a kicker's label in its flow is the label's first phrase: it stays over it
    k1, k2 = "文明新风润乡里", "奋进路上再出发：梅岭村的新变化"
    flows = page([KICKER_A], [HEAD_A], [k1, k2], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # (its two lines one block of poppler's: one line, as the import reads it)
    assert out[out.index(k1 + " " + k2):out.index(k1 + " " + k2) + 3] == [k1 + " " + k2, HEAD_B, B1[0]]
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_B]["kicker"], stories[HEAD_B]["paragraphs"]) == (k1 + " " + k2, PARAGRAPHS_B)


def test_the_rest_of_a_bylines_last_name_wrapped_in_its_frame_stays_under_it(tmp_path):
    # B's byline wrapped in its frame: its last name cut after one character ('…通讯员 李' / '晓华'). The
    # two characters under it name nothing — by their shape a headline's line, set over the byline —
    # but they are the rest of the byline's last name: they stay under it, one byline
    byline_b = "本报记者 周明 通讯员 李"
    flows = page([KICKER_A], [HEAD_A], [HEAD_B, byline_b, "晓华"], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):out.index(HEAD_B) + 4] == [HEAD_B, byline_b, "晓华", B1[0]]
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_B]["byline"], stories[HEAD_B]["paragraphs"]) == ("本报记者 周明 通讯员 李晓华", PARAGRAPHS_B)


def _side_by_side_pieces(headline_b_in_column: bool):
    # A's headline and B's kicker side by side on one line of poppler's, cut apart; under them in their
    # flow A's headline's second line (naming nothing), B's headline, then A's first column
    from layout_app.intake.flownames import _name_pieces

    left, right = Piece(HEAD, ["清水社区：夜巡队守护邻里平安"], 0, 0), Piece(HEAD, ["“图书角”来了 书香飘进农家"], 1, 0)
    tail, head_b = Piece(HEAD, ["幸福生活节节高"], 2, 0), "梅岭村图书角开放 31 天"
    column = ["入夏以来，每晚 8 点清水社", "区都有居民上街巡逻，清水社", "区的夜巡队成了一道风景。"]
    a = Piece(BODY, ([head_b] if headline_b_in_column else []) + column, 4, 0)
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，梅岭村村民随时可以", "借阅。图书角很受欢迎。"], 5, 1)
    pieces = [left, right, tail] + ([] if headline_b_in_column else [Piece(HEAD, [head_b], 3, 0)]) + [a, b]
    _name_pieces(pieces)
    chains = [[a], [b]]
    heads, _ = _heads(pieces, chains, 13)
    return {k: [p.lines[0] for p in v] for k, v in heads.items()}, a.lines, column


def test_a_line_naming_nothing_under_a_kicker_whole_in_its_line_goes_to_the_heading_beside_it():
    # '幸福生活节节高' names nothing; the line over it in its flow is B's kicker announcing its subject,
    # whole ('“图书角”来了 书香飘进农家'): it is the rest of A's headline beside the kicker
    heads, _, _ = _side_by_side_pieces(False)
    assert heads == {0: ["清水社区：夜巡队守护邻里平安", "幸福生活节节高"],
                     1: ["“图书角”来了 书香飘进农家", "梅岭村图书角开放 31 天"]}


def test_a_columns_first_line_naming_a_place_its_column_never_names_is_another_storys_headline():
    # B's headline came on top of A's first column, in one flow: no mark of running text, no sentence
    # end, the line under it not indented by its looks (a figure's width is a guess) — but it names
    # 梅岭村, which A's column never names while it names 清水社区: B's headline, taken out of A's column
    heads, a_lines, column = _side_by_side_pieces(True)
    assert a_lines == column
    assert heads == {0: ["清水社区：夜巡队守护邻里平安", "幸福生活节节高"],
                     1: ["“图书角”来了 书香飘进农家", "梅岭村图书角开放 31 天"]}


def test_of_two_decks_naming_nothing_the_one_right_after_another_storys_kicker_is_that_storys():
    # poppler gives B's kicker and headline, then A's kicker, a deck in figures, another, and A's headline
    # apart (set in larger type). Both decks fall to B (a deck is set under a headline, never right under
    # a kicker: the headline before). A story has one deck: the one poppler gives right after A's
    # kicker — A's kicker and deck set in one frame — is A's, the other stays B's
    from layout_app.intake.flownames import _name_pieces

    kicker_b, kicker_a = Piece(HEAD, ["记者蹲点：梅岭村的一天"], 0, 0), Piece(HEAD, ["平安建设：走进清水社区"], 2, 2)
    head_b, head_a = Piece(HEAD, [HEAD_B_PEOPLE], 1, 1), Piece(HEAD, ["清水社区夜巡队守护平安"], 5, 5)
    deck_a, deck_b = Piece(HEAD, ["42 名群众参与 夜里出门更安心"], 3, 3), Piece(HEAD, ["35 名村民参与 书香飘进农家"], 4, 4)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的夜巡队成了风景。"], 6, 6)
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，梅岭村村民随时可以借阅。"], 7, 7)
    pieces = [kicker_b, head_b, kicker_a, deck_a, deck_b, head_a, a, b]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[a], [b]], 13)
    assert {k: [p.lines[0] for p in v] for k, v in heads.items()} == {
        0: ["平安建设：走进清水社区", "清水社区夜巡队守护平安", "42 名群众参与 夜里出门更安心"],
        1: ["记者蹲点：梅岭村的一天", HEAD_B_PEOPLE, "35 名村民参与 书香飘进农家"]}


def test_a_deck_kept_when_two_were_told_apart_is_not_moved_again_by_the_people_it_counts():
    # the same, and a third story C beside, its headline near and no deck, whose text says 村民 again and
    # again (B's never does): the deck B kept when the two were told apart stays B's
    from layout_app.intake.flownames import _name_pieces

    kicker_b, kicker_a = Piece(HEAD, ["记者蹲点：梅岭村的一天"], 0, 0), Piece(HEAD, ["平安建设：走进清水社区"], 2, 2)
    head_b, head_a = Piece(HEAD, [HEAD_B_PEOPLE], 1, 1), Piece(HEAD, ["清水社区夜巡队守护平安"], 5, 5)
    deck_a, deck_b = Piece(HEAD, ["42 名群众参与 夜里出门更安心"], 3, 3), Piece(HEAD, ["35 名村民参与 书香飘进农家"], 4, 4)
    head_c = Piece(HEAD, ["双河镇农技课堂开课"], 6, 6)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的夜巡队成了风景。"], 7, 7)
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，梅岭村读者随时可以借阅。"], 8, 8)
    c = Piece(BODY, ["双河镇的村民来听课，", "双河镇村民说，村民都爱学。"], 9, 9)
    pieces = [kicker_b, head_b, kicker_a, deck_a, deck_b, head_a, head_c, a, b, c]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[a], [b], [c]], 13)
    assert [p.lines[0] for p in heads[1]] == ["记者蹲点：梅岭村的一天", HEAD_B_PEOPLE, "35 名村民参与 书香飘进农家"]
    assert [p.lines[0] for p in heads[2]] == ["双河镇农技课堂开课"]


def test_a_heading_line_naming_nothing_right_after_a_kickers_line_is_that_kickers_headline():
    # A's kicker (a label, naming 清水社区) and then, in a flow of its own, a headline naming nothing
    # ('邻里守望暖人心'): a kicker is set over its headline, poppler gives it first — A's headline,
    # though B's text happens to say the headline's words more
    from layout_app.intake.flownames import _name_pieces

    kicker_a, head_a = Piece(HEAD, ["平安建设：走进清水社区"], 0, 0), Piece(HEAD, ["邻里守望暖人心"], 1, 1)
    head_b = Piece(HEAD, [HEAD_B_PEOPLE], 2, 2)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的夜巡队成了风景。"], 3, 3)
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，邻里守望，梅岭村村民", "说邻里守望暖人心。"], 4, 4)
    pieces = [kicker_a, head_a, head_b, a, b]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[a], [b]], 13)
    assert {k: [p.lines[0] for p in v] for k, v in heads.items()} == {
        0: ["平安建设：走进清水社区", "邻里守望暖人心"], 1: [HEAD_B_PEOPLE]}


PROFILE_B = "——记站长陈静"
CAPTION_B_PERSON = "站长陈静在梅岭村图书角为村民讲解。"


def test_a_profiles_deck_whose_person_only_a_caption_names_goes_to_that_captions_story(tmp_path):
    # B's deck, a profile of the person in B's photo, a flow of its own that poppler gives right after
    # A's headline: no story's text names 陈静, only the caption under B's photo (梅岭村) does
    flows = page([KICKER_A], [HEAD_A], [PROFILE_B], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 [CAPTION_B_PERSON], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):out.index(B1[0]) + 1] == [HEAD_B, PROFILE_B, B1[0]]
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    a, b = stories[HEAD_A], stories[HEAD_B]
    assert (a["kicker"], a["deck"], a["byline"], a["paragraphs"]) == (KICKER_A, None, BYLINE_A, PARAGRAPHS_A)
    assert (b["deck"], b["paragraphs"]) == (PROFILE_B, PARAGRAPHS_B)


def test_a_profiles_deck_under_its_headline_in_its_flow_stays_there(tmp_path):
    # the same deck set under A's headline in one flow: A's, whatever photo shows the person
    flows = page([KICKER_A], [HEAD_A, PROFILE_B], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 [CAPTION_B_PERSON], B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert (stories[HEAD_A]["deck"], stories[HEAD_B]["deck"]) == (PROFILE_B, None)


def test_a_profiles_deck_whose_person_a_storys_text_names_is_not_moved_by_a_caption(tmp_path):
    # A's text names 站长陈静 (she speaks in its last column): the caption under B's photo is no evidence
    # against it — the deck stays under A's headline, poppler's order
    a3 = ["清水社区站长陈静说：", "“有了夜巡队，晚上出门散步", "也放心。”"]
    flows = page([KICKER_A], [HEAD_A], [PROFILE_B], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 [CAPTION_B_PERSON], B2, a3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert (stories[HEAD_A]["deck"], stories[HEAD_B]["deck"]) == (PROFILE_B, None)
    assert stories[HEAD_A]["paragraphs"][-1] == "清水社区站长陈静说：“有了夜巡队，晚上出门散步也放心。”"


COUPLET_B = "文明新风 润泽乡里"
HEAD_A_TWO = ["清水社区：夜巡队", "守护邻里平安夜"]     # A's headline set in two lines, one flow
HEAD_A_JOINED = "清水社区：夜巡队 守护邻里平安夜"        # (the import joins them with a space at the break)


def test_a_couplet_beside_a_taller_headline_stands_over_the_headline_poppler_gives_after_it(tmp_path):
    # A's headline in two lines beside B's kicker and headline: poppler gives B's couplet (top right),
    # A's headline (top left, two lines tall), B's headline (under its couplet), then A's deck (under
    # A's headline) — the couplet is B's, not the headline's it comes right before
    flows = page([COUPLET_B], HEAD_A_TWO, [HEAD_B_PEOPLE], [DECK_A], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(COUPLET_B):out.index(COUPLET_B) + 3] == [COUPLET_B, HEAD_B_PEOPLE, B1[0]]
    assert out[out.index(HEAD_A_JOINED):out.index(A1[0]) + 1] == [HEAD_A_JOINED, DECK_A, BYLINE_A, A1[0]]
    assert Counter("".join(out).replace(" ", "")) == Counter("".join(text_lines(flows)).replace(" ", ""))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A_JOINED, HEAD_B_PEOPLE}
    a, b = stories[HEAD_A_JOINED], stories[HEAD_B_PEOPLE]
    assert (a["kicker"], a["deck"], a["byline"], a["paragraphs"]) == (None, DECK_A, BYLINE_A, PARAGRAPHS_A)
    assert (b["kicker"], b["deck"], b["paragraphs"]) == (COUPLET_B, None, PARAGRAPHS_B)


def test_a_couplet_over_a_headline_in_two_lines_stays_over_it(tmp_path):
    # the couplet over A's two-line headline, B's one-line headline beside them: A's deck comes before
    # B's headline (or B's deck names B's place) — the couplet is A's
    flows = page([COUPLET_B], HEAD_A_TWO, [DECK_A], [HEAD_B_PEOPLE], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert (stories[HEAD_A_JOINED]["kicker"], stories[HEAD_B_PEOPLE]["kicker"]) == (COUPLET_B, None)


def test_a_couplet_before_a_taller_headline_stays_over_it_when_the_deck_after_the_other_is_the_others():
    # the deck poppler gives after B's headline names B's place (B's own deck, under B): nothing says A's
    # heading runs on past B's — the couplet stays over the headline poppler gives right after it
    deck_b = "——梅岭村图书角开到家门口"
    flows = page([COUPLET_B], HEAD_A_TWO, [HEAD_B_PEOPLE], [deck_b], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(COUPLET_B):out.index(COUPLET_B) + 2] == [COUPLET_B, HEAD_A_JOINED]
    assert out[out.index(HEAD_B_PEOPLE):out.index(HEAD_B_PEOPLE) + 3] == [HEAD_B_PEOPLE, deck_b, B1[0]]
    # B's own column, not a deck, after B's headline: no evidence either
    flows = page([COUPLET_B], HEAD_A_TWO, [HEAD_B_PEOPLE], B1, [DECK_A], [BYLINE_A] + A1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(COUPLET_B):out.index(COUPLET_B) + 2] == [COUPLET_B, HEAD_A_JOINED]


DECK_B_PLACE = "——梅岭村图书角开到家门口"


def test_a_couplet_right_over_a_deck_whose_headline_comes_later_is_that_storys(tmp_path):
    # poppler gives B's couplet, B's deck (naming 梅岭村), then A's headline over A's byline and first
    # column in one flow — a headline on its own byline has its story — and B's headline only after it
    flows = page([COUPLET_B], [DECK_B_PLACE], [HEAD_A, BYLINE_A] + A1, [HEAD_B_PEOPLE], B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(COUPLET_B):out.index(COUPLET_B) + 4] == [COUPLET_B, HEAD_B_PEOPLE, DECK_B_PLACE, B1[0]]
    assert out[out.index(HEAD_A):out.index(HEAD_A) + 3] == [HEAD_A, BYLINE_A, A1[0]]
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    a, b = stories[HEAD_A], stories[HEAD_B_PEOPLE]
    assert (a["kicker"], a["deck"], a["byline"], a["paragraphs"]) == (None, None, BYLINE_A, PARAGRAPHS_A)
    assert (b["kicker"], b["deck"], b["paragraphs"]) == (COUPLET_B, DECK_B_PLACE, PARAGRAPHS_B)


def test_a_couplet_over_a_deck_whose_headline_came_before_goes_over_the_next_headline(tmp_path):
    # B's headline given first, then the couplet and B's deck: the deck is under B's headline, the
    # couplet over the headline poppler gives next (A's)
    flows = page([HEAD_B_PEOPLE], [COUPLET_B], [DECK_B_PLACE], [HEAD_A, BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B_PEOPLE]["kicker"]) == (COUPLET_B, None)
    assert stories[HEAD_B_PEOPLE]["deck"] == DECK_B_PLACE


HEAD_B_TWO = ["梅岭村图书角开放 30 天", "村民点赞“书香浓”"]


def test_two_headlines_side_by_side_given_a_line_of_each_in_turn_go_apart(tmp_path):
    # A's and B's headlines, two lines each, side by side: poppler gives them in one flow a line of each
    # in turn — A's first (清水社区), B's first (梅岭村), A's second, B's second (naming nothing)
    flows = page([HEAD_A_TWO[0], HEAD_B_TWO[0], HEAD_A_TWO[1], HEAD_B_TWO[1]], [BYLINE_A] + A1, B1, B3, A2,
                 [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_A_TWO[0]):out.index(A1[0]) + 1] == HEAD_A_TWO + [BYLINE_A, A1[0]]
    assert out[out.index(HEAD_B_TWO[0]):out.index(B1[0]) + 1] == HEAD_B_TWO + [B1[0]]
    assert Counter(out) == Counter(text_lines(flows))
    stories = {s["headline"].replace(" ", ""): s for s in _stories(tmp_path, flows).values()}
    assert set(stories) == {"清水社区：夜巡队守护邻里平安夜", "梅岭村图书角开放30天村民点赞“书香浓”"}
    assert stories["清水社区：夜巡队守护邻里平安夜"]["paragraphs"] == PARAGRAPHS_A
    assert stories["梅岭村图书角开放30天村民点赞“书香浓”"]["paragraphs"] == PARAGRAPHS_B


def test_a_headline_in_two_lines_over_another_storys_in_its_flow_keeps_its_second_line(tmp_path):
    # one story's headline in one flow over another's: the first two lines are one story's (the second
    # names no place) — nothing is side by side, each line stays under the one over it
    flows = page([HEAD_A_TWO[0], HEAD_A_TWO[1], HEAD_B_TWO[0], HEAD_B_TWO[1]], [BYLINE_A] + A1, B1, B3, A2,
                 [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # (each story's two lines, one after the other in poppler's block: one line)
    assert HEAD_A_JOINED in out and "梅岭村图书角开放 30 天 村民点赞“书香浓”" in out


def test_a_line_naming_its_place_in_a_flow_of_two_headlines_goes_by_its_place(tmp_path):
    # A's headline in one line beside B's in two: poppler gives A's, B's first, B's second — which
    # names B's place (梅岭村): B's, not the line two above it's
    b_second = "梅岭村书香飘进农家"
    flows = page([HEAD_A, HEAD_B_TWO[0], b_second], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    joined = HEAD_B_TWO[0] + " " + b_second
    assert out[out.index(joined):out.index(B1[0]) + 1] == [joined, B1[0]]
    assert out[out.index(HEAD_A):out.index(A1[0]) + 1] == [HEAD_A, BYLINE_A, A1[0]]


@pytest.mark.parametrize("label, rest", [("记者蹲点：", "梅岭村的 “图书角” 一天"),
                                         ("文明新风润乡里 共建共享新家园：", "梅岭村的新变化")])
def test_the_rest_of_a_kickers_label_wrapped_alone_in_its_frame_stays_under_it(tmp_path, label, rest):
    # B's kicker wrapped in its frame after its label ('记者蹲点：' / '梅岭村的 “图书角” 一天'), poppler giving
    # B's headline before it in another flow. The rest names 梅岭村 and has no colon — by its shape a
    # headline's line — but a label alone says nothing: the line under it in its flow is its kicker's
    # rest, the label goes with it, and B's headline stays the one poppler gave first
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [label, rest], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_B]["kicker"], stories[HEAD_B]["paragraphs"]) == (label + rest.replace(" ", ""), PARAGRAPHS_B)


def test_the_subject_opening_a_decks_rest_under_its_place_is_no_kicker(tmp_path):
    # A's deck wrapped in its frame after its place ('——清水社区' / '“夜巡队”守护邻里夜夜平安'), in a flow
    # apart from A's headline. The rest names no place and says the subject A's headline says with the
    # place — the shape of a kicker poppler gave after its headline — but it stands right under a deck
    # in its flow: a kicker is set over its headline, never under a deck. It stays the deck's rest
    deck = ["——清水社区", "“夜巡队”守护邻里夜夜平安"]
    flows = page([HEAD_A], [HEAD_B], deck, [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    a = stories[HEAD_A]
    assert (a["kicker"], "".join(a["deck"].split()), a["byline"]) == (None, "——清水社区“夜巡队”守护邻里夜夜平安", BYLINE_A)
    assert a["paragraphs"] == PARAGRAPHS_A


def test_a_kickers_label_of_two_phrases_inside_a_columns_flow_is_a_heading_line(tmp_path):
    # B's kicker, a label of two phrases and its colon ('奋斗者 正青春：走进梅岭村'), given by poppler inside
    # A's second column's flow after a paragraph's end: no mark of running text, a column wide — by its
    # place a column's line — but running text sets no space between two phrases: a heading line, B's
    # kicker, and A's paragraphs run on without it
    kicker_b = "奋斗者 正青春：走进梅岭村"
    a2 = A2[:2] + [kicker_b] + A2[2:]
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3, a2, [CAPTION_A], B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A
    assert (stories[HEAD_B]["kicker"], stories[HEAD_B]["paragraphs"]) == (kicker_b, PARAGRAPHS_B)
