"""pdfflows' column pieces chained into stories: how well one piece goes on where another stops (how
the one ends and the other opens, the word at the seam, poppler's order) and the names each chain
says, the best join first — but not one that takes a column from the one column whose word, figure or
poppler's next it is, at a seam nothing holds; a paragraph's first line that fills its measure at a
column's foot may go on; a word the dictionary knows cut at the seam in four characters the page says
elsewhere counts more; a column left over that opens mid-paragraph put in between; a join that breaks
its chain's stack of columns one depth deep (`intake.pdfstacks`), that leaves a story opening
mid-paragraph, or that takes the rest of a sentence a story would end on by a poorer seam banned (so is
a paragraphs' join in a chain opening on the rest of a sentence another chain runs off in), the
chains made again; two neighbouring columns whose seams hold clearly better turned round."""
from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from layout_app.intake.flowlines import _RUNNING, _ends
from layout_app.intake.flownames import _AGREE, _SPEAKER, _plain, _says_place, _shared
from layout_app.intake.pdfcolumns import FIRST, FULL, _han, line_kind
from layout_app.intake.pdfpieces import AMBIG, CLOSED, CONT, EITHER, OPEN, PARA, STORY, Piece
from layout_app.intake.pdfseams import _bracket_said, _clause_said, _quote_open, _quote_opens, _Said, _unit_said, _word_across
from layout_app.intake.pdfstacks import short_last, stack_breaks
from layout_app.intake.pdfsubjects import kin_pieces

_FIT = {(OPEN, CONT): 3.5, (OPEN, PARA): -4.0, (CLOSED, PARA): 2.0, (CLOSED, CONT): -4.0,
        (EITHER, PARA): 1.0, (EITHER, CONT): 1.0, (OPEN, AMBIG): 2.0, (CLOSED, AMBIG): 1.0, (EITHER, AMBIG): 1.0}
# (a sentence that runs off must go on: after it, a piece that may open mid-paragraph does so — more
# likely than a finished paragraph's next one)
_SAME = 2.0             # the two pieces name the same place, or what only its pieces say
_OTHER = -5.0           # … other places
_SEAM = 2.0             # the seam is a word the page uses
_NO_SEAM = -0.75        # … two characters never seen together: weak evidence (on our dev pages two true
# seams in three set a pair the page says nowhere else, against 97 in 100 of the wrong ones)
_DICT_SEAM = 1.0        # the seam cuts a word the dictionary knows, the page says it once
_PHRASE = 1.0           # … and the page says the four characters around it elsewhere
_JOIN = 2.0             # the least score a join needs
_LOOSE = _FIT[(OPEN, CONT)] + _SEAM      # loose ends joined at a word the page uses
# (a paragraph that runs off its column goes on somewhere, a finished one need not: such a join
# counts more than one after a paragraph's end, and is made first)
_DEPTH = -1.5           # two columns of two depths: a story's last, first or beside its photo — or two stories'
_DOUBT = 1.0            # a join whose next best is this close is a guess


def _end(a: Piece, measure: int | None) -> str:
    """How `a` ends (`Piece.end`) — but a paragraph's first line, under a line that ends a paragraph
    short, as wide as an indented line and ending a sentence ('…群众满意度明显' / '提升。' / '这样的调解
    室，谁不喜欢？'), is full: its paragraph may go on in the next column, as after a full line."""
    if a.end == CLOSED and measure and len(a.lines) >= 2 and _ends(a.lines[-2]) \
            and line_kind(a.lines[-2], measure) not in (FULL, FIRST) and line_kind(a.lines[-1], measure) == FIRST:
        return EITHER
    return a.end


