"""Copy written in a test, imported as a user's file would be (tests of the import's rules)."""
from __future__ import annotations

from pathlib import Path

from layout_app.intake.importer import import_copy

PRINTED = Path(__file__).parent / "printed"     # printed pages' text as the extractors give it


def import_text(folder, text: str, name: str = "raw.txt"):
    """The page `import_copy` reads from `text` written to `folder/name`."""
    f = folder / name
    f.write_text(text, encoding="utf-8")
    page, _ = import_copy(f)
    return page


def printed(name: str):
    """The page `import_copy` reads from the committed printed page's text `PRINTED/name`."""
    page, _ = import_copy(PRINTED / name)
    return page


def bare(s: str | None) -> str:
    """`s` without its white space (the spaces text tools put between Chinese and figures); None as ''."""
    return "".join((s or "").split())
