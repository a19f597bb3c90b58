"""What a paragraph tells of, for pdfchains: a story's columns repeat its own subject in their own
words ('老旧小区改造' in the first column, '截至目前，老旧小区改造已惠及…。老旧小区改造最难的是…' opening a
later one: said twice there). A paragraph's first column whose thing one other story's columns alone
say, one of them given before it, goes on in that story as surely as where their places agree — not
only after another story's finished paragraph that poppler happens to give right before it."""
from __future__ import annotations

import re

from layout_app.intake.flownames import _PLACE, _plain
from layout_app.intake.pdfcolumns import _han
from layout_app.intake.pdfpieces import Piece

_RUN = 4        # characters a thing's name holds at least ('老旧小区', '健康小屋')


def _told(p: Piece) -> str:
    """The piece's own words: no one's quoted words, no place (the places' names weigh joins already)."""
    return _PLACE.sub("·", re.sub(r"“[^”]*”?", "·", _plain(p)))


def _runs(p: Piece) -> set[str]:
    t = _told(p)
    return {t[i:i + _RUN] for i in range(len(t) - _RUN + 1) if all(_han(ch) for ch in t[i:i + _RUN])}


def kin_pieces(body: list[Piece]) -> dict[int, set[int]]:
    """Each piece → the other pieces that say the thing it tells of: a string of four characters it
    says twice itself ('截至目前，老旧小区改造已惠及…。老旧小区改造最难的是…': a story's thing is said
    again and again; the page's stock phrases, '截至目前', once a paragraph) in its own words — not
    a quote's, whose speakers repeat the page's phrases, nor a place's name."""
    runs = {id(p): _runs(p) for p in body}
    kin: dict[int, set[int]] = {id(p): set() for p in body}
    for p in body:
        t = _told(p)
        own = {r for r in runs[id(p)] if t.count(r) >= 2}
        if own:
            kin[id(p)] = {id(q) for q in body if q is not p and own & runs[id(q)]}
    return kin
