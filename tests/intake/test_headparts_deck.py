"""headparts: nothing of a story's stands between its headline and the deck under it in one flow of
pdftotext's default text — a heading line of its own flow put between them goes over them. Pieces
written by hand."""
from __future__ import annotations

from layout_app.intake.headparts import _nothing_between
from layout_app.intake.pdfpieces import Piece

HEAD = "head"


def _lines(*spec):
    return [Piece(HEAD, [text], pos, flow) for text, pos, flow in spec]


def test_a_line_from_a_flow_of_its_own_between_a_headline_and_its_deck_goes_over_them():
    # the headline's label and its rest over the deck in one flow (poppler's 3, 4, 5); the kicker,
    # set over them in a flow of its own, was put between the headline and its deck
    lines = _lines(("街道办：", 3, 2), ("夜巡队守护邻里平安", 4, 2), ("入夜后，巷子里亮起了手电", 2, 1),
                   ("——清水社区夜巡队见闻", 5, 2))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["入夜后，巷子里亮起了手电", "街道办：", "夜巡队守护邻里平安", "——清水社区夜巡队见闻"]


def test_a_kickers_label_and_rest_over_the_deck_take_the_headline_between_them():
    # poppler gave a kicker wrapped after its label and the deck in a column's flow (set beside that
    # column's lines: '…让群 记者蹲点：' / '柳营乡的 “健身步道” 一天' / '——记居民赵洋'), the headline later in a
    # flow of its own: 引题 → 主题 → 副题, the headline under the kicker, not over it
    lines = _lines(("记者蹲点：", 50, 41), ("柳营乡的 “健身步道” 一天", 51, 41), ("健身步道乐融融", 53, 42),
                   ("——记居民赵洋", 52, 41))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["记者蹲点：", "柳营乡的 “健身步道” 一天", "健身步道乐融融", "——记居民赵洋"]
    # a kicker in one line over the deck likewise
    lines = _lines(("记者蹲点：青石社区的 “爱心驿站” 一天", 7, 3), ("“爱心驿站”节节高", 12, 5), ("——记站长陈静", 8, 3))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["记者蹲点：青石社区的 “爱心驿站” 一天", "“爱心驿站”节节高", "——记站长陈静"]
    # a label after a phrase and a space may be a headline's office, the two lines one headline ('返乡创业正当时
    # 区工商联：' / '就业驿站搭起就业“连心桥”'): a line from a flow of its own goes over them, as over any headline
    lines = _lines(("返乡创业正当时 区工商联：", 20, 9), ("就业驿站搭起就业“连心桥”", 21, 9), ("稳就业 惠民生", 30, 14),
                   ("——区工商联举办就业驿站", 22, 9))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines][0] == "稳就业 惠民生"
    # a kicker in one line whose label is two phrases ('绿色发展正当时 幸福生活节节高:白沙村的新变化') over the
    # deck in a column's flow: the headline from its own flow goes between them
    lines = _lines(("绿色发展正当时 幸福生活节节高:白沙村的新变化", 40, 20), ("白沙村红色书屋见实效", 47, 23),
                   ("——白沙村升级红色书屋工作纪实", 41, 20))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["绿色发展正当时 幸福生活节节高:白沙村的新变化", "白沙村红色书屋见实效",
                                           "——白沙村升级红色书屋工作纪实"]


def test_a_byline_from_another_flow_stays_under_the_deck():
    lines = _lines(("夜巡队守护邻里平安", 4, 2), ("——清水社区夜巡队见闻", 5, 2), ("本报记者 王明", 9, 6))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["夜巡队守护邻里平安", "——清水社区夜巡队见闻", "本报记者 王明"]


def test_a_headline_and_deck_given_apart_in_two_flows_are_left_as_they_are():
    # the deck in a flow apart from the headline: no headline right over it in its flow to keep
    lines = _lines(("夜巡队守护邻里平安", 4, 2), ("入夜后，巷子里亮起了手电", 6, 3), ("——清水社区夜巡队见闻", 7, 4))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["夜巡队守护邻里平安", "入夜后，巷子里亮起了手电", "——清水社区夜巡队见闻"]


def test_a_deck_not_right_under_the_headline_in_its_flow_keeps_the_order():
    # poppler gives another story's line between the headline and the deck in their flow (5): the two
    # are not one under the other, and the line from a flow of its own is not moved over them
    lines = _lines(("夜巡队守护邻里平安", 4, 2), ("入夜后，巷子里亮起了手电", 2, 1), ("——清水社区夜巡队见闻", 6, 2))
    _nothing_between(lines)
    assert [q.lines[0] for q in lines] == ["夜巡队守护邻里平安", "入夜后，巷子里亮起了手电", "——清水社区夜巡队见闻"]


# --- a profile's deck goes with the story whose text names the person ---

from layout_app.intake.headparts import _deck_by_person  # noqa: E402

A_TEXT = ["入夏以来，清水社区每晚", "都有居民上街巡逻，夜巡队成", "了小区里一道亮丽的风景。"]
B_TEXT = ["梅岭村的图书角设在村委", "会一楼，周梅每天都来整理", "书架。"]


def _profiled(deck_flow):
    head_a, head_b = Piece(HEAD, ["夜巡队守护邻里平安"], 0, 0), Piece(HEAD, ["“图书角”开到家门口"], 1, 1)
    deck = Piece(HEAD, ["——记管理员周梅"], 2, deck_flow)
    chains = [[Piece("body", A_TEXT, 3, 3)], [Piece("body", B_TEXT, 4, 4)]]
    return {0: [head_a, deck], 1: [head_b]}, chains, deck


def test_a_profiles_deck_goes_to_the_story_whose_text_names_the_person():
    # given to A from a flow of its own; B's text names 周梅 (two characters after her role,
    # 管理员), A's never does
    out, chains, deck = _profiled(deck_flow=2)
    assert _deck_by_person(out, chains) == [deck]
    assert [q.lines[0] for q in out[1]] == ["“图书角”开到家门口", "——记管理员周梅"]
    assert [q.lines[0] for q in out[0]] == ["夜巡队守护邻里平安"]


def test_a_profiles_deck_under_its_headline_in_one_flow_stays():
    out, chains, deck = _profiled(deck_flow=0)
    assert _deck_by_person(out, chains) == []
    assert out[0][-1] is deck


def test_a_profiles_deck_whose_person_two_stories_name_stays():
    out, chains, deck = _profiled(deck_flow=2)
    chains[0][0].lines = A_TEXT[:-1] + ["了小区里的风景，周梅也来了。"]
    assert _deck_by_person(out, chains) == []
