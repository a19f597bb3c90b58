"""The page editor's tools and arranging, driven by mouse and key events on the offscreen platform, each
checked in the document as saved: drawing with T F \\ M, rubber band, Shift- and Ctrl-click, group
drags, align, duplicate, copy and paste in place, lock, stacking order, and undo of every step.

The sample page (tests/samples.py): 8 columns of 117 pt with 9.638 pt gutters, 13.5 pt lines;
frames h1 (col 0–2, lines 0–7) and b1 (lines 8–37) of story s1; photo ph1 (col 3–4, lines 0–19) with
its caption c1 (lines 20–22). Columns 5–7 are free.
"""
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from layout_app.io.docfile import load_document
from layout_app.layout.display import Box, Group, Rule

NO = Qt.KeyboardModifier.NoModifier
SHIFT, CTRL, ALT = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def w(open_window):
    return open_window()


def cell(w, col, line, fx=0.5, fy=0.5):
    """Page point (pt) inside grid cell (col, line), at fractions of its width and height."""
    g = w.controller.doc.grid
    return g.column_x(col) + fx * g.column_width, g.line_y(line) + fy * g.leading


def send(w, kind, pt, mods=NO, buttons=Qt.MouseButton.LeftButton):
    pos = w.canvas.from_page(QPointF(*pt))
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    QApplication.sendEvent(w.canvas, QMouseEvent(kind, pos, w.canvas.mapToGlobal(pos), button, buttons, mods))


def drag(w, a, b, mods=NO, steps=5):
    send(w, QEvent.Type.MouseButtonPress, a, mods)
    for k in range(1, steps + 1):
        t = k / steps
        send(w, QEvent.Type.MouseMove, (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), mods)
    send(w, QEvent.Type.MouseButtonRelease, b, mods, Qt.MouseButton.NoButton)


def click(w, pt, mods=NO):
    send(w, QEvent.Type.MouseButtonPress, pt, mods)
    send(w, QEvent.Type.MouseButtonRelease, pt, mods, Qt.MouseButton.NoButton)


def key(qtbot, w, k, mods=NO):
    qtbot.keyClick(w.canvas, k, mods)


def saved(w):
    w.save()
    return load_document(w.controller.path)


def frames(doc, page=0):
    return {f.id: f for f in doc.pages[page].frames}


def test_t_draws_an_empty_story_frame_on_the_grid_and_undo_takes_it_away(w, qtbot):
    before = w.controller.doc
    key(qtbot, w, Qt.Key.Key_T)
    assert w.canvas.tool == "text" and w.tool_actions["text"].isChecked()
    drag(w, cell(w, 5, 40, 0.2, 0.3), cell(w, 6, 45, 0.9, 0.6))          # columns 5–6, lines 40–45
    doc = saved(w)
    f = frames(doc)["s2-body1"]
    assert (f.col, f.cols, f.line, f.lines, f.part, f.story) == (5, 2, 40, 6, "body", "s2")
    assert doc.story("s2").body == () and doc.story("s2").headline == ""
    assert w.canvas.selection == ("s2-body1",)
    assert w.controller.undo_stack.count() == 1
    w.controller.undo()
    assert w.controller.doc == before


def test_alt_places_a_drawn_frame_off_the_grid(w, qtbot):
    key(qtbot, w, Qt.Key.Key_F)
    g = w.controller.doc.grid
    a = (g.column_x(5) + 7.5, g.line_y(40) + 4.0)
    drag(w, a, (a[0] + 2 * g.column_width + g.gutter_width, a[1] + 10 * g.leading), ALT)
    f = frames(saved(w))["photo1"]
    assert (f.col, f.cols, f.line, f.lines) == (5, 2, 40, 10)
    assert (f.dx, f.dy) == (pytest.approx(7.5, abs=0.3), pytest.approx(4.0, abs=0.3))


