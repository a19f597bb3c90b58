"""The damage seen in real copy, applied to clean text: half-width punctuation in Chinese text,
paragraphs split at a column end (in mid-sentence, with or without a blank line between the halves)."""
from __future__ import annotations

import random

HALF = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
# a column may end after any character but these (a split there would end a sentence: not damage)
SENTENCE_END = set("。！？”…")
FIRST_HALF = 11         # characters of a column's first line (13 less a 2-character indent)


def halfwidth(text: str, rng: random.Random, share: float) -> str:
    """Each ，：；！？（） becomes its half-width twin with probability `share`."""
    return "".join(HALF[ch] if ch in HALF and rng.random() < share else ch for ch in text)


def split_point(text: str, rng: random.Random) -> int | None:
    """Where a column ended inside a paragraph: after 的, inside a number, or anywhere mid-sentence;
    never right after a sentence's end, in the last three characters, or before a column's width
    (FIRST_HALF) — the first half is at least one line of a column."""
    ok = [i for i in range(FIRST_HALF, len(text) - 3) if text[i - 1] not in SENTENCE_END]
    if not ok:
        return None
    after_de = [i for i in ok if text[i - 1] == "的"]
    in_number = [i for i in ok if text[i - 1].isdigit() and text[i].isdigit()]
    pool = rng.choice([p for p in (after_de, in_number, ok) if p])
    return rng.choice(pool)
