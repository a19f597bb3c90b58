"""The caption proof as pages (display lists on A4): the photo as placed, its caption and credit as
set, the story beside it, its place on the page and any warning — drawn by the same PDF renderer."""
from __future__ import annotations

import os
from dataclasses import replace

from layout_app.geometry import Rect
from layout_app.layout.display import GlyphRun, ImagePlacement, Item, PageDisplay, Rule
from layout_app.layout.runs import baseline, line_runs
from layout_app.text.fonts import registry
from layout_app.text.setter import SetOptions, set_paragraph
from layout_app.units import mm

A4 = (mm(210), mm(297))
MARGIN = mm(15)
PHOTO_W = mm(70)
OFF_PAGE_SHAPE = 2 / 3     # a photo on no page has no frame: shown whole in a 3:2 box
GAP = mm(6)
WARN = (0.0, 1.0, 1.0, 0.0)
GREY = (0.0, 0.0, 0.0, 0.55)


def _block(text: str, face: str, size: float, width: float, x: float, y: float, color) -> tuple[list[Item], float]:
    pitch = size * 1.45
    items: list[Item] = []
    options = SetOptions(indent=0.0, align="left")
    for line in set_paragraph(text, size, width, face, options).lines:
        b = baseline(registry(), face, size, y, pitch)
        runs, _missing = line_runs(registry(), face, size, line, x, b, color)
        items.extend(runs)
        y += pitch
    return items, y


def proof_pages(entries, doc_dir, title: str, words, off_page=()) -> list[PageDisplay]:
    """The proof's pages: each placed photo as set with its caption, credit, story, place and
    warnings; then `off_page`, the photos no page places, by their caption and file, each saying it
    is not on the page. `words` (preflight.proofwords.ProofWords) says all but the reporters' own
    text in the reader's language."""

    pages: list[PageDisplay] = []
    items: list[Item] = []
    y = MARGIN
    width, height = A4
    text_x = MARGIN + PHOTO_W + GAP
    text_w = width - text_x - MARGIN

    def flush():
        nonlocal items, y
        if items:
            pages.append(PageDisplay(f"proof{len(pages) + 1}", len(pages) + 1, width, height, 0.0, tuple(items)))
        items, y = [], MARGIN

    head, y = _block(words.title(title), "hei-bold", 14, width - 2 * MARGIN, MARGIN, y, (0, 0, 0, 1))
    items += head
    y += 6
    for e in entries:
        aspect = e.rect.height / e.rect.width
        photo_h = min(PHOTO_W * aspect, mm(90))
        block: list[Item] = []
        ty = 0.0                                   # laid out from 0, then moved to its place
        for text, face, size, color in (
                (e.caption_shown or words.no_caption, "hei", 10.0, (0, 0, 0, 1)),
                (e.credit_shown or words.no_credit, "kai", 9.0, (0, 0, 0, 1)),
                (words.story(e), "song-bold", 10.0, (0, 0, 0, 1)),
                (f"{words.place(e)}　{e.photo.file}", "hei", 8.0, GREY),
                *[(f"! {w}", "hei", 9.0, WARN) for w in words.warnings(e)]):
            runs, ty = _block(text, face, size, text_w, text_x, ty, color)
            block += runs
        block_h = max(photo_h, ty)
        if y + block_h > height - MARGIN and len(items) > 1:
            flush()
        items.append(ImagePlacement(Rect(MARGIN, y, PHOTO_W, photo_h), e.photo.id,
                                    os.path.realpath(doc_dir / e.photo.file), e.photo.crop, e.photo.fit))
        items += [_shift(i, y) for i in block]
        y += block_h + GAP / 2
        items.append(Rule(MARGIN, y, width - MARGIN, y, 0.3, GREY))
        y += GAP / 2
    if off_page:
        # the photos no page places, listed after the placed ones: their captions do not print
        runs, y = _block(words.off_page, "hei-bold", 12, width - 2 * MARGIN, MARGIN, y, (0, 0, 0, 1))
        items += runs
    for p in off_page:
        # its picture too, the whole of it (a reporter cannot tell DSC_0001 from DSC_0002 by name)
        photo_h = PHOTO_W * OFF_PAGE_SHAPE
        block, ty = [], 0.0
        for text, face, size, color in ((p.caption or words.no_caption, "hei", 10.0, (0, 0, 0, 1)),
                                        (f"{p.credit or words.no_credit}　{p.file}", "kai", 9.0, GREY),
                                        (f"! {words.not_placed(p)}", "hei", 9.0, WARN)):
            runs, ty = _block(text, face, size, text_w, text_x, ty, color)
            block += runs
        block_h = max(photo_h, ty)
        if y + block_h > height - MARGIN:
            flush()
        items.append(ImagePlacement(Rect(MARGIN, y, PHOTO_W, photo_h), p.id, os.path.realpath(doc_dir / p.file),
                                    p.crop, True))
        items += [_shift(i, y) for i in block]
        y += block_h + GAP / 2
    flush()
    return pages


def _shift(item: Item, dy: float) -> Item:
    if isinstance(item, GlyphRun):
        ys = None if item.ys is None else tuple(y + dy for y in item.ys)      # a vertical run moves whole
        return replace(item, y=item.y + dy, ys=ys)
    return item
