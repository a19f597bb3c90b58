"""Flow a story's paragraphs through a chain of column slots, WeasyPrint style: the result says
what fit, where each line went, and where to resume — so overset is exact."""
from __future__ import annotations

from dataclasses import dataclass

from layout_app.text.setter import SetLine, SetOptions, set_paragraph


@dataclass(frozen=True, slots=True)
class Slot:
    """One text column of a frame: its left edge, first line slot's top, measure and line count."""
    frame: str
    x: float
    y: float
    measure: float
    lines: int


@dataclass(frozen=True, slots=True)
class ParaLook:
    """How one paragraph is set when it differs from the story's body (a paragraph style)."""
    size: float
    face: str
    options: SetOptions
    step: int = 1                 # grid lines each of its lines takes
    before: int = 0               # empty lines before it (none at a column's top)
    after: int = 0                # empty lines after it
    faces: tuple[tuple[int, int, str], ...] = ()   # ranges in another face (character styles), measured so


@dataclass(frozen=True, slots=True)
class Placed:
    frame: str
    paragraph: int
    line: SetLine
    x: float                      # column left
    top: float                    # top of the line slot


@dataclass(frozen=True, slots=True)
class Resume:
    paragraph: int
    offset: int                   # char offset into that paragraph


@dataclass(frozen=True)
class FlowResult:
    placed: tuple[Placed, ...]
    resume: Resume | None         # None: everything fit
    overset_lines: int            # lines that did not fit (set at the last slot's measure)
    overset_chars: int            # non-space characters that did not fit
    empty_lines: int              # line slots left empty after the last line


def flow(paragraphs: tuple[str, ...], slots: list[Slot], size: float, pitch: float,
         face: str, options: SetOptions, start: Resume = Resume(0, 0),
         looks: tuple[ParaLook | None, ...] | None = None) -> FlowResult:
    """`looks[p]`: paragraph p's own look (None: the body's size, face and options)."""
    placed: list[Placed] = []
    p, offset = start.paragraph, start.offset
    si = 0
    used = 0                       # lines used in slots[si]
    current = None                 # (paragraph, offset, measure) of the set lines we are taking from
    lines: tuple[SetLine, ...] = ()
    li = 0
    spaced = -1                    # the paragraph whose space before has been given
    while p < len(paragraphs) and si < len(slots):
        slot = slots[si]
        look = looks[p] if looks else None
        step = look.step if look else 1
        if look and look.before and offset == 0 and spaced != p:
            spaced = p
            if used > 0:
                used += look.before
        if used + step > slot.lines:
            si += 1
            used = 0
            continue
        if current is None or current[2] != slot.measure:
            text = paragraphs[p]
            rest = text[offset:]
            if look:
                lines = set_paragraph(rest, look.size, slot.measure, look.face, look.options,
                                      continuation=offset > 0, faces=_from(look.faces, offset)).lines
            else:
                lines = set_paragraph(rest, size, slot.measure, face, options, continuation=offset > 0).lines
            current = (p, offset, slot.measure)
            li = 0
        if not lines:
            p, offset, current = p + 1, 0, None
            continue
        line = lines[li]
        base = current[1]
        placed.append(Placed(slot.frame, p, _shift(line, base), slot.x, slot.y + used * pitch))
        used += step
        li += 1
        if li >= len(lines):
            if look and look.after:
                used += look.after
            p, offset, current = p + 1, 0, None
        else:
            offset = base + lines[li].start
    if p >= len(paragraphs):
        empty = (max(0, slots[si].lines - used) if si < len(slots) else 0) + sum(s.lines for s in slots[si + 1:])
        return FlowResult(tuple(placed), None, 0, 0, empty)
    # overset: set what is left at the last slot's measure to count lines and characters
    measure = slots[-1].measure if slots else 0.0
    over_lines = 0
    over_chars = 0
    for k in range(p, len(paragraphs)):
        text = paragraphs[k][offset:] if k == p else paragraphs[k]
        over_chars += sum(1 for ch in text if not ch.isspace())
        look = looks[k] if looks else None
        if measure > 0:
            base = offset if k == p else 0
            over_lines += len(set_paragraph(text, look.size if look else size, measure, look.face if look else face,
                                            look.options if look else options, continuation=base > 0,
                                            faces=_from(look.faces, base) if look else ()).lines) * (look.step if look else 1)
        else:
            over_lines += 1
    return FlowResult(tuple(placed), Resume(p, offset), over_lines, over_chars, 0)


def _from(faces: tuple[tuple[int, int, str], ...], offset: int) -> tuple[tuple[int, int, str], ...]:
    """Face ranges of a paragraph as seen from `offset` on (the remainder set in a later column)."""
    if not offset:
        return faces
    return tuple((max(0, a - offset), b - offset, f) for a, b, f in faces if b > offset)


def _shift(line: SetLine, base: int) -> SetLine:
    """Line offsets relative to the whole paragraph (the set text may be a remainder)."""
    if base == 0:
        return line
    return SetLine(line.start + base, line.end + base, line.text, line.xs, line.width, line.hang, line.scales)
