"""Screen proxies: a small upright JPEG made once per photo (fast JPEG draft decoding) and kept on
disk by content, so that many 24-megapixel photos stay light; full resolution only for export."""
from __future__ import annotations

import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from layout_app.errors import Notice
from layout_app.imaging.pixels import flatten, shrink, white_level
from layout_app.imaging.source import (PROXY_NOT_WRITTEN, QUARTER_TURNS, PhotoError, content_key, load, open_photo,
                                      oriented_size, turn)

PROXY_EDGE = 1600        # pixels on the long edge: sharp on screen at fit-page and 100 % zoom
VERSION = 2              # 2: deep greys by their white level


@dataclass(frozen=True)
class Proxy:
    path: Path
    width: int           # proxy pixels
    height: int
    full_width: int      # the original, upright
    full_height: int
    checksum: str        # content key of the original


def proxy_dir() -> Path:
    base = os.environ.get("LAYOUT_APP_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "layout_app" / "proxy"


def make_proxy(path: str | Path, folder: Path | None = None, edge: int = PROXY_EDGE) -> Proxy:
    return make_proxy_picture(path, folder, edge)[0]


def make_proxy_picture(path: str | Path, folder: Path | None = None,
                       edge: int = PROXY_EDGE) -> tuple[Proxy, Image.Image | None]:
    """The proxy, and its RGB pixels when it was just made (None: it was on disk already): the
    screen shows them without reading back the JPEG it has just written."""
    path = Path(path)
    digest = content_key(path)
    with open_photo(path) as im:
        return _proxy(im, path, digest, folder or proxy_dir(), edge)


def _proxy(im: Image.Image, path: Path, digest: str, folder: Path, edge: int) -> tuple[Proxy, Image.Image | None]:
    full_w, full_h = oriented_size(im)
    name = f"{digest}-{edge}-v{VERSION}.jpg"
    target = folder / name
    if target.exists():
        with Image.open(target) as done:
            return Proxy(target, done.width, done.height, full_w, full_h, digest), None
    scale = min(1.0, edge / max(full_w, full_h))
    if im.format == "JPEG" and scale < 0.5:
        raw_w, raw_h = im.size
        im.draft("RGB" if im.mode != "CMYK" else "CMYK", (max(1, round(raw_w * scale)), max(1, round(raw_h * scale))))
    load(im, path)
    white = white_level(im)
    # resample before turning upright: the turn then moves proxy pixels, not the full photo's
    method = turn(im)
    size = (max(1, round(full_w * scale)), max(1, round(full_h * scale)))
    stored = size[::-1] if method in QUARTER_TURNS else size
    picture = shrink(im, stored, Image.Resampling.BILINEAR, reducing_gap=2.0)
    picture = picture.transpose(method) if method is not None else picture
    picture = picture.convert("RGB") if picture.mode == "CMYK" else flatten(picture, white)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir()) / "layout_app-proxy"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
    # one name per thread: the screen makes several proxies at once, maybe two of one content
    tmp = target.with_name(f".{name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        picture.save(tmp, "JPEG", quality=85)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PhotoError(Notice(PROXY_NOT_WRITTEN, path=path, folder=folder, reason=exc.strerror or exc)) from None
    return Proxy(target, size[0], size[1], full_w, full_h, digest), picture
