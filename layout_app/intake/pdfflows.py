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
from layout_app.intake.captionscene import SURE, scene_evidence
from layout_app.intake.flowlines import (
    _caption,
    _MID_STOP,
    _RUNNING,
    _columns_apart,
    _dated,
    _decks_apart,
    _ends,
    _quote_across,
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
    _Seams,
    _squeezed,
    side_by_side,
)
from layout_app.intake.headblock import block_lines
from layout_app.intake.headover import names_apart
from layout_app.intake.headparts import _banner_on_top
from layout_app.intake.headsapart import _heads_apart
from layout_app.intake.headshapes import _dateline
from layout_app.intake.pdfpieces import (
    AMBIG,
    PARA,
    MIN_FLOWS,
    STORY,
    Piece,
    in_column_flows,
)
from layout_app.intake.pdfseams import _Said
from layout_app.intake.pdfrests import heads_over_first_columns, rests_placed, strays_home
from layout_app.intake.headthemes import themes_moved
from layout_app.intake.flowfeet import _column_top, _feet_first, _feet_taken, _foot_rest
from layout_app.intake.flowcuts import _MAX_CUTS, _cut_flow

_MAX_PIECES = 160       # column pieces put in order at most

def flows_in_order(lines: list[str], measure: int, unsure: list | None = None, apart: set | None = None) -> list[str]:
    """The lines of pdftotext's default text of a page in reading order; other copy as it is. `apart`
    gets the first line of each heading and caption set after a story that runs off mid-sentence (its
    rest not found): joining paragraphs must not run the sentence on into them — a story's words read
    into a headline or caption are worse than a sentence left open."""
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
    _feet_first(pieces, measure, said)      # (a column's last line poppler gave as a caption, its word going on)
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
    heads_over_first_columns(chains, heads)    # (a headline poppler gave between its story's columns)
    strays_home(chains, heads)    # (a story's last paragraph naming another story's subject alone)
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
    run_off = False         # the story before ran off mid-sentence
    for k in order:
        if out:
            out.append("")
        head = block_lines(heads.get(k, []), pieces, given_next)    # (a headline's lines in one block: one line)
        if run_off and head and apart is not None:
            apart.add(head[0])
        out += head
        for p in chains[k]:
            out += p.lines
        run_off = bool(chains[k]) and not _ends(chains[k][-1].lines[-1])
        for p in captions.get(k, []):
            if run_off and apart is not None and (_ends(p.lines[0]) or _caption(p.lines[0])):
                apart.add(p.lines[0])       # (a caption's line ends its sentence: one that does not may be the rest)
            run_off = False
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
                if heading and after in (BODY, "short", "full") and _quote_across(flow[i], flow[i + 1]):
                    heading = False     # a column's line whose quote the line under it closes
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
        _scene_at_foot(flow, classes)
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
                    and not (i and classes[i - 1] == "byline") \
                    and not _dateline(run[0]):     # (under a byline, or a dateline: its column's text)
                classes[i:j] = [HEAD] * len(run)
            i = j + 1 if j == i else j
        for i in range(1, len(classes)):
            if classes[i] == BODY and classes[i - 1] == LEAD and (
                    not _ends(flow[i - 1]) or line_kind(flow[i], measure) not in (FULL, FIRST)):
                classes[i] = LEAD       # the rest of the page lead's paragraph
            elif classes[i] in (HEAD, CREDIT) and classes[i - 1] == LEAD and not _ends(flow[i - 1]) \
                    and _squeezed(flow[i]) > measure + 1.2 and _MID_STOP.search(flow[i]):
                # (a lead's line with no comma, a sentence ending inside it: '生实事办到百姓心坎上。本版今起
                # 推出 “身边的变化”' — the sentence above runs on into it, no heading has a stop inside)
                classes[i] = LEAD
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


def _scene_at_foot(flow: list[str], classes: list[str]) -> None:
    """A photo's caption poppler gave as its flow's last line, under a column whose last sentence ends on
    the line above ('…缩短了 49%。' / '城北乡社工陪老人聊天。'), or alone in its flow: one sentence that shows
    someone at work somewhere, now (`captionscene`: SURE) — a column's last sentence reports. (The page's
    credits, '版式设计 韩敏', may follow it.)"""
    i = len(flow) - 1
    while i > 0 and classes[i] == CREDIT:
        i -= 1
    if classes[i] == BODY and _caption(flow[i]) and scene_evidence(flow[i]) == SURE \
            and (i == 0 or classes[i - 1] == BODY and _ends(flow[i - 1])):
        classes[i] = CAPTION


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
