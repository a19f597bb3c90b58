"""Story parts that no frame holds, found on the whole document (a page exported alone still
knows that its story's heading is on another page) and told on a page: the page of the story's
first frame, or the first page for a story on no page at all."""
from __future__ import annotations

from layout_app.layout.display import Unplaced
from layout_app.model.document import Document

HOLDS = {"heading": ("kicker", "headline", "deck")}   # what a frame of each part holds
PARTS = ("kicker", "headline", "deck", "byline", "body")


def unheld_parts(doc: Document) -> dict[str, list[Unplaced]]:
    """Page id → the story parts with text that no frame in the document holds."""
    held: dict[str, set[str]] = {}
    first_page: dict[str, str] = {}
    for page in doc.pages:
        for f in page.frames:
            if f.is_text and f.story is not None:
                parts = held.setdefault(f.story, set())
                parts.update(HOLDS.get(f.part, (f.part,)))
                if f.part == "body":
                    parts.add("byline")          # set in the body frames, or compose says why not
                first_page.setdefault(f.story, page.id)
    out: dict[str, list[Unplaced]] = {}
    for story in doc.stories:
        parts = held.get(story.id, set())
        texts = {part: "\n".join(story.part_text(part)) for part in PARTS}
        missing = {part: t for part, t in texts.items() if t.strip() and part not in parts}
        if not missing or not doc.pages:
            continue
        page = first_page.get(story.id, doc.pages[0].id)
        if not parts:
            out.setdefault(page, []).append(Unplaced(page, story.id, "story", "\n".join(missing.values()),
                                                     "no frame on any page holds it"))
            continue
        for part, t in missing.items():
            frame = "a byline frame or a body frame" if part == "byline" else (
                "a heading frame" if part in HOLDS["heading"] else f"a {part} frame")
            out.setdefault(page, []).append(Unplaced(page, story.id, part, t, f"no frame holds it (add {frame})"))
    return out
