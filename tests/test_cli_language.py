"""The command line in the user's language (`--lang`, else the locale: LC_ALL, LC_MESSAGES, LANG):
preflight's findings and summary, export's summary and its refusal, and a user's mistake say in
Chinese what the editor says — the ids in brackets stay as they are, for scripts. Expectations
written by hand from the translators' wording."""
import re

import pytest

from layout_app.cli import main
from layout_app.lang import command_language


@pytest.fixture
def chinese(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")


@pytest.fixture
def no_photo(page_doc):
    doc, folder, path = page_doc
    (folder / "photos" / "reading.jpg").unlink()              # preflight: one error, the missing photo
    return path


def test_preflight_says_its_findings_in_the_locales_language(no_photo, chinese, capsys):
    assert main(["preflight", str(no_photo)]) == 2
    out = capsys.readouterr().out.splitlines()
    missing = [line for line in out if "找不到" in line]
    assert len(missing) == 1
    assert re.match(r"错误：第 1 版 第 \d+ 栏 第 \d+ 行：找不到图片“reading.jpg”：请重新链接，或把文件放回原处 \[版 A1，框 ph1，图片 p1\]$",
                    missing[0]), missing[0]
    assert re.fullmatch(re.escape(str(no_photo)) + r"：1 个错误，\d+ 个警告", out[-1]), out[-1]
    # no English word left in a finding's own words (the ids aside)
    for line in out[:-1]:
        said = line.split(" [")[0]
        assert not re.search(r"\b(error|warning|page|column|line)\b", said), line


def test_lang_en_speaks_english_whatever_the_locale(no_photo, chinese, capsys):
    assert main(["preflight", str(no_photo), "--lang", "en"]) == 2
    out = capsys.readouterr().out.splitlines()
    missing = next(line for line in out if "missing" in line)
    assert re.match(r"error: page 1, column \d+, line \d+: photo reading.jpg is missing: relink it or put the file back", missing), missing
    assert re.fullmatch(re.escape(str(no_photo)) + r": 1 error\(s\), \d+ warning\(s\)", out[-1]), out[-1]


def test_a_refused_export_lists_its_findings_in_chinese(no_photo, chinese, tmp_path, capsys):
    assert main(["export", str(no_photo), "-o", str(tmp_path / "out.pdf")]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith(("layout-app", "  "))]
    assert err[0] == "layout-app: 拒绝导出：预检发现 1 个错误，请先改正"
    assert any(line.startswith("  第 1 版 第") and "找不到图片“reading.jpg”" in line for line in err[1:]), err
    assert not (tmp_path / "out.pdf").exists()


def test_a_forced_export_says_its_summary_in_chinese(no_photo, chinese, tmp_path, capsys):
    assert main(["export", str(no_photo), "-o", str(tmp_path / "out.pdf"), "--force"]) == 0
    said = capsys.readouterr()
    assert re.fullmatch(re.escape(str(tmp_path / "out.pdf")) + r"：1 版，\d+ 张图片，\d+\.\d MB，PDF/X-4\n", said.out), said.out
    forced = [line for line in said.err.splitlines() if "找不到" in line]
    assert forced and forced[0].startswith("  强行导出，未改：错误：第 1 版 第"), forced


def test_a_users_mistake_is_said_in_the_locales_language(chinese, tmp_path, capsys):
    gone = tmp_path / "nowhere.yaml"
    assert main(["preflight", str(gone)]) == 2
    assert capsys.readouterr().err == f"layout-app: {gone}：没有这个文档\n"
    assert main(["preflight", str(gone), "--lang=en"]) == 2
    assert capsys.readouterr().err == f"layout-app: {gone}: no such document\n"


def test_a_pdf_named_for_the_document_is_told_which_file_is_wanted(chinese, tmp_path, capsys):
    """A print man running preflight on the PDF he exported is told it wants the .yaml document, not
    that his PDF is 'no UTF-8 text'; a .docx alike."""
    pdf, docx = tmp_path / "page.pdf", tmp_path / "copy.docx"
    pdf.write_bytes(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    docx.write_bytes(b"PK\x03\x04" + bytes(40))
    assert main(["preflight", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"layout-app: {pdf}：这是 PDF 文件，不是 layout_app 文档——请给出保存版面的 .yaml 文档") and "UTF-8" not in err
    assert main(["export", str(docx), "--lang=en", "-o", str(tmp_path / "out.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"layout-app: {docx}: a Word document or zip, not a layout_app document") and "UTF-8" not in err
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("argv, environ, lang", [
    (["export", "a.yaml", "--lang", "zh_CN"], {}, "zh_CN"),
    (["export", "a.yaml", "--lang=en"], {"LANG": "zh_CN.UTF-8"}, "en"),
    (["export", "a.yaml"], {"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    (["export", "a.yaml"], {"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
    (["export", "a.yaml"], {}, "en"),
    (["export", "--lang"], {"LANG": "zh_CN.UTF-8"}, "zh_CN"),            # no value given: argparse says so, in the locale's
])
def test_command_language(argv, environ, lang):
    assert command_language(argv, environ) == lang


def test_every_command_line_template_has_chinese_with_the_same_placeholders():
    from layout_app import cliwords
    from layout_app.lang import translator

    say = translator("zh_CN", cliwords.CONTEXT)
    assert len(cliwords.TEMPLATES) >= 10
    for template in cliwords.TEMPLATES:
        chinese = say(template)
        assert chinese != template or template == "PDF/X-4", template
        assert sorted(re.findall(r"{\w+}", chinese)) == sorted(re.findall(r"{\w+}", template)), template


def test_compose_says_its_warnings_once_in_chinese(chinese, tmp_path, capsys):
    """A photo with no caption whose file name names a story's place goes with that story, as a guess
    compose warns of — preflight's "no caption" on the same photo is not said a second time."""
    from tests.photos import scene

    copy = tmp_path / "copy.txt"
    copy.write_text("青石镇：图书角里书香浓\n\n本报记者 王晨\n\n" + "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了图书角。" * 6 + "\n",
                    encoding="utf-8")
    (tmp_path / "photos").mkdir()
    scene(1600, 1200).save(tmp_path / "photos" / "青石镇图书角.jpg")
    main(["compose", "--copy", str(copy), "--photos", str(tmp_path / "photos"), "-o", str(tmp_path / "page.yaml")])
    said = capsys.readouterr()
    assert said.out.startswith(f"{tmp_path / 'page.yaml'}：1 篇稿件"), said.out
    warned = [line for line in said.err.splitlines() if "青石镇图书角.jpg" in line]
    assert warned and all(line.startswith("  警告：") for line in warned), said.err
    uncaptioned = [line for line in warned if "no caption" in line or "没有图片说明" in line]
    assert len(uncaptioned) == 1, warned       # compose's warning; preflight's "没有图片说明" not again


def test_a_caption_with_no_photo_is_said_once_as_a_caption(chinese, tmp_path, capsys):
    """A caption no photo came for is kept as unassigned copy: compose says so, naming it a caption;
    preflight's 'unassigned story on no page' (《its first words》 as a story's title) is not said too."""
    copy = tmp_path / "copy.txt"
    caption = "县老年大学智能手机培训班上，老年学员学习用手机预约挂号。"
    copy.write_text("“银发族”走进智能手机课堂\n\n" + "本报讯 今年以来，县老年大学已开设智能手机培训班24期，培训老年学员1100余人次。" * 3
                    + "\n\n老年学员纷纷表示，学会了用手机，生活方便多了。\n\n\n\n" + caption
                    + "\n\n\n\n本版图片由本报记者 王晨 摄\n", encoding="utf-8")
    main(["compose", "--copy", str(copy), "-o", str(tmp_path / "page.yaml")])
    err = capsys.readouterr().err
    about = [line for line in err.splitlines() if "县老年大学智能手机培训班" in line]
    assert len(about) == 1 and "图片说明没有对应的图片" in about[0], err


def test_a_wrong_output_name_is_refused_in_chinese_whole(chinese, tmp_path, capsys):
    """What the command writes is named in the user's language too: no English word left in the line."""
    copy = tmp_path / "copy.txt"
    copy.write_text("青石镇：图书角里书香浓\n\n为丰富村民的精神文化生活，近日，青石镇设立了图书角。\n", encoding="utf-8")
    assert main(["compose", "--copy", str(copy), "-o", str(tmp_path / "page.txt")]) == 2
    err = capsys.readouterr().err
    assert err == f"layout-app: {tmp_path / 'page.txt'}：版面文件应以 .yaml/.yml 结尾；请这样命名（例如 page.yaml）\n"


def test_the_progress_line_speaks_one_language():
    """The reviewer saw '预检 preflight', '图片 photos', '版面 pages' in Chinese mode: both at once."""
    import io

    from layout_app.cli import TerminalProgress
    from layout_app.lang import translator
    for lang, expected in (("zh_CN", ["预检", "图片 [##########..........] 1/2", "版面 [####################] 3/3"]),
                           ("en", ["preflight", "photos [##########..........] 1/2", "pages [####################] 3/3"])):
        out = io.StringIO()
        progress = TerminalProgress(out, translator(lang, "Command"))
        progress("preflight", 0, 0)
        progress("photos", 1, 2)
        progress("pages", 3, 3)
        assert out.getvalue().splitlines() == expected, lang


def test_import_json_speaks_english_for_scripts_and_the_language_lang_asks_for(tmp_path, capsys):
    import json

    copy = tmp_path / "copy.txt"
    # unmarked subheads — two short lines between the paragraphs of a story under its byline — are said
    copy.write_text("城南新区三年建成十五所学校\n\n本报记者 王晓东\n\n"
                    + "9月1日，城南新区实验小学迎来了第一批学生，这是新区三年来建成的第十五所学校。\n\n名校带新校\n\n"
                    + "新学校建起来了，师资从哪里来？新区与市里的五所名校结对，由名校派出校长和骨干教师。\n\n下一步\n\n"
                    + "新区教育局负责人表示，明年还将新建三所中学，让孩子们都能就近入学。\n", encoding="utf-8")
    assert main(["import", str(copy), "--json"]) == 0
    english = json.loads(capsys.readouterr().out)["notices"]
    assert any("read as its subheads" in n for n in english), english
    assert main(["import", str(copy), "--json", "--lang", "zh_CN"]) == 0
    chinese = json.loads(capsys.readouterr().out)["notices"]
    assert any("读作它的小标题" in n for n in chinese), chinese
