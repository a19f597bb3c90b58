"""Issue 12's "Done when": a page made from nothing in a fresh window, with real mouse and key events
on the offscreen platform — File ▸ New 四开 through the dialog, a text frame (T) and a photo frame (F)
drawn on the grid, a story file and a photo placed (Ctrl+D), the headline edited in place (keys and an
input-method commit), heading and body moved together, two photos aligned, a box (M) duplicated, a page
added and deleted in the pages panel, a word found and replaced (Ctrl+F) — then every step undone back
to the empty page and redone, saved (Ctrl+S) and exported. After each step the canvas is grabbed and
its pixels are checked against what the document says (frame rects → widget pixels)."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QInputMethodEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.editor.textedit import text_editor
from layout_app.io.docfile import load_document
from layout_app.io.templates import new_document
from layout_app.layout import arrange, textmap
from tests.photos import write_jpeg

STORY = ("乡村书屋迎来新读者\n\n本报记者 李明\n\n"
         "青石镇的图书角每到周末都挤满了孩子。今年镇里又添了三百册新书，村民们说，书香让小镇更有味道。\n\n"
         "图书角由退休教师王老师照看，她每天下午开门，借书不用押金，还书也不限期。\n")
OLD_WORD, NEW_WORD = "图书角", "阅览室"
TYPED = "TVM"           # typed in the headline (tool letters: text, not tools), then an input method commits 新
COMMITTED = "新"


# --- looking at the screen -----------------------------------------------------------------------------
def shot(w) -> QImage:
    """The canvas as the screen shows it: the window's backing store, so a part the canvas failed to
    repaint shows stale pixels (QWidget.grab would paint everything afresh). Photos are made in the
    background: the picture is taken once they have arrived and the canvas has repainted for them."""
    QApplication.processEvents()
    w.canvas.painter.images.wait()
    QApplication.processEvents()
    c = w.canvas
    top_left = c.mapTo(w, c.rect().topLeft())
    pixmap = w.screen().grabWindow(w.winId(), top_left.x(), top_left.y(), c.width(), c.height())
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


def widget_rect(w, r, inset: float = 2.0) -> QRect:
    """A page rect (pt) as widget pixels, shrunk by inset pixels so that outlines and handles at its
    edge do not count."""
    a = w.canvas.from_page(QPointF(r.x, r.y))
    b = w.canvas.from_page(QPointF(r.right, r.bottom))
    return QRect(round(a.x() + inset), round(a.y() + inset),
                 max(1, round(b.x() - a.x() - 2 * inset)), max(1, round(b.y() - a.y() - 2 * inset)))


def item_rect(w, item_id: str, page_index: int | None = None):
    doc = w.controller.doc
    page = doc.pages[w.canvas.page_index if page_index is None else page_index]
    return arrange.item_rect(doc.grid, page, arrange.items(page)[item_id])


def ink(image: QImage, rect: QRect, darker_than: int = 160) -> float:
    """The share of pixels in rect darker than a light grey (text, photos, rules)."""
    rect = rect.intersected(image.rect())
    dark = total = 0
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            c = QColor(image.pixel(x, y))
            total += 1
            dark += (c.red() + c.green() + c.blue()) / 3 < darker_than
    return dark / max(1, total)


def ruled_share(image: QImage, rect: QRect, darker_than: int = 220) -> float:
    """The share of pixel columns in rect crossed by a line darker than paper (a thin rule, drawn
    anti-aliased, may be a single grey pixel high)."""
    rect = rect.intersected(image.rect())
    hits = 0
    for x in range(rect.left(), rect.right() + 1):
        hits += any(sum(QColor(image.pixel(x, y)).getRgb()[:3]) / 3 < darker_than
                    for y in range(rect.top(), rect.bottom() + 1))
    return hits / max(1, rect.width())


def changed(before: QImage, after: QImage, rect: QRect) -> float:
    """The share of pixels in rect that differ between two grabs."""
    rect = rect.intersected(after.rect())
    diff = total = 0
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            total += 1
            diff += before.pixel(x, y) != after.pixel(x, y)
    return diff / max(1, total)


def top_lines(w, item_id: str, n: int) -> QRect:
    """The widget rect of an item's first n body lines."""
    r = item_rect(w, item_id)
    lead = w.controller.doc.grid.leading
    return widget_rect(w, type(r)(r.x, r.y, r.width, min(r.height, n * lead)))


