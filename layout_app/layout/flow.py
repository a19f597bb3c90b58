"""Flow a story's paragraphs through a chain of column slots, WeasyPrint style: the result says
what fit, where each line went, and where to resume — so overset is exact."""
from __future__ import annotations

from dataclasses import dataclass

import math

from layout_app.layout.headline import set_display
from layout_app.text.words import inside_word
from layout_app.layout.tables import SMALLEST, natural_width, table_lines
from layout_app.layout.verse import blank, set_turned
from layout_app.text.setter import SetLine, SetOptions, set_lines, set_paragraph


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
    keep: bool = False            # a heading in the text (小标题): never at a column's foot without its text
    turnover: float = 0.0         # em the lines after its first are set in (a verse line turned over: `verse`)
    head_face: str = ""           # a table (积分榜): its header row's and title's face; "" no table (`tables`)


KEEP_NEXT = 2      # lines of the paragraph under a subhead that stand with it in its column
SUBHEAD_LINES = 2  # a subhead longer than a column line: two lines broken at its pause, as a headline is
TABLE_KEEP = 20     # lines a table has at most to stand whole in one column (longer ones split between rows)
SUBHEAD_LEAD = 1.2   # … a headline's line pitch (of its size) between them, the two lines one block


def _set(text: str, look: ParaLook | None, size: float, measure: float, face: str, options: SetOptions,
         continuation: bool, faces) -> tuple[SetLine, ...]:
    """A paragraph's lines at `measure`: a subhead (keep) whole broken where a reader pauses
    ('一楼二楼：' / '“我们得到了什么？”', layout.headline), never where the body's breaker would
    fill the line ('一楼二楼：“我们得到了什' / '么？”')."""
    if look is not None and look.keep and not continuation and not faces:
        lines = set_display(text, look.size, measure, look.face, look.options, SUBHEAD_LINES)
        if any(inside_word(text, ln.end) for ln in lines[:-1]):
            # two lines hold it only broken inside a word (省级农 / 业产业化…): three lines whole, if they do
            three = set_display(text, look.size, measure, look.face, look.options, SUBHEAD_LINES + 1)
            lines = lines if any(inside_word(text, ln.end) for ln in three[:-1]) else three
        return lines
    return set_paragraph(text, size, measure, face, options, continuation=continuation, faces=faces).lines


def _rows(look: ParaLook, n: int, pitch: float) -> int:
    """Grid lines a subhead of `n` lines takes: its style's for one; for more, its lines a headline's
    pitch apart with at least half a grid line of air around them (two lines of 小四 take 3 lines of
    the body grid, not 4 with a line of white between them)."""
    if n <= 1:
        return look.step
    return max(look.step, math.ceil((n * look.size * SUBHEAD_LEAD + pitch / 2) / pitch - 1e-6))


