"""`layout-app compose` on corpus pages a reviewer sent back (issue 10, "a page that looks edited").
Page 22: the lead story (s5, columns 1–4) has two photos one over the other across its stack and its
text was set under both, at the page's foot, a stack of pictures away from its headline — its text
now starts right under its heading and the photos follow it. Page 10: the short-of-copy warning said
every photo was "as large as the crop limit and their pixels let them"; stack 1's photos could stand
taller (its rows are all set: the white is the foot of its 5-column text's last column) and only p2
(stack 2, portrait, 3 columns, crop 18.8 %) is at its crop limit — the warning now says so. Pages 22
and 26: a page lead with no banner over it, centred in columns 3–6 with white left and right, now a
size or more larger across the page. Page 2: the air under a caption after the text, over the next
story's air, one hole of 7 lines — two of them now under the heading."""
import contextlib
import io
import json

from layout_app.cli import main
from layout_app.io.docfile import load_document
from layout_app.layout import autoplace, choosing
from layout_app.layout.compose import Composer
from layout_app.preflight.checks import page_check
from tests.intake.raw_pages import corpus_page, write_inputs


def _compose(seed, folder):
    copy, photos = write_inputs(corpus_page(seed), folder)
    out = folder / "page.yaml"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json", "--force"])
    return code, json.loads(buf.getvalue()), load_document(out)



def test_page22_lead_text_under_its_heading_then_its_photos(tmp_path):
    code, report, doc = _compose(22, tmp_path)
    assert code == 0
    frames = {f.id: f for f in doc.pages[0].frames}
    (s5,) = [d for d in report["decisions"]["stories"] if d["story"] == "s5"]
    assert [p["photo"] for p in s5["photos"]] == ["p2", "p3"]
    head, body = frames["s5-head"], frames["s5-body"]
    # the text under its heading (a line or two of air at most: the air of the captions under the
    # photos after it, `MOVED_AIR`); both photos under the text, in its columns
    assert 0 <= body.line - (head.line + head.lines) <= 2
    assert all(frames[f"{p}-photo"].line >= body.line + body.lines for p in ("p2", "p3"))
    assert "text_before_photos" in s5
    # nothing over, nothing out
    assert not any(d.get("overset_lines") for d in report["decisions"]["stories"])
    assert not [w for w in report["warnings"] if "not placed" in w]


def test_page22_rule_off_sets_the_text_under_the_photos(tmp_path, monkeypatch):
    monkeypatch.setattr(autoplace, "TEXT_UNDER_HEAD", False)
    _, _, doc = _compose(22, tmp_path)
    frames = {f.id: f for f in doc.pages[0].frames}
    assert frames["s5-body"].line > frames["p3-photo"].line     # the page the reviewer sent back


def test_page6_text_under_its_heading_not_a_stack_of_pictures_away(tmp_path):
    """Page 6, as a reviewer sent back a page like it: story s2's one photo stands half the page tall
    across its 4-column stack, and s4's two photos — one across, one set narrower with the text beside
    it — came before the text. A page editor sets the text right under its headline: s2's text, then
    its photo; s4's photo with the text beside it right under the heading, its other photo after."""
    code, report, doc = _compose(6, tmp_path)
    assert code == 0
    frames = {f.id: f for f in doc.pages[0].frames}
    s2 = frames["s2-head"]
    body, photo = frames["s2-body"], frames["p2-photo"]
    assert photo.lines >= doc.grid.line_count / 4
    assert 0 <= body.line - (s2.line + s2.lines) <= 2
    assert photo.line >= body.line + body.lines and photo.col == s2.col
    s4 = frames["s4-head"]
    under = s4.line + s4.lines
    beside = [f for f in frames.values() if f.story == "s4" and f.part == "body"]
    assert frames["p4-photo"].line == under and frames["p4-photo"].cols < s4.cols
    assert min(f.line for f in beside) == under
    assert frames["p3-photo"].line > max(f.line + f.lines for f in beside)
    assert not any(d.get("overset_lines") for d in report["decisions"]["stories"])


