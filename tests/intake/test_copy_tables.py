"""A table in a .docx is copy: one table paragraph of the story it stands in (schema 9: rows apart by
line breaks, cells by tabs), said in a notice with its rows and columns. Its header cell (村名) was
taken for the page's banner and the other cells were left unassigned, off the page; then (until
review 30) each row was a paragraph of its own, its cells apart by a full-width space."""
import docx

from layout_app.cli import main
from layout_app.intake.copyfile import read_copy
from layout_app.intake.importer import import_copy
from layout_app.io.docfile import load_document

LEAD = "本报讯（记者王晨）青石镇的图书角今天开放，三个村的村民来借书。各村的藏书如下："
FOOT = "镇文化站站长说，明年还将增加两个图书角，让更多村民在家门口读上书。"
ROWS = [("村名", "户数", "藏书"), ("杏花村", "120", "800册"), ("石桥村", "95", "650册")]
TABLE = "村名\t户数\t藏书\n杏花村\t120\t800册\n石桥村\t95\t650册"


def _table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    return t


def _story(path, table_last=False):
    d = docx.Document()
    d.add_paragraph().add_run("青石镇图书角开放").bold = True
    d.add_paragraph(LEAD)
    if not table_last:
        _table(d, ROWS)
        d.add_paragraph(FOOT)
    else:
        d.add_paragraph(FOOT)
        _table(d, ROWS)
    d.save(path)
    return path


def test_a_table_is_one_table_paragraph_of_its_story(tmp_path):
    page, copy = import_copy(_story(tmp_path / "story.docx"))
    (story,) = page.stories
    assert story.headline == "青石镇图书角开放"
    assert story.paragraphs == [LEAD, TABLE, FOOT] and story.tables == [1]
    assert page.banner is None and page.unassigned == [] and page.lead == []
    assert ("story.docx: table “村名　户数　藏书”: 3 row(s), 3 column(s) — kept as a table in the story “青石镇图书角开放”"
            in copy.notices)


def test_a_table_at_the_foot_is_no_banner(tmp_path):
    page, _ = import_copy(_story(tmp_path / "story.docx", table_last=True))
    (story,) = page.stories
    assert page.banner is None and page.unassigned == []
    assert story.paragraphs[-1] == TABLE and story.tables == [len(story.paragraphs) - 1]


def test_merged_cells_and_a_cell_of_two_paragraphs(tmp_path):
    d = docx.Document()
    d.add_paragraph(LEAD)
    t = _table(d, [("村名", "藏书"), ("杏花村", "800册"), ("", "新到200册")])
    t.cell(1, 0).merge(t.cell(2, 0))                       # 杏花村 over two rows: the second's cell is empty
    t.cell(1, 1).add_paragraph("含绘本")
    path = tmp_path / "t.docx"
    d.save(path)
    copy = read_copy(path)
    assert copy.lines == [LEAD, "村名　藏书", "杏花村　800册　含绘本", "新到200册"]
    assert copy.body_lines == {1, 2, 3} and copy.tables == [[1, 2, 3]]


def test_a_table_inside_a_cell_keeps_its_text(tmp_path):
    d = docx.Document()
    t = _table(d, [("村名", "藏书")])
    inner = t.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "图书", "期刊"
    path = tmp_path / "t.docx"
    d.save(path)
    assert read_copy(path).lines == ["村名　藏书　图书　期刊"]


def test_a_one_column_table_is_a_box_around_copy(tmp_path):
    # Word users draw a border round a story with a table of one cell: its headline is still a headline
    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("青石镇图书角开放").bold = True
    cell.add_paragraph(LEAD)
    cell.add_paragraph(FOOT)
    path = tmp_path / "box.docx"
    d.save(path)
    page, copy = import_copy(path)
    (story,) = page.stories
    # (LEAD ends on '如下：', mid-sentence: joined to what follows, as in any copy)
    assert (story.headline, story.paragraphs) == ("青石镇图书角开放", [LEAD + FOOT])
    assert ("box.docx: table 1 (first cell '青石镇图书角开放') lays copy out, it holds no figures: its text read as copy, "
            "cell by cell") in copy.notices


def test_two_stories_side_by_side_in_two_cells_are_two_stories(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    for cell, head, body in ((t.cell(0, 0), "青石镇图书角开放", ["开放首日，不少村民带着孩子前来借阅。", FOOT]),
                             (t.cell(0, 1), "河湾社区夜巡队守护居民安宁", ["河湾社区组织志愿者组成夜巡队。", "居民说，晚上出门心里踏实多了。"])):
        cell.paragraphs[0].add_run(head).bold = True
        for text in body:
            cell.add_paragraph(text)
    path = tmp_path / "two.docx"
    d.save(path)
    page, _ = import_copy(path)
    assert [(s.headline, s.paragraphs) for s in page.stories] == [
        ("青石镇图书角开放", ["开放首日，不少村民带着孩子前来借阅。", FOOT]),
        ("河湾社区夜巡队守护居民安宁", ["河湾社区组织志愿者组成夜巡队。", "居民说，晚上出门心里踏实多了。"])]


def test_compose_sets_the_rows_in_the_story_and_no_banner(tmp_path, capsys):
    out = tmp_path / "page.yaml"
    assert main(["compose", "--template", "duikai", "--copy", str(_story(tmp_path / "story.docx", table_last=True)),
                 "-o", str(out)]) == 0
    doc = load_document(out)
    assert [s.id for s in doc.stories] == ["s1"]                        # no banner story
    body = [p if isinstance(p, str) else p.text for p in doc.stories[0].body]
    assert body[-1] == TABLE and doc.stories[0].format(len(body) - 1).style == "table"


def test_a_page_of_one_table_is_reported_by_its_title(tmp_path, capsys):
    # copy holding only a standings table: compose's notes and preflight name the story 《积分榜》 — not 《》
    # (its headline is empty) nor its rows run together ('积分榜 名次 球队 场次…')
    copy = tmp_path / "table.txt"
    copy.write_text("积分榜\n名次\t球队\t场次\t积分\n1\t海港队\t20\t45\n2\t江城队\t20\t43\n3\t北岸队\t20\t38\n",
                    encoding="utf-8")
    assert main(["compose", "--lang", "zh_CN", "--copy", str(copy), "-o", str(tmp_path / "page.yaml")]) == 0
    said = capsys.readouterr()
    text = said.out + said.err
    assert "《积分榜》排在第 1 块" in text and "《》" not in text and "名次 球队" not in text
