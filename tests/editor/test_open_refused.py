"""A page file the editor cannot open, given on its command line: started from a desktop launcher
nobody reads stderr, so the window-less start says it in a message box too, in the interface's
language — but never where no one could answer it (a --screenshot run, the offscreen platform)."""
import argparse

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from layout_app.launch import main
from tests.samples import DOC_YAML


@pytest.fixture
def typo(tmp_path):
    """The sample page with a typo in a frame: colz for cols, on line 41."""
    bad = tmp_path / "bad.yaml"
    text = DOC_YAML.replace("cols: 2, line: 20", "colz: 2, line: 20", 1)
    assert text != DOC_YAML
    bad.write_text(text, encoding="utf-8")
    return bad


def answer_the_box(seen: list, tries: int = 250):
    """Read and answer the box once the editor waits on it: its exec() runs the event loop, which runs
    this timer. Gives up after `tries` looks (5 s), so a start that shows no box leaves nothing behind."""
    def look(left=tries):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.icon(), box.isModal()))
            box.button(QMessageBox.StandardButton.Ok).click()
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))
    QTimer.singleShot(0, look)


@pytest.fixture
def on_a_desktop(qapp, monkeypatch):
    """As started from a launcher: a box would be seen (here the platform is offscreen). The
    application's font is put back after (the start installs the interface's: later windows measure
    their least size with it)."""
    monkeypatch.setattr("layout_app.editor.app.someone_sees", lambda args: True)
    font = qapp.font()
    yield qapp
    qapp.setFont(font)


def test_a_page_with_a_typo_is_refused_in_a_box_in_chinese_and_on_stderr(on_a_desktop, typo, capsys):
    seen = []
    answer_the_box(seen)
    assert main([str(typo), "--lang", "zh_CN"]) == 2
    (title, text, icon, modal), = seen
    assert title == "无法打开" and icon == QMessageBox.Icon.Critical and modal
    assert text.startswith(f"{typo}:41：pages[0].frames[3].colz：未知字段 'colz'"), text
    assert "unknown field" not in text and "required field" not in text
    err = capsys.readouterr().err
    # the line on stderr in the language asked for too, as the box says it
    assert f"layout-app: {typo}:41：pages[0].frames[3].colz：未知字段 'colz'" in err and "unknown field" not in err
    # the Chinese went with the box: the next window of this process starts in English again
    assert QCoreApplication.translate("App", "Cannot open") == "Cannot open"
    assert not QApplication.topLevelWidgets() or not any(isinstance(w, QMessageBox) and w.isVisible()
                                                         for w in QApplication.topLevelWidgets())


def test_a_missing_page_is_refused_in_a_box_in_english(on_a_desktop, tmp_path, capsys):
    seen = []
    answer_the_box(seen)
    gone = tmp_path / "gone.yaml"
    assert main([str(gone), "--lang", "en"]) == 2
    (title, text, icon, modal), = seen
    assert (title, text) == ("Cannot open", f"{gone}: no such document")
    assert f"layout-app: {gone}: no such document" in capsys.readouterr().err


def test_no_box_where_nobody_could_answer_it(qapp, typo, capsys, monkeypatch):
    """A --screenshot run and the offscreen platform (scripts, CI) get the line on stderr alone: a
    modal box would wait for ever."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    assert main([str(typo), "--lang", "zh_CN", "--screenshot", str(typo.with_suffix(".png"))]) == 2
    assert main([str(typo), "--lang", "zh_CN"]) == 2            # the tests' platform is offscreen
    assert shown == []
    err = capsys.readouterr().err
    assert err.count(f"layout-app: {typo}:41：pages[0].frames[3].colz：未知字段 'colz'") == 2


@pytest.mark.parametrize("env,screenshot,sees", [
    ({"DISPLAY": ":0"}, False, True),                          # an X desktop
    ({"WAYLAND_DISPLAY": "wayland-0"}, False, True),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, False, True),
    ({"DISPLAY": ":0"}, True, False),                          # --screenshot: a picture, no one to answer
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False, False),
    ({"QT_QPA_PLATFORM": "minimal"}, False, False),
    ({}, False, False),                                        # no display at all: Qt could not open one
    ({"QT_QPA_PLATFORM": "xcb"}, False, False),
])
def test_who_would_see_a_box(monkeypatch, env, screenshot, sees):
    from layout_app.editor.app import someone_sees

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.platform", "linux")
    assert someone_sees(argparse.Namespace(screenshot="x.png" if screenshot else None)) is sees
