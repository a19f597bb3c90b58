"""Read and write page furniture (schema 3): masters, rules and boxes, with every problem located."""
from __future__ import annotations

import math
from typing import Any

from layout_app.errors import Notice, quote
from layout_app.io import wording as W
from layout_app.io.schema import (
    MAX_GRID_INDEX, MAX_LINE_TEXT, Reader, _ident, _items, boolean, choice, cmyk, integer, number, size, text_of,
)
from layout_app.model.furniture import (
    BOX_PATTERNS, FIELDS, PATTERNS, BoxItem, LineStyle, Master, MasterText, RuleItem, field_names,
)
from layout_app.model.grid import ColumnGrid
from layout_app.text.fonts import ROLES as FONT_ROLES, WEIGHTS
from layout_app.text.setter import ALIGNS

RULE_WIDTH = (0.1, 6.0)          # pt
MAX_FURNITURE = 500              # items of one master or page
STYLE_FIELDS = ("pattern", "width", "color")
RULE_FIELDS = ("id", "col", "cols", "line", "lines") + STYLE_FIELDS + ("locked",)        # locked: schema 4
BOX_FIELDS = ("id", "col", "cols", "line", "lines", "fill") + STYLE_FIELDS + ("locked",)
TEXT_FIELDS = ("id", "col", "cols", "line", "lines", "text", "font", "weight", "size", "align", "color")
MASTER_FIELDS = ("name", "texts", "rules", "boxes")
DOC_FIELDS = ("masters", "paper")
PAGE_FIELDS = ("master", "rules", "boxes", "editor", "art_editor")
_REQUIRED = object()


def line_bounds(grid: ColumnGrid) -> tuple[int, int]:
    """Lines an item may start on and end before: inside the trim, the margins included."""
    area = grid.type_area()
    above = math.floor(area.y / grid.leading + 1e-9)
    below = math.floor((grid.trim.height - area.bottom) / grid.leading + 1e-9)
    return -above, grid.line_count + below


def _line_style(r: Reader, s: dict, p: tuple, patterns=PATTERNS) -> LineStyle | None:
    pattern = r.field(s, p, "pattern", choice(patterns), "solid")
    if pattern == "none":
        return None
    return LineStyle(pattern or "solid", r.field(s, p, "width", number(*RULE_WIDTH), 0.5) or 0.5,
                     r.field(s, p, "color", cmyk, (0.0, 0.0, 0.0, 1.0)) or (0.0, 0.0, 0.0, 1.0))


def _place(r: Reader, s: dict, p: tuple, grid: ColumnGrid | None, col, cols, line, lines) -> None:
    """Problems when an item leaves the columns or the trim."""
    if grid is None or None in (col, cols, line, lines):
        return
    top, bottom = line_bounds(grid)
    if col + cols > grid.columns:
        r.problem(p + ("cols",), Notice(W.ITEM_PAST_COLUMN, col=col, cols=cols, n=grid.columns))
    if line < top:
        r.problem(p + ("line",), Notice(W.ITEM_ABOVE_TRIM, line=line, top=top))
    if line + lines > bottom:
        r.problem(p + ("line",), Notice(W.ITEM_BELOW_TRIM, line=line, lines=lines, bottom=bottom))


def _coord(r: Reader, s: dict, p: tuple, key: str, lo: int, default=_REQUIRED):
    conv = integer(lo, MAX_GRID_INDEX)
    return r.field(s, p, key, conv) if default is _REQUIRED else r.field(s, p, key, conv, default)


def _line(r: Reader, s: dict, p: tuple):
    """A line index; master items may use negative lines (the top margin)."""
    return r.field(s, p, "line", integer(-MAX_GRID_INDEX, MAX_GRID_INDEX))


