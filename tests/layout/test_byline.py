"""Bylines are printed: in a byline frame when the page has one for the story, otherwise at the head
of the body (under the heading, before the first paragraph) or at its foot, as the document says —
and when there is no room, preflight says which byline and where."""
import re
import subprocess
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.model.frame import Frame
from layout_app.preflight.checks import preflight
from layout_app.render.pdf.export import export_pdf
from tests.pdf.conftest import need_tools
from tests.samples import DOC_YAML

BYLINE = "本报记者王晨"           # "本报记者 王晨": the space is a gap, not a glyph


@pytest.fixture
def doc():
    return loads_document(DOC_YAML)


def runs(display, frame_id):
    group = next(g for g in display.items if isinstance(g, Group) and g.frame == frame_id)
    return [r for r in walk(group.items) if isinstance(r, GlyphRun)]


def with_frames(doc, frames, **changes):
    return replace(doc, pages=(replace(doc.pages[0], frames=tuple(frames)),), **changes)


def test_byline_at_the_head_of_the_body(doc):
    body = runs(Composer(doc).compose(doc.pages[0]), "b1")
    first, second = body[0], body[1]
    assert first.text == BYLINE and first.face == "kai"
    assert second.text.startswith("为丰富村民")                        # the body starts on the next line
    assert second.y - first.y == pytest.approx(doc.grid.leading)
    # the heading frame is above it: the byline is under the heading, before the body
    heading = runs(Composer(doc).compose(doc.pages[0]), "h1")
    assert max(r.y for r in heading) < first.y


def test_byline_at_the_foot_after_the_last_line(doc):
    doc = replace(doc, byline_place="foot")
    body = runs(Composer(doc).compose(doc.pages[0]), "b1")
    *text, last = body
    assert last.text == BYLINE
    assert "".join(r.text for r in text) == "".join(doc.story("s1").body)
    assert last.y - text[-1].y == pytest.approx(doc.grid.leading)    # the line after the body's last
    left = doc.grid.column_x(0)                                        # same column, set right
    assert text[-1].xs[0] == pytest.approx(left) and last.xs[-1] + 9.0 == pytest.approx(left + doc.grid.column_width)


def test_byline_frame_takes_it_out_of_the_body(doc):
    frames = list(doc.pages[0].frames) + [Frame("by1", 0, 3, 38, 1, story="s1", part="byline")]
    doc = with_frames(doc, frames)
    display = Composer(doc).compose(doc.pages[0])
    assert [r.text for r in runs(display, "by1")] == [BYLINE]
    assert BYLINE not in "".join(r.text for r in runs(display, "b1"))
    assert not preflight(doc, ".", files=False).errors


def test_byline_reaches_the_pdf(page_doc, tmp_path):
    need_tools()
    doc, folder, _ = page_doc
    out = tmp_path / "page.pdf"
    export_pdf(doc, folder, out)
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert BYLINE in re.sub(r"\s+", "", text)


def test_no_room_at_the_foot_is_an_error_naming_story_frame_and_byline(doc):
    # a body frame the body fills exactly: the byline after it has nowhere to go
    frames = [replace(f, lines=2) if f.id == "b1" else f for f in doc.pages[0].frames]
    doc = with_frames(doc, frames, byline_place="foot")
    report = preflight(doc, ".", files=False)
    (finding,) = [f for f in report.errors if f.code == "byline-unplaced"]
    assert finding.where["story"] == "s1" and finding.where["text"] == "本报记者 王晨"
    assert finding.where["frame"] == "b1"                              # a click on it selects the frame
    assert finding.message == "the byline of 《青石镇：图书角里书香浓》 is not printed: no room for it after the body"
    # the live check of the page says it too: the page is not clear while a byline is lost
    from layout_app.preflight.checks import page_check
    live = page_check(doc, 0, Composer(doc).compose(doc.pages[0]))
    assert [f.message for f in live.errors if f.code == "byline-unplaced"] == [finding.message]


def test_no_room_at_the_head_is_an_error(doc):
    long = replace(doc.story("s1"), byline="本报记者 王晨 李航 周敏 赵立新 陈思雨 何桂芳 吴振华 孙小雨")
    frames = [replace(f, lines=1) if f.id == "b1" else f for f in doc.pages[0].frames]
    doc = with_frames(doc, frames, stories=(long,))
    report = preflight(doc, ".", files=False)
    (finding,) = [f for f in report.errors if f.code == "byline-unplaced"]
    assert finding.where["frame"] == "b1" and "no room for it at the head of its body" in finding.message
    display = Composer(doc).compose(doc.pages[0])
    assert not any("王晨" in r.text for r in runs(display, "b1"))


def test_a_byline_no_frame_can_hold_is_a_warning(doc):
    # the story keeps only its heading frame: no body frame, no byline frame
    frames = [f for f in doc.pages[0].frames if f.id != "b1"]
    report = preflight(with_frames(doc, frames), ".", files=False)
    found = {f.where["part"]: f for f in report.warnings if f.code in ("byline-unplaced", "body-unplaced")}
    assert set(found) == {"byline", "body"}
    assert found["byline"].where["text"] == "本报记者 王晨"
    assert "no frame holds it" in found["byline"].message
    # a part waiting for its frame is the editor's work in progress: the live check leaves it to preflight
    from layout_app.preflight.checks import page_check
    waiting = with_frames(doc, frames)
    live = page_check(waiting, 0, Composer(waiting).compose(waiting.pages[0]))
    assert not [f for f in live.errors + live.warnings if f.code.endswith("-unplaced")]
