"""The right-click menu on the page: on a frame its commands (cut, copy, paste, arrange… where the
canvas offers them; delete, continue the story, zoom, properties always), on empty space paste and
place. The page's own menu (in the pages panel) lives in editor.pages_panel."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from layout_app.editor.viewnav import fit_page, selected_ids, zoom_to_selection


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def canvas_commands() -> tuple:
    """Commands the canvas may offer (issue 12's canvas work): menu text, tool tip, canvas method."""
    return (
        (tr("Cut"), tr("Cut the selection to the clipboard"), "cut"),
        (tr("Copy"), tr("Copy the selection to the clipboard"), "copy"),
        (tr("Paste"), tr("Paste from the clipboard"), "paste"),
        (tr("Paste in place"), tr("Paste where the copied frames were"), "paste_in_place"),
        (tr("Duplicate"), tr("A copy of the selection beside it"), "duplicate"),
        None,
        (tr("Bring to front"), tr("Above every other frame"), "bring_to_front"),
        (tr("Bring forward"), tr("One step up in the stacking order"), "bring_forward"),
        (tr("Send backward"), tr("One step down in the stacking order"), "send_backward"),
        (tr("Send to back"), tr("Below every other frame"), "send_to_back"),
        (tr("Lock"), tr("Lock the frame against moving"), "lock"),
    )


def _add(menu: QMenu, text: str, tip: str, slot, enabled: bool = True):
    action = menu.addAction(text)
    action.setToolTip(tip)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    return action


def build_item_menu(canvas, frame) -> QMenu:
    """The menu for a frame (or, frame None, for empty space on the page)."""
    window = canvas.window()
    menu = QMenu(canvas)
    menu.setToolTipsVisible(True)
    editable = not canvas.read_only
    for entry in canvas_commands():
        if entry is None:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            continue
        text, tip, name = entry
        method = getattr(canvas, name, None)
        if callable(method) and (frame is not None or name.startswith("paste")):
            _add(menu, text, tip, lambda _=False, m=method: m(), editable)
    if frame is not None:
        if menu.actions() and not menu.actions()[-1].isSeparator():
            menu.addSeparator()
        _add(menu, tr("Delete"), tr("Delete the frame (Delete key); Undo brings it back"),
             lambda: delete_selection(canvas), editable)
        if frame.story and hasattr(window, "link_story"):
            _add(menu, tr("Continue story in a new frame…"), tr("Click where the story goes on (Ctrl+L)"),
                 window.link_story, editable)
        _add(menu, tr("Zoom to selection"), tr("The frame fills the window (Ctrl+Alt+=)"),
             lambda: zoom_to_selection(canvas))
        if hasattr(window, "properties"):
            _add(menu, tr("Properties…"), tr("Columns, lines, style, text wrap of the frame"),
                 lambda: _show_properties(window))
    else:
        place = getattr(window, "place_action", None)
        if place is not None:
            _add(menu, tr("Place…"), tr("Place a copy file or photo at a free spot (Ctrl+D)"),
                 place.trigger, editable and place.isEnabled())
        _add(menu, tr("Fit page"), tr("The page whole in the window (Ctrl+0)"), lambda: fit_page(canvas))
    return menu


def delete_selection(canvas) -> None:
    delete = getattr(canvas, "delete_selection", None)
    if callable(delete):
        delete()
        return
    ids = [i for i in selected_ids(canvas) if canvas.frame(i) is not None]
    if ids:
        canvas.controller.replace_frames(canvas.page_index, {i: None for i in ids}, tr("Delete frame"))
        canvas.select("")


def _show_properties(window) -> None:
    dock = getattr(window, "docks", {}).get(window.properties)
    if dock is not None:
        dock.show()
        dock.raise_()


def item_menu(canvas, event) -> None:
    """canvas.contextMenuEvent: select what was clicked (unless it is already selected), show the menu."""
    if canvas.controller is None or not canvas.controller.doc.pages:
        return
    if event.reason() == event.Reason.Keyboard:         # the Menu key: the selection's menu, where it is
        frame = canvas.frame(canvas.selected) if canvas.selected else None
    else:
        frame = canvas.frame_at(canvas.to_page(event.pos().toPointF()))
    if frame is not None and frame.id not in selected_ids(canvas):
        canvas.select(frame.id)
    canvas.last_menu = build_item_menu(canvas, frame)
    canvas.last_menu.popup(event.globalPos())
