"""A headline broken between its subject and its predicate, for the heading reading of a printed page's
text (headblock for pdftotext's column flows, headings for text given line by line) — and copy typed by
hand in that shape, which sets no blank line between a kicker and its headline.

A heading line that names a thing and says nothing of it — nouns and their adjectives only, no verb, no
的-phrase, no place it is in ('城西街道老旧小区', '青竹乡竹编合作社订单') — does not stand alone: a kicker is
a theme or a phrase that says something ('小小竹篮编出“致富经”', '家门口的幸福'). Over a line that opens on
its verb with no subject of its own ('加装电梯惠及三百户', '排到明年三月') it is the first half of one
headline, set without a space (no writer's pause falls between a subject and its verb). Only white
space changes; every character stays."""
from __future__ import annotations

import re

from layout_app.intake.pdfcolumns import width
from layout_app.intake.repair import HEADLINE_MAX

BY_CLAUSE = 0.7         # a guess: a kicker may name a thing alone, but rarely one its headline then does
_MARKS = re.compile(r"[：:，,、；;。！？!?“”\"‘’《》（）()—\s\d]")
_KINDS = ("村", "镇", "乡", "区", "县")
_OPEN_ENDS = ("了", "的", "和", "与", "及", "从", "在", "把", "让", "为", "对", "向")


def _classes(line: str) -> list[tuple[str, str]]:
    from layout_app.text.words import _classes as classes, words

    c = classes()
    return [(w, c.get(w, "")) for w in words(line) if w.strip()]


def subject_only(line: str) -> bool:
    """A heading line of nouns and their adjectives only, ending on a noun: a subject waiting for its
    verb ('城西街道老旧小区'). No marks, figures or spaces (a phrase set apart, a count, a label); not a
    slogan of two words ('幸福养老', '民生实事': a kicker's theme)."""
    s = line.strip()
    if not s or _MARKS.search(s) or len(s) < 6:
        return False
    ws = _classes(s)
    # (a place's kind alone is a noun here, '东岭村': jieba cuts it off its name as a morpheme)
    return len(ws) >= 3 and all(k[:1] == "n" or k in ("a", "b", "j", "l", "m", "q") or w in _KINDS for w, k in ws) \
        and ws[-1][1][:1] == "n" and ws[0][1] not in ("m", "q")


def opens_on_verb(line: str) -> bool:
    """A heading line opening on a verb, no subject of its own ('加装电梯惠及三百户', '排到明年三月')."""
    s = line.strip()
    if not s or s.startswith(("——", "—", "－－", "--")) or " " in s or "\u3000" in s:
        return False
    ws = _classes(s)
    return bool(ws) and ws[0][1] == "v" and len(ws[0][0]) <= 2


def subject_acts(line: str) -> bool:
    """A heading line of a subject and the verb it ends on, nothing after ('沿河七个村联手'): the first of
    two verbs one subject does, the second opening the next line ('建起护河志愿队')."""
    s = line.strip()
    if not s or _MARKS.search(s) or len(s) < 4:
        return False
    ws = _classes(s)
    return (len(ws) >= 2 and ws[-1][1] == "v" and len(ws[-1][0]) == 2
            and any(k[:1] == "n" for _, k in ws[:-1]) and not any(k[:1] in "vpdu" for _, k in ws[:-1]))


def clause_halves(upper: str, lower: str) -> bool:
    """Two heading lines one clause broken between its subject and its verb, or between its two verbs
    (no figure under: a deck counts)."""
    return ((subject_only(upper) or subject_acts(upper)) and opens_on_verb(lower) and not re.search(r"\d", lower)
            and width(upper.strip()) + width(lower.strip()) <= HEADLINE_MAX)


def stands_alone(line: str) -> bool:
    """A heading line that says something on its own: a verb in it, and it ends on no open word, no
    colon and no pause ('小小竹篮编出“致富经”')."""
    s = line.strip()
    if not s or s.endswith(_OPEN_ENDS + tuple("：:，,、；;")) or re.search(r"\d", s):
        return False
    # (a verb, or an adjective said of something with its 了: '一颗草莓“红”了一个村')
    ws = [k for _, k in _classes(s) if k]
    return any(k[:1] == "v" for k in ws) or any(a == "a" and b == "ul" for a, b in zip(ws, ws[1:]))


def kicker_over_clause(first: str, upper: str, lower: str) -> bool:
    """Three heading lines, the last two one clause broken between subject and verb, the first a phrase
    standing alone: a kicker over its headline set in two lines — compose never breaks one headline
    both after a whole phrase and inside a clause."""
    return stands_alone(first) and clause_halves(upper, lower)


def subject_halves(lines: list[str], lone, doubts: dict[str, float] | None = None) -> list[str]:
    """Two heading lines alone together (`lone`: a heading line's shape), the upper a subject and the
    lower its predicate, joined into one headline with no space; not a line of a dash deck's."""
    from layout_app.intake.headings import _doubt

    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if prev and s and lone(prev) and lone(s) and clause_halves(prev, s):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_CLAUSE)
        else:
            out.append(line)
    return out


def clause_joined(lines: list[str]) -> list[str]:
    """A heading group's lines as structure names them (copy as it arrives too, typed with no blank
    line between a heading's lines): two lines one clause broken between subject and verb are one
    headline ('城西街道老旧小区' / '加装电梯惠及三百户'); three, a phrase standing alone over such a pair,
    a kicker over its headline ('守护一江清水' / '沿河七个村联手' / '建起护河志愿队')."""
    if len(lines) == 2 and clause_halves(lines[0], lines[1]):
        return [lines[0].strip() + lines[1].strip()]
    if len(lines) == 3 and kicker_over_clause(*lines):
        return [lines[0], lines[1].strip() + lines[2].strip()]
    return list(lines)


_ITEMS = re.compile(r"^[^、，,：:。！？\s]{2,10}(?:、[^、，,：:。！？\s]{2,10}){2,}$")


def deck_of_items(upper: str, lower: str) -> bool:
    """A whole headline ('5G智慧公交站亮相人民路': no list, no colon or question of a kicker's, no
    writer's space between two phrases of a theme) over a line listing three things or more apart by
    、 and nothing else ('实时到站、扫码充电、一键求助“三合一”'): the deck says what the headline's
    news holds — a kicker sets a theme, it does not list."""
    up = upper.strip()
    return (width(up) >= 8 and not re.search(r"[、，,：:？?！!\s]", up) and not up.endswith(_OPEN_ENDS)
            and bool(_ITEMS.match(lower.strip())))

