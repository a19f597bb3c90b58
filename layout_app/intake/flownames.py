"""The names a piece of column text says, and what pieces of one story share (for pdfflows).

A page is made of stories that each repeat their own names: the places they are about (清水社区, 梅岭村),
the subjects they quote (“家庭医生工作室”) and the people they let speak (网格员任子涵表示). A piece that
says a place names it; a piece that says no place but strings only one place's pieces say (夜巡队
where 清水社区 is said, and nowhere else) names that place too. pdfflows weighs joins and places
headings and captions by these names."""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

# a place: two characters and what it is (清水社区, 梅岭村, 长乐镇, 南山街道); not a word's end (为乡村)
_PLACE = re.compile(r"(?!自然|行政|城乡|农村|城市|美丽|全县|所在|当地|周边|示范|和谐|幸福|新型)(?![为在从到和与的了是对把被将向个各全本该])[\u4e00-\u9fff]{2}(?:社区|街道|村(?![民委])|镇|乡(?![村亲镇里]))")
# a subject named in quotes (“家庭医生工作室”), a speaker by name (网格员任子涵表示, 摊主小周说); not a word of
# praise quoted after the praising (居民点赞“见实效”): every story on a page is praised in those words
_QUOTED = re.compile(r"(?<!点赞)(?<!称赞)(?<!夸赞)“([^“”，。！？、：；,.!?:;\s]{2,10})”")
_SPEAKER = re.compile(r"(?<=[员主长书人任民者])([\u4e00-\u9fff]{2,3})(?=说|表示|介绍)")


def _page_names(pieces: list[Piece]) -> tuple[list[str], list[str]]:
    """The places and the other names the page's text says at least twice: quoted subjects and
    speakers. A place is looked for outside the subjects (推广乡村大舞台 names no 广乡)."""
    texts = [_plain(p) for p in pieces]
    others: Counter = Counter()
    for text in texts:
        others.update(_QUOTED.findall(text) + _SPEAKER.findall(text))
    # (a subject quoted once, in the headline, is said again unquoted in the text)
    subjects = sorted((n for n in others if sum(t.count(n) for t in texts) >= 2), key=len, reverse=True)
    places: Counter = Counter()
    for text in texts:
        places.update(_PLACE.findall(_masked(text, subjects)))
    return [n for n, k in places.items() if k >= 2], subjects


def _masked(text: str, subjects: list[str]) -> str:
    for n in subjects:
        text = text.replace(n, "·")
    return text


def _name_pieces(pieces: list[Piece]) -> None:
    """Each piece's names: the places it says, and the places whose pieces alone say what it says (a
    story's subject and people go with its place: 夜巡队 where 清水社区 is said, and nowhere else) —
    asked twice, so that what a piece with no place says goes with the place found for it."""
    places, subjects = _page_names(pieces)
    said = [{n for n in places if n in _masked(_plain(p), subjects)} for p in pieces]
    grams = [_grams(_plain(p)) for p in pieces]
    votes = [Counter({n: _SAID for n in ns}) for ns in said]
    for _ in range(2):
        where: dict[str, dict[str, int]] = {}        # a string → the places of the pieces saying it
        for g, v in zip(grams, votes):
            own = [n for n, k in v.items() if k >= 0.5 * max(v.values())]
            if own:
                place = own[0] if len(own) == 1 else "?"
                for x in g:
                    w = where.setdefault(x, {})
                    w[place] = w.get(place, 0) + 1
        # a string said (in two pieces or more) where one place is said, and almost nowhere else
        goes = {}
        for x, w in where.items():
            top = max(w, key=w.__getitem__)
            n = w[top]
            if top != "?" and n >= 2 and n >= 0.8 * sum(w.values()):
                goes[x] = top
        votes = []
        for g, ns in zip(grams, said):
            v = Counter({n: _SAID for n in ns})
            v.update(goes[x] for x in g if x in goes)
            votes.append(v)
    for p, v in zip(pieces, votes):
        p.places = v
        text = _plain(p)
        p.says = Counter({n: text.count(n) for n in subjects if n in text})


def _says_place(p: Piece) -> bool:
    """The piece says a place itself (not only strings its place's pieces say)."""
    text = _plain(p)
    return any(n in text for n in p.places)


_SAID = 3.0             # the vote of a place a piece says


def _plain(p: Piece) -> str:
    return "".join("".join(p.lines).split())

def _grams(text: str) -> set[str]:
    han = "".join(ch for ch in text if "\u3400" <= ch <= "\u9fff")
    return {han[i:i + 3] for i in range(len(han) - 2)}


def _shared(a: Counter, b: Counter) -> float:
    """How much two texts name the same things: 1 when every name of the one that names fewer is
    the other's, -1 when both name things and none the same, 0 when one names nothing."""
    if not a or not b:
        return 0.0
    dot = sum(a[k] * b[k] for k in a.keys() & b.keys())
    cos = dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return -1.0 if cos < 0.2 else cos


_AGREE = 0.5            # names that agree: most of the fewer ones are the other's
