"""Find and replace over a document, with answers written by hand from the sample text."""
import re

import pytest

from layout_app.io.docfile import loads_document
from layout_app.model.find import compile_pattern, find_all, replace_hits
from layout_app.model.styles import CharRun, ParaFormat
from tests.samples import DOC_YAML


@pytest.fixture
def doc():
    return loads_document(DOC_YAML)


def test_plain_text_is_found_in_every_part_in_reading_order(doc):
    hits = find_all(doc, compile_pattern("青石镇"))
    # headline 青石镇：图书角里书香浓, body ¶0 为丰富村民的精神文化生活(12)，近日， → offset 16, caption 青石镇的孩子们…
    assert [(h.kind, h.item, h.part, h.paragraph, h.start, h.end) for h in hits] == [
        ("story", "s1", "headline", 0, 0, 3),
        ("story", "s1", "body", 0, 16, 19),
        ("photo", "p1", "caption", 0, 0, 3),
    ]


def test_credit_and_byline_are_searched(doc):
    hits = find_all(doc, compile_pattern("王晨"))
    assert [(h.item, h.part, h.start) for h in hits] == [("s1", "byline", 5), ("p1", "credit", 5)]


def test_plain_text_is_not_a_pattern(doc):
    assert find_all(doc, compile_pattern("图.角")) == []
    assert [h.text for h in find_all(doc, compile_pattern("图.角", regex=True))] == ["图书角"] * 3   # headline, body, caption


def test_case_matters_only_when_asked():
    from dataclasses import replace
    d = loads_document(DOC_YAML)
    d = replace(d, stories=(replace(d.stories[0], body=("The NBA and the nba", "nba")),))
    assert len(find_all(d, compile_pattern("nba"))) == 3
    assert len(find_all(d, compile_pattern("nba", match_case=True))) == 2


def test_bad_regular_expression_raises_re_error(doc):
    with pytest.raises(re.error):
        compile_pattern("(青石", regex=True)
    with pytest.raises(re.error):
        compile_pattern("")


def test_replace_all_changes_every_part_and_nothing_else(doc):
    p = compile_pattern("青石镇")
    after = replace_hits(doc, p, "白沙镇", find_all(doc, p))
    s = after.stories[0]
    assert s.headline == "白沙镇：图书角里书香浓"
    assert s.body[0] == "为丰富村民的精神文化生活，近日，白沙镇在各村便民服务中心设立了“农家书屋图书角”。"
    assert s.body[1] == doc.stories[0].body[1]
    assert after.photos[0].caption == "白沙镇的孩子们在图书角里认真阅读。"
    assert after.photos[0].credit == doc.photos[0].credit
    assert after.pages == doc.pages


def test_replace_one_hit_leaves_the_others(doc):
    p = compile_pattern("青石镇")
    hits = find_all(doc, p)
    after = replace_hits(doc, p, "X", [hits[1]])
    assert after.stories[0].headline == doc.stories[0].headline
    assert after.stories[0].body[0].startswith("为丰富村民的精神文化生活，近日，X在")


def test_regex_groups_in_the_replacement(doc):
    p = compile_pattern(r"本报记者 (\S+)", regex=True)
    after = replace_hits(doc, p, r"记者\1", find_all(doc, p), regex=True)
    assert after.stories[0].byline == "记者王晨"
    assert after.photos[0].credit == "记者王晨 摄"


def test_literal_replacement_keeps_backslashes(doc):
    p = compile_pattern("王晨")
    after = replace_hits(doc, p, r"\1", find_all(doc, p))
    assert after.stories[0].byline == r"本报记者 \1"


def test_a_stale_hit_is_left_alone(doc):
    p = compile_pattern("青石镇")
    hits = find_all(doc, p)
    once = replace_hits(doc, p, "白沙镇", hits)
    assert replace_hits(once, p, "Y", hits) == once


def test_character_runs_move_with_the_text():
    from dataclasses import replace
    d = loads_document(DOC_YAML)
    # "abc 重点 def": a run on 重点 (4..6); replacing "abc" (0..3) by "a" moves it to 2..4
    story = replace(d.stories[0], body=("abc 重点 def",),
                    formats=(ParaFormat(0, style="lead", runs=(CharRun(4, 6, "emphasis"),)),))
    d = replace(d, stories=(story,))
    p = compile_pattern("abc")
    s = replace_hits(d, p, "a", find_all(d, p)).stories[0]
    assert s.body == ("a 重点 def",)
    assert s.formats == (ParaFormat(0, style="lead", runs=(CharRun(2, 4, "emphasis"),)),)
    # replacing the emphasised word itself by a longer one: the run covers the new word
    p = compile_pattern("重点")
    s = replace_hits(d, p, "特别重要", find_all(d, p)).stories[0]
    assert s.body == ("abc 特别重要 def",)
    assert s.formats[0].runs == (CharRun(4, 8, "emphasis"),)


def test_a_run_ending_inside_the_replaced_span_ends_with_the_new_text():
    from dataclasses import replace
    d = loads_document(DOC_YAML)
    # a run on "abc 重" (0..5) ends inside 重点 (4..6); 重点 → "XYZ": the run ends at 4 + 3 = 7
    story = replace(d.stories[0], body=("abc 重点 def",), formats=(ParaFormat(0, runs=(CharRun(0, 5, "emphasis"),)),))
    d = replace(d, stories=(story,))
    p = compile_pattern("重点")
    s = replace_hits(d, p, "XYZ", find_all(d, p)).stories[0]
    assert s.body == ("abc XYZ def",) and s.formats[0].runs == (CharRun(0, 7, "emphasis"),)
