"""Score an import against the truth: stories exact, captions assigned right, characters lost,
banner found. Both sides are PageCopy.to_json()-shaped dicts.

Both sides are compared in normal form: half-width ,:;!?() as full-width, and whitespace ignored
(spacing is typesetting, not structure; the character count below still sees every other mark)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from layout_app.intake.structure import LOW     # below it, import shows a decision for the user to check

FULL = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})
STORY_FIELDS = ("kicker", "headline", "deck", "byline", "paragraphs")


def normal(text: str | None) -> str:
    return "".join((text or "").translate(FULL).split())


def _story_key(story: dict) -> tuple:
    return tuple(normal(story[f]) if f != "paragraphs" else tuple(normal(p) for p in story[f])
                 for f in STORY_FIELDS)


def all_text(page: dict) -> str:
    """Every character a page holds, whatever part it was put in."""
    parts = []
    if page.get("banner"):
        parts += [page["banner"].get(k) or "" for k in ("kicker", "headline", "deck")]
    parts += page.get("lead", [])
    for s in page.get("stories", []):
        parts += [s.get("kicker") or "", s.get("headline") or "", s.get("deck") or "", s.get("byline") or "",
                  *s.get("paragraphs", [])]
    parts += [c["text"] for c in page.get("captions", [])]
    parts += page.get("credits", []) + page.get("unassigned", []) + page.get("furniture", [])
    return "".join(parts)


def char_counts(text: str) -> Counter:
    return Counter(normal(text))


def chars_lost(expected: dict, actual: dict) -> Counter:
    """Characters the truth has and the import does not (non-whitespace, normal form)."""
    return char_counts(all_text(expected)) - char_counts(all_text(actual))


@dataclass
class Score:
    stories: int = 0
    stories_exact: int = 0
    captions: int = 0
    captions_right: int = 0
    captions_by_text: int = 0      # … given to the story holding its story's text, its heading read right or not
    chars: int = 0
    lost: int = 0
    banners: int = 0
    banners_found: int = 0
    false_banners: int = 0
    wrong_flagged: int = 0         # imported stories matching no true one that import shows to check
    wrong_sure: int = 0            # … and those it shows as sure: the wrong the user is not told of
    right_flagged: int = 0         # exact stories shown to check all the same
    failures: list[str] = field(default_factory=list)      # what went wrong, in words
    wrong: Counter = field(default_factory=Counter)        # story fields wrong: "headline" (no such story), "kicker", …

    def add(self, other: "Score") -> None:
        for name in ("stories", "stories_exact", "captions", "captions_right", "captions_by_text", "chars", "lost", "banners",
                     "banners_found", "false_banners", "wrong_flagged", "wrong_sure", "right_flagged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures += other.failures
        self.wrong += other.wrong


def score_page(expected: dict, actual: dict) -> Score:
    s = Score()
    # stories: each expected story matched to the actual story with its headline
    by_headline = {}
    for k, story in enumerate(actual.get("stories", [])):
        by_headline.setdefault(normal(story.get("headline")), k)
    index_map = {}                                        # actual index → expected index
    for k, story in enumerate(expected["stories"]):
        s.stories += 1
        j = by_headline.get(normal(story["headline"]))
        if j is not None:
            index_map[j] = k
        if j is not None and _story_key(actual["stories"][j]) == _story_key(story):
            s.stories_exact += 1
            continue
        s.failures.append(f"story {k} {story['headline']!r} not exact")
        if j is None:
            s.wrong["headline"] += 1
        else:
            got = _story_key(actual["stories"][j])
            s.wrong.update(f for f, a, b in zip(STORY_FIELDS, _story_key(story), got) if a != b)
    # confidence: a story that matches no true one should be shown to check (below import's LOW)
    true = {_story_key(story) for story in expected["stories"]}
    for story in actual.get("stories", []):
        flagged = story.get("confidence", 1.0) < LOW
        if _story_key(story) in true:
            s.right_flagged += flagged
        else:
            s.wrong_flagged += flagged
            s.wrong_sure += not flagged
    # captions: found, and given to the story with the right headline — and, apart from how its heading
    # was read, to the story that holds its text (a story whose headline import missed matched by its
    # first paragraph: a kicker taken for the headline's first line leaves the caption with its story)
    by_text = dict(index_map)
    first = {}
    for j, story in enumerate(actual.get("stories", [])):
        if story.get("paragraphs") and j not in by_text:
            first.setdefault(normal(story["paragraphs"][0]), j)
    for k, story in enumerate(expected["stories"]):
        j = first.get(normal(story["paragraphs"][0])) if story["paragraphs"] and k not in index_map.values() else None
        if j is not None and j not in by_text:
            by_text[j] = k
    found = {normal(c["text"]): c.get("story") for c in actual.get("captions", [])}
    for c in expected["captions"]:
        s.captions += 1
        text = normal(c["text"])
        got = found.get(text, "missing")
        s.captions_by_text += got not in ("missing", None) and by_text.get(got) == c["story"]
        if got not in ("missing", None) and index_map.get(got) == c["story"]:
            s.captions_right += 1
        else:
            s.failures.append(f"caption {c['text']!r}: expected story {c['story']}, got "
                              f"{got if got in ('missing', None) else index_map.get(got, f'unknown #{got}')}")
    lost = chars_lost(expected, actual)
    s.chars = sum(char_counts(all_text(expected)).values())
    s.lost = sum(lost.values())
    if s.lost:
        s.failures.append(f"{s.lost} characters lost: {''.join(sorted(lost.elements()))[:60]}")
    eb, ab = expected.get("banner"), actual.get("banner")
    if eb:
        s.banners += 1
        if ab and all(normal(eb.get(k)) == normal(ab.get(k)) for k in ("kicker", "headline", "deck")):
            s.banners_found += 1
        else:
            s.failures.append(f"banner {eb['headline']!r} not found (got {ab and ab.get('headline')!r})")
    elif ab:
        s.false_banners += 1
        s.failures.append(f"a banner where there is none: {ab.get('headline')!r}")
    return s
