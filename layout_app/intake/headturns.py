"""Heading lines of pdftotext's default flows by poppler's order alone (for flowheads): a kicker is
set just above its headline, so poppler gives it first — the headline line a kicker stands over (a
couplet's, or a label's naming the headline's place), unless that headline is the taller of two side by
side; two headlines side by side, set in lines of one height, come a line of each in turn (past a
kicker beside the first line); a couplet given right over a deck whose headline comes later. A kicker
is never set on the text or a deck: a heading line right on a story's first column or its deck in its
flow is a headline, whatever its shape; a line with a label's colon given right after its story's
heading line, each in a flow of its own, is the headline under that kicker."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from layout_app.intake.flownames import _PLACE, _says_place, _shared
from layout_app.intake.headparts import _ANNOUNCING
from layout_app.intake.headshapes import _COUPLET, _byline, _deck, _is_kicker_line, _rank, _under

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

HEAD, BODY = "head", "body"     # flowheads' kinds of pieces (flowheads imports this module)

# a kicker's tag taking the reader to one place, closing its line: '美丽乡村建设 走进太平街道'
_KICKER_GOES = re.compile(r"(?:^|[\s：:])走进[^\s：:]+$")


def _kicks(pieces: list[Piece], i: int) -> int | None:
    """The headline line a kicker's couplet stands over: the next heading line in poppler's order that
    is not a deck, byline or another couplet (a kicker is set above its headline, so poppler gives it
    first; the columns or decks beside it may come between) — but not a headline set in lines over
    the other one's, see `_over_the_next`."""
    for j in range(i + 1, len(pieces)):
        q = pieces[j]
        # (nor another story's kicker: a kicker stands over a headline, never over a kicker — two kickers
        # one over the other in poppler's order are two stories' set side by side, '文明新风 润泽乡里' /
        # '记者蹲点：石桥乡的 “图书角” 一天', each over its own headline; or one announcing its subject, '“乡村
        # 大舞台” 来了 绿色发展正当时')
        if q.kind == HEAD and not _under(q.lines[0]) and not _COUPLET.match(q.lines[0]) \
                and not _is_kicker_line(q.lines[0]) and not _ANNOUNCING.match(q.lines[0]):
            return _over_the_next(pieces, j)
    return None


def _over_the_next(pieces: list[Piece], j: int) -> int:
    """The headline a kicker poppler gives before pieces[j] stands over: j, unless j is a headline set
    in lines in its flow, poppler gives a one-line headline of another flow right after it, and then
    a deck naming j's place (the two headings side by side, j's the taller: the
    kicker beside j's first line is over the other headline, which poppler gives before j's deck)."""
    head = pieces[j]
    end = j
    while end + 1 < len(pieces) and pieces[end + 1].kind == HEAD and pieces[end + 1].flow == head.flow \
            and not _under(pieces[end + 1].lines[0]):
        end += 1
    if end == j or end + 2 >= len(pieces):
        return j
    other, deck = pieces[end + 1], pieces[end + 2]
    if other.kind == HEAD and other.flow != head.flow and len(other.lines) == 1 and not _under(other.lines[0]) \
            and not _COUPLET.match(other.lines[0]) and deck.kind == HEAD and _deck(deck.lines[0]) \
            and deck.flow != other.flow and _shared(deck.places, head.places) > 0:
        return end + 1
    return j


def _line_of_each(pieces: list[Piece], i: int, story: dict[int, int]) -> int | None:
    """Two stories' headlines side by side, set in lines of one height, come from poppler in one flow a
    line of each in turn ('银杏社区四点半课堂开放 43 天' / '长乐街道:老人的健身步道惠万家' / '志愿者点赞“添新彩”' /
    '幸福生活节节高'): the flow's first two lines are headline lines of two stories,
    and a later line naming nothing goes with the line two above it. Its index, or None."""
    p = pieces[i]
    first = next(j for j in range(i, -1, -1) if j == 0 or pieces[j - 1].flow != p.flow)
    # (a kicker beside the first headline line, on its line, is over the other headline: the lines of
    # the two headlines come in turn past it — '双河社区：孩子们的农技课堂更便捷' | '平安建设再提速 …：柳营社区
    # 的新变化' / '从“口袋公园”' / '奋进路上再出发' / '看柳营社区如何…' — and so the turn goes on after the line)
    kicker = i - first > 2 and _is_kicker_line(pieces[first + 1].lines[0]) and pieces[first + 1].kind == HEAD
    turn = [j for j in range(first, i + 1) if not (kicker and j == first + 1)]
    if len(turn) < 3 or _says_place(p) or p.says:
        return None
    a, b = pieces[turn[0]], pieces[turn[1]]
    if not all(q.kind == HEAD and _rank(q.lines[0]) == 1 for q in (a, b)) \
            or not all(pieces[j].kind == HEAD for j in range(first, i)) or turn[0] not in story or turn[1] not in story \
            or story[turn[0]] == story[turn[1]] or turn[-3] not in story:
        return None
    if kicker and not (i + 1 < len(pieces) and pieces[i + 1].kind == HEAD and pieces[i + 1].flow == p.flow
                       and _rank(pieces[i + 1].lines[0]) == 1):
        return None
    return turn[-3]


