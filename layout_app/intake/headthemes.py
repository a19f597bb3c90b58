"""A kicker's theme poppler gave before another story's headline, moved to its own story, for pdfflows.

A short theme set as a kicker over its headline ('体育惠民', '文化惠民': four characters or so, a flow of
its own, no label's colon) names what its story tells of. Poppler gives it before the headline it
stands beside — not always its own. When the story it went to never says a word of it, and one story
with no kicker says a word of it twice or more (its text tells of 体育, 文化), that story's it is.
A theme poppler gives after its story's headline, right before another story's lone headline, is that
headline's kicker: a kicker stands over its headline, never under one; so is one poppler gives right
on its story's first column, where a kicker never stands, the story keeping its headline — the kicker
of the next headline poppler gives ('体育惠民' on '本报记者 …' / '近日，…'). One in a flow of its own right
over its story's column, the headline given before it (poppler took it off another column's top), is
that story's kicker, put first. A place's label with a short theme alone over its story ('稳就业 惠民生')
is a kicker when a headline-shaped line another story was given before its own headline says a word of
the theme ('家门口就业 754 人找到工作'): that line is its headline."""
from __future__ import annotations

import re

from layout_app.intake.flownames import _plain, _says_place
from layout_app.intake.headshapes import _byline, _is_kicker_line, _rank
from layout_app.intake.headturns import _kicker_shape
from layout_app.intake.pdfpieces import Piece

_THEME = 6              # a theme's characters at most
_LONE = 8               # a lone theme's characters at most: a headline says more ('劳动课让孩子们乐在其中')
_TOLD = 2               # how often the other story's text says a word of it at least


def _lone_theme(p: Piece, hs: list[Piece]) -> bool:
    """One line alone in its flow among its story's heading lines, no colon, quote, comma or figure."""
    line = p.lines[0] if len(p.lines) == 1 else ""
    return bool(line) and len(line.replace(" ", "")) <= _LONE and not _says_place(p) and p.flow not in {q.flow for q in hs if q is not p} and _rank(line) == 1 \
        and not any(ch in line for ch in "：:“”，,") and not any(ch.isdigit() for ch in line)


def _headline_kept(q: Piece, theme: Piece) -> bool:
    """A headline its story keeps without the theme: no kicker's shape, no question, and past a place's
    label more than a theme says, or a count ('马鞍街道三元社区：家门口就业 4435 人找到工作'; not '马鞍镇：交通惠民'
    over '出行更方便了', nor '运动正当时' over '乒乓球赛开赛': a kicker over its headline)."""
    line = "".join(q.lines)
    if _rank(q.lines[0]) != 1 or _kicker_shape(q.lines[0]) or any(c in line for c in "？?"):
        return False
    rest = re.split(r"[：:]", line)[-1].strip()
    if any(ch.isdigit() for ch in rest):
        return True
    # (one phrase: a theme's two, '打通城乡 “微循环”', are a kicker's)
    return " " not in rest and len(rest) > max(_LONE, len(theme.lines[0].replace(" ", "")))


def _words(theme: str) -> set[str]:
    han = "".join(ch for ch in theme if "\u3400" <= ch <= "\u9fff")
    return {han[i:i + 2] for i in range(len(han) - 1)}


def _theme(hs: list[Piece]) -> str | None:
    """The theme a story's heading lines open with: one short line of its own flow, no colon, quote or
    comma, over more heading lines."""
    if len(hs) < 2 or len(hs[0].lines) != 1 or hs[0].flow in {p.flow for p in hs[1:]}:
        return None
    line = hs[0].lines[0]
    if len(line.replace(" ", "")) > _THEME or any(ch in line for ch in "：:“”，,"):
        return None
    return line


def _one_headline(hs: list[Piece], measure: int) -> bool:
    """A story's heading lines are its headline alone (a place's label over it, '玉泉乡：', a deck or a
    byline under it): no kicker of its own."""
    heads = [p for p in hs if not p.lines[0].startswith("——") and not _byline(p.lines[0], measure)
             and not p.lines[-1].rstrip().endswith(("：", ":"))]
    return len(heads) == 1


def themes_moved(heads: dict[int, list[Piece]], chains: list[list[Piece]], measure: int) -> None:
    """Each story's heading lines (`heads`: chain index → pieces) with a lone theme moved to the story
    whose text tells of it (in place)."""
    texts = {k: "".join(_plain(p) for p in c) for k, c in enumerate(chains)}
    for k, hs in list(heads.items()):
        line = _theme(hs)
        words = _words(line) if line else set()
        if not words or any(w in texts.get(k, "") for w in words):
            continue
        told = [j for j, t in texts.items() if j != k and _one_headline(heads.get(j, []), measure)
                and max(t.count(w) for w in words) >= _TOLD]
        if len(told) == 1:
            heads[told[0]] = [hs[0]] + heads[told[0]]
            heads[k] = hs[1:]
    _themes_over_next(heads, chains, measure)
    _headline_to_label(heads, chains)
    _headline_to_deck(heads, texts)


