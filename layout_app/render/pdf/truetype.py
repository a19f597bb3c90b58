"""A TrueType subset for a CIDFontType2 with CIDToGIDMap Identity: the glyphs a PDF uses (and the
components of composite ones) keep their glyph ids; every other glyph is empty and has no advance.
Half-width twins (see cidfonts.twin) are appended after the face's last glyph: the outline of their
mark with half its advance.

Glyph outlines are copied as bytes from the memory-mapped font (text/sfnt.py): nothing is decoded,
so a 2,000-glyph subset of a 30,000-glyph face costs milliseconds. fontTools' subsetter gives the
same file but takes about a second a face (it compiles every glyph it keeps).
"""
from __future__ import annotations

import struct
import sys
from array import array

from layout_app.text.sfnt import Sfnt

# tables a TrueType program inside a PDF needs (ISO 32000-1 9.9); cmap and post are added small
_COPIED = ("cvt ", "fpgm", "prep")
# composite glyph flags (OpenType glyf): argument sizes, transforms, more components
_ARGS_ARE_WORDS, _HAVE_SCALE, _MORE, _XY_SCALE, _TWO_BY_TWO = 0x0001, 0x0008, 0x0020, 0x0040, 0x0080


def components(sfnt: Sfnt, gid: int) -> list[int]:
    """The glyph ids a composite glyph is built from (none for a simple or empty glyph)."""
    start, end = sfnt.glyph_span(gid)
    if end <= start:
        return []
    data = sfnt.data
    at = sfnt.tables["glyf"][0] + start
    (contours,) = struct.unpack_from(">h", data, at)
    if contours >= 0:
        return []
    out = []
    at += 10
    while True:
        flags, part = struct.unpack_from(">HH", data, at)
        out.append(part)
        at += 4 + (4 if flags & _ARGS_ARE_WORDS else 2)
        at += 8 if flags & _TWO_BY_TWO else 4 if flags & _XY_SCALE else 2 if flags & _HAVE_SCALE else 0
        if not flags & _MORE:
            return out


def closure(sfnt: Sfnt, gids) -> set[int]:
    """`gids`, .notdef, and every glyph a composite among them uses (recursively)."""
    keep = {0}
    todo = [g for g in gids if 0 <= g < sfnt.glyph_count]
    if not sfnt.composites:
        return keep.union(todo)
    while todo:
        g = todo.pop()
        if g in keep:
            continue
        keep.add(g)
        todo.extend(c for c in components(sfnt, g) if c < sfnt.glyph_count and c not in keep)
    return keep


def _checksum(data: bytes) -> int:
    words = array("I", data + b"\0" * (-len(data) % 4))
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def _empty_cmap() -> bytes:
    """A (3,1) format-4 cmap that maps nothing: the PDF reaches glyphs by id (Identity)."""
    sub = struct.pack(">7H", 4, 24, 0, 2, 2, 0, 0) + struct.pack(">HHHhH", 0xFFFF, 0, 0xFFFF, 1, 0)
    return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub


def twin_advance(sfnt: Sfnt, source: int) -> int:
    """A half-width twin's advance (font units): half its mark's."""
    return sfnt.h_advance(source) // 2


def subset_program(sfnt: Sfnt, gids, twins: dict[int, int] | None = None) -> bytes:
    """The font program holding glyphs `gids` at their own ids, and `twins` (twin id → the glyph
    it copies) at theirs (see the module)."""
    twins = twins or {}
    keep = closure(sfnt, list(gids) + list(twins.values()))
    n = max([sfnt.glyph_count] + [t + 1 for t in twins])
    data = sfnt.data
    glyf_at = sfnt.tables["glyf"][0]
    pieces: list[bytes] = []
    loca = array("I", bytes(4 * (n + 1)))
    hmtx = bytearray(4 * n)
    hmtx_at = sfnt.tables["hmtx"][0]
    n_long = sfnt.n_hmetrics
    offset = 0
    unset = 0                                         # the first loca entry not written yet
    for g in sorted(keep | set(twins)):
        source = twins.get(g, g)
        if unset <= g:                                # empty glyphs before g, and g, start here
            loca[unset: g + 1] = array("I", [offset]) * (g + 1 - unset)
            unset = g + 1
        start, end = sfnt.glyph_span(source)
        if end > start:
            outline = data[glyf_at + start: glyf_at + end]
            pieces.append(outline + b"\0" * (-len(outline) % 4))
            offset += len(pieces[-1])
        lsb_at = hmtx_at + 4 * source + 2 if source < n_long else hmtx_at + 4 * n_long + 2 * (source - n_long)
        advance = twin_advance(sfnt, source) if g in twins else sfnt.h_advance(source)
        struct.pack_into(">Hh", hmtx, 4 * g, advance, struct.unpack_from(">h", data, lsb_at)[0])
    loca[unset:] = array("I", [offset]) * (n + 1 - unset)
    if sys.byteorder == "little":
        loca.byteswap()
    head = bytearray(sfnt.table("head"))
    struct.pack_into(">I", head, 8, 0)                 # checkSumAdjustment: set below
    struct.pack_into(">h", head, 50, 1)                # long loca offsets
    hhea = bytearray(sfnt.table("hhea"))
    struct.pack_into(">H", hhea, 34, n)                # an advance for every glyph
    maxp = bytearray(sfnt.table("maxp"))
    struct.pack_into(">H", maxp, 4, n)                 # numGlyphs, twins included
    tables = {"head": bytes(head), "hhea": bytes(hhea), "maxp": bytes(maxp), "hmtx": bytes(hmtx),
              "loca": loca.tobytes(), "glyf": b"".join(pieces), "cmap": _empty_cmap(),
              "post": struct.pack(">IihhIIIII", 0x00030000, 0, 0, 0, 0, 0, 0, 0, 0)}
    for tag in _COPIED:
        if tag in sfnt.tables:
            tables[tag] = sfnt.table(tag)
    return _assemble(tables)


def _assemble(tables: dict[str, bytes]) -> bytes:
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
    records = []
    body = []
    sums = []
    offset = 12 + 16 * count
    for tag in tags:
        data = tables[tag]
        sums.append(_checksum(data))
        records.append(struct.pack(">4sIII", tag.encode("latin-1"), sums[-1], offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    directory = header + b"".join(records)
    # the whole file's checksum is the directory's plus the tables' (each padded to whole words)
    whole = (_checksum(directory) + sum(sums)) & 0xFFFFFFFF
    font = bytearray(directory + b"".join(body))
    head_at = len(directory) + sum(len(b) for b in body[: tags.index("head")])
    struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - whole) & 0xFFFFFFFF)
    return bytes(font)
