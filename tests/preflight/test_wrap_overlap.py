"""Text never silently disappears under another frame: an overlap without text wrap is an error that
names both frames, unless wrap pushes the body text away or the overlap is marked as intended."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.model.document import Page
from layout_app.model.frame import Frame
from layout_app.preflight.checks import preflight
from tests.samples import DOC_YAML


@pytest.fixture
def doc():
    return loads_document(DOC_YAML)


def overlaps(doc, *frames):
    """frame-overlap findings for the sample page with `frames` added or replacing theirs."""
    page = doc.pages[0]
    ids = {f.id for f in frames}
    page = replace(page, frames=tuple(f for f in page.frames if f.id not in ids) + frames)
    report = preflight(replace(doc, pages=(page,)), files=False)
    return [f for f in report.errors if f.code == "frame-overlap"]


# the sample: body b1 on columns 0–2, lines 8–37; photo ph1 on columns 3–4, lines 0–19; caption c1 under it
OVER_BODY = Frame("ph2", 1, 1, 12, 6, photo="p1")


def test_clean_sample_has_no_overlap(doc):
    assert overlaps(doc) == []


def test_photo_over_body_text_without_wrap_names_both(doc):
    (finding,) = overlaps(doc, OVER_BODY)
    assert finding.message.startswith("photo reading.jpg lies over the body of 《青石镇：图书角里书香浓》")
    assert "text wrap around photo reading.jpg" in finding.message and "ph2" not in finding.message
    assert (finding.where["frame"], finding.where["under"], finding.where["page"]) == ("ph2", "b1", "A1")
    assert preflight(replace(doc, pages=(replace(doc.pages[0], frames=doc.pages[0].frames + (OVER_BODY,)),)),
                     files=False).exit_code != 0


def test_wrap_around_or_intended_is_no_error(doc):
    assert overlaps(doc, replace(OVER_BODY, wrap="around")) == []
    assert overlaps(doc, replace(OVER_BODY, overlap_intended=True)) == []
    b1 = next(f for f in doc.pages[0].frames if f.id == "b1")
    assert overlaps(doc, OVER_BODY, replace(b1, overlap_intended=True)) == []     # either of the two


def test_wrap_moves_only_body_text(doc):
    # a heading, a caption or another story's byline is not pushed away: still an error with wrap
    heading = Frame("h1", 0, 3, 0, 8, story="s1", part="heading")
    (finding,) = overlaps(doc, heading, replace(OVER_BODY, line=2, wrap="around"))
    assert (finding.where["under"], finding.where["frame"]) == ("h1", "ph2")
    (finding,) = overlaps(doc, replace(OVER_BODY, col=3, line=19, wrap="around"))   # over the caption c1
    assert finding.where["under"] == "c1" and "over the caption of photo reading.jpg" in finding.message
    # a wrapping caption over body text: the text flows around it, nothing is hidden
    c1 = next(f for f in doc.pages[0].frames if f.id == "c1")
    assert overlaps(doc, replace(c1, col=1, line=20, wrap="around")) == []
    assert len(overlaps(doc, replace(c1, col=1, line=20))) == 1
    # photos over each other hide no text
    assert overlaps(doc, Frame("ph2", 3, 1, 5, 6, photo="p1")) == []
    # two text frames over each other: the one on top hides the one below
    (finding,) = overlaps(doc, Frame("b9", 1, 2, 20, 5, story="s1", part="body"))
    assert {finding.where["frame"], finding.where["under"]} == {"b1", "b9"}


def test_frames_that_only_touch_do_not_overlap(doc):
    assert overlaps(doc, Frame("ph2", 1, 1, 38, 4, photo="p1")) == []      # right under the body's last line
    assert overlaps(doc, Frame("ph2", 5, 1, 8, 10, photo="p1")) == []      # beside the photo column


def test_a_jump_line_under_a_wrapping_photo_is_an_error(doc):
    # the story runs on from page 1 to page 2; on page 2 a wrapping photo sits on the continued frame's
    # first line, where 上接第1版 goes: wrap moves the body lines, not that one
    story = replace(doc.story("s1"), body=("国" * 900,))
    p1 = replace(doc.pages[0], frames=(Frame("b1", 0, 1, 0, 5, story="s1", part="body"),))
    photo = Frame("ph2", 0, 1, 0, 4, photo="p1", wrap="around")
    p2 = Page("A2", 2, (Frame("b2", 0, 3, 0, 20, story="s1", part="body"), photo))
    report = preflight(replace(doc, stories=(story,), pages=(p1, p2)), files=False)
    (finding,) = [f for f in report.errors if f.code == "text-under-frame"]
    assert finding.where == {"page": "A2", "frame": "ph2", "under": "b2", "text": "（上接第1版）"}
    assert not [f for f in report.errors if f.code == "frame-overlap"]
    moved = replace(photo, col=1)                          # off the jump line: the body flows around it
    report = preflight(replace(doc, stories=(story,), pages=(p1, replace(p2, frames=(p2.frames[0], moved)))), files=False)
    assert not [f for f in report.errors if f.code in ("text-under-frame", "frame-overlap")]