def _headline_to_deck(heads: dict[int, list[Piece]], texts: dict[int, str]) -> None:
    """A story given a deck and no headline ('——花园街道大桥社区合唱团见闻' over its byline and column) and
    another given two headlines, each in a flow of its own, neither of a kicker's shape ('非遗合唱团进校园'
    / '县中医院：康复驿站方便群众就医'): poppler gave one story's headline beside another's; the one whose
    words the story with the deck says, and its own story never, goes over that deck."""
    for k, hs in heads.items():
        if not hs or any(_rank(p.lines[0]) != 2 for p in hs) or not any(p.lines[0].startswith("——") for p in hs):
            continue
        for j, gs in heads.items():
            tops = [p for p in gs if len(p.lines) == 1 and _rank(p.lines[0]) == 1 and not _kicker_shape(p.lines[0])]
            if j == k or len(tops) < 2 or len({p.flow for p in tops}) < len(tops):
                continue
            told = [p for p in tops if sum(w in texts.get(k, "") for w in _words(p.lines[0])) >= _TOLD
                    and not any(w in texts.get(j, "") for w in _words(p.lines[0]))]
            if len(told) == 1:
                gs.remove(told[0])
                hs.insert(0, told[0])
                break


def _themes_over_next(heads: dict[int, list[Piece]], chains: list[list[Piece]], measure: int) -> None:
    """A lone theme poppler gave after its story's headline, right before another story's headline
    that has no kicker: that headline's kicker (引题 → 主题: a kicker stands over its headline, never
    under one) — '玉泉乡团结社区技能培训人气旺' / '敬老月里话养老' / '一碗热饭里的民生温度'."""
    at = {p.pos: (k, p) for k, hs in heads.items() for p in hs}
    # (what poppler gives between a theme and a column that is neither heading nor column: its captions)
    placed = set(at) | {q.pos for c in chains for q in c}
    for k, hs in list(heads.items()):
        for p in list(hs):
            if not _lone_theme(p, hs):
                continue
            # (right before the next headline; or right on its story's first column in its flow, where
            # a kicker never stands — the story keeping its headline, the theme is the next one's)
            # (past the captions poppler gives under it; not a flow of its own right before the column's:
            # a kicker over its byline column, the headline poppler took elsewhere)
            top = chains[k][0] if chains[k] else None
            on_text = top is not None and top.pos > p.pos and (top.flow == p.flow or top.pos > p.pos + 1) \
                and not any(p.pos < pos < top.pos for pos in placed)
            nxt = at.get(p.pos + 1) if not on_text else at.get(min((pos for pos in at if pos > p.pos), default=-1))
            if nxt is None or nxt[0] == k:
                continue
            j, h = nxt
            if heads[j][0] is not h or _rank(h.lines[0]) != 1 or _is_kicker_line(h.lines[0]) \
                    or not _one_headline(heads[j], measure):
                continue
            if not any(q.pos < p.pos and q.flow != p.flow and _headline_kept(q, p) for q in hs):
                continue
            hs.remove(p)
            heads[j].insert(0, p)
    for k, hs in heads.items():
        top = chains[k][0] if k < len(chains) and chains[k] else None
        for p in hs[1:]:
            # (a theme in a flow of its own right over its story's column, the headline poppler took off
            # another column's top given before it: the kicker — over its headline, as short as a theme)
            if top is not None and _lone_theme(p, hs) and top.pos == p.pos + 1 and top.flow != p.flow \
                    and any(q.pos < p.pos and q.flow != p.flow and _headline_kept(q, p) for q in hs[:hs.index(p)]) \
                    and not any(_kicker_shape(q.lines[0]) for q in hs if q is not p):
                hs.remove(p)
                hs.insert(0, p)
                break


def _label_theme(line: str) -> bool:
    """A place's label and a theme as short as a kicker's ('康乐乡牛角社区：稳就业 惠民生'): a kicker's shape
    as much as a headline's — what follows tells."""
    head, _, rest = line.replace(":", "：").partition("：")
    rest = rest.strip()
    return bool(head) and bool(rest) and len(rest.replace(" ", "")) <= _LONE and not any(ch.isdigit() for ch in rest) \
        and not any(ch in rest for ch in "：“”，,？?")


def _headline_to_label(heads: dict[int, list[Piece]], chains: list[list[Piece]]) -> None:
    """A story whose one heading line is a place's label and a short theme, and a line of another story's,
    alone in its flow and given before that story's own headline, a headline by its shape (a count, or one
    phrase longer than a theme) saying a word of the theme ('稳就业 惠民生' / '家门口就业 754 人找到工作'):
    the label's headline — the label its kicker (引题 → 主题; the other story keeps its headline)."""
    for k, hs in list(heads.items()):
        if len(hs) != 1 or len(hs[0].lines) != 1 or not _label_theme(hs[0].lines[0]):
            continue
        words = _words(hs[0].lines[0].replace(":", "：").partition("：")[2])
        for j, other in heads.items():
            if j == k:
                continue
            found = None
            for x in other:
                rest = [q for q in other if q is not x and _rank(q.lines[0]) == 1 and not _kicker_shape(q.lines[0])]
                if len(x.lines) == 1 and x.flow not in {q.flow for q in other if q is not x} \
                        and _headline_kept(x, hs[0]) and _words(x.lines[0]) & words \
                        and any(q.pos > x.pos for q in rest):
                    found = x
                    break
            if found is not None:
                other.remove(found)
                hs.append(found)
                break
