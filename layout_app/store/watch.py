"""Live changes: a thread per watched edition that calls back for every record another desk (or this
one) changed. The engines differ only in how they learn of a commit."""
from __future__ import annotations

import threading
from typing import Callable

from layout_app.store.base import Change


class Watcher:
    def __init__(self, edition: str, callback: Callable[[Change], None]):
        self.edition, self.callback = edition, callback
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.run_loop, name=f"watch {edition}", daemon=True)
        self.thread.start()

    def run_loop(self) -> None:
        raise NotImplementedError

    def deliver(self, change: Change) -> None:
        self.callback(change)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
