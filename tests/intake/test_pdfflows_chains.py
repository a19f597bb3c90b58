"""pdftotext's default text of our PDFs, where which column goes on in which is read as a page editor
reads it: a paragraph's first line at a column's foot that fills its measure (the paragraph may go on),
a quote opened at a column's foot closed in a line poppler put inside another column's flow, each of two
columns that run off keeping the column poppler gives right after it. Columns written out by hand, 13
characters a line (a paragraph's first line indented two: 11); the order a newspaper reader sees."""
from __future__ import annotations

from itertools import pairwise

from layout_app.intake.flowheads import BODY
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfchains import _chains, _end, _fit
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.flowcuts import _cut_flow
from layout_app.intake.pdfpieces import Piece
from layout_app.intake.pdfseams import _quote_across, _Said
from tests.intake.test_pdfflows_seams import measured

# a page's worth of running text that says '就能' and '新动能' (twice each), '乡亲们' and '摆满' never
STOCK = ["据了解，清水社区还将招募更多队员。", "现在在村里就能借到书，为乡村振兴注入了新动能。"] * 60


# --- a paragraph's first line at a column's foot, as wide as its measure ---


def cut_in(page: list[str], chain: list[Piece], two: list[str]) -> list[str]:
    """The lines left in a flow of `two` lines poppler gave after the column `chain`, once `_cut_flow`
    has looked for where the column goes on. `page`: the rest of the page's text (what it says)."""
    seams, said = _Seams(page + two), _Said(page + two, 1.0, across=True)
    flow = Piece(BODY, list(two), len(chain), len(chain))
    pieces = [*chain, flow]
    measured(*pieces)
    _name_pieces(pieces)
    _cut_flow(pieces, [list(chain), [flow]], 13, seams, said)
    return flow.lines

def test_a_paragraphs_first_line_that_fills_its_measure_at_a_columns_foot_may_go_on():
    # '…明显' / '提升。' ends a paragraph short; '这样的调解室，谁不喜欢？' under it opens the next one,
    # indented, and fills the indented measure with a sentence's end: the paragraph may go on in the
    # next column ('截至目前，…', a full line) as after a full line — not only end there
    said = _Said(STOCK, 1.0)
    a = Piece(BODY, ["截至目前，金沙镇已排查整改", "隐患，群众满意度明显", "提升。", "这样的调解室，谁不喜欢？"], 0, 0)
    goes_on = Piece(BODY, ["截至目前，金沙镇已排查整改", "隐患，群众满意度明显提升。"], 3, 3)
    measured(a, goes_on)
    assert (a.end, goes_on.start) == ("closed", "cont")
    assert _end(a, 13) == "either"
    assert _fit(a, goes_on, said, 13) > _fit(a, goes_on, said) + 4
    # a paragraph's last line as wide as an indented one under a full line ends the paragraph (the
    # full line above went on into it): closed, as _states reads it
    last = Piece(BODY, ["截至目前金沙镇已排查整改隐", "群众满意度明显提升了。"], 0, 0)
    measured(last)
    assert _end(last, 13) == "closed"
    # … and so does one under a line that runs on (no sentence end)
    last = Piece(BODY, ["截至目前，金沙镇已排查整改", "隐患，群众满意度", "群众满意度明显提升了。"], 0, 0)
    measured(last)
    assert _end(last, 13) == "closed"


# --- a quote opened at a column's foot, closed inside another column's flow ---

def test_a_quote_opened_at_a_columns_foot_goes_on_where_it_closes():
    said = _Said(STOCK, 1.0)
    opened = ["居民小袁说：“以前办事要跑", "好几趟，现在在家门口就"]
    assert _quote_across(opened, ["能办好。”今年以来，清水"], said)          # '就能', said twice
    # no quote left open above, or one opened below before any closes: no evidence
    assert not _quote_across(["居民小袁说，以前办事要跑好", "几趟，现在在家门口就"], ["能办好。”"], said)
    assert not _quote_across(opened, ["能办好。居民说：“好。”"], said)
    # the line above ends on a word of the dictionary's ('活动'): '动能' is the page's '新动能', no
    # word at this seam
    assert not _quote_across(["居民小袁说：“已累计开展活动"], ["能办好。”"], said)
    # a pair the page never says ('亲能')
    assert not _quote_across(["居民小袁说：“能为乡亲"], ["能办好。”"], said)


