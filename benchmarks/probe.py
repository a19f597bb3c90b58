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
