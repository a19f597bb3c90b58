"""A byline too long for one line is broken at its spaces, each reporter's label with their names
('本报记者 宋雪' / '通讯员 萧志强'), not inside a name ('…通讯员 萧' / '志强'): a name is one word."""
from __future__ import annotations

import re
from dataclasses import replace

from layout_app.text.setter import SetLine, SetOptions, set_paragraph

# the labels a byline's reporters stand under ('本报记者 宋雪 通讯员 萧志强'; newspaper.md: 本报记者 X)
LABELS = ("本报特约记者", "本报记者", "本报通讯员", "特约记者", "通讯员", "记者", "实习生", "摄影")


def set_byline(text: str, size: float, measure: float, face: str, options: SetOptions) -> tuple[SetLine, ...]:
    """The byline's lines at `measure`: on one line if it fits; else a line per run of whole
    label-and-names groups that fits, a group too long for a line broken between its words, a word
    longer than the line anywhere (as the body breaker would)."""
    one = set_paragraph(text, size, measure, face, options).lines
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    if len(one) <= 1 or len(words) < 2:
        return one
    groups: list[list[tuple[int, int]]] = []
    for a, b in words:
        if groups and not text[a:b].startswith(LABELS):
            groups[-1].append((a, b))
        else:
            groups.append([(a, b)])

    def fits(a: int, b: int) -> bool:
        got = set_paragraph(text[a:b], size, measure, face, options).lines
        return len(got) == 1 and got[0].width <= measure + 0.01

    spans: list[tuple[int, int]] = []
    for group in groups:
        whole = (group[0][0], group[-1][1])
        for a, b in [whole] if fits(*whole) else group:
            if spans and fits(spans[-1][0], b):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    lines: list[SetLine] = []
    for k, (a, b) in enumerate(spans):
        got = set_paragraph(text[a:b], size, measure, face, options, continuation=k > 0).lines
        lines += [replace(l, start=l.start + a, end=l.end + a) for l in got]
    return tuple(lines)
