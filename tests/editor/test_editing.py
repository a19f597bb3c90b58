"""Editing in the window (pytest-qt, offscreen): drop files, move and resize with snapping, undo and
redo, autosave and recovery after a kill, export on a worker thread, panels, languages."""
import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from tests.intake.copy_samples import STORY
from tests.photos import with_xmp


@pytest.fixture
def window(open_window):
    return open_window()


def screen_point(w, pt):
    p = w.canvas.from_page(QPointF(*pt))
    return QPointF(p.x(), p.y())


def mouse(w, kind, pos, buttons=Qt.MouseButton.LeftButton):
    event = QMouseEvent(kind, pos, w.canvas.mapToGlobal(pos), Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w.canvas, event)


def drag(w, start_pt, end_pt, steps=6):
    a, b = screen_point(w, start_pt), screen_point(w, end_pt)
    mouse(w, QEvent.Type.MouseButtonPress, a)
    for k in range(1, steps + 1):
        mouse(w, QEvent.Type.MouseMove, a + (b - a) * (k / steps))
    mouse(w, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def frame(w, fid):
    return w.controller.frame(w.canvas.page_index, fid)


def test_move_snaps_to_columns_and_lines_and_is_one_undo_step(window):
    w = window
    grid = w.controller.doc.grid
    before = w.controller.doc
    f = frame(w, "b1")
    r = w.canvas.frame_rect(f)
    start = (r.x + r.width / 2, r.y + 40)
    pitch = grid.column_width + grid.gutter_width
    drag(w, start, (start[0] + pitch * 1.3, start[1] + grid.leading * 2.4))   # 1.3 columns, 2.4 lines
    moved = frame(w, "b1")
    assert (moved.col, moved.line) == (f.col + 1, f.line + 2)
    assert (moved.cols, moved.lines) == (f.cols, f.lines)
    assert w.controller.undo_stack.count() == 1                       # the whole drag is one command
    assert w.windowTitle().startswith("*")
    w.controller.undo_stack.undo()
    assert w.controller.doc == before                                  # exactly as it was
    w.controller.undo_stack.redo()
    assert frame(w, "b1") == moved


def test_two_drags_are_two_undo_steps(window):
    w = window
    leading = w.controller.doc.grid.leading
    f = frame(w, "b1")
    r = w.canvas.frame_rect(f)
    drag(w, (r.x + 40, r.y + 40), (r.x + 40, r.y + 40 + leading * 2))
    r = w.canvas.frame_rect(frame(w, "b1"))
    drag(w, (r.x + 40, r.y + 40), (r.x + 40, r.y + 40 + leading * 3))
    assert frame(w, "b1").line == f.line + 5
    w.controller.undo()
    assert frame(w, "b1").line == f.line + 2                    # the first drag's result remains
    w.controller.undo()
    assert frame(w, "b1") == f


# The sample grid, by hand: type area 390 − 18 − 18 = 354 mm = 354 × 72 / 25.4 = 1003.46 pt; body 小五
# 9 pt → 111 whole characters; 8 columns with 1-character gutters: (111 − 7) / 8 = 13 characters, a
# column of 117 pt; the gutters share the rest, (1003.46 − 8 × 117) / 7 = 9.638 pt; leading 13.5 pt.
PITCH, LEADING = 126.638, 13.5


def test_snapping_rounds_to_the_nearer_column_and_line(window):
    w = window
    grid = w.controller.doc.grid
    assert (grid.column_width + grid.gutter_width, grid.leading) == (pytest.approx(PITCH, abs=1e-3), LEADING)
    c = frame(w, "c1")                                   # the caption frame: col 3, line 20, room all round
    assert (c.col, c.line) == (3, 20)

    def drag_c1(cols, lines):
        r = w.canvas.frame_rect(frame(w, "c1"))
        start = (r.x + r.width / 2, r.y + r.height / 2)
        drag(w, start, (start[0] + cols * PITCH, start[1] + lines * LEADING))
        g = frame(w, "c1")
        return g.col, g.line

    assert drag_c1(0.6, 0.6) == (4, 21)                  # just past half: the next column and line
    assert drag_c1(-0.4, -0.4) == (4, 21)                # short of half back: stays
    assert drag_c1(1.6, -0.6) == (6, 20)                 # 1.6 columns → 2; −0.6 lines → −1
    assert drag_c1(-1.45, 1.45) == (5, 21)               # 1.45 → 1 either way
    # resizing rounds too: the right edge pulled just past half a column adds one
    g = frame(w, "c1")
    r = w.canvas.frame_rect(g)
    drag(w, (r.right - 0.5, r.y + r.height / 2), (r.right - 0.5 + 0.55 * PITCH, r.y + r.height / 2))
    assert (frame(w, "c1").col, frame(w, "c1").cols) == (5, g.cols + 1)


def test_resize_from_the_bottom_right_corner_snaps(window):
    w = window
    grid = w.controller.doc.grid
    f = frame(w, "b1")
    r = w.canvas.frame_rect(f)
    drag(w, (r.right - 0.5, r.bottom - 0.5), (r.right - grid.column_width - 2, r.bottom + grid.leading * 3.2))
    g = frame(w, "b1")
    assert (g.col, g.line, g.cols, g.lines) == (f.col, f.line, f.cols - 1, f.lines + 3)


def test_moving_a_photo_takes_its_caption_along_and_reflow_is_live(window):
    w = window
    grid = w.controller.doc.grid
    photo, cap = frame(w, "ph1"), frame(w, "c1")
    r = w.canvas.frame_rect(photo)
    drag(w, (r.x + r.width / 2, r.y + r.height / 2), (r.x + r.width / 2, r.y + r.height / 2 + grid.leading * 5))
    assert frame(w, "ph1").line == photo.line + 5
    assert frame(w, "c1").line == cap.line + 5
    # the canvas shows the page as it is now
    group = next(g for g in w.canvas.page.items if getattr(g, "frame", "") == "ph1")
    assert group.rect.y == pytest.approx(grid.line_y(photo.line + 5))


def test_keys_nudge_and_delete(window, qtbot):
    w = window
    w.canvas.select("b1")
    f = frame(w, "b1")
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right)
    assert (frame(w, "b1").col, frame(w, "b1").line) == (f.col + 1, f.line + 1)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert frame(w, "b1").line == f.line + 11
    qtbot.keyClick(w.canvas, Qt.Key.Key_Delete)
    assert frame(w, "b1") is None
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert frame(w, "b1") is not None


