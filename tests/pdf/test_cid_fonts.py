"""The embedded fonts: one Type0/CIDFontType2 (Identity-H) per face per file, whose program holds the
glyphs drawn at their own ids, whose W widths are the font's, whose ToUnicode map gives the text
back, and whose subset tag is named by the glyph set. Answers come from the font read with fontTools
and from the document's own words, never from the embedding code's tables."""
import re
from collections import Counter
from io import BytesIO

import pikepdf
import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont

from layout_app.assets import FONTS_DIR
from layout_app.render.pdf.cidfonts import FontSet
from layout_app.render.pdf.truetype import subset_program
from layout_app.text.sfnt import Sfnt

TAG = re.compile(r"^([A-Z]{6})\+(.+)$")


def _tag(face, *runs):
    fonts = FontSet()
    for run in runs:
        fonts.face(face).codes(run)
    return fonts.used[face].tag()


def test_identical_glyph_sets_give_identical_tags():
    assert _tag("song", "青石镇图书角") == _tag("song", "图书角", "青石镇") == _tag("song", "角书图镇石青青")
    assert re.fullmatch(r"[A-Z]{6}", _tag("song", "青石镇"))


def test_different_glyph_sets_or_faces_give_different_tags():
    tags = {_tag("song", "青石镇图书角"), _tag("song", "青石镇图书"), _tag("song", "青石镇图书角。"),
            _tag("hei", "青石镇图书角"), _tag("song-bold", "青石镇图书角")}
    assert len(tags) == 5


def fonts_of(path):
    """{BaseFont: (Type0 dict, CIDFont dict)} of every font the pages use."""
    out = {}
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for _name, font in page.Resources.Font.items():
                out[str(font.BaseFont)[1:]] = font
        yield out


def _to_unicode(font) -> dict[int, str]:
    cmap = font.ToUnicode.read_bytes().decode("ascii")
    blocks = re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S)
    return {int(c, 16): bytes.fromhex(u).decode("utf-16-be")
            for block in blocks for c, u in re.findall(r"<([0-9A-F]{4})>\s*<([0-9A-F]{4,8})>", block)}


def _widths(cid) -> dict[int, float]:
    w = list(cid.W)
    out = {}
    k = 0
    while k < len(w):
        first, widths = int(w[k]), w[k + 1]
        for i, v in enumerate(widths):
            out[first + i] = float(v)
        k += 2
    return out


def test_each_face_is_one_identity_h_cid_font_whose_program_holds_the_drawn_glyphs(demo_pdf):
    for fonts in fonts_of(demo_pdf.pdf):
        faces = [TAG.match(name).group(2) for name in fonts]
        assert len(faces) == len(set(faces)) >= 4                 # one font per face in the file
        for name, font in fonts.items():
            assert font.Subtype == "/Type0" and font.Encoding == "/Identity-H"
            cid = font.DescendantFonts[0]
            assert cid.Subtype == "/CIDFontType2" and cid.CIDToGIDMap == "/Identity"
            original = TTFont(FONTS_DIR / f"{TAG.match(name).group(2)}.ttf")
            order, cmap = original.getGlyphOrder(), original.getBestCmap()
            upem = original["head"].unitsPerEm
            program = TTFont(BytesIO(cid.FontDescriptor.FontFile2.read_bytes()))
            sub_order = program.getGlyphOrder()
            # glyph ids kept; after the face's own glyphs, at most the 20 half-width twins
            assert len(order) <= len(sub_order) <= len(order) + 20
            unicode = _to_unicode(font)
            widths = _widths(cid)
            assert set(widths) <= set(unicode)                   # no width for a glyph not drawn
            for code, ch in unicode.items():
                if code >= len(order):
                    # a line-end mark's twin: its mark's outline, half its width (glyph in the left half)
                    assert ch in "。，、；：！？”’」』）〕】〗］｝》〉．", (name, ch)
                    mark = order[cmap[ord(ch)]] if isinstance(cmap[ord(ch)], int) else cmap[ord(ch)]
                    assert program["glyf"][sub_order[code]].compile(program["glyf"]) \
                        == original["glyf"][mark].compile(original["glyf"]), (name, ch)
                    assert widths[code] == pytest.approx(original["hmtx"][mark][0] * 500 / upem), (name, ch)
                    assert program["hmtx"][sub_order[code]][0] * 2 == original["hmtx"][mark][0]
                    continue
                glyph, want = program["glyf"][sub_order[code]], original["glyf"][order[code]]
                assert glyph.compile(program["glyf"]) == want.compile(original["glyf"]), (name, ch)
                width = widths.get(code, float(cid.DW))                   # W, else the default width
                assert width == pytest.approx(original["hmtx"][order[code]][0] * 1000 / upem), (name, ch)
                if code == original.getGlyphID(cmap.get(ord(ch), ".notdef")):
                    continue                                     # the character's own glyph
                # else a vertical form the engine chose: the glyph of the character's vertical form
                assert ch in "（）「」『』《》〈〉【】—…，。、：；！？“”‘’～", (name, ch, code)
            # a glyph nobody drew is empty in the program
            unused = next(g for g in range(1, len(order)) if g not in unicode
                          and original["glyf"][order[g]].numberOfContours)
            assert program["glyf"][sub_order[unused]].numberOfContours == 0


