"""PDF/X-4 keys, added to the file with pikepdf before it is saved: output intent with the newsprint profile,
GTS_PDFXVersion in Info and XMP, Trapped, document ID, TrimBox and BleedBox on every page. (Font
subset tags are named from their glyph sets when the fonts are made: cidfonts.py.)"""
from __future__ import annotations

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
        xmp = pikepdf.Stream(pdf, _xmp(title, now.isoformat(), f"uuid:{doc_id}", pdfx))
        xmp.Type, xmp.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML     # left uncompressed on save
        pdf.Root.Metadata = pdf.make_indirect(xmp)
        pdf.save(dst, min_version="1.6" if pdfx else "1.4", fix_metadata_version=False,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)


_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_text(text: str) -> str:
    text = _XML_UNSAFE.sub("", text)           # characters XML cannot hold at all
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xmp(title: str, when: str, doc_id: str, pdfx: bool) -> bytes:
    """The XMP packet, written out (pikepdf's editor would import lxml for these few fields): title,
    dates, producer, Trapped (agrees with Info), the XMP Media Management identity and, for PDF/X-4,
    its version."""
    fields = [
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml_text(title)}</rdf:li></rdf:Alt></dc:title>',
        "<xmp:CreatorTool>layout_app</xmp:CreatorTool>",
        f"<xmp:CreateDate>{when}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
        "<pdf:Producer>layout_app (pikepdf)</pdf:Producer>",
        "<pdf:Trapped>False</pdf:Trapped>",
        f"<xmpMM:DocumentID>{doc_id}</xmpMM:DocumentID>",
        f"<xmpMM:InstanceID>{doc_id}</xmpMM:InstanceID>",
        "<xmpMM:VersionID>1</xmpMM:VersionID>",
        "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>",
    ]
    if pdfx:
        fields.append("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>")
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">\n'
        + "\n".join(fields) +
        "\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        + (" " * 99 + "\n") * 20 +             # room to edit the packet in place, as XMP advises
        '<?xpacket end="w"?>')
    return packet.encode("utf-8")
