"""Under zh_CN the files around the page reach the page editor in Chinese too: an edition file and its
naming pattern, a page name the board's export of signed pages cannot make inside the chosen folder,
a shipped font that is missing or unreadable, the photo caches, and an export that failed inside
layout_app (its Python English goes to the log, not to the screen). File names, the place (file:line,
the field) and the user's own values stay as they are; nothing else may show Latin letters. The
command line keeps its English. Expectations are written by hand."""
import ast
import re
import string
from pathlib import Path

import pytest

from layout_app.assets import DEMO_DIR
from layout_app.editor.messages import said, translate
from layout_app.errors import TEMPLATES, DocumentError, InputError
from layout_app.io.docfile import load_document
from tests.editor.test_zh_interface import untranslated

ROOT = Path(__file__).resolve().parents[2]
QUOTED = re.compile(r"'[^']*'")


def file_templates() -> set[str]:
    """The templates of the modules this file covers (each marked with QT_TRANSLATE_NOOP)."""
    import layout_app.editor.newsroom
    import layout_app.imaging.source
    import layout_app.io.edition
    import layout_app.io.outputs
    import layout_app.render.pdf.edition
    import layout_app.text.fonts
    import layout_app.text.sfnt
    modules = (layout_app.editor.newsroom, layout_app.imaging.source, layout_app.io.edition, layout_app.io.outputs,
               layout_app.render.pdf.edition, layout_app.text.fonts, layout_app.text.sfnt)
    return {v for m in modules for v in vars(m).values() if isinstance(v, str) and v in TEMPLATES}


LEFT_OUT = {"reason", "detail", "flag", "family", "role"}


def fields(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)


def test_every_file_template_has_chinese_with_its_placeholders(zh):
    templates = file_templates()
    assert len(templates) >= 40
    for template in templates:
        zh_text = translate(template)
        assert zh_text != template, f"no Chinese for {template!r}"
        # the Chinese may leave out English from elsewhere (Python's, the OS's or Pillow's {reason} or
        # {detail}, a font's family name and role), never a user's value or a place; never invents one
        assert set(fields(zh_text)) <= set(fields(template)), template
        assert set(fields(template)) - set(fields(zh_text)) <= LEFT_OUT, template
        # what the Chinese says around its placeholders is Chinese
        bare = re.sub(r"\{\{[^}]*\}\}|\{[^{}]*\}", " ", zh_text)
        bare = re.sub(r"\b(?:date|section|page|paper)\b", " ", bare)   # the pattern's four fields, as the file writes them
        assert not untranslated(bare), (template, zh_text)


# --- an edition file ------------------------------------------------------------------------------------

EDITION = """edition: 1
paper: 青石日报
date: 2026-11-29
naming: "{date}_{section}{page:02}.pdf"
pages:
  - {page: 1, section: A, file: demo.yaml}
  - {page: 1, section: A, file: gone.yaml}
"""


