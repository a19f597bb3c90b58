"""Photos on screen are made in the background: a page with new photos paints at once with a grey
placeholder naming each file, and each photo appears when its proxy arrives; a second open reads
neither the photos' pixels nor their bytes through; the PDF still prints the full original."""
import os
import subprocess
import threading
from dataclasses import replace

from PIL import Image
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QApplication

from layout_app.editor.main_window import MainWindow
from layout_app.imaging import proxy as proxy_module
from layout_app.io.docfile import load_document, save_document
from layout_app.io.templates import load_template
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.story import Photo

COLOURS = [(200, 30, 30), (30, 30, 200), (30, 150, 30)]
GREY = (200, 200, 200)            # the placeholder of a photo being made


def photo_doc(folder, colours=COLOURS, size=(2400, 1600)):
    (folder / "photos").mkdir()
    photos, frames = [], []
    for k, colour in enumerate(colours):
        Image.new("RGB", size, colour).save(folder / "photos" / f"p{k}.jpg", quality=90)
        photos.append(Photo(f"p{k}", f"photos/p{k}.jpg", f"图{k}", "本报记者 摄"))
        frames.append(Frame(f"f{k}", (k % 4) * 2, 2, 2 + (k // 4) * 14, 12, photo=f"p{k}"))
    t = load_template("duikai")
    path = folder / "photos.yaml"
    save_document(Document(t.grid, dict(t.styles), (Page("A1", 1, tuple(frames)),), (), tuple(photos)), path)
    return path


def open_window(qtbot, path) -> MainWindow:
    w = MainWindow(load_document(path), path, ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.resize(1200, 900)
    return w


def screen(w) -> QImage:
    """The canvas as the screen shows it (the window's backing store: a missed repaint shows)."""
    c = w.canvas
    top_left = c.mapTo(w, c.rect().topLeft())
    pixmap = w.screen().grabWindow(w.winId(), top_left.x(), top_left.y(), c.width(), c.height())
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


def frame_point(w, k, fx=0.2, fy=0.2):
    c = w.canvas
    f = c.controller.frame(0, f"f{k}")
    r = c.frame_rect(f)
    return c.from_page(QPointF(r.x + r.width * fx, r.y + r.height * fy)).toPoint()


def near(colour, want, tol=30):
    return all(abs(a - b) <= tol for a, b in zip((colour.red(), colour.green(), colour.blue()), want))


def dark_pixels(image, w, k) -> int:
    """Dark grey pixels inside photo frame k (its border left out): the file's name on the placeholder."""
    a, b = frame_point(w, k, 0.05, 0.05), frame_point(w, k, 0.95, 0.95)

    def grey_ink(c):
        return c.lightness() < 120 and max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) < 25
    return sum(1 for x in range(a.x(), b.x()) for y in range(a.y(), b.y()) if grey_ink(image.pixelColor(x, y)))


def wait_for_photos(qtbot, w):
    qtbot.waitUntil(lambda: w.canvas._painted, timeout=5000)      # the first paint asks for them
    qtbot.waitUntil(lambda: not w.canvas.painter.images.busy, timeout=10000)
    QApplication.processEvents()


def test_the_page_paints_before_its_photos_are_made_and_each_photo_then_appears(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    path = photo_doc(tmp_path)
    gate = threading.Event()
    made = proxy_module._proxy

    def held(*args, **kwargs):            # the decoding is held until the test has seen the first paint
        gate.wait(5)
        return made(*args, **kwargs)
    monkeypatch.setattr(proxy_module, "_proxy", held)
    proxy_module.DECODES.clear()
    decoded_at_paint = []
    w = open_window(qtbot, path)
    w.canvas.firstPainted.connect(lambda: decoded_at_paint.append(len(proxy_module.DECODES)))
    w.show()
    qtbot.waitUntil(lambda: bool(decoded_at_paint), timeout=4000)
    assert decoded_at_paint == [0]                  # painted while no photo had been decoded
    assert w.canvas.painter.images.busy
    QApplication.processEvents()
    before = screen(w)
    for k in range(len(COLOURS)):
        assert near(before.pixelColor(frame_point(w, k)), GREY, 12), k
        assert dark_pixels(before, w, k) > 20, k         # the file's name written in the placeholder
    assert "A1" not in w.pages_panel.thumbs                  # the thumbnail waits for the photos
    assert w.pages_panel.renders == 0
    painted = []
    paint = w.canvas.paintEvent
    w.canvas.paintEvent = lambda ev: (painted.extend(ev.region()), paint(ev))
    gate.set()
    wait_for_photos(qtbot, w)
    after = screen(w)
    # each arrival repaints its photo's frame, not the whole canvas (the screen shows them all: below) —
    # inside the frames (Qt may merge two arrivals' updates into one rect across neighbouring frames
    # when the machine is busy: still no pixel outside them)
    frames = [QRect(frame_point(w, k, 0, 0), frame_point(w, k, 1, 1)).adjusted(-2, -2, 2, 2) for k in range(len(COLOURS))]
    inside = QRegion()
    for f in frames:
        inside = inside.united(f)
    assert painted and all(QRegion(r).subtracted(inside).isEmpty() for r in painted), (painted, frames)
    for k, colour in enumerate(COLOURS):
        assert near(after.pixelColor(frame_point(w, k)), colour), (k, after.pixelColor(frame_point(w, k)).name())
        assert dark_pixels(after, w, k) == 0, k
    assert sorted(p.name for p in proxy_module.DECODES) == ["p0.jpg", "p1.jpg", "p2.jpg"]
    key, thumb = w.pages_panel.thumbs["A1"]
    assert key is not None                            # drawn with the photos, once
    assert w.pages_panel.renders == 1
    small = thumb.toImage()
    assert sum(1 for x in range(small.width()) for y in range(small.height())
               if near(small.pixelColor(x, y), COLOURS[0], 40)) > 20


def test_a_second_open_reads_no_photo_and_a_changed_photo_is_made_again(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    path = photo_doc(tmp_path)
    first = open_window(qtbot, path)
    first.show()
    wait_for_photos(qtbot, first)
    first.close()
    proxies = sorted((tmp_path / "cache").rglob("*.jpg"))
    assert len(proxies) == 3
    made_at = {p: p.stat().st_mtime_ns for p in proxies}
    hashed = []
    content_key = proxy_module.content_key
    monkeypatch.setattr(proxy_module, "content_key", lambda p: hashed.append(p) or content_key(p))
    proxy_module.DECODES.clear()

    second = open_window(qtbot, path)
    second.show()
    wait_for_photos(qtbot, second)
    shown = screen(second)
    for k, colour in enumerate(COLOURS):
        assert near(shown.pixelColor(frame_point(second, k)), colour), k
    assert list(proxy_module.DECODES) == [] and hashed == []      # no pixels decoded, no file read through
    assert {p: p.stat().st_mtime_ns for p in proxies} == made_at
    second.close()

    # the photo desk sends p1 again, other pixels, same size, and the file keeps its old dates
    photo = tmp_path / "photos" / "p1.jpg"
    st = photo.stat()
    Image.new("RGB", (2400, 1600), (230, 200, 20)).save(photo, quality=90)
    os.utime(photo, ns=(st.st_atime_ns, st.st_mtime_ns))
    third = open_window(qtbot, path)
    third.show()
    wait_for_photos(qtbot, third)
    assert [p.name for p in proxy_module.DECODES] == ["p1.jpg"] and [p.name for p in hashed] == ["p1.jpg"]
    assert near(screen(third).pixelColor(frame_point(third, 1)), (230, 200, 20))


def test_the_pdf_prints_the_full_original_not_the_screen_proxy(qtbot, tmp_path, monkeypatch):
    """A 3,000-pixel photo across the page (about 215 ppi, under export's 250): the PDF holds all its
    pixels, not the 1,600-pixel proxy the screen made of it first."""
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    from layout_app.render.pdf.export import export_pdf
    t = load_template("duikai")
    (tmp_path / "photos").mkdir()
    Image.effect_noise((3000, 1500), 60).convert("RGB").save(tmp_path / "photos" / "wide.jpg", quality=90)
    doc = Document(t.grid, dict(t.styles), (Page("A1", 1, (Frame("f0", 0, t.grid.columns, 2, 30, photo="p0"),)),), (),
                   (Photo("p0", "photos/wide.jpg", "图", "本报记者 摄"),))
    path = tmp_path / "wide.yaml"
    save_document(doc, path)
    w = open_window(qtbot, path)
    w.show()
    wait_for_photos(qtbot, w)
    assert len(list((tmp_path / "cache").rglob("*-1600-*.jpg"))) == 1          # the proxy was made
    out = tmp_path / "wide.pdf"
    export_pdf(load_document(path), tmp_path, out)
    rows = [r.split() for r in subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                                               check=True).stdout.splitlines()[2:]]
    assert len(rows) == 1
    width, height = int(rows[0][3]), int(rows[0][4])
    assert width == 3000 and height <= 1500, rows[0]           # every pixel across; the frame may crop rows


def test_closing_the_window_drops_the_photos_not_yet_begun(qtbot, tmp_path, monkeypatch):
    """Twenty new photos and the window closed at once: the app does not stay on making them all."""
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    path = photo_doc(tmp_path, colours=[(10 * k, 100, 100) for k in range(8)])
    gate = threading.Event()
    made = proxy_module._proxy

    def held(*args, **kwargs):
        gate.wait(5)
        return made(*args, **kwargs)
    monkeypatch.setattr(proxy_module, "_proxy", held)
    proxy_module.DECODES.clear()
    w = open_window(qtbot, path)
    w.show()
    qtbot.waitUntil(lambda: w.canvas.painter.images.busy, timeout=4000)
    begun = os.cpu_count() or 1                       # one proxy on each worker, held at the gate
    w.close()
    assert not w.canvas.painter.images.busy
    gate.set()
    qtbot.waitUntil(lambda: len(proxy_module.DECODES) >= min(begun, 8), timeout=5000)
    qtbot.wait(300)
    assert len(proxy_module.DECODES) == min(begun, 8)


def checkerboard(path, size=(2400, 1600), square=24):
    """Black and white squares: sharp only when drawn from enough pixels."""
    from PIL import ImageDraw
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    for y in range(0, size[1], square):
        for x in range((y // square) % 2 * square, size[0], 2 * square):
            d.rectangle((x, y, x + square - 1, y + square - 1), fill=(0, 0, 0))
    im.save(path, quality=95)


def extremes(image, a, b) -> float:
    """The share of pixels between points a and b that are near black or near white."""
    pixels = [image.pixelColor(x, y).lightness() for x in range(a.x(), b.x()) for y in range(a.y(), b.y())]
    return sum(1 for v in pixels if v < 50 or v > 205) / len(pixels)


def test_the_fit_view_reads_a_small_picture_of_the_proxy_and_zoomed_in_the_whole_one(qtbot, tmp_path, monkeypatch):
    """At fit-page zoom a photo is drawn a few hundred pixels wide: the proxy is read at one of the
    JPEG's own reductions. Zoomed in, the whole proxy comes and the photo is sharp again."""
    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    path = photo_doc(tmp_path, colours=COLOURS[:1])
    checkerboard(tmp_path / "photos" / "p0.jpg")
    doc = load_document(path)                 # the frame made wide: the fit view draws it some 300 pixels wide
    page = doc.pages[0]
    frame = replace(page.frames[0], col=0, cols=8, lines=40)
    save_document(replace(doc, pages=(replace(page, frames=(frame,)),)), path)
    first = open_window(qtbot, path)          # the proxy made and put on disk
    first.show()
    wait_for_photos(qtbot, first)
    first.close()
    w = open_window(qtbot, path)              # opened again: the proxy read from disk
    w.show()
    wait_for_photos(qtbot, w)
    images = w.canvas.painter.images
    photo = os.path.realpath(tmp_path / "photos" / "p0.jpg")
    image = images.proxy(photo, wait=False, pixels=1)[0]
    assert image.width() <= proxy_module.PROXY_EDGE // 2                # a reduction: not all 1,600 pixels read
    c = w.canvas
    r = c.frame_rect(c.controller.frame(0, "f0"))
    assert 300 < r.width * c.zoom() <= image.width()                    # but as many as the page draws
    centre = frame_point(w, 0, 0.5, 0.5)
    c.set_zoom(1600 / r.width * 1.2, QPointF(centre))                   # the photo drawn wider than the proxy
    QApplication.processEvents()
    wait_for_photos(qtbot, w)
    assert images.proxy(photo, wait=False, pixels=1)[0].width() == proxy_module.PROXY_EDGE   # the whole proxy now
    a, b = frame_point(w, 0, 0.3, 0.3), frame_point(w, 0, 0.7, 0.7)
    a.setX(max(a.x(), 0)); a.setY(max(a.y(), 0))
    b.setX(min(b.x(), c.width())); b.setY(min(b.y(), c.height()))
    assert extremes(screen(w), a, b) > 0.8                              # sharp black and white squares
    # and the whole proxy, once held, serves the fit view too (not read again smaller)
    c.fit_page()
    QApplication.processEvents()
    assert not images.busy
    assert images.proxy(photo, wait=False, pixels=1)[0].width() == proxy_module.PROXY_EDGE
