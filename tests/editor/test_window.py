"""The window on the demo page, and the app's start-up from the command line."""
import subprocess
import sys

from PIL import Image

from layout_app.assets import DEMO_DIR
from layout_app.io.docfile import load_document


def test_window_shows_the_demo_page(qtbot):
    from layout_app.editor.main_window import MainWindow

    doc = load_document(DEMO_DIR / "demo.yaml")
    window = MainWindow(doc, DEMO_DIR / "demo.yaml")
    qtbot.addWidget(window)
    window.show()
    assert window.canvas.page is not None and window.canvas.page.number == 1
    # the live check runs once the page has been painted (start-up), then says so
    qtbot.waitUntil(lambda: window.report.count() > 0)
    assert window.report.item(0).text() == "No problems on this page"
    assert "示范报" in window.windowTitle()


def test_overset_shows_in_the_report(qtbot):
    from dataclasses import replace

    from layout_app.editor.main_window import MainWindow

    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    frames = tuple(replace(f, lines=3) if f.id == "reading-body" else f for f in page.frames)
    doc = replace(doc, pages=(replace(page, frames=frames),))
    window = MainWindow(doc, DEMO_DIR / "demo.yaml")
    qtbot.addWidget(window)
    assert window.report.count() == 0                 # not before the window's first paint (start-up)…
    window.show()
    qtbot.waitUntil(lambda: window.report.count() > 0)  # …but right after it
    texts = [window.report.item(i).text() for i in range(window.report.count())]
    # named by the story's headline and the frame's place (reading-body: column 0, line 27 → 1, 28)
    (text,) = [t for t in texts if "超" in t]
    # and the white the shortened frame left inside the story's box: from its text's end (line 30) to the
    # box's free line at its foot (line 58; the box ends at 59, the next heading at 60) — 28 lines, the
    # box's own air and the line between it and the next story not counted
    assert [t.split(" —")[0] for t in texts if t != text] == [
        "columns 1–3: 28 lines left empty under the body of 《青石镇：图书角里书香浓》 (缺 28 行)"]
    assert text.startswith("the body of 《青石镇：图书角里书香浓》 does not fit: 超 ") and "reading-body" not in text
    assert text.endswith("\npage 1, column 1, line 28"), text


def test_zoom_keys_and_wheel(qtbot):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    from layout_app.editor.main_window import MainWindow

    window = MainWindow(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR / "demo.yaml")
    qtbot.addWidget(window)
    window.show()
    canvas = window.canvas
    fit = canvas.zoom()
    event = QWheelEvent(QPointF(100, 100), QPointF(100, 100), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    canvas.wheelEvent(event)
    assert canvas.zoom() > fit and not canvas.fit
    canvas.fit_page()
    assert canvas.zoom() == fit


def test_screenshot_from_the_command_line(tmp_path):
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "layout_app", "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    with Image.open(out) as im:
        assert im.width >= 800
        grey = im.convert("L")
        row = [grey.getpixel((x, im.height // 2)) for x in range(im.width)]
        assert sum(1 for v in row if 90 <= v <= 110) > 20                 # the grey desk around the page
        middle = grey.crop((im.width * 2 // 5, im.height // 4, im.width * 3 // 5, im.height * 3 // 4))
        hist = middle.histogram()
        light = sum(hist[200:]) / sum(hist)
        assert 0.5 < light < 0.99                                         # a white page with print on it


def test_bad_document_is_a_clear_message(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\ngrid: {columns: 8}\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "layout_app", str(bad), "--screenshot", str(tmp_path / "x.png")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert f"{bad}:2: grid.trim" in proc.stderr and "Traceback" not in proc.stderr
