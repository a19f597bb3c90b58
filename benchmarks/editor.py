"""Benchmarks of the editor (offscreen Qt):

1. one step of a frame drag with live reflow on the demo page: the model change, the relayout of the
   page and a synchronous repaint of the canvas at fit-page zoom; and the same step as the editor
   paints it (the area where the frame was and is, and the reflowed frames, through the event loop);
2. opening a document with 20 photos of 24 megapixels, to the first paint (proxies not yet cached);
3. start-up to the demo page painted (`layout-app --screenshot`, a whole process);
4. one step of a rubber band over 100 items (the demo page's frames, rules and boxes, topped up with
   boxes): the mouse-move event — what it touches, their groups, the selection — and a synchronous
   repaint (the page drawn once when the band starts, the selection over it each step).
5. a keystroke typed in place into a 3,000-character story on the full demo page: the key event, the
   text change through the controller, the page's relayout and a synchronous repaint.
Run: python benchmarks/editor.py
"""
from __future__ import annotations

import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import probe  # noqa: E402

DRAG = r"""
import json, os, statistics, sys, time
from dataclasses import replace
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), None, DEMO_DIR, ask_save=lambda: "discard")
w.resize(1400, 960); w.show(); app.processEvents()
canvas = w.canvas
f0 = w.controller.frame(0, "patrol-body")
times = []
for step in range(60):
    f = w.controller.frame(0, "patrol-body")
    moved = replace(f, line=f0.line + (step % 4) - 2 if f0.line >= 2 else f0.line + step % 4)
    t = time.perf_counter()
    canvas.change_frame(moved, "drag", "bench-drag")     # model → relayout (the controller's signal)
    canvas.repaint()                                      # paint now, synchronously
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"median_ms": statistics.median(times[5:]), "p90_ms": sorted(times[5:])[int(len(times[5:]) * 0.9)]}))
"""

# the same drag steps as the editor paints them: the update of the damaged area (where the frame was
# and is, and the frames that reflowed) and the event loop's paint, not a forced whole repaint
DRAG_PARTIAL = DRAG.replace("    canvas.repaint()                                      # paint now, synchronously",
                            "    app.processEvents()                                   # the paint the change asked for")
assert DRAG_PARTIAL != DRAG

BAND = r"""
import json, os, statistics, sys, time
from dataclasses import replace
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from layout_app.layout import arrange
from layout_app.model.furniture import BoxItem
doc = load_document(DEMO_DIR / "demo.yaml")
page = doc.pages[0]
extra = 100 - len(arrange.items(page))
boxes = tuple(BoxItem(f"bench-box{k}", k % 8, 1, (k // 8) * 4 % 110, 2) for k in range(max(0, extra)))
page = replace(page, boxes=page.boxes + boxes)
doc = replace(doc, pages=(page,) + doc.pages[1:])
assert len(arrange.items(page)) >= 100
w = MainWindow(doc, None, DEMO_DIR, ask_save=lambda: "discard")
w.resize(1400, 960); w.show(); app.processEvents()
c = w.canvas
def send(kind, pt):
    pos = c.from_page(QPointF(*pt))
    b = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    QApplication.sendEvent(c, QMouseEvent(kind, pos, c.mapToGlobal(pos), b, Qt.MouseButton.LeftButton,
                                          Qt.KeyboardModifier.NoModifier))
trim = doc.grid.trim
times, counts = [], []
for sweep in range(3):
    send(QEvent.Type.MouseButtonPress, (-8.0, -8.0))          # on the desk, above the page's corner
    for step in range(1, 41):
        pt = (trim.width * step / 40 + 4, trim.height * step / 40 + 4)
        t = time.perf_counter()
        send(QEvent.Type.MouseMove, pt)
        c.repaint()
        times.append((time.perf_counter() - t) * 1000)
    counts.append(len(c.selection))
    send(QEvent.Type.MouseButtonRelease, pt)
print(json.dumps({"median_ms": statistics.median(times), "p90_ms": sorted(times)[int(len(times) * 0.9)],
                  "selected": min(counts)}))
"""

