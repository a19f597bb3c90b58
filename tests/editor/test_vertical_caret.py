"""Edit on the page in a vertical (竖排) heading, with real mouse, key and input-method events
(offscreen): the demo's river story has its kicker 生态环境 and headline 城南河综合治理见成效 水清岸绿白鹭归来
set down columns at its right (kicker, then the headline's two phrases, right to left).

Expected positions are worked out here from the spec's setting (layout/vertical.py: columns right
to left, each 1.2 × its size wide, centred on its axis; an ideograph's cell 1 em tall, the first at
the frame's top) and from the glyphs in the display list — never from the caret code's answers."""
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.editor.textedit import text_editor
from layout_app.io.docfile import load_document
from layout_app.layout import textmap
from layout_app.layout.display import GlyphRun, Group, walk
from tests.editor.test_edit_on_page import commit, type_text

HEADLINE = "城南河综合治理见成效 水清岸绿白鹭归来"
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def river(qtbot, tmp_path):
    doc = load_document(DEMO_DIR / "demo.yaml")
    w = MainWindow(doc, None, DEMO_DIR, ask=lambda t, x: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    f = next(f for f in w.controller.doc.pages[0].frames if f.vertical)
    assert f.id == "river-head" and w.controller.doc.story("river").headline == HEADLINE
    w.canvas.show_frame(f.id)
    return w, f


def columns(w, f):
    """The heading's glyph runs as the page shows them, right to left."""
    runs = [r for g in w.canvas.page.items if isinstance(g, Group) and g.frame == f.id
            for r in walk(g.items) if isinstance(r, GlyphRun)]
    return sorted(runs, key=lambda r: -r.xs[0])


def expected_axes(w, f):
    """Each column's axis, from the frame's right edge: columns 1.2 × their size wide."""
    r = w.canvas.frame_rect(f)
    right, axes = r.x + r.width, []
    for run in columns(w, f):
        axes.append(right - 0.6 * run.size)
        right -= 1.2 * run.size
    return axes


def widget(w, x, y):
    return w.canvas.from_page(QPointF(x, y))


def caret_at(w, ed, x_axis, size, y):
    """Whether the editor's caret lies across the column at page y: from axis − size/2 to axis + size/2."""
    r = ed.caret_rect()
    a, b = widget(w, x_axis - size / 2, y), widget(w, x_axis + size / 2, y)
    return abs(r.y() - a.y()) < 1.0 and abs(r.x() - a.x()) < 1.0 and abs(r.right() - b.x()) < 1.0 and r.height() <= 1.0


def dark_row(w, x_axis, size, y) -> bool:
    """Whether the canvas shows a dark horizontal line at page y across the column's middle."""
    img = w.canvas.grab().toImage()
    p = widget(w, x_axis, y)
    xs = [round(widget(w, x_axis + d * size, y).x()) for d in (-0.4, -0.2, 0.2, 0.4)]
    return all(min(img.pixelColor(x, round(p.y()) + dy).lightness() for dy in (-1, 0, 1)) < 80 for x in xs)


def test_vertical_caret_lines_stand_at_the_glyphs(river):
    w, f = river
    page = w.controller.doc.pages[0]
    lines = textmap.frame_text(w.controller.composer(), page, f).lines
    runs, axes = columns(w, f), expected_axes(w, f)
    top = w.canvas.frame_rect(f).y
    assert [r.text for r in runs] == ["生态环境", "城南河综合治理见成效", "水清岸绿白鹭归来"]
    assert [(ln.field, ln.start, ln.end) for ln in lines] == [("kicker", 0, 4), ("headline", 0, 10), ("headline", 11, 19)]
    for ln, run, axis in zip(lines, runs, axes):
        assert ln.vertical
        s = run.size
        assert ln.top == pytest.approx(axis - s / 2) and ln.bottom == pytest.approx(axis + s / 2)
        assert ln.xs == pytest.approx([top + k * s for k in range(len(run.text))])   # one em per ideograph
        assert ln.right == pytest.approx(top + len(run.text) * s)
        for k, y in enumerate(run.ys):                     # each glyph's baseline inside its own cell
            assert ln.xs[k] < y <= ln.xs[k] + s


def test_click_keys_selection_preedit_and_undo_in_a_vertical_headline(river, qtbot):
    w, f = river
    runs, axes = columns(w, f), expected_axes(w, f)
    top = w.canvas.frame_rect(f).y
    col1, col2 = runs[1], runs[2]
    s, a1, a2 = col2.size, axes[1], axes[2]
    # a double-click on 岸 (third of the second column) in the upper half of its cell: the caret before it
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=widget(w, a2, top + 2.3 * s).toPoint())
    ed = text_editor(w.canvas)
    assert ed.editing and ed.target.field == "headline" and ed.vertical
    assert ed.caret == (0, 13)                             # 城南河综合治理见成效 水清|岸
    assert caret_at(w, ed, a2, s, top + 2 * s)
    assert dark_row(w, a2, s, top + 2 * s)                 # drawn across the column, at 岸's top
    w.canvas.grab().save("/tmp/vcaret/caret.png")
    # a click in the lower half of 绿: after it
    qtbot.mouseClick(w.canvas, Qt.MouseButton.LeftButton, pos=widget(w, a2, top + 3.8 * s).toPoint())
    assert ed.caret == (0, 15) and caret_at(w, ed, a2, s, top + 4 * s)
    # ↓ and ↑ go along the text; ← to the next column (leftwards), → back to the one before
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down)
    assert ed.caret == (0, 16) and caret_at(w, ed, a2, s, top + 5 * s)
    for _ in range(3):
        qtbot.keyClick(w.canvas, Qt.Key.Key_Up)
    assert ed.caret == (0, 13) and caret_at(w, ed, a2, s, top + 2 * s)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Right)             # to the first phrase's column, same height
    assert ed.caret == (0, 2) and caret_at(w, ed, a1, col1.size, top + 2 * col1.size)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Left)
    assert ed.caret == (0, 13)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Left)              # the last column: to the headline's end
    assert ed.caret == (0, len(HEADLINE))
    qtbot.keyClick(w.canvas, Qt.Key.Key_Home)              # the column's top
    assert ed.caret == (0, 11)
    # Shift+↓ selects down the column; the clipboard gets it; the selection is painted across the column
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Down, SHIFT)
    assert ed.selected_text() == "水清"
    img = w.canvas.grab().toImage()
    inside = widget(w, a2 + 0.45 * s, top + 1.5 * s)       # in the selection, right of the glyph
    below = widget(w, a2 + 0.45 * s, top + 2.5 * s)
    c_in, c_out = img.pixelColor(inside.toPoint()), img.pixelColor(below.toPoint())
    assert c_in.blue() > c_in.red() + 30 and abs(c_out.blue() - c_out.red()) < 10
    qtbot.keyClick(w.canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "水清"
    # typing replaces the selection and the page reflows: 新 set where 水 was
    type_text(w, "新")
    assert w.controller.doc.story("river").headline == "城南河综合治理见成效 新岸绿白鹭归来"
    assert columns(w, f)[2].text == "新岸绿白鹭归来"
    assert ed.caret == (0, 12) and caret_at(w, ed, a2, s, top + s)
    # an input method's preedit is shown down the column at the caret, the rest pushed down
    before = w.canvas.grab().toImage()
    commit(w, "", "中文")
    assert ed.preedit == "中文" and w.controller.doc.story("river").headline == "城南河综合治理见成效 新岸绿白鹭归来"
    assert caret_at(w, ed, a2, s, top + 3 * s)             # after the two preedit characters
    after = w.canvas.grab().toImage()
    w.canvas.grab().save("/tmp/vcaret/preedit.png")

    def ink(img, y0):                                      # dark pixels in one cell of the column
        p0, p1 = widget(w, a2 - s / 2, y0), widget(w, a2 + s / 2, y0 + s)
        return sum(img.pixelColor(x, y).lightness() < 128 for x in range(round(p0.x()) + 1, round(p1.x()) - 1)
                   for y in range(round(p0.y()) + 1, round(p1.y()) - 1))
    shown = ink(before, top + s)                           # 岸 in its own cell
    assert shown > 50
    assert abs(ink(after, top + 3 * s) - shown) < 0.15 * shown   # 岸, two cells lower
    assert ink(after, top + s) > 50 and abs(ink(after, top + s) - shown) > 0.1 * shown   # 中 where 岸 was
    commit(w, "白")
    assert w.controller.doc.story("river").headline == "城南河综合治理见成效 新白岸绿白鹭归来"
    assert ed.preedit == "" and ed.caret == (0, 13)
    # the typed 新 and the committed 白 are one word: one undo step back to the copy as it was
    w.controller.undo()
    assert w.controller.doc.story("river").headline == HEADLINE
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
    assert not ed.editing


def test_a_vertical_part_emptied_and_typed_again_and_a_drag_selects_down_the_column(river, qtbot):
    w, f = river
    runs, axes = columns(w, f), expected_axes(w, f)
    top = w.canvas.frame_rect(f).y
    kicker = runs[0]
    s = kicker.size
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=widget(w, axes[0], top + 1.3 * s).toPoint())
    ed = text_editor(w.canvas)
    assert ed.target.field == "kicker" and ed.caret == (0, 1)
    # a drag from the top of 态 to the middle of 境 selects 态环 (the caret goes to the nearer cell edge)
    a, b = widget(w, axes[0], top + 1.1 * s).toPoint(), widget(w, axes[0], top + 2.9 * s).toPoint()
    qtbot.mousePress(w.canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(w.canvas, b)
    qtbot.mouseRelease(w.canvas, Qt.MouseButton.LeftButton, pos=b)
    assert ed.selected_text() == "态环"
    # every character of the kicker gone: its column goes, the caret stays at the frame's top right
    qtbot.keyClick(w.canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.canvas, Qt.Key.Key_Backspace)
    assert w.controller.doc.story("river").kicker == ""
    assert [r.text for r in columns(w, f)] == ["城南河综合治理见成效", "水清岸绿白鹭归来"]
    r = w.canvas.frame_rect(f)
    x, left, right = ed.caret_box()
    assert x == pytest.approx(r.y) and r.x < left < right <= r.x + r.width
    w.canvas.grab()                                          # painted without a column to stand in
    type_text(w, "生态")
    assert w.controller.doc.story("river").kicker == "生态"
    assert columns(w, f)[0].text == "生态" and ed.caret == (0, 2)
    assert caret_at(w, ed, expected_axes(w, f)[0], columns(w, f)[0].size, top + 2 * columns(w, f)[0].size)


def test_a_pinyin_preedit_lies_turned_down_the_column(river, qtbot):
    """An input method's Latin preedit (pinyin) is set as the page sets a Latin word of three or more
    letters in a column: turned, each letter taking its horizontal advance down the column."""
    from fontTools.ttLib import TTFont

    from layout_app.assets import FONTS_DIR
    from layout_app.text.fonts import registry
    w, f = river
    runs, axes = columns(w, f), expected_axes(w, f)
    top = w.canvas.frame_rect(f).y
    col2 = runs[2]
    s = col2.size
    qtbot.mouseDClick(w.canvas, Qt.MouseButton.LeftButton, pos=widget(w, axes[2], top + 2.3 * s).toPoint())
    ed = text_editor(w.canvas)
    assert ed.caret == (0, 13)
    font = TTFont(FONTS_DIR / registry().face(col2.face).spec.file, lazy=True)
    cmap, hmtx, upem = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    down = sum(hmtx[cmap[ord(ch)]][0] for ch in "bai") / upem * s
    commit(w, "", "bai")
    assert ed.preedit == "bai"
    assert caret_at(w, ed, axes[2], s, top + 2 * s + down)
    w.canvas.grab().save("/tmp/vcaret/pinyin.png")
    commit(w, "白")
    assert w.controller.doc.story("river").headline == "城南河综合治理见成效 水清白岸绿白鹭归来"
