"""Benchmark: the broadsheet page of issue 13 (benchmarks/broadsheet.py) exported by `layout-app export`
and set by typst, in turn, each in a fresh process; the figure is the median of the per-pair ratio
ours / typst, which survives a machine loaded by other work better than either time alone.

Both run as a user runs them: a fresh Python process with compiled bytecode on disk (a private
PYTHONPYCACHEPREFIX, filled by a warm-up run of each), the same fonts (assets/fonts only, no system
fonts), the same six photos. Ours is the repeated export (photo cache warm: the print conversions
were made by the warm-up); 'first' is ours with every cache empty. CPU time and peak memory (max RSS)
come from the kernel's accounting of each child (wait4).

typst is the optional `bench` extra: pip install -e '.[bench]'.
Run: python benchmarks/vs_typst.py [--pairs 5]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import broadsheet  # noqa: E402
import probe  # noqa: E402

TYPST = """
import sys, typst
typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]], ignore_system_fonts=True)
"""


def timed(cmd: list[str], env: dict, cwd: Path) -> dict:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one fresh child process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--first", type=int, default=3, help="cold-cache exports of ours to take")
    args = ap.parse_args()
    if importlib.util.find_spec("typst") is None:     # the optional bench extra, run in the child processes
        raise SystemExit("typst is not installed: pip install -e '.[bench]' (the optional bench extra)")
    print(probe.calibration())
    work = Path(tempfile.mkdtemp(prefix="layout_app_vs_typst_"))
    try:
        # built in a child process: this one stays small, so a child's peak (wait4's ru_maxrss, which
        # counts the forked copy of this process before exec) is the child's own
        built = subprocess.run([sys.executable, "-c", f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
                                f"import broadsheet; from pathlib import Path; "
                                f"print(json.dumps(broadsheet.build(Path({str(work)!r}))))"],
                               capture_output=True, text=True, check=True)
        page = json.loads(built.stdout)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(work / "pyc"), LAYOUT_APP_CACHE=str(work / "cache"))
        ours = [sys.executable, "-m", "layout_app", "export", "page.yaml", "-o", "ours.pdf"]
        theirs = [sys.executable, "-c", TYPST, "page.typ", "typst.pdf", str(ROOT / "assets" / "fonts")]
        first = []
        for _ in range(args.first):
            shutil.rmtree(work / "cache", ignore_errors=True)
            first.append(timed(ours, env, work))
        timed(theirs, env, work)                       # warm-up: bytecode on disk
        pairs = []
        for k in range(args.pairs):                    # in turn; who goes first alternates
            if k % 2:
                t, o = timed(theirs, env, work), timed(ours, env, work)
            else:
                o, t = timed(ours, env, work), timed(theirs, env, work)
            pairs.append((o, t))
        sizes = {name: (work / name).stat().st_size / 1e6 for name in ("ours.pdf", "typst.pdf")}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    med = statistics.median
    print(f"page: {page['characters']} characters of body, {page['distinct']} different hanzi, "
          f"{broadsheet.PHOTOS} photos {broadsheet.PHOTO_SIZE[0]}×{broadsheet.PHOTO_SIZE[1]}")
    for o, t in pairs:
        print(f"  pair: ours {o['wall']:.2f} s wall {o['cpu']:.2f} s CPU {o['peak_mb']:.0f} MB | "
              f"typst {t['wall']:.2f} s wall {t['cpu']:.2f} s CPU {t['peak_mb']:.0f} MB | "
              f"ratio {o['wall'] / t['wall']:.2f} wall, {o['cpu'] / t['cpu']:.2f} CPU")
    print(f"repeated export, fresh process: ours/typst median ratio {med(o['wall'] / t['wall'] for o, t in pairs):.2f} "
          f"wall, {med(o['cpu'] / t['cpu'] for o, t in pairs):.2f} CPU over {len(pairs)} pairs (target ≤ 1.0)")
    print(f"  ours: median {med(o['wall'] for o, _ in pairs):.2f} s wall, {med(o['cpu'] for o, _ in pairs):.2f} s CPU, "
          f"peak {max(o['peak_mb'] for o, _ in pairs):.0f} MB (target ≤ 200 MB); "
          f"typst: median {med(t['wall'] for _, t in pairs):.2f} s wall, {med(t['cpu'] for _, t in pairs):.2f} s CPU, "
          f"peak {max(t['peak_mb'] for _, t in pairs):.0f} MB")
    print(f"first export (every cache empty): median {med(r['wall'] for r in first):.2f} s wall, "
          f"{med(r['cpu'] for r in first):.2f} s CPU, peak {max(r['peak_mb'] for r in first):.0f} MB")
    print(f"PDF size: ours {sizes['ours.pdf']:.2f} MB (CMYK photos at 250 ppi), "
          f"typst {sizes['typst.pdf']:.2f} MB (the 3000×2000 originals)")


if __name__ == "__main__":
    main()
