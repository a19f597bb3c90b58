"""Paragraph and character styles reach the display list, the screen and the PDF: a bold range in
the bold face, 着重号 dots under each character of a range and nowhere else, a tint in CMYK."""
import pikepdf
import pytest

from layout_app.io.docfile import loads_document
from layout_app.layout.compose import Composer
from layout_app.layout.display import Dot, GlyphRun, walk
from tests.styles.sheets import STYLED_YAML

LEADING = 13.5
TOP = 56.69291338582678          # the frame's top: margin 20 mm (written out: 20 / 25.4 × 72)
SONG_DESCENT = 0.12              # Noto Serif SC: typo descender −120 / 1000 em


@pytest.fixture(scope="module")
def page():
    doc = loads_document(STYLED_YAML)
    return Composer(doc).compose(doc.pages[0])


def _chars(page):
    """(char, face, size, x, baseline, colour) of every character drawn."""
    return [(ch, r.face, r.size, x, r.y, r.color) for r in walk(page.items) if isinstance(r, GlyphRun)
            for ch, x in zip(r.text, r.xs)]


def test_every_character_is_drawn_once(page):
    text = "".join(c[0] for c in _chars(page))
    assert text == "第一段正文。第二段是小标题本报讯（记者王晨）青石镇的图书角今天开放。第四段正文。"


def test_a_bold_range_uses_the_bold_face_and_only_the_range(page):
    chars = [c for c in _chars(page) if c[0] in "第四段正文。" and c[2] == 9.0][-6:]
    assert [(ch, face) for ch, face, *_ in chars] == [
        ("第", "song-bold"), ("四", "song-bold"), ("段", "song-bold"), ("正", "song"), ("文", "song"), ("。", "song")]


def test_a_second_font_and_a_tint(page):
    faces = {ch: (face, color) for ch, face, _, _, _, color in _chars(page)}
    assert faces["图"][0] == faces["书"][0] == faces["角"][0] == "kai"
    assert faces["青"][1] == faces["石"][1] == faces["镇"][1] == (0.0, 0.4, 0.4, 0.0)   # 40 % of 0/100/100/0
    assert faces["的"][1] == (0.0, 0.0, 0.0, 1.0)


def test_emphasis_dots_under_each_character_of_the_range_and_none_outside(page):
    dots = [d for d in walk(page.items) if isinstance(d, Dot)]
    chars = _chars(page)
    # the range （记者王晨） has dots under 记者王晨, not under its brackets; and 图书角: seven dots
    marked = [c for c in chars if c[0] in "记者王晨图书角"]
    assert len(dots) == len(marked) == 7
    # in the colour of their characters: black, and cyan for 图书角
    assert [d.color for d in sorted(dots, key=lambda d: (d.y, d.x))] == [(0.0, 0.0, 0.0, 1.0)] * 4 + [(1.0, 0.0, 0.0, 0.0)] * 3
    for (ch, face, size, x, y, _), dot in zip(sorted(marked, key=lambda c: (c[4], c[3])),
                                              sorted(dots, key=lambda d: (d.y, d.x))):
        assert dot.x == pytest.approx(x + size / 2, abs=0.01), ch          # centred under the character
        assert dot.y - dot.r > y + SONG_DESCENT * size - 0.01, ch          # below the em box
        slot_top = TOP + round((y - TOP) / LEADING - 0.5) * LEADING
        assert dot.y + dot.r < slot_top + LEADING + (LEADING - size) / 2, ch   # above the next line's em box
        assert 0.3 < dot.r < 0.15 * size


def test_a_paragraph_style_sets_its_lines_on_the_grid_with_space_before(page):
    # line 0: 第一段; line 1: space before the subhead; lines 2–3: the subhead (grid_lines: 2); line 4: space
    # after it; line 5: the lead
    by_char = {c[0]: c for c in _chars(page)}
    sub = by_char["标"]
    assert sub[1] == "hei" and sub[2] == 12.0
    em_top = TOP + 2 * LEADING + (2 * LEADING - 12.0) / 2
    assert sub[4] == pytest.approx(em_top + 0.88 * 12.0, abs=0.01)       # Noto Sans SC typo ascender 880
    lead = by_char["本"]
    assert lead[2] == 10.5 and lead[4] == pytest.approx(TOP + 5 * LEADING + (LEADING - 10.5) / 2 + 0.88 * 10.5, abs=0.01)
    # centred: 7 characters of 12 pt in a 13-character column of 小五 (117 pt)
    first = min(c[3] for c in _chars(page) if c[4] == sub[4])
    assert first == pytest.approx(51.023622 + (117 - 7 * 12) / 2, abs=0.01)


