"""The faces a PDF uses, each embedded once per file as a Type0 font over one CIDFontType2
(Identity-H, CID = glyph id) with W widths and a ToUnicode map; the subset's tag is derived from
its glyph set, so two different subsets never share a name (a plant that merges pages and caches
fonts by name gets the right glyphs).

Drawing asks `FontSet.show(face, text)` for the 2-byte codes of a run (recording the glyphs and
their characters); the font objects are made when reportlab writes the file (`addObjects`, as
reportlab's own delayed fonts), from the glyphs gathered over all pages.
"""
from __future__ import annotations

import hashlib
import re
import zlib

from reportlab.pdfbase import pdfdoc, pdfmetrics

from layout_app.render.pdf.truetype import subset_program
from layout_app.text.fonts import FontFace, registry

DW = 1000                          # the default width: a full em, as most glyphs of a CJK face
_PS_NAME = re.compile(r"[^A-Za-z0-9-]")


def subset_tag(face: str, glyph_set: bytes) -> str:
    """Six capitals from a hash of the face and its subset: the same subset always gets the same
    tag, two different subsets (in one file or in two) practically never share one."""
    n = int.from_bytes(hashlib.sha256(face.encode() + b"\0" + glyph_set).digest()[:8], "big")
    letters = []
    for _ in range(6):
        n, r = divmod(n, 26)
        letters.append(chr(65 + r))
    return "".join(letters)


def ps_name(face: FontFace) -> str:
    return _PS_NAME.sub("", face.path.stem) or face.key


class _NoInitialFont:
    """The canvas's initial font: reportlab writes no `BT /F1 12 Tf ET` preamble for a font it
    realises itself, so no unembedded Helvetica enters the file. It never draws a glyph."""

    fontName = "LA-none"
    _dynamicFont = True
    _multiByte = False

    class face:                           # noqa: N801 (what reportlab reads: the face's name)
        name = b"LA-none"


NO_INITIAL_FONT = _NoInitialFont.fontName
pdfmetrics.registerFont(_NoInitialFont())


class UsedFace:
    """One face's glyphs in one PDF: glyph id → the character it shows."""

    def __init__(self, face: FontFace, resource: str):
        self.face = face
        self.resource = resource          # the name pages use (/LAsong in the Font resources)
        self.chars: dict[int, str] = {}
        self._gids: dict[str, int] = {}

    def _glyph(self, ch: str) -> int:
        gid = self._gids[ch] = self.face.glyph_id(ch) or 0
        return gid

    def codes(self, text: str, glyphs=None) -> bytes:
        """The run's 2-byte codes (glyph ids): the font's own glyph for each character, or the
        glyph the engine chose (`glyphs`: a vertical form) — ToUnicode still gives the character."""
        chars = self.chars
        if glyphs is None:
            gids = self._gids
            glyphs = [gids.get(ch) or self._glyph(ch) for ch in text]
        for ch, g in zip(text, glyphs):
            if g not in chars:
                chars[g] = ch
        return b"".join(g.to_bytes(2, "big") for g in glyphs)

    def tag(self) -> str:
        gids = sorted(self.chars)
        return subset_tag(ps_name(self.face), b"".join(g.to_bytes(2, "big") for g in gids))


class FontSet:
    """The embedded faces of one PDF document (see the module)."""

    _dynamicFont = True                   # reportlab: a font realised when the file is written

    def __init__(self):
        self.used: dict[str, UsedFace] = {}
        self._doc = None

    def face(self, key: str, doc) -> UsedFace:
        used = self.used.get(key)
        if used is None:
            used = self.used[key] = UsedFace(registry().face(key), "LA" + re.sub(r"[^A-Za-z0-9]", "", key))
            if self._doc is None:
                self._doc = doc
                doc.delayedFonts.append(self)
        return used

    def addObjects(self, doc) -> None:      # noqa: N802 (reportlab's name)
        fonts = doc.idToObject["BasicFonts"].dict
        for used in self.used.values():
            if used.chars:
                fonts[used.resource] = doc.Reference(_type0(doc, used), used.resource)


def _stream(doc, content: bytes, level: int = 6, **entries) -> pdfdoc.PDFStream:
    dictionary = pdfdoc.PDFDictionary(entries)
    if doc.compression:
        dictionary["Filter"] = pdfdoc.PDFName("FlateDecode")
        content = zlib.compress(content, level)
    return pdfdoc.PDFStream(dictionary, content, filters=[])


def _widths(face: FontFace, gids: list[int]) -> bytes:
    """W for the glyphs whose width is not DW, written out (reportlab would format thousands of
    numbers one object at a time): consecutive glyph ids share one bracket; thousandths of an em."""
    sfnt = face.sfnt
    scale = 1000.0 / sfnt.upem
    out: list[str] = []
    last = None
    for g in gids:
        advance = sfnt.h_advance(g) * scale
        if advance == DW:
            continue                       # most hanzi: the default width says it
        width = _number(advance)
        if last is not None and g == last + 1:
            out.append(width)
        else:
            out.append(f"] {g} [{width}" if out else f"{g} [{width}")
        last = g
    return ("[" + " ".join(out) + "]]").encode("ascii") if out else b"[]"


def _number(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def to_unicode(name: str, chars: dict[int, str]) -> bytes:
    """A ToUnicode CMap: each 2-byte glyph code to its character (UTF-16BE)."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             f"/CMapName /{name}-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    pairs = sorted(chars.items())
    for k in range(0, len(pairs), 100):
        block = pairs[k: k + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{g:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for g, ch in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _type0(doc, used: UsedFace) -> pdfdoc.PDFDictionary:
    face = used.face
    sfnt = face.sfnt
    gids = sorted(used.chars)
    base = f"{used.tag()}+{ps_name(face)}"
    scale = 1000.0 / sfnt.upem
    program = subset_program(sfnt, gids)
    name = pdfdoc.PDFName(base)
    x0, y0, x1, y1 = sfnt.bbox
    descriptor = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("FontDescriptor"), "FontName": name, "Flags": 4,
        "FontBBox": pdfdoc.PDFArray([round(v * scale) for v in (x0, y0, x1, y1)]),
        "ItalicAngle": 0, "Ascent": round(sfnt.ascender * scale), "Descent": round(sfnt.descender * scale),
        "CapHeight": round(sfnt.ascender * scale), "StemV": 80,
        # level 1: a font program is mostly outlines, which level 6 packs only ~5 % tighter at 3× the time
        "FontFile2": doc.Reference(_stream(doc, program, 1, Length1=len(program)))})
    cid = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Font"), "Subtype": pdfdoc.PDFName("CIDFontType2"), "BaseFont": name,
        "CIDSystemInfo": pdfdoc.PDFDictionary({"Registry": pdfdoc.PDFString("Adobe"),
                                               "Ordering": pdfdoc.PDFString("Identity"), "Supplement": 0}),
        "FontDescriptor": doc.Reference(descriptor), "DW": DW, "W": _widths(face, gids),
        "CIDToGIDMap": pdfdoc.PDFName("Identity")})
    return pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Font"), "Subtype": pdfdoc.PDFName("Type0"), "BaseFont": name,
        "Encoding": pdfdoc.PDFName("Identity-H"), "DescendantFonts": pdfdoc.PDFArray([doc.Reference(cid)]),
        "ToUnicode": doc.Reference(_stream(doc, to_unicode(base, used.chars)))})
