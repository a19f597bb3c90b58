"""File ▸ Place (Ctrl+D): a copy file or a photo into the selected frame, or as new frames at the
first free spot of the page. The files are read as a drop reads them (dropin), and the notes are
said in the interface's language as dropin's are (context "Drop")."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from layout_app.editor.dropin import (
    COPY_SUFFIXES, NO_ROOM_PHOTO, NO_ROOM_STORY, NOT_COPY, STORY_OVERSET, STORY_PLACED, _tr, drop_files,
)
from layout_app.imaging.intake import PHOTO_SUFFIXES
from layout_app.layout.arrange import fresh
from layout_app.layout.autoplace import FrameProbe
from layout_app.model.document import Document
from layout_app.model.frame import Frame
from layout_app.model.story import Story

FREE_COLS, FREE_LINES = 3, 8      # the room a new story or photo looks for

NO_FREE_ROOM = QT_TRANSLATE_NOOP("Drop", "{file}: no free room of {cols} columns × {lines} lines on this page: "
                                         "placed at the top left, over other frames")
PHOTO_IN_FRAME = QT_TRANSLATE_NOOP("Drop", "{file}: photo placed in the selected frame")
STORY_IN_FRAME = QT_TRANSLATE_NOOP("Drop", "{file}: story “{headline}” placed in the selected frame")
MORE_STORIES = QT_TRANSLATE_NOOP("Drop", "{file}: {n} more stories kept in the Stories panel, not placed")


def free_cell(doc: Document, page_index: int, cols: int = FREE_COLS, lines: int = FREE_LINES) -> tuple[int, int] | None:
    """The first grid cell, from the top line down and left to right along each line, with
    cols × lines free of frames (the highest free spot: where a new item is seen); None when the
    page has no such room."""
    grid = doc.grid
    cols = min(cols, grid.columns)
    lines = min(lines, grid.line_count)
    taken = doc.pages[page_index].frames
    for line in range(grid.line_count - lines + 1):
        for col in range(grid.columns - cols + 1):
            if not any(f.col < col + cols and col < f.col + f.cols and f.line < line + lines and line < f.line + f.lines
                       for f in taken):
                return col, line
    return None


def _room_needed(doc: Document, doc_dir: Path, page_index: int, path: Path) -> tuple[int, int]:
    """Columns and lines the file's frames take when dropped on an empty page."""
    pages = list(doc.pages)
    pages[page_index] = replace(pages[page_index], frames=())
    trial, _, _ = drop_files(replace(doc, pages=tuple(pages)), doc_dir, page_index, [str(path)], 0, 0)
    frames = trial.pages[page_index].frames
    if not frames:
        return FREE_COLS, FREE_LINES
    return max(f.col + f.cols for f in frames), max(f.line + f.lines for f in frames)


