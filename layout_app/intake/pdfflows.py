"""The column flows of pdftotext's default mode put back in reading order.

Our PDFs draw each column's lines so that `pdftotext page.pdf -` gives every column whole, as a flow
of its own (a blank line after it) — but in poppler's geometric order: other stories' columns,
headings and captions come between a story's columns, several stories' headings together. What a
page editor reads to put them back, and what is done here:
- a flow is cut into pieces: a story's column text (a byline opens a story's first column), each
  heading line, each caption, the page lead, the credits;
- column pieces are chained: a piece whose last line fills the column without ending a sentence goes
  on in one whose first line is full (the next column continues the sentence); one that ended a
  paragraph in one that opens a paragraph (its first line two characters short: the indent is gone);
  the two characters at the seam are a word the page uses; the names a piece shares with another
  (places such as …社区/…村/…镇/…街道, the story's subject, its people: pages are made of stories that
  each repeat their own) keep a chain to one story; poppler's order is the prior and breaks ties;
- each story's heading lines go before its chain (the names they share with its text, or the flow
  they stand in), captions after the story whose names they share, the lead and banner in front,
  the credits last.
A join that is a guess, with another reading nearly as good, is reported (`Unsure`: its lines).
Only the order of lines and blank lines changes: every line stays, as it was."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from layout_app.intake.pdfcolumns import (
    FIRST,
    FULL,
    Unsure,
    _ends_sentence,
    _Seams,
    _squeezed,
    line_kind,
    side_by_side,
    width,
)
from layout_app.intake.repair import photo_credit

_BYLINE = ("本报记者", "本报通讯员", "通讯员", "记者")
_CREDIT = ("本版", "责任编辑")
_DASH = ("——", "—", "－－", "--")
_COMMA_LIKE = set("，,、；;：:")
_RUNNING = set("，,、；;")      # marks of running text, not of a heading
_MIN_FLOWS = 6          # flows of column text a page of pdftotext's flows has at least

BODY, HEAD, CAPTION, CREDIT, LEAD = "body", "head", "caption", "credit", "lead"
# how a column piece opens and ends
STORY, PARA, CONT = "story", "para", "cont"          # a byline; an indented first line; mid-paragraph
AMBIG = "para or cont"
OPEN, EITHER, CLOSED = "open", "either", "closed"    # mid-sentence; a sentence at a full line; a paragraph's end


@dataclass
class Piece:
    kind: str
    lines: list[str]
    pos: int                     # place in poppler's order
    flow: int                    # the flow it was cut from
    start: str = ""
    end: str = ""
    grams: Counter = field(default_factory=Counter)


def flows_in_order(lines: list[str], measure: int, unsure: list | None = None) -> list[str]:
    """The lines of pdftotext's default text of a page in reading order; other copy as it is."""
    text = [l for l in lines if l.strip()]
    if any(side_by_side(l, measure) for l in text):
        return list(lines)           # columns side by side on one line: pdfcolumns reads those
    pieces = _pieces(lines, measure)
    body = [p for p in pieces if p.kind == BODY]
    if len({p.flow for p in body if len(p.lines) >= 3}) < _MIN_FLOWS:
        return list(lines)       # not columns a blank line apart (pdftotext -raw, pypdfium2)
    idf = _idf(pieces)
    seams = _Seams(text)
    chains, doubts = _chains(body, measure, idf, seams)
    heads = _heads(pieces, chains, idf)
    captions = _captions(pieces, chains, idf)
    out: list[str] = []
    placed = {id(p) for c in chains for p in c} | {id(p) for hs in heads.values() for p in hs} \
        | {id(p) for cs in captions.values() for p in cs}
    front = [p for p in pieces if id(p) not in placed and p.kind != CREDIT]
    for p in front:
        out += p.lines + [""]
    order = sorted(range(len(chains)), key=lambda k: min(p.pos for p in heads.get(k, []) + chains[k]))
    for k in order:
        if out:
            out.append("")
        for p in heads.get(k, []):
            out += p.lines
        for p in chains[k]:
            out += p.lines
        for p in captions.get(k, []):
            out += ["", ""] + p.lines
        out.append("")
    for p in pieces:
        if p.kind == CREDIT:
            out += [""] + p.lines
    if unsure is not None:
        unsure.extend(Unsure(a.lines[-1:] + b.lines[:1]) for a, b in doubts)
    return out


# --- the flows cut into pieces ---

