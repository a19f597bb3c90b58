"""Text wrap in print: a photo dragged into the middle of a 3-column story on the demo page, exported as
PDF/X: every glyph lands where the display list (what the screen draws) puts it, and no glyph of the
story lies under the photo or its standoff, read back from the PDF with pdfium."""
from dataclasses import replace

import pikepdf
import pytest

from layout_app.layout.compose import Composer, frame_rect
from layout_app.layout.display import GlyphRun, walk
from layout_app.render.pdf.export import ExportOptions, export_pdf
from tests.pdf.conftest import DEMO_NOW
from tests.pdf.content import pdf_characters

TOLERANCE = 0.1          # pt


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory):
    from layout_app.assets import DEMO_DIR
    from layout_app.io.docfile import load_document

    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    moved = {"ph-patrol-photo": dict(col=3, cols=2, line=34, lines=8), "ph-patrol-cap": dict(col=3, cols=2, line=42, lines=2)}
    frames = tuple(replace(f, dx=58.5, wrap="around", standoff_lines=1.0, **moved[f.id]) if f.id in moved else f
                   for f in page.frames)
    doc = replace(doc, pages=(replace(page, frames=frames),))
    out = tmp_path_factory.mktemp("wrap") / "wrap.pdf"
    # the story no longer fits beside the photo (reported as overset): exported anyway to look at it
    export_pdf(doc, DEMO_DIR, out, ExportOptions(force=True), now=DEMO_NOW)
    return doc, out, Composer(doc, DEMO_DIR).compose_all()[0]


def test_glyphs_in_the_pdf_where_the_display_list_puts_them_and_none_under_the_photo(wrapped):
    doc, pdf, display = wrapped
    with pikepdf.open(pdf) as p:
        x0, y0, x1, y1 = (float(v) for v in p.pages[0].TrimBox)
    runs = [(g.frame, r) for g in display.items for r in walk(g.items) if isinstance(r, GlyphRun)]
    expected = [(ch, x0 + x, y1 - y) for _, r in runs
                for ch, x, y in zip(r.text, r.xs, r.ys or (r.y,) * len(r.xs))]      # vertical runs: own ys
    frame_of = [f for f, r in runs for _ in r.text]
    got = pdf_characters(pdf)
    assert len(got) >= len(expected) > 5000
    for k, ((ch, x, y), (got_ch, gx, gy)) in enumerate(zip(expected, got)):
        assert got_ch == ch and max(abs(gx - x), abs(gy - y)) <= TOLERANCE, (k, ch, got_ch, gx, gy, x, y)
    # the photo and its caption, grown by one line above and below and one character each side
    page = doc.pages[0]
    size, lead = doc.style("body").size, doc.grid.leading
    keep = []
    for f in page.frames:
        if f.wrap == "around":
            r = frame_rect(doc.grid, page, f)
            keep.append((x0 + r.x - size, y1 - r.bottom - lead, x0 + r.right + size, y1 - r.y + lead))
    assert len(keep) == 2
    # a glyph's em box (a whole em up from its origin, a quarter below) against the kept-out areas
    under = {frame_of[k] for k, (ch, gx, gy) in enumerate(got[:len(expected)]) for a, b, c, d in keep
             if gx + size > a and gx < c and gy + size > b and gy - 0.25 * size < d}
    assert under == {"ph-patrol-cap"}                # only the caption's own text lies there
    assert sum(1 for f in frame_of if f == "patrol-body") > 600
