"""A briefs column (简讯栏) read as one: its label (体育简讯, 【体育简讯】, 本地快讯…) over items, each a short
headline (■我市全民健身运动会开幕, or with no mark) and a short text. A desk sets it as one column under
its label, the items equal briefs — never as one story headed by its first item, the others its
小标题 (review30: ■ in a 24 pt headline), nor as stories of their own with the label over the first only.

The reading: a story whose kicker is a column's label takes its headline as its first item's, its
subheads as the others' (■ items typed as paragraphs read as 小标题); the stories after it headed by a
line alone over a short text — marked as its items are, or unmarked as they are — are its next items.
The column is one story: its headline the label, its paragraphs the items' headlines and texts, those
headlines its `items` (compose sets them in the template's `brief_head` style), ranked a brief."""
from __future__ import annotations

import re

from layout_app.intake.structure import PageCopy, StoryParts
from layout_app.layout.ranking import BRIEFS_LABEL

# a column's label, bracketed or not: 简讯, 体育简讯, 【体育简讯】, 本地快讯 — read as ranking reads it
LABEL = BRIEFS_LABEL
MARK = re.compile(r"^\s*[■□●◆◇▲△★☆▶►◎]")     # an item's mark, kept as the reporter typed it
HEAD_MOST = 24          # characters: an item's headline is one short line
TEXT_MOST = 300         # characters: an item's text is a brief's (ranking.BRIEF_CHARS)
SURE = 0.9              # the label and two items or more: a column, not a guess


def is_label(text: str | None) -> bool:
    return bool(text) and bool(LABEL.match(text.strip()))


def briefs_columns(page: PageCopy) -> None:
    """Each briefs column of `page` made one story (in place), its items' headlines `items`."""
    out: list[StoryParts] = []
    k = 0
    while k < len(page.stories):
        story = page.stories[k]
        items = _own_items(story)
        k += 1
        if items is None:
            out.append(story)
            continue
        marked = bool(MARK.match(items[0][0]))
        tables = {story.paragraphs[j] for j in story.tables if j < len(story.paragraphs)}
        while k < len(page.stories) and _item(page.stories[k], marked):
            nxt = page.stories[k]
            items.append((nxt.headline, list(nxt.paragraphs)))
            tables |= {nxt.paragraphs[j] for j in nxt.tables if j < len(nxt.paragraphs)}   # (the 积分榜 after it)
            k += 1
        if len(items) < 2:
            out.append(story)
            continue
        label = story.kicker if is_label(story.kicker) else story.headline
        column = StoryParts(headline=label, confidence=max(story.confidence, SURE))
        for head, text in items:
            column.items.append(len(column.paragraphs))
            column.paragraphs.extend([head, *text])
        # a table the column's text held (intake.tables: the 积分榜 after it) stays a table
        column.tables = [j for j, p in enumerate(column.paragraphs) if p in tables]
        out.append(column)
    page.stories[:] = out


def _own_items(story: StoryParts) -> list[tuple[str, list[str]]] | None:
    """The items a story under a column's label holds: its headline's and its subheads' (the label its
    kicker), or its subheads' (the label its headline, the first paragraph a subhead). None: no column."""
    if story.deck or story.byline:
        return None
    if is_label(story.kicker) and story.headline and len(story.headline) <= HEAD_MOST:
        heads, first = [-1, *story.subheads], story.headline
    elif not story.kicker and is_label(story.headline) and story.subheads[:1] == [0]:
        heads, first = list(story.subheads), None
    else:
        return None
    items = []
    for n, j in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(story.paragraphs)
        head = first if j < 0 else story.paragraphs[j]
        text = story.paragraphs[j + 1:end]
        if not text or len(head.strip()) > HEAD_MOST or sum(map(len, text)) > TEXT_MOST:
            return None
        items.append((head, text))
    return items


def _item(story: StoryParts, marked: bool) -> bool:
    """A story that is the column's next item: a headline alone (marked as the items are) over a short
    text, no kicker, deck, byline or subheads."""
    head = story.headline.strip()
    return (bool(head) and not (story.kicker or story.deck or story.byline or story.subheads)
            and len(head) <= HEAD_MOST and bool(MARK.match(head)) == marked and bool(story.paragraphs)
            and len(story.paragraphs) <= 2 and sum(map(len, story.paragraphs)) <= TEXT_MOST)
