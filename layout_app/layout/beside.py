"""A story's photo set narrower than its stack with the story's text beside it (and under it, read
column by column: `text_frames`) — for a first layout (`autoplace`): when the photo would stand too
tall across the stack, and, in a stack that runs over with every photo at its smallest, before a photo is left out
(`narrower`): a page editor sets a photo a column narrower, its height shrinking with it within the
crop limit, rather than leave it and its caption out."""
from __future__ import annotations

import math
from dataclasses import replace

from layout_app.layout.evening import FEWEST, column_lines, even_last_column
from layout_app.layout.photoair import MAX_CROP   # the crop limit: the frames here, the pictures in them there
from layout_app.layout.photonumbers import read_before
from layout_app.layout.probe import fewest
from layout_app.layout.stacking import LEG_MIN
from layout_app.model.frame import Frame

MAX_PHOTO_SHARE = 0.5      # no photo frame taller than this share of the stack
BESIDE_SHARE = 0.4         # a photo taller than this share of the stack goes narrower, text beside it
MAX_EMPTY = 3              # lines a story's text may end short of the foot of the photo it runs beside
STRIP_ONE = True           # a landscape photo one column wide beside a strip's text (a switch for breaking tests)


class PhotoShapes(dict):
    """Each photo's height / width (0.66 when unknown); and, where the files are known, the largest
    frame (width, height in pt) each fills at the plant's resolution floor: a photo filling a larger
    frame prints coarser than the plant takes (a 2000-pixel picture from a reporter's phone is at most
    720 pt wide at 200 ppi), so a first layout never sets it larger."""

    def __init__(self, aspect: dict[str, float] | None = None, most: dict[str, tuple[float, float]] | None = None,
                 whole: frozenset[str] = frozenset()):
        super().__init__(aspect or {})
        self.most = most or {}
        self.whole = whole          # works of art (a painting, calligraphy): shown whole, never cropped

    def crop(self, pid: str, width: float, height: float) -> float:
        """The share of photo `pid` cut away in a frame of `width` × `height` pt: none of a work of
        art, shown whole in its frame."""
        return 0.0 if pid in self.whole else crop_share(self.of(pid), width, height)

    def bounds(self, pid: str, nat: float) -> tuple[int, int]:
        """The lowest and highest lines a frame of natural height `nat` lines may take: within the crop
        limit, or — a work of art, shown whole in its frame — the lines either side of its own height."""
        if pid in self.whole:
            return math.floor(nat + 1e-9), math.ceil(nat - 1e-9)
        return math.ceil(nat * (1 - MAX_CROP) - 1e-9), math.floor(nat / (1 - MAX_CROP) + 1e-9)

    def of(self, pid: str) -> float:
        return self.get(pid, 0.66)


def crop_share(photo_aspect: float, width: float, height: float) -> float:
    """The share of the photo cut away when it covers a frame of `width` × `height` pt."""
    frame = height / width
    return 1.0 - min(frame / photo_aspect, photo_aspect / frame)


def photo_range(grid, shapes: PhotoShapes, pid: str, cols: int) -> tuple[float, int, int]:
    """Natural, lowest and highest lines of photo `pid`'s frame `cols` wide within the crop limit
    (and no taller than its pixels fill at the resolution floor)."""
    nat = grid.span_width(cols) * shapes.of(pid) / grid.leading
    lo, hi = shapes.bounds(pid, nat)
    if pid in shapes.most:
        hi = min(hi, math.floor(shapes.most[pid][1] / grid.leading + 1e-9))
    return nat, max(2, lo), max(2, hi)


def held_by(grid, shapes: PhotoShapes, pid: str, cols: int, lines: int, room: int) -> str | None:
    """What keeps photo `pid`, `cols` wide and `lines` tall in a stack of `room` lines, from standing a
    line taller: "half the stack" (no photo taller than MAX_PHOTO_SHARE of it), "pixels" (its file
    fills no taller at the resolution floor), "crop" (a line more crops away over MAX_CROP of it) —
    or "beside" (its own limits let it, the photo beside it in its row, one height for both, does not)."""
    nat = grid.span_width(cols) * shapes.of(pid) / grid.leading
    crop = shapes.bounds(pid, nat)[1]
    pixels = math.floor(shapes.most[pid][1] / grid.leading + 1e-9) if pid in shapes.most else crop + 1
    tallest = int(MAX_PHOTO_SHARE * room)
    if lines < min(crop, pixels, tallest):
        return "beside"
    return "half the stack" if lines >= tallest and tallest < min(crop, pixels) else \
        "pixels" if pixels < crop else "crop"


