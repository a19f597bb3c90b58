"""The display list of the sample page as text, against a golden file (the SILE debug-backend idea):
any change to line breaking, positions or fonts shows up as a readable diff.
Refresh after an intended change: LAYOUT_APP_UPDATE_GOLDEN=1 python3 -m pytest tests/layout/test_golden.py"""
import os
from pathlib import Path

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import compose_page
from layout_app.layout.display import dump
from tests.samples import DOC_YAML

GOLDEN = Path(__file__).parent / "golden" / "sample_page.txt"


def test_sample_page_display_list_matches_the_golden_file(tmp_path):
    doc = loads_document(DOC_YAML)
    text = dump(compose_page(doc, doc.pages[0], tmp_path)).replace(str(tmp_path), "<doc>")
    if os.environ.get("LAYOUT_APP_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
