import pytest

from layout_app.errors import DocumentError, InputError
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.io.templates import load_template, new_document, template_names


def test_shipped_templates():
    assert template_names() == ["a3", "berliner", "duikai", "sikai"]


def test_duikai_grid_is_eight_columns_of_thirteen():
    t = load_template("duikai")
    g = t.grid
    assert (g.width, g.height, g.columns) == (390, 540, 8)
    assert g.column_chars == 13
    assert [g.span_chars(n) for n in (1, 2, 3)] == [13, 27, 41]
    assert g.gutter_width >= g.body_size        # at least one character
    assert g.bleed == 3


@pytest.mark.parametrize("name,cols", [("sikai", 6), ("berliner", 6), ("a3", 5)])
def test_other_templates(name, cols):
    t = load_template(name)
    assert t.grid.columns == cols
    assert t.grid.column_chars >= 10
    for role in ("headline", "body", "caption", "kicker", "deck", "byline", "credit"):
        assert role in t.styles


def test_new_document_starts_from_a_template_and_round_trips():
    doc = new_document("sikai", pages=2, title="周末版")
    assert doc.template == "sikai" and len(doc.pages) == 2
    assert loads_document(dumps_document(doc)) == doc


def test_unknown_template_and_broken_template(tmp_path):
    with pytest.raises(InputError, match="no template named 'broadsheet'; shipped: a3, berliner, duikai, sikai"):
        load_template("broadsheet")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\ngrid:\n  trim: [390]\n  columns: 8\n", encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        load_template(bad)
    text = str(info.value)
    assert "bad.yaml:3: grid.trim: expected [width, height] in mm" in text
    assert "grid.leading: required field is missing" in text


# 号 → pt (typesetting.md §4): 初号 42, 小初 36, 一号 26, 小一 24, 小二 18, 三号 16, 四号 14; a 对开 page's briefs
# 三号–小三 (newspaper.md: brief headlines 16–15 pt)
RANK_SIZES = {"duikai": (42, 26, 16), "berliner": (42, 26, 18), "sikai": (36, 24, 16), "a3": (36, 24, 16)}


@pytest.mark.parametrize("name", sorted(RANK_SIZES))
def test_headline_sizes_by_rank_and_kicker_well_below(name):
    styles = load_template(name).styles
    lead, second, brief = RANK_SIZES[name]
    assert (styles["headline_lead"].size, styles["headline_second"].size, styles["headline_brief"].size) == \
        (lead, second, brief)
    for part in ("kicker", "deck"):
        assert styles[part].size <= 0.6 * styles["headline"].size, part
        assert styles[part].size <= 0.6 * lead, part
