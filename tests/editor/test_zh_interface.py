"""Under zh_CN the whole interface speaks Chinese. The main window on the demo document is walked —
every widget, menu and action, dock title, tool tip, status text, list and combo item, the findings of
a preflight run, drop notes, progress, and the dialogs that can be opened without blocking the test —
and any visible text with a Latin letter fails, unless the letters are one of the few tokens below that
stay as they are everywhere (file names, PDF/X, units, shortcuts, code points). Other areas add their
strings to scripts/zh/<area>.py; this test is the net under all of them."""
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDialog, QDockWidget, QFileDialog,
    QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit, QProgressBar, QSpinBox, QTableView, QTabBar, QTextEdit,
    QTreeView, QVBoxLayout, QWidget,
)

from layout_app.assets import DEMO_DIR
from layout_app.editor.main_window import MainWindow
from layout_app.io.docfile import load_document
from tests.editor.zh_copy import banner_guess, docx_with_notices, gbk_or_big5

# what may keep its Latin letters in the Chinese interface — kept small on purpose
ALLOWED = re.compile("|".join([
    r"\(&?[A-Z]\)",                                              # accelerators and tool keys: 文件(&F), 文本框 (T)
    r"(?:/[\w.-]+)+/?",                                          # folders (the file dialog's Look in)
    "|".join([                                                   # whole tokens, never part of a word:
        r"(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:[A-Z0-9\\/=+\[\]-]|F\d{1,2}|PgUp|PgDown|Del|Esc|Tab|Space|Home|End)",  # shortcuts
        r"F\d{1,2}",                                             # a function key alone (F3: find next)
        r"(?:Delete|Backspace|Enter|Esc|Tab|Space)(?=\s?键)",      # a key by the name on its cap: Delete 键
        r"A3",                                                   # the paper size
        r"\*?[\w./-]*\.(?:yaml|jpe?g|png|tiff?|webp|heic|pdf|txt|docx|doc|wps|odt|md)",   # files and patterns (*.yaml)
        r"PDF/X(?:-4)?", r"PDF", r"Word", r"JPEG|PNG|TIFF|WebP|HEIC",   # formats, and the program copy comes from
        r"WPS|Excel|PowerPoint|OpenDocument|RTF|ZIP",            # files handed in as copy by mistake, by name
        r"mm|pt|ppi|MB",                                         # units
        r"layout_app",                                           # the program's name
        r"U\+[0-9A-F]{4,6}",                                     # code points of missing characters
        r"(?:UTF|utf)-(?:8|16)|GB18030|gb18030|GBK|Big5|big5|--encoding",   # encodings a copy file was read in, the option
    ]).join([r"(?<![A-Za-z])(?:", r")(?![A-Za-z])"]),
]))
LATIN = re.compile(r"[A-Za-z]")


def untranslated(text: str) -> bool:
    return bool(LATIN.search(ALLOWED.sub(" ", text)))


def _model_texts(view: QAbstractItemView, parent=None, depth=0):
    model = view.model()
    if model is None or depth > 3:
        return
    if parent is None and isinstance(view, (QTableView, QTreeView)):     # a table's or tree's column titles
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            count = model.columnCount(QModelIndex()) if orientation == Qt.Orientation.Horizontal else model.rowCount(QModelIndex())
            for section in range(min(count, 50)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str):
                        yield value
    parent = QModelIndex() if parent is None else parent
    for row in range(min(model.rowCount(parent), 500)):
        for col in range(20):                     # columnCount is private on some of Qt's models
            index = model.index(row, col, parent)
            if not index.isValid():
                break
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            yield from _model_texts(view, index, depth + 1)


