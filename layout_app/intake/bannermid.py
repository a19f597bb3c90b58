"""A page banner the text left between two parts of one story (review 5, page G: '“村BA”半决赛：乡村篮球燃动
夏夜' after the match report's third paragraph and its photo's caption, the report's last paragraphs under
it): the page's banner, the paragraphs under it the story's before it — not a story of its own headed by
the banner, nor the report cut in two (its first half ranked second, another story made the page's lead).

Told as a page editor tells it: a heading alone (no kicker, deck or byline) shaped as a banner's theme — a
topic, a full-width colon, the theme —, the page with no banner found yet, and under it text that opens
no story (no 本报讯, dateline or byline of its own) but goes on with the story before it: its first
sentence names first a person the story before named (李东升全场砍下26分 after …后卫李东升连续命中…)."""
from __future__ import annotations

import re

from layout_app.intake.names import SURNAMES
from layout_app.intake.repair import DATELINE_OPENS
from layout_app.intake.structure import BYLINE, PageCopy

# a banner's theme: a topic, a full-width colon, the theme (“村BA”半决赛：乡村篮球燃动夏夜) — no sentence
THEME = re.compile(r"^[^：:，。！？,.!?]{2,14}[：:][^：:，。！？,.!?]{4,18}$")
MIDCOPY_GUESS = 0.55        # shown: the banner's place in the text was the story's


def banner_within(page: PageCopy) -> str | None:
    """The banner found between two parts of one story, made the page's banner and the story joined (in
    place); its text, or None where the page has none such."""
    if page.banner is not None or page.lead:
        return None
    for k in range(1, len(page.stories)):
        story, before = page.stories[k], page.stories[k - 1]
        if story.kicker or story.deck or story.byline or story.items or not story.paragraphs \
                or not THEME.match(story.headline.strip()) or before.items:
            continue
        first = story.paragraphs[0]
        if DATELINE_OPENS.match(first) or BYLINE.match(first) or not _goes_on(first, before):
            continue
        page.banner = {"kicker": None, "headline": story.headline, "deck": None}
        page.banner_confidence = MIDCOPY_GUESS
        shift = len(before.paragraphs)
        before.paragraphs.extend(story.paragraphs)
        before.tables.extend(j + shift for j in story.tables)
        before.subheads.extend(j + shift for j in story.subheads)
        before.verse.extend(j + shift for j in story.verse)
        del page.stories[k]
        return story.headline
    return None


def _goes_on(first: str, before) -> bool:
    """The paragraph's first sentence names, before anything else it names, a person the story before
    named: a name of three characters (a surname and two) its text has."""
    text = "".join(filter(None, [before.kicker, before.headline, before.deck, *before.paragraphs]))
    opening = re.split(r"[，。！？；,!?;]", first, maxsplit=1)[0]
    for i, ch in enumerate(opening[:8]):
        if ch in SURNAMES:
            return len(opening[i:i + 3]) == 3 and opening[i:i + 3] in text
    return False
