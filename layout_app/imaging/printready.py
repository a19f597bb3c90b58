"""Photos for print: only the visible part, resampled to the target resolution at placed size
(never upsampled), EXIF orientation applied, converted to CMYK through the newsprint profile.
Conversions are cached on disk by content, so exporting the same page again converts nothing."""
from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

from layout_app.assets import ASSETS
from layout_app.errors import Notice
from layout_app.imaging.proxy import PROXY_EDGE, VERSION, proxy_dir
from layout_app.imaging.pixels import DEEP_GREY, flatten, grey8, shrink, white_level
from layout_app.imaging.source import (PRINT_NOT_WRITTEN, QUARTER_TURNS, PhotoError, content_key, load, open_photo,
                                      oriented_size, stored_box, turn)
from layout_app.geometry import Rect
from layout_app.layout.display import ImagePlacement, cover

PROFILE = ASSETS / "icc" / "SNAP-TR002-newsprint.icc"
CACHE_VERSION = 4      # 2: total ink limited; 3: Lab through a Lab profile, deep greys by their white level;
                       # 4: Huffman tables optimised (the same pixels, about 15 % fewer bytes)
JPEG_QUALITY = 90


@dataclass(frozen=True)
class PrintImage:
    path: Path            # a JPEG ready to embed
    width: int            # pixels
    height: int
    ppi: float            # effective resolution at placed size
    mode: str             # "CMYK" or "RGB"
    rect: Rect            # where it goes on the page (pt)


