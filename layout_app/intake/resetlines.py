"""A column line set again as compose sets running text, for unpdf's join of column lines (pypdfium2's and
pdftotext -raw's text): where a line holds figures or Latin, its width in ems is only an estimate
(`pdfcolumns.width`: digits are narrower, the gaps around them squeeze), and a full line can look as
short as an indented first line. A page editor reading the line again asks where the typesetter would
have broken it: set with the paragraph's indent, as a first line, or without, as a line inside a
paragraph — together with the text after it on the page. A line that breaks where the page broke it
one way and not the other is that kind of line: a first line (`FIRST`) opens a paragraph; a line inside
a paragraph (`INSIDE`) goes on from the line above. Both or neither: the text cannot tell (None)."""
from __future__ import annotations

import re
from functools import lru_cache

from layout_app.intake.repair import fullwidth_punctuation

FIRST, INSIDE = "first", "inside"
_SIZE = 9.0           # pt: any size; the measure is given in ems
_FOLLOW = 14          # characters of the next line set after the line: enough to fill its measure
_OPEN_LINES = 12      # column lines a paragraph is run on through, set again from its first line
_OPEN_ENDS = 4        # … to each of its first sentences' ends


def _first_lines(text: str, measure: int, inside: bool) -> set[str]:
    """The first line as a typesetter sets it — one that squeezes a number in rather than spread the
    line, or one that does not: a page may come from either."""
    from layout_app.text.setter import SetOptions, set_paragraph

    out = set()
    for squeeze in (True, False):
        r = set_paragraph(text, _SIZE, measure * _SIZE, "song", SetOptions(squeeze_in=squeeze), inside)
        out.add(r.lines[0].text.strip() if r.lines else "")
    return out


@lru_cache(maxsize=8192)
def set_as(line: str, after: str, measure: int) -> str | None:
    """What `line` is as compose would set it with `after` (the next line on the page) following:
    FIRST, INSIDE or None (see the module's doc)."""
    line, after = line.strip(), after.strip()
    if not line or not after or " " in line:
        return None
    # marks the copy's damage turned half-width, set full-width again as the page set them (not a
    # figure's point, a number's comma or a clock's colon)
    page = fullwidth_punctuation(line)
    text = page + fullwidth_punctuation(after)[:_FOLLOW]
    first = page in _first_lines(text, measure, False)
    inside = page in _first_lines(text, measure, True)
    return FIRST if first and not inside else INSIDE if inside and not first else None


@lru_cache(maxsize=8192)
def breaks_after(line: str, after: str, measure: int) -> bool:
    """Whether compose, setting `line` and then `after` as running text inside a paragraph, would break
    right after `line` (exact widths only: no figures or Latin) — where it would not, the words after
    it would have stood on its line, and `after` is no more of its paragraph ('下棋、读报、做康复训练。' /
    '放学后，…': 放 fits a 13-em column after the 12 ems)."""
    line = fullwidth_punctuation(line.strip())
    return line in _first_lines(line + fullwidth_punctuation(after.strip())[:_FOLLOW], measure, True)


_STOPPED = re.compile(r"[。！？!?…][”’」』）)]?$")     # a sentence's end (no quoted term's close alone)


def line_as_set(line: str, after: str, later: list[str], measure: int) -> str | None:
    """`set_as` for unpdf's column lines: asked only of a line with figures (or a number after it) in
    running text; a line inside a paragraph only where a column line of running text goes on under it
    (not a headline with figures over its caption: '4373 亩荒地变身…' / '…，河长巡查河道。'), and not a
    paragraph's first line under a line ending no sentence. `later`: the line after `after`, if any."""
    from layout_app.intake.partsapart import _body_like, _starts_part
    from layout_app.intake.pdfcolumns import estimated, width

    if not (estimated(line) or estimated(after[:3])) or _starts_part(line) or not _body_like(line + after):
        return None
    kind = set_as(line, after, measure)
    if kind == INSIDE and (width(after) > measure + 0.8 or not (_body_like(after) or _STOPPED.search(after))):
        return None
    if kind == INSIDE and not _STOPPED.search(line) and set_as(after, (later or [""])[0], measure) == FIRST:
        return None
    return kind


@lru_cache(maxsize=8192)
def fits_line(text: str, measure: int) -> bool:
    """Whether compose could set `text` as one column line of `measure` ems, every mark it may squeeze
    squeezed: the exact widths of figures and Latin, where `pdfcolumns.width` only estimates them."""
    from layout_app.text.linebreak import Breaker
    from layout_app.text.setter import SetOptions, _units_cached

    text = fullwidth_punctuation(text.replace(" ", ""))
    if not text:
        return True
    o = SetOptions()
    units = _units_cached(text, "song", o.level, o.tracking, False)
    b = Breaker(units, squeeze_stops=o.squeeze_stops)
    n = len(units.width)
    return b.natural(0, n) - b.squeezable(0, n) <= measure + 1e-6


def opens_paragraph(piece: str, following: list[str], measure: int) -> bool:
    """Whether `piece` is a paragraph's first line as compose sets it: the paragraph it opens, run
    on through the lines after it to a sentence's end, set again (a justified paragraph evens out
    its lines, so a first line can stop short of its indented measure: '这样的儿童之家，谁不' /
    '喜欢？…') gives `piece` as its first line. Tried to each of the next few sentences' ends, since
    where the paragraph ends is not known."""
    from layout_app.text.setter import SetOptions, set_paragraph

    first = fullwidth_punctuation(piece.strip())
    text, tried = first, 0
    for line in following[:_OPEN_LINES]:
        line = line.strip()
        if not line or tried >= _OPEN_ENDS:
            break
        text += fullwidth_punctuation(line)
        if not _STOPPED.search(line):
            continue
        tried += 1
        for squeeze in (True, False):
            r = set_paragraph(text, _SIZE, measure * _SIZE, "song", SetOptions(squeeze_in=squeeze))
            if len(r.lines) > 1 and r.lines[0].text.strip() == first:
                return True
    return False
