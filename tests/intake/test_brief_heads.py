"""Two heading lines over a brief (its text opening on the dateline, 本报讯…, right under them): one
headline compose set in two lines, unless the upper shows a kicker's shape. Texts written by hand, the
expected parts written by hand."""
from __future__ import annotations

from layout_app.intake.briefheads import brief_headlines
from layout_app.intake.unpdf import unpdf

# the last lines of a story above, as pypdfium2 gives a column (13 characters)
ABOVE = ["合作社还请来农技专家，为", "果农讲解修剪和施肥的要领。"]
# a brief's text: its dateline, then two paragraphs
BRIEF = ["本报讯（记者 李明 通讯员", "王芳）今年以来，青山镇把果", "园管护作为民生实事来抓，全", "镇新栽果树一万余株。",
         "“今年的苹果又大又甜，收购", "商都抢着要。”果农赵大伯笑", "着说。"]
TEXT = ["本报讯（记者 李明 通讯员王芳）今年以来，青山镇把果园管护作为民生实事来抓，全镇新栽果树一万余株。",
        "“今年的苹果又大又甜，收购商都抢着要。”果农赵大伯笑着说。"]


def _read(heads: list[str]) -> tuple[list[str], dict]:
    doubts: dict[str, float] = {}
    return [x for x in unpdf(ABOVE + heads + BRIEF, 13, None, doubts) if x], doubts


def test_two_heading_lines_over_a_briefs_dateline_are_one_headline_a_guess():
    # three phrases, the count opening the second line: compose broke one headline at its second space
    out, doubts = _read(["种出好日子 过上好生活", "350 户果农户均增收两万元"])
    assert out == ["合作社还请来农技专家，为果农讲解修剪和施肥的要领。", "种出好日子 过上好生活350户果农户均增收两万元", *TEXT]
    assert doubts["种出好日子 过上好生活350户果农户均增收两万元"] < 0.8
    # the writer's space in the lower line
    out, _ = _read(["果园管护见成效", "果树成林 果农笑开颜"])
    assert out[1] == "果园管护见成效果树成林 果农笑开颜"
    # no space in either line, the count opening the lower: a headline's count after its first phrase
    out, _ = _read(["果园管护见成效", "350 户果农户均增收两万元"])
    assert out[1] == "果园管护见成效 350户果农户均增收两万元"     # (the break at the writer's pause)


def test_a_lower_line_counting_twice_is_a_deck_not_the_headlines_half():
    # (a review's hand-made copy: a line summing the story up in two figures under its headline)
    out, _ = _read(["青山镇果园管护见成效", "350 户果农户均增收 2 万元"])
    assert out[1:3] == ["青山镇果园管护见成效", "350户果农户均增收2万元"]


def test_a_kickers_shape_over_a_brief_keeps_it_a_kicker():
    # a place's label and colon; a tag taking the reader to the place; a kicker's pause
    for heads in (["青山镇：种出好日子", "果农户均增收两万元 果园成了聚宝盆"], ["乡村振兴 走进青山镇", "果园里的丰收歌 果农笑开颜"],
                  ["修剪、施肥 样样不落", "350 户果农户均增收两万元"]):
        out, _ = _read(heads)
        assert out[1:3] == [h.replace("350 ", "350") for h in heads]


def test_a_theme_over_a_headline_with_nothing_of_a_headlines_shape_is_left_to_structure():
    # no writer's space in either line, no count opening the lower: a theme over its headline reads
    # as well as one headline, and the text does not say which
    out, _ = _read(["果园管护进行时", "果农户均增收两万元"])
    assert out[1:3] == ["果园管护进行时", "果农户均增收两万元"]


def test_not_over_a_brief_nor_three_heading_lines():
    # a byline under the heading: a story set out at length, which may carry a kicker
    lines = ["种出好日子 过上好生活", "350户果农户均增收两万元", "本报记者 李明", TEXT[0]]
    assert brief_headlines(lines) == lines
    # a third heading line over the two: not two lines alone over the brief
    lines = ["金秋时节", "种出好日子 过上好生活", "350户果农户均增收两万元", TEXT[0]]
    assert brief_headlines(lines) == lines


def test_a_line_pdftotext_raw_left_whole_at_its_quote_is_a_kickers():
    # -raw cuts a headline's line at a quote set close and leaves a kicker's whole
    lines = ["关爱“一老一小” 托起稳稳的幸福", "托管班开到家门口", TEXT[0]]
    assert brief_headlines(lines, uncut=frozenset({lines[0]})) == lines
    assert brief_headlines(lines) == ["关爱“一老一小” 托起稳稳的幸福托管班开到家门口", TEXT[0]]
