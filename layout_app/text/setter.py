"""Set a paragraph: segment → break → justify, in pt. The one entry point of the text engine."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from layout_app.text.fonts import FontRegistry, registry
from layout_app.text.justify import place_line
from layout_app.text.linebreak import Breaker
from layout_app.text.punct import LEVELS
from layout_app.text.segment import segment

ALIGNS = ("justify", "left", "center", "right")


@dataclass(frozen=True, slots=True)
class SetOptions:
    level: str = "gb"            # line start/end prohibitions: none, basic, gb, strict
    hanging: bool = False        # let 。，、 hang past the measure instead of pushing in/out
    orphan_control: bool = True  # never end a paragraph on a line of a single Han character
    squeeze_stops: bool = False  # allow 。？！ to give up their blank when squeezing
    trim_opening: bool = False   # trim an opening bracket's blank at the line start
    indent: float = 2.0          # first-line indent in em
    align: str = "justify"
    tracking: float = 0.0        # extra space between units, in em
    display: bool = False        # display type (headline, kicker, deck): marks set half-width
    squeeze_in: bool = True      # a justified line takes a number in by squeezing rather than spread

    def __post_init__(self):
        if self.level not in LEVELS:
            raise ValueError(f"unknown level {self.level!r}; use one of {', '.join(LEVELS)}")
        if self.align not in ALIGNS:
            raise ValueError(f"unknown alignment {self.align!r}; use one of {', '.join(ALIGNS)}")


@dataclass(frozen=True, slots=True)
class SetLine:
    start: int                  # char offsets of the line in the paragraph text
    end: int
    text: str                   # the characters exactly as set (a break space stays at the end)
    xs: tuple[float, ...]       # glyph origin of each character, pt from the column's left edge
    width: float                # set width in pt from the column's left edge (indent included)
    hang: bool = False          # the last mark hangs past the measure
    scales: tuple[float, ...] | None = None   # per-character horizontal scale (joined ——)


@dataclass(frozen=True, slots=True)
class SetParagraph:
    text: str
    size: float
    measure: float
    face: str
    lines: tuple[SetLine, ...]


def set_paragraph(text: str, size: float, measure: float, face: str = "song",
                  options: SetOptions = SetOptions(), continuation: bool = False,
                  fonts: FontRegistry | None = None, faces: tuple[tuple[int, int, str], ...] = ()) -> SetParagraph:
    """Set `text` in lines of `measure` pt at `size` pt. `continuation`: the paragraph began in an
    earlier column, so its first line here takes no indent. Results are cached: the same paragraph
    at the same measure is set once, which keeps relayout while dragging cheap. `faces`: (start, end,
    face) ranges measured in another face than `face` (character styles: a bold range, a second font)."""
    if fonts is None or fonts is registry():
        return _set_cached(text, size, measure, face, options, continuation, faces)
    return _set(text, size, measure, face, options, continuation, fonts, faces=faces)


@lru_cache(maxsize=20000)
def _set_cached(text: str, size: float, measure: float, face: str, options: SetOptions,
                continuation: bool, faces: tuple = ()) -> SetParagraph:
    return _set(text, size, measure, face, options, continuation, registry(), faces=faces)


def set_lines(text: str, size: float, measures: tuple[float, ...], face: str = "song",
              options: SetOptions = SetOptions(), continuation: bool = False,
              faces: tuple[tuple[int, int, str], ...] = ()) -> SetParagraph:
    """Set `text` with one measure per line (pt), the last one repeated: the lines beside a photo
    that text wraps around are shorter (WeasyPrint's avoid_collisions: a measure per line box).
    Cached like `set_paragraph`; the paragraph is segmented once for all its measure sequences."""
    return _set_lines_cached(text, size, measures, face, options, continuation, faces)


@lru_cache(maxsize=4096)
def _set_lines_cached(text: str, size: float, measures: tuple[float, ...], face: str, options: SetOptions,
                      continuation: bool, faces: tuple = ()) -> SetParagraph:
    units = None if faces else _units_cached(text, face, options.level, options.tracking, options.display)
    return _set(text, size, measures, face, options, continuation, registry(), units, faces)


@lru_cache(maxsize=2048)
def _units_cached(text: str, face: str, level: str, tracking: float, display: bool = False):
    fonts = registry()
    return segment(text, _advances(fonts, face, text), level, tracking, fonts.joining_ink(face), display)


def _advances(fonts: FontRegistry, face: str, text: str) -> dict[str, float]:
    # the registry reads a font's metrics only for the characters asked (text/fonts.py): a plain
    # dict with all of `text`'s, so the segmenter's loop runs at dict speed (test doubles: merged)
    loaded = getattr(fonts, "advances_for", None)
    return loaded(face, text) if loaded is not None else fonts.merged_advances(face)


def _set(text: str, size: float, measure: float | tuple[float, ...], face: str, options: SetOptions,
         continuation: bool, fonts: FontRegistry, units=None, faces: tuple = ()) -> SetParagraph:
    if units is None:
        ranges = tuple((a, b, _advances(fonts, f, text)) for a, b, f in faces if f != face)
        units = segment(text, _advances(fonts, face, text), options.level, options.tracking, fonts.joining_ink(face),
                        options.display, ranges)
    per_line = isinstance(measure, tuple)
    ems = tuple(m / size for m in measure) if per_line else (measure / size,)
    indent = 0.0 if continuation else options.indent
    # a justified body paragraph evens out its loose lines; display type is broken by its own rules
    justified = options.align == "justify" and not options.display
    breaker = Breaker(units, options.hanging, options.orphan_control, options.squeeze_stops,
                      even_out=justified, squeeze_in=justified and options.squeeze_in)
    # the indent comes off the first line only; the lines after it keep their own measures
    spans = breaker.break_lines_at((ems[0] - indent,) + (ems[1:] or ems) if indent else ems)
    lines = []
    last_index = len(spans) - 1
    last_em = len(ems) - 1
    start, end = units.start, units.end
    for n, (i, j, hang) in enumerate(spans):
        xs, width, scales = place_line(
            units, i, j, ems[min(n, last_em)], last=n == last_index, hang=hang, align=options.align,
            indent=indent if n == 0 else 0.0, squeeze_stops=options.squeeze_stops,
            trim_opening=options.trim_opening)
        a, b = start[i], end[j - 1]
        lines.append(SetLine(a, b, text[a:b], tuple(x * size for x in xs), width * size, hang,
                             tuple(scales) if scales else None))
    return SetParagraph(text, size, measure if not per_line else measure[0], face, tuple(lines))
