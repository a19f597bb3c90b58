"""Benchmark: export a 16-page edition built from the demo page, on all cores and on one.
Run: python benchmarks/edition.py"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import calibration  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from layout_app.assets import DEMO_DIR  # noqa: E402
from layout_app.io.edition import load_edition  # noqa: E402
from layout_app.render.pdf.edition import export_edition  # noqa: E402


def main() -> None:
    print(calibration())
    work = Path(tempfile.mkdtemp(prefix="layout_app_edition_"))
    os.environ["LAYOUT_APP_CACHE"] = str(work / "cache")
    try:
        shutil.copytree(DEMO_DIR / "photos", work / "photos")
        shutil.copy(DEMO_DIR / "demo.yaml", work / "a.yaml")
        lines = ["edition: 1", "paper: 示范报", "date: 2026-11-28", 'naming: "{date}_{section}{page:02}.pdf"', "pages:"]
        lines += [f"- {{page: {k}, section: {'A' if k <= 8 else 'B'}, file: a.yaml}}" for k in range(1, 17)]
        (work / "edition.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        edition = load_edition(work / "edition.yaml")
        export_edition(edition, work / "warm", workers=1)          # photo conversions cached once
        timings, cpu = {}, {}
        for workers in (1, os.cpu_count() or 1):
            t, c = time.perf_counter(), _cpu()
            results = export_edition(edition, work / f"out{workers}", workers=workers)
            timings[workers] = time.perf_counter() - t
            cpu[workers] = _cpu() - c
            assert all(r.status == "ok" for r in results), [r for r in results if r.status != "ok"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cores = max(timings)
    print(f"16 pages on 1 core: {timings[1]:.1f} s ({16 / timings[1]:.1f} pages/s), {cpu[1]:.2f} s CPU")
    print(f"16 pages on {cores} cores: {timings[cores]:.1f} s ({16 / timings[cores]:.1f} pages/s), "
          f"speed-up {timings[1] / timings[cores]:.2f}×; {cpu[cores]:.2f} s CPU in all processes "
          f"(a machine busy with other work: CPU seconds per page tell what the cores would give alone)")


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


if __name__ == "__main__":
    main()
