"""Caption review: every placed photo with its caption, credit, the story it sits with, where it is
on the page, and what is wrong with it — for reporters checking their captions."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from layout_app.geometry import Rect
from layout_app.intake.captions import AFTER_NAME, ROLE, person_name
from layout_app.intake.pagecredit import page_photo_credit
from layout_app.intake.photonews import is_photo_story
from layout_app.layout.compose import Composer, frame_rect
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.story import Photo, Story
from layout_app.preflight.checks import preflight
from layout_app.preflight.coverage import credit_lines
from layout_app.preflight.wording import QT_TRANSLATE_NOOP, Phrase, say

# place names: up to four characters before a place word (青石镇, 河湾社区, 城北农贸市场, 柳塘村)
PLACE_WORDS = ("社区", "街道", "公园", "广场", "中学", "小学", "学校", "医院", "市场", "图书馆", "镇", "乡", "村", "县")
PLACE = re.compile("(?:" + "|".join(PLACE_WORDS) + ")")
# a one-character place word that opens another word is none: 青石镇村民 is the town's villagers
# (村民), not a village called 青石镇村; nor 镇上, 乡亲, 县城
NOT_PLACE_AFTER = set("民上里亲城委域")
# a place word that ends a common noun names no place: 介绍农村公交 is rural buses, not a village
COMMON_NOUNS = {"农村", "乡村", "山村", "渔村", "城乡", "城镇", "乡镇", "村镇", "县乡", "老区", "城区", "街区"}
# characters that do not belong to a name: they end the name on its left
STOPS = set("的在为了和与里上中旁边从到向是对把被给让们个这那一各等及或也都就还又并而且时后前内外来去说")
NOT_A_STORY = {"banner", "banner_deck", "lead", "lead_display", "credit"}      # frame styles
CAPTION_CODES = {"photo-unlabelled", "photo-no-caption", "photo-no-credit", "caption-apart", "caption-not-placed",
                 "photo-missing", "photo-unreadable", "low-resolution", "photo-changed", "credit-odds", "caption-credit-odds",
                 "photo-order"}
NOTE_OPEN = QT_TRANSLATE_NOOP("Preflight", "a note on this photo waits to be checked: {note}")
POSITION = QT_TRANSLATE_NOOP("Preflight", "page {page}, columns {first}–{last}, lines {top}–{bottom}")
POSITION_ONE = QT_TRANSLATE_NOOP("Preflight", "page {page}, column {first}, lines {top}–{bottom}")   # not 第 8–8 栏
NOT_IN_STORY = QT_TRANSLATE_NOOP("Preflight", "the caption names {name}, which the story beside it (“{headline}”) does "
                                 "not mention")


@dataclass
class CaptionEntry:
    page: Page
    frame: Frame
    photo: Photo
    story: Story | None
    rect: Rect
    warnings: list[str] = field(default_factory=list)
    phrases: list[Phrase] = field(default_factory=list)    # the warnings, for the editor to translate
    page_credit: str = ""          # the page's credit line for its photos (本版图片由…摄), if printed

    @property
    def caption_shown(self) -> str:
        """The caption the reader reads under the photo: its own, else — a picture story's (图片新闻)
        photo — its story's text, which compose sets as the caption and does not print twice (review 30:
        the proof said 无图片说明 for it)."""
        if self.photo.caption or self.story is None:
            return self.photo.caption
        s = self.story
        if s.rank == "picture" or is_photo_story(s.kicker, s.headline):
            return "".join(s.body)
        return ""

    @property
    def credit_shown(self) -> str:
        """The photo's own credit, else the page line that credits it: never a false 无署名."""
        return self.photo.credit or (f"（{self.page_credit}）" if self.page_credit else "")

    @property
    def place(self) -> Phrase:
        """Where the photo stands: page, its columns and lines (counted from 1)."""
        f = self.frame
        return say(POSITION if f.cols > 1 else POSITION_ONE, page=self.page.number, first=f.col + 1,
                   last=f.col + f.cols, top=f.line + 1,
                   bottom=f.line + f.lines)


def _gap(a: Rect, b: Rect) -> float:
    dx = max(0.0, max(a.x, b.x) - min(a.right, b.right))
    dy = max(0.0, max(a.y, b.y) - min(a.bottom, b.bottom))
    return (dx * dx + dy * dy) ** 0.5


def persons(text: str) -> list[str]:
    """Names right after a role word (村民老周在…, 社区主任林晓梅说…): two or three characters
    opening on a surname, followed by a word or mark that ends a name — so 市民选购新鲜蔬菜 and
    志愿者为老人送餐 name nobody."""
    found = []
    for m in ROLE.finditer(text):
        k = m.end()
        for n in (3, 2):
            name = text[k:k + n]
            after = text[k + n:k + n + 1]
            if len(name) == n and all("\u4e00" <= c <= "\u9fff" and c not in STOPS for c in name) \
                    and after in AFTER_NAME and not ROLE.match(name) and person_name(name):
                found.append(name)
                break
    return list(dict.fromkeys(found))


