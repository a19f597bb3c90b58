"""Things dropped on the page — copy and photo files from the file manager, stories and photos
from the panels — become frames on the grid where they land: a story its heading across its columns
and its body below; a photo its caption under it."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from layout_app.errors import InputError
from layout_app.imaging.intake import PHOTO_SUFFIXES, import_photo
from layout_app.intake.notices import CONTEXT, render
from layout_app.layout.autoplace import FrameProbe
from layout_app.model.document import Document
from layout_app.model.frame import Frame
from layout_app.model.story import Photo, Story

COPY_SUFFIXES = {".txt", ".text", ".docx", ".md", ".markdown", ".pdf"}

NO_ROOM_PHOTO = QT_TRANSLATE_NOOP("Drop", "{file}: no room below the drop point for the photo")
PHOTO_PLACED = QT_TRANSLATE_NOOP("Drop", "{file}: photo placed, caption “{caption}”")
PHOTO_PLACED_BARE = QT_TRANSLATE_NOOP("Drop", "{file}: photo placed, no caption in the file")
NO_ROOM_STORY = QT_TRANSLATE_NOOP("Drop", "{file}: story “{headline}” has no room left in these columns")
STORY_OVERSET = QT_TRANSLATE_NOOP("Drop", "{file}: story “{headline}” placed — overset: link it to another frame")
STORY_PLACED = QT_TRANSLATE_NOOP("Drop", "{file}: story “{headline}” placed")
CAPTION_KEPT = QT_TRANSLATE_NOOP("Drop", "{file}: a caption with no photo, kept in story {story} on no page (Stories "
                                         "panel): {text}")
NOT_RECOGNISED = QT_TRANSLATE_NOOP("Drop", "{file}: not recognised, kept in story {story} on no page (Stories panel): "
                                           "{text}")
NOT_COPY = QT_TRANSLATE_NOOP("Drop", "{file}: not a copy file (.txt .docx .md .pdf) or a photo (.jpg .png .tif .webp)")
NO_ROOM_PANEL_STORY = QT_TRANSLATE_NOOP("Drop", "no room below the drop point for story “{headline}”")
NO_ROOM_PANEL_PHOTO = QT_TRANSLATE_NOOP("Drop", "no room below the drop point for photo {file}")


def _tr(message: str, /, **args) -> str:
    """Notes and problems in the interface's language (they go to the status bar and message boxes)."""
    return QCoreApplication.translate("Drop", message).format(**args)