def test_a_column_that_ran_off_into_another_stories_column_is_cut_from_the_flow_where_its_quote_closes():
    # poppler put '能办好。”' (the rest of 小袁's quote) under another column's last line ('…一派忙')
    # in one flow. 小袁's column ran off ('…现在在家门口就') and was joined to '截至目前，…' at two
    # characters the page never sets together ('就截'): a guess. The flow is cut before '能办好。”', where
    # the quote closes and '就能' is said: a column's foot, not the seam '忙能' (never said)
    lines = STOCK + ["近日，清水社区团委完善", "“农技课堂”，吸引了居民参", "与。只见田间地头一派忙",
                     "能办好。”"]
    seams, said = _Seams(lines), _Said(lines, 1.0, across=True)
    quote = Piece(BODY, ["居民小袁说：“以前办事要跑", "好几趟，现在在家门口就"], 0, 0)
    after = Piece(BODY, ["截至目前，梅岭村已排查整改", "隐患，群众满意度明显提升。"], 1, 1)
    flow = Piece(BODY, ["近日，清水社区团委完善", "“农技课堂”，吸引了居民参", "与。只见田间地头一派忙", "能办好。”"], 2, 2)
    measured(quote, after, flow)
    pieces = [quote, after, flow]
    _name_pieces(pieces)
    assert _cut_flow(pieces, [[quote, after], [flow]], 13, seams, said)
    assert [p.lines for p in pieces][3] == ["能办好。”"]
    assert flow.lines == ["近日，清水社区团委完善", "“农技课堂”，吸引了居民参", "与。只见田间地头一派忙"]
    # no quote open above: nothing says the rest goes on there
    plain = Piece(BODY, ["居民小袁说，以前办事要跑好", "几趟，现在在家门口就"], 0, 0)
    flow = Piece(BODY, ["近日，清水社区团委完善", "“农技课堂”，吸引了居民参", "与。只见田间地头一派忙", "能办好。”"], 2, 2)
    measured(plain, flow)
    pieces = [plain, after, flow]
    _name_pieces(pieces)
    assert not _cut_flow(pieces, [[plain, after], [flow]], 13, seams, said)


# --- two columns that run off, each keeping the column poppler gives after it ---

def test_a_column_does_not_take_the_next_one_from_a_column_that_has_no_other_by_names_alone():
    # two columns of one story's run off, each at a seam no word tells ('…能为乡亲' / '们做点事',
    # '…只见货架上摆' / '满了农产品'), each right before the column that goes on it in poppler's
    # order. '们做点事，…石桥村…' names the place '…只见货架上摆' names too — but taking it leaves
    # '…能为乡亲' nothing it goes on in: each keeps the column poppler gives after it (his words set
    # without quotes here: a quote open at the foot and closed in '们做点事…' would decide by itself)
    said = _Said(STOCK, 1.0)
    byline = Piece(BODY, ["本报记者 孙思远", "居民老孙说，能为乡亲"], 0, 0)
    words = Piece(BODY, ["们做点事，心里踏实。在石", "桥村老年协会，居民正在阅", "读。"], 1, 1)
    shelves = Piece(BODY, ["游客们纷纷点赞：“共享菜园", "书香浓！”记者走进石桥村，", "只见货架上摆"], 2, 2)
    produce = Piece(BODY, ["满了农产品。居民老孙说：", "“日子越过越有奔头。”"], 3, 3)
    pieces = [byline, words, shelves, produce]
    measured(*pieces)
    _name_pieces(pieces)
    assert (byline.start, byline.end, shelves.end, words.start, produce.start) == ("story", "open", "open", "cont", "cont")
    # by the place, 石桥村 (past the weight of a row's next column as deep, which poppler's order gives both)
    from layout_app.intake.pdfchains import _row_next
    assert _fit(shelves, words, said, 13) + 2 > _fit(byline, words, said, 13) - _row_next(byline, words)
    assert words.places and shelves.places and not byline.places        # both name 石桥村
    chains, _ = _chains(pieces, 13, said)
    joins = {(a.lines[0], b.lines[0]) for c in chains for a, b in pairwise(c)}
    assert (byline.lines[0], words.lines[0]) in joins and (shelves.lines[0], produce.lines[0]) in joins


# --- a seam a column may have, or not: the page's four characters around it decide ---

# the page says '下一步将' and '5 个村（社区）' often, '一个' once ('一个个暖心举措'), '下一个村' nowhere
SAYS = ["据了解，双河镇还将在 5 个村（社区）推广志愿服务队的做法。",
        "网格员赵桂兰表示，下一步将继续完善志愿服务队的服务功能，进一步提升了基层治理水平。"] * 30 \
    + ["一个个暖心举措正在化作群众的笑脸。"]
