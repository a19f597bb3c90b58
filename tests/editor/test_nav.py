"""Finding your way in the window (issue 12, item 4), with real mouse and key events: File ▸ New from a
template, the pages panel (delete and undo, reorder, masters, thumbnails redrawn only where a page
changed), the status bar's readouts, zoom to selection and fit page, context menus, Place (Ctrl+D),
Help ▸ Keyboard shortcuts and tool tips."""
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QPushButton

from layout_app.model.document import Page
from layout_app.model.furniture import Master
from layout_app.units import mm
from tests.photos import write_jpeg


@pytest.fixture
def window(open_window):
    return open_window()


@pytest.fixture
def three_pages(qtbot, page_doc):
    """The sample page and two more (B2 國內 on a running-head master, B3), shown."""
    from layout_app.editor.main_window import MainWindow

    doc, _folder, path = page_doc
    doc = replace(doc, pages=doc.pages + (Page("B2", 2, section="国内"), Page("B3", 3, section="国际")),
                  masters=(Master("front"), Master("inside")))
    w = MainWindow(doc, path, ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    return w


def click_row(qtbot, panel, row):
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def ids(w):
    return [(p.id, p.number) for p in w.controller.doc.pages]


# --- File ▸ New ---------------------------------------------------------------------------------------
def test_new_from_the_sikai_template_asks_to_save_first_and_opens_unsaved(qtbot, open_window):
    asked = []
    w = open_window()
    w.ask_save = lambda: asked.append(1) or "discard"
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.from_page(
        QPointF(*_centre(w, "ph1"))).toPoint())
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)                        # an unsaved change
    assert w.controller.dirty
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        names = [dialog.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(dialog.list.count())]
        seen["names"] = names
        row = names.index("sikai")
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.list.visualItemRect(dialog.list.item(row)).center())
        seen["info"] = dialog.info.text()
        seen["preview"] = dialog.preview.pixmap().toImage()
        dialog.pages.setValue(2)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, answer)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1]
    assert sorted(seen["names"]) == ["a3", "berliner", "duikai", "sikai"]
    # 四开: 270 × 390 mm, 6 columns; type area 245 mm = 694.49 pt / 9 pt = 77.2 characters, less 5
    # gutters of 1 → 72.2 / 6 → 12 characters; 356 mm = 1009.13 pt / 13.5 pt → 74 lines
    assert seen["info"] == "270 × 390 mm, 6 columns of 12 characters, 74 lines"
    image = seen["preview"]
    assert abs(image.width() / image.height() - 270 / 390) < 0.01       # the page's shape
    doc = w.controller.doc
    assert (doc.grid.width, doc.grid.height, doc.grid.columns) == (270, 390, 6)
    assert [p.number for p in doc.pages] == [1, 2] and all(p.frames == () for p in doc.pages)
    assert doc.template == "sikai" and doc.stories == () and doc.photos == ()
    assert w.controller.path is None and not w.controller.can_undo()
    assert "Untitled" in w.windowTitle()
    assert w.pages_panel.list.count() == 2


def test_new_is_cancelled_when_the_user_keeps_the_current_document(window):
    window.ask_save = lambda: "cancel"
    window.controller.replace_frames(0, {"ph1": None}, "delete")
    from layout_app.editor.newdoc import new_from_template
    before = window.controller.doc
    assert not new_from_template(window, "sikai")
    assert window.controller.doc is before


def _centre(w, fid):
    r = w.canvas.frame_rect(w.controller.frame(w.canvas.page_index, fid))
    return r.x + r.width / 2, r.y + r.height / 2


# --- pages panel ---------------------------------------------------------------------------------------
def test_delete_a_page_in_the_pages_panel_and_undo(qtbot, three_pages):
    w = three_pages
    panel = w.pages_panel
    before = w.controller.doc
    assert panel.list.count() == 3
    click_row(qtbot, panel, 1)
    assert w.canvas.page_index == 1                                        # a click goes to the page
    qtbot.waitUntil(lambda: w.status_readout.page.text() == "Page 2")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert ids(w) == [("A1", 1), ("B3", 2)]                                # B3 is page 2 now
    assert panel.list.count() == 2 and panel.list.item(1).text() == "Page 2\n国际"
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.controller.doc == before
    assert panel.list.count() == 3


