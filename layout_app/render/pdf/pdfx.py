"""PDF/X-4 keys, added to reportlab's file with pikepdf: output intent with the newsprint profile,
GTS_PDFXVersion in Info and XMP, Trapped, document ID, TrimBox and BleedBox on every page; and
font subset tags that name the glyph set (reportlab numbers them AAAAAA, AAAAAB… in every file)."""
from __future__ import annotations

import hashlib
import re
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pikepdf

from layout_app.imaging.printready import PROFILE

OUTPUT_CONDITION = "CGATS TR 002"
OUTPUT_INFO = "Coldset offset printing on newsprint (ANSI CGATS/SNAP TR 002-2007 characterization data)"


def _pdf_date(t: datetime) -> str:
    off = t.strftime("%z") or "+0000"
    return t.strftime("D:%Y%m%d%H%M%S") + f"{off[:3]}'{off[3:]}'"


_TAGGED = re.compile(r"^[A-Z]{6}\+")
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def subset_tag(face: str, glyph_set: bytes) -> str:
    """Six capitals from a hash of the face and its subset: the same subset always gets the same
    tag, two different subsets (in one file or in two) practically never share one."""
    n = int.from_bytes(hashlib.sha256(face.encode() + b"\0" + glyph_set).digest()[:8], "big")
    letters = []
    for _ in range(6):
        n, r = divmod(n, 26)
        letters.append(chr(65 + r))
    return "".join(letters)


def _glyph_set(font: pikepdf.Dictionary) -> bytes:
    """What the subset holds: its code → Unicode pairs (the ToUnicode map, without the CMap's own
    name), or failing that the embedded font program itself."""
    if "/ToUnicode" in font:
        pairs = _BFCHAR.findall(font.ToUnicode.read_bytes())
        if pairs:
            return b";".join(code.upper() + b"=" + uni.upper() for code, uni in pairs)
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font.DescendantFonts[0].get("/FontDescriptor")
    for key in ("/FontFile2", "/FontFile3", "/FontFile"):
        if descriptor is not None and key in descriptor:
            return descriptor[key].read_bytes()
    return b""


def retag_subsets(pdf: pikepdf.Pdf) -> None:
    """Rename every tagged font (BaseFont, a CIDFont's BaseFont, FontDescriptor FontName and the
    ToUnicode CMap's name) to a tag derived from its glyph set."""
    for font in pdf.objects:
        if not isinstance(font, pikepdf.Dictionary) or font.get("/Type") != pikepdf.Name.Font:
            continue
        if font.get("/Subtype") in (pikepdf.Name.CIDFontType0, pikepdf.Name.CIDFontType2) or "/BaseFont" not in font:
            continue                      # a CIDFont is renamed with its Type0 parent
        old = str(font.BaseFont)[1:]
        if not _TAGGED.match(old):
            continue
        new = subset_tag(old[7:], _glyph_set(font)) + old[6:]
        name = pikepdf.Name("/" + new)
        font.BaseFont = name
        for part in [font, *font.get("/DescendantFonts", [])]:
            part.BaseFont = name
            if "/FontDescriptor" in part:
                part.FontDescriptor.FontName = name
        if "/ToUnicode" in font:
            cmap = font.ToUnicode
            data = cmap.read_bytes()
            if old.encode() in data:
                cmap.write(data.replace(old.encode(), new.encode()))     # compressed again on save


def finish(src: Path, dst: Path, *, title: str, trim: tuple, bleed: tuple, pdfx: bool,
           now: datetime | None = None) -> None:
    """Rewrite `src` into `dst` with boxes on every page and, for PDF/X-4, the output intent and
    version keys. `trim`/`bleed` are (x0, y0, x1, y1) in PDF points."""
    now = now or datetime.now(timezone.utc).astimezone()
    doc_id = uuid.uuid4()
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            page.obj.TrimBox = pikepdf.Array(trim)
            page.obj.BleedBox = pikepdf.Array(bleed)
        info = pdf.docinfo
        retag_subsets(pdf)
        info.Title = title
        info.Creator = "layout_app"
        info.Producer = "layout_app (reportlab, pikepdf)"
        info.CreationDate = _pdf_date(now)
        info.ModDate = _pdf_date(now)
        info.Trapped = pikepdf.Name("/False")       # not Name.False_: that writes the illegal /False_
        if pdfx:
            info.GTS_PDFXVersion = "PDF/X-4"
            icc = pikepdf.Stream(pdf, PROFILE.read_bytes())
            icc.N = 4
            intent = pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFX,
                OutputConditionIdentifier=OUTPUT_CONDITION, OutputCondition=OUTPUT_INFO,
                RegistryName="http://www.color.org", Info=OUTPUT_INFO, DestOutputProfile=icc)
            pdf.Root.OutputIntents = pikepdf.Array([intent])
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = title
            meta["xmp:CreatorTool"] = "layout_app"
            meta["xmp:CreateDate"] = now.isoformat()
            meta["xmp:ModifyDate"] = now.isoformat()
            meta["xmp:MetadataDate"] = now.isoformat()
            meta["pdf:Producer"] = "layout_app (reportlab, pikepdf)"
            meta["pdf:Trapped"] = "False"              # agrees with Info /Trapped
            meta["xmpMM:DocumentID"] = f"uuid:{doc_id}"
            meta["xmpMM:InstanceID"] = f"uuid:{doc_id}"
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
            if pdfx:
                meta["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
        pdf.save(dst, min_version="1.6" if pdfx else "1.4", fix_metadata_version=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