# poppler put the top of another column ('个村（社区）…') under a column that runs off ('…表示，下一')
TWO = ["网格员赵桂兰介绍，志愿服务", "队的服务功能更完善了。网格", "员赵桂兰表示，下一", "个村（社区）推广志愿服务队", "的做法。"]


def _cut(*others: Piece) -> Piece:
    lines = SAYS + TWO
    seams, said = _Seams(lines), _Said(lines, 1.0, across=True)
    flow = Piece(BODY, list(TWO), 9, 9)
    measured(flow, *others)
    pieces = [*others, flow]
    _name_pieces(pieces)
    _cut_flow(pieces, [[p] for p in pieces], 13, seams, said)
    return flow


def test_a_flow_is_cut_where_a_column_that_runs_off_on_a_figure_finds_its_unit():
    # '一个' is a pair the page sets together once, but '下一个村' it says only here: the column that runs
    # off on a figure ('…还将在 2') goes on in '个村（社区）…', as the page says '5 个村（社区）'
    figure = Piece(BODY, ["据了解，双河镇还将在 2"], 0, 0)
    assert _cut(figure).lines == TWO[:3]
    # a column that runs off on a word: nothing it goes on in there
    assert _cut(Piece(BODY, ["据了解，双河镇还将在"], 0, 0)).lines == TWO


def test_a_flow_is_cut_where_a_column_that_opens_mid_sentence_finds_the_phrase_it_goes_on():
    # a column opens mid-sentence ('步将继续完善…'): '下一步将' is the page's phrase, '下一个村' is not
    goes_on = Piece(BODY, ["步将继续完善志愿服务队的服", "务功能。"], 0, 0)
    assert _cut(goes_on).lines == TWO[:3]
    # a column that opens on a phrase the page does not say across the seam: no cut
    assert _cut(Piece(BODY, ["步行街完善了志愿服务队的服", "务功能。"], 0, 0)).lines == TWO


def test_a_word_cut_at_the_seam_in_a_phrase_the_page_says_goes_on_before_poppler_s_next():
    # '…表示，下一' runs off; poppler gives '个村（社区）…' right after it ('一个': a word of the
    # dictionary's, said once), and '步将继续…' before it ('一步' said often). The page says '下一步将'
    # elsewhere and '下一个村' never: the phrase wins over poppler's order
    said = _Said(SAYS, 1.0)
    a = Piece(BODY, ["网格员赵桂兰介绍，志愿服务", "员赵桂兰表示，下一"], 5, 5)
    phrase = Piece(BODY, ["步将继续完善志愿服务队的服", "务功能。"], 2, 2)
    nxt = Piece(BODY, ["个村（社区）推广志愿服务队", "的做法。"], 6, 5)     # (cut from a's flow: TWO)
    measured(a, phrase, nxt)
    assert _fit(a, phrase, said, 13) > _fit(a, nxt, said, 13)
    # '步行街…' after '…下一': a seam between two words, and a phrase the page does not say — poppler's next
    other = Piece(BODY, ["步行街完善了志愿服务队的服", "务功能。"], 2, 2)
    measured(other)
    assert _fit(a, other, said, 13) < _fit(a, nxt, said, 13)
    # a seam between two words ('…吸引了 1329 余名' / '村民可以…'): that the page says '余名村民' often
    # adds nothing to the pair '名村' it says — it goes on no better than into '村委会…', said nowhere
    said = _Said(["近日，梅岭乡吸引了 100 余名村民参与。"] * 30, 1.0)
    a = Piece(BODY, ["近日，梅岭乡供电所完善课堂", "，吸引了 1329 余名"], 5, 5)
    villagers = Piece(BODY, ["村民可以在线预约课堂的服务", "。"], 1, 1)
    committee = Piece(BODY, ["村委会可以在线预约课堂服务", "。"], 2, 2)
    measured(a, villagers, committee)
    assert _fit(a, villagers, said, 13) == _fit(a, committee, said, 13)