def _fit(a: Piece, b: Piece, seams: _Said, measure: int | None = None) -> float | None:
    """How well `b` goes on where `a` stops, by the lines alone (None: `b` opens a story); `measure`:
    a column's, to read a paragraph's first line at a column's foot as full."""
    if b.start == STORY:
        return None
    end = _end(a, measure)
    score = _FIT[(end, b.start)]
    if end == CLOSED and b.figure_first and b.pos == a.pos + 1:
        score = _FIT[(CLOSED, AMBIG)]       # a paragraph's end, then a line that may be indented
    if end != CLOSED:
        tail, head = a.lines[-1].replace(" ", ""), b.lines[0].replace(" ", "")
        if tail and head and (seams.word_at(tail, head) or a.end == OPEN and _bracket_said(tail, head, seams)):
            # a word broken at the column's foot: the next line goes on, however wide (a figure
            # or a mark that did not fit left it short) — one as wide as an indented line less surely
            # than a full one: the word may be the page's where a paragraph opens ('…一旁的' / '居民老黄说：',
            # where '居民老黄忙着登记。' goes on). Before a bracket, the page's phrase across it ('…3 个村' /
            # '（社区）推广…', as '个村（社' is said): no pair of characters to ask there
            score = max(score, _FIT[(OPEN, CONT)] if b.start != PARA else _FIT[(OPEN, AMBIG)]) + _SEAM
        elif a.end == OPEN and b.start != PARA and (tail[-1:] in _RUNNING or _han(tail[-1:])) \
                and _clause_said(tail, head, seams):
            # a clause that runs off on a comma goes on in the clause the page says after it elsewhere
            # ('…以前办事要跑好几趟，' / '现在在家门口就能办好。”')
            score = max(score, _FIT[(OPEN, CONT)]) + _SEAM
        elif a.end == OPEN and re.match(r"[0-9]", head) and _unit_said(a.lines[-1], b.lines[0], seams):
            # onto a figure: the page says the words before it with a figure and its unit elsewhere
            score = max(score, _FIT[(OPEN, CONT)]) + _DICT_SEAM
        elif a.end == OPEN and _word_across(tail, head, seams):
            # a word the page says only here, cut at the column's foot ('…我们会一' / '直坚持下去'):
            # the dictionary knows it — less sure than a word the page says twice. So is a line as wide
            # as an indented one that goes on a word ('…隐患 81 处，有' / '效解决了群众的急难愁盼')
            score = max(score, _FIT[(OPEN, CONT)] if b.start != PARA else _FIT[(OPEN, AMBIG)]) + _DICT_SEAM
        elif a.end == OPEN and b.start != PARA and tail and head and not seams.pairs.get(tail[-1] + head[0]):
            # two characters the page never sets together: rarely a seam (a page's worth of text
            # says so; a short one says little) — inside a sentence: after its end ('…的做法。' / '4 月
            # 3 日，…') the next one may open on anything
            score += _NO_SEAM * seams.weight
        if a.end == OPEN and _clause_said(tail, head, seams) and _word_across(tail, head, seams):
            # a word of the dictionary's cut at the seam, the page saying the two characters each side of
            # it together elsewhere, twice or more: its own phrase read across ('…表示，下一' / '步将继续',
            # as '下一步将' is; not '个村…') — not a seam between two words ('…余名' / '村民可以…')
            score += _PHRASE
    if re.search(r"[0-9]$", a.lines[-1].rstrip()) and re.match(r"\s*[0-9]", b.lines[0]):
        # a figure, then a figure: a number is never broken at a line's end, nor two set with no unit
        # between them ('…已有 1465' / '6 月 24 日，…')
        return _FIT[(CLOSED, CONT)]
    if end != OPEN and b.start != STORY and b.pos == a.pos + 1 and _quote_then_speaker(a.lines[-1], b.lines[0], seams):
        # a quote closed at a column's foot, its speaker opening the column poppler gives next ('“我们会一直
        # 做下去。”' / '夏浩说。一曲唱罢…'): the paragraph goes on — a column never opens on who spoke
        score = max(score, _FIT[(OPEN, CONT)])
    if a.end == OPEN and _quote_open(a.lines):
        # a speaker's words opened at the column's foot ('…纷纷点赞：“爱心驿站') close in the column they
        # go on in ('惠万家！”据了解，…'), and before it opens another quote ('…居民说：“好！”')
        if _quote_opens(b.lines):
            score -= _QUOTE
    gap = b.pos - a.pos
    return score + (1.0 if gap == 1 else 0.5 if gap > 0 else -0.5) + _depths(a, b) + _row_next(a, b)


