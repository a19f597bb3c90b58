"""Nothing a reporter wrote goes missing: every part of every story and every photo's caption and
credit is on a page, or a finding says which text is not and why. (Overset and captions without a frame are found
in `checks`; layout tells which parts no frame holds and which bylines found no room; this module
turns those into findings and finds photo credits that appear nowhere on their page.)"""
from __future__ import annotations

import re

from layout_app.intake.pagecredit import page_photo_credit
from layout_app.intake.photonews import is_photo_story
from layout_app.layout.display import GlyphRun, Group, PageDisplay, walk
from layout_app.layout.photonumbers import credited_after
from layout_app.model.document import Document, Page
from layout_app.model.story import UNASSIGNED
from layout_app.preflight.findings import ERROR, WARNING, Report, finding
from layout_app.preflight.wording import (
    QT_TRANSLATE_NOOP, RUNNING_HEAD, frame_called, page_name, part_name, photo_name, say, short, story_name,
)

HEADING_PARTS = ("kicker", "headline", "deck")
# the words around a photographer's name in a credit (本报记者 王晨 摄): what is left are the names
CREDIT_WORDS = re.compile(r"本报特约通讯员|本报通讯员|本报记者|特约通讯员|特约摄影|通讯员|实习生|记者|摄影|供图|摄")
NAME_SEPARATORS = re.compile(r"[\s\u3000、，,/／;；:：()（）]+")

ON_NO_PAGE = QT_TRANSLATE_NOOP("Preflight", "{story} is on no page: no frame on any page holds it")
NO_FRAME = QT_TRANSLATE_NOOP("Preflight", "the {part} of {story} is not printed: no frame holds it (add {need})")
NEED_HEADING = QT_TRANSLATE_NOOP("Preflight", "a heading frame")
NEED_BYLINE = QT_TRANSLATE_NOOP("Preflight", "a byline frame or a body frame")
NEED_FRAME = QT_TRANSLATE_NOOP("Preflight", "a {part} frame")
BYLINE_HEAD = QT_TRANSLATE_NOOP("Preflight", "the byline of {story} is not printed: no room for it at the head of its "
                                "body")
BYLINE_FOOT = QT_TRANSLATE_NOOP("Preflight", "the byline of {story} is not printed: no room for it after the body")
BYLINE_PUSHED = QT_TRANSLATE_NOOP("Preflight", "the byline of {story} is not printed: the body does not fit, so the "
                                  "byline after it has no room")
MASTER_FULL = QT_TRANSLATE_NOOP("Preflight", "{what} does not fit its columns: “{text}” is not printed")
PHOTO_ON_NO_PAGE = QT_TRANSLATE_NOOP("Preflight", "photo {file} is on no page, nor its caption “{caption}”: place "
                                     "it, or take it out of the document")
PHOTO_BARE_ON_NO_PAGE = QT_TRANSLATE_NOOP("Preflight", "photo {file} is on no page, and has neither a caption nor a "
                                          "credit: give it its caption and place it, or take it out of the document")
PHOTO_UNCAPTIONED_ON_NO_PAGE = QT_TRANSLATE_NOOP("Preflight", "photo {file} is on no page, and has no caption: give it "
                                                 "its caption and place it, or take it out of the document")
PICTURE_NO_PHOTO = QT_TRANSLATE_NOOP("Preflight", "{story} is a picture story (图片新闻) but no photo of its own is "
                                     "placed: its text is a caption without its picture — place its photo")
CREDIT_CUT = QT_TRANSLATE_NOOP("Preflight", "the credit of photo {file} ({credit}) is cut off at the foot of {frame} "
                               "and named in no credit line")
CREDIT_NOWHERE = QT_TRANSLATE_NOOP("Preflight", "the credit of photo {file} ({credit}) appears nowhere on {page}: not "
                                   "beside its caption, not in a credit line (本版图片由…摄)")


def check_coverage(report: Report, doc: Document, displays: list[PageDisplay], whole: bool = True) -> None:
    """`whole`: `doc` is the whole document, not pages taken out of it (a photo on another page is
    on a page all the same)."""
    for page, display in zip(doc.pages, displays):
        unplaced_parts(report, doc, display)
        _credits(report, doc, page, display)
    if whole:
        photos_on_no_page(report, doc)


