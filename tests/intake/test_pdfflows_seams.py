"""pdftotext's default text of our PDFs, where poppler's flows hide a seam: a story's first column
given after its heading lines in a flow of its own, two stories about one place, a column opening on
记者 or spread by justification, a column left over that opens mid-sentence, the first character after
a sentence's end, the page's stock phrases. Small pages written out by hand, flow by flow, as poppler
gives them (or two columns' pieces); the order a newspaper reader sees in them."""
from __future__ import annotations

from layout_app.intake.pdfflows import _states, flows_in_order

# two stories of 13-character columns (a paragraph's first line indented two characters: 11 wide)
HEAD_A = "清水社区：夜巡队守护邻里平安夜"
BYLINE_A = "本报记者 王明"
A1 = ["入夏以来，清水社区的居",            # column 1
      "民每晚上街巡逻，成了小区里"]        # … runs off: 里 / 一道 (no word the page says twice)
A2 = ["一道亮丽的风景。",
      "夜巡队队长李军介绍，清",
      "水社区夜巡队现有队员四十二"]
A3 = ["名，都是社区里的热心居民。",
      "清水社区居民王阿姨说：",
      "“有了夜巡队，晚上出门散步"]
A4 = ["也放心。”",
      "据了解，清水社区还将招",
      "募更多居民加入夜巡队。"]
PARAGRAPHS_A = ["入夏以来，清水社区的居民每晚上街巡逻，成了小区里一道亮丽的风景。",
                "夜巡队队长李军介绍，清水社区夜巡队现有队员四十二名，都是社区里的热心居民。",
                "清水社区居民王阿姨说：“有了夜巡队，晚上出门散步也放心。”",
                "据了解，清水社区还将招募更多居民加入夜巡队。"]

HEAD_B = "“图书角”开到家门口"
B1 = ["梅岭村的图书角设在村委",
      "会一楼，书架上摆满了农业技",
      "术和儿童读物，村民随时可以",
      "借阅。"]
B2 = ["村民老张每周都来看书，",          # opens a paragraph: 11 wide, no sentence end
      "他说：“以前想看本书要跑到",
      "县城，现在村里有了图书角，"]
B3 = ["在家门口就能借到。”",
      "据了解，梅岭村还将在三",
      "个自然村推广图书角的做法，",
      "让更多村民在家门口读书。"]
PARAGRAPHS_B = ["梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物，村民随时可以借阅。",
                "村民老张每周都来看书，他说：“以前想看本书要跑到县城，现在村里有了图书角，在家门口就能借到。”",
                "据了解，梅岭村还将在三个自然村推广图书角的做法，让更多村民在家门口读书。"]
CREDIT = "责任编辑 张华"


def page(*flows: list[str]) -> list[str]:
    out: list[str] = []
    for f in flows:
        out += f + [""]
    return out


def text_lines(lines: list[str]) -> list[str]:
    return [l for l in lines if l.strip()]


def measured(*pieces) -> None:
    """Each hand-written column piece given the states pdfflows reads off its lines (13 a line)."""
    for p in pieces:
        _states(p, 13)


