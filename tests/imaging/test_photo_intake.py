"""Photos in: caption and credit from XMP or IPTC, formats, orientation, proxies, bad files."""
import pytest
from PIL import Image

from layout_app.imaging.intake import import_photo, photo_files
from layout_app.imaging.metadata import PhotoText, read_photo_text
from layout_app.imaging.proxy import make_proxy
from layout_app.imaging.source import PhotoError
from tests.photos import with_iptc, with_xmp, write_jpeg, write_png, write_tiff16


def test_caption_and_credit_from_xmp(tmp_path):
    path = with_xmp(tmp_path / "a.jpg", "孩子们在图书角里认真阅读。", "王晨", "本报记者")
    photo = import_photo(path, tmp_path / "proxies")
    assert photo.text.caption == "孩子们在图书角里认真阅读。"
    assert photo.text.credit == "本报记者 王晨 摄" and photo.text.source == "xmp"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_caption_and_byline_from_iptc_in_utf8_and_legacy_encodings(tmp_path, encoding):
    caption = "夜巡隊在街巷開展安全巡查。" if encoding == "big5" else "夜巡队在街巷开展安全巡查。"
    path = with_iptc(tmp_path / "b.jpg", caption, "王晨", encoding)
    with Image.open(path) as im:
        text = read_photo_text(im)
    assert text.caption == caption and text.credit == "王晨 摄" and text.source == "iptc"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_caption_and_artist_from_exif(tmp_path, encoding):
    """A desk that writes its caption into EXIF's ImageDescription (UTF-8 or GB18030 bytes, which Pillow
    reads as latin-1) or Windows' XPTitle (UTF-16): read; a camera's own words there are no caption."""
    im = Image.new("RGB", (64, 48))
    exif = Image.Exif()
    exif[0x010E] = "村民在田里收割水稻。".encode(encoding)
    exif[0x013B] = "王晨".encode(encoding)
    im.save(tmp_path / "a.jpg", exif=exif)
    assert read_photo_text(Image.open(tmp_path / "a.jpg")) == PhotoText("村民在田里收割水稻。", "王晨 摄", "exif")
    exif = Image.Exif()
    exif[0x010E], exif[0x013B] = "SONY DSC", "Owner"
    exif[0x9C9B] = "志愿者在河湾社区巡查。".encode("utf-16-le") + b"\x00\x00"
    im.save(tmp_path / "b.jpg", exif=exif)
    assert read_photo_text(Image.open(tmp_path / "b.jpg")) == PhotoText("志愿者在河湾社区巡查。", "", "exif")
    exif = Image.Exif()
    exif[0x010E] = "OLYMPUS DIGITAL CAMERA"
    im.save(tmp_path / "c.jpg", exif=exif)
    assert read_photo_text(Image.open(tmp_path / "c.jpg")) == PhotoText()


def test_no_metadata(tmp_path):
    photo = import_photo(write_jpeg(tmp_path / "c.jpg", 800, 600), tmp_path / "proxies")
    assert (photo.text.caption, photo.text.credit) == ("", "")


