"""The page lead in pdftotext's default flows: its lines are running text wider than a column — and a
line of it with no comma, a sentence ending inside it, goes on the lead's sentence above it all the
same (no heading line has a stop inside it). Copy written by hand, in poppler's order."""
from __future__ import annotations

from tests.intake.test_pdfflows import A1, A2, A3, B2, B3, BYLINE_A, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, \
    _imported, page, text_lines
from tests.intake.test_pdfflows_varied import BANNER, DATED_B, DATED_B1
from layout_app.intake.pdfflows import flows_in_order

# the lead in a box of two columns, a flow each; its second line has no comma: '…心坎上。本版今起推出…'
LEAD_1 = ["今年以来，清水县围绕群众 “急难愁盼” ，把民",
          "生实事办到百姓心坎上。本版今起推出 “身边的变化”"]
LEAD_2 = ["专栏，带您走进基层一线，看看老百姓家门口的新",
          "变化。"]
LEAD = "今年以来，清水县围绕群众“急难愁盼”，把民生实事办到百姓心坎上。本版今起推出“身边的变化”专栏，带您走进基层一线，看看老百姓家门口的新变化。"


def test_a_lead_line_with_a_stop_and_no_comma_goes_on_the_lead(tmp_path):
    flows = page([BANNER] + LEAD_1, LEAD_2, [KICKER_A], [HEAD_A], [BYLINE_A] + A1, [HEAD_B], DATED_B1, A2,
                 [CAPTION_A], B2, A3, B3, [CREDIT])
    out = text_lines(flows_in_order(flows, 13))
    assert out[:5] == [BANNER] + LEAD_1 + LEAD_2
    got = _imported(tmp_path, flows)[0].to_json()
    assert got["lead"] == [LEAD]
    b = next(s for s in got["stories"] if s["headline"] == HEAD_B)
    assert (b["kicker"], b["byline"], b["paragraphs"]) == (None, None, DATED_B)


def test_a_heading_under_a_finished_lead_is_no_lead():
    # the lead's last line ends its sentence: a wide line under it in its flow with a stop inside is no
    # rest of the lead — nor is one with no stop inside under a lead line that runs off
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces
    wide = "群众的事就是大事。小事连着大民生 身边的变化暖人心"
    plain = "小事连着大民生 身边的变化暖人心 民生实事看得见"

    def kinds(flow):
        lines = flow + [""] + A1
        return [(p.kind, p.lines) for p in _pieces(lines, 13, _Seams([x for x in lines if x]))][:2]

    assert kinds(LEAD_1 + LEAD_2 + [wide]) == [("lead", LEAD_1 + LEAD_2), ("head", [wide])]
    assert kinds(LEAD_1[:1] + [plain]) == [("lead", LEAD_1[:1]), ("head", [plain])]
    assert kinds(LEAD_1 + LEAD_2) == [("lead", LEAD_1 + LEAD_2), ("body", A1)]


# story B's dateline, its brackets closed, alone on its line: poppler gave it under B's headline in their
# flow, the column's text in a flow of its own
DATE_B = "本报讯（记者 李华）"
REST_B1 = ["梅岭村的图书角设在村委会一",
           "楼，书架上摆满了农业技术和",
           "儿童读物，村民随时可借阅。"]


def test_a_dateline_alone_under_its_headline_opens_its_story(tmp_path):
    # '本报讯（记者 李华）' has no mark of running text and no sentence end, as a heading's line; but a
    # dateline is a story's first line: its column's, not a heading
    flows = page([KICKER_A], [HEAD_A], [BYLINE_A] + A1, [HEAD_B, DATE_B], REST_B1, A2, [CAPTION_A], B2, A3, B3,
                 [CREDIT])
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces
    from layout_app.intake.pdfpieces import STORY
    lines = [HEAD_B, DATE_B, ""] + REST_B1
    pieces = _pieces(lines, 13, _Seams([x for x in lines if x]))
    assert [(p.kind, p.lines) for p in pieces] == [("head", [HEAD_B]), ("body", [DATE_B]), ("body", REST_B1)]
    assert pieces[1].start == STORY
    got = _imported(tmp_path, flows)[0].to_json()
    b = next(s for s in got["stories"] if s["headline"] == HEAD_B)
    assert (b["kicker"], b["byline"]) == (None, None)
    assert b["paragraphs"] == ["本报讯（记者 李华）梅岭村的图书角设在村委会一楼，书架上摆满了农业技术和儿童读物，村民随时可借阅。",
                               "村民老张每周都来看书，他说：“以前想看本书要跑到县城，现在村里有了图书角，在家门口就能借到。”",
                               "据了解，梅岭村还将在三个自然村推广图书角的做法，让更多村民在家门口读书。"]


def _kinds(*flows):
    from layout_app.intake.pdfcolumns import _Seams
    from layout_app.intake.pdfflows import _pieces
    lines = [x for f in flows for x in f + [""]][:-1]
    return [(p.kind, p.lines) for p in _pieces(lines, 13, _Seams([x for x in lines if x]))]


def test_a_line_whose_quote_the_line_under_closes_is_a_columns():
    # '清水社区在全村推行“河' names a place, is as wide as an indented line, no mark of running text, first
    # in its flow: a heading's shape — but its quote closes in the line under it ('长制”'): one column
    column = ["清水社区在全村推行“河", "长制”，每段河道都有专人负", "责巡查。"]
    assert _kinds(A1, column) == [("body", A1), ("body", column)]


def test_a_question_mark_set_half_width_inside_a_line_is_running_text():
    # some pages set their marks half-width ('?'): a question closed inside the line is a sentence, as '？' is
    # (the line under it as wide as an indented one: a headline's shape over a paragraph's first line, but
    # for the question ended inside it)
    column = ["问题出在哪里?清水社区新建", "了 3 公里步道，栽种树木", "两千余棵。"]
    assert _kinds(A1, column) == [("body", A1), ("body", column)]
