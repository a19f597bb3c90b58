"""Benchmark: `layout-app import page.pdf` — a printed page's PDF read directly (pypdfium2 with the
characters' boxes and type sizes, intake/pdfcopy.py) — on generated pages, and on the demo page.

Each generated page (tests/corpus, the same seeds as benchmarks/intake_corpus.py) is laid out by
our own autoplace and exported as PDF with printer's marks; the PDF is imported as a user imports
it and scored against what the page shows: story-level exact-match rate, captions assigned right,
characters lost, time per page. The demo page (assets/demo: text around an inset photo, a vertical
headline, briefs, captions inside stories) is scored story by story against its document.
Run: python benchmarks/import_pdf.py [--first 0] [--pages 60] [--style plain|varied]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import calibration  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layout_app.intake.importer import import_copy  # noqa: E402
from tests.corpus.cases import STYLES  # noqa: E402
from tests.corpus.pdf_copy import export  # noqa: E402
from tests.corpus.score import Score, normal, score_page  # noqa: E402


def demo_figures(folder: Path) -> str:
    from layout_app.assets import DEMO_DIR
    from layout_app.io.docfile import load_document
    from layout_app.render.pdf.export import ExportOptions, export_pdf

    doc = load_document(DEMO_DIR / "demo.yaml")
    pdf = folder / "demo.pdf"
    export_pdf(doc, DEMO_DIR, pdf, ExportOptions(force=True))
    page, _copy = import_copy(pdf)
    got = {normal(s.headline): s for s in page.stories}
    stories = [s for s in doc.stories if s.id not in ("banner", "credits")]
    exact = sum(1 for s in stories if (g := got.get(normal(s.headline))) is not None
                and normal(g.kicker) == normal(s.kicker) and normal(g.byline) == normal(s.byline)
                and [normal(p) for p in g.paragraphs] == [normal(p) for p in s.body])
    return f"demo page's PDF: {exact}/{len(stories)} stories exact, {len(page.captions)} captions found"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--style", choices=sorted(STYLES), default="plain",
                    help="the corpus generator: plain, or varied (other topics and habits)")
    args = ap.parse_args()
    print(calibration())
    total = Score()
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.first, args.first + args.pages):
            folder = Path(tmp) / str(seed)
            folder.mkdir()
            pdf, kept = export(STYLES[args.style](seed), folder)
            t = time.perf_counter()
            page, _copy = import_copy(pdf)
            seconds += time.perf_counter() - t
            total.add(score_page(kept.expected(), page.to_json()))
        print(f"{args.pages} generated pages, style {args.style} (seeds {args.first}–{args.first + args.pages - 1}), each through its PDF:")
        print(f"  stories exact    {100 * total.stories_exact / total.stories:5.1f} %  ({total.stories_exact}/{total.stories})"
              "   target ≥ 98 %")
        print(f"  captions right   {100 * total.captions_right / max(total.captions, 1):5.1f} %  "
              f"({total.captions_right}/{total.captions})   target ≥ 95 %")
        print(f"  characters lost  {total.lost}  (of {total.chars})   target 0")
        print(f"  import time      {1000 * seconds / args.pages:.1f} ms per page")
        print(demo_figures(Path(tmp)))


if __name__ == "__main__":
    main()
