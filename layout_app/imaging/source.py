"""Open a photo file safely: clear messages for missing, truncated, unsupported or bomb files."""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import struct
import warnings
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from layout_app.errors import QT_TRANSLATE_NOOP, InputError, Notice

# A newspaper photo is at most ~100 MP (medium-format backs); beyond that a file is a decompression
# bomb or a damaged header, not a photo. The bound also keeps one decoded photo under ~500 MB.
MAX_PIXELS = 120_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ImageFile.LOAD_TRUNCATED_IMAGES = False

# EXIF orientations that turn the picture by 90°: width and height swap.
_SWAPS = {5, 6, 7, 8}

# What Pillow raises on a malformed file besides OSError: a damaged file, not a bug of ours. ValueError
# is what tests/fuzz/test_fuzz_photos.py finds (oversized or misdeclared chunks); SyntaxError,
# struct.error and EOFError are what Pillow's header parsers raise.
DAMAGED = (SyntaxError, ValueError, struct.error, EOFError)


class PhotoError(InputError):
    """A photo file that cannot be used; the message names the file and what to do (a Notice: the
    editor says it in its language)."""


MISSING = QT_TRANSLATE_NOOP("Intake", "photo missing: {path} — relink it or put the file back")
UNREADABLE = QT_TRANSLATE_NOOP("Intake", "photo unreadable: {path} ({reason})")
SYMLINK_LOOP = QT_TRANSLATE_NOOP("Intake", "symlink loop")
A_FOLDER = QT_TRANSLATE_NOOP("Intake", "a folder, not a file")
NO_PERMISSION = QT_TRANSLATE_NOOP("Intake", "Permission denied")
# the caches beside the photos (proxy.py, printready.py): their folder refused a write
PROXY_NOT_WRITTEN = QT_TRANSLATE_NOOP("Intake", "cannot write the screen proxy of {path} in {folder}: {reason}")
PRINT_NOT_WRITTEN = QT_TRANSLATE_NOOP("Intake", "cannot write the print conversion of {path} to {folder}: {reason}")
NOT_REGULAR = QT_TRANSLATE_NOOP("Intake", "photo unreadable: {path} (not a regular file: a device, pipe or folder)")
METADATA_BOMB = QT_TRANSLATE_NOOP("Intake", "{path}: refused: a metadata block (PNG text or colour profile) unpacks to "
                                            "over 1 MB — not a photo's metadata; save the photo again without it")
DAMAGED_FILE = QT_TRANSLATE_NOOP("Intake", "{path}: damaged or truncated image file ({detail}) — ask the photo desk to send "
                                      "it again")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP("Intake", "{path}: refused: over {mp} megapixels — not a photo, or a damaged file")
DAMAGED_HEADER = QT_TRANSLATE_NOOP("Intake", "{path}: damaged {kind} file (its header cannot be read) — ask the photo "
                                             "desk to send it again")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("Intake", "{path}: not an image format layout_app reads (JPEG, PNG, TIFF, WebP)")
NO_PIXELS = QT_TRANSLATE_NOOP("Intake", "{path}: damaged image file (it declares {w}×{h} pixels)")
TRUNCATED = QT_TRANSLATE_NOOP("Intake", "{path}: damaged or truncated image file (its header says {w}×{h} pixels but "
                                        "only {n} bytes of picture data follow) — ask the photo desk to send it again")


def unreadable(path: Path, exc: OSError) -> PhotoError:
    """The file system refused: say why in plain words (a symlink loop, no permission, a folder)."""
    if exc.errno == errno.ENOENT:
        return PhotoError(Notice(MISSING, path=path))
    reason = {errno.ELOOP: Notice(SYMLINK_LOOP), errno.EISDIR: Notice(A_FOLDER), errno.EACCES: Notice(NO_PERMISSION),
              errno.EPERM: Notice(NO_PERMISSION)}.get(exc.errno, exc.strerror)
    return PhotoError(Notice(UNREADABLE, path=path, reason=reason or str(exc)))


def damaged(path: Path, exc: BaseException) -> PhotoError:
    detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    if "Decompressed data too large" in detail:        # PNG zTXt/iTXt/iCCP over Pillow's 1 MB bound
        return PhotoError(Notice(METADATA_BOMB, path=path))
    return PhotoError(Notice(DAMAGED_FILE, path=path, detail=detail))


def regular_file(path: Path) -> None:
    """A photo is a regular file: a device (/dev/zero), a pipe or a folder would be read for ever or
    block, so it is refused before anything opens it."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise unreadable(path, exc) from None
    if not stat.S_ISREG(st.st_mode):
        raise PhotoError(Notice(NOT_REGULAR, path=path))


def content_key(path: Path) -> str:
    """A short hash of the file's bytes: caches are keyed by content, not by name or date."""
    regular_file(path)
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError as exc:
        raise unreadable(path, exc) from None
    return h.hexdigest()[:24]


def _quiet_pillow() -> None:
    """Pillow warns when it skips a damaged metadata tag ("Corrupt EXIF data", "Truncated File Read")
    and goes on; what cannot be used becomes a PhotoError naming the file, so the warnings are only
    noise on the terminal. A filter, not catch_warnings (exports read photos on several threads),
    set again on each open because test runners and catch_warnings blocks restore the filter list."""
    warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")


