"""Two editor windows on one edition (the editor's and a reporter's), each with its own connection:
how long a caption the reporter saves takes to reach the editor's window — its document changed and
its page composed again (target ≤ 0.5 s). SQLite, and PostgreSQL when its binaries are installed.

    QT_QPA_PLATFORM=offscreen python benchmarks/newsroom_windows.py [--rounds 20]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from probe import calibration  # noqa: E402

from layout_app.assets import DEMO_DIR  # noqa: E402
from layout_app.io.docfile import load_document  # noqa: E402
from layout_app.store import init_store, open_store  # noqa: E402


def measure(where: str, admin, rounds: int) -> list[float]:
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from layout_app.editor.newsroom import open_window

    app = QApplication.instance() or QApplication([])
    for name, role in (("ed", "editor"), ("rep", "reporter")):
        admin.add_user(name, role)
    admin.import_document("bench", load_document(DEMO_DIR / "demo.yaml"))
    editor = open_window(open_store(where, "ed"), "bench", 1, DEMO_DIR)
    reporter = open_window(open_store(where, "rep"), "bench", 1, DEMO_DIR)
    photo = reporter.controller.doc.photos[0].id
    times = []
    for n in range(rounds):
        text = f"说明第{n}稿"
        doc = reporter.controller.doc
        reporter.controller.apply(replace(doc, photos=tuple(replace(p, caption=text) if p.id == photo else p
                                                            for p in doc.photos)), "caption")
        start = time.perf_counter()
        reporter.newsroom.save()
        while editor.controller.doc.photo(photo).caption != text:
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - start > 5:
                raise SystemExit(f"round {n}: the caption did not arrive within 5 s")
        editor.canvas.displays.get(0)              # composed by the change's refresh
        times.append(time.perf_counter() - start)
    for w in (editor, reporter):
        w.newsroom.close()
    return times


def report(engine: str, times: list[float]) -> None:
    times = sorted(times)
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    print(f"{engine:10s} caption reporter → editor's window: median {statistics.median(times) * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms over {len(times)} saves")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    print(calibration())
    with tempfile.TemporaryDirectory() as tmp:
        where = str(Path(tmp) / "bench.sqlite")
        report("sqlite", measure(where, init_store(where, user="admin", role="chief"), args.rounds))
    try:
        from tests.store.pgserver import PgServer, ServerMissing
        server = PgServer().start()
    except (ImportError, ServerMissing) as exc:
        print(f"postgresql skipped: {exc}")
        return 0
    try:
        where = server.create_database("bench")
        report("postgresql", measure(where, init_store(where), args.rounds))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