def fits(grid, shapes: PhotoShapes, pid: str, cols: int) -> bool:
    """Whether photo `pid` may be set `cols` columns wide: its pixels fill the width at the resolution
    floor, and a height within the crop limit too."""
    if pid not in shapes.most:
        return True
    _, lo, hi = photo_range(grid, shapes, pid, cols)
    return grid.span_width(cols) <= shapes.most[pid][0] + 1e-6 and lo <= hi


def caption_lines(doc, probe, pid: str, cols: int) -> int:
    """Lines photo `pid`'s caption and credit take set `cols` columns wide (none: no frame)."""
    photo = doc.photo(pid)
    if not (photo.caption or photo.credit):
        return 0
    return probe.lines_needed(Frame(f"{pid}-cap", 0, cols, 0, 1, photo=pid, part="caption"), 10)


def text_frames(sid: str, col: int, pc: int, cols: int, y: int, beside: int, under: int,
                right: bool = False) -> list[Frame]:
    """Story `sid`'s body frames around its photo `pc` columns wide on the left of its `cols` columns
    (`right`: on the right; from column `col`, the photo's top on line `y`; `beside`: the lines of photo
    and caption), `under` lines under the caption: the text reads as a reader reads a page, column by
    column. Photo on the left: down the photo's columns under its caption, then down the columns beside
    it from the photo's top to the same foot. (Not beside the photo first and then on across under it:
    the column beside the photo would run straight on into later text, '…有效解决' / '水平。截至目前'.)
    Photo on the right: the story's text opens right under its heading, down the columns beside the
    photo, and ends under its caption. No lines under it: all the text stands beside the photo."""
    text = col + pc if not right else col
    if not under:
        return [Frame(f"{sid}-body", text, cols - pc, y, beside, story=sid, part="body")]
    if right:
        return [Frame(f"{sid}-body", col, cols - pc, y, beside + under, story=sid, part="body"),
                Frame(f"{sid}-body2", col + cols - pc, pc, y + beside, under, story=sid, part="body")]
    return [Frame(f"{sid}-body", col, pc, y + beside, under, story=sid, part="body"),
            Frame(f"{sid}-body2", col + pc, cols - pc, y, beside + under, story=sid, part="body")]


def set_around(probe, sid: str, col: int, pc: int, cols: int, y: int, beside: int, under: int,
               right: bool = True) -> tuple[list[Frame], bool]:
    """Story `sid`'s text frames around its photo (as `text_frames`), its last column evened; and
    whether the photo stands on the right. On the right the text opens under its heading — unless it
    would end in a scrap under the photo's caption (its last column one or two lines, not evened)
    of a photo one column wide, where the photo goes on the left and the text ends beside it, evened."""
    if right:
        frames = even_last_column(probe, text_frames(sid, col, pc, cols, y, beside, under, True))
        # (a photo two columns wide or more stays on the right whatever its text ends in: on the left the
        # column beside the headline would open mid-sentence, the text's start under the photo)
        if not under or pc > 1 or not _scrap(probe, frames):
            return frames, True
    return even_last_column(probe, text_frames(sid, col, pc, cols, y, beside, under)), False


def _scrap(probe, frames: list[Frame]) -> bool:
    """Whether the story's last column in `frames` holds fewer than FEWEST lines of text."""
    last = frames[-1]
    r = probe.report(frames).get(last.id)
    if r is None or r.overset_lines:
        return False
    got = [n for n in column_lines(last.cols, last.lines, last.cols * last.lines - r.empty_lines) if n]
    return bool(got) and got[-1] < FEWEST


def lines_under(probe, sid: str, pc: int, cols: int, beside: int, room: int) -> int:
    """Lines story `sid`'s text needs under a photo `pc` columns wide whose `beside` lines (photo and
    caption) have the text beside them, set as `text_frames` sets it (0: it all stands beside)."""
    def over(n: int) -> int:
        frames = text_frames(sid, 0, pc, cols, 0, beside, n)
        return probe.report(frames)[frames[-1].id].overset_lines

    return fewest(over, room) if over(0) else 0


