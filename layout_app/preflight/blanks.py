"""White left in a page's columns (缺行; a big one is a 天窗): lines of a column that neither a frame
nor its text fills, between one item and the next or down to the foot of the type area — as a page
editor looks down each column. A story's last frame counts as filled only as far as its text runs."""
from __future__ import annotations

from dataclasses import dataclass, replace

from layout_app.layout.display import PageDisplay
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import BoxItem


@dataclass(frozen=True)
class Blank:
    first_col: int          # basic columns, 0-based, the same blank in each
    last_col: int
    line: int               # the first empty line (0-based) and how many: in the column that has most
    lines: int
    fewest: int             # the empty lines of the column that has fewest (a text ending a line lower)
    above: Frame            # the item the white follows (its text ends short, or it ends there)
    at_foot: bool           # the white runs down to the foot of the type area


BETWEEN = 5     # a gap between two items' frames is a hole past this many lines: compose's air
                # between two stories is up to 4 lines


def blanks(doc: Document, page: Page, display: PageDisplay, more_than: int) -> list[Blank]:
    """The white at a column's foot of more than `more_than` lines, from where the text stops; between
    two items, a gap of more than BETWEEN lines between their frames, or more than BETWEEN + `more_than`
    lines of white from where the text stops (a story's last column ending a few lines above its
    others, over compose's air, is how stories end, not a hole). A band of a line or two across the
    page at its foot (the credits line) counts as the foot. The white under one item in side by side
    columns, down to one line, is one blank (its text may end a line lower in one of them). A column
    nothing stands in is not said (a page being built); nor is white above a column's first item (a
    master's running head or the banner's air may stand there). A page box's top and foot lines count as
    items: the line of air inside its border over and under what it holds is its own (a sidebar's) — a
    hole further inside it is white like any other."""
    empty = {r.frame: r.empty_lines for r in display.reports if r.part == "body" and r.empty_lines}
    foot = doc.grid.line_count
    found: list[Blank] = []
    for col in range(doc.grid.columns):
        spans = sorted([(f.line, f.line + f.lines, _filled_to(f, col, empty.get(f.id, 0)), f) for f in page.frames
                        if f.col <= col < f.col + f.cols and not f.dx and not f.dy]
                       + [(top, top + 1, top + 1, b) for b in page.boxes if b.col <= col < b.col + b.cols
                          for top in (b.line, b.line + b.lines - 1)], key=lambda s: s[:3])
        if not spans:
            continue
        _, reached, text, last = spans[0]
        if isinstance(last, BoxItem):
            last = next((s[3] for s in spans if not isinstance(s[3], BoxItem)), None)
            if last is None:
                continue                                # a box alone in the column: nothing set there yet
        for top, end, text_end, f in spans[1:] + [(foot, foot, foot, None)]:
            at_foot = f is None or (f.cols == doc.grid.columns and f.lines <= 2 and end >= foot)
            white = top - text
            if white > (more_than if at_foot else BETWEEN + more_than) or (not at_foot and top - reached > BETWEEN):
                # the white under one item down to one line, in the next column too: one blank
                k = next((k for k, b in enumerate(found) if b.last_col == col - 1 and b.above is last
                          and b.line + b.lines == top), None)
                if k is None:
                    found.append(Blank(col, col, text, white, white, last, at_foot))
                else:
                    b = found[k]
                    found[k] = replace(b, last_col=col, line=min(b.line, text), lines=max(b.lines, white),
                                       fewest=min(b.fewest, white))
            if end > reached:
                # a box is an item too: the white inside its border is its air (a sidebar's), not a hole —
                # the white under it is said under the last frame in it
                reached, text = end, text_end
                last = last if isinstance(f, BoxItem) else f
            elif f is not None and not isinstance(f, BoxItem) and end > last.line + last.lines:
                last = f                                # inside a box: the item the white follows
    return found


def _filled_to(f: Frame, col: int, empty: int) -> int:
    """The line down to which `f` fills basic column `col`: its foot, or for a story's last frame where
    its text stops. The text runs down its text columns in turn, so the empty line slots are the last
    ones: the last text column's foot first, then the one before it."""
    if not empty:
        return f.line + f.lines
    k = f.text_columns or f.cols
    here = (col - f.col) * k // f.cols                 # the text column over this basic column
    after = (k - 1 - here) * f.lines                   # slots in the text columns after this one
    return f.line + f.lines - min(f.lines, max(0, empty - after))
