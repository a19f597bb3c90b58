"""A story has one headline (for flowheads): two headlines given to one chain of pdftotext's column
pieces, each the first heading line of its flow, each naming things (places, subjects, people) the
other does not ('东湖镇启用“充电桩”' / '青石镇：积分超市聚人气'), while a run of the chain's columns between
paragraphs' ends names only the one's things and the rest only the other's: the chain joined two
stories. The run is taken out as a story of its own, and the headline naming its things (with the
heading lines under it in its flow) goes with it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from layout_app.intake.flownames import _plain
from layout_app.intake.headparts import _ANNOUNCING
from layout_app.intake.headshapes import _is_kicker_line, _rank
from layout_app.intake.pdfpieces import CLOSED

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece


def _places(p: Piece) -> set[str]:
    """The places a piece says itself."""
    text = _plain(p)
    return {n for n in p.places if n in text}


def _named(p: Piece) -> set[str]:
    """The places a piece says itself, and the subjects and people it names."""
    return _places(p) | set(p.says)


def split_two_headlines(pieces: list[Piece], chains: list[list[Piece]], story: dict[int, int]) -> bool:
    """Take out of each chain given two headlines naming two things (places, subjects) the run of
    columns, between paragraphs' ends, whose text names only the one headline's things while the rest
    names only the other's (in place: `chains`, and the heading lines' `story`). True when one was."""
    split = False
    for k in range(len(chains)):
        heads = [i for i in sorted(story) if story[i] == k and pieces[i].kind == _HEAD
                 and _rank(pieces[i].lines[0]) == 1 and not _is_kicker_line(pieces[i].lines[0])
                 and not _ANNOUNCING.match(pieces[i].lines[0]) and _named(pieces[i])]
        firsts = [i for i in heads if not any(j < i and pieces[j].flow == pieces[i].flow for j in heads)]
        if len(firsts) != 2:
            continue
        names = {i: set().union(*(_named(pieces[j]) for j in heads if pieces[j].flow == pieces[i].flow and j >= i))
                 for i in firsts}
        a, b = firsts
        if names[a] & names[b]:
            continue
        said = [_named(q) for q in chains[k]]
        for x, y in ((a, b), (b, a)):
            run = _run(chains[k], said, names[x], names[y])
            if run is not None:
                break
        else:
            continue
        start, end = run
        chains.append(chains[k][start:end])
        del chains[k][start:end]
        new = len(chains) - 1
        for i in list(story):
            # (and a kicker poppler gives right before it: set just above its headline)
            if story[i] == k and (pieces[i].flow == pieces[y].flow and i >= y
                                  or i == y - 1 and _is_kicker_line(pieces[i].lines[0])):
                story[i] = new
        split = True
    return split


def _run(chain: list[Piece], said: list[set[str]], rest: set[str], own: set[str]) -> tuple[int, int] | None:
    """The one run of `chain`'s pieces, opening after a paragraph's end (or first) and ending on one
    (or last), whose text names `own`'s things and none of `rest`'s, while the pieces outside it name
    `rest`'s and none of `own`'s, nor a third place. (start, end) or None."""
    found = []
    for start in range(len(chain)):
        if start and chain[start - 1].end != CLOSED:
            continue
        for end in range(start + 1, len(chain) + 1):
            if (start, end) == (0, len(chain)) or (end < len(chain) and chain[end - 1].end != CLOSED):
                continue
            inside, outside = said[start:end], said[:start] + said[end:]
            # (the rest naming a third place: a third story's columns, no cut tells — the run may name
            # its place though its headline does not, '“夜巡队”节节高')
            if any(s & own for s in inside) and not any(s & rest for s in inside) \
                    and any(s & rest for s in outside) and not any(s & own for s in outside) \
                    and not any(_places(q) - rest - own for q in chain[:start] + chain[end:]):
                found.append((start, end))
    # (the run's bounds: pieces naming nothing at its edges go either way — the shortest run)
    return min(found, key=lambda r: r[1] - r[0]) if found else None


_HEAD = "head"          # flowheads.HEAD
