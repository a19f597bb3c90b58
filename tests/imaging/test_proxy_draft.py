"""Proxy sizes: a JPEG whose DCT-scaled decode lands up to 10 % under the 1,600-pixel edge is kept at
that size (no resampling pass); otherwise the long edge is 1,600 pixels. Answers from the rule: a
24-megapixel 6000 × 4000 photo decodes at 1/4 to 1500 × 1000; 4000 × 3000 decodes at 1/2 to 2000 × 1500,
then is resampled to 1600 × 1200."""
from PIL import Image

from layout_app.imaging.proxy import make_proxy


def jpeg(path, size, orientation=1):
    im = Image.effect_noise((size[0] // 10, size[1] // 10), 50).convert("RGB").resize(size)
    exif = Image.Exif()
    exif[0x0112] = orientation
    im.save(path, quality=85, exif=exif.tobytes())
    return path


def proxy_size(proxy):
    with Image.open(proxy.path) as im:
        return im.size


def test_a_24_megapixel_jpeg_is_kept_at_its_quarter_size(tmp_path):
    proxy = make_proxy(jpeg(tmp_path / "big.jpg", (6000, 4000)), tmp_path / "p")
    assert (proxy.width, proxy.height) == proxy_size(proxy) == (1500, 1000)
    assert (proxy.full_width, proxy.full_height) == (6000, 4000)


def test_a_turned_24_megapixel_jpeg_is_kept_upright_at_its_quarter_size(tmp_path):
    proxy = make_proxy(jpeg(tmp_path / "turned.jpg", (6000, 4000), orientation=6), tmp_path / "p")
    assert (proxy.width, proxy.height) == proxy_size(proxy) == (1000, 1500)
    assert (proxy.full_width, proxy.full_height) == (4000, 6000)


def test_a_jpeg_whose_scaled_decode_is_far_from_the_edge_is_resampled_to_it(tmp_path):
    proxy = make_proxy(jpeg(tmp_path / "mid.jpg", (4000, 3000)), tmp_path / "p")
    assert (proxy.width, proxy.height) == proxy_size(proxy) == (1600, 1200)
    small = make_proxy(jpeg(tmp_path / "small.jpg", (1200, 800)), tmp_path / "p")
    assert (small.width, small.height) == proxy_size(small) == (1200, 800)        # never enlarged
