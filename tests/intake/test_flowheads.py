"""flowheads: a story's heading lines from pdftotext's default-mode flows — one deck and one kicker to
a story, a kicker with the story whose headline says its subject, a headline set in two lines, and a
headline over a column that names no place. Raw flows and expected structure written by hand."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.flowheads import BODY, HEAD, _heads, _is_kicker_line, _scrap
from layout_app.intake.notices import COLUMNS_GUESS
from layout_app.intake.pdfflows import flows_in_order
from layout_app.intake.pdfpieces import Piece
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, PARAGRAPHS_A,
    PARAGRAPHS_B, _imported, page, text_lines,
)

DECK_A = "——清水社区组建夜巡队工作纪实"
HEAD_B_PEOPLE = "梅岭村：村民的图书角开到家门口"
DECK_B_FIGURES = "35 名村民参与 书香飘进农家"        # names no place, no person: its side says whose it is


def _stories(tmp_path, flows):
    page_copy, _ = _imported(tmp_path, flows)
    return {s["headline"]: s for s in page_copy.to_json()["stories"]}


def test_a_second_deck_naming_nothing_goes_to_the_headline_beside_it(tmp_path):
    # A's and B's headings side by side: poppler gives B's headline, A's headline, then the decks under
    # them, B's (figures, naming nothing) before A's (naming 清水社区). A story has one deck: A keeps
    # the one naming its place, B's goes under B's headline
    flows = page([HEAD_B_PEOPLE], [HEAD_A], [DECK_B_FIGURES], [DECK_A], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(DECK_B_FIGURES) == out.index(HEAD_B_PEOPLE) + 1
    assert out[out.index(HEAD_A) + 1:out.index(HEAD_A) + 3] == [DECK_A, BYLINE_A]
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B_PEOPLE}
    a, b = stories[HEAD_A], stories[HEAD_B_PEOPLE]
    # (the import closes up a figure and its unit: 35名)
    assert (a["kicker"], a["deck"], a["byline"]) == (None, DECK_A, BYLINE_A)
    assert (b["kicker"], b["deck"], b["byline"]) == (None, "35名村民参与 书香飘进农家", None)
    assert (a["paragraphs"], b["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)
    # which headline is beside it is read from poppler's order: a guess, shown with the story it went to
    _, copy = _imported(tmp_path, flows)
    guesses = [(n.args["first"], n.args["last"]) for n in copy.notices if n.template == COLUMNS_GUESS]
    assert (DECK_B_FIGURES, B1[0]) in guesses, guesses


def test_a_deck_naming_a_person_keeps_its_story(tmp_path):
    # the same, but A's second deck names the person A's text quotes (——记队长李军): a deck that says
    # its story's person is that story's, and B's figures deck is the one that moves
    deck_a = "——记夜巡队队长李军"
    flows = page([HEAD_B_PEOPLE], [HEAD_A], [DECK_B_FIGURES], [deck_a], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert (stories[HEAD_A]["deck"], stories[HEAD_B_PEOPLE]["deck"]) == (deck_a, "35名村民参与 书香飘进农家")


# B's text never names its place ('村子里'): a story that names no place at all
B1_NO_PLACE = ["村子里的图书角设在村委"] + B1[1:]
B3_NO_PLACE = ["在家门口就能借到。”", "据了解，村子里还将在三"] + B3[2:]
PARAGRAPHS_B_NO_PLACE = [p.replace("梅岭村", "村子里") for p in PARAGRAPHS_B]
HEAD_B_QINGSHUI = "清水社区图书角开到家门口"


def test_a_headline_over_a_story_naming_no_place_stays_over_it(tmp_path):
    # B's headline names 清水社区 and stands right over B's first column in its flow; B's text names
    # no place at all, A's names 清水社区 throughout. The headline over a column is that column's story's
    # unless that story names other places (then it is another's): B keeps its headline, A its own
    flows = page([HEAD_A], [BYLINE_A] + A1, [HEAD_B_QINGSHUI] + B1_NO_PLACE, B3_NO_PLACE, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(HEAD_B_QINGSHUI) == out.index(B1_NO_PLACE[0]) - 1
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B_QINGSHUI}
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A
    assert stories[HEAD_B_QINGSHUI]["paragraphs"] == PARAGRAPHS_B_NO_PLACE


def test_a_headlines_second_line_in_figures_is_no_deck_to_move(tmp_path):
    # A's headline in two lines in one flow, the second opening with a figure like a deck ('42 天 …');
    # A's deck in a flow apart. The line under A's headline in its flow is set with it: A's headline
    head_a = ["清水社区夜巡队开放", "42 天 居民点赞“真安心”"]
    flows = page([HEAD_B_PEOPLE], head_a, [DECK_A], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(head_a[0]):out.index(head_a[0]) + 4] == head_a + [DECK_A, BYLINE_A]
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    # (the import closes up a figure and its unit: 42天)
    assert set(stories) == {"清水社区夜巡队开放42天 居民点赞“真安心”", HEAD_B_PEOPLE}
    assert stories["清水社区夜巡队开放42天 居民点赞“真安心”"]["deck"] == DECK_A
    assert stories[HEAD_B_PEOPLE]["deck"] is None


COUPLET_B = "书香满村 文明润心"                    # a couplet kicker: names nothing
KICKER_A_LABEL = "平安建设在基层：走进清水社区"


def test_a_second_kicker_naming_nothing_goes_over_the_headline_beside_it(tmp_path):
    # B's couplet comes first in poppler's order, over A's kicker label and headline (the two stories'
    # headings side by side): the headline line poppler gives next is A's, but A has a kicker, its
    # label naming its place. A story has one kicker: the couplet is B's, whose headline has none
    flows = page([COUPLET_B], [KICKER_A_LABEL], [HEAD_A], [HEAD_B_PEOPLE], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(COUPLET_B) == out.index(HEAD_B_PEOPLE) - 1
    assert out[out.index(KICKER_A_LABEL) + 1] == HEAD_A
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B_PEOPLE}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B_PEOPLE]["kicker"]) == (KICKER_A_LABEL, COUPLET_B)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B_PEOPLE]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)
    _, copy = _imported(tmp_path, flows)
    guesses = [(n.args["first"], n.args["last"]) for n in copy.notices if n.template == COLUMNS_GUESS]
    assert (COUPLET_B, B1[0]) in guesses, guesses


def test_a_couplet_over_a_headline_naming_only_its_subject_stays(tmp_path):
    # A's headline names only its subject (夜巡队), its deck the place: the deck is no kicker, and the
    # couplet over A's headline stays A's one kicker
    head_a = "“夜巡队”守护邻里平安夜"
    flows = page([COUPLET_B], [head_a], [DECK_A], [HEAD_B_PEOPLE], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {head_a, HEAD_B_PEOPLE}
    assert (stories[head_a]["kicker"], stories[head_a]["deck"]) == (COUPLET_B, DECK_A)
    assert stories[HEAD_B_PEOPLE]["kicker"] is None


HEAD_B_TWO_LINES = ["从“图书角”", "看梅岭村如何让书香飘满农家小院"]       # one headline set in two lines, one flow


def test_a_kicker_poppler_gives_after_a_two_line_headline_goes_over_it(tmp_path):
    # B's kicker says only B's subject and comes after B's headline, from another flow; the headline's
    # first line names no place, its second line does: 引题 → 主题 all the same
    kicker_b = "“图书角”来了 书香飘进农家"
    flows = page([HEAD_A], HEAD_B_TWO_LINES, [BYLINE_A] + A1, [kicker_b] + B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # (the headline's two lines, one block of poppler's, one line: no space inside its 从…看… frame)
    assert out[out.index(kicker_b):out.index(kicker_b) + 2] == [kicker_b, "从“图书角”看梅岭村如何让书香飘满农家小院"]
    assert Counter("".join(out).replace(" ", "")) == Counter("".join(text_lines(flows)).replace(" ", ""))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, "从“图书角”看梅岭村如何让书香飘满农家小院"}
    b = stories["从“图书角”看梅岭村如何让书香飘满农家小院"]
    assert (b["kicker"], b["paragraphs"]) == (kicker_b, PARAGRAPHS_B)


def test_a_two_line_headlines_first_line_is_no_kicker(tmp_path):
    # B's kicker names the place and the subject and comes first; the first line of B's two-line
    # headline says the subject and no place — it is the headline's, it stays under the kicker
    kicker_b = "“图书角”来了 书香飘进梅岭村"
    flows = page([HEAD_A], [kicker_b], [BYLINE_A] + A1, HEAD_B_TWO_LINES + B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(kicker_b):out.index(kicker_b) + 2] == [kicker_b, "从“图书角”看梅岭村如何让书香飘满农家小院"]
    stories = _stories(tmp_path, flows)
    assert stories["从“图书角”看梅岭村如何让书香飘满农家小院"]["kicker"] == kicker_b


HEAD_B_BUILT = "梅岭村建成“图书角”"


def test_a_kicker_saying_another_storys_subject_goes_to_that_story(tmp_path):
    # poppler gives B's kicker ('“图书角”来了 …', its subject and no place) over A's byline and first
    # column in one flow; none of A's heading lines or text says 图书角, B's headline and text do: a
    # kicker says what its headline is about — B's, over B's headline
    kicker_b = "“图书角”来了 书香飘进农家"
    flows = page([HEAD_A], [kicker_b, BYLINE_A] + A1, [HEAD_B_BUILT] + B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(kicker_b) + 1] == HEAD_B_BUILT
    assert out[out.index(HEAD_A) + 1] == BYLINE_A
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B_BUILT}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B_BUILT]["kicker"]) == (None, kicker_b)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B_BUILT]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_kicker_stays_when_its_storys_text_says_its_subject_too(tmp_path):
    # the same page, but A's text says 图书角 as often as B's: no story's text holds the subject — the
    # kicker stays where its flow puts it
    kicker_b = "“图书角”来了 书香飘进农家"
    a3 = ["清水社区居民王阿姨说：", "“有了夜巡队和图书角、图书", "角、图书角，出门也放心。”"]
    flows = page([HEAD_A], [kicker_b, BYLINE_A] + A1, [HEAD_B_BUILT] + B1, B3, A2, [CAPTION_A], B2, a3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(kicker_b) + 1] == BYLINE_A


def test_a_kicker_goes_to_the_story_whose_text_holds_its_subject(tmp_path):
    # A's text says 图书角 once in passing, B's three times and B's headline names it: B's kicker
    kicker_b = "“图书角”来了 书香飘进农家"
    a3 = ["清水社区居民王阿姨说：", "“有了夜巡队和图书角，晚上", "出门也放心。”"]
    flows = page([HEAD_A], [kicker_b, BYLINE_A] + A1, [HEAD_B_BUILT] + B1, B3, A2, [CAPTION_A], B2, a3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(kicker_b) + 1] == HEAD_B_BUILT
    assert Counter(out) == Counter(text_lines(flows))


# A's text says 居民都点赞“真方便” in two columns: those strings vote for 清水社区
A2_HANDY = A2[:-1] + ["名，居民都点赞“真方便”。"]
A3_HANDY = ["清水社区居民王阿姨说：", "“有了夜巡队，晚上出门散步", "也放心。”居民都点赞“真方", "便”。"]
PARAGRAPHS_A_HANDY = ["入夏以来，清水社区每晚都有居民上街巡逻，社区的夜巡队成了小区里一道亮丽的风景。",
                      "夜巡队队长李军介绍，清水社区夜巡队现有队员四十二名，居民都点赞“真方便”。",
                      "清水社区居民王阿姨说：“有了夜巡队，晚上出门散步也放心。”居民都点赞“真方便”。"]
HEAD_B_OPEN = ["梅岭村图书角开放 30 天", "村民点赞“真方便”"]        # one headline in two lines, one flow


def test_a_headlines_second_line_saying_a_word_of_praise_stays_under_its_first(tmp_path):
    # B's headline in two lines in one flow: the first names 梅岭村, the second no place — its words
    # ('点赞“真方便”') are said in A's columns and vote for 清水社区. The line under a headline line
    # naming a place, in its flow, is the rest of that headline
    flows = page([HEAD_A], HEAD_B_OPEN, [BYLINE_A] + A1, B1, B3, A2_HANDY, [CAPTION_A], B2, A3_HANDY, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # (one block of poppler's: one line, a space at the break)
    joined = "梅岭村图书角开放 30 天 村民点赞“真方便”"
    assert out[out.index(joined):out.index(joined) + 2] == [joined, B1[0]]
    assert Counter("".join(out).replace(" ", "")) == Counter("".join(text_lines(flows)).replace(" ", ""))
    stories = _stories(tmp_path, flows)
    # (the import closes up a figure and its unit: 30天)
    assert set(stories) == {HEAD_A, "梅岭村图书角开放30天 村民点赞“真方便”"}
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A_HANDY
    assert stories["梅岭村图书角开放30天 村民点赞“真方便”"]["paragraphs"] == PARAGRAPHS_B


# a third story, C: its headline names its place, over its first column in its flow
HEAD_C = "望江村健身步道通到河边"
C1 = ["望江村的健身步道沿河而",
      "建，全长三公里，每天清晨都",
      "有村民在这里散步锻炼。"]
C2 = ["村民老李说：“步道修好",
      "以后，望江村的村民天天都来",
      "走一走，身体更好了。”"]
PARAGRAPHS_C = ["望江村的健身步道沿河而建，全长三公里，每天清晨都有村民在这里散步锻炼。",
                "村民老李说：“步道修好以后，望江村的村民天天都来走一走，身体更好了。”"]
COUPLET_C = "强身健体 乐享生活"


def test_a_second_kicker_goes_over_a_headline_poppler_gives_after_it(tmp_path):
    # C's couplet comes right after B's headline in poppler's order, and the heading line poppler gives
    # next is A's kicker label: A has its kicker, the couplet is another's — of the stories with no
    # kicker, B's headline is the nearest in poppler's order but comes before the couplet; a kicker is
    # set over its headline, so poppler gives it first: the couplet is C's
    flows = page([HEAD_B_PEOPLE], [COUPLET_C], B1, [KICKER_A_LABEL], [HEAD_A], [BYLINE_A] + A1, B3, A2,
                 [CAPTION_A], B2, A3, [HEAD_C] + C1, C2, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(COUPLET_C) == out.index(HEAD_C) - 1
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B_PEOPLE, HEAD_C}
    assert [stories[h]["kicker"] for h in (HEAD_A, HEAD_B_PEOPLE, HEAD_C)] == [KICKER_A_LABEL, None, COUPLET_C]
    assert [stories[h]["paragraphs"] for h in (HEAD_A, HEAD_B_PEOPLE, HEAD_C)] == \
        [PARAGRAPHS_A, PARAGRAPHS_B, PARAGRAPHS_C]


BANNER_THEME_LINE = "共建共享新家园 奋进路上再出发"       # two phrases of a banner's weight, no county


def test_the_pages_first_line_shaped_as_a_banners_theme_is_the_banner(tmp_path):
    # poppler gives the page's top first: the banner's theme, and in the same flow the kicker label of
    # the story under it — the theme is no story's heading line (it would push the label down to a
    # headline); it stands in front, the page banner
    flows = page([BANNER_THEME_LINE, KICKER_A_LABEL], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2,
                 [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:3] == [BANNER_THEME_LINE, KICKER_A_LABEL, HEAD_A]
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    got = page_copy.to_json()
    assert got["banner"]["headline"] == BANNER_THEME_LINE
    stories = {s["headline"]: s for s in got["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_A]["byline"]) == (KICKER_A_LABEL, BYLINE_A)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_banner_shaped_line_further_down_is_a_storys_heading_line(tmp_path):
    # the same two-phrase line given later in poppler's order, over B's first column in its flow: not
    # the top of the page — B's headline
    flows = page([KICKER_A_LABEL], [HEAD_A], [BYLINE_A] + A1, [BANNER_THEME_LINE] + B1, B3, A2,
                 [CAPTION_A], B2, A3, [CREDIT])
    page_copy, _ = _imported(tmp_path, flows)
    got = page_copy.to_json()
    assert got["banner"] is None
    stories = {s["headline"]: s for s in got["stories"]}
    assert set(stories) == {HEAD_A, BANNER_THEME_LINE}
    assert stories[BANNER_THEME_LINE]["paragraphs"] == PARAGRAPHS_B


DECK_A_FIGURES = "42 名居民参与 有效解决了群众的急难愁"      # a deck across its frame, wrapped: …急难愁 /
DECK_A_REST = "盼问题"                                        # 盼问题


def test_the_scrap_of_a_deck_wrapped_in_its_frame_stays_under_it(tmp_path):
    # A's deck, wider than a column, wrapped in its frame: its last three characters on a line of their
    # own, under it in its flow — not a heading line of the headline's rank, set over the deck
    flows = page([KICKER_A_LABEL], [HEAD_A], [DECK_A_FIGURES, DECK_A_REST], [BYLINE_A] + A1, [HEAD_B] + B1, B3,
                 A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    at = out.index(HEAD_A)
    assert out[at - 1:at + 4] == [KICKER_A_LABEL, HEAD_A, DECK_A_FIGURES, DECK_A_REST, BYLINE_A]
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    a = stories[HEAD_A]
    # (the import closes up a figure and its unit: 42名)
    assert (a["kicker"], a["deck"], a["byline"]) == (KICKER_A_LABEL, "42名居民参与 有效解决了群众的急难愁盼问题", BYLINE_A)
    assert (a["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_short_headline_under_a_column_wide_line_is_no_scrap():
    # a line of four characters under a heading line no wider than a column ('清水社区夜巡队' /
    # '守护平安'): nothing was wrapped — the two keep their ranks
    assert not _scrap([Piece("head", ["清水社区夜巡队"], 0, 0), Piece("head", ["守护平安"], 1, 0)], 1, 13)
    assert _scrap([Piece("head", [DECK_A_FIGURES], 0, 0), Piece("head", [DECK_A_REST], 1, 0)], 1, 13)
    # (nor one in another flow)
    assert not _scrap([Piece("head", [DECK_A_FIGURES], 0, 0), Piece("head", [DECK_A_REST], 1, 1)], 1, 13)


LABEL_B = "乡村振兴看变化：走进梅岭村"                # B's kicker: a label and its colon
DECK_A_COUNTED = "42 名居民参与 群众满意度明显提升"     # A's deck in figures: names nothing


def test_a_deck_poppler_gives_right_under_another_storys_kicker_is_the_headlines_before(tmp_path):
    # A's headline, then B's kicker label (B's heading beside A's, a little lower), then A's deck, then
    # B's headline: a deck is set under its headline, never right under a kicker — it is A's
    flows = page([KICKER_A], [HEAD_A], [LABEL_B], [DECK_A_COUNTED], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2,
                 [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(DECK_A_COUNTED) == out.index(HEAD_A) + 1
    assert out.index(LABEL_B) == out.index(HEAD_B) - 1
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    a, b = stories[HEAD_A], stories[HEAD_B]
    # (the import closes up a figure and its unit: 42名)
    assert (a["kicker"], a["deck"], a["byline"]) == (KICKER_A, "42名居民参与 群众满意度明显提升", BYLINE_A)
    assert (b["kicker"], b["deck"]) == (LABEL_B, None)
    assert (a["paragraphs"], b["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


LABEL_NOTHING = "记者蹲点：一线见闻"          # a kicker's label naming no place, no subject


def test_a_kicker_label_naming_nothing_goes_over_the_headline_poppler_gives_next(tmp_path):
    # a label names nothing a story's text names: it is no line of the heading before it (a label is
    # set over its headline, never under another) — it goes over the headline line poppler gives next
    flows = page([KICKER_A], [HEAD_A], [LABEL_NOTHING], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2,
                 A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(LABEL_NOTHING) == out.index(HEAD_B) - 1
    assert out[out.index(HEAD_A) + 1] == BYLINE_A
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B]["kicker"]) == (KICKER_A, LABEL_NOTHING)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_kicker_is_told_by_its_label_or_couplet_not_by_a_colon_opening_a_quote():
    assert _is_kicker_line(LABEL_NOTHING) and _is_kicker_line("守护平安 温暖同行")
    assert _is_kicker_line("乡村振兴看变化：走进梅岭村")
    # a column's words cut before the quote they open, taken out as a line of their own
    assert not _is_kicker_line("老人们纷纷点赞：“乡村大舞")
    assert not _is_kicker_line(HEAD_A)          # a place and its colon opens a headline


def test_a_headline_goes_to_the_text_saying_its_place_most_when_names_tie():
    # two column texts name only 云溪村 as far as the page's names tell: one is 云溪村's own text, saying
    # it again and again; the other says it twice, by strings it shares (another story, its own place
    # said once, too rarely to count). The headline naming 云溪村 is the story of the one that says it most
    head = Piece(HEAD, ["云溪村农技课堂惠万家"], 0, 0, places=Counter({"云溪村": 6}))
    other = Piece(BODY, ["近日，梅岭街道老年协会推出", "“口袋公园”，吸引了游客参与。"], 1, 1,
                  places=Counter({"云溪村": 2}))
    own = Piece(BODY, ["通过 5G 平台，云溪村村民可", "以在线预约农技课堂的服务。"], 2, 2,
                places=Counter({"云溪村": 40}))
    heads, _ = _heads([head, other, own], [[other], [own]], 13)
    assert heads == {1: [head]}


def test_a_byline_and_first_column_go_before_the_column_poppler_put_under_the_headline(tmp_path):
    # poppler put A's headline on top of A's third column, in one flow (the headline is set across
    # the story's columns, the third column's top under it); A's byline and first column come
    # elsewhere, with no heading line over them. A's columns: byline, A1, A2 — then the third one
    flows = page([KICKER_A], [HEAD_A] + A3, [HEAD_B], B1, [BYLINE_A] + A1, B3, A2, [CAPTION_A], B2, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    a = stories[HEAD_A]
    assert (a["kicker"], a["byline"]) == (KICKER_A, BYLINE_A)
    assert a["paragraphs"] == PARAGRAPHS_A
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B
    # which column the byline's goes on in is read from names, not seen: a guess, shown
    _, copy = _imported(tmp_path, flows)
    guesses = [(n.args["first"], n.args["last"]) for n in copy.notices if n.template == COLUMNS_GUESS]
    assert any(first in (KICKER_A, HEAD_A) and last == BYLINE_A for first, last in guesses), guesses


def test_a_byline_naming_another_place_does_not_go_before_the_column_under_a_headline():
    # the same, but B's headline is lost from the page and B has a byline: two bylines' columns with
    # no heading line over them. A's third column goes on from the one whose names agree with it (清水
    # 社区), not from B's (梅岭村), though poppler gives B's first
    byline_b = "本报记者 李华"
    flows = page([HEAD_A] + A3, [byline_b] + B1, [BYLINE_A] + A1, B3, A2, [CAPTION_A], B2, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out == [HEAD_A, BYLINE_A] + A1 + A2 + A3 + [CAPTION_A, byline_b] + B1 + B2 + B3 + [CREDIT]


def test_a_column_under_no_heading_goes_on_from_the_byline_under_its_headline():
    # poppler gave A's headline over A's byline and first column (one flow), and A's third column
    # apart, under no heading line, its place said; B's story names another place. A's columns are
    # one story: the byline's chain, then that column — not a story with no headline
    head_a = Piece(HEAD, [HEAD_A], 0, 0, places=Counter({"清水社区": 3}))
    first_a = Piece(BODY, [BYLINE_A] + A1 + A2, 1, 0, places=Counter({"清水社区": 6}))
    head_b = Piece(HEAD, [HEAD_B], 2, 1, places=Counter({"梅岭村": 1}))
    b = Piece(BODY, B1 + B2 + B3, 3, 1, places=Counter({"梅岭村": 6}))
    third_a = Piece(BODY, A3, 4, 2, places=Counter({"清水社区": 3}))
    chains = [[first_a], [b], [third_a]]
    heads, guessed = _heads([head_a, first_a, head_b, b, third_a], chains, 13)
    assert chains == [[first_a, third_a], [b]]
    assert heads == {0: [head_a], 1: [head_b]}
    # the join is read from names alone: A's headline shown as a guess with its story
    assert (head_a, 0) in guessed


def test_a_second_byline_opens_a_story_of_its_own_though_it_names_the_same_place():
    # two stories about 清水社区, each under its byline; the second's headline is lost. A column that
    # opens under a byline is a story's first: it is never joined under another story's
    head_a = Piece(HEAD, [HEAD_A], 0, 0, places=Counter({"清水社区": 3}))
    first_a = Piece(BODY, [BYLINE_A] + A1 + A2, 1, 0, places=Counter({"清水社区": 6}))
    other = Piece(BODY, ["本报记者 李华"] + A3, 2, 1, places=Counter({"清水社区": 3}))
    chains = [[first_a], [other]]
    heads, _ = _heads([head_a, first_a, other], chains, 13)
    assert chains == [[first_a], [other]]
    assert heads == {0: [head_a]}


def test_a_deck_in_figures_goes_to_the_headline_beside_whose_story_tells_of_the_people_it_counts(tmp_path):
    # B's and A's headlines side by side, B's deck in figures given after A's headline, apart from
    # both: it names no place, but counts 村民 — the people B's story tells of (村民随时可以借阅, 村民
    # 老张), never A's (居民, 队员). It is B's deck; A has none
    flows = page([HEAD_B_PEOPLE], [HEAD_A], [DECK_B_FIGURES], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B_PEOPLE}
    assert (stories[HEAD_A]["deck"], stories[HEAD_B_PEOPLE]["deck"]) == (None, "35名村民参与 书香飘进农家")
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B_PEOPLE]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_deck_in_figures_stays_when_the_story_beside_says_its_people_no_more_often():
    # the same deck given to A; B's text says 村民 twice and A's text says it too: no clear word, it stays
    head_b = Piece(HEAD, [HEAD_B_PEOPLE], 0, 0, places=Counter({"梅岭村": 3}))
    head_a = Piece(HEAD, [HEAD_A], 1, 1, places=Counter({"清水社区": 3}))
    deck = Piece(HEAD, [DECK_B_FIGURES], 2, 2)
    a = Piece(BODY, [BYLINE_A, "清水社区的村民每晚上街巡逻，", "村民说，夜里出门放心了。"], 3, 2,
              places=Counter({"清水社区": 6}))
    b = Piece(BODY, ["梅岭村的图书角设在村委", "会一楼，村民随时可以借阅。"], 4, 3, places=Counter({"梅岭村": 6}))
    heads, _ = _heads([head_b, head_a, deck, a, b], [[a], [b]], 13)
    assert heads[0] == [head_a, deck] and heads[1] == [head_b]


def test_a_line_opening_with_its_subject_under_another_headline_in_its_flow_is_a_headline_of_its_own(tmp_path):
    # poppler gave B's headline, '“图书角”开到家门口', in the flow of A's, right under it; B's text names no
    # place. The line names no place, but opens with the thing it is about, in quotes — a headline of
    # its own, not the second line of A's (A's text never says 图书角; B's says it again and again)
    flows = page([HEAD_A, HEAD_B], [BYLINE_A] + A1, B1_NO_PLACE, B3_NO_PLACE, A2, [CAPTION_A], B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B_NO_PLACE)


def test_a_headline_over_its_deck_over_a_storys_first_column_in_one_flow_is_that_storys():
    # B's headline, its deck in figures and B's byline and first column, one under the other in one
    # flow: one block, B's. The headline says no place; a string of it is one A's columns say too
    # (its place vote leans to A) — the block it is set in tells more
    head_b = Piece(HEAD, ["“图书角”见实效"], 0, 0, places=Counter({"清水社区": 1}), says=Counter({"图书角": 1}))
    deck_b = Piece(HEAD, [DECK_B_FIGURES], 1, 0)
    b = Piece(BODY, ["本报记者 李华"] + B1 + B2 + B3, 2, 0, places=Counter({"梅岭村": 6}), says=Counter({"图书角": 1}))
    a = Piece(BODY, [BYLINE_A] + A1 + A2 + A3, 3, 1, places=Counter({"清水社区": 6}))
    head_a = Piece(HEAD, [HEAD_A], 4, 2, places=Counter({"清水社区": 3}))
    heads, _ = _heads([head_b, deck_b, b, a, head_a], [[b], [a]], 13)
    assert heads == {0: [head_b, deck_b], 1: [head_a]}
