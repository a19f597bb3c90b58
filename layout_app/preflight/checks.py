"""Preflight: what would go wrong at the press, found before export (on the model and the
display list — the same one the PDF is drawn from)."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from layout_app.geometry import Rect
from layout_app.imaging.pixels import CONVERTIBLE
from layout_app.imaging.printready import decoded_before, effective_ppi
from layout_app.imaging.source import PhotoError, content_key, load, open_photo, oriented_size
from layout_app.intake.artworks import is_artwork
from layout_app.intake.pagecredit import credit_at_odds, page_photo_credit
from layout_app.intake.photodesk import one_credit
from layout_app.intake.photonews import is_photo_story
from layout_app.intake.repair import photo_credit
from layout_app.layout.compose import Composer, frame_rect
from layout_app.layout.copyfit import MAX_EMPTY
from layout_app.layout.photonumbers import backwards
from layout_app.layout.tombstones import heading_frames_side_by_side, kept_apart, type_lines_of
from layout_app.layout.display import GlyphRun, Group, ImagePlacement, PageDisplay, walk
from layout_app.model.document import Document
from layout_app.preflight.blanks import blanks
from layout_app.preflight.coverage import check_coverage, credit_lines, photos_on_no_page, unplaced_parts
from layout_app.preflight.furniture import check_furniture
from layout_app.preflight.queries import check_queries
from layout_app.preflight.findings import ERROR, WARNING, Report, finding
from layout_app.preflight.wording import (
    PART_OF, QT_TRANSLATE_NOOP, RUNNING_HEAD, frame_called, frame_name, part_name, photo_name, place, say, short, story_name,
)

MIN_PPI = 200.0

MISSING_GLYPH = QT_TRANSLATE_NOOP("Preflight", "“{char}” ({codepoint}) in {what}, paragraph {paragraph}, is in none "
                                  "of the shipped fonts")
OVERSET = QT_TRANSLATE_NOOP("Preflight", "{what} does not fit: 超 {lines} 行 ({lines} lines over)")
OVERSET_CHARS = QT_TRANSLATE_NOOP("Preflight", "{what} does not fit: 超 {lines} 行 ({lines} lines, {chars} "
                                  "characters over)")
SHORT_FOOT = QT_TRANSLATE_NOOP("Preflight", "{cols}: {lines} lines left empty under {what}, down to the foot of the "
                               "page (缺 {lines} 行) — add copy, set a photo larger or fill it (补白)")
SHORT = QT_TRANSLATE_NOOP("Preflight", "{cols}: {lines} lines left empty under {what} (缺 {lines} 行) — add copy, set "
                          "a photo larger or move the item below up")
# … where no photo stands in those columns: none there to set larger (review 7: 'no photo there to grow'
# said by compose, 'set a photo larger' by this check, of the same white)
SHORT_FOOT_BARE = QT_TRANSLATE_NOOP("Preflight", "{cols}: {lines} lines left empty under {what}, down to the foot of "
                                    "the page (缺 {lines} 行) — add copy or a photo, or fill it (补白)")
SHORT_BARE = QT_TRANSLATE_NOOP("Preflight", "{cols}: {lines} lines left empty under {what} (缺 {lines} 行) — add copy "
                               "or move the item below up")
COLUMN = QT_TRANSLATE_NOOP("Preflight", "column {n}")
COLUMNS = QT_TRANSLATE_NOOP("Preflight", "columns {first}–{last}")
RANGE = QT_TRANSLATE_NOOP("Preflight", "{fewest}–{most}")           # (Chinese writes a range with ～)
BELOW_MIN = QT_TRANSLATE_NOOP("Preflight", "the headline of {story} had to be set at {size} pt, below its style's "
                              "minimum, to fit")
PHOTO_CHANGED = QT_TRANSLATE_NOOP("Preflight", "photo {file} changed since it was placed; check it and place it again")
COLOUR = QT_TRANSLATE_NOOP("Preflight", "photo {file} is in colour mode {mode}, which cannot be converted to CMYK "
                           "for print")
PHOTO_MISSING = QT_TRANSLATE_NOOP("Preflight", "photo {file} is missing: relink it or put the file back")
PHOTO_UNREADABLE = QT_TRANSLATE_NOOP("Preflight", "photo {file} cannot be read: {reason}")
LOW_PPI = QT_TRANSLATE_NOOP("Preflight", "photo {file} prints at {ppi} ppi; newsprint needs at least {min} ppi — use "
                            "a larger file or a smaller frame")
UNLABELLED = QT_TRANSLATE_NOOP("Preflight", "photo {file} has neither a caption nor a credit (摄影者), and no page "
                               "credit line (本版图片由…摄) names its photographer")
NO_CAPTION = QT_TRANSLATE_NOOP("Preflight", "photo {file} has no caption")
NO_CREDIT = QT_TRANSLATE_NOOP("Preflight", "photo {file} has no credit (摄影者), and no page credit line "
                              "(本版图片由…摄) names its photographer")
# (a photo the line leaves out is normal practice: the line then says so, 除署名外)
CREDIT_ODDS = QT_TRANSLATE_NOOP("Preflight", "photo {file} is credited to {credit}, the page's credit line says "
                                "{page}: both print — if the line leaves this photo out, say so in it "
                                "(本版图片除署名外由…摄); else keep the right one")
CAPTION_CREDIT_ODDS = QT_TRANSLATE_NOOP("Preflight", "photo {file}: its caption ends with the credit {caption}, the "
                                        "photo is credited to {credit}: both print — keep the right one")
# the desk numbered a story's photos in the order they are read (图①, 图②): set the other way they mislead
NUMBERS_BACKWARDS = QT_TRANSLATE_NOOP("Preflight", "photo {file} (numbered {n}) is read before photo {other} (numbered "
                                      "{m}): set {other} above it or to its left")
EMPTY = QT_TRANSLATE_NOOP("Preflight", "{frame} is empty")
CAPTION_APART = QT_TRANSLATE_NOOP("Preflight", "{frame} does not touch its photo")
CAPTION_NOT_PLACED = QT_TRANSLATE_NOOP("Preflight", "photo {file} has a caption but no caption frame on the page")
OVERLAP = QT_TRANSLATE_NOOP("Preflight", "{over} lies over {under}, so text is hidden or printed over; {fix}")
FIX_WRAP = QT_TRANSLATE_NOOP("Preflight", "let text wrap around {other} (绕排), move one of them, or mark one of "
                             "them “Overlap intended”")
FIX_MOVE = QT_TRANSLATE_NOOP("Preflight", "text wrap moves only body text: move one of them, or mark one of them "
                             "“Overlap intended”")
SIDE_BY_SIDE = QT_TRANSLATE_NOOP("Preflight", "the headlines of {left} and {right} stand side by side (碰题) and read "
                                 "as one: stagger them — move one story, or set a photo over one of them")
UNDER_WRAP = QT_TRANSLATE_NOOP("Preflight", "text of {frame} ({text}) lies under {over}; move one of them")


def preflight(doc: Document, doc_dir: str | os.PathLike = ".", displays: list[PageDisplay] | None = None,
              pdfx: bool = True, min_ppi: float = MIN_PPI, files: bool = True, whole: bool = True) -> Report:
    """`files=False` skips reading the photo files (missing, damaged, resolution): a quick check of
    text, captions and frames for views that update on every keystroke. `whole=False`: `doc` holds
    only some of the document's pages (a page exported or shown alone)."""
    doc_dir = Path(doc_dir)
    displays = displays if displays is not None else Composer(doc, doc_dir).compose_all()
    report = Report()
    for page, display in zip(doc.pages, displays):
        _text(report, doc, page, display)
        _photos(report, doc, doc_dir, page, display, pdfx, min_ppi, files)
        _frames(report, doc, page, display)
        _tombstones(report, doc, page, display)
        _short(report, doc, page, display)
        check_queries(report, doc, page)
    check_coverage(report, doc, displays, whole)
    check_furniture(report, doc, displays)
    return _placed(report, doc)