def cache_dir() -> Path:
    base = os.environ.get("LAYOUT_APP_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "layout_app" / "print"


def visible_box(full_w: int, full_h: int, placement: ImagePlacement) -> tuple[float, float, float, float]:
    """The part of the (oriented) image that shows in the frame, in image pixels."""
    x, y, w, h = cover(full_w, full_h, placement.crop, placement.rect, placement.fit)
    s = w / full_w                             # pt per pixel
    r = placement.rect
    c = placement.crop
    left = max(0.0, (r.x - x) / s, c.left * full_w)
    top = max(0.0, (r.y - y) / s, c.top * full_h)
    right = min(float(full_w), (r.right - x) / s, c.right * full_w)
    bottom = min(float(full_h), (r.bottom - y) / s, c.bottom * full_h)
    return left, top, right, bottom


def visible_rect(full_w: int, full_h: int, placement: ImagePlacement) -> Rect:
    """Where the visible part lands on the page: the frame itself, or less of it for a fitted photo."""
    x, y, w, h = cover(full_w, full_h, placement.crop, placement.rect, placement.fit)
    s = w / full_w
    left, top, right, bottom = visible_box(full_w, full_h, placement)
    return Rect(x + left * s, y + top * s, (right - left) * s, (bottom - top) * s)


def effective_ppi(full_w: int, full_h: int, placement: ImagePlacement) -> float:
    left, top, right, bottom = visible_box(full_w, full_h, placement)
    return (right - left) / (visible_rect(full_w, full_h, placement).width / 72.0)


_PROFILE_KEYS: dict[tuple, str] = {}


def _profile_key() -> str:
    """A hash of the newsprint profile (read again only when the file changed)."""
    st = PROFILE.stat()
    key = (st.st_size, st.st_mtime_ns)
    if key not in _PROFILE_KEYS:
        _PROFILE_KEYS[key] = hashlib.sha256(PROFILE.read_bytes()).hexdigest()[:12]
    return _PROFILE_KEYS[key]


_TRANSFORMS: dict = {}


def _to_cmyk(im: Image.Image, white: float | None = None) -> Image.Image:
    if im.mode == "CMYK":
        return im                              # already separated: the ink limit is applied on saving
    if im.mode in ("L", "LA", "La", "1", "F", *DEEP_GREY):
        grey = grey8(im, white)
        zero = Image.new("L", grey.size, 0)
        return Image.merge("CMYK", (zero, zero, zero, ImageOps.invert(grey)))   # greys print in black ink only
    if im.mode == "LAB":
        return ImageCms.applyTransform(im, _transform("LAB", None))
    rgb = flatten(im)
    return ImageCms.applyTransform(rgb, _transform("RGB", im.info.get("icc_profile")))


def _transform(mode: str, icc: bytes | None) -> ImageCms.ImageCmsTransform:
    """From the photo's colour space (its embedded profile; else sRGB, or CIE Lab D50 for Lab files)
    into the newsprint profile; built once per source profile."""
    key = (mode, hashlib.sha256(icc).hexdigest() if icc else None)
    transform = _TRANSFORMS.get(key)
    if transform is None:
        out = ImageCms.getOpenProfile(str(PROFILE))
        src = _embedded(icc) or ImageCms.createProfile("LAB" if mode == "LAB" else "sRGB")
        try:
            transform = _build(src, out, mode)
        except ImageCms.PyCMSError:            # a profile that does not fit the pixels (a CMYK or Lab
            # profile left on RGB by a converter) or that lcms cannot use: the default
            transform = _build(ImageCms.createProfile("LAB" if mode == "LAB" else "sRGB"), out, mode)
        _TRANSFORMS[key] = transform
    return transform


def _build(src, out, mode: str) -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(src, out, mode, "CMYK", renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                   flags=ImageCms.Flags.BLACKPOINTCOMPENSATION)


def _embedded(icc: bytes | None) -> ImageCms.ImageCmsProfile | None:
    if not icc:
        return None
    try:
        return ImageCms.ImageCmsProfile(BytesIO(icc))
    except (OSError, ImageCms.PyCMSError):
        return None                            # a broken embedded profile: the default


def decoded_before(digest: str) -> bool:
    """A print conversion or a screen proxy of this content is on disk: the file was decoded in full
    once (a truncated or corrupt file never gets one), so it need not be decoded again to check it."""
    if (proxy_dir() / f"{digest}-{PROXY_EDGE}-v{VERSION}.jpg").exists():
        return True
    prefix, suffix = f"{digest}-", f"-v{CACHE_VERSION}.jpg"     # names, not a glob: no pattern to compile
    try:
        with os.scandir(cache_dir()) as entries:
            return any(e.name.startswith(prefix) and e.name.endswith(suffix) for e in entries)
    except OSError:
        return False


# (file, size, mtime) → (content key, oriented width, height): a photo placed again in this process
# (the editor exporting again, an edition's pages) is neither hashed nor opened when its conversion
# is on disk
_SOURCES: dict[tuple, tuple[str, int, int]] = {}


def prepare(placement: ImagePlacement, target_ppi: float = 250.0, mode: str = "CMYK",
            cache: Path | None = None) -> PrintImage:
    """The print version of a placed photo, from the cache when it was made before."""
    src = Path(placement.path)
    try:
        st = src.stat()
        key: tuple | None = (str(src), st.st_size, st.st_mtime_ns)
    except OSError:
        key = None                            # open_photo says what is wrong
    known = _SOURCES.get(key) if key else None
    if known is not None:
        digest, full_w, full_h = known
        done = _target(digest, full_w, full_h, placement, target_ppi, mode, cache)
        if done[0].exists():
            return PrintImage(done[0], done[1], done[2], done[3], mode, done[4])
    digest = content_key(src)
    with open_photo(src) as im:
        image = _prepare(im, src, digest, placement, target_ppi, mode, cache)
        if key:
            if len(_SOURCES) > 4096:
                _SOURCES.clear()
            _SOURCES[key] = (digest, *oriented_size(im))
        return image


def _target(digest: str, full_w: int, full_h: int, placement: ImagePlacement, target_ppi: float, mode: str,
            cache: Path | None) -> tuple[Path, int, int, float, Rect, tuple, float]:
    """Where the conversion is cached, its size in pixels, its resolution at placed size, where it
    lands, the visible part of the photo and the resampling scale. The file name holds what it is
    made of: content, visible part, pixel size (the placed size and target ppi), mode, profile."""
    left, top, right, bottom = visible_box(full_w, full_h, placement)
    vis_w, vis_h = right - left, bottom - top
    placed = visible_rect(full_w, full_h, placement)
    ppi_here = vis_w / (placed.width / 72.0)
    scale = min(1.0, target_ppi / ppi_here) if ppi_here > 0 else 1.0     # never upsample
    out_w = max(1, round(vis_w * scale))
    out_h = max(1, round(vis_h * scale))
    profile = _profile_key() if mode == "CMYK" else "rgb"
    name = f"{digest}-{left:.1f}-{top:.1f}-{right:.1f}-{bottom:.1f}-{out_w}x{out_h}-{mode}-{profile}-v{CACHE_VERSION}.jpg"
    return ((cache or cache_dir()) / name, out_w, out_h, out_w / (placed.width / 72.0), placed,
            (left, top, right, bottom), scale)


def _prepare(im: Image.Image, src: Path, digest: str, placement: ImagePlacement, target_ppi: float, mode: str,
             cache: Path | None) -> PrintImage:
    full_w, full_h = oriented_size(im)
    path, out_w, out_h, ppi, placed, (left, top, right, bottom), scale = _target(
        digest, full_w, full_h, placement, target_ppi, mode, cache)
    folder = path.parent
    name = path.name
    if not path.exists():
        if im.format == "JPEG" and scale < 0.5:
            # decode at reduced scale in the DCT: fast, and still at least the needed pixels
            raw_w, raw_h = im.size
            im.draft(im.mode, (math.ceil(raw_w * scale), math.ceil(raw_h * scale)))
        load(im, src)
        white = white_level(im)                # of the whole photo, before resampling moves the extremes
        method = turn(im)
        upright_w, upright_h = im.size[::-1] if method in QUARTER_TURNS else im.size
        fx, fy = upright_w / full_w, upright_h / full_h            # a JPEG draft decodes smaller
        box = stored_box((left * fx, top * fy, right * fx, bottom * fy), method, im.width, im.height)
        size = (out_h, out_w) if method in QUARTER_TURNS else (out_w, out_h)
        # crop and resample the stored picture in one step, then turn the small result upright: no
        # full-size copy. Reducing by whole factors first (gap 3: indistinguishable from plain
        # Lanczos) keeps very large photos fast.
        picture = shrink(im, size, Image.Resampling.LANCZOS, box, reducing_gap=3.0)
        picture = picture.transpose(method) if method is not None else picture
        picture = _to_cmyk(picture, white) if mode == "CMYK" else flatten(picture, white)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:                      # no writable cache (a locked-down home): use the temp dir
            import tempfile

            folder = Path(tempfile.gettempdir()) / "layout_app-print"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            if picture.mode == "CMYK":            # held to newsprint's total ink, as decoded
                from layout_app.imaging.inklimit import cmyk_jpeg   # ImageMath: only when converting

                tmp.write_bytes(cmyk_jpeg(picture, JPEG_QUALITY))
            else:
                picture.save(tmp, "JPEG", quality=JPEG_QUALITY, optimize=True)
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise PhotoError(Notice(PRINT_NOT_WRITTEN, path=src, folder=folder, reason=exc.strerror or exc)) from None
    return PrintImage(path, out_w, out_h, ppi, mode, placed)