def test_f_rule_and_box_are_saved_and_printed(w, qtbot):
    g = w.controller.doc.grid
    key(qtbot, w, Qt.Key.Key_F)
    drag(w, cell(w, 5, 0), cell(w, 7, 15))
    key(qtbot, w, Qt.Key.Key_Backslash)
    assert w.canvas.tool == "rule"
    drag(w, cell(w, 5, 20, 0.1), cell(w, 7, 20, 0.9, 0.8))              # across three columns on line 20
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 30), cell(w, 6, 39))
    doc = saved(w)
    empty = frames(doc)["photo1"]
    assert empty.kind == "empty" and (empty.col, empty.cols, empty.line, empty.lines) == (5, 3, 0, 16)
    page = doc.pages[0]
    assert [(r.id, r.col, r.cols, r.line) for r in page.rules] == [("rule1", 5, 3, 20)]
    assert [(b.id, b.col, b.cols, b.line, b.lines) for b in page.boxes] == [("box1", 5, 2, 30, 10)]
    # the display list that the PDF draws holds them: the rule through the middle of line 20
    furniture = next(x for x in w.canvas.page.items if isinstance(x, Group) and x.tag == "furniture")

    def walk(items):
        for x in items:
            yield from walk(x.items) if isinstance(x, Group) else (x,)
    rules = [x for x in walk(furniture.items) if isinstance(x, Rule)]
    boxes = [x for x in walk(furniture.items) if isinstance(x, Box)]
    assert any(abs(r.y1 - (g.line_y(20) + g.leading / 2)) < 0.01 and abs(r.x1 - g.column_x(5)) < 0.01 for r in rules)
    assert boxes
    for _ in range(3):
        w.controller.undo()
    assert not w.controller.doc.pages[0].rules and not w.controller.doc.pages[0].boxes


def test_rubber_band_selects_groups_and_a_drag_moves_them_as_one_undo_step(w):
    before = w.controller.doc
    # from free space in column 5 up-left across the caption c1 and the body b1
    drag(w, cell(w, 5, 30), cell(w, 2, 21))
    assert set(w.canvas.selection) == {"h1", "b1", "ph1", "c1"}          # each touched frame's whole group
    drag(w, cell(w, 1, 20), cell(w, 3, 23, 0.5, 0.4))                    # two columns right, three lines down
    doc = saved(w)
    moved = frames(doc)
    assert [(moved[i].col, moved[i].line) for i in ("h1", "b1", "ph1", "c1")] == [(2, 3), (2, 11), (5, 3), (5, 23)]
    assert w.controller.undo_stack.count() == 1
    w.controller.undo()
    assert w.controller.doc == before


def test_ctrl_band_takes_only_what_it_touches(w):
    drag(w, cell(w, 5, 30), cell(w, 4, 21), CTRL)
    assert w.canvas.selection == ("c1",)


def test_shift_click_adds_and_removes_a_group_and_ctrl_click_goes_inside(w):
    click(w, cell(w, 0, 2))
    assert w.canvas.selection == ("h1", "b1")
    click(w, cell(w, 3, 5), SHIFT)                                      # a Shift-click on the photo
    assert set(w.canvas.selection) == {"h1", "b1", "ph1", "c1"} and w.canvas.selected == "ph1"
    click(w, cell(w, 3, 5), SHIFT)
    assert set(w.canvas.selection) == {"h1", "b1"}
    click(w, cell(w, 1, 20), CTRL)                                      # inside the story: the body alone
    assert w.canvas.selection == ("b1",)
    # a drag of the body alone leaves the heading
    drag(w, cell(w, 1, 20), cell(w, 1, 22))
    f = frames(saved(w))
    assert (f["b1"].line, f["h1"].line) == (10, 0)


