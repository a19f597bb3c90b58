"""Crop arithmetic for the editor: pan and zoom a photo inside its frame (fractions of the image)."""
from __future__ import annotations

from layout_app.model.story import Crop

MIN_SPAN = 0.05          # the crop never gets smaller than 5 % of the picture


def pan(crop: Crop, dx: float, dy: float) -> Crop:
    """Move the crop window by (dx, dy) fractions of the picture, staying inside it."""
    w, h = crop.right - crop.left, crop.bottom - crop.top
    left = min(max(0.0, crop.left + dx), 1.0 - w)
    top = min(max(0.0, crop.top + dy), 1.0 - h)
    return Crop(round(left, 4), round(top, 4), round(left + w, 4), round(top + h, 4))


def zoom(crop: Crop, factor: float) -> Crop:
    """Zoom in (factor > 1) or out about the crop's centre; never beyond the whole picture."""
    cx, cy = (crop.left + crop.right) / 2, (crop.top + crop.bottom) / 2
    w = min(1.0, max(MIN_SPAN, (crop.right - crop.left) / factor))
    h = min(1.0, max(MIN_SPAN, (crop.bottom - crop.top) / factor))
    left = min(max(0.0, cx - w / 2), 1.0 - w)
    top = min(max(0.0, cy - h / 2), 1.0 - h)
    return Crop(round(left, 4), round(top, 4), round(left + w, 4), round(top + h, 4))