def place_file(doc: Document, doc_dir: Path, page_index: int, path: Path,
               frame_id: str = "") -> tuple[Document, list[str], list[str]]:
    """The document with the file placed; notes and problems (one line each, naming the file).
    A photo goes into a selected photo frame (its caption frames follow the new photo); a story into
    a selected text frame (the story's other frames on the page follow it). Otherwise, or when the
    kind does not match the frame, new frames at the first free spot."""
    suffix = path.suffix.lower()
    is_photo = suffix in PHOTO_SUFFIXES or suffix in (".heic", ".heif")
    if not is_photo and suffix not in COPY_SUFFIXES:
        return doc, [], [_tr(NOT_COPY, file=path.name)]
    page = doc.pages[page_index]
    target = next((f for f in page.frames if f.id == frame_id), None) if frame_id else None
    # a drawn photo frame waits empty for its picture
    fits = target is not None and ((is_photo and target.kind in ("photo", "empty")) or (not is_photo and target.is_text))
    if not fits:
        cols, lines = _room_needed(doc, doc_dir, page_index, path)
        cell = free_cell(doc, page_index, cols, lines)
        if cell is None:
            placed, notes, problems = drop_files(doc, doc_dir, page_index, [str(path)], 0, 0)
            room = _tr(NO_FREE_ROOM, file=path.name, cols=cols, lines=lines)
            return placed, notes, [*problems, room]
        return drop_files(doc, doc_dir, page_index, [str(path)], *cell)
    # read the file as a drop at the frame would, keep what it brought (a story or a photo), not its frames
    read, notes, problems = drop_files(doc, doc_dir, page_index, [str(path)], target.col, target.line)
    if is_photo:
        new = [p for p in read.photos if p not in doc.photos]
        if not new:
            return doc, notes, problems
        old = target.photo
        frames = tuple(replace(f, photo=new[0].id) if f.id == target.id or (f.kind == "caption" and f.photo == old)
                       else f for f in page.frames)
        notes = [_tr(PHOTO_IN_FRAME, file=path.name)]
        dropped = {_tr(NO_ROOM_PHOTO, file=path.name)}
    else:
        known = {s.id for s in doc.stories}
        new = [s for s in read.stories if s.id not in known]
        if not new:
            return doc, notes, problems
        old = target.story
        frames = tuple(_retarget(f, new[0].id, target, old) for f in page.frames)
        frames = _heading_on_top(read, page_index, frames, new[0], target.id)
        read = _without_empty_story(read, old, frames, page_index)
        # the drop's notes on its own frames go: they are not kept
        dropped = {_tr(t, file=path.name, headline=s.headline) for s in new for t in (STORY_PLACED, STORY_OVERSET)}
        notes = [n for n in notes if n not in dropped]
        notes.append(_tr(STORY_IN_FRAME, file=path.name, headline=new[0].headline))
        if len(new) > 1:
            notes.append(_tr(MORE_STORIES, file=path.name, n=len(new) - 1))
        dropped = {_tr(NO_ROOM_STORY, file=path.name, headline=s.headline) for s in new}
    problems = [p for p in problems if p not in dropped]
    pages = list(read.pages)
    pages[page_index] = replace(page, frames=frames)
    return replace(read, pages=tuple(pages)), notes, problems


def _heading_on_top(doc: Document, page_index: int, frames: tuple[Frame, ...], story: Story,
                    frame_id: str) -> tuple[Frame, ...]:
    """A story with a headline or kicker placed into a body frame and heading frame nowhere: the
    frame's top lines become its heading (as a drop stacks them), so the headline is on the page."""
    others = [f for i, p in enumerate(doc.pages) if i != page_index for f in p.frames]
    if not (story.headline or story.kicker) or any(f.story == story.id and f.part == "heading"
                                                   for f in (*others, *frames)):
        return frames
    body = next(f for f in frames if f.id == frame_id)
    if body.part != "body" or body.lines < 2:
        return frames
    # ids the document keeps: not the frames the drop that read the file made (they are not kept)
    taken = {f.id for f in (*others, *frames)} | {x.id for p in doc.pages for x in p.rules + p.boxes}
    head = Frame(fresh(taken, f"{story.id}-head"), body.col, body.cols,
                 body.line, 1, story=story.id, part="heading", dx=body.dx, dy=body.dy)
    probe = FrameProbe(doc, replace(doc.pages[page_index], frames=()))
    n = min(probe.heading_lines(head, 4 if story.kicker else 3), body.lines - 1)
    head = replace(head, lines=n)
    out: list[Frame] = []
    for f in frames:
        out += [head, replace(f, line=f.line + n, lines=f.lines - n)] if f.id == frame_id else [f]
    return tuple(out)


def _without_empty_story(doc: Document, story_id: str | None, frames: tuple[Frame, ...], page_index: int) -> Document:
    """The empty story a drawn text frame made goes once its frame holds the placed one."""
    story = doc.story(story_id) if story_id else None
    if story is None or story != Story(story.id):
        return doc
    if any(f.story == story_id for f in frames) or any(f.story == story_id for i, p in enumerate(doc.pages)
                                                       if i != page_index for f in p.frames):
        return doc
    return replace(doc, stories=tuple(s for s in doc.stories if s.id != story_id))


def _retarget(f: Frame, story: str, target: Frame, old: str | None) -> Frame:
    if f.id == target.id:
        return replace(f, story=story)
    if old and f.story == old and f.is_text:
        return replace(f, story=story)
    return f


def place_files(doc: Document, doc_dir: Path, page_index: int, paths: list[Path],
                frame_id: str = "") -> tuple[Document, list[str], list[str]]:
    """Several files: the first into the selected frame (as place_file), each next one at the first
    free spot left after the ones before it."""
    notes: list[str] = []
    problems: list[str] = []
    for k, path in enumerate(paths):
        doc, n, p = place_file(doc, doc_dir, page_index, path, frame_id if k == 0 else "")
        notes += n
        problems += p
    return doc, notes, problems
