"""pdftotext's default text of our PDFs: each column a flow of its own (a blank line after it), the flows
in poppler's order. A small page written out by hand, flow by flow, as poppler gives it — two stories
of three 13-character columns, their headings together at the top, the second story's last column
before its second, a caption between columns — and the structure a reader finds in it."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.importer import import_copy
from layout_app.intake.notices import COLUMNS_GUESS
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.flowheads import BODY
from layout_app.intake.pdfchains import _chains
from layout_app.intake.pdfflows import flows_in_order
from layout_app.intake.pdfpieces import CLOSED, CONT, OPEN, STORY, Piece
from layout_app.intake.pdfseams import _Said

KICKER_A = "平安建设在基层"
HEAD_A = "清水社区：夜巡队守护邻里平安夜"
HEAD_B = "“图书角”开到家门口"
BYLINE_A = "本报记者 王明"
CAPTION_A = "清水社区夜巡队队员在小区巷道巡逻。"
CREDIT = "责任编辑 张华"

# the columns as set: a paragraph's first line indented two characters (gone in the text), 13 a line
A1 = ["入夏以来，清水社区每晚",            # column 1 (under the byline)
      "都有居民上街巡逻，社区的夜"]        # … runs off mid-word: 夜 / 巡队
A2 = ["巡队成了小区里一道亮丽的风",        # column 2 goes on, unindented
      "景。",
      "夜巡队队长李军介绍，清",
      "水社区夜巡队现有队员四十二",
      "名，都是社区里的热心居民。"]        # … ends a paragraph at a full line
A3 = ["清水社区居民王阿姨说：",            # column 3 opens a paragraph
      "“有了夜巡队，晚上出门散步",
      "也放心。”"]
B1 = ["梅岭村的图书角设在村委",
      "会一楼，书架上摆满了农业技",
      "术和儿童读物，村民随时可以",
      "借阅。"]                            # … ends a paragraph, short
B2 = ["村民老张每周都来看书，",
      "他说：“以前想看本书要跑到",
      "县城，现在村里有了图书角，"]        # … runs off mid-sentence
B3 = ["在家门口就能借到。”",
      "据了解，梅岭村还将在三",
      "个自然村推广图书角的做法，",
      "让更多村民在家门口读书。"]

PARAGRAPHS_A = ["入夏以来，清水社区每晚都有居民上街巡逻，社区的夜巡队成了小区里一道亮丽的风景。",
                "夜巡队队长李军介绍，清水社区夜巡队现有队员四十二名，都是社区里的热心居民。",
                "清水社区居民王阿姨说：“有了夜巡队，晚上出门散步也放心。”"]
PARAGRAPHS_B = ["梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物，村民随时可以借阅。",
                "村民老张每周都来看书，他说：“以前想看本书要跑到县城，现在村里有了图书角，在家门口就能借到。”",
                "据了解，梅岭村还将在三个自然村推广图书角的做法，让更多村民在家门口读书。"]


def page(*flows: list[str]) -> list[str]:
    out: list[str] = []
    for f in flows:
        out += f + [""]
    return out


# poppler's order: the headings of both stories first, then the columns as its geometry reads them
POPPLER = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])


def text_lines(lines: list[str]) -> list[str]:
    return [l for l in lines if l.strip()]


def test_flows_come_back_in_reading_order():
    out = flows_in_order(POPPLER, 13)
    assert text_lines(out) == ([KICKER_A, HEAD_A, BYLINE_A] + A1 + A2 + A3 + [CAPTION_A]
                               + [HEAD_B] + B1 + B2 + B3 + [CREDIT])
    # a story's columns run on (no blank line inside it); stories, the caption and the credits stand apart
    story_a = out.index(BYLINE_A)
    assert "" not in out[story_a:out.index(A3[-1]) + 1]
    assert out[out.index(HEAD_B) - 1] == "" and out[out.index(CAPTION_A) - 1] == ""
    assert "" not in out[out.index(HEAD_B):out.index(B3[-1]) + 1]


def test_nothing_is_dropped_only_the_order_changes():
    out = flows_in_order(POPPLER, 13)
    assert Counter(text_lines(out)) == Counter(text_lines(POPPLER))


def test_a_page_in_drawing_order_is_left_as_it_is():
    # pdftotext -raw and pypdfium2 give the lines in our drawing order, no blank line between columns
    raw = [KICKER_A, HEAD_A, BYLINE_A] + A1 + A2 + A3 + [HEAD_B] + B1 + B2 + B3 + [CAPTION_A, CREDIT]
    assert flows_in_order(raw, 13) == raw


def test_too_few_column_flows_are_not_a_page_of_flows():
    few = page([HEAD_A], [BYLINE_A] + A1, A2, A3)
    assert flows_in_order(few, 13) == few


def _imported(tmp_path, lines):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return import_copy(path)


def _check_structure(page_copy):
    got = page_copy.to_json()
    stories = {s["headline"]: s for s in got["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    a, b = stories[HEAD_A], stories[HEAD_B]
    assert (a["kicker"], a["byline"], a["paragraphs"]) == (KICKER_A, BYLINE_A, PARAGRAPHS_A)
    assert (b["kicker"], b["byline"], b["paragraphs"]) == (None, None, PARAGRAPHS_B)
    assert [(c["text"], got["stories"][c["story"]]["headline"]) for c in got["captions"]] == [(CAPTION_A, HEAD_A)]
    assert got["credits"] == [CREDIT]
    assert not got["unassigned"]


def test_import_finds_the_stories_of_a_page_of_flows(tmp_path):
    page_copy, _ = _imported(tmp_path, POPPLER)
    _check_structure(page_copy)


def test_a_flow_holding_two_columns_pieces_is_cut_where_a_column_goes_on(tmp_path):
    # poppler put the top of story A's second column at the foot of story B's first column's flow:
    # A's first column runs off on '夜', the line '巡队成了…' inside B's flow goes on from it (夜巡 is a
    # word the page uses; 借阅。 over an unindented line is no seam of a column)
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1 + A2[:2], B3, A2[2:], [CAPTION_A], B2, A3,
                 [CREDIT])
    out = flows_in_order(flows, 13)
    assert text_lines(out)[:len(A1) + len(A2) + len(A3) + 3] == [KICKER_A, HEAD_A, BYLINE_A] + A1 + A2 + A3
    page_copy, _ = _imported(tmp_path, flows)
    _check_structure(page_copy)


def test_a_heading_given_by_its_place_alone_is_shown_as_a_guess(tmp_path):
    # the kicker names nothing a story says: it goes with the story whose column follows first —
    # a guess, said to the user with the lines it joined
    _, copy = _imported(tmp_path, POPPLER)
    guesses = [n for n in copy.notices if n.template == COLUMNS_GUESS]
    assert any(n.args["first"] == KICKER_A for n in guesses), guesses


def test_a_column_goes_on_where_the_broken_word_does():
    # story A set in three other columns: the first runs off on '夜', the one that goes on with '巡队'
    # comes after another that opens mid-sentence ('名，…') in poppler's order: the word 夜巡 the page
    # uses, not poppler's order, says which is next
    c1, c2, c3 = A1, A2[:4], A2[4:] + A3
    flows = page([HEAD_A], [BYLINE_A] + c1, c3, c2, [HEAD_B], B1, B2, B3)
    out = text_lines(flows_in_order(flows, 13))
    assert out[:1 + 1 + len(c1) + len(c2) + len(c3)] == [HEAD_A, BYLINE_A] + c1 + c2 + c3


DECK_B = "120 名村民办了借书证 书香飘进农家小院"


def test_a_heading_line_right_above_a_column_in_its_flow_goes_with_that_story(tmp_path):
    # a deck that names nothing the stories say, set in the flow of story B's first column: B's (and
    # the column under it opens the story, though poppler gives B's last column before it)
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, [DECK_B] + B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):out.index(B1[0]) + 1] == [HEAD_B, DECK_B, B1[0]]
    page_copy, copy = _imported(tmp_path, flows)
    b = next(s for s in page_copy.to_json()["stories"] if s["headline"] == HEAD_B)
    # (the space extraction puts beside a figure is closed up: the copy has none)
    assert (b["deck"], b["paragraphs"]) == ("120名村民办了借书证 书香飘进农家小院", PARAGRAPHS_B)
    # its flow says whose it is: no guess to check
    assert not [n for n in copy.notices if n.template == COLUMNS_GUESS and DECK_B in (n.args["first"], n.args["last"])]


BYLINE_B = "通讯员 李华"


def test_a_byline_apart_from_its_text_goes_to_the_story_that_has_none(tmp_path):
    # B's byline set over a photo, a flow of its own that poppler gives right after A's headline and
    # before B's: A has its byline, B none
    flows = page([KICKER_A], [HEAD_A], [BYLINE_B], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["byline"], stories[HEAD_A]["paragraphs"]) == (BYLINE_A, PARAGRAPHS_A)
    assert (stories[HEAD_B]["byline"], stories[HEAD_B]["paragraphs"]) == (BYLINE_B, PARAGRAPHS_B)


def test_two_stories_headlines_side_by_side_on_one_line_go_apart(tmp_path):
    # the two headlines share a baseline: poppler gives them on one line, a space apart; the place
    # on the left is A's text's, the subject on the right B's
    flows = page([KICKER_A], [HEAD_A + " " + HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(HEAD_A) < out.index(BYLINE_A) < out.index(HEAD_B) < out.index(B1[0])
    page_copy, _ = _imported(tmp_path, flows)
    _check_structure(page_copy)


def test_copy_in_reading_order_already_keeps_its_order():
    # a .pdf read by pdfcopy comes in pdfium's reading order, blank lines around its captions: unpdf is
    # told so, and puts no flows in another order (B's headline stays where the copy has it)
    from layout_app.intake.unpdf import unpdf

    as_given = text_lines(unpdf(POPPLER, 13, flows=False))
    assert as_given.index(HEAD_B) < as_given.index(BYLINE_A)
    reordered = text_lines(unpdf(POPPLER, 13))
    assert reordered.index(BYLINE_A) < reordered.index(HEAD_B)


HEAD_C = "夜巡队员也爱读书"            # B's headline: names no place, but a word only A's text says
DECK_C = "——梅岭村图书角开到家门口"


def test_a_headline_that_names_no_place_goes_with_the_deck_under_it_in_its_flow(tmp_path):
    # B's headline and its deck, one flow: the headline says 夜巡队 (A's word) and no place; the dash
    # deck under it names B's place — the two are one story's, B's
    flows = page([KICKER_A], [HEAD_A], [HEAD_C, DECK_C], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(A3[-1]) < out.index(HEAD_C) < out.index(DECK_C) < out.index(B1[0])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_C}
    assert (stories[HEAD_C]["deck"], stories[HEAD_C]["paragraphs"]) == (DECK_C, PARAGRAPHS_B)
    assert (stories[HEAD_A]["kicker"], stories[HEAD_A]["paragraphs"]) == (KICKER_A, PARAGRAPHS_A)


HEAD_D = "书架摆满儿童读物"            # B's headline: no place, no quoted subject; words only B's text says


def test_a_headline_naming_nothing_goes_with_the_story_whose_text_says_its_words(tmp_path):
    # B's headline, a flow of its own right after A's: it names no place and no subject, but 儿童读物
    # is in B's text alone — B's, not the story of the heading line before it
    flows = page([KICKER_A], [HEAD_A], [HEAD_D], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(A3[-1]) < out.index(HEAD_D) < out.index(B1[0])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_D}
    assert (stories[HEAD_D]["paragraphs"], stories[HEAD_A]["paragraphs"]) == (PARAGRAPHS_B, PARAGRAPHS_A)


def test_words_two_stories_say_give_a_heading_line_to_neither():
    from layout_app.intake.flowheads import _words_say
    from layout_app.intake.flowheads import HEAD
    from layout_app.intake.pdfpieces import Piece

    line = Piece(HEAD, ["家门口读书乐"], 0, 0)
    # 家门口 门口读 口读书: three of its strings in the second text, none in the first — the second's
    assert _words_say(line, ["社区每晚都有居民上街巡逻。", "村民在家门口读书。"]) == 1
    # … two of them in the first text as well: a phrase both stories use, no story's
    assert _words_say(line, ["夜巡队就在家门口读报。", "村民在家门口读书。"]) is None
    # one string alone is no evidence
    assert _words_say(line, ["社区每晚都有居民上街巡逻。", "村民在家门口。"]) is None


# story B set otherwise: its first column runs off after a comma; the next opens with a line as short
# as an indented one — the figure that opens the line under it did not fit on it
E1 = ["梅岭村的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物。今年以来，"]
E2 = ["梅岭村借书人数同比增长", "35.5%，村民老张每周都来看", "书。"]
E3 = ["据了解，梅岭村还将在三", "个自然村推广图书角的做法，", "让更多村民在家门口读书。"]
PARAGRAPHS_E = ["梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物。今年以来，梅岭村借书人数同比增长"
                "35.5%，村民老张每周都来看书。",
                "据了解，梅岭村还将在三个自然村推广图书角的做法，让更多村民在家门口读书。"]


def test_a_column_opening_short_over_a_figure_goes_on_from_one_that_ran_off(tmp_path):
    # E2's first line is as wide as an indented one, yet '35.5%' under it says why: E2 may go on from E1
    # (a sentence that ran off after 今年以来，) — and does, before E3 (a paragraph's end may be
    # followed by one that opens mid-paragraph, but one that ran off must go on)
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, [BYLINE_B] + E1, E3, A2, [CAPTION_A], E2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):] == [HEAD_B, BYLINE_B] + E1 + E2 + E3 + [CREDIT]
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_B]["paragraphs"], stories[HEAD_A]["paragraphs"]) == (PARAGRAPHS_E, PARAGRAPHS_A)


HEAD_A2 = ["清水社区组建夜巡队", "居民在家门口也放心"]     # A's headline in two lines, one flow


def test_a_headlines_second_line_naming_nothing_stays_with_its_first(tmp_path):
    # the second line names no place; 家门口 is a phrase B's text says (in two of its columns) — yet
    # it is the rest of the headline over it in its flow, A's
    flows = page([KICKER_A], HEAD_A2, [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # (its two lines one block of poppler's: one line, the copy's space at the break)
    assert out[:3] == [KICKER_A, " ".join(HEAD_A2), BYLINE_A]
    assert out.index(HEAD_B) > out.index(A3[-1])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {" ".join(HEAD_A2), HEAD_B}
    assert (stories[" ".join(HEAD_A2)]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_piece_says_a_place_when_its_text_does_not_when_many_strings_vote_for_it():
    from layout_app.intake.flowheads import HEAD
    from layout_app.intake.flownames import _says_place
    from layout_app.intake.pdfpieces import Piece

    stock = Piece(HEAD, ["有效解决了群众的急难愁盼问题"], 0, 0, places=Counter({"福田镇": 12}))
    assert not _says_place(stock)
    assert _says_place(Piece(HEAD, ["柳营乡设立“儿童之家”"], 0, 0, places=Counter({"柳营乡": 3})))


# story B set otherwise: its second column opens with a full line of figures and no sentence end over
# one as short as an indented line (the figure after it did not fit) — like a headline over its story's
# first paragraph, but the word 启用 (the page says it twice) runs on across the seam
G1 = ["梅岭村图书角去年启用，", "设在村委会一楼，启用后书架", "上摆满了农技和儿童读物，"]
G2 = ["图书角自 2023 年 5 月 1 日启", "用以来，已借出图书共计", "1200 册。"]
PARAGRAPHS_G = ["梅岭村图书角去年启用，设在村委会一楼，启用后书架上摆满了农技和儿童读物，图书角自2023年5月1日启用以来，"
                "已借出图书共计1200册。",
                "据了解，梅岭村还将在三个自然村推广图书角的做法，让更多村民在家门口读书。"]


def test_a_short_line_whose_word_runs_on_below_is_a_columns_not_a_heading(tmp_path):
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, [BYLINE_B] + G1, E3, A2, [CAPTION_A], G2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):] == [HEAD_B, BYLINE_B] + G1 + G2 + E3 + [CREDIT]
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_B]["paragraphs"], stories[HEAD_A]["paragraphs"]) == (PARAGRAPHS_G, PARAGRAPHS_A)


def test_a_line_runs_on_at_a_word_the_page_uses_not_at_any_seam():
    from layout_app.intake.pdfflows import _runs_on

    seams = _Seams(text_lines(page([HEAD_B], [BYLINE_B] + G1, E3, G2)))
    assert _runs_on(G2[0], G2[1], 13, seams)                    # 启 / 用: 启用, said twice in lines
    # a headline of figures over its story's first line: 启 / 入 is no word
    assert not _runs_on(G2[0], "入夏以来，清水社区每晚", 13, seams)


# story A set otherwise: its first column runs off on '通过', the next opens with a Latin word
H1 = ["入夏以来，清水社区每晚", "都有居民上街巡逻，还通过"]
H2 = ["APP 报告巡逻情况，社区的夜", "巡队成了小区里一道亮丽的风"] + A2[1:]
PARAGRAPHS_H = ["入夏以来，清水社区每晚都有居民上街巡逻，还通过APP报告巡逻情况，社区的夜巡队成了小区里一道亮丽的风景。"] \
    + PARAGRAPHS_A[1:]


def test_a_flow_is_cut_where_a_column_opening_with_a_latin_word_goes_on(tmp_path):
    # poppler put the top of A's second column under B's first column, in its flow: 借阅。 ends a
    # paragraph, and the full line under it opens with no indent — no seam of a column; no pair of
    # characters says who goes on there ('过' / 'A'), but A's first column runs off and finds nothing else
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + H1, B1 + H2[:3], B3, H2[3:], [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:len(H1) + len(H2) + len(A3) + 3] == [KICKER_A, HEAD_A, BYLINE_A] + H1 + H2 + A3
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_H, PARAGRAPHS_B)


KICKER_B = "书香满村 文明润心"        # a kicker's couplet: two four-character phrases


def test_a_kickers_couplet_under_a_headline_goes_over_the_next_one(tmp_path):
    # poppler gives B's kicker (set above B's headline, beside A's) right under A's headline in one
    # flow: it names nothing, and looks like a headline's second line — but a couplet is a kicker,
    # over the headline that follows it
    flows = page([KICKER_A], [HEAD_A, KICKER_B], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(KICKER_B) == out.index(HEAD_B) - 1 > out.index(A3[-1])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B]["kicker"]) == (KICKER_A, KICKER_B)
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B


def test_a_kickers_couplet_between_columns_goes_over_the_headline_after_it(tmp_path):
    # poppler gives B's kicker between two of A's columns' flows, B's headline later: the couplet is
    # not the story of the columns around it
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [KICKER_B], A2, [HEAD_B], B1, B3, [CAPTION_A], B2, A3,
                 [CREDIT])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B]["kicker"]) == (KICKER_A, KICKER_B)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


# story B says a stock phrase of the page twice, where it names 梅岭村; story A's last column is one line
# of that phrase — it names no place, yet the strings it says are said only where 梅岭村 is
K1 = B1[:3] + ["借阅，让群众的获得感成色更", "足。"]
K3 = B3[:3] + ["让群众的获得感成色更足。"]
A3_OFF = A3[:2] + ["也放心。”夜巡队让居民的"]      # … runs off on 的: 的获 is a word the page uses
A4 = ["获得感成色更足。"]


def test_a_column_of_stock_phrases_goes_on_from_the_sentence_that_ran_off_into_it():
    # A's sentence runs off at a word the page uses, into a column that says no place: its stock
    # phrases name no story (B's place only by the strings B says), so they do not keep it from A —
    # nor does it go on from B2, which runs off after a comma (，获 is no word)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, K1, K3, A2, [CAPTION_A], B2, A3_OFF, A4, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:2 + len(A1) + len(A2) + len(A3_OFF) + 1] == [HEAD_A, BYLINE_A] + A1 + A2 + A3_OFF + A4
    assert out[out.index(HEAD_B):out.index(HEAD_B) + 1 + len(K1) + len(B2) + len(K3)] == [HEAD_B] + K1 + B2 + K3


def test_a_sentence_does_not_run_on_into_a_column_that_names_another_place():
    # both columns say their own place: the names speak against the join, however the lines fit
    # (only a column that says no place has nothing but stock phrases to name)

    def said(lines: list[str]) -> _Said:        # (the page's words, as flows_in_order asks them)
        return _Said(lines, _Seams(lines).weight)

    ran_off = Piece(BODY, ["清水社区的夜巡队每晚都"], 0, 0, start=STORY, end=OPEN,
                    places=Counter({"清水社区": 3.0}))
    other = Piece(BODY, ["上街巡逻，梅岭村的图书角"], 1, 1, start=CONT, end=CLOSED,
                  places=Counter({"梅岭村": 3.0}))
    chains, _ = _chains([ran_off, other], 13, said(ran_off.lines + other.lines))
    assert [[p.lines[0] for p in c] for c in chains] == [ran_off.lines, other.lines]
    # … and with nothing named on the column that goes on, the sentence does run on
    other.lines = ["上街巡逻，一旁的居民忙着"]
    chains, _ = _chains([ran_off, other], 13, said(ran_off.lines + other.lines))
    assert [[p.lines[0] for p in c] for c in chains] == [ran_off.lines + other.lines]


def test_a_kickers_couplet_with_no_headline_after_it_is_kept(tmp_path):
    # poppler gives B's couplet last of all the heading lines: there is no headline line after it to
    # stand over — it goes with a story by the flows around it, never dropped, never a crash
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [KICKER_B], [CREDIT])
    out = flows_in_order(flows, 13)
    assert Counter(text_lines(out)) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    got = page_copy.to_json()
    assert {s["headline"] for s in got["stories"]} == {HEAD_A, HEAD_B}
    assert (KICKER_B in str(got)) and got["credits"] == [CREDIT]


# story A runs off on '升', its next column opens '级为…'; the page says 升级 twice, but never inside
# one line: once broken at a line's end (梅岭村…已升 / 级，…), once in a line of B's
S1 = ["入夏以来，清水社区每晚", "都有居民上街巡逻，巡逻队升"]
S2 = ["级为夜巡队，成了一道亮丽的", "风景。"] + A2[2:]
T1 = ["梅岭村的图书角今年已升", "级，书架上摆满了农业技术和", "儿童读物等，村民随时可以借", "阅。"]
T3 = B3[:2] + ["个自然村升级图书角的做法，"] + B3[3:]
PARAGRAPHS_S = ["入夏以来，清水社区每晚都有居民上街巡逻，巡逻队升级为夜巡队，成了一道亮丽的风景。"] + PARAGRAPHS_A[1:]
PARAGRAPHS_T = ["梅岭村的图书角今年已升级，书架上摆满了农业技术和儿童读物等，村民随时可以借阅。", PARAGRAPHS_B[1],
                "据了解，梅岭村还将在三个自然村升级图书角的做法，让更多村民在家门口读书。"]


def test_a_flow_is_cut_where_a_word_the_page_breaks_at_line_ends_goes_on(tmp_path):
    # poppler put the top of A's second column under B's first in one flow ('阅。' over a full line
    # with no indent: no seam of a column); A's first column runs off on '升' and finds nothing: the
    # word 升级 the page says (across a line's end, as a broken word is set) says where it goes on
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + S1, T1 + S2[:2], T3, S2[2:], [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:len(S1) + len(S2) + len(A3) + 3] == [KICKER_A, HEAD_A, BYLINE_A] + S1 + S2 + A3
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_S, PARAGRAPHS_T)


def test_a_column_goes_on_where_a_word_said_in_a_spaced_out_line_does():
    # A's first column runs off on '升'; in poppler's order a column opening mid-sentence ('名，…')
    # comes next, the one opening '级为…' after it: the page says 升级 only in lines justified by
    # spaces ('升 级'), and that is a word the page says all the same
    c1, c2, c3 = S1, S2[:4], S2[4:] + A3
    u1 = B1[:1] + ["会 一 楼 升 级 了 书 架 ，"] + B1[2:]
    u3 = B3[:2] + ["个 自 然 村 升 级 图 书 角 ，"] + B3[3:]
    flows = page([HEAD_A], [BYLINE_A] + c1, c3, c2, [HEAD_B], u1, B2, u3)
    out = text_lines(flows_in_order(flows, 13))
    assert out[:1 + 1 + len(c1) + len(c2) + len(c3)] == [HEAD_A, BYLINE_A] + c1 + c2 + c3


def test_a_column_under_a_short_headline_in_its_flow_opens_that_story(tmp_path):
    # B's headline (no wider than a column) stands right above B's first column in one flow; B's
    # last column, which ends a paragraph, comes before it in poppler's order — the column under the
    # headline opens the story, nothing goes before it
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, B3, A2, [CAPTION_A], B2, [HEAD_B] + B1, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):out.index(HEAD_B) + 1 + len(B1) + len(B2) + len(B3)] == [HEAD_B] + B1 + B2 + B3
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_headline_over_another_storys_column_does_not_open_a_story_there():
    # B's headline stands over a column of A's (A's place, not B's) in one flow: a headline set over
    # two stories' columns — that column goes on from A's first, as its lines say
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, B1, [HEAD_B] + A3, A2, [CAPTION_A], B2, B3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:3 + len(A1) + len(A2) + len(A3)] == [KICKER_A, HEAD_A, BYLINE_A] + A1 + A2 + A3


# story A set otherwise: its first column runs off on '纷'; the next opens with '纷点赞：', cut short
# because the quote it opens did not fit and went down whole to the next line
Q1 = ["入夏以来，清水社区每晚", "都有居民上街巡逻，居民们纷"]
Q2 = ["纷点赞：", "“夜巡队让人放心！”社区的夜", "巡队成了小区里一道亮丽的风", "景。"] + A2[2:]
PARAGRAPHS_Q = [("入夏以来，清水社区每晚都有居民上街巡逻，居民们纷纷点赞：“夜巡队让人放心！”社区的夜巡队成了小区里一道"
                 "亮丽的风景。")] + PARAGRAPHS_A[1:]


def test_a_column_opening_on_a_line_cut_short_by_a_quote_goes_on_from_the_sentence_that_ran_off(tmp_path):
    # '纷点赞：' over '“夜巡队让人放心！”…' at the top of a flow: no heading (a heading does not end on
    # the colon of a quote set under it), and its width says nothing of an indent — the sentence that
    # ran off on '纷' goes on there, though the page says 纷纷 nowhere else
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + Q1, B1, B3, Q2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:3 + len(Q1) + len(Q2) + len(A3)] == [KICKER_A, HEAD_A, BYLINE_A] + Q1 + Q2 + A3
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_Q, PARAGRAPHS_B)


# story B's first column set otherwise: it names no place (its heading, in a flow of its own, neither)
V1 = ["村里的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物，村民随时可以", "借阅。"]


def test_a_storys_first_column_naming_nothing_is_not_another_storys_last():
    # A's last column ends a paragraph; B's first opens one, a caption between them in poppler's
    # order: no line says the one goes on in the other, and no name does — B's column goes on into
    # B's next, which poppler gives right after it
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, A2, A3, [CAPTION_A], V1, B2, B3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:3 + len(A1) + len(A2) + len(A3) + 1] == [KICKER_A, HEAD_A, BYLINE_A] + A1 + A2 + A3 + [CAPTION_A]
    assert out[out.index(V1[0]):out.index(V1[0]) + len(V1) + len(B2) + len(B3)] == V1 + B2 + B3


def test_a_sentence_runs_on_into_a_column_that_names_another_place_but_tells_of_the_same_thing():
    # the column that goes on names another place in passing ('…也去梅岭村'), but both tell of the
    # story's thing, 夜巡队 (said outside quotes): one story, the sentence runs on. Two things apart
    # ('夜巡队' / '图书角') and two places apart: two stories

    def pieces(thing_b: str) -> list[Piece]:
        a = Piece(BODY, ["清水社区的夜巡队每晚都"], 0, 0, start=STORY, end=OPEN,
                  places=Counter({"清水社区": 3.0}), says=Counter({"夜巡队": 1}))
        b = Piece(BODY, [f"上街巡逻，{thing_b}也去梅岭村"], 1, 1, start=CONT, end=CLOSED,
                  places=Counter({"梅岭村": 3.0}), says=Counter({thing_b: 1}))
        return [a, b]

    for thing_b, joined in (("夜巡队", True), ("图书角", False)):
        a, b = pieces(thing_b)
        lines = a.lines + b.lines + [f"{thing_b}的做法"]
        chains, _ = _chains([a, b], 13, _Said(lines, _Seams(lines).weight))
        assert len(chains) == (1 if joined else 2), thing_b
