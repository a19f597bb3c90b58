"""History for people: what one version changed from the one before, in the trade's words (text
changed, frame moved or resized, photo replaced), and the audit lines of who did what when."""
from __future__ import annotations

import difflib
from typing import Any

from layout_app.store.base import Version
from layout_app.store.change import before_data
from layout_app.store.rights import STATUS_LABELS

QUOTE = 30          # characters of a text quoted in a diff line


def _q(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return "「" + (text if len(text) <= QUOTE else text[:QUOTE] + "…") + "」"


def _paragraphs(body: list) -> list[str]:
    """A story body's paragraph texts (a paragraph is a string, or a map with its text and formats)."""
    return [p if isinstance(p, str) else str(p.get("text", "")) for p in body or []]


def _body_lines(old: list, new: list) -> list[str]:
    a, b = _paragraphs(old), _paragraphs(new)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += [f"body paragraph {i + 1}: {_q(a[i])} → {_q(b[j])}" for i, j in zip(range(i1, i2), range(j1, j2))]
        elif tag in ("replace", "delete"):
            out += [f"body paragraph {i + 1} removed: {_q(a[i])}" for i in range(i1, i2)]
            if tag == "replace":
                out += [f"body paragraph {j + 1} added: {_q(b[j])}" for j in range(j1, j2)]
        elif tag == "insert":
            out += [f"body paragraph {j + 1} added: {_q(b[j])}" for j in range(j1, j2)]
    if not out and old != new:
        out.append("body: paragraph styles changed")
    return out


def _frame_lines(old: list, new: list) -> list[str]:
    a, b = {f["id"]: f for f in old or []}, {f["id"]: f for f in new or []}
    out = []
    for fid in [*a, *(k for k in b if k not in a)]:
        fa, fb = a.get(fid), b.get(fid)
        if fa == fb:
            continue
        if fa is None:
            out.append(f"frame {fid} added at column {fb['col'] + 1}, line {fb['line'] + 1}")
        elif fb is None:
            out.append(f"frame {fid} removed")
        else:
            rest = set(fa) | set(fb)
            if (fa["col"], fa["line"]) != (fb["col"], fb["line"]):
                out.append(f"frame {fid} moved: column {fa['col'] + 1}, line {fa['line'] + 1} → "
                           f"column {fb['col'] + 1}, line {fb['line'] + 1}")
            elif (fa.get("dx", 0), fa.get("dy", 0)) != (fb.get("dx", 0), fb.get("dy", 0)):
                out.append(f"frame {fid} nudged off the grid: {fa.get('dx', 0)}, {fa.get('dy', 0)} pt → "
                           f"{fb.get('dx', 0)}, {fb.get('dy', 0)} pt")
            if (fa["cols"], fa["lines"]) != (fb["cols"], fb["lines"]):
                out.append(f"frame {fid} resized: {fa['cols']} columns × {fa['lines']} lines → "
                           f"{fb['cols']} columns × {fb['lines']} lines")
            other = sorted(k for k in rest - {"col", "line", "dx", "dy", "cols", "lines"} if fa.get(k) != fb.get(k))
            if other:
                out.append(f"frame {fid}: {', '.join(other)} changed")
    if not out and old != new:
        out.append("frames reordered")
    return out


def describe(kind: str, old: dict | None, new: dict | None) -> list[str]:
    """Readable lines for one change of a record."""
    if old is None and new is None:
        return []
    if old is None:
        return [f"{kind} created"]
    if new is None:
        return [f"{kind} deleted"]
    out: list[str] = []
    for field in [*old, *(k for k in new if k not in old)]:
        a, b = old.get(field), new.get(field)
        if a == b:
            continue
        if field == "body":
            out += _body_lines(a, b)
        elif field == "frames":
            out += _frame_lines(a, b)
        elif kind == "photo" and field == "file":
            out.append(f"photo replaced: {a} → {b}")
        elif kind == "photo" and field == "checksum" and old.get("file") == new.get("file"):
            out.append(f"photo file {new.get('file')} replaced (new content)")
        elif field == "checksum":
            continue
        elif isinstance(a, (str, type(None))) and isinstance(b, (str, type(None))):
            out.append(f"{field}: {_q(a or '')} → {_q(b or '')}")
        else:
            out.append(f"{field} changed")
    return out


def diff_versions(versions: list[Version]) -> list[tuple[Version, list[str]]]:
    """Each version with what it changed from the record's version before it (records may mix): an
    edit read from its operations, so any window of the history reads right (`audit --since`)."""
    out: list[tuple[Version, list[str]]] = []
    last: dict[tuple[str, str], dict | None] = {}
    for v in versions:
        if v.action in ("create", "edit", "delete"):
            new = v.data if v.action != "delete" else None
            if v.action == "edit" and v.change is not None and new is not None:
                old = before_data(new, v.change)
            elif v.action == "delete":
                old = last.get((v.kind, v.key), {})          # a deletion reads as one whatever came before
            else:
                old = last.get((v.kind, v.key))
            lines = describe(v.kind, old, new)
            last[(v.kind, v.key)] = new
        elif v.action == "status":
            lines = [f"status: {STATUS_LABELS.get(v.status, v.status)}"]
        elif v.action == "check-out":
            lines = [f"checked out by {v.holder}"]
        else:
            lines = ["checked in"]
        if v.note:
            lines = [*lines, f"({v.note})"]
        out.append((v, lines))
    return out


def audit_lines(versions: list[Version]) -> list[str]:
    """`#entry  when  who  what record vN: change` lines, oldest first (for `layout-app edition audit`;
    `--since` takes the entry number)."""
    out = []
    for v, lines in diff_versions(versions):
        out.append(f"#{v.id}  {v.at}  {v.author}  {v.action} {v.kind} {v.key} v{v.version}: {'; '.join(lines)}")
    return out