def _story_beside(doc: Document, page: Page, rect: Rect, photo: Photo, texts: list[Frame]) -> Story | None:
    """The story the photo sits with: of the stories whose frames are near it, the one its caption
    matches; else the nearest."""
    from layout_app.intake.captions import match_captions
    from layout_app.intake.structure import Caption, StoryParts

    if not texts:
        return None
    # the photo with its caption under it; a story in the photo's own columns before one beside them,
    # however far down its stack (a photo opening a story stands over its heading, the next stack's
    # text a gutter away; a story's third photo stands two photos away from its text)
    under = next((f for f in page.frames if f.part == "caption" and f.photo == photo.id), None)
    if under is not None:
        rect = rect.union(frame_rect(doc.grid, page, under))
    reach = doc.grid.leading * 3
    rects = {id(t): frame_rect(doc.grid, page, t) for t in texts}
    gap = {k: _gap(rect, r) for k, r in rects.items()}
    across = {k: min(r.right, rect.right) > max(r.x, rect.x) for k, r in rects.items()}
    by_gap = sorted(texts, key=lambda t: (not across[id(t)], gap[id(t)]))
    near = list(dict.fromkeys([by_gap[0].story] + [t.story for t in by_gap if gap[id(t)] <= reach]))
    if photo.caption and len(near) > 1:
        stories = [doc.story(sid) for sid in near]
        cap = [Caption(photo.caption)]
        match_captions(cap, [StoryParts(s.kicker, s.headline, s.deck, s.byline, list(s.body)) for s in stories])
        if cap[0].story is not None:
            return stories[cap[0].story]
    return doc.story(near[0] if near else by_gap[0].story)


def places(text: str) -> list[str]:
    """Place names in a caption: a place word and the two to four name characters before it — after a
    district's, county's or city's 区/县/市 its own name only (城西区桂花社区: 桂花社区, the name a story
    says; '西区桂花社区' is in neither text)."""
    found = []
    for m in PLACE.finditer(text):
        start = m.start()
        k = start
        while k > 0 and start - k < 4 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in STOPS \
                and not (start - k >= 2 and text[k - 1] in "区县市"):
            k -= 1
        if start - k >= 2 and not (m.group() in "村镇乡县" and text[m.end():m.end() + 1] in NOT_PLACE_AFTER) \
                and text[start - 1:m.end()] not in COMMON_NOUNS:
            found.append(text[k:m.end()])
    return list(dict.fromkeys(found))


def caption_entries(doc: Document, doc_dir: str | os.PathLike = ".", files: bool = True,
                    displays=None) -> list[CaptionEntry]:
    displays = displays if displays is not None else Composer(doc, Path(doc_dir)).compose_all()
    report = preflight(doc, Path(doc_dir), displays, files=files)
    findings = report.errors + report.warnings
    entries = []
    for page, display in zip(doc.pages, displays):
        page_credit = page_photo_credit(credit_lines(doc, page, display), bare=True) or ""
        # a story's own frames: not the banner, the page lead or the credits (no headline of their own)
        texts = [f for f in page.frames if f.kind == "text" and f.story and f.style not in NOT_A_STORY
                 and doc.story(f.story).headline]
        for f in page.frames:
            if f.kind != "photo":
                continue
            rect = frame_rect(doc.grid, page, f)
            photo = doc.photo(f.photo)
            # the story compose matched it with (schema 6), else the one it stands with on the page
            story = doc.story(photo.story) if photo.story and any(s.id == photo.story for s in doc.stories) \
                else _story_beside(doc, page, rect, photo, texts)
            entry = CaptionEntry(page, f, photo, story, rect, page_credit=page_credit)
            for finding in findings:
                w = finding.where
                if finding.code in CAPTION_CODES and (w.get("photo") == photo.id or w.get("frame") == f.id) \
                        and w.get("page") == page.id:
                    entry.warnings.append(finding.message)
                    entry.phrases.append(finding.text or Phrase(finding.message))
            if photo.comment.strip() and not photo.checked:       # (compose's guess, a colleague's note)
                text = say(NOTE_OPEN, note=photo.comment.strip())
                entry.warnings.append(text.render())
                entry.phrases.append(text)
            if story is not None and photo.caption:
                told = story.headline + story.kicker + story.deck + "".join(story.body)
                for name in places(photo.caption) + persons(photo.caption):
                    if name not in told:
                        text = say(NOT_IN_STORY, name=name, headline=story.headline)
                        entry.warnings.append(text.render())
                        entry.phrases.append(text)
            entries.append(entry)
    return entries


def photos_not_placed(doc: Document, entries: list[CaptionEntry] = ()) -> list[Photo]:
    """The document's photos no page places (compose left them out: no room in their story's stack):
    a reporter checking captions learns the photo and its caption are off the page. Each with the
    credit the proof shows, as the placed ones' (`entries`): its own, else the page's credit line."""
    placed = doc.placed_photos()
    line = next((f"（{e.page_credit}）" for e in entries if e.page_credit), "")
    return [replace(p, credit=p.credit or line) for p in doc.photos if p.id not in placed]
