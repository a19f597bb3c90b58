"""Two heading lines over a brief (简讯), read back as one headline (for unpdf, text given line by line).

A story whose text opens on its dateline right under its heading — 本报讯（记者 …）, no deck, no byline
between — is a brief, and a page editor heads a brief with its headline alone: a kicker goes over a
story set out at length. Two heading lines over a brief's dateline are one headline compose set in two
lines ('跑出精气神 赛出好风采' / '2210名选手同场竞技'), where compose could have broken it there and the
lines show a headline's shape — the writer's space between phrases inside one of them (a headline of
three phrases is broken at one of its spaces, the other stays), or the lower opening on its count (one:
a line counting twice sums the story up, a deck — '38场讲座吸引读者1.5万人次') — and
the upper no kicker's: a place's label and colon ('湖滨街道：…'), a pause (、，？), a tag taking the reader
to a place ('… 走进七星乡'), a kicker's face (the blank before its quote, or a line pdftotext -raw left
whole at its quote). A theme over a line with neither shape ('健康服务零距离' / '看病不用再“起早排队”')
reads both ways: structure guesses. A guess, shown; only white space is added."""
from __future__ import annotations

import re

from layout_app.intake.headblock import counts_twice
from layout_app.intake.partsapart import _lone_head_line
from layout_app.intake.pdfcolumns import width
from layout_app.intake.repair import DATELINE, HEADLINE_MAX

IN_BRIEF = 0.6        # a guess: a brief with a kicker is rare, not impossible
_GOES_TO = re.compile(r"(?:^|[\s：:])走进\S+$")     # a kicker's tag ('开学第一课 走进五里乡')
_BLANK_QUOTE = re.compile(r"[\u4e00-\u9fff] “")    # a kicker's face (quoteface)
_CLOSE_QUOTE = re.compile(r"[\u4e00-\u9fff]“")
_PHRASES = re.compile(r"[\u4e00-\u9fff”] [\u4e00-\u9fff“]")    # the writer's space between two phrases


def brief_headlines(lines: list[str], uncut: frozenset[str] = frozenset(),
                    doubts: dict[str, float] | None = None) -> list[str]:
    """Two heading lines alone over a brief's dateline, of a headline's shape and no kicker's, joined
    (the copy's space at the break where it may be the writer's pause). `uncut`: lines pdftotext -raw
    left whole at a quote set mid-line (`quoteface.seen_whole`): a kicker's."""
    from layout_app.intake.balanced import compose_breaks_there
    from layout_app.intake.headings import BANNER_HEAD, _doubt, at_pause

    out = list(lines)
    i = 0
    while i + 2 < len(out):
        up, low, text = out[i].strip(), out[i + 1].strip(), out[i + 2].strip()
        before = out[i - 1].strip() if i else ""
        if (up and low and DATELINE.match(text) and _lone_head_line(up) and _lone_head_line(low)
                and not (before and _lone_head_line(before)) and not _kicker_shape(up, uncut)
                and not BANNER_HEAD.match(up) and not re.search(r"[：:]", low)
                and (_PHRASES.search(up) or _PHRASES.search(low) or (low[:1].isdigit() and not counts_twice(low)))
                and width(up) + width(low) <= HEADLINE_MAX and compose_breaks_there(up, low)):
            out[i:i + 2] = [up + (" " if at_pause(up, low) else "") + low]
            _doubt(doubts, out[i], IN_BRIEF)
        i += 1
    return out


def _kicker_shape(line: str, uncut: frozenset[str]) -> bool:
    return (bool(re.search(r"[：:，,、？?]", line)) or bool(_GOES_TO.search(line)) or bool(_BLANK_QUOTE.search(line))
            or (bool(_CLOSE_QUOTE.search(line)) and line in uncut))
