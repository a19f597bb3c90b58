"""Benchmark: import 40 photos of 24 megapixels (metadata, checksum, screen proxy).

The photos are drawn first into a temporary folder (not timed). The import runs in a fresh
process with an empty proxy cache; its time and peak memory are reported, then a second import
(proxies cached).
Run: python benchmarks/photos.py [--count 40] [--megapixels 24]
"""
from __future__ import annotations

import argparse
import math
import random
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probe  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, resource, sys, time
from pathlib import Path
from layout_app.imaging.intake import import_photo, photo_files
t = time.perf_counter()
photos = [import_photo(p) for p in photo_files([sys.argv[1]])]
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "count": len(photos), "peak_mb": peak_mb(),
                  "megapixels": sum(p.megapixels for p in photos) / len(photos)}))
"""


def draw(path: Path, width: int, height: int, seed: int) -> None:
    rnd = random.Random(seed)
    im = Image.new("RGB", (width // 4, height // 4), tuple(rnd.randrange(256) for _ in range(3)))
    d = ImageDraw.Draw(im)
    for _ in range(60):
        x, y = rnd.randrange(width // 4), rnd.randrange(height // 4)
        r = rnd.randrange(20, 300)
        d.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rnd.randrange(256) for _ in range(3)))
    im = im.resize((width, height), Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(2))
    noise = Image.effect_noise((width // 2, height // 2), 25).resize((width, height)).convert("RGB")
    Image.blend(im, noise, 0.08).save(path, "JPEG", quality=88)


def run(folder: Path, cache: Path) -> dict:
    return probe.run(PROBE, str(folder), LAYOUT_APP_CACHE=str(cache))


def main() -> None:
    print(probe.calibration())
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--megapixels", type=float, default=24.0)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="layout_app_photos_"))
    try:
        width = int(math.sqrt(args.megapixels * 1e6 * 3 / 2))
        height = width * 2 // 3
        folder = work / "photos"
        folder.mkdir()
        for k in range(args.count):
            draw(folder / f"photo{k:02d}.jpg", width, height, k)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        cold = run(folder, work / "cache")
        warm = run(folder, work / "cache")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{cold['count']} photos of {cold['megapixels']:.1f} MP ({width}×{height}, {size:.0f} MB of JPEG)")
    print(f"first import (proxies made): {cold['seconds']:.1f} s, peak {cold['peak_mb']:.0f} MB (targets ≤ 10 s, ≤ 500 MB)")
    print(f"second import (proxies cached): {warm['seconds']:.1f} s, peak {warm['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
