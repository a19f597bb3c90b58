"""A vertical (竖排) headline in the PDF: every character where the engine put it, drawn with its
vertical form, and text extraction still gives the characters (ToUnicode)."""
import re
import subprocess
from collections import Counter
from io import BytesIO

import pikepdf
import pytest
from fontTools.ttLib import TTFont

from layout_app.assets import FONTS_DIR
from layout_app.io.docfile import loads_document
from layout_app.layout.compose import compose_page
from layout_app.layout.display import GlyphRun, walk
from layout_app.render.pdf.export import ExportOptions, export_pdf
from tests.pdf.conftest import need_tools
from tests.pdf.content import pdf_characters

HEADLINE = "河湾社区：「夜巡队」——出发（新）……"
LATIN = "第11届iPhone大会"

DOC = f"""\
schema: 3
grid:
  trim: [390, 540]
  bleed: 3
  margins: {{top: 20, bottom: 22, inside: 18, outside: 18}}
  columns: 8
  gutter: 1
  body_size: 小五
  leading: 13.5
styles:
  headline: {{font: hei, weight: bold, size: 20, align: left}}
  kicker: {{font: kai, size: 小二, align: left}}
  body: {{font: song, weight: medium, size: 小五, indent: 2}}
stories:
- {{id: s, kicker: 平安建设, headline: {HEADLINE}, body: [夜巡队出发了。]}}
- {{id: t, headline: {LATIN}}}
pages:
- id: A1
  number: 1
  frames:
  - {{id: h, col: 0, cols: 1, line: 0, lines: 40, story: s, part: heading, vertical: true}}
  - {{id: b, col: 1, cols: 3, line: 0, lines: 20, story: s, part: body}}
  - {{id: t, col: 4, cols: 1, line: 0, lines: 40, story: t, part: heading, vertical: true}}
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vertical")
    doc = loads_document(DOC)
    pdf = folder / "v.pdf"
    export_pdf(doc, folder, pdf, ExportOptions(marks=False))
    return doc, compose_page(doc, doc.pages[0], folder), pdf


def test_layout_stacks_the_headline_in_one_column_right_to_left(exported):
    _, display, _ = exported
    group = next(g for g in display.items if g.frame == "h")
    kicker, head = [r for r in walk(group.items) if isinstance(r, GlyphRun)]
    right = group.rect.x + group.rect.width
    # kicker (12 pt: 0.6 × 20) in the rightmost column 14.4 pt wide, the headline's column left of it
    assert kicker.text == "平安建设" and kicker.size == 12
    assert kicker.xs == pytest.approx([right - 7.2 - 6.0] * 4)
    assert head.text == HEADLINE and head.size == 20
    assert head.xs == pytest.approx([right - 14.4 - 12.0 - 10.0] * len(HEADLINE))
    assert head.ys == pytest.approx([group.rect.y + 17.6 + 20 * k for k in range(len(HEADLINE))])


def test_every_character_is_where_the_engine_put_it(exported):
    _, display, pdf = exported
    with pikepdf.open(pdf) as p:
        x0, _, _, y1 = (float(v) for v in p.pages[0].TrimBox)
    runs = [r for r in walk(display.items) if isinstance(r, GlyphRun)]
    expected = sorted((ch, round(x0 + x, 1), round(y1 - y, 1)) for r in runs
                      for ch, x, y in zip(r.text, r.xs, r.ys or (r.y,) * len(r.xs)))
    got = [(ch, x, y) for ch, x, y in pdf_characters(pdf) if not ch.isspace()]
    assert len(got) >= len(expected)
    for ch, x, y in expected:
        assert any(g == ch and abs(gx - x) <= 0.1 and abs(gy - y) <= 0.1 for g, gx, gy in got), (ch, x, y)


def test_text_extraction_gives_the_characters(exported):
    need_tools()
    _, _, pdf = exported
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    have = Counter(text)
    for ch, n in Counter(HEADLINE + "平安建设" + LATIN).items():
        assert have[ch] >= n, ch


def _embedded_glyph_boxes(pdf_path, char):
    """Bounding boxes of the glyphs the PDF's fonts draw for `char` (via ToUnicode and the subset)."""
    boxes = []
    with pikepdf.open(pdf_path) as pdf:
        fonts = pdf.pages[0].Resources.Font
        for name in fonts.keys():
            font = fonts[name]
            cmap = font.ToUnicode.read_bytes().decode("latin-1")
            code = None
            codes = [int(c, 16) for c, u in re.findall(r"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>", cmap)
                     if int(u, 16) == ord(char)]
            if not codes:
                continue
            # Identity-H over CIDToGIDMap Identity: the code is the glyph id in the embedded program
            sub = TTFont(BytesIO(font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()))
            order = sub.getGlyphOrder()
            for code in codes:
                glyph = sub["glyf"][order[code]]
                boxes.append((glyph.xMin, glyph.yMin, glyph.xMax, glyph.yMax))
    return boxes


def test_brackets_and_dashes_are_drawn_in_their_vertical_forms(exported):
    _, _, pdf = exported
    font = TTFont(FONTS_DIR / "NotoSansSC-Bold.ttf", lazy=True)
    cmap = font.getBestCmap()

    def box(cp):
        g = font["glyf"][cmap[cp]]
        return (g.xMin, g.yMin, g.xMax, g.yMax)

    # （ → ︵ U+FE35, 「 → ﹁ U+FE41, — → ︱ U+FE31: the PDF's glyph is the vertical one
    for ch, form in (("（", 0xFE35), ("「", 0xFE41), ("—", 0xFE31)):
        boxes = _embedded_glyph_boxes(pdf, ch)
        assert box(form) in boxes and box(ord(ch)) not in boxes, ch


def test_latin_words_lie_turned_in_the_pdf(exported):
    _, _, pdf = exported
    with pikepdf.open(pdf) as p:
        ops = pikepdf.parse_content_stream(p.pages[0])
        turned = [o for o in ops if str(o.operator) == "Tm" and [float(v) for v in o.operands[:4]] == [0, -1, 1, 0]]
    assert len(turned) == len("iPhone")           # 11 stays upright; the six letters of iPhone turn
