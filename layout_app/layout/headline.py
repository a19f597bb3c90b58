"""Headline fitting: the largest size at which a headline fits its frame in a number of lines."""
from __future__ import annotations

import math
from dataclasses import dataclass

from layout_app.text.setter import SetLine, SetOptions, set_paragraph

STEP = 0.5      # pt: sizes are tried in half points
FLOOR = 5.0     # never below 八号


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[SetLine, ...]
    body_lines: int      # whole body lines the block occupies (占行)
    fits: bool           # fits within the limits at this size
    below_min: bool      # had to go below the style's minimum size


def block_lines(n_lines: int, pitch: float, grid_leading: float) -> int:
    return max(1, math.ceil(n_lines * pitch / grid_leading - 1e-6))


def fit_headline(text: str, width: float, max_lines: int, max_body_lines: int, face: str,
                 max_size: float, min_size: float | None, options: SetOptions,
                 grid_leading: float, pitch_ratio: float = 1.2) -> Fitted:
    """Try sizes from `max_size` down in half points; the first that sets `text` in at most
    `max_lines` lines occupying at most `max_body_lines` body lines wins."""
    floor_size = min_size if min_size is not None else FLOOR
    size = max_size
    best = None
    while size >= FLOOR - 1e-9:
        lines = set_paragraph(text, size, width, face, options).lines
        occupied = block_lines(len(lines), size * pitch_ratio, grid_leading)
        # a headline line must also be no wider than the frame (a single unbreakable run might be)
        fits = len(lines) <= max_lines and occupied <= max_body_lines and all(l.width <= width + 0.01 for l in lines)
        if fits:
            return Fitted(size, lines, occupied, True, size < floor_size - 1e-9)
        best = Fitted(size, lines, occupied, False, size < floor_size - 1e-9)
        size = round(size - STEP, 2)
    return best  # type: ignore[return-value]