def test_a_flow_is_cut_after_a_comma_where_the_page_says_a_columns_first_words_after_it():
    # '…记者走进长乐村，' / '近日，长乐村…' in one flow: the page never sets '，近' together inside a line.
    # A column opening '只见田间地头一派忙碌。' (as wide as an indented line, a sentence's end: it may open
    # a paragraph, so poppler's order joined it after a paragraph's end) goes on there: the page says
    # '村，只见' elsewhere — the flow is cut after the comma
    lines = ["记者走进清水村，只见广场上欢声笑语。", "记者走进梅岭村，只见货架上摆满了农产品。",
             "这样的乡村大舞台，谁不喜欢？", "长乐村新时代文明实践站开展活动。"] * 3
    two = ["这样的乡村大舞台，谁不喜欢", "？九月，记者走进长乐村，", "近日，长乐村新时代文明实践", "站开展活动。"]
    seams, said = _Seams(lines + two), _Said(lines + two, 1.0, across=True)
    for opens, cut in (("只见田间地头一派忙碌。", 2), ("据说田间地头一派忙碌。", 4)):
        flow = Piece(BODY, list(two), 0, 0)
        before = Piece(BODY, ["近日，长乐村新时代文明实践", "站开展活动。"], 1, 1)
        h = Piece(BODY, [opens, "居民王春燕表示，下一步将继"], 2, 2)
        measured(flow, before, h)
        assert h.start == "para or cont"
        pieces = [flow, before, h]
        _name_pieces(pieces)
        _cut_flow(pieces, [[flow], [before, h]], 13, seams, said)
        assert flow.lines == two[:cut], opens


def test_a_sentences_end_as_wide_as_an_indented_line_may_be_a_columns_rest_under_a_line_that_runs_off():
    # poppler put '乡村振兴注入了新动能。' (the top of a column: as wide as an indented line, a sentence's
    # end) under '“家' (a line that runs off) in one flow; '家乡' the page never sets together. A column
    # that runs off on '…同比增长 94%，为' goes on there: the page says '为乡村振' twice elsewhere
    lines = ["今年以来，福田镇开展活动同比增长，为乡村振兴注入了新动能。"] * 3
    two = ["更足。志愿者们纷纷点赞：", "“家", "乡村振兴注入了新动能。", "近日，福田镇党群服务中"]
    # (under '“家', a line the page never says after '为' in its words: '为乡' alone says nothing)
    other = ["更足。志愿者们纷纷点赞：", "“家", "乡亲们都说这样真是好。", "近日，福田镇党群服务中"]
    for tail, two, cut in (("调解纠纷同比增长 94%，为", two, 2), ("调解纠纷同比增长 94%，让", two, 4),
                           ("调解纠纷同比增长 94%，为", other, 4)):
        seams, said = _Seams(lines + two), _Said(lines + two, 1.0, across=True)
        flow = Piece(BODY, list(two), 1, 1)
        t = Piece(BODY, ["今年以来，福田镇开展活动", tail], 0, 0)
        measured(flow, t)
        pieces = [t, flow]
        _name_pieces(pieces)
        _cut_flow(pieces, [[t], [flow]], 13, seams, said)
        assert flow.lines == two[:cut], tail


def test_a_column_keeps_the_figure_its_words_go_on_with_though_another_names_its_place():
    # '…长乐社区还将在' runs off onto a figure: '7 个村（社区）…' goes on it, as the page says '将在 5 个
    # 村' twice; that column runs off ('…记者走进') right before '长乐社区，只见…' in poppler's order. The
    # first column names 长乐社区 as '长乐社区，只见…' does — but taking it leaves '…记者走进' nothing
    # (the page sets '在长' together once: no word, nothing against the seam either)
    said = _Said(["据了解，清水社区还将在 5 个村（社区）推广图书角的做法。"] * 3 + ["在长乐村"], 1.0)
    runs_off = Piece(BODY, ["据了解，长乐社区推广红色书", "屋的做法。长乐社区还将在"], 5, 5)
    figure = Piece(BODY, ["7 个村（社区）推广红色书屋", "的做法。5 月 7 日，记者走进"], 1, 1)
    place = Piece(BODY, ["长乐社区，只见新建的步道绿", "树成荫。"], 2, 2)
    pieces = [runs_off, figure, place]
    measured(*pieces)
    _name_pieces(pieces)
    assert runs_off.places and place.places and not figure.places
    assert _fit(runs_off, place, said, 13) + 2 > _fit(runs_off, figure, said, 13)     # by the place
    chains, _ = _chains(pieces, 13, said)
    assert [[p.lines[0] for p in c] for c in chains] == [[runs_off.lines[0], figure.lines[0], place.lines[0]]]


