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
goes on under it, so the quote's line was full — the rest of the line above. -raw may have cut the
quote's line after a comma too, and a closing quote off the stop's piece ('”' alone): the line is
measured with them. This runs before other pieces are joined, on the pieces as -raw gave them."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _heading_like, _starts_part
from layout_app.intake.pdfcolumns import (
    _LEADING_NUMBER,
    Unsure,
    _squeezed,
    estimated,
    natural,
    set_close,
    slack,
    width,
)
from layout_app.intake.repair import PLACE_LABEL, ends_sentence

_NO_LINE_START = set("”’）》」』，。、：；！？…,.:;!?)")
_CUT_MARKS = "，、：；"                  # -raw cuts after these too: the line goes on in the next piece
_GOES_ON = tuple("”’，。、；：！？")      # a piece opening on one of these is the rest of its line
# the speaker of a quote and a verb of saying, a sentence of its own ('83岁的吴大爷笑着说。'; unpdf's too)
SAID_BY = re.compile(r"^[\u4e00-\u9fff·0-9A-Za-z]{1,16}(?:说|表示|介绍|告诉记者|坦言|感叹)。")
_HAN = re.compile(r"[\u3400-\u9fff0-9]")       # running text: Chinese, or a figure ending its sentence (36.5%。)


PARAGRAPH = "paragraph"     # an `Unsure`'s kind: where a paragraph ends is a guess
_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d)")
_ORPHAN = re.compile(r"[\u3400-\u9fff][。！？!?…]+[”’]?")     # one character and its stop: no last line


def _set_width(text: str) -> float:
    """The width as set, a clock's colon ('21:30') as narrow as a point (width takes a half-width
    colon for a full-width one the copy's damage turned half-width)."""
    return width(_CLOCK_COLON.sub(".", text))


def _fills(line: str, measure: int, tol: float) -> bool:
    """`line` fills the column: at its own widths, or set close — its paired marks at an em and a half,
    and a mark at its end half-width where the line would overrun by that half."""
    if abs(_set_width(line) - measure) <= tol:
        return True
    w = set_close(line)
    return abs(w - measure) <= tol or abs(natural(line) - measure) <= tol


def _quote_line(pieces: list[str], k: int, measure: int) -> tuple[list[str], str]:
    """The pieces from `k` on that -raw may have cut out of one column line (after a comma-like mark,
    before a closing one): the line as it grows piece by piece; and the piece after the last."""
    runs = [pieces[k]]
    while k + 1 < len(pieces):
        nxt = pieces[k + 1]
        if not nxt or not (runs[-1][-1:] in _CUT_MARKS or nxt.startswith(_GOES_ON)):
            break
        if _squeezed(runs[-1] + nxt) > measure + 0.01:
            break
        runs.append(runs[-1] + nxt)
        k += 1
    return runs, (pieces[k + 1] if k + 1 < len(pieces) else "")


