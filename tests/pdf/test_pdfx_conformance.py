"""PDF/X-4 conformance of the exported demo page, checked the way a plant's preflight does.

The requirements are typed here from ISO 15930-7:2010 (PDF/X-4) and the PDF 1.6 reference it builds
on — never read from the exporter's constants — so a wrong constant in the exporter fails here."""
import re
from datetime import datetime, timedelta, timezone

import pikepdf
import pytest

from tests.pdf.content import walk_page

# ---- the standard's words, typed in ---------------------------------------------------------------
PDFX_VERSION = "PDF/X-4"                      # Info GTS_PDFXVersion and XMP pdfxid:GTS_PDFXVersion
MIN_PDF_VERSION = (1, 6)                      # PDF/X-4 is based on PDF 1.6
TRAPPED_NAMES = {"/True", "/False"}           # Info /Trapped: a name, True or False ("Unknown" is not allowed)
XMP_TRAPPED = {"/True": "True", "/False": "False"}
OUTPUT_INTENT_SUBTYPE = "/GTS_PDFX"
ICC_DEVICE_CLASS = b"prtr"                    # ICC header bytes 12–15: output (printer) profile
ICC_COLOUR_SPACE = b"CMYK"                    # ICC header bytes 16–19
ICC_SIGNATURE = b"acsp"                       # ICC header bytes 36–39
EMBEDDED_FONT_KEYS = {"/FontFile", "/FontFile2", "/FontFile3"}
RGB_OPERATORS = {"rg", "RG"}                  # DeviceRGB fill and stroke colour
RGB_SPACES = {"/DeviceRGB", "/CalRGB", "/RGB"}     # /RGB: the inline-image abbreviation
FORBIDDEN_ACTIONS = {"/JavaScript", "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData",
                     "/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"}
FORBIDDEN_ANNOTATIONS = {"/Movie", "/Sound", "/Screen", "/3D", "/FileAttachment", "/RichMedia", "/Widget"}
ALLOWED_INSIDE_TRIM = {"/TrapNet"}            # any other annotation must stay outside the trim
FORBIDDEN_XOBJECT_SUBTYPES = {"/PS"}          # PostScript XObjects
FORBIDDEN_XOBJECT_KEYS = {"/OPI", "/Alternates"}
FORBIDDEN_GSTATE_KEYS = {"/TR"}               # transfer functions (TR2 only as /Default)


@pytest.fixture(scope="module")
def pdf(demo_pdf):
    with pikepdf.open(demo_pdf.pdf) as pdf:
        yield pdf


def pdf_date(text: str) -> datetime:
    """D:YYYYMMDDHHmmSS+HH'mm' as a moment."""
    m = re.fullmatch(r"D:(\d{14})(?:([+-])(\d\d)'(\d\d)'?|Z)?", text)
    assert m, f"not a PDF date: {text!r}"
    t = datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
    if m.group(2):
        off = timedelta(hours=int(m.group(3)), minutes=int(m.group(4)))
        return t.replace(tzinfo=timezone(off if m.group(2) == "+" else -off))
    return t.replace(tzinfo=timezone.utc)


def dictionaries(pdf):
    """Every dictionary in the file: each object's own and the direct ones nested inside it (an
    OpenAction written in place, an annotation inside an array)."""
    def nested(obj):
        if isinstance(obj, pikepdf.Stream):
            obj = obj.stream_dict
        if isinstance(obj, pikepdf.Dictionary):
            yield obj
            children = obj.values()
        elif isinstance(obj, pikepdf.Array):
            children = obj
        else:
            return
        for child in children:
            if isinstance(child, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)) and not child.is_indirect:
                yield from nested(child)

    for obj in pdf.objects:
        yield from nested(obj)
    yield from nested(pdf.trailer)


def within(inner, outer, tol=0.001):
    ix0, iy0, ix1, iy1 = inner
    ox0, oy0, ox1, oy1 = outer
    return ix0 >= ox0 - tol and iy0 >= oy0 - tol and ix1 <= ox1 + tol and iy1 <= oy1 + tol


def box(page, key):
    x0, y0, x1, y1 = (float(v) for v in page.obj[key])
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


# ---- file structure ---------------------------------------------------------------------------------
def test_pdf_version_at_least_1_6(demo_pdf, pdf):
    assert tuple(int(v) for v in pdf.pdf_version.split(".")) >= MIN_PDF_VERSION
    head = demo_pdf.pdf.read_bytes()[:8]
    assert re.fullmatch(rb"%PDF-(\d)\.(\d)", head)
    assert (int(head[5:6]), int(head[7:8])) >= MIN_PDF_VERSION


