"""Preflight warns when a rule or a box border strikes through text, and stays quiet when they stand on
free lines and in gutters (the demo page, the sample with its rules)."""
import pytest

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document, loads_document
from layout_app.preflight.checks import preflight
from tests.furniture_samples import FURNITURE_YAML

CODES = ("rule-over-text", "box-over-text")


def findings(doc, folder="."):
    report = preflight(doc, folder, files=False)
    return [f for f in report.errors + report.warnings if f.code in CODES]


def test_rules_on_free_lines_and_in_gutters_pass():
    assert findings(loads_document(FURNITURE_YAML)) == []
    assert findings(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR) == []


@pytest.mark.parametrize("new,code,ident", [
    # a cut-off rule on line 10 of page 2, where the story's body is set
    ("  art_editor: 李芳\n  rules:\n  - {id: through, col: 0, cols: 2, line: 10}\n", "rule-over-text", "through"),
    # a box over column 1 only: its left side stands in a gutter the 3-column headline runs across
    ("  art_editor: 李芳\n  boxes:\n  - {id: cut, col: 1, cols: 1, line: 1, lines: 2}\n", "box-over-text", "cut"),
])
def test_a_rule_or_a_border_through_text_is_named(new, code, ident):
    doc = loads_document(FURNITURE_YAML.replace("  art_editor: 李芳\n", new))
    (f,) = findings(doc)
    frame = "s1-body" if code == "rule-over-text" else "s1-head"
    assert f.code == code and f.where["page"] == "P2" and f.where["frame"] == frame
    assert f.where[code.split("-")[0]] == ident
    # named as the editor would: the part and the story's headline, not the frame's id
    part = "body" if code == "rule-over-text" else "headline"
    assert f"strikes through the text of the {part} of 《青石镇图书角里书香浓》" in f.message and frame not in f.message


def test_a_box_whose_sides_stand_on_line_boundaries_and_in_gutters_passes():
    """A box around the body's lines 8–11: its top and bottom on line boundaries, its sides in gutters."""
    doc = loads_document(FURNITURE_YAML.replace(
        "  art_editor: 李芳\n", "  art_editor: 李芳\n  boxes:\n  - {id: ok, col: 0, cols: 3, line: 8, lines: 4}\n"))
    assert findings(doc) == []
