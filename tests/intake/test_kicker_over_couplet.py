"""A kicker alone in its flow, right before a headline in a couplet's shape that stands on its story's
first column in its flow (flowheads): the couplet is that story's headline — a kicker is never set on
the text — so the kicker goes over it, not past it to the next headline. Pieces and the story each line
goes to written by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD, _heads
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.pdfpieces import Piece

A_TEXT = ["桃源社区的充电桩设在村委", "会门口，桃源社区居民随时可以", "来充电。"]
B_TEXT = ["清水乡的家庭医生工作室设", "在卫生院，清水乡村民看病不", "用再跑远路。"]


def _given() -> dict[int, list[str]]:
    # poppler's order: the kicker alone in flow 0; the couplet in flow 1 over B's first column; A's
    # headline on A's column in flow 2
    pieces = [Piece(HEAD, ["奋进路上再出发"], 0, 0), Piece(HEAD, ["天更蓝了 水更清了"], 1, 1),
              Piece(BODY, list(B_TEXT), 2, 1), Piece(HEAD, ["桃源社区充电桩有温度"], 3, 2), Piece(BODY, list(A_TEXT), 4, 2)]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[pieces[-1]], [pieces[-3]]], 13)
    return {k: [p.lines[0] for p in v] for k, v in heads.items()}


def test_a_kicker_right_before_a_couplet_standing_on_its_text_is_over_that_couplet():
    # (B's text names neither line: only poppler's order and the couplet's standing on B's column tell)
    assert _given() == {1: ["奋进路上再出发", "天更蓝了 水更清了"], 0: ["桃源社区充电桩有温度"]}

