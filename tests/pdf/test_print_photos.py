"""Photos for print: visible part only, resampled (never up), oriented, CMYK via the profile, cached."""

import pytest
from PIL import Image

from layout_app.geometry import Rect
from layout_app.imaging import printready
from layout_app.imaging.printready import prepare, visible_box
from layout_app.imaging.source import PhotoError
from layout_app.layout.display import ImagePlacement
from layout_app.model.story import Crop
from tests.photos import write_jpeg, write_png, write_tiff16

FRAME = Rect(0, 0, 288, 144)      # 4 × 2 inches


def place(path, crop=Crop(), rect=FRAME):
    return ImagePlacement(rect, "p", str(path), crop)


def test_only_the_visible_part_at_the_target_resolution(tmp_path):
    src = write_jpeg(tmp_path / "a.jpg", 3000, 2000)
    img = prepare(place(src), 250, cache=tmp_path / "c")
    # a 3:2 photo covering a 2:1 frame: full width, the middle 3000×1500 shows
    assert visible_box(3000, 2000, place(src)) == pytest.approx((0, 250, 3000, 1750))
    assert (img.width, img.height) == (1000, 500) and img.ppi == pytest.approx(250)
    with Image.open(img.path) as out:
        assert out.mode == "CMYK" and out.size == (1000, 500)


def test_crop_selects_the_region(tmp_path):
    src = write_jpeg(tmp_path / "a.jpg", 3000, 2000)
    img = prepare(place(src, Crop(0.5, 0.25, 1.0, 0.5)), 250, cache=tmp_path / "c")
    with Image.open(img.path) as out:
        c, m, y, k = out.convert("CMYK").getpixel((out.width // 2, out.height // 2))
        assert c > 150 and m > 60               # only the blue half, below the white bar


def test_never_upsampled(tmp_path):
    src = write_jpeg(tmp_path / "small.jpg", 600, 300)
    img = prepare(place(src), 250, cache=tmp_path / "c")
    assert (img.width, img.height) == (600, 300) and img.ppi == pytest.approx(150)


def test_exif_orientation_is_applied(tmp_path):
    src = write_jpeg(tmp_path / "phone.jpg", 3000, 2000, orientation=6)     # stored landscape, seen portrait
    tall = Rect(0, 0, 144, 288)
    img = prepare(place(src, rect=tall), 250, cache=tmp_path / "c")
    assert img.height > img.width
    assert visible_box(2000, 3000, place(src, rect=tall)) == pytest.approx((250, 0, 1750, 3000))


def test_cmyk_grey_16bit_and_alpha_inputs(tmp_path):
    cache = tmp_path / "c"
    cmyk = prepare(place(write_jpeg(tmp_path / "cmyk.jpg", 2000, 1000, mode="CMYK")), 250, cache=cache)
    grey = prepare(place(write_jpeg(tmp_path / "grey.jpg", 2000, 1000, mode="L")), 250, cache=cache)
    deep = prepare(place(write_tiff16(tmp_path / "deep.tif", 2000, 1000)), 250, cache=cache)
    alpha = prepare(place(write_png(tmp_path / "alpha.png", 2000, 1000)), 250, cache=cache)
    for img in (cmyk, grey, deep, alpha):
        with Image.open(img.path) as out:
            assert out.mode == "CMYK"
    with Image.open(grey.path) as out:                 # greys print in black ink only
        c, m, y, k = out.getpixel((out.width // 4, out.height * 3 // 4))
        assert c < 8 and m < 8 and y < 8 and k > 40
    with Image.open(alpha.path) as out:                # transparency lands on white paper
        c, m, y, k = out.getpixel((out.width // 4, out.height // 8))
        assert max(c, m, y, k) < 40


def test_conversions_are_cached_by_content(tmp_path, monkeypatch):
    src = write_jpeg(tmp_path / "a.jpg", 3000, 2000)
    first = prepare(place(src), 250, cache=tmp_path / "c")
    monkeypatch.setattr(printready, "_to_cmyk", lambda im: pytest.fail("converted again"))
    again = prepare(place(src), 250, cache=tmp_path / "c")
    assert again.path == first.path
    # new content under the same name is converted anew
    write_jpeg(src, 3000, 2000, mode="L")
    monkeypatch.undo()
    changed = prepare(place(src), 250, cache=tmp_path / "c")
    assert changed.path != first.path


@pytest.mark.parametrize("content,message", [
    (None, "photo missing"),
    (b"not an image at all", "not an image format"),
])
def test_bad_files_are_named(tmp_path, content, message):
    path = tmp_path / "bad.jpg"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(PhotoError, match=message) as info:
        prepare(place(path), 250, cache=tmp_path / "c")
    assert str(path) in str(info.value)


def test_truncated_jpeg_is_named(tmp_path):
    src = write_jpeg(tmp_path / "cut.jpg", 3000, 2000)
    data = src.read_bytes()
    src.write_bytes(data[: len(data) // 2])
    with pytest.raises(PhotoError, match="damaged or truncated"):
        prepare(place(src), 250, cache=tmp_path / "c")


def test_a_fitted_photo_is_letterboxed_inside_its_frame(tmp_path):
    src = write_jpeg(tmp_path / "a.jpg", 3000, 2000)                   # 3:2 into a 2:1 frame
    placement = ImagePlacement(FRAME, "p", str(src), Crop(), fit=True)
    img = prepare(placement, 250, cache=tmp_path / "c")
    assert img.rect.height == pytest.approx(FRAME.height)
    assert img.rect.width == pytest.approx(FRAME.height * 1.5)        # the whole width of the picture shows
    assert img.rect.x == pytest.approx((FRAME.width - img.rect.width) / 2)
    assert (img.width, img.height) == (750, 500) and img.ppi == pytest.approx(250)
