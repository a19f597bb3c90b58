"""Shipped fonts by role, their metrics, and the fallback chain.

Metrics are the unhinted design advances from the font's hmtx table, read once per face and
cached on disk (marshal, keyed by file size and mtime) so start-up stays fast. Nothing here uses
fonts installed on the machine.
"""
from __future__ import annotations

import marshal
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from layout_app.assets import FONTS_DIR
from layout_app.errors import InputError

CACHE_VERSION = 3
# Marks whose glyph ink must join up when two are set side by side (——): we keep their ink extent.
JOINING_MARKS = "—"


@dataclass(frozen=True)
class FaceSpec:
    key: str          # "song", "song-bold", ...
    role: str         # "song" | "hei" | "kai"
    weight: str       # "regular" | "medium" | "bold"
    file: str         # file name inside assets/fonts
    family: str       # human name
    licence: str      # licence file name inside assets/fonts


FACES: tuple[FaceSpec, ...] = (
    # body type: Medium, not Regular — Regular prints too light at 9 pt on newsprint (issue 11,
    # scripts/body_weight_proof.py); only the weights the templates use are shipped
    FaceSpec("song", "song", "medium", "NotoSerifSC-Medium.ttf", "Noto Serif SC Medium", "OFL-NotoSerifSC.txt"),
    FaceSpec("song-bold", "song", "bold", "NotoSerifSC-Bold.ttf", "Noto Serif SC Bold", "OFL-NotoSerifSC.txt"),
    FaceSpec("hei", "hei", "regular", "NotoSansSC-Regular.ttf", "Noto Sans SC", "OFL-NotoSansSC.txt"),
    FaceSpec("hei-bold", "hei", "bold", "NotoSansSC-Bold.ttf", "Noto Sans SC Bold", "OFL-NotoSansSC.txt"),
    FaceSpec("kai", "kai", "regular", "LXGWWenKai-Regular.ttf", "LXGW WenKai", "OFL-LXGWWenKai.txt"),
)
ROLES = ("song", "hei", "kai")
WEIGHTS = ("regular", "medium", "bold")
_ROLE_ORDER = {"song": ("song", "hei", "kai"), "hei": ("hei", "song", "kai"), "kai": ("kai", "song", "hei")}


class FontFace:
    """One font file: its cmap, advances (in em) and vertical metrics."""

    def __init__(self, spec: FaceSpec, path: Path, advances: dict[int, int], upem: int,
                 ascender: int, descender: int, ink: dict[int, tuple[int, int]] | None = None):
        self.spec = spec
        self.key = spec.key
        self.path = path
        self.upem = upem
        self.ascender = ascender / upem     # typo ascender in em (CJK fonts: top of the em box)
        self.descender = descender / upem   # negative
        # char → advance in em; Python str keys make the hot loops of the line breaker cheap.
        self.advance: dict[str, float] = {chr(cp): adv / upem for cp, adv in advances.items()}
        # left and right edge of the ink of joining marks (——), in em
        self.ink: dict[str, tuple[float, float]] = {chr(cp): (a / upem, b / upem) for cp, (a, b) in (ink or {}).items()}

    def has(self, ch: str) -> bool:
        return ch in self.advance

    def __repr__(self) -> str:
        return f"FontFace({self.key!r}, {self.path.name})"


def _cache_dir() -> Path:
    base = os.environ.get("LAYOUT_APP_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "layout_app" / "fontmetrics"


def _read_metrics(path: Path) -> tuple:
    from fontTools.ttLib import TTFont  # imported lazily: only needed when the cache is cold

    font = TTFont(str(path), lazy=True)
    if "glyf" not in font:
        raise InputError(f"{path}: font has no TrueType (glyf) outlines; it cannot be embedded in the PDF")
    by_gid = _advances_by_glyph_id(font)
    gids = _unicode_glyph_ids(font)
    if gids is None:                     # no format-12 subtable: let fontTools map the names
        order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
        gids = {cp: order[name] for cp, name in font.getBestCmap().items()}
    advances = {cp: by_gid[min(g, len(by_gid) - 1)] for cp, g in gids.items()}
    os2 = font["OS/2"]
    head = font["head"]
    ink = {}
    for ch in JOINING_MARKS:
        g = gids.get(ord(ch))
        bounds = _glyph_x_bounds(font, g, head.indexToLocFormat) if g is not None else None
        if bounds is not None:
            ink[ord(ch)] = bounds
    return advances, head.unitsPerEm, os2.sTypoAscender, os2.sTypoDescender, ink


def _glyph_x_bounds(font, gid: int, loca_format: int) -> tuple[int, int] | None:
    """xMin, xMax from a glyph's header in glyf (via loca), without naming 65,000 glyphs."""
    loca = font.reader["loca"]
    if loca_format:
        start, end = struct.unpack_from(">II", loca, 4 * gid)
    else:
        start, end = (2 * v for v in struct.unpack_from(">HH", loca, 2 * gid))
    if end <= start:
        return None                       # an empty glyph
    contours, x_min, _y_min, x_max, _y_max = struct.unpack_from(">hhhhh", font.reader["glyf"], start)
    return (x_min, x_max) if contours else None


def _advances_by_glyph_id(font) -> list[int]:
    """hmtx read as numbers: fontTools' own decompile keys everything by glyph name, which costs
    most of a cold start for a 65,000-glyph CJK font."""
    data = font.reader["hmtx"]
    n = font["hhea"].numberOfHMetrics
    return [adv for adv, _lsb in struct.iter_unpack(">Hh", data[: 4 * n])]


def _unicode_glyph_ids(font) -> dict[int, int] | None:
    """code point → glyph id from the (3,10) format-12 cmap subtable, or None if there is none."""
    data = font.reader["cmap"]
    _version, count = struct.unpack_from(">HH", data, 0)
    for k in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, 4 + 8 * k)
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6)) and struct.unpack_from(">H", data, offset)[0] == 12:
            n_groups = struct.unpack_from(">I", data, offset + 12)[0]
            out: dict[int, int] = {}
            for start, end, gid in struct.iter_unpack(">III", data[offset + 16: offset + 16 + 12 * n_groups]):
                for cp in range(start, end + 1):
                    out[cp] = gid + cp - start
            return out
    return None