def rest_of_line(prev: str, pieces: list[str], k: int, measure: int, cut: bool = True) -> bool:
    """`pieces[k]` opens on a quote after `prev`, a line that ends a sentence: the rest of `prev`'s
    column line, not a new paragraph's first line. `pieces`: the stripped lines as -raw gave them.
    `cut`: the page's text shows -raw's cuts after a mark (`cut_after_marks`)."""
    s = pieces[k]
    if not s.startswith(("“", "‘")) or not prev or not ends_sentence(prev) or not _HAN.search(prev):
        return False
    runs, after = _quote_line(pieces, k, measure)
    run = runs[-1]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
    unit = _LEADING_NUMBER.match(nxt)
    if (not cut and not _ORPHAN.fullmatch(prev)
            and natural(s) + width(unit.group() if unit else nxt[:1]) > measure - 2 - 0.5):
        # a text that keeps its column lines whole (pypdfium2's, pdftotext's default): a quote's line
        # filling an indented first line (what comes next would not have gone on it) is a line as the
        # page set it — a new paragraph's first line ('…优先安排下岗职工和困难家庭。' / '“一晚上能卖 52 多
        # 碗，'), unless the line above is one character and its stop (compose never leaves it) or the
        # quote's speaker under it says it goes on from the line above
        return _said_under(prev, run, after, measure, slack(prev + run))
    if _words_go_on(prev, run, after, measure):
        # someone's words with their stop inside, going on in the line ('“明年还来！”非遗传'), that
        # stop on a word short of an indented first line by a character or more, which would
        # have gone on it ('里上演。' / '“明年还来！' / '”非遗传' / '承人余亮…'): no paragraph's first line
        # breaks there — the rest of the line above
        return True
    if _heading_like(run) and (run.count("“") == run.count("”") or _starts_part(after)
                               or (_heading_like(after) and width(after) < measure - 1)):
        return False                    # a headline opening on a quote ('“便民服务站”护安宁'; '“最后一公里”' /
        # '打通了'): its quote closed, no mark of running text — or over its deck, byline or heading line
    tol = slack(prev + run)
    if _ORPHAN.fullmatch(prev) and set_close(prev + run) <= measure + tol:
        return True         # the stop's piece one character ('议。' / '“返乡创业，我觉得值。”'): compose never
        # ends a paragraph on such a line (an orphan), and the quote fits beside it set close
    if any(abs(_set_width(prev + r) - measure) <= tol for r in runs if r[-1:] in _CUT_MARKS or r is run):
        # the two fill the column (where the quote's piece alone fills a first line, the stop's piece
        # holds one character and its stop: an orphan, which compose never leaves on a last line)
        return True
    if any(_fills(prev + r, measure, tol) for r in runs[:-1] if r[-1:] in _CUT_MARKS) or (
            not ends_sentence(run) and tol < 0.1 and natural(run) > measure - 2 + tol
            and _fills(prev + run, measure, tol)):
        # …or set close ('。“' an em and a half, the comma at the line's end half-width): the quote's piece
        # cut at its comma with more cut after it ('…就签了意向协议。' / '“返乡创业，' / '我觉得值，'), or its
        # whole piece where it ends no sentence and no figure's width is a guess ('识。' / '“医生上门量血压、
        # 送药，': 11.5 wide, more than an indented first line holds). Not a whole sentence in quotes ('负担。' / '“我们会一直做下去。”'), nor pdfium's whole
        # column line with figures ('字排开。' / '“一晚上能卖 4 多碗 ，'): either may be a new paragraph's
        # first line, set close as well
        return True
    return _said_under(prev, run, after, measure, tol)


def _words_go_on(prev: str, run: str, after: str, measure: int) -> bool:
    """Someone's words with their stop inside the quote's line, going on in it ('“明年还来！”非遗传'),
    stopping short of an indented first line where the next character would have gone on it."""
    exact = not estimated(prev + run + after)          # (no figure's width a guess)
    return (exact and re.search(r"[。！？!?]”", run) is not None and not ends_sentence(run) and bool(after)
            and after[0] not in _NO_LINE_START and natural(run) + width(after[0]) <= measure - 2 + 0.01
            and _fills(prev + run, measure, 0.01))


def either_way(prev: str, pieces: list[str], k: int, measure: int) -> bool:
    """`rest_of_line` took the quote's piece `pieces[k]` for the rest of `prev`'s line by the widths
    alone — the two fill the column — and it is as well a new paragraph's first line as compose sets
    that paragraph ('负担。' / '“一晚上能卖 35 多碗，' / '比以前好多了。”…'): which it is, the text cannot tell
    (not where the stop's piece is an orphan, the quote's speaker stands under it, or the words go on
    where a first line would have taken more)."""
    runs, after = _quote_line(pieces, k, measure)
    run = runs[-1]
    if _ORPHAN.fullmatch(prev) or _said_under(prev, run, after, measure, slack(prev + run)) \
            or _words_go_on(prev, run, after, measure):
        return False
    return _opens_paragraph(pieces, k, runs, measure)


