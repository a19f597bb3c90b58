"""The display list: what layout hands to both renderers. A small closed set of frozen items, in pt,
page coordinates with the origin at the trim's top-left corner and y growing downwards."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from layout_app.geometry import Rect
from layout_app.model.story import Crop

CMYK = tuple[float, float, float, float]
BLACK: CMYK = (0.0, 0.0, 0.0, 1.0)


@dataclass(frozen=True, slots=True)
class GlyphRun:
    """Characters of one face and size on one baseline, each at its own x — or, set vertically
    (竖排), each at its own x and baseline `ys`, drawn as the glyph ids `glyphs` (vertical forms)."""
    face: str
    size: float
    y: float                       # baseline
    text: str
    xs: tuple[float, ...]          # origin of each character
    color: CMYK = BLACK
    hscale: float = 1.0            # horizontal glyph scale (joined —— only)
    ys: tuple[float, ...] | None = None       # vertical runs: the baseline of each character
    glyphs: tuple[int, ...] | None = None     # vertical runs: the glyph of each character (vert forms)
    turns: tuple[bool, ...] | None = None     # vertical runs: glyphs turned 90° clockwise (Latin words)
    ends_line: bool = False        # the last run of a set line (nothing follows it on its baseline)


@dataclass(frozen=True, slots=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5
    color: CMYK = BLACK
    dash: tuple[float, ...] = ()   # on, off lengths in pt (dotted and dashed rules); () solid; butt caps


@dataclass(frozen=True, slots=True)
class Box:
    rect: Rect
    fill: CMYK | None = None
    stroke: CMYK | None = None
    stroke_width: float = 0.5


@dataclass(frozen=True, slots=True)
class Dot:
    """A filled circle: 着重号 under a character (character styles)."""
    x: float                       # centre
    y: float
    r: float
    color: CMYK = BLACK


@dataclass(frozen=True, slots=True)
class ImagePlacement:
    """The `crop` part of a photo, scaled to cover `rect` and clipped to it."""
    rect: Rect
    photo: str
    path: str                      # absolute path of the file
    crop: Crop = Crop()
    fit: bool = False              # the whole crop inside the frame (letterboxed) instead of covering it


@dataclass(frozen=True, slots=True)
class Group:
    """Items of one frame: `tag` names what they are ("text", "photo", "caption", "marker", "empty": a photo
    frame with nothing placed yet)."""
    tag: str
    frame: str
    rect: Rect
    items: tuple["Item", ...]


Item = Union[GlyphRun, Rule, Box, ImagePlacement, Group, Dot]


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    page: str
    story: str
    part: str
    paragraph: int
    offset: int
    char: str

    def __str__(self) -> str:
        return (f"page {self.page}, story {self.story}, {self.part} paragraph {self.paragraph + 1}, "
                f"offset {self.offset}: {self.char!r} (U+{ord(self.char):04X}) is in none of the shipped fonts")


@dataclass(frozen=True, slots=True)
class FrameReport:
    """What layout learned about a text frame: copyfit and headline fitting."""
    frame: str
    story: str | None
    part: str
    overset_lines: int = 0        # lines of the story that did not fit (on the chain's last frame)
    overset_chars: int = 0
    empty_lines: int = 0          # lines left empty at the chain's end
    size: float | None = None     # headline size chosen by fitting
    below_min: bool = False       # fitting had to go below the style's minimum size
    overset_text: str = ""        # what was not drawn because it did not fit (paragraphs joined by newlines)
    # heading frames: the page lines [first, end) its type stands on — the rest of the frame is air
    type_lines: tuple[int, int] | None = None
    sub_size: float | None = None   # heading frames: the smaller of its kicker's and deck's sizes as set


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A part of a story that layout could not set anywhere on this page, and why."""
    page: str
    story: str
    part: str
    text: str
    reason: str
    no_room: bool = False         # there is a place for it, too small (else: nothing holds it)
    frame: str = ""               # the frame it was meant for, if any


@dataclass(frozen=True, slots=True)
class PageDisplay:
    page: str
    number: int
    width: float
    height: float
    bleed: float
    items: tuple[Item, ...]
    reports: tuple[FrameReport, ...] = ()
    missing: tuple[MissingGlyph, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()


def walk(items) -> "list[Item]":
    """Every item, groups flattened (depth first, drawing order)."""
    out: list[Item] = []
    for item in items:
        if isinstance(item, Group):
            out.extend(walk(item.items))
        else:
            out.append(item)
    return out


def dump(page: PageDisplay) -> str:
    """The display list as text — diffable golden files (the SILE debug backend idea)."""
    lines = [f"page {page.page} #{page.number} {page.width:.2f}x{page.height:.2f} bleed {page.bleed:.2f}"]

    def emit(items, depth):
        pad = "  " * depth
        for it in items:
            if isinstance(it, Group):
                lines.append(f"{pad}group {it.tag} {it.frame} @({it.rect.x:.2f},{it.rect.y:.2f}) {it.rect.width:.2f}x{it.rect.height:.2f}")
                emit(it.items, depth + 1)
            elif isinstance(it, GlyphRun) and it.ys is not None:
                lines.append(f"{pad}vrun {it.face} {it.size:g} x={it.xs[0]:.2f} y={it.ys[0]:.2f}..{it.ys[-1]:.2f} {it.text}")
            elif isinstance(it, GlyphRun):
                lines.append(f"{pad}run {it.face} {it.size:g} y={it.y:.2f} x={it.xs[0]:.2f}..{it.xs[-1]:.2f} {it.text}")
            elif isinstance(it, ImagePlacement):
                lines.append(f"{pad}image {it.photo} @({it.rect.x:.2f},{it.rect.y:.2f}) {it.rect.width:.2f}x{it.rect.height:.2f}")
            elif isinstance(it, Rule):
                dash = f" dash={','.join(f'{d:g}' for d in it.dash)}" if it.dash else ""
                lines.append(f"{pad}rule ({it.x1:.2f},{it.y1:.2f})-({it.x2:.2f},{it.y2:.2f}) w={it.width:g}{dash}")
            elif isinstance(it, Dot):
                lines.append(f"{pad}dot ({it.x:.2f},{it.y:.2f}) r={it.r:.2f}")
            elif isinstance(it, Box):
                paint = (" fill" if it.fill else "") + (f" stroke w={it.stroke_width:g}" if it.stroke else "")
                lines.append(f"{pad}box @({it.rect.x:.2f},{it.rect.y:.2f}) {it.rect.width:.2f}x{it.rect.height:.2f}{paint}")
    emit(page.items, 0)
    return "\n".join(lines) + "\n"


def cover(img_w: float, img_h: float, crop: Crop, rect: Rect, fit: bool = False) -> tuple[float, float, float, float]:
    """Where the whole image goes so that its crop region covers `rect` — or, with `fit`, shows
    whole inside it — centred, aspect kept: (x, y, width, height) of the full image in page pt.
    Both renderers use this one function."""
    cw = (crop.right - crop.left) * img_w
    ch = (crop.bottom - crop.top) * img_h
    scale = (min if fit else max)(rect.width / cw, rect.height / ch)
    # centre the crop region on the rect
    x = rect.x + (rect.width - cw * scale) / 2 - crop.left * img_w * scale
    y = rect.y + (rect.height - ch * scale) / 2 - crop.top * img_h * scale
    return x, y, img_w * scale, img_h * scale
