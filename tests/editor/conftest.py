import pytest
from PySide6.QtWidgets import QApplication

from layout_app.editor.main_window import MainWindow


@pytest.fixture(autouse=True)
def _state(tmp_path, monkeypatch):
    """Recovery files of the editor tests go to the test's own folder."""
    monkeypatch.setenv("LAYOUT_APP_STATE", str(tmp_path / "state"))


@pytest.fixture
def open_window(qtbot, page_doc):
    """A shown window on the sample page that answers its questions itself (yes; discard on close)."""
    def make(review: bool = False) -> MainWindow:
        doc, folder, path = page_doc
        w = MainWindow(doc, path, ask=lambda title, text: True, ask_save=lambda: "discard", review=review)
        w.quiet = True
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        # active, so that its shortcuts (Ctrl+Z, Ctrl+L, Ctrl+R) answer keys as they do for a user
        w.activateWindow()
        w.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
        return w
    return make
