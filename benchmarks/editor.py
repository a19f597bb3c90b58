"""Benchmarks of the editor (offscreen Qt):

1. one step of a frame drag with live reflow on the demo page: the model change, the relayout of the
   page and a synchronous repaint of the canvas at fit-page zoom; and the same step as the editor
   paints it (the area where the frame was and is, and the reflowed frames, through the event loop);
2. opening a document with 20 photos of 24 megapixels, to the first paint (proxies not yet cached: the
   page paints with a placeholder in each photo frame), to all photos drawn, and opened again;
3. start-up: a fresh process to the demo page's first paint, and `layout-app --screenshot` as a whole;
4. one step of a rubber band over 100 items (the demo page's frames, rules and boxes, topped up with
   boxes): the mouse-move event — what it touches, their groups, the selection — and a synchronous
   repaint (the page drawn once when the band starts, the selection over it each step).
5. a keystroke typed in place into a 3,000-character story on the full demo page: the key event, the
   text change through the controller, the page's relayout and a synchronous repaint.

The slow machine. Issue 12's targets (16 ms, 3 s, 1.5 s) are for a machine on which 10 million
pure-Python additions take 1.44 s. Measured there and here on the same code, the slow machine took
1.7–1.9 times our figures (its drag step 24.9 ms against our 13–14 ms; its start-up 2.08 s, its 20
photos 4.75 s against about half here) — not the 1.44 / 0.28 ≈ 5 times the calibration loop alone
would say: these paths spend most of their time in Qt, Pillow and the kernel, not in the interpreter's
loop. So each figure's estimate for the slow machine is that figure times SLOW_FACTOR (1.9, the upper
end), each on its own — a keystroke is not scaled by the drag step, whose speed changes on its own.
The factor holds for this machine (calibration about 0.26–0.32 s); on another the estimate lines
say so. The machine is shared: wall times include waiting for a core, so the drag step and the
keystroke also give their CPU time, and start-up the CPU time of its process (user + system; Qt's
and Pillow's threads count too); a calibration above ~0.32 s means other work ran meanwhile.
Start-up is given twice: to the first paint of the page (what a user waits for) and for the whole
`--screenshot` process (the live preflight check after the first paint and the PNG written count);
both with the modules' bytecode cached, as an installed app has it (measured before issue 12's second
round, this environment's PYTHONDONTWRITEBYTECODE made each start compile them: ~0.15 s more).

Run: python benchmarks/editor.py
"""
from __future__ import annotations

import math
import os
import re
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

SLOW_FACTOR = 1.9             # the slow machine / this one, same code (see the docstring)
FACTOR_RANGE = (0.26, 0.32)   # calibrations (s) of this machine when the factor was measured

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
times, cpu = [], []
for step in range(60):
    f = w.controller.frame(0, "patrol-body")
    moved = replace(f, line=f0.line + (step % 4) - 2 if f0.line >= 2 else f0.line + step % 4)
    t, c = time.perf_counter(), time.process_time()
    canvas.change_frame(moved, "drag", "bench-drag")     # model → relayout (the controller's signal)
    canvas.repaint()                                      # paint now, synchronously
    times.append((time.perf_counter() - t) * 1000)
    cpu.append((time.process_time() - c) * 1000)
print(json.dumps({"median_ms": statistics.median(times[5:]), "p90_ms": sorted(times[5:])[int(len(times[5:]) * 0.9)],
                  "cpu_ms": statistics.median(cpu[5:])}))
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
first = painted[0] - t0
images = w.canvas.painter.images
while getattr(images, "busy", False):        # the photos arrive in the background: each repaints
    app.processEvents()
    time.sleep(0.005)
for _ in range(3):
    app.processEvents()                      # the repaint the last photo asked for
