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

from layout_app.intake.repair import IMPRINT
from layout_app.intake.structure import SIGNED_NOTE, PageCopy, StoryParts
from layout_app.layout.ranking import BRIEFS_LABEL

# a column's label, bracketed or not: 简讯, 体育简讯, 【体育简讯】, 本地快讯 — read as ranking reads it
LABEL = BRIEFS_LABEL
MARK = re.compile(r"^\s*[■□●◆◇▲△★☆▶►◎]")     # an item's mark, kept as the reporter typed it
HEAD_MOST = 24          # characters: an item's headline is one short line
HEAD_MOST_MARKED = 40   # … or, opening on its ■ (the item's own mark says what it is), a long one
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
        if items is None:
            items = _book_items(story)
        k += 1
        if items is None:
            out.append(story)
            continue
        marked = bool(MARK.match(items[0][0]))
        tables = {story.paragraphs[j] for j in story.tables if j < len(story.paragraphs)}
        while k < len(page.stories):
            nxt = page.stories[k]
            pieces = [(nxt.headline, list(nxt.paragraphs))] if _item(nxt, marked) else \
                _marked_items(nxt) if marked else None
            if not pieces:
                break
            items.extend(pieces)
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
        # (a table after the last item — the 积分榜 — is no item's text: its length says nothing of one)
        own = [p for i, p in enumerate(text, j + 1) if i not in story.tables]
        if not own or len(head.strip()) > _head_most(head) or sum(map(len, own)) > TEXT_MOST:
            return None
        items.append((head, text))
    return items


# a book's title opening its line in a books column, its imprint perhaps after it on the line:
# '《长安的荔枝》 马伯庸 著 湖南文艺出版社'
BOOK = re.compile(r"^《[^《》]{1,30}》")


def _book_items(story: StoryParts) -> list[tuple[str, list[str]]] | None:
    """The books a books column typed as one story holds (书香荐读 over '《书名》 作者 著 出版社' lines, each
    over a few lines of its own): each title an item's head, its imprint the next line (the line cut
    after the title — nothing dropped). None where it is no such column."""
    if story.kicker or story.deck or story.byline or story.subheads or not is_label(story.headline):
        return None
    paras = [p.strip() for p in story.paragraphs]
    heads = [j for j, p in enumerate(paras) if BOOK.match(p) and (IMPRINT.match(p) or p == BOOK.match(p).group(0))]
    if len(heads) < 2 or heads[0] != 0 or story.tables:
        return None
    items = []
    for n, j in enumerate(heads):
        text = paras[j + 1:heads[n + 1] if n + 1 < len(heads) else len(paras)]
        if not _unsigned(text) or sum(map(len, text)) > TEXT_MOST:
            return None
        title = BOOK.match(paras[j]).group(0)
        imprint = paras[j][len(title):].strip()
        items.append((title, [imprint, *text] if imprint else text))
    return items


def _item(story: StoryParts, marked: bool) -> bool:
    """A story that is the column's next item: a headline alone (marked as the items are) over a short
    text, no kicker, deck, byline or subheads."""
    head = story.headline.strip()
    own = [p for i, p in enumerate(story.paragraphs) if i not in story.tables]     # (a table after it: no text)
    return (bool(head) and not (story.kicker or story.deck or story.byline or story.subheads)
            and len(head) <= _head_most(head) and bool(MARK.match(head)) == marked and bool(own)
            and len(_unsigned(own)) <= 2 and sum(map(len, own)) <= TEXT_MOST)


def _unsigned(text: list[str]) -> list[str]:
    """An item's text without the column's signature at its foot ('（推荐人：市图书馆 陈静）' under the
    last book)."""
    return text[:-1] if text and SIGNED_NOTE.match(text[-1].strip()) else text


def _head_most(head: str) -> int:
    return HEAD_MOST_MARKED if MARK.match(head) else HEAD_MOST


def _marked_items(story: StoryParts) -> list[tuple[str, list[str]]] | None:
    """A story read as one item with the next items its 小标题 (each opening on its ■: '■NBA中国赛…' under
    a long '■2026－2027赛季CBA…', review 31): the items it holds, each a brief's length; None otherwise."""
    head = story.headline.strip()
    if not (MARK.match(head) and story.subheads) or story.kicker or story.deck or story.byline:
        return None
    if not all(MARK.match(story.paragraphs[j]) for j in story.subheads if j < len(story.paragraphs)):
        return None
    cuts = [-1, *story.subheads, len(story.paragraphs)]
    items = []
    for a, b in zip(cuts, cuts[1:]):
        h = head if a < 0 else story.paragraphs[a].strip()
        text = story.paragraphs[a + 1:b]
        own = [p for i, p in enumerate(text, a + 1) if i not in story.tables]
        if not own or len(h) > _head_most(h) or len(own) > 2 or sum(map(len, own)) > TEXT_MOST:
            return None
        items.append((h, text))
    return items