_SPOKE = re.compile(r"^([\u4e00-\u9fff]{2,3})说[。，,]")


def _quote_then_speaker(above: str, below: str, seams: _Said) -> bool:
    """`above` closes a quote ('…做下去。”') and `below` opens on a person's name and 说 ('夏浩说。…'; no
    kinship term: '奶奶说' is the rest of '…的薛奶奶说')"""
    m = _SPOKE.match("".join(below.split()))
    if not m or not "".join(above.split()).endswith("”"):
        return False
    name = m.group(1)
    return name[0] != name[1] and name[0] not in "老阿小大"


_ROW = 3.0              # poppler's next column, as deep: the next column of a row of one depth
_ROW_DEPTH = 4          # … the row's columns at least this deep (fewer lines: a column's foot as often)


def _row_next(a: Piece, b: Piece) -> float:
    """Poppler reads a row of columns of one depth left to right, a flow each: the column it gives
    right after `a`, as deep (a line more or less), is the one beside it, where its text goes on — a
    row's columns four lines deep or more (fewer are a column's foot or a byline's column as often:
    their depth says little)."""
    return _ROW if b.pos == a.pos + 1 and a.flow + 1 == b.flow and min(len(a.lines), len(b.lines)) >= _ROW_DEPTH \
        and abs(len(a.lines) - len(b.lines)) <= 1 else 0.0


_SHALLOW = 2           # a row of columns under a photo: two or three lines deep


def _shallow_rows(body: list[Piece], fit: dict, seams: _Said, measure: int) -> None:
    """A row of short columns (under a photo, two or three lines deep) poppler reads left to right, a
    flow each, as a row four lines deep or more (`_row_next`): the next flow, as deep, goes on where a
    column runs off mid-sentence — `fit` (the joins' scores, for `_greedy`) gets the row's weight there.
    (After a paragraph's end a short row's next is as often another story's: no weight.) Not where the
    seams read the flows in turn, as two stories' columns stacked one over the other would come (a, b,
    a', b'): the column before `a` going on in `b` and `a` in the one after `b`, better than the row."""
    at = {p.pos: p for p in body}
    base = dict(fit)

    def f(x: Piece | None, y: Piece | None) -> float:
        return 0.0 if x is None or y is None else base.get((id(x), id(y))) or 0.0

    for a in body:
        b = at.get(a.pos + 1)
        if b is None or a.end != OPEN or (id(a), id(b)) not in fit or b.flow != a.flow + 1 \
                or not _SHALLOW <= min(len(a.lines), len(b.lines)) < _ROW_DEPTH or abs(len(a.lines) - len(b.lines)) > 1:
            continue
        before, after = at.get(a.pos - 1), at.get(b.pos + 1)
        if before is not None and after is not None and f(before, b) + f(a, after) > f(before, a) + f(a, b):
            continue        # (the flows read in turn)
        fit[id(a), id(b)] += _ROW


def _depths(a: Piece, b: Piece) -> float:
    """A story's columns stand one depth deep: `b` deeper than `a` by two lines or more fits less — but
    a piece of one line (a byline given alone, '本报记者 何明') is no column: its depth says nothing.
    A sentence that runs off at `a`'s foot into `b` two lines shorter or more that runs off too fits
    less as well: a story's one short column is its last, where its text ends — one that runs off goes
    on, so it is no short last column. So does one that ends the story there, when poppler does not give
    it right after `a` (`_shallow_apart`: the column beside a full one, poppler's next, may stand short
    under a photo). (After a paragraph's end, no: a story may go on in a column under a photo.)"""
    if len(a.lines) < 2 or len(b.lines) < 2:
        return 0.0
    if len(b.lines) > len(a.lines) + 1:
        return _DEPTH
    return _DEPTH if len(b.lines) <= len(a.lines) - 2 and a.end == b.end == OPEN or _shallow_apart(a, b) else 0.0