def test_align_two_photos_takes_their_captions(w, qtbot):
    click(w, cell(w, 3, 5), CTRL)
    key(qtbot, w, Qt.Key.Key_D, CTRL | ALT | SHIFT)                      # duplicate: a column right, two lines down
    assert set(w.canvas.selection) == {"ph1-copy", "c1-copy"}
    f = frames(w.controller.doc)
    assert (f["ph1-copy"].col, f["ph1-copy"].line) == (4, 2)
    assert w.controller.doc.photo(f["ph1-copy"].photo).file == "photos/reading.jpg"
    for _ in range(40):                                                 # the copy 40 lines further down
        key(qtbot, w, Qt.Key.Key_Down)
    key(qtbot, w, Qt.Key.Key_Right, SHIFT)
    click(w, cell(w, 5, 50), CTRL)
    assert w.canvas.selection == ("ph1-copy",)
    click(w, cell(w, 3, 5), CTRL | SHIFT)                                # Ctrl+Shift: add the item alone
    assert set(w.canvas.selection) == {"ph1-copy", "ph1"}
    align = next(a for a in w.arrange_menu.actions() if a.text() == "Align top edges")
    align.trigger()
    f = frames(saved(w))
    assert f["ph1"].line == f["ph1-copy"].line == 0
    assert f["c1-copy"].line == 20 and f["c1"].line == 20                # the captions went with them
    assert f["ph1-copy"].col == 5
    left = next(a for a in w.arrange_menu.actions() if a.text() == "Align left edges")
    left.trigger()
    f = frames(w.controller.doc)
    assert f["ph1-copy"].col == f["ph1"].col == 3


def test_duplicate_a_box_and_delete(w, qtbot):
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 30), cell(w, 6, 39))
    key(qtbot, w, Qt.Key.Key_V)
    click(w, cell(w, 5, 35))
    assert w.canvas.selection == ("box1",)
    key(qtbot, w, Qt.Key.Key_D, CTRL | ALT | SHIFT)
    page = saved(w).pages[0]
    assert [(b.id, b.col, b.line) for b in page.boxes] == [("box1", 5, 30), ("box1-copy", 6, 32)]
    key(qtbot, w, Qt.Key.Key_Delete)
    assert [b.id for b in w.controller.doc.pages[0].boxes] == ["box1"]
    assert w.controller.undo_stack.count() == 3                          # draw, duplicate, delete


def test_copy_and_paste_in_place_copies_the_story(w, qtbot):
    click(w, cell(w, 1, 20), CTRL)
    key(qtbot, w, Qt.Key.Key_C, CTRL)
    key(qtbot, w, Qt.Key.Key_V, CTRL | ALT | SHIFT)
    doc = saved(w)
    f = frames(doc)
    assert w.canvas.selection == ("b1-copy",)
    assert (f["b1-copy"].col, f["b1-copy"].line, f["b1-copy"].lines) == (0, 8, 30)
    assert f["b1-copy"].story == "s2" and doc.story("s2").body == doc.story("s1").body
    key(qtbot, w, Qt.Key.Key_V, CTRL)                                    # plain paste: a column right, two lines down
    f = frames(w.controller.doc)
    assert (f["b1-copy2"].col, f["b1-copy2"].line) == (1, 10)
    assert w.controller.undo_stack.count() == 2


def test_a_locked_frame_refuses_a_drag_and_the_lock_is_saved(w, qtbot):
    click(w, cell(w, 3, 5), CTRL)
    key(qtbot, w, Qt.Key.Key_L, CTRL | ALT)
    doc = saved(w)
    assert frames(doc)["ph1"].locked and "locked: true" in w.controller.path.read_text(encoding="utf-8")
    before = w.controller.doc
    drag(w, cell(w, 3, 5), cell(w, 5, 9))
    assert w.controller.doc == before
    key(qtbot, w, Qt.Key.Key_Down)                                      # nor does a nudge move it
    key(qtbot, w, Qt.Key.Key_Delete)                                    # nor can it be deleted
    assert w.controller.doc == before
    # dragging its caption (the photo's group) is refused too: the group holds a locked frame
    drag(w, cell(w, 3, 21), cell(w, 3, 25))
    assert w.controller.doc == before
    click(w, cell(w, 3, 5), CTRL)
    key(qtbot, w, Qt.Key.Key_L, CTRL | ALT)                              # unlock
    drag(w, cell(w, 3, 5), cell(w, 3, 9))
    assert frames(w.controller.doc)["ph1"].line == 4


