"""pdfrests: a chain of pdftotext's column pieces under no heading line is the rest of the story whose
columns stand as deep. Pieces written by hand."""
from __future__ import annotations

from layout_app.intake.pdfpieces import CLOSED, CONT, OPEN, PARA, STORY, Piece
from layout_app.intake.pdfrests import rests_placed

BODY, HEAD = "body", "head"

# story A: columns four lines deep; story B: three lines deep (its last one short)
A1 = ["本报记者 王明", "入夏以来，清水社区每晚", "都有居民上街巡逻，社区的夜", "巡队成了小区里一道亮丽的风"]
A2 = ["景。", "夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二", "名，都是社区里的热心居民。"]
A3 = ["清水社区居民王阿姨说：", "“有了夜巡队，晚上出门散步", "也放心，孩子们晚上也能在楼", "下玩一会儿了。”"]
B1 = ["梅岭村的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物。"]
B2 = ["村民老张每周都来看书，", "他说：“现在村里有了图书角。”"]


def _page(rest_start=PARA, rest_lines=A3, a_last=A2, rest_pos=8):
    head_a, head_b = Piece(HEAD, ["清水社区：夜巡队守护邻里平安夜"], 0, 0), Piece(HEAD, ["“图书角”开到家门口"], 1, 1)
    a1 = Piece(BODY, A1, 2, 2, start=STORY, end=OPEN)
    a2 = Piece(BODY, a_last, 3, 3, start=CONT, end=CLOSED)
    b1 = Piece(BODY, B1, 5, 5, start=PARA, end=CLOSED)
    b2 = Piece(BODY, B2, 6, 6, start=PARA, end=CLOSED)
    a3 = Piece(BODY, rest_lines, rest_pos, rest_pos, start=rest_start, end=CLOSED)
    return [[b1, b2], [a3], [a1, a2]], {0: [head_b], 2: [head_a]}, a1, a2, a3, b2


def test_a_chain_under_no_heading_goes_after_the_story_as_deep():
    # A's third column opens a paragraph after A's second ends one: the joins left it apart, and no
    # heading line went with it. It goes after A's chain (four lines deep, its last as deep), not after
    # B's, whose short last column ends it
    chains, heads, guessed, joins = rests_placed(*_page()[:2], [])
    assert [[p.lines for p in c] for c in chains] == [[B1, B2], [A1, A2, A3]]
    assert {k: [h.lines[0] for h in v] for k, v in heads.items()} == {0: ["“图书角”开到家门口"], 1: ["清水社区：夜巡队守护邻里平安夜"]}
    assert [(a.lines[-1], b.lines[0]) for a, b in joins] == [(A2[-1], A3[0])]


def test_a_chain_opening_on_a_byline_is_no_storys_rest():
    # a column opening on its byline opens a story: its heading went elsewhere, it is no one's rest
    byline = ["本报记者 李华"] + A3[1:]
    chains, heads, _, joins = rests_placed(*_page(rest_start=STORY, rest_lines=byline)[:2], [])
    assert len(chains) == 3 and joins == []


def test_a_column_opening_mid_paragraph_does_not_follow_a_paragraphs_end_poppler_gives_apart():
    # the rest opens mid-paragraph (no indent, going on a sentence): it cannot go on after A's
    # paragraph's end unless poppler gives it right after that column
    chains, heads, _, joins = rests_placed(*_page(rest_start=CONT)[:2], [])
    assert len(chains) == 3 and joins == []


def test_a_column_opening_mid_paragraph_poppler_gives_right_after_a_paragraphs_end_goes_on_there():
    # (a paragraph's end read from its last line may be a quote kept whole on its line: the column
    # poppler gives right after it goes on there)
    chains, heads, _, joins = rests_placed(*_page(rest_start=CONT, rest_pos=4)[:2], [])
    assert [[p.lines for p in c] for c in chains] == [[B1, B2], [A1, A2, A3]]


def test_a_story_given_two_headlines_does_not_take_the_rest_one_of_them_tells_of():
    # A's chain holds two headlines, each in a flow of its own; the second says 图书角, which the rest's
    # text says and A's never does: the rest is that headline's story, not A's rest — it is left apart
    chains, heads, *_ = _page()
    rest = ["清水社区的图书角设在社", "区服务站一楼，书架上摆满了", "农业技术和儿童读物，方便", "居民借阅。"]
    chains[1][0].lines = rest
    heads[2].append(Piece(HEAD, ["清水社区“图书角”开到家门口"], 1.5, 9))
    chains, heads, _, joins = rests_placed(chains, heads, [])
    assert len(chains) == 3 and joins == []


