"""Turn set lines into glyph runs: one run per face, falling back along the face's chain.
A character no shipped face has is never drawn (reportlab would draw .notdef): it is reported."""
from __future__ import annotations

from layout_app.layout.display import BLACK, CMYK, GlyphRun
from layout_app.text.fonts import FontRegistry
from layout_app.text.setter import SetLine


def baseline_offsets(fonts: FontRegistry, face: str, size: float, pitch: float) -> tuple[float, float]:
    """(slot top to em top, em top to baseline): a column of lines of one look shares them, so a
    caller setting many lines looks them up once; slot_top + first + second is `baseline`."""
    f = fonts.face(face)
    return (pitch - size) / 2.0, f.ascender / (f.ascender - f.descender) * size


def baseline(fonts: FontRegistry, face: str, size: float, slot_top: float, pitch: float) -> float:
    """The baseline for a line whose slot starts at `slot_top`: the em box is centred in the slot."""
    to_em, to_base = baseline_offsets(fonts, face, size, pitch)
    return slot_top + to_em + to_base


def line_runs(fonts: FontRegistry, face: str, size: float, line: SetLine, x0: float, y: float,
              color: CMYK = BLACK) -> tuple[list[GlyphRun], list[tuple[int, str, float]]]:
    """Glyph runs for `line` at column-left `x0`, baseline `y`; and (offset in line, char, x) of
    every character that no face can set."""
    chain = fonts.chain(face)
    primary = chain[0].advance
    runs: list[GlyphRun] = []
    missing: list[tuple[int, str, float]] = []
    text = line.text
    xs = line.xs
    scales = line.scales
    cur_face = None
    cur_scale = 1.0
    cur_chars: list[str] = []
    cur_xs: list[float] = []
    for k, ch in enumerate(text):
        if ch == " ":
            continue
        if ch in primary:
            key = chain[0].key
        else:
            key = next((f.key for f in chain[1:] if ch in f.advance), None)
            if key is None:
                missing.append((k, ch, x0 + xs[k]))
                continue
        scale = scales[k] if scales else 1.0
        if (key != cur_face or scale != cur_scale) and cur_chars:
            runs.append(GlyphRun(cur_face, size, y, "".join(cur_chars), tuple(cur_xs), color, cur_scale))
            cur_chars, cur_xs = [], []
        cur_face = key
        cur_scale = scale
        cur_chars.append(ch)
        cur_xs.append(x0 + xs[k])
    if cur_chars:
        runs.append(GlyphRun(cur_face, size, y, "".join(cur_chars), tuple(cur_xs), color, cur_scale,
                             ends_line=True))
    return runs, missing