def test_page6_rule_off_sets_the_text_after_the_photos(tmp_path, monkeypatch):
    monkeypatch.setattr(autoplace, "TEXT_UNDER_HEAD", False)
    _, _, doc = _compose(6, tmp_path)
    frames = {f.id: f for f in doc.pages[0].frames}
    assert frames["s2-body"].line > frames["p2-photo"].line
    assert frames["s4-body"].line > frames["p3-photo"].line


def test_page10_short_of_copy_names_what_holds_each_photo(tmp_path):
    code, report, doc = _compose(10, tmp_path)
    (said,) = [w for w in report["warnings"] if "short of copy" in w]
    # (stack 1 — the lead story's photo as large as its crop limit lets it, the second story's set
    # narrower so as not to outgrow it — closes; stack 2, one brief and its photo, is the page's white)
    assert report["decisions"]["short_of_copy"]["stacks"] == [2]
    assert "its photos are as large as the crop limit and their pixels let them" in said
    held = report["decisions"]["short_of_copy"]["photos_held_by"]
    assert held == {"p2": "crop"}
    # checked by hand on the page: p2, 3 columns wide, a line taller would crop away over 20 % of it
    grid = doc.grid
    (p2,) = [f for f in doc.pages[0].frames if f.id == "p2-photo"]
    from PIL import Image
    with Image.open(tmp_path / doc.photo("p2").file) as im:
        aspect = im.size[1] / im.size[0]
    taller = (p2.lines + 1) * grid.leading / grid.span_width(p2.cols)
    assert 1 - min(taller / aspect, aspect / taller) > 0.20
    now = p2.lines * grid.leading / grid.span_width(p2.cols)
    assert 1 - min(now / aspect, aspect / now) <= 0.20


def test_page22_lead_without_banner_set_larger_across_the_page(tmp_path):
    """Page 22's lead (81 characters, no banner over it) on the duikai page (8 columns, 1003.5 pt): in
    the lead style (五号 10.5 pt, 95 characters across) it takes 3 text columns of 31 — 3 lines, one a
    column — and was centred in columns 3–6 with white left and right; at 小四 12 pt 3 columns of 27, 4
    lines; 四号 14 to 三号 16: 2 columns of 35–30, 3 lines; at 小二 18 pt 2 columns of 27 characters
    (never over 40) hold its 4 lines, 2 a column: the first size that fills the page's width so."""
    code, report, doc = _compose(22, tmp_path)
    (lead,) = [f for f in doc.pages[0].frames if f.id == "banner-body"]
    assert (lead.col, lead.cols, lead.text_columns, lead.style) == (0, 8, 2, "lead_display")
    assert doc.style("lead_display").size == 18.0 and doc.style("lead_display").font == doc.style("lead").font
    assert report["decisions"]["lead"]["measure_chars"] == 27


def test_page26_short_lead_at_erhao_across_the_page(tmp_path):
    """Page 26's lead is shorter (72 characters): up to 小二 18 pt it takes 3 lines in 2 columns (at 18
    pt 2 columns of 27); at 二号 22 pt (45 characters across) 2 columns of 22, 4 lines, 2 a column:
    22 pt, no larger a size (LEAD_LARGEST)."""
    code, report, doc = _compose(26, tmp_path)
    (lead,) = [f for f in doc.pages[0].frames if f.id == "banner-body"]
    assert (lead.col, lead.cols, lead.text_columns, lead.style) == (0, 8, 2, "lead_display")
    assert doc.style("lead_display").size == 22.0
    assert report["decisions"]["lead"]["measure_chars"] == 22


def test_page22_lead_rule_off_centred_narrow(tmp_path, monkeypatch):
    from layout_app.layout import pagehead
    monkeypatch.setattr(pagehead, "DISPLAY_LEAD", False)
    _, _, doc = _compose(22, tmp_path)
    (lead,) = [f for f in doc.pages[0].frames if f.id == "banner-body"]
    assert (lead.col, lead.cols, lead.style) == (2, 4, "lead")


