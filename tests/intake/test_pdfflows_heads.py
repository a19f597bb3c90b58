"""pdftotext's default-mode flows: heading lines given to their stories — a kicker over the headline
it stands above. Raw text and expected structure written by hand."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.notices import COLUMNS_GUESS
from layout_app.intake.pdfflows import flows_in_order
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, K1, K3, KICKER_A,
    PARAGRAPHS_A, PARAGRAPHS_B, _imported, page, text_lines,
)

# B's kicker and headline say its subject, 图书角; its text calls it 书屋, and A's text says 图书角 once:
# the text would give the kicker to A — the headline poppler gives right under it gives it to B
KICKER_B = "“图书角”来了 书香飘进农家"
HEAD_B_PLACE = "梅岭村“图书角”暖人心"
BN1 = ["梅岭村的书屋设在村委会",
       "一楼，书架上摆满了农业技术",
       "和儿童读物，村民随时可以借",
       "阅。"]
BN2 = ["村民老张每周都来看书，",
       "他说：“以前想看本书要跑到",
       "县城，现在村里有了书屋，"]
BN3 = ["在家门口就能借到。”",
       "据了解，梅岭村还将在三",
       "个自然村推广书屋的做法，",
       "让更多村民在家门口读书。"]
PARAGRAPHS_BN = [p.replace("图书角", "书屋") for p in PARAGRAPHS_B]
A3_BOOKS = ["清水社区居民王阿姨说：",
            "“有了夜巡队和图书角，晚上",
            "出门也放心。”"]
PARAGRAPHS_A_BOOKS = PARAGRAPHS_A[:2] + ["清水社区居民王阿姨说：“有了夜巡队和图书角，晚上出门也放心。”"]


def test_a_kicker_goes_over_the_headline_under_it_that_says_its_subject(tmp_path):
    # poppler gives B's kicker and headline (set beside A's heading, over a photo) after A's first column
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [KICKER_B], [HEAD_B_PLACE] + BN1, BN3, A2,
                 [CAPTION_A], BN2, A3_BOOKS, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(KICKER_B) == out.index(HEAD_B_PLACE) - 1
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B_PLACE}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B_PLACE]["kicker"]) == (KICKER_A, KICKER_B)
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A_BOOKS
    assert stories[HEAD_B_PLACE]["paragraphs"] == PARAGRAPHS_BN
    # given by poppler's order: a guess, shown to the user with the lines it joined
    _, copy = _imported(tmp_path, flows)
    guesses = [n for n in copy.notices if n.template == COLUMNS_GUESS]
    assert any(n.args["first"] == KICKER_B for n in guesses), guesses


HEAD_B_BUILT = "梅岭村建成“图书角”"


def test_a_kicker_poppler_gives_after_its_headline_goes_over_it(tmp_path):
    # B's headline (it names the place) comes early in poppler's order; B's kicker (only the subject,
    # no place) is set over B's first column beside a photo and comes later: 引题 → 主题 all the same
    flows = page([KICKER_A], [HEAD_A], [HEAD_B_BUILT], [BYLINE_A] + A1, [KICKER_B], B1, B3, A2, [CAPTION_A], B2,
                 A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(KICKER_B) == out.index(HEAD_B_BUILT) - 1
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B_BUILT}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B_BUILT]["kicker"]) == (KICKER_A, KICKER_B)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B_BUILT]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


HEAD_B_SUBJECT = "图书角书香浓"          # B's headline says its subject and no place


def test_a_kicker_announcing_the_subject_goes_over_a_headline_naming_no_place(tmp_path):
    # B's headline says only its subject (图书角), no place, and comes early in poppler's order; B's
    # kicker announces that subject ('“图书角”来了 …': the subject in quotes, two phrases) and comes
    # later: it is the kicker all the same, over the headline (引题 → 主题) — not a headline under it
    flows = page([KICKER_A], [HEAD_A], [HEAD_B_SUBJECT], [BYLINE_A] + A1, [KICKER_B], B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(KICKER_B) == out.index(HEAD_B_SUBJECT) - 1
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B_SUBJECT}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B_SUBJECT]["kicker"]) == (KICKER_A, KICKER_B)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B_SUBJECT]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_headline_opening_with_its_subject_after_another_is_no_kicker():
    # a line opening with the subject in quotes and going on in one phrase ('“图书角”开到家门口') is a
    # headline's shape, not a kicker announcing it: poppler's order stands
    flows = page([KICKER_A], [HEAD_A], [HEAD_B_SUBJECT], [BYLINE_A] + A1, [HEAD_B], B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(HEAD_B) > out.index(HEAD_B_SUBJECT)
    assert Counter(out) == Counter(text_lines(flows))


def test_a_headlines_second_line_saying_its_subject_stays_under_its_first():
    # one flow, the headline set in two lines, the second saying the subject and no place: not a kicker
    second = "“图书角”里书声琅琅"
    flows = page([KICKER_A], [HEAD_A], [HEAD_B_BUILT, second], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    # (one block of poppler's: the headline's two lines one line, a space at the break)
    assert HEAD_B_BUILT + " " + second in out
    assert Counter("".join(out).replace(" ", "")) == Counter("".join(text_lines(flows)).replace(" ", ""))


# A's headline in one line, its second phrase a word of praise in quotes that only B's text says
HEAD_A_PRAISED = "清水社区夜巡队开放 42 天 居民点赞“暖民心”"
B3_WARM = B3 + ["村民都说，图书角“暖民",
                "心”。"]


def test_a_headlines_second_phrase_ending_on_another_storys_word_is_not_cut_off(tmp_path):
    # two stories' headlines side by side go apart by the names each side opens with; a phrase that
    # ends on a quoted word of praise ('居民点赞“暖民心”') is the rest of the headline on its left
    flows = page([KICKER_A], [HEAD_A_PRAISED], [HEAD_B], [BYLINE_A] + A1, B1, B3_WARM, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert HEAD_A_PRAISED in out
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    # (the import closes up a figure and its unit: 42天)
    assert set(stories) == {"清水社区夜巡队开放42天 居民点赞“暖民心”", HEAD_B}
    a = stories["清水社区夜巡队开放42天 居民点赞“暖民心”"]
    assert (a["kicker"], a["paragraphs"]) == (KICKER_A, PARAGRAPHS_A)
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B + ["村民都说，图书角“暖民心”。"]


def test_a_headline_over_another_storys_first_column_goes_to_the_story_naming_its_place(tmp_path):
    # poppler gives B's headline (it names 梅岭村) right over A's byline and first column in one flow:
    # A's text never names 梅岭村, B's does — the headline is B's
    flows = page([KICKER_A], [HEAD_A], [HEAD_B_BUILT, BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(HEAD_B_BUILT) == out.index(B1[0]) - 1
    assert out[out.index(HEAD_A) + 1] == BYLINE_A
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B_BUILT}
    assert (stories[HEAD_A]["byline"], stories[HEAD_B_BUILT]["byline"]) == (BYLINE_A, None)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B_BUILT]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_line_naming_nothing_stays_under_the_heading_line_over_it_in_its_flow(tmp_path):
    # A's headline names its subject, no place; its deck in figures names nothing, and its stock
    # phrase is said only in B's columns (the strings vote for 梅岭村) — it stands under A's headline
    # in their flow: A's
    head_a = "“夜巡队”守护邻里平安夜"
    deck = "42 名居民参与 让群众的获得感成色更足"
    flows = page([KICKER_A], [head_a, deck], [HEAD_B], [BYLINE_A] + A1, K1, K3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(head_a) + 1] == deck
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {head_a, HEAD_B}
    # (the import closes up a figure and its unit: 42名)
    assert (stories[head_a]["deck"], stories[HEAD_B]["deck"]) == ("42名居民参与 让群众的获得感成色更足", None)
    assert stories[head_a]["paragraphs"] == PARAGRAPHS_A


# B's kicker: two phrases, the first saying a word of praise that A's text quotes after 点赞, the second
# naming B's place
KICKER_B_PRAISE = "书香暖民心 文明润乡里：走进梅岭村"
A3_PRAISE = A3 + ["居民为夜巡队点赞“暖民",
                  "心”。"]


def test_a_word_of_praise_in_quotes_is_no_subject_to_cut_a_heading_line_at():
    # '点赞“暖民心”' quotes praise, not the subject a story is about: the kicker saying that word on the
    # left of its space and B's place on the right is one line of B's, not A's line beside B's
    flows = page([KICKER_A], [HEAD_A], [KICKER_B_PRAISE], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2,
                 A3_PRAISE, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(KICKER_B_PRAISE) == out.index(HEAD_B) - 1
    assert Counter(out) == Counter(text_lines(flows))


def test_a_story_quoting_praise_keeps_its_kicker_whole(tmp_path):
    flows = page([KICKER_A], [HEAD_A], [KICKER_B_PRAISE], [HEAD_B], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2,
                 A3_PRAISE, [CREDIT])
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["kicker"], stories[HEAD_B]["kicker"]) == (KICKER_A, KICKER_B_PRAISE)
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A + ["居民为夜巡队点赞“暖民心”。"]
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B


def test_a_headline_naming_another_storys_thing_over_a_first_column_goes_to_that_story(tmp_path):
    # poppler gives B's headline (it names no place, only B's thing, 图书角) right over A's byline and
    # first column in one flow: A's text never says 图书角, B's says it every time — the headline is B's
    flows = page([KICKER_A], [HEAD_A], [HEAD_B, BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(HEAD_B) == out.index(B1[0]) - 1
    assert out[out.index(HEAD_A) + 1] == BYLINE_A
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["byline"], stories[HEAD_B]["byline"]) == (BYLINE_A, None)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_headline_saying_a_thing_both_stories_say_stays_over_the_column_under_it(tmp_path):
    # A's text says 图书角 too ('有了夜巡队和图书角'): the thing is not another story's alone — the
    # headline stays with the column under it in its flow (A's), as poppler's order has it
    flows = page([KICKER_A], [HEAD_A], [HEAD_B, BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3_BOOKS, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(HEAD_B) == out.index(BYLINE_A) - 1


def test_a_column_line_alone_in_its_flow_ending_inside_a_word_is_no_heading(tmp_path):
    # a blank line came between B's column lines: '…推广图书' alone in its flow, column-wide, no mark of
    # running text — the shape of a heading line. But its word runs on into the line poppler gives next
    # ('图书' / '角的做法': 图书角, as the page says it again and again): a heading line ends on a whole
    # word, this is a column's line
    b3 = ["在家门口就能借到。”", "据了解，梅岭村还将在三"]
    cut, rest = "个自然村（社区）推广图书", ["角的做法，让更多村民在家门", "口读书，书香飘进了千家万", "户。"]
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, B1, b3, [cut], rest, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(cut) - 1:out.index(cut) + 2] == [b3[-1], cut, rest[0]]
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B[:2] + [
        "据了解，梅岭村还将在三个自然村（社区）推广图书角的做法，让更多村民在家门口读书，书香飘进了千家万户。"]
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A


def test_a_column_wide_headline_over_a_column_opening_on_its_date_is_a_heading(tmp_path):
    # B's headline, as wide as a column and with no mark, poppler gave on top of B's second column in
    # one flow (B's kicker came apart, over B's first column); that column opens a sentence on its date
    # and comma ('10 月 25 日，…' — a figure's width is a guess, the indent does not show). Running text
    # never goes on into a date's sentence without a mark: the line is a heading, not the column's top
    kicker_b, head_b = "书香满村：梅岭村的新变化", "梅岭村图书角开到农家小院"
    b1 = B1[:3] + ["借阅，大人孩子都爱来这里。"]
    dated = ["10 月 25 日，记者又走进梅岭", "村，村委会一楼的图书角里", "坐满了看书的村民。"]
    flows = page([HEAD_A], [BYLINE_A] + A1, [kicker_b], b1, A2, [CAPTION_A], [head_b] + dated, B2, A3, B3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(kicker_b):out.index(kicker_b) + 3] == [kicker_b, head_b, b1[0]]
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, head_b}
    b = stories[head_b]
    assert b["kicker"] == kicker_b
    assert b["paragraphs"] == ["梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物，村民随时可以借阅，大人孩子都爱来这里。"
                               "10月25日，记者又走进梅岭村，村委会一楼的图书角里坐满了看书的村民。"] + PARAGRAPHS_B[1:]
    assert (stories[HEAD_A]["kicker"], stories[HEAD_A]["paragraphs"]) == (None, PARAGRAPHS_A)


def test_a_kickers_line_is_not_cut_after_a_word_no_heading_ends_on():
    # '记者蹲点：清水社区的 “图书角” 一天' names A's place left of its space and opens with B's subject
    # right of it — the shape of two stories' headings side by side. But the left ends on 的: no heading
    # ends there, the line goes on across the space; it stays one line
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.headsapart import _heads_apart
    from layout_app.intake.pdfpieces import Piece

    kicker = "记者蹲点：清水社区的 “图书角” 一天"
    a = Piece(BODY, ["清水社区每晚都有居民上街巡逻，", "清水社区的夜巡队成了风景。"], 1, 1)
    b = Piece(BODY, ["“图书角”设在村委会一楼，", "村民说，图书角开到了家门口。"], 2, 2)
    pieces = [Piece(HEAD, [kicker], 0, 0), a, b]
    assert not _heads_apart(pieces, [[a], [b]])
    assert [p.lines for p in pieces] == [[kicker], a.lines, b.lines]
    # (the same two names either side of a space after a whole word: two stories' headings)
    pieces = [Piece(HEAD, ["清水社区夜巡队 “图书角”开到家门口"], 0, 0), a, b]
    assert _heads_apart(pieces, [[a], [b]])
    assert [p.lines for p in pieces][:2] == [["清水社区夜巡队"], ["“图书角”开到家门口"]]


def test_a_flows_first_line_opening_on_a_place_and_its_colon_over_a_line_it_does_not_go_on_into_is_a_heading():
    # '梅岭村：图书角开到家门口', 12 characters with no mark of running text, on top of a column going on
    # mid-sentence ('会一楼，…', a full line): a column's top or a headline? A place and its colon open a
    # headline (in running text a colon follows who speaks), and '口' / '会' is no pair the page sets
    # together: a heading line
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces

    head = "梅岭村：图书角开到家门口"
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [head] + B1[1:], B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    at = next(k for k, p in enumerate(pieces) if head in p.lines)
    assert (pieces[at].kind, pieces[at].lines) == (HEAD, [head])
    assert (pieces[at + 1].kind, pieces[at + 1].lines) == (BODY, B1[1:])
    # (a line that goes on into the next at a pair the page sets together stays the column's: '…农业技' /
    # '术和…', 技术 said elsewhere on the page)
    column = "梅岭村：书架上摆满了农业技"
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [column] + B1[2:], B3, A2, [CAPTION_A], B2, A3,
                 ["技术员也常来。"], [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    assert next(p.kind for p in pieces if column in p.lines) == BODY


def test_a_flows_first_line_naming_a_place_over_a_column_opening_mid_word_is_a_heading():
    # '梅岭村图书角真聚人气', as wide as an indented line, names its place, on top of a column that opens
    # mid-word ('会一楼，…', its first character the end of 村委会): '气' / '会' is no pair the page sets
    # together — a headline set over the column, not a paragraph's first line going on
    from layout_app.intake.flowheads import BODY, HEAD
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces

    def kinds(top: str, column: list[str]) -> list[tuple[str, list[str]]]:
        flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [top] + column, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
        pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
        at = next(k for k, p in enumerate(pieces) if top in p.lines)
        return [(p.kind, p.lines) for p in pieces[at:at + 2]]

    assert kinds("梅岭村图书角真聚人气", B1[1:]) == [(HEAD, ["梅岭村图书角真聚人气"]), (BODY, B1[1:])]
    # (a line opening on 在 is a sentence's place: a paragraph's first line, '在梅岭村的村委会一楼' / '图书
    # 角里…'; so is one whose word runs on into a line that ends it at once, '…的书' / '屋，…')
    column = ["屋，书架上摆满了农业技术和", "儿童读物。"]
    assert kinds("在梅岭村的村委会一楼", B1[2:])[0][0] == BODY
    assert kinds("梅岭村村委会一楼的书", column)[0][0] == BODY


def test_a_kickers_label_set_on_a_columns_line_goes_apart_with_its_rest_and_a_deck_cut_at_its_quote_is_one(tmp_path):
    # B's kicker label set on the baseline of A's column line: poppler gives '…社区的夜 记者蹲点：', the
    # kicker's rest on the next line among A's column lines ('梅岭村的 “图书角” 一天': phrases apart, no
    # column sets that). The label and its rest go apart from A's column, over B's headline. B's deck
    # came cut at its quote ('——梅岭村' / '“图书角”让村民爱上读书'): one deck, under the headline
    label_line, rest = A1[1] + " 记者蹲点：", "梅岭村的 “图书角” 一天"
    deck1, deck2 = "——梅岭村", "“图书角”让村民爱上读书"
    flows = page([HEAD_A], [BYLINE_A, A1[0], label_line, rest], [HEAD_B], [deck1, deck2], B1, B3, A2, [CAPTION_A],
                 B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(A1[1]) + 1] == A2[0]
    assert out[out.index("记者蹲点："):out.index("记者蹲点：") + 6] == ["记者蹲点：", rest, HEAD_B, deck1, deck2, B1[0]]
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    b = stories[HEAD_B]
    assert (b["kicker"], b["deck"]) == ("记者蹲点：梅岭村的“图书角”一天", "——梅岭村“图书角”让村民爱上读书")
    assert (b["paragraphs"], stories[HEAD_A]["paragraphs"]) == (PARAGRAPHS_B, PARAGRAPHS_A)


def test_a_kickers_label_of_two_phrases_set_on_a_columns_line_goes_apart():
    # (page 122280) '…志愿者正在 便民服务暖民心 共建共享新家园：' over '枫林村的新变化': a label may be two
    # phrases a space apart, over its rest; the column's words stay, the label goes apart — not a
    # speaker's colon, nor a column spread by justification, nor a label whose rest poppler did not give
    # under it (under it a column's line, or a deck: page 122220)
    from layout_app.intake.flowlines import _decks_apart, _label_beside
    line, rest = "乐村综合执法队，志愿者正在 便民服务暖民心 共建共享新家园：", "枫林村的新变化"
    m = _label_beside(line, rest, 13)
    assert m is not None and m.groups() == ("乐村综合执法队，志愿者正在", "便民服务暖民心 共建共享新家园：")
    assert _decks_apart(["在长", line, rest, "观看文艺演出；一旁的居民老"], 13) == [
        "便民服务暖民心 共建共享新家园：", rest, "", "在长", "乐村综合执法队，志愿者正在", "观看文艺演出；一旁的居民老"]
    assert _label_beside("乐村综合执法队，志愿者正在 居民小陈 说：", rest, 13) is None
    assert _label_beside("乐 村 综 合 执 法 队 ， 志 愿 者 正 在 便民服务暖民心 共建共享新家园：", rest, 13) is None
    for below in ("观看文艺演出；一旁的居民老", "——记店主萧丽", ""):
        assert _label_beside(line, below, 13) is None


def test_a_bylines_set_beside_another_storys_headline_goes_apart_to_the_story_with_none(tmp_path):
    # B's byline set on the baseline of A's headline: poppler gives one line, '清水社区：… 通讯员 李华'.
    # A byline is no part of a headline: it goes apart, to the story that has none (A has its own)
    byline_b = "通讯员 李华"
    flows = page([KICKER_A], [HEAD_A + " " + byline_b], [BYLINE_A] + A1, [HEAD_B], B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert HEAD_A in out and out[out.index(HEAD_B) + 1] == byline_b
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["byline"], stories[HEAD_B]["byline"]) == (BYLINE_A, byline_b)
    assert (stories[HEAD_A]["paragraphs"], stories[HEAD_B]["paragraphs"]) == (PARAGRAPHS_A, PARAGRAPHS_B)


def test_a_column_line_ending_on_the_word_its_date_belongs_to_goes_on_into_the_date():
    # the other half of the rule above, by hand: '…截至' / '6 月 20 日，…' and '…定于' / '10 月 1 日，…'
    # are one sentence run on at a column's end; a line with no such word over a date's sentence is not
    from layout_app.intake.pdfflows import _dated
    assert _dated("梅岭村图书角开到农家小院", "10 月 25 日，记者又走进梅岭")
    assert _dated("杏花社区调解室更便捷", "2024 年 6 月 20 日，记者走进")
    assert not _dated("社区调解室运行良好，截至", "6 月 20 日，已累计调解纠纷")
    assert not _dated("图书角的开放仪式定于", "10 月 1 日，在村委会一楼举行")
    assert not _dated("梅岭村图书角开到农家小院", "记者又走进梅岭村，只见")


def test_a_byline_set_in_two_lines_stays_over_its_column_and_is_one_byline(tmp_path):
    # our layout breaks a byline between its reporters, each label with its names: poppler gives the two
    # lines over A's first column in its flow. B has no byline: neither line may go to it
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], ["本报记者 王明", "通讯员 李华"] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                 [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index("本报记者 王明"):out.index(A1[0]) + 1] == ["本报记者 王明", "通讯员 李华", A1[0]]
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert (stories[HEAD_A]["byline"], stories[HEAD_A]["paragraphs"]) == ("本报记者 王明 通讯员 李华", PARAGRAPHS_A)
    assert (stories[HEAD_B]["byline"], stories[HEAD_B]["paragraphs"]) == (None, PARAGRAPHS_B)


def test_a_columns_first_line_over_a_line_opening_on_de_is_no_heading(tmp_path):
    # B's second column opens with a full line and no mark ('就可以在线预约图书角的图书'), over a line as
    # wide as an indented one that opens on 的 (cut short by the figure that did not fit): no sentence
    # opens on 的 — the two lines are one paragraph's, the first no headline
    b1 = ["梅岭村的图书角设在村委", "会一楼，书架上摆满了农业技", "术和儿童读物，村民通过手机"]
    b2 = ["就可以在线预约图书角的图书", "的服务，办理时间缩短了", "70.5%。"]
    b3 = B3[1:]
    flows = page([KICKER_A], [HEAD_A], [HEAD_B], [BYLINE_A] + A1, b1, A2, [CAPTION_A], b2, b3, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[out.index(HEAD_B):out.index(HEAD_B) + 10] == [HEAD_B] + b1 + b2 + b3
    assert Counter(out) == Counter(text_lines(flows))
    page_copy, _ = _imported(tmp_path, flows)
    stories = {s["headline"]: s for s in page_copy.to_json()["stories"]}
    assert set(stories) == {HEAD_A, HEAD_B}
    assert stories[HEAD_B]["kicker"] is None
    assert stories[HEAD_B]["paragraphs"] == [
        "梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物，村民通过手机就可以在线预约图书角的图书的服务，"
        "办理时间缩短了70.5%。", PARAGRAPHS_B[2]]
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A
