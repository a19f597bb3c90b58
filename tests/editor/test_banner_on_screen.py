"""The demo page's banner in the window, close up, is inked where the PDF of the page is: a headline
more than ~56 pixels high on the screen is filled as outlines, and its crossing strokes were holes
(checkerboards in 老年食堂 at 200 %)."""
import pytest
from PySide6.QtCore import QPointF

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from layout_app.layout.display import GlyphRun, Group


def runs(items):
    for item in items:
        if isinstance(item, Group):
            yield from runs(item.items)
        elif isinstance(item, GlyphRun):
            yield item


@pytest.mark.parametrize("zoom,outlines", [(1.0, False), (2.0, True)])
def test_the_banner_close_up_is_inked_where_print_inks_it(qtbot, tmp_path, zoom, outlines):
    import pypdfium2

    from layout_app.render.pdf.export import export_sheets

    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), None, DEMO_DIR, ask=lambda t, x: True,
                   ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.resize(1400, 1000)
    w.show()
    qtbot.waitExposed(w)
    display = w.controller.compose(0)
    banner = max(runs(display.items), key=lambda r: r.size)
    assert (banner.size * zoom > 56) == outlines     # a 40 pt banner: glyph images at 100 %, outlines at 200 %
    left, top = banner.xs[0], banner.y - banner.size * 0.9
    right, bottom = min(banner.xs[-1] + banner.size, left + 5 * banner.size), banner.y + banner.size * 0.15
    w.canvas.show_columns = w.canvas.show_rulers = False
    w.canvas.set_zoom(zoom, w.canvas.from_page(QPointF(left, top)))
    w.canvas.pan += QPointF(40, 40) - w.canvas.from_page(QPointF(left, top))     # its first characters in view
    w.canvas.painter.images.wait()
    screen = w.canvas.grab().toImage()
    assert screen.width() == w.canvas.width()           # one device pixel per widget pixel here

    pdf = pypdfium2.PdfDocument(str(export_sheets([display], tmp_path / "page.pdf", "t")))
    printed = pdf[0].render(scale=zoom).to_pil().convert("L")
    pdf.close()
    solid = holes = 0
    for j in range(round(top * zoom), round(bottom * zoom)):
        for i in range(round(left * zoom), round(right * zoom)):
            # ink in print, and its eight neighbours: antialiased edges left out
            if max(printed.getpixel((i + a, j + b)) for a in (-1, 0, 1) for b in (-1, 0, 1)) >= 64:
                continue
            p = w.canvas.from_page(QPointF((i + 0.5) / zoom, (j + 0.5) / zoom))
            x, y = int(p.x()), int(p.y())
            if 0 <= x < screen.width() and 0 <= y < screen.height():
                solid += 1
                holes += screen.pixelColor(x, y).lightness() > 160
    assert solid > 100 * zoom * zoom, solid           # the test has something to see
    assert holes == 0, f"{holes} of {solid} pixels of the banner inked in print are paper on the screen"
