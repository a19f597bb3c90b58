"""Place the units of one line: squeeze or stretch to the measure, then glyph positions (§2–3).

Squeeze order: Latin word spaces → ¼ em; bracket blanks; ，、；： blanks; CJK–Latin gap → ⅛ em;
。？！ blanks (option). Stretch order: Latin word spaces (≤ ½ em); CJK–Latin gaps (≤ ½ em); then
every other gap between units equally — never inside a unit (——, ……, a word or a number).
"""
from __future__ import annotations

from layout_app.text.linebreak import EPS, MIN_CJK_GAP, MIN_SPACE
from layout_app.text.punct import SQ_BRACKET, SQ_COMMA, SQ_STOP
from layout_app.text.segment import IDEOGRAPHIC_SPACE, Units

MAX_SPACE = 0.5
MAX_CJK_GAP = 0.5
# a line broken at a wide space (各节比分：15∶24　/ 20∶16　21∶19…, a list's items set apart by 　) that
# would need more than this many em between its glyphs to fill the measure is set flush left: the
# space is the break a reader sees, and 各 节 比 分 spread across the column reads as a misprint
WIDE_SPACE_SPREAD = 0.25


def _take(need: float, items: list[tuple[list[float], int, float]]) -> float:
    """Take up to `need` from items (array, index, capacity) in proportion; returns what was taken.
    A negative `need` gives (stretches) instead."""
    total = sum(cap for _, _, cap in items)
    if total <= EPS:
        return 0.0
    take = min(total, need) if need > 0 else -min(total, -need)
    ratio = take / total
    for arr, k, cap in items:
        arr[k] -= cap * ratio
    return take


def place_line(u: Units, i: int, j: int, measure: float, *, last: bool, hang: bool,
               align: str = "justify", indent: float = 0.0, squeeze_stops: bool = False,
               trim_opening: bool = False) -> tuple[list[float], float, list[float] | None]:
    """Glyph origins (em, from the column's left edge) of every character of units i..j-1, the
    line's set width in em (from the column's left edge, the indent included), and each
    character's horizontal scale when the line holds a joined —— (else None)."""
    n = j - i
    width = u.width[i:j]
    bl = u.bl[i:j]
    br = u.br[i:j]
    gap = u.gap[i:j]
    gap[0] = 0.0
    m = n - 1                        # last unit that takes room
    while m > 0 and u.trails[i + m]:
        width[m] = 0.0
        gap[m] = 0.0
        m -= 1
    at_wide_space = any(u.text[u.start[i + k]] == IDEOGRAPHIC_SPACE for k in range(m + 1, n))
    hung = 0.0
    if hang:                          # the hanging mark sits beyond the measure
        width[m] -= br[m]
        br[m] = 0.0
        hung = width[m] + gap[m]
        last_in = m - 1
    else:
        last_in = m
    width[last_in] -= br[last_in]     # a mark at the line end is set ½ em (GB/T 15834)
    br[last_in] = 0.0
    if trim_opening and bl[0] > 0:
        width[0] -= bl[0]
        bl[0] = 0.0

    natural = sum(width) + sum(gap) - hung
    delta = measure - indent - natural
    if delta < -EPS:
        need = -delta
        steps = (
            [(width, k, width[k] - MIN_SPACE) for k in range(1, last_in) if u.is_space[i + k] and width[k] > MIN_SPACE],
            [(width, k, bl[k]) for k in range(1, n) if u.sq[i + k] == SQ_BRACKET and bl[k] > 0]
            + [(width, k, br[k]) for k in range(last_in) if u.sq[i + k] == SQ_BRACKET and br[k] > 0],
            [(width, k, br[k]) for k in range(last_in) if u.sq[i + k] == SQ_COMMA and br[k] > 0],
            [(gap, k, gap[k] - MIN_CJK_GAP) for k in range(1, last_in + 1) if u.cjgap[i + k] and gap[k] > MIN_CJK_GAP],
        )
        if squeeze_stops:
            steps += ([(width, k, br[k]) for k in range(last_in) if u.sq[i + k] == SQ_STOP and br[k] > 0],)
        for items in steps:
            if need <= EPS:
                break
            taken = _take(need, items)
            need -= taken
        _sync_left_blanks(u, i, n, width, bl)
    elif delta > EPS and align == "justify" and not last \
            and not (at_wide_space and delta > WIDE_SPACE_SPREAD * max(1, last_in)):
        give = delta
        give += _take(-give, [(width, k, width[k] - MAX_SPACE) for k in range(1, last_in) if u.is_space[i + k] and width[k] < MAX_SPACE])
        if give > EPS:
            give += _take(-give, [(gap, k, gap[k] - MAX_CJK_GAP) for k in range(1, last_in + 1) if u.cjgap[i + k] and gap[k] < MAX_CJK_GAP])
        if give > EPS and last_in > 0:
            share = give / last_in
            for k in range(1, last_in + 1):
                gap[k] += share
    offset = indent
    if align in ("center", "right") and delta > EPS:
        offset += delta / 2.0 if align == "center" else delta

    xs: list[float] = []
    x = offset
    text_end = u.end
    offsets = u.offsets
    bl0 = u.bl0
    for k in range(n):
        x += gap[k]
        shift = x - (bl0[i + k] - bl[k])
        if text_end[i + k] - u.start[i + k] == 1:
            xs.append(shift + offsets[i + k][0])
        else:
            xs.extend(shift + o for o in offsets[i + k])
        x += width[k]
    scales = None
    if u.scales and any(i <= k < j for k in u.scales):
        scales = []
        for k in range(i, j):
            scales.extend(u.scales.get(k) or (1.0,) * (u.end[k] - u.start[k]))
    return xs, x, scales


def _sync_left_blanks(u: Units, i: int, n: int, width: list[float], bl: list[float]) -> None:
    """Squeezing took room from `width`; for opening brackets that room is their left blank."""
    for k in range(n):
        if u.sq[i + k] == SQ_BRACKET and u.bl[i + k] > 0:
            full = u.width[i + k]
            taken = full - width[k]
            if taken > 0:
                bl[k] = max(0.0, u.bl[i + k] - taken)
