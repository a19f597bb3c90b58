"""`layout-app compose` on generated pages with too little copy for their stacks (corpus page 19:
three stories, no photo, about a fifth of the broadsheet's copy; page 42: a 3-column stack 31 lines
short with its photo as tall as the 20 % crop limit lets it). No arrangement fills those lines; the
editor is told once, for the page, how much copy is missing — in lines of a column and in characters
(the duikai template's column holds 13 characters of 9 pt body type: 117 pt) — and where. Issue 10:
no stack ends with more than 3 empty lines, or the report says why. Page 26 is no such page: its
copy fills 5 + 3 columns with two photos set narrower and their text beside them (it was set with a
2-column stack 19 lines short, the arrangement that fills weighed as running over)."""
import contextlib
import io
import json
import re

import pytest
from PIL import Image

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer
from tests.intake.raw_pages import corpus_page, write_inputs

CHARS_A_LINE = 13          # duikai: a column 117 pt wide, body type 9 pt


@pytest.fixture(scope="module", params=[19, 42, 9, 26], ids=lambda s: f"corpus{s}")
def composed(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"short{request.param}")
    copy, photos = write_inputs(corpus_page(request.param), folder)
    out = folder / "page.yaml"
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf):
        main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json"])
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force"])
    doc = load_document(out)
    return request.param, json.loads(buf.getvalue()), err.getvalue(), doc, Composer(doc, out.parent).compose(doc.pages[0])


def empty_by_stack(report, doc, display) -> dict[int, int]:
    """Measured on the composed page: the rows under each stack's last frame down to the credits, times
    its columns, and the lines its last body leaves empty."""
    frames = doc.pages[0].frames
    foot = min((f.line for f in frames if f.id == "credits"), default=doc.grid.line_count)
    empty = {r.frame: r.empty_lines for r in display.reports}
    out = {}
    for st in report["decisions"]["stacks"]:
        a, b = st["columns"][0] - 1, st["columns"][1]
        inside = [f for f in frames if a <= f.col and f.col + f.cols <= b and f.id != "credits"
                  and not f.id.startswith("banner") and f.id != "lead-body"]
        last = max(inside, key=lambda f: (f.line + f.lines, f.part == "body"))
        out[st["stack"]] = (foot - (last.line + last.lines)) * (b - a) + (empty.get(last.id, 0) if last.part == "body" else 0)
    return out


def test_the_page_short_of_copy_is_said_once_with_the_lines_and_characters_missing(composed):
    seed, report, text, doc, display = composed
    short = {k: n for k, n in empty_by_stack(report, doc, display).items() if n > 3}
    said = [w for w in report["warnings"] if "short of copy" in w]
    if seed in (9, 26):
        assert not short and not said and "short_of_copy" not in report["decisions"]
        return
    assert short and len(said) == 1
    lines = sum(short.values())
    m = re.match(r"the page is short of copy by about (\d+) lines \(缺稿约 \1 行, about (\d+) characters", said[0])
    assert m and int(m.group(1)) == lines and int(m.group(2)) == lines * CHARS_A_LINE
    for k, n in short.items():
        m = re.search(rf"stack {k} \(columns (\d+)–(\d+)\) ends with {n} empty lines \(缺 {n} 行(: ([\d–]+) in each of "
                      rf"its (\d+) columns)?\)", said[0])
        assert m, said[0]
        cols = int(m.group(2)) - int(m.group(1)) + 1
        if cols > 1:      # the editor's live check counts a column's lines: the stack's, shared out
            assert int(m.group(5)) == cols and m.group(4) in (f"{n // cols}", f"{n // cols}–{n // cols + 1}")
        else:
            assert m.group(3) is None
    facts = dict(report["decisions"]["short_of_copy"])
    facts.pop("photos_held_by")          # (what holds each photo: test_compose_edited, test_photo_held)
    assert facts == {"lines": lines, "characters": lines * CHARS_A_LINE, "stacks": sorted(short)}
    # no second line for the same stacks; the text report says it once too
    assert not [w for w in report["warnings"] if "empty lines" in w and w is not said[0]]
    assert text.count("short of copy") == 1 and text.count("empty lines") == len(short)


def test_a_short_stacks_photos_are_as_tall_as_the_crop_limit_lets_them(composed):
    """What the warning says of them, checked by hand: a line taller, each would lose more than 20 %."""
    seed, report, text, doc, display = composed
    short = {k for k, n in empty_by_stack(report, doc, display).items() if n > 3}
    frames = {f.id: f for f in doc.pages[0].frames}
    groups = {g.frame: g for g in display.items}
    grid = doc.grid
    photos = [p for d in report["decisions"]["stories"] if d["stack"] in short for p in d["photos"]]
    said = " ".join(w for w in report["warnings"] if "short of copy" in w)
    if seed == 42:
        assert len(photos) == 1 and "its photos are as large as the crop limit and their pixels let them" in said
    if seed == 19:
        # two stacks short: said of both ('their'), not of one
        assert not photos and "no photo there to grow" in said and "between their stories" in said
    for p in photos:
        ph = frames[p["frame"]]
        (img,) = groups[ph.id].items
        with Image.open(img.path) as im:
            aspect = im.size[1] / im.size[0]
        taller = (ph.lines + 1) * grid.leading / grid.span_width(ph.cols)
        assert 1 - min(taller / aspect, aspect / taller) > 0.20, p["photo"]
