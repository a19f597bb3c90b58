"""pdfrests: a byline column under no heading line goes before the headed chain that is the rest of its
story (its headline went with the story's next column) — only where the two name the same places, or
the byline's column names none and poppler gives the headed chain right after it. Pieces by hand."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.pdfpieces import CLOSED, OPEN, PARA, STORY, Piece
from layout_app.intake.pdfrests import rests_placed

BODY, HEAD = "body", "head"

A1 = ["本报记者 王明", "入夏以来，清水社区每晚", "都有居民上街巡逻，社区的夜", "巡队成了小区里一道亮丽的风"]
A2 = ["景。", "夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二", "名，都是社区里的热心居民。"]
# B's first column, on its byline; B's next, opening a paragraph, took B's headline
B1 = ["本报通讯员 李华", "梅岭村的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物。"]
B2 = ["截至目前，梅岭村图书角已", "接待村民两千余人次，村民老", "张每周都来看书。"]
C1 = ["本报记者 赵刚", "柳河镇的公交线路正式开", "通，沿线设置了二十处候车亭。"]


def _page(b1_places: Counter, b2_pos: int = 5, b2_first: list[str] = B2):
    head_a = Piece(HEAD, ["清水社区：夜巡队守护邻里平安夜"], 0, 0)
    head_b = Piece(HEAD, ["梅岭村“图书角”开到家门口"], 1, 1)
    a1 = Piece(BODY, A1, 2, 2, start=STORY, end=OPEN, places=Counter({"清水社区": 3}))
    a2 = Piece(BODY, A2, 3, 3, start=PARA, end=CLOSED, places=Counter({"清水社区": 3}))
    b1 = Piece(BODY, B1, 4, 4, start=STORY, end=CLOSED, places=b1_places)
    b2 = Piece(BODY, b2_first, b2_pos, b2_pos, start=STORY if b2_first[0].startswith("本报") else PARA,
               end=CLOSED, places=Counter({"梅岭村": 3}))
    return [[a1, a2], [b1], [b2]], {0: [head_a], 2: [head_b]}


def _lines(chains):
    return [[p.lines for p in c] for c in chains]


def test_a_byline_column_naming_the_places_of_a_headed_chain_goes_before_it():
    chains, heads, _, joins = rests_placed(*_page(Counter({"梅岭村": 3}), b2_pos=7), [])
    assert _lines(chains) == [[A1, A2], [B1, B2]]
    assert {k: [h.lines[0] for h in v] for k, v in heads.items()} == {0: ["清水社区：夜巡队守护邻里平安夜"],
                                                                      1: ["梅岭村“图书角”开到家门口"]}
    assert [(a.lines[0], b.lines[0]) for a, b in joins] == [(B1[0], B2[0])]


def test_a_byline_column_naming_other_places_stays_apart():
    # its column names 柳河镇, the headed chain 梅岭村: another story's byline column, its heading lost
    chains, heads, _, joins = rests_placed(*_page(Counter({"柳河镇": 3})), [])
    assert len(chains) == 3 and joins == []


def test_a_byline_column_naming_nothing_goes_only_before_the_chain_poppler_gives_right_after_it():
    chains, _, _, joins = rests_placed(*_page(Counter()), [])
    assert _lines(chains) == [[A1, A2], [B1, B2]] and len(joins) == 1
    chains, _, _, joins = rests_placed(*_page(Counter(), b2_pos=7), [])
    assert len(chains) == 3 and joins == []


def test_a_headed_chain_opening_on_its_own_byline_takes_no_byline_column():
    chains, _, _, joins = rests_placed(*_page(Counter({"梅岭村": 3}), b2_first=C1), [])
    assert len(chains) == 3 and joins == []


def test_a_headed_chain_given_before_the_byline_column_takes_it_not():
    # (a headline is set above its story's text: the column under it comes after the byline's in poppler's order)
    chains, _, _, joins = rests_placed(*_page(Counter({"梅岭村": 3}), b2_pos=1.5), [])
    assert len(chains) == 3 and joins == []