def _block_top(look: ParaLook, n: int, k: int, rows: int, pitch: float) -> float:
    """Line k's slot top in a subhead block `rows` grid lines high, measured so that the composer,
    which centres the line's em box in `look.step` grid lines from there, sets it in its place in the
    block (the block's lines centred in its rows)."""
    lead = look.size * SUBHEAD_LEAD
    em_top = (rows * pitch - n * lead) / 2 + k * lead + (lead - look.size) / 2
    return em_top - (pitch * look.step - look.size) / 2


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
         overset_measure: float | None = None,
         looks: tuple[ParaLook | None, ...] | None = None) -> FlowResult:
    """`overset_measure`: the measure overset lines are counted at (default: the last slot's; a
    column narrowed by text wrap passes its full measure). `looks[p]`: paragraph p's own look
    (None: the body's size, face and options)."""
    placed: list[Placed] = []
    p, offset = start.paragraph, start.offset
    si = 0
    used = 0                       # lines used in slots[si]
    lines: tuple[SetLine, ...] = ()   # paragraph p set from char `base` on
    base = 0
    li = 0                         # next line of `lines` to place
    valid = 0                      # lines[:valid] are set at the measures of the slots they go to
    spaced = -1                    # the paragraph whose space before has been given
    same = _same_measure(slots)
    reserved: dict[int, int] = {}  # slot → its first lines a table set across from the slot before takes
    tables = {k for k, lk in enumerate(looks or ()) if lk is not None and lk.head_face}
    at = si
    while p < len(paragraphs) and si < len(slots):
        slot = slots[si]
        look = looks[p] if looks else None
        step = look.step if look else 1
        if si != at:
            at = si
            used = max(used, reserved.get(si, 0))
            if look is not None and look.head_face and 0 < li < valid:
                valid = li                 # a table goes on in the next column: set again, its header over it
        if look and look.before and offset == 0 and spaced != p:
            spaced = p
            if used > 0:
                used += look.before
        if used + step > slot.lines:
            si += 1
            used = 0
            continue
        if li >= valid and offset == 0 and blank(paragraphs[p]):
            # an empty paragraph (a stanza break) is a blank line — none at a column's top nor the story's end
            if used > 0 and any(not blank(q) for q in paragraphs[p + 1:]):
                used += 1
            p, li, valid = p + 1, 0, 0
            continue
        if li >= valid and offset == 0 and used > 0 and si + 1 < len(slots) and KEEP_STANZA \
                and _opens_stanza(paragraphs, looks, p):
            # a poem breaks between stanzas, never inside one — but a stanza longer than a column
            n = _stanza_lines(paragraphs, looks, p, slot.measure)
            if used + n > slot.lines and n <= slots[si + 1].lines:
                si, used = si + 1, 0
                continue
        if li >= valid:
            rest = paragraphs[p][offset:]
            p_size, p_face, p_options = (look.size, look.face, look.options) if look else (size, face, options)
            p_faces = _from(look.faces, offset) if look else ()
            turned = look is not None and (look.turnover > 0 or bool(look.head_face))
            across = _across(paragraphs[p], look, slots, si, 0, pitch) if offset == 0 and used == 0 \
                and look is not None and look.head_face else None
            if across is None and offset == 0 and used > 0 and look is not None and look.head_face \
                    and si + 1 < len(slots) \
                    and reserved.get(si + 1) == used - (look.before if spaced == p else 0) + (_lower(slots, si, pitch) or 0):
                # a wide table right under another set across (the 赛果 under the 积分榜): across both too
                across = _across(paragraphs[p], look, slots, si, used, pitch)
            if across is None and offset == 0 and used > 0 and look is not None and look.head_face:
                # a wide table under text: the column's text in two legs, this column and the next, the
                # table across both under them
                # (not where this column or the next holds a table across already, nor to cut a table)
                legs = _two_legs(placed, slots, si, used - (look.before if spaced == p else 0), pitch, tables) \
                    if not reserved.get(si + 1) and not reserved.get(si) else None
                if legs is not None:
                    moved, row = legs
                    trial = _across(paragraphs[p], look, slots, si, row + (look.before if spaced == p else 0), pitch)
                    if trial is not None:
                        placed[:] = moved
                        used, across = row + (look.before if spaced == p else 0), trial
            if across is None and offset == 0 and look is not None and look.head_face \
                    and not reserved.get(si) and not reserved.get(si - 1):
                # a wide table in a frame's last column (no column after it to set it across): across
                # this column and the one before, at their foot, the text of both above it in two legs
                back = _legs_back(paragraphs[p], look, placed, slots, si,
                                  used - (look.before if spaced == p and used else 0), pitch, tables)
                if back is not None:
                    placed[:], row, held, lines_across = back
                    si = at = si - 1
                    slot = slots[si]
                    used = row + (look.before if spaced == p else 0)
                    across = lines_across, held
            if across is not None:             # a wide table: across its column and the next
                lines, reserved[si + 1] = across
            else:
                lines = ()
            lines = lines or table_lines(paragraphs[p], offset, p_size, slot.measure, p_face, look.head_face) \
                if look is not None and look.head_face else set_turned(rest, p_size, slot.measure, p_face, p_options, offset > 0, p_faces, look.turnover) \
                if turned else _set(rest, look, p_size, slot.measure, p_face, p_options, offset > 0, p_faces)
            base, li, valid = offset, 0, len(lines)
            ahead = (same[si] - used) // step          # set lines that go at this measure
            if len(lines) > ahead and turned:
                valid = max(1, ahead)                  # (a turned line or a table set again where the measure changes)
            elif len(lines) > ahead and not (look and look.keep and offset == 0):   # (a subhead: one block)
                if step == 1:
                    # the measure changes before the paragraph ends (text wrap, another frame): one
                    # measure per line slot ahead
                    measures = _measures_ahead(slots, si, used, rest, p_size, p_options)
                    lines = set_lines(rest, p_size, measures, p_face, p_options, continuation=offset > 0,
                                      faces=p_faces).lines
                    valid = min(len(lines), len(measures))
                else:                                  # a taller line pitch: set again where it changes
                    valid = max(1, ahead)
        if not lines:
            p, offset, li, valid = p + 1, 0, 0, 0
            continue
        if (look and look.head_face and offset == 0 and li == 0 and used + len(lines) > slot.lines
                and len(lines) <= TABLE_KEEP):
            # a table is read whole: one that does not fit under what the column holds opens the next
            # (none left: overset, whole) — only a table taller than TABLE_KEEP is split between rows
            si, used, li, valid = si + 1, 0, 0, 0
            continue
        if (look and look.head_face and li == 0 and lines and lines[0].width <= slot.measure + 0.01
                and natural_width(paragraphs[p], SMALLEST, look.face, look.head_face) > slot.measure):
            # too wide for its column even at the smallest type, and no column beside it to set it
            # across: never printed over the next column — the next column, else overset for the editor
            si, used, li, valid = si + 1, 0, 0, 0
            continue
        rows = _rows(look, len(lines), pitch) if look and look.keep and li == 0 and offset == 0 else 0
        under = KEEP_NEXT
        if rows and KEEP_STANZA and p + 1 < len(paragraphs) and _opens_stanza(paragraphs, looks, p + 1):
            # a poem's title (外一首's second) with its first stanza: it goes to the next column whole
            n = _stanza_lines(paragraphs, looks, p + 1, slot.measure)
            under = n if si + 1 < len(slots) and rows + look.after + n <= slots[si + 1].lines else KEEP_NEXT
        if (rows and used > 0 and si + 1 < len(slots)
                and used + rows + look.after + under > slot.lines):
            # a subhead with no room for its text's first lines under it opens the next column instead
            si, used, li, valid = si + 1, 0, 0, 0
            continue
        if rows and len(lines) > 1 and used + rows <= slot.lines:
            # a subhead of two lines: one block in its column, never cut by a column's foot
            for k, line in enumerate(lines):
                placed.append(Placed(slot.frame, p, line, slot.x,
                                     slot.y + used * pitch + _block_top(look, len(lines), k, rows, pitch)))
            used += rows + look.after
            p, offset, li, valid = p + 1, 0, 0, 0
            continue
        line = lines[li]
        placed.append(Placed(slot.frame, p, _shift(line, base), slot.x, slot.y + used * pitch))
        used += step
        li += 1
        if li >= len(lines):
            if look and look.after:
                used += look.after
            p, offset, li, valid = p + 1, 0, 0, 0
        else:
            offset = base + lines[li].start
    if p >= len(paragraphs):
        empty = (max(0, slots[si].lines - used) if si < len(slots) else 0) + \
            sum(max(0, s.lines - reserved.get(k, 0)) for k, s in enumerate(slots) if k > si)
        return FlowResult(tuple(placed), None, 0, 0, empty)
    # overset: set what is left at the last slot's measure to count lines and characters
    measure = overset_measure or (slots[-1].measure if slots else 0.0)
    over_lines = 0
    over_chars = 0
    for k in range(p, len(paragraphs)):
        text = paragraphs[k][offset:] if k == p else paragraphs[k]
        over_chars += sum(1 for ch in text if not ch.isspace())
        look = looks[k] if looks else None
        if measure > 0 and look is not None and look.head_face:
            over_lines += len(table_lines(paragraphs[k], offset if k == p else 0, look.size, measure, look.face,
                                          look.head_face))
        elif measure > 0:
            start_at = offset if k == p else 0
            got = _set(text, look, look.size if look else size, measure, look.face if look else face,
                       look.options if look else options, start_at > 0, _from(look.faces, start_at) if look else ())
            over_lines += (_rows(look, len(got), pitch) if look and look.keep and start_at == 0
                           else len(got) * (look.step if look else 1))
        else:
            over_lines += 1
    return FlowResult(tuple(placed), Resume(p, offset), over_lines, over_chars, 0)


