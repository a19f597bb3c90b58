"""Vertical (竖排) headings: kicker, headline and deck in columns from the frame's right edge leftwards,
each column top to bottom in the fonts' vertical forms (text/vertical.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from layout_app.geometry import Rect
from layout_app.layout.display import BLACK, FrameReport, GlyphRun, Group, Item
from layout_app.layout.headline import FLOOR, STEP
from layout_app.text.fonts import FontRegistry
from layout_app.text.vertical import VerticalColumn, break_columns

COLUMN_PITCH = 1.2          # a column's width as a multiple of its size
MAX_COLUMNS = 2             # a vertical headline takes at most two columns


@dataclass(frozen=True, slots=True)
class PlacedColumn:
    """Where one column of a heading part stands on the page (for the caret: layout.vtextmap)."""
    part: str
    start: int                    # offset of its first character in the part's text
    text: str
    axis: float                   # page x of the column's centre line
    size: float
    face: str
    tops: tuple[float, ...]       # page y where each character's cell starts
    bottom: float                 # page y after the last one


def _columns(text: str, size: float, height: float, face: str, fonts: FontRegistry) -> list[VerticalColumn]:
    """A heading part in columns: a space is where a reader pauses, so each phrase starts a column of
    its own and the space itself is not set (a column that starts with a blank sits a character low);
    a phrase taller than the frame goes on in the next column."""
    return [c for phrase in text.split() for c in break_columns(phrase, size, height, face, fonts)]


def _width(columns: list[VerticalColumn], size: float) -> float:
    return len(columns) * size * COLUMN_PITCH


@lru_cache(maxsize=256)
def vertical_heading(frame_id: str, story: str, part: str, rect: Rect, blocks: tuple, fonts: FontRegistry,
                     cap_of) -> tuple[Group, FrameReport, tuple[tuple[str, int, str], ...], tuple[PlacedColumn, ...]]:
    """`blocks`: (part, style, face, text) in reading order; `cap_of(headline size)`: the largest
    kicker/deck size under it. Returns the group, the report, (part, offset, char) of each
    character the face cannot set and the columns in reading order. Cached: a drag step composes the
    same headings again and keeps their glyph runs."""
    fixed = [b for b in blocks if b[0] != "headline"]
    head = next((b for b in blocks if b[0] == "headline"), None)
    chosen: dict[str, tuple[float, list[VerticalColumn]]] = {}
    report = FrameReport(frame_id, story, part)
    size = head[1].size if head else 0.0
    while True:
        cap = cap_of(size) if head else None
        for p, st, face, text in fixed:
            s = st.size if cap is None else min(st.size, cap)
            chosen[p] = (s, _columns(text, s, rect.height, face, fonts))
        if head is None:
            break
        _, st, face, text = head
        cols = _columns(text, size, rect.height, face, fonts)
        chosen["headline"] = (size, cols)
        total = sum(_width(c, s) for s, c in chosen.values())
        fits = len(cols) <= MAX_COLUMNS and total <= rect.width + 0.01
        if fits or size - STEP < FLOOR - 1e-9:
            below = st.min_size is not None and size < st.min_size - 1e-9
            report = FrameReport(frame_id, story, part, size=size, below_min=below,
                                 overset_lines=0 if fits else len(cols))
            break
        size = round(size - STEP, 2)

    items: list[Item] = []
    missing: list[tuple[str, int, str]] = []
    placed: list[PlacedColumn] = []
    right = rect.x + rect.width
    for p, st, face, text in blocks:
        s, cols = chosen[p]
        offset = 0
        for col in cols:
            offset = text.index(col.text, offset)         # past the spaces left out between phrases
            axis = right - s * COLUMN_PITCH / 2.0
            items.append(GlyphRun(face, s, rect.y + col.ys[0], col.text, tuple(axis + x for x in col.xs),
                                  st.color if st.color else BLACK, 1.0, tuple(rect.y + y for y in col.ys),
                                  col.glyphs, col.turns))
            missing.extend((p, offset + k, ch) for k, (ch, g) in enumerate(zip(col.text, col.glyphs))
                           if g == 0 and not ch.isspace())
            placed.append(PlacedColumn(p, offset, col.text, axis, s, face, tuple(rect.y + t for t in col.tops),
                                       rect.y + col.height))
            offset += len(col.text)
            right -= s * COLUMN_PITCH
    return Group("text", frame_id, rect, tuple(items)), report, tuple(missing), tuple(placed)