OPEN = r"""
import json, os, sys, time
t0 = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
path = Path(sys.argv[1])
w = MainWindow(load_document(path), path, ask_save=lambda: "discard")
w.resize(1400, 960); w.show()
painted = []
orig = w.canvas.paintEvent
def paint(ev):
    orig(ev); painted.append(time.perf_counter())
w.canvas.paintEvent = paint
while not painted:
    app.processEvents()
print(json.dumps({"first_paint_s": painted[0] - t0, "peak_mb": peak_mb()}))
"""

KEYSTROKE = r"""
import json, os, statistics, sys, time
from dataclasses import replace
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from layout_app.layout import textmap
doc = load_document(DEMO_DIR / "demo.yaml")
story = doc.story("reading")
body = story.body
while sum(len(p) for p in body) < 3000:            # the story grown to 3,000 characters
    body = body + story.body
body = body[:next(k for k in range(len(body) + 1) if sum(len(p) for p in body[:k]) >= 3000)]
doc = replace(doc, stories=tuple(replace(s, body=body, formats=()) if s.id == "reading" else s for s in doc.stories))
w = MainWindow(doc, None, DEMO_DIR, ask_save=lambda: "discard")
w.resize(1400, 960); w.show(); app.processEvents()
canvas = w.canvas
page = w.controller.doc.pages[0]
f = next(f for f in page.frames if f.id == "reading-body")
lines = textmap.frame_text(w.controller.composer(), page, f).lines
ln = lines[len(lines) // 3]                         # a line a third down the first column
at = canvas.from_page(QPointF((ln.xs[3] + ln.xs[4]) / 2, (ln.top + ln.bottom) / 2)).toPoint()
QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
assert canvas._text_editor.editing
app.processEvents()
painted = []
orig = canvas.paintEvent
def paint(ev):
    painted.append(ev.rect())
    orig(ev)
canvas.paintEvent = paint
times, full, drags, cpu_key, cpu_drag = [], [], [], [], []
f0 = w.controller.frame(0, "patrol-body")
def key(step):
    if step % 2:
        QTest.keyClick(canvas, Qt.Key.Key_Backspace)
    else:
        ime = QInputMethodEvent("", [])              # Chinese arrives as an input method's commit
        ime.setCommitString("字")
        QApplication.sendEvent(canvas, ime)
# blocks of keystrokes and, side by side under the same load, drag steps as benchmark 1 takes them
for block in range(6):
    for step in range(10):
        t, c = time.perf_counter(), time.process_time()
        key(step)
        n = len(painted)
        app.processEvents()        # the paint the keystroke asked for: the area of the frames it reflowed
        assert len(painted) > n, "no repaint"
        times.append((time.perf_counter() - t) * 1000)
        cpu_key.append((time.process_time() - c) * 1000)
    for step in range(10):
        t = time.perf_counter()
        key(step)
        canvas.repaint()           # for comparison: the whole canvas painted again
        full.append((time.perf_counter() - t) * 1000)
    for step in range(10):
        f = w.controller.frame(0, "patrol-body")
        moved = replace(f, line=f0.line + (step % 4) - 2 if f0.line >= 2 else f0.line + step % 4)
        t, c = time.perf_counter(), time.process_time()
        canvas.change_frame(moved, "drag", "bench-drag")
        canvas.repaint()
        drags.append((time.perf_counter() - t) * 1000)
        cpu_drag.append((time.process_time() - c) * 1000)
    app.processEvents()
chars = sum(len(p) for p in w.controller.doc.story("reading").body)
times, full, drags, cpu_key, cpu_drag = times[4:], full[4:], drags[4:], cpu_key[4:], cpu_drag[4:]
print(json.dumps({"median_ms": statistics.median(times), "p90_ms": sorted(times)[int(len(times) * 0.9)],
                  "full_ms": statistics.median(full), "drag_ms": statistics.median(drags), "cpu_key_ms": statistics.median(cpu_key),
                  "cpu_drag_ms": statistics.median(cpu_drag), "chars": chars}))
"""