KEEP_STANZA = True     # (a switch for breaking tests)


def _across(text: str, look: ParaLook, slots: list[Slot], si: int, used: int, pitch: float):
    """A table too wide for its column at its size (more cells, or wider ones, than a basic column holds
    at 六号), standing at the top of a column with the next column of its frame beside it: set across
    both, as a page editor sets a wide table's frame across two columns — the lines it takes in the
    next column reserved there. Returns (its lines, the lines reserved) or None (set in its column,
    smaller where it must be)."""
    slot = slots[si]
    if si + 1 >= len(slots) or natural_width(text, look.size, look.face, look.head_face) <= slot.measure:
        return None
    nxt = slots[si + 1]
    off = _lower(slots, si, pitch)        # (its column starts lower than the next, under a byline: not at its top)
    if nxt.frame != slot.frame or off is None or (off and not used) or nxt.x <= slot.x:
        return None
    measure = nxt.x + nxt.measure - slot.x
    lines = table_lines(text, 0, look.size, measure, look.face, look.head_face)
    if used + len(lines) > slot.lines or off + used + len(lines) > nxt.lines:
        return None
    return lines, off + used + len(lines) + look.after


def _lower(slots: list[Slot], si: int, pitch: float) -> int | None:
    """Grid lines slot `si` starts below the next slot (0: level with it; None: above it, or off the grid)."""
    off = (slots[si].y - slots[si + 1].y) / pitch
    return round(off) if off > -0.01 and abs(off - round(off)) < 0.01 else None


