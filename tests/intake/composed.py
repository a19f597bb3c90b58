"""A generated corpus page composed the way an editor does it — `layout-app compose --json` on its
copy file and photos — for the compose tests: the exit code, the JSON report, the document written
and its first page as composed."""
import contextlib
import io
import json
from pathlib import Path

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from tests.intake.raw_pages import SHAPES, corpus_page, write_inputs


def compose_corpus_page(seed: int, folder: Path, shapes=SHAPES):
    copy, photos = write_inputs(corpus_page(seed), folder, shapes)
    out = folder / "page.yaml"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
    doc = load_document(out)
    return code, json.loads(buf.getvalue()), doc, Composer(doc, out.parent).compose(doc.pages[0])


def type_extents(display) -> dict[str, tuple[float, float]]:
    """Heading frame id → the top and foot (pt) of the type set in it: each character's em box, from
    0.88 em above its baseline to 0.12 em below (an ideograph's box) — read off the composed page."""
    out: dict[str, tuple[float, float]] = {}
    for g in display.items:
        if isinstance(g, Group) and g.frame.endswith("-head"):
            runs = [r for r in g.items if isinstance(r, GlyphRun) and r.text.strip()]
            if runs:
                out[g.frame] = (min(r.y - 0.88 * r.size for r in runs), max(r.y + 0.12 * r.size for r in runs))
    return out