def unplaced_parts(report: Report, doc: Document, display: PageDisplay, lost_only: bool = False) -> None:
    """Story parts the page does not print. A byline without room in a placed story is lost text, as
    overset is (an error: `lost_only`, the live check, says these alone); a part with no frame at all
    may be waiting for one. A whole story on no page is an error: copy a reporter filed that the edition
    does not print (compose leaves one off where the page cannot take it) — the copy read as no part
    (`unassigned`, captions waiting for their photos) a warning."""
    for u in display.unplaced:
        if lost_only and not u.no_room:
            continue
        where = {"page": u.page, **({"frame": u.frame} if u.frame else {}), "story": u.story, "part": u.part,
                 "text": u.text}
        lost = u.no_room or (u.part == "story" and u.story != UNASSIGNED)
        report.add(finding(f"{u.part}-unplaced", ERROR if lost else WARNING, _unplaced(doc, u), where))


def photos_on_no_page(report: Report, doc: Document) -> None:
    """A photo whose caption or credit a reporter wrote, on no page: compose leaves one out when its
    story's stack has no room for it, and the page editor must see that its caption is not printed.
    A photo with neither is said too (compose leaves one waiting when which caption is its own is a
    toss: a reviewer's went unnoticed); and a picture story (图片新闻) placed without its photo."""
    shown = {f.photo for page in doc.pages for f in page.frames if f.photo}
    # (the page's credit line, 本版图片由…摄, credits a photo with no credit of its own)
    line = page_photo_credit([t for s in doc.stories for t in (s.byline, *s.body) if t])
    for photo in doc.photos:
        text = " ".join(t for t in (photo.caption.strip(), photo.credit.strip()) if t)
        if photo.id in shown or not doc.pages:
            continue
        if not photo.caption.strip() and (photo.credit.strip() or line):
            report.add(finding("photo-uncaptioned-unplaced", WARNING,
                               say(PHOTO_UNCAPTIONED_ON_NO_PAGE, file=photo_name(doc, photo.id)),
                               {"photo": photo.id, "file": photo.file}))
            continue
        if not text:
            report.add(finding("photo-bare-unplaced", WARNING, say(PHOTO_BARE_ON_NO_PAGE, file=photo_name(doc, photo.id)),
                               {"photo": photo.id, "file": photo.file}))
            continue
        report.add(finding("photo-unplaced", WARNING,
                           say(PHOTO_ON_NO_PAGE, file=photo_name(doc, photo.id), caption=short(photo.caption or text, 20)),
                           {"photo": photo.id, "file": photo.file, "text": text}))
    picture_stories(report, doc)


def picture_stories(report: Report, doc: Document) -> None:
    """A picture story (图片新闻) on a page with no photo of its own on any: a caption printed as a brief."""
    on_page = {f.story for page in doc.pages for f in page.frames if f.story}
    pictured = {doc.photo(f.photo).story for page in doc.pages for f in page.frames if f.photo and f.kind == "photo"}
    for story in doc.stories:
        if story.id in on_page and story.id not in pictured and is_photo_story(story.kicker, story.headline):
            report.add(finding("picture-story-no-photo", WARNING, say(PICTURE_NO_PHOTO, story=story_name(doc, story.id)),
                               {"story": story.id}))


def _unplaced(doc: Document, u):
    """Why a part is not printed, in words (layout's `reason` says the same with ids)."""
    story = story_name(doc, u.story)
    if u.part == "story":
        return say(ON_NO_PAGE, story=story)
    if u.part == "master":
        return say(MASTER_FULL, what=say(RUNNING_HEAD), text=short(u.text, 20))
    if u.no_room:
        if "does not fit" in u.reason:            # layout: the body ran on, pushing the byline out
            return say(BYLINE_PUSHED, story=story)
        return say(BYLINE_HEAD if doc.byline_place == "head" else BYLINE_FOOT, story=story)
    need = say(NEED_BYLINE) if u.part == "byline" else say(NEED_HEADING) if u.part in ("kicker", "headline", "deck") \
        else say(NEED_FRAME, part=part_name(u.part))
    return say(NO_FRAME, part=part_name(u.part), story=story, need=need)


