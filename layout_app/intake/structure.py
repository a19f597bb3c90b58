"""Find the parts of stories in repaired copy: page banner and deck, page lead, kicker / headline /
deck / byline / body of each story, photo captions, page credits — from what the text itself says
(length, closing punctuation, order, credit patterns). Whatever is not recognised is kept as
unassigned, never dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from layout_app.intake.repair import ends_sentence, looks_like_body

# simplified and traditional forms: copy from Hong Kong and Taiwan arrives in Big5
CREDIT = re.compile(r"^(本版(策划|编辑|統籌|统筹|稿件|图片|圖片|制图|设计|編輯)|责任编辑|責任編輯|美术编辑|美術編輯|版式设计|校对|"
                    r"本[报報]记者.{1,12}(采写|摄|报道)\s*$|本[报報]記者.{1,12}(採寫|攝|報道)\s*$|"
                    r"本[报報](通讯员|通訊員).{1,12}(采写|摄|採寫|攝)\s*$|(图|圖|摄影|攝影|图片|圖片)[:：]|"
                    r"(记者|記者|通讯员|通訊員)?[\s　]*[\u4e00-\u9fff·]{2,4}([\s　、]+[\u4e00-\u9fff·]{2,4})*[\s　]*(摄|攝|采写|採寫)\s*$)")
BYLINE = re.compile(r"^((本[报報]|新华社|新華社|特约|特約)?(记者|記者|通讯员|通訊員|见习记者|見習記者)[\s　]*[\u4e00-\u9fff·]{2,4}"
                    r"([\s　、]+[\u4e00-\u9fff·]{2,4})*|本[报報]讯|本[报報]訊|本[报報][\u4e00-\u9fff]{2}\d*月\d*日[电電])[\s　]*$")
DECK = re.compile(r"^(——|—|－－|--)\s*\S")


@dataclass
class StoryParts:
    kicker: str | None = None
    headline: str = ""
    deck: str | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(filter(None, [self.kicker, self.headline, self.deck, self.byline, *self.paragraphs]))


@dataclass
class Caption:
    text: str
    story: int | None = None
    confidence: float = 0.0
    candidates: list = field(default_factory=list)     # (story index, score, shared names), best first


@dataclass
class PageCopy:
    banner: dict | None = None
    lead: list[str] = field(default_factory=list)
    stories: list[StoryParts] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "banner": self.banner,
            "lead": list(self.lead),
            "stories": [{"kicker": s.kicker, "headline": s.headline, "deck": s.deck, "byline": s.byline,
                         "paragraphs": list(s.paragraphs)} for s in self.stories],
            "captions": [{"text": c.text, "story": c.story, "confidence": round(c.confidence, 2)} for c in self.captions],
            "credits": list(self.credits),
            "unassigned": list(self.unassigned),
        }


# block kinds
HEAD, BODY, SENT, DECK_, CREDIT_, BYLINE_ = "head", "body", "sentence", "deck", "credit", "byline"


def classify(text: str, hinted: bool = False) -> str:
    if CREDIT.search(text):
        return CREDIT_
    if BYLINE.match(text):
        return BYLINE_
    if DECK.match(text) and len(text) <= 50:
        return DECK_
    if hinted and len(text) <= 40:
        return HEAD
    if ends_sentence(text):
        return BODY if looks_like_body(text) and len(text) > 45 else SENT
    if looks_like_body(text):
        return BODY                      # a body line that lost its end (the last line of a file)
    return HEAD if len(text) <= 40 else BODY


def parse(blocks: list[tuple[str, int]], hints: set[int] | None = None) -> PageCopy:
    """`blocks`: repaired paragraphs with the blank lines before each. `hints`: indexes of blocks
    that came marked as headings (bold .docx paragraphs, Markdown headings)."""
    hints = hints or set()
    kinds = [classify(t, i in hints) for i, (t, _) in enumerate(blocks)]
    page = PageCopy()
    n = len(blocks)
    i = 0
    story: StoryParts | None = None
    while i < n:
        text, gap = blocks[i]
        kind = kinds[i]
        if kind in (HEAD, DECK_) and kind == HEAD or (kind == DECK_ and story is None and i + 1 < n and kinds[i + 1] == HEAD):
            # a heading group: up to three short lines (kicker, headline, deck)
            j = i
            group: list[str] = []
            while j < n and kinds[j] in (HEAD, DECK_) and len(group) < 3 and (j == i or blocks[j][1] <= 2):
                group.append(blocks[j][0])
                j += 1
            parts = _heading(group)
            k = j
            if k < n and kinds[k] == BYLINE_:
                parts.byline = blocks[k][0]
                k += 1
            body_follows = k < n and kinds[k] in (BODY, SENT) and not _is_caption(blocks, kinds, k)
            if body_follows:
                story = parts
                page.stories.append(story)
            elif page.banner is None and (parts.deck or j - i >= 1):
                page.banner = {"kicker": parts.kicker, "headline": parts.headline, "deck": parts.deck}
                if parts.byline:
                    page.credits.append(parts.byline)
                story = None
            else:
                page.unassigned.extend(group)
                if parts.byline:
                    page.unassigned.append(parts.byline)
            i = k
            continue
        if kind == CREDIT_:
            page.credits.append(text)
        elif kind == BYLINE_:
            if story is not None and not story.paragraphs and story.byline is None:
                story.byline = text
            elif story is not None:
                story.paragraphs.append(text)        # "本报讯" opening a paragraph-less item
            else:
                page.credits.append(text)
        elif _is_caption(blocks, kinds, i):
            page.captions.append(Caption(text))
        elif kind in (BODY, SENT):
            if story is None:
                page.lead.append(text) if not page.stories else page.unassigned.append(text)
            else:
                story.paragraphs.append(text)
        else:
            page.unassigned.append(text)
        i += 1
    _single_story(page)
    return page


def _heading(group: list[str]) -> StoryParts:
    """Kicker above the headline, deck below: the longest short line is the headline. Every line of
    the group lands in a part (a group has at most three lines)."""
    parts = StoryParts()
    lines = list(group)
    if lines and DECK.match(lines[-1]) and len(lines) > 1:
        parts.deck = lines.pop()
    if len(lines) == 1:
        parts.headline = lines[0]
    elif len(lines) == 2:
        # the kicker is normally the shorter line, above the headline; with a dash deck below, the
        # two lines above it are kicker and headline whatever their lengths ("…召开 / 暖民心 / ——…")
        if parts.deck or len(lines[0]) <= len(lines[1]) or " " in lines[0] or "　" in lines[0]:
            parts.kicker, parts.headline = lines
        else:
            parts.headline, parts.deck = lines
    elif len(lines) >= 3:
        parts.kicker, parts.headline, parts.deck = lines[0], lines[1], " ".join(lines[2:])
    return parts


def _is_caption(blocks, kinds, i) -> bool:
    """A short complete sentence standing apart: blank lines before it, and not the start of a
    story's body (no more body right after it)."""
    text, gap = blocks[i]
    if kinds[i] != SENT or len(text) > 80:
        return False
    if text.startswith(CONTINUATIONS):
        return False                      # 据了解…, 此外…: running text, not a caption
    nxt = kinds[i + 1] if i + 1 < len(blocks) else None
    prev = kinds[i - 1] if i else None
    # apart from the text before it: a wide gap, or after something that is not running text
    standing_apart = gap >= 2 or (gap >= 1 and prev in (None, CREDIT_, SENT) and _is_caption_prev(blocks, kinds, i - 1))
    return standing_apart and nxt in (None, HEAD, DECK_, CREDIT_, SENT, BYLINE_)


def _is_caption_prev(blocks, kinds, j) -> bool:
    return j < 0 or kinds[j] == CREDIT_ or (kinds[j] == SENT and blocks[j][1] >= 2)


CONTINUATIONS = ("据了解", "据悉", "据介绍", "此外", "同时", "另外", "目前", "下一步", "截至", "今年以来", "与此同时")


def _single_story(page: PageCopy) -> None:
    """A file with one story and no heading line: its first short line was taken as the lead."""
    if not page.stories and page.banner is None and page.lead:
        page.stories.append(StoryParts(headline="", paragraphs=page.lead))
        page.lead = []
    elif not page.stories and page.banner is not None and page.lead:
        # one story whose heading had no body after it is the banner: make it the story
        b = page.banner
        page.stories.append(StoryParts(b["kicker"], b["headline"], b["deck"], None, page.lead))
        page.banner, page.lead = None, []
