"""A table on a printed page read back out of its PDF (review 31: '海港队 20 452 江城队' — the rows run
together, a figure changed): by pdftotext -raw and pypdfium2 a row a line, its cells a space apart; by
the .pdf itself (pdfcopy) set as small as a caption. The table comes back one table, every cell as
printed. The expected cells are written by hand."""
from __future__ import annotations

from layout_app.intake.importer import import_copy
from layout_app.model.story import TABLE_CELL, TABLE_ROW

TITLE = "城市足球超级联赛积分榜"
ROWS = [("名次", "球队", "场次", "积分"), ("1", "海港队", "20", "45"), ("2", "江城队", "20", "43"),
        ("3", "北岭队", "20", "38"), ("4", "东湖队", "20", "35"), ("5", "南山队", "20", "31")]
WANT = TABLE_ROW.join([TITLE + "（截至第二十轮）"] + [TABLE_CELL.join(r) for r in ROWS])
STORY = ["海港队3∶1逆转江城队", "本报记者 张三", "本报讯 11 月 29 日晚，城市足", "球超级联赛第二十轮在市奥体",
         "中心进行，海港队以 3∶1 逆转", "江城队，积分升至 45 分，重回", "榜首。", "赛后，江城队主帅表示，全队",
         "将调整状态，备战下一轮比赛。"]
PRINTED = [TITLE, "（截至第二十轮）"] + [" ".join(r) for r in ROWS]        # -raw's and pdfium's shape


def _paragraphs(tmp_path, lines):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page, _ = import_copy(path)
    return [p for s in page.stories for p in s.paragraphs], page


def test_a_table_a_row_a_line_stays_one_table(tmp_path):
    paragraphs, page = _paragraphs(tmp_path, STORY + PRINTED + ["第 89 分钟，王磊（中）打入锁定胜局的", "进球后与队友庆祝。"])
    assert WANT in paragraphs, paragraphs
    assert not any("452" in p or "名次球队" in p for p in paragraphs)


def test_lines_of_short_words_and_no_figure_are_no_table(tmp_path):
    # three lines of three short words, no figure: a list of names, no table to set apart
    lines = STORY[:2] + ["今年 我们 一起", "走过 风雨 彩虹", "迎来 新的 收获"] + STORY[2:]
    paragraphs, _ = _paragraphs(tmp_path, lines)
    assert not any(TABLE_CELL in p for p in paragraphs)


def test_our_own_pdf_gives_the_table_back(tmp_path):
    from layout_app.render.pdf.export import export_pdf
    from tests.intake.composed import compose_copy
    from tests.pdf.conftest import DEMO_NOW

    copy = "\n\n".join(["海港队3∶1逆转江城队", "本报记者 张三",
                        "11月29日晚，城市足球超级联赛第二十轮在市奥体中心进行，主队海港队在先失一球的情况下连入三球，"
                        "以3∶1逆转江城队，积分升至45分，重回榜首。",
                        "赛后，江城队主帅表示，全队将调整状态，备战下一轮比赛。北岭队、东湖队和南山队紧随其后。",
                        "\n".join([TITLE + "（截至第二十轮）"] + ["　".join(r) for r in ROWS])]) + "\n"
    code, _, doc = compose_copy(tmp_path, copy, {})
    assert code == 0
    pdf = tmp_path / "page.pdf"
    export_pdf(doc, tmp_path, pdf, now=DEMO_NOW)
    page, _ = import_copy(pdf)
    paragraphs = [p for s in page.stories for p in s.paragraphs]
    assert WANT in paragraphs, paragraphs
    # … and its text as pdftotext -raw and pypdfium2 give it, a row a line
    from tests.corpus.pdf_copy import extract
    for how in ("pdftotext-raw", "pdfium"):
        paragraphs, _ = _paragraphs(tmp_path, extract(pdf, how).splitlines())
        assert WANT in paragraphs, (how, paragraphs)


def test_two_untitled_tables_typed_two_ways_are_two_tables(tmp_path):
    # one typed with full-width spaces, one a space apart, neither under a title: each its own table
    wide = ["名次　球队　积分", "1　海港队　45", "2　江城队　43"]
    narrow = ["名次 选手 成绩", "1 林小雨 1:42.36", "2 王芳 1:43.10", "3 李娜 1:44.02"]
    paragraphs, _ = _paragraphs(tmp_path, STORY[:2] + ["本报讯 11月29日晚，城市足球超级联赛第二十轮战罢，海港队以45分领跑。", ""]
                                + wide + ["", "女子200米自由泳决赛，林小雨以1分42秒36夺冠。", ""] + narrow)
    tables = [p for p in paragraphs if TABLE_CELL in p]
    assert tables == [TABLE_ROW.join(TABLE_CELL.join(r.split()) for r in wide),
                      TABLE_ROW.join(TABLE_CELL.join(r.split()) for r in narrow)], paragraphs
