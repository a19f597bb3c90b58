"""A deck that sums a story up in figures told from a headline that counts, for structure (moved out of
it): '体育惠民' / '3012名选手同场竞技 跑出精气神' is a kicker over its headline, '爱心餐厅开张了' /
'220名志愿者参与 受到居民普遍欢迎' a headline over its deck."""
from __future__ import annotations

import re

# a place a line names ('沙坪村', '城北街道'; not '13个村', nor 为乡村): flownames' pattern
from layout_app.intake.flownames import _PLACE

# a deck that sums the story up in figures: "300名居民参与 …" (a figure, a measure word, two phrases)
FIGURE_DECK = re.compile(r"^\d+[\u4e00-\u9fff]\S*\s\S")

_KICKER_MARKS = re.compile(r"走进|[，、,]")
# a theme ending on its place ('生态胜利乡', '书香华山乡三元村') is a kicker's; not one going there (送戏下乡)
_AT_PLACE = re.compile(r"[\u4e00-\u9fff]{2,}(?<![进下到入在回返])(?:镇|乡|街道|社区|村)$")
# … and a thing named by what it is to someone ('家门口的好去处', '小山村的新生活'): a theme that says
# nothing happened, a kicker's — a whole headline says what did ('招聘会“火”了')
_THEME_OF = re.compile(r"^[\u4e00-\u9fff]{2,6}的[\u4e00-\u9fff]{2,4}(?<![了啦])$")


def sums_up(first: str, second: str) -> bool:
    """A headline over its deck in figures, not a kicker over a headline that counts. The line over
    it is a whole headline — no '走进…', no scene set with a comma — where a kicker is a slogan
    ('体育惠民' / '3012名选手同场竞技 跑出精气神'). The deck sums up in figures: it opens with a figure
    and goes on in phrases ('220名志愿者参与 受到居民普遍欢迎', under a headline of five characters or
    more), or it names no one and nowhere ('全年完成56个小区 惠及1318户', under one of seven or more,
    which may count too: '仁和镇新增27处定制公交' / '全长38公里 串起38个村'),
    where a headline that counts names its event first ('网店开张 3953个摊位全部租出') or its place
    ('康乐乡新增46处…'). A line ending on the place it names ('生态胜利乡') is a kicker's theme; one asking
    (周末去哪儿？) a kicker whose question the headline answers."""
    if _KICKER_MARKS.search(first) or _AT_PLACE.search(first) or _THEME_OF.match(first) \
            or first.rstrip().endswith(("？", "?")):
        return False
    words = _han(_LABEL_COLON.split(first)[-1])      # (after a place's label, if any)
    if FIGURE_DECK.match(second):   # (not under a slogan of four, '体育惠民'; a count naming its place heads)
        return words >= 5 and (not _PLACE.search(second) or bool(_PLACE.search(first)))
    if not _FIGURE.search(second) or words < 7:
        return False
    if _LABEL_COLON.search(second) or _PLACE.search(second):
        return False
    # (an event and its count, '网店开张 3953个摊位全部租出': a headline that counts)
    return " " not in second.strip() or bool(_FIGURE.search(second.split()[0]))


_FIGURE = re.compile(r"\d(?![\dA-Za-z])")          # a count, not a name ('“5G基站”护安宁')
_LABEL_COLON = re.compile(r"(?<!\d)[：:]|[：:](?!\d)")      # not a time's ('8:30至11:30开放')


def _han(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