def test_add_a_page_after_the_selected_one(qtbot, three_pages):
    w = three_pages
    panel = w.pages_panel
    before = w.controller.doc
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert ids(w) == [("A1", 1), ("p4", 2), ("B2", 3), ("B3", 4)]        # the new page is page 2
    assert w.canvas.page_index == 1 and w.controller.doc.pages[1].frames == ()
    assert panel.list.count() == 4 and panel.list.currentRow() == 1
    assert w.undo_action.text() == "&Undo Add page"
    w.controller.undo()
    assert w.controller.doc == before and panel.list.count() == 3


def test_the_last_page_cannot_be_deleted(qtbot, window):
    qtbot.mouseClick(window.pages_panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(window.controller.doc.pages) == 1
    assert "at least one page" in window.status.text()


def test_reorder_with_the_buttons_and_by_a_drop_each_one_undo_step(qtbot, three_pages):
    w = three_pages
    panel = w.pages_panel
    before = w.controller.doc
    click_row(qtbot, panel, 0)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert ids(w) == [("B2", 1), ("A1", 2), ("B3", 3)]
    assert w.canvas.page_index == 1 and panel.list.currentRow() == 1      # the moved page stays current
    assert w.controller.doc.pages[1].frames == before.pages[0].frames
    # drop page 3 (B3) on the left half of the first thumbnail: it becomes page 1
    click_row(qtbot, panel, 2)
    mime = panel.list.model().mimeData([panel.list.model().index(2, 0)])
    top = panel.list.visualItemRect(panel.list.item(0))
    at = QPoint(top.left() + 5, top.center().y())
    # the events a drag sends the list as it enters, moves and is let go (QDrag.exec would block here)
    for event in (QDragEnterEvent(at, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(at, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(at), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(panel.list.viewport(), event)
    assert ids(w) == [("B3", 1), ("B2", 2), ("A1", 3)]
    w.controller.undo()
    w.controller.undo()
    assert w.controller.doc == before


def test_apply_a_master_from_the_page_menu(qtbot, three_pages):
    w = three_pages
    panel = w.pages_panel
    panel.list.scrollToItem(panel.list.item(2))
    at = panel.list.visualItemRect(panel.list.item(2)).center()
    QApplication.sendEvent(panel.list.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                                                                  panel.list.viewport().mapToGlobal(at)))
    menu = panel.last_menu
    assert [a.text() for a in menu.actions() if not a.isSeparator()][:5] == \
        ["Go to page", "Add page after", "Delete page", "Move up", "Move down"]
    assert not next(a for a in menu.actions() if a.text() == "Move down").isEnabled()     # the last page
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in sub.actions() if a.text() == "inside").trigger()
    assert w.controller.doc.pages[2].master == "inside"
    assert panel.list.item(2).toolTip().endswith("[inside]")
    click_row(qtbot, panel, 2)
    assert panel.master.currentText() == "inside"
    w.controller.undo()
    assert w.controller.doc.pages[2].master == ""


def test_thumbnails_are_drawn_again_only_for_the_page_that_changed(qtbot, three_pages):
    w = three_pages
    panel = w.pages_panel
    drawn = panel.renders
    first = panel.list.item(0).icon().pixmap(200, 300).toImage()
    # nudge the photo frame on page 1 a line down, with the keyboard, twice quickly
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.from_page(QPointF(*_centre(w, "h1"))).toPoint())
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right)
    assert panel.renders == drawn                                         # throttled: not yet
    qtbot.waitUntil(lambda: panel.renders > drawn, timeout=3000)
    qtbot.wait(400)
    assert panel.renders == drawn + 1                                     # page 1 only, once
    assert panel.list.item(0).icon().pixmap(200, 300).toImage() != first
    # what the pictures show: page 1 has type and photos; B2 and B3 are empty pages, white all over
    assert _ink(panel.thumbs["A1"][1].toImage()) > 0.02
    assert _ink(panel.thumbs["B2"][1].toImage()) == 0
    # a story edit redraws the pages that show the story: page 1 only here
    s = w.controller.doc.stories[0]
    w.controller.apply(replace(w.controller.doc, stories=(replace(s, headline="新标题"),)), "edit")
    qtbot.waitUntil(lambda: panel.renders == drawn + 2, timeout=3000)
    qtbot.wait(400)
    assert panel.renders == drawn + 2


