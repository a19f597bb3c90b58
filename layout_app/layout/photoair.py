"""The white around a photo and its caption, decided in one place for the whole page — whatever set the
frames (a first layout's arrangements, a sidebar, the editor's hand).

Frames stand on whole body lines, and a frame's text starts at its top: text set on the line right over
a photo, or right under it, or under its caption, stands 1.5–2.5 pt from the picture — hard against it,
and a caption as close to the photo under it as to its own reads as either's. A page editor keeps about
two-thirds of a body line (3 mm) of white between a photo and the type over or under it, sets the
caption close under its own photo (about 1 mm) and a clear 3 mm from what follows it. The frames keep
their lines — copyfit, the live check and preflight count them as before —: the picture stands inset in
its frame (its top under the type of a text frame ending on its top line, its foot over what starts on
its foot line), its caption drawn that much higher; the inset is at most a body line (`most`), and never
crops the picture past the crop limit (`MAX_CROP`, the first layout's for its frames): a frame at its
limit shares what white that leaves between its top and its caption, the caption 1 mm under it, and a
photo right under that caption stands a little lower within its own limit."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from layout_app.geometry import Rect
from layout_app.layout.display import GlyphRun, Group
from layout_app.model.frame import Frame
from layout_app.units import mm

PHOTO_AIR = mm(3.2)       # white between a photo and the type over or under it (about 2/3 of a 13.5 pt line)
CAPTION_GAP = mm(1.2)     # white between a photo's foot and its caption's type
CAPTION_AIR = mm(3.2)     # white between a caption's type and the type or photo under it
CAPTION_CLOSE = mm(1.0)   # … a caption's gap at the least, under a picture its crop limit holds
MAX_CROP = 0.20            # at most this share of a photo's width or height is cropped away
EPS = 0.5
AIR = True                # (a switch for breaking tests)


def most(leading: float) -> float:
    """The most a photo's picture stands inset in its frame, top and foot together: a body line."""
    return leading


def allowed(r: Rect, leading: float, shape: float | None) -> float:
    """The most the picture of a frame `r` may stand inset, top and foot together: a body line, a third
    of the frame, and — the photo `shape` high (height / width of what it shows; None: not known) — no
    more than keeps the crop within `MAX_CROP` (or as it is, a frame an editor set past it)."""
    room = min(most(leading), r.height / 3)
    if shape is None or r.width <= 0:
        return room
    return max(0.0, min(room, r.height - r.width * shape * (1 - MAX_CROP)))


@functools.lru_cache(maxsize=1024)
def _file_shape(path: str, stamp: tuple[int, int]) -> float | None:
    from PIL import Image

    from layout_app.imaging.source import DAMAGED, oriented_size     # (Pillow reads the header only)
    try:
        with Image.open(path) as im:
            w, h = oriented_size(im)
    except (OSError, Image.DecompressionBombError, *DAMAGED):   # preflight says so; nothing prints to crop
        return None
    return h / w if w else None


def shown_shape(photo, doc_dir) -> float | None:
    """Height / width of what a photo frame shows of `photo`: its crop of the file (None: the file
    unread, or the whole photo shown letterboxed — no crop)."""
    shape = None if photo.fit else file_shape(os.path.realpath(os.path.join(doc_dir, photo.file)))
    c = photo.crop
    return None if shape is None or c.right <= c.left else shape * (c.bottom - c.top) / (c.right - c.left)


def type_extent(group: Group) -> Ink | None:
    """Where a text frame's type stands: the top of its first line's em boxes, the foot of its last's
    (a vertical heading: its frame)."""
    runs = [r for r in group.items if isinstance(r, GlyphRun) and r.text.strip()]
    if not runs:
        return None
    if any(r.ys for r in runs):
        return Ink(group.rect.y, group.rect.bottom)
    return Ink(min(r.y - 0.88 * r.size for r in runs), max(r.y + 0.12 * r.size for r in runs))


def file_shape(path: str) -> float | None:
    """Height / width of the photo in file `path` as it is seen (EXIF orientation applied); None when
    it cannot be read. Read once per file as it stands (its size and time)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _file_shape(path, (st.st_size, st.st_mtime_ns))


@dataclass(frozen=True)
class Ink:
    """Where a frame's type (or picture) stands: its top and foot in pt."""
    top: float
    foot: float


@dataclass(frozen=True)
class CaptionSet:
    """A caption frame's type: its lines' total height and where its first line's type starts and its
    last line's ends, from the top and the foot of that height."""
    height: float
    first: float
    last: float


def _across(a: Rect, b: Rect) -> bool:
    return a.x < b.right - EPS and b.x < a.right - EPS


