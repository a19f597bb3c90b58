"""Which story leads the page and how each is ranked (lead, second, brief): the ranks that choose each
headline's style (the template's `headline_<rank>`) and the order the stacks take the stories in."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from layout_app.errors import Notice
from layout_app.layout.wording import BRIEF, BRIEFS_COLUMN, CHARACTERS, COMMENT, FIRST_STORY, HEADED, HEADED_BRIEF, LONGEST
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
    longest = max(stories, key=lambda sp: length[sp.story])
    first = stories[0]
    lead = first if length[first.story] >= 0.8 * length[longest.story] else longest
    out = [(lead, 1, Notice(FIRST_STORY) if lead is first else Notice(LONGEST, n=length[lead.story]))]
    for sp in stories:
        if sp is lead:
            continue
        story = doc.story(sp.story)
        news = length[sp.story] >= HEADED_CHARS and headed_as_news(story)
        if BRIEFS_LABEL.match(story.headline.strip()) and not story.kicker:
            out.append((sp, 3, Notice(BRIEFS_COLUMN, n=length[sp.story])))   # 文体简讯 over its 本报讯 items
        elif column_piece(story):
            out.append((sp, 3, Notice(COMMENT, n=length[sp.story])))         # 短评, 记者手记: under the news
        elif length[sp.story] < BRIEF_CHARS and not news:
            out.append((sp, 3, Notice(BRIEF, n=length[sp.story])))
        elif length[sp.story] < BRIEF_CHARS:
            out.append((sp, 2, Notice(HEADED, n=length[sp.story])) if headed else
                       (sp, 3, Notice(HEADED_BRIEF, n=length[sp.story])))
        else:
            out.append((sp, 2, Notice(CHARACTERS, n=length[sp.story])))
    # briefs after the others, copy order kept within a rank
    return out[:1] + sorted(out[1:], key=lambda t: t[1])


def headed_as_news(story) -> bool:
    """A short story headed as a news story, not a brief (简讯: a headline over one paragraph): a deck
    (副题) under its headline, or a kicker over it and more than one paragraph — a chief editor gives it
    the page's middle step (倒头条 or a second story), not a brief's headline. A column's label over it
    (短评, 记者手记) is no kicker of news."""
    return not column_piece(story) and (bool(story.deck) or (bool(story.kicker) and len(story.body) > 1))


# a column of briefs under its label, its items each a 本报讯 paragraph: 简讯, 文体简讯, 本地快讯, 要闻速览
BRIEFS_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(简讯|快讯|短讯|速览|速递|集锦)$")


def column_piece(story) -> bool:
    """A commentary or a column's piece under its label (短评, 记者手记, 编者按…: `sidebars.LABEL`): its
    headline a brief's size or a sidebar's, never over the news it stands beside."""
    from layout_app.layout.sidebars import LABEL       # (sidebars asks autoplace, which asks this module)
    return bool(story.kicker) and bool(LABEL.match(story.kicker.strip()))


def size_below(size: float) -> float:
    """The largest type size (号) smaller than `size` pt; half a point smaller under the smallest."""
    return max((pt for pt in HAO_SIZES.values() if pt < size - 1e-6), default=size - 0.5)


def with_ranks(doc: Document, ranked) -> tuple[Document, dict[str, str]]:
    """The document with each story's rank (lead, second, brief) where the template styles headlines
    by rank (headline_<rank>: a brief's headline set small, its kicker smaller, under the others'),
    a rank an editor gave kept; and those ranks by story."""
    ranks = {}
    for sp, rank, _ in ranked:
        story = doc.story(sp.story)
        name = story.rank or RANKS[rank - 1]
        if f"headline_{name}" in doc.styles:
            ranks[sp.story] = name
    if not ranks:
        return doc, ranks
    stories = tuple(replace(s, rank=ranks[s.id]) if s.id in ranks else s for s in doc.stories)
    return replace(doc, stories=stories), ranks
