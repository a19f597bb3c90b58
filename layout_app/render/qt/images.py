"""Screen proxies of photos: decoded small (JPEG DCT scaling), kept in memory by path and mtime.
Full resolution is never decoded for the screen."""
from __future__ import annotations

import os
from collections import OrderedDict

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

PROXY_EDGE = 1600       # longest edge of a screen proxy, pixels
MAX_PROXIES = 64


class ImageCache:
    def __init__(self, edge: int = PROXY_EDGE):
        self.edge = edge
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
        reader = QImageReader(path)
        reader.setAutoTransform(True)        # EXIF orientation
        full = reader.size()
        result = None
        if full.isValid():
            w, h = full.width(), full.height()
            if reader.transformation().value & 4:   # rotated by 90°: EXIF swaps the axes
                w, h = h, w
            scale = min(1.0, self.edge / max(w, h))
            reader.setScaledSize(QSize(max(1, round(full.width() * scale)), max(1, round(full.height() * scale))))
            image = reader.read()
            if not image.isNull():
                result = (image, w, h)
        self._cache[key] = result
        while len(self._cache) > MAX_PROXIES:
            self._cache.popitem(last=False)
        return result
