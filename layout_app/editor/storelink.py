"""An editor's document tied to an edition in the shared store: colleagues' saved changes appear in
place within half a second — each arrives as the operations its history row recorded and changes only
the fields they name, so my unsaved edits stay (Desk.receive; not undo steps of mine) — and Save sends
my changes as a merge; fields a colleague changed too come back as conflicts with both texts. In live
mode every edit of mine (and every undo) is sent as soon as I pause, so colleagues see it at once."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from layout_app.editor.controller import DocumentController
from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.store.base import Change, Stale, Store
from layout_app.store.desk import Desk, Received, Saved
from layout_app.store.merge import Conflict
from layout_app.store.rights import Refused

COALESCE_MS = 40          # changes arriving together are merged in once
LIVE_SAVE_MS = 150        # live mode: my edits go to the store once I pause this long (a drag's steps: once)


class StoreLink(QObject):
    conflicts = Signal(list)          # list[Conflict]: the same field changed here and by a colleague
    colleagueChanged = Signal(str)    # who changed something (for a status line)
    refused = Signal(str)             # a live save the store refused (a colleague's check-out, a signed page)
    refreshed = Signal()              # the desk read the store again: holders and statuses may have changed
    _arrived = Signal(object)         # a Change, from the watcher's thread; Qt queues it to the window's

    def __init__(self, controller: DocumentController, store: Store, edition: str, live: bool = False,
                 desk: Desk | None = None):
        super().__init__(controller)
        self.controller, self.store, self.edition = controller, store, edition
        self.desk = desk or Desk(store, edition)     # the desk whose document the controller holds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.receive)
        self._pending: list[Change] = []
        self._arrived.connect(self._on_arrived)
        self._send = QTimer(self)         # live mode: each edit of mine (and each undo) saved as I go
        self._send.setSingleShot(True)
        self._send.setInterval(LIVE_SAVE_MS)
        self._send.timeout.connect(self._save_if_dirty)
        if live:
            controller.undo_stack.indexChanged.connect(lambda _index: self._send.start())
        self.closed = False
        self.watcher = store.watch(edition, self._on_change)
        self._take(self.desk.catch_up(controller.doc))     # saved while the window opened

    def document(self):
        return self.desk.document()

    def _on_change(self, change: Change) -> None:
        if change.author != self.store.user or change.action != "edit":
            self._arrived.emit(change)

    def _on_arrived(self, change: Change) -> None:
        if self.closed:
            return                          # a change queued before close: the store may be gone
        self._pending.append(change)
        self.colleagueChanged.emit(change.author)
        if not self._timer.isActive():
            self._timer.start()

    def receive(self) -> Received | None:
        """The changes that arrived, as their operations, into the document shown; my unsaved edits stay."""
        changes, self._pending = self._pending, []
        if self.closed or not changes:
            return None
        return self._take(self.desk.receive(changes, self.controller.doc))

    def _take(self, result: Received) -> Received:
        if result.merged:
            self.controller.absorb(result.document)
        if result.conflicts:
            self.conflicts.emit(result.conflicts)
        self.refreshed.emit()
        return result

    def pull(self) -> list[Conflict]:
        """The whole edition read again and colleagues' saved changes merged into the document shown
        (the Newsroom menu's "Show colleagues' changes now"); my unsaved edits stay."""
        if self.closed:
            return []
        result = self.desk.refresh(self.controller.doc)
        if result.merged:
            self.controller.absorb(result.document)
        if result.conflicts:
            self.conflicts.emit(result.conflicts)
        self.refreshed.emit()
        return result.conflicts

    def save(self) -> Saved:
        """My changes into the store, merged over what colleagues saved meanwhile."""
        result = self.desk.save(self.controller.doc)
        if result.merged:
            self.controller.absorb(result.document)
        if result.conflicts:
            self.conflicts.emit(result.conflicts)
        else:
            self.controller.undo_stack.setClean()
        return result

    def _save_if_dirty(self, closing: bool = False) -> None:
        if self.controller.dirty and not self.closed:
            try:
                self.save()
            except (Refused, InputError) as exc:
                self.refused.emit(said(exc))
            except Stale:
                # colleagues saved the same records at each of the desk's tries: live mode tries again
                # shortly (the edits stay in the document); on close the person is told to save
                if closing:
                    self.refused.emit(QCoreApplication.translate(
                        "NewsroomDesk", "Colleagues kept changing the same items while this was saved; save again"))
                else:
                    self._send.start()

    def close(self) -> None:
        """Send what is left, stop listening and release what I hold (check-in on close)."""
        if self.closed:
            return
        self._timer.stop()
        if self._send.isActive():
            self._send.stop()
            self._save_if_dirty(closing=True)
        self.closed = True
        self.watcher.stop()
        self.desk.close()
