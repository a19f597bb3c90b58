"""Start-up loads what the first paint needs: the PDF writer (pikepdf, reportlab) and the copy desk's
readers load at the first export or drop (about a tenth of the start-up's CPU time)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LATER = ("pikepdf", "reportlab", "layout_app.render.pdf.export", "layout_app.intake.importer")


def test_the_window_opens_without_the_pdf_writer_or_the_copy_readers(tmp_path):
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from layout_app.assets import DEMO_DIR\n"
            "from layout_app.editor.main_window import MainWindow\n"
            "from layout_app.io.docfile import load_document\n"
            "w = MainWindow(load_document(DEMO_DIR / 'demo.yaml'), None, DEMO_DIR, ask_save=lambda: 'discard')\n"
            "w.show(); app.processEvents(); w.grab()\n"
            f"print(' '.join(m for m in {LATER!r} if m in sys.modules))\n")
    env = {"PATH": "/usr/bin:/bin", "LAYOUT_APP_CACHE": str(tmp_path / "c"), "LAYOUT_APP_STATE": str(tmp_path / "s"),
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "", f"loaded at start-up: {out.stdout.strip()}"


FIRST_PAINT_LATER = ("layout_app.preflight.checks", "layout_app.imaging.printready", "layout_app.intake.structure",
                     "layout_app.intake.captions", "layout_app.editor.dropin", "layout_app.layout.autoplace")


def test_the_live_check_and_the_copy_desk_come_after_the_first_paint(tmp_path):
    """The page is painted before the live preflight check loads (its photo checks) and before the caption
    matcher and the drop code load; the check then runs on the next turn of the event loop, and its
    finding (the demo's overset made by shortening a body frame) reaches the list."""
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from dataclasses import replace\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from layout_app.assets import DEMO_DIR\n"
            "from layout_app.editor.canvas import PageCanvas\n"
            "from layout_app.editor.main_window import MainWindow\n"
            "from layout_app.io.docfile import load_document\n"
            "doc = load_document(DEMO_DIR / 'demo.yaml'); page = doc.pages[0]\n"
            "frames = tuple(replace(f, lines=3) if f.id == 'reading-body' else f for f in page.frames)\n"
            "doc = replace(doc, pages=(replace(page, frames=frames),))\n"
            "seen = []\n"
            "paint = PageCanvas.paintEvent\n"
            "def first(self, event):\n"
            "    paint(self, event)\n"
            "    seen.append(set(sys.modules) if not seen else None)\n"
            "PageCanvas.paintEvent = first\n"
            "w = MainWindow(doc, None, DEMO_DIR, ask_save=lambda: 'discard')\n"
            "w.show()\n"
            "import time; end = time.monotonic() + 60\n"
            "while (not seen or w.report.count() == 0) and time.monotonic() < end: app.processEvents()\n"
            f"print(' '.join(m for m in {FIRST_PAINT_LATER!r} if m in seen[0]))\n"
            "print(w.report.item(0).text().splitlines()[0] if w.report.count() else 'no live finding')\n")
    env = {"PATH": "/usr/bin:/bin", "LAYOUT_APP_CACHE": str(tmp_path / "c"), "LAYOUT_APP_STATE": str(tmp_path / "s"),
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    loaded, finding = out.stdout.splitlines()
    assert loaded == "", f"loaded before the first paint: {loaded}"
    assert finding.startswith("the body of 《青石镇：图书角里书香浓》 does not fit: 超 ")
