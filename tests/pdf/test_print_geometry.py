"""Where things land in the PDF, read back from the PDF: every glyph at the engine's position (pdfium's
character origins against the display list), every photo on its frame with its crop (the image
XObject's matrix from the content stream, its pixels against the source photo)."""
import io
from statistics import correlation

import pikepdf
import pytest
from PIL import Image, ImageOps

from layout_app.layout.compose import frame_rect
from layout_app.layout.display import GlyphRun, walk
from tests.pdf.content import pdf_characters, walk_page

TOLERANCE = 0.1          # pt: the bound for a glyph
RECT_TOLERANCE = 0.01    # pt: a photo's placed rectangle


@pytest.fixture(scope="module")
def sheet(demo_pdf):
    """(left edge of the trim, top edge of the trim) on the PDF page, in PDF points."""
    with pikepdf.open(demo_pdf.pdf) as pdf:
        x0, y0, x1, y1 = (float(v) for v in pdf.pages[0].TrimBox)
    return x0, y1


def test_every_glyph_is_where_the_engine_put_it(demo_pdf, sheet):
    left, top = sheet
    runs = [r for r in walk(demo_pdf.display.items) if isinstance(r, GlyphRun)]
    expected = [(ch, left + x, top - y) for r in runs
                for ch, x, y in zip(r.text, r.xs, r.ys or (r.y,) * len(r.xs))]      # vertical runs: own ys
    got = pdf_characters(demo_pdf.pdf)
    assert len(expected) > 5000                          # the whole dense demo page, not a sample
    assert len(got) >= len(expected)                     # the slug line comes after the page
    worst = 0.0
    for k, ((ch, x, y), (got_ch, gx, gy)) in enumerate(zip(expected, got)):
        assert got_ch == ch, f"glyph {k}: {got_ch!r} in the PDF where the page has {ch!r}"
        off = max(abs(gx - x), abs(gy - y))
        assert off <= TOLERANCE, f"glyph {k} {ch!r}: at ({gx:.3f}, {gy:.3f}), the engine says ({x:.3f}, {y:.3f})"
        worst = max(worst, off)
    # the page really uses positions a plain string would not give: justified lines, squeezed marks
    natural = 0
    for r in runs:
        natural += sum(1 for a, b in zip(r.xs, r.xs[1:]) if abs((b - a) - r.size * r.hscale) > 0.2)
    assert natural > 200, natural


def _image_rect(ctm):
    """The unit square under the image's CTM: (x, y, width, height), PDF points (no rotation here)."""
    a, b, c, d, e, f = ctm
    assert abs(b) < 1e-6 and abs(c) < 1e-6, "photos are placed upright"
    return e, f, a, d


def _photo_frames(doc):
    page = doc.pages[0]
    return [(f, doc.photo(f.photo)) for f in page.frames if f.kind == "photo"]


def _visible_part(full_w, full_h, crop, frame_w, frame_h):
    """Hand-made: the crop region cut to the frame's shape, centred (a covering photo), in pixels."""
    l, t, r, b = crop.left * full_w, crop.top * full_h, crop.right * full_w, crop.bottom * full_h
    cw, ch = r - l, b - t
    aspect = frame_w / frame_h
    if cw / ch > aspect:                                 # wider than the frame: sides cut
        w = ch * aspect
        return l + (cw - w) / 2, t, l + (cw + w) / 2, b
    h = cw / aspect                                      # taller: top and bottom cut
    return l, t + (ch - h) / 2, r, t + (ch + h) / 2


def _thumb(im, size=(32, 24)):
    return list(ImageOps.autocontrast(im.convert("L").resize(size, Image.Resampling.BOX)).tobytes())


def _shifted(vis, full_w, full_h, part=0.15):
    """The same window moved by `part` of its size towards whichever side of the photo has room."""
    x0, y0, x1, y1 = vis
    dx, dy = (x1 - x0) * part, (y1 - y0) * part
    for mx, my in ((-dx, 0), (dx, 0), (0, -dy), (0, dy)):
        if x0 + mx >= 0 and x1 + mx <= full_w and y0 + my >= 0 and y1 + my <= full_h:
            return x0 + mx, y0 + my, x1 + mx, y1 + my
    return None


def test_every_photo_sits_on_its_frame_showing_its_crop(demo_pdf, sheet):
    left, top = sheet
    doc = demo_pdf.doc
    with pikepdf.open(demo_pdf.pdf) as pdf:
        placed = walk_page(pdf.pages[0]).images
        frames = _photo_frames(doc)
        assert len(placed) == len(frames) == 6
        unmatched = list(placed)
        for frame, photo in frames:
            r = frame_rect(doc.grid, doc.pages[0], frame)
            want = (left + r.x, top - r.bottom, r.width, r.height)
            match = [p for p in unmatched if all(abs(g - w) <= RECT_TOLERANCE for g, w in zip(_image_rect(p[1]), want))]
            assert match, f"photo {photo.id}: no image placed at {want} (frame {frame.id}); placed: " \
                          f"{[tuple(round(v, 2) for v in _image_rect(p[1])) for p in unmatched]}"
            image, _ctm = match[0]
            unmatched.remove(match[0])

            # the pixels: the visible part's shape, and what the source shows there
            source = ImageOps.exif_transpose(Image.open(demo_pdf.folder / photo.file))
            vis = _visible_part(source.width, source.height, photo.crop, r.width, r.height)
            vis_w, vis_h = vis[2] - vis[0], vis[3] - vis[1]
            w, h = int(image.Width), int(image.Height)
            assert w / h == pytest.approx(vis_w / vis_h, abs=2 / min(w, h) * (w / h)), photo.id
            assert w <= vis_w + 1 and h <= vis_h + 1                  # never upsampled
            assert w / (r.width / 72) == pytest.approx(250, abs=2) or w >= vis_w - 1   # 250 ppi unless the source is smaller
            embedded = Image.open(io.BytesIO(image.read_raw_bytes()))
            printed = _thumb(embedded.convert("RGB"))
            right = _thumb(source.crop(tuple(round(v) for v in vis)))
            good = correlation(printed, right)
            assert good > 0.93, (photo.id, good)
            other = _shifted(vis, source.width, source.height)
            if other is not None:                                      # and not the part beside it
                wrong = correlation(printed, _thumb(source.crop(tuple(round(v) for v in other))))
                assert good > wrong + 0.1, (photo.id, good, wrong)