def test_stacking_order_is_saved(w, qtbot):
    click(w, cell(w, 0, 2), CTRL)                                        # h1 alone
    key(qtbot, w, Qt.Key.Key_BracketRight, CTRL)
    assert [f.id for f in saved(w).pages[0].frames] == ["b1", "h1", "ph1", "c1"]
    key(qtbot, w, Qt.Key.Key_BracketRight, CTRL | SHIFT)
    assert [f.id for f in saved(w).pages[0].frames] == ["b1", "ph1", "c1", "h1"]
    key(qtbot, w, Qt.Key.Key_BracketLeft, CTRL | SHIFT)
    assert [f.id for f in saved(w).pages[0].frames] == ["h1", "b1", "ph1", "c1"]


def test_a_whole_session_undoes_to_the_start_and_redoes_to_the_end(w, qtbot):
    start = w.controller.doc
    key(qtbot, w, Qt.Key.Key_T)
    drag(w, cell(w, 5, 40), cell(w, 6, 45))
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 60), cell(w, 7, 70))
    key(qtbot, w, Qt.Key.Key_V)
    drag(w, cell(w, 7, 88), cell(w, 4, 21))                             # band: the caption's group and the box
    drag(w, cell(w, 3, 5), cell(w, 3, 7))
    key(qtbot, w, Qt.Key.Key_D, CTRL | ALT | SHIFT)
    key(qtbot, w, Qt.Key.Key_L, CTRL | ALT)
    end = w.controller.doc
    steps = w.controller.undo_stack.count()
    assert steps == 5                                                   # draw, draw, move, duplicate, lock
    for _ in range(steps):
        key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert w.controller.doc == start
    for _ in range(steps):
        key(qtbot, w, Qt.Key.Key_Z, CTRL | SHIFT)
    assert w.controller.doc == end


def test_review_mode_draws_nothing_and_moves_nothing(open_window, qtbot):
    w = open_window(review=True)
    before = w.controller.doc
    key(qtbot, w, Qt.Key.Key_T)
    assert w.canvas.tool == "select"
    drag(w, cell(w, 5, 40), cell(w, 6, 45))                             # a band: selects, changes nothing
    click(w, cell(w, 0, 2))
    drag(w, cell(w, 0, 2), cell(w, 2, 6))
    key(qtbot, w, Qt.Key.Key_D, CTRL | ALT | SHIFT)
    key(qtbot, w, Qt.Key.Key_Delete)
    assert w.controller.doc == before


def test_drawn_rule_and_box_print_and_an_empty_photo_frame_prints_nothing(w, qtbot, tmp_path):
    import pypdfium2

    from layout_app.render.pdf.export import ExportOptions, export_pdf

    g = w.controller.doc.grid
    key(qtbot, w, Qt.Key.Key_Backslash)
    drag(w, cell(w, 5, 10, 0.0), cell(w, 7, 10, 1.0, 0.7))              # a rule across columns 5–7, line 10
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 30), cell(w, 7, 49))                              # a box around columns 5–7, lines 30–49
    key(qtbot, w, Qt.Key.Key_F)
    drag(w, cell(w, 5, 60), cell(w, 7, 79))                              # an empty photo frame
    out = tmp_path / "drawn.pdf"
    export_pdf(saved(w), w.controller.doc_dir, out, ExportOptions(pdfx=False))
    pdf = pypdfium2.PdfDocument(str(out))
    scale = 4.0
    image = pdf[0].render(scale=scale).to_pil().convert("L")
    pdf.close()
    bleed = g.bleed_pt if image.width > g.trim.width * scale + 1 else 0.0

    def ink(x, y):                                   # darkest pixel within ±1 pt of a page point
        px, py = round((x + bleed) * scale), round((y + bleed) * scale)
        return min(image.getpixel((i, j)) for i in range(px - 4, px + 5) for j in range(py - 4, py + 5))
    mid_x = g.column_x(6) + g.column_width / 2
    assert ink(mid_x, g.line_y(10) + g.leading / 2) < 100                 # the rule, through its line's middle
    assert ink(mid_x, g.line_y(30)) < 100                                # the box's top edge on its line boundary
    assert ink(mid_x, g.line_y(40)) > 240                                # inside the box: paper
    assert ink(mid_x, g.line_y(70)) > 240                                # the empty frame: nothing printed
    assert ink(g.column_x(5) + 3, g.line_y(60) + 3) > 240


