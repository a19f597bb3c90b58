"""Match captions to the stories they belong to, by the names and terms they share.

A caption and a story share place and organisation names (青石镇, 河湾社区) and key terms (图书角,
夜巡队): we score shared Chinese character pairs, weighting pairs that occur in few stories. A match
whose score is low, or barely ahead of the next story's, is flagged (story None), not guessed."""
from __future__ import annotations

import math
from collections import Counter

from layout_app.intake.structure import Caption, StoryParts
from layout_app.text.punct import is_han

MIN_SCORE = 2.0        # weighted shared pairs needed to claim a match
MIN_MARGIN = 0.34      # the best must beat the runner-up by a third of its score


def pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if is_han(text[i]) and is_han(text[i + 1])}


def match_captions(captions: list[Caption], stories: list[StoryParts]) -> None:
    """Fill in each caption's story index and confidence (0–1), in place."""
    if not stories:
        return
    story_pairs = [pairs(s.text()) for s in stories]
    df = Counter(p for sp in story_pairs for p in sp)
    n = len(stories)
    for cap in captions:
        cp = pairs(cap.text)
        scores = sorted(((sum(math.log(1 + n / df[p]) for p in cp & sp), k) for k, sp in enumerate(story_pairs)),
                        reverse=True)
        best, k = scores[0]
        runner = scores[1][0] if len(scores) > 1 else 0.0
        margin = (best - runner) / best if best else 0.0
        cap.confidence = min(1.0, margin * min(1.0, best / (2 * MIN_SCORE)))
        cap.story = k if best >= MIN_SCORE and margin >= MIN_MARGIN else None
