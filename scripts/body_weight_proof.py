"""Compare body faces on newsprint: the same 9 pt paragraph set in each candidate song face, exported
as PDF/X-4, separated by Ghostscript (tiffsep, as a RIP does), then printed in simulation through the
newsprint profile (SNAP TR 002) with the paper tone. Prints the numbers and writes a side-by-side proof.

    python scripts/body_weight_proof.py regular=NotoSerifSC_400Regular.ttf \
        medium=assets/fonts/NotoSerifSC-Medium.ttf [out.png]

Each candidate stands in for the shipped song face (the npm package @expo-google-fonts/noto-serif-sc
has every weight). Run from the repository with the project's Python.
"""
from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


PLATE_DPI = 1200          # the platesetter's resolution: coverage is measured here
SCREEN_DPI = 150          # about a newspaper halftone screen's cell: the press averages ink over it
PROFILE = ROOT / "assets" / "icc" / "SNAP-TR002-newsprint.icc"
PARAGRAPH = ("为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”，共配置图书3200余册，"
             "涵盖农业技术、法律常识、健康养生、少儿读物等内容，并安排专人负责图书借还和日常管理。开放首日，不少村民"
             "带着孩子前来借阅。村民老周说：“以前想看本种植方面的书要跑到县城，现在在村里就能借到，方便多了。”"
             "他一口气借了三本关于果树修剪和病虫害防治的书，打算利用冬闲时间好好学一学。")

DOC = """\
schema: 3
grid:
  trim: [120, 100]
  bleed: 3
  margins: {top: 10, bottom: 10, inside: 10, outside: 10}
  columns: 2
  gutter: 1
  body_size: 小五
  leading: 13.5
styles:
  body: {font: song, size: 小五, indent: 2}
stories:
- id: s
  body: [PARAGRAPH]
pages:
- id: A1
  number: 1
  frames:
  - {id: b, col: 0, cols: 1, line: 0, lines: 16, story: s, part: body}
"""


