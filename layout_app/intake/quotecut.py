"""A quote pdftotext -raw cut off the column line it opens on, told from a new paragraph opening on
it, for unpdf's column lines.

-raw cuts a column line before an opening quote set close after a sentence's stop ('…长者食堂开放时
间为每天上午 9' / '点到下午 5 点。' / '“孩子们不在' / '身边，…'): the quote's piece then stands under
the stop as a new paragraph's first line would. Which it is, the widths say where they are exact:
the rest of a line fills the column with the stop's piece (at the characters' own widths), a new
paragraph's first line fills the column less its indent of two. Where both hold, the stop's piece
is one character and its stop, which compose never leaves as a paragraph's last line (an orphan):
the rest of a line. A quote standing short of a first line's width with its speaker on the line
under it ('…合影留念。' / '“明年还来！”' / '演员曾亮说。') ends no first line either: the paragraph
goes on under it, so the quote's line was full — the rest of the line above."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _heading_like, _starts_part
from layout_app.intake.pdfcolumns import _squeezed, width
from layout_app.intake.repair import ends_sentence

_CUT_MARKS = "，、：；"                  # -raw cuts after these too: the line goes on in the next piece
_GOES_ON = tuple("”’，。、；：！？")      # a piece opening on one of these is the rest of its line
_SAID_BY = re.compile(r"^[\u4e00-\u9fff·0-9A-Za-z]{1,16}(?:说|表示|介绍|告诉记者|坦言|感叹)。")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _digits(text: str) -> bool:
    return any(ch.isascii() and ch.isalnum() for ch in text)


def _quote_line(pieces: list[str], k: int, measure: int) -> tuple[str, str]:
    """The pieces from `k` on that -raw cut out of one column line (after a comma-like mark, before a
    closing one), joined; and the piece after them."""
    run = pieces[k]
    while k + 1 < len(pieces):
        nxt = pieces[k + 1]
        if not nxt or not (run[-1:] in _CUT_MARKS or nxt.startswith(_GOES_ON)):
            break
        if _squeezed(run + nxt) > measure + 0.01:
            break
        run += nxt
        k += 1
    return run, (pieces[k + 1] if k + 1 < len(pieces) else "")


def rest_of_line(prev: str, pieces: list[str], k: int, measure: int) -> bool:
    """`pieces[k]` opens on a quote after `prev`, a line that ends a sentence: the rest of `prev`'s
    column line, not a new paragraph's first line. `pieces`: the stripped lines as -raw gave them."""
    s = pieces[k]
    if not s.startswith(("“", "‘")) or not prev or not ends_sentence(prev) or not _HAN.search(prev):
        return False
    run, after = _quote_line(pieces, k, measure)
    if _heading_like(run) and (_starts_part(after) or (_heading_like(after) and width(after) < measure - 1)):
        return False                    # a headline opening on a quote ('“最后一公里”' / '打通了'), over
        # its deck or byline or the rest of its heading
    tol = 0.6 if _digits(prev + run) else 0.01     # digits and Latin have estimated widths
    if abs(width(prev + run) - measure) <= tol:
        # the two fill the column (where the quote's piece alone fills a first line, the stop's piece
        # holds one character and its stop: an orphan, which compose never leaves on a last line)
        return True
    # a quote short of a first line, its speaker under it: the paragraph goes on, the line was full
    return (ends_sentence(run) and width(run) < measure - 3 and _squeezed(prev + run) <= measure + tol
            and bool(_SAID_BY.match(after)))
