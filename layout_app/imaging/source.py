"""Open a photo file safely: clear messages for missing, truncated, unsupported or bomb files."""
from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from layout_app.errors import InputError

# A newspaper photo is at most ~100 MP; beyond that a file is a decompression bomb, not a photo.
MAX_PIXELS = 200_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ImageFile.LOAD_TRUNCATED_IMAGES = False

# EXIF orientations that turn the picture by 90°: width and height swap.
_SWAPS = {5, 6, 7, 8}


class PhotoError(InputError):
    """A photo file that cannot be used; the message names the file and what to do."""


def content_key(path: Path) -> str:
    """A short hash of the file's bytes: caches are keyed by content, not by name or date."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except FileNotFoundError:
        raise PhotoError(f"photo missing: {path} — relink it or put the file back") from None
    except OSError as exc:
        raise PhotoError(f"photo unreadable: {path}: {exc.strerror}") from None
    return h.hexdigest()[:24]


def open_photo(path: Path) -> Image.Image:
    """The image, not yet decoded (Pillow decodes on load), with its format checked."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
    except FileNotFoundError:
        raise PhotoError(f"photo missing: {path} — relink it or put the file back") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"{path}: refused: over {MAX_PIXELS // 1_000_000} megapixels — not a photo, or a damaged file") from None
    except UnidentifiedImageError:
        raise PhotoError(f"{path}: not an image format layout_app reads (JPEG, PNG, TIFF, WebP)") from None
    except OSError as exc:
        raise PhotoError(f"{path}: unreadable: {exc}") from None
    return im


def oriented_size(im: Image.Image) -> tuple[int, int]:
    """Width and height as the photo is meant to be seen (EXIF orientation applied)."""
    try:
        orientation = im.getexif().get(0x0112, 1)
    except (OSError, SyntaxError, ValueError, KeyError, IndexError, TypeError):
        orientation = 1                     # a damaged EXIF block: the photo as stored
    w, h = im.size
    return (h, w) if orientation in _SWAPS else (w, h)


def load(im: Image.Image, path: Path) -> Image.Image:
    """Decode, turning a truncated or corrupt file into a clear message."""
    try:
        im.load()
    except (OSError, SyntaxError, ValueError) as exc:
        raise PhotoError(f"{path}: damaged or truncated image file ({exc}) — ask the photo desk to send it again") from None
    return im
