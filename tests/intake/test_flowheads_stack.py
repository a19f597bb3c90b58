"""flowheads: heading lines stacked over a story's byline column in one flow of pdftotext's default
text go with that story, though they name nothing. Raw flows and expected structure written by hand."""
from __future__ import annotations

from tests.intake.test_flowheads import _stories
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A1, A2, A3, B1, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_B, PARAGRAPHS_A, PARAGRAPHS_B, page,
)

# A's headline in two lines naming no place, no subject in quotes, no person: only the flow tells
HEAD_A_BLANK = ["老旧街巷里的守夜人", "邻里守望让居民更安心"]


def test_heading_lines_naming_nothing_over_a_byline_column_in_its_flow_are_its_storys(tmp_path):
    # poppler gives B's headline alone in its flow, then A's two headline lines right over A's byline
    # and first column, in that column's flow. The lines name nothing: they do not go under the
    # heading line poppler gave before them (B's, in another flow), but with the byline column they
    # stand on — a headline is set over its story's byline
    flows = page([HEAD_B], HEAD_A_BLANK + [BYLINE_A] + A1, B1, B3, A2, [CAPTION_A], B2, A3, [CREDIT])
    stories = _stories(tmp_path, flows)
    assert set(stories) == {HEAD_B, HEAD_A_BLANK[1]}
    b = stories[HEAD_B]
    assert (b["kicker"], b["deck"], b["byline"], b["paragraphs"]) == (None, None, None, PARAGRAPHS_B)
    # (whether A's first line is its kicker or its headline's first half is `headings`' to say; both
    # lines are A's, in their order, over A's byline)
    a = stories[HEAD_A_BLANK[1]]
    assert (a["kicker"], a["byline"], a["paragraphs"]) == (HEAD_A_BLANK[0], BYLINE_A, PARAGRAPHS_A)