def read_rule(r: Reader, value: Any, p: tuple, grid: ColumnGrid | None) -> RuleItem | None:
    s = r.mapping(value, p, RULE_FIELDS)
    if s is None:
        return None
    rid = r.field(s, p, "id", _ident)
    col = _coord(r, s, p, "col", 0)
    line = _line(r, s, p)
    cols = _coord(r, s, p, "cols", 1, 0) if "cols" in s else 0
    lines = _coord(r, s, p, "lines", 1, 0) if "lines" in s else 0
    style = _line_style(r, s, p)
    locked = r.field(s, p, "locked", boolean, False)
    if ("cols" in s) == ("lines" in s):
        r.problem(p, Notice(W.RULE_ONE_WAY))
        return None
    if grid is not None and None not in (col, line, cols, lines):
        if cols:
            _place(r, s, p, grid, col, cols, line, 1)
        else:
            if col > grid.columns:
                r.problem(p + ("col",), Notice(W.RULE_GUTTER, n=grid.columns, col=col))
            _place(r, s, p, grid, 0, 1, line, lines)
    if None in (rid, col, line, cols, lines, style):
        return None
    return RuleItem(rid, col, line, cols, lines, style, bool(locked))


def read_box(r: Reader, value: Any, p: tuple, grid: ColumnGrid | None) -> BoxItem | None:
    s = r.mapping(value, p, BOX_FIELDS)
    if s is None:
        return None
    rid = r.field(s, p, "id", _ident)
    col, cols = _coord(r, s, p, "col", 0), _coord(r, s, p, "cols", 1)
    line, lines = _line(r, s, p), _coord(r, s, p, "lines", 1)
    style = _line_style(r, s, p, BOX_PATTERNS)
    fill = r.field(s, p, "fill", cmyk, None)
    locked = r.field(s, p, "locked", boolean, False)
    if style is None and fill is None and s.get("pattern") == "none":
        r.problem(p, Notice(W.BOX_EMPTY))
    _place(r, s, p, grid, col, cols, line, lines)
    if None in (rid, col, cols, line, lines):
        return None
    return BoxItem(rid, col, cols, line, lines, style, fill, bool(locked))


def read_text(r: Reader, value: Any, p: tuple, grid: ColumnGrid | None) -> MasterText | None:
    s = r.mapping(value, p, TEXT_FIELDS)
    if s is None:
        return None
    rid = r.field(s, p, "id", _ident)
    col, cols = _coord(r, s, p, "col", 0), _coord(r, s, p, "cols", 1)
    line = _line(r, s, p)
    body = r.field(s, p, "text", text_of(MAX_LINE_TEXT))
    if body is not None:
        for name in field_names(body):
            if name not in FIELDS:
                r.problem(p + ("text",), Notice(W.NOT_A_FIELD, name="{" + name + "}",
                                                fields=", ".join("{" + f + "}" for f in FIELDS)))
    d = MasterText("", 0, 1, 0, "")
    t = MasterText(rid or "", col or 0, cols or 1, line or 0, body or "",
                   r.field(s, p, "font", choice(FONT_ROLES), d.font), r.field(s, p, "weight", choice(WEIGHTS), d.weight),
                   r.field(s, p, "size", size, d.size), r.field(s, p, "align", choice(ALIGNS), d.align),
                   r.field(s, p, "color", cmyk, d.color), r.field(s, p, "lines", integer(1, 100), 1) or 1)
    _place(r, s, p, grid, col, cols, line, t.lines)
    return None if None in (rid, col, cols, line, body) else t


def _list(r: Reader, value: Any, p: tuple, read, grid) -> tuple:
    out, seen = [], {}
    items = _items(r, value, p)
    if len(items) > MAX_FURNITURE:
        r.problem(p, Notice(W.TOO_MANY, n=len(items), limit=MAX_FURNITURE))
        return ()
    for i, v in enumerate(items):
        item = read(r, v, p + (i,), grid)
        if item is None:
            continue
        if item.id in seen:
            r.problem(p + (i, "id"), Notice(W.ID_USED, value=quote(item.id), line=r.loc.line(seen[item.id])))
        seen[item.id] = p + (i, "id")
        out.append(item)
    return tuple(out)


