"""The vertical variant of a face (its cmap sends （ to the vertical form) is a copy of the
registered face: setting vertical runs must not change what the horizontal face draws.
Glyph ids come from the font read with fontTools (（ → U+FE35 ︵ is its vertical form)."""
from fontTools.ttLib import TTFont
from reportlab.pdfbase import pdfmetrics

from layout_app.assets import FONTS_DIR
from layout_app.render.pdf.fonts import pdf_font, pdf_vertical_font
from layout_app.text.fonts import registry


def test_the_vertical_variant_leaves_the_horizontal_face_alone():
    font = TTFont(FONTS_DIR / registry().face("hei").spec.file, lazy=True)
    cmap, order = font.getBestCmap(), font.getGlyphOrder()
    across, down = order.index(cmap[ord("（")]), order.index(cmap[0xFE35])
    horizontal = pdfmetrics.getFont(pdf_font("hei"))
    vertical = pdfmetrics.getFont(pdf_vertical_font("hei", "（", (down,)))
    assert vertical.face.charToGlyph[ord("（")] == down
    assert horizontal.face.charToGlyph[ord("（")] == across
    assert vertical.state is not horizontal.state          # each embeds its own subset
    assert vertical.fontName != horizontal.fontName
