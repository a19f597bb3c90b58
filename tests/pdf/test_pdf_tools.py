"""The exported PDF checked with the tools print staff use: pdffonts, pdfimages, pdfinfo, qpdf,
pdftotext."""
import re
import subprocess

import pikepdf
import pytest

from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group, walk
from layout_app.render.pdf.export import ExportOptions, export_pdf
from layout_app.units import mm
from tests.pdf.conftest import need_tools


def run(*cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture
def exported(page_doc, tmp_path):
    need_tools()
    doc, folder, _ = page_doc
    out = tmp_path / "page.pdf"
    result = export_pdf(doc, folder, out)
    return doc, folder, out, result


def test_fonts_are_embedded_subsets_with_unicode(exported):
    _, _, out, _ = exported
    rows = run("pdffonts", str(out)).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        cols = row.split()
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert "Helvetica" not in row


def test_images_are_cmyk_at_the_target_resolution(exported):
    _, _, out, _ = exported
    rows = [r.split() for r in run("pdfimages", "-list", str(out)).splitlines()[2:]]
    assert len(rows) == 1
    row = rows[0]
    assert row[5] == "cmyk" and row[8] == "jpeg"
    x_ppi, y_ppi = int(row[12]), int(row[13])
    assert 245 <= x_ppi <= 251 and 245 <= y_ppi <= 251


def test_boxes_and_pdfx_subtype(exported):
    doc, _, out, _ = exported
    info = run("pdfinfo", "-box", str(out))
    assert "PDF subtype:    PDF/X-4" in info
    boxes = {m.group(1): tuple(map(float, m.group(2, 3, 4, 5)))
             for m in re.finditer(r"^(\w+Box):\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", info, re.M)}
    tx0, ty0, tx1, ty1 = boxes["TrimBox"]
    assert tx1 - tx0 == pytest.approx(mm(390), abs=0.01) and ty1 - ty0 == pytest.approx(mm(540), abs=0.01)
    bx0, by0, bx1, by1 = boxes["BleedBox"]
    assert tx0 - bx0 == pytest.approx(mm(3), abs=0.01) and by1 - ty1 == pytest.approx(mm(3), abs=0.01)
    mx0, my0, mx1, my1 = boxes["MediaBox"]
    assert mx0 < bx0 and my1 > by1                    # room for marks outside the bleed


def test_qpdf_finds_no_errors(exported):
    _, _, out, _ = exported
    assert "No syntax or stream encoding errors found" in run("qpdf", "--check", str(out))


def test_output_intent_xmp_and_id(exported):
    _, _, out, _ = exported
    with pikepdf.open(out) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFX
        assert intent.DestOutputProfile.N == 4
        assert str(pdf.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert pdf.docinfo.Trapped == pikepdf.Name("/False")          # the legal name, as XMP says
        assert str(pdf.open_metadata()["pdf:Trapped"]) == "False"
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta["xmpMM:DocumentID"].startswith("uuid:")
        assert len(pdf.trailer.ID) == 2
        assert pdf.pdf_version >= "1.6"


def test_no_rgb_anywhere(exported):
    _, _, out, _ = exported
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            ops = {str(op) for _operands, op in pikepdf.parse_content_stream(page)}
            assert not ops & {"rg", "RG", "sc", "scn"}
            assert "k" in ops                                   # text and marks set in CMYK
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image":
                assert obj.ColorSpace == pikepdf.Name.DeviceCMYK


def frame_text(out, rect, margin):
    """pdftotext of one frame's area (PDF pt with the origin at the media's top left)."""
    x, y = margin + rect.x, margin + rect.y
    return run("pdftotext", "-raw", "-x", str(int(x)), "-y", str(int(y)), "-W", str(int(rect.width) + 1),
               "-H", str(int(rect.height) + 1), str(out), "-")


def test_every_character_comes_out_in_order_within_each_frame(exported):
    doc, folder, out, _ = exported
    display = Composer(doc, folder).compose(doc.pages[0])
    with pikepdf.open(out) as pdf:
        trim = [float(v) for v in pdf.pages[0].TrimBox]
        media_h = float(pdf.pages[0].MediaBox[3])
    margin = trim[0]
    assert media_h - trim[3] == pytest.approx(margin, abs=0.01)
    for group in display.items:
        if not isinstance(group, Group) or group.tag not in ("text", "caption"):
            continue
        expected = "".join(r.text for r in walk(group.items) if isinstance(r, GlyphRun))
        got = re.sub(r"\s+", "", frame_text(out, group.rect, margin))
        assert got == expected.replace(" ", ""), group.frame
    story = doc.story("s1")
    whole = re.sub(r"\s+", "", run("pdftotext", "-raw", str(out), "-"))
    for paragraph in story.body:
        assert paragraph in whole


def test_slug_line_outside_the_bleed_names_page_and_date(exported):
    doc, _, out, _ = exported
    text = run("pdftotext", "-raw", str(out), "-")
    assert "测试版" in text and "2026-11-28" in text and "第 1 版" in text and "导出" in text


def test_plain_screen_pdf(page_doc, tmp_path):
    need_tools()
    doc, folder, _ = page_doc
    out = tmp_path / "screen.pdf"
    export_pdf(doc, folder, out, ExportOptions(pdfx=False))
    info = run("pdfinfo", "-box", str(out))
    assert "PDF/X" not in info
    media = re.search(r"MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", info).groups()
    assert tuple(map(float, media)) == pytest.approx((0, 0, mm(390), mm(540)), abs=0.01)   # trim only
    rows = [r.split() for r in run("pdfimages", "-list", str(out)).splitlines()[2:]]
    assert rows[0][5] == "rgb" and int(rows[0][12]) <= 151
