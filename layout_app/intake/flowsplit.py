"""Two or three columns poppler gave as one flow of pdftotext's default text, set apart again, for
pdfflows.

A brief's kicker, headline and deck are set larger than the body (五号, 三号) one gutter beside a
neighbouring story's column, on its baselines. poppler's word gap grows with the type size: it takes
the heading into the column's block, and from there the two stories' columns too — the block's lines
then come out row by row, a column's full line and the next column's line on one output line a space
apart ('余名商户参与。商户们纷纷点 “儿童之家” 来了 共建共享新家园'), a paragraph's last line or an
indented first line on an output line of its own. A page editor reads such a flow by its lines'
lengths: a justified column's lines have one steady measure, so a line of running text longer than
the measure is one column's full line, a space, and another column's line. Each output line is cut
back into its column lines; the heading's lines (no mark of running text, no sentence end: a phrase's
pause, a label's colon, a deck's dash) are set apart where they stood; the column lines are read again
row by row (`pdfcolumns`' placement of column lines, as for a page whose columns all come side by
side, no column opening left of the flow's first, a word the dictionary knows across a line's end
holding a column together), a short last line and a line cut short by a figure given back to the column
that runs on into them, and each column comes out as a flow of its own. pdfflows' rules then place
the heading lines and chain the columns. Only the order of lines and the spaces between columns
change: every character stays."""
from __future__ import annotations

from layout_app.intake.flowlines import _MID_STOP, _RUNNING, _caption, _ends, _phrase_space
from layout_app.intake.headshapes import _byline
from layout_app.intake.pdfcolumns import (FIRST, FULL, SHORT, _flow_order, _han, _Seams, cuts, line_kind,
                                          over_column)
from layout_app.text.words import inside_word

_JOINED = 2         # lines of two columns joined that make a flow a block of columns side by side
_ROWS = 3           # output lines below a line where its column's next line may be
_HEAD_GAP = 6       # output lines between two heading lines of one heading at most


def columns_untangled(lines: list[str], measure: int) -> list[str]:
    """`lines` with every flow that holds two columns' lines joined read column by column, each column
    (and each heading set apart) a flow of its own, a blank line after it."""
    text = [l for l in lines if l.strip()]
    seams = None
    out: list[str] = []
    flow: list[str] = []
    for line in lines + [""]:
        if line.strip():
            flow.append(line)
            continue
        if sum(1 for l in flow if joined(l.strip(), measure)) >= _JOINED:
            seams = seams or _Seams(text)
            parts = [line_parts(l.strip(), measure) for l in flow]
            for k, stream in enumerate(_untangled(parts, measure, _Broken(seams, parts))):
                out += [""] * bool(k) + stream
        else:
            out += flow
        out.append(line)
        flow = []
    return out[:-1]


def _untangled(lines: list[list[str]], measure: int, seams: _Broken) -> list[list[str]]:
    """One tangled flow's columns, and its heading lines, each a stream, in the order they start
    (`lines`: each output line's column lines)."""
    body: list[str] = []            # the output lines with the heading's parts taken out
    at: dict[str, tuple[int, int]] = {}     # a part → (output line, place in it)
    heads: list[tuple[tuple[int, int], str]] = []
    for n, parts in enumerate(lines):
        kept = []
        for k, part in enumerate(parts):
            at.setdefault(part, (n, k))
            if heading_part(part, measure):
                heads.append(((n, k), part))
            else:
                kept.append(part)
        if kept:
            body.append(" ".join(kept))
    streams = _flow_order(body, measure, seams, left=False)[0] if body else []
    _last_line_moved(streams, at, measure)
    _put_back(streams, at, seams)
    found = [(at.get(s[0], (len(lines), 0)), s) for s in streams if s]
    first = min((k for k, _ in found), default=(len(lines), 0))
    top = [p for k, p in heads if k < first]        # the flow's own heading, on top of its column
    groups: list[list[tuple[tuple[int, int], str]]] = []
    for k, p in heads:
        if k < first:
            continue
        if groups and k[0] - groups[-1][-1][0][0] <= _HEAD_GAP:
            groups[-1].append((k, p))
        else:
            groups.append([(k, p)])
    found += [(g[0][0], [p for _, p in g]) for g in groups]
    found.sort(key=lambda x: x[0])
    streams = [s for _, s in found]
    return [top + streams[0]] + streams[1:] if top and streams else streams or [top]