def _shallow_apart(a: Piece, b: Piece) -> bool:
    """A sentence run off at `a`'s foot, going on in a column two lines shorter or more that poppler does
    not give right after it and that ends a sentence: on our dev pages such a join was wrong about as
    often as right — the story's short last column stands in its own stack, and another story's column
    of that depth as often ends the sentence as well as it does."""
    return a.end == OPEN and b.end != OPEN and b.pos != a.pos + 1 and len(a.lines) >= 2 \
        and 2 <= len(b.lines) <= len(a.lines) - 2


_QUOTE = 1.5            # a quote opened at a column's foot that goes on in a column opening another first


def _names_score(a: Counter, b: Counter) -> float:
    names = _shared(a, b)
    return _OTHER if names < 0 else _SAME if names >= 0.5 else 0.0


def _chains(body: list[Piece], measure: int, seams: _Said, banned: frozenset = frozenset()) \
        -> tuple[list[list[Piece]], list]:
    """Greedy: the best join first, then the best of those left, a chain's names (all its pieces
    say) weighed against the next one's — a story's last column names nothing, its story does. A join
    that breaks its chain's stack (`intake.pdfstacks`) is banned and the chains made again without it."""
    chains, doubts = _greedy(body, measure, seams, banned)
    breaks = (stack_breaks(chains) | _opened_mid_paragraph(chains, measure, seams)
              | _ended_mid_sentence(chains, measure, seams) | _opened_mid_sentence(chains, measure, seams)) - banned
    if breaks and len(banned) < _MAX_BANS:
        return _chains(body, measure, seams, banned | breaks)
    chains = [_neighbours_turned(c, measure, seams) for c in short_last(chains)]
    return chains, doubts + [j for j in _far_guesses(chains, seams) if j not in doubts]


def _far_guesses(chains: list[list[Piece]], seams: _Said) -> list[tuple[Piece, Piece]]:
    """The joins the text cannot vouch for, to be shown as guesses (a story's columns stand one depth deep,
    and poppler gives the column beside next): after a paragraph's end, into a column poppler does not give
    next that opens mid-sentence (no column does after its paragraph ended) or stands two lines deeper or
    shallower or more (a story may well end there, on its short last column, and another story's paragraph
    open); a sentence run off going on in a column poppler gave before it, two lines deeper or shallower or
    more, at two characters the page never sets together — nothing holds the seam but its being the best
    left. (A piece of one line has no depth.)"""
    out = []
    for c in chains:
        for a, b in pairwise(c):
            if b.pos == a.pos + 1:
                continue
            tail, head = a.lines[-1].replace(" ", ""), b.lines[0].replace(" ", "")
            apart = abs(len(a.lines) - len(b.lines)) >= 2
            if a.end == CLOSED and (b.start == CONT or apart) \
                    or a.end == OPEN and b.start == CONT and apart and b.pos < a.pos and min(len(a.lines), len(b.lines)) >= 2 \
                    and tail and head and not seams.pairs.get(tail[-1] + head[0]):
                out.append((a, b))
    return out


def _best_rest(chains: list[list[Piece]], c: list[Piece], measure: int, seams: _Said):
    """(fit, column) of the column in another chain that chain `c`'s last column, running off
    mid-sentence, goes on in best (the first in poppler's order of equals); None when it ends a
    sentence or fits none."""
    a = c[-1]
    if a.end != OPEN:
        return None
    options = [(f, b) for d in chains if d is not c for b in d if (f := _fit(a, b, seams, measure)) is not None]
    return max(options, key=lambda o: (o[0], -o[1].pos)) if options else None


def _ended_mid_sentence(chains: list[list[Piece]], measure: int, seams: _Said) -> set[tuple[int, int]]:
    """A story never ends mid-sentence: a chain whose last column runs off ('…进一步提升了基层治理水平。
    通过') goes on in the column whose seam fits it best ('APP 平台，游客可以…') — when another column
    took that one by a poorer seam (the names both say made up the rest), that join is banned: where the
    seam holds (`_held`: a word, a figure's unit, poppler's next)."""
    out = set()
    before = {id(b): a for c in chains for a, b in pairwise(c)}
    for c in chains:
        a = c[-1]
        best = _best_rest(chains, c, measure, seams)
        if best is None:
            continue
        f, b = best
        p = before.get(id(b))
        if p is not None and _held(a, b, seams) and f - _fit(p, b, seams, measure) >= _DOUBT:
            out.add((id(p), id(b)))
    return out


