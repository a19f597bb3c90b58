"""Rules, boxes and master items → display items, on the grid.

A horizontal rule goes through the middle of its line, across its columns' text width; a vertical
rule and a box's sides stand in the middle of the gutters, so they never touch the text beside them.
Patterned lines (花边) are built from straight segments, so both renderers draw them the same way.
"""
from __future__ import annotations

import functools
import math

from layout_app.geometry import Rect
from layout_app.layout.display import Box, Item, Rule
from layout_app.model.document import Document, Page
from layout_app.model.furniture import BoxItem, LineStyle, MasterText, RuleItem, long_date, weekday
from layout_app.model.grid import ColumnGrid


# --- geometry -----------------------------------------------------------------------------------
def gutter_x(grid: ColumnGrid, col: int, left_page: bool) -> float:
    """The middle of the gutter before column `col` (0: left of the type area, columns: right of it)."""
    g = grid.gutter_width or grid.body_size
    return grid.column_x(col, left_page) - g / 2


def rule_line(grid: ColumnGrid, rule: RuleItem, left_page: bool) -> tuple[float, float, float, float]:
    if rule.horizontal:
        y = grid.line_y(rule.line) + grid.leading / 2
        x = grid.column_x(rule.col, left_page)
        return x, y, x + grid.span_width(rule.cols), y
    x = gutter_x(grid, rule.col, left_page)
    return x, grid.line_y(rule.line), x, grid.line_y(rule.line + rule.lines)


def box_rect(grid: ColumnGrid, box: BoxItem, left_page: bool) -> Rect:
    x1, x2 = gutter_x(grid, box.col, left_page), gutter_x(grid, box.col + box.cols, left_page)
    y1, y2 = grid.line_y(box.line), grid.line_y(box.line + box.lines)
    return Rect(x1, y1, x2 - x1, y2 - y1)


# --- line patterns --------------------------------------------------------------------------------
def dash_of(style: LineStyle) -> tuple[float, ...]:
    w = style.width
    if style.pattern == "dotted":
        return (w, 1.5 * w)
    if style.pattern == "dashed":
        return (max(3.0, 6 * w), max(1.5, 3 * w))
    return ()


def _parallel(style: LineStyle) -> list[tuple[float, float]]:
    """(offset along the outward normal, width) of each stroke of a solid, double or 文武线 line."""
    w = style.width
    if style.pattern == "double":                  # two equal lines, one line's width apart
        return [(w, w), (-w, w)]
    if style.pattern == "thick_thin":              # 文武线: the thick line outside, a thin one inside
        thin, gap = w / 3, w / 2
        top = (w + gap + thin) / 2
        return [(top - w / 2, w), (top - w - gap - thin / 2, thin)]
    return [(0.0, w)]


def _wave_points(length: float, style: LineStyle) -> list[tuple[float, float]]:
    """(along, across) points of a 花边 pattern on a line of `length`, ending where it began."""
    w = style.width
    amp = max(1.0, 2 * w)
    period = max(4.0, 8 * w)
    n = max(1, round(length / period))
    step = length / n
    if style.pattern == "wave":
        k = 12 * n
        return [(length * i / k, amp * math.sin(2 * math.pi * i / k * n)) for i in range(k + 1)]
    if style.pattern == "zigzag":
        pts = [(0.0, 0.0)]
        for i in range(n):
            pts += [(step * (i + 0.25), amp), (step * (i + 0.75), -amp), (step * (i + 1), 0.0)]
        return pts
    raise ValueError(style.pattern)


def stroke(x1: float, y1: float, x2: float, y2: float, style: LineStyle) -> list[Rule]:
    """The rules that draw one straight line from (x1, y1) to (x2, y2) in `style`. Offsets go to the
    left of the direction of travel (outward for a box drawn clockwise on a y-down page)."""
    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return []
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx, ny = uy, -ux                                   # left of travel, y down
    c = style.color
    if style.pattern in ("wave", "zigzag"):
        pts = [(x1 + ux * a + nx * b, y1 + uy * a + ny * b) for a, b in _wave_points(length, style)]
        return [Rule(p[0], p[1], q[0], q[1], style.width, c) for p, q in zip(pts, pts[1:])]
    if style.pattern == "diamonds":                    # a chain of lozenges touching at their points
        size = max(4.0, 8 * style.width)
        n = max(1, round(length / size))
        step, h = length / n, length / n / 4
        out = []
        for i in range(n):
            a, m, b = step * i, step * (i + 0.5), step * (i + 1)
            pts = [(a, 0.0), (m, h), (b, 0.0), (m, -h), (a, 0.0)]
            xy = [(x1 + ux * s + nx * t, y1 + uy * s + ny * t) for s, t in pts]
            out += [Rule(p[0], p[1], q[0], q[1], style.width, c) for p, q in zip(xy, xy[1:])]
        return out
    dash = dash_of(style)
    return [Rule(x1 + nx * off, y1 + ny * off, x2 + nx * off, y2 + ny * off, w, c, dash)
            for off, w in _parallel(style)]


@functools.lru_cache(maxsize=1024)         # a 花边 is hundreds of segments: made once, not on every drag step
def rule_items(grid: ColumnGrid, rule: RuleItem, left_page: bool) -> tuple[Item, ...]:
    return tuple(stroke(*rule_line(grid, rule, left_page), rule.style))


@functools.lru_cache(maxsize=1024)
def box_items(grid: ColumnGrid, box: BoxItem, left_page: bool) -> tuple[tuple[Item, ...], tuple[Item, ...]]:
    """(tint, border): the tint goes under everything on the page, the border over the tint."""
    r = box_rect(grid, box, left_page)
    tint = (Box(r, fill=box.fill),) if box.fill is not None else ()
    st = box.style
    if st is None:
        return tint, ()
    if st.pattern in ("solid", "double", "thick_thin"):     # closed rectangles: clean corners
        border: list[Item] = []
        for off, w in _parallel(st):
            border.append(Box(Rect(r.x - off, r.y - off, r.width + 2 * off, r.height + 2 * off),
                              stroke=st.color, stroke_width=w))
        return tint, tuple(border)
    corners = [(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom), (r.x, r.y)]
    border = []
    for (ax, ay), (bx, by) in zip(corners, corners[1:]):   # clockwise: the left of travel is outside
        border += stroke(ax, ay, bx, by, st)
    return tint, tuple(border)


# --- master texts -------------------------------------------------------------------------------
def page_fields(doc: Document, page: Page) -> dict[str, str]:
    """What the fields of a master text say on this page."""
    try:
        long, day = (long_date(doc.date), weekday(doc.date)) if doc.date else ("", "")
    except ValueError:              # a document made in code with no ISO date: the fields stay empty
        long, day = "", ""
    return {"paper": doc.paper, "date": doc.date, "date:long": long, "weekday": day, "page": str(page.number),
            "section": page.section, "editor": page.editor, "art_editor": page.art_editor, **dict(doc.masthead)}


def text_rect(grid: ColumnGrid, t: MasterText, left_page: bool) -> Rect:
    return grid.frame_rect(t.col, t.cols, t.line, t.lines, left_page)
