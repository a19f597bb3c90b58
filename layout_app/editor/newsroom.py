"""The main window working on an edition in the shared store (issue 14), as the desk's user.

Who the desk is: the store says. A SQLite store names its staff in its `users` table (the login name
unless `--user` says otherwise); a PostgreSQL store takes the database user the desk logs in as, its
role from the group it belongs to (layout_editor, layout_reporter, layout_chief, layout_print).

The window then works through a StoreLink: Save (Ctrl+S) sends my changes as a merge, or every edit
goes at once in live mode; colleagues' changes appear in place; who holds the page and its stories is
shown in the status bar and on the frames; check-out and check-in are in the Newsroom menu; the same
field changed here and by a colleague opens the conflict dialog with both texts. The role's rights are
kept before the store is asked: a reporter's page is read-only but for story text, captions and
credits, and a signed page is read-only for everybody until the chief editor reopens it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from layout_app.editor.conflicts import ConflictDialog
from layout_app.editor.messages import said
from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice
from layout_app.model.document import Document
from layout_app.store import records as rec
from layout_app.store.base import Stale, Store
from layout_app.store.desk import Desk
from layout_app.store.merge import Conflict, settle
from layout_app.store.rights import (CHECKED_OUT, ON_SIGNED_PAGE, ROLE_NAMES, SIGNED, SIGNED_OFF, STATUS_LABELS, Refused,
                                     check_write, kind_word)

TAG = QColor(255, 214, 102, 230)          # the check-out tag on a held story's frames
TAG_INK = QColor(60, 40, 0)

# the command line prints it in English; the board shows it in the interface's language
NO_SUCH_PAGE = QT_TRANSLATE_NOOP("Intake", "{where}: edition {edition} has no page {page} you may see (it has: {numbers})")


def open_window(store: Store, edition: str, page: int | None = None, photos_dir: Path | None = None,
                live: bool = False, **window_args):
    """A main window on `edition` (page number `page` shown first); InputError names what is missing."""
    from layout_app.editor.main_window import MainWindow

    desk = Desk(store, edition)                       # StoreError: no such edition
    doc = desk.document()
    numbers = [p.number for p in doc.pages]
    if page is not None and page not in numbers:
        raise InputError(Notice(NO_SUCH_PAGE, where=store.where, edition=repr(edition), page=page,
                                numbers=", ".join(str(n) for n in numbers)))
    window = MainWindow(doc, None, Path(photos_dir or Path.cwd()), **window_args)
    install(window, store, edition, live=live, desk=desk)
    if page is not None:
        window.show_page(numbers.index(page))
    return window


def install(window, store: Store, edition: str, live: bool = False, desk: Desk | None = None) -> "NewsroomDesk":
    window.newsroom = NewsroomDesk(window, store, edition, live, desk)
    return window.newsroom


class NewsroomDesk(QObject):
    def __init__(self, window, store: Store, edition: str, live: bool, desk: Desk | None):
        super().__init__(window)
        from layout_app.editor.storelink import StoreLink

        self.window, self.store, self.edition = window, store, edition
        self.controller, self.canvas = window.controller, window.canvas
        self.link = StoreLink(self.controller, store, edition, live, desk)
        self.dialog: ConflictDialog | None = None
        # Save goes to the store; a YAML copy is the store's export (layout-app store export), not Save As
        window.save_action.triggered.disconnect()
        window.save_action.triggered.connect(self.save)
        window.save = self.save                       # what closing with unsaved changes calls
        window.save_as_action.setEnabled(False)
        window.timer.stop()                           # no recovery file: the store keeps the saves
        window.edit_timer.timeout.disconnect()
        window.closed.connect(self.close)
        self.link.conflicts.connect(self.show_conflicts)
        self.link.refreshed.connect(self.update_state)
        self.link.refused.connect(lambda text: window.notify(self.tr("The store refused the save"), text))
        self.link.colleagueChanged.connect(
            lambda who: window.status.setText(self.tr("Changed by {who}").format(who=who)))
        self.canvas.pageActivated.connect(lambda _: self.update_state())
        self.controller.changed.connect(self._after_change)
        self.controller.guard = self.refusal
        self.who = QLabel(self.tr("{edition} · {user} ({role})").format(
            edition=edition, user=store.user, role=self.role_name()), window)
        self.holders = QLabel("", window)
        window.statusBar().addPermanentWidget(self.holders)
        window.statusBar().addPermanentWidget(self.who)
        self.marks = HolderMarks(self)
        self._menu()
        self.page_id = ""
        self.restricted = True                        # anything for the guard to check (see update_state)
        self.update_state()

    def role_name(self) -> str:
        names = {"editor": self.tr("page editor"), "reporter": self.tr("reporter"), "chief": self.tr("chief editor"),
                 "print": self.tr("print staff")}
        return names.get(self.store.role, ROLE_NAMES.get(self.store.role, self.store.role))

    # --- the Newsroom menu -------------------------------------------------------------------------
    def _menu(self) -> None:
        m = self.window.menuBar().addMenu(self.tr("&Newsroom"))
        w = self.window
        self.actions = {
            "page": w._action(m, self.tr("Check out this page"), lambda: self.check_out("page")),
            "story": w._action(m, self.tr("Check out the selected story or photo"), lambda: self.check_out("item"),
                               QKeySequence("Ctrl+Shift+K")),
            "in": w._action(m, self.tr("Check in what I hold on this page"), self.check_in),
            "release": w._action(m, self.tr("Release a colleague's check-out…"), self.release),
            "pull": w._action(m, self.tr("Show colleagues' changes now"), self.link.pull),
        }
        self.actions["release"].setEnabled(self.store.role in ("editor", "chief"))
        if self.store.role not in ("editor", "chief"):
            w.review_action.setEnabled(False)          # a reporter cannot leave the review-like mode

    # --- saving and conflicts ----------------------------------------------------------------------
    def save(self) -> bool:
        try:
            result = self.link.save()
        except (Refused, InputError) as exc:
            self.window.notify(self.tr("The store refused the save"), said(exc))
            return False
        except Stale:                   # colleagues saved the same records again at every try: say so, not their ids
            self.window.notify(self.tr("The store refused the save"),
                               self.tr("Colleagues kept changing the same items while this was saved; save again"))
            return False
        if result.conflicts:
            return False
        self.window.status.setText(self.tr("Saved to the store ({n} records)").format(n=len(result.written)))
        return True

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        authors = [self._author(c) for c in conflicts]
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = ConflictDialog(self.window)
            self.dialog.keep.connect(self.keep_mine)
        self.dialog.add(conflicts, authors, [self._name(c) for c in conflicts])
        self.dialog.open()

    def _name(self, c: Conflict) -> str:
        doc = self.controller.doc
        if c.kind == "story":
            story = next((s for s in doc.stories if s.id == c.key), None)
            return self.tr("story 「{headline}」").format(headline=story.headline or c.key) if story else c.key
        if c.kind == "photo":
            photo = next((p for p in doc.photos if p.id == c.key), None)
            return self.tr("photo {file}").format(file=photo.file) if photo else c.key
        return f"{c.kind} {c.key}"

    def _author(self, c: Conflict) -> str:
        r = self.link.desk.base.get((c.kind, c.key))
        return r.updated_by if r else ""

    def keep_mine(self, c: Conflict) -> None:
        """The person chose their own text: it goes in as an edit of theirs (undoable) and is saved."""
        records = settle(rec.split(self.controller.doc), c, c.mine)
        doc = rec.join(records, f"{self.store.where} edition {self.edition}")
        if self.controller.apply(doc, self.tr("Keep my text")):
            self.save()

    # --- holders and rights ------------------------------------------------------------------------
    def _page(self):
        doc = self.controller.doc
        return doc.pages[self.canvas.page_index] if doc.pages else None

    def held_here(self) -> dict[str, str]:
        """What on the shown page is checked out: "page A1" / "story s1" → holder."""
        page = self._page()
        if page is None:
            return {}
        keys = [("page", page.id)] + [(k, getattr(f, k)) for f in page.frames for k in ("story", "photo")
                                      if getattr(f, k, None)]
        base = self.link.desk.base
        return {f"{k} {key}": base[(k, key)].holder for k, key in dict.fromkeys(keys)
                if (k, key) in base and base[(k, key)].holder}

    def frame_holders(self) -> list[tuple[str, str]]:
        """(frame id, holder) for the frames of the shown page whose story or photo (or page) is held."""
        page = self._page()
        if page is None:
            return []
        base = self.link.desk.base
        page_holder = base[("page", page.id)].holder if ("page", page.id) in base else None
        out = []
        for f in page.frames:
            ref = next(((k, getattr(f, k)) for k in ("story", "photo") if getattr(f, k, None)), None)
            holder = base[ref].holder if ref in base else None
            if holder or page_holder:
                out.append((f.id, holder or page_holder))
        return out

    def status(self) -> str:
        page = self._page()
        r = self.link.desk.base.get(("page", page.id)) if page else None
        return r.status if r else ""

    def update_state(self) -> None:
        held = self.held_here()
        self.holders.setText(self.tr("Checked out: {items}").format(
            items="; ".join(f"{what} — {who}" for what, who in held.items())) if held else "")
        base = self.link.desk.base.values()
        # an editor's edits need the record-by-record check only while something is signed or held by a
        # colleague: a drag step must not pay for it otherwise
        self.restricted = self.store.role not in ("editor", "chief") or any(
            r.holder not in (None, self.store.user) or (r.kind == "page" and r.status in SIGNED) for r in base)
        status = self.status()
        read_only = self.store.role not in ("editor", "chief") or status in SIGNED
        if self.canvas.read_only != read_only:
            self.canvas.read_only = read_only
        # a reporter edits story text, captions and credits on the page; moves, resizes, drawing and
        # deletions are answered with why not
        self.canvas.text_only = self.store.role == "reporter" and status not in SIGNED
        self.canvas.refusal = self.refusal_word(status) if read_only else ""
        for action in self.window.layout_actions:
            action.setEnabled(not read_only)
        if self.store.role == "reporter":
            self.window.set_review(True)               # captions and credits in the review panel …
            self.controller.review = False             # … story text too: the guard keeps the role's rights
            self.window.stories.body.setReadOnly(status in SIGNED)
            self.window.stories.headline.setReadOnly(status in SIGNED)
        elif self.store.role == "print":
            self.window.set_review(True)
        label = STATUS_LABELS.get(status, status)
        self.who.setText(self.tr("{edition} · {user} ({role}) · {status}").format(
            edition=self.edition, user=self.store.user, role=self.role_name(),
            status=label))
        self.window._undo_state()
        self.marks.update()

    def refusal_word(self, status: str) -> str:
        """Why this desk may not change the page's layout, as the status bar says it."""
        if status in SIGNED:
            page = self._page()
            return said(Refused(Notice(SIGNED_OFF, page=page.id if page else "", status=STATUS_LABELS[status])))
        if self.store.role == "reporter":
            return self.tr("A reporter changes story text, captions and credits; the layout is the page editor's")
        return self.tr("Print staff read the pages; they do not change them")

    def _after_change(self) -> None:
        page = self._page()
        if page is not None and page.id != self.page_id:
            self.page_id = page.id
            self.update_state()

    def refusal(self, before: Document, after: Document) -> str:
        """Why this desk may not make the change (its role, a signed page, a colleague's check-out), or ""."""
        if not self.restricted:
            return ""
        before, after = _touched(before, after)
        old, new = rec.split(before), rec.split(after)
        base = self.link.desk.base
        signed = {key for (kind, key), r in base.items() if kind == "page" and r.status in SIGNED}
        on_signed = {(k, f.get(k)) for p in signed for f in base[("page", p)].data.get("frames", [])
                     for k in ("story", "photo") if f.get(k)}
        for k in old.keys() | new.keys():
            if old.get(k) == new.get(k):
                continue
            r = base.get(k)
            try:
                check_write(self.store.role, k[0], old.get(k), new.get(k), r.status if r else "")
            except Refused as exc:
                return said(exc)
            if k in on_signed:
                return said(Refused(Notice(ON_SIGNED_PAGE, kind=kind_word(k[0]), key=k[1])))
            if r is not None and r.holder not in (None, self.store.user):
                return said(Refused(Notice(CHECKED_OUT, kind=kind_word(k[0]), key=k[1], holder=r.holder)))
        return ""

    # --- check-out and check-in --------------------------------------------------------------------
    def _selected_item(self) -> tuple[str, str] | None:
        f = self.canvas.frame(self.canvas.selected) if self.canvas.selected else None
        if f is None:
            return None
        return next(((k, getattr(f, k)) for k in ("story", "photo") if getattr(f, k, None)), None)

    def check_out(self, what: str) -> None:
        page = self._page()
        target = ("page", page.id) if what == "page" and page else self._selected_item()
        if target is None:
            self.window.status.setText(self.tr("Select a frame of the story or photo first"))
            return
        self._hold(lambda: self.store.check_out(self.edition, *target), target)

    def check_in(self) -> None:
        for what in self.held_here():
            kind, key = what.split(" ", 1)
            if self.link.desk.base[(kind, key)].holder == self.store.user:
                self._hold(lambda k=kind, n=key: self.store.check_in(self.edition, k, n), (kind, key))

    def release(self) -> None:
        """An editor releases a colleague's hold on the selected story (or the page), after confirming."""
        page = self._page()
        target = self._selected_item() or (("page", page.id) if page else None)
        r = self.link.desk.base.get(target) if target else None
        if r is None or not r.holder:
            self.window.status.setText(self.tr("Nothing selected is checked out"))
            return
        if self.window.ask(self.tr("Release check-out"), self.tr(
                "{holder} has {what} checked out. Release it? Their unsaved work stays on their desk.").format(
                holder=r.holder, what=f"{target[0]} {target[1]}")):
            self._hold(lambda: self.store.check_in(self.edition, *target, force=True), target)

    def _hold(self, act, target) -> None:
        try:
            act()
        except (Refused, InputError) as exc:
            self.window.notify(self.tr("Check-out"), said(exc))
        self.link.desk.pull(*target)
        self.update_state()

    def close(self) -> None:
        self.link.close()


