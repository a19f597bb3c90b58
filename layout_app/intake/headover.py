"""A headline poppler gives on top of another story's column, in one flow of pdftotext's default text
(for pdfflows): the headline is set over the column in larger type, as wide as a column's line in
characters, and nothing in its characters says it is no column line — but a column's text names its
own story's place, and the seam under the headline is no word. And a headline set in two or three
lines that a flow's cut left on top of the column under it: no mark of running text in any line."""
from __future__ import annotations

from typing import TYPE_CHECKING

from layout_app.intake.flowlines import _MID_STOP, _RUNNING, _ends
from layout_app.intake.flownames import _PLACE
from layout_app.intake.headshapes import _BYLINE
from layout_app.intake.pdfcolumns import _han, _Seams
from layout_app.text.words import inside_word

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

_REST = 3           # lines of the column under it, at least, to tell the place it names


def names_apart(flow: list[str], seams: _Seams) -> bool:
    """The flow's first line names a place the column under it never names, while the column names
    another ('望江街道电商直播间显身手' over '功能，群众满意度明显提升。' / '今年以来，双河乡接待群众同…'), and
    the two characters at the seam are never set together on the page nor a word of the dictionary
    ('手' / '功'): another story's headline set over the column, not its line. (The caller asks that
    the line has no mark of running text and ends no sentence.)"""
    if len(flow) < 1 + _REST:
        return False
    line, below = flow[0].replace(" ", ""), flow[1].replace(" ", "")
    rest = "".join(l.replace(" ", "") for l in flow[1:])
    named, others = set(_PLACE.findall(line)), set(_PLACE.findall(rest))
    x, y = line[-1:], below[:1]
    return bool(named) and bool(others) and not named & others and not any(n in rest for n in named) \
        and _han(x) and _han(y) and not seams.pairs.get(x + y) and not inside_word(line + below, len(line))


def cut_off_head(pieces: list[Piece], top: Piece) -> None:
    """`top`, the upper part of a flow just cut at a weak seam, first of the column text in its flow: two
    or three lines with no mark of running text, no sentence's end, no quote opened after a colon
    ('龙泉镇设立“家庭医生工作室”' / '进一步提升了基层治理水平' over '泉镇，只见广场上欢声笑语。'), is a
    headline set in lines over the column, not a column's foot — two column lines with no comma are
    rare, and a column's text that runs off is found its rest elsewhere. Its lines become heading
    lines (in place: `pieces`)."""
    at = pieces.index(top)
    if not 2 <= len(top.lines) <= _HEAD_LINES or any(q.kind == top.kind and q.flow == top.flow for q in pieces[:at]):
        return
    if any(ch in _RUNNING for l in top.lines for ch in l) or any(_ends(l) or _MID_STOP.search(l) for l in top.lines) \
            or any(l.startswith(_BYLINE) for l in top.lines):       # (a byline: its story's first column's top)
        return
    pieces[at:at + 1] = [type(top)(_HEAD, [line], top.pos, top.flow) for line in top.lines]


_HEAD_LINES = 3         # a headline's lines, at most
_HEAD = "head"          # flowheads.HEAD (flowheads asks this module's caller)
