"""A heading line cut after its pause mark, for headings (pdftotext -raw's text, pdfium's too).

pdftotext -raw cuts a line after a mark set close as if the line ended there, and compose breaks a
kicker set in two lines at its pause: '无人机植保、' / '智能收割 走进仁和街道'. No heading ends on a
pause (、 or a comma) — it is the first piece of the line under it. Running text ends on one only
where it fills its column line and runs on; a piece that stops short of the column on a pause, alone
after a sentence's end or a heading, is a heading's piece. Only white space is decided here."""
from __future__ import annotations

from layout_app.intake.partsapart import _DASH_DECK, _caption_like, _lone_head_line, _starts_part
from layout_app.intake.pdfcolumns import _ends_sentence, width
from layout_app.intake.repair import HEADING_MAX, PLACE_LABEL

_PAUSE_END = ("、", "，", ",")


def _piece(line: str, measure: int) -> bool:
    """A piece that stops on a pause short of the column, or wider than it (a kicker's label and its
    first words: '仁和街道红旗社区：中午11点，'), no sentence's end nor quote left open in it."""
    s = line.strip()
    w = width(s)
    # (running text's line fills its column; no column line is wider than the column either)
    return (bool(s) and s.endswith(_PAUSE_END) and (w < measure - 1 or w > measure + 1.2) and not _ends_sentence(s[:-1])
            and not any(ch in s for ch in "。！？!?；;") and s.count("“") == s.count("”")
            and not _starts_part(s) and not s.startswith(_DASH_DECK))


def _opens_part(above: str) -> bool:
    """What stands over a heading's first piece: nothing, a sentence's end, a heading line, a deck,
    a caption or a credit — never running text that goes on."""
    a = above.strip()
    return not a or _ends_sentence(a) or _lone_head_line(a) or a.startswith(_DASH_DECK) or _caption_like(a)


def _kicker_words(line: str) -> bool:
    """A kicker's words after its label: a pause in them ('无人机植保、智能收割', '解决“看病难、看病晚”'),
    no sentence's end, its quotes closed, ending on a word or a quote's close."""
    s = line.strip()
    return (bool(s) and any(p in s for p in "、，,") and not any(ch in s for ch in "。！？!?；;")
            and s.count("“") == s.count("”") and not s.endswith(_PAUSE_END) and not _starts_part(s)
            and not s.startswith(_DASH_DECK) and not _caption_like(s))


def _over_heading(line: str) -> bool:
    """What a kicker stands over: its headline (a heading line), or the deck or byline under it."""
    s = line.strip()
    return _lone_head_line(s) or s.startswith(_DASH_DECK) or _starts_part(s)


def pause_pieces(lines: list[str], measure: int) -> list[str]:
    """A heading's piece cut after its pause, over a heading line, joined to it (no space: the pause
    is the break). And a place's label alone on its line over a kicker's words with a pause, over the
    headline: one kicker line ('永安街道五里社区：' / '无人机植保、智能收割') — a label never stands alone,
    and unpdf's heading_cuts joins it only to a line with no pause."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        above = out[-1] if out else ""
        if (_piece(line, measure) and _opens_part(above) and _lone_head_line(nxt)
                and width(line.strip() + nxt) <= HEADING_MAX):
            out.append(line.strip() + nxt)
            i += 2
            continue
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if (PLACE_LABEL.fullmatch(line.strip()) and _opens_part(above) and _kicker_words(nxt) and _over_heading(after)
                and width(line.strip() + nxt) <= HEADING_MAX):
            out.append(line.strip() + nxt)
            i += 2
            continue
        out.append(line)
        i += 1
    return out
