"""Load and save documents: YAML, schema-versioned, validated on load, saved atomically."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from layout_app.atomic import write_atomic
from layout_app.errors import DocumentError, InputError, Notice, Problem
from layout_app.io import wording as W
from layout_app.io import furniture
from layout_app.io.located import load_located
from layout_app.io.schema import read_document
from layout_app.io.stylesheet import def_to_data, paragraph_to_data
from layout_app.model.document import SCHEMA_VERSION, Document
from layout_app.model.grid import ColumnGrid
from layout_app.model.styles import ParagraphStyle
from layout_app.units import size_name


MAX_DOCUMENT_BYTES = 2_000_000   # a page with its copy is ~30 kB; the YAML parser reads ~100 kB/s at worst


def load_document(path: str | os.PathLike) -> Document:
    path = Path(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):      # a pipe would block, a device never end
            raise InputError(Notice(W.NOT_REGULAR, path=path))
        with path.open("rb") as fh:          # read at most one byte past the limit (/dev/zero ends too)
            raw = fh.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(Notice(W.NO_DOCUMENT, path=path)) from None
    except OSError as exc:
        raise InputError(Notice(W.CANNOT_READ, path=path, reason=exc.strerror)) from None
    # (a user naming the PDF they exported, or the copy they have, gets told which file is wanted)
    if raw.startswith(b"%PDF-"):
        raise InputError(Notice(W.A_PDF, path=path))
    if raw.startswith(b"PK\x03\x04"):
        raise InputError(Notice(W.A_WORD, path=path))
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentError([Problem(str(path), None, "", Notice(W.TOO_LARGE, mb=MAX_DOCUMENT_BYTES // 1_000_000))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DocumentError([Problem(str(path), line, "", Notice(W.NOT_UTF8))]) from None
    if not text.strip():
        raise DocumentError([Problem(str(path), None, "", Notice(W.EMPTY))])
    return read_document(load_located(text, str(path)))


def loads_document(text: str, name: str = "<document>") -> Document:
    return read_document(load_located(text, name))


class _FlowList(list):
    """A short list written on one line ([390, 540])."""


class _FlowMap(dict):
    """A frame written on one line, so a moved frame is a one-line diff."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def _num(v: float) -> float | int:
    v = round(v, 4)
    return int(v) if v == int(v) else v


def _wrap_fields(f) -> dict[str, Any]:
    """Schema 3: text wrap (绕排) and an intended overlap, written only when not the default."""
    fd: dict[str, Any] = {}
    if f.wrap != "off":
        fd["wrap"] = f.wrap
        if f.standoff_lines != 0.0:
            fd["standoff_lines"] = _num(f.standoff_lines)
        if f.standoff_chars != 1.0:
            fd["standoff_chars"] = _num(f.standoff_chars)
    if f.overlap_intended:
        fd["overlap"] = "intended"
    return fd


def grid_to_data(g: ColumnGrid) -> dict:
    return {
        "trim": _FlowList([_num(g.width), _num(g.height)]),
        "bleed": _num(g.bleed),
        "margins": _FlowMap(top=_num(g.margins.top), bottom=_num(g.margins.bottom),
                            inside=_num(g.margins.inside), outside=_num(g.margins.outside)),
        "columns": g.columns,
        "gutter": _num(g.gutter),
        "body_size": size_name(g.body_size) if size_name(g.body_size)[-2:] != "pt" else _num(g.body_size),
        "leading": _num(g.leading),
    }


def _size(v: float) -> Any:
    name = size_name(v)
    return _num(v) if name.endswith("pt") else name


def style_to_data(s: ParagraphStyle) -> dict:
    d = ParagraphStyle()
    out: dict[str, Any] = {"font": s.font, "size": _size(s.size)}
    if s.weight != d.weight:
        out["weight"] = s.weight
    if s.leading is not None:
        out["leading"] = _num(s.leading)
    if s.tracking:
        out["tracking"] = _num(s.tracking)
    if s.align != d.align:
        out["align"] = s.align
    if s.indent:
        out["indent"] = _num(s.indent)
    if s.min_size is not None:
        out["min_size"] = _size(s.min_size)
    if s.color != d.color:
        out["color"] = _FlowList([_num(c * 100) for c in s.color])
    for key in ("grid_lines", "space_before", "space_after", "level", "hanging", "turnover"):    # schema 3, 8
        if getattr(s, key) != getattr(d, key):
            out[key] = getattr(s, key)
    return _FlowMap(out)


