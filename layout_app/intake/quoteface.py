"""The face a heading line is set in, as the blanks an extraction shows beside its quote marks tell it
(for unpdf; text a tool took out of a PDF, the type sizes and faces gone).

A page sets its kicker (引题) in another face than its headline (主题) — 楷体 over 黑体 — and some
faces carry the blank of a full-width opening quote into the text: pypdfium2 reads '关爱 “一老一小”'
from a kicker where it reads '旧楼“长”出新电梯' from a headline. On a page whose text shows that blank
before a quote mid-line (a kicker's or the page lead's), a heading line that sets a quote close
after a character is in the headline's face: no kicker. Over one more heading line that is no deck
(no dash, no figures) it is the first of a headline's two lines ('旧楼“长”出新电梯' / '小区停车棚办到居民
心坎上'), where compose could have broken one headline there. (After a colon or another mark the blank
is the mark's in every face: '兴隆乡：“家门口”就业' tells nothing.) Only white space is added."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _FIGURE_DECK, _lone_head_line
from layout_app.intake.pdfcolumns import width
from layout_app.intake.repair import HEADLINE_MAX

SAME_FACE = 0.8        # a guess: the blank is the extraction's, the face's sign, not the writer's
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


def whole_lines(lines: list[str], measure: int) -> bool:
    """The text keeps the page's lines whole, one column line a line, as pypdfium2 gives them: not
    pdftotext -raw's pieces cut after their marks (whose kickers show the blank only now and then), nor
    pdftotext's column flows (whose headlines show blanks of their own)."""
    from layout_app.intake.pdfflows import in_column_flows
    from layout_app.intake.quotecut import cut_after_marks

    return not in_column_flows(lines) and not cut_after_marks([l.strip() for l in lines if l.strip()], measure)


def same_face_halves(lines: list[str], whole: bool, doubts: dict[str, float] | None = None) -> list[str]:
    """Two heading lines, the upper in the headline's face (`headline_face`) on a page whose text shows
    another face's quote blanks, the lower no deck (no dash, no figures) nor byline: one headline in two
    lines (not a kicker's label and colon, '记者蹲点：…', nor the page banner's county and colon, which
    tell their own part), joined with a space at the break where the writer's pause may be. `whole`: the text keeps the
    page's lines whole (`whole_lines`); other text is returned as it is."""
    from layout_app.intake.balanced import compose_breaks_there
    from layout_app.intake.headings import _LABEL, BANNER_HEAD, _doubt, at_pause

    if not whole:
        return list(lines)
    sure = SAME_FACE if faces_show(lines) else UNSEEN_FACE
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if (prev and s and headline_face(prev) and _lone_head_line(prev) and _lone_head_line(s)
                and not _BLANK_QUOTE.search(s) and not re.search(r"\d", s) and not _FIGURE_DECK.match(s)
                and not prev.endswith(("：", ":")) and not _LABEL.match(prev) and not BANNER_HEAD.match(prev)
                and width(prev) + width(s) <= HEADLINE_MAX and compose_breaks_there(prev, s)):
            out[-1] = prev + (" " if at_pause(prev, s) else "") + s
            _doubt(doubts, out[-1], sure)
        else:
            out.append(line)
    return out