@pytest.mark.parametrize("maker", ["rgb", "cmyk", "grey", "rotated", "png-alpha", "tiff16", "webp"])
def test_formats_become_upright_rgb_proxies(tmp_path, maker):
    path = {
        "rgb": lambda: write_jpeg(tmp_path / "x.jpg", 4000, 3000),
        "cmyk": lambda: write_jpeg(tmp_path / "x.jpg", 4000, 3000, mode="CMYK"),
        "grey": lambda: write_jpeg(tmp_path / "x.jpg", 4000, 3000, mode="L"),
        "rotated": lambda: write_jpeg(tmp_path / "x.jpg", 4000, 3000, orientation=6),
        "png-alpha": lambda: write_png(tmp_path / "x.png", 4000, 3000),
        "tiff16": lambda: write_tiff16(tmp_path / "x.tif", 4000, 3000),
        "webp": lambda: _webp(tmp_path / "x.webp"),
    }[maker]()
    proxy = make_proxy(path, tmp_path / "proxies")
    with Image.open(proxy.path) as im:
        assert im.mode == "RGB" and max(im.size) == 1600
        if maker == "rotated":
            assert im.height > im.width and (proxy.full_width, proxy.full_height) == (3000, 4000)
            # the white bar (top of the stored picture) is now on the right: EXIF 6 turns it clockwise
            assert im.getpixel((im.width - 5, im.height // 2))[0] > 230
        else:
            assert im.width > im.height


def _webp(path):
    from tests.photos import scene
    scene(4000, 3000).save(path, "WEBP", quality=80)
    return path


def test_proxies_are_cached_by_content(tmp_path, monkeypatch):
    path = write_jpeg(tmp_path / "x.jpg", 4000, 3000)
    first = make_proxy(path, tmp_path / "p")
    from layout_app.imaging import proxy as proxy_mod
    monkeypatch.setattr(proxy_mod, "load", lambda im, p: pytest.fail("decoded again"))
    again = make_proxy(path, tmp_path / "p")
    assert again == first


def test_bad_photo_files(tmp_path):
    with pytest.raises(PhotoError, match="photo missing"):
        import_photo(tmp_path / "gone.jpg")
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"\x00" * 100)
    with pytest.raises(PhotoError, match="not an image format"):
        import_photo(junk)
    cut = write_jpeg(tmp_path / "cut.jpg", 4000, 3000)
    cut.write_bytes(cut.read_bytes()[:5000])
    with pytest.raises(PhotoError, match="damaged or truncated"):
        make_proxy(cut, tmp_path / "p")
    heic = tmp_path / "phone.heic"
    heic.write_bytes(b"....ftypheic")
    with pytest.raises(PhotoError, match="HEIC"):
        import_photo(heic)


def test_decompression_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 12000)).save(bomb)            # 240 megapixels of nothing, a tiny file
    with pytest.raises(PhotoError, match="refused"):
        import_photo(bomb)


def test_photo_files_from_folders_and_files(tmp_path):
    write_jpeg(tmp_path / "b.jpg", 100, 80)
    write_png(tmp_path / "a.png", 100, 80)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    single = write_jpeg(tmp_path / "single.jpg", 100, 80)
    assert [p.name for p in photo_files([tmp_path])] == ["a.png", "b.jpg", "single.jpg"]
    assert photo_files([single]) == [single]


def test_cmyk_jpeg_colours_survive(tmp_path):
    """Photoshop-style CMYK JPEGs (Adobe marker, inverted values) read with the right colours."""
    path = write_jpeg(tmp_path / "cmyk.jpg", 2000, 1500, mode="CMYK")
    with open(path, "rb") as fh:
        assert b"Adobe" in fh.read(4096)                       # the Adobe APP14 marker is there
    proxy = make_proxy(path, tmp_path / "p")
    with Image.open(proxy.path) as im:
        r, g, b = im.getpixel((im.width // 4, im.height * 3 // 4))   # the red half
        assert r > 150 and g < 110 and b < 110


def test_a_caption_a_program_wrote_as_question_marks_is_named_lost(tmp_path):
    """A reviewer's photo: its tool wrote the Chinese caption into ImageDescription as a str, which
    Pillow stores as ASCII, a '?' for each character. The caption is gone from the file; compose says
    so (below) rather than 'no caption in the file'."""
    im = Image.new("RGB", (64, 48))
    exif = Image.Exif()
    exif[0x010E] = "城东工业园区新建的脱硫脱硝设施。"
    im.save(tmp_path / "a.jpg", exif=exif)
    text = read_photo_text(Image.open(tmp_path / "a.jpg"))
    assert (text.caption, text.lost) == ("", "?" * 16)
    # a description of a few marks of punctuation, or a camera's words: nothing lost
    for description in ("??", "SONY DSC", "What? Where?"):
        exif[0x010E] = description
        im.save(tmp_path / "b.jpg", exif=exif)
        assert read_photo_text(Image.open(tmp_path / "b.jpg")).lost == ""


def test_compose_says_the_lost_caption(tmp_path):
    from layout_app.intake.compose import compose

    (tmp_path / "photos").mkdir()
    im = write_jpeg(tmp_path / "photos" / "IMG_2231.jpg", 1600, 1200)
    with Image.open(im) as src:
        exif = Image.Exif()
        exif[0x010E] = "城东工业园区新建的脱硫脱硝设施。"
        src.save(im, exif=exif)
    copy = tmp_path / "copy.txt"
    copy.write_text("城东工业园区完成超低排放改造\n\n本报讯 今年以来，城东工业园区对37家重点企业实施超低排放改造。\n",
                    encoding="utf-8")
    result = compose("duikai", [copy], [tmp_path / "photos"], tmp_path / "page.yaml")
    said = [str(w) for w in result.warnings]
    assert any("IMG_2231.jpg: its caption in the file is only question marks" in w for w in said), said
