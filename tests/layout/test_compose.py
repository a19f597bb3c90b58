"""Composing a page: positions of laid-out lines, heading fit, captions, overset, missing glyphs."""
from dataclasses import replace

import pytest

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer, compose_page
from layout_app.layout.display import Box, GlyphRun, Group, ImagePlacement, dump, walk
from tests.samples import DOC_YAML


@pytest.fixture
def doc():
    return loads_document(DOC_YAML)


def group(display, frame_id):
    return next(i for i in display.items if isinstance(i, Group) and i.frame == frame_id)


def test_body_lines_sit_on_the_grid(doc):
    display = compose_page(doc, doc.pages[0])
    body = group(display, "b1")
    runs = [i for i in walk(body.items) if isinstance(i, GlyphRun)]
    grid = doc.grid
    byline, runs = runs[0], runs[1:]
    # the byline heads the body on a line of its own (no byline style in the sample: 楷体, set right)
    assert (byline.text, byline.face) == ("本报记者王晨", "kai")
    assert byline.xs[-1] + 9.0 == pytest.approx(grid.column_x(0) + 13 * 9.0)
    assert grid.line_y(8) < byline.y < grid.line_y(9)
    first = runs[0]
    assert first.face == "song" and first.size == 9.0
    assert first.xs[0] == pytest.approx(grid.column_x(0) + 2 * 9.0)     # 2-character indent
    top = grid.line_y(9)
    assert top < first.y < top + grid.leading                          # baseline inside the line slot
    ys = sorted({round(r.y, 6) for r in runs})
    assert all(b - a == pytest.approx(grid.leading) for a, b in zip(ys, ys[1:]))
    # every character of the body reaches the display list, in order
    text = "".join(r.text for r in runs)
    assert text == "".join(doc.story("s1").body).replace(" ", "")


def test_heading_is_fitted_and_stacked(doc):
    display = compose_page(doc, doc.pages[0])
    runs = [i for i in walk(group(display, "h1").items) if isinstance(i, GlyphRun)]
    faces = [r.face for r in runs]
    assert faces[0] == "kai" and "hei-bold" in faces
    report = next(r for r in display.reports if r.frame == "h1")
    assert report.size is not None and report.size <= 36.0 and not report.below_min
    headline = [r for r in runs if r.face == "hei-bold"]
    assert "".join(r.text for r in headline) == "青石镇：图书角里书香浓"
    kicker_y = runs[0].y
    assert all(r.y > kicker_y for r in headline)                       # kicker above headline
    width = doc.grid.span_width(3)
    assert all(x < doc.grid.column_x(0) + width for r in headline for x in r.xs)


def test_photo_and_caption(doc, tmp_path):
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    photo = group(display, "ph1")
    (img,) = photo.items
    assert isinstance(img, ImagePlacement) and img.path == str(tmp_path / "photos" / "reading.jpg")
    assert img.rect == doc.grid.frame_rect(3, 2, 0, 20)
    cap = "".join(r.text for r in walk(group(display, "c1").items) if isinstance(r, GlyphRun))
    assert cap == "青石镇的孩子们在图书角里认真阅读。本报记者王晨摄"


def test_overset_is_reported_on_the_last_frame(doc):
    page = doc.pages[0]
    frames = tuple(replace(f, lines=1) if f.id == "b1" else f for f in page.frames)
    short = replace(doc, pages=(replace(page, frames=frames),))
    display = compose_page(short, short.pages[0])
    report = next(r for r in display.reports if r.frame == "b1")
    assert report.overset_lines > 0 and report.overset_chars > 0
    roomy = compose_page(doc, page)
    report = next(r for r in roomy.reports if r.frame == "b1")
    assert report.overset_lines == 0 and report.empty_lines > 0


def test_a_missing_glyph_is_reported_and_marked_never_drawn(doc):
    story = replace(doc.story("s1"), body=("青石镇\ue000图书角。",))
    doc = replace(doc, stories=(story,))
    display = compose_page(doc, doc.pages[0])
    (miss,) = display.missing
    assert (miss.story, miss.part, miss.paragraph, miss.offset, miss.char) == ("s1", "body", 0, 3, "\ue000")
    assert "U+E000" in str(miss)
    items = walk(display.items)
    assert not any("\ue000" in r.text for r in items if isinstance(r, GlyphRun))
    assert any(isinstance(b, Box) and b.stroke for b in items)


def test_story_flows_across_pages(doc):
    page1 = doc.pages[0]
    frames = tuple(replace(f, lines=2) if f.id == "b1" else f for f in page1.frames)
    from layout_app.model.document import Page
    from layout_app.model.frame import Frame
    page2 = Page("A2", 2, (Frame("b2", 0, 2, 0, 40, story="s1", part="body"),))
    doc = replace(doc, pages=(replace(page1, frames=frames), page2))
    c = Composer(doc)
    d1, d2 = c.compose_all()
    r1 = [r.text for r in walk(group(d1, "b1").items) if isinstance(r, GlyphRun)]
    r2 = [r.text for r in walk(group(d2, "b2").items) if isinstance(r, GlyphRun)]
    assert r1[-1] == "（下转第2版）" and r2[-1] == "（上接第1版）"          # jump lines, written by layout
    assert r1[0] == "本报记者王晨"                                        # the byline heads the story
    assert "".join(r1[1:-1]) + "".join(r2[:-1]) == "".join(doc.story("s1").body)
    assert not any(r.overset_lines for r in d2.reports)


def test_dump_is_a_readable_listing(doc):
    text = dump(compose_page(doc, doc.pages[0]))
    assert text.startswith("page A1 #1 1105.51x1530.71 bleed 8.50")
    assert "group text b1" in text and "run hei-bold" in text and "image p1" in text


def test_a_body_chain_in_the_lead_style_is_set_in_it():
    """A frame with style: lead sets its story in the template's lead style (a size above the body),
    a document without that style falls back to the body."""
    from dataclasses import replace as _replace

    from layout_app.io.templates import load_template, new_document
    from layout_app.layout.display import GlyphRun
    from layout_app.model.document import Page
    from layout_app.model.frame import Frame
    from layout_app.model.story import Story

    t = load_template("duikai")
    doc = new_document("duikai", 1)
    story = Story("lead", "", "", "", ("今年以来，我市把办好民生实事作为重点工作，推出二十项便民举措。",))
    page = Page("p1", 1, (Frame("l", 0, 8, 0, 4, story="lead", part="body", text_columns=3, style="lead"),))
    doc = _replace(doc, pages=(page,), stories=(story,))

    def sizes(d):
        return {it.size for g in Composer(d).compose(d.pages[0]).items for it in g.items if isinstance(it, GlyphRun)}
    assert sizes(doc) == {t.styles["lead"].size} and t.styles["lead"].size > t.styles["body"].size
    plain = _replace(doc, styles={k: v for k, v in doc.styles.items() if k != "lead"})
    assert sizes(plain) == {t.styles["body"].size}