def test_a_column_that_runs_off_on_a_closed_bracket_goes_on_in_the_words_the_page_says_after_it():
    # '…还将在 2 个村（社区）' runs off and was joined, by a guess, to '在参加健身活动…' ('）在': never said).
    # Poppler put '推广 APP 预约平台的做法。' under '在凤鸣街道便民服务中' ('中推': never said) in one flow:
    # the page says '区）推广' twice elsewhere — the flow is cut there, where the column goes on
    stock = ["据了解，凤鸣街道还将在 7 个村（社区）推广 APP 预约平台的做法。"] * 2
    two = ["在凤鸣街道便民服务中", "推广 APP 预约平台的做法。"]
    for page, cut in ((stock, 1), (["据了解，凤鸣街道还将推广 APP 预约平台的做法。"] * 2, 2)):
        t = Piece(BODY, ["约平台的做法。据了解，凤鸣", "街道还将在 2 个村（社区）"], 0, 0)
        # (a guess no line of the flow goes on into at a word: '中在' is none)
        guess = Piece(BODY, ["在参加健身活动；一旁的村民", "小任忙着登记。"], 1, 1)
        assert cut_in(page, [t, guess], two) == two[:cut], page[0]


def test_two_columns_trade_their_lines_where_the_page_says_both_seams_and_neither_as_joined():
    # '…为乡村振兴' was joined (by a guess) to '点事，心里踏实。”'; poppler put '注入了新动能。' under '…能为
    # 乡亲们做' in one flow ('做注': never said). The page says '振兴注入' and '们做点事' elsewhere, '振兴点
    # 事' nowhere: the two trade — the flow is cut there
    says = ["今年以来，南山镇为乡村振兴注入了新动能。", "村民老林说：“能为乡亲们做点事，心里踏实。”"] * 2
    two = ["村民小潘说：“能为乡亲们做", "注入了新动能。"]
    # (nor when the page says the join as made, '振兴点事', or never '们做点事')
    for page, cut in ((says, 1), (says[:1] * 2, 2), (says + ["乡村振兴点事多。"] * 2, 2)):
        a = Piece(BODY, ["截至目前，南山镇已排查整改", "隐患 87 处，为乡村振兴"], 0, 0)
        b = Piece(BODY, ["点事，心里踏实。”", "据了解，南山镇还将推广。"], 1, 1)
        assert cut_in(page, [a, b], two) == two[:cut], len(page)


def test_a_flow_is_not_cut_where_its_own_seam_is_a_word_of_the_dictionarys():
    # '…放学后有' / '人管了。”' in one flow: the page never sets '有人' together inside a line, but the
    # dictionary knows 有人 — a word broken at the line's end, the column's own seam, though a column that
    # runs off ('…摊主小潘说：“有') would go on there at the same word: the flow stays whole. (A flow whose
    # seam is no word is cut: '…放学后没' / '人管了。”')
    page = ["据了解，福田乡还将在三个村推广积分超市的做法。"] * 3
    t = Piece(BODY, ["心里踏实。”摊主小潘说：“有"], 0, 0)
    for two, cut in ((["了这个好地方，孩子放学后有", "人管了。”"], 2), (["了这个好地方，孩子放学后没", "人管了。”"], 1)):
        assert cut_in(page, [t], two) == two[:cut], two[0]


def test_a_flow_is_cut_after_a_sentences_end_where_a_column_that_runs_off_inside_a_word_goes_on():
    # '…还将在 10 个村（社' runs off inside 社区 (the page's word and the dictionary's); poppler put
    # '区）推广便民服务站的做法。' under '…谁不喜欢？' in one flow. After a sentence's end a line may open on
    # anything — but not on the rest of a word another column breaks: the flow is cut there
    page = ["据了解，望江街道还将在社区推广便民服务站的做法。"] * 3
    two = ["这样的便民服务站，谁不喜欢？", "区）推广便民服务站的做法。"]
    seams, said = _Seams(page + two), _Said(page + two, 1.0, across=True)
    for tail, cut in (("望江街道还将在 10 个村（社", 1), ("望江街道还将在 10 个村（乡", 2)):
        t = Piece(BODY, ["近日，望江街道老年协会推出", tail], 0, 0)
        flow = Piece(BODY, list(two), 1, 1)
        pieces = [t, flow]
        measured(*pieces)
        _name_pieces(pieces)
        _cut_flow(pieces, [[t], [flow]], 13, seams, said)
        assert flow.lines == two[:cut], tail


