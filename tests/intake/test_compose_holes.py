"""`layout-app compose` leaves no hole mid-page: corpus page 39 was set with a story's photo 4 columns
wide in a 5-column stack — its pixels fill no more at 200 ppi — and its text, 2 lines, too short to
stand beside it: column 5 empty for 40 lines, though other arrangements fill the page. An arrangement
with columns left empty beside a photo is now weighed as one with an empty stack, and the next is
tried. Measured as the page editor sees it: the editor's live check of white in columns."""
import contextlib
import io
import json

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from layout_app.preflight.checks import page_check
from tests.intake.raw_pages import corpus_page, write_inputs


def test_no_column_is_left_empty_beside_a_photo(tmp_path):
    copy, photos = write_inputs(corpus_page(39), tmp_path)
    out = tmp_path / "page.yaml"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
    report = json.loads(buf.getvalue())
    assert code == 0 and not [w for w in report["warnings"] if "stay empty" in w]
    doc = load_document(out)
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    assert [str(f.words()) for f in page_check(doc, 0, display).warnings if f.code == "short"] == []
    assert len([f for f in doc.pages[0].frames if f.kind == "photo"]) == len(corpus_page(39).captions)   # every photo placed
