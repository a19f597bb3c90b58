"""Arranging a page's items — frames, rules and boxes — on the grid, without Qt: where each item is,
which items form a group, moving a selection as one, align and distribute, stacking order, lock,
delete, copy and paste with fresh ids, and the items a drawing tool makes.

Everything works in whole columns and body lines, as frames are placed; a frame's free offset (dx, dy)
is kept by a move and cleared on the axis an align sets. A selection is a tuple of item ids; a frame's
id wins over a rule's or box's with the same name (new items never share one).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from layout_app.geometry import Rect
from layout_app.layout.compose import frame_rect
from layout_app.layout.furniture import box_rect, rule_line
from layout_app.layout.sidebars import box_id
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import BoxItem, RuleItem
from layout_app.model.grid import ColumnGrid
from layout_app.model.story import Photo, Story

Item = Frame | RuleItem | BoxItem
ALIGNS = ("left", "right", "top", "bottom", "hcentre", "vcentre")
RULE_HIT = 3.0                   # pt either side of a rule that still hits it


# --- what is where ---------------------------------------------------------------------------------
def items(page: Page) -> dict[str, Item]:
    """The page's items by id: frames, then boxes and rules under them."""
    out: dict[str, Item] = {}
    for x in page.rules + page.boxes + page.frames:          # later wins: a frame's id over furniture's
        out[x.id] = x
    return out


def span(x: Item) -> tuple[int, int, int, int]:
    """(col, cols, line, lines) on the grid; a vertical rule has no width (it stands in a gutter)."""
    if isinstance(x, RuleItem):
        return (x.col, x.cols, x.line, 1) if x.horizontal else (x.col, 0, x.line, x.lines)
    return x.col, x.cols, x.line, x.lines


def item_rect(grid: ColumnGrid, page: Page, x: Item) -> Rect:
    """The item's extent in pt on its page (a rule's: its line, RULE_HIT either side)."""
    if isinstance(x, Frame):
        return frame_rect(grid, page, x)
    if isinstance(x, BoxItem):
        return box_rect(grid, x, page.left_hand)
    x1, y1, x2, y2 = rule_line(grid, x, page.left_hand)
    return Rect(min(x1, x2) - RULE_HIT, min(y1, y2) - RULE_HIT, abs(x2 - x1) + 2 * RULE_HIT, abs(y2 - y1) + 2 * RULE_HIT)


def hit(grid: ColumnGrid, page: Page, x: float, y: float) -> Item | None:
    """The topmost item under a point: frames (last drawn first), then rules, then boxes (drawn under)."""
    def inside(r: Rect) -> bool:
        return r.x <= x <= r.right and r.y <= y <= r.bottom
    for f in reversed(page.frames):
        if inside(frame_rect(grid, page, f)):
            return f
    for it in tuple(reversed(page.rules)) + tuple(reversed(page.boxes)):
        if inside(item_rect(grid, page, it)):
            return it
    return None


def rects(grid: ColumnGrid, page: Page) -> dict[str, Rect]:
    """Every item's extent by id (a frame's wins over furniture of the same id)."""
    return {x.id: item_rect(grid, page, x) for x in page.boxes + page.rules + page.frames}


def touching(grid: ColumnGrid, page: Page, band: Rect, extents: dict[str, Rect] | None = None) -> tuple[str, ...]:
    """Ids of the items a rubber band touches, in page order (`extents`: `rects`, when kept)."""
    extents = rects(grid, page) if extents is None else extents
    return tuple(i for i, r in extents.items()
                 if r.x <= band.right and band.x <= r.right and r.y <= band.bottom and band.y <= r.bottom)


