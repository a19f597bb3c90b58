"""Benchmark: load the shipped fonts and their metrics, as the app does at start-up.

Runs each measurement in a fresh interpreter. 'cold' clears the metrics cache first (the first
start after install); 'warm' is every start after that.
Run: python benchmarks/startup.py [--rounds N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from probe import calibration  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PROBE = ("import time; t = time.perf_counter(); from layout_app.text.fonts import registry; "
         "r = registry(); r.load_all(); r.merged_advances('song'); print((time.perf_counter() - t) * 1000)")


def run(cache: str) -> float:
    env = dict(os.environ, LAYOUT_APP_CACHE=cache, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    print(calibration())
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    cache = tempfile.mkdtemp(prefix="layout_app_bench_")
    try:
        cold = []
        for _ in range(3):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(run(cache))
        warm = [run(cache) for _ in range(args.rounds)]
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(f"fonts + metrics, 5 faces: cold (first start) median {statistics.median(cold):.0f} ms; "
          f"warm median {statistics.median(warm):.0f} ms over {args.rounds} starts (target ≤ 300 ms)")


if __name__ == "__main__":
    main()