def _opened_mid_sentence(chains: list[list[Piece]], measure: int, seams: _Said) -> set[tuple[int, int]]:
    """A story never opens mid-sentence either: a chain that opens on a column going on from a sentence
    ('我们扫起来也轻松了，…') where the one chain that runs off ('…“垃圾少了，') fits it best, and that then
    goes on from a paragraph's end into a paragraph's first line ('…清捡河道垃圾。' / '“明年我打算…'),
    holds two stories: the rest of one and another's first columns, whose place kept the join out — the
    join at the paragraphs is banned."""
    out = set()
    for c in chains:
        best = _best_rest(chains, c, measure, seams)
        if best is None:
            continue
        f, b = best
        d = next(d for d in chains if b in d)
        if f < _JOIN or b is not d[0] or b.start != CONT:
            continue
        for x, y in pairwise(d):
            if x.end != OPEN and y.start in (PARA, AMBIG):
                out.add((id(x), id(y)))
                break
    return out


def _neighbours_turned(c: list[Piece], measure: int, seams: _Said) -> list[Piece]:
    """Two neighbouring columns of a chain read the other way round when their three seams, so turned,
    hold clearly better: the best join first took a column's best seam ('…已累计培训农民' / '正在排队办理
    业务', '民正' a pair the page sets) though it left the seams each side of the two poor ('…老人' / '街道
    派出所' and '…在东湖' / '2585 件'), where the other order holds at all three ('老人正在', '东湖街道',
    '农民 2585 件'). A story's text ends in its one short column: the last two turned so that the short
    one comes last, after a column as deep as the one before, count that for them ('…谁不喜欢？' in
    columns of 11, 11, 10, 11 → 11, 11, 11, 10, where the seams alone hardly tell)."""
    def fits(run: list[Piece]) -> list[float] | None:
        out = [_fit(a, b, seams, measure) for a, b in pairwise(run)]
        return None if None in out else out

    for i in range(1, len(c) - 1):
        # (a chain's first column stays first: it opens the story under its headline)
        run = c[i - 1:i + 3]
        turned = [run[0], run[2], run[1]] + run[3:]
        now, then = fits(run), fits(turned)
        if now is None or then is None or min(then) < min(now):
            continue        # (each seam turned holds as well as the poorest it gives up)
        gain = sum(then) - sum(now)
        if i + 2 == len(c) and len(run[1].lines) < len(run[2].lines) == len(run[0].lines):
            gain += _SHORT_LAST     # a story's text ends in its one short column, the columns before as deep
        if gain >= _TURN:
            c = c[:i - 1] + turned + c[i + 3:]
    return c


_TURN = 0.5             # what two neighbours turned must gain over the order the joins gave (on the
# scale of `_NO_SEAM`: turning trades never-said pairs for words)
_SHORT_LAST = 1.0       # … counted for a story's last column that comes out its short one


_MAX_BANS = 8           # joins banned at most on a page (each ban makes the chains again)


def _opened_mid_paragraph(chains: list[list[Piece]], measure: int, seams: _Said) -> set[tuple[int, int]]:
    """A story's first column opens on a byline or a paragraph's first line, never mid-paragraph: a chain
    that opens on a column going on from a paragraph ('8 月 8 日，记者走进双河镇，…', unindented) and later
    goes on from a paragraph's end into a paragraph's first line ('截至目前，双河镇已排查…') has its
    columns out of order when its last column's sentence at a full line may go on in its first (a
    story's columns meeting at paragraphs' ends: the seam itself says nothing) — that join is banned.
    (Not after a paragraph's end: a headline poppler gave on top of a column reads as its first lines.)"""
    out = set()
    for c in chains:
        if c[0].start != CONT or len(c) < 2 or c[-1].end == CLOSED:
            continue
        f = _fit(c[-1], c[0], seams, measure)
        if f is None or f + _SAME < _JOIN:
            continue
        for a, b in pairwise(c):
            if b.start in (PARA, AMBIG) and a.end != OPEN:
                out.add((id(a), id(b)))
                break
    return out


