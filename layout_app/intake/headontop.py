"""A headline poppler gave on top of its story's first column, in one flow of pdftotext's default
text, read as that column's first lines — for flowheads: taken out as heading lines of their own
(no mark of running text, no sentence end, over an indented line, the seam no word; or a line naming
a place the rest of its chain never names while the rest names another)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from layout_app.intake.repair import HEADLINE_MAX
from layout_app.intake.flowlines import _ends
from layout_app.intake.flownames import _PLACE, _name_pieces, _plain
from layout_app.intake.headshapes import _byline
from layout_app.intake.pdfcolumns import FIRST, line_kind
from layout_app.text.words import inside_word

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

HEAD = "head"


def _headline_on_top(pieces: list[Piece], chains: list[list[Piece]], measure: int) -> None:
    """A headline poppler gave on top of its story's first column, in one flow, read as that column's
    first lines ('翠屏镇启用“文化礼堂”' / '进一步提升了基层治理水平' / '镇长张静表示，下一步将'): a chain's
    first lines with no mark of running text and no sentence end, over a paragraph's first line
    (indented, and going on), the seam between them no word — running text cannot go on in an
    indented line. They are taken out as heading lines of their own (in place: `pieces`)."""
    cut = False
    for c in chains:
        p = c[0]
        k = _headline_lines(p.lines, measure) or _other_place_on_top(c, measure)
        if k:
            at = pieces.index(p)
            pieces[at:at] = [type(p)(HEAD, [line], p.pos, p.flow) for line in p.lines[:k]]
            del p.lines[:k]
            cut = True
    if cut:
        for i, q in enumerate(pieces):
            q.pos = i
        _name_pieces(pieces)


def _other_place_on_top(chain: list[Piece], measure: int) -> int:
    """1 when a chain's first line, no mark of running text and no sentence end, names a place the rest
    of the chain never names while the rest names another, the seam under it no word ('枫林村四点半课堂
    开放 31 天' over '通过 5G 平台，游客可以在线预约志愿服务队…', a 东湖镇 story's column): another story's
    headline, set over this column — a column's text names its own story's place. (A figure's width
    is a guess: the line under it need not look indented.)"""
    lines = chain[0].lines
    if len(lines) < 3 or _byline(lines[0], measure):
        return 0
    top = lines[0]
    if _ends(top) or any(ch in _RUNNING_MARKS for ch in top):
        return 0
    rest = "".join("".join(l.split()) for l in lines[1:]) + "".join(_plain(q) for q in chain[1:])
    named, others = set(_PLACE.findall("".join(top.split()))), set(_PLACE.findall(rest))
    seam = top.replace(" ", "") + lines[1].replace(" ", "")
    return int(bool(named) and bool(others) and not named & others and not any(n in rest for n in named)
               and not inside_word(seam, len(top.replace(" ", ""))))


def _headline_lines(lines: list[str], measure: int) -> int:
    """How many of a column piece's first lines (one or two) are a headline set over it, or 0."""
    if _byline(lines[0], measure):
        return 0
    for k in (2, 1):        # (a headline's second line may be as wide as an indented one)
        if len(lines) < k + 2:
            continue
        top, first, then = lines[:k], lines[k], lines[k + 1]
        if any(_ends(l) or any(ch in _RUNNING_MARKS for ch in l) for l in top) \
                or len("".join("".join(top).split())) > HEADLINE_MAX:
            continue
        # (a figure's or a Latin word's width is a guess: the line may be full, or cut short by one)
        indented = line_kind(first, measure) == FIRST and not re.search(r"[0-9A-Za-z]", first) \
            and not re.match(r"[0-9A-Za-z]", then) and not _ends(first)
        seam = top[-1].replace(" ", "") + first.replace(" ", "")
        if indented and not inside_word(seam, len(top[-1].replace(" ", ""))):
            return k
    return 0


_RUNNING_MARKS = set("，,、；;：:。！？!?")