def _line_class(line: str, measure: int, alone: bool) -> str:
    if line.startswith(_CREDIT):
        return CREDIT
    if (line.startswith(_BYLINE) and not _ends_sentence(line) and width(line) <= 2 * measure
            and not any(ch in _COMMA_LIKE for ch in line)):
        return "byline"
    if line.startswith(_DASH):
        return HEAD
    w = _squeezed(line)         # a justified line's marks may be set close
    if _caption(line) and (w > measure + 1.2 or alone):
        return CAPTION
    if w > measure + 1.2:
        return LEAD if any(ch in _RUNNING for ch in line) and not _phrase_space(line) else HEAD
    if _ends(line) or any(ch in _RUNNING for ch in line):
        return BODY
    if line_kind(line, measure) == FULL:
        return "full"       # a column's line, or a heading line as wide as a column
    return "short"          # a heading's line, or a column's line cut short: its neighbours say


def _ends(line: str) -> bool:
    """A sentence ends the line: its mark, or a quote closed after it (not '从“电商直播间”')."""
    line = line.rstrip()
    return _ends_sentence(line) and (line[-1] not in "”’」』" or line[-2:-1] in _STOPS)


_STOPS = set("。！？!?…")


def _phrase_space(line: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff”] +[\u3400-\u9fff“]", line)) and len(re.findall(r" ", line)) <= 2


def _caption(line: str) -> bool:
    credit = photo_credit(line)
    if credit is not None:
        line = line[:credit].rstrip()
    return (line.endswith("。") and 8 <= len(line) <= 40 and "“" not in line and "；" not in line
            and not any(ch in "。！？!?" for ch in line[:-1]))


def _pieces(lines: list[str], measure: int) -> list[Piece]:
    flows: list[list[str]] = [[]]
    for raw in lines:
        s = raw.strip(" \t\u3000")
        if s:
            flows[-1].append(s)
        elif flows[-1]:
            flows.append([])
    pieces: list[Piece] = []
    for f, flow in enumerate(x for x in flows if x):
        classes = [_line_class(l, measure, len(flow) == 1) for l in flow]
        line_at = flow.__getitem__
        # a short line with no sentence end: a heading's among headings (before the column's
        # first line, or beside another heading line), else a column's line
        # (a full one is a column's when a column's line follows it)
        for i, c in enumerate(classes):
            if c in ("short", "full"):
                before = classes[:i]
                after = classes[i + 1] if i + 1 < len(classes) else None
                heading = all(x == HEAD for x in before) or (before and before[-1] == HEAD) or after == HEAD
                if after in (BODY, "short", "full") and line_kind(line_at(i), measure) in (FULL, FIRST) \
                        and not (i == 0 and line_kind(line_at(1), measure) == FIRST and not _ends(line_at(1))):
                    heading = False     # a column's first line (an indented one, or one going on)
                    # (not a line with no sentence end over a paragraph's first: a headline)
                classes[i] = HEAD if heading else BODY
        if all(not any(ch in _RUNNING for ch in l) for l in flow) and not _ends(flow[-1]) \
                and line_kind(flow[-1], measure) not in (FULL, FIRST):
            classes = [HEAD if c == BODY else c for c in classes]     # a headline in two lines
        for i in range(1, len(classes)):
            if classes[i] == BODY and classes[i - 1] == LEAD and line_kind(flow[i], measure) not in (FULL, FIRST):
                classes[i] = LEAD       # the last line of the page lead's paragraph
        cur: Piece | None = None
        for line, c in zip(flow, classes):
            if c in (BODY, LEAD) and cur is not None and cur.kind == c and cur.flow == f:
                cur.lines.append(line)
                continue
            if c == BODY and cur is not None and cur.kind == "byline" and cur.flow == f:
                cur.kind = BODY
                cur.lines.append(line)
                continue
            cur = Piece(c, [line], len(pieces), f)
            pieces.append(cur)
    for p in pieces:
        if p.kind == "byline":
            p.kind = HEAD            # a byline with no text under it in its flow
        if p.kind == BODY:
            _states(p, measure)
    _name_pieces(pieces)
    return pieces


def _states(p: Piece, measure: int) -> None:
    first, last = p.lines[0], p.lines[-1]
    if first.startswith(_BYLINE):
        p.start = STORY
    else:
        kind = line_kind(first, measure)
        p.start = CONT if kind == FULL or (kind != FIRST and _ends(first)) else \
            AMBIG if _ends(first) or re.search(r"[0-9A-Za-z]", first) else PARA
        # (as wide as an indented line: a paragraph's first, or its last; a figure's width is a guess)
    if not _ends(last):
        p.end = OPEN
    else:
        p.end = EITHER if line_kind(last, measure) == FULL else CLOSED


