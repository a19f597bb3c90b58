"""Cut a paragraph into units: the pieces between which a line may break.

A unit is one character, or a run that must never be split: a Latin word or a number with its
prefix/postfix (￥100, 5.2%, 12km, iPhone), ——, ……, ⸺, ？！. Units are kept as parallel lists
(struct of arrays) because this runs for every character of every story on every relayout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from layout_app.text.punct import (
    K_HAN, K_LATIN, K_SPACE, NO_END, NO_START, SQ_NONE, char_info,
)

# Runs that never split. Order matters: the Latin/number run first.
# a Latin word's letters: ASCII, and the accented letters of Latin-1, Latin Extended-A/B and Additional,
# with combining accents — Müller, Jokić, Dončić, Mbappé, Nguyễn are one word each, never broken
_W = "A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F"
_UNBREAKABLE = re.compile(
    rf"(?:[￥¥$＄£￡]|(?<![{_W}])-(?=[0-9]))?"        # prefix currency or a minus sign
    rf"[{_W}]+(?:[.,:'’_/@&\-][{_W}]+|∶[0-9]+)*"    # word, number, 3.14, 1,000, 7:30, km/h, 98∶95, O’Neal
    r"[%％‰℃°′″]?"                                         # postfix mark
    r"|—{2,}|…{2,}|⋯{2,}|⸺+"                              # 2-em dashes and ellipses
    r"|[？！]{2}"                                           # ？！ ！？ ？？ ！！: one 1-em unit
)
_PAIRED_MARKS = frozenset("—…⋯⸺")
# the ratio sign inside a score or ratio (98∶95, 3∶1): one unit with its figures, its box half an em and
# no CJK–Latin space round it, as the ASCII colon in 7:30 — a full em and a quarter each side read as
# three words ('98 ∶ 95')
RATIO, RATIO_BOX = "∶", 0.5

CJK_LATIN_GAP = 0.25
DASH_OVERLAP = 0.01   # em each joined dash reaches past its box


IDEOGRAPHIC_SPACE = "\u3000"
# a bracketed note of a few characters closing a paragraph: （记者　周明远）, （通讯员　于洋）, （新华社）
_CLOSING_NOTE = re.compile(r"[（(][^（()）\n]{1,10}[）)][。.]?$")


@dataclass(slots=True)
class Units:
    text: str
    start: list[int]       # char offset of each unit
    end: list[int]
    width: list[float]     # nominal box width in em, after pairwise mark compression
    bl: list[float]        # adjustable blank left of the glyph, em (what is left of it)
    br: list[float]        # adjustable blank right of the glyph, em
    bl0: list[float]       # the table's left blank: glyphs shift left by bl0 - bl
    sq: list[int]          # squeeze class of the blanks
    lk: list[str]          # neighbour kind at the unit's left / right edge
    rk: list[str]
    offsets: list[tuple[float, ...]]   # glyph origin of each char inside the untrimmed box, em
    gap: list[float]       # fixed gap before unit k (CJK–Latin spacing, tracking); gap[0] = 0
    cjgap: list[bool]      # whether gap[k] holds a CJK–Latin gap (squeezable and stretchable)
    breakable: list[bool]  # a line may break before unit k (k ≥ 1)
    is_space: list[bool]
    scales: dict[int, tuple[float, ...]]   # unit → horizontal scale of each char (joined ——)
    # units that vanish at a line's end: spaces, and the ideographic space between two names
    # (记者　周明远　通讯员): never carried to the next line's start, where it reads as an indent
    trails: list[bool]

    def __len__(self) -> int:
        return len(self.start)


def segment(text: str, advance: dict[str, float], level: str = "gb", tracking: float = 0.0,
            ink: dict[str, tuple[float, float]] | None = None, display: bool = False,
            ranges: tuple[tuple[int, int, dict[str, float]], ...] = ()) -> Units:
    """Units of `text`. `advance` maps a character to its font advance in em (missing → 1 em);
    `ink` gives the ink extent of joining marks, so that —— is drawn as one unbroken rule.
    `display`: headline sizes set every mark in its half-width form (its blank dropped), so
    ：“ take 1 em together and an opening bracket at the line start is trimmed.
    `ranges` (start, end, advances): characters measured in another face (a bold range)."""
    pieces: list[tuple[int, int, bool]] = []   # (start, end, is_run)
    pos = 0
    for m in _UNBREAKABLE.finditer(text):
        s, e = m.span()
        pieces.extend((i, i + 1, False) for i in range(pos, s))
        pieces.append((s, e, True))
        pos = e
    pieces.extend((i, i + 1, False) for i in range(pos, len(text)))

    n = len(pieces)
    start = [0] * n
    end = [0] * n
    width = [0.0] * n
    bl = [0.0] * n
    br = [0.0] * n
    sq = [SQ_NONE] * n
    lk = [K_HAN] * n
    rk = [K_HAN] * n
    offsets: list[tuple[float, ...]] = [()] * n
    is_space = [False] * n
    scales: dict[int, tuple[float, ...]] = {}
    adv_get = advance.get
    by_pos: list[dict[str, float]] | None = None
    if ranges:
        by_pos = [advance] * len(text)
        for r0, r1, adv in ranges:
            r0, r1 = max(0, r0), min(len(text), r1)
            by_pos[r0:r1] = [adv] * max(0, r1 - r0)
    for k, (s, e, run) in enumerate(pieces):
        start[k] = s
        end[k] = e
        if not run:
            ch = text[s]
            box, l, r, cls, kind, place = char_info(ch)
            a = by_pos[s].get(ch, 1.0) if by_pos else adv_get(ch, 1.0)
            if box is None:
                width[k] = a
                offsets[k] = (0.0,)
            else:
                width[k] = box
                if place == "centre" or a > box:
                    offsets[k] = ((box - a) / 2.0,)
                elif place == "end" and a < 0.9 * box:
                    offsets[k] = (box - a,)   # a narrow opening glyph: ink in the right half
                else:
                    offsets[k] = (0.0,)       # full-width glyphs carry their own blank
            bl[k], br[k], sq[k], lk[k], rk[k] = l, r, cls, kind, kind
            is_space[k] = kind == K_SPACE
        else:
            chunk = text[s:e]
            first = chunk[0]
            if first in _PAIRED_MARKS or chunk[0] in "？！":
                # ——, ……: each mark a full em; ？！: two marks sharing one em
                each = 0.5 if first in "？！" else (2.0 if first == "⸺" else 1.0)
                offs = []
                x = 0.0
                for i, ch in enumerate(chunk, s):
                    a = by_pos[i].get(ch, 1.0) if by_pos else adv_get(ch, 1.0)
                    offs.append(x + ((each - a) / 2.0 if first not in "？！" else 0.0))
                    x += each
                width[k] = x
                offsets[k] = tuple(offs)
                lk[k] = rk[k] = "P"
                if ink and first in ink:
                    # stretch each dash's ink over its whole em (a hair more, so they join)
                    x0, x1 = ink[first]
                    scale = (1.0 + 2 * DASH_OVERLAP) / (x1 - x0)
                    offsets[k] = tuple(c - DASH_OVERLAP - x0 * scale for c in range(len(chunk)))
                    scales[k] = (scale,) * len(chunk)
            else:
                offs = []
                x = 0.0
                for i, ch in enumerate(chunk, s):
                    box = RATIO_BOX if ch == RATIO else char_info(ch)[0]
                    a = by_pos[i].get(ch, 1.0) if by_pos else adv_get(ch, 1.0)
                    w = a if box is None else box
                    offs.append(x + (0.0 if box is None else (box - a) / 2.0))
                    x += w
                width[k] = x
                offsets[k] = tuple(offs)
                lk[k] = K_LATIN if chunk[0].isascii() or chunk[0] == "-" else char_info(chunk[0])[4]
                rk[k] = K_LATIN if chunk[-1].isascii() else char_info(chunk[-1])[4]
    bl0 = bl[:]

    if display:
        # display type: marks lose their blanks (half-width forms, typesetting.md §2 compression
        # carried all the way); the glyph keeps its place in the box through bl0
        for k in range(n):
            if bl[k] or br[k]:
                width[k] -= bl[k] + br[k]
                bl[k] = br[k] = 0.0

    # Two adjacent marks whose widths total 2 em take 1.5 em (：“ 。” ”， ）（ …), pairwise.
    for k in range(1, n):
        if (br[k - 1] or bl[k - 1]) and (bl[k] or br[k]) and width[k - 1] == 1.0 and width[k] == 1.0:
            if br[k - 1]:
                br[k - 1] -= 0.5
                width[k - 1] -= 0.5
            elif bl[k]:
                bl[k] -= 0.5
                width[k] -= 0.5

    gap = [0.0] * n
    cjgap = [False] * n
    breakable = [False] * n
    no_start = NO_START[level]
    no_end = NO_END[level]
    strict = level == "strict"
    for k in range(1, n):
        a, b = rk[k - 1], lk[k]
        if (a == K_HAN and b == K_LATIN) or (a == K_LATIN and b == K_HAN):
            gap[k] = CJK_LATIN_GAP + tracking
            cjgap[k] = True
        else:
            gap[k] = tracking
        if is_space[k] or text[start[k]] == IDEOGRAPHIC_SPACE:
            continue  # never break before a space: it stays at the end of the line
        if level == "none":
            breakable[k] = True
            continue
        first = text[start[k]]
        if first in _PAIRED_MARKS and (end[k] - start[k] >= 2 or first != "—"):
            # —— …… ⸺ may start a line at gb level; strict forbids it (except at a paragraph's
            # start, which is never a break)
            if strict:
                continue
        elif first in no_start:
            continue
        if text[end[k - 1] - 1] in no_end:
            continue
        breakable[k] = True
    whole = _CLOSING_NOTE.search(text)
    if whole and level != "none":
        # a short note in brackets ending the paragraph — a brief's credit, （记者　周明远）, its source —
        # is kept on one line, as a compositor keeps it: never （记者　周 / 明远）
        for k in range(1, n):
            if whole.start() < start[k] < whole.end():
                breakable[k] = False
    trails = [sp or text[s] == IDEOGRAPHIC_SPACE for sp, s in zip(is_space, start)]
    return Units(text, start, end, width, bl, br, bl0, sq, lk, rk, offsets, gap, cjgap, breakable, is_space, scales,
                 trails)
