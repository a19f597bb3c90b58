"""The shape of a line of pdftotext's default flows (intake.flowshapes, used by pdfflows' pieces).
Text written by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _pieces, flows_in_order
from layout_app.intake.pdfpieces import STORY
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A2, A3, B1, B2, B3, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, page, text_lines,
)

BYLINE_TWO = ["本报记者 王明", "通讯员 李华"]
# A's first column under its byline holds one line only (the byline's two lines take the rest), a line
# with no mark of running text: '“夜巡队是我们一个一' goes on in the next column, '个拉起来的。”…'
TOP = "“夜巡队是我们一个一"
A1_REST = ["个拉起来的。”清水社区的夜", "巡队成了小区里一道亮丽的风"]


def test_a_line_under_a_byline_in_its_flow_is_the_columns_text():
    flows = page([KICKER_A], [HEAD_A] + BYLINE_TWO + [TOP], A1_REST, B1, B3, [HEAD_B], A2[1:], [CAPTION_A],
                 B2, A3, [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    at = next(k for k, p in enumerate(pieces) if TOP in p.lines)
    # (the byline is never over a heading line: 引题 → 主题 → 副题 → byline → 正文)
    assert (pieces[at].kind, pieces[at].lines, pieces[at].start) == (BODY, BYLINE_TWO + [TOP], STORY)
    assert next(p.kind for p in pieces if HEAD_A in p.lines) == HEAD
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(TOP) + 1 == out.index(A1_REST[0])

