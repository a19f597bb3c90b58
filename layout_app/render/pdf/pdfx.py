"""PDF/X-4 keys, added to the file with pikepdf before it is saved: output intent with the newsprint profile,
GTS_PDFXVersion in Info and XMP, Trapped, document ID, TrimBox and BleedBox on every page. (Font
subset tags are named from their glyph sets when the fonts are made: cidfonts.py.)"""
from __future__ import annotations

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


def finish(pdf: pikepdf.Pdf, dst: Path, *, title: str, trim: tuple, bleed: tuple, pdfx: bool,
           now: datetime | None = None) -> None:
    """Save `pdf` as `dst` with boxes on every page and, for PDF/X-4, the output intent and
    version keys. `trim`/`bleed` are (x0, y0, x1, y1) in PDF points."""
    now = now or datetime.now(timezone.utc).astimezone()
    doc_id = uuid.uuid4()
    with pdf:
        for page in pdf.pages:
            page.obj.TrimBox = pikepdf.Array(trim)
            page.obj.BleedBox = pikepdf.Array(bleed)
        info = pdf.docinfo
        info.Title = title
        info.Creator = "layout_app"
        info.Producer = "layout_app (pikepdf)"
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
            meta["pdf:Producer"] = "layout_app (pikepdf)"
            meta["pdf:Trapped"] = "False"              # agrees with Info /Trapped
            meta["xmpMM:DocumentID"] = f"uuid:{doc_id}"
            meta["xmpMM:InstanceID"] = f"uuid:{doc_id}"
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
            if pdfx:
                meta["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
        pdf.save(dst, min_version="1.6" if pdfx else "1.4", fix_metadata_version=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
