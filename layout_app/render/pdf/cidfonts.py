"""The faces a PDF uses, each embedded once per file as a Type0 font over one CIDFontType2
(Identity-H, CID = glyph id) with W widths and a ToUnicode map; the subset's tag is derived from
its glyph set, so two different subsets never share a name (a plant that merges pages and caches
fonts by name gets the right glyphs).

A mark that ends a line (。，、 and closing brackets: ink in the left half of the em) is drawn by its
half-width twin, a copy of the glyph with half its advance appended to the subset: its text box then
ends where its ink does, as the engine set it. Otherwise the full em a line-end mark declares reaches
into the 1-em gutter, and pdftotext reads neighbouring columns as one block, line by line across
the page.

Drawing asks `FontSet.face(key).codes(text)` for the 2-byte codes of a run (recording the glyphs
and their characters); the font objects are made once every page is drawn (`objects`), from the
glyphs gathered over all pages.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
import zlib
from array import array
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import pikepdf

from layout_app.render.pdf.truetype import subset_program, twin_advance
from layout_app.text.fonts import FontFace, _cache_dir, marshal_cached, registry
from layout_app.text.punct import CLOSING, COMMAS, STOPS

DW = 1000                          # the default width: a full em, as most glyphs of a CJK face
# the marks with a half-width twin, in twin order (their glyph sits in the left half of the em)
TWINNED = CLOSING + COMMAS + STOPS
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


def resource_name(key: str) -> str:
    """The name pages give a face in their Font resources (/LAsong)."""
    return "LA" + re.sub(r"[^A-Za-z0-9]", "", key)


@lru_cache(maxsize=32768)
def glyph_codes(key: str, text: str) -> tuple[tuple[int, ...], str]:
    """The face's own glyph for each character of `text` (0: none), and those glyph ids as the
    hex string of 2-byte codes. Kept for the process: the editor exports the same runs again."""
    glyphs = tuple(registry().face(key).glyph_ids(text))
    return glyphs, _hex(glyphs)


@lru_cache(maxsize=256)
def twin(key: str, ch: str) -> int | None:
    """The glyph id of `ch`'s half-width twin in face `key`'s subsets (None: `ch` has none, or the
    face has no room for more glyphs): the face's glyph count plus the mark's place in TWINNED."""
    face = registry().face(key)
    at = TWINNED.find(ch)
    n = face.sfnt.glyph_count
    if at < 0 or face.glyph_id(ch) is None or n + len(TWINNED) > 0xFFFF:
        return None
    return n + at


def _twins(face: FontFace, gids) -> dict[int, int]:
    """Twin glyph id → the glyph it copies, for the twins among `gids`."""
    n = face.sfnt.glyph_count
    return {g: face.glyph_id(TWINNED[g - n]) for g in gids if g >= n}


def _hex(glyphs) -> str:
    codes = array("H", glyphs)
    if sys.byteorder == "little":
        codes.byteswap()
    return codes.tobytes().hex().upper()


class UsedFace:
    """One face's glyphs in one PDF: glyph id → the character it shows."""

    def __init__(self, face: FontFace):
        self.face = face
        self.resource = resource_name(face.key)
        self.chars: dict[int, str] = {}

    def record(self, glyphs, text: str) -> None:
        list(map(self.chars.setdefault, glyphs, text))      # a glyph keeps the first character it showed

    def codes(self, text: str, glyphs=None) -> str:
        """The run's 2-byte codes (glyph ids) in hex: the font's own glyph for each character, or
        the glyph the engine chose (`glyphs`: a vertical form) — ToUnicode still gives the character."""
        if glyphs is None:
            glyphs, codes = glyph_codes(self.face.key, text)
        else:
            codes = _hex(glyphs)
        self.record(glyphs, text)
        return codes

    def tag(self) -> str:
        gids = sorted(self.chars)
        return subset_tag(ps_name(self.face), b"".join(g.to_bytes(2, "big") for g in gids))


class FontSet:
    """The embedded faces of one PDF document (see the module)."""

    def __init__(self):
        self.used: dict[str, UsedFace] = {}

    def face(self, key: str) -> UsedFace:
        used = self.used.get(key)
        if used is None:
            used = self.used[key] = UsedFace(registry().face(key))
        return used

    def objects(self, pdf: pikepdf.Pdf) -> dict[str, pikepdf.Object]:
        """resource name → the Type0 font of each face that drew a glyph."""
        return {used.resource: _type0(pdf, used) for used in self.used.values() if used.chars}


def _compressed(pdf: pikepdf.Pdf, data: bytes, **entries) -> pikepdf.Object:
    """A stream of zlib `data` (FlateDecode)."""
    stream = pikepdf.Stream(pdf, data)
    stream.Filter = pikepdf.Name.FlateDecode
    for key, value in entries.items():
        stream[f"/{key}"] = value
    return pdf.make_indirect(stream)


