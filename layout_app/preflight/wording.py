"""Findings in the words a page editor uses: a story by its headline, a photo by its file name, a page
as 第 N 版 (page N), a place as column and line. A `Phrase` is an English template and its arguments
(text, numbers or phrases); the command line renders it as it is, the editor through Qt's translation
(context "Preflight", Chinese in scripts/zh/preflight.py). The ids stay in `Finding.where`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Callable

from layout_app.model.document import Document
from layout_app.model.story import UNASSIGNED

CONTEXT = "Preflight"
TEMPLATES: list[str] = []          # every template, so a test can check that each one is translated
HEADLINE_CHARS = 12                # a story is named by the start of its headline


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:     # noqa: N802 — the name pyside6-lupdate looks for
    """Marks a template for translation (pyside6-lupdate reads this file) without importing Qt."""
    TEMPLATES.append(text)
    return text


@dataclass(frozen=True)
class Phrase:
    template: str
    args: dict = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = str) -> str:
        values = {k: v.render(translate) if isinstance(v, Phrase) else v for k, v in self.args.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


def say(template: str, **args) -> Phrase:
    return Phrase(template, args)


# --- names -------------------------------------------------------------------------------------------
PAGE = QT_TRANSLATE_NOOP("Preflight", "page {n}")
PLACE = QT_TRANSLATE_NOOP("Preflight", "page {page}, column {col}, line {line}")
PHOTO = QT_TRANSLATE_NOOP("Preflight", "photo {file}")
PART_OF = QT_TRANSLATE_NOOP("Preflight", "the {part} of {story}")
CAPTION_OF = QT_TRANSLATE_NOOP("Preflight", "the caption of photo {file}")
TEXT_FRAME = QT_TRANSLATE_NOOP("Preflight", "an empty text frame")
STORY_ID = QT_TRANSLATE_NOOP("Preflight", "story {id}")
UNREAD = QT_TRANSLATE_NOOP("Preflight", "the copy read as no story's part ({n} paragraph(s), from “{first}”: a caption "
                                        "waiting for its photo, or a line of no story)")
RUNNING_HEAD = QT_TRANSLATE_NOOP("Preflight", "the running head")
PARTS = {
    "heading": QT_TRANSLATE_NOOP("Preflight", "heading"),
    "kicker": QT_TRANSLATE_NOOP("Preflight", "kicker"),
    "headline": QT_TRANSLATE_NOOP("Preflight", "headline"),
    "deck": QT_TRANSLATE_NOOP("Preflight", "deck"),
    "body": QT_TRANSLATE_NOOP("Preflight", "body"),
    "byline": QT_TRANSLATE_NOOP("Preflight", "byline"),
    "caption": QT_TRANSLATE_NOOP("Preflight", "caption"),
    "credit": QT_TRANSLATE_NOOP("Preflight", "credit"),
}


def short(text: str, n: int = HEADLINE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


def story_name(doc: Document, story_id: str | None) -> Phrase | str:
    """《headline》, shortened; a story without a headline by its kicker or its first words."""
    story = next((s for s in doc.stories if s.id == story_id), None)
    if story is None:
        return say(STORY_ID, id=story_id or "?")
    if story.id == UNASSIGNED and story.body and not story.headline:
        # compose's lines read as no part: all of them wait, not the first alone
        return say(UNREAD, n=len(story.body), first=short(story.body[0]))
    title = story.title         # (a table alone by its title line, not its rows run together)
    return f"《{short(title)}》" if title.strip() else say(STORY_ID, id=story.id)


def photo_name(doc: Document, photo_id: str | None) -> str:
    photo = next((p for p in doc.photos if p.id == photo_id), None)
    return PurePath(photo.file).name if photo is not None else (photo_id or "?")


def part_name(part: str) -> Phrase | str:
    return say(PARTS[part]) if part in PARTS else part


def page_name(doc: Document, page_id: str) -> Phrase:
    page = next((p for p in doc.pages if p.id == page_id), None)
    return say(PAGE, n=page.number if page is not None else page_id)


def frame_name(doc: Document, frame) -> Phrase | str:
    """What a frame holds, as the editor would say it."""
    if frame.kind == "photo":
        return say(PHOTO, file=photo_name(doc, frame.photo))
    if frame.kind == "caption":
        return say(CAPTION_OF, file=photo_name(doc, frame.photo))
    if frame.story is None:
        return say(TEXT_FRAME)
    return say(PART_OF, part=part_name(frame.part), story=story_name(doc, frame.story))


def frame_called(doc: Document, page_id: str, frame_id: str | None) -> Phrase | str:
    page = next((p for p in doc.pages if p.id == page_id), None)
    frame = next((f for f in page.frames if f.id == frame_id), None) if page is not None else None
    return frame_name(doc, frame) if frame is not None else (frame_id or "?")


# --- where a finding is ---------------------------------------------------------------------------------
def spot(where: dict) -> tuple[int, int, int, int] | None:
    """(col, cols, line, lines), 0-based, of a finding about a place rather than an item (white left in
    columns): where its marker stands and what a click zooms to."""
    if not all(k in where for k in ("columns", "line", "lines", "fewest")):
        return None
    first, last = where["columns"]
    foot = where["line"] - 1 + where["lines"]          # the lines white in every one of its columns
    return first - 1, last - first + 1, foot - where["fewest"], where["fewest"]


def target(doc: Document, where: dict) -> tuple[str | None, str | None]:
    """(page id, frame id) a finding points at: its frame, else the frame of its photo or story part on
    its page (the first page that has one when the finding names no page)."""
    pages = [p for p in doc.pages if p.id == where.get("page")] or list(doc.pages)
    if where.get("frame"):
        for page in pages:
            if any(f.id == where["frame"] for f in page.frames):
                return page.id, where["frame"]
    for page in pages:
        frames = page.frames
        if where.get("photo"):
            hit = [f for f in frames if f.photo == where["photo"]]
            hit = [f for f in hit if f.kind == "caption"] if where.get("part") in ("caption", "credit") and any(
                f.kind == "caption" for f in hit) else [f for f in hit if f.kind == "photo"] or hit
        elif where.get("story"):
            hit = [f for f in frames if f.story == where["story"]]
            part = where.get("part")
            heading = part in ("kicker", "headline", "deck")
            hit = [f for f in hit if f.part == part or (heading and f.part == "heading")] or hit
        else:
            hit = []
        if hit:
            return page.id, hit[0].id
    page_id = where.get("page")
    return (page_id if any(p.id == page_id for p in doc.pages) else None), None


def place(doc: Document, where: dict) -> Phrase | None:
    """第 N 版第 c 栏第 l 行 of the finding (its own column and line, as a blank in a column has) or of its
    frame (columns and lines counted from 1), or its page."""
    page_id, frame_id = target(doc, where)
    if page_id is None:
        return None
    page = doc.page(page_id)
    frame = next((f for f in page.frames if f.id == frame_id), None)
    if frame is None:
        return page_name(doc, page_id)
    return say(PLACE, page=page.number, col=where.get("column", frame.col + 1), line=where.get("line", frame.line + 1))
