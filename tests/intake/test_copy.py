"""Copy intake: encodings, formats, repair, structure, caption matching, nothing dropped."""
import re
import json
import zipfile

import pytest

from layout_app.cli import main
from layout_app.errors import InputError
from layout_app.intake.copyfile import read_copy
from layout_app.intake.importer import import_copy
from layout_app.intake.repair import clean_line, fullwidth_punctuation, tidy_spaces
from tests.intake.chars import characters as non_space
from tests.intake.chars import page_characters as output_chars
from tests.intake.copy_samples import PAGE, STORY, TRADITIONAL_STORY


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_whole_page_structure(page_file):
    page, copy = import_copy(page_file)
    assert copy.encoding == "utf-8"
    assert page.banner == {"kicker": None, "headline": "民生实事暖人心", "deck": "——我市推进民生实事项目综述"}
    assert page.lead == ["今年以来，我市把“办好民生实事”作为重点工作，在全市推出了20项便民举措，群众反响良好。"]
    first, second = page.stories
    assert (first.kicker, first.headline, first.byline) == ("绿色出行 低碳生活", "东湖区：公共自行车站点增至300个", "本报记者 陈思")
    assert (second.kicker, second.headline, second.byline) == ("暖心服务 情系百姓", "南山街道：“家门口”的办事大厅", None)
    assert len(first.paragraphs) == 3 and len(second.paragraphs) == 2
    assert page.credits == ["本版稿件由本报记者 陈思 采写", "本版图片由本报记者 周航 摄"]
    assert page.unassigned == []


def test_repair_joins_broken_sentences_without_a_space(page_file):
    page, _ = import_copy(page_file)
    first, second = page.stories
    assert first.paragraphs[1].endswith("既方便又环保。")                        # "环\n\n保" joined
    assert "办结事项4200件" in second.paragraphs[1]                              # broken before a number
    assert "，" in first.paragraphs[0] and "," not in "".join(first.paragraphs)  # full-width in Chinese


def test_captions_go_to_their_stories(page_file):
    page, _ = import_copy(page_file)
    assert [(c.text, c.story) for c in page.captions] == [
        ("市民在东湖区地铁站旁的公共自行车站点借车。", 0),
        ("南山街道便民服务中心的工作人员为群众办理业务。", 1)]
    assert all(c.confidence > 0.5 for c in page.captions)


def test_an_unclear_caption_is_flagged_not_guessed(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(PAGE.replace("市民在东湖区地铁站旁的公共自行车站点借车。", "一位老人在晨光中散步。"), encoding="utf-8")
    page, _ = import_copy(path)
    assert page.captions[0].story is None


def test_nothing_is_dropped(page_file):
    page, _ = import_copy(page_file)
    assert output_chars(page) == non_space(PAGE)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_single_story_in_each_encoding(tmp_path, encoding):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode(encoding))
    page, copy = import_copy(path)
    assert copy.encoding in ("utf-8", "gb18030")
    (story,) = page.stories
    assert story.headline == "春风行动送岗位" and story.byline == "本报记者 李雪"
    assert story.paragraphs[0].startswith("昨天上午，“春风行动”")       # indent gone, CRLF gone
    assert len(story.paragraphs) == 2
    assert output_chars(page) == non_space(STORY)