# --- groups ----------------------------------------------------------------------------------------
def groups(page: Page) -> dict[str, tuple[str, ...]]:
    """Each frame's group, in page order: a story's frames on the page; a photo with its captions; and a
    photo stacked in a story's columns (touching one of its frames above or below) joins that story."""
    parent = {f.id: f.id for f in page.frames}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    first: dict[tuple[str, str], str] = {}
    for f in page.frames:
        key = ("story", f.story) if f.story is not None else ("photo", f.photo) if f.photo is not None else ("", f.id)
        if key in first:
            join(f.id, first[key])
        else:
            first[key] = f.id
    stories = [f for f in page.frames if f.story is not None]
    pictures = [f for f in page.frames if f.photo is not None]
    for p in pictures:
        for s in stories:
            inside = s.col <= p.col and p.col + p.cols <= s.col + s.cols
            if inside and (p.line == s.line + s.lines or s.line == p.line + p.lines):
                join(p.id, s.id)
    members: dict[str, list[str]] = {}
    for f in page.frames:
        members.setdefault(root(f.id), []).append(f.id)
    return {f.id: tuple(members[root(f.id)]) for f in page.frames}


def group_of(page: Page, item_id: str) -> tuple[str, ...]:
    return groups(page).get(item_id, (item_id,))