def _deck_next(pieces: list[Piece], i: int, story: dict[int, int], heads: list[int]) -> bool:
    """The heading line poppler gives right after a kicker's couplet is a deck whose
    story (by the place it names) has no headline line before the couplet: the couplet is over that
    story's headline (set over it, its deck under it), which poppler gives later."""
    d = pieces[i + 1] if i + 1 < len(pieces) else None
    if d is None or d.kind != HEAD or not _deck(d.lines[0]) or i + 1 not in story:
        return False
    return not any(story.get(j) == story[i + 1] and j < i and _rank(pieces[j].lines[0]) == 1 for j in heads)


def _names_its_headline(pieces: list[Piece], i: int) -> bool:
    """A kicker's line naming the place the headline line poppler gives right after it names ('乡村振兴谱新篇
    幸福生活节节高：龙泉乡的新变化' / '龙泉乡儿童之家节节高'): a kicker is set just above its headline —
    that headline's story, whatever the places the stories' text names say (`_kicks`)."""
    if i + 1 >= len(pieces) or not _is_kicker_line(pieces[i].lines[0]):
        return False
    q = pieces[i + 1]
    named = set(_PLACE.findall("".join(pieces[i].lines[0].split())))
    return q.kind == HEAD and _rank(q.lines[0]) == 1 and bool(named & set(_PLACE.findall("".join(q.lines[0].split()))))


def _over_byline(pieces: list[Piece], i: int, first_of: dict[int, int], measure: int) -> int | None:
    """A kicker's couplet alone in its flow that poppler gives right before a story's first column, which
    opens with its byline in the next flow ('守护平安 温暖同行' / '本报记者 曹宏伟' …): poppler gives what
    is set under a line next, and a kicker is set over its story's first column, its headline between
    (poppler gave the headline, wider than the column, in another flow). That story (its index in
    `first_of`, a chain's first piece → the chain), or None."""
    p = pieces[i]
    if not _COUPLET.match(p.lines[0]) or i + 1 >= len(pieces) or (i > 0 and pieces[i - 1].flow == p.flow):
        return None
    q = pieces[i + 1]
    if q.kind != BODY or q.flow == p.flow or not _byline(q.lines[0], measure):
        return None
    return first_of.get(id(q))


def _on_byline(chain: list[Piece], top: Piece, measure: int) -> bool:
    """A story's chain opening with its byline right under a headline in its flow (`top`, the chain's
    first piece, past the headline's own lines), whose text says no place itself: the byline is set
    under its story's headline, and the places the column's stock phrases vote for ('…可以在线预约积分超市的
    服务，办理时间缩短了…', said in every story) say nothing against the headline's."""
    return top is chain[0] and _byline(top.lines[0], measure) and not any(_says_place(q) for q in chain) \
        and any(not _byline(line, measure) for q in chain for line in q.lines)    # (text under the byline)


def _on_column(pieces: list[Piece], i: int, first_of: dict[int, int]) -> bool:
    """The heading line stands right on a story's first column, in its flow."""
    return i + 1 < len(pieces) and pieces[i + 1].kind == BODY and pieces[i + 1].flow == pieces[i].flow \
        and id(pieces[i + 1]) in first_of


def _over_text(pieces: list[Piece], i: int) -> bool:
    """The heading line stands right over a deck or a column in its flow: a headline (a kicker is set
    over its headline, never on a deck or the text)."""
    q = pieces[i + 1] if i + 1 < len(pieces) else None
    return q is not None and q.flow == pieces[i].flow and (q.kind == BODY or q.kind == HEAD and _deck(q.lines[0]))


def _under_kicker(pieces: list[Piece], i: int, story: dict[int, int]) -> bool:
    """A line with a label's colon that poppler gives right after a heading line of its story in a flow
    of its own ('下班后也能看上病了 走进湖滨乡' / '社区卫生服务中心：康复驿站方便群众就医'): the headline
    under that kicker — poppler reads heading blocks set one over the other top down."""
    return i > 0 and story.get(i - 1, -1) == story.get(i) and pieces[i - 1].kind == HEAD \
        and pieces[i - 1].flow != pieces[i].flow and _rank(pieces[i - 1].lines[0]) == 1 \
        and _rank(pieces[i].lines[0]) == 0 and not _COUPLET.match(pieces[i - 1].lines[0]) \
        and not pieces[i].lines[0].rstrip().endswith(("：", ":"))   # (not a label alone: '记者蹲点：' / its rest)


