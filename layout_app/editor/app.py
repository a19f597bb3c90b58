"""Start the desktop app: `layout-app [DOC.yaml] [--screenshot FILE.png]`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from layout_app.assets import ASSETS, DEMO_DIR
from layout_app.crashlog import EXIT_ERROR, tell
from layout_app.errors import InputError
from layout_app.lang import ui_language

TRANSLATIONS = ASSETS / "i18n"
SHOT_QUALITY = 80       # --screenshot's PNG: Qt maps quality q to zlib level (100 − q) × 9 / 91


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 — the name pyside6-lupdate reads
    return text


# strings of Qt's own file dialog that Qt's zh_CN translation lacks: ours has them (searched after Qt's)
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def parse(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="layout-app", description="Chinese newspaper page layout. "
                                 "Without a document, opens the built-in demo page. Commands: typeset, new, import, "
                                 "compose, preflight, export, proof (layout-app COMMAND -h).")
    ap.add_argument("document", nargs="?", help="a layout_app document (.yaml)")
    ap.add_argument("--screenshot", metavar="FILE.png", help="draw the window once, save a picture, exit")
    ap.add_argument("--page", type=int, help="page number to show first")
    ap.add_argument("--lang", help="interface language: zh_CN or en (default: the system's)")
    ap.add_argument("--review", action="store_true", help="review mode: only captions and credits can change")
    store = ap.add_argument_group("the shared store (issue 14)")
    store.add_argument("--edition", help="open this edition from the store instead of a document")
    store.add_argument("--store", help="postgresql://… or a store file (default: $LAYOUT_APP_STORE, else the local store)")
    store.add_argument("--user", help="who you are in the store (default: your login name)")
    store.add_argument("--photos", help="the folder photo paths are relative to (default: here)")
    store.add_argument("--live", action="store_true", help="send each edit to the store as you pause (no Save)")
    args = ap.parse_args(argv)
    if args.edition and args.document:
        ap.error(f"{args.document}: give a document or --edition, not both")
    if (args.store or args.user or args.photos or args.live) and not args.edition:
        ap.error("--store, --user, --photos and --live need --edition NAME")
    return args


def install_translator(app, lang: str | None) -> str:
    """Load the Qt translation for `lang` (or the system locale); English needs none. Qt's own
    (qtbase: the buttons of message boxes, the file dialog) comes with it, so no English is left."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    name = lang or QLocale.system().name()
    if not name.startswith("zh"):
        return "en"
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / "layout_app_zh_CN.qm")):
        app.installTranslator(translator)
        app._layout_app_translator = translator        # keep it alive
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            app._layout_app_qt_translator = qt
        return "zh_CN"
    return "en"


def remove_translators(app) -> None:
    """Back to English (tests that switch languages in one process)."""
    for name in ("_layout_app_translator", "_layout_app_qt_translator"):
        translator = getattr(app, name, None)
        if translator is not None:
            app.removeTranslator(translator)
            delattr(app, name)


