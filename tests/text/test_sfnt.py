"""The on-demand font reader (text/sfnt.py) on fonts built here with fontTools' FontBuilder: a BMP-only
font with a format-4 cmap (segments with idDelta and with glyph index arrays), and files that are no
font at all. Answers come from what the builder was told."""
import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from layout_app.errors import InputError
from layout_app.text.sfnt import Sfnt

# glyph name → (advance, code points), in glyph order: A B C are consecutive code points on glyphs out
# of order (a segment with a glyph index array), the others far apart (segments with idDelta)
GLYPHS = {".notdef": (500, []), "B": (610, [0x42]), "zhong": (1000, [0x4E2D]), "A": (600, [0x41]),
          "wen": (990, [0x6587]), "C": (620, [0x43]), "dot": (300, [0x3002, 0xFF0E]),
          "ka": (900, [0x3042]), "a": (910, [0x3041]), "ki": (920, [0x3044]), "i": (930, [0x3043])}


def _box(height):
    pen = TTGlyphPen(None)
    pen.moveTo((50, 0))
    pen.lineTo((50, height))
    pen.lineTo((450, height))
    pen.lineTo((450, 0))
    pen.closePath()
    return pen.glyph()


def build(path, with_vertical=False):
    fb = FontBuilder(1000, isTTF=True)
    order = list(GLYPHS)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({cp: name for name, (_adv, cps) in GLYPHS.items() for cp in cps})
    fb.setupGlyf({name: _box(100 + 10 * k) for k, name in enumerate(order)})
    fb.setupHorizontalMetrics({name: (adv, 50) for name, (adv, _cps) in GLYPHS.items()})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120)
    fb.setupPost()
    if with_vertical:
        fb.setupVerticalHeader(ascent=500, descent=-500)
        fb.setupVerticalMetrics({name: (1000 + k, 20 + k) for k, name in enumerate(order)})
    fb.save(str(path))
    return order


def test_a_format_4_cmap_answers_as_the_builder_was_told(tmp_path):
    order = build(tmp_path / "f4.ttf")
    font = Sfnt(tmp_path / "f4.ttf")
    ranges = font._f4[1]
    assert any(ranges[1:]) and not all(ranges[:-1])            # both kinds of segment, arrays not only first
    for name, (adv, cps) in GLYPHS.items():
        for cp in cps:
            gid = font.glyph_id(cp)
            assert gid == order.index(name), hex(cp)
            assert font.h_advance(gid) == adv
    for cp in (0x20, 0x44, 0x4E2C, 0x4E2E, 0xFFFF, 0x20000):
        assert font.glyph_id(cp) is None, hex(cp)
    assert (font.upem, font.ascender, font.descender) == (1000, 880, -120)
    assert font.glyph_box(order.index("C")) == (50, 0, 450, 100 + 10 * order.index("C"))
    assert font.v_metrics(1) is None                      # no vmtx
    assert not font.composites                            # maxp: no glyph has components


def test_vertical_metrics_are_read_by_glyph(tmp_path):
    order = build(tmp_path / "v.ttf", with_vertical=True)
    font = Sfnt(tmp_path / "v.ttf")
    for k, _name in enumerate(order):
        assert font.v_metrics(k) == (1000 + k, 20 + k)


@pytest.mark.parametrize("content, message", [
    (b"", "font file unreadable"),
    (b"\0\1\0\0\0\1" + b"\0" * 6 + b"glyf" + b"\0" * 4 + b"\0\0\0\x1c\xff\xff\xff\xff", "font file unreadable"),
    (b"not a font at all, just some text that is long enough", "font file unreadable"),
])
def test_a_file_that_is_no_font_is_named(tmp_path, content, message):
    path = tmp_path / "bad.ttf"
    path.write_bytes(content)
    with pytest.raises(InputError, match=f"{message}: .*bad.ttf"):
        Sfnt(path)


def test_a_font_without_truetype_outlines_is_named(tmp_path):
    from fontTools.ttLib import TTFont

    build(tmp_path / "f.ttf")
    font = TTFont(tmp_path / "f.ttf")
    del font["glyf"], font["loca"]
    font.save(tmp_path / "noglyf.ttf")
    with pytest.raises(InputError, match="no TrueType .glyf. outlines"):
        Sfnt(tmp_path / "noglyf.ttf")
