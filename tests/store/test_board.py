"""The edition board window, with real widgets and real clicks, on both engines."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from layout_app.assets import DEMO_DIR
from layout_app.editor.board import EditionBoard
from layout_app.store.desk import Desk
from tests.store.newsroom import PAGE, imported, moved

ROOT = Path(__file__).resolve().parents[2]


def _cell(board, row, col):
    return board.table.item(row, col).text()


def _open(qtbot, store, ed_name):
    board = EditionBoard(store, ed_name, DEMO_DIR)
    qtbot.addWidget(board)
    board.show()
    return board


@pytest.mark.usefixtures("settled_heap")
def test_the_board_lists_pages_and_follows_colleagues_live(stores, qtbot):
    ed_name = imported(stores)
    board = _open(qtbot, stores.open("ed"), ed_name)
    try:
        assert board.table.rowCount() == 1
        assert _cell(board, 0, 0) == f"1 {PAGE}" and _cell(board, 0, 2) == "排版中" and _cell(board, 0, 3) == ""
        assert not board.table.item(0, 0).icon().isNull()                      # a thumbnail
        assert _cell(board, 0, 6)                                               # a preflight state
        stores.open("ed2").check_out(ed_name, "page", PAGE)
        start = time.monotonic()
        qtbot.waitUntil(lambda: _cell(board, 0, 3) == "ed2", timeout=2000)
        assert time.monotonic() - start < 1.0
        other = stores.open("ed2")
        desk = Desk(other, ed_name)
        desk.save(moved(desk.document(), col=4))
        qtbot.waitUntil(lambda: _cell(board, 0, 4) == "v2 ed2", timeout=2000)
        assert not board.buttons["sign"].isEnabled()                            # a page editor does not sign
    finally:
        board.close()


def test_the_chief_signs_off_from_the_board_and_print_staff_export(stores, qtbot, tmp_path):
    ed_name = imported(stores)
    chief = _open(qtbot, stores.open("chief"), ed_name)
    try:
        chief.table.selectRow(0)
        qtbot.mouseClick(chief.buttons["sign"], Qt.MouseButton.LeftButton)
        assert _cell(chief, 0, 2) == "已签发"
    finally:
        chief.close()
    printer = _open(qtbot, stores.open("printer"), ed_name)
    try:
        assert not printer.buttons["sign"].isEnabled() and printer.buttons["export"].isEnabled()
        written = printer.export_signed(tmp_path)
        # {date}_{section}{page:02}: the edition's date (its name, 2026-11-29), not the document's 11-28
        assert [p.name for p in written] == ["20261129_要闻01.pdf"]
        assert written[0].read_bytes().startswith(b"%PDF-")
        assert _cell(printer, 0, 2) == "已发排"
    finally:
        printer.close()


def test_print_staff_see_an_empty_board_until_a_page_is_signed(stores, qtbot):
    ed_name = imported(stores)
    board = _open(qtbot, stores.open("printer"), ed_name)
    try:
        assert board.table.rowCount() == 0
        stores.open("chief").set_status(ed_name, PAGE, "signed")
        qtbot.waitUntil(lambda: board.table.rowCount() == 1, timeout=2000)
    finally:
        board.close()


def test_an_editor_releases_a_colleagues_check_out_only_after_confirming(stores, qtbot):
    ed_name = imported(stores)
    stores.open("ed2").check_out(ed_name, "page", PAGE)
    board = _open(qtbot, stores.open("ed"), ed_name)
    asked = []
    try:
        board.confirm = lambda text: asked.append(text) or False            # the person says no
        board.table.selectRow(0)
        qtbot.mouseClick(board.buttons["release"], Qt.MouseButton.LeftButton)
        assert "ed2 has page A1 checked out" in asked[0]
        assert stores.admin.get(ed_name, "page", PAGE).holder == "ed2"
        board.confirm = lambda text: True
        qtbot.mouseClick(board.buttons["release"], Qt.MouseButton.LeftButton)
        assert stores.admin.get(ed_name, "page", PAGE).holder is None
        assert _cell(board, 0, 3) == ""
    finally:
        board.close()


def test_the_board_names_who_holds_stories_and_opens_from_the_command_line(stores, qtbot, tmp_path):
    from tests.store.newsroom import STORY
    ed_name = imported(stores)
    stores.open("rep").check_out(ed_name, "story", STORY)
    board = _open(qtbot, stores.open("ed"), ed_name)
    try:
        assert board.held.text() == "Checked out: story 《青石镇：图书角里书香浓》 (rep)"      # by its headline, not its id
    finally:
        board.close()
    # in its own process: the window's start sets the application's UI font and error hook
    shot = tmp_path / "board.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "layout_app", "board", ed_name, "--store", stores.where, "--user",
                           "chief", "--photos", str(DEMO_DIR), "--screenshot", str(shot)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    done = subprocess.run([sys.executable, "-m", "layout_app", "board", "nope", "--store", stores.where, "--user",
                           "chief"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.strip().splitlines()[-1].startswith("layout-app: ")
    assert "no edition 'nope'" in done.stderr


def test_the_chief_sees_the_open_findings_before_signing_on_the_board(stores, qtbot):
    """Review 30 finding 8: a page with a heading read at a guess was signed without a word. The board
    lists the findings and signs only when the chief says yes to them."""
    from tests.store.newsroom import EDITION, demo, with_story
    stores.admin.import_document(EDITION, with_story(demo(), query="parts"))
    chief = _open(qtbot, stores.open("chief"), EDITION)
    asked = []
    try:
        chief.confirm_sign = lambda text: asked.append(text) or False
        chief.table.selectRow(0)
        qtbot.mouseClick(chief.buttons["sign"], Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and "1 open finding(s)" in asked[0] and "was a guess" in asked[0]
        assert _cell(chief, 0, 2) != "已签发" and "not signed" in chief.message.text()
        chief.confirm_sign = lambda text: asked.append(text) or True
        qtbot.mouseClick(chief.buttons["sign"], Qt.MouseButton.LeftButton)
        assert len(asked) == 2 and _cell(chief, 0, 2) == "已签发"
        # the page's history keeps what was signed over (the edition's audit shows it)
        page = chief.store.pages(EDITION)[0].key
        (row,) = [v for v in chief.store.history(EDITION, "page", page) if v.action == "status"]
        assert row.note.startswith("signed with 1 finding(s) open: ") and "was a guess" in row.note, row.note
    finally:
        chief.close()
