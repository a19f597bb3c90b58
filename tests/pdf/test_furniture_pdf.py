"""Rules, boxes and the running head in the exported PDF, read back from the content stream with pikepdf:
line segments and rectangles at the pt coordinates worked out by hand, CMYK colour operators only,
the tint filled before the text it backs, the running head's text on the page."""
import subprocess

import pikepdf
import pytest

from layout_app.io.docfile import loads_document
from layout_app.render.pdf.export import export_pdf
from tests.furniture_samples import COLUMN, FURNITURE_YAML, GUTTER, LEADING, RIGHT_PAGE_X, TOP
from tests.pdf.conftest import DEMO_NOW
from tests.pdf.content import walk_page

NEAR = 0.01            # pt: the stream writes three decimals
NOT_CMYK = {"g", "G", "rg", "RG", "sc", "SC", "scn", "SCN", "cs", "CS"}


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory):
    doc = loads_document(FURNITURE_YAML)
    out = tmp_path_factory.mktemp("furniture") / "paper.pdf"
    export_pdf(doc, ".", out, now=DEMO_NOW)
    return out


@pytest.fixture(scope="module")
def page3(pdf_path):
    with pikepdf.open(pdf_path) as pdf:
        page = pdf.pages[2]
        x0, _, _, y1 = (float(v) for v in page.TrimBox)
        # plain Python values: pikepdf objects must not outlive their file
        ops = [(str(op), [_plain(v) for v in operands]) for operands, op in pikepdf.parse_content_stream(page)]
        segments = walk_page(page).segments           # (plain floats and tuples)
    return (x0, y1), ops, segments


def _plain(v):
    if isinstance(v, pikepdf.Array):
        return [_plain(x) for x in v]
    try:
        return float(v)
    except (TypeError, ValueError):
        return str(v)


def pdf_xy(sheet, x, y):
    """Page pt (trim top-left, y down) → PDF pt."""
    return sheet[0] + x, sheet[1] - y


def near(a, b):
    return abs(a - b) <= NEAR


def has_segment(segments, p, q, width=None, colour=("K", 0.0, 0.0, 0.0, 1.0)):
    for a, b, w, stroke in segments:
        if {tuple(map(round2, a)), tuple(map(round2, b))} == {tuple(map(round2, p)), tuple(map(round2, q))} \
                and (width is None or near(w, width)) and stroke == colour:
            return True
    return False


def round2(v):
    return round(v, 2)


def test_column_rule_and_double_cut_off_rule_at_their_grid_places(page3):
    sheet, _, walked = page3
    gx = RIGHT_PAGE_X + 3 * (COLUMN + GUTTER) - GUTTER / 2
    assert has_segment(walked, pdf_xy(sheet, gx, TOP + 10 * LEADING), pdf_xy(sheet, gx, TOP + 20 * LEADING), 0.5)
    mid = TOP + 40.5 * LEADING
    right = RIGHT_PAGE_X + 3 * COLUMN + 2 * GUTTER
    for y in (mid - 0.5, mid + 0.5):
        assert has_segment(walked, pdf_xy(sheet, RIGHT_PAGE_X, y), pdf_xy(sheet, right, y), 0.5)
    # the running head's 文武线 on this page too: the thick line of weight 1 at line −1
    axis = TOP - LEADING / 2
    assert has_segment(walked, pdf_xy(sheet, RIGHT_PAGE_X, axis - 0.41667),
                       pdf_xy(sheet, RIGHT_PAGE_X + 8 * COLUMN + 7 * GUTTER, axis - 0.41667), 1.0)


def test_a_wave_is_cyan_segments_and_a_dotted_rule_has_its_dash(page3):
    sheet, ops, walked = page3
    cyan = [s for s in walked if s[3] == ("K", 1.0, 0.0, 0.0, 0.0)]
    assert len(cyan) > 20
    mid = sheet[1] - (TOP + 44.5 * LEADING)
    assert all(abs(a[1] - mid) <= 1.01 and abs(b[1] - mid) <= 1.01 for a, b, _, _ in cyan)
    dashes = [[float(v) for v in operands[0]] for op, operands in ops if op == "d" and len(operands[0])]
    assert [1.0, 1.5] in dashes                              # the 1 pt dotted rule: 1 on, 1.5 off


def rectangles(ops):
    """(x, y, w, h, painting operator, index) of every `re` in the stream."""
    out = []
    for i, (op, operands) in enumerate(ops):
        if op == "re":
            paint = next(o for o, _ in ops[i + 1:] if o in ("f", "S", "B", "b", "s", "f*", "n"))
            out.append((*(float(v) for v in operands), paint, i))
    return out


def test_the_tint_box_is_a_filled_rectangle_under_the_text_and_its_border_a_stroked_one(page3):
    sheet, ops, _ = page3
    x, y = pdf_xy(sheet, RIGHT_PAGE_X - GUTTER / 2, TOP + 60 * LEADING)     # the box's bottom-left corner
    w, h = 3 * COLUMN + 3 * GUTTER, 10 * LEADING
    rects = [r for r in rectangles(ops) if near(r[0], x) and near(r[1], y) and near(r[2], w) and near(r[3], h)]
    assert sorted(r[4].rstrip("*") for r in rects) == ["S", "f"]
    fill_at = next(r[5] for r in rects if r[4].startswith("f"))
    # the tint colour set just before it, as CMYK
    colour = next(operands for op, operands in reversed(ops[:fill_at]) if op in ("k",) + tuple(NOT_CMYK))
    assert [float(v) for v in colour] == [0.0, 0.0, 0.0, 0.1]
    # every text placed inside the box comes after the tint in the stream
    inside = [i for i, (op, operands) in enumerate(ops) if op == "Tm"
              and x < float(operands[4]) < x + w and y < float(operands[5]) < y + h]
    assert inside and min(inside) > fill_at


def test_only_cmyk_colour_operators(pdf_path):
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            used = {op for op, _ in walk_page(page).operators}
            assert not used & NOT_CMYK, used & NOT_CMYK
            assert {"k", "K"} <= used


def test_the_running_head_prints_with_its_fields_filled(pdf_path):
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf_path), "-"],
                          capture_output=True, text=True, check=True).stdout
    head = " ".join(text.split("\n")[:3]).replace(" ", "")
    for words in ("第2版", "社区", "测试报", "2026年11月29日", "星期日", "责任编辑：张明", "美术编辑：李芳"):
        assert words in head, head
    page1 = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf_path), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "星期日" not in page1                       # page 1 applies no master
