"""Find and replace across a document's text: every part of every story (kicker, headline, deck,
body paragraphs, byline) and every photo's caption and credit.

A hit names where it is — story or photo, part, paragraph, character offsets — so that the editor
can show the frame that holds it. Replacing keeps a paragraph's style and moves its character runs
with the text around them (a run inside the replaced span shrinks or grows with it)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from layout_app.model.document import Document
from layout_app.model.story import STORY_PARTS, Story
from layout_app.model.styles import CharRun

PHOTO_PARTS = ("caption", "credit")


@dataclass(frozen=True)
class Hit:
    kind: str          # "story" or "photo"
    item: str          # its id
    part: str          # a story part (STORY_PARTS) or "caption" / "credit"
    paragraph: int     # body paragraph; 0 for the one-line parts
    start: int         # character offsets in that paragraph's text
    end: int
    text: str          # the text matched

    @property
    def where(self) -> tuple[str, str, str, int]:
        return self.kind, self.item, self.part, self.paragraph


def compile_pattern(pattern: str, regex: bool = False, match_case: bool = False) -> re.Pattern:
    """The pattern to search with; re.error (with its message) when a regular expression is bad.
    Ignoring case matters only for Latin (and other cased) letters: Han has no case."""
    if not pattern:
        raise re.error("nothing to find")
    return re.compile(pattern if regex else re.escape(pattern), 0 if match_case else re.IGNORECASE)


def texts(doc: Document):
    """(kind, id, part, paragraph, text) of every piece of text the search covers, in reading order:
    stories in document order (kicker, headline, deck, body, byline), then captions and credits."""
    for s in doc.stories:
        for part in STORY_PARTS:
            for k, text in enumerate(s.body if part == "body" else (getattr(s, part),)):
                if text:
                    yield "story", s.id, part, k, text
    for p in doc.photos:
        for part in PHOTO_PARTS:
            if getattr(p, part):
                yield "photo", p.id, part, 0, getattr(p, part)


def find_all(doc: Document, pattern: re.Pattern) -> list[Hit]:
    hits = []
    for kind, item, part, k, text in texts(doc):
        for m in pattern.finditer(text):
            if m.end() > m.start():                    # an empty match (a* on nothing) replaces nothing
                hits.append(Hit(kind, item, part, k, m.start(), m.end(), m.group(0)))
    return hits


def replace_hits(doc: Document, pattern: re.Pattern, replacement: str, hits: list[Hit],
                 regex: bool = False) -> Document:
    """The document with each hit replaced. With `regex`, \\1 and \\g<name> in the replacement take
    the hit's groups; otherwise the replacement is literal. Hits that no longer match the text they
    name (the text changed since the search) are left alone."""
    by_text: dict[tuple, list[Hit]] = {}
    for h in hits:
        by_text.setdefault(h.where, []).append(h)
    stories = {s.id: s for s in doc.stories}
    photos = {p.id: p for p in doc.photos}
    for (kind, item, part, k), group in by_text.items():
        if kind == "story":
            story = stories[item]
            text = story.body[k] if part == "body" else getattr(story, part)
        else:
            text = getattr(photos[item], part)
        # matched again on the whole text, so that anchors and look-arounds see what the search saw
        found = {(m.start(), m.end()): m for m in pattern.finditer(text)}
        edits = []                                     # (start, end, new text), right to left
        for h in sorted(group, key=lambda h: h.start, reverse=True):
            m = found.get((h.start, h.end))
            if m is None or (edits and h.end > edits[-1][0]):
                continue
            edits.append((h.start, h.end, m.expand(replacement) if regex else replacement))
        for start, end, new in edits:
            text = text[:start] + new + text[end:]
        if not edits:
            continue
        if kind == "photo":
            photos[item] = replace(photos[item], **{part: text})
        elif part == "body":
            stories[item] = _replace_paragraph(stories[item], k, text, edits)
        else:
            stories[item] = replace(stories[item], **{part: text})
    return replace(doc, stories=tuple(stories[s.id] for s in doc.stories),
                   photos=tuple(photos[p.id] for p in doc.photos))


def _replace_paragraph(story: Story, k: int, text: str, edits: list[tuple[int, int, str]]) -> Story:
    body = story.body[:k] + (text,) + story.body[k + 1:]
    fmt = story.format(k)
    if fmt is None or not fmt.runs:
        return replace(story, body=body)
    runs = fmt.runs
    for start, end, new in edits:                      # right to left: earlier offsets stay valid
        runs = tuple(r for r in (_shift(r, start, end, len(new)) for r in runs) if r.end > r.start)
    formats = tuple(replace(f, runs=runs) if f.paragraph == k else f for f in story.formats)
    return replace(story, body=body, formats=formats)


def _shift(run: CharRun, start: int, end: int, length: int) -> CharRun:
    """A run after a replacement of [start, end) by `length` characters."""
    delta = length - (end - start)

    def moved(x: int, is_end: bool) -> int:
        if x <= start:
            return x
        if x >= end:
            return x + delta
        return start + length if is_end else start    # inside the replaced span: to its edge
    return replace(run, start=moved(run.start, False), end=moved(run.end, True))
