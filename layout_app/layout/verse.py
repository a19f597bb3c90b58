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


VERSE = "verse"          # the paragraph style of a poem's lines (intake.verse sets it)


def verse_legs(doc, probe, frames: list, stories: list[dict], bottom: int) -> None:
    """A poem set as a poem prints: its lines down one deep column (two, three… only where one would
    run past the stack's foot) under its title — never in legs of a few lines across the stack
    (review28: 运河边 in four columns of five lines). The white beside it is the poem's air. Changed in
    place with its decision (`stories`: autoplace's); left where something of the stack stands under
    its text."""
    from layout_app.layout.probe import fewest
    from layout_app.model.frame import Frame

    for d in stories:
        sid = d["story"]
        if not any(f.style == VERSE for f in doc.story(sid).formats):
            continue
        body = [f for f in frames if f.story == sid and f.part == "body"]
        if not body:
            continue
        x, y = min(f.col for f in body), min(f.line for f in body)
        width, foot = max(f.col + f.cols for f in body) - x, max(f.line + f.lines for f in body)
        if width <= 1:
            continue
        if any(f.line >= y and f not in body and f.col < x + width and f.col + f.cols > x for f in frames):
            # left in legs across the stack: weighed by autoplace as the holes its legs are (a poem reads
            # down a column, not across a stack)
            d["white"] = (width - 1) * width * (foot - y)     # (the columns beside it, set in one)
            continue
        for k in range(1, width):
            def over(n: int, k=k) -> bool:
                return bool(probe.report([Frame(f"{sid}-body", x, k, y, n, story=sid, part="body")])
                            [f"{sid}-body"].overset_lines)
            lines = fewest(over, bottom - y)
            if over(lines):
                continue                                # runs past the stack's foot in k columns
            frames[:] = [f for f in frames if f not in body] + [Frame(f"{sid}-body", x, k, y, lines, story=sid, part="body")]
            d["body_frames"] = [f"{sid}-body"]
            top = min(f.line for f in frames if f.story == sid)
            d["lines"] = [top + 1, max(foot, y + lines)]
            d["white"] = (width - k) * lines              # the columns beside it, as autoplace weighs the page
            break
