"""The interface language outside the window: which one the user reads (`--lang`, else the locale),
and the editor's Chinese for commands whose output people read (the caption proof reporters check).
Qt-free: the translations are read from the editor's own catalogue (assets/i18n/*.ts, the file
scripts/translations.py fills), so a command says a message as the editor does."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Callable, Mapping

from layout_app.assets import ASSETS

LANGUAGES = ("zh_CN", "en")
CATALOGUE = ASSETS / "i18n" / "layout_app_zh_CN.ts"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")      # POSIX order: the first set one decides


def ui_language(choice: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """'zh_CN' or 'en': the one asked for, else the locale's (zh… reads Chinese; anything else,
    C and POSIX included, English)."""
    if choice:
        return "zh_CN" if choice.startswith("zh") else "en"
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return "zh_CN" if value.startswith("zh") else "en"
    return "en"


@lru_cache(maxsize=1)
def _catalogue() -> dict[tuple[str, str], str]:
    """(context, English) → Chinese, the finished translations only (not those lupdate marks vanished
    or unfinished: the editor does not show them either)."""
    import xml.etree.ElementTree as ElementTree      # (here: every command knows its language, few read the catalogue)

    table = {}
    for context in ElementTree.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, text = message.find("source"), message.find("translation")
            if source is None or text is None or text.get("type") or not text.text:
                continue
            table[(name, source.text or "")] = text.text
    return table


def translator(lang: str, context: str) -> Callable[[str], str]:
    """A function from an English template to the language's, as QCoreApplication.translate(context, …)
    gives it in the editor; English (and a template with no translation yet) stays as it is."""
    if lang != "zh_CN":
        return str
    table = _catalogue()
    return lambda text: table.get((context, text), text)


def command_language(argv: list[str], environ: Mapping[str, str] = os.environ) -> str:
    """The language a command says its messages in: its `--lang`, else the locale's — known before
    the arguments are parsed, so a refusal of the arguments themselves is said in it too."""
    for k, arg in enumerate(argv):
        if arg == "--lang" and k + 1 < len(argv):
            return ui_language(argv[k + 1], environ)
        if arg.startswith("--lang="):
            return ui_language(arg.partition("=")[2], environ)
    return ui_language(None, environ)


def said(exc: BaseException, lang: str) -> str:
    """What a user's mistake says, in `lang`, as the editor's message box says it: a refused export
    with its findings as the findings panel words them; English as str() gives it."""
    from layout_app.errors import explain

    if lang != "zh_CN":
        return str(exc)
    render_with = getattr(exc, "render_with", None)
    if render_with is not None:
        return render_with(translator(lang, "Intake"), translator(lang, "Preflight"))
    return explain(exc, translator(lang, "Intake"))
