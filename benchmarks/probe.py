"""Shared by the benchmarks: run a measuring snippet in a fresh process and read its JSON answer.

Peak memory is the process's VmHWM: unlike ru_maxrss, it does not inherit the peak of the benchmark
process that started it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PEAK = r"""
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""


def run(code: str, *args: str, **env: str) -> dict:
    """Run `code` (which prints one JSON line last) with PYTHONPATH at the project and extra env."""
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    out = subprocess.run([sys.executable, "-c", PEAK + code, *args], env=full_env, capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def calibration() -> str:
    """The speed of this machine, printed beside every figure: 10 million pure-Python additions
    (1.44 s on the slow machine the editor targets are set for). Best of three."""
    import time

    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        total = 0
        for i in range(10_000_000):
            total += i
        best = min(best, time.perf_counter() - t)
    return f"calibration: 10 million pure-Python additions take {best:.2f} s on this machine (slow reference 1.44 s)"