def credit_names(credit: str) -> list[str]:
    """The names in a credit: 本报记者 王晨 摄 → [王晨]; 本报记者 李航、王晨 摄 → [李航, 王晨]."""
    return [n for n in NAME_SEPARATORS.split(CREDIT_WORDS.sub(" ", credit)) if n]


def _printed(group: Group) -> str:
    return "".join(i.text for i in walk(group.items) if isinstance(i, GlyphRun))


def credit_lines(doc: Document, page: Page, display: PageDisplay) -> list[str]:
    """The photo credits printed in the page's credit line (本版图片由…摄: a text frame of a story with
    no heading, in a stretch that ends in 摄 or names 图片), as printed."""
    frames = {f.id: f for f in page.frames}
    lines: list[str] = []
    for group in display.items:
        f = frames.get(group.frame) if isinstance(group, Group) else None
        if f is not None and f.kind == "text" and f.story is not None:
            story = doc.story(f.story)
            if not any(getattr(story, part) for part in HEADING_PARTS):
                printed = [s for s in re.split(r"(?<=摄)|[。；;]", _printed(group)) if "摄" in s or "图片" in s]
                lines += [_as_written(s, (story.byline or "",) + tuple(story.body)) for s in printed]
    return lines


def _as_written(printed: str, texts: tuple[str, ...]) -> str:
    """A stretch of the credit line as its story has it, with the spaces between its names and labels
    that print as justified space, not as characters ('本报记者 邓雨桐 摄', not '本报记者邓雨桐摄')."""
    want = re.sub(r"\s", "", printed)
    for text in texts:
        for piece in re.split(r"(?<=摄)|[。；;]", text):
            piece = piece.strip(" \u3000")
            if re.sub(r"\s", "", piece) == want:
                return piece
    return printed


def _credits(report: Report, doc: Document, page: Page, display: PageDisplay) -> None:
    """Each photo's credit is printed beside its caption, or its names are in the page's credit line."""
    groups = {g.frame: g for g in display.items if isinstance(g, Group)}
    frames = {f.id: f for f in page.frames}
    cut = {r.frame for r in display.reports if r.part == "caption" and r.overset_text}
    beside: dict[str, str] = {}
    lines = credit_lines(doc, page, display)
    for frame_id, group in groups.items():
        f = frames.get(frame_id)
        if f is not None and f.kind == "caption":
            beside[f.photo] = beside.get(f.photo, "") + _printed(group)
    for photo_id in dict.fromkeys(f.photo for f in page.frames if f.kind == "photo"):
        photo = doc.photo(photo_id)
        credit = photo.credit.strip()
        if not credit:
            continue                       # checks: photo-no-credit, unless the page's line credits it
        if _squeeze(credit) in beside.get(photo_id, ""):
            continue
        if credited_after(doc, page, photo_id) and any(
                _squeeze(credit) in text for pid, text in beside.items() if doc.photo(pid).credit.strip() == credit):
            continue                       # (图①'s, printed once under 图②: the desk's one line under the pair)
        names = credit_names(credit)
        if names and any(all(n in line for n in names) for line in lines):
            continue
        cut_at = [f.id for f in page.frames if f.kind == "caption" and f.photo == photo_id and f.id in cut]
        if cut_at:
            # its text is in the overset finding of that caption frame already
            report.add(finding("credit-unplaced", WARNING, say(CREDIT_CUT, file=photo_name(doc, photo_id),
                                                                 credit=credit, frame=frame_called(doc, page.id, cut_at[0])),
                               {"page": page.id, "frame": cut_at[0], "photo": photo_id, "part": "credit"}))
            continue
        report.add(finding("credit-unplaced", WARNING, say(CREDIT_NOWHERE, file=photo_name(doc, photo_id),
                                                             credit=credit, page=page_name(doc, page.id)),
                           {"page": page.id, "photo": photo_id, "part": "credit", "text": credit}))


def _squeeze(text: str) -> str:
    """As glyph runs hold it: spaces are gaps, not characters."""
    return text.replace(" ", "")