def test_thumbnails_are_drawn_after_the_first_paint_of_the_page(qtbot, page_doc):
    """The page is what a user waits for: the pages panel stands a blank page of the thumbnail's size
    in each place until the canvas has painted, then draws them."""
    from layout_app.editor.main_window import MainWindow

    doc, _folder, path = page_doc
    doc = replace(doc, pages=doc.pages + (Page("B2", 2),))
    w = MainWindow(doc, path, ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    panel = w.pages_panel
    painted = []                                                # thumbnails drawn when a paint of the page begins

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(panel.renders)
            return False
    watch = Watch(w)
    w.canvas.installEventFilter(watch)
    assert panel.renders == 0 and panel.list.count() == 2
    blank = panel.list.item(0).icon().pixmap(panel.list.iconSize()).toImage()
    trim = doc.grid.trim
    assert abs(blank.width() / blank.height() - trim.width / trim.height) < 0.02   # the page's shape: the list keeps its layout
    assert _ink(blank) == 0
    QApplication.processEvents()
    assert panel.renders == 0                                   # not shown: nothing drawn
    w.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=4000)
    assert painted[0] == 0                                      # none drawn before the page was painted
    qtbot.waitUntil(lambda: panel.renders == 2, timeout=5000)
    assert _ink(panel.thumbs["A1"][1].toImage()) > 0.02
    assert _ink(panel.list.item(0).icon().pixmap(panel.list.iconSize()).toImage()) > 0.02
    assert _ink(panel.thumbs["B2"][1].toImage()) == 0


def _ink(image):
    """The share of pixels inside the picture's 1-pixel edge that are not white."""
    w, h = image.width(), image.height()
    dark = sum(1 for y in range(1, h - 1) for x in range(1, w - 1) if image.pixelColor(x, y).lightness() < 250)
    return dark / ((w - 2) * (h - 2))


# --- status bar -----------------------------------------------------------------------------------------
def test_status_bar_shows_column_and_line_under_the_mouse(qtbot, window):
    w = window
    canvas = w.canvas
    # the sample grid by hand: page 1 is right-hand, the inside margin (18 mm) on the left; type area
    # 354 mm = 1003.46 pt = 111.5 characters of 9 pt → 8 columns of 13 characters (117 pt) and 7
    # gutters of (1003.46 − 936) / 7 = 9.637 pt; lines of 13.5 pt from 20 mm
    column_pitch = 117 + (mm(354) - 8 * 117) / 7
    x = mm(18) + 2 * column_pitch + 10            # 10 pt into column 3
    y = mm(20) + 11 * 13.5 + 5                    # 5 pt into line 12
    qtbot.mouseMove(canvas, canvas.from_page(QPointF(x, y)).toPoint())
    text = w.status_readout.cursor.text()
    assert "column 3, line 12" in text, text
    shown = [float(v) for v in text.split(" mm")[0].split(", ")]
    pixel_mm = 1 / canvas.zoom() / 72 * 25.4             # the mouse lands on a whole pixel
    assert shown[0] == pytest.approx(x / 72 * 25.4, abs=pixel_mm + 0.05)
    assert shown[1] == pytest.approx(y / 72 * 25.4, abs=pixel_mm + 0.05)
    # in the gutter after column 3: no column
    qtbot.mouseMove(canvas, canvas.from_page(QPointF(mm(18) + 2 * column_pitch + 117 + 4, y)).toPoint())
    assert "column" not in w.status_readout.cursor.text()
    assert w.status_readout.page.text() == "Page 1"


def test_status_bar_follows_ctrl_pgdown(qtbot, three_pages):
    w = three_pages
    qtbot.keyClick(w.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.status_readout.page.text() == "Page 3")


def test_status_bar_shows_zoom_in_percent_of_actual_size(qtbot, window):
    qtbot.keyClick(window.canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)        # actual size
    assert window.status_readout.zoom.text() == "100 %"
    window.canvas.set_zoom(window.canvas.zoom() / 2)
    assert window.status_readout.zoom.text() == "50 %"


