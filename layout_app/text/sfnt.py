"""A TrueType font file read by glyph id on demand: the table directory, the Unicode cmap (format 12,
else format 4), hmtx, vmtx and the glyph headers in glyf, from a memory map of the file.

A page that uses 2,000 characters reads 2,000 advances, not a face's 30,000+: nothing is parsed
ahead and nothing needs a cache on disk (the operating system keeps the pages that were read).
"""
from __future__ import annotations

import mmap
import struct
import sys
from array import array
from bisect import bisect_right
from pathlib import Path

from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice

# a font file that cannot be used (the editor translates them: errors.Notice, scripts/zh/files.py)
UNREADABLE = QT_TRANSLATE_NOOP("Intake", "font file unreadable: {path}: {reason}")
NO_OUTLINES = QT_TRANSLATE_NOOP("Intake", "{path}: font has no TrueType (glyf) outlines; it cannot be embedded in the PDF")


def _be_array(code: str, data: bytes) -> array:
    """Big-endian numbers as a native array (one C-level pass)."""
    out = array(code, data)
    if sys.byteorder == "little":
        out.byteswap()
    return out


class Sfnt:
    """One TrueType (glyf) font file, memory-mapped; every answer is by glyph id or code point."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            with open(self.path, "rb") as fh:
                self.data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            self._read_directory()
        except (OSError, ValueError, struct.error, KeyError) as exc:
            raise InputError(Notice(UNREADABLE, path=self.path, reason=exc)) from None

    def _read_directory(self) -> None:
        data = self.data
        (count,) = struct.unpack_from(">H", data, 4)
        self.tables: dict[str, tuple[int, int]] = {}
        for k in range(count):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * k)
            if offset + length > len(data):
                raise ValueError(f"table {tag.decode('latin-1')} runs past the end of the file")
            self.tables[tag.decode("latin-1")] = (offset, length)
        if "glyf" not in self.tables:
            raise InputError(Notice(NO_OUTLINES, path=self.path))
        head = self.tables["head"][0]
        self.upem, = struct.unpack_from(">H", data, head + 18)
        self.bbox = struct.unpack_from(">hhhh", data, head + 36)            # xMin, yMin, xMax, yMax
        self.long_loca = struct.unpack_from(">h", data, head + 50)[0] == 1
        maxp = self.tables["maxp"][0]
        self.glyph_count, = struct.unpack_from(">H", data, maxp + 4)
        # maxp 1.0 says how many components a composite glyph has at most: none, no composites
        version, = struct.unpack_from(">I", data, maxp)
        self.composites = version != 0x00010000 or struct.unpack_from(">H", data, maxp + 30)[0] > 0
        self.n_hmetrics, = struct.unpack_from(">H", data, self.tables["hhea"][0] + 34)
        hhea = self.tables["hhea"][0]
        if "OS/2" in self.tables:
            self.ascender, self.descender = struct.unpack_from(">hh", data, self.tables["OS/2"][0] + 68)
        else:
            self.ascender, self.descender = struct.unpack_from(">hh", data, hhea + 4)
        self.n_vmetrics = struct.unpack_from(">H", data, self.tables["vhea"][0] + 34)[0] \
            if "vhea" in self.tables and "vmtx" in self.tables else 0
        self._cmap()
        self._known: dict[int, int | None] = {}          # code points looked up so far

    def table(self, tag: str) -> bytes:
        offset, length = self.tables[tag]
        return self.data[offset: offset + length]

    # code point → glyph id ------------------------------------------------------------------
    def _cmap(self) -> None:
        data = self.data
        base = self.tables["cmap"][0]
        _version, count = struct.unpack_from(">HH", data, base)
        subtables = {}
        for k in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", data, base + 4 + 8 * k)
            fmt, = struct.unpack_from(">H", data, base + offset)
            subtables[(platform, encoding, fmt)] = base + offset
        for key in ((3, 10, 12), (0, 4, 12), (0, 6, 12), (0, 3, 12)):
            if key in subtables:
                at = subtables[key]
                n, = struct.unpack_from(">I", data, at + 12)
                groups = _be_array("I", data[at + 16: at + 16 + 12 * n])
                self._starts, self._ends, self._gids = groups[0::3], groups[1::3], groups[2::3]
                self._f4 = None
                return
        for key in ((3, 1, 4), (0, 3, 4), (0, 4, 4), (0, 1, 4), (0, 0, 4)):
            if key in subtables:
                at = subtables[key]
                seg2, = struct.unpack_from(">H", data, at + 6)
                ends = _be_array("H", data[at + 14: at + 14 + seg2])
                starts = _be_array("H", data[at + 16 + seg2: at + 16 + 2 * seg2])
                deltas = _be_array("h", data[at + 16 + 2 * seg2: at + 16 + 3 * seg2])
                range_at = at + 16 + 3 * seg2
                ranges = _be_array("H", data[range_at: range_at + seg2])
                self._starts, self._ends, self._gids = starts, ends, None
                self._f4 = (deltas, ranges, range_at)
                return
        raise ValueError("no Unicode cmap subtable (format 12 or 4)")

    def glyph_id(self, cp: int) -> int | None:
        """The glyph for code point `cp`, or None when the font does not map it."""
        gid = self._known.get(cp, -1)
        if gid == -1:
            gid = self._known[cp] = self._glyph_id(cp)
        return gid

    def _glyph_id(self, cp: int) -> int | None:
        k = bisect_right(self._starts, cp) - 1
        if k < 0 or cp > self._ends[k]:
            return None
        if self._f4 is None:
            gid = self._gids[k] + cp - self._starts[k]
        else:
            deltas, ranges, range_at = self._f4
            if ranges[k] == 0:
                gid = (cp + deltas[k]) & 0xFFFF
            else:
                at = range_at + 2 * k + ranges[k] + 2 * (cp - self._starts[k])
                gid, = struct.unpack_from(">H", self.data, at)
                gid = (gid + deltas[k]) & 0xFFFF if gid else 0
        return gid if 0 < gid < self.glyph_count else None

    # metrics by glyph id --------------------------------------------------------------------
    def h_advance(self, gid: int) -> int:
        """The advance width (font units); glyphs past numberOfHMetrics keep the last one."""
        at = self.tables["hmtx"][0] + 4 * min(gid, self.n_hmetrics - 1)
        return struct.unpack_from(">H", self.data, at)[0]

    def v_metrics(self, gid: int) -> tuple[int, int] | None:
        """(advance height, top side bearing) from vmtx, or None without one."""
        if not self.n_vmetrics:
            return None
        base = self.tables["vmtx"][0]
        n = self.n_vmetrics
        if gid < n:
            return struct.unpack_from(">Hh", self.data, base + 4 * gid)
        adv, = struct.unpack_from(">H", self.data, base + 4 * (n - 1))
        tsb, = struct.unpack_from(">h", self.data, base + 4 * n + 2 * (gid - n))
        return adv, tsb

    def glyph_span(self, gid: int) -> tuple[int, int]:
        """Where glyph `gid`'s outline lies inside glyf (start, end; equal for an empty glyph)."""
        loca = self.tables["loca"][0]
        if self.long_loca:
            return struct.unpack_from(">II", self.data, loca + 4 * gid)
        start, end = struct.unpack_from(">HH", self.data, loca + 2 * gid)
        return 2 * start, 2 * end

    def glyph_box(self, gid: int) -> tuple[int, int, int, int] | None:
        """xMin, yMin, xMax, yMax from the glyph's header, or None for an empty glyph."""
        start, end = self.glyph_span(gid)
        if end <= start:
            return None
        at = self.tables["glyf"][0] + start
        contours, x0, y0, x1, y1 = struct.unpack_from(">hhhhh", self.data, at)
        return (x0, y0, x1, y1) if contours else None
