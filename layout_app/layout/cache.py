"""What the composer remembers between compositions: story flows and per-line glyph runs.

Two separate least-recently-used stores, each bounded on its own, so a drag that makes new flows
never pushes out the glyph runs of the lines it did not move (an editor composes the same page
again on every drag step). Hits and misses are counted so the reuse can be measured."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any

from layout_app.layout.runs import line_runs

FLOWS_MAX = 512        # story flows: a few per story on every page an editor shows, and the undo states
RUNS_MAX = 16384       # glyph runs, one entry per set line: a broadsheet page holds about 1,000 lines
FRAMES_MAX = 256       # body frames drawn: reused while their story flowed as before (typing elsewhere)


class LRU:
    """A bounded mapping that drops the least recently used entry when full."""

    def __init__(self, maxsize: int):
        self.maxsize = maxsize
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The value for `key`, made by `make()` (and kept) on a miss."""
        try:
            value = self._items[key]
        except KeyError:
            self.misses += 1
            value = make()
            self._items[key] = value
            if len(self._items) > self.maxsize:
                self._items.popitem(last=False)
            return value
        self._items.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key: Hashable, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self.maxsize:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class LayoutCache:
    """One per open document: pass it to every Composer of that document."""

    def __init__(self, flows_max: int = FLOWS_MAX, runs_max: int = RUNS_MAX):
        self.flows = LRU(flows_max)
        self.frames = LRU(FRAMES_MAX)
        # runs(fonts, face, size, line, x0, y, color) → line_runs(...): functools' C LRU hashes the key
        # (a set line with all its glyph positions) once per lookup, which matters at ~1,000 per page
        self.runs = lru_cache(maxsize=runs_max)(line_runs)

    @property
    def runs_made(self) -> int:
        """Glyph runs set so far (cache misses)."""
        return self.runs.cache_info().misses