# --- view -----------------------------------------------------------------------------------------------
def test_zoom_to_selection_fills_the_view_with_the_frame(qtbot, window):
    w = window
    canvas = w.canvas
    # Ctrl-click: the caption alone, not its photo's group
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     canvas.from_page(QPointF(*_centre(w, "c1"))).toPoint())
    assert canvas.selection == ("c1",)
    w.view_nav.zoom_selection.trigger()
    r = canvas.frame_rect(w.controller.frame(0, "c1"))
    top_left = canvas.from_page(QPointF(r.x, r.y))
    bottom_right = canvas.from_page(QPointF(r.right, r.bottom))
    width, height = bottom_right.x() - top_left.x(), bottom_right.y() - top_left.y()
    # 85 % of the view in the tighter direction, centred
    assert max(width / canvas.width(), height / canvas.height()) == pytest.approx(0.85, abs=0.01)
    centre = (top_left + bottom_right) / 2
    assert abs(centre.x() - canvas.width() / 2) < 1 and abs(centre.y() - canvas.height() / 2) < 1


def test_fit_page_in_a_spread_fits_the_page_being_edited(qtbot, three_pages):
    w = three_pages
    w.controller.apply(replace(w.controller.doc, spreads=(("B2", "B3"),)), "spread")
    w.show_page(1)
    canvas = w.canvas
    assert len(canvas.sheets()) == 2
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    spread_zoom = canvas.zoom()
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    page = canvas.page
    a = canvas.from_page(QPointF(0, 0))
    b = canvas.from_page(QPointF(page.width, page.height))
    assert canvas.zoom() > spread_zoom
    assert a.x() >= 0 and a.y() >= 0 and b.x() <= canvas.width() and b.y() <= canvas.height()


# --- context menus ----------------------------------------------------------------------------------
def right_click(widget, pos):
    """What the window system sends a widget on a right click (QTest's clicks do not make it)."""
    widget.last_menu = None
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos)))
    assert widget.last_menu is not None


def test_right_click_on_a_frame_selects_it_and_its_menu_deletes_it(qtbot, window):
    w = window
    canvas = w.canvas
    right_click(canvas, canvas.from_page(QPointF(*_centre(w, "ph1"))).toPoint())
    assert canvas.selected == "ph1"
    menu = canvas.last_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Delete" in texts and "Properties…" in texts
    assert all(a.toolTip() for a in menu.actions() if not a.isSeparator())
    next(a for a in menu.actions() if a.text() == "Delete").trigger()
    menu.close()
    assert w.controller.frame(0, "ph1") is None
    w.controller.undo()
    assert w.controller.frame(0, "ph1") is not None


def test_the_menu_key_opens_the_selected_frames_menu(qtbot, window):
    w = window
    canvas = w.canvas
    canvas.select("b1")
    canvas.last_menu = None
    centre = canvas.rect().center()                  # Qt puts a keyboard menu event at the widget's middle
    QApplication.sendEvent(canvas, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, canvas.mapToGlobal(centre)))
    assert canvas.selected == "b1" and "Delete" in [a.text() for a in canvas.last_menu.actions()]
    canvas.last_menu.close()


def test_right_click_on_empty_space_offers_place(qtbot, window):
    w = window
    canvas = w.canvas
    grid = w.controller.doc.grid
    free = canvas.from_page(QPointF(grid.column_x(7) + 20, grid.line_y(80))).toPoint()
    right_click(canvas, free)
    assert "Place…" in [a.text() for a in canvas.last_menu.actions()]
    canvas.last_menu.close()


