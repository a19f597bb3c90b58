"""A verse line set as a poem prints it: flush left on its own line, and where it is too long for the
measure it turns over (转行) under itself, set in by a hanging indent (`ParagraphStyle.turnover`, em) so
the reader sees a turned line, not a new one. A stanza break is an empty paragraph: one blank body
line on the grid (`flow`)."""
from __future__ import annotations

from dataclasses import replace

from layout_app.text.setter import SetLine, SetOptions, SetParagraph, set_lines


def set_turned(text: str, size: float, measure: float, face: str, options: SetOptions, continuation: bool,
               faces: tuple, turnover: float) -> tuple[SetLine, ...]:
    """`text` set with its first line at the full measure and the lines after it `turnover` em in (all
    of them where it goes on from another column: `continuation`), their glyphs moved right by as much."""
    inset = turnover * size
    first = measure if not continuation else measure - inset
    got: SetParagraph = set_lines(text, size, (first, measure - inset), face, options, continuation=continuation,
                                  faces=faces)
    return tuple(line if n == 0 and not continuation else _moved(line, inset) for n, line in enumerate(got.lines))


def _moved(line: SetLine, inset: float) -> SetLine:
    return replace(line, xs=tuple(x + inset for x in line.xs), width=line.width + inset)


def blank(text: str) -> bool:
    """An empty paragraph: a stanza break (or any blank line the editor typed), one line of white."""
    return not text.strip()