def test_the_screen_draws_the_dots(qapp):
    from layout_app.layout.display import PageDisplay
    from layout_app.render.qt.raster import render_image

    dot = Dot(50.0, 50.0, 4.0, (0.0, 0.0, 0.0, 1.0))
    img = render_image(PageDisplay("t", 1, 100, 100, 0, (dot,)), 72)
    assert img.pixelColor(50, 50).lightness() < 60
    assert img.pixelColor(50, 56).lightness() > 250 and img.pixelColor(56, 50).lightness() > 250


def _pdf_operators(path):
    with pikepdf.open(path) as pdf:
        return [(str(op), list(operands)) for operands, op in pikepdf.parse_content_stream(pdf.pages[0])]


def test_a_tint_and_the_dots_print_in_cmyk(tmp_path):
    from layout_app.render.pdf.export import export_pdf

    doc = loads_document(STYLED_YAML)
    out = tmp_path / "styled.pdf"
    export_pdf(doc, tmp_path, out)
    ops = _pdf_operators(out)
    names = [op for op, _ in ops]
    assert not {"rg", "RG", "g", "G", "sc", "scn"} & set(names)           # no RGB or grey anywhere
    fills = [tuple(round(float(v), 3) for v in args) for op, args in ops if op == "k"]
    assert (0.0, 0.4, 0.4, 0.0) in fills
    # the glyphs shown under that colour are the three of 青石镇 (one 2-byte Identity-H code each in TJ arrays)
    shown = []
    current = None
    for op, args in ops:
        if op == "k":
            current = tuple(round(float(v), 3) for v in args)
        elif op == "TJ" and current == (0.0, 0.4, 0.4, 0.0):
            shown += [a for a in args[0] if isinstance(a, pikepdf.String)]
    assert sum(len(bytes(s)) for s in shown) == 3 * 2
    # the seven 着重号 are filled paths outside text objects: four after `0 0 0 1 k`, three after `1 0 0 0 k`
    fills: dict = {}
    current, in_text = None, False
    for op, args in ops:
        if op == "k":
            current = tuple(round(float(v), 3) for v in args)
        elif op in ("BT", "ET"):
            in_text = op == "BT"
        elif op in ("f", "f*") and not in_text:
            fills[current] = fills.get(current, 0) + 1
    assert fills == {(0.0, 0.0, 0.0, 1.0): 4, (1.0, 0.0, 0.0, 0.0): 3}


def _lines_of(yaml_text):
    doc = loads_document(yaml_text)
    page = Composer(doc).compose(doc.pages[0])
    lines: dict = {}
    for r in walk(page.items):
        if isinstance(r, GlyphRun):
            lines.setdefault(round(r.y, 2), []).append(r)
    return ["".join(r.text for r in sorted(rs, key=lambda r: r.xs[0])) for _, rs in sorted(lines.items())], page


def test_a_paragraph_style_brings_its_own_line_start_rules_and_hanging():
    text = STYLED_YAML[:STYLED_YAML.index("char_styles:")] + """\
  loose: {based_on: body, indent: 0, level: none}
  hang: {based_on: body, indent: 0, hanging: true}
  strict: {based_on: body, indent: 0}
stories:
- id: s1
  body:
  - {text: 一二三四五六七八九十一二三，四五, style: strict}
  - {text: 一二三四五六七八九十一二三，四五, style: loose}
  - {text: 一二三四五六七八九十一二三。, style: strict}
  - {text: 一二三四五六七八九十一二三。, style: hang}
""" + STYLED_YAML[STYLED_YAML.index("pages:"):]
    lines, page = _lines_of(text)
    # a 13-character column: under GB rules ， may not begin a line (三 goes down with it); level none lets it;
    # 。 at the end either pushes 二三 down or, hanging, stays on the line past the measure
    assert lines == ["一二三四五六七八九十一二", "三，四五", "一二三四五六七八九十一二三", "，四五",
                     "一二三四五六七八九十一", "二三。", "一二三四五六七八九十一二三。"]
    stop = [r for r in walk(page.items) if isinstance(r, GlyphRun) and r.text.endswith("。")][-1]
    assert stop.xs[-1] == pytest.approx(51.023622 + 13 * 9.0, abs=0.01)


