"""Screen proxies of photos in memory, by path and mtime; on disk they are made by
imaging.proxy (small, upright, cached by content). Full resolution is never decoded for the screen.

An editor's cache makes them in the background: a page opened with twenty new 24-megapixel photos is
painted at once with a placeholder in each photo frame, and each photo appears as its proxy arrives.
It also reads a proxy only as large as the page draws it: at fit-page zoom a 1,600-pixel proxy is drawn
some 200 pixels wide, and a JPEG decodes at 1/2, 1/4 or 1/8 of its size for a fraction of the time
(DCT scaling). Zoomed in beyond that, the whole proxy is read in the background and the smaller one
drawn meanwhile."""
from __future__ import annotations

import os
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageReader

from layout_app.imaging.proxy import make_proxy_picture
from layout_app.imaging.source import PhotoError

MAX_PROXIES = 64
PENDING = "pending"        # proxy(): being made in the background, not yet here
# How long a paint waits for the proxies it has just asked for: proxies on disk (a few ms each) are
# drawn in the first paint instead of a placeholder and a second paint; new 24 MP photos are not waited for.
SOON_S = 0.1
REDUCTIONS = (8, 4, 2)     # the JPEG decoder's own scalings of a proxy, smallest picture first


class _Arrivals(QObject):
    """Carries 'a proxy is ready' from a worker thread to the GUI thread (a queued signal)."""
    arrived = Signal()


class ImageCache:
    def __init__(self, on_ready=None):
        """`on_ready(paths)`: called in the GUI thread with the paths of the photos whose proxies, made
        in the background, arrived; without it every proxy is made before it is drawn (proof pictures,
        exports of the screen)."""
        self._cache: OrderedDict[tuple[str, int], tuple[QImage, int, int] | None] = OrderedDict()
        self.on_ready = on_ready
        self._pending: dict[tuple[str, int], Future] = {}
        self._pool: ThreadPoolExecutor | None = None
        self._arrivals: _Arrivals | None = None
        self._reduced: dict[tuple[str, int], int] = {}     # held at a reduction: its long edge in pixels

    def proxy(self, path: str, wait: bool = True, pixels: float | None = None):
        """(proxy image, full width, full height), or None when the file is missing or unreadable;
        with wait=False in the background mode, PENDING while it is being made. `pixels`: the long
        edge the whole photo is drawn at (device pixels) — in the background mode a smaller picture
        of the proxy may do; without it, the whole proxy."""
        key = _key(path)
        if key is None:
            return None
        background = not wait and self.on_ready is not None
        if key in self._cache:
            self._cache.move_to_end(key)
            held = self._cache[key]
            reduced = self._reduced.get(key)
            if held is None or reduced is None or (pixels is not None and pixels <= reduced):
                return held
            if background:                   # zoomed in: the whole proxy comes, this one is drawn meanwhile
                if key not in self._pending:
                    self._submit(key, path)
                return held
            future = self._pending.get(key)
            return self._collect(key, future.result() if future is not None else _load(path))
        future = self._pending.get(key)
        if future is None and background:
            future = self._submit(key, path, pixels)
        if future is not None:
            if not wait:
                return PENDING
            held = self._collect(key, future.result())
            if key in self._reduced and pixels is None:     # begun as a reduction: the whole proxy asked for
                return self._keep(key, _load(path))
            return held
        return self._keep(key, _load(path))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self) -> None:
        """Wait for every proxy being made (a screenshot shows the photos) and hand them over."""
        if self._pending:
            wait(list(self._pending.values()))
            self._arrived()

    def stop(self) -> None:
        """The window closes: proxies not yet begun are dropped, so the app does not stay on to make
        them (one being made finishes: its file is written whole or not at all)."""
        pool, self._pool = self._pool, None
        self._pending.clear()                # first: cancelling calls the futures' callbacks here
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def prefetch(self, paths, pixels: dict[str, float] | None = None) -> None:
        """Make the proxies of `paths` not yet held, on as many threads as there are cores: Pillow
        decodes and resamples without holding the interpreter. In the background mode this starts them
        and waits SOON_S at most; otherwise it waits for all (twenty new photos waited one by one).
        `pixels`: path → the long edge it is drawn at (see proxy)."""
        todo = {}
        pixels = pixels or {}
        for path in paths:
            key = _key(path)
            if key is not None and key not in self._cache and key not in self._pending:
                todo[key] = path
        todo = dict(list(todo.items())[:MAX_PROXIES])
        if self.on_ready is not None:
            started = [self._submit(key, path, pixels.get(path)) for key, path in todo.items()]
            if started:                      # those ready soon are drawn now, not painted twice
                wait(started, timeout=SOON_S)
                for key in todo:             # (one done at once may have been taken by _arrived already)
                    future = self._pending.get(key)
                    if future is not None and future.done():
                        self._collect(key, future.result())
            return
        if len(todo) < 2:
            return
        with ThreadPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 1)) as pool:
            for key, result in zip(todo, pool.map(_load, todo.values())):
                self._keep(key, result)

    def _submit(self, key, path: str, pixels: float | None = None) -> Future:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="proxy")
            self._arrivals = _Arrivals()
            self._arrivals.arrived.connect(self._arrived)
        future = self._pending[key] = self._pool.submit(_load, path, pixels)
        future.add_done_callback(lambda _f: self._arrivals.arrived.emit())
        return future

    def _arrived(self) -> None:
        """In the GUI thread: take what is done, then tell the editor once."""
        done = [(key, f) for key, f in self._pending.items() if f.done()]
        for key, future in done:
            self._collect(key, future.result())
        if done and self.on_ready is not None:
            self.on_ready({key[0] for key, _ in done})

    def _collect(self, key, result):
        self._pending.pop(key, None)
        return self._keep(key, result)

    def _keep(self, key, result):
        """`result`: what _load gives: (image, full width, full height, reduced long edge or None) or None."""
        if result is not None:
            *result, reduced = result
            result = tuple(result)
            if reduced is None:
                self._reduced.pop(key, None)
            else:
                self._reduced[key] = reduced
        self._cache[key] = result
        while len(self._cache) > MAX_PROXIES:
            self._reduced.pop(self._cache.popitem(last=False)[0], None)
        return result


def _key(path: str) -> tuple[str, int] | None:
    try:
        return (path, os.stat(path).st_mtime_ns)
    except OSError:
        return None


def _load(path: str, pixels: float | None = None) -> tuple[QImage, int, int, int | None] | None:
    """(image, full width, full height, its long edge when it is a reduction of the proxy, else None)."""
    try:
        proxy, picture = make_proxy_picture(path)      # made once per photo, kept on disk by content
    except PhotoError:
        return None
    if picture is not None:                 # just made: its pixels, not the JPEG read back
        data = picture.convert("RGB").tobytes()
        image = QImage(data, picture.width, picture.height, 3 * picture.width,
                       QImage.Format.Format_RGB888).convertToFormat(QImage.Format.Format_RGB32)   # a copy
        return None if image.isNull() else (image, proxy.full_width, proxy.full_height, None)
    edge = max(proxy.width, proxy.height)
    by = next((d for d in REDUCTIONS if pixels is not None and edge / d >= pixels), 1)
    reader = QImageReader(str(proxy.path))
    if by > 1:                              # the decoder's own reduction: exactly its size, no rescaling
        reader.setScaledSize(QSize(-(-proxy.width // by), -(-proxy.height // by)))
    image = reader.read()
    return None if image.isNull() else (image, proxy.full_width, proxy.full_height, -(-edge // by) if by > 1 else None)
