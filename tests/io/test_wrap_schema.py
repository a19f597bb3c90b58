"""Schema 3 (text wrap, 绕排): wrap, standoff and an intended overlap are read, checked, written only
when set, and files of schemas 1 and 2 still open."""
import pytest
import yaml

from layout_app.errors import DocumentError
from layout_app.io.docfile import dumps_document, load_document, loads_document, save_document
from tests.samples import DOC_YAML

PHOTO = "  - {id: ph1, col: 3, cols: 2, line: 0, lines: 20, photo: p1}"


def _with(fields: str, schema: int = 3) -> str:
    text = DOC_YAML.replace("schema: 1", f"schema: {schema}")
    assert text.count(PHOTO) == 1
    return text.replace(PHOTO, PHOTO[:-1] + ", " + fields + "}")


def _frame(doc, fid):
    return next(f for f in doc.pages[0].frames if f.id == fid)


def test_schema_1_and_2_files_open_with_wrap_off():
    for schema in (1, 2):
        doc = loads_document(DOC_YAML.replace("schema: 1", f"schema: {schema}"))
        assert all(f.wrap == "off" and not f.overlap_intended for f in doc.pages[0].frames)
        text = dumps_document(doc)
        assert yaml.safe_load(text)["schema"] == 10
        assert "wrap" not in text and "standoff" not in text and "overlap" not in text


def test_wrap_fields_round_trip(tmp_path):
    doc = loads_document(_with("wrap: around, standoff_lines: 1, standoff_chars: 1.5, overlap: intended"))
    f = _frame(doc, "ph1")
    assert (f.wrap, f.standoff_lines, f.standoff_chars, f.overlap_intended) == ("around", 1.0, 1.5, True)
    save_document(doc, tmp_path / "w.yaml")
    text = (tmp_path / "w.yaml").read_text("utf-8")
    assert yaml.safe_load(text)["pages"][0]["frames"][2] == {
        "id": "ph1", "col": 3, "cols": 2, "line": 0, "lines": 20, "photo": "p1", "wrap": "around",
        "standoff_lines": 1, "standoff_chars": 1.5, "overlap": "intended"}
    assert load_document(tmp_path / "w.yaml") == doc
    # the defaults (no standoff above and below, one character beside) are not written
    doc = loads_document(_with("wrap: around"))
    f = _frame(doc, "ph1")
    assert (f.standoff_lines, f.standoff_chars) == (0.0, 1.0)
    assert "photo: p1, wrap: around}" in dumps_document(doc)


@pytest.mark.parametrize("fields, field, words", [
    ("wrap: aroun", "wrap", ["'aroun'", "off, around"]),
    ("wrap: around, standoff_lines: -1", "standoff_lines", ["-1"]),
    ("wrap: around, standoff_chars: lots", "standoff_chars", ["lots"]),
    ("overlap: yes", "overlap", ["intended"]),
])
def test_bad_wrap_fields_name_file_line_and_field(fields, field, words):
    with pytest.raises(DocumentError) as info:
        loads_document(_with(fields), "page.yaml")
    message = str(info.value)
    line = _with(fields).splitlines().index(PHOTO[:-1] + ", " + fields + "}") + 1
    assert message.startswith(f"page.yaml:{line}: pages[0].frames[2].{field}: "), message
    assert "\n" not in message and all(w in message for w in words), message
