"""Headline fitting and breaking: the largest size at which a headline fits its frame in a number of
lines, broken where a reader pauses — at a space, after a comma or colon, before an opening quote —
else between words, never inside one; the lines as even as the breaks allow."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from layout_app.text.punct import CLOSING, COMMAS, OPENING, QUESTION_EXCLAMATION, STOPS, is_han
from layout_app.text.setter import SetLine, SetOptions, set_paragraph
from layout_app.text.words import inside_word, phrase_starts

STEP = 0.5      # pt: sizes are tried in half points
FLOOR = 5.0     # never below 八号

# break strengths: a phrase pause; a word boundary guessed from function words (让, 把…; 的, 了), never
# inside a word of the dictionary; a phrase opening on a verb, pronoun or adverb between two words of
# the dictionary (站点 / 增至 — its word classes are rough, so these come last); anywhere the body
# breaker would (only when nothing else fits)
PHRASE, GUESS, LEXICON, ANY = 3, 2, 1, 0
SPACE = 4        # the writer's own space between a headline's phrases: the break a desk editor takes first
SPACE_EVEN = 0.4   # ... when its lines are this near even (a 4-character theme over 13 is balanced instead)
BALANCE = 0.3    # a line shorter than this share of the longest is a widow of a headline
EVEN = 0.6       # a balanced headline: its shortest line at least this share of its longest
# characters a new word usually starts with in a headline (不再, 让, 把…), and ones that end one (的, 了)
_STARTS = set("不再让把为在与和向从给将又更已都也并促助迎喜获见")
_ENDS = set("的了着们地得")
# a preposition (or 到 of 从…到…) binds the quoted term after it: the pause is before it, not after
# ('小区停车棚' / '从“一户难”到“一栋成”', not '…停车棚从' / '“一户难”…')
_BINDS = set("从把让为在与和向给将对到被")
# a word that takes the number after it as its object: never a line's last before that number
_TAKES_NUMBER = set("以达超近约逾共第每")
_BINDS_NUMBER = _BINDS | _TAKES_NUMBER | set("于至")
# a 的 that closes a long modifier before a noun phrase opening on its own determiner or count
# ('…1分42秒36背后的' / '每一个清晨', '…带来的' / '这些变化'): a pause a desk breaks at, not the 的 that
# binds a short modifier to its noun ('…群众的' / '急难愁盼问题')
_DETERMINERS = set("每这那各该此")
_COUNTED = "一"
_MEASURES = set("个位名次天年座条项件批支份场")
QUOTED_TERM = 10   # a quoted term shorter than this (characters inside its marks) is not broken between its words


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[SetLine, ...]
    body_lines: int      # whole body lines the block occupies (占行)
    fits: bool           # fits within the limits at this size
    below_min: bool      # had to go below the style's minimum size
    strength: int = PHRASE   # the weakest break used (PHRASE … ANY)


def block_lines(n_lines: int, pitch: float, grid_leading: float) -> int:
    return max(1, math.ceil(n_lines * pitch / grid_leading - 1e-6))


@lru_cache(maxsize=4096)
def break_points(text: str) -> dict[int, int]:
    """Offsets where a line may end, each with its strength (the best reason found)."""
    points: dict[int, int] = {}

    def allow(i: int, strength: int) -> None:
        if 0 < i < len(text):
            points[i] = max(points.get(i, ANY), strength)

    for i, ch in enumerate(text):
        if ch.isspace() and 0 < i < len(text) - 1 and _latin(text[i - 1]) and _latin(text[i + 1]):
            allow(i, LEXICON)                        # between a name's Latin words: 'Lautaro Martínez' is one name
        elif ch.isspace():
            allow(i, SPACE)                          # the space itself is dropped at the break
        elif ch == "：" and i > 0 and is_han(text[i - 1]):
            allow(i + 1, SPACE)                      # a subject's colon is its writer's pause: '青禾竹业：' / '从…'
        elif ch in COMMAS + STOPS + QUESTION_EXCLAMATION:
            allow(i + 1, PHRASE)
        elif ch == "的" and i >= 3 and _determined(text, i + 1):
            allow(i + 1, PHRASE)
        elif ch in CLOSING and i + 1 < len(text) and text[i + 1] not in COMMAS + STOPS + "".join(_ENDS):
            allow(i + 1, PHRASE)                     # after ”, not before the 的 that binds it
        elif ch in OPENING and i > 1 and text[i - 1] in _BINDS and is_han(text[i - 2]):
            allow(i - 1, PHRASE)
        elif ch in OPENING and i > 0 and text[i - 1] in _BINDS:
            pass                                     # never between 从 and the quoted term it governs
        elif ch in OPENING:
            allow(i, PHRASE)
    quoted = _inside_quotes(text)
    for i in phrase_starts(text):
        if i not in quoted:
            allow(i, LEXICON)                        # 站点 / 增至, not 杏花 / 街道 nor “积分 / 超市”
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if inside_word(text, i):
            continue                                 # not 现 / 在 for all that 在 often opens a word
        if is_han(a) and is_han(b) and (b in _STARTS or a in _ENDS):
            allow(i, GUESS)                          # …办事大厅 / 让群众…: a function word opens a phrase
        elif is_han(a) and b.isascii() and b.isalnum() and not _in_quantity(text, i):
            # before a number or Latin word (…开放 / 50天), not inside a quantity of several units
            # (1分 / 42秒36); a word that takes the number goes with it (林小雨 / 以1分42秒36夺冠,
            # 人数 / 达68523人, not …以 / 1分…), one that is half of a word (增至) keeps it on its line
            if a not in _BINDS_NUMBER:
                allow(i, GUESS)
            elif a in _TAKES_NUMBER and i >= 2 and is_han(text[i - 2]) and not inside_word(text, i - 1):
                allow(i - 1, GUESS)
        # (not after one: a figure binds its unit and a Latin word the Chinese of its term — 50天, 5G基站,
        # APP预约平台)
    return points


@lru_cache(maxsize=4096)
def word_points(text: str) -> frozenset[int]:
    """Every boundary between two words where a display line may end, the last resort before a break
    anywhere: never inside a word of the dictionary, a Latin word or a number, nor inside a quantity
    (1分42秒36), never after an opening mark or an item's mark (■) alone, never before a closing mark
    or a comma — '■NBA中国赛' / '青少年训练营招募', not '…青少年训' / '练营招募'."""
    out = set()
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if inside_word(text, i) or (_latin(a) and _latin(b)) or _in_quantity(text, i) or (a.isdigit() and is_han(b)):
            continue                                 # (a figure binds its unit: 1分, 23个)
        if a in OPENING or b in CLOSING + COMMAS + STOPS + QUESTION_EXCLAMATION or a.isspace() or b.isspace():
            continue
        if not any(ch.isalnum() for ch in text[:i]) or a in _BINDS_NUMBER and b.isdigit():
            continue
        out.add(i)
    return frozenset(out)


def _determined(text: str, i: int) -> bool:
    """A noun phrase opening at `i` on its determiner or count: 每一个, 这些, 那份, 一位."""
    nxt = text[i:i + 2]
    return len(nxt) == 2 and (nxt[0] in _DETERMINERS or (nxt[0] == _COUNTED and nxt[1] in _MEASURES))


def _latin(ch: str) -> bool:
    return ch.isalnum() and not is_han(ch)


def _in_quantity(text: str, i: int) -> bool:
    """A number at `i` going on from a number and its unit just before it: 1分42秒36, 3小时20分."""
    k = i - 1
    while k >= 0 and i - k <= 2 and is_han(text[k]):
        k -= 1
    return text[i].isdigit() and k >= 0 and i - k >= 2 and text[k].isdigit()


def _inside_quotes(text: str) -> set[int]:
    """Offsets inside a short quoted term (“积分超市”): a reader takes it as one name."""
    inside: set[int] = set()
    start = None
    for i, ch in enumerate(text):
        if ch in OPENING:
            start = i
        elif ch in CLOSING and start is not None:
            if i - start <= QUOTED_TERM:
                inside.update(range(start + 2, i))
            start = None
    return inside


def _piece(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters a line shows: spaces at a break are dropped."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _label(text: str, start: int, end: int, n: int) -> bool:
    """A place's label on the first of three lines, '白沙镇：' over '网格员的四点半课堂添新彩': a line of
    its own as a page editor sets one, not a widow (its colon set half wide, it is 3½ characters
    beside 12)."""
    a, b = _piece(text, start, end)
    return n >= 3 and a == 0 and b - a >= 3 and text[b - 1] == "："


def set_headline(text: str, size: float, width: float, face: str, options: SetOptions,
                 max_lines: int, strength: int = ANY, no_end: str = "",
                 balance: float = BALANCE, points: frozenset[int] | None = None) -> tuple[SetLine, ...] | None:
    """`text` in at most `max_lines` lines no wider than `width`, broken only at points at least
    `strength` strong (and not after a character of `no_end`), no line shorter than `balance` of the
    longest (a place's label over two lines excepted), the longest line as short as possible.
    None: it cannot be done."""
    one = set_paragraph(text, size, width, face, options).lines
    if len(one) == 1 and one[0].width <= width + 0.01:
        return one
    if strength == ANY:
        return one if len(one) <= max_lines and all(l.width <= width + 0.01 for l in one) else None
    wide = set_paragraph(text, size, 1e6, face, replace(options, align="left")).lines[0]
    points = sorted(i for i, s in break_points(text).items() if s >= strength and text[i - 1] not in no_end) \
        if points is None else sorted(points)
    xs = list(wide.xs) + [wide.width]

    def est(a: int, b: int) -> float:
        a, b = _piece(text, a, b)
        return xs[b] - xs[a] if b > a else 0.0

    for n in range(2, max_lines + 1):
        best = None
        for cut in combinations(points, n - 1):
            bounds = (0, *cut, len(text))
            widths = [est(bounds[k], bounds[k + 1]) for k in range(n)]
            if max(widths) > width * 1.05 or any(w < balance * max(widths) and not _label(text, bounds[k], bounds[k + 1], n)
                                                 for k, w in enumerate(widths)):
                continue
            key = (max(widths), max(widths) - min(widths))
            if best is None or key < best[0]:
                best = (key, bounds)
        if best is None:
            continue
        bounds = best[1]
        lines = []
        for k in range(n):
            a, b = _piece(text, bounds[k], bounds[k + 1])
            # an opening quote at a line start gives up its blank: the line stays flush
            got = set_paragraph(text[a:b], size, width, face, replace(options, trim_opening=True)).lines
            if len(got) != 1 or got[0].width > width + 0.01:
                break
            lines.append(replace(got[0], start=a, end=b))
        else:
            return tuple(lines)
    return None


def set_display(text: str, size: float, width: float, face: str, options: SetOptions,
                max_lines: int = 3) -> tuple[SetLine, ...]:
    """A kicker or deck at its size: broken where a reader pauses when it needs more than one line
    ('基层治理有新招 奋进路上再出发：' / '长乐街道的新变化', not '…：长乐街' / '道的新变化'), else
    between guessed words, else where a phrase opens between two words of the dictionary (not
    '…小区停' / '车难题'), else between any two words (`word_points`: a 简讯 item's lead-in
    '■NBA中国赛' / '青少年训练营招募', not '…青少年训' / '练营招募'), else anywhere the body breaker would."""
    return (set_headline(text, size, width, face, options, max_lines, PHRASE)
            or set_headline(text, size, width, face, options, max_lines, GUESS)
            or set_headline(text, size, width, face, options, max_lines, LEXICON)
            or set_headline(text, size, width, face, options, max_lines, LEXICON, points=word_points(text))
            or set_paragraph(text, size, width, face, options).lines)


def _even(lines) -> bool:
    widths = [l.width for l in lines]
    return len(widths) < 2 or min(widths) >= EVEN * max(widths)


def _balanced(text, width, max_lines, max_body_lines, face, max_size, options, grid_leading, pitch_ratio,
              size, lines, strength, strengths=(PHRASE, GUESS, LEXICON)):
    """A headline whose lines came out uneven at `size` (a pause leaving one line short: 7 characters
    over 17), or in one line of smaller type than lines near even would take: at the largest size down
    to that one, lines near even (EVEN) broken at a pause, else at a word boundary, else where a phrase
    opens between two words of the dictionary, never inside a word — as a desk editor balances a
    two-line headline. The lines found first when no such break exists (a place's label '东湖区：' over
    the rest). `strengths`: the breaks it may take (a headline with the writer's spaces: those alone)."""
    lowest = size + STEP if len(lines) == 1 else size
    for even_strength in strengths:
        s = max_size
        while s >= lowest - 1e-9:
            got = set_headline(text, s, width, face, options, min(2, max_lines), even_strength, "", EVEN)
            if got is not None and len(got) > 1 \
                    and block_lines(len(got), s * pitch_ratio, grid_leading) <= max_body_lines:
                return s, got, even_strength
            s = round(s - STEP, 2)
    return size, lines, strength


def fit_headline(text: str, width: float, max_lines: int, max_body_lines: int, face: str,
                 max_size: float, min_size: float | None, options: SetOptions,
                 grid_leading: float, pitch_ratio: float = 1.2, more_lines: int | None = None) -> Fitted:
    """Try sizes from `max_size` down in half points, first breaking only at phrase pauses, then at
    function words: the first size that sets `text` in at most `max_lines` lines occupying at most
    `max_body_lines` body lines wins. A long headline in a narrow frame then takes up to `more_lines`
    lines broken at phrase pauses (a third line, as a page editor sets one over two columns), then
    `max_lines` lines broken where a phrase opens between two words of the dictionary (站点 / 增至;
    not at every word boundary: 杏花 / 街道 is none), before its type goes below the style's minimum.
    Only when no size down to the minimum works so is the headline set below it, in `max_lines`
    lines between guessed words, else where such a phrase opens, and if even that fails, broken
    anywhere (inside a word, too)."""
    floor_size = min_size if min_size is not None else FLOOR
    # the writer's spaces first, where its lines come out near even (SPACE_EVEN): a headline is broken
    # between the phrases its writer set apart ('一碗热饭里的民生温度' / '老年助餐点运营一周年', not
    # '…温度 老年' / '助餐点…'; '…心理健康课“火”了' / '小课堂 大天地', not '…健康课' / '“火”了…'), in a
    # smaller size down to the style's minimum rather than inside a phrase
    spaced = any(s >= SPACE for s in break_points(text).values())
    tries = [(SPACE, floor_size, max_lines, "", SPACE_EVEN)] * spaced + [(PHRASE, floor_size, max_lines),
                                                                          (GUESS, floor_size, max_lines)]
    if more_lines and more_lines > max_lines:
        tries += [(SPACE, floor_size, more_lines, "", SPACE_EVEN)] * spaced
        tries.append((PHRASE, floor_size, more_lines))    # at phrase pauses only
    tries.append((LEXICON, floor_size, max_lines))        # between two words: 站点 / 增至
    if more_lines and more_lines > max_lines:
        # a third line between guessed words, never after a 的 that binds a noun to what it says of
        # it ('从“家庭医生工作室”' / '看南山乡如何有效解决了' / '群众的急难愁盼问题', not '…解决了群众的' /
        # '急难愁盼问题'), last before the type goes below its minimum
        tries.append((GUESS, floor_size, more_lines, "的"))
    # below the minimum too, a word boundary before a cut anywhere (inside a word: '…服务解' / '决…')
    for strength, lowest, most, *rest in (*tries, (GUESS, FLOOR, max_lines), (LEXICON, FLOOR, max_lines)):
        size = max_size
        while size >= lowest - 1e-9:
            lines = set_headline(text, size, width, face, options, most, strength, *rest)
            if strength == SPACE and lines is not None and len(lines) == 1:
                break                        # one line before any at its space: the pauses weigh it
            if lines is not None and block_lines(len(lines), size * pitch_ratio, grid_leading) <= max_body_lines:
                if strength >= GUESS and most == max_lines and (len(lines) == 1 or not _even(lines)):
                    size, lines, strength = _balanced(text, width, max_lines, max_body_lines, face, max_size, options,
                                                      grid_leading, pitch_ratio, size, lines, strength,
                                                      (SPACE,) if strength == SPACE else (PHRASE, GUESS, LEXICON))
                return Fitted(size, lines, block_lines(len(lines), size * pitch_ratio, grid_leading), True,
                              size < floor_size - 1e-9, strength)
            size = round(size - STEP, 2)
    size = max_size
    best = None
    while size >= FLOOR - 1e-9:
        lines = set_paragraph(text, size, width, face, options).lines
        occupied = block_lines(len(lines), size * pitch_ratio, grid_leading)
        # a headline line must also be no wider than the frame (a single unbreakable run might be)
        fits = len(lines) <= max_lines and occupied <= max_body_lines and all(l.width <= width + 0.01 for l in lines)
        if fits:
            return Fitted(size, lines, occupied, True, size < floor_size - 1e-9, ANY)
        best = Fitted(size, lines, occupied, False, size < floor_size - 1e-9, ANY)
        size = round(size - STEP, 2)
    return best  # type: ignore[return-value]