def centre(w, item_id: str):
    r = item_rect(w, item_id)
    return w.canvas.from_page(QPointF(r.x + r.width / 2, r.y + r.height / 2)).toPoint()


def grid_point(w, col: int, line: int, right=False, bottom=False):
    """The widget point inside cell (col, line) of the current page, near its top left (or right/bottom)."""
    doc = w.controller.doc
    g, page = doc.grid, doc.pages[w.canvas.page_index]
    x = g.column_x(col, page.left_hand) + (g.column_width * (0.8 if right else 0.2))
    y = g.line_y(line) + g.leading * (0.8 if bottom else 0.2)
    return w.canvas.from_page(QPointF(x, y)).toPoint()


def drag(qtbot, w, a, b, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mousePress(w.canvas, Qt.MouseButton.LeftButton, modifier, a)
    for k in range(1, 5):
        qtbot.mouseMove(w.canvas, a + (b - a) * k / 4)
    qtbot.mouseRelease(w.canvas, Qt.MouseButton.LeftButton, modifier, b)


def type_text(widget, text: str) -> None:
    """Characters as a keyboard sends them (key events with text: QTest cannot type Chinese)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click(qtbot, w, pos, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, modifier, pos)


def key(qtbot, w, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(w.canvas, k, modifier)


def deselect(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Escape)
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.canvas.selection == ()


def story_of(doc):
    return next(s for s in doc.stories if s.headline.startswith("乡村书屋") or OLD_WORD in s.headline
                or any(OLD_WORD in p or NEW_WORD in p for p in s.body))


# --- the scenario ------------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot):
    """A fresh window as the app opens it: the demo page as an untitled copy."""
    doc = load_document(DEMO_DIR / "demo.yaml")
    w = MainWindow(doc, None, DEMO_DIR, is_demo=True, ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.resize(1400, 1000)
    w.show()
    qtbot.waitExposed(w)
    activate(qtbot, w)
    return w


def activate(qtbot, w):
    """The window active, so that its shortcuts (Ctrl+D, Ctrl+Z…) answer keys as they do for a user."""
    w.activateWindow()
    w.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)


def test_a_page_made_from_nothing(qtbot, window, tmp_path, monkeypatch):
    w = window
    c = w.canvas
    ctl = w.controller
    story_file = tmp_path / "copy" / "书屋.txt"
    story_file.parent.mkdir()
    story_file.write_text(STORY, encoding="utf-8")
    (tmp_path / "photos").mkdir()
    photo1 = write_jpeg(tmp_path / "photos" / "reading.jpg", 900, 600)
    photo2 = write_jpeg(tmp_path / "photos" / "library.jpg", 600, 800)
    chosen: list = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(chosen[-1])], "")))

    # 1. File ▸ New: 四开 through the dialog, by keys and clicks ----------------------------------------
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        names = [dialog.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(dialog.list.count())]
        row = names.index("sikai")
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.list.visualItemRect(dialog.list.item(row)).center())
        seen["info"] = dialog.info.text()
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, answer)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["info"].startswith("270 × 390 mm, 6 columns")
    fresh = ctl.doc
    assert fresh == new_document("sikai") and fresh.pages[0].frames == ()
    activate(qtbot, w)                      # the dialog gone, the window takes the keys again
    c.setFocus()
    steps: list = [("new", fresh)]
    empty = shot(w)
    assert ink(empty, widget_rect(w, fresh.grid.type_area())) < 0.001       # an empty page: guides only

    # 2. T: a text frame dragged over columns 0–3, lines 2–30 ----------------------------------------------
    key(qtbot, w, Qt.Key.Key_T)
    assert c.tool == "text" and w.tool_actions["text"].isChecked()
    drag(qtbot, w, grid_point(w, 0, 2), grid_point(w, 3, 30, right=True, bottom=True))
    text_frames = [f for f in ctl.doc.pages[0].frames if f.is_text]
    assert len(text_frames) == 1
    body = text_frames[0]
    assert (body.col, body.cols, body.line, body.lines) == (0, 4, 2, 29)
    assert c.selection == (body.id,)
    steps.append(("text frame", ctl.doc))

    # 3. F: a photo frame over columns 4–5, lines 2–16 -------------------------------------------------
    key(qtbot, w, Qt.Key.Key_F)
    drag(qtbot, w, grid_point(w, 4, 2), grid_point(w, 5, 16, right=True, bottom=True))
    ph1 = next(f for f in ctl.doc.pages[0].frames if f.part == "photo")
    assert (ph1.col, ph1.cols, ph1.line, ph1.lines) == (4, 2, 2, 15) and ph1.empty
    steps.append(("photo frame", ctl.doc))
    deselect(qtbot, w)
    drawn = shot(w)
    # the empty photo frame shows its cross: ink along its diagonal, none before
    r = item_rect(w, ph1.id)
    diag = w.canvas.from_page(QPointF(r.x + r.width * 0.3, r.y + r.height * 0.3)).toPoint()
    assert changed(empty, drawn, QRect(diag.x() - 3, diag.y() - 3, 7, 7)) > 0

    # 4. place the story into the text frame, the photo into the photo frame (Ctrl+D) ---------------------
    key(qtbot, w, Qt.Key.Key_V)
    click(qtbot, w, centre(w, body.id))
    assert body.id in c.selection
    chosen.append(story_file)
    key(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    story = story_of(ctl.doc)
    assert story.headline == "乡村书屋迎来新读者"
    assert ctl.frame(0, body.id).story == story.id and [s.id for s in ctl.doc.stories] == [story.id]
    steps.append(("story placed", ctl.doc))
    placed = shot(w)
    assert ink(placed, top_lines(w, body.id, 4)) > 0.02               # the text shows at its frame's top
    assert ink(empty, top_lines(w, body.id, 4)) < 0.01
    click(qtbot, w, centre(w, ph1.id))
    chosen.append(photo1)
    key(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ctl.frame(0, ph1.id).photo
    steps.append(("photo placed", ctl.doc))
    deselect(qtbot, w)
    with_photo = shot(w)
    # the photo fills its frame: the scene's red and blue, not paper
    assert changed(placed, with_photo, widget_rect(w, item_rect(w, ph1.id))) > 0.9
    steps.append(("photo placed", ctl.doc))

    # 5. the headline edited in place: double-click, keys, an input method's commit ------------------------
    head = next(f for f in ctl.doc.pages[0].frames if f.story == story.id and f.part == "heading")
    assert ink(with_photo, widget_rect(w, item_rect(w, head.id), 0)) > 0.05       # the headline shows
    before_edit = shot(w)
    page = ctl.doc.pages[0]
    line = next(ln for ln in textmap.frame_text(ctl.composer(), page, head).lines if ln.field == "headline")
    x = line.xs[2] + (line.xs[3] - line.xs[2]) * 0.25
    qtbot.mouseDClick(c, Qt.MouseButton.LeftButton, pos=c.from_page(QPointF(x, (line.top + line.bottom) / 2)).toPoint())
    ed = text_editor(c)
    assert ed.editing and ed.target.field == "headline" and ed.caret == (0, 2)
    assert c.caret_owner is ed                                 # the canvas asks it which keys are the text's
    qtbot.keyClicks(c, TYPED)                                  # letters: text, not the T/F/M tools
    assert c.tool == "select" and len(ctl.doc.pages[0].frames) == 3
    ev = QInputMethodEvent("xin", [])
    QApplication.sendEvent(c, ev)                              # the preedit, shown inline, not in the document
    assert ctl.doc.story(story.id).headline == "乡村" + TYPED + "书屋迎来新读者"
    preedit = shot(w)                                          # the preedit is drawn at the caret
    assert changed(before_edit, preedit, widget_rect(w, item_rect(w, head.id), 0)) > 0.01
    ev = QInputMethodEvent("", [])
    ev.setCommitString(COMMITTED)
    QApplication.sendEvent(c, ev)
    headline = "乡村" + TYPED + COMMITTED + "书屋迎来新读者"
    assert ctl.doc.story(story.id).headline == headline
    # the clipboard keys are the text's while it has the caret, not the page's (cut/paste frames)
    frames_now = ctl.doc.pages[0].frames
    key(qtbot, w, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, w, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert ctl.doc.story(story.id).headline == headline.replace(COMMITTED, "", 1)
    key(qtbot, w, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ctl.doc.story(story.id).headline == headline and ctl.doc.pages[0].frames == frames_now
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not ed.editing and c.caret_owner is None
    steps.append(("headline edited", ctl.doc))
    deselect(qtbot, w)
    edited = shot(w)
    assert changed(before_edit, edited, widget_rect(w, item_rect(w, head.id), 0)) > 0.02

    # 6. heading and body selected as one and moved down 6 lines: one undo step -------------------------------
    body = ctl.frame(0, body.id)                          # below the heading now
    click(qtbot, w, centre(w, head.id))
    assert set(c.selection) == {head.id, body.id}
    old_head = item_rect(w, head.id)
    undo_count = ctl.undo_stack.count()
    a = centre(w, head.id)
    drag(qtbot, w, a, a + (grid_point(w, 0, 8) - grid_point(w, 0, 2)))
    assert (ctl.frame(0, head.id).line, ctl.frame(0, body.id).line) == (head.line + 6, body.line + 6)
    assert ctl.undo_stack.count() == undo_count + 1
    steps.append(("moved together", ctl.doc))
    deselect(qtbot, w)
    moved = shot(w)
    new_head = item_rect(w, head.id)
    assert ink(moved, widget_rect(w, new_head, 0)) > 0.05                   # the heading at its new place
    vacated = type(old_head)(old_head.x, old_head.y, old_head.width, new_head.y - old_head.y)
    assert ink(moved, widget_rect(w, vacated)) < 0.005                       # and not at its old place
    assert ink(edited, widget_rect(w, vacated)) > 0.05

    # 7. a second photo frame with a photo, aligned with the first by their left edges ---------------------------
    key(qtbot, w, Qt.Key.Key_F)
    drag(qtbot, w, grid_point(w, 5, 22), grid_point(w, 5, 34, right=True, bottom=True))
    ph2 = ctl.frame(0, c.selected)
    assert (ph2.col, ph2.cols, ph2.line) == (5, 1, 22) and ph2.empty
    key(qtbot, w, Qt.Key.Key_V)
    chosen.append(photo2)
    key(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)   # the new frame is still selected
    assert ctl.frame(0, ph2.id).photo
    steps.append(("second photo", ctl.doc))
    click(qtbot, w, centre(w, ph1.id))
    click(qtbot, w, centre(w, ph2.id), Qt.KeyboardModifier.ShiftModifier)
    assert set(c.selection) == {ph1.id, ph2.id}
    before_align = shot(w)
    # the right-click menu on the selection (a right click keeps it), its Object submenu
    at = centre(w, ph2.id)
    QApplication.sendEvent(c, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, c.mapToGlobal(at)))
    assert set(c.selection) == {ph1.id, ph2.id}
    objects = next(a.menu() for a in c.last_menu.actions() if a.menu() is not None)
    next(a for a in objects.actions() if a.text() == "Align left edges").trigger()
    c.last_menu.close()
    activate(qtbot, w)             # the offscreen platform does not give activation back after a popup
    assert ctl.frame(0, ph2.id).col == ctl.frame(0, ph1.id).col == 4
    steps.append(("aligned", ctl.doc))
    deselect(qtbot, w)
    aligned = shot(w)
    r2 = item_rect(w, ph2.id)
    assert changed(before_align, aligned, widget_rect(w, r2)) > 0.5           # the photo at column 4 now
    was = arrange.item_rect(ctl.doc.grid, steps[-2][1].pages[0], arrange.items(steps[-2][1].pages[0])[ph2.id])
    assert ink(before_align, widget_rect(w, was)) > 0.3 and ink(aligned, widget_rect(w, was)) < 0.005

    # 8. M: a box drawn, then duplicated (Ctrl+Alt+Shift+D) --------------------------------------------------
    key(qtbot, w, Qt.Key.Key_M)
    drag(qtbot, w, grid_point(w, 0, 50), grid_point(w, 2, 60, right=True, bottom=True))
    box = c.selected
    assert [b.id for b in ctl.doc.pages[0].boxes] == [box]
    steps.append(("box", ctl.doc))
    key(qtbot, w, Qt.Key.Key_V)
    before_dup = shot(w)
    key(qtbot, w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier)
    boxes = ctl.doc.pages[0].boxes
    assert len(boxes) == 2
    copy = next(b for b in boxes if b.id != box)
    steps.append(("duplicated", ctl.doc))
    deselect(qtbot, w)
    duplicated = shot(w)
    edge = widget_rect(w, item_rect(w, copy.id), -2)
    assert changed(before_dup, duplicated, QRect(edge.left(), edge.bottom() - 4, edge.width(), 5)) > 0.1

    # a rule (\\) across the page on line 45, under the story
    key(qtbot, w, Qt.Key.Key_Backslash)
    before_rule = shot(w)
    drag(qtbot, w, grid_point(w, 0, 45), grid_point(w, 5, 45, right=True))
    (rule,) = ctl.doc.pages[0].rules
    assert (rule.col, rule.cols, rule.line) == (0, 6, 45)
    steps.append(("rule", ctl.doc))
    key(qtbot, w, Qt.Key.Key_V)
    deselect(qtbot, w)
    ruled = shot(w)
    band = widget_rect(w, item_rect(w, rule.id), 0)
    assert ruled_share(ruled, band) > 0.9 and ruled_share(before_rule, band) < 0.1

    # 9. the pages panel: a page added, then deleted ---------------------------------------------------------
    panel = w.pages_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(ctl.doc.pages) == 2 and c.page_index == 1 and panel.list.count() == 2
    steps.append(("page added", ctl.doc))
    # the thumbnails: page 1's photos and text, page 2 empty
    thumbs = [panel.thumbs[p.id][1].toImage().convertToFormat(QImage.Format.Format_RGB32) for p in ctl.doc.pages]
    inked = [ink(t, t.rect().adjusted(2, 2, -2, -2)) for t in thumbs]
    assert inked[0] > 0.05 and inked[1] < 0.01, inked
    blank = shot(w)                                             # page 2 shown: nothing where page 1 has frames
    assert all(ink(blank, widget_rect(w, item_rect(w, x.id, 0))) < 0.002 for x in ctl.doc.pages[0].frames)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(ctl.doc.pages) == 1 and panel.list.count() == 1 and c.page_index == 0
    steps.append(("page deleted", ctl.doc))
    back_on_1 = shot(w)
    assert all(ink(back_on_1, widget_rect(w, item_rect(w, x.id))) > 0.01 for x in ctl.doc.pages[0].frames)

    # 10. find and replace a word (Ctrl+F) -------------------------------------------------------------------
    before_replace = shot(w)
    qtbot.keyClick(c, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    fr = w.find_panel
    qtbot.waitUntil(lambda: fr.find.hasFocus())
    type_text(fr.find, OLD_WORD)
    qtbot.keyClick(fr.find, Qt.Key.Key_Return)
    assert fr.results.count() == 2
    qtbot.keyClick(fr.find, Qt.Key.Key_F3)                     # step to the next hit: its frame selected
    assert fr.results.currentRow() == 1 and c.selected == body.id
    qtbot.mouseClick(fr.replacement, Qt.MouseButton.LeftButton)
    type_text(fr.replacement, NEW_WORD)
    qtbot.mouseClick(fr.replace_all_button, Qt.MouseButton.LeftButton)
    text = "".join(ctl.doc.story(story.id).body)
    assert OLD_WORD not in text and text.count(NEW_WORD) == 2
    steps.append(("replaced", ctl.doc))
    replaced = shot(w)                             # as the partial repaint left it, before any other change
    assert changed(before_replace, replaced, top_lines(w, body.id, 2)) > 0.01
    c.setFocus()
    deselect(qtbot, w)
    replaced = shot(w)

    # 11. undo every step back to the empty page, then redo them all -----------------------------------------
    final = ctl.doc
    seen_docs = [final]
    while ctl.can_undo():
        key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen_docs.append(ctl.doc)
    assert ctl.doc == fresh
    missed = [name for name, d in steps if d not in seen_docs]
    assert not missed, missed                                     # every step's state passed through
    # the screen shows the empty page: no ink where the scenario put frames (the view itself may have
    # moved: the Find panel took room)
    undone = shot(w)
    fp = final.pages[0]
    frames_at = {x.id: widget_rect(w, arrange.item_rect(final.grid, fp, x)) for x in fp.frames}
    assert all(ink(undone, r) < 0.002 for r in frames_at.values()), \
        {k: ink(undone, r) for k, r in frames_at.items()}
    while ctl.can_redo():
        key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ctl.doc == final
    redone = shot(w)
    assert all(ink(redone, r) > 0.01 for r in frames_at.values()), {k: ink(redone, r) for k, r in frames_at.items()}

    # 12. save (Ctrl+S asks where: a new document) and export the PDF -----------------------------------------
    saved = tmp_path / "out" / "page.yaml"
    saved.parent.mkdir()
    pdf = tmp_path / "out" / "page.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(pdf if "PDF" in a[1] else saved), "")))
    key(qtbot, w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctl.path == saved and not ctl.dirty
    back = load_document(saved)
    s = back.story(story.id)
    assert s.headline == headline and NEW_WORD in "".join(s.body) and OLD_WORD not in "".join(s.body)
    assert {f.id: (f.col, f.line) for f in back.pages[0].frames}[head.id] == (0, head.line + 6)
    assert len(back.pages[0].boxes) == 2 and len(back.pages) == 1
    assert sorted((saved.parent / p.file).resolve().name for p in back.photos) == ["library.jpg", "reading.jpg"]
    key(qtbot, w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pdf.exists() and not w.worker.isRunning(), timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert headline in flat and NEW_WORD in flat and OLD_WORD not in flat
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()[2:]) == 2                       # both photos printed
    # the boxes print where the document puts them: their top edge inked, paper inside
    import pypdfium2
    pdf_doc = pypdfium2.PdfDocument(str(pdf))
    page = pdf_doc[0]
    scale = 3.0
    picture = page.render(scale=scale).to_pil().convert("L")
    media, trim = page.get_mediabox(), page.get_trimbox()
    pdf_doc.close()

    def printed(x, y):                                 # the darkest pixel within ±1 pt of a page point
        px, py = round((x + trim[0] - media[0]) * scale), round((media[3] - trim[3] + y) * scale)
        return min(picture.getpixel((i, j)) for i in range(px - 3, px + 4) for j in range(py - 3, py + 4))
    bp = back.pages[0]
    for b in bp.boxes:
        r = arrange.item_rect(back.grid, bp, b)
        assert printed(r.x + r.width / 2, r.y) < 100 and printed(r.x + r.width / 2, r.y + r.height / 2) > 240
    (rule,) = bp.rules                                 # the rule: inked through its middle, paper a line above
    r = arrange.item_rect(back.grid, bp, rule)
    mid = r.y + r.height / 2
    assert printed(r.x + r.width / 2, mid) < 100 and printed(r.x + r.width / 2, mid - back.grid.leading) > 240
