"""pdftotext's default text of our PDFs, where a column's last line or its top stands apart from it
(intake/pdfflows, flowshapes, pdfchains): a column's last line alone in its flow is no caption when it
opens on the rest of a word a column's foot breaks; a column's line alone in its flow with a sentence
ending inside it is no kicker; a quote closed at a column's foot goes on in the column poppler gives
next when that opens on who spoke; a column left over is not put in between two columns whose seam is
a word. Lines written out by hand, 13 characters a line (a paragraph's first line indented two: 11)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, CAPTION
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.flowshapes import _lone_kicker
from layout_app.intake.pdfchains import _FIT, _fit, _loose_columns_in, _quote_then_speaker
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.flowfeet import _foot_rest
from layout_app.intake.pdfflows import _pieces
from layout_app.intake.pdfpieces import Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows_seams import measured

# a column that runs off mid-word ('…烘干设'), its last line given alone in a flow of its own after a
# photo's caption; the caption opens a sentence of its own
FOOT = ["  据了解，过去靠肩挑背扛，", "如今用上了无人机植保和烘干设"]
REST = "备，省工又省钱。"
CAPTION_LINE = "村民在田间收割水稻。"


def _page(*flows: list[str]) -> list[str]:
    out: list[str] = []
    for f in flows:
        out += f + [""]
    return out


def test_a_columns_last_line_alone_in_its_flow_opening_on_the_rest_of_a_broken_word_is_no_caption():
    # '设' / '备' is 设备, a word of the dictionary's the page says nowhere else: the column's foot goes
    # on there — the line is the column's, not a caption under a narrow photo
    lines = _page(FOOT, [CAPTION_LINE], [REST])
    text = [l for l in lines if l.strip()]
    said = _Said(lines, _Seams(text).weight)
    assert _foot_rest(REST, [FOOT[-1]], said)
    pieces = _pieces(lines, 13, _Seams(text), said=said)
    kinds = {p.lines[0]: p.kind for p in pieces}
    assert kinds[REST] == BODY
    assert kinds[CAPTION_LINE] == CAPTION      # (a caption opening a sentence of its own stays one)


def test_a_caption_opening_on_a_word_of_its_own_or_on_tu_wei_stays_a_caption():
    # '…为农' / '村民参观…': the dictionary reads 农村 across, but 村民 is the line's own first word; '图为'
    # opens a caption wherever it stands
    said = _Said(["为农民服务。"] * 3, 1.0)
    assert not _foot_rest("村民参观书画展。", ["社组织了服务队，为农"], said)
    assert not _foot_rest("图为村民植树。", ["今年利用城市边角地试"], said)
    assert _foot_rest("民在家门口就能做检查。", ["新添了 CT 机和 DR 设备,市"], said)


def test_a_line_alone_in_its_flow_with_a_sentence_ending_inside_it_is_no_kicker():
    # '…正式投' / '入使用。一台台收割机在田间': running text — a kicker holds no sentence's end
    seams = _Seams(["一台台收割机在田间来回穿梭。"])
    assert not _lone_kicker("入使用。一台台收割机在田间", set(), seams)
    assert _lone_kicker("无人机植保、智能收割", set(), seams)


QUOTE = Piece(BODY, ["  据了解，演员们每周排练两", "次。“我们会一直做下去。”"], 0, 0)


def test_a_quote_closed_at_a_columns_foot_goes_on_in_poppler_s_next_column_opening_on_its_speaker():
    # '“我们会一直做下去。”' / '夏浩说。一曲唱罢，台下掌声': the paragraph goes on; a column never opens
    # on who spoke
    speaker = Piece(BODY, ["夏浩说。一曲唱罢，台下掌声", "雷动，观众们跟着哼了起来。"], 1, 1)
    other = Piece(BODY, ["  据介绍，这批场地是今年", "利用城市边角地新建的。"], 1, 1)
    measured(QUOTE, speaker, other)
    _name_pieces([QUOTE, speaker, other])
    seams = _Said(QUOTE.lines + speaker.lines + other.lines, 1.0)
    assert speaker.start == "cont"
    assert _quote_then_speaker(QUOTE.lines[-1], speaker.lines[0], seams)
    assert _fit(QUOTE, speaker, seams, 13) >= _FIT[("open", "cont")]
    assert _fit(QUOTE, speaker, seams, 13) > _fit(QUOTE, other, seams, 13)


def test_no_speaker_where_poppler_gives_the_column_elsewhere_or_it_opens_on_a_kinship_term():
    # '奶奶说。', '老伯说。' are the rest of '…的薛奶奶说', '…的王老伯说' broken at a column's foot; a speaker's column poppler does
    # not give right after the quote is left to the seams
    kin = Piece(BODY, ["奶奶说。活动结束后，村民们", "意犹未尽，围着演员合影。"], 1, 1)
    far = Piece(BODY, ["夏浩说。一曲唱罢，台下掌声", "雷动，观众们跟着哼了起来。"], 5, 5)
    measured(QUOTE, kin, far)
    seams = _Said(QUOTE.lines + kin.lines + far.lines, 1.0)
    assert not _quote_then_speaker(QUOTE.lines[-1], kin.lines[0], seams)
    assert not _quote_then_speaker(QUOTE.lines[-1], "老伯说。一曲唱罢，台下掌声", seams)
    assert _fit(QUOTE, kin, seams, 13) < _FIT[("open", "cont")]
    assert _fit(QUOTE, far, seams, 13) < _FIT[("open", "cont")]


def test_a_loose_column_is_not_put_in_between_two_columns_whose_seam_is_a_word():
    # '…只见一派忙碌景' / '象。这条路…' hold at 景象 (the dictionary's word); a column left over that
    # opens mid-sentence ('半程马拉松，…') does not go in between at a seam nothing holds ('景半')
    a = Piece(BODY, ["  八月二十五日，记者来到华", "山镇北塘村，只见一派忙碌景"], 0, 0)
    b = Piece(BODY, ["象。这条路全长四十公里，串", "起了沿线十几个自然村。"], 1, 1)
    loose = Piece(BODY, ["半程马拉松，笑得合不拢嘴。", "“没想到在家门口就能看"], 2, 2)
    out_piece = Piece(BODY, ["到这么精彩的比赛。”程阿姨"], 3, 3)
    measured(a, b, loose, out_piece)
    seams = _Said(a.lines + b.lines + loose.lines, 1.0)
    fit = {(id(a), id(loose)): 5.0, (id(loose), id(b)): 5.0, (id(a), id(b)): 5.0}
    chains = _loose_columns_in([[a, b], [loose]], fit, seams)
    assert [[p.lines[0] for p in c] for c in chains] == [[a.lines[0], b.lines[0]], [loose.lines[0]]]
    # … where the seam it takes apart is no word, it goes in as before
    b2 = Piece(BODY, ["这条路全长四十公里，串起了", "沿线十几个自然村。"], 1, 1)
    measured(b2)
    fit = {(id(a), id(loose)): 5.0, (id(loose), id(b2)): 5.0, (id(a), id(b2)): 2.0}
    chains = _loose_columns_in([[a, b2], [loose]], fit, seams)
    assert [[p.lines[0] for p in c] for c in chains] == [[a.lines[0], loose.lines[0], b2.lines[0]]]


def test_a_story_running_off_takes_the_line_poppler_gives_next_as_a_caption_where_its_word_goes_on():
    # '…如今用上了无人机植保和烘干设' ends the chain mid-sentence; poppler gives '备，省工又省钱。' right
    # after it, alone in its flow (read as a caption): 设备 goes on there — the story's last line
    from layout_app.intake.flowfeet import _feet_taken
    from layout_app.intake.flowshapes import _states

    a = Piece(BODY, ["  据了解，过去靠肩挑背扛，", "如今用上了无人机植保和烘干设"], 0, 0)
    rest = Piece(CAPTION, [REST], 1, 1)
    caption = Piece(CAPTION, ["图为村民在田间收割水稻。"], 2, 2)
    _states(a, 13)
    said = _Said(a.lines + ["", REST, "", caption.lines[0]], 1.0)
    chains = [[a]]
    _feet_taken([a, rest, caption], chains, 13, said)
    assert [p.lines[0] for p in chains[0]] == [a.lines[0], REST] and rest.kind == BODY
    # … not a caption opening on 图为, nor one poppler gives after another piece
    b = Piece(BODY, list(a.lines), 0, 0)
    _states(b, 13)
    far = Piece(CAPTION, [REST], 3, 3)
    chains = [[b]]
    _feet_taken([b, far], chains, 13, said)
    assert chains == [[b]] and far.kind == CAPTION
    t = Piece(BODY, ["  据介绍，村里绘制了一张蓝"], 0, 0)      # ('蓝图' across: a word of the dictionary's)
    _states(t, 13)
    tu = Piece(CAPTION, ["图为村民在田间收割水稻。"], 1, 1)
    chains = [[t]]
    _feet_taken([t, tu], chains, 13, _Said(t.lines + tu.lines, 1.0))
    assert chains == [[t]] and tu.kind == CAPTION
    # … nor a caption of a sentence of its own at a seam nothing holds ('…还将在' / '老人们在…': 在老)
    c = Piece(BODY, ["  据介绍，明年华山乡还将在"], 0, 0)
    _states(c, 13)
    own = Piece(CAPTION, ["老人们在幸福院里下棋。"], 1, 1)
    chains = [[c]]
    _feet_taken([c, own], chains, 13, _Said(c.lines + own.lines, 1.0))
    assert chains == [[c]] and own.kind == CAPTION


def test_a_heading_shaped_line_on_top_of_its_flow_is_the_line_the_column_before_goes_on_in():
    # poppler gives '…潘大爷感慨地说：“好' at a flow's foot, then a flow opening on '多年没在村里看过这么热
    # 闹的' over '戏了。”': no mark, no sentence's end — a heading's shape — but the column before runs
    # off, '好多' holds at the seam and the line has running text's shape: the column's line
    from layout_app.intake.flowfeet import _column_top

    above = ["  据介绍，活动结束后，村民", "们意犹未尽，围着演员合影留", "念。潘大爷感慨地说：“好"]
    top = "多年没在村里看过这么热闹的"
    # (the page says '好戏' too: read alone, the top line is a heading over the rest of '…好' / '戏了。”')
    play = ["  村里唱了一台好戏，一台好", "戏连着一台好戏，村民们看得"]
    lines = _page(play, above, [top, "戏了。”", "  据了解，乡里还把乡村博", "物馆搬到线上，通过直播让更", "多人看到。"])
    text = [l for l in lines if l.strip()]
    said = _Said(lines + ["好多人都来了。", "好多人都来了。"], 1.0)
    assert _column_top(above, top, "戏了。”", 13, said)
    pieces = _pieces(lines, 13, _Seams(text), said=said)
    assert [p.kind for p in pieces if top in p.lines] == [BODY]
    # … not a heading's shape: a label's colon, phrases a space apart; nor after a column that ends
    assert not _column_top(above, "花园镇：多年没看过这么热闹", "", 13, said)
    assert not _column_top(above, "多年没看过 这么热闹的戏", "", 13, said)
    assert not _column_top(above[:2] + ["念。潘大爷说：“好戏！”"], top, "戏了。”", 13, said)
    assert not _column_top(above, top, "  据了解，乡里还把乡村博", 13, said)     # (over a paragraph: a headline)
