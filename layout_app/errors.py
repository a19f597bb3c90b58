"""Errors meant for people: they say what is wrong and where."""
from __future__ import annotations

import unicodedata
from typing import Any, Callable

QUOTE_LIMIT = 40         # characters of a user's value quoted in a message
PROBLEM_LIMIT = 20       # problems listed in one error; the rest are counted


class Said(str):
    """A user's text as a message quotes it ({x!r}): in quotes, control characters shown as escapes —
    but a full-width space as it is ('看得见的变化　留得住的乡愁', not '…\\u3000…')."""

    def __repr__(self) -> str:
        mark = '"' if "'" in self and '"' not in self else "'"
        out = []
        for ch in self:
            if ch in ("\\", mark):
                out.append("\\" + ch)
            elif ch.isprintable() or unicodedata.category(ch) == "Zs" and ch != "\xa0":
                out.append(ch)
            else:
                out.append(repr(ch)[1:-1])          # \x00, \t, \xa0: what the eye would miss
        return mark + "".join(out) + mark


def quote(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """A value as a message quotes it: repr (so control characters show as escapes), shortened."""
    if isinstance(value, (list, dict, tuple)) and len(value) > limit:
        value = type(value).__name__
    text = repr(Said(value) if isinstance(value, str) else value)
    return text if len(text) <= limit else text[:limit] + "…"


class InputError(Exception):
    """Bad input from a user file or argument; the message names the place."""


class Problem:
    """One located problem found while validating a file."""

    __slots__ = ("file", "line", "field", "message")

    def __init__(self, file: str | None, line: int | None, field: str, message: str):
        self.file, self.line, self.field, self.message = file, line, field, message

    def __str__(self) -> str:
        place = self.file or "<document>"
        if self.line is not None:
            place += f":{self.line}"
        return f"{place}: {self.field}: {self.message}" if self.field else f"{place}: {self.message}"

    def render(self, translate: Callable[[str], str] = str) -> str:
        """In the interface's language: the place (file:line and field) as it is, the sentence translated."""
        place = self.file or "<document>"
        if self.line is not None:
            place += f":{self.line}"
        message = render(self.message, translate)
        if self.field:
            return translate(AT_FIELD).format(place=place, field=self.field, message=message)
        return translate(AT_PLACE).format(place=place, message=message)


class DocumentError(InputError):
    """A document or template that failed validation; holds every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = [str(p) for p in problems[:PROBLEM_LIMIT]]
        if len(problems) > PROBLEM_LIMIT:
            shown.append(MORE.format(n=len(problems) - PROBLEM_LIMIT))
        super().__init__("\n".join(shown))

    def render(self, translate: Callable[[str], str] = str) -> str:
        shown = [p.render(translate) for p in self.problems[:PROBLEM_LIMIT]]
        if len(self.problems) > PROBLEM_LIMIT:
            shown.append(translate(MORE).format(n=len(self.problems) - PROBLEM_LIMIT))
        return "\n".join(shown)


# --- messages the editor translates ------------------------------------------------------------------------
# Intake's notices and the reasons a copy or photo file cannot be read are `Notice`s: English templates
# with their arguments, marked for Qt's translation without importing Qt (pyside6-lupdate reads the
# QT_TRANSLATE_NOOP calls in the modules scripts/translations.py names), as preflight.wording does
# for findings. An InputError whose argument is a Notice is shown by the editor in its language.
CONTEXT = "Intake"                 # the editor translates notices of intake and imaging in this context
TEMPLATES: list[str] = []          # every template, so a test can check that each one is translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 — the name pyside6-lupdate looks for
    """Marks a template for translation without importing Qt."""
    TEMPLATES.append(text)
    return text


class Notice(str):
    """The English text (a plain str to whoever reads it as one) with its template and arguments;
    an argument may be a Notice of its own, translated with it."""
    template: str
    args: dict

    def __new__(cls, template: str, **args) -> "Notice":
        args = {k: Said(v) if type(v) is str else v for k, v in args.items()}
        self = super().__new__(cls, template.format(**args))
        self.template, self.args = template, args
        return self

    def __reduce__(self):                  # pickled and copied by template, not by its English text
        return _notice, (self.template, self.args)

    def render(self, translate: Callable[[str], str] = str) -> str:
        values = {k: v.render(translate) if isinstance(v, Notice) else v for k, v in self.args.items()}
        return translate(self.template).format(**values)


def _notice(template: str, args: dict) -> Notice:
    return Notice(template, **args)


def render(text: str, translate: Callable[[str], str]) -> str:
    """A notice in the interface's language; any other text as it is."""
    return text.render(translate) if isinstance(text, Notice) else text


def explain(exc: BaseException, translate: Callable[[str], str]) -> str:
    """What an error says, in the interface's language when it carries its wording: a document's located
    problems, or an error whose argument is a Notice; any other error as str() gives it."""
    if isinstance(exc, DocumentError):
        return exc.render(translate)
    if len(exc.args) == 1 and isinstance(exc.args[0], Notice):
        return exc.args[0].render(translate)
    return str(exc)


# how a located problem is shown (Problem, DocumentError); the place itself is never translated
AT_FIELD = QT_TRANSLATE_NOOP("Intake", "{place}: {field}: {message}")
AT_PLACE = QT_TRANSLATE_NOOP("Intake", "{place}: {message}")
MORE = QT_TRANSLATE_NOOP("Intake", "… and {n} more problems")
