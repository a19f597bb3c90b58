"""The shipped faces registered with reportlab (embedded as subsets with ToUnicode maps).

reportlab parses a 30,000-glyph CJK font in pure Python on every start (~50 ms a face). The parsed
tables are kept on disk (pickle, keyed by the font file and the reportlab version) and the font
bytes read back; if anything about that cache is off, the font is simply parsed again."""
from __future__ import annotations

import copy
import os
import pickle
import weakref
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from layout_app.text.fonts import FACES, registry

PREFIX = "LA-"


def _cache_file(path: Path) -> Path:
    base = os.environ.get("LAYOUT_APP_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    st = path.stat()
    return Path(base) / "layout_app" / "reportlab" / f"{path.name}.{st.st_size}.{st.st_mtime_ns}.rl{reportlab.Version}.pickle"


def _load(name: str, path: Path) -> TTFont:
    cache = _cache_file(path)
    try:
        with open(cache, "rb") as fh:
            state = pickle.load(fh)
        font = TTFont.__new__(TTFont)
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(state["face"])
        face._ttf_data = path.read_bytes()
        upem = face.unitsPerEm
        face._pdfScale = (lambda x: x) if upem == 1000 else (lambda x, k=1000.0 / upem: x * k)
        font.__dict__.update(state["font"])
        font.state = weakref.WeakKeyDictionary()     # subset state per PDF document, as reportlab keeps it
        font.face = face
        font.fontName = name
        return font
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, KeyError, TypeError, ValueError):
        pass                                # no usable cache (or another reportlab's): parse again
    font = TTFont(name, str(path))
    try:
        face_state = {k: v for k, v in font.face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
        font_state = {k: v for k, v in font.__dict__.items() if k not in ("face", "state")}
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump({"face": face_state, "font": font_state}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except (OSError, pickle.PicklingError):
        pass                                # no cache: the next start parses again
    return font


def pdf_font(face: str) -> str:
    """The reportlab name of a shipped face, registered on first use."""
    name = PREFIX + face
    if name not in pdfmetrics.getRegisteredFontNames():
        path = registry().face(face).path          # a missing font file is a clear InputError here
        pdfmetrics.registerFont(_load(name, path))
    return name


def pdf_vertical_font(face: str, text: str, glyphs: tuple[int, ...]) -> str:
    """The reportlab name of a face's vertical variant: its cmap sends each character of vertical
    runs to the glyph the engine chose (the vertical form), so the subset embeds that glyph and
    the ToUnicode map gives the character back. Registered on first use, extended per run."""
    name = PREFIX + face + "-vert"
    if name not in pdfmetrics.getRegisteredFontNames():
        # a copy of the registered face (not a second parse or cache read: ~50 ms a face)
        base = pdfmetrics.getFont(pdf_font(face))
        font = TTFont.__new__(TTFont)
        font.__dict__.update(base.__dict__)
        font.face = copy.copy(base.face)
        font.face.charToGlyph = dict(base.face.charToGlyph)     # the variant's own cmap
        font.face.charWidths = dict(base.face.charWidths)
        font.state = weakref.WeakKeyDictionary()                # its own subset per PDF document
        font.fontName = name
        # reportlab registers a second font of a face already known as that first font: the variant's
        # cmap would then overwrite the horizontal one (（ drawn as ︵ in horizontal text)
        font.face.name = base.face.name + b"-Vertical"
        pdfmetrics.registerFont(font)
    face_obj = pdfmetrics.getFont(name).face
    scale = 1000.0 / face_obj.unitsPerEm
    for ch, gid in zip(text, glyphs):
        code = ord(ch)
        if face_obj.charToGlyph.get(code) != gid:
            face_obj.charToGlyph[code] = gid
            face_obj.charWidths[code] = face_obj.hmetrics[gid][0] * scale
    return name


def all_faces() -> list[str]:
    return [f.key for f in FACES]