def _widths(face: FontFace, gids: list[int], twins: dict[int, int]) -> list:
    """W for the glyphs whose width is not DW: consecutive glyph ids share one bracket;
    thousandths of an em. A twin has half its mark's width (as its hmtx says)."""
    sfnt = face.sfnt
    scale = 1000.0 / sfnt.upem
    out: list = []
    last = None
    for g in gids:
        advance = (twin_advance(sfnt, twins[g]) if g in twins else sfnt.h_advance(g)) * scale
        if advance == DW:
            continue                       # most hanzi: the default width says it
        advance = int(advance) if advance == int(advance) else round(advance, 3)
        if last is not None and g == last + 1:
            out[-1].append(advance)
        else:
            out += [g, [advance]]
        last = g
    return out


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


class Subsets:
    """The pieces of subset fonts — program, widths, ToUnicode map, tag — by face and glyph set (with
    the character each glyph shows): kept in this process (exporting again from the running editor,
    an edition's next page) and on disk beside the font metrics (exporting the same page again in a
    fresh process), so only a face whose glyphs changed is subset again. Bounded; the oldest go."""

    def __init__(self, size: int = 16, on_disk: int = 64):      # on disk: ≤ ~40 MB of subsets
        self.size = size
        self.on_disk = on_disk
        self._items: OrderedDict[tuple, tuple] = OrderedDict()
        self.made = 0

    def get(self, used: UsedFace) -> tuple:
        """(BaseFont, program length, zlib program, W, zlib ToUnicode) for `used`'s glyphs."""
        face = used.face
        items = tuple(sorted(used.chars.items()))
        key = (str(face.path), face.sfnt.glyph_count, items)
        found = self._items.get(key)
        if found is None:
            disk = _subset_file(face, items)
            if disk is None:
                found = self._make(used)
            else:
                found = tuple(marshal_cached(disk, lambda: self._make(used, disk.parent)))
            self._items[key] = found
            if len(self._items) > self.size:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return found

    def _make(self, used: UsedFace, folder: Path | None = None) -> tuple:
        face = used.face
        gids = sorted(used.chars)
        base = f"{used.tag()}+{ps_name(face)}"
        twins = _twins(face, gids)
        program = subset_program(face.sfnt, [g for g in gids if g not in twins], twins)
        self.made += 1
        if folder is not None:
            _prune(folder, self.on_disk - 1)
        # level 1: a font program is mostly outlines, which level 6 packs only ~5 % tighter at 2× the time
        return (base, len(program), zlib.compress(program, 1), _widths(face, gids, twins),
                zlib.compress(to_unicode(base, used.chars), 6))


def _subset_file(face: FontFace, items: tuple) -> Path | None:
    """Where a subset of `face` with these (glyph, character) pairs is kept on disk."""
    try:
        st = face.path.stat()
    except OSError:
        return None
    digest = hashlib.sha256(repr(items).encode()).hexdigest()[:24]
    return _cache_dir().parent / "subsets" / f"{face.path.name}.{st.st_size}.{st.st_mtime_ns}.{digest}.v1.marshal"


def _prune(folder: Path, keep: int) -> None:
    """At most `keep` subsets stay on disk: the least recently written go first."""
    try:
        files = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(folder) if e.name.endswith(".marshal")]
    except OSError:
        return
    for _mtime, path in sorted(files)[: max(0, len(files) - keep)]:
        try:
            os.unlink(path)
        except OSError:
            pass


SUBSETS = Subsets()


def _type0(pdf: pikepdf.Pdf, used: UsedFace) -> pikepdf.Object:
    sfnt = used.face.sfnt
    base, length, program, widths, unicode = SUBSETS.get(used)
    scale = 1000.0 / sfnt.upem
    name = pikepdf.Name("/" + base)
    x0, y0, x1, y1 = sfnt.bbox
    descriptor = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=name, Flags=4,
        FontBBox=pikepdf.Array([round(v * scale) for v in (x0, y0, x1, y1)]),
        ItalicAngle=0, Ascent=round(sfnt.ascender * scale), Descent=round(sfnt.descender * scale),
        CapHeight=round(sfnt.ascender * scale), StemV=80, FontFile2=_compressed(pdf, program, Length1=length)))
    cid = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=name,
        CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=descriptor, DW=DW, W=pikepdf.Array(widths), CIDToGIDMap=pikepdf.Name.Identity))
    return pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=name,
        Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=pikepdf.Array([cid]),
        ToUnicode=_compressed(pdf, unicode)))
