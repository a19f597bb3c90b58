"""Arrange menu and commands on the canvas's selection: align, distribute, stacking order, lock, nudge,
copy, cut, paste, paste in place, duplicate, delete, select all. Each command is one undo step; the
geometry is `layout.arrange`'s (Qt-free, tested on its own).

Copied frames go on the system clipboard (io.clipfile: our own MIME type holding them as YAML, and
their text as plain text), so they paste into another window or another running editor, and their
text into any program; plain text from elsewhere pastes as a new text frame."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from layout_app.io import clipfile
from layout_app.layout import arrange
from layout_app.model.textedit import CONTROL

PASTE_OFFSET = (1, 2)            # columns, lines: a pasted or duplicated copy stands clear of the original
NUDGE_BIG = 10                   # lines a Shift+arrow moves


class Arranger(QObject):
    """The commands, bound to one canvas."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas

    # --- helpers -----------------------------------------------------------------------------------
    @property
    def doc(self):
        return self.canvas.controller.doc

    @property
    def page(self):
        return self.doc.pages[self.canvas.page_index]

    def _ids(self) -> tuple[str, ...]:
        table = arrange.items(self.page)
        return tuple(i for i in self.canvas.selection if i in table)

    def _page(self, new, text: str, key: str | None = None) -> bool:
        if self.canvas.read_only or new == self.page:
            return False
        ctl = self.canvas.controller
        structural = len(new.frames) != len(self.page.frames) or len(new.rules + new.boxes) != len(self.page.rules + self.page.boxes)
        return ctl.apply(ctl.with_page(self.canvas.page_index, new), text, key, structural)

    def _refused(self, ids: tuple[str, ...]) -> bool:
        """Locked items refuse every change but unlocking; say so in the status bar."""
        held = arrange.locked(self.page, arrange.followers(self.page, ids))
        if held:
            self.canvas.notice.emit(self.tr("Locked: %1").replace("%1", ", ".join(held)))
        return bool(held)

    # --- commands ----------------------------------------------------------------------------------
    def align(self, how: str) -> None:
        ids = self._ids()
        if ids and not self._refused(ids):
            self._page(arrange.align(self.doc.grid, self.page, ids, how), self.tr("Align"))

    def distribute(self, axis: str) -> None:
        ids = self._ids()
        if ids and not self._refused(ids):
            self._page(arrange.distribute(self.doc.grid, self.page, ids, axis), self.tr("Distribute"))

    def restack(self, how: str) -> None:
        ids = self._ids()
        if ids:
            text = {"forward": self.tr("Bring forward"), "backward": self.tr("Send backward"),
                    "front": self.tr("Bring to front"), "back": self.tr("Send to back")}[how]
            self._page(arrange.restack(self.page, ids, how), text)

    def toggle_lock(self) -> None:
        ids = self._ids()
        if not ids:
            return
        table = arrange.items(self.page)
        on = not all(table[i].locked for i in ids)
        self._page(arrange.set_locked(self.page, ids, on), self.tr("Lock") if on else self.tr("Unlock"))
        self.canvas.update()

    def nudge(self, dcol: int, dline: int) -> None:
        ids = self._ids()
        if not ids or self._refused(ids):
            return
        key = "nudge-" + ",".join(ids)           # a run of arrow presses on one selection: one undo step
        self._page(arrange.move(self.doc.grid, self.page, ids, dcol, dline), self.tr("Nudge"), key)

    def delete(self) -> None:
        ids = self._ids()
        if not ids or self._refused(ids):
            return
        if self._page(arrange.delete(self.page, ids), self.tr("Delete")):
            self.canvas.set_selection(())

    def copy(self) -> None:
        """The selection onto the system clipboard: as frames (our MIME type) and as plain text."""
        ids = self._ids()
        if not ids:
            return
        clip = arrange.copy(self.doc, self.page, ids)
        data = QMimeData()
        folder = Path(self.canvas.controller.doc_dir).resolve()
        data.setData(clipfile.MIME, clipfile.dumps_clip(self.doc, self.canvas.page_index, clip.frames, clip.rules,
                                                        clip.boxes, clip.stories, clip.photos, str(folder)).encode("utf-8"))
        data.setText(clipfile.plain_text(clip.stories, clip.photos))
        QGuiApplication.clipboard().setMimeData(data)

    def cut(self) -> None:
        ids = self._ids()
        if ids and not self._refused(ids):
            self.copy()
            self.delete()

    def paste(self, in_place: bool = False) -> None:
        """Frames from the clipboard (copied here, in another window or another editor); plain text
        from another program as a new text frame."""
        if self.canvas.read_only:
            return
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        if not data.hasFormat(clipfile.MIME):
            if data.hasText():
                self.paste_text(data.text())
            return
        try:
            small, folder = clipfile.loads_clip(bytes(data.data(clipfile.MIME)).decode("utf-8", "replace"))
        except clipfile.ClipError:
            self.canvas.notice.emit(self.tr("The clipboard holds frames this editor cannot read"))
            return
        page = small.pages[0]
        clip = arrange.copy(small, page, tuple(arrange.items(page)))
        if small.grid != self.doc.grid:
            clip = arrange.fit_to_grid(self.doc.grid, clip)
        here = self.canvas.controller.doc_dir
        if folder and Path(folder).resolve() != Path(here).resolve():
            # copied from a document in another folder: its photos' paths made relative to this one
            clip = replace(clip, photos=tuple(
                replace(ph, file=Path(os.path.relpath((Path(folder) / ph.file).resolve(), Path(here).resolve())).as_posix())
                for ph in clip.photos))
        self._paste(clip, (0, 0) if in_place else PASTE_OFFSET,
                    self.tr("Paste in place") if in_place else self.tr("Paste"), small)

    def paste_text(self, text: str) -> None:
        """Plain text as a new story in a text frame at the first free spot (one paragraph a line)."""
        from layout_app.editor.place import FREE_COLS, FREE_LINES, free_cell
        paras = tuple(p.strip() for p in CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
                      if p.strip())
        if not paras or self.canvas.read_only:
            return
        index = self.canvas.page_index
        col, line = free_cell(self.doc, index) or (0, 0)
        grid = self.doc.grid
        doc, fid = arrange.new_text_frame(self.doc, index, col, min(FREE_COLS, grid.columns), line,
                                          min(FREE_LINES, grid.line_count))
        sid = next(f.story for f in doc.pages[index].frames if f.id == fid)
        doc = replace(doc, stories=tuple(replace(st, body=paras) if st.id == sid else st for st in doc.stories))
        if self.canvas.controller.apply(doc, self.tr("Paste"), None, True):
            self.canvas.set_selection((fid,))

    def duplicate(self) -> None:
        ids = self._ids()
        if ids:
            self._paste(arrange.copy(self.doc, self.page, ids), PASTE_OFFSET, self.tr("Duplicate"))

    def _paste(self, clip: arrange.Clip, shift: tuple[int, int], text: str, source=None) -> None:
        """`source`: the document the clip was copied from (its styles come along where this one lacks them)."""
        if not clip or self.canvas.read_only:
            return
        doc, new = arrange.paste(self.doc, self.canvas.page_index, clip, *shift)
        if source is not None:
            doc = arrange.carry_styles(doc, source, clip.stories)
        if self.canvas.controller.apply(doc, text, None, True):
            self.canvas.set_selection(new)

    def select_all(self) -> None:
        self.canvas.set_selection(tuple(arrange.items(self.page)))

    def install_menus(self, window) -> None:
        """Cut, copy, paste, duplicate and select all in the Edit menu; an Object menu for the rest.
        Shortcuts answer while the page has the focus, so text boxes keep their own."""
        canvas = window.canvas
        bar = window.menuBar()
        edit = next((a.menu() for a in bar.actions() if a.menu() and window.undo_action in a.menu().actions()), None)
        edit = edit or bar.addMenu(self.tr("&Edit"))
        edit.addSeparator()

        actions: dict[str, QAction] = {}

        def add(menu, text, slot, keys=(), layout=True, name="") -> QAction:
            action = QAction(text, window)
            actions[name or text] = action
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            canvas.addAction(action)                 # the shortcut works where the page has the focus
            if layout:
                window.layout_actions.append(action)  # review mode turns them off
            return action

        add(edit, self.tr("Cu&t"), self.cut, ["Ctrl+X"], name="cut")
        add(edit, self.tr("&Copy"), self.copy, ["Ctrl+C"], layout=False, name="copy")
        add(edit, self.tr("&Paste"), lambda: self.paste(False), ["Ctrl+V"], name="paste")
        add(edit, self.tr("Paste in &place"), lambda: self.paste(True), ["Ctrl+Alt+Shift+V"], name="paste_in_place")
        add(edit, self.tr("D&uplicate"), self.duplicate, ["Ctrl+Alt+Shift+D"], name="duplicate")
        add(edit, self.tr("&Delete"), self.delete, name="delete")            # Delete and Backspace: the canvas's keys
        add(edit, self.tr("Select &all"), self.select_all, ["Ctrl+A"], layout=False, name="select_all")

        obj = bar.addMenu(self.tr("&Object"))
        obj.setObjectName("object_menu")
        for text, how in ((self.tr("Align left edges"), "left"), (self.tr("Align right edges"), "right"),
                          (self.tr("Align top edges"), "top"), (self.tr("Align bottom edges"), "bottom"),
                          (self.tr("Align horizontal centres"), "hcentre"), (self.tr("Align vertical centres"), "vcentre")):
            add(obj, text, lambda _=False, how=how: self.align(how), name=f"align_{how}")
        obj.addSeparator()
        add(obj, self.tr("Distribute horizontally"), lambda: self.distribute("h"), name="distribute_h")
        add(obj, self.tr("Distribute vertically"), lambda: self.distribute("v"), name="distribute_v")
        obj.addSeparator()
        add(obj, self.tr("Bring to front"), lambda: self.restack("front"), ["Ctrl+Shift+]"], name="front")
        add(obj, self.tr("Bring forward"), lambda: self.restack("forward"), ["Ctrl+]"], name="forward")
        add(obj, self.tr("Send backward"), lambda: self.restack("backward"), ["Ctrl+["], name="backward")
        add(obj, self.tr("Send to back"), lambda: self.restack("back"), ["Ctrl+Shift+["], name="back")
        obj.addSeparator()
        add(obj, self.tr("Lock / unlock"), self.toggle_lock, ["Ctrl+Alt+L"], name="lock")
        window.arrange_menu = obj
        window.arrange_actions = actions             # by name, for the page's context menu
        canvas.notice.connect(lambda text: window.statusBar().showMessage(text, 4000))


def clipboard_on_quit() -> None:
    """At quit, copied frames on the clipboard become their plain text, set by Qt itself: a QMimeData made
    in Python and left on the clipboard crashes the interpreter's exit (PySide6 6.11, seen as a
    segmentation fault after the last window closed); other programs keep the text."""
    board = QGuiApplication.clipboard()
    data = board.mimeData()
    if data is not None and data.hasFormat(clipfile.MIME):
        board.setText(data.text())


# the shortcuts of layout commands that change the page; off where the layout is read only
LAYOUT_KEYS = ("Ctrl+X", "Ctrl+V", "Ctrl+Alt+Shift+V", "Ctrl+Alt+Shift+D")


def layout_shortcut(event) -> bool:
    """Whether a key press is one of LAYOUT_KEYS (a disabled action lets it through to the canvas)."""
    pressed = QKeySequence(event.keyCombination())
    return any(QKeySequence(k).matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in LAYOUT_KEYS)


def install(window) -> Arranger:
    window.canvas.arranger.install_menus(window)
    return window.canvas.arranger
