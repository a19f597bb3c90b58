"""Heading lines of two stories poppler gives in one flow (pdfflows / flowheads): which story each goes
with. Pieces written by hand, the story each line goes to written by hand."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.flowheads import BODY, HEAD, _heads
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfpieces import Piece

A_TEXT = ["桃源社区的充电桩设在村委", "会门口，桃源社区居民随时可以", "来充电。"]
B_TEXT = ["清水乡的家庭医生工作室设", "在卫生院，清水乡村民看病不", "用再跑远路。"]


def _given(lines: list[tuple[str, int]]) -> dict[int, list[str]]:
    """Heading pieces (line, flow) in poppler's order, then A's and B's columns: each story's lines."""
    pieces = [Piece(HEAD, [line], i, flow) for i, (line, flow) in enumerate(lines)]
    a = Piece(BODY, list(A_TEXT), len(pieces), 10)
    b = Piece(BODY, list(B_TEXT), len(pieces) + 1, 11)
    pieces += [a, b]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[a], [b]], 13)
    return {k: [p.lines[0] for p in v] for k, v in heads.items()}


def test_a_deck_under_another_storys_kicker_beside_its_headline_is_the_headlines():
    # poppler gives A's headline and B's kicker beside it as one line (set apart), then A's deck in
    # figures under them, one flow: '桃源社区充电桩有温度 记者蹲点：清水乡的 “家庭医生工作室” 一天' /
    # '233 名村民参与 有效解决了群众的急难愁盼问题'. The deck names nothing; a deck is set under its
    # headline, never right under a kicker — it is A's, the headline beside the kicker
    heads = _given([("桃源社区充电桩有温度", 0), ("记者蹲点：清水乡的 “家庭医生工作室” 一天", 0),
                    ("233 名村民参与 有效解决了群众的急难愁盼问题", 0), ("清水乡家庭医生工作室暖民心", 1)])
    assert heads == {0: ["桃源社区充电桩有温度", "233 名村民参与 有效解决了群众的急难愁盼问题"],
                     1: ["记者蹲点：清水乡的 “家庭医生工作室” 一天", "清水乡家庭医生工作室暖民心"]}


def test_a_deck_under_its_own_kickers_headline_stays_with_it():
    # the kicker over its own headline and deck in one flow: the deck follows the headline, not the
    # kicker — it stays with the story whose headline is over it
    heads = _given([("记者蹲点：清水乡的 “家庭医生工作室” 一天", 0), ("清水乡家庭医生工作室暖民心", 0),
                    ("233 名村民参与 有效解决了群众的急难愁盼问题", 0), ("桃源社区充电桩有温度", 1)])
    assert heads == {1: ["记者蹲点：清水乡的 “家庭医生工作室” 一天", "清水乡家庭医生工作室暖民心",
                         "233 名村民参与 有效解决了群众的急难愁盼问题"],
                     0: ["桃源社区充电桩有温度"]}


def test_a_flows_first_line_naming_a_place_over_a_paragraphs_last_line_opening_mid_sentence_is_a_heading():
    # '梅岭村图书角真聚人气', as wide as an indented line, names its place, on top of a column whose first
    # line ends a paragraph and opens mid-sentence ('了村民的好去处。'): '气' / '了' is no pair the page
    # sets together — a headline set over its story's next column, not a two-line paragraph
    from tests.intake.test_pdfflows import A1, A2, A3, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, KICKER_A, \
        page, text_lines
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces

    def kinds(top: str, column: list[str]) -> list[str]:
        flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [top] + column, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
        pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
        at = next(k for k, p in enumerate(pieces) if top in p.lines)
        return [p.kind for p in pieces[at:at + 2]]

    tail = ["了村民的好去处。", "村民老张每周都来看书，"]
    assert kinds("梅岭村图书角真聚人气", tail) == [HEAD, BODY]
    # (a word across the seam, '…设在村委' / '会一楼。': a two-line paragraph going on; so is a line
    # opening on 在, a sentence's place)
    assert kinds("梅岭村的图书角设在村委", ["会一楼。", "村民老张每周都来看书，"])[0] == BODY
    assert kinds("在梅岭村的图书角里，", tail)[0] == BODY


def test_a_second_deck_does_not_go_to_a_headline_standing_on_its_column():
    # A has two decks, one naming its place, the other a profile naming nothing in a flow apart; poppler
    # gives C's headline right after it, on top of C's column in one flow ('安康村积分超市焕新颜' /
    # '了基层治理水平。'), and B's headline further on. No deck is set under a headline that stands on its
    # column (the deck would stand between them): the profile goes to B
    from layout_app.intake.headparts import _one_deck

    head_a, deck_a = Piece(HEAD, ["清水社区夜巡队守护平安"], 0, 0), Piece(HEAD, ["——清水社区组建夜巡队工作纪实"], 1, 0)
    profile = Piece(HEAD, ["——记网格员袁春燕"], 2, 1)
    head_c = Piece(HEAD, ["安康村积分超市焕新颜"], 3, 2)
    head_b = Piece(HEAD, ["梅岭村图书角开到家门口"], 9, 5)
    deck_a.places = Counter({"清水社区": 3.0})      # (names its place: A's own)
    out = {0: [head_a, deck_a, profile], 1: [head_b], 2: [head_c]}
    moved = {k: list(v) for k, v in out.items()}
    _one_deck(moved, [], {id(head_c)})
    assert [p.lines[0] for p in moved[1]] == ["梅岭村图书角开到家门口", "——记网格员袁春燕"]
    assert [p.lines[0] for p in moved[2]] == ["安康村积分超市焕新颜"]
    # (without the headline on its column, the nearest headline in poppler's order takes it)
    near = {k: list(v) for k, v in out.items()}
    _one_deck(near, [])
    assert [p.lines[0] for p in near[2]] == ["安康村积分超市焕新颜", "——记网格员袁春燕"]


def test_a_headlines_first_line_over_its_second_in_the_flow_of_its_storys_first_column_is_that_storys():
    # poppler gives B's headline in two lines, its deck, and its byline over B's first column, all one
    # flow: '从“图书角”' / '看梅岭村如何让村民读上书' / '——记管理员李芳' / '本报记者 王明' + column. B's columns
    # came in two chains (the other names 梅岭村 and 图书角 more often). The headline's first line says
    # the subject B's first column says: B's first column's story, with the rest of its heading
    kicker = Piece(HEAD, ["书香满村 读书成风"], 0, 0)            # (a couplet: over the headline line next)
    first, second = Piece(HEAD, ["从“图书角”"], 1, 1), Piece(HEAD, ["看梅岭村如何让村民读上书"], 2, 1)
    deck = Piece(HEAD, ["——记管理员李芳"], 3, 1)
    b1 = Piece(BODY, ["本报记者 王明", "梅岭村的“图书角”设在村委", "会一楼，村民随时可以借阅。"], 4, 1)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的“夜巡队”成了风景。"], 5, 2)
    b2 = Piece(BODY, ["梅岭村村民老张说，梅岭村的", "图书角好，梅岭村的孩子也爱", "来图书角，梅岭村真好。"], 6, 3)
    b3 = Piece(BODY, ["梅岭村的“图书角”还办起了读", "书会，梅岭村的村民都来了。"], 7, 5)
    head_a = Piece(HEAD, ["清水社区夜巡队守护平安"], 8, 4)
    pieces = [kicker, first, second, deck, b1, a, b2, b3, head_a]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[b1], [a], [b2, b3]], 13)
    assert [p.lines[0] for p in heads[0]] == ["书香满村 读书成风", "从“图书角”", "看梅岭村如何让村民读上书",
                                              "——记管理员李芳"]
    assert [p.lines[0] for p in heads[1]] == ["清水社区夜巡队守护平安"]
    assert 2 not in heads


def test_a_heading_line_over_another_storys_headline_in_a_flow_is_not_given_by_the_column_under_them():
    # the same flow, but the line between is A's headline (naming 清水社区, which B's first column never
    # names): two stories' heading lines in one flow — '从“图书角”' is not given by the column under them,
    # it goes by what it says (图书角, said most by B's other chain)
    first, head_a = Piece(HEAD, ["从“图书角”"], 0, 1), Piece(HEAD, ["清水社区夜巡队守护平安"], 1, 1)
    b1 = Piece(BODY, ["梅岭村的“图书角”设在村委", "会一楼，村民随时可以借阅。"], 2, 1)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的“夜巡队”成了风景。"], 3, 2)
    b2 = Piece(BODY, ["梅岭村村民老张说，梅岭村的", "图书角好，梅岭村的孩子也爱", "来图书角，梅岭村真好。"], 4, 3)
    b3 = Piece(BODY, ["梅岭村的“图书角”还办起了读", "书会，梅岭村的村民都来了。"], 5, 5)
    pieces = [first, head_a, b1, a, b2, b3]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[b1], [a], [b2, b3]], 13)
    assert [p.lines[0] for p in heads[2]] == ["从“图书角”"]
    assert [p.lines[0] for p in heads[1]] == ["清水社区夜巡队守护平安"]


def test_two_headlines_side_by_side_given_a_line_of_each_past_a_kicker_beside_the_first():
    # A's headline in two lines beside B's kicker and B's headline in two lines: poppler gives, in one
    # flow, A's first line and B's kicker (one line, set apart), B's first line, A's second (naming
    # nothing), B's second. The lines come in turn past the kicker: A's second line is A's
    heads = _given([("桃源社区：居民的充电桩有温度", 0), ("平安建设再提速：清水乡的新变化", 0),
                    ("从“家庭医生工作室”", 0), ("奋进路上再出发", 0), ("看清水乡如何让村民少跑路", 0)])
    assert heads == {0: ["桃源社区：居民的充电桩有温度", "奋进路上再出发"],
                     1: ["平安建设再提速：清水乡的新变化", "从“家庭医生工作室”", "看清水乡如何让村民少跑路"]}


def test_a_line_naming_nothing_last_in_a_flow_past_a_kicker_stays_under_the_line_over_it():
    # A's one-line headline beside B's kicker, then B's headline in two lines, the second naming nothing
    # and last in the flow: no turn goes on after it — it is the rest of B's headline over it
    heads = _given([("桃源社区：居民的充电桩有温度", 0), ("平安建设再提速：清水乡的新变化", 0),
                    ("清水乡家庭医生工作室开放", 0), ("奋进路上再出发", 0)])
    assert heads == {0: ["桃源社区：居民的充电桩有温度"],
                     1: ["平安建设再提速：清水乡的新变化", "清水乡家庭医生工作室开放", "奋进路上再出发"]}


def test_a_column_wide_line_naming_a_place_the_column_under_it_never_names_is_another_storys_headline():
    # '清水社区夜巡队守护邻里平安', a column's width, no mark, no end, on top of B's column in one flow ('在家
    # 门口就能借到。”' / '据了解，梅岭村还将在三' …): the column names 梅岭村, never 清水社区, and '安' / '在' is
    # no pair the page sets together — a headline set over another story's column, not its line
    from tests.intake.test_pdfflows import A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, KICKER_A, \
        page, text_lines
    from layout_app.intake.headover import names_apart
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces

    def kinds(top: str) -> list[str]:
        flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, B1, [top] + B3, A2, [CAPTION_A], B2, A3, [CREDIT])
        pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
        at = next(k for k, p in enumerate(pieces) if top in p.lines)
        return [p.kind for p in pieces[at:at + 2]]

    assert kinds("清水社区夜巡队守护邻里平安") == [HEAD, BODY]
    # (a line naming the column's own place is its line; so is one whose seam the page sets together)
    assert kinds("梅岭村的村民都说这里的书")[0] == BODY
    seams = _Seams(["清水社区夜巡队守护邻里平安"] + B3 + ["平安在心"])
    assert not names_apart(["清水社区夜巡队守护邻里平安"] + B3, seams)
    assert names_apart(["清水社区夜巡队守护邻里平安"] + B3, _Seams(["清水社区夜巡队守护邻里平安"] + B3))


def test_a_kicker_naming_the_place_of_the_headline_poppler_gives_next_is_over_that_headline():
    # '乡村振兴谱新篇 幸福生活节节高：梅岭村的新变化', then B's headline naming 梅岭村: a kicker is set just
    # above its headline — B's, though B's column never says 梅岭村 and A's text names it in passing
    # (each headline stands over its story's first column, in its flow)
    kicker = Piece(HEAD, ["乡村振兴谱新篇 幸福生活节节高：梅岭村的新变化"], 0, 0)
    head_b, b = Piece(HEAD, ["梅岭村图书角节节高"], 1, 1), Piece(BODY, ["这样的图书角，谁不喜欢？", "村民随时可以来借阅。"], 2, 1)
    head_a = Piece(HEAD, ["清水社区夜巡队守护平安"], 3, 2)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "梅岭村的村民也来学习。"], 4, 2)
    pieces = [kicker, head_b, b, head_a, a]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[a], [b]], 13)
    assert {k: [p.lines[0] for p in v] for k, v in heads.items()} == {
        0: ["清水社区夜巡队守护平安"], 1: ["乡村振兴谱新篇 幸福生活节节高：梅岭村的新变化", "梅岭村图书角节节高"]}
    # (a kicker over a headline naming another place is not moved by this: it goes by its names)
    kicker2 = Piece(HEAD, ["乡村振兴谱新篇 幸福生活节节高：清水社区的新变化"], 0, 0)
    pieces = [kicker2, Piece(HEAD, ["梅岭村图书角节节高"], 1, 1), Piece(BODY, list(b.lines), 2, 1),
              Piece(HEAD, ["清水社区夜巡队守护平安"], 3, 2), Piece(BODY, list(a.lines), 4, 2)]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[pieces[4]], [pieces[2]]], 13)
    assert heads[0][0].lines[0] == "乡村振兴谱新篇 幸福生活节节高：清水社区的新变化"


def test_a_column_under_no_heading_goes_on_from_a_byline_naming_no_place_under_a_headline_naming_its():
    # B's kicker and headline over B's byline and first column, which names no place ('这样的爱心驿站，谁
    # 不喜欢？…'); B's next column, under no heading, names 杏花村 — as B's heading lines do: B's columns
    # are the byline's chain, then that one
    kicker = Piece(HEAD, ["我为群众办实事：走进杏花村"], 0, 1)
    head_b = Piece(HEAD, ["杏花村：爱心驿站书香浓"], 0, 2)
    b1 = Piece(BODY, ["本报记者 曹桂兰", "这样的爱心驿站，谁不喜", "欢？通过平台，村民可以在线", "预约，办理时间缩短了 74%。"], 0, 2)
    b2 = Piece(BODY, ["3 月 18 日，记者走进杏", "花村，只见田间地头一派忙碌。", "据了解，杏花村还将推广。"], 0, 0)
    head_a = Piece(HEAD, ["清水社区夜巡队守护平安"], 0, 3)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的夜巡队成了风景。"], 0, 3)
    pieces = [b2, kicker, head_b, b1, head_a, a]      # (poppler gives B's next column first)
    for i, p in enumerate(pieces):
        p.pos = i
    _name_pieces(pieces)
    chains = [[b2], [b1], [a]]
    heads, _ = _heads(pieces, chains, 13)
    assert [[p.lines[0] for p in c] for c in chains] == [[b1.lines[0], b2.lines[0]], [a.lines[0]]]
    assert [p.lines[0] for p in heads[0]] == ["我为群众办实事：走进杏花村", "杏花村：爱心驿站书香浓"]


def test_the_scrap_of_a_dash_deck_wrapped_in_its_frame_stays_under_it_whatever_its_width():
    # '——龙泉镇推出志愿服务队工作' / '纪实' in one flow: the deck's last word wrapped in its frame, though the
    # deck is no wider than a column — it keeps the deck's place (under the headline, not over the deck)
    from layout_app.intake.flowheads import _scrap

    deck, scrap = Piece(HEAD, ["——龙泉镇推出志愿服务队工作"], 0, 1), Piece(HEAD, ["纪实"], 1, 1)
    assert _scrap([deck, scrap], 1, 13)
    # (under a headline line as wide as a column, a two-character line is no scrap of it)
    assert not _scrap([Piece(HEAD, ["龙泉镇推出志愿服务队工作"], 0, 1), scrap], 1, 13)
    heads = _given([("清水乡家庭医生工作室开张", 1), ("——清水乡推出家庭医生工作", 2), ("纪实", 2)])
    assert heads[1] == ["清水乡家庭医生工作室开张", "——清水乡推出家庭医生工作", "纪实"]


def test_a_line_of_two_columns_under_heading_lines_goes_apart_into_two_column_lines():
    # poppler put one line of two neighbouring columns on one baseline, last in the flow of a headline
    # over them ('…看桃源乡如何' / '让群众的获得感成色更足' / '在凤鸣街道卫生院，老人 10 个村（社区）推广智慧停'):
    # each column's line goes apart, a flow of its own, and is a column's line whatever its shape
    from tests.intake.test_pdfflows import text_lines
    from layout_app.intake.flowlines import _columns_apart
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces

    two = "梅岭村的图书角设在村委，村 3 个自然村推广图书角的"
    lines = ["", "从“图书角”看梅岭村如何", "让村民读上好书", two, "", "会一楼，书架上摆满了农业技", ""]
    halves: set[str] = set()
    out = _columns_apart(lines, 13, halves)
    assert out == ["", "从“图书角”看梅岭村如何", "让村民读上好书", "", "梅岭村的图书角设在村委，村", "",
                   "3 个自然村推广图书角的", "", "会一楼，书架上摆满了农业技", ""]
    assert halves == {"梅岭村的图书角设在村委，村", "3 个自然村推广图书角的"}
    kinds = {p.lines[0]: p.kind for p in _pieces(out, 13, _Seams(text_lines(out)), halves)}
    assert kinds["3 个自然村推广图书角的"] == BODY and kinds["让村民读上好书"] == HEAD
    # (a caption's spaces are those around its Latin; a lead's line is under running text, not headings)
    caption = ["", "东湖社区的青年在 APP 预约平台里接受健康检查。", ""]
    assert _columns_apart(caption, 13) == caption
    lead = ["", "近年来，青山县坚持以人民为中心，在城乡社区", two, ""]
    assert _columns_apart(lead, 13) == lead


def test_flows_in_order_takes_a_line_of_two_columns_apart():
    from tests.intake.test_pdfflows import A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, KICKER_A, \
        page, text_lines
    from layout_app.intake.pdfflows import flows_in_order

    two = "梅岭村的图书角设在村委，村 3 个自然村推广图书角的"
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, B1, ["从“图书角”看梅岭村如何", "让村民读上好书", two], B3,
                 A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert two not in out and {"梅岭村的图书角设在村委，村", "3 个自然村推广图书角的"} <= set(out)
    # (every character stays: only white space changed)
    assert "".join("".join(out).split()) and sorted("".join("".join(out).split())) == \
        sorted("".join("".join(text_lines(flows)).split()))


def test_a_deck_in_figures_right_before_another_storys_caption_goes_to_that_story():
    # poppler gives B's headline, then A's deck in figures (naming nothing, a flow apart), then the
    # caption under A's photo naming A's place: the deck is set over A's photo — A's, A having no deck
    from layout_app.intake.flowheads import CAPTION
    from layout_app.intake.headparts import _deck_over_photo

    head_a, head_b = Piece(HEAD, ["石桥村家庭医生工作室更便捷"], 0, 0), Piece(HEAD, ["清水村充电桩开放 44 天"], 1, 1)
    deck = Piece(HEAD, ["111 名游客参与 进一步提升了基层治理水平"], 2, 2)
    caption = Piece(CAPTION, ["石桥村的游客在家庭医生工作室里体验智能设备。"], 3, 3)
    pieces = [head_a, head_b, deck, caption]
    _name_pieces(pieces)
    out = {0: [head_a], 1: [head_b, deck]}
    assert _deck_over_photo(out, pieces, {0: [caption]}) == [deck]
    assert out == {0: [head_a, deck], 1: [head_b]}
    # (not when A has a deck already, nor when the caption names no place)
    dash = Piece(HEAD, ["——石桥村家庭医生工作室工作纪实"], 4, 0)
    out = {0: [head_a, dash], 1: [head_b, deck]}
    assert _deck_over_photo(out, pieces, {0: [caption]}) == []
    bare = Piece(CAPTION, ["游客在工作室里体验智能设备。"], 3, 3)
    out = {0: [head_a], 1: [head_b, deck]}
    assert _deck_over_photo(out, [head_a, head_b, deck, bare], {0: [bare]}) == []


def test_heads_give_a_deck_right_before_a_caption_to_the_captions_story():
    from layout_app.intake.flowheads import CAPTION

    head_a = Piece(HEAD, ["家庭医生工作室更便捷"], 0, 0)
    a = Piece(BODY, ["石桥村的家庭医生工作室设", "在卫生院，石桥村村民看病不", "用再跑远路。"], 1, 0)
    head_b = Piece(HEAD, ["清水村充电桩开放 44 天"], 2, 1)
    deck = Piece(HEAD, ["111 名游客参与 进一步提升了基层治理水平"], 3, 2)
    caption = Piece(CAPTION, ["石桥村的游客在家庭医生工作室里体验智能设备。"], 4, 3)
    b = Piece(BODY, ["清水村的充电桩设在村委", "会门口，清水村居民随时可以", "来充电。"], 5, 4)
    pieces = [head_a, a, head_b, deck, caption, b]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[a], [b]], 13)
    assert {k: [p.lines[0] for p in v] for k, v in heads.items()} == {
        0: ["家庭医生工作室更便捷", "111 名游客参与 进一步提升了基层治理水平"], 1: ["清水村充电桩开放 44 天"]}


def test_a_byline_chain_naming_no_place_goes_before_the_column_under_the_headline_saying_its_thing():
    # B's headline over B's next column (which names 东湖村 and no thing); B's byline and first column
    # apart, under no heading, naming no place but telling of the 充电桩 B's headline says: B's columns
    # are the byline's chain, then the one under the headline
    kicker = Piece(HEAD, ["“充电桩” 来了 共建共享新家园"], 0, 0)
    head_b = Piece(HEAD, ["东湖村充电桩添新彩"], 1, 1)
    b2 = Piece(BODY, ["今年以来，东湖村培训农", "民同比增长 34.5%，东湖村的", "商户正在认真学习。"], 2, 1)
    head_a = Piece(HEAD, ["清水社区夜巡队守护平安"], 3, 2)
    a = Piece(BODY, ["清水社区的居民每晚上街巡逻，", "清水社区的“夜巡队”成了风景。"], 4, 2)
    b1 = Piece(BODY, ["通讯员 吕卫东", "这样的“充电桩”，谁不喜欢？", "村民们纷纷点赞：“充电桩更", "便捷！”"], 5, 3)
    pieces = [kicker, head_b, b2, head_a, a, b1]
    _name_pieces(pieces)
    chains = [[b2], [a], [b1]]
    heads, _ = _heads(pieces, chains, 13)
    assert [[p.lines[0] for p in c] for c in chains] == [[a.lines[0]], [b1.lines[0], b2.lines[0]]]
    assert [p.lines[0] for p in heads[1]] == ["“充电桩” 来了 共建共享新家园", "东湖村充电桩添新彩"]
