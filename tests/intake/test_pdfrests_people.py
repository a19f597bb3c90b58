"""pdfrests: a story's last paragraph left apart, a line or two deep (its depth says nothing), goes to
the story whose text alone names the person it lets speak. Pieces written by hand."""
from __future__ import annotations

from layout_app.intake.pdfpieces import CLOSED, PARA, STORY, Piece
from layout_app.intake.pdfrests import rests_placed

BODY, HEAD = "body", "head"

# story A (the canteen, 王阿姨 speaks in it), story B (the library corner), and A's last paragraph apart
A1 = ["本报记者 王明", "清水社区的老年食堂开张", "以来，家住三号楼的王阿姨每", "天都来这里吃午饭。"]
A2 = ["食堂每天供应两荤两素一", "汤，八十岁以上老人还能再减", "三元。"]
B1 = ["本报通讯员 李华", "梅岭村的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物。"]
B2 = ["村民张大爷每周都来看书，", "他说：“现在村里有了图书角。”"]
REST = ["王阿姨说：“饭菜软烂，", "很合我们老年人的胃口。”"]


def _page(rest=REST):
    head_a = Piece(HEAD, ["清水社区：老年食堂暖了老人心"], 0, 0)
    head_b = Piece(HEAD, ["“图书角”开到家门口"], 1, 1)
    a1 = Piece(BODY, A1, 2, 2, start=STORY, end=CLOSED)
    a2 = Piece(BODY, A2, 3, 3, start=PARA, end=CLOSED)
    b1 = Piece(BODY, B1, 5, 5, start=STORY, end=CLOSED)
    b2 = Piece(BODY, B2, 6, 6, start=PARA, end=CLOSED)
    r = Piece(BODY, rest, 7, 7, start=PARA, end=CLOSED)
    return [[a1, a2], [b1, b2], [r]], {0: [head_a], 1: [head_b]}


def test_a_short_rest_goes_to_the_story_naming_who_speaks_in_it():
    # poppler gives the rest after B's columns; two lines deep, its depth says nothing of its stack. The
    # 王阿姨 it lets speak is named in A's text alone: A's last paragraph
    chains, heads, _, joins = rests_placed(*_page(), [])
    assert [[p.lines for p in c] for c in chains] == [[A1, A2, REST], [B1, B2]]
    assert [(a.lines[-1], b.lines[0]) for a, b in joins] == [("三元。", "王阿姨说：“饭菜软烂，")]


def test_a_rest_naming_someone_two_stories_name_stays_apart():
    # 张大爷 is named in B's text and, here, in A's too: the person tells nothing, poppler's order places it
    rest = ["张大爷说：“饭菜软烂，", "很合我们老年人的胃口。”"]
    chains, heads, *_ = _page(rest)
    chains[0][1].lines = A2[:2] + ["三元。张大爷也常来。"]
    chains, heads, _, joins = rests_placed(chains, heads, [])
    assert len(chains) == 3 and joins == []


def test_a_rest_naming_no_one_stays_apart():
    rest = ["饭菜软烂，很合老年人的", "胃口。"]
    chains, heads, _, joins = rests_placed(*_page(rest), [])
    assert len(chains) == 3 and joins == []


def test_a_story_s_first_column_on_its_byline_is_no_rest():
    # a column opening on its byline opens a story (its heading went elsewhere): no one's rest, though
    # it names 王阿姨
    chains, heads = _page(["本报记者 赵刚"] + REST)
    chains[2][0].start = STORY
    chains, heads, _, joins = rests_placed(chains, heads, [])
    assert all(len(c) == 2 or c[0].lines[0] == "本报记者 赵刚" for c in chains) and joins == []
