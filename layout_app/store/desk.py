"""One desk's open edition: the records it read (with their versions) and the document they make.

Saving writes only the records this desk changed, each based on the version it read. When a
colleague saved one of them meanwhile the store refuses the whole save; the desk then merges field
by field (store/merge.py) over what is in the store now and saves again. Fields both changed into
different values keep the colleague's value and come back as conflicts carrying both, for a person
to decide: nothing is overwritten unseen."""
from __future__ import annotations

from dataclasses import dataclass, field

from layout_app.errors import InputError
from layout_app.model.document import Document
from layout_app.store import records as rec
from layout_app.store.base import Record, Stale, Store, Write
from layout_app.store.merge import Conflict, merge_record

Key = rec.Key
MAX_TRIES = 5            # a save that keeps losing the race this often is reported, not retried for ever


@dataclass
class Saved:
    document: Document                    # what the store holds now, as this desk sees it
    written: list[Key] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    merged: bool = False                  # colleagues' changes were merged in


class Desk:
    def __init__(self, store: Store, edition: str):
        self.store, self.edition = store, edition
        self.base: dict[Key, Record] = store.snapshot(edition)

    def document(self) -> Document:
        return rec.join(self._data(self.base), f"{self.store.where} edition {self.edition}")

    @staticmethod
    def _data(records: dict[Key, Record]) -> dict[Key, dict]:
        return {k: r.data for k, r in records.items()}

    def version(self, kind: str, key: str) -> int | None:
        r = self.base.get((kind, key))
        return r.version if r else None

    def save(self, doc: Document, note: str = "") -> Saved:
        """Write what changed since this desk's read; merge and retry when colleagues were quicker."""
        mine = rec.split(doc)
        result = Saved(doc)
        for _ in range(MAX_TRIES):
            writes = [Write(kind, key, mine.get((kind, key)), self.version(kind, key))
                      for kind, key in sorted(set(self.base) | set(mine))
                      if (self.base[(kind, key)].data if (kind, key) in self.base else None) != mine.get((kind, key))]
            if writes:
                writes = self._really_changed(writes, mine)
            if not writes:
                return result
            try:
                done = self.store.commit(self.edition, writes, note)
            except Stale:
                mine, conflicts = self._merge(mine)
                result.conflicts.extend(conflicts)
                result.merged = True
                result.document = rec.join(mine, f"{self.store.where} edition {self.edition}")
                continue
            for w in writes:
                if w.data is None:
                    self.base.pop((w.kind, w.key), None)
                else:
                    self.base[(w.kind, w.key)] = done[(w.kind, w.key)]
            result.written = [(w.kind, w.key) for w in writes]
            return result
        raise Stale([(w.kind, w.key) for w in writes])

    def _really_changed(self, writes: list[Write], mine: dict[Key, dict]) -> list[Write]:
        """Leave out records that differ from the store's only in how they are written (a record
        written by another client with a default spelled out, say): the document reads them the same,
        and writing them would touch rows this desk did not change (and a reporter may not)."""
        try:
            canonical = rec.split(self.document())
        except InputError:
            return writes
        return [w for w in writes if canonical.get((w.kind, w.key)) != mine.get((w.kind, w.key))]

    def _merge(self, mine: dict[Key, dict]) -> tuple[dict[Key, dict], list[Conflict]]:
        """Mine laid over the store's current records; the base becomes the current records."""
        theirs = self.store.snapshot(self.edition)
        merged: dict[Key, dict] = {}
        conflicts: list[Conflict] = []
        for k in sorted(set(self.base) | set(mine) | set(theirs)):
            b = self.base[k].data if k in self.base else None
            t = theirs[k].data if k in theirs else None
            value, found = merge_record(k[0], k[1], b, mine.get(k), t)
            conflicts.extend(found)
            if value is not None:
                merged[k] = value
        self.base = theirs
        return merged, conflicts

    def save_record(self, kind: str, key: str, data: dict, note: str = "") -> tuple[Record, list[Conflict]]:
        """One record's new data (an operation, as a desk sends it), merged like a whole save when a
        colleague was quicker; returns what the store holds now and the conflicts left."""
        conflicts: list[Conflict] = []
        for _ in range(MAX_TRIES):
            base = self.base.get((kind, key))
            try:
                done = self.store.commit(self.edition, [Write(kind, key, data, base.version if base else None)], note)
            except Stale:
                theirs = self.store.get(self.edition, kind, key)
                merged, found = merge_record(kind, key, base.data if base else None, data,
                                             theirs.data if theirs else None)
                conflicts.extend(found)
                if theirs is not None:
                    self.base[(kind, key)] = theirs
                if merged is None or (theirs is not None and merged == theirs.data):
                    return theirs, conflicts
                data = merged
                continue
            self.base[(kind, key)] = done[(kind, key)]
            return done[(kind, key)], conflicts
        raise Stale([(kind, key)])

    def pull(self, kind: str, key: str) -> Record | None:
        """A record a watcher said changed, read again (None: deleted)."""
        r = self.store.get(self.edition, kind, key)
        if r is None:
            self.base.pop((kind, key), None)
        else:
            self.base[(kind, key)] = r
        return r

    def close(self) -> None:
        """Release what this desk's user holds in the edition (check-in on close)."""
        for (kind, key), r in list(self.base.items()):
            current = self.store.get(self.edition, kind, key)
            if current is not None and current.holder == self.store.user:
                self.store.check_in(self.edition, kind, key)

    def refresh(self, doc: Document) -> Saved:
        """Colleagues' saved changes merged into the document being edited (unsaved edits kept)."""
        mine = rec.split(doc)
        merged, conflicts = self._merge(mine)
        if merged == mine:
            return Saved(doc, conflicts=conflicts)
        return Saved(rec.join(merged, f"{self.store.where} edition {self.edition}"), conflicts=conflicts, merged=True)
