"""Which story a sidebar (链接, 背景, 相关链接, 知多少, 记者手记…) explains, read from what it says, as a
desk reads it: a 链接「什么是“一刻钟便民生活圈”」 goes with the piece that speaks of the 一刻钟便民生活圈 — the
page's banner and lead, say — not with the 供暖 notice the copy happens to put before it, as copy filed
separately often does.

The evidence is its headline's key term found in the other piece: a quoted term (“…”, 「…」) whole, or
a long run of the same characters (`RUN` or more — a two- or three-character word, 我市, 社区, is in
every story of a page); found in the other's heading it counts twice what it counts in its text. Where
no piece says more of it than the story the sidebar follows in the copy, the sidebar stays with that one
(its place in the copy is the reporter's own pairing); where two pieces say as much and the one it
follows is neither, it stays with that one too, and the tie is said. A headline that names nothing another
piece says (a 短评's own words) goes by its text: the piece whose heading's key term its text says."""
from __future__ import annotations

import re
from dataclasses import dataclass

RUN = 4                     # characters: the shortest shared run that names a thing, not a common word
QUOTED = re.compile(r"[“「『\"]([^”」』\"]{2,})[”」』\"]")
PIECE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")      # the headline's runs between its marks and spaces
# a sidebar's framing words (什么是…, 关于…) that say nothing of its subject
FRAMING = re.compile(r"^(什么是|何为|何谓|关于|链接|背景|延伸阅读)")


@dataclass(frozen=True)
class Pairing:
    """A sidebar's feature and why: `term` the key term both say ("" where it went by its place in the
    copy); `before` the story it follows in the copy; `tied` the pieces that said the term as much."""
    feature: str | None
    term: str = ""
    before: str | None = None
    tied: tuple[str, ...] = ()


def _evidence(headline: str, heading: str, text: str) -> tuple[int, str]:
    """How strongly a piece with `heading` and `text` says `headline`'s key term, and the term."""
    best = (0, "")
    quoted = {q.strip() for q in QUOTED.findall(headline)}
    for q in quoted:
        for where, weight in ((heading, 2), (text, 1)):
            if len(q) >= 2 and q in where:
                best = max(best, (2 * len(q) * weight, q))
    for piece in PIECE.findall(FRAMING.sub("", headline.strip())):
        n = len(piece)
        for size in range(n, RUN - 1, -1):          # the longest runs first
            if size * 2 <= best[0]:
                break
            runs = [piece[i:i + size] for i in range(n - size + 1)]
            hit = next(((size * w, r) for where, w in ((heading, 2), (text, 1)) for r in runs if r in where), None)
            if hit:
                best = max(best, hit)
                break
    return best


def heading_text(story) -> str:
    return " ".join(p for p in (story.kicker, story.headline, story.deck) if p)


def pair(sidebar, before: str | None, pieces: list) -> Pairing:
    """The feature of `sidebar` among `pieces` (the page's stories that are no sidebar, its banner
    story with its lead among them), `before` the one it follows in the copy."""
    headline = " ".join(p for p in (sidebar.headline, sidebar.deck) if p)
    scored = {s.id: _evidence(headline, heading_text(s), "\n".join(s.body)) for s in pieces if s.id != sidebar.id}
    top = max((v[0] for v in scored.values()), default=0)
    if top == 0:
        # a headline of its own words (短评 '让民生工程暖到心坎上'): its text says what it is about — the
        # piece whose heading's key term it says ('老旧小区改造'), not the 简讯 the copy put before it
        own = "\n".join(sidebar.body)
        scored = {s.id: _evidence(heading_text(s), "", own) for s in pieces if s.id != sidebar.id}
        top = max((v[0] for v in scored.values()), default=0)
    if top == 0 or (before is not None and scored.get(before, (0, ""))[0] >= top):
        term = scored.get(before, (0, ""))[1] if before is not None else ""
        return Pairing(before, term, before)
    best = [sid for sid, v in scored.items() if v[0] == top]
    if len(best) > 1:
        return Pairing(before, scored[best[0]][1], before, tuple(best))
    return Pairing(best[0], scored[best[0]][1], before)
