"""View ▸ zoom to selection, fit page (the page being edited, even in a spread), fit spread, 100 %."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction, QKeySequence

from layout_app.geometry import Rect

FILL = 0.85           # zoom to selection: the selection fills this much of the view


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def find_menu(window, title: str, new_title: str | None = None):
    """A menu of the menu bar by its (translated) title in the main window's context; a new one
    titled `new_title` (already translated) when there is none."""
    wanted = QCoreApplication.translate("MainWindow", title)
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text() in (wanted, new_title):
            return action.menu()
    return window.menuBar().addMenu(new_title or wanted)


def zoom_to(canvas, r: Rect, fill: float = FILL) -> None:
    """Zoom so that the page rectangle r (pt, on the active page) fills the view, centred."""
    if r.width <= 0 or r.height <= 0:
        return
    canvas.set_zoom(fill * min(canvas.width() / r.width, canvas.height() / r.height))
    canvas.pan = QPointF(0, 0)
    centre = canvas.from_page(QPointF(r.x + r.width / 2, r.y + r.height / 2))
    canvas.pan = QPointF(canvas.width() / 2, canvas.height() / 2) - centre
    canvas.update()


def selected_ids(canvas) -> tuple[str, ...]:
    ids = tuple(getattr(canvas, "selection", ()) or ())        # the canvas helper's multi-selection
    return ids or ((canvas.selected,) if canvas.selected else ())


def zoom_to_selection(canvas) -> bool:
    frames = [f for f in (canvas.frame(i) for i in selected_ids(canvas)) if f is not None]
    if not frames:
        return False
    rects = [canvas.frame_rect(f) for f in frames]
    x0, y0 = min(r.x for r in rects), min(r.y for r in rects)
    x1, y1 = max(r.right for r in rects), max(r.bottom for r in rects)
    zoom_to(canvas, Rect(x0, y0, x1 - x0, y1 - y0))
    return True


def fit_page(canvas) -> None:
    """The active page whole in the view; in a spread, the other page beside it may be cut off."""
    if canvas.page is None or len(canvas.sheets()) == 1:
        canvas.fit_page()
        return
    zoom_to(canvas, Rect(0, 0, canvas.page.width, canvas.page.height), fill=0.95)


class ViewNav:
    def __init__(self, window):
        self.window = window
        canvas = window.canvas
        view = find_menu(window, "&View")
        first = view.actions()[0] if view.actions() else None
        # the old "Fit page" (Ctrl+0) fitted the whole spread: it becomes Fit spread, and Fit page fits one page
        for action in view.actions():
            if action.shortcut() == QKeySequence("Ctrl+0"):
                action.setShortcut(QKeySequence())
                action.setText(tr("Fit spread"))
                action.setShortcut(QKeySequence("Ctrl+Alt+0"))
                action.setToolTip(tr("Both pages of the spread in the window (Ctrl+Alt+0)"))
                self.fit_spread = action
            elif action.shortcut() == QKeySequence("Ctrl+1"):           # Actual size is the 100 % view
                action.setToolTip(tr("100 %: a millimetre on the page is a millimetre on the screen (Ctrl+1)"))
        self.actions: list[QAction] = []
        for text, tip, keys, slot in (
                (tr("Zoom to selection"), tr("Zoom so that the selected frames fill the window"), "Ctrl+Alt+=",
                 lambda: zoom_to_selection(canvas)),
                (tr("Fit page"), tr("The page being edited whole in the window"), "Ctrl+0", lambda: fit_page(canvas))):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(tip + f" ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            view.insertAction(first, action)
            self.actions.append(action)
        self.zoom_selection, self.fit_page = self.actions


def install(window) -> ViewNav:
    window.view_nav = ViewNav(window)
    return window.view_nav