def test_hand_pans_and_zoom_zooms_without_touching_the_document(w, qtbot):
    before = w.controller.doc
    key(qtbot, w, Qt.Key.Key_H)
    pan = QPointF(w.canvas.pan)
    drag(w, cell(w, 2, 30), cell(w, 4, 40))
    moved = w.canvas.pan - pan
    assert moved.x() > 100 and moved.y() > 50
    key(qtbot, w, Qt.Key.Key_Z)
    z = w.canvas.zoom()
    click(w, cell(w, 2, 30))
    assert w.canvas.zoom() == pytest.approx(z * 1.25)
    click(w, cell(w, 2, 30), ALT)
    assert w.canvas.zoom() == pytest.approx(z)
    assert w.controller.doc == before and w.controller.undo_stack.count() == 0


def test_alt_drag_of_a_group_moves_its_frames_off_the_grid_in_one_step(w):
    click(w, cell(w, 0, 2))                                              # the story: h1 and b1
    drag(w, cell(w, 1, 20), (cell(w, 1, 20)[0] + 7.0, cell(w, 1, 20)[1] + 3.0), ALT)
    f = frames(saved(w))
    for fid in ("h1", "b1"):
        assert (f[fid].dx, f[fid].dy) == (pytest.approx(7.0, abs=0.5), pytest.approx(3.0, abs=0.5))
        assert f[fid].col == 0
    assert f["ph1"].dx == 0.0
    assert w.controller.undo_stack.count() == 1


def test_a_box_is_resized_by_its_edge(w, qtbot):
    g = w.controller.doc.grid
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 30), cell(w, 5, 39))
    key(qtbot, w, Qt.Key.Key_V)
    box = w.controller.doc.pages[0].boxes[0]
    right = g.column_x(6) - g.gutter_width / 2                          # its side stands in the gutter's middle
    drag(w, (right - 1, g.line_y(35)), (right - 1 + 1.4 * (g.column_width + g.gutter_width), g.line_y(36)))
    (after,) = saved(w).pages[0].boxes
    assert (after.col, after.cols, after.line, after.lines) == (box.col, box.cols + 1, box.line, box.lines)
    assert w.controller.undo_stack.count() == 2


def test_the_screen_shows_a_drawn_box_and_the_selection_where_the_document_puts_them(w, qtbot):
    g = w.controller.doc.grid
    w.canvas.show_columns = w.canvas.show_rulers = False
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 30), cell(w, 7, 49))
    key(qtbot, w, Qt.Key.Key_F)
    drag(w, cell(w, 5, 60), cell(w, 7, 79))                              # an empty photo frame: a cross on screen
    key(qtbot, w, Qt.Key.Key_V)
    click(w, cell(w, 1, 20), CTRL)                                      # b1 selected, the box not
    box = saved(w).pages[0].boxes[0]
    top = g.line_y(box.line)
    mid_x = g.column_x(6) + g.column_width / 2
    w.canvas.set_zoom(2.0, w.canvas.from_page(QPointF(mid_x, top)))    # close up, the box's top kept in view
    image = w.canvas.grab().toImage()
    ratio = image.width() / w.canvas.width()

    def colour(pt):
        p = w.canvas.from_page(QPointF(*pt))
        return image.pixelColor(round(p.x() * ratio), round(p.y() * ratio))
    inside = colour((mid_x, g.line_y(40)))
    edge = min((colour((mid_x, top + d)) for d in (-1.0, -0.5, 0.0, 0.5, 1.0)), key=lambda c: c.lightness())
    assert inside.lightness() > 240 and edge.lightness() < 100             # the box's top edge, in ink
    b1 = w.canvas.frame_rect(frames(w.controller.doc)["b1"])
    w.canvas.fit_page()
    image = w.canvas.grab().toImage()
    outline = colour((b1.x + b1.width / 2, b1.y))
    assert outline.red() > 200 and 100 < outline.green() < 190 and outline.blue() < 80   # the orange selection
    empty = w.canvas.frame_rect(frames(w.controller.doc)["photo1"])
    centre = (empty.x + empty.width / 2, empty.y + empty.height / 2)
    near = [colour((centre[0] + d, centre[1] + d)).lightness() for d in (-1.5, -0.75, 0.0, 0.75, 1.5)]
    assert min(near) < 200                                                # the cross through its middle
    assert colour((empty.x + empty.width / 2, empty.y + empty.height / 4)).lightness() > 240   # paper off it