def keystroke(env: dict) -> str:
    """A keystroke in place in a 3,000-character story on the full demo page (its own function: the
    canvas helper adds another case here)."""
    key = run(KEYSTROKE, env=env)
    ratio = key["median_ms"] / key["drag_ms"]
    cpu = key["cpu_key_ms"] / key["cpu_drag_ms"]
    return (f"keystroke in place, {key['chars']}-character story on the full demo page (relayout and the repaint "
            f"of what changed): median {key['median_ms']:.1f} ms, 90th percentile {key['p90_ms']:.1f} ms "
            f"(target ≤ 16 ms); with the whole canvas repainted instead: median {key['full_ms']:.1f} ms; "
            f"side by side, a drag step took {key['drag_ms']:.1f} ms: a keystroke is {ratio:.2f} of it, "
            f"about {ratio * 24.9:.1f} ms on the slow machine where the drag step takes 24.9 ms; in CPU time "
            f"(less disturbed by other processes) {key['cpu_key_ms']:.1f} ms against {key['cpu_drag_ms']:.1f} ms, "
            f"{cpu:.2f} of a drag step: about {cpu * 24.9:.1f} ms there")


def make_photo_doc(folder: Path, count: int = 20, megapixels: float = 24.0) -> Path:
    from PIL import Image, ImageFilter

    from layout_app.io.docfile import save_document
    from layout_app.io.templates import load_template
    from layout_app.model.document import Document, Page
    from layout_app.model.frame import Frame
    from layout_app.model.story import Photo

    width = int(math.sqrt(megapixels * 1e6 * 3 / 2))
    height = width * 2 // 3
    photos, frames = [], []
    (folder / "photos").mkdir()
    for k in range(count):
        im = Image.effect_noise((width // 8, height // 8), 40 + k).convert("RGB").resize((width, height))
        im.filter(ImageFilter.GaussianBlur(1)).save(folder / "photos" / f"p{k:02d}.jpg", quality=88)
        photos.append(Photo(f"p{k}", f"photos/p{k:02d}.jpg", f"第{k + 1}张图片。", "本报记者 摄"))
        frames.append(Frame(f"f{k}", (k % 4) * 2, 2, (k // 4) * 20, 18, photo=f"p{k}"))
    t = load_template("duikai")
    doc = Document(t.grid, dict(t.styles), (Page("A1", 1, tuple(frames)),), (), tuple(photos), title="20 photos")
    path = folder / "photos.yaml"
    save_document(doc, path)
    return path


def run(code: str, *args: str, env: dict) -> dict:
    return probe.run(code, *args, **{k: v for k, v in env.items() if k.startswith(("LAYOUT_APP", "QT_"))})


def main() -> None:
    print(probe.calibration())
    work = Path(tempfile.mkdtemp(prefix="layout_app_editor_bench_"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), LAYOUT_APP_CACHE=str(work / "cache"),
               LAYOUT_APP_STATE=str(work / "state"), QT_QPA_PLATFORM="offscreen")
    try:
        run(DRAG, env=env)                         # warm the font metrics cache
        drag = run(DRAG, env=env)
        partial = run(DRAG_PARTIAL, env=env)
        band = run(BAND, env=env)
        typed = keystroke(env)
        doc = make_photo_doc(work)
        opened = run(OPEN, str(doc), env=env)
        starts = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "layout_app", "--screenshot", str(work / "shot.png")],
                           env=env, check=True, capture_output=True)
            starts.append(time.perf_counter() - t)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"drag step with live reflow and repaint (demo page): median {drag['median_ms']:.1f} ms, "
          f"90th percentile {drag['p90_ms']:.1f} ms (target ≤ 16 ms)")
    print(f"the same drag step as the editor paints it (the damaged area through the event loop): median "
          f"{partial['median_ms']:.1f} ms, 90th percentile {partial['p90_ms']:.1f} ms")
    print(f"rubber band over the page's {band['selected']} items, one step (hit test, groups, selection, repaint): "
          f"median {band['median_ms']:.1f} ms, 90th percentile {band['p90_ms']:.1f} ms (target ≤ 16 ms)")
    print(typed)
    print(f"open a document with 20 photos of 24 MP, to first paint (proxies made): {opened['first_paint_s']:.2f} s, "
          f"peak {opened['peak_mb']:.0f} MB (targets ≤ 3 s, ≤ 800 MB)")
    print(f"start-up to the demo page painted (whole process, screenshot saved): median {statistics.median(starts):.2f} s "
          f"(target ≤ 1.5 s)")


if __name__ == "__main__":
    main()
