"""Heading lines of pdftotext's column flows (for pdfflows): which lines are a byline or a deck, and
which story each heading line and caption goes with — the one whose first column follows it in its
flow (unless the line names a place that story never names and another does), the one whose text
names its place or says the subject or person it names, or by the heading lines beside it (a line
naming nothing under the one over it in its flow — two above it when the flow's first two lines are
two stories' headlines side by side, given a line of each in turn, past a kicker beside the first;
a deck poppler gives right under another story's kicker, under the headline before — also the one
beside that kicker on its line); a headline's first line over its second, its deck and byline in
the flow of a story's first column whose text says its names, that story's; a kicker's couplet, or a
kicker saying the subject of the headline poppler gives next or naming its place, over that headline (unless that headline is the taller of two side by
side, its deck given after the other: the kicker is over the other; a couplet given right over a deck
whose headline poppler gives later is that deck's story's); a story's heading lines in the order 引题 → 主题 →
副题 (a line saying only the subject its headline names with the place, from another flow, or
announcing it, '“X” 来了 …', is the kicker; the scrap of a line wrapped in its frame stays under
it — a byline's last name too, '…通讯员 吕' / '秀英' — and a kicker's first phrase over its label; a
line naming nothing under a kicker whole in its line, set beside another story's heading line, is
that heading's). A column's first line naming a place the rest of its chain never names, no mark
and no end, is another story's headline set over it. Then what a story is made of: one kicker and one deck — a second one naming nothing, in a flow
apart, is the headline's beside it (two stories' headings side by side come from poppler a line of
each in turn; a kicker's, one poppler gives after it) — and a kicker opening with a subject in
quotes goes with the story whose headline says that subject; a profile's deck ('——记站长陈静') whose
person no story's text names goes, from a flow of its own, to the story of the caption naming them. The page's first line shaped as a
banner's theme is the banner. (A line's shape alone: `intake.headshapes`; one kicker and one deck a
story: `intake.headparts`; poppler's order alone: `intake.headturns`.)"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from layout_app.intake.flowlines import _ends
from layout_app.intake.flownames import (
    _AGREE,
    _grams,
    _plain,
    _says_place,
    _shared,
)
from layout_app.intake.headparts import (
    _ANNOUNCING,
    _move_deck,
    _OWN,
    _deck_by_people,
    _deck_by_person,
    _deck_over_photo,
    _kicker_first,
    _nothing_between,
    _one_deck,
    _one_kicker,
    _opens_with_subject,
    _to_its_subject,
)
from layout_app.intake.headontop import _headline_lines, _headline_on_top  # noqa: F401  (the tests ask flowheads)
from layout_app.intake.headrests import (  # (the tests ask flowheads for two of them)
    _deck_rest,
    _figure_wrapped,
    _label_phrase,
    _label_rest,
    _name_rest,
    _scrap,
)
from layout_app.intake.headsplit import split_two_headlines
from layout_app.intake.headturns import (
    _couplet_over,
    _couplet_under,
    _deck_next,
    _kicker_apart,
    _kicks,
    _said_beside,
    _line_of_each,
    _names_its_headline,
    _on_byline,
    _on_column,
    _over_byline,
    _over_text,
    _under_kicker,
)
from layout_app.intake.headshapes import (  # noqa: F401  (pdfflows and the tests ask flowheads for them)
    _BYLINE,
    _COUPLET,
    _DASH,
    _byline,
    _deck,
    _is_kicker_line,
    _rank,
    _under,
)
from layout_app.intake.pdfcolumns import FIRST, line_kind

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

BODY, HEAD, CAPTION, CREDIT, LEAD = "body", "head", "caption", "credit", "lead"


def _chain_places(chain: list[Piece]) -> Counter:
    c: Counter = Counter()
    for p in chain:
        c.update(p.places)
    return c


def _heads(pieces: list[Piece], chains: list[list[Piece]], measure: int) -> tuple[dict[int, list[Piece]], list]:
    """Each heading line to its story: the one whose first column follows it in its flow; else the
    one whose text names its place, or says the subject or person it names; else (naming none) the
    story of a heading line beside it in its flow; else the nearest story after it that has no
    heading yet. Also the lines given by the last two, the guesses: (heading piece, story)."""
    _headline_on_top(pieces, chains, measure)
    texts = [_chain_places(c) for c in chains]
    says = [sum((p.says for p in c), Counter()) for c in chains]
    first_of = {id(c[0]): k for k, c in enumerate(chains)}
    of = {id(p): k for k, c in enumerate(chains) for p in c}
    heads = [i for i, p in enumerate(pieces) if p.kind == HEAD and not _banner(pieces, i)]
    story: dict[int, int] = {}
    bylined = {k for k, c in enumerate(chains) if _byline(c[0].lines[0], measure)}
    by_order: set[int] = set()              # given by poppler's order alone: guesses
    chain_text = ["".join(_plain(q) for q in c) for c in chains]
    from layout_app.intake.headings import THEME
    for i in heads:
        p = pieces[i]
        if _over_byline(pieces, i, first_of, measure) is not None:
            story[i] = _over_byline(pieces, i, first_of, measure)   # (over the story's byline column)
            continue
        if _COUPLET.match(p.lines[0]) and _kicks(pieces, i) is not None and not _on_column(pieces, i, first_of):
            continue        # a kicker over a headline line: that headline's story (below)
        # (not a couplet right on a story's first column in its flow, '水稻熟了 农户乐了': a kicker
        # stands over its headline, never on the text — a headline in a couplet's shape)
        if _over_its_headline(pieces, i) or _label_phrase(pieces, i) or _names_its_headline(pieces, i) \
                or _label_rest(pieces, i + 1):
            continue        # a kicker saying the subject of the headline under it, or naming its place,
            # or a kicker's first phrase over its label, or its label over its rest: that story (below)
        if _byline(p.lines[0], measure) and len(p.lines) == 1:
            # a byline apart from its text (over a photo): a story's that has none, the nearest after
            # it in poppler's order, else before
            free = [k for k in range(len(chains)) if k not in bylined]
            if free:
                k = min(free, key=lambda k: (chains[k][0].pos < i, abs(chains[k][0].pos - i)))
                story[i] = k
                bylined.add(k)
                by_order.add(i)
            continue
        below = (q for q in pieces[i + 1:] if q.kind in (BODY, HEAD))
        nxt = next(below, None)
        passed: list[Piece] = []        # headline lines passed on the way down
        blank = not _says_place(p) and not p.says
        while nxt is not None and nxt.kind == HEAD and nxt.flow == p.flow and (not _under(p.lines[0]) and (
                _deck(nxt.lines[0]) or _rank(nxt.lines[0]) == 1 and (_says_place(p) or p.says or blank))
                or _deck(p.lines[0]) and _is_kicker_line(nxt.lines[0])):
            # (a headline over its deck, the two over the story's first column; or a headline's first
            # line over its second, '从“老年食堂”' / '看福田村如何…' / '——记…' / '本报记者 …')
            # (a deck over a kicker: a kicker is set over its headline, never under a deck — poppler put
            # the next story's kicker between the deck and its column, '44 名居民参与 …' / '…：凤鸣镇的新变化')
            if not _deck(nxt.lines[0]) and not _deck(p.lines[0]):
                passed.append(nxt)
            nxt = next(below, None)
        k = first_of.get(id(nxt)) if nxt is not None and nxt.kind == BODY and nxt.flow == p.flow else None
        if k is not None and _on_byline(chains[k], nxt, measure) and _rank(p.lines[0]) == 1:
            story[i] = k         # (over its byline, the column naming no place of its own)
            continue
        if k is not None and not _names_another(p, texts, says, k) and (not passed or (
                _shared(p.places, texts[k]) > 0 or any(says[k][n] for n in p.says)
                or blank and _byline(nxt.lines[0], measure))
                and not any(_names_another(q, texts, says, k) for q in passed)):
            # (over a headline line of its flow: the names it says are that story's text's too)
            story[i] = k         # right above a story's first column, in its flow
            continue
        said = [sum(c[n] for n in p.says) for c in says]
        deck = pieces[i + 1] if i + 1 < len(pieces) else None
        if not _says_place(p) and deck is not None and deck.kind == HEAD and deck.flow == p.flow \
                and deck.lines[0].startswith(_DASH) and _says_place(deck):
            # (a headline line that says no place over its deck, in one flow: the deck's place)
            named = deck
        elif not _says_place(p) and not _opens_with_subject(p) and _second_line(pieces, i):
            # (a headline's second line that names no place, '有效解决了群众的急难愁盼问题', '老人点赞
            # “更便捷”': the strings it shares with a story's text are the page's stock phrases and
            # words of praise — its first line's place; not a line opening with the subject it names
            # in quotes, '“图书角”开到家门口': a headline of its own, beside the other on one line)
            named = pieces[i - 1]
        else:
            named = p
        two_up = _line_of_each(pieces, i, story)
        if two_up is not None:
            story[i] = story[two_up]
            continue
        if not _says_place(p) and not p.says and i > 0 \
                and pieces[i - 1].kind == HEAD and pieces[i - 1].flow == p.flow and i - 1 in story:
            # a line naming nothing ('221 名商户参与 为乡村振兴注入了新动能', a headline's second line): the
            # places its stock phrases vote for say nothing — it stands under the heading line over it;
            # not under a kicker announcing its subject, whole in one line ('“四点半课堂” 来了 平安建设再提
            # 速'), set beside another story's heading line in one line of poppler's: that heading's rest
            # (nor a deck under a kicker, '233 名村民参与 …' under '记者蹲点：清水乡的…一天': a deck is set under
            # its headline, never right under a kicker — the headline beside it)
            over = pieces[i - 1].lines[0]
            beside = i - 2 if i > 1 and (_ANNOUNCING.match(over) or (_deck(p.lines[0]) and _is_kicker_line(over))) \
                and pieces[i - 2].kind == HEAD \
                and pieces[i - 2].flow == p.flow and i - 2 in story and _rank(pieces[i - 2].lines[0]) == 1 else i - 1
            story[i] = story[beside]
            continue
        scores = [_shared(named.places, t) for t in texts]
        # (names shared as much: the text that says them most — a story's own text repeats its place,
        # another's holds it only by the strings it shares)
        best = max(range(len(chains)), key=lambda k: (round(scores[k], 6), sum(texts[k][n] for n in named.places)),
                   default=None)
        if best is not None and scores[best] >= 0.2:
            story[i] = best
            continue
        told = said.index(max(said)) if said and max(said) > 0 and max(said) >= 0.6 * sum(said) else None
        if i > 0 and pieces[i - 1].kind == HEAD and pieces[i - 1].flow == p.flow and i - 1 in story \
                and not (told is not None and told != story[i - 1] and _opens_with_subject(p)
                         and not said[story[i - 1]]):
            # the next line of a heading set in two, in its flow — not a line opening with the subject
            # it names in quotes ('“共享菜园”有温度', a headline of its own) that the text of the story
            # over it never says and another story's does
            story[i] = story[i - 1]
            continue
        if told is not None:
            story[i] = told
            continue
        if i > 0 and i - 1 in story and pieces[i - 1].kind == HEAD and _rank(pieces[i - 1].lines[0]) == 0 \
                and _is_kicker_line(pieces[i - 1].lines[0]) and _rank(p.lines[0]) == 1 and not _says_place(p) \
                and not p.says:
            story[i] = story[i - 1]     # a line naming nothing right after a kicker's: its headline (a
            continue                    # kicker is set over its headline, poppler gives it first)
        k = _words_say(p, chain_text)
        if k is not None:
            story[i] = k        # ('积分超市节节高': the story whose text alone says 积分超市)
    for i in heads:
        if i not in story and i + 1 in story and _names_its_headline(pieces, i):
            story[i] = story[i + 1]     # (a kicker over the headline naming its place, before the lines after it ask)
    sure = set(story) - by_order
    for i in heads:
        if i in story:
            continue
        p = pieces[i]
        # a line naming nothing right after a heading line: the rest of its headline ('从“老年食堂”
        # 看银杏社区如何' / '为乡村振兴注入了新动能'), or its deck; a two-phrase theme: a kicker, over the next;
        # a couplet: over the next headline line, whatever poppler gives between
        near = _kicks(pieces, i) if _is_kicker_line(p.lines[0]) else i + 1 if THEME.match(p.lines[0]) \
            or _over_its_headline(pieces, i) or _label_phrase(pieces, i) else i - 1
        if _couplet_under(pieces, i, story):
            near = i - 1    # (a couplet right under a headline's line in its flow: its second line)
        elif _COUPLET.match(p.lines[0]) and _over_text(pieces, i) and i + 1 in story:
            near = i + 1    # (a couplet right on a deck in its flow: the deck's headline — a kicker is
            # never set on a deck)
        elif _COUPLET.match(p.lines[0]) and _deck_next(pieces, i, story, heads):
            near = i + 1    # (a couplet poppler gives right over a deck whose headline it gives later: that
            # deck's story — the headline after the couplet is another's, on its own byline)
        if near == i - 1 and i + 1 in story and pieces[i + 1].kind == HEAD and pieces[i + 1].flow == p.flow \
                and _deck(pieces[i + 1].lines[0]) and _rank(p.lines[0]) == 1 and not _is_kicker_line(p.lines[0]) \
                and (i == 0 or pieces[i - 1].flow != p.flow):
            near = i + 1    # (a headline line right over a deck in its flow, the line before it in another
            # flow: the deck's story — a deck is set right under its headline)
        if near == i - 1 and _kicker_apart(pieces, i, story, sure, measure):
            near = i + 1    # (a line alone in its flow between two stories' headlines: the lower's kicker)
        if near == i - 1 and _deck(p.lines[0]) and near >= 0 and _is_kicker_line(pieces[near].lines[0]):
            # (a deck is set under its headline, never right under a kicker: poppler gave another
            # story's kicker between — the deck is the headline's poppler gave before that)
            near = next((j for j in range(i - 1, -1, -1) if pieces[j].kind == HEAD and j in story
                         and _rank(pieces[j].lines[0]) == 1 and not _is_kicker_line(pieces[j].lines[0])), None)
        if near is not None and 0 <= near < len(pieces) and near in story and pieces[near].kind == HEAD:
            story[i] = story[near]
            continue
        if i + 1 in story and pieces[i + 1].kind == HEAD and _rank(pieces[i + 1].lines[0]) == 1 \
                and not any(j in story and pieces[j].flow == p.flow for j in heads):
            # (a line alone, right before a headline poppler gives next: its kicker, '文化惠民' over
            # '大桥乡：老手艺 新传承' — a kicker stands right over its headline; past another story's
            # kicker beside it, '马鞍镇：你争我抢，…', to the headline after: a kicker is over no kicker)
            # (not past a couplet standing right on its text or deck in its flow, '天更蓝了 水更清了':
            # that is the headline, a kicker is never set on the text)
            over = _kicks(pieces, i) if _is_kicker_line(pieces[i + 1].lines[0]) and not _over_text(pieces, i + 1) \
                else i + 1
            over = _said_beside(pieces, i, over, story)
            story[i] = story.get(over, story[i + 1])
            continue
        beside = [story[j] for j in heads if j in story and pieces[j].flow == p.flow]
        if beside:
            story[i] = min(beside, key=lambda k: min(abs(pieces[j].pos - i) for j in heads
                                                      if story.get(j) == k and pieces[j].flow == p.flow))
            continue
        # (a story given a deck or byline alone has no headline yet: its kicker and headline to come)
        headed = {story[j] for j in story if _rank(pieces[j].lines[0]) < 2}
        after = [k for k, c in enumerate(chains) if k not in headed and c[0].pos > i]
        if after:
            story[i] = min(after, key=lambda k: chains[k][0].pos)
            continue
        nxt = next((q for q in pieces[i + 1:] if q.kind == BODY), None)
        if nxt is not None:
            story[i] = of[id(nxt)]
    _decks_in_turn(pieces, heads, story)
    for i in _byline_first(chains, story, sure, measure, pieces):
        sure.discard(i)
    if split_two_headlines(pieces, chains, story):   # (a story has one headline: `intake.headsplit`)
        says = [sum((p.says for p in c), Counter()) for c in chains]
    out: dict[int, list[Piece]] = {}
    # a story's heading lines in poppler's order, a kicker's label over them, its deck and byline
    # under them (引题 → 主题 → 副题)
    def rank(i: int) -> int:
        # (the scrap of a line wrapped in its frame keeps the place of the line it ends: '43 名孩子们参与
        # 有效解决了群众的急难愁' / '盼问题', a deck under its headline)
        # (so does the rest of a deck in words, set in two lines: '——南山镇“调解室”' / '进一步提升了基层治理水平')
        # (and a headline's second line opening on the figure its first line runs on to: '…工作室开放' /
        # '57 天 网格员点赞“添新彩”' — a deck in figures counts who took part, '231 名商户参与 …')
        # (a kicker's couplet, '守护平安 温暖同行', is over the headline however poppler gave it)
        # (and a kicker's first phrase over its label in one flow keeps its place over it: '共建共享新家园' /
        # '共建共享新家园：东湖乡的新变化')
        # (so does the rest of a byline's last name: '本报记者 于丽 通讯员 吕' / '秀英')
        # (and the rest of a kicker whose label wrapped alone in its frame: '记者蹲点：' / '东湖村的“四点半课堂”
        # 一天' — a kicker's label opens its line, never a headline's)
        return rank(i - 1) if _scrap(pieces, i, measure) or _deck_rest(pieces, i) or _figure_wrapped(pieces, i) \
            or _name_rest(pieces, i, measure) or _label_rest(pieces, i) \
            else 0 if _label_phrase(pieces, i) or _COUPLET.match(pieces[i].lines[0]) and not _over_text(pieces, i) \
            and not (_couplet_under(pieces, i, story) and story.get(i) == story.get(i - 1)) \
            and not _couplet_over(pieces, i, story) \
            else 1 if _under_kicker(pieces, i, story) else _rank(pieces[i].lines[0])

    for i in sorted(heads, key=lambda i: (rank(i), i)):
        if i in story:
            out.setdefault(story[i], []).append(pieces[i])
    # (a deck or kicker moved to the nearest headline in poppler's order is a guess too)
    settled: list[Piece] = []
    # (a headline standing on its column in its flow, '安康村积分超市焕新颜' / '了基层治理水平。', has no deck
    # set under it: a deck would stand between them)
    standing = {id(pieces[i]) for i in heads if i + 1 < len(pieces) and pieces[i + 1].kind == BODY
                and pieces[i + 1].flow == pieces[i].flow and _rank(pieces[i].lines[0]) == 1}
    shown = _captions(pieces, chains)
    near = _one_deck(out, settled, standing) + _one_kicker(out) + _deck_by_people(out, chains, settled) \
        + _deck_by_person(out, chains, settled) + _deck_by_caption(out, chains, shown)
    near += _deck_over_photo(out, pieces, shown, settled + near, chains)
    _to_its_subject(out, says)
    for lines in out.values():
        _kicker_first(lines)
        _nothing_between(lines)
    final = {id(p): k for k, lines in out.items() for p in lines}
    moved = {id(p) for p in near}
    guessed = [p for p in (pieces[i] for i in heads if i in story and i not in sure) if id(p) not in moved] + near
    return out, [(p, final[id(p)]) for p in guessed]


_PROFILE = re.compile(r"^——记([\u4e00-\u9fff]{3,8})$")     # a profile's deck names its person: '——记站长陈静'


def _decks_in_turn(pieces: list[Piece], heads: list[int], story: dict[int, int]) -> None:
    """Decks side by side after headlines side by side: poppler gives a row left to right, the
    headlines' row and then the decks' ('白沙村建成“爱心驿站”' / '乡村大舞台惠万家' / '91 名网格员参与 …' /
    '37 名党员参与 …'), each deck a flow of its own — the first deck the first headline's, and so on
    (not all the last headline's, as a deck right after a heading line would have it)."""
    heading = set(heads)
    k = 0
    while k < len(pieces):
        run = []
        while k + len(run) < len(pieces) and k + len(run) in heading and _deck(pieces[k + len(run)].lines[0]) \
                and _alone(pieces, k + len(run)):
            run.append(k + len(run))
        if len(run) < 2:
            k += 1
            continue
        stories: list[int] = []     # the stories of the headlines right before, in poppler's order
        j = k - 1
        while j >= 0 and j in heading and j in story and _rank(pieces[j].lines[0]) == 1 \
                and not _deck(pieces[j].lines[0]):
            if story[j] not in stories:
                stories.insert(0, story[j])
            j -= 1
        if len(stories) == len(run) and j + 1 < k - 1 and pieces[j + 1].flow != pieces[k - 1].flow:
            for i, s in zip(run, stories):
                story[i] = s
        k += len(run)


def _alone(pieces: list[Piece], i: int) -> bool:
    """A piece that is the one piece of its flow."""
    return all(q.flow != pieces[i].flow for n, q in enumerate(pieces) if n != i)


def _deck_by_caption(out: dict[int, list[Piece]], chains: list[list[Piece]],
                     captions: dict[int, list[Piece]]) -> list[Piece]:
    """A profile's deck ('——记站长陈静') whose person no story's text names, only a photo's caption
    ('站长陈静（右）在健身步道为商户讲解。'): that caption's story's, when it has no deck — the person
    profiled is in the story's photo (poppler gave the deck, a flow of its own, after another story's
    headline)."""
    texts = ["".join(_plain(q) for q in c) for c in chains]
    moved: list[Piece] = []
    for k, lines in list(out.items()):
        for d in list(lines):
            m = _PROFILE.match(d.lines[0].replace(" ", "")) if len(d.lines) == 1 else None
            if m is None or any(m.group(1) in t for t in texts) or any(q.flow == d.flow for q in lines if q is not d):
                continue        # (a deck in the flow of its headline's line stays under it)
            shown = {j for j, cs in captions.items() for c in cs if m.group(1) in "".join(c.lines).replace(" ", "")}
            j = shown.pop() if len(shown) == 1 else k
            if j != k and j in out and not any(_deck(p.lines[0]) for p in out[j]):
                _move_deck(out, k, j, d)
                moved.append(d)
    return moved


def _byline_first(chains: list[list[Piece]], story: dict[int, int], sure: set[int], measure: int,
                  pieces: list[Piece]) -> list[int]:
    """A story's columns in two chains, one opening with its byline and the other with no byline, only
    one of them under the story's heading lines (the other has none, or only ones placed by poppler's
    order alone): poppler put the headline on top of the story's next column, in one flow, and the
    byline and first column came elsewhere — or gave the heading lines over the byline, and a column
    of the story's came apart. The story's columns are the byline's chain, then the other. The chains
    are joined (in place: `chains`, and the heading lines' `story`, follow) where their names agree,
    and the things they tell of do not differ, the seam fits and no other chain would. So is a chain
    under nothing but a kicker poppler gives right before the byline chain's headline (a kicker is
    set over its headline), its place one the byline's text never names — or one under none naming the
    place the byline chain's heading lines name, its text naming none; or a byline chain naming no place
    before the headed one whose heading lines say the thing it tells of. The heading lines of the
    chains joined: guesses now."""
    moved: list[int] = []
    while True:
        headed = {story[i] for i in story if i in sure}
        given = set(story.values())
        texts = [_chain_places(c) for c in chains]
        things = [sum((p.says for p in c), Counter()) for c in chains]
        bylined = [k for k, c in enumerate(chains) if _byline(c[0].lines[0], measure)]

        def agree(kb: int, ka: int) -> bool:
            # (one place, but each its own thing — '夜巡队' / '图书角' — is two stories)
            return ka != kb and ka not in bylined and _goes_on(chains[kb][-1], chains[ka][0], measure) \
                and _shared(texts[kb], texts[ka]) >= _AGREE and _shared(things[kb], things[ka]) >= 0

        def _kicker_only(ka: int, kb: int | None = None) -> bool:
            # (a chain whose only heading line is a kicker, and poppler gives the headline of the
            # byline's chain (kb) right after it: the kicker is set over that headline)
            over = [i for i in story if story[i] == ka]
            return bool(over) and all(
                _is_kicker_line(pieces[i].lines[0]) and i + 1 < len(pieces) and i + 1 in sure
                and _rank(pieces[i + 1].lines[0]) == 1 and (kb is None or story.get(i + 1) == kb) for i in over)

        join = None
        for kb in bylined:
            if kb not in headed:
                # (the heading lines over the story's next column; or, the byline's text naming no
                # place, the heading lines saying the thing it tells of: '东湖村充电桩添新彩' / '通讯员 吕卫东'
                # + '这样的充电桩，谁不喜欢？…')
                fits = [ka for ka in headed if agree(kb, ka) or not texts[kb] and ka not in bylined
                        and _goes_on(chains[kb][-1], chains[ka][0], measure)
                        and set(things[kb]) & {n for i in story if story[i] == ka for n in pieces[i].says}]
                if len(fits) == 1:
                    join = (kb, fits[0])
                    break
        for ka in range(len(chains)):
            if join is None and ka not in bylined and (ka not in given or _kicker_only(ka)):
                # (the heading lines over the byline; a column of the story apart, under none — or
                # under only the kicker poppler gives right over the byline's headline)
                if ka not in given:
                    # (or the byline's text names no place and its heading lines name the column's)
                    fits = [kb for kb in bylined if kb in headed and (agree(kb, ka) or not texts[kb] and ka not in bylined
                            and _goes_on(chains[kb][-1], chains[ka][0], measure)
                            and _shared(sum((pieces[i].places for i in story if story[i] == kb
                                             and _says_place(pieces[i])), Counter()), texts[ka]) >= _AGREE)]
                else:
                    # (the kicker names the place the byline's text never names: the kicker says it)
                    fits = [kb for kb in bylined if kb in headed and _kicker_only(ka, kb) and (
                        agree(kb, ka) or not texts[kb] and ka not in bylined
                        and _goes_on(chains[kb][-1], chains[ka][0], measure))]
                if len(fits) == 1:
                    join = (fits[0], ka)
        if join is None:
            return moved
        kb, ka = join
        chains[kb] += chains[ka]
        del chains[ka]
        for i, k in story.items():
            if k in (ka, kb):
                moved.append(i)
            story[i] = kb if k == ka else k
            story[i] -= story[i] > ka


def _goes_on(a: Piece, b: Piece, measure: int) -> bool:
    """Column piece `b` can go on where `a` stops: not a sentence that runs off over an indented line
    (a paragraph's first). (A figure's width is a guess, and the copy's half-width marks set narrower:
    a full line after a sentence's end may be an indented one.)"""
    return _ends(a.lines[-1]) or line_kind(b.lines[0], measure) != FIRST


def _names_another(p: Piece, texts: list[Counter], says: list[Counter], k: int) -> bool:
    """A heading line names a place that story k's text never names and another story's text does
    ('望江乡健身步道暖民心' over the 双河村 story's first column, poppler giving three stories' first
    columns in one flow); or, naming no place, says a subject story k's text never says and one other
    story's text holds (most of) the mentions of ('APP 预约平台暖民心' over the 凤鸣村 story's first
    column): a headline names its own story's place and thing."""
    if not _says_place(p):
        total = {n: sum(c[n] for c in says) for n in p.says}
        return any(says[k][n] == 0 and total[n] > 0 and max(c[n] for c in says) >= _OWN * total[n]
                   for n in p.says)
    scores = [_shared(p.places, t) for t in texts]
    return scores[k] < 0 and max(scores) >= 0.5


def _over_its_headline(pieces: list[Piece], i: int) -> bool:
    """A kicker that names no place over the headline line poppler gives right after it, saying the
    same subject ('“5G 基站” 来了 绿色发展正当时' / '东湖乡：5G 基站添新彩'): a kicker is set just above
    its headline, and says what the headline is about."""
    if i + 1 >= len(pieces):
        return False
    p, q = pieces[i], pieces[i + 1]
    return q.kind == HEAD and not _says_place(p) and bool(set(p.says) & set(q.says)) and _says_place(q) \
        and not _under(p.lines[0]) and not _under(q.lines[0])


def _second_line(pieces: list[Piece], i: int) -> bool:
    """The heading line over pieces[i] in its flow is a headline's (not a deck or byline) and says a
    place."""
    above = pieces[i - 1] if i > 0 else None
    return above is not None and above.kind == HEAD and above.flow == pieces[i].flow \
        and not _under(above.lines[0]) and _says_place(above)


def _words_say(p: Piece, texts: list[str]) -> int | None:
    """The story whose text alone says the words of a heading line that names nothing the page
    counts (no place, no quoted subject): two of its three-character strings or more, and no other
    story's text half as many."""
    grams = _grams(_plain(p))
    found = sorted(((sum(g in t for g in grams), k) for k, t in enumerate(texts)), reverse=True)
    if not found or found[0][0] < _WORDS:
        return None
    if len(found) > 1 and found[1][0] * 2 > found[0][0]:
        return None
    return found[0][1]


_WORDS = 2              # the three-character strings a heading line shares with its story's text, at least


def _banner(pieces: list[Piece], i: int) -> bool:
    """The page banner's line (我县：…, ——…综述), a theme over the page lead, or the page's first line
    shaped as a banner's theme (two phrases of six to eight characters): in front."""
    # (structure reads unpdf's output, and unpdf this module's: its shapes are asked for here)
    from layout_app.intake.headings import BANNER_THEME
    from layout_app.intake.headings import THEME
    from layout_app.intake.structure import BANNER_DECK, BANNER_HEAD
    line = pieces[i].lines[0]
    if (BANNER_HEAD.match(line) or BANNER_DECK.search(line)) and not _TOWN_DECK.match(line):
        return True
    if i == 0 and BANNER_THEME.match(line):
        return True     # the page's first line, a theme of a banner's weight: the top of the page
    nxt = next((p for p in pieces[i + 1:] if p.kind != CREDIT), None)
    if nxt is not None and nxt.kind == HEAD and BANNER_DECK.search(nxt.lines[0]) and THEME.match(line):
        return True             # a theme over the banner's deck (——青山县平安建设工作综述)
    lead = next((p for p in pieces if p.kind == LEAD), None)
    return lead is not None and i < lead.pos and (i == lead.pos - 1 or bool(THEME.match(line))) \
        and not any(p.kind == BODY for p in pieces[:i])


# a deck naming a town or a street ('——红旗镇丰收村楼道改造见闻', its 红旗 no banner's county of a 旗): a
# story's — a banner's deck speaks for the county ('——江北区为民办实事工作综述')
_TOWN_DECK = re.compile(r"^(?:——|—|－－|--)\s*(?:(?![县市区州省盟])[\u4e00-\u9fff]){1,4}?(?:镇|乡|街道)(?!.*(?:综述|巡礼)$)")


def _captions(pieces: list[Piece], chains: list[list[Piece]]) -> dict[int, list[Piece]]:
    """Each caption after the story whose text names its place, or says the subject or the person
    it names; else after the story of the column poppler gives before it (a caption is set under
    its story's photo, in its story's frame)."""
    texts = [_chain_places(c) for c in chains]
    says = [sum((p.says for p in c), Counter()) for c in chains]
    of = {id(p): k for k, c in enumerate(chains) for p in c}
    out: dict[int, list[Piece]] = {}
    for i, p in enumerate(pieces):
        if p.kind != CAPTION or not chains:
            continue
        scores = [_shared(p.places, t) for t in texts]
        best = max(range(len(chains)), key=lambda k: scores[k])
        said = [sum(c[n] for n in p.says) for c in says]
        if scores[best] > 0:
            out.setdefault(best, []).append(p)
        elif max(said) > 0 and max(said) >= 0.6 * sum(said):
            out.setdefault(said.index(max(said)), []).append(p)
        else:
            before = next((q for q in reversed(pieces[:i]) if id(q) in of), None)
            if before is not None:
                out.setdefault(of[id(before)], []).append(p)
    return out
