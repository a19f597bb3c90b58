"""Copied frames as the system clipboard carries them between windows and running editors: a small
document in our own YAML (the copied frames, rules and boxes on one page, with the stories and
photos they hold and the document's grid and styles), wrapped with the folder its photo paths are
relative to — and the copied text as plain text for any other program.

Reading goes through the same checks as opening a file (io.schema), so a clipboard written by
another version or by hand gives a located message, never a traceback."""
from __future__ import annotations

from dataclasses import replace

import yaml

from layout_app.errors import DocumentError, InputError
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.model.document import Document
from layout_app.model.story import Photo, Story

MIME = "application/x-layout-app-frames+yaml"
VERSION = 1
NAME = "<clipboard>"


class ClipError(ValueError):
    """The clipboard's frames cannot be read: `reason` says why in one line."""


def dumps_clip(doc: Document, page_index: int, frames, rules, boxes, stories, photos, folder: str) -> str:
    """The copied items as the clipboard's YAML (the source page's other items left out)."""
    page = replace(doc.pages[page_index], frames=tuple(frames), rules=tuple(rules), boxes=tuple(boxes))
    small = replace(doc, pages=(page,), stories=tuple(stories), photos=tuple(photos))
    return yaml.safe_dump({"layout_app_clip": VERSION, "folder": str(folder), "document": dumps_document(small)},
                          allow_unicode=True, sort_keys=False, width=100)


def loads_clip(text: str) -> tuple[Document, str]:
    """(the small document, the folder its photo paths are relative to) from the clipboard's YAML."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ClipError(f"not YAML{where}") from None
    if not isinstance(data, dict) or data.get("layout_app_clip") != VERSION or not isinstance(data.get("document"), str):
        raise ClipError(f"not frames of this version (layout_app_clip: {VERSION} expected)")
    try:
        doc = loads_document(data["document"], NAME)
    except DocumentError as exc:
        raise ClipError(str(exc).splitlines()[0]) from None
    except InputError as exc:
        raise ClipError(str(exc)) from None
    if len(doc.pages) != 1:
        raise ClipError("not one page of frames")
    return doc, str(data.get("folder") or "")


def plain_text(stories: tuple[Story, ...], photos: tuple[Photo, ...]) -> str:
    """The copied text as a text editor takes it: each story's kicker, headline, deck, byline and body
    paragraphs, then each photo's caption and credit, one paragraph a line, a blank line between."""
    blocks = []
    for s in stories:
        lines = [t for t in (s.kicker, s.headline, s.deck, s.byline) if t] + [p for p in s.body if p]
        if lines:
            blocks.append("\n".join(lines))
    for p in photos:
        lines = [t for t in (p.caption, p.credit) if t]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