print(json.dumps({"first_paint_s": first, "photos_s": painted[-1] - t0, "peak_mb": peak_mb()}))
"""

# start-up to the first paint of the page, in a fresh process: argv[1] is the time.time() the parent
# started it at (the interpreter's own start counts); the paint is the canvas's first (what follows it — the live check — is not waited for)
FIRST_PAINT = r"""
import json, os, resource, sys, time
t0 = float(sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from layout_app.editor.canvas import PageCanvas
painted = []
paint = PageCanvas.paintEvent
def first(self, event):
    paint(self, event)
    if not painted:
        usage = resource.getrusage(resource.RUSAGE_SELF)     # the process's CPU so far, its threads' too
        painted.append((time.time(), usage.ru_utime + usage.ru_stime))
        from PySide6.QtWidgets import QApplication
        QApplication.instance().exit()
PageCanvas.paintEvent = first
from layout_app.editor.app import run
sys.argv = sys.argv[:1]
run([])
print(json.dumps({"first_paint_s": painted[0][0] - t0, "cpu_s": painted[0][1]}))
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


def slow(value: float, unit: str, target: float, cal: float) -> str:
    """The estimate for the slow machine of one figure measured here (see the docstring)."""
    est = value * SLOW_FACTOR
    verdict = "within" if est <= target else "OVER"
    where = "" if FACTOR_RANGE[0] <= cal <= FACTOR_RANGE[1] else (
        f"; this machine's calibration {cal:.2f} s is outside {FACTOR_RANGE[0]}–{FACTOR_RANGE[1]} s, for which "
        f"the factor was measured: take it as a guess")
    return f"    slow machine: about {est:.{1 if unit == 'ms' else 2}f} {unit} (× {SLOW_FACTOR}), {verdict} the target{where}"


def keystroke(env: dict, cal: float) -> str:
    """A keystroke in place in a 3,000-character story on the full demo page (its own function: the
    canvas helper adds another case here)."""
    key = run(KEYSTROKE, env=env)
    return (f"keystroke in place, {key['chars']}-character story on the full demo page (relayout and the repaint "
            f"of what changed): median {key['median_ms']:.1f} ms (CPU {key['cpu_key_ms']:.1f} ms), 90th percentile "
            f"{key['p90_ms']:.1f} ms (target ≤ 16 ms); with the whole canvas repainted instead: median "
            f"{key['full_ms']:.1f} ms; a drag step in between took {key['drag_ms']:.1f} ms (CPU {key['cpu_drag_ms']:.1f} ms)\n"
            + slow(key["median_ms"], "ms", 16, cal) + f"; from CPU time {key['cpu_key_ms'] * SLOW_FACTOR:.1f} ms")


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
    return probe.run(code, *args, **{k: v for k, v in env.items()
                                     if k.startswith(("LAYOUT_APP", "QT_", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE"))})


def start_up(env: dict, shot: Path) -> tuple[float, float]:
    """The whole `--screenshot` process: wall and CPU (user + system of the process and its threads)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "layout_app", "--screenshot", str(shot)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"layout-app --screenshot failed (status {status})")
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime


def main() -> None:
    line = probe.calibration()
    print(line)
    cal = float(re.search(r"take ([0-9.]+) s", line).group(1))
    work = Path(tempfile.mkdtemp(prefix="layout_app_editor_bench_"))
    # bytecode kept, as an installed app has it (PYTHONDONTWRITEBYTECODE would make every start compile
    # the modules again: ~0.15 s), in the work folder, not beside the sources
    env = dict(os.environ, PYTHONPATH=str(ROOT), LAYOUT_APP_CACHE=str(work / "cache"),
               LAYOUT_APP_STATE=str(work / "state"), QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(work / "pyc"),
               PYTHONDONTWRITEBYTECODE="")                    # empty: not set
    try:
        run(DRAG, env=env)                         # warm the font metrics cache
        drag = run(DRAG, env=env)
        partial = run(DRAG_PARTIAL, env=env)
        band = run(BAND, env=env)
        typed = keystroke(env, cal)
        doc = make_photo_doc(work)
        opened = run(OPEN, str(doc), env=env)
        again = run(OPEN, str(doc), env=env)       # the proxies on disk from the first open
        starts, firsts = [], []
        start_up(env, work / "shot.png")           # the proxies of the demo's photos made, bytecode written
        for _ in range(5):
            starts.append(start_up(env, work / "shot.png"))
            firsts.append(run(FIRST_PAINT, repr(time.time()), env=env))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"drag step with live reflow and repaint (demo page): median {drag['median_ms']:.1f} ms "
          f"(CPU {drag['cpu_ms']:.1f} ms), 90th percentile {drag['p90_ms']:.1f} ms (target ≤ 16 ms)")
    print(slow(drag["median_ms"], "ms", 16, cal) + f"; from CPU time {drag['cpu_ms'] * SLOW_FACTOR:.1f} ms")
    print(f"the same drag step as the editor paints it (the damaged area through the event loop): median "
          f"{partial['median_ms']:.1f} ms, 90th percentile {partial['p90_ms']:.1f} ms")
    print(slow(partial["median_ms"], "ms", 16, cal))
    print(f"rubber band over the page's {band['selected']} items, one step (hit test, groups, selection, repaint): "
          f"median {band['median_ms']:.1f} ms, 90th percentile {band['p90_ms']:.1f} ms (target ≤ 16 ms)")
    print(slow(band["median_ms"], "ms", 16, cal))
    print(typed)
    print(f"open a document with 20 photos of 24 MP, to first paint (no proxy on disk yet: placeholders): {opened['first_paint_s']:.2f} s, "
          f"peak {opened['peak_mb']:.0f} MB (targets ≤ 3 s, ≤ 800 MB)")
    print(slow(opened["first_paint_s"], "s", 3, cal) + " (photos are made in the background, on every core)")
    print(f"    all 20 photos drawn: {opened['photos_s']:.2f} s (slow machine about {opened['photos_s'] * SLOW_FACTOR:.2f} s); "
          f"opened again (proxies on disk): first paint {again['first_paint_s']:.2f} s, photos drawn {again['photos_s']:.2f} s")
    first = statistics.median(f["first_paint_s"] for f in firsts)
    first_cpu = statistics.median(f["cpu_s"] for f in firsts)
    wall, cpu = statistics.median(w for w, _ in starts), statistics.median(c for _, c in starts)
    print(f"start-up to the demo page's first paint (a fresh process): median {first:.2f} s, CPU {first_cpu:.2f} s "
          f"(target ≤ 1.5 s)")
    print(slow(first, "s", 1.5, cal) + f"; from CPU time {first_cpu * SLOW_FACTOR:.2f} s")
    print(f"start-up, the whole --screenshot process (live check, PNG written): median {wall:.2f} s, CPU {cpu:.2f} s")
    print(slow(wall, "s", 1.5, cal) + f"; from CPU time {cpu * SLOW_FACTOR:.2f} s")


if __name__ == "__main__":
    main()