# --- Place (Ctrl+D) ---------------------------------------------------------------------------------
def test_place_a_photo_into_the_selected_frame_with_ctrl_d(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog
    w = window
    photo = write_jpeg(tmp_path / "photos" / "harvest.jpg", 1200, 800)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], "")))
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=w.canvas.from_page(QPointF(*_centre(w, "ph1"))).toPoint())
    before = w.controller.doc
    qtbot.keyClick(w.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    doc = w.controller.doc
    new = [p for p in doc.photos if p not in before.photos]
    assert [p.file for p in new] == ["photos/harvest.jpg"]
    assert w.controller.frame(0, "ph1").photo == new[0].id and w.controller.frame(0, "c1").photo == new[0].id
    w.controller.undo()
    assert w.controller.doc == before


def test_place_two_files_with_nothing_selected_is_one_step(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from tests.intake.copy_samples import STORY
    w = window
    photo = write_jpeg(tmp_path / "photos" / "harvest.jpg", 1200, 800)
    story = tmp_path / "story.txt"
    story.write_bytes(STORY.encode("utf-8"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(story), str(photo)], "")))
    w.canvas.select("")
    before = w.controller.doc
    qtbot.keyClick(w.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    added = [f for f in w.controller.doc.pages[0].frames if f not in before.pages[0].frames]
    # the sample page is used in columns 0–4 from the top; columns 5–7 take the story (heading and
    # body), and the photo goes to the next free spot
    kinds = [f.kind for f in added]
    assert kinds.count("photo") == 1 and "text" in kinds
    assert min((f.col, f.line) for f in added) == (5, 0)
    assert w.controller.undo_stack.count() == 1
    w.controller.undo()
    assert w.controller.doc == before


# --- shortcuts and tool tips -------------------------------------------------------------------------------
def test_the_shortcuts_list_is_made_from_the_actions(qtbot, window):
    w = window
    extra = QAction("Test command", w)
    extra.setShortcut("Ctrl+Alt+Shift+K")
    w.menuBar().actions()[0].menu().addAction(extra)
    elsewhere = QAction("Canvas command", w)            # an action in no menu (as a tool's would be)
    elsewhere.setShortcut("Ctrl+Alt+Shift+J")
    w.addAction(elsewhere)
    w.shortcuts_action.trigger()
    table = w.shortcuts_dialog.table
    rows = {tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())}
    for row in (("File", "New", "Ctrl+N"), ("File", "Place", "Ctrl+D"), ("Edit", "Find/Replace", "Ctrl+F"),
                ("View", "Fit page", "Ctrl+0"), ("View", "Fit spread", "Ctrl+Alt+0"),
                ("File", "Test command", "Ctrl+Alt+Shift+K"), ("", "Canvas command", "Ctrl+Alt+Shift+J"),
                ("Help", "Keyboard shortcuts", "Ctrl+/")):
        assert row in rows, row
    # every action with keys is listed, and nothing else
    keyed = {a for a in w.findChildren(QAction) if a.shortcuts()}
    assert table.rowCount() == len(keyed)
    w.shortcuts_dialog.close()


def test_every_action_and_panel_control_has_a_tool_tip(qtbot, window):
    w = window
    qtbot.wait(10)                                   # the tool tips are filled in once the window is built
    no_tip = [a.text() for a in w.findChildren(QAction) if a.text() and not a.isSeparator() and not a.toolTip()]
    assert no_tip == []
    assert w.findChild(QAction, "") is not None
    fit = w.view_nav.fit_page
    assert "Ctrl+0" in fit.toolTip()
    # a tool tip names the keys of its action (Qt's own would only repeat the menu text)
    from layout_app.editor.shortcuts import keys_text
    keyed = [a for a in w.findChildren(QAction) if a.shortcuts() and a.text()]
    assert [a.text() for a in keyed if keys_text(a).split(", ")[0] not in a.toolTip()] == []
    assert w.undo_action.toolTip() == "Undo (Ctrl+Z)"
    for panel in (w.pages_panel, w.find_panel):
        bare = [b.text() for b in panel.findChildren(QPushButton) if not b.toolTip()]
        assert bare == []
    assert w.pages_panel.master.toolTip() and w.find_panel.regex.toolTip()
    # the controls of the panels the window had before: every one of them that takes input
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget,
                                   QPlainTextEdit, QWidget)
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit)
    for panel in (w.stories, w.photos, w.properties, w.preflight_panel, w.review_panel, w.pages_panel, w.find_panel):
        bare = [type(c).__name__ for c in panel.findChildren(QWidget)
                if isinstance(c, kinds) and not c.toolTip() and not (isinstance(c, QLineEdit) and isinstance(c.parent(), (QComboBox, QAbstractSpinBox)))]
        assert bare == [], (type(panel).__name__, bare)
    assert all(m.toolTipsVisible() for m in w.findChildren(QMenu))