def _a_and_bylined_b():
    """A's two columns, and B's, its first opening on its byline under no heading line."""
    return [[Piece(BODY, A1, 2, 2, start=STORY, end=OPEN), Piece(BODY, A2, 3, 3, start=CONT, end=CLOSED)],
            [Piece(BODY, ["本报通讯员 李华"] + B1, 4, 4, start=STORY, end=CLOSED),
             Piece(BODY, B2, 5, 5, start=PARA, end=CLOSED)]]


def test_a_byline_column_under_no_heading_takes_its_headline_back_from_a_story_given_two():
    # A was given two headlines, each in a flow of its own; B's first column opens on its byline under
    # no heading line. The headline whose words B's text says (图书角) and A's never does is B's
    head_a = Piece(HEAD, ["清水社区：夜巡队守护邻里平安夜"], 0, 0)
    head_b = Piece(HEAD, ["梅岭村“图书角”开到家门口"], 1, 1)
    chains, heads, _, joins = rests_placed(_a_and_bylined_b(), {0: [head_a, head_b]}, [])
    assert [[p.lines for p in c] for c in chains] == [[A1, A2], [["本报通讯员 李华"] + B1, B2]]
    assert {k: [h.lines[0] for h in v] for k, v in heads.items()} == {0: [head_a.lines[0]], 1: [head_b.lines[0]]}
    assert joins == []


def test_a_chain_deeper_than_a_storys_columns_is_not_its_rest():
    # a story's columns stand one depth deep, its last one short: a column five lines deep under no
    # heading is not the rest of A, whose columns stand four deep
    deeper = A3 + ["据了解，清水社区还将招募更多"]
    chains, heads, _, joins = rests_placed(*_page(rest_lines=deeper)[:2], [])
    assert len(chains) == 3 and joins == []


def _two_headlines(other_pos: int, other: str = "书香飘进农家小院"):
    # A's headline stands on A's first column in its flow (its words neither text says, as the other's);
    # another headline, in a flow of its own, went to A as well; B's first column opens on its byline
    # under no heading line
    head_a = Piece(HEAD, ["守护邻里的平安使者"], 1, 2)
    head_x = Piece(HEAD, [other], other_pos, other_pos)
    return rests_placed(_a_and_bylined_b(), {0: [head_a, head_x]}, [])


def test_a_byline_column_takes_back_by_poppler_order_the_headline_no_words_decide():
    # no words of '书香飘进农家小院' are said by either text: the headline not standing over A's first
    # column, given before B's byline (a headline is set above its text, so poppler gives it first), is B's
    chains, heads, _, joins = _two_headlines(0)
    assert [[p.lines for p in c] for c in chains] == [[A1, A2], [["本报通讯员 李华"] + B1, B2]]
    assert {k: [h.lines[0] for h in v] for k, v in heads.items()} == {0: ["守护邻里的平安使者"],
                                                                      1: ["书香飘进农家小院"]}
    assert joins == []


def test_a_byline_column_does_not_take_a_headline_given_after_it_or_one_its_story_tells_of():
    # given after B's byline, the second headline is not B's by poppler's order; nor one whose words A's
    # text says (夜巡队, 清水社区) and B's does not — A keeps both (B stays under none: shown as a guess
    # by the importer, never dropped)
    for pos, line in ((6, "书香飘进农家小院"), (0, "清水社区夜巡队再添新队员")):
        chains, heads, _, _ = _two_headlines(pos, line)
        assert {k: [h.lines[0] for h in v] for k, v in heads.items()} == {0: ["守护邻里的平安使者", line]}


def test_a_byline_column_takes_back_a_headline_set_as_a_couplet_but_leaves_the_other_its_headline():
    # A was given a couplet-shaped line ('书香满院 温暖人心', a headline set as two phrases — or a kicker)
    # and a headline line, each in a flow of its own, neither over A's first column: B's byline column
    # under no heading takes the couplet, though the headline is poppler's nearer — A keeps a headline
    couplet = Piece(HEAD, ["书香满院 温暖人心"], 0, 0)
    head_a = Piece(HEAD, ["守护邻里的平安使者"], 1, 1)
    chains, heads, _, joins = rests_placed(_a_and_bylined_b(), {0: [couplet, head_a]}, [])
    assert {k: [h.lines[0] for h in v] for k, v in heads.items()} == {0: ["守护邻里的平安使者"], 1: ["书香满院 温暖人心"]}
    assert joins == []


