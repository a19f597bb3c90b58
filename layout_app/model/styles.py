"""Paragraph styles by role."""
from __future__ import annotations

from dataclasses import dataclass

# lead: the page lead (导语) under the banner, a size above the body (schema 3)
ROLES = ("banner", "banner_deck", "lead", "kicker", "headline", "deck", "body", "byline", "caption", "credit", "jump")
TEXT_ROLES = ROLES


@dataclass(frozen=True)
class ParagraphStyle:
    font: str = "song"            # song | hei | kai
    weight: str = "regular"       # regular | bold
    size: float = 9.0             # pt
    leading: float | None = None  # pt line pitch; None: the body grid's leading (body) or 1.25 × size
    tracking: float = 0.0         # em between units
    align: str = "justify"        # justify | left | center | right
    indent: float = 0.0           # first-line indent in em
    min_size: float | None = None  # headline fitting never goes below this
    color: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 1.0)  # CMYK 0–1

    def line_pitch(self, grid_leading: float) -> float:
        if self.leading is not None:
            return self.leading
        return grid_leading if self.size <= grid_leading * 0.75 else self.size * 1.25
