"""One desk's open edition: the records it read (with their versions) and the document they make.

Saving writes only the records this desk changed, each based on the version it read. When a
colleague saved one of them meanwhile the store refuses the whole save; the desk then merges field
by field (store/merge.py) over what is in the store now and saves again. Fields both changed into
different values keep the colleague's value and come back as conflicts carrying both, for a person
to decide: nothing is overwritten unseen.

Colleagues' changes arrive as their history rows' operations (`receive`): laid on the version this
desk holds when they are the next one, read whole when a version was missed."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from layout_app.errors import InputError
from layout_app.model.document import Document
from layout_app.model.operations import GONE, apply, diff, held
from layout_app.store import records as rec
from layout_app.store.base import Change, Record, Stale, Store, Write
from layout_app.store.change import after_data
from layout_app.store.merge import Conflict, merge_record

Key = rec.Key
MAX_TRIES = 5            # a save that keeps losing the race this often is reported, not retried for ever


@dataclass
class Saved:
    document: Document                    # what the store holds now, as this desk sees it
    written: list[Key] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    merged: bool = False                  # colleagues' changes were merged in


@dataclass
class Received:
    """What colleagues' changes did to this desk (Desk.receive)."""
    document: Document | None             # the open document with them (None: the desk has none)
    applied: list[Change] = field(default_factory=list)    # taken as their operations
    fetched: list[Key] = field(default_factory=list)       # edits read whole: a missed version, no operations
    statuses: list[Key] = field(default_factory=list)      # read again for a status or check-out change
    conflicts: list[Conflict] = field(default_factory=list)
    merged: bool = False                  # the document changed
    reread: bool = False                  # the whole edition was read again


_STUB = {"id": "~", "number": 1, "frames": []}      # a story or photo is read in a document of one empty page


class Desk:
    def __init__(self, store: Store, edition: str):
        self.store, self.edition = store, edition
        self.mark = store.history_mark()            # before the read: changes after it may be missing
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

    def receive(self, changes: list[Change], doc: Document | None = None) -> Received:
        """Colleagues' changes, as a watcher delivered them (in history order), applied to the versions
        this desk holds and to the open document `doc`: each edit's operations, when it is the next
        version of a record held here, change only the fields they name, and my unsaved edits of
        other fields stay. A missed version (a gap), an edit without operations, or operations not made
        on the version held here: the record is read whole. The edition's own record, a record added
        or removed, a reconnect, or a field I changed too (a conflict with both texts): the edition is
        read again and merged (refresh)."""
        out = Received(doc)
        for ch in changes:
            k = (ch.kind, ch.key)
            base = self.base.get(k)
            if base is not None and (ch.version < base.version or
                                     (ch.version == base.version and ch.action in ("edit", "create"))):
                continue                                # mine, or read already
            if base is None and ch.kind == "page" and self.store.role == "print" and (
                    ch.action != "status" or self.store.get(self.edition, *k) is None):
                continue                                # an unsigned page print staff do not see
            if ch.kind not in ("page", "story", "photo") or base is None or ch.action in ("create", "delete"):
                self._reread(out)
                break                                   # the edition as it is now holds the rest of the batch
            new = None
            if ch.action == "edit" and ch.version == base.version + 1 and ch.ops is not None:
                new = after_data(base.data, ch.ops)
            if new is not None:
                record = replace(base, version=ch.version, data=new, updated_by=ch.author)
            else:
                record = self.store.get(self.edition, *k)
                (out.fetched if ch.action == "edit" else out.statuses).append(k)
                if record is None:
                    self._reread(out)
                    break
            if out.document is not None and record.data != base.data and not self._lay(out, k, base.data, record.data):
                self._reread(out)                       # the same field changed here: merged with both texts
                break
            if new is not None:
                out.applied.append(ch)
            self.base[k] = record
        return out

    def catch_up(self, doc: Document | None = None) -> Received:
        """The changes committed between this desk's read and the start of its watcher (which tells of
        those after it), received as the watcher would have delivered them; those already read pass."""
        changes = [Change(self.edition, v.kind, v.key, v.version, v.action, v.author, v.id, v.change)
                   for v in self.store.audit(self.edition, since=self.mark)]
        return self.receive(changes, doc)

    def _lay(self, out: Received, k: Key, before: dict, after: dict) -> bool:
        """A record's change laid on the open document, field by field; False when a field it changes
        holds an unsaved edit of mine (or the record does not read: the edition is merged instead)."""
        try:
            ops = diff(self._item_doc(k, before), self._item_doc(k, after))
        except InputError:
            return False
        doc = out.document
        for op in ops:
            if op.kind not in ("page", "story", "photo"):
                return False
            now = held(doc, op)
            if now is GONE or (now != op.before and now != op.after):
                return False
        new = apply(doc, ops)                            # a field holding the change already stays as it is
        out.merged = out.merged or new is not doc
        out.document = new
        return True

    def _item_doc(self, k: Key, data: dict) -> Document:
        """A small document with the one record (a page with the stories and photos its frames show)."""
        records = {("edition", rec.EDITION_KEY): self.base[("edition", rec.EDITION_KEY)].data, k: data}
        if k[0] == "page":
            for f in data.get("frames") or []:
                for ref in ("story", "photo"):
                    if isinstance(f, dict) and (ref, f.get(ref)) in self.base:
                        records[(ref, f[ref])] = self.base[(ref, f[ref])].data
        else:
            records[("page", _STUB["id"])] = _STUB
        return rec.join(records, f"{self.store.where} edition {self.edition} {k[0]} {k[1]}")

    def _reread(self, out: Received) -> None:
        out.reread = True
        if out.document is None:
            self.base = self.store.snapshot(self.edition)
            return
        done = self.refresh(out.document)
        out.conflicts.extend(done.conflicts)
        out.merged = out.merged or done.merged
        out.document = done.document

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
