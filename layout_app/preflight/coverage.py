"""Nothing a reporter wrote goes missing: every part of every story and every photo's credit is on a
page, or a finding says which text is not and why. (Overset and captions without a frame are found
in `checks`; this module finds the parts no frame holds, bylines without room and photo credits
that appear nowhere on their page.)"""
from __future__ import annotations

import re

from layout_app.layout.display import GlyphRun, Group, PageDisplay, walk
from layout_app.model.document import Document, Page
from layout_app.preflight.findings import ERROR, WARNING, Finding, Report

# which story parts a text frame holds; a byline with no frame of its own goes into the body frames
HOLDS = {"heading": ("kicker", "headline", "deck")}
HEADING_PARTS = ("kicker", "headline", "deck")
# the words around a photographer's name in a credit (本报记者 王晨 摄): what is left are the names
CREDIT_WORDS = re.compile(r"本报特约通讯员|本报通讯员|本报记者|特约通讯员|特约摄影|通讯员|实习生|记者|摄影|供图|摄")
NAME_SEPARATORS = re.compile(r"[\s\u3000、，,/／;；:：()（）]+")


def check_coverage(report: Report, doc: Document, displays: list[PageDisplay]) -> None:
    _story_parts(report, doc)
    for page, display in zip(doc.pages, displays):
        for u in display.unplaced:
            report.add(Finding(f"{u.part}-unplaced", ERROR, f"the {u.part} of story {u.story} ({u.text}) is not "
                               f"printed: {u.reason}", {"page": u.page, "story": u.story, "part": u.part,
                                                        "text": u.text}))
        _credits(report, doc, page, display)


def _story_parts(report: Report, doc: Document) -> None:
    """Story parts that no frame on any page holds."""
    held: dict[str, set[str]] = {}
    for page in doc.pages:
        for f in page.frames:
            if f.is_text and f.story is not None:
                parts = held.setdefault(f.story, set())
                parts.update(HOLDS.get(f.part, (f.part,)))
                if f.part == "body":
                    parts.add("byline")          # compose sets it in the body frames or says why not
    for story in doc.stories:
        parts = held.get(story.id, set())
        texts = {part: "\n".join(story.part_text(part)) for part in ("kicker", "headline", "deck", "byline", "body")}
        missing = {part: t for part, t in texts.items() if t.strip() and part not in parts}
        if not missing:
            continue
        if not parts:
            report.add(Finding("story-unplaced", WARNING, f"story {story.id} is on no page", {
                "story": story.id, "text": "\n".join(missing.values())}))
            continue
        for part, t in missing.items():
            frame = "a byline frame or a body frame" if part == "byline" else (
                "a heading frame" if part in HEADING_PARTS else f"a {part} frame")
            report.add(Finding(f"{part}-unplaced", WARNING, f"the {part} of story {story.id} ({_short(t)}) is "
                               f"not printed: no frame holds it (add {frame})",
                               {"story": story.id, "part": part, "text": t}))


def credit_names(credit: str) -> list[str]:
    """The names in a credit: 本报记者 王晨 摄 → [王晨]; 本报记者 李航、王晨 摄 → [李航, 王晨]."""
    return [n for n in NAME_SEPARATORS.split(CREDIT_WORDS.sub(" ", credit)) if n]


def _printed(group: Group) -> str:
    return "".join(i.text for i in walk(group.items) if isinstance(i, GlyphRun))


def _credits(report: Report, doc: Document, page: Page, display: PageDisplay) -> None:
    """Each photo's credit is printed beside its caption, or its names are in the page's credit line
    (本版图片由…摄: a text frame of a story with no heading, in a stretch that ends in 摄 or names 图片)."""
    groups = {g.frame: g for g in display.items if isinstance(g, Group)}
    frames = {f.id: f for f in page.frames}
    cut = {r.frame for r in display.reports if r.part == "caption" and r.overset_text}
    beside: dict[str, str] = {}
    credit_lines: list[str] = []
    for frame_id, group in groups.items():
        f = frames.get(frame_id)
        if f is None:
            continue
        if f.kind == "caption":
            beside[f.photo] = beside.get(f.photo, "") + _printed(group)
        elif f.kind == "text" and f.story is not None:
            story = doc.story(f.story)
            if not any(getattr(story, part) for part in HEADING_PARTS):
                credit_lines += [s for s in re.split(r"(?<=摄)|[。；;]", _printed(group)) if "摄" in s or "图片" in s]
    for photo_id in dict.fromkeys(f.photo for f in page.frames if f.kind == "photo"):
        photo = doc.photo(photo_id)
        credit = photo.credit.strip()
        if not credit:
            continue                       # checks: photo-no-credit
        if _squeeze(credit) in beside.get(photo_id, ""):
            continue
        names = credit_names(credit)
        if names and any(all(n in line for n in names) for line in credit_lines):
            continue
        short = [f.id for f in page.frames if f.kind == "caption" and f.photo == photo_id and f.id in cut]
        if short:
            # its text is in the overset finding of that caption frame already
            report.add(Finding("credit-unplaced", WARNING, f"the credit of photo {photo.file} ({credit}) is cut "
                               f"off at the foot of caption frame {short[0]} and named in no credit line",
                               {"page": page.id, "frame": short[0], "photo": photo_id, "part": "credit"}))
            continue
        report.add(Finding("credit-unplaced", WARNING, f"the credit of photo {photo.file} ({credit}) appears "
                           f"nowhere on page {page.id}: not beside its caption, not in a credit line (本版图片由…摄)",
                           {"page": page.id, "photo": photo_id, "part": "credit", "text": credit}))


def _squeeze(text: str) -> str:
    """As glyph runs hold it: spaces are gaps, not characters."""
    return text.replace(" ", "")


def _short(text: str, n: int = 20) -> str:
    return text if len(text) <= n else text[:n] + "…"