# two columns under no heading line, three lines deep each — shallower than every column of A (four)
R1 = ["夜巡队还在小区里设了", "便民服务点，为居民修理小家", "电、磨剪刀。"]
R2 = ["社区书记赵红说，下一步", "将继续办好夜巡队，让居民", "住得更安心。"]


def _shallow_rest(rest: list[list[str]]):
    chains, heads, *_ = _page()
    chains[1] = [Piece(BODY, lines, 8 + i, 8 + i, start=PARA, end=CLOSED) for i, lines in enumerate(rest)]
    return rests_placed(chains, heads, [])


def test_a_rest_of_two_columns_each_shallower_than_every_column_of_the_story_is_not_its_rest():
    # a story's columns stand one depth deep, only its last one short: two columns of three lines
    # after A's of four are a stack of their own — another story's text, not A's rest
    chains, heads, _, joins = _shallow_rest([R1, R2])
    assert [[p.lines for p in c] for c in chains] == [[B1, B2], [R1, R2], [A1, A2]]
    assert joins == []


def test_a_rest_of_one_column_a_line_shallower_is_the_storys_short_last():
    # one column a line short after A's: A's last, short column — it goes after A
    chains, heads, _, joins = _shallow_rest([R1])
    assert [[p.lines for p in c] for c in chains] == [[B1, B2], [A1, A2, R1]]
    assert [(a.lines[-1], b.lines[0]) for a, b in joins] == [(A2[-1], R1[0])]


def test_a_rest_of_two_shallower_columns_after_a_story_of_one_column_goes_on_there():
    # a story of one column says little of its stack (its first column may stand under a deck, shorter
    # or deeper than the next): the two columns three lines deep after A's one of four are its rest
    chains, heads, *_ = _page()
    a1 = Piece(BODY, A1[:3] + ["巡队成了小区里一道风景。"], 2, 2, start=STORY, end=CLOSED)
    chains[2] = [a1]
    chains[1] = [Piece(BODY, lines, 8 + i, 8 + i, start=PARA, end=CLOSED) for i, lines in enumerate([R1, R2])]
    chains, heads, _, joins = rests_placed(chains, heads, [])
    assert [[p.lines for p in c] for c in chains] == [[B1, B2], [a1.lines, R1, R2]]


def test_a_rest_that_goes_on_a_sentence_goes_after_the_story_that_runs_off_whatever_its_depth():
    # A's chain ends mid-sentence ('…不少'): a story never ends so. The rest under no heading opens
    # going on a sentence ('人当场就签了…'), two columns three lines deep — by depth B's (three lines deep,
    # its last as deep, ending a paragraph) — but it is A's: its sentence runs on there
    chains, heads, *_ = _page()
    a2 = Piece(BODY, ["景。现场，居民们拿着简历", "在各个展位前咨询，现场气氛", "十分热烈，大家都说好，不少"], 3, 3, start=CONT, end=OPEN)
    chains[2] = [chains[2][0], a2]
    chains[0] = [chains[0][0], Piece(BODY, ["村民老张每周都来看书，他", "说：“现在村里有了图书角，", "我们都爱来。”"], 6, 6, start=PARA, end=CLOSED)]
    rest = [["人当场就签了意向协议。", "清水社区居民王阿姨说：“有", "了夜巡队，晚上也放心。”"], R1]
    chains[1] = [Piece(BODY, lines, 8 + i, 8 + i, start=CONT if i == 0 else PARA, end=CLOSED) for i, lines in enumerate(rest)]
    chains, heads, _, joins = rests_placed(chains, heads, [])
    assert [[p.lines[0] for p in c] for c in chains] == [[B1[0], "村民老张每周都来看书，他"], [A1[0], a2.lines[0], rest[0][0], R1[0]]]
    assert [(a.lines[-1], b.lines[0]) for a, b in joins] == [(a2.lines[-1], rest[0][0])]
