"""Photo fixtures made on the fly: a drawn scene in several formats, sizes and orientations."""
from pathlib import Path

from PIL import Image, ImageDraw


def scene(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """Left half red, right half blue, a white bar across the top quarter: easy to check after crops."""
    im = Image.new("RGB", (width, height), (220, 30, 30))
    d = ImageDraw.Draw(im)
    d.rectangle([width // 2, 0, width, height], fill=(30, 60, 220))
    d.rectangle([0, 0, width, height // 4], fill=(250, 250, 250))
    if mode == "L":
        return im.convert("L")
    if mode == "CMYK":
        return im.convert("CMYK")
    if mode == "RGBA":
        rgba = im.convert("RGBA")
        rgba.putalpha(200)
        return rgba
    return im


def write_jpeg(path: Path, width=3000, height=2000, mode="RGB", orientation: int | None = None) -> Path:
    im = scene(width, height, mode)
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=88, exif=exif.tobytes())
    return path


def write_png(path: Path, width=2400, height=1600, mode="RGBA") -> Path:
    scene(width, height, mode).save(path, "PNG")
    return path


def write_tiff16(path: Path, width=2000, height=1500) -> Path:
    grey = scene(width, height, "L").point(lambda v: v * 257 // 255)
    grey.convert("I;16").save(path, "TIFF")
    return path
