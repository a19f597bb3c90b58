"""Errors meant for people: they say what is wrong and where."""
from __future__ import annotations


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
        super().__init__("\n".join(str(p) for p in problems))