def styles_to_data(doc: Document) -> dict:
    """styles: (and char_styles:) as written: a style of the sheet with what it sets itself and its
    based_on; a style changed outside the sheet, or without one, with every property it differs in."""
    sheet = doc.sheet
    styles: dict[str, Any] = {}
    for name, resolved in doc.styles.items():
        d = sheet.get(name)
        if d is not None and sheet.paragraph_style(name) == resolved:
            styles[name] = _FlowMap(def_to_data(d, _size, _num, _FlowList))
        else:
            styles[name] = style_to_data(resolved)
    out: dict[str, Any] = {"styles": styles}
    if sheet.character:
        out["char_styles"] = {d.name: _FlowMap(def_to_data(d, _size, _num, _FlowList)) for d in sheet.character}
    return out


def document_to_data(doc: Document) -> dict:
    data: dict[str, Any] = {"schema": SCHEMA_VERSION}
    for key in ("title", "date", "template"):
        if getattr(doc, key):
            data[key] = getattr(doc, key)
    if doc.byline_place != "head":
        data["byline_place"] = doc.byline_place
    data["grid"] = grid_to_data(doc.grid)
    data.update(styles_to_data(doc))
    stories = []
    for s in doc.stories:
        d: dict[str, Any] = {"id": s.id}
        for key in ("kicker", "headline", "deck"):
            if getattr(s, key):
                d[key] = getattr(s, key)
        d["body"] = [paragraph_to_data(text, s.format(j), _size, _num, _FlowList, _FlowMap)
                     for j, text in enumerate(s.body)]
        if s.byline:
            d["byline"] = s.byline
        if s.rank:
            d["rank"] = s.rank
        if s.query:
            d["query"] = s.query
        stories.append(d)
    data["stories"] = stories
    photos = []
    for p in doc.photos:
        d = {"id": p.id, "file": p.file}
        if p.caption:
            d["caption"] = p.caption
        if p.credit:
            d["credit"] = p.credit
        c = p.crop
        if (c.left, c.top, c.right, c.bottom) != (0.0, 0.0, 1.0, 1.0):
            d["crop"] = _FlowList([_num(c.left), _num(c.top), _num(c.right), _num(c.bottom)])
        if p.checksum:
            d["checksum"] = p.checksum
        if p.fit:
            d["fit"] = True
        if p.checked:
            d["checked"] = True
        if p.comment:
            d["comment"] = p.comment
        if p.story:
            d["story"] = p.story
        photos.append(d)
    data["photos"] = photos
    pages = []
    for pg in doc.pages:
        d = {"id": pg.id, "number": pg.number}
        if pg.section:
            d["section"] = pg.section
        frames = []
        for f in pg.frames:
            fd: dict[str, Any] = {"id": f.id, "col": f.col, "cols": f.cols, "line": f.line, "lines": f.lines}
            if f.story is not None:
                fd["story"] = f.story
                fd["part"] = f.part
            elif f.empty:                   # schema 4: an empty photo frame
                fd["part"] = "photo"
            else:
                fd["photo"] = f.photo
                if f.part == "caption":
                    fd["part"] = "caption"
            if f.text_columns:
                fd["text_columns"] = f.text_columns
            if f.style:
                fd["style"] = f.style
            if f.dx or f.dy:
                fd["dx"], fd["dy"] = _num(f.dx), _num(f.dy)
            if f.vertical:
                fd["vertical"] = True
            fd.update(_wrap_fields(f))
            if f.locked:
                fd["locked"] = True
            frames.append(_FlowMap(fd))
        d["frames"] = frames
        pages.append(d)
    data["pages"] = pages
    if doc.spreads:
        data["spreads"] = [_FlowList(list(sp)) for sp in doc.spreads]
    return data


def _flow(value: Any) -> Any:
    """Furniture items on one line each, like frames."""
    if isinstance(value, dict):
        return _FlowMap({k: _FlowList(v) if isinstance(v, list) else v for k, v in value.items()})
    return value


def furniture_to_data(doc: Document, data: dict) -> None:
    """Schema 3: masters after the styles, each page's furniture after its frames."""
    if doc.paper:
        data["paper"] = doc.paper
    if doc.masthead:
        data["masthead"] = dict(doc.masthead)
    if doc.masters:
        masters = []
        for m in doc.masters:
            d = furniture.master_data(m)
            masters.append({k: [_flow(x) for x in v] if isinstance(v, list) else v for k, v in d.items()})
        data["masters"] = masters
    for pg, d in zip(doc.pages, data["pages"]):
        for k, v in furniture.page_furniture_data(pg).items():
            d[k] = [_flow(x) for x in v] if isinstance(v, list) else v


def dumps_document(doc: Document) -> str:
    data = document_to_data(doc)
    furniture_to_data(doc, data)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)


def save_document(doc: Document, path: str | os.PathLike) -> None:
    """Write atomically (a temporary file in the same folder, flushed, renamed over), keeping the mode."""
    write_atomic(Path(path), dumps_document(doc).encode("utf-8"))