# --- names: what pieces of one story share ---

# a place: two characters and what it is (清水社区, 梅岭村, 长乐镇, 南山街道); not a word's end (为乡村)
_PLACE = re.compile(r"(?![为在从到和与的了是对把被将向个])[\u4e00-\u9fff]{2}(?:社区|街道|村|镇|乡)(?![民委])")
# a subject named in quotes (“家庭医生工作室”), a speaker by name (网格员任子涵表示, 摊主小周说)
_QUOTED = re.compile(r"“([^“”，。！？、：；,.!?:;\s]{2,10})”")
_SPEAKER = re.compile(r"(?<=[员主长书人任民者])([\u4e00-\u9fff]{2,3})(?=说|表示|介绍)")


def _page_names(pieces: list[Piece]) -> list[str]:
    """The names the page's text says at least twice: places, quoted subjects, speakers."""
    said: Counter = Counter()
    for p in pieces:
        text = _plain(p)
        said.update(_PLACE.findall(text) + _QUOTED.findall(text) + _SPEAKER.findall(text))
    return [n for n, k in said.items() if k >= 2]


def _name_pieces(pieces: list[Piece]) -> None:
    """Each piece's names: the places it says, and the places whose pieces alone say what it says (a
    story's subject and people go with its place: 夜巡队 where 清水社区 is said, and nowhere else) —
    asked twice, so that what a piece with no place says goes with the place found for it."""
    names = _page_names(pieces)
    places = [n for n in names if _PLACE.fullmatch(n)]
    said = [{n for n in names if n in _plain(p)} for p in pieces]
    grams = [_grams(_plain(p)) for p in pieces]
    votes = [Counter({n: 3.0 for n in ns if n in places}) for ns in said]
    for _ in range(2):
        where: dict[str, Counter] = {}
        for g, v in zip(grams, votes):
            own = [n for n, k in v.items() if k >= 0.5 * max(v.values())]
            if own:
                for x in g:
                    where.setdefault(x, Counter()).update(own if len(own) == 1 else ["?"])
        new = []
        for g, ns in zip(grams, said):
            v = Counter({n: 3.0 for n in ns if n in places})
            for x in g:
                w = where.get(x, ())
                if len(w) == 1 and "?" not in w and sum(w.values()) >= 2:
                    v[next(iter(w))] += 1.0
            new.append(v)
        votes = new
    for p, v in zip(pieces, votes):
        p.grams = v


def _plain(p: Piece) -> str:
    return "".join("".join(p.lines).split())

def _grams(text: str) -> Counter:
    han = "".join(ch for ch in text if "\u3400" <= ch <= "\u9fff")
    return Counter(han[i:i + 3] for i in range(len(han) - 2))


def _idf(pieces: list[Piece]) -> dict[str, float]:
    df: Counter = Counter()
    for p in pieces:
        df.update(set(p.grams))
    n = len(pieces)
    # a name is said in a few pieces (one story's); a phrase of the reporters' style in many
    return {g: math.log(n / d) for g, d in df.items() if d >= 2}


def _shared(a: Counter, b: Counter, idf: dict[str, float]) -> float:
    """How much two texts name the same things: 1 when every name of the one that names fewer is
    the other's, -1 when both name things and none the same, 0 when one names nothing."""
    if not a or not b:
        return 0.0
    dot = sum(a[k] * b[k] for k in a.keys() & b.keys())
    cos = dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return -1.0 if cos < 0.2 else cos


# --- column pieces chained into stories ---

_FIT = {(OPEN, CONT): 2.0, (OPEN, PARA): -4.0, (CLOSED, PARA): 2.0, (CLOSED, CONT): -4.0,
        (EITHER, PARA): 1.0, (EITHER, CONT): 1.0, (OPEN, AMBIG): 1.0, (CLOSED, AMBIG): 1.0, (EITHER, AMBIG): 1.0}
_SAME = 2.0             # the two pieces name the same place, or what only its pieces say
_OTHER = -5.0           # … other places
_SEAM = 2.0             # the seam is a word the page uses
_NO_SEAM = -1.0         # … two characters never seen together
_JOIN = 2.0             # the least score a join needs
_DOUBT = 1.0            # a join whose next best is this close is a guess


