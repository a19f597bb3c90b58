"""Tables in a printed page's text (pdftotext, pypdfium2): each row one line, its cells apart by the
one space the tool puts between the columns it saw ('1 海港队 20 45'), the header row over them, the
title (and its bracketed note) just above. Found before the column lines are joined back into
paragraphs — joined, '…20 45' and '2 江城队…' read '20 452 江城队': a figure changed — and kept as one
table (`tables.CopyTable`), as a table typed in copy is."""
from __future__ import annotations

import re

from layout_app.intake.pdfcolumns import UNITS
from layout_app.intake.tables import FEWEST_CELLS, FIGURE, TITLE_WORD, CopyTable

FEWEST_LINES = 3            # a header and two rows, or three rows: fewer is no table a tool's text tells
LONGEST_CELL = 8            # characters: a printed cell holds a rank, a name or a figure, never a clause
# marks of running text: a cell never holds them
_RUNNING = re.compile(r"[，。；！？、：:,;!?]")
_NOTE = re.compile(r"^[（(][^（）()]{1,20}[）)]$")     # a title's bracketed note: （截至第二十轮）


def _row(line: str) -> tuple[str, ...] | None:
    parts = tuple(line.split())
    # (a figure's own marks are no running text's: 1:42.36, 3,200)
    if len(parts) < FEWEST_CELLS or any(len(c) > LONGEST_CELL or _RUNNING.search(c) and not FIGURE.match(c)
                                        for c in parts):
        return None
    if any(_unclosed(c) for c in parts) or any(_counted_in_text(*parts[k:k + 2]) for k in range(1, len(parts) - 1)):
        return None
    return parts


def _unclosed(cell: str) -> bool:
    """A bracket the cell opens and does not close, or closes unopened: the tool's spaces cut a line of
    text there ('本报讯（记者 余秀兰 ）'), no cell's edge."""
    return cell.count("（") + cell.count("(") != cell.count("）") + cell.count(")")


def _counted_in_text(figure: str, after: str) -> bool:
    """A figure inside the line, the words after it opening on what it counts: the space the tool puts
    beside a number in running text or a headline ('招聘会开张 1470 个摊位全部租出') — a table's cells
    hold their figures bare, the unit in the header (a rank opens its row: '3 人和队 20 41' is a row)."""
    return bool(FIGURE.match(figure)) and after[:1] in UNITS and len(after) >= 2


def printed_tables(lines: list[str]) -> list[CopyTable]:
    """Runs of FEWEST_LINES lines or more, one after another, of one count of cells, a figure in most
    rows; each with its title (a line naming what it lists, its bracketed note under it) just over it."""
    found: list[CopyTable] = []
    i = 0
    while i < len(lines):
        first = _row(lines[i])
        if first is None:
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(lines) and (r := _row(lines[run[-1] + 1])) is not None and len(r) == len(first):
            run.append(run[-1] + 1)
        rows = [_row(lines[k]) for k in run]
        counted = sum(1 for r in rows if any(FIGURE.match(c) for c in r))
        if len(run) >= FEWEST_LINES and counted >= max(2, (len(run) - 1) // 2 + 1):
            table = CopyTable(rows, run)
            _titled(table, lines)
            found.append(table)
        i = run[-1] + 1
    return found


def _titled(table: CopyTable, lines: list[str]) -> None:
    k = table.lines[0] - 1
    note = ""
    if k >= 1 and _NOTE.match(lines[k].strip()):
        note, k = lines[k].strip(), k - 1
    text = lines[k].strip() if k >= 0 else ""
    if text and len(text) <= 30 and TITLE_WORD.search(text) and not _RUNNING.search(text):
        table.title, table.title_line = text + note, k
        table.lines = list(range(k + 1, table.lines[0])) + table.lines     # (the note's line goes with it)


def tokens_alone(lines: list[str]) -> list[str]:
    """A token the joins ran into a paragraph set on a line of its own again, the text before and
    after it each a line."""
    out: list[str] = []
    for line in lines:
        for part in re.split("(\ue000表\\d+\ue001)", line):
            if part.strip() or not line.strip():
                out.append(part if part.strip() else line)
    return out
