"""kill -9 of a desk in the middle of a save: the store holds the previous or the new version of the
save, never a mix, and stays readable and writable (both engines)."""
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from layout_app.store.desk import Desk
from tests.store.newsroom import imported, with_caption

ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_mid_save_leaves_one_whole_version(stores):
    ed_name = imported(stores)
    stamps = set()
    for delay in (0.35, 0.8, 1.3):
        proc = subprocess.Popen([sys.executable, "-m", "tests.store.saver", stores.where, "ed", ed_name], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        committed = [int(m.group(1)) for m in re.finditer(r"committed (\d+)", proc.stdout.read())]
        assert committed, "the saver committed nothing before it was killed"
        doc = stores.open("chief").export_document(ed_name)          # readable: every record valid
        heads = {s.headline.split(" ")[0] for s in doc.stories}
        assert len(heads) == 1, f"a mix of saves: {sorted(heads)}"
        n = int(heads.pop()[1:-1])
        assert n in (committed[-1], committed[-1] + 1)               # the last save, or the one it was making
        stamps.add(n)
        history = stores.admin.history(ed_name, "story", doc.stories[0].id)
        assert [v.version for v in history] == list(range(1, len(history) + 1))     # no gap, no half
    desk = Desk(stores.open("rep"), ed_name)                           # and the store takes saves again
    assert desk.save(with_caption(desk.document(), "之后的说明")).conflicts == []
