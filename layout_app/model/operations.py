"""Edits as operations: which fields of which records an edit changed, before and after.

Undo and redo re-apply only those fields, on the document as it is now. A colleague's change that
arrived meanwhile (another record, another frame of the page, another field of the story) is left
as it is; a field a colleague changed after me is not taken back either: undo never reverts what
someone else did. The records are the store's (issue 14): the document's own fields, pages (frame by
frame), stories and photos by id, and the order of each."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from layout_app.model.document import Document

COLLECTIONS = {"page": "pages", "story": "stories", "photo": "photos"}
_SKIP = ("pages", "stories", "photos", "_index")
DOCUMENT_FIELDS = tuple(f.name for f in fields(Document) if f.name not in _SKIP)
STORY_TEXT = ("body", "formats")        # a story's paragraphs and their formats change together


@dataclass(frozen=True)
class Op:
    kind: str            # "document", "page", "story", "photo"; "pages"/"stories"/"photos" for an order
    key: str             # the item's id ("" for the document and orders)
    field: str | None    # a field; "frame:<id>" and "frame_order" of a page; None: the whole item (added/removed)
    before: Any
    after: Any

    @property
    def target(self) -> tuple[str, str, str | None]:
        return self.kind, self.key, self.field

    @property
    def is_order(self) -> bool:
        return self.field in ("order", "frame_order")


def _ids(items) -> tuple[str, ...]:
    return tuple(x.id for x in items)


def _item_ops(kind: str, key: str, a, b) -> list[Op]:
    ops = []
    for f in fields(a):
        name = f.name
        va, vb = getattr(a, name), getattr(b, name)
        if va is vb or va == vb:
            continue
        if kind == "story" and name in STORY_TEXT:
            ops.append(Op(kind, key, "body", (a.body, a.formats), (b.body, b.formats)))
        elif kind == "page" and name == "frames":
            fa, fb = {x.id: x for x in va}, {x.id: x for x in vb}
            for fid in [*fa, *(k for k in fb if k not in fa)]:
                if fa.get(fid) != fb.get(fid):
                    ops.append(Op(kind, key, f"frame:{fid}", fa.get(fid), fb.get(fid)))
            if _ids(va) != _ids(vb):
                ops.append(Op(kind, key, "frame_order", _ids(va), _ids(vb)))
        else:
            ops.append(Op(kind, key, name, va, vb))
    return list({op.target: op for op in ops}.values())      # body and formats: one operation


def diff(before: Document, after: Document) -> tuple[Op, ...]:
    """The operations that take `before` to `after` (cheap: unchanged records are the same objects)."""
    if before is after:
        return ()
    ops: list[Op] = []
    for name in DOCUMENT_FIELDS:
        a, b = getattr(before, name), getattr(after, name)
        if a is not b and a != b:
            ops.append(Op("document", "", name, a, b))
    for kind, plural in COLLECTIONS.items():
        ia, ib = getattr(before, plural), getattr(after, plural)
        if ia is ib:
            continue
        ma, mb = {x.id: x for x in ia}, {x.id: x for x in ib}
        for key in [*ma, *(k for k in mb if k not in ma)]:
            xa, xb = ma.get(key), mb.get(key)
            if xa is xb or xa == xb:
                continue
            if xa is None or xb is None:
                ops.append(Op(kind, key, None, xa, xb))
            else:
                ops.extend(_item_ops(kind, key, xa, xb))
        if _ids(ia) != _ids(ib):
            ops.append(Op(plural, "", "order", _ids(ia), _ids(ib)))
    return tuple(ops)


def combine(first: tuple[Op, ...], then: tuple[Op, ...]) -> tuple[Op, ...]:
    """One edit made of two (a drag's steps): each field from the first's before to the last after."""
    out = {op.target: op for op in first}
    for op in then:
        prev = out.get(op.target)
        out[op.target] = replace(op, before=prev.before) if prev else op
    return tuple(out.values())


def _reorder(items: tuple, order: tuple[str, ...]) -> tuple:
    """Items in `order`; those it does not name (a colleague's) keep their place after them."""
    by_id = {x.id: x for x in items}
    named = [by_id[k] for k in order if k in by_id]
    return tuple(named + [x for x in items if x.id not in set(order)])


def _field_value(item, op: Op):
    if op.kind == "story" and op.field == "body":
        return item.body, item.formats
    if op.field.startswith("frame:"):
        fid = op.field[6:]
        return next((f for f in item.frames if f.id == fid), None)
    return getattr(item, op.field)


def _set_field(item, op: Op, value):
    if op.kind == "story" and op.field == "body":
        return replace(item, body=value[0], formats=value[1])
    if op.field == "frame_order":
        return replace(item, frames=_reorder(item.frames, value))
    if op.field.startswith("frame:"):
        fid = op.field[6:]
        frames = [value if f.id == fid else f for f in item.frames if value is not None or f.id != fid]
        if value is not None and all(f.id != fid for f in item.frames):
            frames.append(value)
        return replace(item, frames=tuple(frames))
    return replace(item, **{op.field: value})


def _apply(doc: Document, op: Op, expect: Any, value: Any) -> Document:
    if op.kind == "document":
        return replace(doc, **{op.field: value}) if getattr(doc, op.field) == expect else doc
    if op.field == "order":
        return replace(doc, **{op.kind: _reorder(getattr(doc, op.kind), value)})
    plural = COLLECTIONS[op.kind]
    items = getattr(doc, plural)
    current = next((x for x in items if x.id == op.key), None)
    if op.field is None:                                   # the whole item: added or removed
        if current != expect:
            return doc                                     # a colleague changed it since: theirs stays
        if value is None:
            return replace(doc, **{plural: tuple(x for x in items if x.id != op.key)})
        return replace(doc, **{plural: items + (value,)})
    if current is None:
        return doc                                         # removed by a colleague meanwhile
    if op.field != "frame_order" and _field_value(current, op) != expect:
        return doc
    new = _set_field(current, op, value)
    return replace(doc, **{plural: tuple(new if x.id == op.key else x for x in items)})


def apply(doc: Document, ops: tuple[Op, ...], forward: bool = True) -> Document:
    """Redo (forward) or undo the operations on `doc` as it is now; fields that no longer hold what
    the operation left (someone changed them since) are not touched. Orders go last, so an item
    added back finds its place."""
    seq = list(ops) if forward else list(reversed(ops))
    for op in [o for o in seq if not o.is_order] + [o for o in seq if o.is_order]:
        doc = _apply(doc, op, op.before if forward else op.after, op.after if forward else op.before)
    return doc


GONE = object()          # `held` of an item the document does not have


def held(doc: Document, op: Op) -> Any:
    """What `doc` holds where an operation on a page, story or photo writes (a frame order as its ids;
    GONE when the item is not there): whether it still holds the operation's before, or someone's edit."""
    items = getattr(doc, COLLECTIONS[op.kind])
    item = next((x for x in items if x.id == op.key), None)
    if item is None:
        return GONE
    if op.field is None:
        return item
    if op.field == "frame_order":
        return _ids(item.frames)
    return _field_value(item, op)