def test_big5_and_override(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(TRADITIONAL_STORY.encode("big5"))
    page, copy = import_copy(path)
    assert copy.encoding == "big5" and page.stories[0].headline == "春風行動送崗位"
    with pytest.raises(InputError, match=r"story.txt:1: not valid utf-8"):
        import_copy(path, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        import_copy(path, encoding="klingon")


@pytest.mark.parametrize("text", ["①①①民生①①民生。", "民生服務①②"])
def test_a_short_big5_file_that_reads_as_kana_in_gb18030_is_big5(tmp_path, text):
    """Big5's most frequent characters (民 A5C1, 生 A5CD) sit in GB18030's kana rows: read as GB18030,
    '民生' is 'チネ', and ① (C7E9) is 情, a frequent character there — so a short Big5 file with a few
    symbols was read as GB18030. Chinese copy has no kana (found by the property test's search)."""
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("big5"))
    page, copy = import_copy(path)
    assert copy.encoding == "big5"


@pytest.mark.parametrize("text", ["°°─────■瘳盂", "°°───━─■盂笯", "──────\n本报讯"])
def test_a_rule_of_box_drawing_marks_keeps_a_gb18030_file_gb18030(tmp_path, text):
    """A rule line ('─────', A9A4 each) in GB18030 copy reads in Big5 as '岸岸岸岸岸', frequent
    characters there; rules and bullets (■ ● ※) are as much a part of copy as its marks (found by the
    property test's search)."""
    path = tmp_path / "rule.txt"
    path.write_bytes(text.encode("gb18030"))
    page, copy = import_copy(path)
    assert copy.encoding == "gb18030"


def test_undecidable_encoding_is_a_clear_message(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 8)
    with pytest.raises(InputError, match="cannot decide the encoding|damaged text"):
        import_copy(path)


def test_docx_with_bold_headline_and_footnotes(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("春风行动送岗位").bold = True
    d.add_paragraph("本报记者 李雪")
    d.add_paragraph("昨天上午，“春风行动”专场招聘会在市人力资源市场举行，120家企业带来3000多个岗位。")
    d.add_paragraph("前来应聘的王女士说：“岗位很多，我已经和两家企业谈好了面试时间。”")
    path = tmp_path / "story.docx"
    d.save(path)
    footnotes = ('<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 + "".join(f'<w:footnote w:id="{k}"/>' for k in range(4)) + "</w:footnotes>")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/footnotes.xml", footnotes)
    page, copy = import_copy(path)
    (story,) = page.stories
    assert story.headline == "春风行动送岗位" and len(story.paragraphs) == 2
    assert any("footnotes were ignored" in n for n in copy.notices)


def test_damaged_docx(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable Word"):
        import_copy(path)


def test_markdown(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# 春风行动送岗位\n\n本报记者 李雪\n\n昨天上午，**春风行动**专场招聘会举行，120家企业带来3000多个岗位。\n",
                    encoding="utf-8")
    (story,) = import_copy(path)[0].stories
    assert story.headline == "春风行动送岗位" and story.paragraphs == ["昨天上午，春风行动专场招聘会举行，120家企业带来3000多个岗位。"]


def test_markdown_takes_away_markup_only(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("## 学习C# ##\n\n- 变量名 snake__case__name 保留，**粗体*斜体*粗体**去掉标记。\n", encoding="utf-8")
    assert import_copy(path)[1].lines == ["学习C#", "", "变量名 snake__case__name 保留，粗体斜体粗体去掉标记。"]


@pytest.mark.parametrize("raw,fixed", [
    ("你好,世界", "你好，世界"),
    ("他说:好的", "他说：好的"),
    ("时间是7:30,地点(北京)", "时间是7:30，地点（北京）"),
    ("共3,000人", "共3,000人"),
    ("网址 https://example.com/a,b 见(附件)", "网址 https://example.com/a,b 见（附件）"),
    ("The cat, the dog.", "The cat, the dog."),
    ("真的吗?", "真的吗？"),
])
def test_fullwidth_only_in_chinese_context(raw, fixed):
    assert fullwidth_punctuation(raw) == fixed


def test_tidy_spaces():
    assert tidy_spaces("　　正文开始，中 文 之间") == "正文开始，中文之间"
    assert tidy_spaces("文明新风 润泽乡里") == "文明新风 润泽乡里"
    assert tidy_spaces("使用 iPhone 手机，很方便") == "使用 iPhone 手机，很方便"
    # a headline of 33 characters keeps the spaces between its phrases
    assert tidy_spaces("养老驿站运营一周年 累计服务2961人次 让老人吃上“放心饭”") == "养老驿站运营一周年 累计服务2961人次 让老人吃上“放心饭”"


def test_no_space_stays_beside_a_full_width_mark():
    # text taken out of a PDF leaves spaces where justification stretched a line or a figure stood,
    # and the copy's damage made its marks half-width: none of them prints
    assert clean_line("据了解, 9月20日晚 ,永安镇的东门菜场锣鼓喧天。") == "据了解，9月20日晚，永安镇的东门菜场锣鼓喧天。"
    assert clean_line("本报讯（记者 赵国庆 ）今年以来，城北乡三元村把足球课作为民生实事来抓。") == \
        "本报讯（记者 赵国庆）今年以来，城北乡三元村把足球课作为民生实事来抓。"
    assert clean_line("老人说 “垃圾少了 ，我们扫起来也轻松了。”") == "老人说“垃圾少了，我们扫起来也轻松了。”"
    # a heading's pause between its phrases stays, before a quoted phrase too; Latin keeps its spaces
    assert clean_line("文明新风 润泽乡里") == "文明新风 润泽乡里"
    assert clean_line("关爱“一老一小” 走进沙坪乡") == "关爱“一老一小” 走进沙坪乡"
    assert clean_line("奋斗者 “正青春”") == "奋斗者 “正青春”"
    assert clean_line("使用 iPhone 手机，很方便") == "使用 iPhone 手机，很方便"



def test_import_command_json(page_file, capsys):
    assert main(["import", str(page_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"banner", "banner_confidence", "lead", "stories", "captions", "credits", "unassigned", "furniture",
                         "notices"}
    assert data["stories"][0]["headline"] == "东湖区：公共自行车站点增至300个"
    assert data["captions"][1]["story"] == 1
    assert main(["import", str(page_file)]) == 0
    assert "caption → story s1" in capsys.readouterr().out
    assert main(["import", str(page_file), "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    # in Chinese throughout: no English word left between the copy's own text
    assert "图片说明 → 稿件 s1（把握" in out and "稿件 s2：" in out and "段" in out
    assert not re.search(r"\b(story|caption|paragraphs?|credit|read as)\b", out)


@pytest.mark.parametrize("line,kind", [
    ("王晨 摄", "credit"), ("记者 王晨 李雪 采写", "credit"), ("本版编辑：刘晓燕", "credit"),
    ("本报记者 陈思", "byline"), ("——我市推进民生实事项目综述", "deck"),
    ("绿色出行 低碳生活", "head"), ("市民在地铁站旁借车。", "sentence"),
])
def test_line_kinds(line, kind):
    from layout_app.intake.structure import classify
    assert classify(line) == kind


# ---- found by fuzzing (issue 9): each case ends in correct output or a clear one-line message ----

BODY = "今年以来，我市把民生实事作为重点工作，在全市推出了二十项便民举措，群众反响良好。"


def test_three_line_heading_with_a_deck_keeps_its_middle_line(tmp_path):
    text = f"民生实事项目推进会召开\n暖民心\n——我市推进民生实事项目综述\n\n{BODY}\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (story,) = import_copy(path)[0].stories
    # 引题 / 主题 / 副题: the two lines above a dash deck are kicker and headline
    assert (story.kicker, story.headline, story.deck) == ("民生实事项目推进会召开", "暖民心", "——我市推进民生实事项目综述")
    assert output_chars(import_copy(path)[0]) == non_space(text)


def test_unrecognised_lines_are_kept_as_unassigned(tmp_path):
    """Every way a line can fail to find its place ends in unassigned, never nowhere."""
    body2 = "南山街道便民服务中心近日正式投入使用，共设置综合窗口十二个，可办理社保、医保、户籍等事项八十六项。"
    text = "\n\n".join([
        "绿色出行 低碳生活", "东湖区：公共自行车站点增至300个", BODY,     # a story
        "民生实事暖人心", "本版编辑：刘晓燕",                             # a heading with no body: the banner
        body2,                                                          # body under no heading
        "南山街道便民服务中心", "本版图片由本报记者 周航 摄",              # a second heading with no body
        "——一段孤立的副题"])                                            # a deck under nothing
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page, _ = import_copy(path)
    assert page.unassigned == [body2, "南山街道便民服务中心", "——一段孤立的副题"]
    assert output_chars(page) == non_space(text)


def test_utf8_bom_before_gb18030_text_is_read(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode("gb18030"))
    page, copy = import_copy(path)
    assert copy.encoding == "gb18030" and page.stories[0].headline == "春风行动送岗位"
    assert any("byte-order mark" in n for n in copy.notices)


def test_utf8_bom_before_bytes_of_no_encoding_is_a_clear_message(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "春风\n行动".encode("gb18030") + b"\x80")     # a lone 0x80 ends it
    with pytest.raises(InputError, match=r"story.txt:2: damaged text: byte \d+ is not valid"):
        import_copy(path)


def test_damaged_utf16_is_a_clear_message(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("春风\n行动".encode("utf-16") + b"\x00")                        # an odd byte at the end
    with pytest.raises(InputError, match=r"story.txt:2: damaged UTF-16 text at byte 12"):
        import_copy(path)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x8c"])
def test_control_characters_are_refused_with_the_place(tmp_path, char):
    path = tmp_path / "story.txt"
    path.write_text(f"春风行动送岗位\n\n本报{char}记者 李雪\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"story.txt:3: control character U\+{ord(char):04X} in column 3"):
        import_copy(path)


def test_unusual_line_ends_split_lines(tmp_path):
    """CR alone (old Mac), form feed, U+2028: line breaks, not characters glued to a neighbour."""
    path = tmp_path / "story.txt"
    path.write_bytes("春风行动送岗位\r\r本报记者 李雪\x0c".encode() + f"{BODY}\u2028{BODY}\r".encode())
    (story,) = import_copy(path)[0].stories
    assert story.headline == "春风行动送岗位" and story.byline == "本报记者 李雪" and story.paragraphs == [BODY, BODY]


@pytest.mark.parametrize("name,line", [
    ("latin.txt", "word " * 40_000),                         # the e-mail pattern scanned from every letter
    ("names.txt", "王晨 " * 66_000),                          # spaces between Chinese, a credit-like run
    ("mixed.txt", "中文abc,def@x 3,000 " * 12_000),
    ("emphasis.md", "*强调 " * 50_000),                      # emphasis opened and never closed
    ("bold.md", "**粗体 " * 40_000),
])
def test_a_200_000_character_line_imports_in_a_few_seconds(tmp_path, name, line):
    import time

    path = tmp_path / name
    path.write_text(line[:200_000] + "\n", encoding="utf-8")
    start = time.perf_counter()
    page, _ = import_copy(path)
    assert time.perf_counter() - start < 4.0          # was quadratic: 40,000 characters took 7.9 s
    if name.endswith(".txt"):
        assert output_chars(page) == non_space(line[:200_000])


def test_many_broken_lines_join_in_linear_time(tmp_path):
    import time

    path = tmp_path / "long.txt"
    path.write_text("今年以来我市把民生实事作为重点工作在全市推出了二十项便民举措群众\n" * 20_000, encoding="utf-8")
    start = time.perf_counter()
    page, _ = import_copy(path)
    assert time.perf_counter() - start < 4.0
    assert len(page.stories[0].paragraphs) == 1               # one sentence broken 20,000 times


def _docx_with_body(path, body_xml: bytes):
    """A minimal Word file whose document.xml holds `body_xml`."""
    import docx

    docx.Document().save(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist() if i.filename != "word/document.xml"}
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        z.writestr("word/document.xml", head + body_xml + b"</w:body></w:document>")


def test_docx_with_a_huge_document_xml_is_refused_before_parsing(tmp_path):
    import time

    path = tmp_path / "huge.docx"
    _docx_with_body(path, b"<w:p><w:r><w:t>" + b" " * 60_000_000 + b"</w:t></w:r></w:p>")   # 60 MB, packed small
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"huge.docx: too large for one page of copy: word/document.xml is 60 MB"):
        import_copy(path)
    assert time.perf_counter() - start < 2.0


def test_docx_with_too_many_paragraphs_is_refused_before_parsing(tmp_path):
    import time

    path = tmp_path / "many.docx"
    _docx_with_body(path, b"<w:p/>" * 2_000_000)                   # 2 million: > 60 s before
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"many.docx: too large for one page of copy: more than 20,000 paragraphs"):
        import_copy(path)
    assert time.perf_counter() - start < 2.0
    _docx_with_body(path, b"<w:p><w:r><w:t>" + "春风行动送岗位".encode() + b"</w:t></w:r></w:p>" + b"<w:p/>" * 19_999)
    assert output_chars(import_copy(path)[0]) == non_space("春风行动送岗位")        # at the limit: read


def test_docx_with_too_many_runs_is_refused_before_parsing(tmp_path):
    """Runs cost python-docx as much as paragraphs: 380,000 of them took 20 s."""
    path = tmp_path / "runs.docx"
    _docx_with_body(path, (b"<w:p>" + b"<w:r><w:t>x</w:t></w:r>" * 1000 + b"</w:p>") * 51)
    with pytest.raises(InputError, match=r"runs.docx: too large for one page of copy: more than 50,000 runs of text"):
        import_copy(path)


def test_docx_line_breaks_inside_a_paragraph_are_lines(tmp_path):
    import docx

    d = docx.Document()
    run = d.add_paragraph().add_run("春风行动送岗位")
    run.add_break()
    run.add_text("本报记者 李雪")
    d.add_paragraph(BODY)
    path = tmp_path / "story.docx"
    d.save(path)
    (story,) = import_copy(path)[0].stories
    assert (story.headline, story.byline, story.paragraphs) == ("春风行动送岗位", "本报记者 李雪", [BODY])


def test_docx_text_in_tracked_changes_controls_fields_and_text_boxes_is_read(tmp_path):
    """python-docx's paragraph text leaves these out; a reporter's words must not go with them."""
    def run(text):
        return f"<w:r><w:t>{text}</w:t></w:r>"

    textbox = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
               "<mc:Choice><w:drawing><w:txbxContent><w:p>" + run("图为招聘会现场。") + "</w:p></w:txbxContent></w:drawing></mc:Choice>"
               "<mc:Fallback><w:pict><w:txbxContent><w:p>" + run("图为招聘会现场。") + "</w:p></w:txbxContent></w:pict></mc:Fallback>"
               "</mc:AlternateContent></w:r>")
    body = ("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + run("春风行动") + '<w:ins w:id="1" w:author="a">' + run("送岗位") + "</w:ins></w:p>"
            + "<w:sdt><w:sdtContent><w:p>" + run("本报记者 李雪") + "</w:p></w:sdtContent></w:sdt>"
            + "<w:p>" + run("昨天上午，") + '<w:del w:id="2" w:author="a"><w:r><w:delText>删去的字</w:delText></w:r></w:del>'
            + '<w:smartTag w:uri="u" w:element="e">' + run("一百二十家企业") + "</w:smartTag>"
            + '<w:fldSimple w:instr="PAGE">' + run("带来") + "</w:fldSimple>"
            + "<w:sdt><w:sdtContent>" + run("三千多个岗位") + "</w:sdtContent></w:sdt>" + run("。") + textbox + "</w:p>")
    path = tmp_path / "tracked.docx"
    _docx_with_body(path, body.encode())
    page, copy = import_copy(path)
    assert copy.lines == ["春风行动送岗位", "本报记者 李雪", "昨天上午，一百二十家企业带来三千多个岗位。", "图为招聘会现场。"]
    assert 0 in copy.headline_hints


@pytest.mark.parametrize("name", ["copy.txt", "copy.docx"])
def test_what_is_not_a_file_of_copy_is_refused(tmp_path, name):
    import os

    with pytest.raises(InputError, match=r"^/dev/zero: not a regular file$"):
        import_copy("/dev/zero")                          # never ends
    os.mkfifo(tmp_path / name)
    with pytest.raises(InputError, match=rf"{name}: not a regular file$"):
        import_copy(tmp_path / name)                      # would wait for a writer for ever
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(InputError, match=r"folder.txt: is a folder, not a copy file$"):
        import_copy(tmp_path / "folder.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 10_000_001)
    with pytest.raises(InputError, match=r"big.txt: too large for one page of copy \(over 10 MB\)$"):
        import_copy(big)


def test_an_empty_copy_file_is_named_and_refused(tmp_path, capsys):
    """A reviewer gave an empty file: 'no story found in the copy files' named neither the file nor
    that it was empty; `import` exited 0 saying nothing. Empty or blank lines only: one line, exit 2."""
    for name, data in (("empty.txt", b""), ("blank.txt", "\n  \n\u3000\n".encode("utf-8"))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError, match=rf"{name}: empty — there is no copy in it$"):
            import_copy(path)
        assert main(["import", str(path)]) == 2
        assert main(["compose", "--copy", str(path), "-o", str(tmp_path / "page.yaml")]) == 2
        err = capsys.readouterr().err
        assert err.count(f"{name}: empty — there is no copy in it") == 2 and "Traceback" not in err
    assert not (tmp_path / "page.yaml").exists()


def test_a_photos_folder_that_is_not_there_stops_compose(tmp_path, capsys):
    """`--photos nope` went on with 'photo missing: nope — relink it', wrote a page and exited 1."""
    copy = tmp_path / "copy.txt"
    copy.write_text(PAGE, encoding="utf-8")
    assert main(["compose", "--copy", str(copy), "--photos", str(tmp_path / "nope"), "-o", str(tmp_path / "p.yaml")]) == 2
    err = capsys.readouterr().err
    assert f"--photos {tmp_path / 'nope'}: no such folder or file" in err and "relink" not in err
    assert not (tmp_path / "p.yaml").exists()
    # a folder with no photo in it: said (it said "0 of 0 photos placed" and nothing more)
    (tmp_path / "empty").mkdir()
    main(["compose", "--copy", str(copy), "--photos", str(tmp_path / "empty"), "-o", str(tmp_path / "p.yaml")])
    assert f"--photos {tmp_path / 'empty'}: no photo files in the folder" in capsys.readouterr().err


def test_a_whole_edition_of_copy_is_read_without_matching_every_caption_to_every_story(tmp_path):
    import time

    path = tmp_path / "edition.txt"
    path.write_text(PAGE * 150, encoding="utf-8")           # 300 stories and 300 captions: minutes before
    start = time.perf_counter()
    page, copy = import_copy(path)
    assert time.perf_counter() - start < 5.0
    assert len(page.captions) == 300 and all(c.story is None for c in page.captions)
    assert any("captions were not matched to stories" in n for n in copy.notices)
    assert output_chars(page) == non_space(PAGE * 150)


def test_gb18030_bytes_that_are_also_utf8_are_said_not_silently_taken(tmp_path):
    """为 in GB18030 is the bytes CE AA, which UTF-8 reads as Ϊ: a file with no Chinese in its UTF-8
    reading that is Chinese in GB18030 gets a notice naming --encoding gb18030 (found by Hypothesis)."""
    path = tmp_path / "one.txt"
    path.write_bytes("为".encode("gb18030"))
    copy = read_copy(path)
    assert any("--encoding gb18030" in str(n) for n in copy.notices)
    assert read_copy(path, "gb18030").lines == ["为"]
    # C6A4 is Ƥ in UTF-8, 皮 in GB18030 and 々 in Big5: both other ways are named
    both = tmp_path / "both.txt"
    both.write_bytes(b"3,000\xc6\xa4")
    notes = [str(n) for n in read_copy(both).notices]
    assert any("--encoding gb18030" in n for n in notes) and any("--encoding big5" in n for n in notes)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("José Martí".encode("utf-8"))
    assert read_copy(latin).lines == ["José Martí"]                    # a UTF-8 file stays as it is
