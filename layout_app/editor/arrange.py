"""Arrange menu and commands on the canvas's selection: align, distribute, stacking order, lock, nudge,
copy, cut, paste, paste in place, duplicate, delete, select all. Each command is one undo step; the
geometry is `layout.arrange`'s (Qt-free, tested on its own)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from layout_app.layout import arrange

PASTE_OFFSET = (1, 2)            # columns, lines: a pasted or duplicated copy stands clear of the original
NUDGE_BIG = 10                   # lines a Shift+arrow moves


class Arranger(QObject):
    """The commands, bound to one canvas."""
    clip: arrange.Clip = arrange.Clip()      # shared by every window of the process

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
        ids = self._ids()
        if ids:
            Arranger.clip = arrange.copy(self.doc, self.page, ids)

    def cut(self) -> None:
        ids = self._ids()
        if ids and not self._refused(ids):
            self.copy()
            self.delete()

    def paste(self, in_place: bool = False) -> None:
        self._paste(Arranger.clip, (0, 0) if in_place else PASTE_OFFSET,
                    self.tr("Paste in place") if in_place else self.tr("Paste"))

    def duplicate(self) -> None:
        ids = self._ids()
        if ids:
            self._paste(arrange.copy(self.doc, self.page, ids), PASTE_OFFSET, self.tr("Duplicate"))

    def _paste(self, clip: arrange.Clip, shift: tuple[int, int], text: str) -> None:
        if not clip or self.canvas.read_only:
            return
        doc, new = arrange.paste(self.doc, self.canvas.page_index, clip, *shift)
        if self.canvas.controller.apply(doc, text, None, True):
            self.canvas.set_selection(new)

    def select_all(self) -> None:
        self.canvas.set_selection(tuple(arrange.items(self.page)))


def install(window) -> Arranger:
    """Cut, copy, paste, duplicate and select all in the Edit menu; an Object menu for the rest.
    Shortcuts answer while the page has the focus, so text boxes keep their own."""
    canvas = window.canvas
    arr = canvas.arranger
    bar = window.menuBar()
    edit = next((a.menu() for a in bar.actions() if a.menu() and window.undo_action in a.menu().actions()), None)
    edit = edit or bar.addMenu(arr.tr("&Edit"))
    edit.addSeparator()

    def add(menu, text, slot, keys=(), layout=True) -> QAction:
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        canvas.addAction(action)                 # the shortcut works where the page has the focus
        if layout:
            window.layout_actions.append(action)  # review mode turns them off
        return action

    add(edit, arr.tr("Cu&t"), arr.cut, ["Ctrl+X"])
    add(edit, arr.tr("&Copy"), arr.copy, ["Ctrl+C"], layout=False)
    add(edit, arr.tr("&Paste"), lambda: arr.paste(False), ["Ctrl+V"])
    add(edit, arr.tr("Paste in &place"), lambda: arr.paste(True), ["Ctrl+Alt+Shift+V"])
    add(edit, arr.tr("D&uplicate"), arr.duplicate, ["Ctrl+Alt+Shift+D"])
    add(edit, arr.tr("&Delete"), arr.delete)            # Delete and Backspace: the canvas's keys
    add(edit, arr.tr("Select &all"), arr.select_all, ["Ctrl+A"], layout=False)

    obj = bar.addMenu(arr.tr("&Object"))
    obj.setObjectName("object_menu")
    for text, how in ((arr.tr("Align left edges"), "left"), (arr.tr("Align right edges"), "right"),
                      (arr.tr("Align top edges"), "top"), (arr.tr("Align bottom edges"), "bottom"),
                      (arr.tr("Align horizontal centres"), "hcentre"), (arr.tr("Align vertical centres"), "vcentre")):
        add(obj, text, lambda _=False, how=how: arr.align(how))
    obj.addSeparator()
    add(obj, arr.tr("Distribute horizontally"), lambda: arr.distribute("h"))
    add(obj, arr.tr("Distribute vertically"), lambda: arr.distribute("v"))
    obj.addSeparator()
    add(obj, arr.tr("Bring to front"), lambda: arr.restack("front"), ["Ctrl+Shift+]"])
    add(obj, arr.tr("Bring forward"), lambda: arr.restack("forward"), ["Ctrl+]"])
    add(obj, arr.tr("Send backward"), lambda: arr.restack("backward"), ["Ctrl+["])
    add(obj, arr.tr("Send to back"), lambda: arr.restack("back"), ["Ctrl+Shift+["])
    obj.addSeparator()
    add(obj, arr.tr("Lock / unlock"), arr.toggle_lock, ["Ctrl+Alt+L"])
    window.arrange_menu = obj
    canvas.notice.connect(lambda text: window.statusBar().showMessage(text, 4000))
    return arr
