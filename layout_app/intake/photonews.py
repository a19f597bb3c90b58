"""A picture story (图片新闻): a story its label calls one — 图片新闻, 新闻图片, 图片报道, 图说… over its
heading — is its photo's caption. Its text is what the photo shows, the credit under its text (本报记者
孙明 摄) is its photo's own, and its photo is set large with the text under or beside it. Kept apart
from the photo desk so preflight and the layout's callers need not load the copy desk's readers."""
from __future__ import annotations

import re

# the labels a desk sets over a picture story's heading (the label alone on its line, perhaps in
# brackets or with a colon: 【图片新闻】, 图说：)
PHOTO_LABEL = re.compile(r"^[\s　【\[〔（(]*(图片新闻|新闻图片|图片报道|摄影报道|图片故事|新闻图说|图说新闻|图说|图片|组图|看图)"
                         r"[\s　】\]〕）):：|｜·]*$")
_BLANKS = re.compile(r"[\s　]+")


def photo_label(line: str | None) -> bool:
    """A heading line that only says its story is a picture story ('图片新闻', '【图说】')."""
    return bool(line) and PHOTO_LABEL.match(line) is not None


def is_photo_story(kicker: str | None, headline: str | None = "") -> bool:
    """A story its label calls a picture story: the label as its kicker, or as its only heading."""
    return photo_label(kicker) or photo_label(headline)


def photo_story_text(kicker: str | None, headline: str | None, deck: str | None, paragraphs) -> str:
    """What a picture story says, as its photo's caption would: its heading (the label aside) and text."""
    heads = [h for h in (kicker, headline, deck) if h and not photo_label(h)]
    return "".join([*heads, *paragraphs])


def own_credits(stories, credits: list[str], lines: list[str], page_line) -> dict[int, str]:
    """Story index → the credit line a picture story has of its own: the one right under its text, or
    right under its heading (本报记者 孙明 摄) — read off the copy's lines, where the import put every
    credit with the page's. `page_line`: the page's credit line pattern (本版图片…), never one's own."""
    bare = [_BLANKS.sub("", line) for line in lines]
    filled = [k for k, b in enumerate(bare) if b]
    taken: set[int] = set()
    out: dict[int, str] = {}
    for i, s in enumerate(stories):
        if not is_photo_story(s.kicker, s.headline):
            continue
        ends = [_BLANKS.sub("", s.paragraphs[-1])[-12:]] if s.paragraphs else []
        ends += [_BLANKS.sub("", h) for h in (s.deck, s.headline) if h]
        for pos, k in enumerate(filled[:-1]):
            if not any(end and (bare[k].endswith(end) if n == 0 and s.paragraphs else bare[k] == end)
                       for n, end in enumerate(ends)):
                continue
            after = bare[filled[pos + 1]]
            j = next((j for j, c in enumerate(credits) if j not in taken and _BLANKS.sub("", c) == after
                      and not page_line.search(c)), None)
            if j is not None:
                out[i] = credits[j]
                taken.add(j)
                break
    return out
