"""Two heading lines between a kicker closed by its tag and a dash deck, read back as one headline (for
unpdf, text given line by line).

A kicker's tag taking the reader to a place closes it ('“双减”落地见实效 走进仁和街道'); a dash deck
('——仁和街道课后服务见闻') is the heading's last part and its only deck. Two heading lines between them
are therefore neither a second kicker line nor a deck: they are the headline compose set in two lines
('仁和街道：“双减”之下' / '课后服务有声有色'), however each reads alone. Only white space is added."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _caption_like, _lone_head_line, _starts_part
from layout_app.intake.pdfcolumns import _ends_sentence, width
from layout_app.intake.repair import HEADLINE_MAX

BETWEEN = 0.8          # sure but for the estimate of a line's shape
_GOES_TO = re.compile(r"[ \u3000]走进[\u4e00-\u9fff]{2,12}$")     # a kicker's tag: '… 走进牛角街道'
_DASH = ("——", "—", "－－", "--")


def between_kicker_and_deck(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """A kicker ending on its 走进… tag, two heading lines, a dash deck: the two lines one headline
    (the copy's space at the break where it may be the writer's pause)."""
    from layout_app.intake.headings import _doubt, at_pause

    out = list(lines)
    i = 1
    while i + 2 < len(out):
        kicker, up, low, deck = (out[k].strip() for k in range(i - 1, i + 3))
        if (up and low and _GOES_TO.search(kicker) and deck.startswith(_DASH) and _lone_head_line(kicker)
                and _between(up) and _between(low) and not _GOES_TO.search(up)
                and width(up) + width(low) <= HEADLINE_MAX):
            out[i:i + 2] = [up + (" " if at_pause(up, low) else "") + low]
            _doubt(doubts, out[i], BETWEEN)
        i += 1
    return out


def _between(line: str) -> bool:
    """A heading line by its place between the kicker and the deck: no sentence's end, no other part
    (a place's colon before a quoted term reads as someone's words elsewhere: '仁和街道：“双减”之下')."""
    return not _ends_sentence(line) and not _starts_part(line) and not _caption_like(line) and not line.startswith(_DASH)
