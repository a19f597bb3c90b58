from layout_app.layout.headline import block_lines, fit_headline
from layout_app.text.setter import SetOptions

OPTS = SetOptions(indent=0, align="left")


def test_fits_at_full_size_when_it_can():
    f = fit_headline("图书角里书香浓", 400, 2, 10, "hei-bold", 36, 18, OPTS, 13.5)
    assert f.size == 36 and len(f.lines) == 1 and f.fits and not f.below_min


def test_largest_size_that_fits_one_line():
    text = "青石镇图书角里书香浓村民家门口就能借书"   # 19 characters
    f = fit_headline(text, 300, 1, 10, "hei-bold", 36, 10, OPTS, 13.5)
    assert len(f.lines) == 1 and f.fits
    assert f.size == 15.5                  # 19 × 15.5 = 294.5 ≤ 300 < 19 × 16
    assert block_lines(1, f.size * 1.2, 13.5) == f.body_lines


def test_below_minimum_is_flagged():
    f = fit_headline("一" * 40, 200, 1, 10, "hei-bold", 36, 18, OPTS, 13.5)
    assert f.fits and f.below_min and f.size == 5.0


def test_headline_occupies_whole_body_lines():
    f = fit_headline("一二三四五六七八九十", 360, 2, 10, "hei-bold", 36, 18, OPTS, 13.5)
    assert f.body_lines == 4            # 1 line × 43.2 pt → 4 body lines of 13.5 pt (占行)