def read_masters(r: Reader, value: Any, path: tuple, grid: ColumnGrid | None) -> tuple[Master, ...]:
    masters, seen = [], {}
    for i, v in enumerate(_items(r, value, path)):
        p = path + (i,)
        s = r.mapping(v, p, MASTER_FIELDS)
        if s is None:
            continue
        name = r.field(s, p, "name", _ident)
        if name in seen:
            r.problem(p + ("name",), Notice(W.MASTER_TWICE, name=quote(name), line=r.loc.line(seen[name])))
        seen[name] = p + ("name",)
        masters.append(Master(name or "", _list(r, s.get("texts"), p + ("texts",), read_text, grid),
                              _list(r, s.get("rules"), p + ("rules",), read_rule, grid),
                              _list(r, s.get("boxes"), p + ("boxes",), read_box, grid)))
    return tuple(masters)


def read_page_furniture(r: Reader, s: dict, p: tuple, grid: ColumnGrid | None, masters: tuple[Master, ...]) -> dict:
    """The page's schema-3 fields, as keyword arguments for Page."""
    master = r.field(s, p, "master", _ident, "")
    if master and master not in {m.name for m in masters}:
        known = ", ".join(m.name for m in masters)
        r.problem(p + ("master",), Notice(W.NO_MASTER, name=quote(master), known=known) if known
                  else Notice(W.NO_MASTERS, name=quote(master)))
    line = text_of(MAX_LINE_TEXT)
    return dict(master=master or "", rules=_list(r, s.get("rules"), p + ("rules",), read_rule, grid),
                boxes=_list(r, s.get("boxes"), p + ("boxes",), read_box, grid),
                editor=r.field(s, p, "editor", line, "") or "", art_editor=r.field(s, p, "art_editor", line, "") or "")


# --- writing ----------------------------------------------------------------------------------
def _num(v: float) -> float | int:
    v = round(v, 4)
    return int(v) if v == int(v) else v


def _style_data(st: LineStyle | None, box: bool = False) -> dict:
    if st is None:
        return {"pattern": "none"} if box else {}
    out: dict[str, Any] = {}
    if st.pattern != "solid":
        out["pattern"] = st.pattern
    if st.width != 0.5:
        out["width"] = _num(st.width)
    if st.color != (0.0, 0.0, 0.0, 1.0):
        out["color"] = [_num(c * 100) for c in st.color]
    return out


def rule_data(x: RuleItem) -> dict:
    d: dict[str, Any] = {"id": x.id, "col": x.col, "line": x.line}
    d.update({"cols": x.cols} if x.horizontal else {"lines": x.lines})
    return d | _style_data(x.style) | ({"locked": True} if x.locked else {})


def box_data(x: BoxItem) -> dict:
    d: dict[str, Any] = {"id": x.id, "col": x.col, "cols": x.cols, "line": x.line, "lines": x.lines}
    if x.fill is not None:
        d["fill"] = [_num(c * 100) for c in x.fill]
    return d | _style_data(x.style, box=True) | ({"locked": True} if x.locked else {})


def text_data(t: MasterText) -> dict:
    d: dict[str, Any] = {"id": t.id, "col": t.col, "cols": t.cols, "line": t.line, "text": t.text}
    dflt = MasterText("", 0, 1, 0, "")
    for key in ("font", "weight", "size", "align", "lines"):
        if getattr(t, key) != getattr(dflt, key):
            d[key] = _num(getattr(t, key)) if key == "size" else getattr(t, key)
    if t.color != dflt.color:
        d["color"] = [_num(c * 100) for c in t.color]
    return d


def master_data(m: Master) -> dict:
    d: dict[str, Any] = {"name": m.name}
    for key, conv in (("texts", text_data), ("rules", rule_data), ("boxes", box_data)):
        if getattr(m, key):
            d[key] = [conv(x) for x in getattr(m, key)]
    return d


def page_furniture_data(pg) -> dict:
    d: dict[str, Any] = {}
    for key in ("master", "editor", "art_editor"):
        if getattr(pg, key):
            d[key] = getattr(pg, key)
    if pg.rules:
        d["rules"] = [rule_data(x) for x in pg.rules]
    if pg.boxes:
        d["boxes"] = [box_data(x) for x in pg.boxes]
    return d