def _touched(before: Document, after: Document) -> tuple[Document, Document]:
    """Both documents with only the pages, stories and photos the change touched (the others are the
    same objects in both): the guard runs on every keystroke, and splitting a whole edition into its
    records twice costs far more than typing. An order changed: the documents as they are."""
    cut = {}
    for plural in ("pages", "stories", "photos"):
        a, b = getattr(before, plural), getattr(after, plural)
        if a is b:
            cut[plural] = ((), ())
            continue
        if [x.id for x in a] != [x.id for x in b]:
            return before, after
        cut[plural] = (tuple(x for x, y in zip(a, b) if x is not y), tuple(y for x, y in zip(a, b) if x is not y))
    return (replace(before, **{k: v[0] for k, v in cut.items()}),
            replace(after, **{k: v[1] for k, v in cut.items()}))


class HolderMarks(QWidget):
    """A tag with the holder's name on each frame of a held story or photo, above the canvas."""

    def __init__(self, desk: NewsroomDesk):
        super().__init__(desk.canvas)
        self.desk = desk
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(desk.canvas.rect())
        desk.canvas.installEventFilter(self)
        self.show()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.desk.canvas.rect())
        return False

    def tags(self) -> list[tuple[str, str, QRectF]]:
        """(frame id, text, where in canvas pixels) of each tag."""
        c = self.desk.canvas
        out = []
        for frame_id, holder in self.desk.frame_holders():
            f = c.frame(frame_id)
            if f is None:
                continue
            r = c.frame_rect(f)
            at = c.from_page(QPointF(r.x, r.y))
            text = self.tr("Checked out by {name}").format(name=holder)
            width = self.fontMetrics().horizontalAdvance(text) + 8
            out.append((frame_id, text, QRectF(at.x() + 2, at.y() + 2, width, self.fontMetrics().height() + 4)))
        return out

    def paintEvent(self, event) -> None:
        tags = self.tags()
        if not tags:
            return
        p = QPainter(self)
        for _id, text, box in tags:
            p.fillRect(box, TAG)
            p.setPen(TAG_INK)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.end()