def texts_of(root: QWidget, file_dialog: bool = False):
    """(where, text) of everything a user can read in `root` and its children."""
    out = []

    def add(where, text):
        if isinstance(text, str) and text.strip():
            out.append((where, text))

    widgets = [root] + root.findChildren(QWidget)
    for w in widgets:
        where = f"{type(w).__name__}({w.objectName()})"
        add(where + ".toolTip", w.toolTip())
        add(where + ".statusTip", w.statusTip())
        add(where + ".whatsThis", w.whatsThis())
        if w.isWindow() or isinstance(w, QDockWidget):
            add(where + ".windowTitle", w.windowTitle())
        if isinstance(w, QLabel):
            add(where, w.text())
        elif isinstance(w, QAbstractButton):
            add(where, w.text())
        elif isinstance(w, QGroupBox):
            add(where, w.title())
        elif isinstance(w, QMenu):
            add(where + ".title", w.title())
        elif isinstance(w, QProgressBar) and w.isVisible():
            add(where, w.text())
        elif isinstance(w, QTabBar):
            for k in range(w.count()):
                add(where, w.tabText(k))
                add(where + ".toolTip", w.tabToolTip(k))
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(where + ".placeholder", w.placeholderText())    # their text is the document's, not ours
        elif isinstance(w, QAbstractSpinBox):
            add(where, w.specialValueText())
            if isinstance(w, QSpinBox):
                add(where, w.prefix() + w.suffix())
        if isinstance(w, QComboBox) and not (file_dialog and w.isEditable()):
            for k in range(w.count()):
                add(where + ".item", w.itemText(k))
        if isinstance(w, QAbstractItemView) and not file_dialog:   # a file dialog lists the file system
            for text in _model_texts(w):
                add(where + ".item", text)
    for action in root.findChildren(QAction):
        if action.isSeparator():
            continue
        add("QAction.text", action.text())
        add("QAction.toolTip", action.toolTip())
        add("QAction.statusTip", action.statusTip())
    return out


def while_modal(qtbot, open_it):
    """Open a modal dialog, read it while it runs, close it: the texts it showed."""
    seen = []

    def read():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        seen.extend(texts_of(dialog, file_dialog=isinstance(dialog, QFileDialog)))
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, read)
    open_it()
    assert seen, "the dialog did not open"
    return seen


def windows_opened_by(qtbot, main, action):
    """Trigger an action that opens a window or dialog (modal or not), read what it shows, close it."""
    seen, done = [], []

    def read():
        opened = [x for x in QApplication.topLevelWidgets() if x.isVisible() and x is not main
                  and not isinstance(x, QMenu)]
        for x in opened:
            seen.extend(texts_of(x, file_dialog=isinstance(x, QFileDialog)))
            x.reject() if isinstance(x, QDialog) else x.close()
        done.append(True)

    QTimer.singleShot(200, read)
    action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    return seen


def right_click(canvas, frame):
    """A right click on the frame (None: beside the page), as the mouse sends it: the menu it shows."""
    from PySide6.QtGui import QContextMenuEvent
    if frame is None:
        at = canvas.from_page(QPointF(-30, -30)).toPoint()
    else:
        r = canvas.frame_rect(frame)
        at = canvas.from_page(QPointF(r.x + r.width / 2, r.y + r.height / 2)).toPoint()
    QApplication.sendEvent(canvas, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, canvas.mapToGlobal(at)))
    return canvas.last_menu


def dialog_actions(main):
    """Actions that only show something: every one in a Help menu, and File ▸ New (its templates)."""
    found = []
    for menu in main.menuBar().findChildren(QMenu):
        title = menu.title().replace("&", "")
        if "help" in menu.objectName().lower() or title.startswith("帮助"):
            found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
        found += [a for a in menu.actions() if a.text().replace("&", "").startswith("新建")]
    return found