def page_check(doc: Document, page_index: int, display: PageDisplay) -> Report:
    """The live check of one page while it is edited: overset, headlines below their minimum, missing
    glyphs, headlines side by side, columns short of copy, photos without caption or credit — what
    layout already knows, so it costs nothing on a keystroke (no photo file is read)."""
    report = Report()
    _text(report, doc, doc.pages[page_index], display)
    _tombstones(report, doc, doc.pages[page_index], display)
    _short(report, doc, doc.pages[page_index], display)
    _labels(report, doc, doc.pages[page_index], display)    # (the full check says it too: the same words)
    check_queries(report, doc, doc.pages[page_index])       # (and this)
    unplaced_parts(report, doc, display, lost_only=True)    # a byline with no room: text the page loses
    if page_index == 0:
        photos_on_no_page(report, doc)         # told on the first page, as a story on no page is
    return _placed(report, doc)


def _placed(report: Report, doc: Document) -> Report:
    """Each finding with its place on the page (第 N 版第 c 栏第 l 行)."""
    return Report([replace(f, place=place(doc, f.where)) for f in report.errors],
                  [replace(f, place=place(doc, f.where)) for f in report.warnings])


def _text(report: Report, doc: Document, page, display: PageDisplay) -> None:
    for m in display.missing:
        what = say(RUNNING_HEAD) if m.part == "master" else say(PART_OF, part=part_name(m.part),
                                                                 story=story_name(doc, m.story))
        text = say(MISSING_GLYPH, char=m.char, codepoint=f"U+{ord(m.char):04X}", what=what, paragraph=m.paragraph + 1)
        report.add(finding("missing-glyph", ERROR, text, {
            "page": page.id, "story": m.story, "part": m.part, "paragraph": m.paragraph + 1,
            "offset": m.offset, "char": m.char, "codepoint": f"U+{ord(m.char):04X}"}))
    for r in display.reports:
        where = {"page": page.id, "frame": r.frame, "story": r.story}
        if r.overset_lines > 0:
            what = frame_called(doc, page.id, r.frame)
            text = say(OVERSET_CHARS, what=what, lines=r.overset_lines, chars=r.overset_chars) if r.overset_chars \
                else say(OVERSET, what=what, lines=r.overset_lines)
            report.add(finding("overset", ERROR, text, {**where, "lines": r.overset_lines, "text": r.overset_text}))
        if r.below_min:
            report.add(finding("headline-below-min", WARNING, say(BELOW_MIN, story=story_name(doc, r.story),
                                                                   size=f"{r.size:g}"), {**where, "size": r.size}))


