import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the commands speak the locale's language: the tests read English unless one asks for Chinese
# (a developer's desktop set to zh_CN runs them as CI does)
os.environ["LC_ALL"] = "C.UTF-8"
# caches (font metrics, photo proxies and print conversions) go to a folder of the test run
os.environ["LAYOUT_APP_CACHE"] = tempfile.mkdtemp(prefix="layout_app_test_cache_")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from hypothesis.database import DirectoryBasedExampleDatabase  # noqa: E402

# Hypothesis keeps its examples in the user's cache, never in the repository; in CI every run draws
# the same cases (derandomize: a fixed seed), so a red CI can be replayed exactly.
_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
settings.register_profile("dev", database=DirectoryBasedExampleDatabase(os.path.join(_cache, "layout_app", "hypothesis")))
settings.register_profile("ci", database=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """After pytest-qt has closed a test's widgets: delete the closed editor windows. A window's signal
    connections to lambdas that name it keep it (and its document, caches and photos) alive otherwise,
    some 100 MB a window over the suite's hundreds of windows (the app itself deletes the page windows
    the board opens when they close)."""
    result = yield
    import sys
    if "layout_app.editor.main_window" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        from layout_app.editor.main_window import MainWindow
        app = QApplication.instance()
        if app is not None:
            for w in app.topLevelWidgets():
                if isinstance(w, MainWindow) and not w.isVisible():
                    w.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return result


@pytest.fixture
def zh(qapp):
    """The interface in Chinese (zh_CN) for one test, then back to English."""
    from layout_app.editor.app import install_translator, remove_translators
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    yield
    remove_translators(qapp)


def pytest_sessionfinish(session, exitstatus):
    """Copied frames left on the clipboard (a QMimeData made in Python) crash the interpreter's exit
    under PySide6 6.11; the app replaces them at quit (arrange.clipboard_on_quit), the tests here."""
    import sys
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication
        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


class MockFonts:
    """The mock metrics of typesetting.md §5: Han and full-width marks 1 em, ASCII ½ em."""

    def merged_advances(self, face):
        return {chr(c): 0.5 for c in range(0x20, 0x7F)}

    def joining_ink(self, face):
        return {}


@pytest.fixture
def mock_fonts():
    return MockFonts()


@pytest.fixture
def page_doc(tmp_path):
    """The sample page with its photo written next to it: a 12-megapixel JPEG."""
    from layout_app.io.docfile import loads_document, save_document
    from tests.photos import write_jpeg
    from tests.samples import DOC_YAML

    (tmp_path / "photos").mkdir()
    write_jpeg(tmp_path / "photos" / "reading.jpg", 4200, 2900)
    doc = loads_document(DOC_YAML)
    path = tmp_path / "page.yaml"
    save_document(doc, path)
    return doc, tmp_path, path
