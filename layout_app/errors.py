"""Errors meant for people: they say what is wrong and where."""
from __future__ import annotations

from typing import Any

QUOTE_LIMIT = 40         # characters of a user's value quoted in a message
PROBLEM_LIMIT = 20       # problems listed in one error; the rest are counted


def quote(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """A value as a message quotes it: repr (so control characters show as escapes), shortened."""
    if isinstance(value, (list, dict, tuple)) and len(value) > limit:
        value = type(value).__name__
    text = repr(value)
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


class DocumentError(InputError):
    """A document or template that failed validation; holds every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = [str(p) for p in problems[:PROBLEM_LIMIT]]
        if len(problems) > PROBLEM_LIMIT:
            shown.append(f"… and {len(problems) - PROBLEM_LIMIT} more problems")
        super().__init__("\n".join(shown))