def install_ui_font(app) -> None:
    """The interface speaks Chinese: use the shipped Hei face, so no machine shows boxes for it."""
    from PySide6.QtGui import QFont, QFontDatabase

    from layout_app.text.fonts import registry

    font_id = QFontDatabase.addApplicationFont(str(registry().face("hei").path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([families[0], *font.families()])
        app.setFont(font)


def install_error_hook(app) -> None:
    """A bug in a slot must not cost work: save a recovery copy, log the details, tell the user."""
    from PySide6.QtCore import QCoreApplication

    from layout_app.crashlog import write_crash_log

    def hook(kind, exc, tb):
        exc.__traceback__ = tb
        log = write_crash_log(exc)
        for window in app.topLevelWidgets():
            if hasattr(window, "autosave") and hasattr(window, "notify"):
                window.autosave()
                text = QCoreApplication.translate("App", "Something went wrong inside layout_app ({error}). Your work "
                                                  "is saved in the recovery file. Details: {log}")
                window.notify("layout_app", text.format(error=f"{kind.__name__}: {exc}", log=log))
    sys.excepthook = hook


def someone_sees(args: argparse.Namespace) -> bool:
    """Whether a box put on the screen would be seen (and answered): not while a picture is drawn
    for the docs or a script (--screenshot), nor on Qt's offscreen or minimal platform, nor where no
    display is there to open (Qt would abort the process)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if args.screenshot or platform.startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux") and platform.split(":")[0] in ("", "xcb", "wayland", "wayland-egl"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def refusal_box(exc: InputError, lang: str | None):
    """The message box that says, in the interface's language, why the file given could not be
    opened — started from a desktop launcher, nobody reads stderr. Returned unopened, for run to wait
    on (and a test to read and close)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from layout_app.editor.messages import said

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("layout_app")
    ours = not hasattr(app, "_layout_app_translator")       # (a test's window may have one already)
    if ours:
        install_translator(app, lang)
    install_ui_font(app)
    title = QCoreApplication.translate("App", "Cannot open")
    box = QMessageBox(QMessageBox.Icon.Critical, title, said(exc), QMessageBox.StandardButton.Ok)
    box.app = app                                            # kept while the box is up
    if ours:
        box.finished.connect(lambda _result: remove_translators(app))
    return box


def run(argv: list[str]) -> int:
    args = parse(argv)
    try:
        return _run(args)
    except InputError as exc:
        if not someone_sees(args):
            raise                                    # one line on stderr from run_guarded, as ever
        # the line on stderr first (a terminal shows it at once), then the box, until it is answered
        tell(exc, ui_language(args.lang))
        refusal_box(exc, args.lang).exec()
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    from layout_app.io.docfile import load_document

    store = None
    if args.edition:
        from layout_app.store import open_store
        store = open_store(args.store, args.user)    # StoreError: one line (and a box: run)
        store.snapshot(args.edition)                 # no such edition: one line, before any window
    demo = not args.document and store is None
    path = Path(args.document) if args.document else DEMO_DIR / "demo.yaml"
    doc = load_document(path) if store is None else None     # InputError: one line (and a box: run)
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from layout_app.editor.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("layout_app")
    app.setOrganizationName("layout_app")
    install_translator(app, args.lang)
    install_ui_font(app)
    install_error_hook(app)
    from layout_app.editor.arrange import clipboard_on_quit
    app.aboutToQuit.connect(clipboard_on_quit)
    if store is not None:
        from layout_app.editor.newsroom import open_window
        window = open_window(store, args.edition, args.page, Path(args.photos or "."), args.live, review=args.review)
        window._after_open()
    else:
        # the demo page opens as an untitled copy: saving asks where, the shipped file stays as it is
        window = MainWindow(doc, None if demo else path, DEMO_DIR if demo else None, is_demo=demo, review=args.review)
        if not args.screenshot:                 # a picture for the docs never stops to ask
            window.offer_recovery()             # an untitled copy of the demo has its recovery file too
        if not demo:
            window._after_open()
        numbers = [p.number for p in doc.pages]
        if (args.page or 1) in numbers:
            window.show_page(numbers.index(args.page or 1))
    window.show()
    if args.screenshot:
        app.processEvents()
        window.preflight_panel.start_checking()     # the picture shows the live findings that follow the first paint
        window.canvas.painter.images.wait()         # and the photos, made in the background
        app.processEvents()
        # PNG is lossless at any level: zlib's fastest (quality 80 → level 1) halves the time of the
        # default level 6, and a screen's flat colours come out no larger
        ok = window.grab().save(args.screenshot, None, SHOT_QUALITY)
        if store is not None:
            window.newsroom.close()
        if not ok:
            raise InputError(f"{args.screenshot}: cannot write the picture")
        return 0
    return app.exec()