def narrowest(aspect: float, strip: bool = False) -> int:
    """The fewest columns a photo goes down to with text beside it: a portrait one, a landscape photo
    two (one column of it is a stamp under a caption longer than the picture is high) — one too where
    its story's text across the stack would run as a strip (`strip`: legs under LEG_MIN lines): a brief
    of a hundred characters in one column of 8 lines beside a one-column picture, not 2 of 4 under it."""
    return 1 if aspect > 1 or strip else 2


def beside_at(doc, probe, b, cols: int, room: int, aspect, pc: int, at: int | None = None) -> int:
    """Set block `b`'s last photo row (one photo) `pc` columns wide with the story's text beside it,
    at its natural height within the crop limit (`at`: that height within it, kept there); the lines
    the text then needs under it. `b` is changed: its row, caption, `beside`, the row's share of the
    stack and its body's lines."""
    key = b.photos[-1][0]
    (pid, _, _), = b.members[key]
    pnat, plo, phi = photo_range(doc.grid, aspect, pid, pc)
    phi = max(plo, min(phi, int(MAX_PHOTO_SHARE * room)))
    cap = caption_lines(doc, probe, pid, pc)
    if at is not None:
        h = plo = phi = min(phi, max(plo, at))
    h = min(phi, max(plo, round(pnat)))
    b.photos[-1] = (key, h, plo, phi)
    b.members[key] = [(pid, 0, pc)]
    b.captions[-1] = cap
    b.beside = key
    b.factor[key] = pc / cols
    # the body measured as set: under the photo at its natural height, then beside it; the stack
    # counts it as if the photo row cost only its share of the columns
    under = lines_under(probe, b.plan.story, pc, cols, h + cap, room)
    b.body = math.ceil((h + cap) * (1 - pc / cols) + under - 1e-9)
    b.under = (under, pc)
    return under


def set_beside(doc, probe, b, cols: int, room: int, aspect, mode: str = "auto") -> None:
    """The last photo, alone in its row, set narrower on the left with the story's text beside it.
    "auto": when it would stand too tall across the stack; "yes": whenever the text fills the place
    beside it (a way for copyfitting to save lines); "no": never."""
    if mode == "no" or not b.photos or cols < 2 or not b.body:
        return
    key, nat, *_ = b.photos[-1]
    if len(b.members[key]) != 1:
        return
    (pid, _, now), = b.members[key]
    if mode == "auto" and now == cols and (cols < 3 or nat <= BESIDE_SHARE * room):
        return      # (one already narrower than the stack, its pixels filling no more, leaves a hole beside it)
    for pc in range(cols - 1, narrowest(aspect.of(pid)) - 1, -1):
        if not fits(doc.grid, aspect, pid, pc):
            continue
        pnat, _, _ = photo_range(doc.grid, aspect, pid, pc)
        cap = caption_lines(doc, probe, pid, pc)
        beside = (round(pnat) + cap) * (cols - pc)
        short_enough = mode == "yes" or pnat <= BESIDE_SHARE * room
        if short_enough and b.body * cols >= beside + cols:   # text enough to fill the place beside it
            beside_at(doc, probe, b, cols, room, aspect, pc)
            return


def photos_over_little_text(b, cols: int) -> bool:
    """Two photos or more one over the other across the whole stack over fewer lines of the story's
    text than a third of the shorter one: a picture spread with a scrap of text under it, not a
    story — a page editor sets the photos side by side or the text beside one of them."""
    rows = [nat for k, nat, *_ in b.photos if k != b.beside and len(b.members[k]) == 1 and b.members[k][0][2] == cols]
    return len(rows) >= 2 and b.body * 3 < min(rows)


def _copy(b):
    return replace(b, photos=list(b.photos), captions=list(b.captions), members=dict(b.members),
                   factor=dict(b.factor))