def _runs(lines: list[str]) -> list[list[str]]:
    """The runs of lines a blank line apart: a story's heading and columns run on, stories stand apart."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


# --- a column that runs off over a line as wide as an indented one: still one column ---

def test_a_line_short_for_a_quote_that_went_down_is_no_columns_top():
    # '立了志愿服务队，取名叫' is as wide as an indented line, under a line that runs off — but the
    # quote opening the next line ('“清水夜巡队”') did not fit on it and went down whole: one column,
    # nothing is cut
    a2 = ["一道亮丽的风景线，社区还成",
          "立了志愿服务队，取名叫",
          "“清水夜巡队”，队员四十二"]
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, a2, B2, A3, B3, A4, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:2 + len(A1) + len(a2) + len(A3) + len(A4)] == [HEAD_A, BYLINE_A] + A1 + a2 + A3 + A4


def test_a_line_that_gave_characters_to_its_paragraphs_last_is_no_columns_top():
    # '到县城，现在在村里就能' is as wide as an indented line, under a line that runs off — but the line
    # under it is the paragraph's short last line ('借到。”'): it gave two characters to it, so that the
    # last line is not one character alone. One column: nothing is cut
    b2 = ["老张常来梅岭村图书角，", "他说：“以前想看本书要跑", "到县城，现在在村里就能", "借到。”"]
    b3 = ["据了解，梅岭村还将在三", "个自然村推广图书角的做法，", "让更多村民在家门口读书。"]
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, A2, b2, A3, b3, A4, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert [HEAD_B] + B1 + b2 + b3 in runs


# --- a story's first column after its heading lines, in a flow of its own ---

HEAD_B_PLACE = "梅岭村“图书角”开到家门口"
HEAD_C = "清水社区“图书角”开到家门口"       # a second story about A's place
C1 = ["清水社区的图书角设在社",
      "区服务站一楼，书架上摆满了",
      "农业技术和儿童读物。"]
C2 = ["居民老张每周都来看书，",
      "他说：“现在社区里有了图书",
      "角，在家门口就能借到。”"]
C3 = ["据了解，清水社区还将在",
      "三个小区推广图书角的做",
      "法。"]


def test_a_column_after_its_heading_lines_opens_the_story_they_name():
    # poppler gives B's headline, then (past its photo's caption) B's first column, a flow each: the
    # column opens a paragraph and the headline names its place — it opens story B, so no column of
    # another story goes on in it. A column after a headline that names another place opens nothing
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces

    caption_b = "梅岭村村民在村委会一楼的图书角里看书。"
    for head_b, opens in ((HEAD_B_PLACE, "story"), (HEAD_C, "para")):
        flows = page([HEAD_A], [BYLINE_A] + A1, [head_b], [caption_b], B1, A2, B2, A3, B3, A4, [CREDIT])
        pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
        b1 = next(p for p in pieces if p.lines[0] == B1[0])
        assert b1.start == opens, head_b
    flows = page([HEAD_A], [BYLINE_A] + A1, [HEAD_B_PLACE], [caption_b], B1, A2, B2, A3, B3, A4, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert [HEAD_A, BYLINE_A] + A1 + A2 + A3 + A4 in runs
    assert [HEAD_B_PLACE] + B1 + B2 + B3 in runs


# --- after a sentence's end, the next column may open on anything ---

def test_after_a_sentence_ends_at_a_columns_foot_the_next_ones_first_character_counts_nothing():
    # a column's last line ends a sentence, full ('…推广到其他小区。'); two columns open unindented,
    # each on a new sentence. The page sets '。据' inside a line ('…的做法。据了解…') and never '。走':
    # that says nothing about which column goes on — after a full stop a sentence opens on anything.
    # Inside a sentence two characters the page never sets together still count against the seam.
    from layout_app.intake.flowheads import BODY
    from layout_app.intake.pdfchains import _fit
    from layout_app.intake.pdfpieces import Piece
    from layout_app.intake.pdfseams import _Said

    page_lines = ["清水社区夜巡队的做法。据了解，", "社区还将继续招募队员。"] * 120 + ["推广到其他小区的做法"]
    said = _Said(page_lines, 1.0)
    a = Piece(BODY, ["据了解，清水社区还将把夜", "巡队的做法推广到其他小区。"], 0, 0)
    right = Piece(BODY, ["走进清水社区，只见巷道干净", "整洁，队员正在巡逻。"], 2, 2)
    other = Piece(BODY, ["据了解，社区还将继续招募队", "员，让夜巡队越办越好。"], 3, 3)
    measured(a, right, other)
    assert (a.end, right.start, other.start) == ("either", "cont", "cont")
    assert _fit(a, right, said) == _fit(a, other, said)
    # mid-sentence: '…其他小' / '区。' (said together once) goes on better than '…其他小' / '走进…' (never)
    runs_off = Piece(BODY, ["据了解，清水社区还将把夜", "巡队的做法推广到其他小"], 0, 0)
    rest = Piece(BODY, ["区。"], 2, 2)
    measured(runs_off, rest)
    assert _fit(runs_off, rest, said) > _fit(runs_off, right, said)


# --- a column's line that opens on 记者 is no byline ---

A2_NIGHT = ["一道亮丽的风景。",
            "夜巡队队长李军介绍，清",
            "水社区夜巡队现有队员四十二",
            "名，都是热心居民。入夜后，"]          # runs off mid-sentence, full
A3_REPORTER = ["记者走进清水社区，只见巷道",        # goes on: full, a new clause opening on 记者
               "里灯火通明，队员正在巡逻。",
               "清水社区居民王阿姨说：",
               "“有了夜巡队，晚上出门散步"]


def test_a_column_opening_on_a_reporters_sentence_goes_on_from_the_column_before():
    # '记者走进清水社区，只见巷道' opens as a byline does (记者…), but runs on with a comma and fills the
    # measure: the column goes on the sentence the column before ran off with ('…入夜后，')
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, A2_NIGHT, B2, A3_REPORTER, B3, A4, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert [HEAD_A, BYLINE_A] + A1 + A2_NIGHT + A3_REPORTER + A4 in runs
    assert [HEAD_B] + B1 + B2 + B3 in runs


# --- a column left over that opens mid-sentence goes in between ---

LOOSE = ["一道亮丽的风景。队员老李",            # names no place, opens and ends mid-sentence
         "说：“大家的安全就是我们最",
         "大的牵挂，我们会一直把夜"]
NAMED = ["巡坚持下去。”清水社区的夜",          # names the story's place, opens mid-word
         "巡队现有队员四十二名，都是",
         "社区里的热心居民。"]
QUOTE = ["清水社区居民王阿姨说：",
         "“有了夜巡队，晚上出门散步",
         "也放心。”"]
LAST = ["据了解，清水社区还将招",
        "募更多居民加入夜巡队。"]


def test_a_column_that_opens_mid_sentence_goes_in_between_not_alone():
    # A's first column runs off ('…成了小区里'); two columns open mid-sentence: one names nothing, the
    # other A's place. The first column could go on in either (no word at either seam), and the
    # names pick the second — but the one that names nothing cannot open a story, and it runs off on
    # a word the page says ('把夜' / '巡坚持下去'): it goes in between, not alone
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, NAMED, B2, B3, LOOSE, QUOTE, LAST, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert [HEAD_A, BYLINE_A] + A1 + LOOSE + NAMED + QUOTE + LAST in runs
    assert [HEAD_B] + B1 + B2 + B3 in runs


# --- a line spread to the measure is no paragraph's first ---

def test_a_spread_line_holding_more_than_an_indented_line_goes_on_a_paragraph():
    # justification spreads a line with spaces: to the measure (13), or to an indented first line's
    # (11). '时间缩短了 37%。据了解，' holds more than 11 characters' width: a full line spread — the
    # column goes on mid-paragraph. '据了解，梅岭村还将' holds 9: it may be an indented first line
    from layout_app.intake.flowheads import BODY
    from layout_app.intake.pdfpieces import Piece

    full = Piece(BODY, ["时 间 缩 短 了 37% 。 据 了 解 ，", "梅岭村还将在三个自然村推广", "图书角的做法。"], 0, 0)
    indented = Piece(BODY, ["据 了 解 ， 梅 岭 村 还 将", "在三个自然村推广图书角的做", "法。"], 1, 1)
    measured(full, indented)
    assert (full.start, indented.start) == ("cont", "para or cont")


# --- two stories about one place, each about its own thing ---

A4_QUOTED = ["也放心。”",
             "据了解，清水社区还将招",
             "募更多居民加入“夜巡队”。"]         # ends a paragraph, full


def test_a_paragraphs_end_does_not_go_on_in_another_things_story_about_the_same_place():
    # A (清水社区's “夜巡队”) ends a paragraph; poppler gives next the first column of C (清水社区's
    # “图书角”), its headline set apart. Both name 清水社区 — but each its own thing: a reader does not
    # read the 图书角 story on from the 夜巡队 story's last line
    flows = page([HEAD_A], [HEAD_C], [BYLINE_A] + A1, A2, A3, A4_QUOTED, C1, C2, C3, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    a = next(r for r in runs if A1[0] in r)
    c = next(r for r in runs if C1[0] in r)
    assert a[a.index(A1[0]):] == A1 + A2 + A3 + A4_QUOTED
    assert c[c.index(C1[0]):] == C1 + C2 + C3


# --- a paragraph that goes on, in a column saying only the page's stock phrases ---

A3_FULL_STOP = ["名，都是社区里的热心居民。",
                "王阿姨说，有了夜巡队，",
                "晚上出门散步也放心了许多。"]      # ends a sentence at a full line
GOES_ON = ["据了解，社区还将继续招募队",          # opens unindented, names no place; says a
           "员，让群众的获得感成色更足。"]        # stock phrase only B's columns say besides
B1_STOCK = ["梅岭村的图书角设在村委",
            "会一楼，书架上摆满了农业技",
            "术和儿童读物，村民随时可以",
            "借阅，让群众的获得感成色更",
            "足。"]
B2_CLOSED = ["梅岭村的老张常来看书，",
             "他说：“以前想看本书要跑到",
             "县城，现在方便多了。”"]
B3_STOCK = ["据了解，梅岭村还将在三",
            "个自然村推广图书角的做法，",
            "让群众的获得感成色更足。"]


def test_a_paragraph_goes_on_in_a_column_that_says_only_another_storys_stock_phrases():
    # A's column ends a sentence at a full line; poppler gives next a column that opens unindented
    # (the paragraph goes on) and names no place — only '让群众的获得感成色更足', which B's columns
    # say. Such phrases are every story's: they are no word against the paragraph going on
    flows = page([HEAD_A], [BYLINE_A] + A1, [HEAD_B] + B1_STOCK, A2, B2_CLOSED, A3_FULL_STOP, GOES_ON, B3_STOCK,
                 [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert [HEAD_A, BYLINE_A] + A1 + A2 + A3_FULL_STOP + GOES_ON in runs
    assert [HEAD_B] + B1_STOCK + B2_CLOSED + B3_STOCK in runs


# --- a flow holding two columns: the seam inside it onto a figure ---

# story A's first column runs off on '新动' (its next column opens '能。'); poppler gave the foot of A's
# last column ('18 名，…', after '…又增加了') under it in one flow. The page sets '动' before a figure
# elsewhere ('开展活动 12 次'), but never '新动' before one
FIG_A1 = ["入夏以来，清水社区晚上", "有居民巡逻，为平安注入新动"]
FIG_A2 = ["能。", "夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二", "名。社区居民王阿姨说：“有"]
FIG_A3 = ["了夜巡队，晚上出门散步也放", "心。”", "今年，夜巡队员又增加了"]
FIG_TAIL = ["18 名，清水社区的夜巡队今", "年开展活动 25 次。"]
FIG_B1 = ["梅岭村的图书角设在村委", "会一楼，每月开展活动 12 次，", "为乡村注入新动能，让村民学",
          "到新技术，也注入新动能。"]
FIG_B2 = ["村民老张每周都来看书，", "他说：“以前想看本书要跑到", "县城，现在村里有了图书角，"]
FIG_B3 = ["在家门口就能借到。”", "据了解，梅岭村还将在三", "个自然村推广图书角。"]


def test_a_flow_is_cut_at_a_seam_onto_a_figure_the_page_never_says():
    # '…注入新动' over '18 名，…': a character and a figure said together elsewhere ('活动 12') are no
    # word — what goes before a figure on this page is never '新动'. The column that opens '能。' goes
    # on from '新动' (新动能, a word the page says): the flow is cut there, its foot goes last
    # (in poppler's order: A's columns a row left to right, a flow each, then B's — poppler does not give
    # two stories' columns of one depth in turn)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + FIG_A1 + FIG_TAIL, FIG_A2, FIG_A3, FIG_B1, FIG_B2, FIG_B3,
                 [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert [HEAD_A, BYLINE_A] + FIG_A1 + FIG_A2 + FIG_A3 + FIG_TAIL in runs
    assert [HEAD_B] + FIG_B1 + FIG_B2 + FIG_B3 in runs


def test_a_seam_onto_a_figure_is_a_columns_when_the_page_says_those_characters_before_a_figure():
    # '…办理时间缩短了' over '74.5%。' is a column's own seam: the page says '缩短了 16%' elsewhere. '…注入
    # 新动' over '13.5%，…' is not, though '活动 1305' sets '动' before a figure
    from layout_app.intake.pdfseams import _figure_after, _Said

    lines = ["通过 APP 平台，办理时间缩短了 16%。", "今年开展活动 1305 次，为乡村注入新动能。", "",
             "服务，办理时间缩短了", "74.5%。", "", "为乡村振兴注入了新动", "13.5%，受到居民普遍欢迎。"]
    said = _Said(lines, 1.0, across=True)
    assert not _figure_after("服务，办理时间缩短了", "74.5%。", said)
    assert _figure_after("为乡村振兴注入了新动", "13.5%，受到居民普遍欢迎。", said)
    # (after a sentence's end a figure may open anything: no seam to weigh)
    assert not _figure_after("受到居民普遍欢迎。", "13.5%，受到", said)


# --- a column that opens a paragraph and names nothing goes in between ---

NAMELESS_A1 = ["入夏以来，清水社区的居", "民每晚上街巡逻，成了小区里", "一道亮丽的风景。"]
NAMELESS = ["居民王阿姨说：“日子越", "过越有奔头，晚上出门散步也", "放心。”"]     # names no place, no thing
NAMELESS_A3 = ["据了解，清水社区还将招", "募更多居民加入夜巡队，让小", "区更平安。"]


def test_a_column_opening_a_paragraph_that_names_nothing_goes_in_between_not_alone():
    # A's first column ends a paragraph; poppler gives next a column that opens one and names nothing,
    # then A's last, which names A's place: the names pick the last as the next — but the column that
    # names nothing is no story (no heading, no byline, no place): it goes where both its seams fit,
    # between the two, as poppler gives it
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + NAMELESS_A1, NAMELESS, NAMELESS_A3, B1, B2, B3, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert runs == [[HEAD_A, BYLINE_A] + NAMELESS_A1 + NAMELESS + NAMELESS_A3, [HEAD_B] + B1 + B2 + B3, [CREDIT]]


# --- a flow holding two columns: the seam inside it after a comma ---

COMMA_A1 = ["入夏以来，清水社区的居", "民每晚上街巡逻。6 月 5 日，"]           # runs off after a comma
COMMA_A2 = ["记者走进清水社区，只见巷道", "干净整洁。", "夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二"]
COMMA_A3 = ["名，都是热心居民。", "居民还可以在线预约夜巡队员", "上门，晚上出门散步也放心。", "据了解，社区还将在线招"]
COMMA_TAIL = ["募更多的夜巡队员。"]
COMMA_B1 = ["7 月 1 日，记者走进梅岭", "村，只见图书角里座无虚席。", "图书角设在村委会的一楼，书",
            "架上摆满了农业技术类读物。"]
COMMA_B3 = ["在家门口就能借到。”", "8 月 3 日，记者再次走进梅", "岭村，图书角里又添了新书。"]


def test_a_flow_is_cut_after_a_comma_where_the_page_goes_on_so():
    # poppler put the foot of A's last column ('募更多的夜巡队员。') under A's first column, in its flow:
    # '…6 月 5 日，' over it is no seam the page sets ('，募'); A's second column opens mid-sentence on
    # '记者走进…' and goes on from nowhere. No pair of characters to ask at a comma — but the page says
    # '日，记者' twice elsewhere ('7 月 1 日，记者走进梅岭'): the flow is cut there, its foot goes last
    # (in poppler's order: B's first column, under A's first, given after it; A's other columns a row
    # left to right, then B's — poppler does not give two stories' columns of one depth in turn)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + COMMA_A1 + COMMA_TAIL, COMMA_B1, COMMA_A2, COMMA_A3, B2,
                 COMMA_B3, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert runs == [[HEAD_A, BYLINE_A] + COMMA_A1 + COMMA_A2 + COMMA_A3 + COMMA_TAIL,
                    [HEAD_B] + COMMA_B1 + B2 + COMMA_B3, [CREDIT]]


# A's last column runs off on a comma ('…“这样的夜巡队，'); poppler put the line it goes on in
# ('谁不喜欢？”') under A's first column, in its flow ('…有了安全' / '谁…': no seam the page sets)
COMMA_END_A1 = ["入夏以来，清水社区的居", "民每晚都上街巡逻，有了安全"]
COMMA_END_TAIL = ["谁不喜欢？”", "据了解，清水社区还将招募", "更多队员。"]
COMMA_END_A2 = ["感。这样的夜巡队，谁不说好？", "夜巡队队长李军介绍，清", "水社区夜巡队现有队员四十二"]
COMMA_END_A3 = ["名，都是热心居民。这样的夜", "巡队，谁不喜欢？居民王阿姨", "说：“这样的夜巡队，"]


def test_a_column_that_runs_off_on_a_comma_goes_on_where_the_page_says_so():
    # no pair of characters to ask after a comma — the page says '队，谁不' twice elsewhere: the flow is
    # cut there, and its foot goes on from the column that ran off
    # (in poppler's order: A's columns a row left to right, a flow each, then B's — poppler does not give
    # two stories' columns of one depth in turn)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + COMMA_END_A1 + COMMA_END_TAIL, COMMA_END_A2,
                 COMMA_END_A3, B1, B2, B3, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert runs == [[HEAD_A, BYLINE_A] + COMMA_END_A1 + COMMA_END_A2 + COMMA_END_A3 + COMMA_END_TAIL,
                    [HEAD_B] + B1 + B2 + B3, [CREDIT]]


def test_a_clause_that_runs_off_on_a_comma_goes_on_in_the_clause_the_page_says_after_it():
    # '…以前办事要跑好几趟，' runs off on a comma: no pair of characters to ask. The page says '趟，现在'
    # twice elsewhere (a speaker's words each story repeats): the line opening '现在在家门口…' goes on
    # there — better than a full line opening a new sentence ('今年以来，…'), which without that the
    # width alone prefers (it cannot open a paragraph)
    from layout_app.intake.flowheads import BODY
    from layout_app.intake.pdfchains import _fit
    from layout_app.intake.pdfpieces import Piece
    from layout_app.intake.pdfseams import _Said

    said_twice = ["村民老李说：“以前办事要跑好几趟，现在在家门口就能办好。”"] * 2 + ["今年以来，清水社区巡查街巷。"]
    a = Piece(BODY, ["今年以来，清水社区巡查", "街巷同比增长 58%。村民老魏", "说：“以前办事要跑好几趟，"], 0, 0)
    said_after = Piece(BODY, ["现在在家门口就能办好。”"], 3, 3)
    full = Piece(BODY, ["今年以来，清水社区培训农民", "同比增长 16%，群众满意度", "明显提升。"], 1, 1)
    measured(a, said_after, full)
    assert (a.end, said_after.start, full.start) == ("open", "para or cont", "cont")
    assert _fit(a, said_after, _Said(said_twice, 1.0)) > _fit(a, full, _Said(said_twice, 1.0))
    # said once elsewhere: no word of the page's — the widths decide
    said_once = said_twice[1:]
    assert _fit(a, said_after, _Said(said_once, 1.0)) < _fit(a, full, _Said(said_once, 1.0))


def test_a_word_broken_at_a_columns_foot_is_asked_with_the_characters_around_it():
    # '…能为乡亲' / '们做点事，…': the page never sets '亲们' inside a line, but it says '乡亲们做' twice,
    # broken at line ends ('能为乡亲' / '们做点事') — the column that opens '们做点事' goes on there,
    # not the full line that opens a sentence ('据了解，…'), which poppler gives nearer
    from layout_app.intake.flowheads import BODY
    from layout_app.intake.pdfchains import _fit
    from layout_app.intake.pdfpieces import Piece
    from layout_app.intake.pdfseams import _Said

    page_lines = ["居民老杜说：“能为乡亲", "们做点事，心里踏实。”", "", "店主小梁说：“能为乡亲", "们做点事，心里踏实。”"]
    said = _Said(page_lines, 1.0)
    assert not said.word("亲", "们")
    a = Piece(BODY, ["居民老杜说：“有了这个好地", "方，孩子放学后有人管了。”", "居民老杜说：“能为乡亲"], 0, 0)
    right = Piece(BODY, ["们做点事，心里踏实。”"], 3, 3)
    sentence = Piece(BODY, ["据了解，清水社区还将在五个", "村推广垃圾分类站的做法。"], 1, 1)
    measured(a, right, sentence)
    assert (a.end, right.start, sentence.start) == ("open", "para or cont", "cont")
    assert _fit(a, right, said) > _fit(a, sentence, said)


# --- a column's line alone in a flow is no heading when a sentence ends inside it ---

# the last lines of A's last column, each a flow of its own (poppler split the column at the photo
# beside it; the page's credit line stands in one of them)
ALONE = ["居民们纷纷点赞：“夜巡",            # a quote opened after a colon runs on: speech
         "队贴心！”这样的夜巡队，谁",         # a sentence ends inside the line, more text after it
         "不喜欢？"]


def test_column_lines_alone_in_their_flows_with_a_sentence_ending_inside_are_no_headings():
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, A2, B2, A3, B3, A4, [ALONE[0]], [ALONE[1], CREDIT],
                 [ALONE[2]])
    runs = _runs(flows_in_order(flows, 13))
    assert runs == [[HEAD_A, BYLINE_A] + A1 + A2 + A3 + A4 + ALONE, [HEAD_B] + B1 + B2 + B3, [CREDIT]]


# --- a flow holding two columns: the quote a column's colon opens ---

QUOTE_A4 = ["也放心。”", "据了解，清水社区还将招", "募更多居民加入夜巡队。居民", "们纷纷点赞："]
QUOTE_DOWN = ["“夜巡队真是贴心啊！”"]      # the quote went down whole; poppler put it under A's first column


def test_a_flow_is_cut_where_the_quote_a_colon_opens_went_down_whole():
    # A's last column runs off on '纷纷点赞：' and finds nothing; the line under A's first column
    # opens the quote ('“夜巡队真是贴心啊！”', as wide as an indented line — but a quote that did not fit
    # goes down whole, no indent), its seam there no seam the page sets ('里' / '“'): it goes on there
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1 + QUOTE_DOWN, B1, A2, B2, A3, B3, QUOTE_A4, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert runs == [[HEAD_A, BYLINE_A] + A1 + A2 + A3 + QUOTE_A4 + QUOTE_DOWN, [HEAD_B] + B1 + B2 + B3, [CREDIT]]


# --- a deck beside a column's line ---

DECK_B = "——梅岭村建成图书角纪实"


def test_a_deck_set_beside_a_columns_line_is_taken_apart_from_it():
    # B's deck opens on the baseline of a line of A's second column: poppler gives both on one line,
    # a space apart. The column's line stays in its column, whole; the deck goes with B, over its
    # first column
    a2 = [A2[0], A2[1] + " " + DECK_B, A2[2]]
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, a2, B2, A3, B3, A4, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert runs == [[HEAD_A, BYLINE_A] + A1 + A2 + A3 + A4, [HEAD_B, DECK_B] + B1 + B2 + B3, [CREDIT]]


def test_a_decks_second_line_among_a_columns_lines_goes_with_its_first():
    # the deck is two lines: its second, wider than a column, stands among the column's lines. The
    # deck's lines are a flow of their own, before the column's, which is whole again
    from layout_app.intake.flowlines import _decks_apart

    deck = ["——梅岭村", "“图书角”让村民在家门口就能读到好书"]
    a2 = [A2[0], A2[1] + " " + deck[0], deck[1], A2[2]]
    assert _decks_apart(page(B1, a2, B2), 13) == page(B1, deck, A2, B2)


def test_a_line_with_a_figure_as_wide_as_a_column_may_open_a_paragraph_poppler_gives_next():
    # '据了解，清水村还将在 5 个' fills the measure by the figure's guessed width — or an indented
    # line, a paragraph's first: after a column that ends a paragraph, poppler giving it next, it
    # goes on there; further off, a full line does not open a paragraph after a paragraph's end
    from layout_app.intake.flowheads import BODY
    from layout_app.intake.pdfchains import _JOIN, _fit
    from layout_app.intake.pdfpieces import Piece
    from layout_app.intake.pdfseams import _Said

    a = Piece(BODY, ["本报记者 王明", "入夏以来，清水村的居民", "每晚都上街巡逻，成了村子里",
                     "一道亮丽的风景。"], 0, 0)
    b = Piece(BODY, ["据了解，清水村还将在 5 个", "村子推广夜巡队的做法。"], 1, 1)
    measured(a, b)
    assert (a.start, a.end, b.start) == ("story", "closed", "cont")
    said = _Said(a.lines + b.lines, 1.0)
    assert _fit(a, b, said) >= _JOIN
    b.pos = 3
    assert _fit(a, b, said) < 0


# --- a headline in two lines over its story's first column ---

def test_a_headline_line_as_wide_as_an_indented_one_over_a_short_line_is_a_heading():
    # '梅岭村图书角开放 30 天' is as wide as a paragraph's indented first line, and a column's line
    # follows it in its flow — but the line under it is short and ends no sentence ('村民点赞“书香
    # 浓”'): a headline's second line, not a paragraph's end. Both are heading lines
    from layout_app.intake.pdfcolumns import _Seams, line_kind
    from layout_app.intake.flowheads import HEAD
    from layout_app.intake.pdfflows import _pieces

    head = ["梅岭村图书角开放 30 天", "村民点赞“书香浓”"]
    assert line_kind(head[0], 13) == "first"
    flows = page([HEAD_A], [BYLINE_A] + A1, head + B1, A2, B2, A3, B3, A4, [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    assert [p.kind for p in pieces if p.lines[0] in head] == [HEAD, HEAD]
    b1 = next(p for p in pieces if p.lines[0] == B1[0])
    assert b1.start == "story"


# --- a flow holding two columns: the figure a column opens on ---

FIG_OPEN_A1 = ["入夏以来，清水社区的居", "民每晚上街巡逻。据了解，清", "水社区还将在"]      # runs off before a figure
FIG_OPEN_TAIL = ["心。清水社区居民都点赞。"]
FIG_OPEN_A2 = ["3 个小区推广夜巡队的做法，", "让更多居民晚上出门也放心。", "夜巡队队长李军介绍，清",
               "水社区还将在 5 个小区招募队"]
FIG_OPEN_A3 = ["员，还将在 7 个小区开设夜", "校。队长李军说，有了夜巡队", "晚上出门，居民们都很安"]


def test_a_flow_is_cut_where_a_column_opening_on_a_figure_goes_on():
    # poppler put the foot of A's last column ('心。清水社区居民都点赞。') under A's first, in its flow
    # ('…还将在' / '心…': no seam the page sets). A's second column opens on a figure ('3 个小区…') and goes on
    # from nowhere: no pair of characters to ask — but the page says '将在' before a figure twice
    # elsewhere ('还将在 5 个', '还将在 7 个'): the flow is cut there, its foot goes last
    # (in poppler's order: B's first column, under A's first, given after it; A's other columns a row
    # left to right, then B's — poppler does not give two stories' columns of one depth in turn)
    flows = page([HEAD_A], [HEAD_B], [BYLINE_A] + FIG_OPEN_A1 + FIG_OPEN_TAIL, B1, FIG_OPEN_A2,
                 FIG_OPEN_A3, B2, B3, [CREDIT])
    runs = _runs(flows_in_order(flows, 13))
    assert runs[0] == [HEAD_A, BYLINE_A] + FIG_OPEN_A1 + FIG_OPEN_A2 + FIG_OPEN_A3 + FIG_OPEN_TAIL


def test_copy_that_is_no_flows_keeps_a_line_beside_a_deck_as_it_is():
    # pdftotext -raw and pypdfium2 give no flows a blank line apart: their lines are not pdfflows' to
    # take apart, a deck beside a headline included
    lines = [HEAD_B + " " + DECK_B] + B1 + B2 + B3
    assert flows_in_order(lines, 13) == lines
