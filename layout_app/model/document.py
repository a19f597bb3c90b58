"""The document: pages on a grid, stories and photos, paragraph styles."""
from __future__ import annotations

from dataclasses import dataclass, field

from layout_app.model.frame import Frame
from layout_app.model.grid import ColumnGrid
from layout_app.model.story import Photo, Story
from layout_app.model.styles import ParagraphStyle

SCHEMA_VERSION = 3      # 2: byline_place; 3: the lead style (a body frame may take style: lead)
OLDEST_SCHEMA = 1       # files of every schema from this one up still open
BYLINE_PLACES = ("head", "foot")   # where a byline goes when its story has no byline frame


@dataclass(frozen=True)
class Page:
    id: str
    number: int
    frames: tuple[Frame, ...] = ()
    section: str = ""          # e.g. "要闻"

    @property
    def left_hand(self) -> bool:
        """Even pages are left-hand pages of a spread."""
        return self.number % 2 == 0


@dataclass(frozen=True)
class Document:
    grid: ColumnGrid
    styles: dict[str, ParagraphStyle]
    pages: tuple[Page, ...] = ()
    stories: tuple[Story, ...] = ()
    photos: tuple[Photo, ...] = ()
    title: str = ""
    date: str = ""               # edition date, ISO (YYYY-MM-DD)
    template: str = ""           # the template it started from
    spreads: tuple[tuple[str, str], ...] = ()   # pairs of page ids shown and printed side by side
    byline_place: str = "head"   # a byline without a byline frame: under the heading, or after the body
    _index: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def story(self, story_id: str) -> Story:
        return self._lookup("stories", story_id)

    def photo(self, photo_id: str) -> Photo:
        return self._lookup("photos", photo_id)

    def page(self, page_id: str) -> Page:
        return self._lookup("pages", page_id)

    def _lookup(self, kind: str, key: str):
        index = self._index.get(kind)
        if index is None:
            index = {item.id: item for item in getattr(self, kind)}
            self._index[kind] = index
        return index[key]

    def style(self, role: str) -> ParagraphStyle:
        return self.styles.get(role) or self.styles.get("body") or ParagraphStyle()

    def byline_frame(self, story_id: str) -> tuple[Page, Frame] | None:
        """The frame that holds the story's byline on its own, if the layout has one."""
        return next(((page, f) for page in self.pages for f in page.frames
                     if f.story == story_id and f.part == "byline" and f.photo is None), None)

    def body_chain(self, story_id: str) -> list[tuple[Page, Frame]]:
        """The body frames a story flows through, in page order then frame order."""
        return [(page, f) for page in self.pages for f in page.frames
                if f.story == story_id and f.part == "body" and f.photo is None]
