"""Vertical (竖排) setting: characters stacked top to bottom, in the fonts' vertical forms.

A character's vertical glyph comes from the font's `vert`/`vrt2` GSUB lookups (brackets, quotes,
。，、：…); a mark the font gives no substitution but Unicode gives a vertical presentation form
(— → ︱, ‥ → ︰) takes that form's glyph. Each glyph advances by its `vmtx` height (1 em without
vmtx) and hangs from its vertical origin: yMax + top side bearing, as OpenType defines it for
TrueType outlines. Latin letters and digits (ASCII): one or two stand upright side by side in one
cell (纵中横: 2026年11月 → 11 in one cell); three or more lie turned 90° clockwise along the column,
as a Latin word in Chinese vertical text does (clreq §3.1.6).

What this needs from a font is read by glyph id when asked (cmap, vmtx, glyf yMax: text/sfnt.py);
the vertical substitutions, which need fontTools, are cached on disk, so a fresh process does not
parse the font.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from layout_app.text.fonts import FontRegistry, _cache_dir, marshal_cached, registry
from layout_app.text.sfnt import Sfnt

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


CACHE_VERSION = 2      # 2: only the vertical substitutions; the rest is read from the font on demand


def _read_substitutions(path: Path) -> dict[int, int]:
    """glyph id → its vertical form from the font's `vert`/`vrt2` lookups: fontTools names every
    glyph, which costs ~0.6 s for a CJK font, so this runs only when the on-disk cache is cold."""
    from fontTools.ttLib import TTFont  # only when the cache is cold

    font = TTFont(str(path), lazy=True)
    subst: dict[int, int] = {}
    if "GSUB" in font:
        gid = {name: i for i, name in enumerate(font.getGlyphOrder())}
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
    return subst


def _load(path: Path) -> dict[int, int]:
    """_read_substitutions' answer from the cache, keyed by the font file's size and mtime."""
    st = path.stat()
    cache = _cache_dir() / f"{path.name}.{st.st_size}.{st.st_mtime_ns}.vertical.v{CACHE_VERSION}.marshal"
    return marshal_cached(cache, lambda: _read_substitutions(path))


class VerticalFace:
    """The vertical forms and metrics of one font file, by glyph id: the substitutions cached on
    disk, cmap, vmtx and glyph heights read from the font when asked."""

    def __init__(self, path):
        self.sfnt = Sfnt(Path(path))
        self.subst = _load(Path(path))
        self.upem = self.sfnt.upem
        self.ascender = (self.sfnt.ascender if "OS/2" in self.sfnt.tables else self.upem * 0.88) / self.upem

    def glyph(self, ch: str) -> tuple[int, bool]:
        """(glyph id, whether it is a vertical form) for `ch`."""
        gid = self.sfnt.glyph_id(ord(ch))
        if gid is None:
            return 0, False
        vert = self.subst.get(gid)
        if vert is None and ch in PRESENTATION:
            vert = self.sfnt.glyph_id(ord(PRESENTATION[ch]))
        if vert is not None and vert != gid:
            return vert, True
        return gid, False

    def metrics(self, gid: int) -> tuple[float, float, float]:
        """(vertical advance, distance from the top of the cell down to the baseline, horizontal
        advance), in em."""
        sfnt = self.sfnt
        hadv = sfnt.h_advance(gid) / self.upem
        vertical = sfnt.v_metrics(gid)
        if vertical is None:
            return 1.0, self.ascender, hadv
        vadv, tsb = vertical
        box = sfnt.glyph_box(gid)
        top = (box[3] + tsb) / self.upem if box is not None else self.ascender
        return vadv / self.upem, top, hadv


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
    tops: tuple[float, ...] = ()  # where each character's cell starts, pt from the column's top (a
                                  # caret before it); two upright in one cell (纵中横) take half each


LATIN = re.compile(r"[A-Za-z0-9]+")
UPRIGHT_MAX = 2              # this many Latin letters or digits share one upright cell (纵中横)


def set_column(text: str, size: float, face_key: str, fonts: FontRegistry | None = None) -> VerticalColumn:
    """One column of `text` at `size` pt: each character centred on the column's axis, stepping
    down by its vertical advance; Latin runs upright in one cell or turned (see the module)."""
    fonts = fonts or registry()
    vf = vertical_face(face_key, fonts)
    glyphs, xs, ys, turns, tops = [], [], [], [], []
    top = 0.0
    latin = {m.start(): m.end() for m in LATIN.finditer(text)}
    i = 0
    while i < len(text):
        end = latin.get(i)
        if end is None:
            gid, _ = vf.glyph(text[i])
            vadv, origin, hadv = vf.metrics(gid)
            glyphs.append(gid)
            tops.append(top)
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
            for k, (g, a) in enumerate(zip(run, advances)):
                glyphs.append(g)
                tops.append(top + k * size / len(run))
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
                tops.append(top)
                xs.append(base_x)
                ys.append(top)
                turns.append(True)
                top += a
        i = end
    return VerticalColumn(text, tuple(glyphs), tuple(xs), tuple(ys), top,
                          tuple(turns) if any(turns) else None, tuple(tops))


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