def open_photo(path: Path) -> Image.Image:
    """The image, not yet decoded (Pillow decodes on load), with its format checked."""
    _quiet_pillow()
    regular_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        _check_jpeg_length(path)             # a lying JPEG header is a damaged file, and says so
        raise PhotoError(Notice(TOO_MANY_PIXELS, path=path, mp=MAX_PIXELS // 1_000_000)) from None
    except UnidentifiedImageError:
        kind = _signature(path)
        if kind:                             # it starts like a photo: damaged, not a wrong format
            raise PhotoError(Notice(DAMAGED_HEADER, path=path, kind=kind)) from None
        raise PhotoError(Notice(NOT_AN_IMAGE, path=path)) from None
    except OSError as exc:
        raise (unreadable(path, exc) if exc.errno else damaged(path, exc)) from None
    except DAMAGED as exc:
        raise damaged(path, exc) from None
    try:
        if im.width < 1 or im.height < 1:
            raise PhotoError(Notice(NO_PIXELS, path=path, w=im.width, h=im.height))
        if im.format == "JPEG":
            _check_jpeg_length(path)
    except PhotoError:
        im.close()
        raise
    return im


_SIGNATURES = ((b"\xff\xd8", "JPEG"), (b"\x89PNG", "PNG"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
               (b"RIFF", "WebP"))


def _signature(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        return None
    if head.startswith(b"RIFF") and head[8:12] != b"WEBP":
        return None
    return next((kind for magic, kind in _SIGNATURES if head.startswith(magic)), None)


def oriented_size(im: Image.Image) -> tuple[int, int]:
    """Width and height as the photo is meant to be seen (EXIF orientation applied)."""
    w, h = im.size
    return (h, w) if orientation(im) in _SWAPS else (w, h)


def orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112, 1)
    except (OSError, SyntaxError, ValueError, KeyError, IndexError, TypeError, struct.error):
        return 1                            # a damaged EXIF block: the photo as stored
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


_UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
            5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_90}


QUARTER_TURNS = {_UPRIGHT[k] for k in _SWAPS}


def turn(im: Image.Image) -> Image.Transpose | None:
    """How to turn the stored picture upright (EXIF orientation), or None."""
    return _UPRIGHT.get(orientation(im))


def stored_box(box: tuple[float, float, float, float], method: Image.Transpose | None, w: int, h: int
               ) -> tuple[float, float, float, float]:
    """A box on the upright picture, on the stored picture (w × h) that `method` turns upright."""
    T = Image.Transpose
    inverse = {                  # upright point (x, y) → stored point
        None: lambda x, y: (x, y),
        T.FLIP_LEFT_RIGHT: lambda x, y: (w - x, y),
        T.ROTATE_180: lambda x, y: (w - x, h - y),
        T.FLIP_TOP_BOTTOM: lambda x, y: (x, h - y),
        T.TRANSPOSE: lambda x, y: (y, x),
        T.ROTATE_270: lambda x, y: (y, h - x),
        T.TRANSVERSE: lambda x, y: (w - y, h - x),
        T.ROTATE_90: lambda x, y: (w - y, x),
    }[method]
    (x0, y0), (x1, y1) = inverse(box[0], box[1]), inverse(box[2], box[3])
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def load(im: Image.Image, path: Path) -> Image.Image:
    """Decode, turning a truncated or corrupt file into a clear message."""
    try:
        im.load()
    except OSError as exc:
        raise (unreadable(path, exc) if exc.errno else damaged(path, exc)) from None
    except DAMAGED as exc:
        raise damaged(path, exc) from None
    return im


def _check_jpeg_length(path: Path) -> None:
    """libjpeg fills a scan that ends early with flat grey and Pillow cannot tell (it only sees the end
    marker arrive): a header claiming 14000×14000 over a few kB of data would print grey, unflagged.
    A Huffman-coded scan spends at least one bit per 8×8 block on each block's DC value, so fewer
    bytes after the start of scan than a component has blocks / 8 is a truncated file."""
    frame = _jpeg_frame(path)
    if frame is None:
        return
    arithmetic, (w, h), sampling, scan_at = frame
    if arithmetic or not sampling:
        return                               # arithmetic coding has no per-block floor
    hmax = max(s[0] for s in sampling)
    vmax = max(s[1] for s in sampling)
    blocks = min(_ceil(_ceil(w * hs, hmax), 8) * _ceil(_ceil(h * vs, vmax), 8) for hs, vs in sampling)
    data = os.path.getsize(path) - scan_at
    if data * 8 < blocks:
        raise PhotoError(Notice(TRUNCATED, path=path, w=w, h=h, n=data))


def _jpeg_frame(path: Path) -> tuple[bool, tuple[int, int], list[tuple[int, int]], int] | None:
    """(arithmetic coded, size, each component's sampling, offset of the first scan's data), from the
    markers before the first scan; None when the header cannot be walked (Pillow then decides)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(2) != b"\xff\xd8":
                return None
            arithmetic, size, sampling = False, (0, 0), []
            while True:
                marker = fh.read(2)
                while marker[:1] == b"\xff" and marker[1:] == b"\xff":    # fill bytes
                    marker = b"\xff" + fh.read(1)
                if len(marker) < 2 or marker[0] != 0xFF:
                    return None
                length = struct.unpack(">H", fh.read(2))[0]
                if length < 2:                  # a length that does not count itself: damaged
                    return None
                body = fh.read(length - 2)
                code = marker[1]
                if 0xC0 <= code <= 0xCF and code not in (0xC4, 0xC8, 0xCC):      # a start of frame
                    arithmetic = code >= 0xC9
                    size = struct.unpack(">HH", body[1:5])[::-1]
                    sampling = [(b >> 4, b & 15) for b in body[7:6 + 3 * body[5]:3]]
                    if any(h == 0 or v == 0 for h, v in sampling):
                        return None
                elif code == 0xDA:
                    return arithmetic, size, sampling, fh.tell()
    except (OSError, struct.error, IndexError):
        return None


def _ceil(a: int, b: int) -> int:
    return -(-a // b)