def rest_as_well(prev: str, pieces: list[str], k: int, measure: int) -> bool:
    """The quote's piece `pieces[k]` after `prev`, a line ending a sentence, taken for a new paragraph's
    first line, and it reads as the rest of `prev`'s line as well: compose, running the two on inside a
    paragraph, could break the line right after the quote's line ('获奖。' / '“明年还来!' / '”演员胡晓' /
    '燕说。': '获奖。“明年还来！”演员胡晓' is such a line, '“明年还来！”演员胡晓' a first line too)."""
    from layout_app.intake.resetlines import breaks_after

    if not pieces[k].startswith(("“", "‘")) or not prev or not ends_sentence(prev) or not _HAN.search(prev):
        return False
    runs, after = _quote_line(pieces, k, measure)
    run = runs[-1]
    # (the two must fit one line set close before compose is asked to set them again: it is dear)
    return bool(after) and not _starts_part(after) and _fits_line(prev + run, measure) \
        and breaks_after(prev + run, after, measure) and _opens_paragraph(pieces, k, runs, measure)


def _fits_line(text: str, measure: int) -> bool:
    return _squeezed(text) <= measure + slack(text)


def _opens_paragraph(pieces: list[str], k: int, runs: list[str], measure: int) -> bool:
    """The quote's line (`runs[-1]`, -raw's pieces from `k`) is a paragraph's first line as compose sets
    the paragraph it opens, run on through the pieces after it."""
    from layout_app.intake.resetlines import opens_paragraph

    return opens_paragraph(runs[-1], pieces[k + len(runs):k + len(runs) + 8], measure)


def _said_under(prev: str, run: str, after: str, measure: int, tol: float) -> bool:
    # a quote short of a first line, its speaker under it: the paragraph goes on, the line was full
    return (ends_sentence(run) and width(run) < measure - 3 and _squeezed(prev + run) <= measure + tol
            and bool(SAID_BY.match(after)))


def cut_after_marks(pieces: list[str], measure: int) -> bool:
    """The text shows pdftotext -raw's cuts: a piece opening on a closing quote or a stop (no column line
    may: the line-start rule), or two pieces or more stopping on a comma-like mark three ems or more
    short of a column line (compose ends a column line of running text on a comma only where it is
    full). A text that keeps its lines whole (pypdfium2's, pdftotext's default) has no such opening and
    such short pieces only in a kicker or two."""
    # (a place's label alone, '胜利街道城南村：', is a kicker's line as pypdfium2 gives it too)
    return (any(p[:1] in _GOES_ON for p in pieces)
            or sum(1 for p in pieces if p[-1:] in "，、：；,:;" and width(p) < measure - 3
                   and not PLACE_LABEL.fullmatch(p)) >= 2)


_CLOSERS = set("”’）」』")


def quote_tails(lines: list[str], measure: int, unsure: list | None = None) -> list[str]:
    """Each piece -raw cut off its column line at an opening quote after a sentence's stop put back
    on that line (`rest_of_line`), before other pieces are joined. `unsure`: gets an `Unsure` (its
    kind "paragraph") for each such join the text reads as a new paragraph as well (`either_way`)."""
    pieces = [line.strip() for line in lines]
    cut = cut_after_marks(pieces, measure)
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and pieces[k].startswith(("“", "‘")):
            # the line above as set: its last piece and the closing marks -raw cut off after it ('”')
            j = len(out) - 1
            while j > 0 and out[j].strip() and all(ch in _CLOSERS for ch in out[j].strip()):
                j -= 1
            prev = "".join(x.strip() for x in out[j:])
            if rest_of_line(prev, pieces, k, measure, cut):
                if unsure is not None and either_way(prev, pieces, k, measure):
                    unsure.append(Unsure([prev, pieces[k]], PARAGRAPH))
                out[j:] = [prev + pieces[k]]
                continue
            if unsure is not None and cut and rest_as_well(prev, pieces, k, measure):
                unsure.append(Unsure([prev, pieces[k]], PARAGRAPH))
        out.append(line)
    return out
