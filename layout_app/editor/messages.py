"""Errors of the Qt-free code in the interface's language: a document's located problems, a file's or
the store's refusal carry their English template and arguments (errors.Notice), translated here."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from layout_app.errors import CONTEXT, explain


def translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def said(exc: BaseException) -> str:
    """What an error says, in the interface's language; an error without a template as str() gives it.
    A refused export lists its findings as the findings panel words them (context "Preflight")."""
    render_with = getattr(exc, "render_with", None)
    if render_with is not None:
        return render_with(translate, lambda text: QCoreApplication.translate("Preflight", text))
    return explain(exc, translate)
