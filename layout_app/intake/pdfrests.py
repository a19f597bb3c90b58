"""A chain of pdftotext's column pieces that no heading line went with, for pdfflows: every story on a
page has a headline, so columns under none are the rest of a story whose chain the joins left apart
(a paragraph's end over a paragraph's first line, nothing in the lines saying the one goes on in the
other). A story's columns stand one depth deep, its last one short: the rest goes after the headed
chain as deep (never deeper) whose last column is as deep as its others (a story whose short column is out is
whole) — poppler's nearest before it, else the nearest after — but first after a headed chain that runs off
mid-sentence, whatever the depths, when the rest opens going on (a story never ends mid-sentence); a rest of two columns or more, each shallower than
every column of a story of two or more, is a stack of its own: another story's, not that one's. Not a chain opening on a byline or
dateline (a story's first column: its heading went elsewhere) nor one of a line or two; not after a
story given two headlines in flows apart, one of them saying words the rest says and the story does not.
A story's first column on its byline under no heading line takes back such a headline (the one whose
words its text says most and the other story's own does not): its headline went to the other. Where no
words decide, the one not standing over the other story's first column in its flow (a couplet's shape
too, the other keeping a headline line), poppler's nearest before the byline. One that takes none goes before the headed chain opening on running
text poppler gives after it, where the two name the same places (or it names none and that chain comes
right next): its headline went with the story's next column. A rest no depth placed (a line or two deep)
goes to the one story whose text names the person it lets speak."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from layout_app.intake.flownames import _AGREE, _SPEAKER, _grams, _plain, _shared
from layout_app.intake.headshapes import _COUPLET, _byline, _dateline, _is_kicker_line, _rank
from layout_app.intake.pdfpieces import AMBIG, CLOSED, CONT, OPEN, PARA, STORY

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

_MIN_DEPTH = 3          # a column this deep at least: fewer lines say little of a stack's depth


def rests_placed(chains: list[list[Piece]], heads: dict[int, list[Piece]],
                 guessed: list[tuple[Piece, int]]) -> tuple[list[list[Piece]], dict, list, list]:
    """`chains` with each headless chain that is a story's rest put after that story's chain; `heads`
    and `guessed` (keyed by chain index) following; and the joins made, each a guess: (the story's
    last column, the rest's first)."""
    rests = [k for k, c in enumerate(chains) if not heads.get(k) and c[0].start != STORY
             and len(c[0].lines) >= _MIN_DEPTH]
    into: dict[int, int] = {}
    doubled = {j: _headline_flows(v) for j, v in heads.items()}
    for k, c in enumerate(chains):
        if heads.get(k) or c[0].start != STORY:
            continue
        # (a story's first column, on its byline, under no heading line: its headline went to a story
        # given two — the one whose words its text says and that story's own does not)
        best = None
        for j, flows in doubled.items():
            if len(flows) > 1 and j != k:
                said = _said_by(flows, c, chains[j])
                if said is not None and (best is None or said[0] > best[0]):
                    best = (said[0], j, said[1])
        if best is None:
            best = _by_order(c, chains, {j: _headline_flows(v, couplets=True) for j, v in heads.items()
                                         if len(doubled.get(j, ())) >= 1}, k)
        if best is not None:
            _, j, f = best
            heads[k] = [h for h in heads[j] if h.flow == f]
            heads[j] = [h for h in heads[j] if h.flow != f]
            doubled[j] = {}
    fronts = _bylines_before(chains, heads)
    chains, heads, guessed = _merged(chains, heads, guessed, {k: j for j, (k, _, _) in fronts.items()}, front=True)
    rests = [k for k, c in enumerate(chains) if not heads.get(k) and c[0].start != STORY
             and len(c[0].lines) >= _MIN_DEPTH]
    for k in rests:
        rest = chains[k]
        d0 = len(rest[0].lines)
        fits = []
        for j, c in enumerate(chains):
            if not heads.get(j) or j in into.values():
                continue
            if len(doubled.get(j, ())) > 1 and _said_by(doubled[j], rest, c) is not None:
                continue        # (a story given two headlines, one the rest's text says and its own does not)
            depths = [len(p.lines) for p in c]
            deep = max(depths)
            gap = rest[0].pos - c[-1].pos
            if c[-1].end == OPEN and rest[0].start in (CONT, AMBIG):
                # (a story never ends mid-sentence: the rest that may go on from it goes there first,
                # whatever its depth)
                fits.append((False, False, gap < 0, abs(gap), j))
                continue
            if depths[-1] < deep or deep < _MIN_DEPTH:
                continue        # (its short column out: the story is whole)
            # (the rest's first column as deep as the story's or a line less — or shorter, when it is the
            # rest's one column: the story's short last; never deeper than the story's columns)
            if d0 > deep or abs(d0 - deep) > 1 and not (len(rest) == 1 and d0 < deep):
                continue
            if len(rest) > 1 and len(c) > 1 and max(len(p.lines) for p in rest) < min(depths):
                continue        # (two columns or more, each shallower than every column of a story of two
                # or more: a stack of its own, another story's — only its one short last column stands a
                # line short. A story of one column says little of its stack: a first column under a deck
                # stands shorter than its next)
            if c[-1].end == CLOSED and rest[0].start == CONT and gap != 1:
                continue        # (a column opening mid-paragraph after a paragraph's end: only poppler's next)
            fits.append((True, abs(d0 - deep) > 1, gap < 0, abs(gap), j))
        if fits and not heads.get(k):
            into[k] = min(fits)[-1]
    into.update(_rests_by_people(chains, heads, into))
    joins = [(c[-1], d[0]) for _, c, d in fronts.values()] + [(chains[j][-1], chains[k][0]) for k, j in into.items()]
    chains, heads, guessed = _merged(chains, heads, guessed, into)
    return chains, heads, guessed, joins


# the people a story lets speak, as its text names them: by an elder's form of address ('贾阿姨', '陈老伯'),
# or by name after their role, before what they said ('健身爱好者夏国庆表示')
_PEOPLE = re.compile(r"[\u4e00-\u9fff](?:阿姨|大妈|大爷|奶奶|爷爷|老伯|大娘|大叔|大姐)|" + _SPEAKER.pattern)


def _rests_by_people(chains: list[list[Piece]], heads: dict[int, list[Piece]], into: dict[int, int]) -> dict[int, int]:
    """A headless chain no depth placed (a story's last paragraph or two, a line or two deep, say
    little of a stack): the story whose text alone names the people the rest lets speak ('贾阿姨说：…'
    where the story's text has '家住…的贾阿姨', '…负责人傅红梅表示'); else poppler's order places it, as
    before. Not a chain opening on a byline or dateline (a story's first column)."""
    texts = {j: "".join(_plain(p) for p in c + heads.get(j, [])) for j, c in enumerate(chains)}
    out: dict[int, int] = {}
    for k, c in enumerate(chains):
        if heads.get(k) or k in into or c[0].start == STORY:
            continue
        people = {m.group(0) for m in _PEOPLE.finditer("".join(_plain(p) for p in c))}
        told = {j for n in people for j, t in texts.items() if j != k and n in t}
        if len(told) == 1 and heads.get(j := next(iter(told))) and j not in into.values():
            out[k] = j
    return out


def _merged(chains: list[list[Piece]], heads: dict, guessed: list, into: dict[int, int],
            front: bool = False) -> tuple[list[list[Piece]], dict, list]:
    """Each chain k of `into` put after chain into[k] (before it, `front`), gone from its own place."""
    if not into:
        return chains, heads, guessed
    chains = list(chains)
    for k, j in into.items():
        chains[j] = chains[k] + chains[j] if front else _in_order(chains[j], chains[k])
    keep = [k for k in range(len(chains)) if k not in into]
    new = {old: i for i, old in enumerate(keep)}
    chains = [chains[k] for k in keep]
    heads = {new[k]: v for k, v in heads.items() if k in new}
    guessed = [(p, new[k]) for p, k in guessed if k in new]
    return chains, heads, guessed


def _in_order(chain: list[Piece], rest: list[Piece]) -> list[Piece]:
    """The rest put after the story's chain — or between two of its columns, where poppler gave it between
    them and it stands at paragraph seams on both sides (a column the joins passed over: '…新动能。' /
    '站长丁思远表示…' / '村民老袁说…', the story's own order)."""
    for m in range(len(chain) - 1):
        a, b = chain[m], chain[m + 1]
        if (a.pos < rest[0].pos and rest[-1].pos < b.pos and a.end != OPEN and rest[0].start in (PARA, AMBIG)
                and rest[-1].end != OPEN and b.start in (PARA, AMBIG)):
            return chain[:m + 1] + rest + chain[m + 1:]
    return chain + rest


def _bylines_before(chains: list[list[Piece]], heads: dict[int, list[Piece]]) -> dict[int, tuple]:
    """{a headed chain: (k, the headless chain k on a byline or dateline that is its first column, the
    headed chain)}: the story's headline went with its next column, which opens on running text (no byline,
    no dateline of its own). Only where the two name the same places — or one of them names none and
    poppler gives the headed chain right after it: a byline column with a story of its own under it is
    another story's, its heading lost elsewhere."""
    out: dict[int, tuple] = {}
    for k, c in enumerate(chains):
        if heads.get(k) or c[0].start != STORY or not (_byline(c[0].lines[0], 99) or _dateline(c[0].lines[0])):
            continue
        names = sum((p.places for p in c), Counter())
        fits = []
        for j, d in enumerate(chains):
            first = d[0].lines[0]
            gap = d[0].pos - c[-1].pos
            if j == k or j in out or not heads.get(j) or gap < 1 or _byline(first, 99) or _dateline(first):
                continue
            theirs = sum((p.places for p in d), Counter())
            agree = _shared(names, theirs) >= _AGREE
            if agree or (not names or not theirs) and gap == 1:
                fits.append((gap, j))
        if fits:
            j = min(fits)[1]
            out[j] = (k, c, chains[j])
    return out


def _headline_flows(lines: list[Piece], couplets: bool = False) -> dict[int, list[Piece]]:
    """A story's headline lines (not a kicker's, deck's or byline's shape) by the flow they stand in."""
    out: dict[int, list[Piece]] = {}
    for h in lines:
        if _rank(h.lines[0]) == 1 and (couplets and _COUPLET.match(h.lines[0]) or not _is_kicker_line(h.lines[0])):
            out.setdefault(h.flow, []).append(h)
    return out


def _said_by(flows: dict[int, list[Piece]], rest: list[Piece], chain: list[Piece]) -> tuple[int, int] | None:
    """(how many more, the flow) of the headline lines more of whose words (three characters) the rest's
    text alone says than the story's own chain alone does, the most so; None when none."""
    best, at = 0, None
    for f, hs in flows.items():
        gain = _gain(hs, rest, chain)
        if gain > best:
            best, at = gain, f
    return None if at is None else (best, at)


def _gain(hs: list[Piece], rest: list[Piece], chain: list[Piece]) -> int:
    """How many more of the heading lines' words (three characters) `rest`'s text alone says than
    `chain`'s text alone."""
    told = "".join(_plain(p) for p in rest)
    own = "".join(_plain(p) for p in chain)
    grams = set().union(*(_grams(_plain(h)) for h in hs))
    return sum(1 for g in grams if g in told and g not in own) - sum(1 for g in grams if g in own and g not in told)


def _by_order(c: list[Piece], chains: list[list[Piece]], doubled: dict, k: int) -> tuple[int, int, int] | None:
    """(0, the story, the flow) of the headline a story's first column on its byline takes back when no
    words decide: of a story given two in flows apart (one may be set as a couplet, '天更蓝了 水更清了',
    the other story keeping a headline line of its own), the one that does not stand over that story's
    first column in its flow, poppler's nearest before the byline (a headline is set above its
    story's text, so poppler gives it first) — where its words say no more of the other story's text."""
    best = None
    for j, flows in doubled.items():
        if len(flows) < 2 or j == k:
            continue
        own = chains[j][0].flow
        for f, hs in flows.items():
            at = min(h.pos for h in hs)
            if f == own or at > c[0].pos or _gain(hs, chains[j], c) > 0 \
                    or not any(not _is_kicker_line(h.lines[0]) for g, o in flows.items() if g != f for h in o):
                continue        # (the other story keeps a headline line of its own: a couplet is as often a kicker)
            if best is None or at > best[0]:
                best = (at, j, f)
    return None if best is None else (0, best[1], best[2])


def heads_over_first_columns(chains: list[list[Piece]], heads: dict[int, list[Piece]]) -> None:
    """A headed chain whose headline poppler gave between its columns — the columns joined before it in
    poppler's order, the one in the headline's own flow after it — is read from the headline's column:
    a headline stands over its story's first column, so the columns before it are the story's rest
    ('截至目前，南山镇…' / '“5G 基站”聚人气' / '负责人高子涵介绍…': the rest goes after '…的做法。'). Only where
    both cuts fall at a paragraph's seam (the column under the headline opens one, the one before it
    and the chain's last end one) — never a paragraph broken to move it."""
    for k, hs in heads.items():
        chain = chains[k]
        if not hs or len(chain) < 2:
            continue
        at = max(h.pos for h in hs)
        flow = max(hs, key=lambda h: h.pos).flow
        i = next((n for n, p in enumerate(chain) if p.pos > at), None)
        if (i is None or i == 0 or chain[i].flow != flow or any(p.pos > at for p in chain[:i])
                or chain[i].start not in (PARA, AMBIG) or chain[i - 1].end != CLOSED or chain[-1].end == OPEN):
            continue
        chains[k] = chain[i:] + chain[:i]


def strays_home(chains: list[list[Piece]], heads: dict[int, list[Piece]]) -> None:
    """A story's last column that is a paragraph of its own (after a paragraph's end) naming what one
    other story's heading names ('通过 5G 平台，居民可以在线预约图书角的服务…' under '调解室节节高', beside
    '图书角聚人气') and nothing its own heading names is that story's: poppler gave it next to the
    column it followed on the page, not in its story's flow. It goes to that story, in poppler's order."""
    said = {k: _grams("".join("".join(h.lines) for h in hs)) for k, hs in heads.items() if hs}
    for j in list(said):
        chain = chains[j]
        if len(chain) < 2 or chain[-1].start not in (PARA, AMBIG) or chain[-2].end != CLOSED:
            continue
        told = _grams(_plain(chain[-1]))
        if told & said[j]:
            continue
        own = "".join(_plain(p) for p in chain[:-1])
        # (a subject: the other story's text says it again and again, its own story's never)
        homes = [k for k in said if k != j and any(g not in own and sum(_plain(p).count(g) for p in chains[k]) >= 2
                                                   for g in told & said[k])]
        if len(homes) == 1:
            k = homes[0]
            chains[k] = _in_order(chains[k], [chain[-1]])
            chains[j] = chain[:-1]