def test_select_all_cut_and_paste(w, qtbot):
    key(qtbot, w, Qt.Key.Key_M)
    drag(w, cell(w, 5, 30), cell(w, 6, 39))
    key(qtbot, w, Qt.Key.Key_V)
    key(qtbot, w, Qt.Key.Key_A, CTRL)
    assert set(w.canvas.selection) == {"h1", "b1", "ph1", "c1", "box1"}
    click(w, cell(w, 5, 35))
    key(qtbot, w, Qt.Key.Key_X, CTRL)                                    # cut the box
    assert w.controller.doc.pages[0].boxes == ()
    key(qtbot, w, Qt.Key.Key_V, CTRL | ALT | SHIFT)
    (box,) = saved(w).pages[0].boxes
    assert (box.id, box.col, box.line) == ("box1-copy", 5, 30)


def test_while_text_has_the_caret_keys_go_to_it(w, qtbot):
    """The hook for in-place text editing: tool letters and the selection's shortcuts stand aside."""
    click(w, cell(w, 1, 20), CTRL)
    w.canvas.caret_owner = object()
    before = w.controller.doc
    key(qtbot, w, Qt.Key.Key_T)
    key(qtbot, w, Qt.Key.Key_C, CTRL)
    key(qtbot, w, Qt.Key.Key_V, CTRL)
    key(qtbot, w, Qt.Key.Key_A, CTRL)
    assert w.canvas.tool == "select" and w.controller.doc == before and w.canvas.selection == ("b1",)
    w.canvas.caret_owner = None
    key(qtbot, w, Qt.Key.Key_T)
    assert w.canvas.tool == "text"


def test_a_photo_pasted_into_a_document_in_another_folder_still_finds_its_file(w, qtbot, tmp_path):
    from layout_app.editor.main_window import MainWindow

    click(w, cell(w, 3, 5), CTRL)
    key(qtbot, w, Qt.Key.Key_C, CTRL)
    other_dir = tmp_path / "desk" / "B1"
    other_dir.mkdir(parents=True)
    doc = w.controller.doc
    other = MainWindow(doc, other_dir / "b1.yaml", ask=lambda *a: True, ask_save=lambda: "discard")
    other.quiet = True
    qtbot.addWidget(other)
    other.show()
    other.canvas.setFocus()
    other.canvas.arranger.paste(True)
    photo = other.controller.doc.photo(frames(other.controller.doc)["ph1-copy"].photo)
    assert photo.file == "../../photos/reading.jpg"
    assert (other_dir / photo.file).resolve() == (w.controller.doc_dir / "photos" / "reading.jpg").resolve()


def test_distribute_three_boxes_down_the_page_from_the_menu(w, qtbot):
    key(qtbot, w, Qt.Key.Key_M)
    for top, bottom in ((40, 43), (45, 48), (80, 83)):                   # 4 lines each
        drag(w, cell(w, 6, top), cell(w, 6, bottom))
    key(qtbot, w, Qt.Key.Key_V)
    drag(w, cell(w, 7, 90, 0.9), cell(w, 6, 39, 0.2), CTRL)             # a band around the three
    assert set(w.canvas.selection) == {"box1", "box2", "box3"}
    action = next(a for a in w.arrange_menu.actions() if a.text() == "Distribute vertically")
    action.trigger()
    boxes = {b.id: b.line for b in saved(w).pages[0].boxes}
    # lines 40–84 hold 12 lines of boxes: 32 lines of space, 16 between each
    assert boxes == {"box1": 40, "box2": 60, "box3": 80}
    assert w.controller.undo_stack.count() == 4
