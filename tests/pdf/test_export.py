"""Export behaviour: refusal on preflight errors, --force, no half-written files, screen = print."""

import pypdfium2
import pytest
from PIL import Image

from tests.compare import same_and_shifted

from layout_app.layout.compose import Composer
from layout_app.render.pdf import export as export_mod
from layout_app.render.pdf.export import ExportOptions, ExportRefused, export_pdf


def test_missing_photo_refuses_then_force_draws_a_placeholder(page_doc, tmp_path):
    doc, folder, _ = page_doc
    (folder / "photos" / "reading.jpg").unlink()
    out = tmp_path / "out.pdf"
    with pytest.raises(ExportRefused) as info:
        export_pdf(doc, folder, out)
    assert "photo reading.jpg is missing" in str(info.value) and "[page A1, frame ph1, photo p1]" in str(info.value)
    assert not out.exists()
    result = export_pdf(doc, folder, out, ExportOptions(force=True))
    assert out.exists() and result.preflight.errors


def test_never_a_half_written_pdf(page_doc, tmp_path, monkeypatch):
    doc, folder, _ = page_doc
    out = tmp_path / "out.pdf"
    out.write_bytes(b"the previous export")

    def explode(self, display):
        raise RuntimeError("disk full")

    monkeypatch.setattr(export_mod.PageDrawer, "draw", explode)
    with pytest.raises(RuntimeError):
        export_pdf(doc, folder, out)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.pdf")) == []


def render_pdf_trim(path, dpi):
    pdf = pypdfium2.PdfDocument(str(path))
    page = pdf[0]
    image = page.render(scale=dpi / 72.0).to_pil().convert("L")
    x0, y0, x1, y1 = page.get_trimbox()
    h = page.get_height()
    s = dpi / 72.0
    box = (round(x0 * s), round((h - y1) * s), round(x1 * s), round((h - y0) * s))
    pdf.close()
    return image.crop(box)


def test_screen_and_print_put_the_same_text_in_the_same_places(page_doc, tmp_path, qapp):
    """The page drawn by the Qt renderer and the same page from the PDF (pypdfium2): after a blur
    that hides the two rasterisers' differences, the pictures agree — and a page whose text moved
    by one character does not."""
    from layout_app.render.qt.raster import render_image

    doc, folder, _ = page_doc
    out = tmp_path / "page.pdf"
    export_pdf(doc, folder, out, ExportOptions(pdfx=False))
    dpi = 50
    printed = render_pdf_trim(out, dpi)
    display = Composer(doc, folder).compose(doc.pages[0])
    screen_q = render_image(display, dpi)
    screen = Image.frombytes("RGBA", (screen_q.width(), screen_q.height()),
                             bytes(screen_q.convertToFormat(screen_q.Format.Format_RGBA8888).constBits())).convert("L")
    screen = screen.resize(printed.size)

    same, shifted = same_and_shifted(screen, printed, display, dpi / 72.0)
    assert same < 2.0, same
    assert shifted > 3 * same + 1.0, (same, shifted)
