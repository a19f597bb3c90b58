"""Help ▸ Keyboard shortcuts: a table made, each time it opens, from the window's actions as they
are — so it lists every shortcut that works and none that does not. Also gives every action a tool
tip (its name and keys) when its maker gave it none, and lets menus show tool tips."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout

from layout_app.editor.viewnav import find_menu


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def keys_text(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every action with a shortcut: the menus' first, in menu order, then
    actions that live elsewhere (tool bars, the canvas)."""
    rows, seen = [], set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_plain(action.text())}")
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append((path, _plain(action.text()), keys_text(action)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen and action.text():
            seen.add(id(action))
            rows.append(("", _plain(action.text()), keys_text(action)))
    return rows


def add_tool_tips(window) -> None:
    """Every action's tool tip names it and its keys, unless it has a tool tip of its own."""
    for action in window.findChildren(QAction):
        if not action.text() or action.isSeparator():
            continue
        default = _plain(action.text())
        if action.toolTip().rstrip(".…") in (default, action.text().replace("&", "")):
            keys = keys_text(action)
            action.setToolTip(f"{default} ({keys})" if keys else default)
    for menu in window.findChildren(QMenu):
        menu.setToolTipsVisible(True)


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)     # made anew, from the actions as they are, each time
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Keys")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)


def install(window) -> None:
    help_menu = find_menu(window, "&Help", tr("&Help"))
    action = QAction(tr("&Keyboard shortcuts"), window)
    action.setShortcut(QKeySequence("Ctrl+/"))
    action.setToolTip(tr("Every shortcut of this window, read from its commands (Ctrl+/)"))

    def show() -> None:
        add_tool_tips(window)
        window.shortcuts_dialog = ShortcutsDialog(window)
        window.shortcuts_dialog.show()
    action.triggered.connect(show)
    help_menu.addAction(action)
    window.shortcuts_action = action
    # after the window is built, so actions that other modules add after this one get tool tips too
    later = QTimer(window)            # a child timer: its connection (naming the window) dies with the window
    later.setSingleShot(True)
    later.timeout.connect(lambda: add_tool_tips(window))
    later.start(0)