def narrower(doc, probe, b, cols: int, room: int, aspect):
    """Copies of block `b` with one photo row set narrower, the story's text beside it, widest first
    (one at a time: each is measured by composing, and the caller stops at the first that fits):
    the row already beside its text a column narrower and so on; else its last single photo, or
    another single photo moved to the foot of the story's photos (its caption with it), set in fewer
    columns than the stack. Only where the text fills the place beside the photo and runs on under
    it (no hole beside a photo) and the photo keeps its shape within the crop limit. When the text
    ends beside the photo at its natural height, the photo's height is kept where the text ends no
    more than MAX_EMPTY lines short of the photo's foot, the lowest such; else at its lowest, when the
    text runs on under it by two lines or more (one would stand alone under the caption)."""
    if cols < 2 or not b.body or not b.photos:
        return
    rows = []
    strip = STRIP_ONE and not b.beside and b.body < LEG_MIN
    for j in reversed(range(len(b.photos))):
        if len(b.members[b.photos[j][0]]) == 1:
            (pid, _, now), = b.members[b.photos[j][0]]
            rows.append((j, range(now - 1, narrowest(aspect.of(pid), strip) - 1, -1)))
    def reorders(j: int) -> bool:          # (moved to the foot, 图② would stand under 图④)
        return read_before(doc, [p for k, *_ in b.photos[j + 1:] for p, _, _ in b.members[k]],
                           [b.members[b.photos[j][0]][0][0]])

    # the ways that keep the desk's numbers in order first; the others only where none of those fits
    for j, widths in sorted(rows, key=lambda r: reorders(r[0])):
        for pc in widths:
            c = _copy(b)
            if c.beside and c.photos[j][0] != c.beside and not _across(doc, probe, c, cols, room, aspect):
                continue     # the row beside the text goes back across — unless its pixels do not fill it
            c.photos.append(c.photos.pop(j))
            c.captions.append(c.captions.pop(j))
            if beside_at(doc, probe, c, cols, room, aspect, pc) > 0:
                yield c
                continue
            _, _, lo, hi = c.photos[-1]
            for h in range(lo, hi + 1):
                if beside_at(doc, probe, c, cols, room, aspect, pc, at=h) == 0 and _ends_beside(probe, c, cols):
                    yield c
                    break
            else:
                if beside_at(doc, probe, c, cols, room, aspect, pc, at=lo) >= 2:
                    yield c


def _ends_beside(probe, b, cols: int) -> bool:
    """Whether block `b`'s text, all of it beside its photo, ends at most MAX_EMPTY lines short of the
    photo's (and caption's) foot."""
    key, h, *_ = b.photos[-1]
    (_, _, pc), = b.members[key]
    sid = b.plan.story
    r = probe.one(text_frames(sid, 0, pc, cols, 0, h + b.captions[-1], 0)[0])
    return r is not None and not r.overset_lines and r.empty_lines <= MAX_EMPTY


def _across(doc, probe, b, cols: int, room: int, aspect) -> bool:
    """Block `b`'s row beside its text set back across the stack (its caption too); False, `b`
    untouched, when the photo's pixels do not fill the stack's width."""
    key = b.beside
    j = next(i for i, p in enumerate(b.photos) if p[0] == key)
    (pid, _, _), = b.members[key]
    if not fits(doc.grid, aspect, pid, cols):
        return False
    nat, lo, hi = photo_range(doc.grid, aspect, pid, cols)
    hi = max(lo, min(hi, int(MAX_PHOTO_SHARE * room)))
    b.photos[j] = (key, min(hi, max(lo, round(nat))), lo, hi)
    b.members[key] = [(pid, 0, cols)]
    b.captions[j] = caption_lines(doc, probe, pid, cols)
    b.factor.pop(key, None)
    b.beside = None
    b.under = (0, 0)
    return True


def text_beside(frames: list[Frame], d: dict, col: int, cols: int, y: int, pc: int, h: int, n: int,
                text: list[Frame], right: bool) -> int:
    """A story's `text` beside its photo (`pc` columns, on the stack's right or left; `h` lines with its
    caption) from line `y`, and `n` lines under it (`set_around`), for autoplace: its frames and words;
    the line under it all."""
    frames.extend(text)
    d["body_frames"] += [f.id for f in text]
    beside, below = (f"{col + 1}–{col + cols - pc}", f"{col + cols - pc + 1}–{col + cols}") if right else \
        (f"{col + pc + 1}–{col + cols}", f"{col + 1}–{col + pc}")
    d["text_beside_photo"] = (f"columns {beside}, lines {y + 1}–{y + h + n}"
                              + ((f", then on under the photo (columns {below}, lines {y + h + 1}–{y + h + n})" if right
                                  else f", after the text under the photo (columns {below}, lines "
                                       f"{y + h + 1}–{y + h + n})") + ": column by column" if n else ""))
    return y + h + n
