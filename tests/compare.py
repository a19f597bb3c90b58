"""Comparing pictures of the same page from two renderers (screen and print)."""
from PIL import Image, ImageChops, ImageFilter, ImageStat


def text_box(display, scale: float) -> tuple[int, int, int, int]:
    """The pixel box around a page's text frames."""
    rects = [g.rect for g in display.items if getattr(g, "tag", "") == "text"]
    return tuple(round(v * scale) for v in (min(r.x for r in rects), min(r.y for r in rects),
                                            max(r.right for r in rects), max(r.bottom for r in rects)))


def blurred_difference(a: Image.Image, b: Image.Image, box) -> float:
    """Mean difference after a blur that hides the two rasterisers' antialiasing."""
    blur = ImageFilter.GaussianBlur(2)
    return ImageStat.Stat(ImageChops.difference(a.filter(blur).crop(box), b.filter(blur).crop(box))).mean[0]


def same_and_shifted(screen: Image.Image, printed: Image.Image, display, scale: float) -> tuple[float, float]:
    """The difference of the two pictures, and of the screen moved right by one 9-pt character."""
    box = text_box(display, scale)
    return (blurred_difference(screen, printed, box),
            blurred_difference(ImageChops.offset(screen, max(2, round(9 * scale)), 0), printed, box))
