"""Vertical (竖排) setting: characters stacked top to bottom, in the fonts' vertical forms.

A character's vertical glyph comes from the font's `vert`/`vrt2` GSUB lookups (brackets, quotes,
。，、：…); a mark the font gives no substitution but Unicode gives a vertical presentation form
(— → ︱, ‥ → ︰) takes that form's glyph. Each glyph advances by its `vmtx` height (1 em without
vmtx) and hangs from its vertical origin: yMax + top side bearing, as OpenType defines it for
TrueType outlines. Latin letters and digits (ASCII): one or two stand upright side by side in one
cell (纵中横: 2026年11月 → 11 in one cell); three or more lie turned 90° clockwise along the column,
as a Latin word in Chinese vertical text does (clreq §3.1.6).

What this needs from a font (cmap, vertical substitutions, vmtx, glyf yMax) is read by glyph id
and cached on disk next to the horizontal metrics, so a fresh process does not parse the font.
"""
from __future__ import annotations

import re
import struct
import threading
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from layout_app.text.fonts import FontRegistry, _cache_dir, marshal_cached, registry

_lock = threading.Lock()


def _presentation_forms() -> dict[str, str]:
    """char → its vertical presentation form, from Unicode's <vertical> decompositions."""
    out: dict[str, str] = {}
    for cp in list(range(0xFE10, 0xFE1A)) + list(range(0xFE30, 0xFE50)):
        dec = unicodedata.decomposition(chr(cp))
        if dec.startswith("<vertical>"):
            out.setdefault(chr(int(dec.split()[1], 16)), chr(cp))
    return out


PRESENTATION = _presentation_forms()


CACHE_VERSION = 1
_NO_OUTLINE = -(2 ** 31)     # origin of an empty glyph: it hangs from the ascender


def _read_vertical(path: Path) -> tuple:
    """What vertical setting needs from a font, by glyph id: fontTools names every glyph, which
    costs ~0.6 s for a CJK font, so this runs only when the on-disk cache is cold."""
    from fontTools.ttLib import TTFont  # only when the cache is cold

    font = TTFont(str(path), lazy=True)
    upem = font["head"].unitsPerEm
    gid = {name: i for i, name in enumerate(font.getGlyphOrder())}
    cmap = {cp: gid[name] for cp, name in font.getBestCmap().items()}
    subst: dict[int, int] = {}
    if "GSUB" in font:
        table = font["GSUB"].table
        lookups: set[int] = set()
        for rec in table.FeatureList.FeatureRecord:
            if rec.FeatureTag in ("vert", "vrt2"):
                lookups.update(rec.Feature.LookupListIndex)
        for i in sorted(lookups):
            for sub in table.LookupList.Lookup[i].SubTable:
                sub = getattr(sub, "ExtSubTable", sub)      # extension lookups (type 7)
                for a, b in (getattr(sub, "mapping", None) or {}).items():
                    subst[gid[a]] = gid[b]
    ascender = font["OS/2"].sTypoAscender if "OS/2" in font else upem * 0.88
    count = len(gid)
    hadv = _long_metrics(font.reader["hmtx"], font["hhea"].numberOfHMetrics, count)[0]
    vadv = origin = None
    if "vmtx" in font:
        vadv, tsb = _long_metrics(font.reader["vmtx"], font["vhea"].numberOfVMetrics, count)
        loca, glyf = font.reader["loca"], font.reader["glyf"]
        long_loca = font["head"].indexToLocFormat
        origin = array("i", [_NO_OUTLINE]) * count
        for g in range(count):
            if long_loca:
                start, end = struct.unpack_from(">II", loca, 4 * g)
            else:
                start, end = (2 * v for v in struct.unpack_from(">HH", loca, 2 * g))
            if end > start:
                contours, _x0, _y0, _x1, y_max = struct.unpack_from(">hhhhh", glyf, start)
                if contours:
                    origin[g] = y_max + tsb[g]
        vadv, origin = vadv.tobytes(), origin.tobytes()
    return upem, ascender, cmap, subst, hadv.tobytes(), vadv, origin


def _long_metrics(data: bytes, n_long: int, count: int) -> tuple[array, list[int]]:
    """(advances, side bearings) of every glyph from an hmtx/vmtx table: n_long (advance, bearing)
    pairs, then bearings only; the glyphs past n_long keep the last advance."""
    pairs = list(struct.iter_unpack(">Hh", data[: 4 * n_long]))
    rest = count - n_long
    bearings = [b for _a, b in pairs] + list(struct.unpack_from(f">{rest}h", data, 4 * n_long))
    return array("H", [a for a, _b in pairs] + [pairs[-1][0]] * rest), bearings


def _load(path: Path) -> tuple:
    """_read_vertical's answer from the cache, keyed like the horizontal metrics (text/fonts.py)."""
    st = path.stat()
    cache = _cache_dir() / f"{path.name}.{st.st_size}.{st.st_mtime_ns}.vertical.v{CACHE_VERSION}.marshal"
    return marshal_cached(cache, lambda: _read_vertical(path))


