"""Benchmark: `layout-app compose` on generated pages of raw copy — does the first layout look edited?

Each page of the intake corpus generator (tests/corpus: 3–10 stories, long headlines, kickers, decks,
captions, a banner and lead or not, credits) is written as copy arrives, with one photo per caption
(landscape and portrait, the caption and credit in the photo's metadata), and composed as a user would.
The saved document is then checked with rules written here, not taken from the compose code:
- headlines side by side (碰题): two stories' headings in neighbouring columns whose type (the characters'
  em boxes on the composed page, not the frames' air) stands level; and how many of them a column rule in
  the gutter between them sets apart along that height (隔开);
- stacks ending with more than 3 empty lines (counted on the composed page, as `compose` reports), on
  all pages and on pages whose body copy would fill a fifth of the page or more at body size — the
  generator also writes pages of 1,000–2,000 characters for a broadsheet that holds 10,000, which no
  photo within the 20 % crop limit and half a stack's height can fill;
- stories whose text runs through two columns or more and ends with a column of one or two lines,
  shorter than the one before it (a widow column: read off the composed page's glyphs, column by column);
- stories and photos not placed; lines of copy run over (overset, as compose reports); headlines set below their style's minimum size (as compose reports); pages with a preflight error (exit 1, the page written);
- stories whose whole text runs in legs of 4 lines or fewer across 2 columns or more (a strip under its
  headline, not a story: a page editor sets a brief narrower), read off the saved page's body frames;
- photos of a story under the lead (rank 2 or 3) larger (frame area) than the lead story's largest, on
  pages where the lead story has a photo: a page editor gives the lead story the largest photo;
- captions with a heading under them and no clear air between: the caption's type and the heading's
  type under it in the same columns less than half a body line apart, read off the composed page;
- time per page.
Run: python benchmarks/compose_pages.py [--first 0] [--pages 60] [--style plain|varied] [--list]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import calibration  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from layout_app.cli import main as cli  # noqa: E402
from layout_app.io.docfile import load_document  # noqa: E402
from layout_app.layout.compose import Composer  # noqa: E402
from layout_app.layout.display import GlyphRun, Group  # noqa: E402
from layout_app.layout.planfacts import SPREAD  # noqa: E402
from layout_app.preflight.checks import page_check  # noqa: E402
from tests.intake.composed import short_last_columns, type_extents  # noqa: E402
from tests.intake.raw_pages import corpus_page, write_inputs  # noqa: E402


def side_by_side(doc, display) -> tuple[int, int]:
    """Pairs of headings side by side — in neighbouring columns, type of one level with type of the
    other (a heading's air beside the other's type is no 碰题) — and how many of them a vertical rule
    in the gutter between them sets apart along the height their type shares (隔开)."""
    page, grid = doc.pages[0], doc.grid
    type_at = type_extents(display)
    heads = [f for f in page.frames if f.part == "heading" and f.id != "banner-head" and f.id in type_at]
    pairs = []
    for a in heads:
        for b in heads:
            top, foot = max(type_at[a.id][0], type_at[b.id][0]), min(type_at[a.id][1], type_at[b.id][1])
            if a.col + a.cols == b.col and foot - top > 0.5:
                pairs.append((a, b, top, foot))
    apart = sum(1 for a, b, top, foot in pairs if any(
        r.lines and r.col == b.col and grid.line_y(r.line) <= top + 0.5
        and grid.line_y(r.line + r.lines) >= foot - 0.5 for r in page.rules))
    return len(pairs), apart


def shallow_legs(doc) -> int:
    """Stories whose body frames all run across 2 columns or more, 4 lines deep or less (not the page
    lead, set in a style of its own)."""
    legs: dict[str, list] = {}
    for f in doc.pages[0].frames:
        if f.part == "body" and f.story and not f.style:
            legs.setdefault(f.story, []).append(f)
    return sum(1 for fs in legs.values() if all(f.cols >= 2 and f.lines <= 4 for f in fs))


def larger_than_lead(doc, report) -> int:
    """Photos of stories ranked under the lead whose frames are larger than the lead story's largest."""
    grid = doc.grid
    area = {f.photo: grid.span_width(f.cols) * f.lines * grid.leading
            for f in doc.pages[0].frames if f.photo and f.part not in ("caption",) and not f.story}
    rank = {d["story"]: d["rank"] for d in report["decisions"]["stories"]}
    photos = {d["story"]: [p["photo"] for p in d.get("photos", []) if p["photo"] in area]
              for d in report["decisions"]["stories"]}
    lead = [area[p] for s, ps in photos.items() if rank[s] == 1 for p in ps]
    if not lead:
        return 0
    return sum(1 for s, ps in photos.items() if rank[s] > 1 for p in ps if area[p] > max(lead) + 1.0)


