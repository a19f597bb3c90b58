"""The face a heading line is set in, as the blanks an extraction shows beside its quote marks tell it
(for unpdf; text a tool took out of a PDF, the type sizes and faces gone).

A page sets its kicker (引题) in another face than its headline (主题) — 楷体 over 黑体 — and some
faces carry the blank of a full-width opening quote into the text: pypdfium2 reads '关爱 “一老一小”'
from a kicker where it reads '旧楼“长”出新电梯' from a headline. A heading line that sets a quote close
after a character is in the headline's face: no kicker (a guess, surer on a page whose text shows the
blank before a quote mid-line elsewhere, a kicker's or the page lead's). Over one more heading line that is no deck
(no dash, no figures) it is the first of a headline's two lines ('旧楼“长”出新电梯' / '小区停车棚办到居民
心坎上'), where compose could have broken one headline there. (After a colon or another mark the blank
is the mark's in every face: '兴隆乡：“家门口”就业' tells nothing.) pdftotext -raw shows the face another way:
it cuts a line at a quote set close and leaves a kicker's line whole. Only white space is added."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _FIGURE_DECK, _lone_head_line
from layout_app.intake.pdfcolumns import width
from layout_app.intake.repair import HEADLINE_MAX, PLACE_LABEL

SAME_FACE = 0.8        # a guess: the blank is the extraction's, the face's sign, not the writer's
CUT_FACE = 0.7         # … -raw's cuts at quotes, a sign of the face as good, though its pieces are joined by a guess
UNSEEN_FACE = 0.6      # … where no line of the page shows another face's blank: a kicker's face may show none
# a quote opened mid-line right after a character, with the face's blank before it / set close
_BLANK_QUOTE = re.compile(r"[\u4e00-\u9fff] “")
_CLOSE_QUOTE = re.compile(r"[\u4e00-\u9fff]“")


def faces_show(lines: list[str]) -> bool:
    """The text shows the blank some face sets before an opening quote mid-line."""
    return any(_BLANK_QUOTE.search(l) for l in lines)


def headline_face(line: str) -> bool:
    """A heading line that sets a quote close after a character, and none with the blank."""
    return bool(_CLOSE_QUOTE.search(line)) and not _BLANK_QUOTE.search(line)


def raw_pieces(lines: list[str], measure: int) -> bool:
    """The text shows pdftotext -raw's pieces cut after their marks (not its column flows)."""
    from layout_app.intake.pdfflows import in_column_flows
    from layout_app.intake.quotecut import cut_after_marks

    return not in_column_flows(lines) and cut_after_marks([l.strip() for l in lines if l.strip()], measure)


def whole_lines(lines: list[str], measure: int) -> bool:
    """The text keeps the page's lines whole, one column line a line, as pypdfium2 gives them: not
    pdftotext -raw's pieces cut after their marks (whose kickers show the blank only now and then), nor
    pdftotext's column flows (whose headlines show blanks of their own)."""
    from layout_app.intake.pdfflows import in_column_flows
    from layout_app.intake.quotecut import cut_after_marks

    return not in_column_flows(lines) and not cut_after_marks([l.strip() for l in lines if l.strip()], measure)


def seen_whole(lines: list[str]) -> frozenset[str]:
    """The lines that hold a quote mid-line after a character (its face's blank closed up): in pdftotext
    -raw's text, lines it did not cut at that quote."""
    from layout_app.intake.headings import quote_blanks

    return frozenset(quote_blanks(l.strip()) for l in lines if _CLOSE_QUOTE.search(l) or _BLANK_QUOTE.search(l))


def cut_face_halves(lines: list[str], cut: bool, uncut: frozenset[str],
                    doubts: dict[str, float] | None = None) -> list[str]:
    """`same_face_halves` for pdftotext -raw's text (`cut`: `raw_pieces`), after the heading pieces it cut are
    joined: -raw cuts a line at a quote set close — a headline's face sets it so — and leaves whole a
    kicker's quote set with its blank. A heading line holding a quote mid-line that -raw gave whole
    (`uncut`, `seen_whole` before the joins) is a kicker's; one put together from pieces cut at its
    quote is the headline's, and goes on into a heading line under it as `same_face_halves` says."""
    if not cut:
        return list(lines)
    return _halves(lines, lambda line: bool(_CLOSE_QUOTE.search(line)) and line not in uncut, CUT_FACE, doubts)


def same_face_halves(lines: list[str], whole: bool, doubts: dict[str, float] | None = None) -> list[str]:
    """Two heading lines, the upper in the headline's face (`headline_face`) on a page whose text shows
    another face's quote blanks, the lower no deck (no dash, no figures) nor byline: one headline in two
    lines (not a kicker's label and colon, '记者蹲点：…', nor the page banner's county and colon, which
    tell their own part), joined with a space at the break where the writer's pause may be. `whole`: the text keeps the
    page's lines whole (`whole_lines`); other text is returned as it is."""
    if not whole:
        return list(lines)
    return _halves(lines, headline_face, SAME_FACE if faces_show(lines) else UNSEEN_FACE, doubts)


def _halves(lines: list[str], faced, sure: float, doubts: dict[str, float] | None) -> list[str]:
    """Two heading lines, the upper in the headline's face (`faced`), the lower no deck nor byline nor
    in another face: one headline in two lines."""
    from layout_app.intake.balanced import compose_breaks_there
    from layout_app.intake.headings import _LABEL, BANNER_HEAD, _doubt, at_pause
    from layout_app.intake.subjectheads import kicker_over_clause

    out: list[str] = []
    for k, line in enumerate(lines):
        s = line.strip()
        prev = out[-1].strip() if out else ""
        after = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (prev and s and faced(prev) and _lone_head_line(prev) and _lone_head_line(s)
                and not _BLANK_QUOTE.search(s) and not re.search(r"\d", s) and not _FIGURE_DECK.match(s)
                and not prev.endswith(("：", ":")) and not _LABEL.match(prev) and not BANNER_HEAD.match(prev)
                # (a place's label opens its own part: '丰收街道玉泉村：打通城乡“微循环”' / '丰收街道玉泉村：出行更方便了')
                and not PLACE_LABEL.match(s)
                and width(prev) + width(s) <= HEADLINE_MAX and compose_breaks_there(prev, s)
                # (a phrase standing alone over a clause broken between subject and verb: a kicker over
                # its two-line headline — '一颗草莓“红”了一个村' / '东岭村千亩草莓产业园' / '带富一方百姓')
                and not (after and _lone_head_line(after) and kicker_over_clause(prev, s, after))):
            out[-1] = prev + (" " if at_pause(prev, s) else "") + s
            _doubt(doubts, out[-1], sure)
        else:
            out.append(line)
    return out
