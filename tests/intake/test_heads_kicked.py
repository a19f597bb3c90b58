"""Heading lines of pdftotext's default flows that went to the wrong story or joined another's
(pdfflows / flowheads / unpdf): texts written by hand, each story's lines written by hand."""
from __future__ import annotations

from tests.intake.test_heads_beside import _given


def test_a_couplet_over_another_storys_kicker_goes_past_it_to_the_headline_under_it():
    # two stories' kickers set side by side, one a little higher: poppler gives them one over the other
    # in one flow, the couplet first, then the headline under the couplet ('“充电桩”添新彩'). A kicker
    # stands over a headline, never over a kicker: the couplet is over the headline poppler gives after
    # the label, and the label (naming 清水乡) over its own headline further on
    heads = _given([("文明新风 润泽乡里", 0), ("记者蹲点：清水乡的 “家庭医生工作室” 一天", 0),
                    ("“充电桩”添新彩", 1), ("清水乡家庭医生工作室暖民心", 2)])
    assert heads == {0: ["文明新风 润泽乡里", "“充电桩”添新彩"],
                     1: ["记者蹲点：清水乡的 “家庭医生工作室” 一天", "清水乡家庭医生工作室暖民心"]}


def test_a_banner_set_apart_does_not_run_on_into_the_headline_under_it():
    # pdfflows gives the page banner first, set apart, and the first story's headline after it; the
    # banner's line is as wide as an indented one and the headline line under it full (its figure's
    # width a guess): a paragraph's shape. A banner — its county and colon — is one line across the page
    from layout_app.intake.unpdf import join_column_lines

    lines = ["云阳县：基层治理有新招", "", "", "金沙乡电商直播间开放 12 天", "孩子们点赞“聚人气”", "本报记者 袁洋",
             "11 月 15 日，记者走进金", "沙乡，只见街巷干净整洁。"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out[0] == "云阳县：基层治理有新招"
    assert "金沙乡电商直播间开放 12 天" in out[1]


def _story_lines(pieces, chains):
    from layout_app.intake.flowheads import _heads
    from layout_app.intake.flownames import _name_pieces

    _name_pieces(pieces)
    heads, _ = _heads(pieces, chains, 13)
    return {k: [p.lines[0] for p in v] for k, v in heads.items()}


def test_a_couplet_alone_right_before_a_storys_byline_column_is_its_kicker_and_goes_first():
    # B's headline, wider than a column, poppler gave on top of B's second column, in its flow; A's
    # headline comes next, then B's kicker in a flow of its own, then B's first column, opening with its
    # byline: what is set under the kicker. The kicker is B's, and set over B's headline (引题 → 主题)
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfpieces import Piece

    pieces = [Piece(HEAD, ["清水乡设立“家庭医生工作室”"], 0, 0),
              Piece(BODY, ["乡，只见清水乡的家庭医生", "工作室设在卫生院，村民看", "病不用再跑远路。"], 1, 0),
              Piece(HEAD, ["“充电桩”添新彩"], 2, 1),
              Piece(BODY, ["桃源社区的充电桩设在村委", "会门口，桃源社区居民随时可以", "来充电。"], 3, 1),
              Piece(HEAD, ["守护平安 温暖同行"], 4, 2),
              Piece(BODY, ["本报记者 王明", "5 月 3 日，记者走进清水", "乡，清水乡的医生正在值班。"], 5, 3),
              Piece(HEAD, ["记者蹲点：梅岭村的 “图书角” 一天"], 6, 4), Piece(HEAD, ["梅岭村图书角开到家门口"], 7, 4),
              Piece(BODY, ["梅岭村的图书角设在村委会", "一楼，梅岭村村民每周都来", "看书。"], 8, 4)]
    chains = [[pieces[3]], [pieces[5], pieces[1]], [pieces[8]]]
    assert _story_lines(pieces, chains) == {0: ["“充电桩”添新彩"],
                                            1: ["守护平安 温暖同行", "清水乡设立“家庭医生工作室”"],
                                            2: ["记者蹲点：梅岭村的 “图书角” 一天", "梅岭村图书角开到家门口"]}


def test_a_headline_a_cut_left_on_top_of_a_column_is_heading_lines():
    # a flow cut at a weak seam: its upper part two lines with no mark of running text and no sentence
    # end, first in its flow — a headline set in two lines over the column, not the column's foot
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.headover import cut_off_head
    from layout_app.intake.pdfpieces import Piece

    def cut(top: list[str]) -> list[str]:
        pieces = [Piece(BODY, top, 0, 0), Piece(BODY, ["泉镇，只见广场上欢声笑语。", "据了解，龙泉镇还将在 9 个"], 1, 0)]
        cut_off_head(pieces, pieces[0])
        return [p.kind for p in pieces]

    assert cut(["龙泉镇设立“家庭医生工作室”", "进一步提升了基层治理水平"]) == [HEAD, HEAD, BODY]
    # (a column's foot says its marks; a single line is no evidence)
    assert cut(["龙泉镇卫生院设立了家庭医生", "工作室，进一步提升了基层治"]) == [BODY, BODY]
    assert cut(["进一步提升了基层治理水平"]) == [BODY, BODY]
    # (nor a byline in two lines over its story's first column: '本报记者 杜卫东' / '通讯员 冯丽')
    assert cut(["本报记者 杜卫东", "通讯员 冯丽"]) == [BODY, BODY]


def test_a_headline_in_two_lines_over_a_byline_column_naming_no_place_stays_whole_with_it():
    # '清水乡：居民的积分超市见实效' / '共建共享新家园' over '本报记者 刘明' and the column under it, one
    # flow; the column says no place itself, and the strings it shares with another story's columns
    # ('…可以在线预约…的服务，办理时间缩短了', every story's stock phrase) vote for 福田村. A byline is set
    # under its story's headline: both headline lines are that column's story's, not one each
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfpieces import Piece

    stock = ["通过 5G 平台，居民可以在线预", "约共享菜园的服务，办理时间缩", "短了 36%。"]
    pieces = [Piece(HEAD, ["清水乡：居民的积分超市见实效"], 0, 0), Piece(HEAD, ["共建共享新家园"], 1, 0),
              Piece(BODY, ["本报记者 刘明", "这样的积分超市，谁不喜", "欢？通过 ETC 平台，居民可以", "在线预约积分超市的服务，办理",
                           "时间缩短了 59.5%。"], 2, 0),
              Piece(BODY, ["截至目前，清水乡已排查整", "改隐患 3 处，清水乡居民都说好。"], 3, 1),
              Piece(HEAD, ["福田村共享菜园护安宁"], 4, 2),
              Piece(BODY, ["福田村的共享菜园设在村口，"] + stock, 5, 2),
              Piece(BODY, ["福田村村民每天都来浇水。"] + stock, 6, 3)]
    chains = [[pieces[2]], [pieces[3]], [pieces[5], pieces[6]]]
    got = _story_lines(pieces, chains)
    assert ["清水乡：居民的积分超市见实效", "共建共享新家园"] in got.values()
    assert got[2] == ["福田村共享菜园护安宁"]


def test_a_headline_line_of_a_place_and_its_verb_goes_on_into_the_quoted_object_under_it():
    # a headline set in three lines in a narrow frame: '白沙街道设立' / '“口袋公园”有效解决了' / '群众的急难
    # 愁盼问题'. A verb that takes an object ends no kicker and no headline: its object, the subject in
    # quotes, is on the next line — one headline, not a kicker over it
    from layout_app.intake.headings import wrapped_headlines

    assert wrapped_headlines(["白沙街道设立", "“口袋公园”有效解决了群众的急难愁盼问题"]) == \
        ["白沙街道设立“口袋公园”有效解决了群众的急难愁盼问题"]
    # (a kicker ending on a noun or a place, over a headline opening with its subject in quotes, stays)
    assert wrapped_headlines(["聚焦民生实事", "“积分超市”添新彩"]) == ["聚焦民生实事", "“积分超市”添新彩"]
    assert wrapped_headlines(["记者蹲点：走进白沙街道", "“口袋公园”添新彩"]) == ["记者蹲点：走进白沙街道", "“口袋公园”添新彩"]


def test_a_couplet_goes_past_a_kicker_announcing_another_subject_to_the_headline():
    # '守护平安 温暖同行' then '“图书角” 来了 绿色发展正当时' (the kicker of the story about 图书角), then A's
    # headline, then the 图书角 story's: a kicker is not set over a kicker — the couplet is over A's
    heads = _given([("守护平安 温暖同行", 0), ("“家庭医生工作室” 来了 绿色发展正当时", 1),
                    ("桃源社区充电桩有温度", 2), ("清水乡家庭医生工作室暖民心", 3),
                    ("——清水乡“家庭医生工作室”进一步提升了基层治理水平", 3)])
    assert heads == {0: ["守护平安 温暖同行", "桃源社区充电桩有温度"],
                     1: ["“家庭医生工作室” 来了 绿色发展正当时", "清水乡家庭医生工作室暖民心",
                         "——清水乡“家庭医生工作室”进一步提升了基层治理水平"]}
    # (poppler's order alone: the headline the couplet stands over is A's, past the announcing kicker)
    from layout_app.intake.flowheads import HEAD
    from layout_app.intake.headturns import _kicks
    from layout_app.intake.pdfpieces import Piece

    lines = ["守护平安 温暖同行", "“家庭医生工作室” 来了 绿色发展正当时", "桃源社区充电桩有温度", "清水乡家庭医生工作室暖民心"]
    assert _kicks([Piece(HEAD, [line], i, i) for i, line in enumerate(lines)], 0) == 2


def test_a_deck_counting_its_storys_people_stays_though_another_storys_caption_follows_it():
    # A's deck in figures ('280 名游客参与 …', a flow apart) given right before the caption of B's photo,
    # naming B's place: by poppler's order it is over B's photo — but A's text tells of 游客 and B's never
    # does; a deck counts its own story's people: it stays with A
    from layout_app.intake.flowheads import BODY, CAPTION, HEAD
    from layout_app.intake.flownames import _name_pieces
    from layout_app.intake.headparts import _deck_over_photo
    from layout_app.intake.pdfpieces import Piece

    head_a, head_b = Piece(HEAD, ["河湾乡：充电桩有温度"], 0, 0), Piece(HEAD, ["龙泉村：便民服务站乐融融"], 1, 1)
    deck = Piece(HEAD, ["280 名游客参与 让群众的获得感成色更足"], 2, 2)
    caption = Piece(CAPTION, ["龙泉村便民服务站，居民正在分拣可回收物。"], 3, 3)
    text_a = Piece(BODY, ["河湾乡的游客们纷纷点赞，", "游客可以在线预约充电桩。"], 4, 4)
    text_b = Piece(BODY, ["龙泉村的居民在便民服务站", "办事，龙泉村居民都说好。"], 5, 5)
    pieces = [head_a, head_b, deck, caption, text_a, text_b]
    _name_pieces(pieces)
    out = {0: [head_a, deck], 1: [head_b]}
    assert _deck_over_photo(out, pieces, {1: [caption]}, [], [[text_a], [text_b]]) == []
    assert out == {0: [head_a, deck], 1: [head_b]}
    # (B's text telling of them too: over B's photo, B's)
    text_b.lines = ["龙泉村的游客在便民服务站", "办事，龙泉村居民都说好。"]
    assert _deck_over_photo(out, pieces, {1: [caption]}, [], [[text_a], [text_b]]) == [deck]


def test_two_headlines_given_one_chain_take_the_run_of_columns_naming_the_others_things_apart():
    # poppler's flows joined two stories' columns in one chain: the 青石乡 story's about “充电桩”, then,
    # after a paragraph's end, the 河湾社区 story's about 夜巡队. Both headlines (and the kicker poppler
    # gives right before the second) went to that chain; a story has one headline — the run of columns
    # naming only 夜巡队's things is a story of its own, under its headline and kicker
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfpieces import CLOSED, OPEN, Piece

    kicker, head_b = Piece(HEAD, ["文明新风 润泽乡里：走进河湾社区"], 0, 0), Piece(HEAD, ["“夜巡队”节节高"], 1, 1)
    head_a = Piece(HEAD, ["青石乡：充电桩添新彩"], 2, 2)
    a1 = Piece(BODY, ["本报记者 胡晓梅", "近日，青石乡推出“充电桩”，", "青石乡的充电桩方便了村民。"], 3, 3, end=CLOSED)
    b1 = Piece(BODY, ["负责人蔡静介绍，河湾社区的", "夜巡队每晚巡查街巷，"], 4, 4, end=OPEN)
    b2 = Piece(BODY, ["夜巡队守护了河湾社区的平安。"], 5, 5, end=CLOSED)
    a2 = Piece(BODY, ["青石乡还将推广充电桩的做法。"], 6, 6, end=CLOSED)
    pieces = [kicker, head_b, head_a, a1, b1, b2, a2]
    chains = [[a1, b1, b2, a2]]
    got = _story_lines(pieces, chains)
    assert chains == [[a1, a2], [b1, b2]]
    assert got == {0: ["青石乡：充电桩添新彩"], 1: ["文明新风 润泽乡里：走进河湾社区", "“夜巡队”节节高"]}
    # (not where the columns run on into the run mid-sentence: one story's seam; nor where the rest
    # names a third place: a third story's columns are in it, no cut tells)
    for end, third in ((OPEN, "青石乡还将推广充电桩的做法。"), (CLOSED, "望江村也将推广充电桩的做法。")):
        a1 = Piece(BODY, ["本报记者 胡晓梅", "近日，青石乡推出“充电桩”，", "青石乡的充电桩方便了村民。"], 3, 3, end=end)
        a2 = Piece(BODY, [third, "望江村村民都说好。" if "望江村" in third else "村民都说好。"], 6, 6, end=CLOSED)
        pieces = [kicker, head_b, head_a, a1, b1, b2, a2]
        chains = [[a1, b1, b2, a2]]
        _story_lines(pieces, chains)
        assert chains == [[a1, b1, b2, a2]]


def test_a_headline_over_a_byline_alone_goes_by_the_names_it_says():
    # the byline cut from its column ('本报记者 刘明' alone, the column under it a chain of its own):
    # no text under the byline says the headline is its — the headline goes to the column naming 清水乡
    # (which the byline's chain then joins)
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfpieces import Piece

    pieces = [Piece(HEAD, ["清水乡：居民的积分超市见实效"], 0, 0),
              Piece(BODY, ["本报记者 刘明"], 1, 0),
              Piece(BODY, ["截至目前，清水乡已排查整", "改隐患 3 处，清水乡居民都说好。"], 2, 1),
              Piece(HEAD, ["福田村共享菜园护安宁"], 3, 2),
              Piece(BODY, ["福田村的共享菜园设在村口，", "福田村村民每天都来浇水。"], 4, 2)]
    chains = [[pieces[1]], [pieces[2]], [pieces[4]]]
    got = _story_lines(pieces, chains)
    k = next(k for k, v in got.items() if v == ["清水乡：居民的积分超市见实效"])
    assert any(q is pieces[2] for q in chains[k])      # (and the byline joined on to that column after)
