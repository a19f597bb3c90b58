"""Preflight: what would go wrong at the press, found before export (on the model and the
display list — the same one the PDF is drawn from)."""
from __future__ import annotations

import os
from pathlib import Path

from layout_app.geometry import Rect
from layout_app.imaging.pixels import CONVERTIBLE
from layout_app.imaging.printready import decoded_before, effective_ppi
from layout_app.imaging.source import PhotoError, content_key, load, open_photo, oriented_size
from layout_app.intake.photodesk import page_photo_credit
from layout_app.layout.compose import Composer, frame_rect
from layout_app.layout.display import GlyphRun, Group, ImagePlacement, PageDisplay, walk
from layout_app.model.document import Document
from layout_app.preflight.coverage import check_coverage, credit_lines
from layout_app.preflight.furniture import check_furniture
from layout_app.preflight.findings import ERROR, WARNING, Finding, Report

MIN_PPI = 200.0


def preflight(doc: Document, doc_dir: str | os.PathLike = ".", displays: list[PageDisplay] | None = None,
              pdfx: bool = True, min_ppi: float = MIN_PPI, files: bool = True) -> Report:
    """`files=False` skips reading the photo files (missing, damaged, resolution): a quick check of
    text, captions and frames for views that update on every keystroke."""
    doc_dir = Path(doc_dir)
    displays = displays if displays is not None else Composer(doc, doc_dir).compose_all()
    report = Report()
    for page, display in zip(doc.pages, displays):
        _text(report, doc, page, display)
        _photos(report, doc, doc_dir, page, display, pdfx, min_ppi, files)
        _frames(report, doc, page, display)
    check_coverage(report, doc, displays)
    check_furniture(report, doc, displays)
    return report


def _text(report: Report, doc: Document, page, display: PageDisplay) -> None:
    for m in display.missing:
        report.add(Finding("missing-glyph", ERROR, str(m), {
            "page": page.id, "story": m.story, "part": m.part, "paragraph": m.paragraph + 1,
            "offset": m.offset, "char": m.char, "codepoint": f"U+{ord(m.char):04X}"}))
    for r in display.reports:
        where = {"page": page.id, "frame": r.frame, "story": r.story}
        if r.overset_lines > 0:
            what = "caption" if r.part == "caption" else f"story {r.story}"
            chars = f", {r.overset_chars} characters" if r.overset_chars else ""
            report.add(Finding("overset", ERROR, f"{what} does not fit frame {r.frame}: 超 {r.overset_lines} 行 "
                               f"({r.overset_lines} lines{chars} over)",
                               {**where, "lines": r.overset_lines, "text": r.overset_text}))
        if r.below_min:
            report.add(Finding("headline-below-min", WARNING, f"headline of story {r.story} had to be set at "
                               f"{r.size:g} pt, below its style's minimum, to fit frame {r.frame}", {**where, "size": r.size}))


