"""`layout-app compose` on generated pages with more copy and photos than the page holds (corpus
pages 9, 12 and 50: ten stories, nine to eleven photos; on page 50 the last story of a 3-column stack
ran 4 lines over with its text beside a photo — 2 rows of 3 columns, more than the 3 lines an editor
cuts). Issue 10: the reporters' copy reaches the page — a story is neither run over nor left out for
a photo's sake; a photo that finds no room even a column narrower (test_compose_narrower) is left out
and named — on page 12, whose first stack runs 40 lines over — and every photo placed keeps its
caption under it and its shape (crop at most 20 %)."""
import re

import pytest

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.preflight.checks import preflight
from tests.intake.composed import compose_corpus_page
from tests.intake.raw_pages import corpus_page, write_inputs


@pytest.fixture(scope="module", params=[9, 12, 50], ids=lambda s: f"corpus{s}")
def overfull(request, tmp_path_factory):
    return (corpus_page(request.param),
            *compose_corpus_page(request.param, tmp_path_factory.mktemp(f"overfull{request.param}")))


def test_every_story_placed_and_none_runs_over(overfull):
    page, code, report, doc, display = overfull
    placed = {d["story"] for d in report["decisions"]["stories"]}
    assert placed == {s.id for s in doc.stories if s.id.startswith("s")}
    # measured on the composed page, not taken from the report
    assert not [(r.frame, r.overset_lines) for r in display.reports if r.part == "body" and r.overset_lines]
    assert code == 0 and not report["preflight_errors"]


def test_a_photo_with_no_room_is_left_out_and_named_the_others_keep_caption_and_shape(overfull, request):
    page, code, report, doc, display = overfull
    frames = {f.id: f for f in doc.pages[0].frames}
    left_out = [p.id for p in doc.photos if f"{p.id}-photo" not in frames]
    if "corpus12" in request.node.name:
        assert left_out                               # page 12 holds more photos than room
    # the generator's page says whose each photo is (its file name under the story that took it)
    owner = {name: s["headline"] for s in page.stories for name in s["photos"]}
    for pid in left_out:
        # named with its story's headline, and why: its stack came out too deep with every photo at
        # its smallest; its caption is not printed either
        headline = owner[doc.photo(pid).file.rsplit("/", 1)[-1]]
        assert any(w.startswith(f"photo {pid} ") and headline in w and "not placed, nor its caption" in w
                   and "too deep" in w for w in report["warnings"]), (pid, headline)
    groups = {g.frame: g for g in display.items}
    for p in doc.photos:
        if p.id in left_out:
            continue
        ph, cap = frames[f"{p.id}-photo"], frames[f"{p.id}-cap"]
        assert cap.line == ph.line + ph.lines and cap.col == ph.col and cap.cols == ph.cols
        (img,) = groups[ph.id].items
        from PIL import Image
        with Image.open(img.path) as im:
            aspect = im.size[1] / im.size[0]
        frame = ph.lines * doc.grid.leading / doc.grid.span_width(ph.cols)
        assert 1 - min(frame / aspect, aspect / frame) <= 0.20 + 1e-6, p.id
    # fewer photos left out than photos on the page: the photos give way only as far as needed
    assert len(left_out) < len(doc.photos) / 2
    # and the page editor, opening the page, is told by preflight which photos and captions are on no page
    found = preflight(doc, ".", [display], files=False).warnings
    assert sorted(f.where["photo"] for f in found if f.code == "photo-unplaced") == sorted(left_out)


def test_a_heading_shortened_to_fit_is_said_and_stays_at_its_minimum_or_above(overfull, request):
    """A stack a line or two too deep takes them from a heading under the lead story's, its headline
    a size smaller — never below 小二 (18 pt, the headline style's minimum in the duikai template)."""
    page, code, report, doc, display = overfull
    shortened = [d for d in report["decisions"]["stories"] if d.get("heading_shortened")]
    # (page 50's stack took its line from a heading while headlines under the lead were set as large as
    # their lines allowed; set by rank at the fewest lines that hold them large enough, none of these
    # pages needs it — shorter_heads itself is tested in tests/layout/test_overfull.py)
    lead = next(d["story"] for d in report["decisions"]["stories"] if d["rank"] == 1)
    groups = {g.frame: g for g in display.items}
    for d in shortened:
        assert d["story"] != lead
        head = doc.story(d["story"]).headline.replace(" ", "")
        sizes = [it.size for it in groups[d["heading_frame"]].items
                 if getattr(it, "text", "").strip() and it.text.replace(" ", "") in head]
        assert sizes and min(sizes) >= 18.0, (d["story"], sizes)
        assert any(n.startswith(f"story {d['story']} ") and "heading " in n and "shorter" in n for n in report["notes"])


