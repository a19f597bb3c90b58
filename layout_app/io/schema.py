"""Read and check the document format (schemas 1 to 4); every problem names its file, line and field.

Every number has bounds a newspaper page can use; a value outside them is refused where it stands,
before it can reach the layout engine or a PDF.
"""
from __future__ import annotations

import datetime
import math
import re
from typing import Any, Callable

from layout_app.errors import DocumentError, InputError, Notice, Problem, quote
from layout_app.io import wording as W
from layout_app.io.located import Located, dotted
from layout_app.model.document import BYLINE_PLACES, OLDEST_SCHEMA, SCHEMA_VERSION, Document, Page
from layout_app.model.frame import TEXT_PARTS, WRAP_MODES, Frame
from layout_app.model.furniture import MASTHEAD_FIELDS
from layout_app.model.grid import ColumnGrid, Margins
from layout_app.model.story import QUERIES, RANKS, Crop, Photo, Story
from layout_app.model.styles import ROLES
from layout_app.units import parse_size

_MISSING = object()

# Bounds (sizes in pt unless said otherwise)
TRIM_MM = (50.0, 2000.0)         # each side of the trimmed page
MARGIN_MM = (0.0, 500.0)
MAX_COLUMNS = 30
MAX_GUTTER = 10.0                # body characters
BODY_SIZE = (5.0, 24.0)
GRID_LEADING = (5.0, 72.0)
TYPE_SIZE = (5.0, 200.0)         # any style: 八号 (5 pt) up to a banner's largest
STYLE_LEADING = (1.0, 400.0)
MAX_TEXT_COLUMNS = 20            # text columns inside one body frame
MAX_GRID_INDEX = 10_000          # col/line/cols/lines before the grid bounds them
MAX_PAGE_NUMBER = 999
MIN_CROP_SPAN = 0.05             # the editor never crops below 5 % of the picture (editor/cropping.py)
MAX_SHIFT = 2000.0               # frame dx/dy
MAX_ID = 64                      # characters of an id
MAX_LINE_TEXT = 500              # a title, kicker, headline, deck, byline, credit or section
MAX_PARAGRAPH = 100_000          # a body paragraph, caption or comment
MAX_ITEMS = 10_000               # stories, photos, pages, frames of a page, paragraphs of a story


class Reader:
    """Walks parsed YAML, collecting every problem instead of stopping at the first."""

    def __init__(self, loc: Located):
        self.loc = loc
        self.problems: list[Problem] = []

    def problem(self, path: tuple, message: str) -> None:
        self.problems.append(Problem(self.loc.file, self.loc.line(path), dotted(path), message))

    def mapping(self, value: Any, path: tuple, allowed: tuple[str, ...]) -> dict | None:
        if not isinstance(value, dict):
            self.problem(path, Notice(W.MAPPING, kind=_kind(value)))
            return None
        for key in value:
            if key not in allowed:
                self.problem(path + (key,), Notice(W.UNKNOWN_FIELD, key=quote(key), allowed=", ".join(allowed)))
        return value

    def field(self, m: dict, path: tuple, key: str, convert: Callable[[Any], Any], default: Any = _MISSING) -> Any:
        if key not in m or m[key] is None and default is not _MISSING:
            if default is _MISSING:
                self.problem(path + (key,), Notice(W.MISSING))
                return None
            return default
        try:
            return convert(m[key])
        except (InputError, ValueError, TypeError) as exc:
            self.problem(path + (key,), _wording(exc))
            return None

    def raise_if_any(self) -> None:
        if self.problems:
            raise DocumentError(self.problems)