def test_the_text_comes_back_from_the_pdf(demo_pdf):
    """Every character of the stories' words reaches the PDF and reads back through ToUnicode."""
    doc = demo_pdf.doc
    words = []
    for story in doc.stories:
        words += [story.headline or "", story.kicker or "", story.deck or "", *story.body]
    wanted = Counter(ch for ch in "".join(words) if not ch.isspace())
    pdf = pdfium.PdfDocument(str(demo_pdf.pdf))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    have = Counter(ch for ch in text if not ch.isspace())
    short = {ch: n - have[ch] for ch, n in wanted.items() if have[ch] < n}
    assert not short, short


def test_a_composite_glyph_brings_its_components(tmp_path):
    """LXGW WenKai's ¨ (U+00A8) is a composite of another glyph: the subset keeps both."""
    path = FONTS_DIR / "LXGWWenKai-Regular.ttf"
    original = TTFont(path)
    order = original.getGlyphOrder()
    diaeresis = original.getGlyphID(original.getBestCmap()[0xA8])
    parts = [original.getGlyphID(c.glyphName) for c in original["glyf"][order[diaeresis]].components]
    program = TTFont(BytesIO(subset_program(Sfnt(path), [diaeresis])))
    sub = program.getGlyphOrder()
    for g in parts:
        assert program["glyf"][sub[g]].compile(program["glyf"]) == original["glyf"][order[g]].compile(original["glyf"])
    assert program["glyf"][sub[diaeresis]].isComposite()


def test_photos_pass_through_as_the_cached_jpeg_bytes(page_doc, tmp_path, monkeypatch):
    """Each photo in the PDF is a DCTDecode stream byte-identical to its print conversion in the
    cache: the JPEG is not decoded and encoded again on its way into the file (pdfimages agrees)."""
    import subprocess

    from layout_app.render.pdf.export import export_pdf

    monkeypatch.setenv("LAYOUT_APP_CACHE", str(tmp_path / "cache"))
    doc, folder, _ = page_doc
    out = tmp_path / "page.pdf"
    export_pdf(doc, folder, out)
    cached = {p.read_bytes() for p in (tmp_path / "cache" / "layout_app" / "print").glob("*.jpg")}
    seen = 0
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            for image in page.get_images().values():
                filters = image.Filter if isinstance(image.Filter, pikepdf.Array) else [image.Filter]
                assert list(filters) == ["/DCTDecode"]
                assert image.read_raw_bytes() in cached
                seen += 1
    assert seen == len(doc.photos) >= 1
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert [row.split()[8] for row in listing.splitlines()[2:]] == ["jpeg"] * seen
