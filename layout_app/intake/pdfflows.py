"""The column flows of pdftotext's default mode put back in reading order.

Our PDFs draw each column's lines so that `pdftotext page.pdf -` gives every column whole, as a flow
of its own (a blank line after it) — but in poppler's geometric order: other stories' columns,
headings and captions come between a story's columns, several stories' headings together. What a
page editor reads to put them back, and what is done here:
- a flow is cut into pieces: a story's column text (a byline, or a heading line right above it in its
  flow that names no other place, opens a story's first column), each heading line, each caption, the page lead, the credits
  (a line whose word runs on into the column line under it is that column's, not a heading — also a
  column-wide one alone in its flow, its word going on in the flow poppler gives next; so is one
  that ends on the colon of a quote set whole on the next line, '老人们纷纷点赞：' — but not a flow's
  first line over one opening a sentence on its date and comma, '6 月 20 日，…', or one opening on a
  place and its colon over a line it does not go on into, '杏花村:垃圾分类站暖民心': a heading; over a short
  line opening on 的, as no sentence does, it is a column's; one naming a place the column under it never
  names, at a seam the page never sets, is another story's headline: `intake.headover`); a paragraph's first line after poppler gives its story's heading lines (past a caption) that name its place
  opens that story; a line opening on 记者 that runs on is a column's, and one spread by
  justification that holds more than an indented line goes on a paragraph;
- column pieces are chained, the best join first: a piece whose last line does not end a sentence
  goes on in one whose first line is full (the next column continues the sentence), and must go on
  somewhere; one that ended a paragraph in one that opens a paragraph (its first line two characters
  short: the indent is gone) when their names agree or poppler gives it next; the two characters at
  the seam are a word the page uses (spaced out in a justified line, '升 级', or broken at a line's
  end, it is said all the same; two never set together count against a seam inside a sentence
  only; a word the page says only at the seam, the dictionary's, '…我们会一' / '直坚持下去', a little
  less; a figure and its unit after the words before it, as the page says them twice); a column
  left over that opens mid-sentence goes in between a join its seams fit; the places a chain
  names — said, or what only their pieces say (the story's subject, its people: pages are
  made of stories that each repeat their own) — keep it to one story, but not from a paragraph that
  goes on in a column that opens unindented, one of them saying no place (what it says is the page's
  stock phrases, '让群众的获得感成色更足'); a paragraph's end does not go on in a column about
  another thing ('夜巡队' / '图书角'), though both name one place, and two columns that tell of one
  thing in their own words are one story's, though one names another place in passing; a column
  opening a paragraph that names nothing goes in between two whose seams it fits; poppler's order
  is the prior and breaks ties;
- a flow that holds two columns' pieces (poppler put the top of a column under another one) is cut
  where a chain that runs off finds its rest inside it, at a seam no column has (where no pair of
  characters can be asked — after a comma, onto a figure, at the quote a colon opens — the
  characters around the seam the page says elsewhere, `intake.pdfseams`; a column joined at two
  characters the page never sets together may find its rest there too, at a word of the
  dictionary's (one unindented after a paragraph's end, at the page's word); a quote opened at a column's foot closed in the line below; a figure's unit, or a
  figure after the words the page says before one; a
  closed bracket or a comma and the words the page says after it; the rest of a word a column breaks,
  though a sentence ends above it; a seam whose four characters the page says only there where another
  column's are said; two joins that trade their lines in the page's words; the foot of a deep column's
  flow, the row column under it, `intake.pdfstacks`); a deck beside a column's line (one line in
  poppler's text) taken apart, and a flow of columns joined line by line read column by column
  (`intake.flowsplit`); a column's line alone in its flow with a sentence ending inside it is no heading;
- each story's heading lines go before its chain (the flow they stand in, the names they share with
  its text — a headline line that names no place by the deck under it, a headline's second line that
  names nothing by its first, a line naming nothing by the words only one story's text says — the
  heading line beside them; a kicker's couplet, '守护平安 温暖同行', by the headline line poppler gives
  next), a kicker's label first, the deck and byline last; two
  stories' headings side by side on one line go apart (`intake.headsapart`: the right one opening with its story's thing
  or naming its place; not after a word no heading ends on, '…松涛镇的 “共享菜园” 一天'), and a
  byline set beside a headline goes apart from it; captions
  after the story whose names they share, the lead and banner in front, the credits last.
A join or heading that is a guess is reported (`Unsure`: its lines).
Only the order of lines and white space change: every line stays, as it was."""
from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from layout_app.intake.flowheads import (
    BODY,
    CAPTION,
    CREDIT,
    HEAD,
    LEAD,
    _captions,
    _heads,
    _under,
)
from layout_app.intake.flowlines import (
    _MID_STOP,
    _RUNNING,
    _columns_apart,
    _dated,
    _decks_apart,
    _ends,
    _quote_left,
    _short_caption,
)
from layout_app.intake.flownames import (
    _AGREE,
    _name_pieces,
    _shared,
)
from layout_app.intake.flowshapes import (
    _lone_kicker,
    _lone_question,
    _place_label,
    _captions_among,
    _NO_OPENING,
    _line_class,
    _place_heads,
    _place_over_seam,
    _foot_over_seam,
    _runs_on,
    _states,
    _word_cut,
    line_kind,
)
from layout_app.intake.flowsplit import columns_untangled
from layout_app.intake.pdfchains import _chains
from layout_app.intake.pdfcolumns import (
    FIRST,
    FULL,
    Unsure,
    _han,
    _Seams,
    _squeezed,
    side_by_side,
)
from layout_app.intake.headblock import block_lines
from layout_app.intake.headover import cut_off_head, names_apart
from layout_app.intake.headparts import _banner_on_top
from layout_app.intake.headsapart import _heads_apart
from layout_app.intake.headshapes import _dateline
from layout_app.intake.pdfpieces import (
    AMBIG,
    CONT,
    OPEN,
    PARA,
    MIN_FLOWS,
    STORY,
    Piece,
    in_column_flows,
)
from layout_app.intake.pdfseams import (
    _WEAK_SEAM,
    _after_name,
    _bracket_across,
    _after_said,
    _clause_said,
    _figure_after,
    _figure_said,
    _goes_into,
    _QUOTE_LINES,
    _quote_across,
    _quote_closes,
    _quote_open,
    _Said,
    _seam,
    _unit_after,
    _word_across,
)
from layout_app.intake.pdfrests import rests_placed
from layout_app.intake.headthemes import themes_moved
from layout_app.intake.pdfstacks import foot_cut, in_stack
from layout_app.intake.flowfeet import _column_top, _feet_taken, _foot_rest