def test_the_nav_parts_speak_chinese(qapp, qtbot, page_doc):
    """With the Chinese translation the new parts are Chinese (strings under lupdate's empty context)."""
    from layout_app.editor.app import install_translator, remove_translators
    from layout_app.editor.main_window import MainWindow
    from layout_app.editor.newdoc import NewDocumentDialog
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        doc, _folder, path = page_doc
        w = MainWindow(doc, path, ask_save=lambda: "discard")
        qtbot.addWidget(w)
        w.status_readout.show_cursor(QPointF(mm(18) + 10, mm(20) + 5))
        assert w.status_readout.cursor.text().endswith("第 1 栏 第 1 行")
        assert w.status_readout.page.text() == "第 1 版"
        assert w.new_action.text() == "新建(&N)…" and w.find_action.text() == "查找/替换(&F)…"
        assert w.pages_panel.list.item(0).text() == "第 1 版\n要闻"
        dialog = NewDocumentDialog(w)
        labels = sorted(dialog.list.item(k).text() for k in range(dialog.list.count()))
        assert labels == sorted(["四开", "对开", "柏林版", "A3 校样"])              # the templates' own labels
        shown = [dialog.list.item(k).text() for k in range(dialog.list.count())]
        dialog.list.setCurrentRow(shown.index("四开"))
        assert dialog.info.text() == "270 × 390 毫米，6 栏，每栏 12 字，74 行"
    finally:
        remove_translators(qapp)            # (and forget them: a later window installs its own)


def test_undo_of_an_added_page_while_it_is_shown_reads_no_page_that_is_gone(qtbot, window):
    """The status bar and panels read the canvas only after it has followed the document."""
    qtbot.mouseClick(window.pages_panel.add_button, Qt.MouseButton.LeftButton)
    assert window.canvas.page_index == 1
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.controller.doc.pages) == 1 and window.canvas.page_index == 0
    assert window.status_readout.page.text() == "Page 1"


def test_right_click_on_a_box_offers_the_arrangers_commands_and_duplicates_it(qtbot, window):
    """The menu's commands are the Edit and Object menus' own (a box is no frame: it has them too)."""
    w = window
    canvas = w.canvas
    g = w.controller.doc.grid
    qtbot.keyClick(canvas, Qt.Key.Key_M)
    a = canvas.from_page(QPointF(g.column_x(6) + 5, g.line_y(60) + 3)).toPoint()
    b = canvas.from_page(QPointF(g.column_x(7) + 20, g.line_y(70) + 3)).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(canvas, b)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)
    qtbot.keyClick(canvas, Qt.Key.Key_V)
    (box,) = w.controller.doc.pages[0].boxes
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    edge = canvas.from_page(QPointF(g.column_x(6) + 30, g.line_y(60) + 5)).toPoint()     # by its top edge
    right_click(canvas, edge)
    assert canvas.selection == (box.id,)
    menu = canvas.last_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert {"Cut", "Copy", "Duplicate", "Delete"} <= set(texts)
    objects = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert "Align left edges" in [a.text() for a in objects.actions()]
    next(a for a in menu.actions() if a.text() == "Duplicate").trigger()
    menu.close()
    assert len(w.controller.doc.pages[0].boxes) == 2
    right_click(canvas, edge)
    next(a for a in canvas.last_menu.actions() if a.text() == "Delete").trigger()
    canvas.last_menu.close()
    assert len(w.controller.doc.pages[0].boxes) == 1


def test_right_click_on_a_story_frame_selects_its_group_as_a_click_does(qtbot, window):
    w = window
    canvas = w.canvas
    right_click(canvas, canvas.from_page(QPointF(*_centre(w, "h1"))).toPoint())
    story = w.controller.frame(0, "h1").story
    assert canvas.selected == "h1"
    assert set(canvas.selection) == {f.id for f in w.controller.doc.pages[0].frames if f.story == story}
    next(a for a in canvas.last_menu.actions() if a.text() == "Copy").trigger()
    canvas.last_menu.close()
    right_click(canvas, canvas.from_page(QPointF(*_centre(w, "h1"))).toPoint())
    before = len(w.controller.doc.pages[0].frames)
    next(a for a in canvas.last_menu.actions() if a.text() == "Paste").trigger()
    canvas.last_menu.close()
    assert len(w.controller.doc.pages[0].frames) == before + len(set(canvas.selection))
