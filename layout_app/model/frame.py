"""Frames: rectangles on the grid that hold a story part, a photo or a photo's caption."""
from __future__ import annotations

from dataclasses import dataclass

FRAME_KINDS = ("text", "photo", "caption", "empty")
# what a text frame may hold: one part of a story, or the stacked heading (kicker, headline, deck)
TEXT_PARTS = ("heading", "kicker", "headline", "deck", "body", "byline")
# text wrap (绕排, schema 3): does the frame push body text away, and how far
WRAP_MODES = ("off", "around")


@dataclass(frozen=True)
class Frame:
    id: str
    col: int                 # first basic column (0-based)
    cols: int                # columns spanned
    line: int                # first body line (0-based)
    lines: int               # body lines tall
    story: str | None = None  # text frames: the story they hold
    part: str = "body"        # text frames: which part; photo frames: "photo" or "caption"
    photo: str | None = None  # photo and caption frames: the photo
    text_columns: int = 0     # body frames: text columns inside (0: one per basic column)
    style: str | None = None  # override the part's paragraph style role (e.g. "banner")
    dx: float = 0.0           # pt off the grid cell: a frame placed with snapping off (Alt-drag)
    dy: float = 0.0
    vertical: bool = False    # heading frames: set top to bottom in columns, right to left (竖排)
    # text wrap (绕排, schema 3): "around" pushes the body text of other frames away; the standoff is
    # in body lines above and below and in body characters left and right
    wrap: str = "off"
    standoff_lines: float = 0.0
    standoff_chars: float = 1.0
    overlap_intended: bool = False   # lies over text on purpose (a cut-out over a tint): preflight allows it
    locked: bool = False      # schema 4: the editor neither moves nor resizes it

    @property
    def kind(self) -> str:
        if self.empty:
            return "empty"
        if self.photo is not None:
            return "caption" if self.part == "caption" else "photo"
        return "text"

    @property
    def empty(self) -> bool:
        """A photo frame drawn before its picture is placed (schema 4): it holds neither story nor photo."""
        return self.photo is None and self.story is None and self.part == "photo"

    @property
    def is_text(self) -> bool:
        return self.photo is None and not self.empty
