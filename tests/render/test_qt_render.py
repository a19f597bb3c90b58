"""The Qt renderer draws the display list where the engine put things."""
import sys

import pytest
from PIL import Image

from layout_app.geometry import Rect
from layout_app.layout.display import GlyphRun, Group, ImagePlacement, PageDisplay
from layout_app.model.story import Crop

pytest.importorskip("PySide6")


@pytest.fixture
def qapp_gui(qapp):
    return qapp


def render(items, w=200, h=100, dpi=72):
    from layout_app.render.qt.raster import render_image
    return render_image(PageDisplay("t", 1, w, h, 0, tuple(items)), dpi)


def dark(img, x, y, w, h):
    """Share of dark pixels in a box (image pixels)."""
    hits = total = 0
    for yy in range(y, y + h):
        for xx in range(x, x + w):
            c = img.pixelColor(xx, yy)
            total += 1
            hits += c.lightness() < 128
    return hits / total


def test_glyphs_land_at_their_x(qapp_gui):
    run = GlyphRun("hei-bold", 40.0, 60.0, "国国", (10.0, 120.0))
    img = render([run], dpi=72)
    assert dark(img, 12, 28, 34, 30) > 0.2          # first glyph's box
    assert dark(img, 122, 28, 34, 30) > 0.2         # second glyph, 110 pt further
    assert dark(img, 60, 28, 50, 30) == 0.0         # nothing in between


@pytest.mark.parametrize("size,dpi", [(40.0, 144), (72.0, 72), (60.0, 200)])
def test_large_glyphs_are_drawn_on_the_device(qapp_gui, size, dpi):
    """Above 64 device pixels Qt's raster engine drew nothing for our raw fonts: a 60 pt banner at
    100 % zoom on a 96 dpi screen was blank. 国 fills most of its em box wherever it is drawn."""
    run = GlyphRun("hei-bold", size, 10.0 + size * 0.88, "国国", (10.0, 20.0 + 2 * size))
    img = render([run], w=round(40 + 3 * size), h=round(20 + size), dpi=dpi)
    k = dpi / 72.0
    box = [round(v * k) for v in (10.0 + size * 0.2, 10.0 + size * 0.2, size * 0.6, size * 0.6)]
    assert dark(img, *box) > 0.2                                # the first glyph is there
    gap = [round(v * k) for v in (10.0 + size * 1.05, 10.0, size * 0.9, size)]
    assert dark(img, *gap) == 0.0                               # nothing between the two


def test_photo_covers_its_frame_with_its_crop(qapp_gui, tmp_path):
    path = tmp_path / "halves.png"
    im = Image.new("RGB", (200, 100), (255, 0, 0))
    im.paste((0, 0, 255), (100, 0, 200, 100))       # right half blue
    im.save(path)
    rect = Rect(20, 20, 50, 50)
    img = render([Group("photo", "f", rect, (ImagePlacement(rect, "p", str(path), Crop(0.5, 0, 1, 1)),))])
    c = img.pixelColor(45, 45)
    assert c.blue() > 200 and c.red() < 60             # only the blue half is shown
    assert img.pixelColor(75, 45).lightness() > 240      # clipped to the frame


def test_missing_photo_draws_a_placeholder(qapp_gui, tmp_path):
    rect = Rect(20, 20, 60, 60)
    img = render([ImagePlacement(rect, "p", str(tmp_path / "gone.jpg"))])
    assert img.pixelColor(30, 60).lightness() < 245      # grey placeholder
    assert img.pixelColor(10, 10).lightness() == 255


