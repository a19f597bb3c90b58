"""The right-click menu on the page: on a frame, rule or box the selection's commands (cut, copy,
paste, duplicate, delete — the arranger's own actions — and the Object menu: align, distribute, order,
lock), on a frame also continue the story, zoom, properties; on empty space paste and place. The page's own menu (in the pages panel) lives in editor.pages_panel."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from layout_app.editor.viewnav import fit_page, selected_ids, zoom_to_selection
from layout_app.layout import arrange
from layout_app.model.frame import Frame


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)    # lupdate files tr("…") under the empty context


def canvas_commands() -> tuple:
    """The selection's clipboard commands: menu text, tool tip, the name of the arranger's action
    (editor.arrange) that does it, so the menu and the shortcut do one and the same thing."""
    return (
        (tr("Cut"), tr("Cut the selection to the clipboard"), "cut"),
        (tr("Copy"), tr("Copy the selection to the clipboard"), "copy"),
        (tr("Paste"), tr("Paste from the clipboard"), "paste"),
        (tr("Paste in place"), tr("Paste where the copied frames were"), "paste_in_place"),
        (tr("Duplicate"), tr("A copy of the selection beside it"), "duplicate"),
    )


def _add(menu: QMenu, text: str, tip: str, slot, enabled: bool = True):
    action = menu.addAction(text)
    action.setToolTip(tip)
    action.setEnabled(enabled)
    action.triggered.connect(slot)
    return action


def build_item_menu(canvas, frame, item=None) -> QMenu:
    """The menu for the selection under the pointer: a frame, or a rule or box (item); both None for
    empty space on the page."""
    window = canvas.window()
    menu = QMenu(canvas)
    menu.setToolTipsVisible(True)
    editable = not canvas.read_only
    actions = getattr(window, "arrange_actions", {})
    on_item = frame is not None or item is not None
    for text, tip, name in canvas_commands():
        action = actions.get(name)
        if action is not None and (on_item or name.startswith("paste")):
            _add(menu, text, tip, action.trigger, action.isEnabled())
    if on_item:
        if menu.actions() and not menu.actions()[-1].isSeparator():
            menu.addSeparator()
        _add(menu, tr("Delete"), tr("Delete the frame (Delete key); Undo brings it back"),
             lambda: delete_selection(canvas), editable)
        objects = getattr(window, "arrange_menu", None)
        if objects is not None:                      # align, distribute, stacking order, lock
            menu.addMenu(objects)
    if frame is not None:
        if frame.story and hasattr(window, "link_story"):
            _add(menu, tr("Continue story in a new frame…"), tr("Click where the story goes on (Ctrl+L)"),
                 window.link_story, editable)
        _add(menu, tr("Zoom to selection"), tr("The frame fills the window (Ctrl+Alt+=)"),
             lambda: zoom_to_selection(canvas))
        if hasattr(window, "properties"):
            _add(menu, tr("Properties…"), tr("Columns, lines, style, text wrap of the frame"),
                 lambda: _show_properties(window))
    elif item is None:
        place = getattr(window, "place_action", None)
        if place is not None:
            _add(menu, tr("Place…"), tr("Place a copy file or photo at a free spot (Ctrl+D)"),
                 place.trigger, editable and place.isEnabled())
        _add(menu, tr("Fit page"), tr("The page whole in the window (Ctrl+0)"), lambda: fit_page(canvas))
    return menu


def delete_selection(canvas) -> None:
    """The whole selection (frames, rules and boxes), as the Delete key deletes it."""
    arranger = getattr(canvas, "arranger", None)
    if arranger is not None:
        arranger.delete()
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
    doc = canvas.controller.doc
    page = doc.pages[canvas.page_index]
    if event.reason() == event.Reason.Keyboard:         # the Menu key: the selection's menu, where it is
        item = arrange.items(page).get(canvas.selected) if canvas.selected else None
    else:
        pt = canvas.to_page(event.pos().toPointF())
        item = arrange.hit(doc.grid, page, pt.x(), pt.y())
    if item is not None and item.id not in selected_ids(canvas):
        # as a left click selects: a frame with its group (a story's frames, a photo and its captions)
        unit = arrange.group_of(page, item.id) if isinstance(item, Frame) else (item.id,)
        canvas.set_selection((item.id,) + tuple(i for i in unit if i != item.id))
    frame = item if isinstance(item, Frame) else None
    canvas.last_menu = build_item_menu(canvas, frame, None if frame is not None else item)
    canvas.last_menu.popup(event.globalPos())
