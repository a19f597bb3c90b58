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
