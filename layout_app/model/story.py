"""Stories and photos: what the reporters and the photo desk delivered."""
from __future__ import annotations

from dataclasses import dataclass

STORY_PARTS = ("kicker", "headline", "deck", "body", "byline")
# a story's importance on the page: its headline takes the style "headline_<rank>" (头条, 二条, 简讯)
RANKS = ("lead", "second", "brief")


@dataclass(frozen=True)
class Story:
    id: str
    headline: str = ""
    kicker: str = ""
    deck: str = ""
    body: tuple[str, ...] = ()      # paragraphs
    byline: str = ""
    rank: str = ""                  # one of RANKS, or "" for the plain headline style

    def part_text(self, part: str) -> tuple[str, ...]:
        """The paragraphs of one part of the story."""
        if part == "body":
            return self.body
        value = getattr(self, part)
        return (value,) if value else ()


@dataclass(frozen=True)
class Crop:
    """The visible part of a photo as fractions of its width and height."""
    left: float = 0.0
    top: float = 0.0
    right: float = 1.0
    bottom: float = 1.0


@dataclass(frozen=True)
class Photo:
    id: str
    file: str                 # path relative to the document file
    caption: str = ""
    credit: str = ""
    crop: Crop = Crop()
    checksum: str = ""        # content hash of the file when it was placed ("" = not recorded)
    fit: bool = False         # show the whole crop inside the frame (letterboxed); default: fill it
    checked: bool = False     # a reporter checked the caption and credit (review mode)
    comment: str = ""         # a reporter's comment on the caption, for the editor
