"""Schema 3 furniture in the file: masters, page rules and boxes read, saved and read back unchanged;
schema 1 and 2 files still open; every mistake named by file, line and field; the shipped templates
carry a front-page and a running-head master that a new document takes."""
import pytest

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.io.templates import load_template, new_document
from layout_app.model.document import SCHEMA_VERSION
from layout_app.model.furniture import BoxItem, LineStyle, RuleItem
from tests.furniture_samples import FURNITURE_YAML
from tests.samples import DOC_YAML

NAME = "paper.yaml"


def test_schema_version_is_10():
    assert SCHEMA_VERSION == 10


@pytest.mark.parametrize("schema", [1, 2])
def test_older_files_still_open_without_furniture(schema):
    text = DOC_YAML.replace("schema: 1", f"schema: {schema}")
    doc = loads_document(text)
    assert doc.masters == () and all(p.master == "" and p.rules == () and p.boxes == () for p in doc.pages)
    again = loads_document(dumps_document(doc))           # saved as schema 4, read back the same
    assert again == doc and "schema: 10" in dumps_document(doc)


def test_furniture_is_read_as_written():
    doc = loads_document(FURNITURE_YAML, NAME)
    assert doc.paper == "测试报"
    (inside,) = doc.masters
    assert [t.id for t in inside.texts] == ["folio", "paper-date", "editors"]
    assert inside.texts[0].line == -2 and inside.texts[0].size == 12 and inside.texts[0].weight == "bold"
    p3 = doc.page("P3")
    assert (p3.master, p3.editor, p3.art_editor) == ("inside", "王晨", "")
    assert p3.rules[0] == RuleItem("column-rule", 3, 10, 0, 10, LineStyle())
    assert p3.rules[1] == RuleItem("cut-off", 0, 40, 3, 0, LineStyle("double", 0.5, (0.0, 0.0, 0.0, 1.0)))
    assert p3.rules[3].style.color == (1.0, 0.0, 0.0, 0.0)
    assert p3.boxes[0] == BoxItem("tint", 0, 3, 50, 10, LineStyle("solid", 0.75), (0.0, 0.0, 0.0, 0.1))


def test_furniture_survives_a_save_and_a_load_and_stays_one_line_per_item():
    doc = loads_document(FURNITURE_YAML)
    text = dumps_document(doc)
    assert loads_document(text) == doc
    assert "  - {id: tint, col: 0, cols: 3, line: 50, lines: 10, fill: [0, 0, 0, 10], width: 0.75}" in text
    assert "  - {id: column-rule, col: 3, line: 10, lines: 10}" in text


def refused(text, field, words):
    with pytest.raises(DocumentError) as info:
        loads_document(text, NAME)
    message = str(info.value).splitlines()[0]
    assert "Traceback" not in message
    line = next(n for n, l in enumerate(text.splitlines(), 1) if l != FURNITURE_YAML.splitlines()[n - 1]) \
        if len(text.splitlines()) == len(FURNITURE_YAML.splitlines()) else None
    assert message.startswith(f"{NAME}:{line}: {field}: " if line else f"{NAME}:"), message
    for w in words:
        assert w in message, message


def sub(old, new):
    assert FURNITURE_YAML.count(old) == 1, old
    return FURNITURE_YAML.replace(old, new)


@pytest.mark.parametrize("old,new,field,words", [
    ("master: inside\n  editor: 张明", "master: outside\n  editor: 张明", "pages[1].master", ["no master named", "inside"]),
    ("{page}版", "{pages}版", "masters[0].texts[0].text", ["{pages} is not a field", "{page}"]),
    ("pattern: double,", "pattern: triple,", "pages[2].rules[1].pattern", ["'triple' is not one of", "thick_thin"]),
    ("{id: column-rule, col: 3, line: 10, lines: 10}", "{id: column-rule, col: 3, cols: 2, line: 10, lines: 10}",
     "pages[2].rules[0]", ["give exactly one of them"]),
    ("{id: column-rule, col: 3,", "{id: column-rule, col: 9,", "pages[2].rules[0].col", ["before column 0–8"]),
    ("line: -2, text: '第", "line: -5, text: '第", "masters[0].texts[0].line", ["above the trim", "-4"]),
    ("{id: tint, col: 0, cols: 3, line: 50, lines: 10,", "{id: tint, col: 0, cols: 9, line: 50, lines: 10,",
     "pages[2].boxes[0].cols", ["past the last column"]),
    ("fill: [0, 0, 0, 10]", "fill: [0, 0, 10]", "pages[2].boxes[0].fill", ["[C, M, Y, K]"]),
    ("pattern: dotted, width: 1}", "pattern: dotted, width: 40}", "pages[2].rules[2].width", ["at most 6"]),
    ("{id: wave,", "{id: dots,", "pages[2].rules[3].id", ["already used"]),
    ("pattern: dotted}", "pattern: none}", "pages[2].boxes[1]", ["needs a tint"]),
])
def test_mistakes_are_named_by_line_and_field(old, new, field, words):
    refused(sub(old, new), field, words)


@pytest.mark.parametrize("name", ["duikai", "sikai"])
def test_templates_carry_masters_and_a_new_document_takes_them(name):
    t = load_template(name)
    assert [m.name for m in t.masters] == ["front", "running-head"]
    head = t.masters[1]
    fields = " ".join(x.text for x in head.texts)
    for field in ("{page}", "{section}", "{date:long}", "{weekday}", "{paper}", "{editor}", "{art_editor}"):
        assert field in fields
    assert all(x.line < 0 for x in head.texts)         # in the top margin, above the type area
    assert head.rules and head.rules[0].cols == t.grid.columns
    doc = new_document(name, pages=2)
    assert doc.masters == t.masters


@pytest.mark.parametrize("name", ["duikai", "sikai", "berliner", "a3"])
def test_every_templates_running_head_fits_with_long_values(name):
    """A page 88, a four-character section, a long paper name and three-character editors: every part
    of the running head on its line, inside the trim, none cut."""
    from dataclasses import replace

    from layout_app.layout.compose import Composer
    from layout_app.layout.display import GlyphRun, Group, walk

    doc = new_document(name, pages=1)
    page = replace(doc.pages[0], number=88, section="深度报道", master="running-head", editor="欧阳明远",
                   art_editor="司马晓")
    doc = replace(doc, pages=(page,), paper="东海日报", date="2026-12-31")
    display = Composer(doc).compose(page)
    assert display.unplaced == ()
    (master,) = [g for g in display.items if isinstance(g, Group) and g.tag == "master"]
    text = "".join(r.text for r in walk(master.items) if isinstance(r, GlyphRun))
    for words in ("第88版", "深度报道", "东海日报", "2026年12月31日", "星期四", "欧阳明远", "司马晓"):
        assert words in text
    top = doc.grid.type_area().y
    assert all(0 < r.y < top for r in walk(master.items) if isinstance(r, GlyphRun))
