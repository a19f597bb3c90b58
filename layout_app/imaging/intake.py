"""Photo files in: metadata caption and credit, size, content checksum and a screen proxy."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from layout_app.errors import QT_TRANSLATE_NOOP, Notice
from layout_app.imaging.metadata import PhotoText, read_photo_text
from layout_app.imaging.proxy import Proxy, make_proxy
from layout_app.imaging.source import PhotoError, open_photo

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"}


@dataclass(frozen=True)
class IncomingPhoto:
    path: Path
    text: PhotoText
    proxy: Proxy

    @property
    def megapixels(self) -> float:
        return self.proxy.full_width * self.proxy.full_height / 1e6


HEIC = QT_TRANSLATE_NOOP("Intake", "{path}: HEIC photos are not read yet; export it as JPEG from the phone or photo tool")


def import_photo(path: str | Path, proxies: Path | None = None) -> IncomingPhoto:
    path = Path(path)
    if path.suffix.lower() in (".heic", ".heif"):
        raise PhotoError(Notice(HEIC, path=path))
    with open_photo(path) as im:
        text = read_photo_text(im)
    return IncomingPhoto(path, text, make_proxy(path, proxies))


def photo_files(paths: list[str | Path]) -> list[Path]:
    """Files given one by one or as folders (their photos, sorted by name)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.suffix.lower() in PHOTO_SUFFIXES))
        else:
            out.append(p)
    return out
