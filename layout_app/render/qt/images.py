"""Screen proxies of photos in memory, by path and mtime; on disk they are made by
imaging.proxy (small, upright, cached by content). Full resolution is never decoded for the screen."""
from __future__ import annotations

import os
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtGui import QImage

from layout_app.imaging.proxy import make_proxy_picture
from layout_app.imaging.source import PhotoError

MAX_PROXIES = 64


class ImageCache:
    def __init__(self):
        self._cache: OrderedDict[tuple[str, int], tuple[QImage, int, int] | None] = OrderedDict()

    def proxy(self, path: str) -> tuple[QImage, int, int] | None:
        """(proxy image, full width, full height), or None when the file is missing or unreadable."""
        key = _key(path)
        if key is None:
            return None
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        return self._keep(key, _load(path))

    def prefetch(self, paths) -> None:
        """Make and read the proxies of `paths` not yet held, on as many threads as there are cores:
        Pillow decodes and resamples without holding the interpreter, and a page that shows twenty
        new photos waited for them one after the other."""
        todo = {}
        for path in paths:
            key = _key(path)
            if key is not None and key not in self._cache:
                todo[key] = path
        if len(todo) < 2:
            return
        todo = dict(list(todo.items())[:MAX_PROXIES])
        with ThreadPoolExecutor(max_workers=min(len(todo), os.cpu_count() or 1)) as pool:
            for key, result in zip(todo, pool.map(_load, todo.values())):
                self._keep(key, result)

    def _keep(self, key, result):
        self._cache[key] = result
        while len(self._cache) > MAX_PROXIES:
            self._cache.popitem(last=False)
        return result


def _key(path: str) -> tuple[str, int] | None:
    try:
        return (path, os.stat(path).st_mtime_ns)
    except OSError:
        return None


def _load(path: str) -> tuple[QImage, int, int] | None:
    try:
        proxy, picture = make_proxy_picture(path)      # made once per photo, kept on disk by content
    except PhotoError:
        return None
    if picture is not None:                 # just made: its pixels, not the JPEG read back
        data = picture.convert("RGB").tobytes()
        image = QImage(data, picture.width, picture.height, 3 * picture.width,
                       QImage.Format.Format_RGB888).convertToFormat(QImage.Format.Format_RGB32)   # a copy
        return None if image.isNull() else (image, proxy.full_width, proxy.full_height)
    image = QImage(str(proxy.path))
    return None if image.isNull() else (image, proxy.full_width, proxy.full_height)
