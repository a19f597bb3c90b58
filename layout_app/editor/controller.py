"""The document being edited: one immutable Document at a time, changed only through undoable
commands; views listen to `changed`. The model never asks the UI anything.

Each command is an operation (model/operations.py): the fields of the records it changed, before and
after. Undo and redo re-apply only those fields on the document as it is now, so a colleague's change
that arrived meanwhile (`absorb`, from the shared store) is never reverted by my undo.

In review mode the controller itself keeps the layout read-only: a change to anything but a photo's
caption, credit, check or comment is refused, and undo and redo cross only such changes, so edits made
before review cannot be reverted from it."""
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
from layout_app.model.story import STORY_PARTS
from layout_app.model.operations import Op, apply as apply_ops, combine, diff

_merge_ids: dict[str, int] = {}

REVIEW_FIELDS = ("caption", "credit", "checked", "comment")      # all a reviewer may change


def review_only(before: Document, after: Document) -> bool:
    """True when `after` differs from `before` in nothing but the photos' REVIEW_FIELDS."""
    if len(before.photos) != len(after.photos):
        return False
    photos = tuple(replace(a, **{k: getattr(b, k) for k in REVIEW_FIELDS}) for a, b in zip(after.photos, before.photos))
    return replace(after, photos=photos) == before


def queries_checked(before: Document, after: Document) -> Document:
    """A story whose text the editor changed has been looked at: what reading its copy left in doubt
    (Story.query) is cleared with the edit, in the same undo step."""
    if not any(s.query for s in after.stories):
        return after                    # (every edit passes here: most documents have no query left)
    old = {s.id: s for s in before.stories}
    stories = tuple(replace(s, query="") if s.query and s.id in old and any(
        getattr(s, k) != getattr(old[s.id], k) for k in STORY_PARTS) else s for s in after.stories)
    return after if stories == after.stories else replace(after, stories=stories)


def merge_id(key: str) -> int:
    """A stable small integer per merge key: Qt merges commands with equal ids."""
    return _merge_ids.setdefault(key, 1000 + len(_merge_ids))