def units(page: Page, ids: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The selection cut into what moves as one: a group when all of it is selected, else each item."""
    chosen, seen, out = set(ids), set(), []
    grouped = groups(page)
    for i in ids:
        if i in seen:
            continue
        g = grouped.get(i, (i,))
        unit = g if set(g) <= chosen else (i,)
        seen.update(unit)
        out.append(unit)
    return out


def followers(page: Page, ids: tuple[str, ...]) -> tuple[str, ...]:
    """`ids` and what goes with them: the caption frames right under a photo frame among them, and a
    sidebar's box (边栏的框) when all its story's frames on the page are among them."""
    chosen = set(ids)
    extra = []
    for p in page.frames:
        if p.id in chosen and p.kind == "photo":
            for c in page.frames:
                if c.kind == "caption" and c.photo == p.photo and c.id not in chosen and c.col == p.col \
                        and c.line == p.line + p.lines and (c.dx, c.dy) == (p.dx, p.dy):
                    extra.append(c.id)
    boxes = {b.id for b in page.boxes} - chosen
    if boxes:
        framed: dict[str, set[str]] = {}
        for f in page.frames:
            if f.story is not None:
                framed.setdefault(f.story, set()).add(f.id)
        extra += [box_id(sid) for sid, own in framed.items() if box_id(sid) in boxes and own <= chosen]
    return tuple(ids) + tuple(dict.fromkeys(extra))


# --- moving ----------------------------------------------------------------------------------------
def line_range(grid: ColumnGrid, x: Item) -> tuple[int, int]:
    """Lines an item may start on and end before: frames inside the type area, furniture inside the trim."""
    if isinstance(x, Frame):
        return 0, grid.line_count
    area = grid.type_area()
    return -math.floor(area.y / grid.leading + 1e-9), \
        grid.line_count + math.floor((grid.trim.height - area.bottom) / grid.leading + 1e-9)


def _shift(x: Item, dcol: int, dline: int, to_grid: bool = False) -> Item:
    x = replace(x, col=x.col + dcol, line=x.line + dline)
    return replace(x, dx=0.0, dy=0.0) if to_grid and isinstance(x, Frame) else x


def clamp_move(grid: ColumnGrid, page: Page, ids: tuple[str, ...], dcol: int, dline: int) -> tuple[int, int]:
    """The move (dcol, dline) cut short so that every item stays on the grid."""
    table = items(page)
    for i in ids:
        x = table.get(i)
        if x is None:
            continue
        col, cols, line, lines = span(x)
        top, bottom = line_range(grid, x)
        dcol = min(max(dcol, -col), grid.columns - cols - col)
        dline = min(max(dline, top - line), bottom - lines - line)
    return dcol, dline


def with_items(page: Page, changed: dict[str, Item | None], added: tuple[Item, ...] = ()) -> Page:
    """The page with items changed (None: removed) and new ones added on top of their kind."""
    def keep(seq: tuple, kind: type) -> tuple:
        out = []
        for x in seq:
            new = changed.get(x.id, x)
            if new is None:
                continue
            out.append(new if isinstance(new, kind) else x)
        return tuple(out) + tuple(a for a in added if isinstance(a, kind))
    return replace(page, frames=keep(page.frames, Frame), rules=keep(page.rules, RuleItem),
                   boxes=keep(page.boxes, BoxItem))


def locked(page: Page, ids: tuple[str, ...]) -> tuple[str, ...]:
    table = items(page)
    return tuple(i for i in ids if i in table and table[i].locked)


def move(grid: ColumnGrid, page: Page, ids: tuple[str, ...], dcol: int, dline: int, to_grid: bool = False) -> Page:
    """The items (and captions under moved photos) moved together by whole columns and lines, the move
    cut short at the grid's edges so the arrangement keeps its shape. Nothing moves if one is locked."""
    ids = followers(page, ids)
    if locked(page, ids):
        return page
    dcol, dline = clamp_move(grid, page, ids, dcol, dline)
    table = items(page)
    return with_items(page, {i: _shift(table[i], dcol, dline, to_grid) for i in ids if i in table})


def resize(grid: ColumnGrid, page: Page, item_id: str, edges: str, dcol: int, dline: int) -> Page:
    """A box or rule with the grabbed edges ("l", "r", "t", "b") moved by whole columns and lines, never
    below one column or line, never off the grid. A horizontal rule has only ends left and right, a
    vertical one only top and bottom. Locked items stay."""
    x = items(page).get(item_id)
    if x is None or isinstance(x, Frame) or x.locked:
        return page
    col, cols, line, lines = span(x)
    top, bottom = line_range(grid, x)
    vertical_rule = isinstance(x, RuleItem) and not x.horizontal
    if "l" in edges and not vertical_rule:
        new = min(max(0, col + dcol), col + cols - 1)
        cols, col = cols + (col - new), new
    if "r" in edges and not vertical_rule:
        cols = min(max(1, cols + dcol), grid.columns - col)
    horizontal_rule = isinstance(x, RuleItem) and x.horizontal
    if "t" in edges and not horizontal_rule:
        new = min(max(top, line + dline), line + lines - 1)
        lines, line = lines + (line - new), new
    if "b" in edges and not horizontal_rule:
        lines = min(max(1, lines + dline), bottom - line)
    if isinstance(x, RuleItem):
        new_x = replace(x, col=col, line=line, cols=cols if x.horizontal else 0, lines=0 if x.horizontal else lines)
    else:
        new_x = replace(x, col=col, cols=cols, line=line, lines=lines)
    return with_items(page, {item_id: new_x})


def offset(page: Page, ids: tuple[str, ...], dx: float, dy: float) -> Page:
    """Alt-drag: frames moved off the grid by (dx, dy) pt more than they were; furniture stays."""
    ids = followers(page, ids)
    if locked(page, ids):
        return page
    table = items(page)
    return with_items(page, {i: replace(x, dx=round(x.dx + dx, 2), dy=round(x.dy + dy, 2))
                             for i, x in table.items() if i in ids and isinstance(x, Frame)})


def _half_up(v: float) -> int:
    """Halves round up (towards the right and the foot), not to even."""
    return math.floor(v + 0.5)


def bounds(page: Page, ids: tuple[str, ...]) -> tuple[int, int, int, int]:
    """(first col, end col, first line, end line) around the items."""
    spans = [span(x) for i, x in items(page).items() if i in ids]
    return (min(s[0] for s in spans), max(s[0] + s[1] for s in spans),
            min(s[2] for s in spans), max(s[2] + s[3] for s in spans))


def align(grid: ColumnGrid, page: Page, ids: tuple[str, ...], how: str) -> Page:
    """Align the selection's units on the selection's bounds: left/right/top/bottom edges or the
    horizontal/vertical centres (rounded to the grid). Frames lose their free offset on that axis."""
    if how not in ALIGNS:
        raise ValueError(how)
    parts = units(page, ids)
    if len(parts) < 2 or locked(page, followers(page, ids)):
        return page
    c0, c1, l0, l1 = bounds(page, ids)
    for unit in parts:
        u0, u1, v0, v1 = bounds(page, unit)
        dcol = dline = 0
        if how == "left":
            dcol = c0 - u0
        elif how == "right":
            dcol = c1 - u1
        elif how == "hcentre":
            dcol = _half_up((c0 + c1 - u0 - u1) / 2)
        elif how == "top":
            dline = l0 - v0
        elif how == "bottom":
            dline = l1 - v1
        else:
            dline = _half_up((l0 + l1 - v0 - v1) / 2)
        page = move(grid, page, unit, dcol, dline)
        axis = {"dx": 0.0} if how in ("left", "right", "hcentre") else {"dy": 0.0}
        page = with_items(page, {i: replace(x, **axis) for i, x in items(page).items()
                                 if i in followers(page, unit) and isinstance(x, Frame)})
    return page


def distribute(grid: ColumnGrid, page: Page, ids: tuple[str, ...], axis: str) -> Page:
    """Equal space between the units across ("h") or down ("v"): the first and last stay where they are;
    the gaps, in whole columns or lines, differ by at most one."""
    parts = units(page, ids)
    if len(parts) < 3 or locked(page, followers(page, ids)):
        return page
    lo, hi = (0, 1) if axis == "h" else (2, 3)
    spans = sorted(((bounds(page, u), u) for u in parts), key=lambda b: (b[0][lo], b[0][hi]))
    first, last = spans[0][0], spans[-1][0]
    sizes = [b[hi] - b[lo] for b, _ in spans]
    gap = (last[hi] - first[lo] - sum(sizes)) / (len(spans) - 1)
    for k, (b, unit) in enumerate(spans[1:-1], start=1):
        delta = first[lo] + sum(sizes[:k]) + _half_up(gap * k) - b[lo]
        page = move(grid, page, unit, delta if axis == "h" else 0, delta if axis == "v" else 0)
    return page


# --- order, lock, delete -------------------------------------------------------------------------------
def restack(page: Page, ids: tuple[str, ...], how: str) -> Page:
    """Stacking order among items of one kind: "forward"/"backward" one step past an unselected
    neighbour, "front"/"back" to the end. Frames print in this order, the last on top."""
    chosen = set(ids)

    def order(seq: tuple) -> tuple:
        xs = list(seq)
        if how == "front":
            return tuple([x for x in xs if x.id not in chosen] + [x for x in xs if x.id in chosen])
        if how == "back":
            return tuple([x for x in xs if x.id in chosen] + [x for x in xs if x.id not in chosen])
        step = 1 if how == "forward" else -1
        rng = range(len(xs) - 2, -1, -1) if step == 1 else range(1, len(xs))
        for k in rng:
            j = k + step
            if xs[k].id in chosen and xs[j].id not in chosen:
                xs[k], xs[j] = xs[j], xs[k]
        return tuple(xs)
    if how not in ("forward", "backward", "front", "back"):
        raise ValueError(how)
    return replace(page, frames=order(page.frames), rules=order(page.rules), boxes=order(page.boxes))


def set_locked(page: Page, ids: tuple[str, ...], on: bool) -> Page:
    table = items(page)
    return with_items(page, {i: replace(table[i], locked=on) for i in ids if i in table})


def delete(page: Page, ids: tuple[str, ...]) -> Page:
    """The items removed (a photo's captions go with it); locked items stay."""
    table = items(page)
    return with_items(page, {i: None for i in followers(page, ids) if i in table and not table[i].locked})


# --- copy, paste, duplicate ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Clip:
    """Copied items with the stories and photos their frames hold."""
    frames: tuple[Frame, ...] = ()
    rules: tuple[RuleItem, ...] = ()
    boxes: tuple[BoxItem, ...] = ()
    stories: tuple[Story, ...] = ()
    photos: tuple[Photo, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.frames or self.rules or self.boxes)


def copy(doc: Document, page: Page, ids: tuple[str, ...]) -> Clip:
    ids = set(followers(page, ids))
    frames = tuple(f for f in page.frames if f.id in ids)
    story_ids = {f.story for f in frames if f.story}
    photo_ids = {f.photo for f in frames if f.photo}
    # (a photo keeps the story it goes with only when that story comes along: the clip is a document)
    return Clip(frames, tuple(r for r in page.rules if r.id in ids), tuple(b for b in page.boxes if b.id in ids),
                tuple(s for s in doc.stories if s.id in story_ids),
                tuple(p if p.story in story_ids else replace(p, story="") for p in doc.photos if p.id in photo_ids))


def taken_ids(doc: Document) -> set[str]:
    """Ids a new item may not use: frames are unique in the document; furniture shares their names."""
    out = {f.id for p in doc.pages for f in p.frames}
    for p in doc.pages:
        out.update(x.id for x in p.rules + p.boxes)
    return out


def fresh(taken: set[str], base: str) -> str:
    """`base` with the first number free (s1, s2 …; h1-copy, h1-copy2 …), recorded as taken."""
    if base.endswith("-copy"):
        name, k = base, 1
        while name in taken:
            k += 1
            name = f"{base}{k}"
    else:
        k = 1
        while f"{base}{k}" in taken:
            k += 1
        name = f"{base}{k}"
    taken.add(name)
    return name


def paste(doc: Document, page_index: int, clip: Clip, dcol: int = 0, dline: int = 0) -> tuple[Document, tuple[str, ...]]:
    """The clip placed on a page with new ids, moved by (dcol, dline) as far as the grid allows; each
    story and photo its frames hold is copied too, so the copy is edited apart from the original.
    Pasted items are unlocked. Returns the document and the new items' ids."""
    taken = taken_ids(doc)
    stories = {s.id for s in doc.stories}
    photos = {p.id for p in doc.photos}
    story_map = {s.id: fresh(stories, "s") for s in clip.stories}
    photo_map = {p.id: fresh(photos, "p") for p in clip.photos}
    new_stories = tuple(replace(s, id=story_map[s.id]) for s in clip.stories)
    new_photos = tuple(replace(p, id=photo_map[p.id], story=story_map.get(p.story, "")) for p in clip.photos)

    def base(name: str) -> str:
        return re.sub(r"-copy\d*$", "", name) + "-copy"
    added: list[Item] = []
    for f in clip.frames:
        added.append(replace(f, id=fresh(taken, base(f.id)), locked=False,
                             story=story_map.get(f.story, f.story) if f.story else None,
                             photo=photo_map.get(f.photo, f.photo) if f.photo else None))
    added += [replace(x, id=fresh(taken, base(x.id)), locked=False) for x in clip.rules + clip.boxes]
    page = doc.pages[page_index]
    staged = with_items(page, {}, tuple(added))
    new_ids = tuple(x.id for x in added)
    placed = move(doc.grid, staged, new_ids, dcol, dline)
    pages = list(doc.pages)
    pages[page_index] = placed
    return replace(doc, pages=tuple(pages), stories=doc.stories + new_stories, photos=doc.photos + new_photos), new_ids


def fit_to_grid(grid: ColumnGrid, clip: Clip) -> Clip:
    """A clip copied from a document on another grid, its frames, boxes and rules cut to this grid's
    columns and lines (kept where they stood as far as the grid allows)."""
    def fit(x):
        cols = min(x.cols, grid.columns) if x.cols else 0
        lines = min(x.lines, grid.line_count) if x.lines else 0
        col = min(x.col, grid.columns - max(cols, 1) + (0 if cols else 1))     # a vertical rule may stand at the far edge
        line = min(x.line, grid.line_count - max(lines, 1))
        return replace(x, col=max(0, col), cols=cols, line=max(0, line), lines=lines)
    return replace(clip, frames=tuple(map(fit, clip.frames)), rules=tuple(map(fit, clip.rules)),
                   boxes=tuple(map(fit, clip.boxes)))


def carry_styles(doc: Document, source: Document, stories: tuple[Story, ...]) -> Document:
    """The document with the paragraph and character styles that pasted stories name and it lacks,
    taken from the document they were copied from (with the styles those are based on). A style the
    document has keeps its own definition, as a page editor's paste does in InDesign."""
    wanted = {"paragraph": set(), "character": set()}
    for s in stories:
        for fmt in s.formats:
            if fmt.style:
                wanted["paragraph"].add(fmt.style)
            wanted["character"].update(r.style for r in fmt.runs if r.style)
    added: dict[str, list] = {"paragraph": [], "character": []}
    for kind, names in wanted.items():
        todo = sorted(names)
        while todo:
            name = todo.pop()
            d = source.sheet.get(name, kind)
            if d is None or doc.sheet.get(name, kind) is not None or d in added[kind]:
                continue
            added[kind].append(d)
            if d.based_on:
                todo.append(d.based_on)
    if not added["paragraph"] and not added["character"]:
        return doc
    sheet = replace(doc.sheet, paragraph=doc.sheet.paragraph + tuple(added["paragraph"]),
                    character=doc.sheet.character + tuple(added["character"]))
    styles = dict(doc.styles)
    styles.update({d.name: sheet.paragraph_style(d.name) for d in added["paragraph"]})
    return replace(doc, styles=styles, sheet=sheet)


# --- drawing tools -------------------------------------------------------------------------------------
def cells(grid: ColumnGrid, page: Page, a: tuple[float, float], b: tuple[float, float]) -> tuple[int, int, int, int]:
    """(col, cols, line, lines) of the grid cells a drag from a to b (pt) covers, inside the type area."""
    ca = grid.cell_at(*a, page.left_hand)
    cb = grid.cell_at(*b, page.left_hand)
    c0 = min(max(0, min(ca[0], cb[0])), grid.columns - 1)
    c1 = min(max(0, max(ca[0], cb[0])), grid.columns - 1)
    l0 = min(max(0, min(ca[1], cb[1])), grid.line_count - 1)
    l1 = min(max(0, max(ca[1], cb[1])), grid.line_count - 1)
    return c0, c1 - c0 + 1, l0, l1 - l0 + 1


def new_text_frame(doc: Document, page_index: int, col: int, cols: int, line: int, lines: int,
                   dx: float = 0.0, dy: float = 0.0) -> tuple[Document, str]:
    """An empty story in a new body frame: type into it, or link another story's overset to it."""
    sid = fresh({s.id for s in doc.stories}, "s")
    fid = fresh(taken_ids(doc), f"{sid}-body")
    f = Frame(fid, col, cols, line, lines, story=sid, part="body", dx=dx, dy=dy)
    return _add(replace(doc, stories=doc.stories + (Story(sid),)), page_index, f), fid


def new_photo_frame(doc: Document, page_index: int, col: int, cols: int, line: int, lines: int,
                    dx: float = 0.0, dy: float = 0.0) -> tuple[Document, str]:
    """An empty photo frame, waiting for a picture to be placed in it."""
    fid = fresh(taken_ids(doc), "photo")
    return _add(doc, page_index, Frame(fid, col, cols, line, lines, part="photo", dx=dx, dy=dy)), fid


def new_box(doc: Document, page_index: int, col: int, cols: int, line: int, lines: int) -> tuple[Document, str]:
    bid = fresh(taken_ids(doc), "box")
    return _add(doc, page_index, BoxItem(bid, col, cols, line, lines)), bid


def new_rule(doc: Document, page_index: int, a: tuple[float, float], b: tuple[float, float]) -> tuple[Document, str]:
    """A rule along the longer side of the drag: across the columns it covers on the press's line, or
    down the lines it covers in the gutter nearest the press."""
    grid = doc.grid
    page = doc.pages[page_index]
    col, cols, line, lines = cells(grid, page, a, b)
    rid = fresh(taken_ids(doc), "rule")
    if abs(b[0] - a[0]) >= abs(b[1] - a[1]):
        press_line = min(max(0, grid.cell_at(*a, page.left_hand)[1]), grid.line_count - 1)
        rule = RuleItem(rid, col, press_line, cols=cols)
    else:
        area = grid.type_area(page.left_hand)
        pitch = grid.column_width + grid.gutter_width
        gutter = min(max(0, round((a[0] - area.x + grid.gutter_width / 2) / pitch)), grid.columns)
        rule = RuleItem(rid, gutter, line, lines=lines)
    return _add(doc, page_index, rule), rid


def _add(doc: Document, page_index: int, x: Item) -> Document:
    pages = list(doc.pages)
    pages[page_index] = with_items(pages[page_index], {}, (x,))
    return replace(doc, pages=tuple(pages))