def place(frames, rects: dict, ink: dict[str, Ink], captions: dict[str, CaptionSet], leading: float,
          wrap_air: dict[str, float] | None = None, shapes: dict[str, float | None] | None = None
          ) -> tuple[dict[str, Rect], dict[str, float]]:
    """Photo frame id → the rectangle its picture stands in; caption frame id → the top of its lines.
    `frames`: the page's frames; `rects`: each one's rectangle; `ink`: the type of each text frame
    (body frames: where their lines' type stands when full); `captions`: each caption frame's type;
    `wrap_air`: a wrapping photo's standoff over and under it, in pt; `shapes`: each photo frame's
    picture's height / width as it shows (`allowed`)."""
    pictures: dict[str, Rect] = {}
    tops: dict[str, float] = {}
    if not AIR:
        return pictures, tops
    photos = [f for f in frames if f.kind == "photo" and f.id in rects]
    caps = {f.photo: f for f in frames if f.kind == "caption" and f.id in captions}
    under: dict[str, Frame] = {}                                 # photo frame → its caption right under it
    edges: dict[str, tuple[float, float]] = {}
    wanted: dict[str, float] = {}                                # photo frame → where its caption's lines would start
    for p in photos:
        r = rects[p.id]
        cap = caps.get(p.photo)
        if cap is not None and abs(rects[cap.id].y - r.bottom) < EPS and _across(rects[cap.id], r):
            under[p.id] = cap                                     # (a caption set elsewhere keeps its place)
        *edges[p.id], wanted[p.id] = _edges(p, r, frames, rects, ink, captions, under.get(p.id),
                                            (wrap_air or {}).get(p.id, 0.0))
    # photos standing on the same lines (side by side in a row) keep one top and one foot
    rows: dict[tuple[float, float], list[str]] = {}
    for p in photos:
        rows.setdefault((round(rects[p.id].y, 1), round(rects[p.id].bottom, 1)), []).append(p.id)
    for ids in rows.values():
        top, foot = max(edges[k][0] for k in ids), min(edges[k][1] for k in ids)
        for k in ids:
            r = rects[k]
            room = allowed(r, leading, (shapes or {}).get(k))
            over_top, under_foot = top - r.y, r.bottom - foot
            if over_top + under_foot > room:
                # more white wanted than the picture may give (its crop limit): its caption closes up
                # to 1 mm under it, and the top and the foot give up the rest alike
                if k in under:
                    under_foot = max(0.0, under_foot - (CAPTION_GAP - CAPTION_CLOSE))
                share = min(1.0, room / (over_top + under_foot)) if over_top + under_foot > 0 else 0.0
                over_top, under_foot = over_top * share, under_foot * share
            edges[k] = r.y + over_top, r.bottom - under_foot
    for p in photos:
        if p.id in under:
            # a picture held by its crop limit: its caption closer under it, 1 mm, to keep clear of what follows
            foot, first = edges[p.id][1], captions[under[p.id].id].first
            tops[under[p.id].id] = max(min(foot + CAPTION_GAP, wanted[p.id] + first), foot + CAPTION_CLOSE) - first
    for p in photos:
        r, (top, foot) = rects[p.id], edges[p.id]
        # a photo right under another's caption that its picture, held by its limit, left short of its white:
        # this one's picture a little lower, as far as its own limit lets it
        for k, c in under.items():
            q = rects[c.id]
            if k != p.id and abs(q.bottom - r.y) < EPS and _across(q, r):
                cs = captions[c.id]
                spare = allowed(r, leading, (shapes or {}).get(p.id)) - (top - r.y) - (r.bottom - foot)
                top += max(0.0, min(spare, tops[c.id] + cs.height - cs.last + CAPTION_AIR - top))
        if top > r.y + 1e-6 or foot < r.bottom - 1e-6:
            pictures[p.id] = Rect(r.x, top, r.width, foot - top)
    return pictures, tops


def _edges(p, r: Rect, frames, rects: dict, ink: dict[str, Ink], captions: dict[str, CaptionSet], cap,
           wrap_air: float) -> tuple[float, float, float]:
    """The top and foot photo frame `p`'s picture (frame rectangle `r`) may stand at: clear of the type
    ending on its top line, of the type or picture starting on its foot line, and — its caption `cap`
    right under it — high enough for the caption's lines to stand close under it and clear of what
    starts on the caption frame's foot line; and where those lines would start (no caption: the foot)."""
    top, foot = r.y, r.bottom
    for f in frames:
        if f.id == p.id or f.id not in rects or not _across(rects[f.id], r):
            continue
        q = rects[f.id]
        if f.id in ink:
            t = ink[f.id]
            if q.y < r.y - EPS and q.bottom <= r.y + EPS:
                top = max(top, t.foot + PHOTO_AIR)              # type ending on the photo's top line
            elif p.wrap != "off" and f.part == "body" and q.y < r.bottom and r.y < q.bottom:
                if q.y < r.y - EPS:                             # text wrapped around it: its lines over and under
                    top = max(top, r.y - wrap_air - (q.bottom - t.foot) + PHOTO_AIR)
                if q.bottom > r.bottom + EPS:
                    foot = min(foot, r.bottom + wrap_air + (t.top - q.y) - PHOTO_AIR)
                continue
        if cap is not None and f.id == cap.id:
            continue
        if q.y >= r.bottom - EPS and (f.id in ink or f.kind == "photo"):
            head = ink[f.id].top if f.id in ink else q.y
            foot = min(foot, head - PHOTO_AIR)                    # type or a picture starting on its foot line
    if cap is not None:
        c, cs = rects[cap.id], captions[cap.id]
        y = min(foot + CAPTION_GAP - cs.first, c.bottom - cs.height + cs.last)
        for f in frames:
            if f.id in (p.id, cap.id) or f.id not in rects or not _across(rects[f.id], c):
                continue
            q = rects[f.id]
            if q.y >= c.bottom - EPS and (f.id in ink or f.kind == "photo"):
                head = ink[f.id].top if f.id in ink else q.y
                y = min(y, head - CAPTION_AIR - cs.height + cs.last)
        foot = min(foot, y + cs.first - CAPTION_GAP)
        return top, foot, y
    return top, foot, foot
