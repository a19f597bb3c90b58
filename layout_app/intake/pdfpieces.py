"""A piece of pdftotext's default flows, for pdfflows: a story's column text, a heading line, a
caption, the lead or the credits, with how its column text opens and ends."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# how a column piece opens and ends
STORY, PARA, CONT = "story", "para", "cont"          # a byline; an indented first line; mid-paragraph
AMBIG = "para or cont"
OPEN, EITHER, CLOSED = "open", "either", "closed"    # mid-sentence; a sentence at a full line; a paragraph's end


@dataclass
class Piece:
    kind: str
    lines: list[str]
    pos: int                     # place in poppler's order
    flow: int                    # the flow it was cut from
    start: str = ""
    end: str = ""
    places: Counter = field(default_factory=Counter)     # the places it names, or says what only they say
    says: Counter = field(default_factory=Counter)       # subjects and people it names
    figure_first: bool = False   # its full first line holds a figure or marks set close: as wide as an indented one


MIN_FLOWS = 6          # flows of column text a page of pdftotext's flows has at least


def in_column_flows(lines: list[str]) -> bool:
    """Whether a page's text is pdftotext's default mode: its columns in flows a blank line apart."""
    return long_flows(lines) >= MIN_FLOWS


def long_flows(lines: list[str]) -> int:
    """Runs of three lines or more between blank lines: the flows of column text."""
    n = run = 0
    for line in lines + [""]:
        if line.strip():
            run += 1
        else:
            n += run >= 3
            run = 0
    return n


def poppler_blocks(given: list[str]) -> frozenset[tuple[str, str]]:
    """The pairs of lines (spaces aside) poppler gave one right under the other in one block of
    pdftotext's default text: heading lines given in blocks apart are parts apart (a kicker is set
    smaller, in a block of its own)."""
    return frozenset(("".join(a.split()), "".join(b.split())) for a, b in zip(given, given[1:]))


def one_block(blocks: frozenset[tuple[str, str]], upper: str, lower: str) -> bool:
    """`upper` stands over `lower` in one of poppler's blocks (`blocks`: `poppler_blocks`): the line given
    right over `lower` is `upper` or its end (pdfflows puts a headline's block on one line)."""
    up, low = "".join(upper.split()), "".join(lower.split())
    return any(b == low and a and up.endswith(a) for a, b in blocks)