def test_a_broken_edition_file_in_chinese_and_in_english_on_the_command_line(zh, tmp_path):
    from layout_app.io.edition import load_edition
    path = tmp_path / "edition.yaml"
    path.write_text(EDITION, encoding="utf-8")
    (tmp_path / "demo.yaml").write_text((DEMO_DIR / "demo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        load_edition(path)
    assert said(exc.value).splitlines() == [
        f"{path}:7：pages[1].page：第 1 版列了两次（另一处在第 6 行）",
        f"{path}:7：pages[1].file：没有这个版面文件：{tmp_path / 'gone.yaml'}",
    ]
    assert str(exc.value).splitlines() == [
        f"{path}:7: pages[1].page: page 1 is listed twice (also at line 6)",
        f"{path}:7: pages[1].file: no such document: {tmp_path / 'gone.yaml'}",
    ]
    with pytest.raises(InputError) as gone:
        load_edition(tmp_path / "nope.yaml")
    assert said(gone.value) == f"{tmp_path / 'nope.yaml'}：没有这个期次文件"
    assert str(gone.value) == f"{tmp_path / 'nope.yaml'}: no such edition file"


@pytest.mark.parametrize("naming, said_zh", [
    ("{date}/../{page}.pdf", "第 1 版：'20261129/../1.pdf' 中有 '..' 这一段；每一段都须是普通的名字（不能是“..”、空的或以“.”开头的隐藏名）"),
    ("/tmp/{page}.pdf", "第 1 版：'/tmp/1.pdf' 是绝对路径；文件名只能在输出文件夹之内"),
    ("{page!r}.pdf", "{page!r}：命名规则里不能用转换；只能用 date、section、page、paper 四个字段，例如 {page:02}"),
    ("{page:05}.pdf", "{page:05}：冒号后只能写不超过 4 位的宽度，例如 {page:02}"),
    ("{edition}.pdf", "{edition} 不是可用的字段；只能用 date、section、page、paper 四个字段，例如 {page:02}"),
    ("{section}.pdf", "第 1 版和第 2 版会写进同一个文件 'A.pdf'；请在命名规则里加上 {page}"),
])
def test_a_bad_naming_pattern_in_chinese(zh, tmp_path, naming, said_zh):
    from layout_app.io.edition import load_edition
    (tmp_path / "demo.yaml").write_text((DEMO_DIR / "demo.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "edition.yaml"
    path.write_text(EDITION.replace('"{date}_{section}{page:02}.pdf"', repr(naming)).replace(
        "{page: 1, section: A, file: gone.yaml}", "{page: 2, section: A, file: demo.yaml}"), encoding="utf-8")
    with pytest.raises(DocumentError) as exc:
        load_edition(path)
    assert said(exc.value) == f"{path}:4：naming：{said_zh}"


# --- the board's export of signed pages: a page's name inside the chosen folder --------------------------

def test_a_section_that_would_write_outside_the_folder_in_chinese(zh, tmp_path):
    """A page whose section (typed by a page editor) holds '/../' would name a file outside the folder the
    print staff chose: refused before anything is written, in Chinese (the board shows said())."""
    from dataclasses import replace

    from layout_app.render.pdf.signed import export_pages
    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    doc = replace(doc, pages=(replace(page, section="/../要闻"), *doc.pages[1:]), date="2026-11-29")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError) as exc:
        export_pages(doc, DEMO_DIR, [page.id], out)
    name = f"'20261129_/../要闻{page.number:02}.pdf'"
    text = said(exc.value)
    assert text.endswith(f"：第 {page.number} 版的文件名：{name} 中有 '..' 这一段；"
                         "每一段都须是普通的名字（不能是“..”、空的或以“.”开头的隐藏名）"), text
    assert list(out.iterdir()) == [] and not list(tmp_path.glob("*.pdf"))
    assert f": naming: page {page.number}: {name} has the part '..'" in str(exc.value)


# --- the shipped fonts ------------------------------------------------------------------------------------

def test_a_missing_font_stops_an_export_in_chinese(zh, tmp_path, monkeypatch):
    import layout_app.text.fonts as fonts
    from layout_app.editor.export_worker import ExportWorker
    from layout_app.render.pdf.export import ExportOptions
    monkeypatch.setattr(fonts, "_default", fonts.FontRegistry(fonts_dir=tmp_path / "fonts"))   # assets/fonts lost
    out = tmp_path / "page.pdf"
    worker = ExportWorker(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR, out, ExportOptions(pdfx=False, force=True))
    failed = []
    worker.failed.connect(failed.append)
    worker.run()
    (message,) = failed
    assert re.fullmatch(rf"缺少字体文件：{re.escape(str(tmp_path / 'fonts'))}/\S+\.ttf。请让技术人员恢复程序自带的字体文件夹",
                        message), message
    assert not out.exists()


def test_an_unreadable_font_in_chinese_and_english(zh, tmp_path):
    from layout_app.text.fonts import FACES, FontRegistry
    for spec in FACES:
        (tmp_path / spec.file).write_bytes(b"not a font at all, just some text that is long enough")
    with pytest.raises(InputError) as exc:
        FontRegistry(fonts_dir=tmp_path).face("song")
    font = tmp_path / "NotoSerifSC-Medium.ttf"
    assert said(exc.value) == f"字体文件无法读取：{font}（文件损坏？请让技术人员恢复程序自带的字体）"
    assert str(exc.value).startswith(f"font file unreadable: {font}: ")


# --- an export that failed inside layout_app --------------------------------------------------------------

def test_an_export_that_fails_inside_layout_app_says_so_in_chinese_and_logs_the_english(zh, tmp_path, monkeypatch):
    from layout_app.editor.export_worker import ExportWorker
    from layout_app.render.pdf.export import ExportOptions
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    out = tmp_path / "page.pdf"
    worker = ExportWorker(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR, out, ExportOptions(pdfx=False, force=True))

    def bug(*args):                  # a bug of ours inside the PDF writer: nothing else raises a ZeroDivisionError
        return 1 / 0
    worker._export = bug
    failed = []
    worker.failed.connect(failed.append)
    worker.run()
    (message,) = failed
    match = re.fullmatch(r"导出时 layout_app 内部出错，没有写入任何文件。请把这个文件交给技术人员：(\S+\.log)", message)
    assert match, message
    log = Path(match.group(1))
    assert log.is_relative_to(tmp_path / "state") and "ZeroDivisionError" in log.read_text(encoding="utf-8")
    assert not untranslated(message.replace(str(log), ""))
    assert not out.exists()


# --- nothing in these modules goes to the screen untranslated --------------------------------------------

SCREEN_MODULES = ["layout_app/io/edition.py", "layout_app/io/outputs.py", "layout_app/render/pdf/edition.py",
                  "layout_app/render/pdf/signed.py", "layout_app/render/pdf/export.py", "layout_app/text/fonts.py",
                  "layout_app/text/sfnt.py", "layout_app/imaging/source.py", "layout_app/imaging/proxy.py",
                  "layout_app/imaging/printready.py", "layout_app/imaging/intake.py", "layout_app/io/docfile.py",
                  "layout_app/io/located.py", "layout_app/io/schema.py", "layout_app/io/stylesheet.py",
                  "layout_app/io/templates.py", "layout_app/editor/newsroom.py", "layout_app/editor/board.py",
                  "layout_app/editor/main_window.py", "layout_app/editor/storelink.py"]
# errors raised for the command line only (--screenshot), never with a window to show them in
COMMAND_LINE_ONLY = {("layout_app/editor/board.py", "{args.screenshot}: cannot write the picture")}
USER_ERRORS = {"InputError", "PhotoError", "DocumentError", "StoreError", "Refused"}


def plain_messages(path: str):
    """(line, text) of each `raise <user error>(<a plain string or f-string>)` in a module: English the
    editor cannot translate (a translatable message is a Notice of a marked template)."""
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            plain = [a for a in node.exc.args
                     if isinstance(a, ast.JoinedStr) or (isinstance(a, ast.Constant) and isinstance(a.value, str))]
            if name in USER_ERRORS and plain:
                text = ast.unparse(plain[0])
                text = text[2:-1] if text.startswith(("f'", 'f"')) else text.strip("'\"")
                yield node.lineno, text


@pytest.mark.parametrize("path", SCREEN_MODULES)
def test_no_plain_english_error_in_what_the_editor_shows(path):
    found = [(line, text) for line, text in plain_messages(path) if (path, text) not in COMMAND_LINE_ONLY]
    assert found == [], f"{path}: make these Notices of marked templates: {found}"


def test_a_page_the_board_could_not_export_says_why_in_chinese(zh, qtbot, tmp_path, monkeypatch):
    """The board's export of signed pages: a page that fails (here: the shipped fonts are gone) is named
    with its reason in Chinese, and stays signed (not 已发排)."""
    import layout_app.text.fonts as fonts
    from layout_app.editor.board import EditionBoard
    from layout_app.store import init_store
    where = str(tmp_path / "newsroom.sqlite")
    edition = "2026-11-29"
    chief = init_store(where, user="admin", role="chief")
    chief.import_document(edition, load_document(DEMO_DIR / "demo.yaml"))
    page = chief.pages(edition)[0]
    chief.set_status(edition, page.key, "signed")
    board = EditionBoard(chief, edition, DEMO_DIR)
    qtbot.addWidget(board)
    try:
        monkeypatch.setattr(fonts, "_default", fonts.FontRegistry(fonts_dir=tmp_path / "fonts"))
        out = tmp_path / "plant"
        out.mkdir()
        assert board.export_signed(out) == []
        number = page.data["number"]
        text = board.message.text()
        assert re.fullmatch(rf"已导出 0 个已签发版面；第 {number} 版未能导出：缺少字体文件：{re.escape(str(tmp_path / 'fonts'))}/"
                            r"\S+\.ttf。请让技术人员恢复程序自带的字体文件夹", text), text
        assert chief.pages(edition)[0].status == "signed" and list(out.iterdir()) == []
    finally:
        board.close()
        chief.close()


def test_a_bug_in_a_slot_is_told_in_chinese_without_pythons_english(zh, qapp, qtbot, tmp_path, monkeypatch):
    import sys

    from layout_app.editor.app import install_error_hook
    from layout_app.editor.main_window import MainWindow
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)            # put back after the test
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR / "demo.yaml",
                   ask=lambda title, text: True, ask_save=lambda: "discard")
    told = []
    w.notify = lambda title, text: told.append(text)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(qapp, "topLevelWidgets", lambda: [w])        # not other tests' windows, closing
    install_error_hook(qapp)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    (text,) = told
    match = re.fullmatch(r"layout_app 内部出错了，你的工作已存入恢复文件。请把这个文件交给技术人员：(\S+\.log)", text)
    assert match, text
    assert "ZeroDivisionError" in Path(match.group(1)).read_text(encoding="utf-8")


def test_a_save_colleagues_overtake_at_every_try_is_told_in_chinese(zh, qtbot, tmp_path):
    """Colleagues' saves win the race at each of the desk's tries: the page editor is told so in Chinese,
    not shown the records' kinds and ids."""
    from dataclasses import replace

    from layout_app.editor.newsroom import open_window
    from layout_app.store import init_store
    from layout_app.store.base import Stale
    where = str(tmp_path / "newsroom.sqlite")
    edition = "2026-11-29"
    chief = init_store(where, user="admin", role="chief")
    chief.import_document(edition, load_document(DEMO_DIR / "demo.yaml"))
    w = open_window(chief, edition, 1, DEMO_DIR)
    w.quiet, w.ask_save = True, lambda: "discard"
    qtbot.addWidget(w)
    try:
        doc = w.controller.doc
        photo = doc.photos[0]
        changed = replace(doc, photos=(replace(photo, caption="新的图片说明"), *doc.photos[1:]))
        w.controller.apply(changed, "caption")
        tries = []

        def overtaken(edition, writes, note=""):       # a colleague's save lands first, every time
            tries.append(writes)
            raise Stale([(x.kind, x.key) for x in writes])
        chief.commit = overtaken
        assert w.newsroom.save() is False
        assert len(tries) == 5
        assert w.status.text() == "保存时同事一直在修改同样的内容；请再保存一次"
    finally:
        del chief.commit
        w.newsroom.close()
        chief.close()