def _greedy(body: list[Piece], measure: int, seams: _Said, banned: frozenset) -> tuple[list[list[Piece]], list]:
    fit = {}
    for a in body:
        for b in body:
            if a is not b:
                f = _fit(a, b, seams, measure)
                if f is not None:
                    fit[id(a), id(b)] = f
    _shallow_rows(body, fit, seams, measure)
    chains = [[p] for p in body]
    votes = {id(c): Counter(c[0].places) for c in chains}
    named = {id(c): _says_place(c[0]) for c in chains}     # the chain says a place itself
    scores: dict[tuple[int, int], float] = {}       # (chain, chain) → the join's score, when one may be
    shadows: dict[tuple[int, int], float] = {}      # … a join only `_shallow_apart` keeps out: still a rival
    text = "".join(_plain(p) for p in body)
    people = set(_SPEAKER.findall(text))
    told = re.sub(r"“[^”]*”", "", text)         # the text outside quotes: its praise is quoted, '“更便捷”'

    def things(c: list[Piece]) -> Counter:
        """The things a chain says (the subjects the text tells of outside quotes, not its people: a
        story's columns let different people speak, and quote the page's words of praise)."""
        return Counter({n: k for p in c for n, k in p.says.items() if n not in people and told.count(n) >= 2})

    def told_of(c: list[Piece]) -> Counter:
        """… the things its own words tell of (no one's quoted words: '“有了夜巡队和图书角”')."""
        own = re.sub(r"“[^”]*”", "", "".join(_plain(p) for p in c))
        return Counter({n: own.count(n) for n in things(c) if n in own})

    own_told = {id(c): told_of(c) for c in chains}      # (kept with each chain, as its votes are)
    kin = kin_pieces(body)
    by_pos = {id(p): p.pos for p in body}
    chain_of = {id(c[0]): id(c) for c in chains}        # a piece → the chain it stands in

    def kin_chain(cb: list[Piece]) -> int | None:
        """The one other chain whose pieces alone say a thing with `cb`'s first piece (`pdfsubjects`),
        one of them given before it (where a story names its thing first)."""
        holders = {chain_of[k] for k in kin[id(cb[0])]} - {id(cb)}
        if not any(by_pos[k] < cb[0].pos for k in kin[id(cb[0])]):
            return None
        return holders.pop() if len(holders) == 1 else None

    def score(ca: list[Piece], cb: list[Piece]) -> None:
        f = fit.get((id(ca[-1]), id(cb[0])))
        if f is not None and (id(ca[-1]), id(cb[0])) not in banned:
            names = _names_score(votes[id(ca)], votes[id(cb)])
            if names < 0 and ca[-1].end != CLOSED and cb[0].start != PARA and not (named[id(ca)] and named[id(cb)]):
                # a paragraph that goes on (a sentence that runs off, or one ending a full line) in a
                # column that opens unindented, one of them saying no place: its names are only the
                # page's stock phrases ('让群众的获得感成色更足', '一旁的居民小任忙着登记'), which every
                # story says — no word against the join
                names = 0.0
            if names <= 0 and f + _SAME >= _JOIN and own_told[id(ca)] and own_told[id(cb)] \
                    and _shared(own_told[id(ca)], own_told[id(cb)]) >= _AGREE:
                # both tell of one thing ('5G基站'): one story's, though one column names another place
                # in passing ('据了解，清水社区还将…') or none
                names = _SAME
            if (names == 0 or names < 0 and not (named[id(ca)] and named[id(cb)])) and ca[-1].end != OPEN \
                    and cb[0].start in (PARA, AMBIG) and (holder := kin_chain(cb)) is not None:
                # a paragraph's first column that tells of the one thing one story's columns tell of
                # ('截至目前，老旧小区改造已惠及…'): that story's next paragraph, surer than another's
                # finished paragraph poppler gives right before it — unless both name places of their own and
                # those differ ('…仁和乡幸福食堂…' / '近日，新华街道的中医诊室…': the thing is a word of the page's)
                if holder == id(ca):
                    names = _SAME
            s = f + names
            if names > 0 and ca[-1].end != OPEN and cb[0].start in (PARA, AMBIG) \
                    and _shared(things(ca), things(cb)) < 0:
                # a paragraph's end, then a paragraph's first line, about one place — but each about
                # its own thing ('夜巡队' / '图书角'): two stories about one place, not one story
                return
            if names <= 0 and ca[-1].end != OPEN and cb[0].start in (PARA, AMBIG) and cb[0].pos != ca[-1].pos + 1:
                # a paragraph's end, then a paragraph's first line: nothing in the lines says the one
                # goes on in the other — only the story's names, or poppler giving that column next
                # (a story's first column, its heading elsewhere, is not another story's last)
                return
            if s >= _JOIN:
                scores[id(ca), id(cb)] = s
            elif s - _DEPTH >= _JOIN and _shallow_apart(ca[-1], cb[0]):
                shadows[id(ca), id(cb)] = s

    for ca in chains:
        for cb in chains:
            if ca is not cb:
                score(ca, cb)
    by_id = {id(c): c for c in chains}
    doubts = []
    while True:
        # ties go by poppler's order, never by the chains' ids (addresses: a run's result would
        # depend on what the process read before)
        options = [(s, -abs(by_id[b][0].pos - by_id[a][-1].pos), -by_id[a][-1].pos, by_id[b][0].pos, a, b)
                   for (a, b), s in scores.items()]
        if not options:
            # a chain that runs off mid-sentence and one that opens mid-sentence, the seam a word the
            # page uses: one column after the other, though their chains name things apart (a
            # column can name another story's place in passing) — their own pieces must not
            for ca in by_id.values():
                for cb in by_id.values():
                    f = fit.get((id(ca[-1]), id(cb[0]))) if ca is not cb and (id(ca[-1]), id(cb[0])) not in banned else None
                    if f is not None and ca[-1].end == OPEN and cb[0].start == CONT and f >= _LOOSE \
                            and _names_score(ca[-1].places, cb[0].places) >= 0:
                        options.append((f, -abs(cb[0].pos - ca[-1].pos), -ca[-1].pos, cb[0].pos, id(ca), id(cb)))
        if not options:
            break
        options.sort(key=lambda o: o[:4], reverse=True)
        pick = next((o for o in options if not _takes_held(o[4], o[5], by_id, seams)), options[0])
        s, _, _, _, a, b = pick
        # (a rival that fits less only by `_shallow_apart` still makes the join a guess: depth alone)
        rival = [o[0] - (_DEPTH if _shallow_apart(by_id[o[4]][-1], by_id[o[5]][0]) else 0.0) for o in options
                 if o is not pick and (o[4] == a) != (o[5] == b) and (o[4] == a or o[5] == b)] \
            + [v - _DEPTH for (x, y), v in shadows.items() if (x == a) != (y == b) and (x == a or y == b)]
        ca, cb = by_id.pop(a), by_id.pop(b)
        if rival and s - max(rival) < _DOUBT:
            doubts.append((ca[-1], cb[0]))
        joined = ca + cb
        if _names_score(votes[a], votes[b]) < 0 and named[a] != named[b]:
            votes[id(joined)] = votes[a] if named[a] else votes[b]    # (the stock phrases' names: none)
        else:
            votes[id(joined)] = votes[a] + votes[b]
        named[id(joined)] = named[a] or named[b]
        own_told[id(joined)] = told_of(joined)
        chain_of.update({id(p): id(joined) for p in joined})
        scores = {k: v for k, v in scores.items() if not ({a, b} & set(k))}
        shadows = {k: v for k, v in shadows.items() if not ({a, b} & set(k))}
        by_id[id(joined)] = joined
        for other in list(by_id.values()):
            if other is not joined:
                score(joined, other)
                score(other, joined)
    chains = _loose_columns_in(list(by_id.values()), {k: v for k, v in fit.items() if k not in banned}, seams)
    chains.sort(key=lambda c: c[0].pos)
    return chains, doubts