def _wording(exc: Exception) -> str:
    """A converter's message: its Notice (translated in the editor) or its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Notice) else str(exc)


def _kind(value: Any) -> str:
    kind = {dict: W.KIND_MAPPING, list: W.KIND_LIST, str: W.KIND_TEXT, type(None): W.KIND_NOTHING,
            bool: W.KIND_BOOL}.get(type(value))
    return Notice(kind) if kind else type(value).__name__


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


# --- converters: raise ValueError with a message in words -------------------------------------
def number(lo: float | None = None, hi: float | None = None) -> Callable[[Any], float]:
    def conv(v: Any) -> float:
        if not _is_number(v):
            raise ValueError(Notice(W.NUMBER, value=quote(v)))
        if lo is not None and v < lo:
            raise ValueError(Notice(W.AT_LEAST, lo=f"{lo:g}", value=f"{v:g}"))
        if hi is not None and v > hi:
            raise ValueError(Notice(W.AT_MOST, hi=f"{hi:g}", value=f"{v:g}"))
        return float(v)
    return conv


def integer(lo: int = 0, hi: int | None = None) -> Callable[[Any], int]:
    def conv(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError(Notice(W.WHOLE, value=quote(v)))
        if v < lo:
            raise ValueError(Notice(W.AT_LEAST, lo=lo, value=v))
        if hi is not None and v > hi:
            raise ValueError(Notice(W.AT_MOST, hi=hi, value=quote(v)))
        return v
    return conv


def text(v: Any) -> str:
    if isinstance(v, (dict, list)):
        raise ValueError(Notice(W.TEXT, kind=_kind(v)))
    if isinstance(v, bool):
        raise ValueError(Notice(W.TEXT_QUOTES, kind=_kind(v)))
    return "" if v is None else str(v)


def text_of(limit: int) -> Callable[[Any], str]:
    def conv(v: Any) -> str:
        s = text(v)
        if len(s) > limit:
            raise ValueError(Notice(W.TOO_LONG, n=len(s), limit=limit))
        return s
    return conv


def read_masthead(r, value: Any) -> tuple[tuple[str, str], ...]:
    """Schema 10: the masthead's parts ({organ: 中共柳河市委机关报, cn: …}), in MASTHEAD_FIELDS order."""
    if value is None:
        return ()
    m = r.mapping(value, ("masthead",), MASTHEAD_FIELDS)
    if m is None:
        return ()
    got = {k: r.field(m, ("masthead",), k, text_of(MAX_LINE_TEXT), "") for k in MASTHEAD_FIELDS}
    return tuple((k, v.strip()) for k, v in got.items() if v and v.strip())


def iso_date(v: Any) -> str:
    s = text(v)
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError
        datetime.date.fromisoformat(s)
    except ValueError:
        raise ValueError(Notice(W.DATE, value=quote(v))) from None
    return s