_CLOSING = set("）)")       # a bracket closed at a line's end: no pair to ask across it
_MAX_PIECES = 160       # column pieces put in order at most

def flows_in_order(lines: list[str], measure: int, unsure: list | None = None) -> list[str]:
    """The lines of pdftotext's default text of a page in reading order; other copy as it is."""
    text = [l for l in lines if l.strip()]
    if not in_column_flows(lines):
        return list(lines)           # not columns a blank line apart (pdftotext -raw, pypdfium2)
    if sum(1 for l in text if side_by_side(l, measure)) >= max(3, len(text) // 20):
        return list(lines)           # columns side by side on one line: pdfcolumns reads those
    halves: set[str] = set()        # column lines taken apart from a line of two columns
    given, lines = lines, _columns_apart(_decks_apart(columns_untangled(lines, measure), measure), measure, halves)
    text = [l for l in lines if l.strip()]
    seams = _Seams(text)
    # (a join asks the words the page says, spaced out or not; a cut, those it breaks at line ends too)
    said, across = _Said(lines, seams.weight), _Said(lines, seams.weight, across=True)
    pieces = _pieces(lines, measure, seams, halves, said)
    body = [p for p in pieces if p.kind == BODY]
    if len({p.flow for p in body if len(p.lines) >= 3}) < MIN_FLOWS:
        return list(given)       # not columns a blank line apart (pdftotext -raw, pypdfium2)
    if len(body) > _MAX_PIECES:
        return list(given)       # many pages' worth: the joins are weighed pair by pair (a page has ~40)
    chains, doubts = _chains(body, measure, said)
    for _ in range(_MAX_CUTS):
        # a flow that holds two columns' pieces: cut where a chain that runs off finds its rest
        if not _cut_flow(pieces, chains, measure, seams, across):
            break
        body = [p for p in pieces if p.kind == BODY]
        chains, doubts = _chains(body, measure, said)
    if _heads_apart(pieces, chains):
        # (the names each piece says are counted again without the line of two stories' names)
        chains, doubts = _chains([p for p in pieces if p.kind == BODY], measure, said)
    heads, guessed = _heads(pieces, chains, measure)
    _banner_on_top(pieces, heads)      # (the page's first line over a headline in its flow: the banner)
    chains, heads, guessed, rests = rests_placed(chains, heads, guessed)     # (a story's columns under none)
    doubts = list(doubts) + rests
    themes_moved(heads, chains, measure)      # (a kicker's theme poppler gave before another story's headline)
    _feet_taken(pieces, chains, measure, said)      # (a column's last line poppler gave as a caption)
    captions = _captions(pieces, chains)
    out: list[str] = []
    placed = {id(p) for c in chains for p in c} | {id(p) for hs in heads.values() for p in hs} \
        | {id(p) for cs in captions.values() for p in cs}
    front = [p for p in pieces if id(p) not in placed and p.kind != CREDIT]
    for p in front:
        out += p.lines + [""]
    order = sorted(range(len(chains)), key=lambda k: min(p.pos for p in heads.get(k, []) + chains[k]))
    given_next = {(a.strip(), b.strip()) for a, b in pairwise(given)}     # (poppler's own line after line)
    for k in order:
        if out:
            out.append("")
        out += block_lines(heads.get(k, []), pieces, given_next)    # (a headline's lines in one block: one line)
        for p in chains[k]:
            out += p.lines
        for p in captions.get(k, []):
            out += ["", ""] + p.lines
        out.append("")
    for p in pieces:
        if p.kind == CREDIT:
            out += [""] + p.lines
    if unsure is not None:
        # the joins that are guesses: the column's last line and the next one's first; a heading
        # line given to a story by its place in the flows alone, and that story's first line
        unsure.extend(Unsure(a.lines[-1:] + b.lines[:1]) for a, b in doubts)
        unsure.extend(Unsure(p.lines + chains[k][0].lines[:1]) for p, k in guessed)
    return out


# --- the flows cut into pieces ---

def _pieces(lines: list[str], measure: int, seams: _Seams, halves: set[str] = frozenset(),
            said: _Said | None = None) -> list[Piece]:
    flows: list[list[str]] = [[]]
    for raw in lines:
        s = raw.strip(" \t\u3000")
        if s:
            flows[-1].append(s)
        elif flows[-1]:
            flows.append([])
    pieces: list[Piece] = []
    flows = [x for x in flows if x]
    # the last characters of the flows that run off mid-sentence: a column's foot a line may go on from
    tails = {x[-1].replace(" ", "")[-1:] for x in flows if not _ends(x[-1])}
    tops = {x[0].replace(" ", "")[:2] for x in flows}      # … and the first characters a line may go on into
    feet = [x[-1] for x in flows if len(x) > 1 and not _ends(x[-1])]     # … and those flows' last lines
    for f, flow in enumerate(flows):
        # (a column's line taken apart from a line of two columns is one, whatever its shape)
        classes = [BODY if l in halves else _line_class(l, measure, len(flow) == 1) for l in flow]
        if len(flow) == 1 and classes[0] == BODY and flow[0] not in halves and _short_caption(flow[0], tails, seams) \
                and not (said is not None and _foot_rest(flow[0], feet, said)):
            classes[0] = CAPTION
        if len(flow) == 1 and classes[0] == BODY and flow[0] not in halves \
                and (_lone_kicker(flow[0], tops, seams) or _place_label(flow[0]) or _lone_question(flow[0], measure, flows[f - 1] if f else [])):
            classes[0] = HEAD
        if len(flow) == 1 and classes[0] == LEAD:
            # (running text wider than a column alone in its flow: a kicker with its comma, '马鞍镇：你争
            # 我抢，场边喝彩声不断' — the lead runs over several lines of its own measure)
            classes[0] = HEAD
        cut_word = False
        line_at = flow.__getitem__
        # a short line with no sentence end: a heading's among headings (before the column's
        # first line, or beside another heading line), else a column's line
        # (a full one is a column's when a column's line follows it)
        for i, c in enumerate(classes):
            if c in ("short", "full"):
                before = classes[:i]
                after = classes[i + 1] if i + 1 < len(classes) else None
                heading = all(x == HEAD for x in before) or (before and before[-1] == HEAD) or after == HEAD
                # (over a dateline, '本报讯（记者 …' — a story's first line — no column's line)
                if after in (BODY, "short", "full") and line_kind(line_at(i), measure) in (FULL, FIRST) \
                        and not _dateline(line_at(i + 1)) \
                        and not (i == 0 and line_kind(line_at(1), measure) == FIRST and not _ends(line_at(1))
                                 and not _NO_OPENING.match(line_at(1))) \
                        and not (i == 0 and _dated(line_at(0), line_at(1))) \
                        and not (i == 0 and _place_heads(line_at(0), line_at(1), seams)) \
                        and not (i == 0 and _place_over_seam(line_at(0), line_at(1), measure, seams)) \
                        and not (i == 0 and _foot_over_seam(line_at(0), line_at(1), tails, seams)) \
                        and not (i == 0 and names_apart(flow, seams)) \
                        and not (after == "short" and not _ends(line_at(i + 1)) and not _MID_STOP.search(line_at(i + 1))
                                 and not _runs_on(line_at(i), line_at(i + 1), measure, seams)):
                    heading = False     # a column's first line (an indented one, or one going on)
                    # (not a line with no sentence end over a paragraph's first: a headline; nor one
                    # over a short line with no sentence end, '老人点赞“暖民心”': a headline's second)
                if heading and after in (BODY, "short", "full") and _runs_on(flow[i], flow[i + 1], measure, seams):
                    heading = False     # a column's line cut short by a figure, its word going on below
                if heading and after in (BODY, "short", "full") and _quote_left(flow[i], flow[i + 1]):
                    heading = False     # a column's line cut short by the quote it opens
                if heading and len(flow) == 1 and f + 1 < len(flows) and c == "full" \
                        and _line_class(flows[f + 1][0], measure, len(flows[f + 1]) == 1) == BODY \
                        and _word_cut(flow[i], flows[f + 1][0], measure, seams):
                    heading = False     # a column's line alone in its flow, its word going on in the next
                    cut_word = True
                classes[i] = HEAD if heading else BODY
        if said is not None and classes and classes[0] == HEAD and (len(classes) == 1 or classes[1] != HEAD) \
                and pieces and pieces[-1].kind == BODY and pieces[-1].flow == f - 1 \
                and _column_top(pieces[-1].lines, flow[0], flow[1] if len(flow) > 1 else "", measure, said):
            classes[0] = BODY       # a column's line poppler gave on top of its flow: `_column_top`
        _captions_among(flow, classes)
        # a run of column-wide lines with no mark of running text and no sentence end, a few lines or
        # ending short: a headline set in two or three lines, not a column's
        i = 0
        while i < len(flow):
            j = i
            while j < len(flow) and classes[j] == BODY:
                j += 1
            run = flow[i:j]
            if run and all(not any(ch in _RUNNING for ch in l) and not _ends(l) and not _MID_STOP.search(l)
                           for l in run) \
                    and (len(run) <= 3 or line_kind(run[-1], measure) not in (FULL, FIRST)) \
                    and (j == len(flow) or classes[j] != BODY) and not cut_word and not halves.intersection(run) \
                    and not (i and classes[i - 1] == "byline"):     # (under a byline: its column's text)
                classes[i:j] = [HEAD] * len(run)
            i = j + 1 if j == i else j
        for i in range(1, len(classes)):
            if classes[i] == BODY and classes[i - 1] == LEAD and (
                    not _ends(flow[i - 1]) or line_kind(flow[i], measure) not in (FULL, FIRST)):
                classes[i] = LEAD       # the rest of the page lead's paragraph
        cur: Piece | None = None
        for line, c in zip(flow, classes):
            if c in (BODY, LEAD) and cur is not None and cur.kind == c and cur.flow == f:
                cur.lines.append(line)
                continue
            if c == "byline" and cur is not None and cur.kind == "byline" and cur.flow == f:
                cur.lines.append(line)      # a byline set in two lines, a reporter's label each
                continue
            if c == BODY and cur is not None and cur.kind == "byline" and cur.flow == f:
                cur.kind = BODY
                cur.lines.append(line)
                continue
            cur = Piece(c, [line], len(pieces), f)
            pieces.append(cur)
    for i, p in enumerate(pieces):
        if p.kind == "byline":
            p.kind = HEAD            # a byline with no text under it in its flow
        if p.kind == BODY:
            _states(p, measure)
    _name_pieces(pieces)
    for above, p in pairwise(pieces):
        # a story's first column, under its heading in one flow: a clear one (wider than a column, a
        # deck or byline) — also over a first line spread by justification, '医 生 曾 春 燕 介 绍 ， APP'
        # (an indented line or a full one: its Latin's width a guess) — or any heading line that names
        # no other place than the column does (a story's other column can stand under a headline set
        # over two stories' columns)
        clear = _squeezed(above.lines[-1]) > measure + 1.2 or _under(above.lines[-1])
        if p.kind == BODY and above.kind == HEAD and above.flow == p.flow and (
                p.start == PARA and (clear or _shared(above.places, p.places) >= 0) or p.start == AMBIG and clear):
            p.start = STORY
    for i, p in enumerate(pieces):
        heads = _heads_before(pieces, i)
        if p.kind == BODY and p.start in (PARA, AMBIG) and heads \
                and _shared(sum((q.places for q in heads), Counter()), p.places) >= _AGREE \
                and not any(q.kind == BODY and q.start == STORY and _shared(q.places, p.places) >= _AGREE
                            for q in pieces):
            # poppler gives a story's heading lines, then (past its photo's captions) the column under
            # them in a flow of its own: a paragraph's first line there opens the story when the
            # heading lines name its place ('银杏社区老年食堂焕新颜' / '今年以来，银杏社区培训…') — not
            # when the story has its first column already (under its byline, or its heading in its flow)
            p.start = STORY
    return pieces


def _heads_before(pieces: list[Piece], i: int) -> list[Piece]:
    """The heading lines poppler gives right before piece `i`, past the captions under them."""
    heads: list[Piece] = []
    for q in reversed(pieces[:i]):
        if q.kind == CAPTION and not heads:
            continue
        if q.kind != HEAD:
            break
        heads.append(q)
    return heads


# --- a flow that holds the pieces of two columns ---

_MAX_CUTS = 12
_NO_ROOM = 0.25         # a cut at a sentence's end the page's words vouch for, not a pair at the seam


def _cut_flow(pieces: list[Piece], chains: list[list[Piece]], measure: int, seams: _Seams,
              said: _Seams) -> bool:
    """A chain whose last line runs off mid-sentence and finds no piece to go on in, or whose first
    goes on from nowhere: the line it goes on in (or from) is inside another piece — poppler put two
    columns' lines in one flow. That piece is cut there when the seam inside it is weak (two
    characters the page never sets together, or a paragraph's end over an unindented line) and the
    seam across is a word the page uses. True when a piece was cut."""
    ends = [c[-1] for c in chains if c[-1].end == OPEN]
    # (a column that runs off mid-sentence and went on at two characters the page never sets together,
    # '…现在在村' / '表示，…': a word of the dictionary's across a line inside another flow, '里就能借
    # 到', says where it goes on)
    guessed = {id(a) for c in chains for a, b in pairwise(c)
               if a.end == OPEN and not _worded(a.lines[-1], b.lines[0], said)
               and not said.pairs.get(_seam(a.lines[-1], b.lines[0])) and not _after_name(a.lines[-1], b.lines[0])}
    ends += [a for c in chains for a in c[:-1] if id(a) in guessed]
    starts = [c[0] for c in chains if c[0].start == CONT]
    # (… or one that opens mid-sentence and was joined on at two characters the page never sets together:
    # '…望江街道接待' / '摊主小邓忙着登记。…', whose '一旁的' is a line inside another flow)
    # (not one opening on a figure: a figure after a line's words is as likely a column's own seam)
    starts += [b for c in chains for a, b in pairwise(c) if id(a) in guessed and b.start == CONT
               and _han(b.lines[0].replace(" ", "")[:1])]
    # (a piece that opens on a line as wide as an indented one and ending a sentence, '只见田间地头一派
    # 忙碌。', may go on from a comma, though joined after a paragraph's end: the page's phrase across
    # the comma says so, not a pair)
    maybe = [q for c in chains for q in c if q.start == AMBIG and _ends(q.lines[0])]
    # (… or unindented after a paragraph's end, '…谁不喜欢？' / '在家门口就能办好。”', where a line inside
    # a flow runs off on the page's word, '…现在' / '通过 APP 平台，…': it goes on there)
    ended = [b for c in chains for a, b in pairwise(c) if a.end != OPEN and b.start == CONT]
    after = {id(b) for b in ended}
    best = None
    stacked = in_stack(chains)     # (whole columns: no flow cut in them)
    for p in pieces:
        if p.kind != BODY or id(p) in stacked:
            continue
        for k in range(1, len(p.lines)):
            above, below = p.lines[k - 1], p.lines[k]
            if _quote_open(p.lines[:k]) and _quote_closes(p.lines[k:k + _QUOTE_LINES]):
                continue    # a speaker's words opened above and closed below: '…说：“有了这个' / '好地方…”'
            weak = _weak(above, below, measure, seams) and not (
                said.pairs[_seam(above, below)] > 1 and not _figure_after(above, below, said)) \
                and not (not _ends(above) and _word_across(above, below, said))
            # (a word of the dictionary's broken at the line's end, '…已累计调' / '解纠纷 887 人次。', '…放学
            # 后有' / '人管了。”': the column's own seam, though the page never sets it together in a line)
            # (a pair the page sets together once inside a line, '一个', but the four characters around
            # the seam said only here, '下一' / '个村': a seam a column may have, or not — the page's
            # four characters across to another column's line decide, '下一' / '步将继续', `_clause_said`)
            soft = not weak and not _ends(above) and _once(above, below, seams, said)
            if not weak and not soft and not _ends(above):
                continue
            x, y = above.replace(" ", "")[-1:], below.replace(" ", "")[:1]
            for t in ends:
                tail = t.lines[-1].replace(" ", "")[-1:]
                if t is p or line_kind(below, measure) == FIRST and not _quote_left(t.lines[-1], below) \
                        and not (weak and not _ends(above) and _ends(below) and _goes_into(t.lines[-1], below, said)):
                    # (a line as wide as an indented one opens a paragraph — or ends one: under a line
                    # that runs off at a seam no column has, a sentence's end a column that runs off goes
                    # on to in the page's words, '…同比增长 94%，为' / '乡村振兴注入了新动能。', as '为乡村振' is said)
                    continue
                unit = _unit_after(t.lines[-1], below, said) and not _unit_after(above, below, said)
                clause = (tail in _RUNNING or tail in _CLOSING) and _clause_said(t.lines[-1], below, said)
                if id(t) in guessed and not _word_across(t.lines[-1], below, said) \
                        and not _quote_across(t.lines, p.lines[k:], said) and not unit \
                        and not (clause and tail in _CLOSING):
                    continue
                if soft:
                    if not (_clause_said(t.lines[-1], below, said) or unit):
                        continue
                    n = _WEAK_SEAM     # ('…还将在 2' / '个村（社区）…' under '…表示，下一': '5 个村' said)
                elif not weak:
                    # a sentence's end over a line a column may set there — but the page says that line
                    # after the column that runs off, never after this end
                    if not _after_said(t.lines[-1], above, below, said) and not (
                            said.word(tail, y) and _word_across(t.lines[-1], below, said)):
                        # (nor a word the column that runs off breaks, the page's and the dictionary's:
                        # '…还将在 10 个村（社' / '区）推广…' under '…谁不喜欢？' — no sentence opens so)
                        continue
                    n = _NO_ROOM
                elif said.word(tail, y):
                    n = said.pairs[tail + y]
                elif _word_across(t.lines[-1], below, said) or unit:
                    n = _WEAK_SEAM     # ('…我们会一' / '直坚持下去': a word the dictionary knows, said once)
                elif re.match(r"[0-9]", y) and _figure_said(t.lines[-1], said) and _figure_after(above, below, said):
                    n = _WEAK_SEAM     # ('…办理时间缩短了' / '17%。' under '…忙着登': '缩短了 68.5%' said)
                elif _han(tail) and _ends(above) and re.match(r"[0-9A-Za-z]", y):
                    n = _WEAK_SEAM     # ('…通过' / 'VR 平台，…' under a paragraph's end: no pair to ask)
                elif clause:
                    n = _WEAK_SEAM     # ('…这样的老年食堂，' / '谁不喜欢？': '堂，谁不' said elsewhere; '…2 个村
                    # （社区）' / '推广…': '区）推广')
                elif _quote_left(t.lines[-1], below):
                    n = _WEAK_SEAM     # ('…纷纷点赞：' / '“乡村大舞台暖民心！”': the quote went down whole)
                else:
                    continue
                if best is None or n > best[0]:
                    best = (n, p, k)
            for h in starts + maybe + ended:
                head = h.lines[0].replace(" ", "")[:1]
                if h is p or _ends(above) or not (weak or soft) or id(h) in after and not (weak and said.word(x, head)):
                    continue
                if h.start != CONT:
                    if not (weak and x in _RUNNING and _clause_said(above, h.lines[0], said)):
                        continue
                    n = _WEAK_SEAM     # ('…记者走进长乐村，' / '只见田间地头一派忙碌。': '村，只见' said)
                elif soft:
                    if not _clause_said(above, h.lines[0], said):
                        continue
                    n = _WEAK_SEAM     # ('…表示，下一' / '步将继续…': '下一步将' said elsewhere, '下一个村' not)
                elif said.word(x, head):
                    n = said.pairs[x + head]
                elif _unit_after(above, h.lines[0], said) and not _unit_after(above, below, said):
                    n = _WEAK_SEAM     # ('…红色书屋自 11 月 23' / '日启用以来…': '5 日启用' said elsewhere)
                elif _word_across(above, h.lines[0], said):
                    n = _WEAK_SEAM     # ('…枫林村办理业' / '务同比增长…': 业务, a word the dictionary knows)
                elif x in _RUNNING and _clause_said(above, h.lines[0], said):
                    n = _WEAK_SEAM     # ('…1 月 5 日，' / '记者走进…': the page says '日，记者' elsewhere)
                elif re.match(r"[0-9]", head) and _figure_said(above, said):
                    n = _WEAK_SEAM     # ('…还将在' / '5 个村…': the page says '将在 12 个村' elsewhere)
                else:
                    continue
                if best is None or n > best[0]:
                    best = (n, p, k)
    if best is None:
        best = _swap(pieces, chains, measure, seams, said)
    if best is None:
        # a deep column's flow holding the foot of the row of columns under it (`intake.pdfstacks`)
        best = foot_cut([p for p in pieces if p.kind == BODY and id(p) not in stacked], chains, said,
                        lambda above, below: _weak(above, below, measure, seams))
    if best is None:
        return False
    _, p, k = best
    rest = Piece(BODY, p.lines[k:], p.pos, p.flow)
    p.lines = p.lines[:k]
    pieces.insert(pieces.index(p) + 1, rest)
    cut_off_head(pieces, p)     # (a headline on top of the column: `intake.headover`)
    for i, q in enumerate(pieces):
        q.pos = i
    for q in (p, rest):
        _states(q, measure)
    _name_pieces(pieces)
    return True


def _swap(pieces: list[Piece], chains: list[list[Piece]], measure: int, seams: _Seams, said: _Said):
    """A weak seam inside a piece ('…截至目前，青石' / '参与。村民们…') and a join of two columns elsewhere
    ('…吸引了 3013 余名村民' / '社区已排查整改…') that trade their lines in the page's words: the column
    that runs off goes on in the line below ('村民参与', said twice elsewhere) and the line above goes on
    in the column it went on in ('青石社区'), where neither seam is the page's now. The cut, or None."""
    joins = [(a, b) for c in chains for a, b in pairwise(c) if a.end == OPEN]
    for p in pieces:
        if p.kind != BODY:
            continue
        for k in range(1, len(p.lines)):
            above, below = p.lines[k - 1], p.lines[k]
            if _ends(above) or not _weak(above, below, measure, seams) or line_kind(below, measure) == FIRST \
                    or _quote_open(p.lines[:k]) and _quote_closes(p.lines[k:k + _QUOTE_LINES]):
                continue
            for a, b in joins:
                if p is not a and p is not b and _clause_said(a.lines[-1], below, said) \
                        and _clause_said(above, b.lines[0], said) and not _clause_said(a.lines[-1], b.lines[0], said):
                    return (_WEAK_SEAM, p, k)
    return None


def _once(above: str, below: str, seams: _Seams, said: _Said) -> bool:
    """The seam between two lines of a piece is a pair of Han characters the page sets together once
    inside a line at most, and the two characters each side of it are said together only here."""
    a, b = "".join(above.split())[-2:], "".join(below.split())[:2]
    return len(a) == 2 and len(b) == 2 and _han(a[1]) and _han(b[0]) \
        and seams.pairs.get(a[1] + b[0], 0) <= 1 and said.fours[a + b] <= 1


def _worded(above: str, below: str, said: _Said) -> bool:
    """The seam is a word: the page's, or the dictionary's."""
    x, y = above.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    return said.word(x, y) or _word_across(above, below, said)


def _weak(above: str, below: str, measure: int, seams: _Seams) -> bool:
    """The seam between two lines of a piece is not one a column has: two characters (or a mark and
    a character) the page never sets together, or a paragraph's end over an unindented line — but not
    inside a bracket closed in the line below, nor between a character and itself ('…一台' / '台收割机',
    a word doubled: 一台台, 天天)."""
    x, y = above.replace(" ", "")[-1:], below.replace(" ", "")[:1]
    if not _ends(above):
        return bool(x and y) and not seams.pairs.get(x + y) and not _after_name(above, below) \
            and not _bracket_across(above, below) and not (x == y and _han(x))
    return line_kind(above, measure) != FULL and line_kind(below, measure) == FULL and not _ends(below)


