"""Make the demo page's photos: drawn scenes, deterministic, written for the project.

Run: python scripts/make_demo_photos.py [--megapixels N]   (writes assets/demo/photos/*.jpg)
"""
from __future__ import annotations

import argparse
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent.parent / "assets" / "demo" / "photos"

SCENES = {
    # name: (sky top, sky bottom, ground, accent colours)
    "reading": ((250, 236, 210), (214, 180, 140), (120, 84, 60), [(200, 60, 50), (40, 90, 160), (230, 190, 60)]),
    "patrol": ((20, 30, 70), (60, 70, 120), (40, 40, 45), [(250, 220, 120), (255, 140, 0), (200, 200, 210)]),
    "market": ((200, 225, 245), (240, 240, 235), (150, 150, 140), [(60, 160, 60), (220, 60, 40), (250, 200, 40)]),
    "clinic": ((225, 240, 250), (250, 250, 250), (180, 200, 190), [(40, 120, 200), (250, 250, 250), (60, 170, 150)]),
    "canteen": ((250, 240, 220), (245, 225, 190), (170, 120, 80), [(240, 120, 40), (90, 160, 70), (250, 230, 200)]),
    "square": ((120, 180, 235), (220, 235, 245), (110, 140, 90), [(220, 40, 40), (250, 210, 60), (70, 110, 200)]),
}


def scene(name: str, width: int, height: int) -> Image.Image:
    top, bottom, ground, accents = SCENES[name]
    rnd = random.Random(name)
    img = Image.new("RGB", (width, height))
    px = ImageDraw.Draw(img)
    horizon = int(height * 0.62)
    for y in range(horizon):
        t = y / horizon
        px.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    px.rectangle([0, horizon, width, height], fill=ground)
    # buildings or shelves along the horizon
    x = 0
    while x < width:
        w = rnd.randint(width // 14, width // 6)
        h = rnd.randint(height // 8, height // 3)
        shade = tuple(max(0, min(255, c + rnd.randint(-40, 40))) for c in ground)
        px.rectangle([x, horizon - h, x + w, horizon], fill=shade)
        for wy in range(horizon - h + 20, horizon - 20, max(24, height // 30)):
            for wx in range(x + 12, x + w - 12, max(24, width // 60)):
                px.rectangle([wx, wy, wx + width // 160, wy + height // 90], fill=rnd.choice(accents))
        x += w + rnd.randint(4, 30)
    # people: simple figures in the foreground
    for _ in range(9):
        cx = rnd.randint(width // 12, width - width // 12)
        cy = rnd.randint(horizon + height // 12, height - height // 10)
        r = height // 28
        colour = rnd.choice(accents)
        px.ellipse([cx - r, cy - 3 * r, cx + r, cy - r], fill=(235, 200, 170))
        px.rounded_rectangle([cx - int(1.6 * r), cy - r, cx + int(1.6 * r), cy + 3 * r], radius=r // 2, fill=colour)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    # film grain so the JPEG behaves like a photo
    noise = Image.effect_noise((width // 4, height // 4), 18).resize((width, height)).convert("RGB")
    img = Image.blend(img, noise, 0.06)
    # a gentle vignette
    mask = Image.radial_gradient("L").resize((width, height))
    dark = Image.new("RGB", (width, height), (0, 0, 0))
    return Image.composite(dark, img, mask.point(lambda v: int(max(0, v - 150) * 0.5)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--megapixels", type=float, default=12.2)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    width = int(math.sqrt(args.megapixels * 1e6 * 4 / 3))
    height = width * 3 // 4
    for name in SCENES:
        path = OUT / f"{name}.jpg"
        scene(name, width, height).save(path, quality=85, optimize=True)
        print(f"{path}: {width}x{height}, {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
