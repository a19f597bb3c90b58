"""pdftotext's default flows: what a page editor reads where poppler's rows mix two stories' parts —
decks in a row after their headlines in a row, a deck over another story's kicker, a kicker's label
and its rest over the deck with the headline in a flow apart, a deck's second line one em wider than
the column beside it, a paragraph's first line in a column narrower than the page's, a story's short
column in the middle of its chain, a rest that names its story's place. Lines written by hand."""
from __future__ import annotations

from collections import Counter

from layout_app.intake.flowlines import _decks_apart, _label_beside
from layout_app.intake.pdfflows import flows_in_order
from layout_app.intake.pdfpieces import CLOSED, CONT, OPEN, PARA, STORY, Piece
from layout_app.intake.pdfstacks import short_last
from layout_app.intake.rawpieces import visual_lines
from tests.intake.test_flowheads import _stories
from tests.intake.test_pdfflows import (
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, PARAGRAPHS_A, PARAGRAPHS_B, page, text_lines,
)

DECK_A = "42 名队员参与 守护邻里平安"           # decks in figures, naming no place
DECK_B = "3 个自然村推广 借阅更方便"
# (decks counting people neither story's text names: only their order tells)
ROW_A, ROW_B = "120 名游客参与 群众满意度明显提升", "86 名商户参与 受到普遍欢迎"
KICKER_B = "书香满乡村：梅岭村的新变化"          # names B's place


def test_decks_in_a_row_go_to_the_headlines_in_the_row_before_in_turn(tmp_path):
    # A's and B's headlines side by side, each a flow of its own, then their decks side by side:
    # poppler gives a row left to right — the first deck is the first headline's
    for deck_a, deck_b in ((DECK_A, DECK_B), (ROW_A, ROW_B)):
        flows = page([HEAD_A], [HEAD_B], [deck_a], [deck_b], [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3,
                     [CREDIT])
        stories = _stories(tmp_path, flows)
        assert set(stories) == {HEAD_A, HEAD_B}
        assert (_closed(stories[HEAD_A]["deck"]), _closed(stories[HEAD_B]["deck"])) == (_closed(deck_a), _closed(deck_b))
    assert stories[HEAD_A]["paragraphs"] == PARAGRAPHS_A and stories[HEAD_B]["paragraphs"] == PARAGRAPHS_B


def test_a_deck_over_another_storys_kicker_is_the_decks_of_the_column_under_them(tmp_path):
    # A's deck tops the flow of A's first column, but poppler put B's kicker (set beside, over B's
    # headline) between the deck and A's byline: a kicker is never set under a deck
    flows = page([HEAD_A], [DECK_A, KICKER_B, BYLINE_A] + A1, [HEAD_B], B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert Counter(out) == Counter(text_lines(flows))
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_A, HEAD_B}
    a, b = stories[HEAD_A], stories[HEAD_B]
    assert (_closed(a["deck"]), a["byline"], a["paragraphs"]) == (_closed(DECK_A), BYLINE_A, PARAGRAPHS_A)
    assert (b["kicker"], b["deck"]) == (KICKER_B, None)


def _closed(text: str | None) -> str:
    return "".join((text or "").split())


def _head(line: str, pos: int, flow: int) -> Piece:
    return Piece("head", [line], pos, flow)


def test_a_decks_next_line_an_em_wider_than_its_column_is_the_decks():
    # the deck's first line on a column line's baseline, its second (14 ems) inside the column's flow
    # (13 ems a line): no line of the column — the page measure's slack for figures let it pass before
    flow = ["截至目前，龙泉乡已排查整改", "隐患 51 处，有效解决了群众", "的急难愁盼问题。今年以来，",
            "龙泉乡培训农民同比增长，为 ——望江村", "“健身步道”群众满意度明显提升", "乡村振兴注入了新动能。截至"]
    out = _decks_apart(flow + [""] + ["下一个栏的第一行文字在这里"], 13)
    assert out[:3] == ["——望江村", "“健身步道”群众满意度明显提升", ""]
    assert out[3:9] == flow[:3] + ["龙泉乡培训农民同比增长，为", "乡村振兴注入了新动能。截至", ""]
    # a line no wider than the column's others stays the column's
    plain = flow[:4] + ["乡村振兴注入了新动能。截至"]
    assert _decks_apart(plain, 13) == ["——望江村", "", *flow[:3], "龙泉乡培训农民同比增长，为", "乡村振兴注入了新动能。截至"]


def test_a_quote_scrap_beside_a_kickers_label_is_the_columns():
    # '“能' cut off the column's line (the quote set close), a kicker's label of two phrases beside it
    m = _label_beside("“能 共建共享新家园 奋进路上再出发：", "杏花社区的新变化", 13)
    assert m is not None and (m.group(1).strip(), m.group(2)) == ("“能", "共建共享新家园 奋进路上再出发：")
    # a heading opening on a quoted term is no scrap: '“四点半课堂” 来了' stays a heading
    assert _label_beside("“四点半课堂” 乐融融：", "", 13) is None


def test_a_short_line_after_a_sentences_end_stays_a_first_line_in_column_flows():
    # a column of 12 on a page measured 13: '社区主任张丽介绍，家' (10 ems) is an indented first line;
    # pdftotext's default mode gives column lines whole, it is no piece -raw cut off the line above
    lines = ["启用以来，已累计调解纠纷", "997 次。", "社区主任张丽介绍，家", "庭医生工作室自 6 月 16 日"]
    assert visual_lines(lines, 13, stubs=False)[1:3] == ["997 次。", "社区主任张丽介绍，家"]
    # (read as -raw's pieces too: set as compose sets them, '997次。社区主任张丽介绍，家' is no one
    # column line — resetlines.fits_line — so the short line ends its paragraph there as well)
    assert visual_lines(lines, 13)[1:3] == ["997 次。", "社区主任张丽介绍，家"]


def _body(n: int, start: str, end: str, pos: int, places: dict | None = None) -> Piece:
    return Piece("body", [f"第{k}行" for k in range(n)], pos, pos, start=start, end=end, places=Counter(places or {}))


def test_a_stacks_column_a_line_short_in_the_middle_ends_the_story():
    # 5, 4, 5, 5 lines: the short column ends a paragraph and the next opens one — the story's last
    # column; the chain is read from the column after it
    c = [_body(5, PARA, OPEN, 1), _body(4, CONT, CLOSED, 2), _body(5, PARA, OPEN, 3), _body(5, CONT, CLOSED, 4)]
    assert [p.pos for p in short_last([c])[0]] == [3, 4, 1, 2]
    # not where the next column goes on mid-sentence
    d = [_body(5, PARA, OPEN, 1), _body(4, CONT, CLOSED, 2), _body(5, CONT, OPEN, 3), _body(5, CONT, CLOSED, 4)]
    assert [p.pos for p in short_last([d])[0]] == [1, 2, 3, 4]
    # nor on a chain opening on its byline (its first column is the story's first)
    e = [_body(5, STORY, OPEN, 1), _body(4, CONT, CLOSED, 2), _body(5, PARA, OPEN, 3), _body(5, CONT, CLOSED, 4)]
    assert [p.pos for p in short_last([e])[0]] == [1, 2, 3, 4]
