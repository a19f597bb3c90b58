"""Files dropped on the page: copy files become stories, photo files become photos with their
metadata captions; frames are created on the grid where they were dropped."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from layout_app.errors import InputError
from layout_app.imaging.intake import PHOTO_SUFFIXES, import_photo
from layout_app.intake.importer import import_copy
from layout_app.layout.autoplace import FrameProbe
from layout_app.model.document import Document
from layout_app.model.frame import Frame
from layout_app.model.story import Photo, Story

COPY_SUFFIXES = {".txt", ".text", ".docx", ".md", ".markdown"}


def _unique(existing: set[str], base: str) -> str:
    k = 1
    while f"{base}{k}" in existing:
        k += 1
    existing.add(f"{base}{k}")
    return f"{base}{k}"


def drop_files(doc: Document, doc_dir: Path, page_index: int, paths: list[str], col: int, line: int,
               cols: int = 3) -> tuple[Document, list[str], list[str]]:
    """The document with the dropped files placed from grid cell (col, line); notes and problems."""
    grid = doc.grid
    page = doc.pages[page_index]
    cols = min(cols, grid.columns)
    col = min(max(0, col), grid.columns - cols)
    line = min(max(0, line), grid.line_count - 1)
    story_ids = {s.id for s in doc.stories}
    photo_ids = {p.id for p in doc.photos}
    frame_ids = {f.id for p in doc.pages for f in p.frames}
    stories, photos, frames = list(doc.stories), list(doc.photos), list(page.frames)
    notes: list[str] = []
    problems: list[str] = []
    y = line
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        try:
            if suffix in PHOTO_SUFFIXES or suffix in (".heic", ".heif"):
                incoming = import_photo(path)
                pid = _unique(photo_ids, "p")
                rel = Path(os.path.relpath(path.resolve(), doc_dir.resolve())).as_posix()
                photos.append(Photo(pid, rel, incoming.text.caption, incoming.text.credit, checksum=incoming.proxy.checksum))
                width = grid.span_width(cols)
                lines = max(6, min(30, round(width * incoming.proxy.full_height / incoming.proxy.full_width / grid.leading)))
                lines = min(lines, grid.line_count - y - (2 if incoming.text.caption else 0))
                if lines < 3:
                    problems.append(f"{path.name}: no room below the drop point for the photo")
                    continue
                frames.append(Frame(_unique(frame_ids, f"{pid}-photo"), col, cols, y, lines, photo=pid))
                y += lines
                if incoming.text.caption or incoming.text.credit:
                    frames.append(Frame(_unique(frame_ids, f"{pid}-cap"), col, cols, y, 2, photo=pid, part="caption"))
                    y += 2
                notes.append(f"{path.name}: photo {pid}" + (f", caption “{incoming.text.caption}”" if incoming.text.caption else ", no caption in the file"))
            elif suffix in COPY_SUFFIXES:
                parsed, copy = import_copy(path)
                notes.extend(copy.notices)
                parts = list(parsed.stories)
                if parsed.banner and not parts:
                    b = parsed.banner
                    from layout_app.intake.structure import StoryParts
                    parts = [StoryParts(b["kicker"], b["headline"], b["deck"], None, parsed.lead)]
                for sp in parts:
                    sid = _unique(story_ids, "s")
                    stories.append(Story(sid, sp.headline, sp.kicker or "", sp.deck or "", tuple(sp.paragraphs), sp.byline or ""))
                    scratch = replace(doc, stories=tuple(stories), photos=tuple(photos))
                    probe = FrameProbe(scratch, replace(page, frames=()))
                    if sp.headline or sp.kicker:
                        head = Frame(_unique(frame_ids, f"{sid}-head"), col, cols, y, 1, story=sid, part="heading")
                        head = replace(head, lines=min(probe.heading_lines(head, 4 if sp.kicker else 3), grid.line_count - y))
                        frames.append(head)
                        y += head.lines
                    room = grid.line_count - y
                    if room < 1:
                        problems.append(f"{path.name}: story “{sp.headline}” has no room left in these columns")
                        continue
                    body = Frame(_unique(frame_ids, f"{sid}-body"), col, cols, y, 1, story=sid, part="body")
                    need = probe.lines_needed(body, room)
                    body = replace(body, lines=min(need, room))
                    frames.append(body)
                    y += body.lines
                    notes.append(f"{path.name}: story {sid} “{sp.headline}”" + (" — overset: link it to another frame" if need > room else ""))
                for c in parsed.captions:
                    problems.append(f"{path.name}: caption kept for a photo, not placed: {c.text}")
                for text in parsed.unassigned:
                    problems.append(f"{path.name}: not recognised: {text}")
            else:
                problems.append(f"{path.name}: not a copy file (.txt .docx .md) or a photo (.jpg .png .tif .webp)")
        except InputError as exc:
            problems.append(str(exc))
    pages = list(doc.pages)
    pages[page_index] = replace(page, frames=tuple(frames))
    return replace(doc, stories=tuple(stories), photos=tuple(photos), pages=tuple(pages)), notes, problems


def place_existing(doc: Document, page_index: int, kind: str, item_id: str, col: int, line: int,
                   cols: int = 3) -> tuple[Document, list[str]]:
    """A story or photo already in the document, dragged from its panel onto the page: its frames
    at grid cell (col, line). Returns the document and any problems."""
    grid = doc.grid
    page = doc.pages[page_index]
    cols = min(cols, grid.columns)
    col = min(max(0, col), grid.columns - cols)
    line = min(max(0, line), grid.line_count - 1)
    frame_ids = {f.id for p in doc.pages for f in p.frames}
    frames = list(page.frames)
    problems: list[str] = []
    y = line
    if kind == "story":
        story = doc.story(item_id)
        probe = FrameProbe(doc, replace(page, frames=()))
        if story.headline or story.kicker:
            head = Frame(_unique(frame_ids, f"{item_id}-head"), col, cols, y, 1, story=item_id, part="heading")
            head = replace(head, lines=min(probe.heading_lines(head, 4 if story.kicker else 3), grid.line_count - y))
            frames.append(head)
            y += head.lines
        if story.body and y < grid.line_count:
            body = Frame(_unique(frame_ids, f"{item_id}-body"), col, cols, y, 1, story=item_id, part="body")
            room = grid.line_count - y
            frames.append(replace(body, lines=min(probe.lines_needed(body, room), room)))
        elif story.body:
            problems.append(f"no room below the drop point for story {item_id}")
    elif kind == "photo":
        photo = doc.photo(item_id)
        lines = min(14, grid.line_count - y - (2 if photo.caption else 0))
        if lines < 3:
            return doc, [f"no room below the drop point for photo {item_id}"]
        frames.append(Frame(_unique(frame_ids, f"{item_id}-photo"), col, cols, y, lines, photo=item_id))
        if photo.caption or photo.credit:
            frames.append(Frame(_unique(frame_ids, f"{item_id}-cap"), col, cols, y + lines, 2, photo=item_id, part="caption"))
    pages = list(doc.pages)
    pages[page_index] = replace(page, frames=tuple(frames))
    return replace(doc, pages=tuple(pages)), problems
