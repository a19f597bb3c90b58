"""Pixel modes: whatever a photo file decodes to, brought to the few modes screen and print use.

Deep greys (16-bit, 32-bit integer, float) become 8-bit grey; transparency is flattened on white
paper; Lab stays Lab until the print conversion (imaging.printready) takes it through a Lab profile."""
from __future__ import annotations

from PIL import Image, ImageChops

DEEP_GREY = ("I;16", "I;16B", "I;16L", "I;16N", "I")
# every mode a photo file decodes to that screen and print convert correctly
CONVERTIBLE = {"1", "L", "LA", "La", "P", "PA", "RGB", "RGBA", "RGBa", "RGBX", "CMYK", "YCbCr", "LAB",
               "F", *DEEP_GREY}


def white_level(im: Image.Image) -> float:
    """The sample value that means white. 16-bit files use their full range; a 32-bit or float
    image has none written down, so: float samples up to 1.0 are the 0–1 convention, otherwise the
    smallest of 8, 16 and 32 bits that holds the brightest sample."""
    if im.mode.startswith("I;16"):
        return 65535.0
    if im.mode not in ("I", "F"):
        return 255.0
    low, high = im.getextrema()
    if im.mode == "F" and high <= 1.0:
        return 1.0
    for white in (255.0, 65535.0):
        if high <= white:
            return white
    return 4294967295.0


def shrink(im: Image.Image, size: tuple[int, int], resample: Image.Resampling,
           box: tuple[float, float, float, float] | None = None, reducing_gap: float | None = None) -> Image.Image:
    """Resize (a box of) the image; `reducing_gap` first reduces by whole factors, which is much
    faster on large photos but not available for 16-bit modes. A photo with alpha comes out already
    on white paper (RGB or L)."""
    if im.mode in ("RGBA", "LA"):
        return _shrink_on_white(im, size, resample, box, reducing_gap)
    if im.mode.startswith("I;16"):
        reducing_gap = None
    if box is None and im.size == size:
        return im
    return im.resize(size, resample, box=box, reducing_gap=reducing_gap)


def _shrink_on_white(im: Image.Image, size, resample, box, reducing_gap) -> Image.Image:
    """Pillow resamples RGBA by converting the whole photo to premultiplied RGBa first: for a 100 MP
    PNG a 400 MB copy. Band by band instead, each premultiplied (c·a) and resampled on its own, then
    laid on white: c·a + (255 − a), the same as flattening first. Opaque photos skip the arithmetic."""
    alpha = im.getchannel("A")
    opaque = alpha.getextrema() == (255, 255)
    paper = None if opaque else ImageChops.invert(alpha.resize(size, resample, box=box, reducing_gap=reducing_gap))
    bands = []
    for name in im.getbands()[:-1]:
        band = im.getchannel(name)
        if not opaque:
            band = ImageChops.multiply(band, alpha)
        band = band.resize(size, resample, box=box, reducing_gap=reducing_gap)
        bands.append(band if opaque else ImageChops.add(band, paper))
    return Image.merge("RGB" if len(bands) == 3 else "L", bands)


def grey8(im: Image.Image, white: float | None = None) -> Image.Image:
    """8-bit grey of a deep grey image, white mapped to 255 (`white` from the full image, measured
    before resampling)."""
    if im.mode.startswith("I;16"):
        im = im.convert("I")                 # Pillow's point() and getextrema() need I, not I;16B
    if im.mode in ("I", "F"):
        white = white or white_level(im)
        return im.point(lambda v: v * (255.0 / white)).convert("L")
    if im.mode in ("LA", "La", "PA") or (im.mode == "P" and "transparency" in im.info):
        return flatten(im).convert("L")
    return im.convert("L")


def flatten(im: Image.Image, white: float | None = None) -> Image.Image:
    """RGB on white paper: a transparent PNG prints on paper, deep greys become 8-bit."""
    if im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    if im.mode in DEEP_GREY or im.mode == "F":
        return grey8(im, white).convert("RGB")
    return im.convert("RGB")
