"""A document as the store keeps it: separate records, so that a reporter's caption edit and an
editor's frame move never touch the same row.

    ("edition", "edition")  grid, styles, masters, title, date … and the order of pages, stories, photos
    ("page", id)            number, section, frames, master, rules, boxes
    ("story", id)           kicker, headline, deck, body (with its paragraph formats), byline, rank, query
    ("photo", id)           file, checksum, caption, credit, crop …

Each record's data is the part of the YAML document it stands for (io.docfile writes it), as plain
JSON values; joining the records and reading them back gives the same model, so an exported document
is byte for byte what saving the imported one gives."""
from __future__ import annotations

import copy
import json
from typing import Any

from layout_app.io.docfile import document_to_data, furniture_to_data
from layout_app.io.located import Located
from layout_app.io.schema import read_document
from layout_app.model.document import Document

KINDS = ("edition", "page", "story", "photo")
EDITION_KEY = "edition"
_ITEMS = (("page", "pages"), ("story", "stories"), ("photo", "photos"))

Key = tuple[str, str]          # (kind, key)


def _plain(value: Any) -> Any:
    """docfile's flow-style lists and maps as plain JSON values."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def split(doc: Document) -> dict[Key, dict]:
    """The records of a document."""
    data = document_to_data(doc)
    furniture_to_data(doc, data)
    data = _plain(data)
    head = {k: v for k, v in data.items() if k not in ("pages", "stories", "photos")}
    out: dict[Key, dict] = {}
    for kind, plural in _ITEMS:
        items = data.get(plural, [])
        head[f"{kind}_order"] = [item["id"] for item in items]
        for item in items:
            out[(kind, item["id"])] = item
    out[("edition", EDITION_KEY)] = head
    return out


def join_data(records: dict[Key, dict]) -> dict:
    """The document's YAML data from its records (items in the edition's order; items the order
    does not name yet, e.g. added by a colleague a moment ago, after them)."""
    head = dict(records[("edition", EDITION_KEY)])
    data: dict[str, Any] = {}
    orders = {kind: head.pop(f"{kind}_order", []) for kind, _ in _ITEMS}
    data.update(head)
    for kind, plural in _ITEMS:
        keys = [k for k in orders[kind] if (kind, k) in records]
        keys += sorted(k for (c, k) in records if c == kind and k not in keys)
        data[plural] = [records[(kind, k)] for k in keys]
    if "spreads" in data:       # a spread whose page is not there (print staff see signed pages only)
        there = {p["id"] for p in data["pages"]}
        data["spreads"] = [sp for sp in data["spreads"] if set(sp) <= there]
        if not data["spreads"]:
            del data["spreads"]
    return data


def join(records: dict[Key, dict], name: str = "<store>") -> Document:
    """The document the records make; DocumentError (naming `name` and the field) when they do not make
    a valid one. The records are plain data already: the schema reads them without a YAML parse."""
    return read_document(Located(copy.deepcopy(join_data(records)), {}, name))