def test_the_same_copy_gives_the_same_page_in_every_run(tmp_path):
    """Corpus page 9: two stacks end on one line with a body and a caption; which one counted as the
    stack's end followed the order of a set of frame ids, which Python changes from run to run
    (PYTHONHASHSEED) — and with it the arrangement compose chose. The page is the same in any run."""
    import os
    import subprocess
    import sys

    copy, photos = write_inputs(corpus_page(28), tmp_path)
    pages = []
    for seed in ("1", "4"):
        out = tmp_path / f"page{seed}.yaml"
        subprocess.run([sys.executable, "-m", "layout_app", "compose", "--copy", str(copy), "--photos", str(photos),
                        "-o", str(out)], check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append(out.read_text(encoding="utf-8"))
    assert pages[0] == pages[1]


def test_advice_on_headlines_side_by_side_names_only_a_story_with_a_photo_on_the_page(overfull):
    """碰题 is mended by moving a story or by letting one open with its photo — which a story whose
    photos were all left out cannot do (page 12 left both of s2's out, then told s2 to open with one)."""
    page, code, report, doc, display = overfull
    frames = {f.id: f for f in doc.pages[0].frames}
    by_headline = {s.headline: s.id for s in doc.stories}
    shown = {by_headline[s["headline"]] for s in page.stories
             for name in s["photos"] for p in doc.photos if p.file.endswith("/" + name) and f"{p.id}-photo" in frames}
    warned = [w for w in report["warnings"] if "headlines side by side" in w]
    on_top = {d["story"] for d in report["decisions"]["stories"] if d.get("photo_on_top")}
    for w in warned:
        a, b = re.match(r"stories (\S+) and (\S+):", w).groups()
        m = re.search(r"let story (\S+) open with its photo", w)
        done = re.search(r"story (\S+) opens with its photo already", w)
        if m:
            # (never told to one whose photo is over its heading already: a reviewer saw that advice)
            assert m.group(1) in shown and m.group(1) in (a, b) and m.group(1) not in on_top, w
        elif done:
            assert done.group(1) in on_top and done.group(1) in (a, b), w
        else:
            assert a not in shown and b not in shown and "neither has a photo" in w, w


def test_the_command_names_each_photo_left_out_once(tmp_path, capsys):
    """Text mode: compose's own line says which photo went and why; preflight's finding of the same
    photo on no page is not printed a second time (the JSON keeps both)."""
    page = corpus_page(12)
    copy, photos = write_inputs(page, tmp_path)
    assert main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(tmp_path / "page.yaml")]) == 0
    out, err = capsys.readouterr()
    doc = load_document(tmp_path / "page.yaml")
    frames = {f.id for f in doc.pages[0].frames}
    left_out = [p for p in doc.photos if f"{p.id}-photo" not in frames]
    assert left_out
    # the summary counts what the editor counts: the reporters' stories (not the credit line), the
    # photos placed of those that came
    n = len(page.captions)
    extras = "".join(f", {name}" for name, has in (("banner", page.banner), ("lead", page.lead and not page.banner),
                                                    ("credits", page.credits)) if has)
    assert page.banner                                   # (this page has one, its lead the banner's text)
    assert out.splitlines()[0].endswith(f": {len(page.stories)} stories{extras}; {n - len(left_out)} of {n} photos "
                                        "placed, on Broadsheet (对开)"), out.splitlines()[0]
    for p in left_out:
        name = p.file.rsplit("/", 1)[-1]
        lines = [l for l in err.splitlines() if f"photo {p.id} " in l or f"photo {name} " in l or f"[photo {p.id}]" in l]
        assert len(lines) == 1 and "not placed, nor its caption" in lines[0], lines


def test_the_command_names_each_pair_of_headlines_side_by_side_once(tmp_path, capsys):
    """Text mode: compose's own 碰题 line, with the advice the page can take, and not preflight's
    finding of the same two headlines a second time (the JSON keeps both)."""
    copy, photos = write_inputs(corpus_page(28), tmp_path)
    assert main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(tmp_path / "page.yaml")]) == 0
    err = capsys.readouterr().err
    said = [l for l in err.splitlines() if "碰题" in l]
    # (page 28 has one pair — page 9 had one before headlines were set by rank; preflight's finding
    # would be a second line naming it)
    assert len(said) == 1 and re.match(r"warning: stories s\d+ and s\d+: headlines side by side", said[0].strip()), said