def test_qt_binding_keeps_none_alive(qapp_gui):
    """PySide6 6.12.0 decremented None on every void call under Python 3.11 — fatal at exit."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QGlyphRun, QRawFont

    from layout_app.text.fonts import registry
    raw = QRawFont(str(registry().face("song").path), 9.0, QFont.HintingPreference.PreferNoHinting)
    before = sys.getrefcount(None)
    for _ in range(200):
        g = QGlyphRun()
        g.setRawFont(raw)
        g.setPositions([QPointF(0, 0)])
    assert sys.getrefcount(None) >= before - 20


def test_two_em_dash_is_one_unbroken_rule(qapp_gui):
    """Noto's — is narrower than its em: set in pairs, its ink is widened so —— joins up."""
    from layout_app.layout.runs import line_runs
    from layout_app.text.fonts import registry
    from layout_app.text.setter import SetOptions, set_paragraph

    line = set_paragraph("他说——好", 40.0, 400.0, "song", SetOptions(indent=0)).lines[0]
    assert line.scales is not None and line.scales[2] > 1.1
    runs, _ = line_runs(registry(), "song", 40.0, line, 0.0, 50.0)
    img = render(runs, w=240, h=70, dpi=144)
    x0, x1 = round(line.xs[2] * 2) + 20, round((line.xs[2] + 80) * 2) - 20   # inside the 2 em
    row = next(y for y in range(0, 140) if img.pixelColor((x0 + x1) // 2, y).lightness() < 100)
    assert all(img.pixelColor(x, row).lightness() < 160 for x in range(x0, x1))


def ink_box(img):
    xs, ys = [], []
    for yy in range(img.height()):
        for xx in range(img.width()):
            if img.pixelColor(xx, yy).lightness() < 128:
                xs.append(xx)
                ys.append(yy)
    return min(xs), min(ys), max(xs), max(ys)


def test_vertical_runs_land_at_their_x_and_y(qapp_gui):
    from layout_app.text.vertical import set_column

    col = set_column("国国", 40.0, "hei-bold")
    run = GlyphRun("hei-bold", 40.0, 20.0 + col.ys[0], "国国", tuple(100.0 + x for x in col.xs),
                   ys=(20.0 + col.ys[0], 120.0 + col.ys[0]), glyphs=col.glyphs)
    img = render([run], w=200, h=200, dpi=72)
    assert dark(img, 82, 24, 34, 30) > 0.2          # first glyph: the cell 80–120 × 20–60
    assert dark(img, 82, 124, 34, 30) > 0.2         # second glyph, 100 pt lower
    assert dark(img, 82, 66, 34, 50) == 0.0         # nothing in between


def test_vertical_runs_draw_the_vertical_forms(qapp_gui):
    from layout_app.text.vertical import set_column

    col = set_column("（", 60.0, "hei-bold")
    run = GlyphRun("hei-bold", 60.0, 10.0 + col.ys[0], "（", tuple(100.0 + x for x in col.xs),
                   ys=(10.0 + col.ys[0],), glyphs=col.glyphs)
    x0, y0, x1, y1 = ink_box(render([run], w=200, h=100, dpi=72))
    assert x1 - x0 > 2 * (y1 - y0)                  # ︵ lies on its side; （ would stand tall


def test_vertical_runs_turn_latin_words(qapp_gui):
    from layout_app.text.vertical import set_column

    col = set_column("iPhone", 30.0, "hei-bold")
    run = GlyphRun("hei-bold", 30.0, 10.0, "iPhone", tuple(100.0 + x for x in col.xs),
                   ys=tuple(10.0 + y for y in col.ys), glyphs=col.glyphs, turns=col.turns)
    x0, y0, x1, y1 = ink_box(render([run], w=200, h=200, dpi=72))
    assert y1 - y0 > 3 * (x1 - x0)                  # the word runs down the column
    assert 10 <= y0 and y1 <= 10 + col.height + 1
    assert abs((x0 + x1) / 2 - 100) < 4             # centred on the axis


CYAN, MAGENTA, BLACK = (1.0, 0.0, 0.0, 0.0), (0.0, 1.0, 0.0, 0.0), (0.0, 0.0, 0.0, 1.0)


def rgb(img, x, y):
    c = img.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


def test_rules_keep_their_own_pen_butt_caps_and_dashes(qapp_gui):
    """Rules in a row are drawn batched by pen: each still in its colour, with butt caps as in the PDF,
    dashes starting at the rule's start (6 pt on, 4 pt off). Positions worked out by hand at 72 dpi."""
    from layout_app.layout.display import Rule

    img = render([Rule(20, 20, 180, 20, 4, CYAN), Rule(20, 40, 180, 40, 4, MAGENTA),
                  Rule(20, 60, 180, 60, 4, CYAN), Rule(20, 80, 180, 80, 2, BLACK, dash=(6.0, 4.0))],
                 w=200, h=100)
    assert rgb(img, 100, 20) == (0, 255, 255)
    assert rgb(img, 100, 40) == (255, 0, 255)
    assert rgb(img, 100, 60) == (0, 255, 255)
    assert rgb(img, 19, 20) == rgb(img, 180, 20) == (255, 255, 255)        # butt caps: no ink past the ends
    assert rgb(img, 20, 20) == rgb(img, 179, 20) == (0, 255, 255)
    assert [rgb(img, x, 80) == (0, 0, 0) for x in (20, 25, 26, 27, 29, 30, 35, 36, 39, 40)] == \
        [True, True, False, False, False, True, True, False, False, True]


def test_a_repaint_draws_the_rules_it_is_given(qapp_gui):
    """The painter keeps Qt lines across repaints; a run of rules that shares only its first and last
    rule with the last paint must still be drawn where it is now."""
    from layout_app.layout.display import Rule
    from layout_app.render.qt.painter import PagePainter
    from layout_app.render.qt.raster import render_image

    painter = PagePainter()
    first, last = Rule(20, 10, 180, 10, 4), Rule(20, 90, 180, 90, 4)

    def paint(middle):
        return render_image(PageDisplay("t", 1, 200, 100, 0, (first, middle, last)), 72, painter)

    assert rgb(paint(Rule(20, 30, 180, 30, 4)), 100, 30) == (0, 0, 0)
    img = paint(Rule(20, 60, 180, 60, 4))
    assert rgb(img, 100, 60) == (0, 0, 0) and rgb(img, 100, 30) == (255, 255, 255)


def test_a_window_opens_after_a_proof_in_the_same_process(tmp_path):
    """Proofs made first must not leave a widget-less Qt application behind (the editor then aborted)."""
    import subprocess
    import sys

    code = ("from pathlib import Path\n"
            "from layout_app.assets import DEMO_DIR\n"
            "from layout_app.io.docfile import load_document\n"
            "from layout_app.layout.compose import Composer\n"
            "from layout_app.render.qt.raster import write_proofs\n"
            "doc = load_document(DEMO_DIR / 'demo.yaml')\n"
            f"write_proofs([Composer(doc, DEMO_DIR).compose(doc.pages[0])], Path(r'{tmp_path}') / 'p.png', 20)\n"
            "from layout_app.editor.main_window import MainWindow\n"
            "w = MainWindow(doc, None, DEMO_DIR, ask_save=lambda: 'discard')\n"
            "print('window', w.windowTitle() != '')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0 and "window True" in proc.stdout, proc.stderr[-2000:]


@pytest.mark.parametrize("dpi, ratio", [(72, 1.0), (150, 1.0), (72, 2.0)])
def test_a_photo_scaled_once_lands_as_one_scaled_on_every_paint(qapp_gui, tmp_path, monkeypatch, dpi, ratio):
    """The screen keeps a photo scaled to the device and copies it: it must cover the same pixels
    as the photo scaled by the painter (the crop, the clip, a HiDPI ratio), colour for colour."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from layout_app.render.qt import painter as painter_module
    path = tmp_path / "quarters.png"
    im = Image.new("RGB", (400, 300), (255, 0, 0))
    im.paste((0, 0, 255), (200, 0, 400, 150))
    im.paste((0, 160, 0), (0, 150, 200, 300))
    im.paste((0, 0, 0), (200, 150, 400, 300))          # a colour seam down every row of the frame
    im.save(path)
    rect = Rect(13.3, 17.7, 90.1, 50.2)
    page = PageDisplay("t", 1, 200, 100, 0, (Group("photo", "f", rect, (ImagePlacement(rect, "p", str(path),
                                                                                         Crop(0.2, 0.1, 0.9, 1)),)),))

    def draw():
        scale = dpi / 72.0
        img = QImage(round(200 * scale * ratio), round(100 * scale * ratio), QImage.Format.Format_RGB32)
        img.setDevicePixelRatio(ratio)
        img.fill(Qt.GlobalColor.white)
        p = QPainter(img)
        p.scale(scale, scale)
        painter_module.PagePainter().paint(p, page)
        p.end()
        return img

    kept = draw()
    monkeypatch.setattr(painter_module, "SCALED_PX", 0)        # the painter scales the photo itself
    scaled = draw()
    assert kept.size() == scaled.size()
    def differs(x, y):                                          # another colour, not a softer edge
        a, b = kept.pixelColor(x, y), scaled.pixelColor(x, y)
        return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 128

    s = dpi / 72.0 * ratio
    rows = range(round(rect.y * s) + 1, round(rect.bottom * s) - 1)
    cols = range(round(rect.x * s) + 1, round(rect.right * s) - 1)
    per_row = sorted(sum(differs(x, y) for x in cols) for y in rows)
    per_col = sorted(sum(differs(x, y) for y in rows) for x in cols)
    assert per_row[len(per_row) // 2] <= 1 and per_col[len(per_col) // 2] <= 1   # at most a seam's pixel
                                               # and the frame's inside has the photo, its outside white
    assert kept.pixelColor(round(20 * s), round(25 * s)).red() > 200
    assert kept.pixelColor(round(10 * s), round(25 * s)).lightness() == 255
    assert kept.pixelColor(round(105 * s), round(25 * s)).lightness() == 255


def test_each_run_keeps_its_colour_when_drawn_again(qapp_gui):
    """A repaint sets the pen only when a run's colour changes: a box or a rule between two runs of
    one colour sets its own pen, and the second run must still come out in its colour."""
    from layout_app.layout.display import Box
    from layout_app.render.qt.painter import PagePainter
    from layout_app.render.qt.raster import render_image
    red, cyan = (0.0, 1.0, 1.0, 0.0), (1.0, 0.0, 0.0, 0.0)
    items = (GlyphRun("hei-bold", 30.0, 40.0, "国", (10.0,), red),
             Box(Rect(60, 5, 30, 40), None, cyan, 3.0),
             GlyphRun("hei-bold", 30.0, 40.0, "国", (110.0,), red),
             GlyphRun("hei-bold", 30.0, 90.0, "国", (10.0,), cyan),
             GlyphRun("hei-bold", 30.0, 90.0, "国", (110.0,), red))
    painter = PagePainter()
    for _ in range(2):                   # the second paint draws the runs it kept
        img = render_image(PageDisplay("t", 1, 200, 100, 0, items), 72, painter)
        for x, y, want in ((12, 22, "red"), (112, 22, "red"), (12, 72, "cyan"), (112, 72, "red")):
            inked = [img.pixelColor(xx, yy) for xx in range(x, x + 26) for yy in range(y, y + 18)
                     if img.pixelColor(xx, yy).lightness() < 200]
            assert inked, (x, y)
            c = inked[len(inked) // 2]
            assert (c.red() > 180 and c.green() < 90) if want == "red" else (c.red() < 90 and c.green() > 120), (x, y, c.name())


def test_photos_of_a_page_are_made_on_several_threads_and_all_drawn(qapp_gui, tmp_path, monkeypatch):
    """A page's new photos are read at once on several threads — two of them one content under two
    names (one proxy file, written by two threads) — and each lands in its frame, none as the grey
    placeholder of a photo that could not be read."""
    import threading

    from layout_app.imaging import proxy as proxy_module
    from layout_app.render.qt.painter import PagePainter
    from layout_app.render.qt.raster import render_image
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    colours = [(200, 0, 0), (0, 0, 200), (0, 150, 0), (200, 0, 0)]
    items, threads = [], set()
    for k, colour in enumerate(colours):
        path = tmp_path / f"p{k}.jpg"
        Image.new("RGB", (3200, 2400), colour).save(path, quality=90)
        rect = Rect(10 + k * 45, 10, 40, 30)
        items.append(Group("photo", f"f{k}", rect, (ImagePlacement(rect, f"p{k}", str(path)),)))
    made = proxy_module._proxy

    def spy(*args, **kwargs):
        threads.add(threading.get_ident())
        return made(*args, **kwargs)
    monkeypatch.setattr(proxy_module, "_proxy", spy)
    img = render_image(PageDisplay("t", 1, 200, 60, 0, tuple(items)), 72, PagePainter())
    assert len(threads) > 1 or (__import__("os").cpu_count() or 1) == 1
    for k, (r, g, b) in enumerate(colours):
        c = img.pixelColor(30 + k * 45, 25)
        assert abs(c.red() - r) < 30 and abs(c.green() - g) < 30 and abs(c.blue() - b) < 30, (k, c.name())
    assert len(list((tmp_path / "cache").rglob("*.jpg"))) == 3 and not list((tmp_path / "cache").rglob("*.tmp"))


def test_a_page_drawn_again_from_its_kept_runs_is_drawn_the_same(qapp_gui):
    """The first paint draws each run; the next joins a column's kept runs of one face, size and colour
    into one call. Both must put every glyph at the same pixel, in its colour (the demo page: body
    text, headings, captions, 花边, photos)."""
    from layout_app.assets import DEMO_DIR
    from layout_app.io.docfile import load_document
    from layout_app.layout.compose import Composer
    from layout_app.render.qt.painter import PagePainter
    from layout_app.render.qt.raster import render_image
    doc = load_document(DEMO_DIR / "demo.yaml")
    display = Composer(doc, DEMO_DIR).compose(doc.pages[0])
    painter = PagePainter()
    first = render_image(display, 60, painter)
    assert not painter._joined                       # nothing joined before the runs were kept
    again = render_image(display, 60, painter)
    assert painter._joined                           # the second paint joined runs
    assert first == again


def test_text_too_small_to_read_is_greeked_as_grey_lines(qapp_gui):
    """A thumbnail (greek_px) shows body text as grey bars where its lines are, and loads no font for
    it; without greek_px the same run is drawn as glyphs."""
    from layout_app.render.qt.painter import PagePainter
    from layout_app.render.qt.raster import render_image

    run = GlyphRun("song", 9.0, 50.0, "国国国国国国国国国国", tuple(20.0 + 9.0 * k for k in range(10)))
    page = PageDisplay("t", 1, 200, 100, 0, (run,))
    painter = PagePainter()
    img = render_image(page, dpi=14.4, painter=painter, greek_px=2.5)     # 9 pt → 1.8 px
    k = 14.4 / 72.0
    bar = [round(v * k) for v in (22.0, 44.0, 80.0, 3.0)]
    assert dark(img, *bar) == 0.0 and img.pixelColor(round(60 * k), round(46 * k)).lightness() < 200  # grey, not black
    assert img.pixelColor(round(150 * k), round(46 * k)).lightness() == 255                          # nothing after the line
    assert not any(face == "song" for face, _ in painter._raw)                                       # no font loaded
    render_image(page, dpi=14.4, painter=painter)
    assert any(face == "song" for face, _ in painter._raw)


def test_each_face_is_read_once_and_every_size_draws_as_if_read_at_that_size(qapp_gui):
    """Reading a CJK face from its file took ~10 ms per size (19 sizes on the demo page). The painter
    reads each face once and sets copies to the other sizes: they must draw the very pixels a face
    read at that size draws, outlines (large runs) included."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QFont, QGlyphRun, QImage, QPainter, QRawFont

    from layout_app.render.qt.painter import PagePainter
    from layout_app.text.fonts import registry

    def draw(raw, size):
        img = QImage(420, 90, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.white)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(1.5, 1.5)
        ids = raw.glyphIndexesForString("中国报纸，排版。")
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(ids)
        run.setPositions([QPointF(k * size, size) for k in range(len(ids))])
        p.drawGlyphRun(QPointF(0, 0), run)
        p.end()
        return img, raw.pathForGlyph(ids[1]).boundingRect()

    painter = PagePainter()
    for face in ("song", "hei-bold", "kai"):
        for size in (7.5, 9.0, 26.0, 40.0):
            own = QRawFont(str(registry().face(face).path), size, QFont.HintingPreference.PreferNoHinting)
            assert draw(painter.raw_font(face, size), size) == draw(own, size), (face, size)
    assert len(painter._faces) == 3 and len(painter._raw) == 12
    assert len({id(painter.raw_font("song", s)) for s in (7.5, 9.0, 26.0, 40.0)}) == 4


@pytest.mark.parametrize("face,text", [("song-bold", "我区时"), ("hei-bold", "老食堂温")])
@pytest.mark.parametrize("size,dpi", [(40.0, 72), (50.0, 144)])      # 40 and 100 device pixels
@pytest.mark.parametrize("hscale", [1.0, 1.5])
def test_crossing_strokes_are_inked_as_in_print(qapp_gui, tmp_path, face, text, size, dpi, hscale):
    """The shipped faces draw a CJK glyph as strokes whose contours overlap. Glyphs of more than
    ~56 device pixels are filled as outlines: filled odd-even, each crossing of two strokes was a
    hole (a 42 pt banner at 120 dpi, a headline at 200 % zoom). Where the PDF of the same display,
    rasterised by pdfium, is solid ink, the screen must be ink too — below and above that size, and
    for a widened run (drawn glyph by glyph as outlines at any size)."""
    import pypdfium2

    from layout_app.render.pdf.export import export_sheets

    step = size * hscale
    items = [GlyphRun(face, size, 10.0 + size * 0.88, text, tuple(10.0 + k * step for k in range(len(text))),
                      hscale=hscale)]
    w, h = round(20 + len(text) * step), round(20 + size)
    screen = render(items, w=w, h=h, dpi=dpi)
    out = export_sheets([PageDisplay("t", 1, w, h, 0, tuple(items))], tmp_path / "print.pdf", "t")
    pdf = pypdfium2.PdfDocument(str(out))
    printed = pdf[0].render(scale=dpi / 72.0).to_pil().convert("L")
    pdf.close()
    assert printed.size == (screen.width(), screen.height())
    solid = holes = 0
    for y in range(1, printed.height - 1):
        for x in range(1, printed.width - 1):
            # solid: the pixel and its eight neighbours all ink in print (antialiased edges left out)
            if max(printed.getpixel((x + i, y + j)) for i in (-1, 0, 1) for j in (-1, 0, 1)) < 64:
                solid += 1
                holes += screen.pixelColor(x, y).lightness() > 160
    assert solid > 50 * len(text)                   # the glyphs are there in print: the test has something to see
    assert holes == 0, f"{holes} of {solid} pixels inked in print are paper on the screen"