def _intake(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def _unique(existing: set[str], base: str) -> str:
    k = 1
    while f"{base}{k}" in existing:
        k += 1
    existing.add(f"{base}{k}")
    return f"{base}{k}"


class _Placer:
    """Stacks frames down from a grid cell on one page, keeping frame ids unique."""

    def __init__(self, doc: Document, page_index: int, col: int, line: int, cols: int):
        self.doc = doc
        self.grid = doc.grid
        self.page_index = page_index
        self.cols = min(cols, self.grid.columns)
        self.col = min(max(0, col), self.grid.columns - self.cols)
        self.y = min(max(0, line), self.grid.line_count - 1)
        self.frame_ids = {f.id for p in doc.pages for f in p.frames}
        self.frames = list(doc.pages[page_index].frames)

    def story(self, doc: Document, story: Story) -> int | None:
        """Heading and body frames; the body's lines needed (more than placed: overset), or None."""
        probe = FrameProbe(doc, replace(doc.pages[self.page_index], frames=()))
        grid = self.grid
        if story.headline or story.kicker:
            head = Frame(_unique(self.frame_ids, f"{story.id}-head"), self.col, self.cols, self.y, 1,
                         story=story.id, part="heading")
            head = replace(head, lines=min(probe.heading_lines(head, 4 if story.kicker else 3), grid.line_count - self.y))
            self.frames.append(head)
            self.y += head.lines
        room = grid.line_count - self.y
        if not story.body:
            return 0
        if room < 1:
            return None
        body = Frame(_unique(self.frame_ids, f"{story.id}-body"), self.col, self.cols, self.y, 1, story=story.id, part="body")
        need = probe.lines_needed(body, room)
        self.frames.append(replace(body, lines=min(need, room)))
        self.y += min(need, room)
        return need if need > room else 0

    def photo(self, photo: Photo, aspect: float) -> bool:
        """The photo frame (height from its aspect) and its caption frame under it."""
        grid = self.grid
        captioned = bool(photo.caption or photo.credit)
        lines = max(6, min(30, round(grid.span_width(self.cols) * aspect / grid.leading)))
        lines = min(lines, grid.line_count - self.y - (2 if captioned else 0))
        if lines < 3:
            return False
        self.frames.append(Frame(_unique(self.frame_ids, f"{photo.id}-photo"), self.col, self.cols, self.y, lines, photo=photo.id))
        self.y += lines
        if captioned:
            self.frames.append(Frame(_unique(self.frame_ids, f"{photo.id}-cap"), self.col, self.cols, self.y, 2,
                                     photo=photo.id, part="caption"))
            self.y += 2
        return True

    def document(self, doc: Document) -> Document:
        pages = list(doc.pages)
        pages[self.page_index] = replace(pages[self.page_index], frames=tuple(self.frames))
        return replace(doc, pages=tuple(pages))


def drop_files(doc: Document, doc_dir: Path, page_index: int, paths: list[str], col: int, line: int,
               cols: int = 3) -> tuple[Document, list[str], list[str]]:
    """The document with the dropped files placed from grid cell (col, line); notes and problems."""
    placer = _Placer(doc, page_index, col, line, cols)
    story_ids = {s.id for s in doc.stories}
    photo_ids = {p.id for p in doc.photos}
    notes: list[str] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        try:
            if suffix in PHOTO_SUFFIXES or suffix in (".heic", ".heif"):
                incoming = import_photo(path)
                rel = Path(os.path.relpath(path.resolve(), doc_dir.resolve())).as_posix()
                photo = Photo(_unique(photo_ids, "p"), rel, incoming.text.caption, incoming.text.credit,
                              checksum=incoming.proxy.checksum)
                doc = replace(doc, photos=doc.photos + (photo,))
                if not placer.photo(photo, incoming.proxy.full_height / incoming.proxy.full_width):
                    problems.append(_tr(NO_ROOM_PHOTO, file=path.name))
                    continue
                notes.append(_tr(PHOTO_PLACED, file=path.name, caption=photo.caption)
                             if photo.caption else _tr(PHOTO_PLACED_BARE, file=path.name))
            elif suffix in COPY_SUFFIXES:
                # the copy desk's readers: loaded at the first drop, not at start-up
                from layout_app.intake.importer import import_copy
                from layout_app.intake.structure import StoryParts
                parsed, copy = import_copy(path)
                notes.extend(render(n, _intake) for n in copy.notices)
                parts = list(parsed.stories)
                if parsed.banner and not parts:
                    b = parsed.banner
                    parts = [StoryParts(b["kicker"], b["headline"], b["deck"], None, parsed.lead)]
                for sp in parts:
                    story = Story(_unique(story_ids, "s"), sp.headline, sp.kicker or "", sp.deck or "",
                                  tuple(sp.paragraphs), sp.byline or "")
                    doc = replace(doc, stories=doc.stories + (story,))
                    over = placer.story(doc, story)
                    if over is None:
                        problems.append(_tr(NO_ROOM_STORY, file=path.name, headline=sp.headline))
                    else:
                        notes.append(_tr(STORY_OVERSET if over else STORY_PLACED, file=path.name, headline=sp.headline))
                # captions with no photo and lines read as no part: in the document, on no page — never
                # dropped (the Stories panel lists the story 未上版; preflight says it is on no page)
                left = [c.text for c in parsed.captions] + list(parsed.unassigned)
                if left:
                    sid = _unique(story_ids, "u")
                    doc = replace(doc, stories=doc.stories + (Story(sid, body=tuple(left)),))
                    problems += [_tr(CAPTION_KEPT, file=path.name, story=sid, text=c.text) for c in parsed.captions]
                    problems += [_tr(NOT_RECOGNISED, file=path.name, story=sid, text=t) for t in parsed.unassigned]
            else:
                problems.append(_tr(NOT_COPY, file=path.name))
        except InputError as exc:
            # intake says why a copy file cannot be read as a Notice: in the interface's language
            problems.append(render(exc.args[0], _intake) if exc.args else str(exc))
    return placer.document(doc), notes, problems


def place_existing(doc: Document, page_index: int, kind: str, item_id: str, col: int, line: int,
                   cols: int = 3, aspect: float = 0.66) -> tuple[Document, list[str]]:
    """A story or photo already in the document, dragged from its panel onto the page."""
    placer = _Placer(doc, page_index, col, line, cols)
    if kind == "story":
        if placer.story(doc, doc.story(item_id)) is None:
            return doc, [_tr(NO_ROOM_PANEL_STORY, headline=doc.story(item_id).headline or item_id)]
    elif kind == "photo":
        if not placer.photo(doc.photo(item_id), aspect):
            return doc, [_tr(NO_ROOM_PANEL_PHOTO, file=Path(doc.photo(item_id).file).name)]
    return placer.document(doc), []
