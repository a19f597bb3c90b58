"""Pixel modes and geometry under the screen proxy and the print conversion, checked against
Pillow's plain operations (turn first, flatten first) and hand-written white levels."""
import io

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from layout_app.imaging.pixels import shrink, white_level
from layout_app.imaging.source import QUARTER_TURNS, stored_box, turn
from tests.photos import scene


def noisy(width, height, mode="RGB"):
    noise = Image.effect_noise((width, height), 60).convert(mode if mode != "RGBA" else "RGB")
    im = Image.blend(scene(width, height).convert(noise.mode), noise, 0.3)
    if mode == "RGBA":
        im.putalpha(Image.linear_gradient("L").resize((width, height)))
    return im


@pytest.mark.parametrize("orientation", range(1, 9))
def test_a_box_on_the_upright_photo_maps_onto_the_stored_one(orientation):
    """Resampling the stored picture and turning the small result equals turning first (what
    ImageOps.exif_transpose does) and resampling the box: for all eight EXIF orientations."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    buf = io.BytesIO()
    noisy(300, 200).save(buf, "PNG", exif=exif.tobytes())
    im = Image.open(buf)
    im.load()
    upright = ImageOps.exif_transpose(im)
    box = (37.5, 20.25, upright.width - 41.0, upright.height - 13.5)
    want = upright.resize((80, 50), Image.Resampling.LANCZOS, box=box)
    method = turn(im)
    got = im.resize((50, 80) if method in QUARTER_TURNS else (80, 50), Image.Resampling.LANCZOS,
                    box=stored_box(box, method, im.width, im.height))
    got = got.transpose(method) if method is not None else got
    assert max(ImageStat.Stat(ImageChops.difference(want, got)).extrema[b][1] for b in range(3)) == 0


@pytest.mark.parametrize("mode", ["RGBA", "LA"])
def test_transparent_photos_shrink_onto_white_like_flattening_first(mode):
    im = noisy(640, 480, "RGBA")
    if mode == "LA":
        im = im.convert("LA")
    paper = Image.new(mode[:-1], im.size, "white")
    paper.paste(im, mask=im.getchannel("A"))
    want = paper.resize((100, 75), Image.Resampling.LANCZOS, reducing_gap=3.0)
    got = shrink(im, (100, 75), Image.Resampling.LANCZOS, reducing_gap=3.0)
    assert got.mode == mode[:-1]
    diff = ImageStat.Stat(ImageChops.difference(want, got))
    assert max(diff.mean) < 1.0 and max(e[1] for e in diff.extrema) <= 4


@pytest.mark.parametrize("mode,brightest,white", [
    ("I;16", 10, 65535), ("I;16B", 10, 65535),       # a 16-bit file: its full range, whatever it holds
    ("I", 200, 255), ("I", 300, 65535), ("I", 70000, 4294967295),
    ("F", 0.8, 1.0), ("F", 1.0, 1.0), ("F", 200.0, 255), ("F", 300.0, 65535),
    ("L", 10, 255), ("RGB", 10, 255),
])
def test_white_level(mode, brightest, white):
    base = "I" if mode.startswith("I") else ("F" if mode == "F" else mode)
    im = Image.new(base, (4, 4), 0 if base != "RGB" else (0, 0, 0))
    im.putpixel((1, 1), brightest if base != "RGB" else (brightest,) * 3)
    assert white_level(im.convert(mode) if mode != base else im) == white
