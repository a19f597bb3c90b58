"""A headline opening on an agency and its colon ('区交通运输局：…', '社区卫生服务中心：…') says who did
it, as one opening on a place does: a headline's line, not a kicker's label ('记者蹲点：…'), so the kicker
poppler gives before it stays over it (flowheads, headshapes). Pieces and expectations written by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD, _heads
from layout_app.intake.flownames import _name_pieces
from layout_app.intake.headshapes import _rank
from layout_app.intake.pdfpieces import Piece

A_TEXT = ["桃源社区的充电桩设在村委", "会门口，桃源社区居民随时可以", "来充电。"]
B_TEXT = ["清水乡的客运班线开通后，", "清水乡村民出行不", "用再跑远路。"]


def test_an_agency_and_its_colon_open_a_headline_a_column_label_a_kicker():
    assert _rank("区交通运输局：客运班线让出行更顺畅") == 1
    assert _rank("社区卫生服务中心：康复驿站方便群众就医") == 1
    assert _rank("县公交公司：通村公路让出行更顺畅") == 1
    assert _rank("记者蹲点：清水乡的客运班线") == 0


def test_a_kicker_before_an_agencys_headline_on_its_column_is_over_it():
    # the kicker alone in flow 0; B's headline in two lines, the agency's label wrapped alone, on B's
    # first column in flow 1; A's in flow 2. The kicker stays first, over B's headline lines
    pieces = [Piece(HEAD, ["交通惠民 走进清水乡"], 0, 0), Piece(HEAD, ["区交通运输局："], 1, 1),
              Piece(HEAD, ["客运班线让出行更顺畅"], 2, 1), Piece(BODY, list(B_TEXT), 3, 1),
              Piece(HEAD, ["桃源社区充电桩有温度"], 4, 2), Piece(BODY, list(A_TEXT), 5, 2)]
    _name_pieces(pieces)
    heads, _ = _heads(pieces, [[pieces[5]], [pieces[3]]], 13)
    assert {k: [p.lines[0] for p in v] for k, v in heads.items()} == {
        1: ["交通惠民 走进清水乡", "区交通运输局：", "客运班线让出行更顺畅"], 0: ["桃源社区充电桩有温度"]}