def boolean(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError(Notice(W.BOOLEAN, value=quote(v)))
    return v


def choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def conv(v: Any) -> str:
        if not isinstance(v, str) or v not in options:
            raise ValueError(Notice(W.NOT_ONE_OF, value=quote(v), options=", ".join(options)))
        return v
    return conv


def sized(lo: float, hi: float) -> Callable[[Any], float]:
    """A type size in pt or a 号 name, within [lo, hi] pt."""
    def conv(v: Any) -> float:
        if isinstance(v, str) and len(v) > 40:
            raise ValueError(Notice(W.UNKNOWN_SIZE, value=quote(v)))
        pt = parse_size(v)
        if not lo <= pt <= hi:
            raise ValueError(Notice(W.SIZE_RANGE, lo=lo, hi=hi, pt=pt))
        return pt
    return conv


size = sized(*TYPE_SIZE)


def cmyk(v: Any) -> tuple[float, float, float, float]:
    if not isinstance(v, list) or len(v) != 4 or not all(_is_number(c) and 0 <= c <= 100 for c in v):
        raise ValueError(Notice(W.CMYK, value=quote(v)))
    return tuple(c / 100.0 for c in v)  # type: ignore[return-value]


# --- sections ---------------------------------------------------------------------------------
GRID_FIELDS = ("trim", "bleed", "margins", "columns", "gutter", "body_size", "leading")


def read_grid(r: Reader, value: Any, path: tuple) -> ColumnGrid | None:
    m = r.mapping(value, path, GRID_FIELDS)
    if m is None:
        return None
    trim = m.get("trim")
    lo, hi = TRIM_MM
    if not isinstance(trim, list) or len(trim) != 2 or not all(_is_number(v) and lo <= v <= hi for v in trim):
        r.problem(path + ("trim",), Notice(W.TRIM, lo=lo, hi=hi, value=quote(trim)))
        trim = None
    mg = r.mapping(m.get("margins"), path + ("margins",), ("top", "bottom", "inside", "outside"))
    margins = None
    if mg is not None:
        vals = [r.field(mg, path + ("margins",), k, number(*MARGIN_MM)) for k in ("top", "bottom", "inside", "outside")]
        if None not in vals:
            margins = Margins(*vals)
    bleed = r.field(m, path, "bleed", number(0, 20), 3.0)
    columns = r.field(m, path, "columns", integer(1, MAX_COLUMNS))
    gutter = r.field(m, path, "gutter", number(0, MAX_GUTTER), 1.0)
    body = r.field(m, path, "body_size", sized(*BODY_SIZE))
    leading = r.field(m, path, "leading", number(*GRID_LEADING))
    if None in (trim, margins, bleed, columns, gutter, body, leading):
        return None
    grid = ColumnGrid(float(trim[0]), float(trim[1]), bleed, margins, columns, gutter, body, leading)
    for msg in grid.check():
        r.problem(path, msg)
    return grid


DOC_FIELDS = ("schema", "title", "date", "template", "grid", "styles", "stories", "photos", "pages", "spreads",
              "byline_place",
              "char_styles")      # schema 3: style sheets (io/stylesheet.py)
STORY_FIELDS = ("id", "kicker", "headline", "deck", "body", "byline", "rank", "query")     # query: schema 5
PHOTO_FIELDS = ("id", "file", "caption", "credit", "crop", "checksum", "fit", "checked", "comment", "story")  # story: 6
PAGE_FIELDS = ("id", "number", "section", "frames")
# schema 3, furniture: masters and paper on the document; master, rules, boxes, editors on a page
DOC_FIELDS += ("masters", "paper")
DOC_FIELDS += ("masthead",)           # schema 10: the 报头's organ, CN, issue, 农历, weather (MASTHEAD_FIELDS)
PAGE_FIELDS += ("master", "rules", "boxes", "editor", "art_editor")
FRAME_FIELDS = ("id", "col", "cols", "line", "lines", "story", "part", "photo", "text_columns", "style", "dx", "dy",
                "vertical") \
    + ("wrap", "standoff_lines", "standoff_chars", "overlap") \
    + ("locked",)                                                  # schema 4: frames the editor keeps still
MAX_STANDOFF = 20.0              # standoff lines or characters


def _ident(v: Any) -> str:
    if not isinstance(v, (str, int)) or isinstance(v, bool) or str(v).strip() == "":
        raise ValueError(Notice(W.NAME, value=quote(v)))
    if len(str(v)) > MAX_ID:
        raise ValueError(Notice(W.NAME_LONG, limit=MAX_ID, value=quote(v), n=len(str(v))))
    return str(v)


def _template_name(v: Any) -> str:
    """A shipped template's name, or a template file's (`custom.yaml`, as `--template` takes it):
    a misspelt name (duikia) would open silently and be saved again as if it were a template."""
    name = _ident(v)
    if name.endswith(".yaml"):
        return name
    from layout_app.assets import TEMPLATES_DIR     # (io.templates builds on this module)

    shipped = sorted(p.stem for p in TEMPLATES_DIR.glob("*.yaml"))
    if name not in shipped:
        raise ValueError(Notice(W.UNKNOWN_TEMPLATE, value=quote(v), names=", ".join(shipped)))
    return name


def _items(r: Reader, value: Any, path: tuple) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        r.problem(path, Notice(W.LIST, kind=_kind(value)))
        return []
    if len(value) > MAX_ITEMS:
        r.problem(path, Notice(W.TOO_MANY, n=len(value), limit=MAX_ITEMS))
        return []
    return value


def _crop(v: Any) -> Crop:
    if not (isinstance(v, list) and len(v) == 4 and all(_is_number(c) for c in v)
            and 0 <= v[0] < v[2] <= 1 and 0 <= v[1] < v[3] <= 1):
        raise ValueError(Notice(W.CROP, value=quote(v)))
    if v[2] - v[0] < MIN_CROP_SPAN - 1e-6 or v[3] - v[1] < MIN_CROP_SPAN - 1e-6:
        raise ValueError(Notice(W.CROP_SMALL, share=MIN_CROP_SPAN, value=quote(v)))
    return Crop(*map(float, v))


def read_document(loc: Located) -> Document:
    r = Reader(loc)
    m = r.mapping(loc.value, (), DOC_FIELDS)
    if m is None:
        r.raise_if_any()
    schema = m.get("schema")
    if type(schema) is not int or schema not in range(OLDEST_SCHEMA, SCHEMA_VERSION + 1):   # not true, not 1.0
        r.problem(("schema",), Notice(W.SCHEMA, oldest=OLDEST_SCHEMA, newest=SCHEMA_VERSION, value=quote(schema)))
        r.raise_if_any()
    title = r.field(m, (), "title", text_of(MAX_LINE_TEXT), "")
    date = r.field(m, (), "date", iso_date, "")
    template = r.field(m, (), "template", _template_name, "")
    grid = read_grid(r, m.get("grid"), ("grid",))
    # style sheets (schema 3) live in io/stylesheet.py, which builds on this module's converters
    from layout_app.io.stylesheet import read_body, read_sheet
    sheet, styles = read_sheet(r, m.get("styles"), m.get("char_styles"), schema)
    # --- furniture (schema 3) ---
    from layout_app.io import furniture          # (it builds on this module's readers)
    masters = furniture.read_masters(r, m.get("masters"), ("masters",), grid)
    paper = r.field(m, (), "paper", text_of(MAX_LINE_TEXT), "")
    masthead = read_masthead(r, m.get("masthead"))

    stories = []
    seen: dict[str, tuple] = {}     # ids are unique within each kind: stories, photos, pages, frames
    for i, sv in enumerate(_items(r, m.get("stories"), ("stories",))):
        p = ("stories", i)
        s = r.mapping(sv, p, STORY_FIELDS)
        if s is None:
            continue
        sid = r.field(s, p, "id", _ident)
        body, formats = read_body(r, s.get("body"), p + ("body",), sheet, schema)
        line = text_of(MAX_LINE_TEXT)
        story = Story(sid or "", r.field(s, p, "headline", line, ""), r.field(s, p, "kicker", line, ""),
                      r.field(s, p, "deck", line, ""), body, r.field(s, p, "byline", line, ""),
                      rank=r.field(s, p, "rank", choice(RANKS), ""), formats=formats,     # schema 3
                      query=r.field(s, p, "query", choice(QUERIES), ""))                  # schema 5
        _unique(r, seen, sid, p, "story")
        stories.append(story)

    photos = []
    seen = {}
    for i, pv in enumerate(_items(r, m.get("photos"), ("photos",))):
        p = ("photos", i)
        s = r.mapping(pv, p, PHOTO_FIELDS)
        if s is None:
            continue
        pid = r.field(s, p, "id", _ident)
        photos.append(Photo(pid or "", r.field(s, p, "file", _file), r.field(s, p, "caption", text_of(MAX_PARAGRAPH), ""),
                            r.field(s, p, "credit", text_of(MAX_LINE_TEXT), ""), r.field(s, p, "crop", _crop, Crop()),
                            r.field(s, p, "checksum", text_of(MAX_ID * 2), ""),
                            r.field(s, p, "fit", boolean, False), r.field(s, p, "checked", boolean, False),
                            r.field(s, p, "comment", text_of(MAX_PARAGRAPH), ""),
                            r.field(s, p, "story", _ident, "")))                                  # schema 6
        _unique(r, seen, pid, p, "photo")

    story_ids = {s.id for s in stories}
    photo_ids = {p.id for p in photos}
    for i, ph in enumerate(photos):
        if ph.story and ph.story not in story_ids:
            r.problem(("photos", i, "story"), Notice(W.NO_STORY, value=quote(ph.story)))
    pages = []
    numbers: dict[int, tuple] = {}
    seen = {}
    seen_frames: dict[str, tuple] = {}
    page_list = _items(r, m.get("pages"), ("pages",))
    if not page_list and "pages" not in [pr.field for pr in r.problems]:
        r.problem(("pages",), Notice(W.NO_PAGE))
    elif len(page_list) > MAX_PAGE_NUMBER:
        r.problem(("pages",), Notice(W.PAGES_MANY, n=len(page_list), limit=MAX_PAGE_NUMBER))
        page_list = []
    for i, pv in enumerate(page_list):
        p = ("pages", i)
        s = r.mapping(pv, p, PAGE_FIELDS)
        if s is None:
            continue
        pid = r.field(s, p, "id", _ident)
        _unique(r, seen, pid, p, "page")
        number = r.field(s, p, "number", integer(1, MAX_PAGE_NUMBER), i + 1)
        if number in numbers:
            r.problem(p + ("number",), Notice(W.NUMBER_TWICE, number=number, line=loc.line(numbers[number])))
        numbers[number] = p + ("number",)
        frames = []
        for k, fv in enumerate(_items(r, s.get("frames"), p + ("frames",))):
            frame = _read_frame(r, fv, p + ("frames", k), grid, story_ids, photo_ids, seen_frames,
                                tuple(dict.fromkeys(ROLES + sheet.names())))
            if frame is not None:
                frames.append(frame)
        pages.append(Page(pid or "", number or i + 1, tuple(frames), r.field(s, p, "section", text_of(MAX_LINE_TEXT), ""),
                          **furniture.read_page_furniture(r, s, p, grid, masters)))

    spreads = []
    page_ids = {pg.id for pg in pages}
    for i, sp in enumerate(_items(r, m.get("spreads"), ("spreads",))):
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, (str, int)) and str(x) in page_ids
                                                              for x in sp)):
            r.problem(("spreads", i), Notice(W.SPREAD, value=quote(sp)))
        else:
            spreads.append((str(sp[0]), str(sp[1])))

    byline_place = r.field(m, (), "byline_place", choice(BYLINE_PLACES), "head")
    r.raise_if_any()
    return Document(grid, styles, tuple(pages), tuple(stories), tuple(photos), title, date, template, tuple(spreads),
                    byline_place, sheet, masters=masters, paper=paper or "", masthead=masthead)


