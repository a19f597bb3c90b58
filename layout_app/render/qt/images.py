"""Screen proxies of photos in memory, by path and mtime; on disk they are made by
imaging.proxy (small, upright, cached by content). Full resolution is never decoded for the screen."""
from __future__ import annotations

import os
from collections import OrderedDict

from PySide6.QtGui import QImage

from layout_app.imaging.proxy import make_proxy
from layout_app.imaging.source import PhotoError

MAX_PROXIES = 64


class ImageCache:
    def __init__(self):
        self._cache: OrderedDict[tuple[str, int], tuple[QImage, int, int] | None] = OrderedDict()

    def proxy(self, path: str) -> tuple[QImage, int, int] | None:
        """(proxy image, full width, full height), or None when the file is missing or unreadable."""
        try:
            key = (path, os.stat(path).st_mtime_ns)
        except OSError:
            return None
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        try:
            proxy = make_proxy(path)            # made once per photo, kept on disk by content
        except PhotoError:
            proxy = None
        result = None
        if proxy is not None:
            image = QImage(str(proxy.path))
            if not image.isNull():
                result = (image, proxy.full_width, proxy.full_height)
        self._cache[key] = result
        while len(self._cache) > MAX_PROXIES:
            self._cache.popitem(last=False)
        return result