def test_not_encrypted(pdf):
    assert not pdf.is_encrypted
    assert "/Encrypt" not in pdf.trailer


def test_trailer_has_a_file_identifier(pdf):
    ids = pdf.trailer.ID
    assert len(ids) == 2 and all(len(bytes(part)) >= 16 for part in ids)


# ---- identification: Info and XMP -------------------------------------------------------------------
def test_info_and_xmp_identify_pdfx4_and_agree(pdf):
    info = pdf.docinfo
    assert str(info.GTS_PDFXVersion) == PDFX_VERSION
    assert str(info.Title).strip()
    assert "/Metadata" in pdf.Root
    meta = pdf.open_metadata()
    assert meta["pdfxid:GTS_PDFXVersion"] == PDFX_VERSION
    assert meta["dc:title"] == str(info.Title)
    # the same moments in Info and XMP (XMP may carry fractions of a second)
    for info_key, xmp_key in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        in_info = pdf_date(str(info[info_key]))
        in_xmp = datetime.fromisoformat(meta[xmp_key])
        assert in_xmp.tzinfo is not None, xmp_key
        assert abs((in_xmp - in_info).total_seconds()) < 1, (info_key, xmp_key)
    # the file's version and its rendition: XMP Media Management keys a PDF/X-4 reader looks for
    for key in ("xmpMM:DocumentID", "xmpMM:VersionID", "xmpMM:RenditionClass"):
        assert meta[key], key


def test_trapped_is_a_legal_name_and_agrees_with_xmp(pdf):
    trapped = pdf.docinfo["/Trapped"]
    assert isinstance(trapped, pikepdf.Name), repr(trapped)
    assert str(trapped) in TRAPPED_NAMES
    assert pdf.open_metadata()["pdf:Trapped"] == XMP_TRAPPED[str(trapped)]


def test_the_demo_exported_at_a_known_moment_says_so(pdf):
    # the fixture exports at 2026-11-29 08:30:15 +08:00
    assert pdf_date(str(pdf.docinfo.CreationDate)) == datetime(2026, 11, 29, 0, 30, 15, tzinfo=timezone.utc)


# ---- output intent ------------------------------------------------------------------------------------
def test_output_intent_embeds_a_cmyk_printer_profile(pdf):
    intents = [oi for oi in pdf.Root.OutputIntents if str(oi.S) == OUTPUT_INTENT_SUBTYPE]
    assert len(intents) == 1
    intent = intents[0]
    assert str(intent.OutputConditionIdentifier).strip()
    profile = intent.DestOutputProfile
    assert isinstance(profile, pikepdf.Stream)               # embedded, not only referenced (that is X-4p)
    assert int(profile.N) == 4
    icc = profile.read_bytes()
    assert int.from_bytes(icc[0:4], "big") == len(icc)       # the header's size is the profile's
    assert icc[12:16] == ICC_DEVICE_CLASS
    assert icc[16:20] == ICC_COLOUR_SPACE
    assert icc[36:40] == ICC_SIGNATURE
    assert icc[8] in (2, 4)                                  # ICC version 2 or 4


# ---- pages ------------------------------------------------------------------------------------------
def test_trim_inside_bleed_inside_media_on_every_page(pdf):
    for n, page in enumerate(pdf.pages, 1):
        assert "/TrimBox" in page.obj or "/ArtBox" in page.obj, n
        assert not ("/TrimBox" in page.obj and "/ArtBox" in page.obj and box(page, "/ArtBox") != box(page, "/MediaBox")), n
        media = box(page, "/MediaBox")
        trim = box(page, "/TrimBox")
        bleed = box(page, "/BleedBox") if "/BleedBox" in page.obj else trim
        crop = box(page, "/CropBox") if "/CropBox" in page.obj else media
        assert within(trim, bleed), (n, trim, bleed)
        assert within(bleed, media), (n, bleed, media)
        assert within(bleed, crop), (n, bleed, crop)
        assert trim[2] > trim[0] and trim[3] > trim[1]


# ---- fonts --------------------------------------------------------------------------------------------
def _fonts_of(resources, seen):
    for _name, font in (resources.get("/Font") or {}).items():
        if font.objgen not in seen:
            seen.add(font.objgen)
            yield font
    for _name, xobj in (resources.get("/XObject") or {}).items():
        if xobj.get("/Subtype") == pikepdf.Name.Form and "/Resources" in xobj:
            yield from _fonts_of(xobj.Resources, seen)