def _held(a: Piece, b: Piece, seams: _Said) -> bool:
    """`a` runs off mid-sentence and `b` goes on at a word (the page's, or the dictionary's), or onto a
    figure and its unit as the page says them ('…还将在' / '7 个村'), or unindented right after it in
    poppler's order: a seam something holds."""
    tail, head = a.lines[-1].replace(" ", ""), b.lines[0].replace(" ", "")
    return a.end == OPEN and b.start != STORY and bool(tail and head) and (
        seams.word_at(tail, head) or _word_across(tail, head, seams) or b.start == CONT and b.pos == a.pos + 1
        or bool(re.match(r"[0-9]", head)) and _unit_said(a.lines[-1], b.lines[0], seams))


def _takes_held(a: int, b: int, by_id: dict, seams: _Said) -> bool:
    """The join of chain `a` to chain `b`, at a seam nothing holds (`_held`), takes `b` from the one
    chain whose seam into it is held and that has no other such, while `a` has a held seam elsewhere
    ('…能为乡亲' / '们做点事' and '…只见货架上摆' / '满了农产品', each right before its rest in poppler's
    order: the second does not go on in '们做点事' by the place both name — each column keeps its own)."""
    ca, cb = by_id[a], by_id[b]
    if _held(ca[-1], cb[0], seams):
        return False
    starts = [c for c in by_id.values() if c[0].start != STORY]
    if not any(c is not cb and c is not ca and _held(ca[-1], c[0], seams) for c in starts):
        return False
    for other in by_id.values():
        if other is ca or other is cb or not _held(other[-1], cb[0], seams):
            continue
        if not any(c is not cb and c is not other and _held(other[-1], c[0], seams) for c in starts):
            return True
    return False


