"""Findings in the page editor's words: a story by its headline, a photo by its file name, 第 N 版 and
column/line counted from 1; the ids stay in `where` (for selecting) and in the command line's brackets."""
from dataclasses import replace

from layout_app.io.docfile import loads_document
from layout_app.model.frame import Frame
from layout_app.preflight.checks import preflight
from layout_app.preflight.wording import Phrase, place, story_name, target
from tests.samples import DOC_YAML


def sample():
    doc = loads_document(DOC_YAML)
    return replace(doc, pages=(replace(doc.pages[0], number=3),))       # page A1 printed as 第 3 版


def with_frames(doc, *frames):
    page = doc.pages[0]
    return replace(doc, pages=(replace(page, frames=page.frames + frames),))


def test_a_story_is_named_by_its_headline_shortened_to_twelve_characters():
    doc = sample()
    assert story_name(doc, "s1") == "《青石镇：图书角里书香浓》"                       # 11 characters: whole
    long = replace(doc.story("s1"), headline="城北农贸市场改造完工 智慧秤让买菜更放心")
    doc = replace(doc, stories=(long,))
    assert story_name(doc, "s1") == "《城北农贸市场改造完工 智…》"                    # 12 characters, then …
    bare = replace(long, headline="", kicker="")
    assert story_name(replace(doc, stories=(bare,)), "s1") == "《为丰富村民的精神文化生活…》"   # its first 12 characters


def test_overset_names_the_story_its_page_column_and_line_not_ids():
    doc = sample()
    b1 = next(f for f in doc.pages[0].frames if f.id == "b1")          # columns 0–2, lines 8–37
    page = doc.pages[0]
    doc = replace(doc, pages=(replace(page, frames=tuple(replace(f, lines=1) if f is b1 else f for f in page.frames)),))
    (f,) = [f for f in preflight(doc, ".", files=False).errors if f.code == "overset"]
    assert f.message.startswith("the body of 《青石镇：图书角里书香浓》 does not fit: 超 ")
    assert str(f.place) == "page 3, column 1, line 9"                   # 第 3 版, column 0 → 1, line 8 → 9
    assert "b1" not in f.message and "A1" not in f.message
    assert (f.where["page"], f.where["frame"], f.where["story"]) == ("A1", "b1", "s1")
    # the command line keeps the ids in brackets after the words
    assert str(f).startswith("error: page 3, column 1, line 9: the body of 《青石镇：图书角里书香浓》 does not fit")
    assert str(f).endswith("[page A1, frame b1, story s1]")


def test_a_finding_on_a_photo_points_at_its_frame_and_a_credit_at_its_caption():
    doc = sample()
    assert target(doc, {"page": "A1", "photo": "p1"}) == ("A1", "ph1")
    assert target(doc, {"page": "A1", "photo": "p1", "part": "credit"}) == ("A1", "c1")
    assert target(doc, {"story": "s1", "part": "headline"}) == ("A1", "h1")          # no page: found on one
    assert target(doc, {"page": "A1", "story": "s1", "part": "body"}) == ("A1", "b1")
    assert target(doc, {"page": "A1"}) == ("A1", None)
    assert target(doc, {"page": "gone", "frame": "x"}) == (None, None)
    assert str(place(doc, {"page": "A1", "photo": "p1"})) == "page 3, column 4, line 1"
    assert str(place(doc, {"page": "A1"})) == "page 3"


def test_an_overlap_names_both_things_by_what_they_hold():
    doc = with_frames(sample(), Frame("ph2", 1, 1, 12, 6, photo="p1"))
    (f,) = [f for f in preflight(doc, ".", files=False).errors if f.code == "frame-overlap"]
    assert f.message.startswith("photo reading.jpg lies over the body of 《青石镇：图书角里书香浓》, so text is hidden")
    assert str(f.place) == "page 3, column 2, line 13"


def test_a_phrase_renders_through_a_translation_of_each_template():
    zh = {"the {part} of {story}": "{story}的{part}", "body": "正文"}
    phrase = Phrase("the {part} of {story}", {"part": Phrase("body"), "story": "《{不是模板}》"})
    assert phrase.render(lambda t: zh.get(t, t)) == "《{不是模板}》的正文"            # arguments are not formatted again
    assert phrase.render() == "the body of 《{不是模板}》"
