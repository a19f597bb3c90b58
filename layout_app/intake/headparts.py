"""What a story's heading lines are made of, once flowheads has given each line a story (for
flowheads): one kicker (引题) and one deck (副题) a story. Two or three stories' headings side by side
come from poppler a line of each in turn, so a second deck or a kicker's couplet naming nothing, in a
flow apart, is the headline's beside it; a deck in figures goes to the story beside whose text tells
of the people it counts; a kicker given after its headline goes first; a kicker opening with a
subject in quotes goes with the story whose headline says that subject."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from layout_app.intake.flownames import _plain, _says_place
from layout_app.intake.headrests import _LONE_LABEL
from layout_app.intake.headshapes import _COUPLET, _DASH, _deck, _is_kicker_line, _rank

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

_OWN = 0.6              # the share of a name's mentions one story's text holds, to be its own


def _opens_with_subject(p: Piece) -> str:
    """The subject a heading line opens with in quotes and names ('“APP 预约平台” 来了 …'), or ''."""
    quoted = re.match(r"[“\"]([^”\"]+)[”\"]", p.lines[0])
    subject = "".join(quoted.group(1).split()) if quoted else ""
    return subject if subject in p.says else ""


def _kicker_first(lines: list[Piece]) -> None:
    """A story's line naming no place, only the subject its headline line names with the place, given by
    poppler after that headline from another flow ('青石村启用“爱心驿站”' … '“爱心驿站” 来了 文明新风润乡里',
    set over the story's first column beside a photo): the kicker, over the headline (引题 → 主题). A
    headline set in two lines in one flow names its place on either ('从“儿童之家”' / '看银杏乡如何…'),
    and its first line is no kicker. A line announcing the subject a headline says, naming no place
    ('“APP 预约平台” 来了 便民服务暖民心' after 'APP 预约平台护安宁'), is the kicker all the same."""
    def next_line(k: int) -> Piece | None:
        q = lines[k + 1] if k + 1 < len(lines) else None
        return q if q is not None and q.flow == lines[k].flow and q.pos == lines[k].pos + 1 else None

    for j, x in enumerate(lines):
        if _rank(x.lines[0]) != 1 or _says_place(x) or not x.says or next_line(j) is not None:
            continue
        if any(q.flow == x.flow and q.pos == x.pos - 1 and _deck(q.lines[-1]) for q in lines):
            continue    # (the rest of a deck wrapped in its frame, '——银杏村' / '“电商直播间”群众满意度明显提升':
            # a kicker is set over its headline, never right under a deck)
        # (not the rest of a kicker under its label: '记者蹲点：' / '桃源村的 “志愿服务队” 一天')
        y = next((k for k, q in enumerate(lines[:j]) if _rank(q.lines[0]) == 1 and not (
            k > 0 and lines[k - 1].flow == q.flow and _rank(lines[k - 1].lines[0]) == 0
            and lines[k - 1].lines[-1].rstrip().endswith(("：", ":")))), None)
        if y is not None and lines[y].flow != x.flow and set(x.says) & set(lines[y].says) \
                and (any(q is not None and _says_place(q) for q in (lines[y], next_line(y)))
                     or _announces(x) in lines[y].says):
            lines.insert(y, lines.pop(j))
            return


# a kicker announcing its subject: the subject in quotes, then two phrases ('“APP 预约平台” 来了 便民服务
# 暖民心'); a headline opening with its subject goes on in one ('“电商直播间” 添新彩')
_ANNOUNCING = re.compile(r"^[“\"][^”\"]+[”\"]\s*\S+\s+\S+$")


def _announces(p: Piece) -> str:
    """The subject a kicker's line announces ('“APP 预约平台” 来了 便民服务暖民心': APP预约平台), or ''."""
    return _opens_with_subject(p) if _ANNOUNCING.match(p.lines[0]) else ""



def _one_deck(out: dict[int, list[Piece]], settled: list[Piece] | None = None,
              standing: set[int] = frozenset()) -> list[Piece]:
    """A story has one deck (副题). Two stories' headings side by side come from poppler a line of each
    in turn, and a deck naming nothing ('212 名老人参与 …') then falls to the heading beside its own. A
    story given two decks keeps the one naming its place or a person, or set under its headline in
    one flow; the other — naming nothing, in a flow apart — goes to the story with a headline and no
    deck whose headline line poppler gives nearest it (not one standing on its column in its flow, ids
    in `standing`: no deck is set under it). Two naming nothing: the one poppler gives right
    after another story's kicker (that story with no deck) goes to that story, and both are added to
    `settled`. The decks moved."""
    moved = []
    for k in list(out):
        two = [p for p in out[k] if _deck(p.lines[0])]
        # (a deck that names its place or a person its story quotes, '——记镇长余文斌', is that story's)
        loose = [d for d in two if _loose(d, out[k])]
        if len(two) == 2 and len(loose) == 1:
            j = _beside(out, k, loose[0], lambda j: any(_deck(p.lines[0]) or id(p) in standing for p in out[j]))
            if j is not None:
                _move_deck(out, k, j, loose[0])
                moved.append(loose[0])
        elif len(two) == 2 and len(loose) == 2 and settled is not None:
            # (both naming nothing: the one poppler gives right after another story's kicker, that story
            # with no deck yet, is that story's — its kicker and deck set in one frame, the headline in
            # larger type given apart)
            for d in loose:
                j = next((j for j in out if j != k and not any(_deck(p.lines[0]) for p in out[j])
                          and any(q.pos == d.pos - 1 and _rank(q.lines[0]) == 0 for q in out[j])), None)
                if j is not None:
                    _move_deck(out, k, j, d)
                    moved.append(d)
                    settled += two      # (each has its story now: not moved again by the people it counts)
                    break
    return moved


def _move_deck(out: dict[int, list[Piece]], k: int, j: int, d: Piece) -> None:
    out[k].remove(d)
    # under the headline, over the byline (主题 → 副题 → 署名)
    at = next((n for n, p in enumerate(out[j]) if _rank(p.lines[0]) == 2), len(out[j]))
    out[j].insert(at, d)


def _deck_by_people(out: dict[int, list[Piece]], chains: list[list[Piece]],
                    settled: list[Piece] = ()) -> list[Piece]:
    """A deck in figures naming nothing, in a flow apart from its story's other heading lines ('231 名商户
    参与 为乡村振兴注入了新动能'), counts the people its story tells of. Two or three stories' headings
    side by side come from poppler a line of each in turn, the decks after them: such a deck goes to
    the story beside — a headline line poppler gives near it, no deck yet — whose text says those
    people clearly most (at least twice, and twice as often as the story it was given to; or once,
    when no other story beside and not the one it was given to says them at all). The decks moved."""
    moved = []
    texts = ["".join(_plain(q) for q in c) for c in chains]
    for k in list(out):
        for d in [p for p in out[k] if _loose(p, out[k]) and not any(p is q for q in settled)]:
            counted = _COUNTED.match(d.lines[0])
            if counted is None:
                continue
            people = counted.group(1)

            def says(j: int) -> int:
                return texts[j].count(people) + sum(_plain(q).count(people) for q in out[j] if q is not d)

            beside = [j for j in out if j != k and not any(_deck(q.lines[0]) for q in out[j])
                      and any(_rank(q.lines[0]) == 1 and not _COUPLET.match(q.lines[0])
                              and abs(q.pos - d.pos) <= _BESIDE for q in out[j])]
            best = max(beside, key=says, default=None)
            # (said once, by the story beside alone — its text never said by the story given the deck,
            # nor by another beside: the one that tells of them, '吸引了 2620 余名游客参与')
            alone = best is not None and says(best) == 1 and says(k) == 0 \
                and sum(1 for j in beside if says(j)) == 1
            if best is not None and (says(best) >= 2 and says(best) >= 2 * says(k) or alone):
                out[k].remove(d)
                at = next((n for n, q in enumerate(out[best]) if _rank(q.lines[0]) == 2), len(out[best]))
                out[best].insert(at, d)
                moved.append(d)
    return moved


def _deck_over_photo(out: dict[int, list[Piece]], pieces: list[Piece], captions: dict[int, list[Piece]],
                     settled: list[Piece] = (), chains: list[list[Piece]] | None = None) -> list[Piece]:
    """A deck in figures naming nothing, in a flow apart, that poppler gives right before the caption
    of another story's photo — the caption naming that story's place, the story with no deck
    ('111 名游客参与 …' / '石桥村的游客在家庭医生工作室里体验智能设备。'): that story's. Poppler gives a
    block, then the one under it in its column band: the deck is set over its story's photo, the
    caption under it. But not from a story whose text tells of the people it counts (twice or more) to
    one whose text never does ('280 名游客参与 …': a deck counts its own story's people). The decks
    moved."""
    of = {id(c): j for j, cs in captions.items() for c in cs}
    texts = ["".join(_plain(q) for q in c) for c in chains or []]
    moved = []
    for k in list(out):
        for d in [p for p in out[k] if _loose(p, out[k]) and _COUNTED.match(p.lines[0])
                  and not any(p is q for q in settled)]:
            at = next((n for n, q in enumerate(pieces) if q is d), None)
            cap = pieces[at + 1] if at is not None and at + 1 < len(pieces) else None
            j = of.get(id(cap)) if cap is not None and _says_place(cap) else None
            people = _COUNTED.match(d.lines[0]).group(1)
            if texts and j is not None and texts[k].count(people) >= 2 and people not in texts[j]:
                continue
            if j is not None and j != k and j in out and not any(_deck(q.lines[0]) for q in out[j]):
                _move_deck(out, k, j, d)
                moved.append(d)
    return moved


# a deck counting the people who took part: '231 名商户参与 …'
_COUNTED = re.compile(r"^\d+\s*名([\u4e00-\u9fff]{2,4}?)参与")
_BESIDE = 6             # places in poppler's order between a deck and the headline beside it, at most


def _one_kicker(out: dict[int, list[Piece]]) -> list[Piece]:
    """A story has one kicker (引题): a couplet naming nothing ('数字赋能 便民惠民'), in a flow apart, given
    to a story that has a kicker already — a column's label with its colon ('记者蹲点：…', '…：走进金沙村')
    or a line saying the subject its headline names with the place ('“儿童之家” 来了 …') — is the
    kicker of the headline beside it: of a story with none, the nearest that poppler gives after it
    (a kicker is set over its headline), else the nearest before. The
    couplets moved."""
    moved = []
    for k in list(out):
        couplet = next((p for p in out[k] if _COUPLET.match(p.lines[0]) and _loose(p, out[k])), None)
        if couplet is None or not any(_kicker(p, out[k]) for p in out[k] if p is not couplet):
            continue
        j = _beside(out, k, couplet, lambda j: any(_COUPLET.match(p.lines[0]) or _kicker(p, out[j]) for p in out[j]), over=True)
        if j is not None:
            out[k].remove(couplet)
            out[j].insert(0, couplet)
            moved.append(couplet)
    return moved


def _to_its_subject(out: dict[int, list[Piece]], says: list[Counter]) -> None:
    """A heading line opening with a subject in quotes and naming no place ('“APP 预约平台” 来了 …'),
    given by poppler's order or the place its stock phrases vote for to a story none of whose
    other heading lines says that subject, goes to the one story whose heading lines say it and whose
    text holds most of its mentions: a kicker says what its headline is about."""
    for k in list(out):
        for p in list(out[k]):
            subject = _opens_with_subject(p)
            rest = [q for q in out[k] if q is not p]
            if not subject or _says_place(p) \
                    or any(subject in q.says for q in rest) \
                    or not any(_rank(q.lines[0]) == 1 and not _COUPLET.match(q.lines[0]) for q in rest):
                continue        # (its story keeps a headline; what it says is not its story's)
            others = [j for j in out if j != k and any(subject in q.says for q in out[j])]
            if len(others) != 1 or says[others[0]][subject] < _OWN * sum(c[subject] for c in says):
                continue
            j = others[0]
            out[k].remove(p)
            key = (_rank(p.lines[0]), p.pos)
            out[j].insert(next((n for n, q in enumerate(out[j]) if (_rank(q.lines[0]), q.pos) > key),
                               len(out[j])), p)


def _loose(p: Piece, lines: list[Piece]) -> bool:
    """A heading line naming nothing (no place, no subject or person), in a flow apart from its story's
    other heading lines (one under them in their flow is set in one block with them)."""
    return not _says_place(p) and not p.says and all(q.flow != p.flow for q in lines if q is not p)


def _kicker(p: Piece, lines: list[Piece]) -> bool:
    """A kicker's line: a label and its colon, or a line naming no place that says the subject another of
    its story's headline lines (not its deck) names with the place."""
    return _rank(p.lines[0]) == 0 or (not _says_place(p) and bool(p.says) and any(
        q is not p and _rank(q.lines[0]) == 1 and _says_place(q) and set(q.says) & set(p.says) for q in lines))


def _beside(out: dict[int, list[Piece]], k: int, p: Piece, has: Callable[[int], bool],
            over: bool = False) -> int | None:
    """The story other than k, with a headline line and without what `has` asks, whose headline line
    poppler gives nearest p (two stories' headings side by side: their lines come in turn). `over`:
    p is set over its headline (a kicker) — one poppler gives after p first."""
    def headline(j: int) -> list[int]:
        return [q.pos for q in out[j] if _rank(q.lines[0]) == 1 and not _COUPLET.match(q.lines[0])]

    free = [j for j in out if j != k and headline(j) and not has(j)]
    return min(free, key=lambda j: min((over and pos < p.pos, abs(pos - p.pos)) for pos in headline(j)),
               default=None)


_PLACE_OPENS = re.compile(r"^[\u4e00-\u9fff]{2,8}(镇|乡|村|街道|社区|县|市|区)\s*[：:]")    # 西关街道：…


def _banner_on_top(pieces: list[Piece], out: dict[int, list[Piece]]) -> None:
    """The page's first line over a heading line in its flow is no story's kicker — poppler gives a
    kicker a flow of its own, apart from its headline's larger type — nor a headline's first half where
    the line under it opens a headline on its place and colon ('小事连着大民生' / '西关街道：返乡创业正当时'),
    or is a deck with the page lead or another headline after it ('让群众的日子越过越红火' /
    '——我县为民办实事工作综述' / the lead: a headline's deck never has a headline under it in its
    flow): the page banner (and its deck), in front of the stories."""
    HEAD, LEAD = "head", "lead"         # (flowheads' kinds of piece)
    if len(pieces) < 3 or pieces[0].kind != HEAD or pieces[1].kind != HEAD or pieces[1].flow != pieces[0].flow:
        return
    top, under = pieces[0].lines[0], pieces[1].lines[0]
    if len(pieces[0].lines) > 1 or _rank(top) != 1 or re.search(r"[：:，,。？！?!]", top):
        return                  # (a label, a sentence or a deck is no banner's theme)
    after = pieces[2]
    if _PLACE_OPENS.match(under.replace(" ", "")):
        banner = [pieces[0]]
    elif _deck(under) and (after.kind == LEAD or after.kind == HEAD and after.flow == pieces[0].flow
                           and _rank(after.lines[0]) == 1):
        banner = [pieces[0], pieces[1]]
    else:
        return
    for lines in out.values():
        lines[:] = [p for p in lines if all(p is not b for b in banner)]


def _nothing_between(lines: list[Piece]) -> None:
    """A headline over its deck in one flow, one line right under the other ('区人社局：' / '小微企业搭起
    就业“连心桥”' / '——丰收镇小微企业见闻'): nothing of the story's stands between them. A heading line of
    the story's from a flow of its own, put between them ('“家门口”就业 走进丰收镇', poppler giving it before
    or after), stands over them — its kicker (引题 → 主题 → 副题), whatever its shape."""
    for d in lines:
        if not _deck(d.lines[0]) or not d.lines[0].startswith(_DASH):
            continue
        block = [q for q in lines if q.flow == d.flow and q.pos <= d.pos]
        if len(block) < 2 or [q.pos for q in block] != list(range(d.pos - len(block) + 1, d.pos + 1)):
            continue        # (the headline's lines and its deck, one under the other in one flow)
        first = lines.index(block[0])
        apart = [q for q in lines[first:] if q.flow != d.flow and _rank(q.lines[0]) == 1]
        if len(apart) != 1 or sum(1 for q in lines if q.flow == apart[0].flow) != 1:
            continue
        lines.remove(apart[0])
        # (the block a kicker and its deck, the headline's line apart: '记者蹲点：' / '柳营乡的 “健身步道” 一天' /
        # '——记居民赵洋' set beside a column, '健身步道乐融融' in a flow of its own — it goes between them;
        # not a line shaped as a kicker, '入夜后，巷子里亮起了手电' over '街道办：' / '夜巡队守护邻里平安')
        between = _kicker_only(block[:-1]) and not _is_kicker_line(apart[0].lines[0])
        lines.insert(lines.index(d) if between else first, apart[0])
        return


def _kicker_only(block: list[Piece]) -> bool:
    """Heading lines one under the other that are a kicker alone: its line opening on a label (one phrase, a
    column's name, or two, '绿色发展正当时 幸福生活节节高：白沙村的新变化'), or the label alone and its rest
    ('记者蹲点：' / '柳营乡的 “健身步道” 一天') — no headline among them. Not an office after a phrase and a
    space, alone on its line ('返乡创业正当时 区工商联：' / '就业驿站搭起就业“连心桥”': one headline)."""
    first = block[0].lines[0].strip()
    label = first.split("：")[0].split(":")[0].split()
    office = len(label) > 1 and label[-1][:1] in "区县市镇乡"
    return _rank(first) == 0 and (len(block) == 1 or len(block) == 2 and bool(_LONE_LABEL.match(first)) and not office)


_PROFILED = re.compile(r"^——记([\u4e00-\u9fff]{3,8})$")     # a profile's deck: '——记队长陈静'
_ROLE_END = set("员主长书人任民者师生众")        # a role's last character: 队员, 摊主, 站长, 村民, 医生…


def _deck_by_person(out: dict[int, list[Piece]], chains: list[list[Piece]],
                    settled: list[Piece] = ()) -> list[Piece]:
    """A profile's deck ('——记站长陈静') goes with the story whose text names the person it profiles
    (陈静, the name closing the deck: two characters after a role's last, else three): when one story's text alone says the
    name, and the story it was given to never does, it moves there — to a story with no deck yet; not
    from the flow of its headline's line. The
    decks moved."""
    texts = ["".join(_plain(q) for q in c) for c in chains]
    moved: list[Piece] = []
    for k in list(out):
        for d in [p for p in out[k] if len(p.lines) == 1 and not any(p is q for q in settled)]:
            m = _PROFILED.match(d.lines[0].replace(" ", ""))
            if m is None or any(q.flow == d.flow for q in out[k] if q is not d):
                continue        # (a deck in the flow of its headline's line stays under it)
            who = m.group(1)
            # (the name after the role: two characters after a role's last, '楼长杜浩', else three)
            name = who[-2:] if who[-3] in _ROLE_END else who[-3:]
            if name in texts[k]:
                continue
            saying = [j for j in out if j < len(texts) and name in texts[j]]
            if len(saying) == 1 and saying[0] != k and not any(_deck(q.lines[0]) for q in out[saying[0]]):
                _move_deck(out, k, saying[0], d)
                moved.append(d)
    return moved
