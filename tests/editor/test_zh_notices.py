"""Under zh_CN, what intake says about a dropped or placed copy file (encoding guessed, footnotes, tables,
guessed banners and headings) and what Place says reach the page editor in Chinese; the command line keeps
its English. The window title names the page once."""
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow, names_page
from layout_app.io.docfile import load_document
from tests.editor.test_zh_interface import untranslated
from tests.editor.zh_copy import banner_guess, docx_with_notices, gbk_or_big5


@pytest.fixture
def window(zh, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    shutil.copytree(DEMO_DIR, tmp_path / "demo")
    path = tmp_path / "demo" / "demo.yaml"
    w = MainWindow(load_document(path), path, ask=lambda title, text: True, ask_save=lambda: "discard")
    w.notify = lambda title, text: w._notified.append((title, text))
    w._notified = []
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_every_intake_notice_has_chinese_that_keeps_the_users_words(zh):
    from PySide6.QtCore import QCoreApplication

    import layout_app.imaging.intake  # noqa: F401 — every module that makes notices is loaded
    import layout_app.intake.importer  # noqa: F401
    from layout_app.intake.notices import CONTEXT, TEMPLATES
    assert len(TEMPLATES) >= 42
    from tests.editor.test_zh_errors import document_templates
    from tests.editor.test_zh_files import file_templates
    # documents' own: tests/editor/test_zh_errors.py; editions, fonts, photo caches: tests/editor/test_zh_files.py
    for template in set(TEMPLATES) - document_templates() - file_templates():
        zh_text = QCoreApplication.translate(CONTEXT, template)
        assert zh_text != template and not untranslated(re.sub(r"\{[^}]*\}", "0000", zh_text)), template
        ours, theirs = (set(re.findall(r"\{(\w+)[^}]*\}", t)) for t in (zh_text, template))
        # the Chinese says every argument but a story's number counted from 0 (it names the story by its words)
        # and a library's or the system's reason, which is English
        assert ours <= theirs and theirs - ours <= {"k", "reason", "detail"}, template


def test_a_dropped_copy_file_says_its_notices_in_chinese(window, tmp_path):
    w = window
    files = [docx_with_notices(tmp_path / "招聘.docx"), banner_guess(tmp_path / "page.txt"), gbk_or_big5(tmp_path / "短.txt")]
    w.drop([str(f) for f in files], QPointF(40, 900))
    status = w.status.text()
    assert "招聘.docx：脚注已略去（报纸稿件不用脚注）" in status
    assert "招聘.docx：表格“企业　岗位”共 1 行 2 列，已作为表格排入稿件“春风行动送岗位”" in status
    # a notice inside a notice: the file, then the structure's doubt — both in Chinese, the headline as written
    assert re.search(r"page\.txt：通栏标题“暖心服务进万家”是按它在版面上的位置推断的（把握 \d+%）：请核对", status)
    # the editor has no --encoding: the Chinese says what a page editor can do
    assert "短.txt：已按 gb18030 编码读入，但也可能是 big5；如果文字看起来不对，请把文件另存为 UTF-8 再放入" in status
    for note in status.split("；"):
        assert not untranslated(note), note
    w.grab().save(str(tmp_path / "drop_zh.png"))


def test_the_command_line_keeps_its_english_notices(zh, tmp_path, capsys):
    from layout_app.cli import main
    docx = docx_with_notices(tmp_path / "story.docx")
    assert main(["import", str(docx)]) == 0
    said = capsys.readouterr()
    err = said.err
    # a Word document has no text encoding to name (a reviewer read '按 docx 编码读入')
    assert said.out.splitlines()[0] == f"{docx}: read as a Word document (.docx)"
    assert main(["import", str(docx), "--lang", "zh_CN"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{docx}：按 Word 文档（.docx）读入"
    assert "notice: story.docx: footnotes were ignored (a newspaper story has none)" in err
    assert ("notice: story.docx: table “企业　岗位”: 1 row(s), 2 column(s) — kept as a table in the story "
            "“春风行动送岗位”") in err


def test_placing_into_a_frame_speaks_chinese_and_drops_the_drops_own_notes(window, tmp_path):
    w = window
    body = next(f for f in w.controller.doc.pages[0].frames if f.part == "body")
    w.canvas.select(body.id)
    from layout_app.editor.newdoc import place
    assert place(w, [docx_with_notices(tmp_path / "招聘.docx", table=False)])
    notes = w.status.text().split("；")
    assert notes[-1] == "招聘.docx：稿件“春风行动送岗位”已放入选中的框"
    # the drop that read the file placed the story in frames of its own: that note is not the user's
    assert not any("已放好" in n or "placed" in n for n in notes[:-1]) and len(notes) == 2, notes
    w.canvas.select("")
    full = tmp_path / "nothing.xls"
    full.write_bytes(b"\0")
    place(w, [full])
    assert w._notified and w._notified[-1][1] == "nothing.xls：既不是稿件文件（.txt .docx .md .pdf）也不是图片（.jpg .png .tif .webp）"


def test_a_photo_placed_into_its_frame_is_said_in_chinese(window, tmp_path):
    w = window
    photo_frame = next(f for f in w.controller.doc.pages[0].frames if f.kind == "photo")
    w.canvas.select(photo_frame.id)
    shutil.copy(DEMO_DIR / "photos" / "square.jpg", tmp_path / "新图.jpg")
    from layout_app.editor.newdoc import place
    assert place(w, [tmp_path / "新图.jpg"])
    assert w.status.text().split("；")[-1] == "新图.jpg：图片已放入选中的框"


@pytest.mark.parametrize("title,number,page,named", [
    ("示范报 第1版", 1, "第 1 版", True), ("示范报 第 1 版", 1, "page 1", True), ("晚报 第十二版", 12, "第 12 版", True),
    ("晚报 第二十一版", 21, "page 21", True), ("示范报 第1版", 2, "第 2 版", False), ("晚报 第11版", 1, "第 1 版", False),
    ("晚报 第十版", 1, "第 1 版", False), ("Daily page 1", 1, "page 1", True), ("Daily page 12", 1, "page 1", False),
    ("demo.yaml", 1, "第 1 版", False), ("要闻 A1", 1, "第 1 版", False),
])
def test_a_title_that_names_its_page(title, number, page, named):
    assert names_page(title, number, page) is named


def test_the_window_title_says_the_page_once(window):
    w = window
    assert w.windowTitle() == "示范报 第1版 — layout_app"          # the title names page 1 already
    w.add_page()                                                   # on page 2 the page is said
    assert w.windowTitle() == "*示范报 第1版 — 第 2 版 — layout_app"


def test_a_new_document_names_its_template_in_chinese(window):
    from layout_app.editor.newdoc import new_from_template
    assert new_from_template(window, "sikai")
    assert window.status.text() == "已用 四开 模板新建，尚未保存"                 # not the file name "sikai"


def test_a_copy_file_that_cannot_be_read_is_said_in_chinese(window, tmp_path):
    """A damaged Word file, text in no encoding, a binary file: the reason in Chinese, with the file."""
    w = window
    (tmp_path / "坏.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (tmp_path / "乱码.txt").write_bytes("民生新闻".encode("utf-8")[:-1] + b"\xff\xfe\x80\n")
    (tmp_path / "二进制.txt").write_bytes("第一行\n第二\x01行\n".encode("utf-8"))
    w.drop([str(tmp_path / n) for n in ("坏.docx", "乱码.txt", "二进制.txt")], QPointF(40, 900))
    (title, text), = w._notified
    problems = text.split("\n")
    assert problems[0] == f"{tmp_path / '坏.docx'}：不是可以读取的 Word (.docx) 文件；请重新另存为 .docx"
    assert problems[1].startswith(f"{tmp_path / '乱码.txt'}:1：文本损坏：第 ") and problems[1].endswith("请把文件另存为 UTF-8 再放入")
    assert problems[2] == f"{tmp_path / '二进制.txt'}:2：第 3 个字符是控制字符 U+0001，不是纯文本（是二进制文件，或用了别的编码保存？）"
    assert title == "有些文件无法放置" and not any(untranslated(p) for p in problems), problems


def test_the_command_line_keeps_its_english_errors(tmp_path, capsys):
    from layout_app.cli import main
    (tmp_path / "二进制.txt").write_bytes("第一行\n第二\x01行\n".encode("utf-8"))
    assert main(["import", str(tmp_path / "二进制.txt")]) != 0
    assert capsys.readouterr().err.strip().endswith(
        f"{tmp_path / '二进制.txt'}:2: control character U+0001 in column 3: not plain text (a binary file, or saved in "
        "another encoding?)")


def test_a_photo_file_that_cannot_be_used_is_said_in_chinese(window, tmp_path):
    """A JPEG cut short, a text file named .jpg, a HEIC photo, a photo without read permission."""
    import os
    w = window
    whole = (DEMO_DIR / "photos" / "square.jpg").read_bytes()
    (tmp_path / "半张.jpg").write_bytes(whole[: len(whole) // 3])
    (tmp_path / "不是图.jpg").write_text("这不是图片", encoding="utf-8")
    (tmp_path / "手机.heic").write_bytes(b"\0" * 64)
    locked = tmp_path / "锁住.jpg"
    locked.write_bytes(whole)
    locked.chmod(0)
    names = ["半张.jpg", "不是图.jpg", "手机.heic"] + (["锁住.jpg"] if not os.access(locked, os.R_OK) else [])
    w.drop([str(tmp_path / n) for n in names], QPointF(40, 900))
    (_, text), = w._notified
    problems = text.split("\n")
    assert problems[0].startswith(f"{tmp_path / '半张.jpg'}：图片文件损坏或不完整") and problems[0].endswith("请图片部重新发送")
    assert problems[1] == f"{tmp_path / '不是图.jpg'}：不是 layout_app 能读取的图片格式（JPEG、PNG、TIFF、WebP）"
    assert problems[2] == f"{tmp_path / '手机.heic'}：暂不能读取 HEIC 照片；请在手机或图片软件中导出为 JPEG"
    if len(names) == 4:                                  # root reads any file: then there is nothing to refuse
        assert problems[3] == f"无法读取图片：{tmp_path / '锁住.jpg'}（没有读取权限）"
    assert not any(untranslated(p) for p in problems), problems


def test_find_says_in_chinese_why_it_cannot_search(window):
    """Python's own words for a bad regular expression are English: the panel says where, in Chinese."""
    panel = window.find_panel
    panel.find.setText("")
    assert not panel.search() and panel.message.text() == "请输入要查找的内容"
    panel.regex.setChecked(True)
    panel.find.setText("图书(角")
    assert not panel.search() and panel.message.text() == "无法查找：正则表达式第 3 个字符处有误"


def test_a_notice_is_its_english_text_and_survives_pickling():
    """Errors cross process boundaries (the edition export's workers): the template goes with them, and
    a file name with braces is not read as a template."""
    import copy
    import pickle

    from layout_app.errors import Notice
    from layout_app.imaging.source import TRUNCATED, PhotoError
    from layout_app.intake.notices import BANNER_GUESS, IN_FILE
    nested = Notice(IN_FILE, file="稿{1}.txt", notice=Notice(BANNER_GUESS, headline="暖心", confidence=0.5))
    assert nested == "稿{1}.txt: banner '暖心' is a guess from its place on the page (confidence 50%): check it"
    err = PhotoError(Notice(TRUNCATED, path=Path("/x/{p}.jpg"), w=4, h=3, n=9))
    for again in (pickle.loads(pickle.dumps(err)), copy.deepcopy(err)):
        assert str(again) == str(err) and again.args[0].template == TRUNCATED
    back = pickle.loads(pickle.dumps(nested))
    assert back.render(lambda t: {IN_FILE: "{file}：{notice}", BANNER_GUESS: "“{headline}”（{confidence:.0%}）"}[t]) == \
        "稿{1}.txt：“暖心”（50%）"
