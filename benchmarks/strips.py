"""List the strips (a story's whole text in legs of 4 lines or fewer across 2 columns or more, as
compose_pages.py counts them) on generated pages, each with what stands around it — for the page editor's
question "why is this brief a strip": its stack's width and empty lines, its place in the stack, its photos
over or under its text, its body's lines, what stands under its text.
Run: python benchmarks/strips.py [--first 0] [--pages 40] [--style plain|varied] [--keep DIR]"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layout_app.cli import main as cli  # noqa: E402
from layout_app.io.docfile import load_document  # noqa: E402
from tests.intake.raw_pages import corpus_page, write_inputs  # noqa: E402


def strips(doc, report) -> list[str]:
    frames = doc.pages[0].frames
    legs: dict[str, list] = {}
    for f in frames:
        if f.part == "body" and f.story and not f.style:
            legs.setdefault(f.story, []).append(f)
    stack_of = {d["story"]: d for d in report["decisions"]["stories"]}
    stacks = {st["stack"]: st for st in report["decisions"]["stacks"]}
    out = []
    for sid, fs in legs.items():
        if not all(f.cols >= 2 and f.lines <= 4 for f in fs):
            continue
        d = stack_of.get(sid, {})
        st = stacks.get(d.get("stack"), {})
        x0, x1 = min(f.col for f in fs), max(f.col + f.cols for f in fs)
        y0, y1 = min(f.line for f in fs), max(f.line + f.lines for f in fs)
        mine = [f for f in frames if f.story == sid or (f.photo and any(
            p["photo"] == f.photo for p in d.get("photos", [])))]
        photos = [f for f in mine if f.photo and f.part != "caption"]
        where = ",".join(("over" if p.line < y0 else "under") + f"({p.cols}c×{p.lines})" for p in photos)
        below = [f for f in frames if f.line >= y1 and f.col < x1 and x0 < f.col + f.cols and f not in mine]
        order = st.get("stories", [])
        pos = f"{order.index(sid) + 1}/{len(order)}" if sid in order else "?"
        out.append(f"{sid}: rank {d.get('rank')} stack {d.get('stack')} ({st.get('columns')}, empty "
                   f"{st.get('empty_lines')}, spread {st.get('air_spread')}) pos {pos}; body {len(fs)} frame(s) "
                   f"{[(f.cols, f.lines) for f in fs]}; photos {where or 'none'}"
                   f"{'; beside' if d.get('text_beside_photo') else ''}; under it: "
                   f"{len(below)} frame(s) {[f.part for f in below][:4]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--style", choices=("plain", "varied"), default="plain")
    ap.add_argument("--keep", help="keep the composed pages in this folder")
    args = ap.parse_args()
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep or tmp)
        for seed in range(args.first, args.first + args.pages):
            folder = base / f"{args.style}{seed}"
            copy, photos = write_inputs(corpus_page(seed, args.style), folder)
            out = folder / "page.yaml"
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                cli(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json", "--force"])
            report = json.loads(buf.getvalue())
            found = strips(load_document(out), report)
            n += len(found)
            for s in found:
                print(f"page {seed}: {s}")
    print(f"{n} strips")


if __name__ == "__main__":
    main()
