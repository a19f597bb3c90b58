"""Under zh_CN the rest of what the editor is told reaches it in Chinese: a document whose YAML is
broken, a style sheet that does not hold together, an export that preflight refuses, what the store's
database triggers say, and the clipboard's unreadable frames. The place (file:line, the field) and
the user's own values stay as they are; nothing else may show Latin letters. The command line keeps
its English (checked here for the YAML and the store). Expectations are written by hand."""
import re
import shutil
from pathlib import Path

import pytest

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.editor.messages import said
from layout_app.errors import DocumentError
from layout_app.io.docfile import load_document, loads_document
from tests.editor.test_zh_interface import untranslated
from tests.styles.sheets import STYLED_YAML

QUOTED = re.compile(r"'[^']*'")


@pytest.fixture
def window(zh, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR / "demo.yaml",
                   ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def demo_with(tmp_path: Path, old: str, new: str) -> Path:
    shutil.copytree(DEMO_DIR, tmp_path / "demo", dirs_exist_ok=True)
    text = (DEMO_DIR / "demo.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "demo" / "broken.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(k for k, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize("old, new, said_zh", [
    ("  columns: 8\n", "  columns: 8: 9\n", "文件的写法有误：这里不能写“键: 值”（冒号后要有空格，缩进要对齐）"),
    ("  columns: 8\n", "  columns: [8, 9\n", "文件的写法有误：方括号列表里缺少逗号或右方括号“]”"),
    ("  columns: 8\n", "\tcolumns: 8\n", "文件的写法有误：这里有一个不能开头的字符（如制表符、@ 或反引号）"),
    ("  columns: 8\n", "  columns: 8\n columns2: 8\n", "文件的写法有误：缩进没有对齐"),
    ("  columns: 8\n", "  columns: \"8\\q\"\n", "文件的写法有误：双引号里的反斜杠后是无法识别的转义"),
    ("  columns: 8\n", "  columns: 8\n  columns: 9\n", None),      # a key twice: the field and both lines
])
def test_a_broken_yaml_is_explained_in_chinese(window, tmp_path, old, new, said_zh):
    path = demo_with(tmp_path, old, new)
    assert window.open_path(path) is False
    text = window.status.text()
    if said_zh is None:
        assert text == f"{path}:12：grid.columns：写了两次（第 11 行和第 12 行）；请只保留一个"
        return
    line = 12 if "columns2" in new or "[" in new else 11       # PyYAML tells where it noticed
    assert text == f"{path}:{line}：{said_zh}"
    assert not untranslated(text.removeprefix(f"{path}:{line}："))


def test_the_command_line_keeps_pyyamls_english(tmp_path):
    path = demo_with(tmp_path, "  columns: 8\n", "  columns: [8, 9\n")
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert str(exc.value) == f"{path}:12: not valid YAML: expected ',' or ']', but got ':' (while parsing a flow sequence)"


@pytest.mark.parametrize("old, new, field, said_zh", [
    ("news: {based_on: body,", "news: {based_on: lead,", "styles.lead.based_on", "样式的继承绕成了一个圈：news → lead → news"),
    ("{at: 9, text: 青石镇, style: pink}", "{at: 8, text: 青石镇, style: pink}", "stories[0].body[2].runs[2].text",
     "该段位置 8 处是 '）青石'，不是 '青石镇'；'青石镇' 在位置 9"),
    ("{at: 0, text: 第四段, style: strong}", "{at: 0, text: 第四段, style: stronger}", "stories[0].body[3].runs[0].style",
     "没有名为 'stronger' 的字符样式；本文档有：strong, dots, red, pink, kai"),
    ("  kai: {font: kai}", "  '': {font: kai}", "char_styles.''", "应为名称，实际是 ''"),
    ("{at: 3, text: （记者王晨）, style: dots}", "{at: 3, text: （记者王晨）, style: dots}\n    - {at: 4, text: 记者, style: red}",
     "stories[0].body[2].runs[2].at", "与位置 3–9 的字符样式段重叠；字符样式段不能重叠"),
    ("  - text: 第二段是小标题\n    style: subhead\n", "  - style: subhead\n", "stories[0].body[1].text", "带样式的段落缺少文字"),
])
def test_a_bad_style_sheet_is_explained_in_chinese(zh, old, new, field, said_zh):
    assert STYLED_YAML.count(old) == 1
    text = STYLED_YAML.replace(old, new)
    with pytest.raises(DocumentError) as exc:
        loads_document(text, "sheet.yaml")
    first = said(exc.value).splitlines()[0]
    place = f"sheet.yaml:{exc.value.problems[0].line}：{field}："
    assert first == place + said_zh
    names = re.compile(r"\b(?:strong|dots|red|pink|kai|news|lead)\b")
    assert not untranslated(names.sub("", QUOTED.sub("", first.removeprefix(place))))


def test_a_refused_export_is_summed_up_in_chinese(zh, page_doc):
    from layout_app.editor.export_worker import ExportWorker
    from layout_app.render.pdf.export import ExportOptions
    doc, folder, _path = page_doc
    (folder / "photos" / "reading.jpg").unlink()                 # preflight: the photo is missing
    out = folder / "page.pdf"
    worker = ExportWorker(doc, folder, out, ExportOptions(pdfx=False, force=False))
    failed = []
    worker.failed.connect(failed.append)
    worker.run()
    (message,) = failed
    lines = message.splitlines()
    assert re.fullmatch(r"拒绝导出：预检发现 (\d+) 个错误，请先改正", lines[0])
    n = int(lines[0].split("发现 ")[1].split(" 个")[0])
    assert n >= 1 and len(lines) == 1 + n
    assert any("reading.jpg" in line for line in lines[1:])
    assert not any(untranslated(line) for line in lines), message
    assert not out.exists()


def test_a_database_trigger_refusal_in_chinese_and_english(zh, tmp_path):
    """The store's app-side checks pass a story's change (stories have no status); SQLite's trigger
    refuses it because the story stands on a signed page. The editor says that in Chinese."""
    from layout_app.store import init_store, open_store
    from layout_app.store.base import Write
    from layout_app.store.rights import Refused
    where = str(tmp_path / "newsroom.sqlite")
    edition = "2026-11-29"
    chief = init_store(where, user="admin", role="chief")
    chief.add_user("ed2", "editor")
    chief.import_document(edition, load_document(DEMO_DIR / "demo.yaml"))
    page = chief.pages(edition)[0]
    chief.set_status(edition, page.key, "signed")
    story_key = next(f["story"] for f in page.data["frames"] if f.get("story"))
    editor = open_store(where, "ed2")
    try:
        story = editor.get(edition, "story", story_key)
        with pytest.raises(Refused) as exc:
            editor.commit(edition, [Write("story", story_key, {**story.data, "headline": "改"}, story.version)])
        assert str(exc.value) == "it is on a signed page; the chief editor must reopen the page first"
        assert said(exc.value) == "它在已签发的版面上，须由值班总编先重新打开该版"
    finally:
        editor.close()
        chief.close()


@pytest.mark.parametrize("raised, english, chinese", [      # as PostgreSQL's trigger words them (postgres.py)
    ("page A1: signed off; the chief editor must reopen it first", None, "A1 版：已签发，须由值班总编先重新打开"),
    ("story s1: checked out by 王晨", None, "稿件 s1：已被 王晨 签出"),
    ("a reporter may not add a page record", None, "记者不能添加版面记录"),
    ("photo p1: a reporter may change only story text, captions and credits", None, "图片 p1：记者只能修改稿件文字、图片说明和署名"),
    ("story s2: a print may not change it", "story s2: a print staff may not change it", "稿件 s2：照排员不能修改它"),
    ("page A2: a reporter may not take it from signed to draft", "page A2: a reporter may not take it from 已签发 to 排版中",
     "A2 版：记者不能把它从“已签发”改为“排版中”"),
    ("story s3: it is on a signed page; the chief editor must reopen the page first", None,
     "稿件 s3：它在已签发的版面上；须由值班总编先重新打开该版"),
    ('new row violates row-level security policy for table "records"',
     'the store refused the change: new row violates row-level security policy for table "records"',
     "数据库拒绝了这项修改（权限不足）"),
])
def test_postgres_trigger_messages_read_back(zh, raised, english, chinese):
    from layout_app.store.rights import trigger_refusal
    refused = trigger_refusal(raised)
    assert str(refused) == (english or raised)
    assert said(refused) == chinese


def test_print_staff_is_one_word_in_chinese(zh):
    from PySide6.QtCore import QCoreApplication
    words = {QCoreApplication.translate(context, "print staff") for context in ("Intake", "EditionBoard", "NewsroomDesk")}
    assert words == {"照排员"}
    ts = (Path(__file__).resolve().parents[2] / "assets" / "i18n" / "layout_app_zh_CN.ts").read_text(encoding="utf-8")
    assert "发排员" not in ts and "<translation>照排</translation>" not in ts


def test_unreadable_clipboard_frames_in_chinese(window, qtbot):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication
    data = QMimeData()
    data.setData("application/x-layout-app-frames+yaml", b"layout_app_clip: 99\n")
    QGuiApplication.clipboard().setMimeData(data)
    window.canvas.setFocus()
    window.canvas.arranger.paste()
    shown = window.statusBar().currentMessage()
    assert shown == "剪贴板里的框无法读取（可能来自别的版本）"


def test_a_type_size_the_properties_panel_cannot_read_in_chinese(window, qtbot):
    from PySide6.QtCore import Qt
    headline = next(f for f in window.controller.doc.pages[0].frames if f.part == "heading" and not f.vertical)
    window.canvas.select(headline.id)
    box = window.properties.size
    assert box.isEnabled()
    box.lineEdit().setText("大号")                       # (QTest types only what a keyboard map has)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    shown = window.properties.message.text()
    assert shown.startswith("未知字号 '大号'；请用磅值（如 9）或以下之一：初号、小初")
    assert not untranslated(shown)


def test_the_stores_missing_edition_and_page_in_chinese_and_english(zh, tmp_path):
    from layout_app.store import init_store
    from layout_app.store.base import StoreError
    where = str(tmp_path / "newsroom.sqlite")
    chief = init_store(where, user="admin", role="chief")
    try:
        with pytest.raises(StoreError) as gone:
            chief.pages("1999-01-01")
        assert str(gone.value) == f"{where}: no edition '1999-01-01' in the store (it has: none)"
        assert said(gone.value) == f"{where}：库里没有 '1999-01-01' 这一期（现有：无）"
        chief.import_document("2026-11-29", load_document(DEMO_DIR / "demo.yaml"))
        with pytest.raises(StoreError) as page:
            chief.set_status("2026-11-29", "Z9", "review")
        # the pages there are named, by id and 版次 (review 30: `edition submit … 1` did not say p1 works)
        assert said(page.value) == f"{where}：'2026-11-29' 这一期没有您能看到的版面 'Z9'；请给出版面的编号或版次（编号: 版次）：A1: 1"
    finally:
        chief.close()


def test_an_export_named_wrong_in_chinese(zh, page_doc):
    from layout_app.editor.export_worker import ExportWorker
    from layout_app.render.pdf.export import ExportOptions
    doc, folder, _path = page_doc
    failed = []
    worker = ExportWorker(doc, folder, folder / "page.txt", ExportOptions(pdfx=False, force=True))
    worker.failed.connect(failed.append)
    worker.run()
    assert failed == [f"{folder / 'page.txt'}：PDF 文件应以 .pdf 结尾；请这样命名（例如 page.pdf）"]
    assert not untranslated(failed[0].removeprefix(str(folder)))


def test_masters_rules_and_boxes_that_do_not_fit_in_chinese(window, tmp_path):
    path = demo_with(tmp_path, "  master: running-head\n", "  master: 报眉二\n")
    window.open_path(path)
    assert window.status.text() == f"{path}:210：pages[0].master：没有名为 '报眉二' 的主页；现有主页：running-head"
    path = demo_with(tmp_path, "- {id: reading-box, col: 0, cols: 3,", "- {id: reading-box, col: 6, cols: 3,")
    window.open_path(path)
    text = window.status.text()
    assert text == f"{path}:259：pages[0].boxes[0].cols：超出了最后一栏：col 6 + cols 3 > 8 栏"


def test_the_board_says_which_signed_pages_preflight_refused(zh, qtbot, tmp_path):
    """Print staff export the signed pages with the photos nowhere to be found: preflight refuses the
    page; the board says so (it said nothing before) and the page stays signed, not sent."""
    from layout_app.editor.board import EditionBoard
    from layout_app.store import init_store, open_store
    where = str(tmp_path / "newsroom.sqlite")
    edition = "2026-11-29"
    chief = init_store(where, user="admin", role="chief")
    chief.add_user("printer", "print")
    chief.import_document(edition, load_document(DEMO_DIR / "demo.yaml"))
    page = chief.pages(edition)[0]
    chief.set_status(edition, page.key, "signed")
    printer = open_store(where, "printer")
    (tmp_path / "no-photos").mkdir()
    board = EditionBoard(printer, edition, tmp_path / "no-photos")
    qtbot.addWidget(board)
    try:
        assert board.export_signed(tmp_path / "out") == []
        number = page.data["number"]
        assert board.message.text() == f"已导出 0 个已签发版面；未导出（预检发现错误）：第 {number} 版"
        assert chief.pages(edition)[0].status == "signed"
    finally:
        board.close()
        printer.close()
        chief.close()