def caption_on_heading(doc, display) -> int:
    """Headings standing under a caption in its columns with less than half a body line between the
    caption's type and the heading's (each character's em box, as `type_extents` reads it)."""
    grid = doc.grid
    type_at = type_extents(display)
    foot = {}
    for g in display.items:
        if isinstance(g, Group) and g.frame.endswith("-cap"):
            runs = [r for r in g.items if isinstance(r, GlyphRun) and r.text.strip()]
            if runs:
                foot[g.frame] = max(r.y + 0.12 * r.size for r in runs)
    frames = doc.pages[0].frames
    caps = [f for f in frames if f.part == "caption" and f.id in foot]
    heads = [f for f in frames if f.part == "heading" and f.id in type_at]
    n = 0
    for c in caps:
        for h in heads:
            if h.col < c.col + c.cols and c.col < h.col + h.cols and c.line + c.lines <= h.line <= c.line + c.lines + 2:
                n += type_at[h.id][0] - foot[c.id] < 0.5 * grid.leading
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--list", action="store_true", help="name the pages with each fault")
    ap.add_argument("--style", choices=("plain", "varied"), default="plain", help="the corpus generator's style")
    args = ap.parse_args()
    print(calibration())
    errors = pages = stories = heads_beside = heads_apart = pages_beside = empty_stacks = stacks = unplaced = photos_out = 0
    spread_stacks = 0
    full_pages = full_stacks = full_empty = small_heads = overset = short_last = blank_count = blank_pages = 0
    shallow = larger = on_heading = 0
    seconds = 0.0
    faults: dict[str, list[int]] = {"碰题": [], "empty stack (full page)": [], "empty stack (thin copy)": [],
                                     "not placed": [], "headline below its minimum": [], "preflight error": [],
                                     "last column < 3 lines": [], "white in a column (live check)": [],
                                     "legs of ≤ 4 lines": [], "photo larger than the lead's": [],
                                     "caption on a heading": []}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.first, args.first + args.pages):
            folder = Path(tmp) / f"p{seed}"
            copy, photos = write_inputs(corpus_page(seed, args.style), folder)
            out = folder / "page.yaml"
            buf = io.StringIO()
            t = time.perf_counter()
            with contextlib.redirect_stdout(buf):
                code = cli(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
            seconds += time.perf_counter() - t
            report = json.loads(buf.getvalue())
            errors += bool(report["preflight_errors"])
            if report["preflight_errors"]:
                faults["preflight error"].append(seed)     # exit 1, the page written (e.g. a photo under 200 ppi)
            if code not in (0, 1) or not out.exists():
                print(f"page {seed}: compose exited {code} and wrote no page")
                continue
            doc = load_document(out)
            display = Composer(doc, folder).compose(doc.pages[0])
            n, apart = side_by_side(doc, display)
            short = short_last_columns(doc, display)
            blanks = [f for f in page_check(doc, 0, display).warnings if f.code == "short"]   # as the editor tells it
            blank_count += len(blanks)
            blank_pages += bool(blanks)
            if blanks:
                faults["white in a column (live check)"].append(seed)
            short_last += len(short)
            legs = shallow_legs(doc)
            shallow += legs
            if legs:
                faults["legs of ≤ 4 lines"].append(seed)
            if short:
                faults["last column < 3 lines"].append(seed)
            big = larger_than_lead(doc, report)
            larger += big
            if big:
                faults["photo larger than the lead's"].append(seed)
            tight = caption_on_heading(doc, display)
            on_heading += tight
            if tight:
                faults["caption on a heading"].append(seed)
            pages += 1
            stories += len(report["decisions"]["stories"])
            heads_beside += n
            heads_apart += apart
            pages_beside += n > 0
            if n:
                faults["碰题"].append(seed)
            grid, size = doc.grid, doc.style("body").size
            page_chars = grid.columns * grid.line_count * int(grid.span_width(1) // size)
            copy_chars = sum(len(p) for s in doc.stories for p in s.body)
            full = copy_chars >= page_chars / 5
            full_pages += full
            for st in report["decisions"]["stacks"]:
                stacks += 1
                empty_stacks += st.get("empty_lines", 0) > 3
                spread_stacks += st.get("air_spread", 0) >= SPREAD and st.get("empty_lines", 0) <= 3
                full_stacks += full
                full_empty += full and st.get("empty_lines", 0) > 3
                if st.get("empty_lines", 0) > 3:
                    faults["empty stack (full page)" if full else "empty stack (thin copy)"].append(seed)
            out_stories = sum(1 for w in report["warnings"] if w.startswith("story") and ("does not fit the page" in w
                                                                                      or "held over (压稿)" in w))
            out_photos = sum(1 for w in report["warnings"] if w.startswith("photo") and "not placed" in w)
            unplaced += out_stories
            photos_out += out_photos
            if out_stories or out_photos:
                faults["not placed"].append(seed)
            overset += sum(d.get("overset_lines") or 0 for d in report["decisions"]["stories"])
            small = sum(1 for w in report["warnings"] if "set below its minimum size" in w)
            small_heads += small
            if small:
                faults["headline below its minimum"].append(seed)
    print(f"{pages} generated pages (seeds {args.first}–{args.first + args.pages - 1}), {stories} stories placed, "
          f"{stacks} stacks")
    print(f"  headlines side by side (碰题)   {heads_beside} pair(s), on {pages_beside} of {pages} pages; "
          f"{heads_apart} of them set apart by a column rule (隔开)")
    print(f"  stacks > 3 empty lines         {empty_stacks} of {stacks}; on the {full_pages} pages whose copy fills "
          f"a fifth of the page or more: {full_empty} of {full_stacks}")
    print(f"  stacks filled by spread air    {spread_stacks} of {stacks} (air {SPREAD} lines or more beyond the usual "
          "between stories, under headings and captions: no empty lines, the copy short all the same)")
    print(f"  white in a column (live check) {blank_count} on {blank_pages} pages (缺行: over 3 lines at a column's foot; "
          "between two items, a gap over 5 lines or over 8 lines of white, as the editor's live check tells it)")
    print(f"  last column < 3 lines          {short_last} stories (their text in 2 columns or more, its last "
          "column 1 or 2 lines, shorter than the one before: a widow column)")
    print(f"  legs of ≤ 4 lines              {shallow} stories (their whole text across 2 columns or more, 4 lines "
          "deep or less: a strip under its headline)")
    print(f"  photos larger than the lead's  {larger} (a story's under the lead, larger than the lead story's largest)")
    print(f"  caption on a heading           {on_heading} (a heading under a caption, their type under half a line apart)")
    print(f"  not placed                     {unplaced} stories, {photos_out} photos")
    print(f"  headlines below their minimum  {small_heads} (the style's min_size: too long for the frame)")
    print(f"  pages with a preflight error   {errors} (exit 1; the page is written), {overset} lines overset in all")
    print(f"  compose time                   {seconds / max(1, pages) * 1000:.0f} ms per page")
    if args.list:
        for name, seeds in faults.items():
            print(f"  {name:<30} pages {sorted(set(seeds))}")


if __name__ == "__main__":
    main()
