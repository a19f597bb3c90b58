"""The document being edited: one immutable Document at a time, changed only through undoable
commands; views listen to `changed`. The model never asks the UI anything."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from layout_app.io.docfile import save_document
from layout_app.layout.cache import LayoutCache
from layout_app.layout.compose import Composer
from layout_app.layout.display import PageDisplay
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame

_merge_ids: dict[str, int] = {}


def merge_id(key: str) -> int:
    """A stable small integer per merge key: Qt merges commands with equal ids."""
    return _merge_ids.setdefault(key, 1000 + len(_merge_ids))


class DocumentCommand(QUndoCommand):
    """One user action: the document before and after. A drag's steps merge into one command."""

    def __init__(self, controller: "DocumentController", before: Document, after: Document, text: str,
                 merge_key: str | None = None, structural: bool = False):
        super().__init__(text)
        self.controller = controller
        self.before, self.after = before, after
        self.merge_key = merge_key
        self.structural = structural

    def redo(self) -> None:
        self.controller._set(self.after, self.structural)

    def undo(self) -> None:
        self.controller._set(self.before, self.structural)

    def id(self) -> int:
        return merge_id(self.merge_key) if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocumentCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class DocumentController(QObject):
    changed = Signal()                 # the document changed (edit, undo, redo, open)
    structureChanged = Signal()        # frames added or removed, pages, stories: autosave now
    pathChanged = Signal()

    def __init__(self, doc: Document, path: Path | None = None, doc_dir: Path | None = None):
        super().__init__()
        self.doc = doc
        self.path = path
        self.doc_dir = doc_dir or (path.parent if path else Path.cwd())
        self.undo_stack = QUndoStack(self)
        self._composer: Composer | None = None
        self._layout_cache = LayoutCache()  # shared by every composition of this document

    # --- reading ---------------------------------------------------------------------------------
    def composer(self) -> Composer:
        if self._composer is None or self._composer.doc is not self.doc:
            self._composer = Composer(self.doc, self.doc_dir, cache=self._layout_cache)
        return self._composer

    def compose(self, page_index: int) -> PageDisplay:
        return self.composer().compose(self.doc.pages[page_index])

    def frame(self, page_index: int, frame_id: str) -> Frame | None:
        return next((f for f in self.doc.pages[page_index].frames if f.id == frame_id), None)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    # --- changing ---------------------------------------------------------------------------------
    def apply(self, after: Document, text: str, merge_key: str | None = None, structural: bool = False) -> None:
        if after == self.doc:
            return
        self.undo_stack.push(DocumentCommand(self, self.doc, after, text, merge_key, structural))

    def end_merge(self) -> None:
        """Close the running merge (a drag ended): the next step starts a new command."""
        cmd = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(cmd, DocumentCommand) and cmd.merge_key:
            cmd.merge_key = cmd.merge_key + "#done"

    def replace_frames(self, page_index: int, frames: dict[str, Frame | None], text: str,
                       merge_key: str | None = None, added: tuple[Frame, ...] = ()) -> None:
        """Change, remove (None) or add frames on one page."""
        page = self.doc.pages[page_index]
        new = [frames.get(f.id, f) for f in page.frames]
        new = [f for f in new if f is not None] + list(added)
        structural = bool(added) or any(v is None for v in frames.values())
        self.apply(self.with_page(page_index, replace(page, frames=tuple(new))), text, merge_key, structural)

    def with_page(self, page_index: int, page: Page) -> Document:
        pages = list(self.doc.pages)
        pages[page_index] = page
        return replace(self.doc, pages=tuple(pages))

    def _set(self, doc: Document, structural: bool = False) -> None:
        self.doc = doc
        self.changed.emit()
        if structural:
            self.structureChanged.emit()

    def open(self, doc: Document, path: Path | None) -> None:
        self.doc, self.path = doc, path
        self.doc_dir = path.parent if path else self.doc_dir
        self.undo_stack.clear()
        self.changed.emit()
        self.pathChanged.emit()

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path)
        if target.parent.resolve() != self.doc_dir.resolve():
            # photo paths are relative to the document: rebase them on the new folder
            photos = tuple(replace(p, file=Path(os.path.relpath((self.doc_dir / p.file).resolve(),
                                                                 target.parent.resolve())).as_posix())
                           for p in self.doc.photos)
            self.doc = replace(self.doc, photos=photos)
        save_document(self.doc, target)
        if target != self.path:
            self.path = target
            self.doc_dir = target.parent
            self.pathChanged.emit()
        self.undo_stack.setClean()
        return target
