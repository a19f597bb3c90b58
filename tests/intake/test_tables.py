"""Review 30, finding 1: a 积分榜 in copy — lines of one count of cells apart by full-width spaces, tabs
or two spaces — was read as headings: its title and first rows left unassigned, its last rows the next
story's kicker and headline, the page's banner and a deck of rows run together ('…20　452　江城队…')
where the copy had no banner. It is ONE table now: its title with it, its rows and cells as written,
a paragraph of the story it follows (schema 9: rows apart by line breaks, cells by tabs), and said."""
import docx

from layout_app.intake.importer import import_copy
from layout_app.intake.tables import find_tables
from tests.sports_copy import ONLY_TABLE, SPORTS_COPY, STANDINGS, no_banner, tabbed

ROWS = STANDINGS.split("\n")[2:]          # '1\t海港队\t20\t45' …


def _import(tmp_path, text, name="copy.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_copy(path)


def _headings(page):
    heads = [x for s in page.stories for x in (s.kicker, s.headline, s.deck) if x]
    if page.banner:
        heads += [v for v in page.banner.values() if isinstance(v, str) and v]
    return heads


def _no_row_is_a_heading(page):
    for head in _headings(page):
        assert "队　20" not in head and "名次" not in head and "积分榜（" not in head, head
    assert page.unassigned == []


def test_the_standings_are_one_table_with_their_title_in_the_match_report_that_names_its_teams(tmp_path):
    page, copy = _import(tmp_path, SPORTS_COPY)
    holders = [s for s in page.stories if s.tables]
    assert len(holders) == 1
    (story,) = holders
    # it follows the 体育简讯 column in the copy, but a 简讯 column takes no table: it goes with the match
    # report that names its teams (intake/tablehomes; test_table_homes), after the report's text
    assert story.headline == "海港队3∶1逆转江城队"
    assert story.paragraphs[story.tables[0]] == STANDINGS and story.tables == [len(story.paragraphs) - 1]
    # the picture story under the table keeps its own heading: no row for a kicker
    (swim,) = [s for s in page.stories if s.headline == "冬泳爱好者迎寒而上"]
    assert not swim.kicker and not swim.deck and swim.paragraphs[0].startswith("12月1日清晨")
    _no_row_is_a_heading(page)
    assert page.banner["headline"] == "城市足球超级联赛第二十轮战罢 海港队领跑积分榜"
    assert ("copy.txt: table “城市足球超级联赛积分榜（截至第二十轮）”: 7 row(s), 4 column(s) — set with the story "
            "“海港队3∶1逆转江城队”, which names 海港队、江城队、北岭队") in copy.notices


def test_a_table_typed_with_tabs_is_the_same_table(tmp_path):
    page, _ = _import(tmp_path, tabbed(SPORTS_COPY))
    assert [s.paragraphs[j] for s in page.stories for j in s.tables] == [STANDINGS]
    _no_row_is_a_heading(page)


def test_a_table_typed_with_two_spaces_is_a_table_and_keeps_a_name_of_two_words():
    lines = ["射手榜", "球员  球队  进球", "Marco Silva  江城队  14", "王磊  海港队  12"]
    (t,) = find_tables(lines)
    assert t.title == "射手榜" and t.rows == [("球员", "球队", "进球"), ("Marco Silva", "江城队", "14"), ("王磊", "海港队", "12")]


def test_with_no_banner_the_table_is_no_banner_and_no_deck(tmp_path):
    page, _ = _import(tmp_path, no_banner(SPORTS_COPY))
    assert page.banner is None or "名次" not in str(page.banner)
    assert [s.paragraphs[j] for s in page.stories for j in s.tables] == [STANDINGS]
    _no_row_is_a_heading(page)
    # the match report leads the copy still (which of its lines is the kicker: review 30's finding 4)
    lead = page.stories[0]
    assert "海港队3∶1逆转江城队" in (lead.kicker, lead.headline, lead.deck) and lead.paragraphs[0].startswith("本报讯")


def test_copy_holding_only_a_table_is_a_table_of_its_own_its_rows_never_joined(tmp_path):
    page, copy = _import(tmp_path, ONLY_TABLE, "only_table.txt")
    assert page.banner is None and page.unassigned == []
    (story,) = page.stories
    assert (story.kicker or "", story.headline, story.deck or "") == ("", "", "")
    assert story.paragraphs == ["名次\t球队\t场次\t积分\n1\t海港队\t20\t45\n2\t江城队\t20\t43"] and story.tables == [0]
    assert "452" not in story.text() and story.confidence == 1.0
    assert ("only_table.txt: table “名次　球队　场次　积分”: 3 row(s), 4 column(s) — kept as a table standing on its own"
            in copy.notices)


def test_lines_of_names_without_figures_are_no_table():
    # bylines and 署名 lines share a count of parts but list no figures: no table
    lines = ["本报记者　张三　李四", "通讯员　王五　赵六", "", "正文第一段。"]
    assert find_tables(lines) == []
    # one row alone is no table either
    assert find_tables(["名次　球队　积分", "", "1　海港队　45"]) != [] and find_tables(["1　海港队　45"]) == []


def test_a_word_table_in_a_match_story_is_the_same_table(tmp_path):
    # review 30's standings.docx (make_docx.py): the title went for the page's lead headline, the rows
    # were set as run-on paragraphs, the paragraph after the table was swallowed into its story
    d = docx.Document()
    d.add_paragraph().add_run("海港队3∶1逆转江城队").bold = True
    d.add_paragraph("本报记者 张三")
    d.add_paragraph("本报讯 11月29日晚，2026－2027赛季城市足球超级联赛第二十轮在市奥体中心体育场进行，主队海港队以3∶1逆转江城队，积分升至45分，重回榜首。")
    d.add_paragraph("城市足球超级联赛积分榜（截至第二十轮）")
    rows = [r.split("\t") for r in STANDINGS.split("\n")[1:]]
    t = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("根据赛程，下一轮海港队将于12月6日客场挑战北岭队。")
    path = tmp_path / "standings.docx"
    d.save(path)
    page, copy = import_copy(path)
    (story,) = page.stories
    assert story.headline == "海港队3∶1逆转江城队" and story.byline == "本报记者 张三"
    assert story.paragraphs[1:] == [STANDINGS, "根据赛程，下一轮海港队将于12月6日客场挑战北岭队。"]
    assert story.tables == [1] and page.banner is None and page.lead == [] and page.unassigned == []


def test_a_word_table_of_names_only_is_a_table_all_the_same(tmp_path):
    # typed copy needs a figure among its cells to be read as a table; a Word table is one as drawn
    d = docx.Document()
    d.add_paragraph().add_run("市优秀教练员名单公布").bold = True
    d.add_paragraph("本报讯 市体育局昨天公布了本年度优秀教练员名单。")
    rows = [("姓名", "单位", "项目"), ("周敏", "市体校", "游泳"), ("陈国栋", "海港队", "足球")]
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    path = tmp_path / "names.docx"
    d.save(path)
    page, _ = import_copy(path)
    (story,) = page.stories
    assert story.paragraphs[story.tables[0]] == "姓名\t单位\t项目\n周敏\t市体校\t游泳\n陈国栋\t海港队\t足球"