def strokes_pt(font_file: Path) -> tuple[float, float]:
    """Thickness of the horizontal stroke of 一 and the vertical stroke of 丨 at 9 pt, measured
    across their middles: a song face's thin horizontals and its main verticals."""
    em = 2000
    font = ImageFont.truetype(str(font_file), em)
    out = []
    for ch in "一丨":
        img = Image.new("L", (em, em * 13 // 10), 0)
        ImageDraw.Draw(img).text((0, 0), ch, font=font, fill=255)
        x0, y0, x1, y1 = img.getbbox()
        if ch == "一":
            ink = [img.getpixel(((x0 + x1) // 2, y)) for y in range(img.height)]
        else:
            ink = [img.getpixel((x, (y0 + y1) // 2)) for x in range(img.width)]
        out.append(sum(ink) / 255 / em * 9.0)
    return out[0], out[1]


def plate_in_child(font_file: Path, tif: Path) -> None:
    """(child process) Export the paragraph with `font_file` as the song face; separate it."""
    import layout_app.assets as assets

    shipped = assets.FONTS_DIR
    fonts = tif.parent / f"fonts-{tif.stem}"
    fonts.mkdir()
    assets.FONTS_DIR = fonts                  # before the text engine imports it
    from layout_app.io.docfile import loads_document
    from layout_app.render.pdf.export import ExportOptions, export_pdf
    from layout_app.text.fonts import FACES

    song = next(s for s in FACES if s.key == "song").file
    for f in shipped.iterdir():
        os.symlink(font_file.resolve() if f.name == song else f.resolve(), fonts / f.name)
    doc = loads_document(DOC.replace("PARAGRAPH", PARAGRAPH))
    pdf = tif.with_suffix(".pdf")
    export_pdf(doc, tif.parent, pdf, ExportOptions(marks=False, force=True))
    subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiffsep", f"-r{PLATE_DPI}",
                    f"-sOutputFile={tif}", str(pdf)], check=True, timeout=300)


def black_plate(font_file: Path, work: Path, name: str) -> Image.Image:
    tif = work / f"{name}.tif"
    subprocess.run([sys.executable, __file__, "--plate", str(font_file), str(tif)], check=True, timeout=600)
    return ImageOps.invert(Image.open(work / f"{name}(Black).tif").convert("L"))   # 255 = solid ink


def printed(k: Image.Image) -> Image.Image:
    """K coverage averaged over halftone cells, printed on newsprint (profile with dot gain and
    paper tone, absolute colorimetric), as sRGB."""
    small = k.resize((k.width * SCREEN_DPI // PLATE_DPI, k.height * SCREEN_DPI // PLATE_DPI), Image.BOX)
    zero = Image.new("L", small.size, 0)
    cmyk = Image.merge("CMYK", (zero, zero, zero, small))
    srgb = ImageCms.createProfile("sRGB")
    return ImageCms.profileToProfile(cmyk, str(PROFILE), srgb, renderingIntent=ImageCms.Intent.ABSOLUTE_COLORIMETRIC,
                                     outputMode="RGB")


def luminance(rgb: Image.Image) -> float:
    """Mean relative luminance Y (0–1) of an sRGB image."""
    lin = [(v / 255 / 12.92) if v <= 10 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in range(256)]
    n = rgb.width * rgb.height
    means = [sum(lin[i] * c for i, c in enumerate(ch.histogram())) / n for ch in rgb.split()]
    return 0.2126 * means[0] + 0.7152 * means[1] + 0.0722 * means[2]


def main(candidates: dict[str, Path], out_png: Path) -> None:
    weights = tuple(candidates)
    with tempfile.TemporaryDirectory() as tmp:
        plates = {w: black_plate(candidates[w], Path(tmp), w) for w in weights}
    box = plates[weights[0]].getbbox()                      # the text area (same lines in both weights)
    pad = PLATE_DPI // 24
    box = (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)
    panels = []
    paper = printed(Image.new("L", (PLATE_DPI, PLATE_DPI), 0))
    y_paper = luminance(paper)
    for w in weights:
        k = plates[w].crop(box)
        coverage = sum(i * c for i, c in enumerate(k.histogram())) / (k.width * k.height) / 255
        proof = printed(k)
        y_text = luminance(proof)
        density = -math.log10(y_text / y_paper)
        h, v = strokes_pt(candidates[w])
        print(f"{w:8s} strokes at 9 pt: horizontal {h:.3f} pt, vertical {v:.3f} pt; K coverage on the plate {coverage * 100:.2f} %; "
              f"printed text area: Y {y_text:.4f} (paper {y_paper:.4f}), density over paper {density:.4f}")
        panels.append((w, f"{w}: K {coverage * 100:.1f} %, density {density:.3f}, verticals {v:.2f} pt"))
    # side-by-side proof at 600 dpi-ish from the plate (sharp type), toned to newsprint
    scale = 2
    tiles = []
    for w, label in panels:
        k = plates[w].crop(box)
        k = k.resize((k.width // scale, k.height // scale), Image.BOX)
        zero = Image.new("L", k.size, 0)
        tile = ImageCms.profileToProfile(Image.merge("CMYK", (zero, zero, zero, k)), str(PROFILE),
                                         ImageCms.createProfile("sRGB"),
                                         renderingIntent=ImageCms.Intent.ABSOLUTE_COLORIMETRIC, outputMode="RGB")
        tiles.append((label, tile))
    label_h = 60
    font = ImageFont.load_default(size=30)
    width = sum(t.width for _, t in tiles) + 30 * (len(tiles) + 1)
    height = max(t.height for _, t in tiles) + label_h + 30
    sheet = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(sheet)
    x = 30
    for w, t in tiles:
        draw.text((x, 14), f"Noto Serif SC {w} — 9 pt on newsprint (SNAP TR 002)", fill="black", font=font)
        sheet.paste(t, (x, label_h))
        x += t.width + 30
    sheet.save(out_png, optimize=True)
    print(f"proof: {out_png}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--plate"]:
        plate_in_child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        pairs = dict(a.split("=", 1) for a in sys.argv[1:] if "=" in a)
        rest = [a for a in sys.argv[1:] if "=" not in a]
        main({k: Path(v) for k, v in pairs.items()},
             Path(rest[0]) if rest else ROOT / "docs" / "body-weight-newsprint.png")