def _short(report: Report, doc: Document, page, display: PageDisplay) -> None:
    """White in a column (缺行): more than MAX_EMPTY lines at its foot, a hole between two items (see
    `blanks`) — the page editor fills it. Said by the export's check too: white a page prints (a 天窗)
    goes wrong at the press as surely as a lost line (a reviewer's page 40 % empty passed it clean)."""
    for b in blanks(doc, page, display, MAX_EMPTY):
        cols = say(COLUMN, n=b.first_col + 1) if b.first_col == b.last_col else \
            say(COLUMNS, first=b.first_col + 1, last=b.last_col + 1)
        lines = b.lines if b.fewest == b.lines else say(RANGE, fewest=b.fewest, most=b.lines)
        photo = any(f.photo and f.part != "caption" and f.col <= b.last_col and b.first_col < f.col + f.cols
                    for f in page.frames)
        template = (SHORT_FOOT if b.at_foot else SHORT) if photo else (SHORT_FOOT_BARE if b.at_foot else SHORT_BARE)
        text = say(template, cols=cols, lines=lines, what=frame_called(doc, page.id, b.above.id))
        report.add(finding("short", WARNING, text, {"page": page.id, "frame": b.above.id, "story": b.above.story,
                                                    "column": b.first_col + 1, "columns": [b.first_col + 1, b.last_col + 1],
                                                    "line": b.line + 1, "lines": b.lines, "fewest": b.fewest}))