def test_every_visible_string_is_chinese(zh, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    shutil.copytree(DEMO_DIR, tmp_path / "demo")
    path = tmp_path / "demo" / "demo.yaml"
    doc = load_document(path)
    w = MainWindow(doc, path, ask=lambda title, text: True, ask_save=lambda: "discard")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    seen = texts_of(w)
    # a page with problems: an overset body, a photo over a heading, a caption away from its photo
    page = w.controller.doc.pages[0]
    changes = {"reading-body": {"lines": 12}, "ph-market-photo": {"col": 3, "line": 60}}
    w.controller.replace_frames(0, {f.id: replace(f, **changes[f.id]) for f in page.frames if f.id in changes}, "x")
    w.run_preflight()
    assert w.preflight_panel.list.count() >= 4
    w.canvas.select("reading-body")                     # the properties panel shows its style: 正文
    w.stories.select_story("reading")                   # paragraph and character styles in the combos
    photo = tmp_path / "dropped.jpg"
    shutil.copy(DEMO_DIR / "photos" / "square.jpg", photo)
    copy = [docx_with_notices(tmp_path / "招聘.docx"), banner_guess(tmp_path / "page.txt"), gbk_or_big5(tmp_path / "短.txt")]
    w.drop([str(photo), *map(str, copy)], QPointF(40, 900))   # drop notes and intake's notices in the status bar
    assert w.status.text().count("；") >= 6            # notes joined by a full-width semicolon
    seen += texts_of(w)
    # the right-click menus: on a frame, on empty space (a right click each), on a page in the pages panel
    menus = [right_click(w.canvas, w.canvas.frame("reading-body")), right_click(w.canvas, None)]
    assert w.canvas.selected == "reading-body" and menus[0] is not menus[1]
    panel = w.pages_panel.list
    panel.customContextMenuRequested.emit(panel.visualItemRect(panel.item(0)).center())
    menus.append(w.pages_panel.last_menu)
    for menu in menus:
        assert menu.isVisible() and len(menu.actions()) >= 2
        seen += texts_of(menu)
        menu.close()
    on_frame, on_space, on_page = ({text for _, text in texts_of(m)} for m in menus)
    assert "删除" in on_frame and "删除" not in on_space and "适合页面" in on_space
    assert {"删除版面", "应用主页", "（无主页）"} <= on_page
    w._progress("photos", 2, 6)                         # export progress
    w.progress.show()
    seen += texts_of(w)
    w.set_review(True)                                  # the review dock, on a photo with warnings
    row = next(k for k, e in enumerate(w.review_panel.entries) if e.warnings)
    w.review_panel.list.setCurrentRow(row)
    assert w.review_panel.info.text().count("\n") >= 2
    seen += texts_of(w)
    w.set_review(False)
    # dialogs: a notice (not modal), the question before closing, the file dialogs
    w.notify(w.tr("Export failed"), "磁盘已满")
    boxes = [b for b in w.findChildren(QDialog) if b.isVisible()]
    assert boxes
    for box in boxes:
        seen += texts_of(box)
        box.close()
    seen += while_modal(qtbot, w._ask_save_dialog)
    seen += while_modal(qtbot, w.open_dialog)
    seen += while_modal(qtbot, w.export_dialog)
    for action in dialog_actions(w):                     # Help, File ▸ New: what other areas add
        seen += windows_opened_by(qtbot, w, action)

    assert len(seen) > 150
    shown = {text for _, text in seen}
    assert "预检" in shown and any(t.startswith("《青石镇：图书角里书香浓》的正文排不下：超 ") for t in shown)
    # the title names its page (示范报 第1版): said once
    assert any(t.endswith("示范报 第1版 — layout_app") for t in shown) and "正文" in shown
    assert not any("第 1 版 — layout_app" in t for t in shown)
    bad = sorted({f"{where}: {text!r}" for where, text in seen if untranslated(text)})
    assert not bad, "untranslated in the Chinese interface:\n" + "\n".join(bad)


@pytest.mark.parametrize("text,latin", [
    ("文件(&F)", False), ("导出 PDF/X-4(&E)…", False), ("photos/reading.jpg — 青石镇", False), ("版面文件 (*.yaml)", False),
    ("200 ppi", False), ("第 1 版 — layout_app", False), ("缺少 U+E123", False), ("用 Ctrl+Shift+P 预检", False),
    ("Fit page", True), ("第 1 版 page", True), ("图片 PDFs", True), ("overset by 3 lines", True), ("mmm", True),
    ("已按 gb18030 编码读入，请用 --encoding big5 指定", False), ("UTF-8 字节顺序标记", False), ("encoding", True), ("big5s", True),
    ("删除框（Delete 键）", False), ("Word (.docx) 文件", False), ("Words", True), ("JPEG、PNG", False), ("JPEGs", True), ("按 Delete", True), ("Deleted 键", True),
    ("12pt", False), ("market.jpg压在", False), ("导出 PDF/X(E)", False), ("reading.jpgs", True), ("Ctrl+Shift+Print", True), ("opt", True),
])
def test_the_allow_list_lets_through_only_its_tokens(text, latin):
    assert untranslated(text) == latin


def test_every_preflight_template_has_chinese_with_the_same_placeholders(zh):
    import layout_app.preflight.checks  # noqa: F401 — registers the templates of every check
    from layout_app.editor.findings_panel import translate
    from layout_app.preflight.wording import TEMPLATES

    assert len(TEMPLATES) > 40
    for template in TEMPLATES:
        zh_text = translate(template)
        assert zh_text != template and not untranslated(re.sub(r"\{\w+\}", "", zh_text)), template
        assert set(re.findall(r"\{(\w+)\}", zh_text)) == set(re.findall(r"\{(\w+)\}", template)), template


def test_a_photo_on_no_page_is_said_in_chinese(zh):
    from layout_app.editor.findings_panel import translate
    from layout_app.preflight.checks import preflight

    doc = load_document(DEMO_DIR / "demo.yaml")
    photo = next(p for p in doc.photos if p.caption.strip())
    page = doc.pages[0]
    doc = replace(doc, pages=(replace(page, frames=tuple(f for f in page.frames if f.photo != photo.id)),))
    (f,) = [f for f in preflight(doc, DEMO_DIR, files=False).warnings if f.code == "photo-unplaced"]
    text = f.words(translate)
    name = Path(photo.file).name
    assert text.startswith(f"图片“{name}”及其说明“{photo.caption[:6]}") and "没有上版" in text, text
    # the live check of the first page, which the editor shows as the page is edited, says it too
    from layout_app.layout.compose import Composer
    from layout_app.preflight.checks import page_check
    live = page_check(doc, 0, Composer(doc, DEMO_DIR).compose(doc.pages[0]))
    assert [f.words(translate) for f in live.warnings if f.code == "photo-unplaced"] == [text]


@pytest.mark.parametrize("args,lang,menu", [
    (["--lang", "zh_CN"], "C.UTF-8", "文件(&F)"),      # asked for on the command line
    ([], "zh_CN.UTF-8", "文件(&F)"),                   # the system's language
    (["--lang", "en"], "zh_CN.UTF-8", "&File"),        # the command line wins
])
def test_the_app_starts_in_chinese_when_asked(tmp_path, args, lang, menu):
    import os
    import subprocess
    import sys
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": lang, "LC_ALL": lang, "LC_MESSAGES": lang,
           "LANGUAGE": "", "LAYOUT_APP_STATE": str(tmp_path / "state")}
    proc = subprocess.run([sys.executable, "-c", (
        "import sys; from layout_app.editor import app; from PySide6.QtWidgets import QApplication;"
        "app.run(sys.argv[2:] + ['--screenshot', sys.argv[1]]);"
        "w = [x for x in QApplication.topLevelWidgets() if x.windowTitle()][0]; print(w.windowTitle());"
        "print(w.menuBar().actions()[0].text())"),
        str(out), *args], capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2], env=env)
    assert proc.returncode == 0, proc.stderr
    title, first_menu = proc.stdout.strip().splitlines()[-2:]
    # the demo's title 示范报 第1版 names its page: not said again in either language
    assert title == "示范报 第1版 — layout_app" and first_menu == menu and out.exists()


