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
        if isinstance(g, Group) and g.tag != "master" and g.frame.endswith("-head"):   # (not the running head)
            runs = [r for r in g.items if isinstance(r, GlyphRun) and r.text.strip()]
            if runs:
                out[g.frame] = (min(r.y - 0.88 * r.size for r in runs), max(r.y + 0.12 * r.size for r in runs))
    return out


def title_gaps(doc, display) -> dict[str, float]:
    """Heading frame id → the white (pt) between the foot of its type and the first ink of its own story
    under it in its columns: the top of its text's or byline's first line (0.88 em over the baseline), or
    of a photo of the story, or its caption's type — read off the composed page (the banner apart)."""
    page = doc.pages[0]
    groups = {g.frame: g for g in display.items if isinstance(g, Group)}
    heads = type_extents(display)
    owner = {f.id: doc.photo(f.photo).story for f in page.frames if f.photo}      # a photo's and its caption's
    out: dict[str, float] = {}
    for f in page.frames:
        if f.part != "heading" or f.id == "banner-head" or f.id not in heads:
            continue
        foot, rect = heads[f.id][1], groups[f.id].rect
        tops = []
        for h in page.frames:
            if h.id == f.id or h.id not in groups or (h.story or owner.get(h.id)) != f.story:
                continue
            g = groups[h.id]
            if h.kind == "photo":
                marks = [(g.rect.y, g.rect.x, g.rect.x + g.rect.width)]
            else:
                marks = [(r.y - 0.88 * r.size, min(r.xs), max(r.xs)) for r in g.items
                         if isinstance(r, GlyphRun) and r.text.strip() and r.xs]
            tops += [y for y, x0, x1 in marks if x0 < rect.x + rect.width - 1 and x1 > rect.x - 1 and y > foot - 2]
        if tops:
            out[f.id] = min(tops) - foot
    return out


def story_columns(doc, display) -> dict[str, list[int]]:
    """Story id → the lines of body text set in each column it runs through, in reading order (its
    body frames in the page's order — the order its text flows through them — each column left to
    right), read off the composed page: the distinct baselines of the glyphs standing in each column
    of each body frame — a grid column, or one of the frame's own text columns where it sets them
    (`text_columns`, the page lead). Columns with no text left out."""
    grid = doc.grid
    groups = {g.frame: g for g in display.items if isinstance(g, Group)}
    out: dict[str, list[int]] = {}
    for f in doc.pages[0].frames:
        if f.part != "body" or not f.story or f.id not in groups:
            continue
        rect, tc = groups[f.id].rect, f.text_columns
        lines: dict[int, set[float]] = {}
        for r in groups[f.id].items:
            if isinstance(r, GlyphRun) and r.text.strip():
                for x, ch in zip(r.xs, r.text):
                    if ch.strip():
                        col = (min(tc - 1, int((x + 0.1 - rect.x) / (rect.width / tc))) if tc
                               else grid.cell_at(x + 0.1, r.y)[0])
                        lines.setdefault(col, set()).add(round(r.y, 1))
        out.setdefault(f.story, []).extend(len(lines[c]) for c in sorted(lines))
    return out


def short_last_columns(doc, display, fewest: int = 3) -> list[str]:
    """Stories whose text runs through two columns or more and whose last column holds fewer than
    `fewest` lines, two or more short of the column before it — a column of one or two lines at its
    top beside a fuller one reads as a mistake (a widow column); columns level within a line (a lead
    of 3 and 2 lines) do not."""
    return [sid for sid, cols in story_columns(doc, display).items()
            if len(cols) >= 2 and cols[-1] < fewest and cols[-2] - cols[-1] >= 2]


def compose_copy(folder: Path, copy: str, photos: dict[str, tuple[int, int]]):
    """`layout-app compose --json` of `copy` with a plain photo of each (name → pixel size): its exit
    code, its report and the document it wrote."""
    from PIL import Image

    (folder / "copy.txt").write_text(copy, encoding="utf-8")
    shots = folder / "photos"
    shots.mkdir()
    for k, (name, size) in enumerate(photos.items()):
        Image.new("RGB", size, (40 * k, 120, 200 - 20 * k)).save(shots / name, quality=60)
    out = folder / "page.yaml"
    got = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(got):
        code = main(["compose", "--copy", str(folder / "copy.txt"), "--photos", str(shots), "-o", str(out), "--json"])
    return code, json.loads(got.getvalue()), load_document(out)


def side_by_side(a, b) -> bool:
    """Frames `a` and `b` side by side: lines in common, no column in common."""
    return a.line < b.line + b.lines and b.line < a.line + a.lines and \
        (a.col + a.cols <= b.col or b.col + b.cols <= a.col)