def _worded(a: Piece, b: Piece, seams: _Said) -> bool:
    """`a` runs off mid-sentence and `b` goes on at a word, the page's or the dictionary's ('…忙碌景' / '象。')."""
    tail, head = a.lines[-1].replace(" ", ""), b.lines[0].replace(" ", "")
    return a.end == OPEN and bool(tail and head) and (seams.word_at(tail, head) or _word_across(tail, head, seams))


def _loose_columns_in(chains: list[list[Piece]], fit: dict, seams: _Said) -> list[list[Piece]]:
    """A chain left over that opens mid-paragraph cannot open a story: it goes on from a column that
    runs off ('…“日子越过' / '越有奔头。”…'). When the column that runs off went on in another one,
    it goes in between — where both its seams fit better than the seam it takes apart, and the
    places it names (if any) are that story's; not into a seam at a word ('…一派忙碌景' / '象。这条路…')
    at one nothing holds ('景' / '半程马拉松…')."""
    for loose in [c for c in chains if c[0].start == CONT or c[0].start in (PARA, AMBIG)
                  and not any(p.places for p in c)]:
        best = None
        for c in chains:
            if c is loose:
                continue
            for i, (a, b) in enumerate(pairwise(c)):
                into, out = fit.get((id(a), id(loose[0]))), fit.get((id(loose[-1]), id(b)))
                if into is None or out is None or min(into, out) < _JOIN:
                    continue
                if _worded(a, b, seams) and not _held(a, loose[0], seams):
                    continue
                names = sum((p.places for p in loose), Counter())
                if names and _shared(sum((p.places for p in c), Counter()), names) < _AGREE:
                    continue
                gain = into + out - fit.get((id(a), id(b)), 0.0)
                if gain > _INSERT and (best is None or gain > best[0]):
                    best = (gain, c, i)
        if best is not None:
            _, c, i = best
            c[i + 1:i + 1] = loose
            chains.remove(loose)
    return chains


_INSERT = 0.0           # what a loose column put in between must gain over the seam it takes apart
