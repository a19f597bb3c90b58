"""The broadsheet page of issue 13, built deterministically, for the side-by-side benchmark with typst.

390 × 540 mm, eight columns, eight stories of ~1,100 characters drawn from the 3,755 common hanzi
(GB 2312 level 1) with Zipf-like frequencies, six 3000 × 2000 photos; written as our document and as
the same page in typst markup, with the same fonts (assets/fonts only). Nothing random escapes the
seed: the same files every run.
"""
from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

SEED = 13
STORIES = 8
PHOTOS = 6
STORY_CHARS = 1120
ZIPF_S = 0.90                     # ~2,100 different hanzi in ~8,900 characters, as on a real page
PHOTO_SIZE = (3000, 2000)


def common_hanzi() -> list[str]:
    """GB 2312 level 1: the 3,755 most common hanzi (rows 16–55 of the code table)."""
    out = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                out.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                pass                              # row 55 ends at cell 89
    assert len(out) == 3755, len(out)
    return out


class Copy:
    """Sentences of Zipf-distributed hanzi, commas and full stops where a reporter puts them."""

    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        chars = common_hanzi()
        self.rng.shuffle(chars)                   # rank order: a fixed shuffle of the table
        self.chars = chars
        self.cum = []
        total = 0.0
        for rank in range(len(chars)):
            total += 1.0 / (rank + 1) ** ZIPF_S
            self.cum.append(total)

    def words(self, n: int) -> str:
        return "".join(self.rng.choices(self.chars, cum_weights=self.cum, k=n))

    def paragraph(self, n: int) -> str:
        out = []
        while sum(map(len, out)) < n:
            clauses = [self.words(self.rng.randint(6, 16)) for _ in range(self.rng.randint(2, 4))]
            out.append("，".join(clauses) + "。")
        return "".join(out)

    def story(self, n: int) -> list[str]:
        paragraphs, left = [], n
        while left > 40:
            p = self.paragraph(min(left, self.rng.randint(90, 180)))
            paragraphs.append(p)
            left -= len(p)
        return paragraphs


def write_photo(path: Path, k: int) -> None:
    """A 3000 × 2000 RGB JPEG with structure (coloured blocks, blurred): a photo's size and weight."""
    rng = random.Random(SEED * 100 + k)
    small = Image.new("RGB", (60, 40))
    draw = ImageDraw.Draw(small)
    for _ in range(40):
        x, y = rng.randrange(60), rng.randrange(40)
        draw.rectangle((x, y, x + rng.randint(3, 20), y + rng.randint(3, 14)),
                       fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    big = small.resize(PHOTO_SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(6))
    grain = Image.frombytes("L", (600, 400), rng.randbytes(600 * 400)).resize(PHOTO_SIZE)
    Image.blend(big, Image.merge("RGB", (grain,) * 3), 0.12).save(path, "JPEG", quality=90)


def build(folder: Path) -> dict:
    """Write page.yaml, page.typ and photos/ into `folder`; answer what was written."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "photos").mkdir(exist_ok=True)
    copy = Copy()
    stories = []
    for k in range(STORIES):
        stories.append({"id": f"s{k + 1}", "headline": copy.words(copy.rng.randint(5, 8)),
                        "body": copy.story(STORY_CHARS)})
    photos = []
    for k in range(PHOTOS):
        name = f"photos/p{k + 1}.jpg"
        if not (folder / name).exists():
            write_photo(folder / name, k)
        photos.append({"id": f"ph{k + 1}", "file": name, "caption": copy.words(14) + "。",
                       "credit": "本报记者 " + copy.words(2) + " 摄"})
    (folder / "page.yaml").write_text(_document(stories, photos), encoding="utf-8")
    (folder / "page.typ").write_text(_typst(stories, photos), encoding="utf-8")
    body = "".join("".join(s["body"]) for s in stories)
    return {"characters": len(body), "distinct": len({ch for ch in body if ch not in "，。"})}


def _document(stories, photos) -> str:
    lines = ["schema: 3", "title: 基准报 第1版", "paper: 基准报", "date: '2026-11-29'", "template: duikai",
             "grid:", "  trim: [390, 540]", "  bleed: 3",
             "  margins: {top: 15, bottom: 15, inside: 18, outside: 18}", "  columns: 8", "  gutter: 1",
             "  body_size: 小五", "  leading: 12",
             "styles:",
             "  headline: {font: hei, size: 小二, weight: bold, align: left, min_size: 四号}",
             "  body: {font: song, size: 小五, indent: 2}",
             "  caption: {font: hei, size: 8, leading: 11, indent: 2}",
             "  credit: {font: kai, size: 8, leading: 11, align: right}",
             "stories:"]
    for s in stories:
        lines.append(f"- id: {s['id']}")
        lines.append(f"  headline: {s['headline']}")
        lines.append("  body:")
        lines += [f"  - {p}" for p in s["body"]]
    lines.append("photos:")
    for p in photos:
        lines += [f"- id: {p['id']}", f"  file: {p['file']}", f"  caption: {p['caption']}", f"  credit: {p['credit']}"]
    lines += ["pages:", "- id: A1", "  number: 1", "  frames:"]
    for k, s in enumerate(stories):
        lines.append(f"  - {{id: h{k}, col: {k}, cols: 1, line: 0, lines: 6, story: {s['id']}, part: heading}}")
        top = 6
        if k < len(photos):
            ph = photos[k]["id"]
            lines.append(f"  - {{id: p{k}, col: {k}, cols: 1, line: 6, lines: 7, photo: {ph}}}")
            lines.append(f"  - {{id: c{k}, col: {k}, cols: 1, line: 13, lines: 3, photo: {ph}, part: caption}}")
            top = 16
        lines.append(f"  - {{id: b{k}, col: {k}, cols: 1, line: {top}, lines: {119 - top}, story: {s['id']}, part: body}}")
    return "\n".join(lines) + "\n"


def _typst(stories, photos) -> str:
    """The same page for typst: eight columns, each a story's headline, photo, caption and body."""
    out = ['#set page(width: 390mm, height: 540mm, margin: (top: 15mm, bottom: 15mm, x: 18mm))',
           '#set text(font: "Noto Serif SC", weight: "medium", size: 9pt, lang: "zh", region: "cn")',
           '#set par(justify: true, leading: 3pt, spacing: 3pt, first-line-indent: (amount: 2em, all: true))',
           '#grid(columns: (1fr,) * 8, column-gutter: 1mm,']
    for k, s in enumerate(stories):
        cell = [f'text(font: "Noto Sans SC", weight: "bold", size: 18pt)[{s["headline"]}]']
        if k < len(photos):
            p = photos[k]
            cell.append(f'image("{p["file"]}", width: 100%, height: 84pt, fit: "cover")')
            cell.append(f'text(font: "Noto Sans SC", size: 8pt)[{p["caption"]}]')
            cell.append(f'align(right, text(font: "LXGW WenKai", size: 8pt)[{p["credit"]}])')
        cell += [f"par[{para}]" for para in s["body"]]
        out.append("  [" + "\n   ".join(f"#{c}" for c in cell) + "],")
    out.append(")")
    return "\n".join(out) + "\n"