def test_style_and_property_names_in_chinese(zh):
    from layout_app.editor.style_names import property_shown, shown
    assert [shown(n) for n in ("body", "headline", "kicker", "deck", "caption", "dots", "my_style")] == \
        ["正文", "主题", "引题", "副题", "图片说明", "着重号", "my_style"]        # a style of the document's own stays
    # the styles compose names for a page's tiers, its sidebars and its subheads
    assert [shown(n) for n in ("headline_third", "headline_picture", "headline_sidebar", "subhead")] == \
        ["访谈、告示主题", "图片新闻主题", "配稿主题", "小标题"]
    assert property_shown("tracking", 0.1) == "字距 0.1" and property_shown("weight", "bold") == "字重 粗"
    assert property_shown("hanging", True) == "标点悬挂 是" and property_shown("color", (0.0, 1.0, 0.0, 0.0)) == "颜色 0 1 0 0"


def test_the_walk_reads_what_a_help_menu_opens_modal_or_not(qtbot):
    """The net catches what other areas add: a Help menu's dialogs, blocking or not, are read."""
    from PySide6.QtWidgets import QMainWindow, QMessageBox
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    help_menu = main.menuBar().addMenu("帮助(&H)")
    help_menu.setObjectName("help")
    modal = help_menu.addAction("快捷键")
    modal.triggered.connect(lambda: QMessageBox.information(main, "快捷键", "Keyboard shortcuts"))
    free = help_menu.addAction("关于")
    about = QDialog(main)
    QVBoxLayout(about).addWidget(QLabel("About layout_app", about))
    free.triggered.connect(about.show)
    assert dialog_actions(main) == [modal, free]
    read = [text for action in dialog_actions(main) for _, text in windows_opened_by(qtbot, main, action)]
    assert "Keyboard shortcuts" in read and "About layout_app" in read
    assert not about.isVisible() and QApplication.activeModalWidget() is None