def _file(v: Any) -> str:
    s = text_of(1000)(v)
    if not s.strip():
        raise ValueError(Notice(W.PHOTO_FILE))
    return s


def _unique(r: Reader, seen: dict, ident: str | None, path: tuple, what: str) -> None:
    if ident is None:
        return
    if ident in seen:
        r.problem(path + ("id",), Notice(W.ID_USED, value=quote(ident), line=r.loc.line(seen[ident])))
    else:
        seen[ident] = path + ("id",)


def _read_frame(r: Reader, value: Any, p: tuple, grid: ColumnGrid | None, story_ids: set, photo_ids: set,
                seen: dict, style_names: tuple[str, ...] = ROLES) -> Frame | None:
    s = r.mapping(value, p, FRAME_FIELDS)
    if s is None:
        return None
    fid = r.field(s, p, "id", _ident)
    _unique(r, seen, fid, p, "frame")
    col = r.field(s, p, "col", integer(0, MAX_GRID_INDEX))
    cols = r.field(s, p, "cols", integer(1, MAX_GRID_INDEX))
    line = r.field(s, p, "line", integer(0, MAX_GRID_INDEX))
    lines = r.field(s, p, "lines", integer(1, MAX_GRID_INDEX))
    story = r.field(s, p, "story", _ident, None)
    photo = r.field(s, p, "photo", _ident, None)
    part = r.field(s, p, "part", choice(TEXT_PARTS + ("photo", "caption")), None)
    style = r.field(s, p, "style", choice(style_names), None)
    text_columns = r.field(s, p, "text_columns", integer(0, MAX_TEXT_COLUMNS), 0)
    empty = s.get("story") is None and s.get("photo") is None and part == "photo"   # schema 4: drawn, not yet placed
    if s.get("story") is None and s.get("photo") is None and not empty:   # (a story or photo refused above is reported)
        r.problem(p, Notice(W.HOLDS_NEITHER))
    if story is not None and photo is not None:
        r.problem(p, Notice(W.BOTH))
    if story is not None and story not in story_ids:
        r.problem(p + ("story",), Notice(W.NO_STORY, value=quote(story)))
    if photo is not None and photo not in photo_ids:
        r.problem(p + ("photo",), Notice(W.NO_PHOTO, value=quote(photo)))
    if photo is not None and part not in (None, "photo", "caption"):
        r.problem(p + ("part",), Notice(W.PHOTO_PART))
    if story is not None and part in ("photo", "caption"):
        r.problem(p + ("part",), Notice(W.STORY_PART, part=part, parts=", ".join(TEXT_PARTS)))
    if grid is not None and None not in (col, cols, line, lines):
        if col + cols > grid.columns:
            r.problem(p + ("cols",), Notice(W.PAST_COLUMN, col=col, cols=cols, n=grid.columns))
        if line + lines > grid.line_count:
            r.problem(p + ("lines",), Notice(W.PAST_LINE, line=line, lines=lines, n=grid.line_count))
    dx = r.field(s, p, "dx", number(-MAX_SHIFT, MAX_SHIFT), 0.0)
    dy = r.field(s, p, "dy", number(-MAX_SHIFT, MAX_SHIFT), 0.0)
    vertical = r.field(s, p, "vertical", boolean, False)           # schema 3
    if vertical and part not in ("heading", "kicker", "headline", "deck"):
        r.problem(p + ("vertical",), Notice(W.VERTICAL))
    wrap = _read_wrap(r, s, p)
    locked = r.field(s, p, "locked", boolean, False)               # schema 4
    if None in (fid, col, cols, line, lines):
        return None
    if part is None:
        part = "body" if photo is None else "photo"
    return Frame(fid, col, cols, line, lines, story, part, photo, text_columns, style, dx or 0.0, dy or 0.0,
                 bool(vertical), **wrap, locked=bool(locked))


def _read_wrap(r: Reader, s: dict, p: tuple) -> dict:
    """Schema 3: text wrap (绕排) and an overlap marked as intended; absent in older files."""
    wrap = {"wrap": r.field(s, p, "wrap", choice(WRAP_MODES), "off") or "off",
            "standoff_lines": r.field(s, p, "standoff_lines", number(0, MAX_STANDOFF), 0.0),
            "standoff_chars": r.field(s, p, "standoff_chars", number(0, MAX_STANDOFF), 1.0),
            "overlap_intended": r.field(s, p, "overlap", choice(("intended",)), None) == "intended"}
    for key, default in (("standoff_lines", 0.0), ("standoff_chars", 1.0)):
        wrap[key] = float(default if wrap[key] is None else wrap[key])
    return wrap
