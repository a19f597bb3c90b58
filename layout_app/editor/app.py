"""Start the desktop app: `layout-app [DOC.yaml] [--screenshot FILE.png]`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from layout_app.assets import DEMO_DIR
from layout_app.errors import InputError


def parse(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="layout-app", description="Chinese newspaper page layout. "
                                 "Without a document, opens the built-in demo page. Commands: typeset (see layout-app typeset -h).")
    ap.add_argument("document", nargs="?", help="a layout_app document (.yaml)")
    ap.add_argument("--screenshot", metavar="FILE.png", help="draw the window once, save a picture, exit")
    ap.add_argument("--page", type=int, default=1, help="page number to show first")
    return ap.parse_args(argv)


def run(argv: list[str]) -> int:
    args = parse(argv)
    from layout_app.io.docfile import load_document

    path = Path(args.document) if args.document else DEMO_DIR / "demo.yaml"
    doc = load_document(path)           # InputError → clear message from cli.main
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from layout_app.editor.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("layout_app")
    window = MainWindow(doc, path)
    numbers = [p.number for p in doc.pages]
    if args.page in numbers:
        window.page_index = numbers.index(args.page)
        window.relayout()
    window.show()
    if args.screenshot:
        app.processEvents()
        if not window.grab().save(args.screenshot):
            raise InputError(f"{args.screenshot}: cannot write the picture")
        return 0
    return app.exec()
