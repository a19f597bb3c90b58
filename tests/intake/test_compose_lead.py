"""A page whose copy has a page lead but no banner headline over it (corpus page 41): compose sets
the lead at the top of the page in the lead style and warns that no banner stands over it — a
warning, not a "could not" (before, the report said the lead was not used as it was: it was)."""
import contextlib
import io

from layout_app.cli import main
from layout_app.io.docfile import load_document
from tests.intake.raw_pages import corpus_page, write_inputs


def test_a_lead_without_a_banner_is_set_on_top_and_warned_of(tmp_path):
    copy, photos = write_inputs(corpus_page(41), tmp_path)
    out = tmp_path / "page.yaml"
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    said = err.getvalue().splitlines()
    assert code == 0
    assert not [line for line in said if "could not" in line and "lead" in line]
    assert [line for line in said if line.strip().startswith("warning: a page lead") and "no banner" in line]
    doc = load_document(out)
    lead = [f for f in doc.pages[0].frames if f.story == "lead"]
    # (the lead style, or a size or more larger across the page when that fills its width: test_compose_edited)
    assert len(lead) == 1 and lead[0].style in ("lead", "lead_display") and lead[0].line == 0
    assert all(f.line >= lead[0].line + lead[0].lines for f in doc.pages[0].frames if f is not lead[0])
