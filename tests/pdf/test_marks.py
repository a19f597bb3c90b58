"""Printer's marks read back from the PDF: crop marks in registration colour on the trim lines, the
slug line, none of them inside the bleed and none over another."""
from dataclasses import replace

import pikepdf
import pytest

from layout_app.render.pdf.export import export_pdf
from tests.pdf.content import pdf_char_boxes, walk_page

REGISTRATION = ("K", 1.0, 1.0, 1.0, 1.0)        # all four inks: a crop mark shows on every plate
EPS = 0.01


def overlaps(a, b):
    return a[0] < b[2] - EPS and b[0] < a[2] - EPS and a[1] < b[3] - EPS and b[1] < a[3] - EPS


def inside(a, b):
    return a[0] >= b[0] - EPS and a[1] >= b[1] - EPS and a[2] <= b[2] + EPS and a[3] <= b[3] + EPS


def marks_and_slug(path):
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        boxes = {k: tuple(float(v) for v in page.obj[k]) for k in ("/MediaBox", "/BleedBox", "/TrimBox")}
        segments = walk_page(page).segments
    marks = []
    for (x1, y1), (x2, y2), width, colour in segments:
        if colour == REGISTRATION:
            h = width / 2                                      # the stroke's own half width around the line
            marks.append(((x1, y1), (x2, y2), (min(x1, x2) - h, min(y1, y2) - h, max(x1, x2) + h, max(y1, y2) + h)))
    tx0, ty0, tx1, ty1 = boxes["/TrimBox"]
    slug = [(ch, box) for ch, box in pdf_char_boxes(path)
            if not (tx0 <= (box[0] + box[2]) / 2 <= tx1 and ty0 <= (box[1] + box[3]) / 2 <= ty1)]
    return boxes, marks, slug


def check(path):
    boxes, marks, slug = marks_and_slug(path)
    media, bleed, trim = boxes["/MediaBox"], boxes["/BleedBox"], boxes["/TrimBox"]
    assert len(marks) == 8                                     # two at each corner of the trim
    for (x1, y1), (x2, y2), box in marks:
        # on the trim lines: a vertical mark continues a vertical trim edge, a horizontal one a horizontal edge
        if x1 == pytest.approx(x2):
            assert min(abs(x1 - trim[0]), abs(x1 - trim[2])) < EPS
        else:
            assert y1 == pytest.approx(y2) and min(abs(y1 - trim[1]), abs(y1 - trim[3])) < EPS
        assert not overlaps(box, bleed), ("crop mark inside the bleed", box, bleed)
        assert inside(box, media)
    assert slug, "no slug line outside the trim"
    for ch, box in slug:
        assert not overlaps(box, bleed), ("slug inside the bleed", ch, box)
        assert inside(box, media), ("slug off the sheet", ch, box)
        for _a, _b, mark in marks:
            assert not overlaps(box, mark), f"slug character {ch!r} {box} over the crop mark {mark}"
    return slug


def test_marks_and_slug_never_overlap_and_stay_outside_the_bleed(demo_pdf):
    slug = check(demo_pdf.pdf)
    text = "".join(ch for ch, _ in slug)
    assert "示范报" in text and "2026-11-28" in text


def test_a_long_slug_is_set_smaller_not_over_the_marks(page_doc, tmp_path):
    doc, folder, _ = page_doc
    doc = replace(doc, title="县融媒体中心主办的示范报社区版特别报道专刊" * 10)    # ~1,300 pt at 6 pt
    out = tmp_path / "long.pdf"
    export_pdf(doc, folder, out)
    slug = check(out)
    assert "".join(ch for ch, _ in slug).count("县融媒体中心") == 10     # all of it, only smaller