def _two_legs(placed: list[Placed], slots: list[Slot], si: int, used: int, pitch: float, tables=frozenset()):
    """The lines placed in slot `si` (`used` grid lines of it) in two legs, the second moved to the top
    of the next slot beside it (same frame and measure, nothing placed there yet): (all placed lines,
    the legs' depth) — None where there is no such slot or no text to share."""
    if si + 1 >= len(slots) or used < 2:
        return None
    slot, nxt = slots[si], slots[si + 1]
    if nxt.frame != slot.frame or abs(nxt.y - slot.y) > 0.01 or nxt.x <= slot.x or nxt.measure != slot.measure:
        return None
    half = -(-used // 2)
    cut = slot.y + half * pitch - 0.01
    mine = [k for k, pl in enumerate(placed) if pl.frame == slot.frame and pl.x == slot.x and pl.top >= slot.y - 0.01]
    if any(placed[k].paragraph in tables for k in mine):
        return None                 # (a table in the column is read whole: its rows are not moved beside it)
    out = list(placed)
    for k in mine:
        pl = placed[k]
        if pl.top >= cut:
            out[k] = Placed(nxt.frame, pl.paragraph, pl.line, nxt.x, pl.top - half * pitch + (nxt.y - slot.y))
    return out, half


def _legs_back(text: str, look: ParaLook, placed: list[Placed], slots: list[Slot], si: int, used: int,
               pitch: float, tables=frozenset()):
    """A wide table reached in slot `si` (`used` grid lines of it taken) with no column after it to
    set it across: the lines of the slot before and of this one set again in two legs that end on
    the same line, the table to go across both under them — (all placed lines, the slot before's
    lines above the table, the lines reserved in this slot, the table's lines) or None (no slot
    before beside it, the table no wider than its column, no room under the legs, or the legs only
    uneven — a table's rows are never parted between them)."""
    if si < 1 or natural_width(text, look.size, look.face, look.head_face) <= slots[si].measure:
        return None
    prev, slot = slots[si - 1], slots[si]
    off = _lower(slots, si - 1, pitch)                # the slot before starts this many lines lower (a byline)
    if prev.frame != slot.frame or off is None or prev.x >= slot.x or prev.measure != slot.measure:
        return None
    if si + 1 < len(slots) and slots[si + 1].frame == slot.frame and abs(slots[si + 1].y - slot.y) < 0.01:
        return None                 # (a column after it: the table goes across forward)
    row = {k: round((pl.top - slot.y) / pitch) for k, pl in enumerate(placed)
           if pl.frame == prev.frame and abs(pl.x - prev.x) < 0.01 and pl.top >= prev.y - 0.01}
    if not row:
        return None
    depth = max(row.values()) + 1                     # the slot before's last line (rows from this slot's top)
    half = -(-(depth + used) // 2)
    while True:                     # a table's rows are not parted: the leg ends under it
        cut = [r for k, r in row.items() if placed[k].paragraph in tables and r >= half
               and any(placed[j].paragraph == placed[k].paragraph and q < half for j, q in row.items())]
        if not cut:
            break
        half = max(cut) + 1
    if depth - half + used < half - 1:
        return None                 # (the legs uneven: white above the table in this column)
    lines = table_lines(text, 0, look.size, slot.x + slot.measure - prev.x, look.face, look.head_face)
    if half + look.before + len(lines) > min(off + prev.lines, slot.lines):
        return None
    out = list(placed)
    for k, pl in enumerate(placed):
        if pl.frame == slot.frame and abs(pl.x - slot.x) < 0.01 and pl.top >= slot.y - 0.01:
            out[k] = Placed(pl.frame, pl.paragraph, pl.line, pl.x, pl.top + max(0, depth - half) * pitch)
    for k, r in row.items():
        if r >= half:
            pl = placed[k]
            out[k] = Placed(slot.frame, pl.paragraph, pl.line, slot.x, slot.y + (r - half) * pitch)
    # (in reading order still: the leg moved comes before what this column held)
    return out, half - off, half + look.before + len(lines) + look.after, lines


def _verse(looks, p: int) -> bool:
    return bool(looks) and looks[p] is not None and looks[p].turnover > 0


def _opens_stanza(paragraphs: tuple[str, ...], looks, p: int) -> bool:
    """Paragraph `p` a verse line that opens a stanza: the poem's first, or one after a stanza break
    or a title."""
    return _verse(looks, p) and not blank(paragraphs[p]) and (p == 0 or blank(paragraphs[p - 1])
                                                               or not _verse(looks, p - 1))


def _stanza_lines(paragraphs: tuple[str, ...], looks, p: int, measure: float) -> int:
    """Grid lines the stanza opening at paragraph `p` takes at `measure`, its lines turned over where
    they are too long."""
    n = 0
    while p < len(paragraphs) and _verse(looks, p) and not blank(paragraphs[p]):
        look = looks[p]
        n += look.step * len(set_turned(paragraphs[p], look.size, measure, look.face, look.options, False,
                                        look.faces, look.turnover))
        p += 1
    return n


def _same_measure(slots: list[Slot]) -> list[int]:
    """For each slot: the line slots from its first line on that share its measure, without a break."""
    same = [0] * len(slots)
    for k in range(len(slots) - 1, -1, -1):
        s = slots[k]
        nxt = same[k + 1] if k + 1 < len(slots) and slots[k + 1].measure == s.measure else 0
        same[k] = s.lines + nxt
    return same


def _measures_ahead(slots: list[Slot], si: int, used: int, rest: str, size: float,
                    options: SetOptions) -> tuple[float, ...]:
    """The measure of each line slot from slot `si`, line `used` on, as many as `rest` can need:
    until they hold its characters (at least one em each, with tracking) with two lines to spare.
    If it needs more, the flow sets the rest again from there."""
    need = len(rest) * (1.0 + max(0.0, options.tracking)) + options.indent
    measures: list[float] = []
    held = 0.0
    spare = 2
    for k in range(si, len(slots)):
        s = slots[k]
        em = s.measure / size
        for _ in range(s.lines - (used if k == si else 0)):
            measures.append(s.measure)
            held += max(1.0, em - 2.0)          # push-out may move a unit or two down
            if held >= need:
                spare -= 1
                if spare < 0:
                    return tuple(measures)
    return tuple(measures)


def _shift(line: SetLine, base: int) -> SetLine:
    """Line offsets relative to the whole paragraph (the set text may be a remainder)."""
    if base == 0:
        return line
    return SetLine(line.start + base, line.end + base, line.text, line.xs, line.width, line.hang, line.scales)


def _from(faces: tuple[tuple[int, int, str], ...], offset: int) -> tuple[tuple[int, int, str], ...]:
    """Face ranges of a paragraph as seen from `offset` on (the remainder set in a later column)."""
    if not offset:
        return faces
    return tuple((max(0, a - offset), b - offset, f) for a, b, f in faces if b > offset)

