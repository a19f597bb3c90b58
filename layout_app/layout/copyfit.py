"""Copyfit of a story as the story editor shows it: 字数 (characters, spaces not counted), 行数 (body
lines the text needs, set and overset) and whether it is 超 N 行 (overset) or 缺 N 行 (lines left empty
at the end of its chain) — read from the same flow the page is composed with."""
from __future__ import annotations

from dataclasses import dataclass

from layout_app.layout.compose import Composer
from layout_app.model.story import Story

MAX_EMPTY = 3           # a column may end with this many empty lines; more is 缺行, a hole at the page's foot


@dataclass(frozen=True)
class Copyfit:
    chars: int              # 字数 of the body
    heading_chars: int      # 字数 of kicker, headline, deck and byline
    lines: int              # body lines the text needs (placed + overset)
    overset_lines: int      # 超 N 行
    empty_lines: int        # 缺 N 行
    placed: bool            # the story has a body frame (else lines and fit say nothing)


def count_chars(text: str) -> int:
    """字数 as editors count it: every character but spaces and line breaks."""
    return len("".join(text.split()))


def story_chars(story: Story) -> tuple[int, int]:
    body = sum(count_chars(p) for p in story.body)
    heading = sum(count_chars(getattr(story, part)) for part in ("kicker", "headline", "deck", "byline"))
    return body, heading


def copyfit(composer: Composer, story_id: str) -> Copyfit:
    story = composer.doc.story(story_id)
    body, heading = story_chars(story)
    if not composer.doc.body_chain(story_id):
        # a story of headings alone (a banner with no lead) is on the page when its heading frame is
        placed = not story.body and any(f.story == story_id for p in composer.doc.pages for f in p.frames)
        return Copyfit(body, heading, 0, 0, 0, placed)
    flow = composer.story_flow(story_id)
    return Copyfit(body, heading, len(flow.placed) + flow.overset_lines, flow.overset_lines, flow.empty_lines, True)