class DocumentCommand(QUndoCommand):
    """One user action as an operation (the fields it changed, before and after); the documents
    before and after are kept for review mode's test. A drag's steps merge into one command."""

    def __init__(self, controller: "DocumentController", before: Document, after: Document, text: str,
                 merge_key: str | None = None, structural: bool = False):
        super().__init__(text)
        self.controller = controller
        self.before, self.after = before, after
        self.ops: tuple[Op, ...] = diff(before, after)
        self.merge_key = merge_key
        self.structural = structural
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:                 # QUndoStack.push runs redo once: the edit itself
            self._pushed = True
            self.controller._set(self.after, self.structural)
        else:
            self.controller._set(apply_ops(self.controller.doc, self.ops, forward=True), self.structural)

    def undo(self) -> None:
        self.controller._set(apply_ops(self.controller.doc, self.ops, forward=False), self.structural)

    def id(self) -> int:
        return merge_id(self.merge_key) if self.merge_key else -1

    def review_only(self) -> bool:
        return review_only(self.before, self.after)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocumentCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.ops = combine(self.ops, other.ops)
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
        self.review = False                 # review mode: only captions, credits, checks and comments change
        # a document tied to the store: (before, after) → a reason the desk's role may not make it, or ""
        self.guard = None
        self.refused = ""                   # why the last change was refused (for the status line)

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
    def apply(self, after: Document, text: str, merge_key: str | None = None, structural: bool = False,
              restore: bool = False) -> bool:
        """Push the change as an undoable command; False when there is none or review mode refuses it.
        `restore` (recovered changes) passes review mode: it brings back edits, it does not make them."""
        if after == self.doc:
            return False
        after = queries_checked(self.doc, after)
        if self.review and not restore and not review_only(self.doc, after):
            return False
        if self.guard is not None and not restore:
            self.refused = self.guard(self.doc, after)
            if self.refused:
                return False
        self.undo_stack.push(DocumentCommand(self, self.doc, after, text, merge_key, structural))
        return True

    # --- undo and redo, as review mode allows ---------------------------------------------------------
    def _may_cross(self, index: int) -> bool:
        cmd = self.undo_stack.command(index)
        if self.guard is not None and isinstance(cmd, DocumentCommand) and self.guard(cmd.before, cmd.after):
            return False                    # a change my role may no longer make (its page was signed)
        return not self.review or (isinstance(cmd, DocumentCommand) and cmd.review_only())

    def can_undo(self) -> bool:
        return self.undo_stack.canUndo() and self._may_cross(self.undo_stack.index() - 1)

    def can_redo(self) -> bool:
        return self.undo_stack.canRedo() and self._may_cross(self.undo_stack.index())

    def undo(self) -> None:
        if self.can_undo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.can_redo():
            self.undo_stack.redo()

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

    def absorb(self, doc: Document) -> None:
        """A colleague's saved change (from the shared store): shown at once, not an undo step of mine."""
        if doc != self.doc:
            self._set(doc, structural=_ids(doc) != _ids(self.doc))

    def open(self, doc: Document, path: Path | None) -> None:
        self.doc, self.path = doc, path
        self.doc_dir = path.parent if path else self.doc_dir
        self.undo_stack.clear()
        self.changed.emit()
        self.pathChanged.emit()

    def save(self, path: Path | None = None) -> Path:
        """Save; into another folder, photo paths are rebased on it — in the document and in every
        document the undo history holds, so that an undo after Save As still finds the photos."""
        target = Path(path or self.path)
        rebase = None
        if target.parent.resolve() != self.doc_dir.resolve():
            rebase = _Rebase(self.doc_dir, target.parent)
        doc = rebase(self.doc) if rebase else self.doc
        save_document(doc, target)                      # fails before anything here has changed
        if rebase:
            for k in range(self.undo_stack.count()):
                cmd = self.undo_stack.command(k)
                if isinstance(cmd, DocumentCommand):
                    cmd.before, cmd.after = rebase(cmd.before), rebase(cmd.after)
                    cmd.ops = tuple(rebase.op(op) for op in cmd.ops)
            self.doc, self.doc_dir = doc, target.parent
        if target != self.path:
            self.path = target
            self.pathChanged.emit()
        self.undo_stack.setClean()
        if rebase:
            self.changed.emit()                         # the photo panel shows the new paths
        return target


def _ids(doc: Document) -> tuple:
    """What a structural change alters: pages, their frames, stories and photos."""
    return (tuple((p.id, tuple(f.id for f in p.frames)) for p in doc.pages),
            tuple(s.id for s in doc.stories), tuple(p.id for p in doc.photos))


class _Rebase:
    """Documents with their photo paths made relative to a new folder; a document (and a photo list)
    shared by two undo steps stays one object, so history keeps its identities."""

    def __init__(self, old_dir: Path, new_dir: Path):
        self.old, self.new = old_dir.resolve(), new_dir.resolve()
        self.docs: dict[int, tuple[Document, Document]] = {}      # id → (original kept alive, rebased)
        self.photos: dict[int, tuple[tuple, tuple]] = {}

    def file(self, name: str) -> str:
        return Path(os.path.relpath((self.old / name).resolve(), self.new)).as_posix()

    def op(self, op: Op) -> Op:
        """An operation on a photo's file (or adding a photo) with its paths rebased."""
        if op.kind == "photo" and op.field in (None, "file"):
            fix = (lambda p: replace(p, file=self.file(p.file))) if op.field is None else self.file
            return replace(op, before=None if op.before is None else fix(op.before),
                           after=None if op.after is None else fix(op.after))
        return op

    def __call__(self, doc: Document) -> Document:
        hit = self.docs.get(id(doc))
        if hit is None:
            photos = self.photos.get(id(doc.photos))
            if photos is None:
                photos = self.photos[id(doc.photos)] = (doc.photos, tuple(replace(p, file=self.file(p.file))
                                                                          for p in doc.photos))
            hit = self.docs[id(doc)] = (doc, replace(doc, photos=photos[1]))
        return hit[1]
