"""Text taken out of our PDF comes column by column, as a reader reads it: pdftotext's default mode
must not read neighbouring columns across the 1-em gutter line by line, nor cut a column into
blocks of a few lines."""
import re
import subprocess

import pikepdf

from layout_app.io.docfile import loads_document
from layout_app.render.pdf.export import ExportOptions, export_pdf
from tests.pdf.conftest import need_tools

# every sentence ends in a mark, most clauses too: many lines end in a mark squeezed to half an em,
# which used to reach half an em into the gutter; 9 pt on a 13.5 pt pitch is 1.5 × the size, exactly
# pdftotext's limit for lines of one block
PARAGRAPHS = [
    "近日，河湾社区的夜巡队正式成立，队员们每晚八点准时出发，沿着街巷、楼道、车棚逐一巡查，"
    "发现隐患当场登记、及时整改。居民老张说：“有他们在，我们睡得踏实。”",
    "截至目前，夜巡队已巡查街巷一千二百余次，排查整改隐患八十三处，劝导不文明行为四百多起，"
    "社区的治安状况明显好转，群众的获得感、幸福感、安全感不断增强。",
    "社区党委书记介绍，下一步，社区将继续完善夜巡队的工作机制，吸引更多志愿者加入，"
    "让平安建设的成果惠及每一位居民。青年志愿者小李说：“能为邻居们做点事，心里高兴。”",
    "夜巡队的队员们来自各行各业，有退休教师、快递小哥、个体商户，也有在校的大学生。"
    "他们说，守护家园，人人有责；平安和谐，人人共享。",
] * 2

DOC = """\
schema: 3
grid:
  trim: [390, 540]
  bleed: 3
  margins: {top: 20, bottom: 22, inside: 18, outside: 18}
  columns: 8
  gutter: 1
  body_size: 小五
  leading: 13.5
styles:
  body: {font: song, weight: medium, size: 小五, indent: 2}
stories:
- id: s
  headline: 夜巡队
  body:
%s
pages:
- id: A1
  number: 1
  frames:
  - {id: b, col: 0, cols: 4, line: 4, lines: 30, story: s, part: body}
""" % "\n".join(f"  - {p}" for p in PARAGRAPHS)


def _text(pdf, *args) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdftotext_reads_the_columns_one_after_another(tmp_path):
    need_tools()
    doc = loads_document(DOC)
    pdf = tmp_path / "columns.pdf"
    export_pdf(doc, tmp_path, pdf, ExportOptions())          # with printer's marks: the page sits off the origin
    want = "".join(PARAGRAPHS)
    for args in ((), ("-raw",)):
        text = "".join(l for l in _text(pdf, *args).splitlines() if not l.startswith("layout_app"))  # the slug
        got = re.sub(r"\s", "", text)
        assert got == want, (args, got[:80])
    # the copy fills two columns of the frame's four (13 characters of 9 pt, 1-em gutter): each is
    # one block of pdftotext's, 117 pt wide
    layout = _text(pdf, "-bbox-layout")
    blocks = [(float(a), float(b)) for a, b, words in
              re.findall(r'<block xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</block>', layout, re.S)
              if "layout_app" not in words]
    assert len(blocks) == 2 and all(abs(b - a - 117) < 1 for a, b in blocks), blocks


def test_a_line_end_mark_is_its_half_width_twin_that_extracts_as_the_mark(tmp_path):
    """The mark ending a line is drawn from a glyph whose width is half an em (what the engine gave
    it); copied out, it is still the mark."""
    doc = loads_document(DOC)
    pdf = tmp_path / "twin.pdf"
    export_pdf(doc, tmp_path, pdf, ExportOptions(marks=False))
    with pikepdf.open(pdf) as p:
        font = next(f for f in p.pages[0].Resources.Font.values() if "NotoSerifSC" in str(f.BaseFont))
        cid = font.DescendantFonts[0]
        w = list(cid.W)
        widths = {}
        for k in range(0, len(w), 2):
            for i, v in enumerate(w[k + 1]):
                widths[int(w[k]) + i] = float(v)
        cmap = font.ToUnicode.read_bytes().decode("ascii")
    chars = {int(c, 16): bytes.fromhex(u).decode("utf-16-be") for c, u in re.findall(r"<([0-9A-F]{4})>\s*<([0-9A-F]{4})>", cmap)}
    half = {chars[g] for g, width in widths.items() if width == 500 and chars.get(g) in "，。、；：”"}
    assert len(half) >= 3 and "。" in half
    # the mark mid-line keeps its own full-width glyph
    full = {chars[g] for g in chars if chars[g] == "，" and widths.get(g, float(cid.DW)) == 1000}
    assert full == {"，"}


def test_on_a_composed_page_every_body_column_is_one_block(tmp_path):
    """A generated page (stories beside and under photos, Latin and figures in the text): no column of
    9 pt body is cut into blocks — two blocks at one x, the second starting a line's pitch (13.5 pt)
    below the first. Baselines written with three decimals did that here."""
    need_tools()
    from tests.corpus.generator import make_page
    from tests.corpus.pdf_copy import export

    pdf, _ = export(make_page(0), tmp_path)
    layout = _text(pdf, "-bbox-layout")
    body = []
    for x0, y0, y1, lines in re.findall(
            r'<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</block>', layout, re.S):
        heights = {round(float(b) - float(a), 1) for a, b in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', lines)}
        if heights == {9.0}:
            body.append((round(float(x0), 1), float(y0), float(y1)))
    assert len(body) >= 10
    cut = [(a, b) for a in body for b in body if a[0] == b[0] and abs(b[1] - a[2] - 4.5) < 0.1]
    assert not cut, cut