def test_dropping_a_story_file_and_a_photo_file_creates_frames_on_the_grid(window, tmp_path):
    w = window
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    photo = with_xmp(tmp_path / "hall.jpg", "招聘会现场人头攒动。", "李雪", "本报记者", 3000, 2000)
    grid = w.controller.doc.grid
    target = (grid.column_x(5) + 5, grid.line_y(40) + 3)           # column 6, line 41
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story)), QUrl.fromLocalFile(str(photo))])
    pos = screen_point(w, target)
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.canvas.dropEvent(event)        # Qt delivers drops only inside a real drag session: call the handler
    doc = w.controller.doc
    new_story = next(s for s in doc.stories if s.headline == "春风行动送岗位")
    frames = [f for f in doc.pages[0].frames if f.story == new_story.id]
    head = next(f for f in frames if f.part == "heading")
    body = next(f for f in frames if f.part == "body")
    assert (head.col, head.line) == (5, 40) and head.cols == 3
    assert body.line == head.line + head.lines and body.col == 5
    new_photo = next(p for p in doc.photos if p.file.endswith("hall.jpg"))
    assert new_photo.caption == "招聘会现场人头攒动。" and new_photo.credit == "本报记者 李雪 摄"
    pf = next(f for f in doc.pages[0].frames if f.photo == new_photo.id and f.kind == "photo")
    cf = next(f for f in doc.pages[0].frames if f.photo == new_photo.id and f.kind == "caption")
    assert pf.line == body.line + body.lines and cf.line == pf.line + pf.lines
    assert not [r for r in w.canvas.page.reports if r.overset_lines]


def test_save_clears_the_unsaved_mark(window):
    w = window
    w.canvas.select("b1")
    w.canvas.change_frame(replace(frame(w, "b1"), line=9), "move")
    assert w.controller.dirty and w.windowTitle().startswith("*")
    assert w.save()
    assert not w.controller.dirty and not w.windowTitle().startswith("*")
    assert load_document(w.controller.path).pages[0].frames[1].line == 9


