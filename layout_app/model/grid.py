"""The page and its column grid: trim, bleed, margins, columns and gutters, the body line grid.

Lengths on the page are kept in mm as the template wrote them (exact save/load); everything
derived is in pt. Body columns are a whole number of characters wide; what the division leaves
over goes into the gutters, so every column starts and ends on the character grid.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from layout_app.geometry import Rect, Size
from layout_app.units import mm


@dataclass(frozen=True)
class Margins:
    top: float      # mm
    bottom: float
    inside: float   # the spine side: left on a right-hand (odd) page
    outside: float


@dataclass(frozen=True)
class ColumnGrid:
    width: float            # trim width, mm
    height: float           # trim height, mm
    bleed: float            # mm
    margins: Margins
    columns: int            # basic columns (栏)
    gutter: float           # gutter between basic columns, in body characters
    body_size: float        # pt
    leading: float          # pt: body line pitch (size + gap); the vertical grid
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    # --- page -----------------------------------------------------------------------------
    @property
    def trim(self) -> Size:
        return Size(mm(self.width), mm(self.height))

    @property
    def bleed_pt(self) -> float:
        return mm(self.bleed)

    def type_area(self, left_page: bool = False) -> Rect:
        """The 版心 in pt. On a left-hand page the inside margin is on the right."""
        key = ("type_area", left_page)         # asked for by every column and line position
        area = self._cache.get(key)
        if area is None:
            m = self.margins
            left = m.outside if left_page else m.inside
            area = Rect(mm(left), mm(m.top), mm(self.width - m.inside - m.outside),
                        mm(self.height - m.top - m.bottom))
            self._cache[key] = area
        return area

    # --- columns ------------------------------------------------------------------------------
    @property
    def column_chars(self) -> int:
        """Characters of body text in one basic column."""
        c = self._cache.get("column_chars")
        if c is None:
            chars = self.type_area().width / self.body_size
            c = math.floor((chars - (self.columns - 1) * self.gutter) / self.columns + 1e-9)
            self._cache["column_chars"] = c
        return c

    @property
    def column_width(self) -> float:
        return self.column_chars * self.body_size

    @property
    def gutter_width(self) -> float:
        """The gutter in pt: at least `gutter` characters, plus the division's remainder."""
        g = self._cache.get("gutter_width")
        if g is None:
            g = 0.0 if self.columns == 1 else (self.type_area().width - self.columns * self.column_width) / (self.columns - 1)
            self._cache["gutter_width"] = g
        return g

    def column_x(self, col: int, left_page: bool = False) -> float:
        return self.type_area(left_page).x + col * (self.column_width + self.gutter_width)

    def span_width(self, cols: int) -> float:
        return cols * self.column_width + (cols - 1) * self.gutter_width

    def span_chars(self, cols: int) -> int:
        """Body characters across `cols` joined columns: 13n + (n−1) on a 13-character grid."""
        return math.floor(self.span_width(cols) / self.body_size + 1e-9)

    # --- lines --------------------------------------------------------------------------------
    @property
    def line_count(self) -> int:
        return math.floor(self.type_area().height / self.leading + 1e-9)

    def line_y(self, line: int) -> float:
        return self.type_area().y + line * self.leading

    def cell_at(self, x: float, y: float, left_page: bool = False) -> tuple[int, int]:
        """(column, line) of the grid cell under a page point in pt (may lie outside the grid)."""
        area = self.type_area(left_page)
        return (int((x - area.x) // (self.column_width + self.gutter_width)), int((y - area.y) // self.leading))

    def frame_rect(self, col: int, cols: int, line: int, lines: int, left_page: bool = False) -> Rect:
        key = (col, cols, line, lines, left_page)    # a page's frames are placed again on every drag step
        r = self._cache.get(key)
        if r is None:
            if len(self._cache) > 4096:
                self._cache.clear()
            r = Rect(self.column_x(col, left_page), self.line_y(line), self.span_width(cols), lines * self.leading)
            self._cache[key] = r
        return r

    def check(self) -> list[str]:
        """What makes this grid unusable, in words."""
        problems = []
        if self.columns < 1:
            problems.append("columns: must be at least 1")
        if self.body_size <= 0 or self.leading < self.body_size:
            problems.append("leading: must be at least the body size")
        area = self.type_area()
        if area.width <= 0 or area.height <= 0:
            problems.append("margins: leave no type area inside the trim")
        elif self.columns >= 1 and self.column_chars < 1:
            problems.append("columns: too many for the type area at this body size")
        return problems
