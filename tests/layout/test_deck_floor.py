"""A deck (副题) is never squeezed into its frame below 五号 (10.5 pt) under a headline of a brief's size
or more: a reviewer measured a 26-character deck at 9 pt — the body's 小五 — under a 26 pt headline
in two columns, read as a line of text (pdftotext -bbox). It breaks into more lines instead, and the
headline gives way a size within its minimum, or the heading asks for more lines."""
import pytest

from layout_app.io.templates import new_document
from layout_app.layout.compose import size_heading

DECK = "——福田社区“电商直播间”有效解决了群众的急难愁盼问题"


@pytest.mark.parametrize("lines", [5, 6, 7, 8])
def test_a_deck_stays_at_wuhao_or_larger_and_the_headline_within_its_minimum(lines):
    doc = new_document("duikai")
    head, deck = doc.styles["headline_second"], doc.styles["deck"]
    blocks, room, (size, below_min, overset) = size_heading(
        (("headline", head, "“电商直播间”焕新颜"), ("deck", deck, DECK)), doc.grid.span_width(2), lines,
        doc.grid.leading, "gb")
    sizes = {part: b[1] for part, b in blocks}
    assert sizes["deck"] >= 10.5
    assert not below_min and not overset and size >= head.min_size
    assert sum(b[3] for _, b in blocks) <= room