def marshal_cached(cache: Path, compute):
    """`compute()`'s answer kept in a marshal file: read back when there, else computed and written
    atomically. A damaged file is computed again; a read-only cache folder only costs time."""
    try:
        with open(cache, "rb") as fh:
            return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = compute()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp%d" % os.getpid())
        with open(tmp, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, cache)
    except OSError:
        pass
    return data


def _read_metrics_checked(path: Path) -> tuple:
    from fontTools.ttLib import TTLibError  # fontTools only when the cache is cold

    try:
        return _read_metrics(path)
    except InputError:
        raise
    except (TTLibError, struct.error, KeyError, ValueError, AssertionError, IndexError, OSError) as exc:
        raise InputError(f"font file unreadable: {path}: {exc}") from None


def load_face(spec: FaceSpec, fonts_dir: Path = FONTS_DIR) -> FontFace:
    path = fonts_dir / spec.file
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(
            f"font file missing: {path} ({spec.family}, role {spec.role}). "
            "Restore assets/fonts from the project (git checkout assets/fonts).") from None
    cache = _cache_dir() / f"{spec.file}.{st.st_size}.{st.st_mtime_ns}.v{CACHE_VERSION}.marshal"
    data = marshal_cached(cache, lambda: _read_metrics_checked(path))
    advances, upem, asc, desc, ink = data
    return FontFace(spec, path, advances, upem, asc, desc, ink)


class FontRegistry:
    """The shipped faces by key, loaded on first use, with a fallback chain per face."""

    def __init__(self, fonts_dir: Path = FONTS_DIR):
        self.fonts_dir = fonts_dir
        self._faces: dict[str, FontFace] = {}
        self._specs = {s.key: s for s in FACES}
        self._lock = threading.Lock()
        self._chains: dict[str, tuple[FontFace, ...]] = {}
        self._merged: dict[str, dict[str, float]] = {}

    @staticmethod
    def face_key(role: str, weight: str = "regular") -> str:
        if role not in ROLES:
            raise InputError(f"unknown font role {role!r}; use one of {', '.join(ROLES)}")
        if weight not in WEIGHTS:
            raise InputError(f"unknown font weight {weight!r}; use one of {', '.join(WEIGHTS)}")
        # a weight not shipped falls to the role's book face (kai bold → kai; song regular → song Medium)
        return next((s.key for s in FACES if s.role == role and s.weight == weight), role)

    def face(self, key: str) -> FontFace:
        face = self._faces.get(key)
        if face is None:
            if key not in self._specs:
                raise InputError(f"unknown font {key!r}; shipped: {', '.join(self._specs)}")
            with self._lock:
                face = self._faces.get(key)
                if face is None:
                    face = load_face(self._specs[key], self.fonts_dir)
                    self._faces[key] = face
        return face

    def chain(self, key: str) -> tuple[FontFace, ...]:
        """The face itself first, then the others: same weight before other weights."""
        chain = self._chains.get(key)
        if chain is None:
            spec = self._specs[key]
            keys: list[str] = []
            for weight in (spec.weight, "regular", "medium", "bold"):
                for role in _ROLE_ORDER[spec.role]:
                    k = self.face_key(role, weight)
                    if k not in keys:
                        keys.append(k)
            chain = tuple(self.face(k) for k in keys)
            self._chains[key] = chain
        return chain

    def merged_advances(self, key: str) -> dict[str, float]:
        """char → advance (em) from the first face of the chain that has the char."""
        merged = self._merged.get(key)
        if merged is None:
            merged = {}
            for face in reversed(self.chain(key)):
                merged.update(face.advance)
            self._merged[key] = merged
        return merged

    def joining_ink(self, key: str) -> dict[str, tuple[float, float]]:
        """Ink extents (em) of the joining marks as the chain sets them."""
        out: dict[str, tuple[float, float]] = {}
        for face in reversed(self.chain(key)):
            for ch in JOINING_MARKS:
                if ch in face.advance:
                    out.pop(ch, None)
                    if ch in face.ink:
                        out[ch] = face.ink[ch]
        return out

    def face_for(self, key: str, ch: str) -> FontFace | None:
        for face in self.chain(key):
            if ch in face.advance:
                return face
        return None

    def missing(self, text: str, key: str = "song") -> list[tuple[int, str]]:
        """(offset, character) for every character that no face in the chain can set."""
        chain = self.chain(key)
        uncovered = {ch for ch in set(text) if not ch.isspace() and not any(ch in f.advance for f in chain)}
        return [(i, ch) for i, ch in enumerate(text) if ch in uncovered]

    def load_all(self) -> None:
        for spec in FACES:
            self.face(spec.key)


_default: FontRegistry | None = None


def registry() -> FontRegistry:
    """The process-wide registry of shipped fonts (read-only after load)."""
    global _default
    if _default is None:
        _default = FontRegistry()
    return _default