def test_a_flow_is_cut_where_a_column_that_opens_mid_word_finds_the_words_first_half():
    # '今年以来，枫林村办理业' / '截至目前，…' in one flow ('业截': never said); a column opens on '务同比
    # 增长 76%，…' from nowhere. The page never sets '业务' together inside a line, but the dictionary
    # knows 业务: the flow is cut there. (Not when the flow's own seam is the dictionary's word as well)
    page = ["据了解，枫林村还将推广图书角的做法。"] * 3
    h = Piece(BODY, ["务同比增长 76%，为乡村振", "兴注入了新动能。"], 0, 0)
    for two, cut in ((["今年以来，枫林村办理业", "截至目前，枫林村已排查整改"], 1),
                     (["今年以来，枫林村办理业", "务，截至目前枫林村已排查整"], 2)):
        assert cut_in(page, [h], two) == two[:cut], two[1]


def test_a_flow_is_cut_where_a_column_that_opens_on_a_figures_unit_finds_its_figure():
    # '…红色书屋自 11 月 23' / '9 月 1 日，…' in one flow (a figure over a figure); a column opens on
    # '日启用以来，…' from nowhere: the page says '5 日启用' elsewhere, twice — the flow is cut there
    page = ["据了解，红色书屋自 5 日启用以来，受到欢迎。"] * 2
    two = ["介绍，红色书屋自 11 月 23", "9 月 1 日，记者走进龙泉"]
    for opens, cut in (("日启用以来，已累计开展活动", 1), ("启用以来，已累计开展活动", 2)):
        h = Piece(BODY, [opens, "2111 次。"], 0, 0)
        assert cut_in(page, [h], two) == two[:cut], opens


def test_a_flow_is_cut_where_a_column_joined_on_by_a_guess_finds_the_line_it_goes_on_from():
    # '摊主小邓忙着登记。…' opens mid-sentence and was joined, by a guess, after '…望江街道接待' ('待摊':
    # never said). Poppler put '1354 场。' under '…一旁的' in one flow ('的1'): the page says '的摊' twice
    # elsewhere — the flow is cut there, where the column goes on. Not for a column opening on a figure:
    # a figure after a line's words is as likely the flow's own seam
    # (the page says '旁的' before a figure too, twice: '一旁的 25 名摊主')
    page = ["在云溪村供电所，一旁的摊主小邓忙着登记。", "一旁的 25 名摊主忙着登记。"] * 2
    two = ["在云溪村供电所，网格员", "正在直播推介农产品；一旁的", "1354 场。"]
    for opens, cut in (("摊主小邓忙着登记。居民邓洋", 2), ("38 处，摊主小邓忙着登记。", 3)):
        a = Piece(BODY, ["今年以来，望江街道接待"], 0, 0)
        h = Piece(BODY, [opens, "介绍，老年食堂自 5 月 5 日"], 1, 1)
        assert cut_in(page, [a, h], two) == two[:cut], opens


def test_a_flow_is_cut_where_a_column_that_runs_off_before_a_figure_finds_it():
    # '…办理时间缩短了' runs off where the page says a figure after '缩短了' (twice elsewhere: '缩短了 68.5%',
    # '缩短了 92.5%'); poppler put '17%。' under '…老陈忙着登' in one flow ('着登' before a figure: never
    # said) — the flow is cut there, where the column goes on. Not when the page says no figure after
    # the column's last words ('…办理时间大大减少'), nor when it says one after the flow's line too
    # ('忙着登 3 次' twice: a figure is that line's own)
    page = ["通过 VR 平台，办理时间缩短了 68.5%。", "通过 AI 平台，办理时间缩短了 92.5%。"]
    two = ["阅读；一旁的居民老陈忙着登", "17%。"]
    for tail, extra, cut in (("的服务，办理时间缩短了", [], 1), ("的服务，办理时间大大减少", [], 2),
                             ("的服务，办理时间缩短了", ["居民老陈忙着登 3 次。"] * 2, 2)):
        t = Piece(BODY, ["通过 5G 平台，居民可以预约", tail], 0, 0)
        assert cut_in(page + extra, [t], two) == two[:cut], (tail, extra)


