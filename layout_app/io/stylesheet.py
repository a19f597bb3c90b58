"""Style sheets in the document and template files (schema 3): named paragraph styles and character
styles chained by `based_on`, and body paragraphs that name a style, override it locally and carry
character runs. Every problem names its file, line and field.

    styles:
      body:  {font: song, size: 小五, indent: 2}
      lead:  {based_on: body, weight: bold}
    char_styles:
      strong: {weight: bold}
      dots:   {emphasis: true}
    stories:
      - id: s1
        body:
          - 一段没有样式的正文。
          - text: 本报讯 记者……
            style: lead
            indent: 0                              # a local override, kept and shown
            runs: [{at: 3, text: 记者, style: dots}]  # the text it covers, checked on load
"""
from __future__ import annotations

from typing import Any, Callable

from layout_app.errors import Notice, quote
from layout_app.io import wording as W
from layout_app.io.schema import (
    MAX_ITEMS, MAX_PARAGRAPH, STYLE_LEADING, Reader, _ident, _kind, _wording, boolean, choice, cmyk, integer, number,
    size,
)
from layout_app.model.story import TABLE
from layout_app.model.styles import OLD_ROLES, CharRun, ParaFormat, StyleDef, StyleError, StyleSheet
from layout_app.text.fonts import ROLES as FONT_ROLES, WEIGHTS
from layout_app.text.punct import LEVELS
from layout_app.text.setter import ALIGNS

SHEET_SCHEMA = 3
MAX_SPACE_LINES = 10


def _percent(v: Any) -> float:
    return number(0, 100)(v) / 100.0


# field → converter; the order is the order a style is written in
PARAGRAPH_CONVERT: dict[str, Callable[[Any], Any]] = {
    "font": choice(FONT_ROLES), "weight": choice(WEIGHTS), "size": size,
    "leading": number(*STYLE_LEADING), "grid_lines": integer(1, 20), "tracking": number(-0.5, 2),
    "align": choice(ALIGNS), "indent": number(0, 10), "space_before": integer(0, MAX_SPACE_LINES),
    "space_after": integer(0, MAX_SPACE_LINES), "level": choice(LEVELS), "hanging": boolean,
    "min_size": size, "color": cmyk, "turnover": number(0, 4),     # turnover: schema 8
}
CHAR_CONVERT: dict[str, Callable[[Any], Any]] = {
    "font": choice(FONT_ROLES), "weight": choice(WEIGHTS), "emphasis": boolean, "color": cmyk, "tint": _percent,
}
OLD_FIELDS = ("font", "weight", "size", "leading", "tracking", "align", "indent", "min_size", "color")  # schema 1–2