def _photos(report: Report, doc: Document, doc_dir: Path, page, display: PageDisplay, pdfx: bool,
            min_ppi: float, files: bool = True) -> None:
    placements = [i for i in walk(display.items) if isinstance(i, ImagePlacement)]
    frames = {g.frame: g for g in display.items if isinstance(g, Group) and g.tag == "photo"}
    for frame_id, group in (frames.items() if files else ()):
        placement = group.items[0]
        photo = doc.photo(placement.photo)
        where = {"page": page.id, "frame": frame_id, "photo": photo.id, "file": photo.file}
        path = Path(placement.path)
        try:
            key = content_key(path)
            if photo.checksum and key != photo.checksum:
                report.add(Finding("photo-changed", ERROR, f"photo {photo.file} changed since it was placed; "
                                   "check it and place it again", where))
            with open_photo(path) as im:       # closed here: a photo not decoded again keeps no file open
                if im.mode not in CONVERTIBLE:
                    report.add(Finding("colour", ERROR, f"photo {photo.file} is in colour mode {im.mode}, which "
                                       "cannot be converted to CMYK for print", where))
                w, h = oriented_size(im)
                if not decoded_before(key):         # a repeated export: its print conversions prove it whole
                    if im.format == "JPEG":
                        im.draft(im.mode, (max(1, w // 8), max(1, h // 8)))   # a cheap full read: finds truncation
                    load(im, path)
        except PhotoError as exc:
            code = "photo-missing" if not os.path.lexists(path) else "photo-unreadable"   # a symlink loop is there
            report.add(Finding(code, ERROR, str(exc), where))
            continue
        ppi = effective_ppi(w, h, placement)
        if ppi < min_ppi - 0.5:
            report.add(Finding("low-resolution", ERROR, f"photo {photo.file} prints at {ppi:.0f} ppi in frame "
                               f"{frame_id}; newsprint needs at least {min_ppi:.0f} ppi — use a larger file or "
                               "a smaller frame", {**where, "ppi": round(ppi, 1)}))
    placed = {p.photo for p in placements}
    # a page credit line for its photos (本版图片由本报记者 周航 摄) credits every photo on the page
    page_credit = page_photo_credit(credit_lines(doc, page, display)) if placed else None
    for photo_id in sorted(placed):
        photo = doc.photo(photo_id)
        where = {"page": page.id, "photo": photo_id, "file": photo.file}
        no_caption, no_credit = not photo.caption.strip(), not photo.credit.strip() and page_credit is None
        if no_caption and no_credit:         # one finding, not two: the photo desk has to see to it
            report.add(Finding("photo-unlabelled", WARNING, f"photo {photo.file} has neither a caption nor a "
                               "credit (摄影者), and no page credit line (本版图片由…摄) names its photographer", where))
        elif no_caption:
            report.add(Finding("photo-no-caption", WARNING, f"photo {photo.file} has no caption", where))
        elif no_credit:
            report.add(Finding("photo-no-credit", WARNING, f"photo {photo.file} has no credit (摄影者), and no page "
                               "credit line (本版图片由…摄) names its photographer", where))


def _frames(report: Report, doc: Document, page, display: PageDisplay) -> None:
    grid = doc.grid
    rects = {f.id: frame_rect(grid, page, f) for f in page.frames}
    groups = {g.frame: g for g in display.items if isinstance(g, Group)}
    photo_frames = [f for f in page.frames if f.kind == "photo"]
    for f in page.frames:
        where = {"page": page.id, "frame": f.id}
        group = groups.get(f.id)
        if f.kind in ("text", "caption") and group is not None and not any(isinstance(i, GlyphRun) for i in walk(group.items)):
            report.add(Finding("frame-empty", WARNING, f"frame {f.id} is empty", where))
        if f.kind == "caption":
            mates = [p for p in photo_frames if p.photo == f.photo]
            if not any(_touch(rects[f.id], rects[p.id]) for p in mates):
                report.add(Finding("caption-apart", WARNING, f"caption frame {f.id} does not touch its photo "
                                   f"{f.photo}", {**where, "photo": f.photo}))
    _overlaps(report, page, rects)
    _under_wrap(report, page, display, rects)
    captioned = {f.photo for f in page.frames if f.kind == "caption"}
    for p in photo_frames:
        photo = doc.photo(p.photo)
        if photo.caption.strip() and p.photo not in captioned:
            report.add(Finding("caption-not-placed", WARNING, f"photo {photo.file} has a caption but no caption "
                               "frame on the page", {"page": page.id, "frame": p.id, "photo": p.photo,
                                                      "text": photo.caption}))


def _overlaps(report: Report, page, rects: dict[str, Rect]) -> None:
    """Text never silently disappears under another frame: two frames that overlap are an error
    unless one pushes the other's body text away (wrap: around only moves body text), both are
    photos, or one of them is marked `overlap: intended` (a cut-out over a tint)."""
    frames = page.frames
    for k, a in enumerate(frames):
        for b in frames[k + 1:]:
            if a.overlap_intended or b.overlap_intended or (a.kind == b.kind == "photo") \
                    or _pushed_clear(a, b) or _pushed_clear(b, a) or not _overlap(rects[a.id], rects[b.id]):
                continue
            body = next((f for f in (a, b) if _is_body(f)), None)
            fix = (f"set wrap: around on {(b if body is a else a).id}, move one of them" if body is not None
                   else "text wrap moves only body text: move one of them")
            report.add(Finding("frame-overlap", ERROR, f"{_name(b)} lies over {_name(a)} on page {page.id}, so "
                               f"text is hidden or printed over; {fix}, or mark one of them overlap: intended",
                               {"page": page.id, "frame": b.id, "under": a.id}))


def _under_wrap(report: Report, page, display: PageDisplay, rects: dict[str, Rect]) -> None:
    """Text wrap moves the body lines; anything else a body frame prints under a wrapping frame (a
    上接/下转 jump line) is still hidden: an error, found on the display list."""
    wrapping = [f for f in page.frames if f.wrap != "off" and not f.overlap_intended]
    if not wrapping:
        return
    body = {f.id for f in page.frames if _is_body(f)}      # other text under it is a frame-overlap already
    for group in display.items:
        if not isinstance(group, Group) or group.frame not in body:
            continue
        for run in walk(group.items):
            if not isinstance(run, GlyphRun):
                continue
            box = Rect(run.xs[0], run.y - 0.88 * run.size, run.xs[-1] + run.size * run.hscale - run.xs[0], run.size)
            for f in wrapping:
                if f.id != group.frame and _overlap(box, rects[f.id]):
                    report.add(Finding("text-under-frame", ERROR, f"text of frame {group.frame} ({run.text}) lies "
                                       f"under {_name(f)} on page {page.id}; move one of them",
                                       {"page": page.id, "frame": f.id, "under": group.frame, "text": run.text}))


def _is_body(f) -> bool:
    return f.kind == "text" and f.part == "body"


def _pushed_clear(text, other) -> bool:
    """The body text of `text` flows around `other` (绕排), so nothing of either is hidden."""
    return _is_body(text) and other.wrap != "off"


def _overlap(a: Rect, b: Rect, eps: float = 0.01) -> bool:
    """The rectangles share more than an edge (grid arithmetic may leave a hair's breadth)."""
    return (a.x < b.right - eps and b.x < a.right - eps and a.y < b.bottom - eps and b.y < a.bottom - eps)


def _name(f) -> str:
    if f.kind == "photo":
        return f"photo frame {f.id} ({f.photo})"
    if f.kind == "caption":
        return f"caption frame {f.id} ({f.photo})"
    return f"text frame {f.id} ({f.story} {f.part})"


def _touch(a: Rect, b: Rect) -> bool:
    return a.touches(b, tolerance=2.0)
