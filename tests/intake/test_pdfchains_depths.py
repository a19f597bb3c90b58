"""A story's columns stand one depth deep (intake/pdfchains `_depths`): its one short column is its
last, where its text ends. Columns written out by hand, 13 characters a line (a paragraph's first line
indented: 11)."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY
from layout_app.intake.pdfchains import _DEPTH, _chains, _depths, _fit
from layout_app.intake.pdfpieces import CLOSED, CONT, OPEN, Piece
from layout_app.intake.pdfseams import _Said
from tests.intake.test_pdfflows_seams import measured

# a column five lines deep that runs off mid-sentence ('…社区的夜')
TOP = ["入夏以来，清水社区每晚都有", "居民上街巡逻，大家轮流值守", "街巷，一户一户敲门提醒居民", "关好门窗。如今，清水社区的",
       "夜巡队员四十二名，社区的夜"]
# two columns that go on at '巡队', one as deep, one three lines short; each runs off
SAME = ["巡队每晚七点在广场集合，分", "成三组沿街巡查，一直巡到深", "夜十一点。队员们说，巡一趟", "下来虽然累，但看到街坊们睡",
        "得安稳，心里也踏实。队长说"]
SHORT = ["巡队还在门口设了服务点，帮", "老人量血压、修小家电，每周"]
# … and a short column that ends a paragraph: a story's last
LAST = ["巡队的故事还在继续。", "这样的夜巡队，谁不喜欢？"]


def test_a_short_column_that_runs_off_is_not_the_next_of_a_deeper_one():
    # a story's short column is its last: one two lines short of the column before it or more that
    # runs off mid-sentence goes on somewhere, so it is another story's (a story's foot beside a photo,
    # a brief's column) — it fits less than a column as deep
    said = _Said(TOP + SAME + SHORT + LAST, 1.0)
    top, same, short, last = (Piece(BODY, lines, i, i) for i, lines in enumerate((TOP, SAME, SHORT, LAST)))
    measured(top, same, short, last)
    assert (top.end, same.end, short.end, last.end) == (OPEN, OPEN, OPEN, CLOSED)
    assert same.start == short.start == CONT
    assert _depths(top, short) == _DEPTH
    assert _depths(top, same) == 0.0
    # the story's last column, ending its text, poppler gives right after the column it goes on from;
    # given apart, a column that short ending a sentence is as often another story's (`_shallow_apart`)
    assert _depths(top, last) == _DEPTH
    last_next = Piece(BODY, LAST, 1, 1)
    measured(last_next)
    assert _depths(top, last_next) == 0.0
    # (after a paragraph's end, a short column that runs off may be the story's own, under a photo)
    ended = Piece(BODY, TOP[:4] + ["这样的夜巡队，谁不喜欢？"], 0, 0)
    measured(ended)
    assert ended.end == CLOSED and _depths(ended, short) == 0.0
    assert _fit(top, Piece(BODY, SAME, 2, 2, same.start, same.end), said, 13) \
        > _fit(top, Piece(BODY, SHORT, 2, 2, short.start, short.end), said, 13)


def test_a_column_one_line_short_or_a_byline_alone_says_nothing_by_its_depth():
    # a story's columns may differ by a line (the last line of a paragraph); a one-line piece (a byline
    # given alone) is no column
    top = Piece(BODY, TOP, 0, 0, CONT, OPEN)
    assert _depths(top, Piece(BODY, SAME[:4], 1, 1, CONT, OPEN)) == 0.0
    assert _depths(top, Piece(BODY, ["巡队每晚七点在广场集合，分"], 1, 1, CONT, OPEN)) == 0.0
    assert _depths(Piece(BODY, ["本报记者 何明"], 0, 0, "story", OPEN), top) == 0.0


def test_a_sentence_run_off_goes_on_in_the_column_as_deep_not_a_short_one_given_apart_and_says_it_guessed():
    # the column five lines deep runs off ('…社区的夜'); poppler gives, apart from it, a column two lines
    # deep that ends a sentence and one as deep that runs on, both going on at '夜巡队'. The story's
    # stack is five lines deep: the sentence goes on in the column as deep — but only the depth says so,
    # and the join is named a guess
    said = _Said(TOP + SAME + LAST, 1.0)
    top, last, same = Piece(BODY, TOP, 0, 0), Piece(BODY, LAST, 2, 2), Piece(BODY, SAME, 4, 4)
    measured(top, last, same)
    assert _fit(top, same, said, 13) > _fit(top, last, said, 13)
    chains, doubts = _chains([top, last, same], 13, said)
    assert [[p.lines for p in c] for c in chains] == [[TOP, SAME], [LAST]]
    assert (top, same) in doubts