def _sets(r: Reader, m: dict, p: tuple, convert: dict, skip: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    out = []
    for key in m:
        if key in convert and key not in skip:
            value = r.field(m, p, key, convert[key])
            if value is not None:
                out.append((key, value))
    return tuple(out)


def _defs(r: Reader, value: Any, path: tuple, convert: dict, schema: int) -> tuple[StyleDef, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        r.problem(path, Notice(W.STYLES_MAPPING, kind=_kind(value)))
        return ()
    defs = []
    for name, sv in value.items():
        p = path + (name,)
        if schema < SHEET_SCHEMA and name not in OLD_ROLES:
            r.problem(p, Notice(W.OLD_STYLE, name=quote(name), schema=schema, roles=", ".join(OLD_ROLES),
                                needed=SHEET_SCHEMA))
            continue
        try:
            _ident(name)
        except ValueError as exc:
            r.problem(p, _wording(exc))
            continue
        allowed = (OLD_FIELDS if schema < SHEET_SCHEMA else ("based_on",) + tuple(convert))
        m = r.mapping(sv, p, allowed)
        if m is None:
            continue
        based_on = r.field(m, p, "based_on", _ident, None)
        defs.append(StyleDef(str(name), based_on, _sets(r, m, p, convert, ())))
    return tuple(defs)


def _check_chains(r: Reader, sheet: StyleSheet, path: tuple, kind: str) -> None:
    """Every based_on names a style of the same kind, and no chain comes back to where it began."""
    told: set = set()
    for d in getattr(sheet, kind):
        try:
            sheet.chain(d.name, kind)
        except StyleError as exc:
            key = frozenset(exc.cycle) or exc.name        # a circle is told once, at the style that closes it
            if key not in told:
                told.add(key)
                r.problem(path + (exc.name, "based_on"), _chain_problem(exc, kind))


def _chain_problem(exc: StyleError, kind: str) -> Notice:
    if exc.cycle:
        return Notice(W.STYLE_CIRCLE, loop=" → ".join(exc.cycle))
    return Notice(W.NO_BASE_PARAGRAPH if kind == "paragraph" else W.NO_BASE_CHARACTER, name=quote(exc.missing))


def read_sheet(r: Reader, styles: Any, char_styles: Any, schema: int = SHEET_SCHEMA
               ) -> tuple[StyleSheet, dict]:
    """The style sheet and its paragraph styles resolved by name ({} where a chain is broken)."""
    para = _defs(r, styles, ("styles",), PARAGRAPH_CONVERT, schema)
    if char_styles is not None and schema < SHEET_SCHEMA:
        r.problem(("char_styles",), Notice(W.CHAR_STYLES_SCHEMA, needed=SHEET_SCHEMA, schema=schema))
        char_styles = None
    chars = _defs(r, char_styles, ("char_styles",), CHAR_CONVERT, schema)
    sheet = StyleSheet(para, chars)
    _check_chains(r, sheet, ("styles",), "paragraph")
    _check_chains(r, sheet, ("char_styles",), "character")
    resolved = {}
    for d in para:
        try:
            resolved[d.name] = sheet.paragraph_style(d.name)
        except StyleError:
            pass                                     # reported above
    return sheet, resolved


PARAGRAPH_KEYS = ("text", "style", "runs") + tuple(PARAGRAPH_CONVERT)
RUN_KEYS = ("at", "text", "style") + tuple(CHAR_CONVERT)


def read_body(r: Reader, value: Any, p: tuple, sheet: StyleSheet, schema: int
              ) -> tuple[tuple[str, ...], tuple[ParaFormat, ...]]:
    """A story's body: paragraphs as text, or (schema 3) as mappings with a style, overrides and runs."""
    body = value or []
    if isinstance(body, str):
        body = [body]
    if not isinstance(body, list):
        r.problem(p, Notice(W.PARAGRAPHS))
        return (), ()
    if len(body) > MAX_ITEMS:
        r.problem(p, Notice(W.PARAGRAPHS_MANY, items=MAX_ITEMS, chars=MAX_PARAGRAPH))
        return (), ()
    texts: list[str] = []
    formats: list[ParaFormat] = []
    for j, b in enumerate(body):
        pj = p + (j,)
        if isinstance(b, dict) and schema >= SHEET_SCHEMA:
            text, fmt = _paragraph(r, b, pj, j, sheet)
            if fmt is not None:
                formats.append(fmt)
        elif isinstance(b, (str, int, float)) and not isinstance(b, bool):
            text = str(b)
        else:
            r.problem(pj, Notice(W.PARAGRAPH_OR_STYLED if schema >= SHEET_SCHEMA else W.PARAGRAPH))
            text = ""
        if len(text) > MAX_PARAGRAPH:
            r.problem(pj, Notice(W.PARAGRAPHS_MANY, items=MAX_ITEMS, chars=MAX_PARAGRAPH))
            text = ""
        texts.append(text)
    return tuple(texts), tuple(formats)


def _style_name(r: Reader, m: dict, p: tuple, sheet: StyleSheet, kind: str) -> str | None:
    name = r.field(m, p, "style", _ident, None)
    # (schema 9: a table paragraph is one in every document; with no `table` style, layout/tables sets it
    # in the body's face a size smaller)
    if name is not None and sheet.get(name, kind) is None and not (kind == "paragraph" and name == TABLE):
        known = ", ".join(sheet.names(kind)) or Notice(W.NONE)
        r.problem(p + ("style",), Notice(W.NO_PARAGRAPH_STYLE if kind == "paragraph" else W.NO_CHAR_STYLE,
                                         name=quote(name), known=known))
        return None
    return name


def _paragraph(r: Reader, m: dict, p: tuple, index: int, sheet: StyleSheet) -> tuple[str, ParaFormat | None]:
    r.mapping(m, p, PARAGRAPH_KEYS)
    t = m.get("text")
    if not isinstance(t, (str, int, float)) or isinstance(t, bool):
        r.problem(p + ("text",), Notice(W.STYLED_TEXT))
        return "", None
    text = str(t)
    style = _style_name(r, m, p, sheet, "paragraph")
    local = _sets(r, m, p, PARAGRAPH_CONVERT, ())
    runs: list[CharRun] = []
    rv = m.get("runs")
    if rv is not None and not isinstance(rv, list):
        r.problem(p + ("runs",), Notice(W.RUNS, kind=_kind(rv)))
        rv = []
    for k, run in enumerate(rv or []):
        pk = p + ("runs", k)
        rm = r.mapping(run, pk, RUN_KEYS)
        if rm is None:
            continue
        at = r.field(rm, pk, "at", integer(0, MAX_PARAGRAPH))
        covered = rm.get("text")
        if not isinstance(covered, str) or not covered:
            r.problem(pk + ("text",), Notice(W.RUN_TEXT))
            continue
        if at is None:
            continue
        if text[at:at + len(covered)] != covered:
            found = text[at:at + len(covered)]
            where = text.find(covered)
            r.problem(pk + ("text",), Notice(W.RUN_MISMATCH_HINT, found=quote(found), at=at, covered=quote(covered),
                                             where=where) if where >= 0 else
                      Notice(W.RUN_MISMATCH, found=quote(found), at=at, covered=quote(covered)))
            continue
        cname = _style_name(r, rm, pk, sheet, "character")
        clocal = _sets(r, rm, pk, CHAR_CONVERT, ())
        if cname is None and not clocal:
            if "style" not in rm:             # (an unknown style is told above)
                r.problem(pk, Notice(W.RUN_EMPTY))
            continue
        new = CharRun(at, at + len(covered), cname, clocal)
        clash = next((o for o in runs if o.start < new.end and new.start < o.end), None)
        if clash is not None:
            r.problem(pk + ("at",), Notice(W.RUN_OVERLAP, start=clash.start, end=clash.end))
            continue
        runs.append(new)
    if style is None and not local and not runs:
        return text, None
    return text, ParaFormat(index, style, local, tuple(sorted(runs, key=lambda x: x.start)))


# --- writing ---------------------------------------------------------------------------------
def sets_to_data(sets: tuple[tuple[str, Any], ...], write_size: Callable, write_num: Callable, flow_list) -> dict:
    out: dict[str, Any] = {}
    for key, value in sets:
        if key in ("size", "min_size"):
            value = write_size(value)
        elif key in ("color",):
            value = flow_list([write_num(c * 100) for c in value])
        elif key == "tint":
            value = write_num(value * 100)
        elif isinstance(value, float):
            value = write_num(value)
        out[key] = value
    return out


def def_to_data(d: StyleDef, write_size, write_num, flow_list) -> dict:
    out: dict[str, Any] = {"based_on": d.based_on} if d.based_on else {}
    out.update(sets_to_data(d.sets, write_size, write_num, flow_list))
    return out


def paragraph_to_data(text: str, fmt: ParaFormat | None, write_size, write_num, flow_list, flow_map) -> Any:
    if fmt is None:
        return text
    out: dict[str, Any] = {"text": text}
    if fmt.style:
        out["style"] = fmt.style
    out.update(sets_to_data(fmt.local, write_size, write_num, flow_list))
    if fmt.runs:
        runs = []
        for run in fmt.runs:
            rd: dict[str, Any] = {"at": run.start, "text": text[run.start:run.end]}
            if run.style:
                rd["style"] = run.style
            rd.update(sets_to_data(run.local, write_size, write_num, flow_list))
            runs.append(flow_map(rd))
        out["runs"] = runs
    return out