def test_every_font_is_embedded(pdf):
    seen = set()
    fonts = [f for page in pdf.pages for f in _fonts_of(page.Resources, seen)]
    assert fonts
    for font in fonts:
        if font.Subtype == pikepdf.Name.Type3:
            continue                                         # glyphs are content, nothing to embed
        parts = list(font.DescendantFonts) if font.Subtype == pikepdf.Name.Type0 else [font]
        for part in parts:
            descriptor = part.FontDescriptor
            assert EMBEDDED_FONT_KEYS & set(descriptor.keys()), str(part.BaseFont)


# ---- colour -------------------------------------------------------------------------------------------
def _is_rgb_space(space) -> bool:
    if isinstance(space, pikepdf.Name):
        return str(space) in RGB_SPACES
    if isinstance(space, pikepdf.Array) and len(space):
        kind = str(space[0])
        if kind in ("/CalRGB",):
            return True
        if kind == "/ICCBased":
            return int(space[1].N) == 3
        if kind in ("/Indexed", "/I"):
            return _is_rgb_space(space[1])
        if kind in ("/Separation", "/DeviceN"):
            return _is_rgb_space(space[2])
    return False


def test_no_rgb_in_content_streams_or_images(pdf):
    for n, page in enumerate(pdf.pages, 1):
        walk = walk_page(page)
        names = {op for op, _ in walk.operators}
        assert not names & RGB_OPERATORS, (n, names & RGB_OPERATORS)
        for op, operands in walk.operators:
            if op in ("cs", "CS"):
                space = operands[0]
                resolved = page.Resources.get("/ColorSpace", {}).get(space, space)
                assert not _is_rgb_space(resolved), (n, op, space)
            if op == "INLINE IMAGE":                        # BI … ID … EI, as pikepdf hands it over
                assert not _is_rgb_space(operands[0].obj.get("/ColorSpace")), n
        assert walk.images, "the demo page has photos"
        for image, _ctm in walk.images:
            assert not _is_rgb_space(image.ColorSpace), (n, image.ColorSpace)
            assert str(image.ColorSpace) in ("/DeviceCMYK", "/DeviceGray") or int(image.ColorSpace[1].N) in (1, 4)
    # and nowhere else in the file (patterns, shadings, resources of unused forms)
    for d in dictionaries(pdf):
        if "/ColorSpace" in d and not isinstance(d.ColorSpace, pikepdf.Dictionary):
            assert not _is_rgb_space(d.ColorSpace), repr(d)


def test_no_transparency_group_blends_in_rgb(pdf):
    for d in dictionaries(pdf):
        group = d.get("/Group")
        if isinstance(group, pikepdf.Dictionary) and group.get("/S") == pikepdf.Name.Transparency:
            assert not ("/CS" in group and _is_rgb_space(group.CS)), repr(group)


# ---- interactivity and the rest a plant refuses -------------------------------------------------------
def test_no_forbidden_actions_or_scripts(pdf):
    root = pdf.Root
    assert "/AA" not in root
    assert "/JavaScript" not in root.get("/Names", {})
    assert "/AcroForm" not in root or not root.AcroForm.get("/Fields")
    for page in pdf.pages:
        assert "/AA" not in page.obj
    for d in dictionaries(pdf):
        if "/S" in d and str(d.get("/Type", "/Action")) == "/Action":
            assert str(d.S) not in FORBIDDEN_ACTIONS, repr(d)
        assert "/JS" not in d


def test_no_annotations_inside_the_trim_and_none_of_the_forbidden_kinds(pdf):
    for n, page in enumerate(pdf.pages, 1):
        trim = box(page, "/TrimBox")
        for annot in page.obj.get("/Annots", []):
            kind = str(annot.Subtype)
            assert kind not in FORBIDDEN_ANNOTATIONS, (n, kind)
            x0, y0, x1, y1 = (float(v) for v in annot.Rect)
            overlaps = x0 < trim[2] and x1 > trim[0] and y0 < trim[3] and y1 > trim[1]
            assert not overlaps or kind in ALLOWED_INSIDE_TRIM, (n, kind)
        assert "/Annots" not in page.obj or len(page.obj.Annots) == 0      # the exporter writes none


def test_no_postscript_opi_alternates_or_transfer_functions(pdf):
    for d in dictionaries(pdf):
        if d.get("/Type") == pikepdf.Name.XObject or d.get("/Subtype") in (pikepdf.Name.Image, pikepdf.Name.Form):
            assert str(d.get("/Subtype")) not in FORBIDDEN_XOBJECT_SUBTYPES
            assert not FORBIDDEN_XOBJECT_KEYS & set(d.keys())
        if d.get("/Type") == pikepdf.Name.ExtGState:
            assert not FORBIDDEN_GSTATE_KEYS & set(d.keys())
            assert str(d.get("/TR2", "/Default")) == "/Default"