def test_a_flow_is_cut_where_a_column_joined_after_a_paragraphs_end_finds_the_line_it_goes_on_from():
    # '在家门口就能办好。”…' opens unindented and was joined after '…谁不喜欢？' (a paragraph's end at a
    # full line: it may go on). Poppler put '通过 APP 平台，…' under '…跑好几趟，现在' in one flow ('在通':
    # never said): the page says '在在' (现在在家门口) twice elsewhere — the flow is cut there. Not when the
    # page never says the pair across ('…跑好几趟，如今': '今在')
    page = ["村民小黄说：“现在在家门口就能办好。”"] * 2
    for tail, cut in (("“以前办事要跑好几趟，现在", 1), ("“以前办事要跑好几趟，如今", 2)):
        two = [tail, "通过 APP 平台，志愿者"]
        seams, said = _Seams(page + two), _Said(page + two, 1.0, across=True)
        a = Piece(BODY, ["近日，石桥乡卫生院启用“农", "技课堂”。这样的农技课堂谁", "不喜欢？这样的课堂谁不爱？"], 0, 0)
        h = Piece(BODY, ["在家门口就能办好。”村民任", "静介绍，农技课堂自 10 月 13"], 1, 1)
        flow = Piece(BODY, list(two), 2, 2)
        pieces = [a, h, flow]
        measured(*pieces)
        _name_pieces(pieces)
        assert (a.end, h.start) == ("either", "cont")
        _cut_flow(pieces, [[a, h], [flow]], 13, seams, said)
        assert flow.lines == two[:cut], tail


def test_a_flow_is_cut_where_a_column_that_opens_on_a_dates_month_finds_its_figure():
    # '…预约平台自 8' / '吸 引 了 203 余 名 …' in one flow ('8吸': no unit); a column opens on '月 9 日启用
    # 以来，…' from nowhere: the page says a figure, '月' and a figure elsewhere (dates, twice) — the flow
    # is cut there. Not when the page never does ('号 9 日': a figure and '号' and a figure nowhere)
    page = ["平台自 10 月 10 日启用以来，已累计服务。", "站自 2 月 8 日启用以来，已累计办理。"]
    two = ["梅介绍，APP 预约平台自 8", "吸 引 了 203 余 名 村 民 参 与 。"]
    for opens, cut in (("月 9 日启用以来，已累计巡", 1), ("号 9 日启用以来，已累计巡", 2)):
        h = Piece(BODY, [opens, "查街巷 1067 次。居民张晓梅"], 0, 0)
        assert cut_in(page, [h], two) == two[:cut], opens


# --- a row of columns of one depth, poppler giving them left to right ---


def test_poppler_s_next_column_as_deep_goes_on_where_a_column_of_its_row_runs_off():
    # a row of four-line columns under a photo: '…家住清水' / '社区的王阿姨说起夜巡…' (the next flow,
    # as deep) or '社区的志愿者…' (a column of another depth, later): nothing at the seam tells them
    # apart ('水社' is said as much before both) — poppler read the row left to right, a flow each: the
    # one it gives next, as deep, stands beside the column
    said = _Said(STOCK, 1.0)
    a = Piece(BODY, ["据了解，清水社区每晚都有居", "民上街巡逻，居民都说放心了", "许多。社区书记介绍，夜巡", "队现有队员四十二名。家住清水"], 0, 0)
    beside = Piece(BODY, ["社区的王阿姨说起夜巡队就", "笑：“有了他们，晚上出门散", "步也放心。”据了解，清水社", "区还将招募更多队员。"], 1, 1)
    later = Piece(BODY, ["社区的志愿者每周都来看望", "老人，帮他们打扫卫生，陪", "他们聊天。社区书记介绍，", "清水社区现有志愿者四十", "二名。"], 7, 7)
    measured(a, beside, later)
    assert _fit(a, beside, said, 13) > _fit(a, later, said, 13) + 2.5
    # (a column of another depth, or one poppler gives later, is no neighbour of the row: no such weight)
    from layout_app.intake.pdfchains import _row_next
    assert _row_next(a, beside) > 0
    assert _row_next(a, later) == 0
    deeper = Piece(BODY, beside.lines + ["清水社区还将招募更多队员。"] * 2, 1, 1)
    assert _row_next(a, deeper) == 0
    apart = Piece(BODY, beside.lines, 1, 0)     # (the same flow: a cut, not the next column)
    assert _row_next(a, apart) == 0
    # (a line alone — a byline, a column's scrap — is no row's column, nor are a few lines: their depth
    # says little, a column's foot as often)
    assert _row_next(Piece(BODY, ["本报记者 孙思远"], 0, 0), Piece(BODY, ["社区的王阿姨说起夜巡队就"], 1, 1)) == 0
    assert _row_next(Piece(BODY, a.lines[1:], 0, 0), Piece(BODY, beside.lines[1:], 1, 1)) == 0