def _photos(report: Report, doc: Document, doc_dir: Path, page, display: PageDisplay, pdfx: bool,
            min_ppi: float, files: bool = True) -> None:
    frames = {g.frame: g for g in display.items if isinstance(g, Group) and g.tag == "photo"}
    for frame_id, group in (frames.items() if files else ()):
        placement = group.items[0]
        photo = doc.photo(placement.photo)
        where = {"page": page.id, "frame": frame_id, "photo": photo.id, "file": photo.file}
        file = photo_name(doc, photo.id)
        path = Path(placement.path)
        try:
            key = content_key(path)
            if photo.checksum and key != photo.checksum:
                report.add(finding("photo-changed", ERROR, say(PHOTO_CHANGED, file=file), where))
            with open_photo(path) as im:       # closed here: a photo not decoded again keeps no file open
                if im.mode not in CONVERTIBLE:
                    report.add(finding("colour", ERROR, say(COLOUR, file=file, mode=im.mode), where))
                w, h = oriented_size(im)
                if not decoded_before(key):         # a repeated export: its print conversions prove it whole
                    if im.format == "JPEG":
                        im.draft(im.mode, (max(1, w // 8), max(1, h // 8)))   # a cheap full read: finds truncation
                    load(im, path)
        except PhotoError as exc:
            code = "photo-missing" if not os.path.lexists(path) else "photo-unreadable"   # a symlink loop is there
            text = say(PHOTO_MISSING, file=file) if code == "photo-missing" else say(PHOTO_UNREADABLE, file=file,
                                                                                      reason=str(exc))
            report.add(finding(code, ERROR, text, where))
            continue
        ppi = effective_ppi(w, h, placement)
        if ppi < min_ppi - 0.5:
            report.add(finding("low-resolution", ERROR, say(LOW_PPI, file=file, ppi=f"{ppi:.0f}", min=f"{min_ppi:.0f}"),
                               {**where, "ppi": round(ppi, 1)}))
    _labels(report, doc, page, display)


def _labels(report: Report, doc: Document, page, display: PageDisplay) -> None:
    """Each photo on the page with its caption and its credit (its own, or the page's credit line):
    what the photo desk has to see to. No file is read: the live check says it too."""
    placed = {i.photo for i in walk(display.items) if isinstance(i, ImagePlacement)}
    # a page credit line for its photos (本版图片由本报记者 周航 摄) credits every photo on the page
    printed = credit_lines(doc, page, display) if placed else []
    page_credit = page_photo_credit(printed)
    # … and a photographer's credit printed in it as it is (本报记者 王五 摄): no photo is said to lack a
    # credit line the page prints (review30), nor at odds with one that names the others' photographers
    named = page_photo_credit(printed, bare=True)
    for first, n, then, m in backwards(doc, [f for f in page.frames if f.photo in placed]):
        report.add(finding("photo-order", WARNING, say(NUMBERS_BACKWARDS, file=photo_name(doc, first.photo), n=n,
                                                       other=photo_name(doc, then.photo), m=m),
                           {"page": page.id, "frame": first.id, "photo": first.photo, "file": doc.photo(first.photo).file}))
    for photo_id in sorted(placed):
        photo = doc.photo(photo_id)
        where = {"page": page.id, "photo": photo_id, "file": photo.file}
        file = photo_name(doc, photo_id)
        # (a picture story's photo: the story's text is its caption, 图片新闻)
        # (one compose set as a picture story, its label left off by the desk: its rank says so)
        pictured = photo.story and _picture_story(doc.story(photo.story)) \
            if any(s.id == photo.story for s in doc.stories) else False
        no_caption = not photo.caption.strip() and not pictured
        # a painting's or calligraphy's caption names its maker: no photographer to credit
        no_credit = not photo.credit.strip() and named is None and not is_artwork(photo.caption)
        if no_caption and no_credit:         # one finding, not two: the photo desk has to see to it
            report.add(finding("photo-unlabelled", WARNING, say(UNLABELLED, file=file), where))
        elif no_caption:
            report.add(finding("photo-no-caption", WARNING, say(NO_CAPTION, file=file), where))
        elif no_credit:
            report.add(finding("photo-no-credit", WARNING, say(NO_CREDIT, file=file), where))
        # two photographers printed for one picture, until the photo desk keeps the right one
        if photo.credit.strip() and page_credit and credit_at_odds(photo.credit, page_credit):
            report.add(finding("credit-odds", WARNING, say(CREDIT_ODDS, file=file, credit=photo.credit.strip(),
                                                             page=page_credit), where))
        if photo.credit.strip() and one_credit(photo.caption, photo.credit.strip())[2] == "odds":
            # (the photo desk's own test: the caption's credit names others than the photo's)
            report.add(finding("caption-credit-odds", WARNING,
                               say(CAPTION_CREDIT_ODDS, file=file, credit=photo.credit.strip(),
                                   caption=photo.caption[photo_credit(photo.caption):].strip(" 　（）()")), where))


def _frames(report: Report, doc: Document, page, display: PageDisplay) -> None:
    grid = doc.grid
    rects = {f.id: frame_rect(grid, page, f) for f in page.frames}
    groups = {g.frame: g for g in display.items if isinstance(g, Group)}
    photo_frames = [f for f in page.frames if f.kind == "photo"]
    for f in page.frames:
        where = {"page": page.id, "frame": f.id}
        group = groups.get(f.id)
        if f.kind in ("text", "caption") and group is not None and not any(isinstance(i, GlyphRun) for i in walk(group.items)):
            report.add(finding("frame-empty", WARNING, say(EMPTY, frame=frame_name(doc, f)), where))
        if f.kind == "caption":
            mates = [p for p in photo_frames if p.photo == f.photo]
            if not any(_touch(rects[f.id], rects[p.id]) for p in mates) and not _after_its_text(doc, page, f, mates, rects):
                report.add(finding("caption-apart", WARNING, say(CAPTION_APART, frame=frame_name(doc, f)),
                                   {**where, "photo": f.photo}))
    _overlaps(report, doc, page, rects)
    _under_wrap(report, doc, page, display, rects)
    captioned = {f.photo for f in page.frames if f.kind == "caption"}
    for p in photo_frames:
        photo = doc.photo(p.photo)
        if photo.caption.strip() and p.photo not in captioned:
            report.add(finding("caption-not-placed", WARNING, say(CAPTION_NOT_PLACED, file=photo_name(doc, p.photo)),
                               {"page": page.id, "frame": p.id, "photo": p.photo, "text": photo.caption}))


def _tombstones(report: Report, doc: Document, page, display: PageDisplay) -> None:
    """Two stories' headings in neighbouring columns with type on the same lines (碰题): a reader takes
    them for one headline — unless the editor set them apart with a column rule or a box. Told at the
    left one. Lines of air beside a heading are none: the two are already staggered."""
    lines = type_lines_of(display)
    for left, right in heading_frames_side_by_side(page.frames, lines):
        if kept_apart(page, left, right, lines):
            continue
        report.add(finding("headlines-side-by-side", WARNING,
                           say(SIDE_BY_SIDE, left=story_name(doc, left.story), right=story_name(doc, right.story)),
                           {"page": page.id, "frame": left.id, "story": left.story, "beside": right.story}))


def _overlaps(report: Report, doc: Document, page, rects: dict[str, Rect]) -> None:
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
            fix = (say(FIX_WRAP, other=frame_name(doc, b if body is a else a)) if body is not None else say(FIX_MOVE))
            report.add(finding("frame-overlap", ERROR, say(OVERLAP, over=frame_name(doc, b), under=frame_name(doc, a),
                                                           fix=fix),
                               {"page": page.id, "frame": b.id, "under": a.id}))


def _under_wrap(report: Report, doc: Document, page, display: PageDisplay, rects: dict[str, Rect]) -> None:
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
                    text = say(UNDER_WRAP, frame=frame_called(doc, page.id, group.frame), text=short(run.text),
                               over=frame_name(doc, f))
                    report.add(finding("text-under-frame", ERROR, text,
                                       {"page": page.id, "frame": f.id, "under": group.frame, "text": run.text}))


def _picture_story(story) -> bool:
    return story.rank == "picture" or is_photo_story(story.kicker, story.headline)


def _after_its_text(doc: Document, page, cap, mates, rects: dict[str, Rect]) -> bool:
    """A picture story's credit right after its text (under it, or on its last line beside it), the
    text right under its photo (a panorama's band: `layout.photonews`) — the caption frame touches its
    photo through its own story's text."""
    story = doc.photo(cap.photo).story
    gutter = doc.grid.gutter_width + 2.0                 # on the text's last line beside its last leg, too
    return bool(story) and any(b.kind == "text" and b.story == story and rects[b.id].touches(rects[cap.id], gutter)
                               and any(_touch(rects[b.id], rects[p.id]) for p in mates) for b in page.frames)


def _is_body(f) -> bool:
    return f.kind == "text" and f.part == "body"


def _pushed_clear(text, other) -> bool:
    """The body text of `text` flows around `other` (绕排), so nothing of either is hidden."""
    return _is_body(text) and other.wrap != "off"


def _overlap(a: Rect, b: Rect, eps: float = 0.01) -> bool:
    """The rectangles share more than an edge (grid arithmetic may leave a hair's breadth)."""
    return (a.x < b.right - eps and b.x < a.right - eps and a.y < b.bottom - eps and b.y < a.bottom - eps)


def _touch(a: Rect, b: Rect) -> bool:
    return a.touches(b, tolerance=2.0)