def _join(a: Piece, b: Piece, idf: dict[str, float], seams: _Seams, text: dict[int, Counter]) -> float | None:
    if b.start == STORY:
        return None
    score = _FIT[(a.end, b.start)]
    if a.end != CLOSED and b.start != PARA:
        tail, head = a.lines[-1].replace(" ", ""), b.lines[0].replace(" ", "")
        if tail and head and seams.word(tail[-1], head[0]):
            score += _SEAM
        elif tail and head and not seams.pairs.get(tail[-1] + head[0]):
            score += _NO_SEAM
    names = _shared(text[id(a)], b.grams, idf)
    score += _OTHER if names < 0 else _SAME if names >= 0.5 else 0.0
    gap = b.pos - a.pos
    score += 1.0 if gap == 1 else 0.5 if gap > 0 else -0.5
    return score


def _chains(body: list[Piece], measure: int, idf, seams) -> tuple[list[list[Piece]], list]:
    """Greedy: the best joins first, each piece followed by one and following one, no loop."""
    text = {id(p): p.grams for p in body}
    scored = []
    for a in body:
        for b in body:
            if a is not b:
                s = _join(a, b, idf, seams, text)
                if s is not None and s >= _JOIN:
                    scored.append((s, a.pos, b.pos, a, b))
    scored.sort(key=lambda t: (-t[0], abs(t[2] - t[1]), t[1]))
    nxt: dict[int, Piece] = {}
    prv: dict[int, Piece] = {}
    head_of = {id(p): p for p in body}        # each piece's chain's first piece
    doubts = []
    best_out: dict[int, float] = {}
    for s, _, _, a, b in scored:
        best_out.setdefault(id(a), s)
    for s, _, _, a, b in scored:
        if id(a) in nxt or id(b) in prv or head_of[id(a)] is b:
            continue
        nxt[id(a)], prv[id(b)] = b, a
        first = head_of[id(a)]
        p = b
        while p is not None:
            head_of[id(p)] = first
            p = nxt.get(id(p))
        rival = [t for t, _, _, x, y in scored if (x is a) != (y is b) and (x is a or y is b) and t < s]
        if rival and s - max(rival) < _DOUBT:
            doubts.append((a, b))
    chains = []
    for p in body:
        if id(p) not in prv:
            chain = [p]
            while id(chain[-1]) in nxt:
                chain.append(nxt[id(chain[-1])])
            chains.append(chain)
    return chains, doubts


# --- headings and captions to their stories ---

def _chain_grams(chain: list[Piece]) -> Counter:
    c: Counter = Counter()
    for p in chain:
        c.update(p.grams)
    return c


def _heads(pieces: list[Piece], chains: list[list[Piece]], idf) -> dict[int, list[Piece]]:
    """Each heading line to the story whose text it names, or (naming none) to the story of the
    heading line before it in its flow, or of the column that follows it."""
    texts = [_chain_grams(c) for c in chains]
    first_of = {id(c[0]): k for k, c in enumerate(chains)}
    of = {id(p): k for k, c in enumerate(chains) for p in c}
    out: dict[int, list[Piece]] = {}
    last: tuple[int, int] | None = None         # (flow, story) of the heading line before
    for i, p in enumerate(pieces):
        if p.kind != HEAD:
            if p.kind == BODY:
                last = None
            continue
        scores = [_shared(p.grams, t, idf) for t in texts]
        best = max(range(len(chains)), key=lambda k: scores[k], default=None)
        nxt = next((q for q in pieces[i + 1:] if q.kind in (BODY, HEAD)), None)
        story = None
        if nxt is not None and nxt.kind == BODY and nxt.flow == p.flow and id(nxt) in first_of:
            story = first_of[id(nxt)]           # right above a story's first column, in its flow
        elif best is not None and scores[best] >= 0.2:
            story = best
        elif last is not None and last[0] == p.flow:
            story = last[1]
        elif nxt is not None and nxt.kind == BODY:
            story = of.get(id(nxt))
        if story is None:
            continue                            # the banner's, or a heading no story claims: in front
        out.setdefault(story, []).append(p)
        last = (p.flow, story)
    return out


def _captions(pieces: list[Piece], chains: list[list[Piece]], idf) -> dict[int, list[Piece]]:
    texts = [_chain_grams(c) for c in chains]
    out: dict[int, list[Piece]] = {}
    for p in pieces:
        if p.kind != CAPTION or not chains:
            continue
        scores = [_shared(p.grams, t, idf) for t in texts]
        best = max(range(len(chains)), key=lambda k: scores[k])
        if scores[best] > 0:
            out.setdefault(best, []).append(p)
    return out
