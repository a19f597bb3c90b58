"""Vertical (竖排) setting: characters stacked top to bottom, in the fonts' vertical forms.

A character's vertical glyph comes from the font's `vert`/`vrt2` GSUB lookups (brackets, quotes,
。，、：…); a mark the font gives no substitution but Unicode gives a vertical presentation form
(— → ︱, ‥ → ︰) takes that form's glyph. Each glyph advances by its `vmtx` height (1 em without
vmtx) and hangs from its vertical origin: yMax + top side bearing, as OpenType defines it for
TrueType outlines. Latin letters and digits (ASCII): one or two stand upright side by side in one
cell (纵中横: 2026年11月 → 11 in one cell); three or more lie turned 90° clockwise along the column,
as a Latin word in Chinese vertical text does (clreq §3.1.6).
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from layout_app.text.fonts import FontRegistry, registry

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


class VerticalFace:
    """The vertical forms and metrics of one font file, read with fontTools."""

    def __init__(self, path):
        from fontTools.ttLib import TTFont

        font = TTFont(str(path), lazy=True)
        self.upem = font["head"].unitsPerEm
        self.cmap = font.getBestCmap()
        order = font.getGlyphOrder()
        self._gid = {name: i for i, name in enumerate(order)}
        self._names = order
        self.subst: dict[str, str] = {}
        if "GSUB" in font:
            table = font["GSUB"].table
            lookups: set[int] = set()
            for rec in table.FeatureList.FeatureRecord:
                if rec.FeatureTag in ("vert", "vrt2"):
                    lookups.update(rec.Feature.LookupListIndex)
            for i in sorted(lookups):
                lookup = table.LookupList.Lookup[i]
                for sub in lookup.SubTable:
                    sub = getattr(sub, "ExtSubTable", sub)      # extension lookups (type 7)
                    self.subst.update(getattr(sub, "mapping", None) or {})
        self.vmtx = font["vmtx"].metrics if "vmtx" in font else None
        ascender = font["OS/2"].sTypoAscender if "OS/2" in font else self.upem * 0.88
        self.ascender = ascender / self.upem
        self._glyf = font["glyf"]
        self._hmtx = font["hmtx"].metrics

    def glyph(self, ch: str) -> tuple[int, bool]:
        """(glyph id, whether it is a vertical form) for `ch`."""
        name = self.cmap.get(ord(ch))
        if name is None:
            return 0, False
        vert = self.subst.get(name)
        if vert is None and ch in PRESENTATION:
            vert = self.cmap.get(ord(PRESENTATION[ch]))
        if vert is not None and vert != name:
            return self._gid[vert], True
        return self._gid[name], False

    def metrics(self, gid: int) -> tuple[float, float, float]:
        """(vertical advance, distance from the top of the cell down to the baseline, horizontal
        advance), in em."""
        name = self._names[gid]
        hadv = self._hmtx[name][0] / self.upem
        if self.vmtx is None or name not in self.vmtx:
            return 1.0, self.ascender, hadv
        vadv, tsb = self.vmtx[name]
        glyph = self._glyf[name]
        y_max = getattr(glyph, "yMax", None)
        origin = (y_max + tsb) / self.upem if y_max is not None and glyph.numberOfContours else self.ascender
        return vadv / self.upem, origin, hadv


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