KILLER = textwrap.dedent("""
    import os, signal, sys
    from dataclasses import replace
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from layout_app.editor.main_window import MainWindow
    from layout_app.io.docfile import load_document
    path = Path(sys.argv[1])
    from PySide6.QtCore import QTimer
    # the autosave after an edit, sooner than by default; nothing here calls autosave itself
    w = MainWindow(load_document(path), path, ask=lambda t, x: False, ask_save=lambda: "discard", edit_autosave_ms=300)
    f = w.controller.frame(0, "b1")
    w.canvas.change_frame(replace(f, line=f.line + 7), "move")
    QTimer.singleShot(1500, lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
""")


def test_killing_the_app_after_an_edit_and_starting_again_recovers_it(page_doc, qtbot, tmp_path):
    doc, folder, path = page_doc
    env = dict(os.environ, LAYOUT_APP_STATE=os.environ["LAYOUT_APP_STATE"])
    proc = subprocess.run([sys.executable, "-c", KILLER, str(path)], env=env, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    assert load_document(path) == doc                                  # the file itself is untouched
    w = MainWindow(load_document(path), path, ask=lambda title, text: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.offer_recovery()
    assert w.controller.frame(0, "b1").line == doc.pages[0].frames[1].line + 7
    assert w.controller.dirty


def test_declining_recovery_discards_it(page_doc, qtbot):
    doc, folder, path = page_doc
    from layout_app.editor import recovery
    edited = replace(doc, title="改过的")
    recovery.write(edited, path)
    w = MainWindow(load_document(path), path, ask=lambda title, text: False, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.offer_recovery()
    assert w.controller.doc == doc and recovery.find(path) is None


def test_export_runs_on_a_worker_thread(window, qtbot, tmp_path):
    out = tmp_path / "page.pdf"
    worker = window.export_to(out)
    with qtbot.waitSignal(worker.finishedOk, timeout=60000):
        pass
    assert out.exists() and "Exported" in window.status.text()


def test_closing_the_window_during_an_export_waits_for_the_whole_pdf(window, qtbot, tmp_path):
    out = tmp_path / "page.pdf"
    worker = window.export_to(out)
    window.close()
    assert worker.isFinished()
    assert out.read_bytes().rstrip().endswith(b"%%EOF")


def test_preflight_list_goes_to_the_frame(window, qtbot):
    w = window
    w.canvas.change_frame(replace(frame(w, "b1"), lines=1), "shrink")
    w.run_preflight()
    item = next(w.preflight_panel.list.item(k) for k in range(w.preflight_panel.list.count())
                if "超" in w.preflight_panel.list.item(k).text())
    w.preflight_panel.list.itemClicked.emit(item)
    assert w.canvas.selected == "b1"


def test_missing_photo_is_shown_and_can_be_relinked(window, page_doc, tmp_path):
    doc, folder, path = page_doc
    moved = tmp_path / "elsewhere.jpg"
    (folder / "photos" / "reading.jpg").rename(moved)
    w = MainWindow(load_document(path), path, ask=lambda t, x: True, ask_save=lambda: "discard")
    w._after_open()
    assert "Missing photos" in w.status.text()
    assert w.photos.missing() == ["p1"]
    w.photos.relink_to("p1", moved)
    assert w.photos.missing() == []
    assert w.controller.doc.photo("p1").file == "elsewhere.jpg"


def test_story_text_edit_reflows(window):
    w = window
    w.stories.select_story("s1")
    w.stories.body.setPlainText("第一段改写了。\n第二段也改写了。")
    assert w.controller.doc.story("s1").body == ("第一段改写了。", "第二段也改写了。")
    runs = [i for g in w.canvas.page.items if getattr(g, "frame", "") == "b1" for i in g.items]
    assert "".join(r.text for r in runs).startswith("本报记者王晨第一段改写了。")      # byline, then the body


def test_type_size_in_hao_changes_the_style(window):
    w = window
    w.canvas.select("b1")
    w.properties.size.setCurrentText("五号")
    w.properties._size()
    assert w.controller.doc.style("body").size == 10.5


def test_chinese_interface(qapp):
    from layout_app.editor.app import install_translator
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    w = MainWindow(load_document(Path(__file__).resolve().parents[2] / "assets" / "demo" / "demo.yaml"), None,
                   ask_save=lambda: "discard")
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[0] == "文件(&F)" and "编辑(&E)" in titles
    from layout_app.editor.app import remove_translators
    remove_translators(qapp)


def test_link_a_story_to_a_frame_on_another_page_writes_jump_lines(window):
    from layout_app.layout.display import GlyphRun, walk
    w = window
    w.canvas.change_frame(replace(frame(w, "b1"), lines=2), "shorten")       # the story is now overset
    w.canvas.select("b1")
    w.link_story()                     # pick the story, then go to where it continues
    w.add_page()
    assert w.canvas.page_index == 1
    grid = w.controller.doc.grid
    pos = screen_point(w, (grid.column_x(0) + 5, grid.line_y(0) + 3))
    mouse(w, QEvent.Type.MouseButtonPress, pos)
    mouse(w, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)
    page2 = w.controller.doc.pages[1]
    (new,) = page2.frames
    assert new.story == "s1" and new.part == "body" and (new.col, new.line) == (0, 0)
    texts2 = [r.text for r in walk(w.canvas.page.items) if isinstance(r, GlyphRun)]
    assert "（上接第1版）" in texts2
    w.show_page(0)
    texts1 = [r.text for r in walk(w.canvas.page.items) if isinstance(r, GlyphRun)]
    assert "（下转第2版）" in texts1
    assert not [r for r in w.canvas.page.reports if r.overset_lines]
    # the jump follows the page: renumber page 2 as page 5
    doc = w.controller.doc
    w.controller.apply(replace(doc, pages=(doc.pages[0], replace(doc.pages[1], number=5))), "renumber")
    texts1 = [r.text for r in walk(w.canvas.page.items) if isinstance(r, GlyphRun)]
    assert "（下转第5版）" in texts1


def test_the_editor_draws_what_the_pdf_prints(window, tmp_path):
    """The canvas as the editor shows it, against the same page exported and rendered by pdfium."""
    import pypdfium2
    from PIL import Image

    from tests.compare import same_and_shifted

    from layout_app.render.pdf.export import ExportOptions, export_pdf

    w = window
    w.canvas.show_columns = w.canvas.show_rulers = False
    w.canvas.fit_page()
    out = tmp_path / "page.pdf"
    export_pdf(w.controller.doc, w.controller.doc_dir, out, ExportOptions(pdfx=False))
    shot = w.canvas.grab().toImage()
    screen = Image.frombytes("RGBA", (shot.width(), shot.height()),
                             bytes(shot.convertToFormat(shot.Format.Format_RGBA8888).constBits())).convert("L")
    z, o = w.canvas.zoom(), w.canvas.origin()
    page = w.canvas.page
    ratio = shot.width() / w.canvas.width()                          # device pixels per widget pixel
    box = tuple(round(v * ratio) for v in (o.x(), o.y(), o.x() + page.width * z, o.y() + page.height * z))
    screen = screen.crop(box)
    pdf = pypdfium2.PdfDocument(str(out))
    printed = pdf[0].render(scale=screen.width / page.width).to_pil().convert("L").resize(screen.size)
    pdf.close()
    same, shifted = same_and_shifted(screen, printed, page, screen.width / page.width)
    assert same < 3.0 and shifted > 2 * same + 0.5, (same, shifted)


def test_photo_crop_pan_zoom_fit_and_fill(window, qtbot):
    from layout_app.editor import cropping
    from layout_app.model.story import Crop

    w = window
    placed = frame(w, "ph1")
    assert cropping.zoom(Crop(), 2.0) == Crop(0.25, 0.25, 0.75, 0.75)
    assert cropping.pan(Crop(0.25, 0.25, 0.75, 0.75), 0.5, -0.1) == Crop(0.5, 0.15, 1.0, 0.65)
    w.canvas.select("ph1")
    before = w.controller.doc.photo("p1").crop
    w.properties._photo(factor=1.25)                                   # zoom in
    zoomed = w.controller.doc.photo("p1").crop
    assert zoomed.right - zoomed.left < before.right - before.left
    # Shift-drag inside the photo pans the picture: dragging right shows more of its left side
    r = w.canvas.frame_rect(frame(w, "ph1"))
    a, b = screen_point(w, (r.x + r.width / 2, r.y + r.height / 2)), screen_point(w, (r.x + r.width / 2 + 20, r.y + r.height / 2))
    press = QMouseEvent(QEvent.Type.MouseButtonPress, a, w.canvas.mapToGlobal(a), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    QApplication.sendEvent(w.canvas, press)
    mouse(w, QEvent.Type.MouseMove, b)
    mouse(w, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)
    panned = w.controller.doc.photo("p1").crop
    assert panned.left < zoomed.left and frame(w, "ph1") == placed              # the frame did not move
    w.properties._photo(fit=True)
    assert w.controller.doc.photo("p1").fit is True
    placement = next(g for g in w.canvas.page.items if getattr(g, "frame", "") == "ph1").items[0]
    assert placement.fit is True
    w.properties._photo(reset=True)
    assert w.controller.doc.photo("p1").crop == Crop()


def test_dragging_a_story_and_a_photo_from_the_panels(window):
    from layout_app.editor.panels import MIME
    w = window
    # take the story and the photo off the page, then drag them back in from the panels
    w.controller.replace_frames(0, {f.id: None for f in w.controller.doc.pages[0].frames}, "clear")
    assert w.controller.doc.pages[0].frames == ()
    grid = w.controller.doc.grid
    item = w.stories.list.item(0)
    data = w.stories.list.mimeData([item])
    assert bytes(data.data(MIME)) == b"story:s1"
    event = QDropEvent(screen_point(w, (grid.column_x(2) + 4, grid.line_y(10) + 2)), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.canvas.dropEvent(event)
    frames = {f.part: f for f in w.controller.doc.pages[0].frames if f.story == "s1"}
    assert (frames["heading"].col, frames["heading"].line) == (2, 10)
    assert frames["body"].line == frames["heading"].line + frames["heading"].lines
    data = w.photos.list.mimeData([w.photos.list.item(0)])
    event = QDropEvent(screen_point(w, (grid.column_x(5) + 4, grid.line_y(0) + 2)), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.canvas.dropEvent(event)
    kinds = sorted(f.kind for f in w.controller.doc.pages[0].frames if f.photo == "p1")
    assert kinds == ["caption", "photo"]
    assert not [r for r in w.canvas.page.reports if r.overset_lines]


def test_alt_drag_turns_snapping_off(window):
    w = window
    f = frame(w, "b1")
    r = w.canvas.frame_rect(f)
    a, b = screen_point(w, (r.x + 30, r.y + 30)), screen_point(w, (r.x + 30 + 7.3, r.y + 30 + 4.1))
    mouse(w, QEvent.Type.MouseButtonPress, a)
    move = QMouseEvent(QEvent.Type.MouseMove, b, w.canvas.mapToGlobal(b), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier)
    QApplication.sendEvent(w.canvas, move)
    mouse(w, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)
    g = frame(w, "b1")
    assert (g.col, g.line) == (f.col, f.line)
    assert g.dx == pytest.approx(7.3, abs=0.6) and g.dy == pytest.approx(4.1, abs=0.6)
    moved = w.canvas.frame_rect(g)
    assert moved.x == pytest.approx(r.x + g.dx) and moved.y == pytest.approx(r.y + g.dy)
    # it is saved and read back
    w.save()
    assert load_document(w.controller.path).pages[0].frames[1] == g


def test_a_spread_shows_both_facing_pages_and_edits_the_one_clicked(qtbot, page_doc):
    from layout_app.model.document import Page
    from layout_app.model.frame import Frame

    doc, folder, path = page_doc
    left = Page("A2", 2, (Frame("L1", 0, 3, 0, 20, story="s1", part="body"),))
    right = Page("A3", 3, (Frame("R1", 0, 3, 0, 20, story="s1", part="body"),))
    doc = replace(doc, pages=(doc.pages[0], left, right), spreads=(("A2", "A3"),))
    w = MainWindow(doc, path, ask=lambda t, x: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    w.show_page(1)
    assert sorted(w.canvas.displays) == [1, 2]                       # both pages drawn
    assert w.canvas.total_width() == pytest.approx(2 * doc.grid.trim.width)
    grid = doc.grid
    # a click on the right-hand page: its frame is selected and edits go to that page
    w.canvas.page_index = 2
    target = w.canvas.from_page(QPointF(grid.column_x(1) + 5, grid.line_y(5)))     # mid-frame, clear of its edges
    w.canvas.page_index = 1
    mouse(w, QEvent.Type.MouseButtonPress, target)
    assert w.canvas.page_index == 2 and w.canvas.selected == "R1"
    mouse(w, QEvent.Type.MouseMove, target + QPointF(0, grid.leading * 3 * w.canvas.zoom()))
    mouse(w, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)
    assert w.controller.frame(2, "R1").line == 3 and w.controller.frame(1, "L1").line == 0


def _guide_shots(w):
    """The fitted page without and with its column guides (no rulers, lines or selection)."""
    w.canvas.show_rulers = w.canvas.show_lines = False
    w.canvas.select("")
    w.canvas.fit_page()

    def shot(columns):
        w.canvas.show_columns = columns
        w.canvas.repaint()
        return w.canvas.grab().toImage()

    return shot(False), shot(True)


def test_column_guides_stand_on_the_type_area_and_column_edges(window):
    """The column guides, found as what turning them on changes on screen, lie where the sample grid
    puts them by hand: 版心 18 mm in (51.024 pt), 20 mm down (56.693 pt), 518 mm down at the foot
    (1468.35 pt); columns of 117 pt every 126.638 pt (see PITCH)."""
    w = window
    off, on = _guide_shots(w)
    z = w.canvas.zoom()
    edges = sorted(51.024 + k * PITCH + d for k in range(8) for d in (0.0, 117.0))
    row = round(w.canvas.from_page(QPointF(0, 56.693 + 700)).y())
    changed = [x for x in range(on.width()) if on.pixel(x, row) != off.pixel(x, row)]
    pages = [w.canvas.to_page(QPointF(x + 0.5, row)).x() for x in changed]
    assert len(pages) == len(edges)                                   # one pixel per guide, nothing else
    assert all(abs(p - e) < 1.5 / z for p, e in zip(pages, edges)), (pages, edges)
    col = round(w.canvas.from_page(QPointF(100.0, 0)).x())               # inside the first column
    changed = [y for y in range(on.height()) if on.pixel(col, y) != off.pixel(col, y)]
    ys = [w.canvas.to_page(QPointF(col, y + 0.5)).y() for y in changed]
    assert len(ys) == 2 and abs(ys[0] - 56.693) < 1.5 / z and abs(ys[1] - 1468.35) < 1.5 / z, ys


def test_column_guides_on_white_keep_the_colour_of_their_translucent_blue(window):
    """Column guides are filled opaque (speed), in the colour the guide blue (0, 160, 220) at alpha 80
    has over white — by hand: 255 − (255 − c) × 80 / 255 → (175, 225, 244) — wherever the page under
    them is white; and one pixel wide."""
    from PySide6.QtGui import QColor

    w = window
    off, on = _guide_shots(w)
    row = round(w.canvas.from_page(QPointF(0, 56.693 + 700)).y())
    changed = [x for x in range(on.width()) if on.pixel(x, row) != off.pixel(x, row)]
    on_white = [x for x in changed if off.pixelColor(x, row) == QColor(255, 255, 255)]
    assert len(on_white) >= 8
    assert {on.pixelColor(x, row).getRgb()[:3] for x in on_white} == {(175, 225, 244)}
    assert all(on.pixel(x + 1, row) == off.pixel(x + 1, row) for x in on_white)


def test_line_guides_stand_every_leading_down_the_type_area(window):
    """By hand: 版心 498 mm = 1411.65 pt high, 1411.65 / 13.5 → 104 whole lines, so 105 guides from
    56.693 pt down, 13.5 pt apart."""
    w = window
    w.canvas.show_rulers = w.canvas.show_columns = False
    w.canvas.select("")
    w.canvas.fit_page()

    def shot(lines):
        w.canvas.show_lines = lines
        w.canvas.repaint()
        return w.canvas.grab().toImage()

    off, on = shot(False), shot(True)
    z = w.canvas.zoom()
    col = round(w.canvas.from_page(QPointF(100.0, 0)).x())
    changed = [y for y in range(on.height()) if on.pixel(col, y) != off.pixel(col, y)]
    ys = [w.canvas.to_page(QPointF(col, y + 0.5)).y() for y in changed]
    assert len(ys) == 105
    assert all(abs(y - (56.693 + k * LEADING)) < 1.5 / z for k, y in enumerate(ys)), ys
