"""Under zh_CN, why a document cannot be opened or saved, why an export failed and why the store refused
an action reach the page editor in Chinese — the place (file:line, the field) kept as it is — while the
command line keeps its English one-liners. Expectations are written by hand."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.editor.messages import said
from layout_app.errors import InputError
from layout_app.io.docfile import load_document
from layout_app.store.rights import Refused, check_write
from tests.editor.test_zh_interface import untranslated

ROOT = Path(__file__).resolve().parents[2]


def broken(tmp_path: Path) -> Path:
    """The demo with two mistakes: columns (line 11) is a word, leading (line 14) far too large."""
    shutil.copytree(DEMO_DIR, tmp_path / "demo")
    path = tmp_path / "demo" / "broken.yaml"
    lines = (DEMO_DIR / "demo.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[10] == "  columns: 8\n" and lines[13] == "  leading: 12\n"
    lines[10], lines[13] = "  columns: eight\n", "  leading: 900\n"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def window(zh, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    w = MainWindow(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR / "demo.yaml",
                   ask=lambda title, text: True, ask_save=lambda: "discard")
    w.quiet = True                                   # notify() writes the status bar, shows no box
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_broken_document_is_explained_in_chinese_with_its_place(window, tmp_path):
    path = broken(tmp_path)
    assert window.open_path(path) is False
    assert window.status.text() == (f"{path}:11：grid.columns：应为整数，实际是 'eight'；"
                                    f"{path}:14：grid.leading：不得大于 72，实际是 900")


def test_a_missing_and_an_empty_document_in_chinese(window, tmp_path):
    window.open_path(tmp_path / "gone.yaml")
    assert window.status.text() == f"{tmp_path / 'gone.yaml'}：没有这个文档"
    (tmp_path / "empty.yaml").write_text("  \n", encoding="utf-8")
    window.open_path(tmp_path / "empty.yaml")
    assert window.status.text() == f"{tmp_path / 'empty.yaml'}：文件是空的"


def test_a_save_that_cannot_be_written_in_chinese(window, tmp_path):
    not_a_folder = tmp_path / "notes.txt"              # (the tests may run as root: a locked folder is no bar)
    not_a_folder.write_text("x", encoding="utf-8")
    assert window._save_to(not_a_folder / "page.yaml") is False
    assert window.status.text().startswith(f"{not_a_folder / 'page.yaml'}：无法在 {not_a_folder} 中写入：")
    assert not_a_folder.read_text(encoding="utf-8") == "x"


def test_an_export_that_cannot_be_written_in_chinese(zh, tmp_path):
    from layout_app.editor.export_worker import ExportWorker
    from layout_app.render.pdf.export import ExportOptions
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "notes.txt" / "page.pdf"
    worker = ExportWorker(load_document(DEMO_DIR / "demo.yaml"), DEMO_DIR, out, ExportOptions(pdfx=False, force=True))
    failed = []
    worker.failed.connect(failed.append)
    worker.run()
    assert failed == [f"{out}：{out.parent} 是文件，不是文件夹"]


def test_store_refusals_in_chinese_and_the_english_kept(zh):
    with pytest.raises(Refused) as signed:
        check_write("editor", "page", {"id": "A1"}, {"id": "A1", "number": 2}, "signed")
    assert str(signed.value) == "page A1: signed off (已签发); the chief editor must reopen it first"
    assert said(signed.value) == "A1 版：状态为“已签发”，须由值班总编先重新打开"
    with pytest.raises(Refused) as reporter:
        check_write("reporter", "story", {"id": "s1", "rank": 1}, {"id": "s1", "rank": 2})
    assert str(reporter.value) == "story s1: a reporter may not change rank"
    assert said(reporter.value) == "稿件 s1：记者不能修改 rank"
    with pytest.raises(Refused) as printer:
        check_write("print", "photo", {"id": "p1"}, None)
    assert str(printer.value) == "photo p1: a print staff may not change it"
    assert said(printer.value) == "图片 p1：照排员不能修改它"


def test_a_refusal_on_the_board_in_chinese(zh, qtbot, tmp_path):
    from layout_app.editor.board import EditionBoard
    from layout_app.store import init_store, open_store
    where = str(tmp_path / "newsroom.sqlite")
    edition = "2026-11-29"
    chief = init_store(where, user="admin", role="chief")
    chief.add_user("ed2", "editor")
    chief.import_document(edition, load_document(DEMO_DIR / "demo.yaml"))
    page = chief.pages(edition)[0].key
    chief.set_status(edition, page, "signed")
    editor = open_store(where, "ed2")
    board = EditionBoard(editor, edition, DEMO_DIR)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    try:
        board.table.selectRow(0)
        qtbot.mouseClick(board.buttons["submit"], Qt.MouseButton.LeftButton)
        assert board.message.text() == f"{page} 版：版面编辑不能把它从“已签发”改为“待审”"
        assert chief.pages(edition)[0].status == "signed"
    finally:
        board.close()
        editor.close()
        chief.close()


def document_templates() -> set[str]:
    """The templates of documents, outputs and the store (they quote field names as the file writes them)."""
    import layout_app.atomic
    import layout_app.errors
    import layout_app.io.outputs
    import layout_app.io.wording
    import layout_app.render.pdf.export
    import layout_app.store.rights
    import layout_app.store.wording
    import layout_app.units
    modules = (layout_app.atomic, layout_app.errors, layout_app.io.outputs, layout_app.io.wording,
               layout_app.render.pdf.export, layout_app.store.rights, layout_app.store.wording, layout_app.units)
    ours = {v for m in modules for v in vars(m).values() if isinstance(v, str) and v in layout_app.errors.TEMPLATES}
    ours |= {template for _start, template in layout_app.io.wording.YAML_PROBLEMS}     # PyYAML's problems by kind
    return ours | {v for d in (layout_app.store.rights.KINDS, layout_app.store.rights.ROLE_WORDS) for v in d.values()}


def test_every_document_and_refusal_template_has_chinese_with_its_placeholders(zh):
    import string

    from layout_app.editor.messages import translate
    templates = document_templates()
    assert len(templates) > 70
    for template in templates:
        zh_text = translate(template)
        assert zh_text != template or not untranslated(template), template
        fields = lambda t: sorted(f for _, f, _, _ in string.Formatter().parse(t) if f)
        # the Chinese may leave out what is English anyway (an OS reason, the command line's flag), never invent
        assert set(fields(zh_text)) <= set(fields(template)), template
        if "{reason}" not in template and "{flag}" not in template:
            assert fields(zh_text) == fields(template), template


def test_the_command_line_keeps_its_english(tmp_path):
    path = broken(tmp_path)
    run = subprocess.run([sys.executable, "-m", "layout_app", "preflight", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"layout-app: {path}:11: grid.columns: expected a whole number, got 'eight'",
                                       f"{path}:14: grid.leading: must be at most 72, got 900"]
    with pytest.raises(InputError) as gone:
        load_document(tmp_path / "gone.yaml")
    assert str(gone.value) == f"{tmp_path / 'gone.yaml'}: no such document"
