"""A kicker's theme poppler gave before another story's headline, moved to its own story, for pdfflows.

A short theme set as a kicker over its headline ('体育惠民', '文化惠民': four characters or so, a flow of
its own, no label's colon) names what its story tells of. Poppler gives it before the headline it
stands beside — not always its own. When the story it went to never says a word of it, and one story
with no kicker says a word of it twice or more (its text tells of 体育, 文化), that story's it is."""
from __future__ import annotations

from layout_app.intake.flownames import _plain
from layout_app.intake.headshapes import _byline
from layout_app.intake.pdfpieces import Piece

_THEME = 6              # a theme's characters at most
_TOLD = 2               # how often the other story's text says a word of it at least


def _words(theme: str) -> set[str]:
    han = "".join(ch for ch in theme if "\u3400" <= ch <= "\u9fff")
    return {han[i:i + 2] for i in range(len(han) - 1)}


def _theme(hs: list[Piece]) -> str | None:
    """The theme a story's heading lines open with: one short line of its own flow, no colon, quote or
    comma, over more heading lines."""
    if len(hs) < 2 or len(hs[0].lines) != 1 or hs[0].flow in {p.flow for p in hs[1:]}:
        return None
    line = hs[0].lines[0]
    if len(line.replace(" ", "")) > _THEME or any(ch in line for ch in "：:“”，,"):
        return None
    return line


def _one_headline(hs: list[Piece], measure: int) -> bool:
    """A story's heading lines are its headline alone (a place's label over it, '玉泉乡：', a deck or a
    byline under it): no kicker of its own."""
    heads = [p for p in hs if not p.lines[0].startswith("——") and not _byline(p.lines[0], measure)
             and not p.lines[-1].rstrip().endswith(("：", ":"))]
    return len(heads) == 1


def themes_moved(heads: dict[int, list[Piece]], chains: list[list[Piece]], measure: int) -> None:
    """Each story's heading lines (`heads`: chain index → pieces) with a lone theme moved to the story
    whose text tells of it (in place)."""
    texts = {k: "".join(_plain(p) for p in c) for k, c in enumerate(chains)}
    for k, hs in list(heads.items()):
        line = _theme(hs)
        words = _words(line) if line else set()
        if not words or any(w in texts.get(k, "") for w in words):
            continue
        told = [j for j, t in texts.items() if j != k and _one_headline(heads.get(j, []), measure)
                and max(t.count(w) for w in words) >= _TOLD]
        if len(told) == 1:
            heads[told[0]] = [hs[0]] + heads[told[0]]
            heads[k] = hs[1:]
