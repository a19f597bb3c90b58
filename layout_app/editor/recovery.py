"""Autosave to a recovery file, and finding it again after a crash or a kill.

Recovery files live in the user's state folder, one per document (keyed by its path), written
atomically; a clean save or an explicit discard removes them. Each records which version of the
document file it was made from (inode, size, mtime), so a recovery older than the file's last save —
by another window, another program, a copy that kept an old mtime — is never offered."""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from layout_app.errors import InputError
from layout_app.atomic import write_atomic
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.model.document import Document


def recovery_dir() -> Path:
    base = os.environ.get("LAYOUT_APP_STATE") or os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "layout_app" / "recovery"


def _key(path: Path | None) -> str:
    name = str(path.resolve()) if path else "untitled"
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Recovered:
    document: Document
    original: Path | None
    saved_at: float
    file: Path


def _stamp(path: Path | None) -> list[int] | None:
    """The version of the file on disk: a save replaces the inode (atomic rename) or changes size or mtime."""
    try:
        st = path.stat() if path is not None else None
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns] if st is not None else None


def write(doc: Document, original: Path | None) -> Path:
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)     # unsaved work is the user's own
    key = _key(original)
    target = folder / f"{key}.yaml"
    write_atomic(target, dumps_document(doc).encode("utf-8"))
    meta = {"original": str(original.resolve()) if original else None, "saved_at": time.time(), "pid": os.getpid(),
            "base": _stamp(original)}
    write_atomic(folder / f"{key}.json", json.dumps(meta).encode("utf-8"))
    return target


def find(original: Path | None) -> Recovered | None:
    """The recovery of `original` if one exists and was made from the version of the file on disk now."""
    folder = recovery_dir()
    key = _key(original)
    data, meta = folder / f"{key}.yaml", folder / f"{key}.json"
    if not data.exists() or not meta.exists():
        return None
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
        doc = loads_document(data.read_text(encoding="utf-8"), str(data))
    except (OSError, ValueError, InputError):
        return None                     # a damaged recovery file is not offered
    if not isinstance(info, dict):
        return None
    if original is not None and original.exists() and _stale(original, info):
        return None                     # the document was saved after the recovery was written
    return Recovered(doc, Path(info["original"]) if info.get("original") else None, info.get("saved_at", 0), data)


def _stale(original: Path, info: dict) -> bool:
    if "base" in info:                  # the file is no longer the version the recovery was made from
        return _stamp(original) != info["base"]
    return original.stat().st_mtime > info.get("saved_at", 0)   # a recovery of an older release


def clear(original: Path | None) -> None:
    folder = recovery_dir()
    key = _key(original)
    for suffix in (".yaml", ".json"):
        try:
            (folder / f"{key}{suffix}").unlink()
        except OSError:
            pass
