"""A headline compose balanced in two lines, read back as one (for unpdf, every extractor's text).

compose sets a two-line headline in lines near even (layout/headline: the shorter at least 0.6 of the
longer): at the writer's pause when that is near the middle, else between two words. The pause then
stands inside a line, and the line under it opens on the rest of the phrase above:
'银杏社区：商户的智慧停车场' / '见实效 共建共享新家园' is '…智慧停车场见实效 共建共享新家园'. A page editor
reads the second line's first words — a phrase's tail of a few characters before the pause — as no
heading's opening: a kicker or a headline opens with a phrase of its own, a deck after a dash or with
a figure (`balanced_halves`). Two halves each as wide as a column line are told from a paragraph's last
lines by what stands under them (`balanced_half`, for unpdf's column lines). Only white space is added
or removed, never a character."""
from __future__ import annotations

import re

from layout_app.intake.repair import HEADLINE_MAX
from layout_app.intake.headings import _LABEL, BANNER_HEAD, _doubt
from layout_app.intake.headshapes import _byline
from layout_app.intake.pdfcolumns import _ends_sentence
from layout_app.intake.unpdf import _DASH_DECK, _FIGURE_DECK, _lone_head_line, width

EVEN = 0.6             # compose's balance: the shorter line at least this share of the longer
BY_TAIL = 0.6          # a guess: a headline opening on a short phrase and a space is rare, not impossible
# the second line: a phrase's tail of one to three characters, the writer's pause, then a phrase
_TAIL_THEN_PAUSE = re.compile(r"^[\u4e00-\u9fff]{1,3} +[\u4e00-\u9fff“]\S{3,}$")


def balanced_halves(lines: list[str], doubts: dict[str, float] | None = None) -> list[str]:
    """Two heading lines near even, the first one phrase (no space — so no couplet —, no colon at its
    end, no kicker's label, no sentence's end, not the page banner's county and colon) and the second
    a phrase's tail (not a subject), the writer's pause and a phrase (so no dash deck, no byline; no
    kicker's label: '奋斗者 正青春：走进…'): one headline, no space at the break (the pause is the one
    inside the second line)."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        prev = out[-1].strip() if out else ""
        if prev and s and _halves(prev, s):
            out[-1] = prev + s
            _doubt(doubts, out[-1], BY_TAIL)
        else:
            out.append(line)
    return out


def _halves(first: str, second: str) -> bool:
    if not (_lone_head_line(first) and _lone_head_line(second)):
        return False
    a, b = width(first), width(second)
    return (bool(_TAIL_THEN_PAUSE.match(second)) and second.count(" ") == 1 and not re.search(r"\s", first)
            and not first.endswith(("：", ":")) and not _LABEL.match(first) and not _LABEL.match(second)
            and not BANNER_HEAD.match(first) and not _subject(second.split()[0])
            and min(a, b) >= EVEN * max(a, b) and a + b <= HEADLINE_MAX and not pause_evens(first + second))


def pause_evens(text: str, cut: int | None = None) -> bool:
    """Compose breaks a headline between two words only where no pause of its own sets the lines near
    even: a pause that does ('兴隆乡五里社区：' / '交通惠民一条路 富了一方人', at the place's colon) is
    where it would have broken — two lines broken elsewhere (at `cut`, when the break itself may be a
    pause) are a kicker over its headline. (A half-width comma or colon, the copy's damage, pauses too.)"""
    from layout_app.layout.headline import PHRASE, break_points

    for i, strength in break_points(text.replace(":", "：").replace(",", "，")).items():
        a, b = width(text[:i]), width(text[i:])
        if strength >= PHRASE and i != cut and min(a, b) >= EVEN * max(a, b):
            return True
    return False


def _subject(phrase: str) -> bool:
    """A phrase opening on a noun of two characters or more the dictionary knows ('图书角', '居民们'): a
    subject, which opens a heading of its own — not the tail of the phrase above ('见实效', '暖民心'), nor
    a word doubled at its end ('乐融融', '喜洋洋': a description, whatever class the dictionary gives it)."""
    from layout_app.text.words import _classes, words

    if len(phrase) == 3 and phrase[1] == phrase[2]:
        return False
    first = words(phrase)[0]
    return len(first) >= 2 and _classes().get(first, "").startswith("n")


def balanced_half(first: str, second: str, after: list[str], measure: int) -> bool:
    """A headline balanced in two lines ('从“积分超市”看东湖乡如何' / '进一步提升了基层治理水平'): each as wide
    as a column line, so they read like a paragraph's last lines — but neither has a mark of running
    text, the first ends no sentence, they are near even, and right under the second stands the
    story's deck (a dash, or figures) or its byline: what is set under a headline, never under text."""
    nxt = after[0] if after else ""
    under = nxt.startswith(_DASH_DECK) or bool(_FIGURE_DECK.match(nxt)) or _byline(nxt, measure)
    a, b = width(first), width(second)
    return (under and _lone_head_line(first) and _lone_head_line(second) and not _ends_sentence(first)
            and min(a, b) >= EVEN * max(a, b))


SET_TOL = 0.6          # ems: the text's widths are estimates (quote marks, figures) of the widths compose sets


def compose_breaks_there(upper: str, lower: str) -> bool:
    """Whether compose could have set `upper` and `lower` as one headline in two lines broken there.
    It breaks a headline where its longer line comes out shortest — at a pause (a space, a mark) when
    one fits at all: a pause leaving both lines no longer than the longer of these two (the shorter
    line at least 0.3 of the longer: a widow) is where it would have broken. Two lines broken
    elsewhere ('互助幸福院“香”飘邻里 一碗热饭里的民生温度' / '日均服务老人 33 余人': the space would
    set 10 and 19) are two parts: a headline over its deck, a kicker over its headline."""
    from layout_app.intake.pdfspaces import close_up
    from layout_app.layout.headline import PHRASE, SPACE, SPACE_EVEN, break_points

    u, l = close_up(upper).strip(), close_up(lower).strip()
    mine = max(width(u), width(l))
    text = u + " " + l          # (a space at the break or not: the pause test is the same)
    points = break_points(text.replace(":", "：").replace(",", "，"))
    # compose breaks a headline with its writer's spaces at one of those, where its lines come out near
    # even (layout.headline: SPACE_EVEN), before any more even pause: lines broken at a space so
    # ('全民健身热 全民健身月“火”起来' / '跑出精气神 赛出好风采') may be one headline, whatever its marks
    spaced = " " in u + l and min(width(u), width(l)) >= SPACE_EVEN * mine
    for i, strength in points.items():
        if spaced and strength < SPACE:
            continue
        a, b = width(text[:i].strip()), width(text[i:].strip())
        if strength >= PHRASE and text[:i].strip() != u and min(a, b) >= 0.3 * max(a, b) and max(a, b) < mine - SET_TOL:
            return False
    return True

