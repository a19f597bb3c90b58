"""Three-way merge of one record, field by field: what I changed since the version I read, laid over
what a colleague saved meanwhile. Different fields merge silently; the same field changed by both
into different values is a conflict that keeps the colleague's value and carries both, so nothing is
overwritten without a person deciding. A page's frames merge frame by frame."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_MISSING = object()


@dataclass(frozen=True)
class Conflict:
    kind: str
    key: str
    field: str            # "caption", "body", "frames/f3" …
    base: Any
    mine: Any
    theirs: Any           # what the store keeps until someone decides

    def __str__(self) -> str:
        return f"{self.kind} {self.key}: {self.field}: yours {_short(self.mine)}, theirs {_short(self.theirs)}"


def _short(v: Any) -> str:
    text = repr(None if v is _MISSING else v)
    return text if len(text) <= 60 else text[:60] + "…"


def _pick(field: str, b: Any, m: Any, t: Any, conflicts: list[tuple[str, Any, Any, Any]]) -> Any:
    if m == t:
        return m
    if m == b:
        return t
    if t == b:
        return m
    conflicts.append((field, b, m, t))
    return t


def _by_id(items: Any) -> dict[str, Any] | None:
    if isinstance(items, list) and all(isinstance(x, dict) and "id" in x for x in items):
        return {x["id"]: x for x in items}
    return None


def _merge_list(field: str, b: list, m: list, t: list, conflicts: list) -> list:
    """Items with ids (frames) merge one by one; the colleague's order, my new items after theirs."""
    bi, mi, ti = _by_id(b) or {}, _by_id(m), _by_id(t)
    out: dict[str, Any] = {}
    for key in list(ti) + [k for k in mi if k not in ti]:
        v = _pick(f"{field}/{key}", bi.get(key, _MISSING), mi.get(key, _MISSING), ti.get(key, _MISSING), conflicts)
        if v is not _MISSING:
            out[key] = v
    return list(out.values())


def merge_record(kind: str, key: str, base: dict | None, mine: dict | None, theirs: dict | None
                 ) -> tuple[dict | None, list[Conflict]]:
    """The merged record (None: deleted) and the conflicts left for a person."""
    found: list[tuple[str, Any, Any, Any]] = []
    if mine is None or theirs is None or base is None:       # created or deleted on one side
        value = _pick("", base if base is not None else _MISSING, mine if mine is not None else _MISSING,
                      theirs if theirs is not None else _MISSING, found)
        merged = None if value is _MISSING else value
    else:
        merged = {}
        for field in list(theirs) + [f for f in mine if f not in theirs]:
            b, m, t = base.get(field, _MISSING), mine.get(field, _MISSING), theirs.get(field, _MISSING)
            if m != t and m != b and t != b and all(_by_id(x) is not None for x in (b, m, t)):
                v = _merge_list(field, b, m, t, found)
            else:
                v = _pick(field, b, m, t, found)
            if v is not _MISSING:
                merged[field] = v
    conflicts = [Conflict(kind, key, f, None if b is _MISSING else b, None if m is _MISSING else m,
                          None if t is _MISSING else t) for f, b, m, t in found]
    return merged, conflicts


def settle(records: dict, conflict: Conflict, value: Any) -> dict:
    """The records with the conflict's field set to `value` (the person's choice: mine or theirs);
    a frame ("frames/f3") is replaced in its list, None removes what the field names."""
    out = dict(records)
    k = (conflict.kind, conflict.key)
    if not conflict.field:
        if value is None:
            out.pop(k, None)
        else:
            out[k] = value
        return out
    data = dict(out.get(k) or {})
    name, _, item = conflict.field.partition("/")
    if item:
        items = [x for x in data.get(name, []) if not (isinstance(x, dict) and x.get("id") == item)]
        old = [x.get("id") for x in data.get(name, []) if isinstance(x, dict)]
        if value is not None:
            at = old.index(item) if item in old else len(items)
            items.insert(at, value)
        data[name] = items
    elif value is None:
        data.pop(name, None)
    else:
        data[name] = value
    out[k] = data
    return out
