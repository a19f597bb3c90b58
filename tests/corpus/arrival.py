"""A page spec written out as copy arrives at the desk (newspaper.md, "Copy as it arrives"): every
part on its own line, parts apart by blank lines, captions standing alone, the banner and its deck,
the credits and some captions moved to other places, and the damage of copy taken out of a PDF."""
from __future__ import annotations

import random

from tests.corpus.damage import halfwidth, split_point
from tests.corpus.generator import PageSpec

Block = list[tuple[str, int]]          # lines of text, each with the blank lines before it


def _story_blocks(page: PageSpec, rng: random.Random, head_gap: int, para_gap: int, indent: str,
                  split_chance: float) -> list[Block]:
    blocks = []
    for s in page.stories:
        heads = [t for t in (s.kicker, s.headline, s.deck, s.byline) if t]
        block = [(t, head_gap) for t in heads]
        block += _split_paragraphs([(indent + p, para_gap) for p in s.paragraphs], rng, split_chance)
        block[0] = (block[0][0], 2)
        blocks.append(block)
    return blocks


def _split_paragraphs(block: Block, rng: random.Random, chance: float) -> Block:
    """A paragraph broken where a column ended: the halves on two lines, sometimes a blank line apart."""
    out: Block = []
    for text, gap in block:
        at = split_point(text.lstrip("　"), rng) if rng.random() < chance else None
        if at is None:
            out.append((text, gap))
            continue
        at += len(text) - len(text.lstrip("　"))
        out += [(text[:at], gap), (text[at:], rng.choice((0, 0, 1, 1, 2)))]
    return out


def arrival_text(page: PageSpec, seed: int | None = None) -> str:
    """The raw copy of `page`, damaged reproducibly (seeded by the page seed unless `seed` is given)."""
    rng = random.Random(f"arrival-{page.seed if seed is None else seed}")
    head_gap = rng.choice((0, 1, 1))
    para_gap = rng.choice((0, 1, 1, 1))
    indent = rng.choice(("", "", "　　"))
    split_chance = rng.choice((0.0, 0.15, 0.3))
    stories = _story_blocks(page, rng, head_gap, para_gap, indent, split_chance)
    # captions stand alone after their story, some of them after another story or at the end
    tails: list[Block] = [[] for _ in stories]
    end: Block = []
    for k, s in enumerate(page.stories):
        for c in s.captions:
            where = rng.random()
            target = tails[k] if where < 0.7 else end if where < 0.85 else tails[rng.randrange(len(stories))]
            target.append((c, 3))
    credits: Block = [(c, 0) for c in page.credits]
    if credits:
        credits[0] = (credits[0][0], 2)
    banner: Block = []
    if page.banner:
        b = page.banner
        banner = [(t, 1) for t in (b["kicker"], b["headline"], b["deck"]) if t]
        banner[0] = (banner[0][0], 2)
    lead: Block = _split_paragraphs([(indent + t, 1) for t in page.lead], rng, split_chance)

    body: list[Block] = [blk for pair in zip(stories, tails) for blk in pair]
    # the banner goes first, at the end, or in the middle (as PDF extraction leaves it); in the
    # middle always with its deck: a lone banner line before a headline would be a kicker to anyone
    place = rng.choice(("first", "first", "end", "middle"))
    if place == "middle" and not (page.banner and page.banner["deck"]):
        place = "end"
    if place == "first":
        body = [banner, lead] + body
    else:
        body = [lead] + body
        at = len(body) if place == "end" else rng.randrange(2, len(body) + 1)
        body.insert(at, banner)
    body.append(end)
    body.insert(rng.choice((len(body), len(body), rng.randrange(2, len(body) + 1))), credits)

    lines: Block = [entry for blk in body for entry in blk]
    share = rng.choice((0.0, 0.0, 0.6, 1.0))
    out = []
    for k, (text, gap) in enumerate(lines):
        gap += rng.random() < 0.05                       # a stray blank line
        out.append("\n" * (gap if k else rng.choice((0, 1))) + halfwidth(text, rng, share))
    return "\n".join(out) + "\n"
