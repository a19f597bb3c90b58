"""Which story leads the page and how each is ranked (lead, second, brief): the ranks that choose each
headline's style (the template's `headline_<rank>`) and the order the stacks take the stories in."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from layout_app.errors import Notice
from layout_app.layout.wording import (BRIEF, BRIEFS_COLUMN, CHARACTERS, COMMENT, FIRST_STORY, HEADED, HEADED_BRIEF,
                                      INTERVIEW, LONGEST, PHOTO_SECTION_LEADS, SERVICE)
from layout_app.model.document import Document
from layout_app.model.story import RANKS
from layout_app.units import HAO_SIZES

if TYPE_CHECKING:
    from layout_app.layout.autoplace import StoryPlan

BRIEF_CHARS = 300          # a story with less body than this is a brief…
HEADED_CHARS = 180         # …unless headed as news (`headed`) over this much: a few lines are a brief all the same


def rank_stories(doc: Document, stories: list[StoryPlan], headed: bool = True) -> list[tuple[StoryPlan, int, str]]:
    """The page's reading order with each story's rank (1 lead, 2 second, 3 brief) and why. `headed`
    False: a short story headed as news a brief all the same (the page came out worse with it second)."""
    if not stories:
        return []
    length = {sp.story: sum(map(len, doc.story(sp.story).body)) for sp in stories}
    # (a column of briefs leads no page, however long its items run together: the news does — a column
    # piece may: a 记者调查 is often the page's main story)
    news = [sp for sp in stories if not _never_leads(doc.story(sp.story))] or stories
    longest = max(news, key=lambda sp: length[sp.story])
    first = news[0]
    lead = first if length[first.story] >= 0.8 * length[longest.story] else longest
    why = Notice(FIRST_STORY) if lead is first else Notice(LONGEST, n=length[lead.story])
    section = next((sp for sp in stories if photo_section(doc.story(sp.story), sp)), None)
    if section is not None:
        lead, why = section, Notice(PHOTO_SECTION_LEADS)      # (compose's: a photo page's pictures, no text)
    out = [(lead, 1, why)]
    for sp in stories:
        if sp is lead:
            continue
        story = doc.story(sp.story)
        news = length[sp.story] >= HEADED_CHARS and headed_as_news(story)
        if BRIEFS_LABEL.match(story.headline.strip()) and not story.kicker:
            out.append((sp, 3, Notice(BRIEFS_COLUMN, n=length[sp.story])))   # 文体简讯 over its 本报讯 items
        elif column_piece(story):
            out.append((sp, 3, Notice(COMMENT, n=length[sp.story])))         # 短评, 记者手记: under the news
        elif interview(story):
            out.append((sp, 2, Notice(INTERVIEW, n=length[sp.story])))       # 记者问答: between news and briefs
        elif length[sp.story] >= HEADED_CHARS and service_notice(story):
            out.append((sp, 2, Notice(SERVICE, n=length[sp.story])))         # 供暖 notice, points numbered
        elif length[sp.story] < BRIEF_CHARS and not news:
            out.append((sp, 3, Notice(BRIEF, n=length[sp.story])))
        elif length[sp.story] < BRIEF_CHARS:
            out.append((sp, 2, Notice(HEADED, n=length[sp.story])) if headed else
                       (sp, 3, Notice(HEADED_BRIEF, n=length[sp.story])))
        else:
            out.append((sp, 2, Notice(CHARACTERS, n=length[sp.story])))
    # briefs after the others, copy order kept within a rank
    return out[:1] + sorted(out[1:], key=lambda t: t[1])


def photo_section(story, sp) -> bool:
    """A story of photos alone — no heading, no text: the banner's photo section compose sets on a photo
    page (not a 副刊's works of art, `gallery`)."""
    return bool(sp.photos) and not getattr(sp, "gallery", False) and not (story.headline or story.kicker or story.body)


def _never_leads(story) -> bool:
    return bool(BRIEFS_LABEL.match(story.headline.strip())) and not story.kicker


def headed_as_news(story) -> bool:
    """A short story headed as a news story, not a brief (简讯: a headline over one paragraph): a deck
    (副题) under its headline, or a kicker over it and more than one paragraph — a chief editor gives it
    the page's middle step (倒头条 or a second story), not a brief's headline. A column's label over it
    (短评, 记者手记) is no kicker of news."""
    return not column_piece(story) and (bool(story.deck) or (bool(story.kicker) and len(story.body) > 1))


# a column of briefs under its label, its items each a 本报讯 paragraph or a headline over its text
# (intake.briefcolumn): 简讯, 文体简讯, 本地快讯, 要闻速览, bracketed too — 【体育简讯】; and a books
# column's (书香荐读, 新书书单), its items each a book's title over its imprint and a few lines
BRIEFS_LABEL = re.compile(r"^[【\[［〖]?\s*[\u4e00-\u9fff]{0,4}(简讯|快讯|短讯|速览|速递|集锦|荐读|荐书|书单|书讯)\s*[】\]］〗]?$")


# a reader's letter under its column's label: a column's piece, no sidebar to the story before it
LETTER = re.compile(r"^(读者来信|来信|来信选登|读者来稿|来稿|群众来信|读者之声|读者呼声)$")


def column_piece(story) -> bool:
    """A commentary or a column's piece under its label (短评, 记者手记, 编者按…: `sidebars.LABEL`; a
    reader's letter, 读者来信): its headline a brief's size or a sidebar's, never over the news it stands
    beside."""
    from layout_app.layout.sidebars import LABEL       # (sidebars asks autoplace, which asks this module)
    label = story.kicker.strip() if story.kicker else ""
    return bool(label) and bool(LABEL.match(label) or LETTER.match(label))


# the pieces a desk heads between the news and the briefs (小二–三号): an interview, a service notice
INTERVIEW_LABEL = re.compile(r"^(记者问答|答记者问|问答|专访|记者专访|访谈|新闻访谈|对话|专家解读|政策解读|权威解读)$")
INTERVIEW_DECK = re.compile(r"^[—－\-\s]*(专访|访)")          # ——访市医保局负责人
TURN = re.compile(r"^[\s　]*(问|答)[：:]")                    # a Q&A's turns, as intake keeps them
# a numbered point opening a paragraph: 1. 1、 （1） 一、 ①
POINT = re.compile(r"^[\s　]*(?:(\d{1,2})[.．、]|[（(](\d{1,2}|[一二三四五六七八九十])[）)]|([一二三四五六七八九十])、|([①-⑩]))")
FIRST_POINT = {"1", "一", "①"}


def interview(story) -> bool:
    """A Q&A interview (记者问答, 专访): its label, its deck ——访…, or its text in 问：/答： turns."""
    if story.kicker and INTERVIEW_LABEL.match(story.kicker.strip()):
        return True
    if story.deck and INTERVIEW_DECK.match(story.deck.strip()):
        return True
    turns = [TURN.match(p).group(1) for p in story.body if TURN.match(p)]
    return "问" in turns and "答" in turns


def service_notice(story) -> bool:
    """A service notice: its points numbered from the first, one a paragraph (1. … 2. …), two or more."""
    points = [next(g for g in m.groups() if g) for m in map(POINT.match, story.body) if m]
    return len(points) >= 2 and points[0] in FIRST_POINT


def size_below(size: float) -> float:
    """The largest type size (号) smaller than `size` pt; half a point smaller under the smallest."""
    return max((pt for pt in HAO_SIZES.values() if pt < size - 1e-6), default=size - 0.5)


def with_ranks(doc: Document, ranked) -> tuple[Document, dict[str, str]]:
    """The document with each story's rank (lead, second, brief — and between the news and the briefs
    `third` and `picture`, `steps`) where the template styles headlines by rank (headline_<rank>: a
    brief's headline set small, its kicker smaller, under the others'), a rank an editor gave kept; and
    those ranks by story."""
    names = {sp.story: doc.story(sp.story).rank or _name(sp, rank, why) for sp, rank, why in ranked}
    doc = steps(doc, set(names.values()))
    ranks = {sid: name for sid, name in names.items() if f"headline_{name}" in doc.styles}
    if not ranks:
        return doc, ranks
    stories = tuple(replace(s, rank=ranks[s.id]) if s.id in ranks else s for s in doc.stories)
    return replace(doc, stories=stories), ranks


THIRD, PICTURE = "third", "picture"


def _name(sp, rank: int, why) -> str:
    if rank > 1 and getattr(why, "template", None) in (INTERVIEW, SERVICE):
        return THIRD
    if rank > 1 and getattr(sp, "photo_news", False):
        return PICTURE
    return RANKS[rank - 1]


def steps(doc: Document, names: set[str]) -> Document:
    """The headline sizes of a page in steps that follow rank, where it holds a piece between the news
    and the briefs: an interview or a service notice (`third`) a size over a brief's — 小二 down to 三号
    —, a picture story (`picture`) at a brief's size as the template has it, 三号, and the briefs, the
    links and the letters a size under them, 小三 down to 四号. Styles the template has for these kept."""
    brief = doc.styles.get("headline_brief")
    if brief is None or not names & {THIRD, PICTURE}:
        return doc
    styles = dict(doc.styles)
    made = False
    if THIRD in names and f"headline_{THIRD}" not in styles:
        base = styles.get("headline_second", brief)
        styles[f"headline_{THIRD}"] = replace(base, size=size_above(brief.size), min_size=brief.size)
        made = True
    if PICTURE in names and f"headline_{PICTURE}" not in styles:
        styles[f"headline_{PICTURE}"] = brief
        made = True
    if made:
        small, least = size_below(brief.size), brief.min_size or brief.size
        styles["headline_brief"] = replace(brief, size=small, min_size=size_below(small) if least >= small else least)
    return replace(doc, styles=styles)


def size_above(size: float) -> float:
    """The smallest type size (号) larger than `size` pt."""
    return min((pt for pt in HAO_SIZES.values() if pt > size + 1e-6), default=size + 2)


def tier_styles(doc: Document, ranks: dict[str, str]) -> dict:
    """The headline styles `steps` made or changed for the page, for its plan (`Plan.styles`)."""
    if not set(ranks.values()) & {THIRD, PICTURE}:
        return {}
    return {k: doc.styles[k] for k in ("headline_brief", f"headline_{THIRD}", f"headline_{PICTURE}") if k in doc.styles}
