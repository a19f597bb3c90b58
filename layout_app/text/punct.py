"""The punctuation class table of GB-style Chinese text setting (typesetting.md §1–2).

Widths are in em. A mark's *blank* is the adjustable half-em beside its glyph: 。，、：；！？ have it on
the right (glyph in the left half), opening brackets on the left, closing brackets on the right.
"""
from __future__ import annotations

import unicodedata

# squeeze classes, in the order the justifier takes them (typesetting.md §3)
SQ_NONE, SQ_BRACKET, SQ_COMMA, SQ_STOP = 0, 1, 2, 3

# neighbour kinds for the CJK–Latin gap: Han, Latin/digit, punctuation/other, space
K_HAN, K_LATIN, K_PUNCT, K_SPACE = "H", "L", "P", "S"

OPENING = "“‘「『（〔【〖［｛《〈"
CLOSING = "”’」』）〕】〗］｝》〉"
COMMAS = "，、；："
STOPS = "。．！？"
INTERPUNCTS = "·・‧"
SOLIDI = "/／"
PREFIX_CURRENCY = "￥¥$＄£￡"
POSTFIX_MARKS = "%％‰℃°′″"
HALF_CONNECTORS = "–"
FULL_CONNECTORS = "—～"
ELLIPSES = "…⋯"
TWO_EM_DASH = "⸺"
QUESTION_EXCLAMATION = "？！"

LEVELS = ("none", "basic", "gb", "strict")

_NO_START_BASIC = set(COMMAS + STOPS + CLOSING)
_NO_START_GB = _NO_START_BASIC | set("‼⁇⁈⁉") | set("–～~-—－") | set(INTERPUNCTS) | set(SOLIDI) \
    | set(POSTFIX_MARKS) | set(",.:;!?)]}")
_NO_END_BASIC = set(OPENING)
_NO_END_GB = _NO_END_BASIC | set(SOLIDI) | set(PREFIX_CURRENCY) | set("([{")

NO_START = {"none": frozenset(), "basic": frozenset(_NO_START_BASIC), "gb": frozenset(_NO_START_GB),
            "strict": frozenset(_NO_START_GB)}
NO_END = {"none": frozenset(), "basic": frozenset(_NO_END_BASIC), "gb": frozenset(_NO_END_GB),
          "strict": frozenset(_NO_END_GB)}


# Each entry: (box width in em, or None for the font's own advance; left blank; right blank;
# squeeze class; neighbour kind; glyph placement). Plain tuples: this is read in the hot loop.
# glyph placement inside the box: "start" (left-aligned ink half), "end" (right half), "centre"
_TABLE: dict[str, tuple] = {}
for _ch in OPENING:
    _TABLE[_ch] = (1.0, 0.5, 0.0, SQ_BRACKET, K_PUNCT, "end")
for _ch in CLOSING:
    _TABLE[_ch] = (1.0, 0.0, 0.5, SQ_BRACKET, K_PUNCT, "start")
for _ch in COMMAS:
    _TABLE[_ch] = (1.0, 0.0, 0.5, SQ_COMMA, K_PUNCT, "start")
for _ch in STOPS:
    _TABLE[_ch] = (1.0, 0.0, 0.5, SQ_STOP, K_PUNCT, "start")
for _ch in INTERPUNCTS + SOLIDI + HALF_CONNECTORS:
    _TABLE[_ch] = (0.5, 0.0, 0.0, SQ_NONE, K_PUNCT, "centre")
for _ch in FULL_CONNECTORS + ELLIPSES + TWO_EM_DASH + "‼⁇⁈⁉":
    _TABLE[_ch] = (1.0, 0.0, 0.0, SQ_NONE, K_PUNCT, "centre")
_TABLE[TWO_EM_DASH] = (2.0, 0.0, 0.0, SQ_NONE, K_PUNCT, "centre")
_TABLE[" "] = (None, 0.0, 0.0, SQ_NONE, K_SPACE, "start")


def char_info(ch: str) -> tuple:
    """Box width (None: font advance), blanks, squeeze class, neighbour kind, placement."""
    info = _TABLE.get(ch)
    if info is None:
        if unicodedata.east_asian_width(ch) in "WF":
            cat = unicodedata.category(ch)
            kind = K_HAN if cat.startswith("L") or cat.startswith("N") else K_PUNCT
            info = (1.0, 0.0, 0.0, SQ_NONE, kind, "centre")
        elif ch.isalnum():
            info = (None, 0.0, 0.0, SQ_NONE, K_LATIN, "start")
        else:
            info = (None, 0.0, 0.0, SQ_NONE, K_PUNCT, "start")
        _TABLE[ch] = info
    return info


def is_han(ch: str) -> bool:
    return char_info(ch)[4] == K_HAN