def _white(doc, folder):
    display = Composer(doc, folder).compose(doc.pages[0])
    return [f for f in page_check(doc, 0, display).warnings if f.code == "short"]


def test_page2_caption_air_after_the_text_no_hole(tmp_path):
    """Page 2, stack 2 (columns 5–8): story s2 opens with photo p3 over its heading, then its text, then
    photo p4 — the story s3 under it. The air under p4's caption (3 lines, its share of the stack's
    spare rows) stood over the line between the stories and their air (1 + 3): 7 lines of white
    under the caption (lines 86–92), which the live check tells (over 5 between two items). Two of
    them go under s2's heading: 5 lines under the caption, none told."""
    code, report, doc = _compose(2, tmp_path)
    frames = {f.id: f for f in doc.pages[0].frames}
    cap, head = frames["p4-cap"], frames["s3-head"]
    assert head.line - (cap.line + cap.lines) <= 5
    assert not _white(doc, tmp_path)


def test_page2_caption_air_rule_off_leaves_the_hole(tmp_path, monkeypatch):
    monkeypatch.setattr(autoplace, "MOVED_AIR", 0)
    _, _, doc = _compose(2, tmp_path)
    frames = {f.id: f for f in doc.pages[0].frames}
    assert frames["s3-head"].line - (frames["p4-cap"].line + frames["p4-cap"].lines) > 5
    assert _white(doc, tmp_path)


def test_page139_last_story_photos_after_text_no_air_at_the_foot(tmp_path, monkeypatch):
    """Page 139 (the hold-out's), stack 2 (columns 5–8): story s1 alone, p1 over its heading, its text,
    p2 after the text; p2's caption ended on line 102 with the line under it air — 1 line × 4 columns
    empty at the foot (line 103), 0 when the text ended the stack. That line goes under the heading:
    the caption on the stack's last line. (The page as arranged before photos were held by rank — the
    brief s1's p2 there twice the size of the lead's photo; now s1 stands in 3 columns, its photos
    smaller, the page short of copy — for the air rule this test is about.)"""
    monkeypatch.setattr(choosing, "BY_RANK", False)
    code, report, doc = _compose(139, tmp_path)
    (st,) = [s for s in report["decisions"]["stacks"] if s["stories"] == ["s1"]]
    assert st["empty_lines"] == 0
    frames = {f.id: f for f in doc.pages[0].frames}
    floor = min((f.line for f in doc.pages[0].frames if f.id == "credits"), default=doc.grid.line_count)
    assert frames["p2-cap"].line + frames["p2-cap"].lines == floor


def test_compose_says_the_white_the_live_check_will_show(tmp_path, capsys):
    """A reviewer's page: compose said '0 empty line(s)' for each stack while the editor's live check
    said 缺 6 行 under a heading — compose counted only each stack's foot. Varied page 24: story s3's
    photo stands 4 columns wide in its 5-column stack (its pixels fill no more): column 5 is white
    from under s3's text down past the photo. Compose says it, in its words and in --json, as the
    live check on the saved page does."""
    copy, photos = write_inputs(corpus_page(24, "varied"), tmp_path)
    out = tmp_path / "page.yaml"
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out)])
    err = capsys.readouterr().err
    doc = load_document(out)
    live = [f for f in page_check(doc, 0, Composer(doc, tmp_path).compose(doc.pages[0])).warnings if f.code == "short"]
    inside = [f for f in live if f.where["column"] == 5 and f.where["story"] == "s3"]
    assert inside and inside[0].where["lines"] > 3
    said = [l for l in err.splitlines() if "white between two items" in l]
    assert len(said) == 1 and inside[0].message in said[0] and "column 5" in said[0]
    main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--json", "--force"])
    report = json.loads(capsys.readouterr().out)
    assert len(report["white"]) == 1 and inside[0].message in report["white"][0]