def test_the_compiled_translation_says_what_the_tables_say(zh):
    """scripts/zh/*.py are the truth: a changed Chinese text reaches the .qm the app loads."""
    import html
    import runpy
    from PySide6.QtCore import QCoreApplication
    root = Path(__file__).resolve().parents[2]
    script = runpy.run_path(str(root / "scripts" / "translations.py"))
    table, in_context = script["tables"](), script["context_tables"]()
    ts = (root / "assets" / "i18n" / "layout_app_zh_CN.ts").read_text(encoding="utf-8")
    checked = 0
    for context, body in re.findall(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", ts, re.S):
        for source, kind in re.findall(r"<source>([^<]*)</source>\s*<translation( type=\"\w+\")?>", body):
            source = html.unescape(source)
            if kind or source not in table:
                continue                                  # vanished, or not ours to say
            expected = in_context.get((context, source), table[source])      # a short word, one context's own
            assert QCoreApplication.translate(context, source) == expected, (context, source)
            checked += 1
    assert checked > 200


def test_the_edition_board_speaks_chinese(zh, qtbot, tmp_path):
    """The board on a SQLite store holding the demo, a colleague holding the page, a story and a photo:
    its columns, roles, versions, what is checked out (by headline and file name), its messages and the
    release question are Chinese. What stays as it is: the staff's login names, the page's key, the edition."""
    from PySide6.QtCore import Qt as _Qt

    from layout_app.editor.board import EditionBoard
    from layout_app.store import init_store, open_store
    where = str(tmp_path / "newsroom.sqlite")
    edition = "2026-11-29"
    admin = init_store(where, user="admin", role="chief")
    admin.add_user("ed2", "editor")
    admin.import_document(edition, load_document(DEMO_DIR / "demo.yaml"))
    colleague = open_store(where, "ed2")
    page = admin.pages(edition)[0].key
    for kind, key in (("page", page), ("story", "reading"), ("photo", "ph-reading")):
        colleague.check_out(edition, kind, key)
    board = EditionBoard(admin, edition, DEMO_DIR)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    try:
        seen = texts_of(board)
        qtbot.mouseClick(board.buttons["submit"], _Qt.MouseButton.LeftButton)      # nothing selected
        assert board.message.text() == "请先选择一个版面"
        seen += texts_of(board)
        board.table.selectRow(0)
        seen += while_modal(qtbot, lambda: qtbot.mouseClick(board.buttons["release"], _Qt.MouseButton.LeftButton))
        qtbot.mouseClick(board.buttons["submit"], _Qt.MouseButton.LeftButton)
        assert board.message.text() == f"第 {page} 版：待审"
        seen += texts_of(board)
        shown = {text for _, text in seen}
        assert "admin（值班总编）" in shown and "版本 1（admin）" in shown and {"版", "状态", "占用人", "超版"} <= shown
        assert board.held.text() == "占用中：图片 reading.jpg（ed2）、稿件《青石镇：图书角里书香浓》（ed2）"
        assert any(t.startswith("ed2 正占用第 ") for t in shown)                  # the release question
        data = re.compile(rf"(?<![A-Za-z])(?:admin|ed2|{re.escape(page)})(?![A-Za-z0-9])")
        bad = sorted({f"{where}: {text!r}" for where, text in seen if untranslated(data.sub(" ", text))})
        assert not bad, "untranslated on the edition board:\n" + "\n".join(bad)
    finally:
        board.close()
        colleague.close()
        admin.close()


def test_every_menu_command_leaves_only_chinese_on_the_window(zh, qtbot, tmp_path, monkeypatch):
    """Each command of the menus, run with nothing, a body frame and a photo selected: what it says
    (status, panels, a dialog it opens) is Chinese. File dialogs and Quit are left out (read above)."""
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))
    shutil.copytree(DEMO_DIR, tmp_path / "demo")
    path = tmp_path / "demo" / "demo.yaml"
    w = MainWindow(load_document(path), path, ask=lambda title, text: False, ask_save=lambda: "discard")
    said = []
    w.notify = lambda title, text: said.append(("notify", title + "\n" + text))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    running = [True]

    def close_what_opens():
        modal = QApplication.activeModalWidget()
        if modal is not None:
            said.extend(texts_of(modal, file_dialog=isinstance(modal, QFileDialog)))
            modal.reject() if isinstance(modal, QDialog) else modal.close()
        for x in QApplication.topLevelWidgets():
            if x is not w and x.isVisible() and not isinstance(x, QMenu):
                said.extend(texts_of(x))
                x.close()
        if running[0]:
            QTimer.singleShot(30, close_what_opens)

    QTimer.singleShot(30, close_what_opens)
    left_out = ("退出", "打开", "另存", "导出", "最近", "新建", "置入")
    actions = [a for menu in w.menuBar().findChildren(QMenu) for a in menu.actions()
               if not a.isSeparator() and a.menu() is None and not a.text().replace("&", "").startswith(left_out)
               and "/" not in a.text()]
    assert len(actions) > 40
    try:
        for selected in ("", "reading-body", "ph-market-photo"):
            for action in actions:
                if not action.isEnabled():
                    continue
                w.canvas.select(selected)
                action.trigger()
                said.extend(texts_of(w))
    finally:
        running[0] = False
    bad = sorted({f"{where}: {text!r}" for where, text in said if untranslated(text)})
    assert not bad, "untranslated after a menu command:\n" + "\n".join(bad)