def _last_line_moved(streams: list[list[str]], at: dict, measure: int) -> None:
    """A column that runs off at the flow's foot (a full line, no sentence end) takes its paragraph's
    last line (short, ending its sentence) given below it to a column whose sentence had ended: one
    line after a sentence's end is no paragraph ('…村民随时可以' / '借阅。', not '…热心居民。' / '借阅。')."""
    for x in streams:
        if len(x) < 2 or line_kind(x[-1], measure) == SHORT or _ends(x[-1]):
            continue
        for y in streams:
            if y is not x and len(y) >= 2 and line_kind(y[-1], measure) == SHORT and _ends(y[-1]) \
                    and _ends(y[-2]) and at.get(y[-1], (-1, 0)) > at.get(x[-1], (1 << 30, 0)):
                x.append(y.pop())
                break


def _put_back(streams: list[list[str]], at: dict, seams: _Broken) -> None:
    """A line set apart as a column of its own that a column reads through: the column's line above it
    runs on into it in a word and it runs on into the column's next line in a word or on a figure
    ('…今年以来，杏' / '花街道巡查街巷同比增长' / '89.5%，…': a line cut short by the figure that did not fit
    is as wide as an indented one, which the placement never puts under a line that runs on)."""
    for y in [s for s in streams if len(s) == 1]:
        line, where = y[0], at.get(y[0])
        for x in streams:
            k = next((k for k in range(len(x) - 1) if at.get(x[k], (1 << 30,)) < (where or (-1,))
                      < at.get(x[k + 1], (-1,))), None)
            if k is not None and not _ends(x[k]) and seams.said(x[k], line) \
                    and (seams.said(line, x[k + 1]) or _figure(x[k + 1][0])):
                x.insert(k + 1, y.pop())
                break
    streams[:] = [s for s in streams if s]


def _figure(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class _Broken(_Seams):
    """The page's pairs (`pdfcolumns._Seams`), and the two characters of a word of the dictionary's a
    column line of the flow breaks at its end and a line of the next rows goes on with ('…座无' /
    '虚席。'): an idiom the page says once is a word all the same."""

    def __init__(self, page: _Seams, parts: list[list[str]]) -> None:
        self.pairs, self.weight = page.pairs, page.weight
        self.words = set()
        for n, above in enumerate(parts):
            for x in above:
                for y in (y for below in parts[n + 1:n + 1 + _ROWS] for y in below):
                    if _han(x[-1]) and _han(y[0]) and inside_word(x[-2:] + y[:2], len(x[-2:])):
                        self.words.add(x[-1] + y[0])

    def cost(self, a: str, b: str) -> float:
        return 0.0 if a + b in self.words else super().cost(a, b)

    def said(self, above: str, below: str) -> bool:
        """`above` runs on into `below` in a word, the page's or the dictionary's."""
        return self.word(above[-1], below[0]) or above[-1] + below[0] in self.words


def line_parts(line: str, measure: int) -> list[str]:
    """An output line's column lines: all but the last reach their column's edge (a full line, or an
    indented first line); the last may be a heading's line wider than a column ('余名商户参与。商户们纷纷点'
    / '“儿童之家” 来了 共建共享新家园'), after running text."""
    if not over_column(line, measure):
        return [line]
    found = cuts(line, measure)
    if found and len(found[0][1]) > 1:
        return list(found[0][1])
    tokens = line.split(" ")
    for j in range(1, len(tokens)):
        piece = " ".join(tokens[:j])
        if over_column(piece, measure):
            break
        if line_kind(piece, measure) in (FULL, FIRST) and _running(piece):
            return [piece, " ".join(tokens[j:])]
    return [line]


def joined(line: str, measure: int) -> bool:
    """A line longer than a column that is a column's full line, a space, and another column's line:
    running text in one of them (a heading has no comma), not a caption's shape."""
    if not over_column(line, measure) or _caption(line):
        return False
    parts = line_parts(line, measure)
    return len(parts) > 1 and any(_running(p) for p in parts) and not _lead_run(parts[-1], measure)


def _lead_run(part: str, measure: int) -> bool:
    """The rest of a line of running text wider than a column, not another column's line: short of a
    column's measure yet running on, no sentence ended ('今年以来，我区围绕群众' / '“急难愁盼” ，把民'): a
    column's line stops short only at its paragraph's end. The page lead is set across a measure of
    its own."""
    return line_kind(part, measure) == SHORT and not over_column(part, measure) and _running(part) \
        and not _ends(part) and not heading_part(part, measure)


def heading_part(part: str, measure: int) -> bool:
    """A heading's line by its shape: a deck's dash, or no mark of running text and no sentence end,
    and shorter than an indented first line (which may open on a clause with no mark: '梅岭村的图书角设在
    村委'), or a phrase's pause, or wider than a column; not a byline, which opens its column."""
    if part.startswith("——"):
        return True
    if _running(part) or _caption(part) or _byline(part, measure):
        return False
    return line_kind(part, measure) == SHORT or _phrase_space(part) or over_column(part, measure)


def _running(part: str) -> bool:
    return any(ch in _RUNNING for ch in part) or _ends(part) or bool(_MID_STOP.search(part))