class VerticalFace:
    """The vertical forms and metrics of one font file, by glyph id (cached on disk)."""

    def __init__(self, path):
        upem, ascender, self.cmap, self.subst, hadv, vadv, origin = _load(Path(path))
        self.upem = upem
        self.ascender = ascender / upem
        self._hadv = array("H", hadv)
        self._vadv = array("H", vadv) if vadv is not None else None
        self._origin = array("i", origin) if origin is not None else None

    def glyph(self, ch: str) -> tuple[int, bool]:
        """(glyph id, whether it is a vertical form) for `ch`."""
        gid = self.cmap.get(ord(ch))
        if gid is None:
            return 0, False
        vert = self.subst.get(gid)
        if vert is None and ch in PRESENTATION:
            vert = self.cmap.get(ord(PRESENTATION[ch]))
        if vert is not None and vert != gid:
            return vert, True
        return gid, False

    def metrics(self, gid: int) -> tuple[float, float, float]:
        """(vertical advance, distance from the top of the cell down to the baseline, horizontal
        advance), in em."""
        hadv = self._hadv[gid] / self.upem
        if self._vadv is None:
            return 1.0, self.ascender, hadv
        origin = self._origin[gid]
        return (self._vadv[gid] / self.upem,
                origin / self.upem if origin != _NO_OUTLINE else self.ascender, hadv)


@lru_cache(maxsize=16)
def _vertical_face(path: str) -> VerticalFace:
    return VerticalFace(path)


def vertical_face(face_key: str, fonts: FontRegistry | None = None) -> VerticalFace:
    with _lock:
        return _vertical_face(str((fonts or registry()).face(face_key).path))


@dataclass(frozen=True, slots=True)
class VerticalColumn:
    text: str
    glyphs: tuple[int, ...]      # glyph ids to draw (vertical forms where the font has them)
    xs: tuple[float, ...]        # glyph origin of each character, pt from the column's centre
    ys: tuple[float, ...]        # baseline of each character, pt from the column's top
    height: float                # pt the column takes
    turns: tuple[bool, ...] | None = None    # characters lying turned 90° clockwise (Latin words)


LATIN = re.compile(r"[A-Za-z0-9]+")
UPRIGHT_MAX = 2              # this many Latin letters or digits share one upright cell (纵中横)


def set_column(text: str, size: float, face_key: str, fonts: FontRegistry | None = None) -> VerticalColumn:
    """One column of `text` at `size` pt: each character centred on the column's axis, stepping
    down by its vertical advance; Latin runs upright in one cell or turned (see the module)."""
    fonts = fonts or registry()
    vf = vertical_face(face_key, fonts)
    glyphs, xs, ys, turns = [], [], [], []
    top = 0.0
    latin = {m.start(): m.end() for m in LATIN.finditer(text)}
    i = 0
    while i < len(text):
        end = latin.get(i)
        if end is None:
            gid, _ = vf.glyph(text[i])
            vadv, origin, hadv = vf.metrics(gid)
            glyphs.append(gid)
            xs.append(-hadv * size / 2.0)
            ys.append(top + origin * size)
            turns.append(False)
            top += vadv * size
            i += 1
            continue
        run = [(vf.glyph(ch)[0]) for ch in text[i:end]]
        advances = [vf.metrics(g)[2] * size for g in run]
        if end - i <= UPRIGHT_MAX:
            # upright, side by side in one cell of 1 em, centred on the axis
            x = -sum(advances) / 2.0
            for g, a in zip(run, advances):
                glyphs.append(g)
                xs.append(x)
                ys.append(top + vf.ascender * size)
                turns.append(False)
                x += a
            top += size
        else:
            # turned 90° clockwise: the baseline runs down the column, the em box centred on the axis
            base_x = -(vf.ascender - 0.5) * size
            for g, a in zip(run, advances):
                glyphs.append(g)
                xs.append(base_x)
                ys.append(top)
                turns.append(True)
                top += a
        i = end
    return VerticalColumn(text, tuple(glyphs), tuple(xs), tuple(ys), top,
                          tuple(turns) if any(turns) else None)


def break_columns(text: str, size: float, height: float, face_key: str,
                  fonts: FontRegistry | None = None) -> list[VerticalColumn]:
    """`text` in columns no taller than `height` pt (a character never starts a column if it may
    not start a line, as in horizontal setting — it joins the column before)."""
    from layout_app.text.punct import NO_END, NO_START

    fonts = fonts or registry()
    vf = vertical_face(face_key, fonts)
    cols: list[str] = []
    current = ""
    used = 0.0
    for ch in text:
        adv = vf.metrics(vf.glyph(ch)[0])[0] * size
        if current and used + adv > height + 1e-6 and ch not in NO_START["gb"] and current[-1] not in NO_END["gb"]:
            cols.append(current)
            current, used = "", 0.0
        current += ch
        used += adv
    if current:
        cols.append(current)
    return [set_column(c, size, face_key, fonts) for c in cols]
