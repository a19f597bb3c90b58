"""Shipped fonts by role, their metrics, and the fallback chain.

Metrics are the unhinted design advances from the font's hmtx table, read through its cmap on
first use of each character (text/sfnt.py): start-up touches only what the page uses. Nothing here
uses fonts installed on the machine.
"""
from __future__ import annotations

import marshal
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from layout_app.assets import FONTS_DIR
from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice
from layout_app.text.sfnt import Sfnt

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


_MISS = object()


class _OnDemand(dict):
    """A dict of char → advance that reads a character on its first ask (`_read`, which stores it)
    and answers `get`, `in` and `[]` as a dict does."""

    __slots__ = ()

    def _read(self, ch) -> float | None:
        raise NotImplementedError

    def get(self, ch, default=None):
        adv = dict.get(self, ch, _MISS)
        if adv is _MISS:
            adv = self._read(ch)
            return default if adv is None else adv
        return adv

    def __contains__(self, ch) -> bool:
        return dict.__contains__(self, ch) or self._read(ch) is not None

    def __missing__(self, ch):
        adv = self._read(ch)
        if adv is None:
            raise KeyError(ch)
        return adv


class Advances(_OnDemand):
    """char → advance in em, read from the font on first ask and kept: a dict to the hot loops of
    the line breaker (`get`, `in`, `[]`), but only the characters a page uses are ever read."""

    __slots__ = ("_sfnt", "_absent")

    def __init__(self, sfnt: Sfnt):
        super().__init__()
        self._sfnt = sfnt
        self._absent: set[str] = set()

    def _read(self, ch) -> float | None:
        if ch in self._absent or not isinstance(ch, str) or len(ch) != 1:
            return None
        sfnt = self._sfnt
        gid = sfnt.glyph_id(ord(ch))
        if gid is None:
            self._absent.add(ch)
            return None
        adv = sfnt.h_advance(gid) / sfnt.upem
        dict.__setitem__(self, ch, adv)
        return adv


class ChainAdvances(_OnDemand):
    """char → advance (em) from the first face of a fallback chain that has the char, looked up
    on first ask like `Advances`."""

    __slots__ = ("_faces", "_absent", "_plain")

    def __init__(self, faces: tuple["FontFace", ...]):
        super().__init__()
        self._faces = faces
        self._absent: set[str] = set()
        self._plain: dict[str, float] = {}

    def plain(self, text: str) -> dict[str, float]:
        """A plain dict (the segmenter's loop runs at dict speed) that holds every character of
        `text` the chain has; a character it lacks is not in it."""
        plain = self._plain
        new = set(text).difference(plain)
        if new:
            new.difference_update(self._absent)
            for ch in new:
                adv = self.get(ch)
                if adv is not None:
                    plain[ch] = adv
        return plain

    def _read(self, ch) -> float | None:
        if ch in self._absent:
            return None
        for face in self._faces:
            adv = face.advance.get(ch)
            if adv is not None:
                dict.__setitem__(self, ch, adv)
                return adv
        self._absent.add(ch)
        return None


class FontFace:
    """One font file: its cmap, advances (in em, read on demand) and vertical metrics."""

    def __init__(self, spec: FaceSpec, sfnt: Sfnt):
        self.spec = spec
        self.key = spec.key
        self.path = sfnt.path
        self.sfnt = sfnt
        upem = self.upem = sfnt.upem
        self.ascender = sfnt.ascender / upem     # typo ascender in em (CJK fonts: top of the em box)
        self.descender = sfnt.descender / upem   # negative
        self.top = sfnt.bbox[3] / upem           # the highest ink of any glyph (head yMax), in em
        # char → advance in em; Python str keys make the hot loops of the line breaker cheap.
        self.advance = Advances(sfnt)
        self._gids: dict[str, int] = {}
        # left and right edge of the ink of joining marks (——), in em
        self.ink: dict[str, tuple[float, float]] = {}
        for ch in JOINING_MARKS:
            gid = sfnt.glyph_id(ord(ch))
            box = sfnt.glyph_box(gid) if gid is not None else None
            if box is not None:
                self.ink[ch] = (box[0] / upem, box[2] / upem)

    def glyph_id(self, ch: str) -> int | None:
        return self.sfnt.glyph_id(ord(ch))

    def glyph_ids(self, text: str) -> list[int]:
        """The face's glyph for each character of `text`; 0 (.notdef) where it has none."""
        gids = self._gids
        out = list(map(gids.get, text))
        if None in out:
            for ch in set(text).difference(gids):
                gids[ch] = self.sfnt.glyph_id(ord(ch)) or 0
            out = list(map(gids.__getitem__, text))
        return out

    def has(self, ch: str) -> bool:
        return ch in self.advance

    def __repr__(self) -> str:
        return f"FontFace({self.key!r}, {self.path.name})"


def _cache_dir() -> Path:
    base = os.environ.get("LAYOUT_APP_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "layout_app" / "fontmetrics"


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


# a font that cannot be used (the editor translates them: errors.Notice, scripts/zh/files.py)
FONT_MISSING = QT_TRANSLATE_NOOP("Intake", "font file missing: {path} ({family}, role {role}). "
                                           "Restore assets/fonts from the project (git checkout assets/fonts).")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Intake", "unknown font role {role}; use one of {roles}")
UNKNOWN_WEIGHT = QT_TRANSLATE_NOOP("Intake", "unknown font weight {weight}; use one of {weights}")
UNKNOWN_FONT = QT_TRANSLATE_NOOP("Intake", "unknown font {key}; shipped: {shipped}")


def load_face(spec: FaceSpec, fonts_dir: Path = FONTS_DIR) -> FontFace:
    path = fonts_dir / spec.file
    if not path.exists():
        raise InputError(Notice(FONT_MISSING, path=path, family=spec.family, role=spec.role))
    return FontFace(spec, Sfnt(path))


class FontRegistry:
    """The shipped faces by key, loaded on first use, with a fallback chain per face."""

    def __init__(self, fonts_dir: Path = FONTS_DIR):
        self.fonts_dir = fonts_dir
        self._faces: dict[str, FontFace] = {}
        self._specs = {s.key: s for s in FACES}
        self._lock = threading.Lock()
        self._chains: dict[str, tuple[FontFace, ...]] = {}
        self._merged: dict[str, ChainAdvances] = {}

    @staticmethod
    def face_key(role: str, weight: str = "regular") -> str:
        if role not in ROLES:
            raise InputError(Notice(UNKNOWN_ROLE, role=repr(role), roles=", ".join(ROLES)))
        if weight not in WEIGHTS:
            raise InputError(Notice(UNKNOWN_WEIGHT, weight=repr(weight), weights=", ".join(WEIGHTS)))
        # a weight not shipped falls to the role's book face (kai bold → kai; song regular → song Medium)
        return next((s.key for s in FACES if s.role == role and s.weight == weight), role)

    def face(self, key: str) -> FontFace:
        face = self._faces.get(key)
        if face is None:
            if key not in self._specs:
                raise InputError(Notice(UNKNOWN_FONT, key=repr(key), shipped=", ".join(self._specs)))
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
            merged = self._merged[key] = ChainAdvances(self.chain(key))
        return merged

    def advances_for(self, key: str, text: str) -> dict[str, float]:
        """`merged_advances` as a plain dict holding at least every character of `text`."""
        return self.merged_advances(key).plain(text)

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
