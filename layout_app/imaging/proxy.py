"""Screen proxies: a small upright JPEG made once per photo (fast JPEG draft decoding) and kept on
disk by content, so that many 24-megapixel photos stay light; full resolution only for export."""
from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from layout_app.errors import Notice
from layout_app.imaging.pixels import flatten, shrink, white_level
from layout_app.imaging.source import (PROXY_NOT_WRITTEN, QUARTER_TURNS, PhotoError, content_key, load, open_photo,
                                      oriented_size, turn)

PROXY_EDGE = 1600        # pixels on the long edge: sharp on screen at fit-page and 100 % zoom
VERSION = 2              # 2: deep greys by their white level
# A JPEG decodes at 1/2, 1/4 or 1/8 of its size almost for free (DCT scaling); a decode that lands up
# to 10 % under PROXY_EDGE is kept as it is: resampling 3000 px down to 1600 cost as much as the decode.
DRAFT_SLACK = 0.9
DECODES: deque[Path] = deque(maxlen=256)   # the photos last decoded for a proxy (tests count them)


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
    folder = folder or proxy_dir()
    known = _known_key(path, folder)
    digest = known or content_key(path)
    with open_photo(path) as im:
        made = _proxy(im, path, digest, folder, edge)
    if known is None:
        _remember_key(path, folder, digest)
    return made


def _file_id(path: Path) -> str | None:
    """The file as the file system knows it — where, which inode, size, modified and changed times
    (ctime moves on every write and cannot be set back) — hashed into a name; None if it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    said = f"{os.path.realpath(path)}\0{st.st_dev}\0{st.st_ino}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}"
    return hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _known_key(path: Path, folder: Path) -> str | None:
    """The content key found for this very file before: opening a document again does not read its
    photos through (twenty 24-megapixel JPEGs are ~90 MB) to learn what it already knows."""
    name = _file_id(path)
    if name is None:
        return None
    try:
        key = (folder / "files" / name).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return key if len(key) == 24 and all(c in "0123456789abcdef" for c in key) else None


def _remember_key(path: Path, folder: Path, digest: str) -> None:
    name = _file_id(path)
    if name is None:
        return
    where = folder / "files"
    tmp = where / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        where.mkdir(parents=True, exist_ok=True)
        tmp.write_text(digest, "ascii")
        os.replace(tmp, where / name)
    except OSError:                        # only a shortcut: without it the next open reads the file through
        tmp.unlink(missing_ok=True)


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
        least = scale * DRAFT_SLACK
        im.draft("RGB" if im.mode != "CMYK" else "CMYK", (max(1, round(raw_w * least)), max(1, round(raw_h * least))))
    load(im, path)
    DECODES.append(path)
    white = white_level(im)
    # resample before turning upright: the turn then moves proxy pixels, not the full photo's
    method = turn(im)
    if max(im.size) <= edge:        # decoded at a proxy's size (or a small photo): no resampling pass
        stored = im.size
        size = stored[::-1] if method in QUARTER_TURNS else stored
    else:
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