def test_a_column_that_runs_off_before_a_bracket_goes_on_where_the_page_says_the_phrase():
    # '…还将在 3 个村' / '（社区）推广…': no pair of Han characters to ask across a bracket — the page says
    # '个村（社' elsewhere, twice: a word at the seam, as '村（社区）' always is; not where it never does
    from layout_app.intake.pdfseams import _bracket_said

    page = _Said(["据了解，杏花镇还将在 12 个村（社区）推广。"] * 2, 1.0)
    never = _Said(["据了解，杏花镇还将推广农技课堂的做法。"] * 2, 1.0)
    assert _bracket_said("还将在 3 个村", "（社区）推广农技课堂的做法。", page)
    assert not _bracket_said("还将在 3 个村", "（社区）推广农技课堂的做法。", never)
    assert not _bracket_said("还将在 3 个村", "社区推广农技课堂的做法。", page)
    a = Piece(BODY, ["通过 APP 平台，村民可以在", "线预约。据了解，杏花镇还", "将在 3 个村"], 0, 0)
    rest = Piece(BODY, ["（社区）推广农技课堂的做法。", "今年以来，杏花镇服务老人同"], 5, 5)
    measured(a, rest)
    assert a.end == "open"
    assert _fit(a, rest, page, 13) >= _fit(a, rest, never, 13) + 2.0


def test_a_row_of_short_columns_under_a_photo_reads_left_to_right_a_flow_each():
    # three columns of a story's row under its photo, two lines deep, poppler giving each as a flow, left
    # to right: '…家住清水' / '社区的王阿姨…' (the next flow, as deep) or '社区的志愿者…' (given later):
    # nothing at the seam tells them apart ('水社' said as much before both) — poppler's order does
    from layout_app.intake.pdfchains import _greedy, _shallow_rows

    said = _Said(STOCK, 1.0)
    first = Piece(BODY, ["据了解，清水社区每晚都有居", "民上街巡逻。家住清水"], 0, 0)
    beside = Piece(BODY, ["社区的王阿姨说起夜巡队就", "笑，晚上出门散步也放心。"], 1, 1)
    later = Piece(BODY, ["社区的志愿者每周都来看望", "老人，帮他们打扫卫生。"], 2, 2)
    measured(first, beside, later)
    _name_pieces([first, beside, later])
    assert (first.end, beside.start, later.start) == ("open", "cont", "cont")
    chains, _ = _greedy([first, beside, later], 13, said, frozenset())
    assert [first.lines[0], beside.lines[0]] in [[p.lines[0] for p in c] for c in chains]
    # (the pair's own fit gives no row's weight at two lines: `_fit` alone would pick either)
    assert abs(_fit(first, beside, said, 13) - _fit(first, later, said, 13)) <= 0.5
    # … but two stories' columns stacked, given in turn (a, b, a', b'), whose seams read in turn: the
    # column before `a` goes on in `b` ('…散步' / '也放心…'), `a` in the one after ('…家住清' / '水社区…')
    # — no row
    top = Piece(BODY, ["夜巡队员老周每晚都来巡逻，", "他说晚上出门散步"], 0, 0)
    a = Piece(BODY, ["据了解，梅岭村的图书角设在", "村委会一楼，家住清"], 1, 1)
    b = Piece(BODY, ["也放心了。社区里的居民都", "说夜巡队好，晚上都安心。"], 2, 2)
    a2 = Piece(BODY, ["水社区的王阿姨说起夜巡队", "就笑，都说夜巡队好。"], 3, 3)
    measured(top, a, b, a2)
    _name_pieces([top, a, b, a2])
    page = _Said(STOCK + ["散步也放心了。", "散步也放心了。", "住清水社区", "住清水社区"], 1.0)
    pieces = [top, a, b, a2]
    fit = {(id(x), id(y)): _fit(x, y, page, 13) for x in pieces for y in pieces if x is not y}
    turned = dict(fit)
    _shallow_rows(pieces, turned, page, 13)
    assert turned[id(a), id(b)] == fit[id(a), id(b)]
    # (a row, the seams telling nothing against it, gets the row's weight)
    three = [first, beside, later]
    plain = {(id(x), id(y)): _fit(x, y, said, 13) for x in three for y in three if x is not y}
    row = dict(plain)
    _shallow_rows(three, row, said, 13)
    assert row[id(first), id(beside)] == plain[id(first), id(beside)] + 3.0
