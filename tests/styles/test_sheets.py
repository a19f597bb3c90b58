"""Style sheets: inheritance through based_on, overrides at every level kept and shown, errors that
name file, line and field, old files still open. Expected values are written out by hand."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.io.templates import load_template, new_document
from layout_app.model.styles import CharStyle, ParagraphStyle, StyleDef, StyleError, StyleSheet
from tests.samples import DOC_YAML
from tests.styles.sheets import STYLED_YAML


def _problems(text):
    with pytest.raises(DocumentError) as info:
        loads_document(text, "page.yaml")
    return [str(p) for p in info.value.problems]


def _line_of(text, needle):
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_chain_of_three_with_an_override_at_each_level_and_a_local_one():
    doc = loads_document(STYLED_YAML)
    fmt = doc.story("s1").format(2)
    st = doc.paragraph_style(fmt.style, fmt.local)
    # body sets font, size 小五, indent 2; news: bold, tracking .05; lead: 五号, indent 0, left; local: tracking .1
    assert st == ParagraphStyle(font="song", weight="bold", size=10.5, leading=None, tracking=0.1, align="left",
                                indent=0.0, min_size=None, color=(0.0, 0.0, 0.0, 1.0), hanging=False)
    sources = {k: src for k, (_, src) in doc.sheet.explain("lead", fmt.local).items()}
    assert sources["font"] == "body" and sources["weight"] == "news" and sources["size"] == "lead"
    assert sources["tracking"] == "local" and sources["align"] == "lead"
    # set to the default is not unset: lead's indent 0 and news' hanging false are theirs
    assert sources["indent"] == "lead" and sources["hanging"] == "news"
    assert sources["leading"] == "default" and sources["space_before"] == "default"
    # without the paragraph's override the style's own tracking shows, from news
    assert doc.sheet.explain("lead")["tracking"] == (0.05, "news")
    assert doc.style("news") == ParagraphStyle(font="song", weight="bold", size=9.0, tracking=0.05, indent=2.0)


def test_a_change_to_a_parent_reaches_the_styles_based_on_it_but_not_their_own_settings():
    doc = loads_document(STYLED_YAML).restyle("body", size=12.0, font="kai")
    assert doc.style("news").size == 12.0 and doc.style("news").font == "kai"
    assert doc.style("lead").size == 10.5 and doc.style("lead").font == "kai"
    again = loads_document(dumps_document(doc))
    assert again.style("news") == doc.style("news") and again.sheet == doc.sheet


def test_leading_and_grid_lines_are_one_property_the_nearer_style_decides():
    sheet = StyleSheet((StyleDef("a", None, (("grid_lines", 2),)), StyleDef("b", "a", (("leading", 20.0),))))
    assert sheet.paragraph_style("b").line_pitch(13.5) == 20.0
    assert sheet.paragraph_style("a").line_pitch(13.5) == 27.0
    assert sheet.explain("b")["grid_lines"] == (None, "b")


def test_character_styles_inherit_and_tint_their_colour():
    doc = loads_document(STYLED_YAML)
    pink = doc.sheet.char_style("pink")
    assert pink == CharStyle(color=(0.0, 1.0, 1.0, 0.0), tint=0.4)
    assert pink.ink((0, 0, 0, 1)) == (0.0, 0.4, 0.4, 0.0)
    assert doc.sheet.char_style("strong").ink((0.1, 0, 0, 0.9)) == (0.1, 0, 0, 0.9)   # the paragraph's ink


def test_saving_writes_only_what_each_style_sets_and_round_trips():
    doc = loads_document(STYLED_YAML)
    text = dumps_document(doc)
    assert "  lead: {based_on: news, size: 五号, indent: 0, align: left}\n" in text
    assert "    - {at: 3, text: （记者王晨）, style: dots}\n" in text
    assert "    tracking: 0.1\n" in text
    assert text == STYLED_YAML.replace("schema: 3", "schema: 10").replace("pages:", "photos: []\npages:")
    assert loads_document(text) == doc


def test_a_based_on_circle_is_one_located_error():
    bad = STYLED_YAML.replace("body: {font: song,", "body: {based_on: lead, font: song,")
    # told once, at the based_on that closes the circle (news → body), the circle spelled out
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'news: {based_on: body')}: styles.news.based_on: "
                              "based_on goes round in a circle: body → lead → news → body"]


def test_a_style_based_on_itself():
    bad = STYLED_YAML.replace("news: {based_on: body,", "news: {based_on: news,")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'news: {based_on: news')}: styles.news.based_on: "
                              "based_on goes round in a circle: news → news"]


def test_unknown_styles_are_named_where_they_stand():
    bad = STYLED_YAML.replace("based_on: news", "based_on: nwes")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'nwes')}: styles.lead.based_on: "
                              "no paragraph style named 'nwes'"]
    bad = STYLED_YAML.replace("style: subhead", "style: subhed")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'subhed')}: stories[0].body[1].style: "
                              "no paragraph style named 'subhed'; the document has: body, news, lead, subhead"]
    bad = STYLED_YAML.replace("text: 青石镇, style: pink", "text: 青石镇, style: pinc")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'pinc')}: stories[0].body[2].runs[2].style: "
                              "no character style named 'pinc'; the document has: strong, dots, red, pink, kai"]
    # a character style is not a paragraph style
    bad = STYLED_YAML.replace("pink: {based_on: red,", "pink: {based_on: body,")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'pink: {based_on: body')}: char_styles.pink.based_on: "
                              "no character style named 'body'"]


def test_a_run_that_does_not_cover_its_text_is_refused():
    bad = STYLED_YAML.replace("{at: 9, text: 青石镇", "{at: 8, text: 青石镇")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'at: 8')}: stories[0].body[2].runs[2].text: "
                              "the paragraph has '）青石' at 8, not '青石镇'; '青石镇' is at 9"]
    bad = STYLED_YAML.replace("{at: 13, text: 图书角, style: kai,", "{at: 10, text: 石镇的图, style: kai,")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'at: 10')}: stories[0].body[2].runs[3].at: "
                              "the run overlaps the run at 9–12; runs may not overlap"]


def test_schema_1_and_2_files_still_open_and_keep_their_styles():
    one = loads_document(DOC_YAML)
    assert one.style("headline") == ParagraphStyle(font="hei", weight="bold", size=36.0, align="left", min_size=18.0)
    assert one.style("body") == ParagraphStyle(font="song", size=9.0, indent=2.0)
    assert one.story("s1").body[1] == "开放首日，不少村民带着孩子前来借阅。" and one.story("s1").formats == ()
    two = loads_document(DOC_YAML.replace("schema: 1", "schema: 2\nbyline_place: foot"))
    assert two.styles == one.styles and two.byline_place == "foot"
    for doc in (one, two):
        text = dumps_document(doc)
        assert text.startswith("schema: 10\n")
        assert "  body: {font: song, size: 小五, indent: 2}\n" in text
        assert loads_document(text) == doc


def test_schema_2_files_cannot_use_schema_3_styles():
    bad = DOC_YAML.replace("schema: 1", "schema: 2").replace("  kicker: {font: kai,", "  kicker: {based_on: body, font: kai,")
    problems = _problems(bad)
    assert len(problems) == 1 and problems[0].startswith(f"page.yaml:{_line_of(bad, 'based_on: body')}: "
                                                         "styles.kicker.based_on: unknown field 'based_on'")
    bad = DOC_YAML.replace("schema: 1", "schema: 2").replace("  kicker: {font: kai,", "  lead: {font: song}\n  kicker: {font: kai,")
    assert _problems(bad) == [f"page.yaml:{_line_of(bad, 'lead: {font')}: styles.lead: unknown style 'lead'; "
                              "schema 2 knows only banner, banner_deck, kicker, headline, deck, body, byline, "
                              "caption, credit, jump (named styles need schema: 3)"]


def test_cycles_found_by_the_model_too():
    sheet = StyleSheet((StyleDef("a", "b"), StyleDef("b", "a")))
    with pytest.raises(StyleError, match="a → b → a"):
        sheet.paragraph_style("a")
    with pytest.raises(StyleError, match="no paragraph style named 'x'"):
        sheet.paragraph_style("x")


@pytest.mark.parametrize("name", ["duikai", "sikai"])
def test_templates_carry_named_styles_and_character_styles(name):
    t = load_template(name)
    # the page lead (导语) is the body a size up, in 楷体
    assert t.sheet.get("lead").based_on == "body" and t.styles["lead"].size > t.styles["body"].size
    assert t.sheet.char_style("strong").weight == "bold" and t.sheet.char_style("dots").emphasis
    doc = new_document(name)
    assert doc.sheet == t.sheet and "char_styles:" in dumps_document(doc)


def test_a_template_with_a_based_on_circle_names_its_file_and_line(tmp_path):
    from layout_app.assets import TEMPLATES_DIR

    text = (TEMPLATES_DIR / "sikai.yaml").read_text(encoding="utf-8")
    bad = text.replace("  lead:        {based_on: body,", "  lead:        {based_on: staff,").replace(
        "  staff:       {based_on: byline,", "  staff:       {based_on: lead,")
    path = tmp_path / "mine.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_template(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:{_line_of(bad, 'staff:       {based_on: lead')}: styles.staff.based_on: "
        "based_on goes round in a circle: lead → staff → lead"]
