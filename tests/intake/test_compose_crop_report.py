"""What compose reports of each photo is what the PDF prints (review 7: a reported crop a few % under
the PDF's, since the picture stands inset in its frame by up to a body line and the report gave the
frame). The answer key is the exported PDF, read by pdfium: each image's drawn size, and the crop that
size makes of a photo whose pixels the test wrote (1500 × 1000, 1000 × 1500)."""
import contextlib
import io
import json

import pypdfium2 as pdfium

from tests.intake.test_village_sports_page import page_g_inputs

PIXELS = {"李东升突破上篮.jpg": (1500, 1000), "观众加油助威.jpg": (1500, 1000), "王嘉怡耐力训练.jpg": (1000, 1500)}


def _drawn(pdf_path):
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return sorted((round(m.a, 1), round(m.d, 1)) for obj in pdf[0].get_objects(max_depth=3)
                      if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for m in [obj.get_matrix()])
    finally:
        pdf.close()


def test_each_photos_reported_size_and_crop_are_the_printed_pictures(tmp_path):
    from layout_app.cli import main
    from layout_app.io.docfile import load_document

    copy, photos = page_g_inputs(tmp_path)
    out, pdf = tmp_path / "page.yaml", tmp_path / "page.pdf"
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        main(["compose", "--copy", str(copy), "--photos", str(photos), "-o", str(out), "--force", "--template", "sikai",
              "--json"])
    report = json.loads(buf.getvalue())
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["export", str(out), "-o", str(pdf), "--force"]) == 0
    files = {p.id: p.file.rsplit("/", 1)[-1] for p in load_document(out).photos}
    said = [(p["width_pt"], p["height_pt"], p["crop_pct"], files[p["photo"]])
            for d in report["decisions"]["stories"] for p in d.get("photos", [])]
    assert len(said) == 3
    drawn = _drawn(pdf)
    assert sorted((w, h) for w, h, _, _ in said) == drawn
    for w, h, crop, name in said:
        px_w, px_h = PIXELS[name]
        frame, photo = h / w, px_h / px_w
        kept = min(frame / photo, photo / frame)          # the share of the photo's width or height shown
        assert abs(crop - 100 * (1 - kept)) <= 0.1, (name, crop, 100 * (1 - kept))
        assert crop <= 20.0 + 0.05                                        # the first layout's crop limit
