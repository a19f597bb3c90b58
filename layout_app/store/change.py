"""What one version of a record changed, as operations — the fields of the record with their value
before and after, a page's frames one by one ("frame:<id>", "frame_order"), named as the editor's
undo names them (model/operations.py). The history keeps them in its `change` column: PostgreSQL's
trigger computes them (layout_change() in postgres.py, the same rules in SQL, so a desk cannot forge
them); on SQLite the store computes them in the transaction of the save (`change_of`).

    [{"field": "caption", "before": "旧说明", "after": "新说明"},
     {"field": "frame:ph-1", "before": {"id": "ph-1", "col": 0, …}, "after": {"id": "ph-1", "col": 2, …}}]

With a version's data its change gives the version before (`before_data`), so a diff or an audit
of any window of the history describes each version without reading the ones before it."""
from __future__ import annotations

from typing import Any

Ops = list[dict[str, Any]]


def _op(field: str, before: Any, after: Any) -> dict[str, Any]:
    return {"field": field, "before": before, "after": after}


def _frame_ops(old: list, new: list) -> Ops:
    a, b = {f.get("id"): f for f in old}, {f.get("id"): f for f in new}
    ops = [_op(f"frame:{fid}", a.get(fid), b.get(fid)) for fid in [*a, *(k for k in b if k not in a)]
           if a.get(fid) != b.get(fid)]
    if [f.get("id") for f in old] != [f.get("id") for f in new]:
        ops.append(_op("frame_order", [f.get("id") for f in old], [f.get("id") for f in new]))
    return ops


def change_of(old: dict, new: dict) -> Ops:
    """The operations that take record data `old` to `new`: its fields in the old order, then the new
    ones; a field the new data lacks has after None."""
    ops: Ops = []
    for field in [*old, *(k for k in new if k not in old)]:
        a, b = old.get(field), new.get(field)
        if a == b:
            continue
        if field == "frames" and isinstance(a, list) and isinstance(b, list):
            ops += _frame_ops(a, b)
        else:
            ops.append(_op(field, a, b))
    return ops


def before_data(data: dict, ops: Ops) -> dict:
    """The record as it was before the version whose data is `data` and whose change is `ops`."""
    old = dict(data)
    frames = {f.get("id"): f for f in data.get("frames") or []} if isinstance(data.get("frames"), list) else None
    order = None
    for op in ops:
        field = op["field"]
        if field.startswith("frame:") and frames is not None:
            fid = field.removeprefix("frame:")
            if op["before"] is None:
                frames.pop(fid, None)
            else:
                frames[fid] = op["before"]
        elif field == "frame_order":
            order = op["before"]
        elif op["before"] is None:
            old.pop(field, None)
        else:
            old[field] = op["before"]
    if frames is not None and (order is not None or any(op["field"].startswith("frame:") for op in ops)):
        ids = [i for i in (order or list(frames)) if i in frames]
        old["frames"] = [frames[i] for i in ids + [i for i in frames if i not in ids]]
    return old


def after_data(data: dict, ops: Ops) -> dict | None:
    """The record after the change `ops`, made on `data` — the version a desk holds; None when the
    operations were not made on it (a field or frame holds something other than their `before`): the
    desk missed a version, or the operations are not this record's."""
    new = dict(data)
    frames = {f.get("id"): f for f in data["frames"]} if isinstance(data.get("frames"), list) else None
    order = None
    for op in ops:
        field = op.get("field") if isinstance(op, dict) else None
        if not isinstance(field, str) or "before" not in op or "after" not in op:
            return None
        if field.startswith("frame:") and frames is not None:
            fid = field.removeprefix("frame:")
            if frames.get(fid) != op["before"]:
                return None
            if op["after"] is None:
                frames.pop(fid, None)
            else:
                frames[fid] = op["after"]
        elif field == "frame_order" and frames is not None:
            if [f.get("id") for f in data["frames"]] != op["before"]:
                return None
            order = op["after"]
        elif field.startswith("frame:") or field == "frame_order" or data.get(field) != op["before"]:
            return None
        elif op["after"] is None:
            new.pop(field, None)
        else:
            new[field] = op["after"]
    if frames is not None and any(op["field"].startswith("frame:") or op["field"] == "frame_order" for op in ops):
        ids = [i for i in (order or [f.get("id") for f in data["frames"]]) if i in frames]
        new["frames"] = [frames[i] for i in ids + [i for i in frames if i not in ids]]
    return new