def _kicker_apart(pieces: list[Piece], i: int, story: dict[int, int], sure: set[int], measure: int) -> bool:
    """A heading line alone in a flow of its own, between a heading line of another flow and the
    headline poppler gives right after it in a third, that headline with no line over it yet: that
    headline's kicker ('开学第一课' / '太平镇：育才中学的科技社团“火”了'), not the rest of the line before —
    a headline set in two lines is one block, one flow; a kicker is set over its headline, poppler
    gives it first. (`sure`: the heading lines given a story by their flows and names, not by order.)"""
    if i < 1 or i + 1 >= len(pieces):
        return False
    p, above, nxt = pieces[i], pieces[i - 1], pieces[i + 1]
    if len(p.lines) != 1 or above.kind != HEAD or above.flow == p.flow or nxt.kind != HEAD \
            or nxt.flow in (p.flow, above.flow) or i + 1 not in story or _under(nxt.lines[0]) \
            or _under(p.lines[0]) or _byline(p.lines[0], measure) or i - 1 not in sure \
            or _kicker_shape(above.lines[0]) or _kicker_shape(nxt.lines[0]):
        # (under a kicker's line, a flow of its own: its headline — '秋收时节，…一片金黄' / '金秋好“丰”景';
        # over one, '美丽乡村建设 走进太平街道', no kicker: a kicker stands over no kicker)
        return False
    k = story[i + 1]
    return not any(story.get(j) == k for j in range(i))


def _kicker_shape(line: str) -> bool:
    """A kicker by its shape: a label, a couplet, a scene, or a tag taking the reader to one place
    ('美丽乡村建设 走进太平街道')."""
    return _is_kicker_line(line) or bool(_KICKER_GOES.search(line.strip()))


def _couplet_under(pieces: list[Piece], i: int, story: dict[int, int]) -> bool:
    """A couplet right under a headline's line in its flow ('幸福食堂开张了' / '老有所养 老有所乐'):
    that headline's second line — a headline set in two lines is one block — unless poppler gives
    the next headline right after it, with no kicker of its own before: then the couplet is that
    headline's kicker, set beside the headline above (`test_pdfflows`). A headline has one kicker,
    given right before it."""
    if i < 1 or not _COUPLET.match(pieces[i].lines[0]):
        return False
    above = pieces[i - 1]
    if above.kind != HEAD or above.flow != pieces[i].flow or _under(above.lines[0]) \
            or _kicker_shape(above.lines[-1]) or _COUPLET.match(above.lines[-1]):
        return False
    t = _kicks(pieces, i)
    return t is None or t != i + 1 or t in story and any(story.get(j) == story[t] for j in range(i - 1))


def _couplet_over(pieces: list[Piece], i: int, story: dict[int, int]) -> bool:
    """A couplet over a headline's line in its flow, one block of poppler's ('老有所养 老有所乐' /
    '华山街道幸福食堂暖了老人心'), its story's kicker given apart in a flow of its own by its shape
    ('幸福养老 走进华山街道'): that headline's first line — a headline has one kicker, and a kicker set
    smaller never shares its headline's block."""
    if i + 1 >= len(pieces) or i not in story or len(pieces[i].lines) != 1 or not _COUPLET.match(pieces[i].lines[0]):
        return False
    below = pieces[i + 1]
    if below.kind != HEAD or below.flow != pieces[i].flow or story.get(i + 1) != story[i] \
            or _rank(below.lines[0]) != 1 or _deck(below.lines[0]) or _kicker_shape(below.lines[0]):
        return False
    return any(story.get(j) == story[i] and pieces[j].flow != pieces[i].flow and pieces[j].kind == HEAD
               and _kicker_shape(pieces[j].lines[0]) and not _COUPLET.match(pieces[j].lines[0])
               for j in range(len(pieces)) if j not in (i, i + 1))


def _han_words(line: str) -> set[str]:
    han = "".join(ch for ch in line if "\u4e00" <= ch <= "\u9fff")
    return {han[k:k + 2] for k in range(len(han) - 1)}


def _said_beside(pieces: list[Piece], i: int, over: int, story: dict[int, int]) -> int:
    """The headline a kicker stands over, of two poppler gives side by side after it: the one it
    says a word of ('解决“看病难、看病晚”' over '让群众少跑腿 看病更省心', not '交警大队：客运班线…') — a
    kicker tells what its headline is about. The one given next (`over`) unless it says none and the
    other, in a flow of its own with no kicker over it yet, does."""
    if over not in story:
        return over
    words = _han_words(pieces[i].lines[0])
    k = story[over]
    own = " ".join(q.lines[0] for j, q in enumerate(pieces) if story.get(j) == k and q.kind == HEAD)
    if not words or words & _han_words(own):
        return over
    end = over
    while end + 1 < len(pieces) and pieces[end + 1].kind == HEAD and pieces[end + 1].flow == pieces[over].flow:
        end += 1
    j = end + 1
    if j >= len(pieces) or pieces[j].kind != HEAD or pieces[j].flow in (pieces[i].flow, pieces[over].flow) \
            or j not in story or story[j] == k or _under(pieces[j].lines[0]) \
            or any(story.get(m) == story[j] for m in range(j)):
        return over
    other = " ".join(q.lines[0] for m, q in enumerate(pieces) if story.get(m) == story[j] and q.kind == HEAD)
    return j if words & _han_words(other) else over
