"""A kicker alone in a flow of its own between two stories' headlines in pdftotext's default flows
(flowheads / headturns._kicker_apart): pieces written by hand, each story's lines written by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD
from layout_app.intake.pdfpieces import Piece


def _story_lines(pieces, chains):
    from layout_app.intake.flowheads import _heads
    from layout_app.intake.flownames import _name_pieces

    _name_pieces(pieces)
    heads, _ = _heads(pieces, chains, 13)
    return {k: [p.lines[0] for p in v] for k, v in heads.items()}


def _page(lone: str, lower: str):
    # story A's headline in a flow of its own (its column comes later); a line alone in the next flow;
    # then story B's headline on its deck and byline column in a third flow
    pieces = [Piece(HEAD, ["桃源村：电商直播间开张了"], 0, 0),
              Piece(HEAD, [lone], 1, 1),
              Piece(HEAD, [lower], 2, 2),
              Piece(HEAD, ["——梅岭镇科技社团覆盖全部中小学"], 3, 2),
              Piece(BODY, ["本报记者 李华", "9 月 1 日，梅岭镇育才中", "学的科技社团开课了。"], 4, 2),
              Piece(BODY, ["本报记者 王明", "5 月 3 日，记者走进桃源", "村，桃源村的直播间里热闹。"], 5, 3)]
    return pieces, [[pieces[4]], [pieces[5]]]


def test_a_line_alone_between_two_headlines_is_the_lower_ones_kicker():
    # a headline set in two lines is one block, one flow: a line in a flow of its own is no rest of the
    # headline poppler gave before it — it is the kicker set over the headline poppler gives next
    pieces, chains = _page("开学第一课", "梅岭镇：育才中学的科技社团“火”了")
    assert _story_lines(pieces, chains) == {
        0: ["开学第一课", "梅岭镇：育才中学的科技社团“火”了", "——梅岭镇科技社团覆盖全部中小学"],
        1: ["桃源村：电商直播间开张了"]}


def test_no_kicker_over_a_kicker():
    # the line after it a kicker taking the reader to a place: a kicker stands over no kicker — the
    # line alone stays with the headline before it
    pieces, chains = _page("直播带货人气旺", "科技社团 走进梅岭镇")
    assert _story_lines(pieces, chains)[1] == ["桃源村：电商直播间开张了", "直播带货人气旺"]


def test_a_line_alone_under_a_kicker_is_its_headline():
    # the line before it a kicker setting the scene (its comma): the line alone is the headline under
    # it, in a flow of its own — not the next story's kicker
    pieces, chains = _page("金秋好“丰”景", "梅岭镇：育才中学的科技社团“火”了")
    pieces[0].lines = ["秋收时节，桃源村的田野里一片金黄"]
    assert _story_lines(pieces, chains)[1] == ["秋收时节，桃源村的田野里一片金黄", "金秋好“丰”景"]


def test_a_couplet_right_under_a_headline_line_in_its_flow_is_its_second_line():
    # a headline set in two lines is one block: poppler gives its lines one under the other in one
    # flow. A couplet right under a headline's line there, the next headline given after a column,
    # is that headline's rest — not a kicker over the next (a kicker is given right before its headline)
    a_column = ["本报记者 王明", "5 月 3 日，记者走进梅岭", "镇，梅岭镇的幸福食堂里热闹。"]
    b_column = ["本报记者 李华", "9 月 1 日，桃源村小学的", "劳动课开课了，桃源村的孩子们"]
    pieces = [Piece(HEAD, ["梅岭镇幸福食堂开张了"], 0, 0),
              Piece(HEAD, ["老有所养 老有所乐"], 1, 0),
              Piece(BODY, a_column, 2, 1),
              Piece(HEAD, ["桃源村：劳动课进校园"], 3, 2),
              Piece(BODY, b_column, 4, 2)]
    assert _story_lines(pieces, [[pieces[4]], [pieces[2]]]) == {
        0: ["桃源村：劳动课进校园"], 1: ["梅岭镇幸福食堂开张了", "老有所养 老有所乐"]}
    # so is one given right before the next headline when that headline has its kicker already: a
    # headline has one kicker ('开学第一课 走进桃源村', given first)
    pieces = [Piece(HEAD, ["开学第一课 走进桃源村"], 0, 0),
              Piece(HEAD, ["梅岭镇幸福食堂开张了"], 1, 1),
              Piece(HEAD, ["老有所养 老有所乐"], 2, 1),
              Piece(HEAD, ["桃源村：劳动课进校园"], 3, 2),
              Piece(BODY, b_column, 4, 2),
              Piece(BODY, a_column, 5, 3)]
    assert _story_lines(pieces, [[pieces[4]], [pieces[5]]]) == {
        0: ["开学第一课 走进桃源村", "桃源村：劳动课进校园"], 1: ["梅岭镇幸福食堂开张了", "老有所养 老有所乐"]}


def test_a_couplet_right_on_a_deck_in_its_flow_is_that_decks_headline():
    # a kicker is never set on a deck: a couplet poppler gives right over a deck in its flow is the
    # headline of that deck's story, not a kicker over the headline poppler gives next
    pieces = [Piece(HEAD, ["秋收时节，桃源村的田野里一片金黄"], 0, 0),
              Piece(HEAD, ["茶叶熟了 农户乐了"], 1, 1),
              Piece(HEAD, ["——桃源村茶叶见闻"], 2, 1),
              Piece(HEAD, ["梅岭镇：劳动课进校园"], 3, 2),
              Piece(BODY, ["本报记者 李华", "9 月 1 日，梅岭镇小学的", "劳动课开课了，梅岭镇的孩子们"], 4, 2),
              Piece(BODY, ["本报记者 王明", "5 月 3 日，记者走进桃源", "村，桃源村的茶叶丰收了。"], 5, 3)]
    assert _story_lines(pieces, [[pieces[4]], [pieces[5]]]) == {
        0: ["梅岭镇：劳动课进校园"],
        1: ["秋收时节，桃源村的田野里一片金黄", "茶叶熟了 农户乐了", "——桃源村茶叶见闻"]}


def test_a_kicker_before_two_headlines_side_by_side_goes_over_the_one_it_says_a_word_of():
    # poppler gives a kicker, then the two headlines set side by side under and beside it: a kicker
    # tells what its headline is about — '看病' — so it stands over the one saying it, not the next
    pieces = [Piece(HEAD, ["解决“看病难、看病晚”"], 0, 0),
              Piece(HEAD, ["桃源村：客运班线让出行更顺畅"], 1, 1),
              Piece(HEAD, ["让群众少跑腿 看病更省心"], 2, 2),
              Piece(BODY, ["本报记者 李华", "9 月 1 日，梅岭镇卫生院", "的医生为村民义诊，看病方便了。"], 3, 2),
              Piece(BODY, ["本报记者 王明", "5 月 3 日，记者走进桃源", "村，桃源村的客运班线开通了。"], 4, 3)]
    assert _story_lines(pieces, [[pieces[3]], [pieces[4]]]) == {
        0: ["解决“看病难、看病晚”", "让群众少跑腿 看病更省心"], 1: ["桃源村：客运班线让出行更顺畅"]}
    # (saying a word of the headline given next, it stays over that one)
    pieces[1].lines = ["桃源村：看病不用再排队"]
    pieces[4].lines = ["本报记者 王明", "5 月 3 日，记者走进桃源", "村，桃源村的卫生院开门了。"]
    assert _story_lines(pieces, [[pieces[3]], [pieces[4]]])[1] == ["解决“看病难、看病晚”", "桃源村：看病不用再排队"]
