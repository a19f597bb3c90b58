"""A front page's 导读 box (contents, 要目) read as one: its label (导读, 导　读, 今日导读, 要目) over the
teasers of stories on other pages, each a line ending on where to find it (→详见第2版, 见第6版, （A3版）).
A desk sets it as one box — in the 报眼 beside the nameplate on a front page — its teasers a line each:
never a story's kicker, the page's banner, or lines no story takes (review 5: the third teaser became
the commentary's kicker, the label and two teasers were on no page).

The reading is on the copy's lines, before anything else: the label and the teasers under it (blank
lines between them allowed) are taken out of the copy and made one story: its headline the label, its
paragraphs the teasers as typed."""
from __future__ import annotations

import re

from layout_app.intake.structure import StoryParts
from layout_app.layout.frontpage import CONTENTS_LABEL as LABEL     # (the box's label, as compose knows it)

# a teaser: a short line ending on the page it points to (→详见第2版, 见第6版, （详见A3版）, 第2版)
_PAGE = r"(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-Z]\d{1,2}\s*版?)"
TEASER = re.compile(rf"^.{{2,60}}?[\s\u3000]*(?:[→>＞—－-]+\s*)?[（(]?\s*(?:详见|请看|见)?\s*{_PAGE}\s*[）)]?$")
_MOST = 12          # teasers: a box holds a handful


def contents_apart(lines: list[str]) -> tuple[set[int], StoryParts | None]:
    """The lines of the copy's 导读 box (its label, its teasers and the blank lines under them: the
    copy reads on as if it had not been there), and the box as one story; (set(), None) when the copy
    has none: a label with no teaser under it stays copy."""
    for k, line in enumerate(lines):
        if not LABEL.match(line.strip(" \t\r")):
            continue
        teasers: list[int] = []
        for j in range(k + 1, len(lines)):
            text = lines[j].strip(" \t\u3000\r")
            if not text:
                continue
            if not TEASER.match(text) or len(teasers) == _MOST:
                break
            teasers.append(j)
        if not teasers:
            continue
        end = teasers[-1] + 1
        while end < len(lines) and not lines[end].strip():
            end += 1
        story = StoryParts(headline=line.strip(" \t\r"), paragraphs=[lines[j].strip(" \t\u3000\r") for j in teasers])
        return set(range(k, end)), story
    return set(), None