def test_a_bold_range_is_measured_in_the_bold_face():
    """Bold figures are wider than regular ones: set with the regular widths they would overlap."""
    from fontTools.ttLib import TTFont

    from layout_app.assets import FONTS_DIR

    font = TTFont(str(FONTS_DIR / "NotoSerifSC-Bold.ttf"), lazy=True)
    cmap, hmtx, upem = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    bold = {ch: hmtx[cmap[ord(ch)]][0] / upem for ch in "3200"}
    text = STYLED_YAML[:STYLED_YAML.index("stories:")] + """\
stories:
- id: s1
  body:
  - text: 共配置图书3200余册，涵盖多种内容。
    runs: [{at: 5, text: '3200', style: strong}]
""" + STYLED_YAML[STYLED_YAML.index("pages:"):]
    doc = loads_document(text)
    runs = [r for r in walk(Composer(doc).compose(doc.pages[0]).items) if isinstance(r, GlyphRun)]
    figures = next(r for r in runs if r.text == "3200")
    assert figures.face == "song-bold"
    steps = [b - a for a, b in zip(figures.xs, figures.xs[1:])]
    assert steps == pytest.approx([bold["3"] * 9, bold["2"] * 9, bold["0"] * 9], abs=0.001)
    after = next(r for r in runs if r.text.startswith("余"))
    assert after.xs[0] >= figures.xs[-1] + bold["0"] * 9 - 0.001        # 余 clear of the last bold figure


def test_a_bold_range_in_the_part_of_a_paragraph_that_runs_on_into_a_wider_frame():
    from fontTools.ttLib import TTFont

    from layout_app.assets import FONTS_DIR

    font = TTFont(str(FONTS_DIR / "NotoSerifSC-Bold.ttf"), lazy=True)
    cmap, hmtx, upem = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    bold = {ch: hmtx[cmap[ord(ch)]][0] / upem for ch in "3200"}
    para = "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了图书角，共配置图书3200余册。"
    at = para.index("3200")
    text = STYLED_YAML[:STYLED_YAML.index("stories:")] + f"""\
stories:
- id: s1
  body:
  - text: {para}
    runs: [{{at: {at}, text: '3200', style: strong}}]
pages:
- id: A1
  number: 1
  frames:
  - {{id: b1, col: 0, cols: 1, line: 0, lines: 2, story: s1, part: body}}
  - {{id: b2, col: 1, cols: 2, line: 0, lines: 10, story: s1, part: body, text_columns: 1}}
"""
    doc = loads_document(text)
    runs = [r for r in walk(Composer(doc).compose(doc.pages[0]).items) if isinstance(r, GlyphRun)]
    figures = next(r for r in runs if r.text == "3200")
    # in the wider frame b2: the rest of the paragraph is set again at its measure, from an offset
    assert figures.xs[0] > 51.023622 + 117
    steps = [b - a for a, b in zip(figures.xs, figures.xs[1:])]
    assert steps == pytest.approx([bold["3"] * 9, bold["2"] * 9, bold["0"] * 9], abs=0.001)


def test_the_dots_in_the_pdf_are_where_the_display_list_puts_them(tmp_path, page):
    from layout_app.render.pdf.export import export_pdf

    doc = loads_document(STYLED_YAML)
    out = tmp_path / "styled.pdf"
    export_pdf(doc, tmp_path, out)
    with pikepdf.open(out) as pdf:
        trim = [float(v) for v in pdf.pages[0].obj["/TrimBox"]]
        ops = [(str(op), [float(v) for v in args if isinstance(v, (int, float)) or hasattr(v, "as_integer_ratio")])
               for args, op in pikepdf.parse_content_stream(pdf.pages[0]) if str(op) in ("m", "l", "c", "f", "f*", "S", "n")]
    circles, points = [], []
    for op, args in ops:               # a filled path's extreme points: a circle's centre and radius
        if op in ("m", "l", "c"):
            points += args
        elif op in ("f", "f*"):
            xs, ys = points[0::2], points[1::2]
            circles.append(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, (max(xs) - min(xs)) / 2))
            points = []
        else:
            points = []
    dots = [(trim[0] + d.x, trim[3] - d.y, d.r) for d in walk(page.items) if isinstance(d, Dot)]
    assert len(circles) == len(dots) == 7
    for (x, y, r), (dx, dy, dr) in zip(sorted(circles), sorted(dots)):
        assert abs(x - dx) < 0.1 and abs(y - dy) < 0.1 and abs(r - dr) < 0.1


def test_styles_are_resolved_once_and_a_recomposition_reuses_flows_and_runs():
    from dataclasses import replace

    from layout_app.layout.cache import LayoutCache

    doc = loads_document(STYLED_YAML)
    fmt = doc.story("s1").format(2)
    assert doc.paragraph_style(fmt.style, fmt.local) is doc.paragraph_style(fmt.style, fmt.local)
    cache = LayoutCache()
    Composer(doc, cache=cache).compose(doc.pages[0])
    flows, runs = cache.flows.misses, cache.runs_made
    # the next drag step: a new Document (the frame nudged and back), styles and runs unchanged
    page = doc.pages[0]
    again = replace(doc, pages=(replace(page, frames=tuple(replace(f) for f in page.frames)),))
    Composer(again, cache=cache).compose(again.pages[0])
    assert cache.flows.misses == flows and cache.runs_made == runs
