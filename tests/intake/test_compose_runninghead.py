"""A composed page carries its running head (报眉, review 30 finding 12): 第N版 and the 版名, the paper's
name and the edition's date, and the 责任编辑 the copy names in its own staff line — read back from the
exported PDF's text, as a page editor reads the page. Expectations written by hand: 2026-12-02 is a
Wednesday (2026-01-01 a Thursday, 335 days before)."""
import datetime
import subprocess

import pytest

from layout_app.assets import TEMPLATES_DIR
from layout_app.cli import main
from layout_app.io.docfile import load_document

COPY = """海港队主场3∶1逆转江城队

本报记者 张三

本报讯 昨晚，城市足球超级联赛第二十轮在市体育中心打响，海港队在先失一球的情况下连扳三球，以3∶1逆转江城队，继续领跑积分榜。

上半场第23分钟，江城队利用角球机会首开纪录。易边再战，海港队加强了边路进攻，第56分钟由队长扳平比分，随后又在十分钟内连进两球。

全民健身运动会开幕

本报讯 我市第十届全民健身运动会昨日开幕，来自各区的三千余名运动员将在一个月内参加二十个大项的比赛。

本版责任编辑 赵六
"""


def _pdf_text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def copy(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text(COPY, encoding="utf-8")
    return path


def _compose(copy, out, *extra) -> int:
    return main(["compose", "--copy", str(copy), "-o", str(out), "--force", "--lang", "en", *extra])


def test_the_running_head_prints_page_section_paper_date_and_editor(copy, tmp_path, capsys):
    out = tmp_path / "page.yaml"
    assert _compose(copy, out, "--page-number", "5", "--section", "体育", "--date", "2026-12-02",
                    "--paper", "江城日报") in (0, 1)
    said = capsys.readouterr().out
    assert "running head (报眉): 第5版　体育　江城日报　2026年12月2日　星期三　责任编辑：赵六" in said
    doc = load_document(out)
    page = doc.pages[0]
    assert (page.number, page.section, page.master, page.editor) == (5, "体育", "running-head", "赵六")
    assert (doc.date, doc.paper) == ("2026-12-02", "江城日报")
    pdf = tmp_path / "page.pdf"
    assert main(["export", str(out), "-o", str(pdf), "--screen", "--force"]) in (0, 1)
    text = _pdf_text(pdf)
    head = text.splitlines()[0].replace(" ", "")      # (pdftotext spaces digits apart from Han as they print)
    for expected in ("第5版", "体育", "江城日报", "2026年12月2日", "星期三", "责任编辑：赵六"):
        assert expected in head, head
    # the copy's staff line is printed once, in the running head — not again in the credit line
    assert text.count("赵六") == 1, text
    assert "本版责任编辑" not in text


def test_defaults_today_and_the_templates_paper(copy, tmp_path):
    template = tmp_path / "daily.yaml"
    template.write_text((TEMPLATES_DIR / "sikai.yaml").read_text(encoding="utf-8") + "paper: 青禾日报\n",
                        encoding="utf-8")
    out = tmp_path / "page.yaml"
    assert _compose(copy, out, "--template", str(template), "--page-number", "3") in (0, 1)
    doc = load_document(out)
    assert doc.paper == "青禾日报"
    assert doc.date == datetime.date.today().isoformat()
    assert (doc.pages[0].number, doc.pages[0].master) == (3, "running-head")


def test_an_inside_page_takes_its_running_head_unasked_and_says_what_it_assumed(copy, tmp_path, capsys):
    """Nothing said of the page: it is an inside page all the same (every inside page has its 报眉) —
    today's date, the copy's editor; no 版次, 版名 or paper printed blank ('第 版'), each said left out."""
    out = tmp_path / "page.yaml"
    assert _compose(copy, out) in (0, 1)
    said = capsys.readouterr()
    said, warned = said.out, said.err
    doc = load_document(out)
    assert (doc.pages[0].master, doc.pages[0].editor) == ("running-head", "赵六")
    today = datetime.date.today()
    weekday = "星期" + "一二三四五六日"[today.weekday()]
    long = f"{today.year}年{today.month}月{today.day}日"
    assert f"running head (报眉): {long}　{weekday}　责任编辑：赵六\n" in said, said
    # the date taken as today's and no 版次 are warned (a daily is made up the day before; every page
    # goes to press numbered); the rest said
    assert f"warning: running head (报眉): no --date given: today's date, {today.isoformat()} ({weekday}), is printed" \
        in warned
    assert "warning: running head (报眉): no --page-number given: the page prints no 版次" in warned
    assert "running head (报眉): not given, left out (never printed blank): --section、--paper\n" in said
    pdf = tmp_path / "page.pdf"
    assert main(["export", str(out), "-o", str(pdf), "--screen", "--force"]) in (0, 1)
    head = _pdf_text(pdf).splitlines()[0].replace(" ", "")
    assert long in head and weekday in head and "责任编辑：赵六" in head and "版" not in head, head
    # said, it prints them
    assert _compose(copy, out, "--page-number", "7", "--section", "体育") in (0, 1)
    assert "not given, left out (never printed blank): --paper\n" in capsys.readouterr().out


def test_page_one_takes_the_front_master_only_where_the_template_names_it(copy, tmp_path):
    out = tmp_path / "page.yaml"
    assert _compose(copy, out, "--page-number", "1") in (0, 1)   # shipped 对开 names its front master (报头)
    assert load_document(out).pages[0].master == "front"
    template = tmp_path / "inside.yaml"
    template.write_text((TEMPLATES_DIR / "duikai.yaml").read_text(encoding="utf-8").replace("front_page: front", ""),
                        encoding="utf-8")
    assert _compose(copy, out, "--template", str(template), "--page-number", "1") in (0, 1)
    assert load_document(out).pages[0].master == "running-head"
    # a page nobody numbered is no front page; page 2 is an inside page
    assert _compose(copy, out) in (0, 1)
    assert load_document(out).pages[0].master == "running-head"
    assert _compose(copy, out, "--page-number", "2") in (0, 1)
    assert load_document(out).pages[0].master == "running-head"


def test_no_editor_field_keeps_the_staff_line_as_a_credit(copy, tmp_path):
    """A template whose running head has no {editor}: the 责任编辑 line stays a credit — no name lost."""
    text = (TEMPLATES_DIR / "a3.yaml").read_text(encoding="utf-8")
    text = text.replace("责任编辑：{editor}　美术编辑：{art_editor}", "{paper}")
    assert "'{editor}" not in text and "：{editor}" not in text
    template = tmp_path / "plain.yaml"
    template.write_text(text, encoding="utf-8")
    out = tmp_path / "page.yaml"
    assert _compose(copy, out, "--template", str(template), "--page-number", "2") in (0, 1)
    doc = load_document(out)
    assert doc.pages[0].editor == ""
    assert "本版责任编辑 赵六" in doc.story("credits").byline


@pytest.mark.parametrize("flag, value, said", [
    ("--date", "2026-02-30", "--date '2026-02-30': not a date; write it as YYYY-MM-DD, e.g. 2026-12-02"),
    ("--date", "12/02/2026", "--date '12/02/2026': not a date; write it as YYYY-MM-DD, e.g. 2026-12-02"),
    ("--page-number", "0", "--page-number '0': a page number is a whole number from 1 up"),
    ("--page-number", "五", "--page-number '五': a page number is a whole number from 1 up"),
])
def test_a_bad_date_or_page_number_is_one_line(copy, tmp_path, capsys, flag, value, said):
    assert _compose(copy, tmp_path / "page.yaml", flag, value) == 2
    err = capsys.readouterr().err
    assert err == f"layout-app: {said}\n"
    assert not (tmp_path / "page.yaml").exists()


def test_the_bad_date_in_chinese(copy, tmp_path, capsys):
    assert main(["compose", "--copy", str(copy), "-o", str(tmp_path / "p.yaml"), "--lang", "zh_CN",
                 "--date", "2026-13-01"]) == 2
    assert capsys.readouterr().err == "layout-app: --date '2026-13-01'：不是日期；请写成 年-月-日，例如 2026-12-02\n"


@pytest.mark.parametrize("extract", ["pdf", "raw"])
def test_a_page_recomposed_from_its_pdf_keeps_its_running_head(copy, tmp_path, capsys, extract):
    """A page composed, exported, and composed again from its PDF (or the PDF's text, pdftotext -raw)
    with nothing said: the running head it printed gives 版次, 版名, paper, date and editor again."""
    out = tmp_path / "page.yaml"
    assert _compose(copy, out, "--page-number", "5", "--section", "体育", "--date", "2026-12-02",
                    "--paper", "江城日报") in (0, 1)
    pdf = tmp_path / "page.pdf"
    assert main(["export", str(out), "-o", str(pdf), "--screen", "--force"]) in (0, 1)
    source = pdf
    if extract == "raw":
        source = tmp_path / "page.txt"
        subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), str(source)], check=True)
    capsys.readouterr()
    again = tmp_path / "again.yaml"
    assert _compose(source, again) in (0, 1)
    said = capsys.readouterr().out
    doc = load_document(again)
    page = doc.pages[0]
    assert (page.number, page.section, page.master, page.editor) == (5, "体育", "running-head", "赵六")
    assert (doc.date, doc.paper) == ("2026-12-02", "江城日报")
    assert f"running head (报眉): 第5版　体育　2026-12-02　江城日报 taken from the running head printed on {source.name}" in said
    assert "running head (报眉): 第5版　体育　江城日报　2026年12月2日　星期三　责任编辑：赵六" in said
    assert "today's date" not in said and "left out" not in said
    # none of the head's parts became copy: no story, no credit of the page
    assert not any(p in s.headline + s.kicker + "".join(s.body) for s in doc.stories
                   for p in ("第5版", "江城日报", "星期三", "责任编辑"))


def test_a_staff_line_with_names_typed_spaced_gives_each_role_its_own_name():
    """'责任编辑：刘 洋　　美术编辑：陈 晨' (a reviewer's page; a two-character name typed with a space to line
    up with three): the head printed '刘 洋 美术编辑' as the editor and the credit line '：陈 晨'."""
    from layout_app.intake.runninghead import staff_from_credits
    from layout_app.model.furniture import Master, MasterText

    master = Master("running-head", texts=(MasterText("staff", 0, 8, 0, "责任编辑：{editor}　美术编辑：{art_editor}"),))
    for line in ("责任编辑：刘 洋　　美术编辑：陈 晨", "责任编辑：刘 洋 美术编辑：陈 晨"):
        assert staff_from_credits([line], master) == ({"editor": "刘 洋", "art_editor": "陈 晨"}, [])
