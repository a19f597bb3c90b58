"""The words a page of pdftotext's default text says across a seam, for pdfflows' joins and cuts.

A column's last line and the next one's first meet at a seam: two characters the page sets together
elsewhere are a word broken there ('服' / '务功能'); a justified line's spaces set nothing apart ('升 级'
says 升级), nor does a line's end inside a flow (a word broken at a line's end is said all the same).
Where no pair can be asked — after a comma, at a figure, at a word the page only ever breaks — the
characters around the seam are: '日，记者' said twice elsewhere, or '新动' never before a figure, or
'缩短了' before a figure and its unit ('79.5%') twice; '，只见' said twice where '。只见' is not. A word
the page says only at the seam is asked of the dictionary (`text.words`: '…我们会一' / '直坚持下去').
A figure's unit after a column that runs off on a figure ('…还将在 2' / '个村（社区）', as '5 个村' is
said); a quote opened at a column's foot closed in the line below ('…在家门口就' / '能办好。”')."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from layout_app.intake.captions import ROLES
from layout_app.intake.pdfcolumns import _han, _Seams
from layout_app.text.words import inside_word, words


class _Said(_Seams):
    """The two characters that stand together in the page's text, a justified line's spaces set
    nothing apart ('升 级' says 升级); `across`: nor a line's end inside a flow (a word broken at a
    line's end, '…已升' / '级，…', is a word the page says). A flow holding two columns has a seam of
    no column inside it, counted once: a word is said twice or more. (The lines' own pairs, `_Seams`,
    say where a flow's seam is weak.) `text`: the flows' text, each run on across its line ends — where
    longer strings are looked for; `fours`, `twos`: how often it says each four or two characters."""

    def __init__(self, lines: list[str], weight: float, across: bool = False) -> None:
        self.pairs: Counter = Counter()
        self.weight = weight
        runs, flows = [""], [""]
        for line in lines:
            closed = "".join(line.split())
            if across and closed:
                runs[-1] += closed
            else:
                runs.append(closed)
            if closed:
                flows[-1] += closed
            else:
                flows.append("")
        for run in runs:
            self.pairs.update(run[i:i + 2] for i in range(len(run) - 1))
        self.text = "\n".join(flows)
        self.fours = Counter(self.text[i:i + 4] for i in range(len(self.text) - 3))
        self.twos = Counter(self.text[i:i + 2] for i in range(len(self.text) - 1))
        self.runs = [r for r in runs if len(r) > 1]
        self._met: dict[tuple[str, str], bool] = {}

    def word_at(self, above: str, below: str) -> bool:
        """The two characters at the seam of `above` and `below` are a word the page uses (`word`) —
        not where the page sets them together only as two words meeting, each time other words than the
        seam's ('…记者' + '了解到' says 者了; the seam '…患者' / '了字' is none of those: `_met_only`)."""
        x, y = "".join(above.split())[-_REACH:], "".join(below.split())[:_REACH]
        return bool(x and y) and self.word(x[-1], y[0]) and not _met_only(x, y, self)


def _met_only(x: str, y: str, said: _Said) -> bool:
    """Each time the page sets the seam's two characters together (in its lines) they are two words
    meeting — the pair inside no word of the dictionary's — and neither is the word the seam's own
    character ends above or opens below ('记者' + '了解' where the seam reads '患者' / '了字'): the pair
    says what follows 记者, not what follows 患者. A stock phrase says its pair many times over
    ('记者了解到'), so its count is no sign of a word."""
    left, right = words(x)[-1], words(y)[0]
    key = (left, right)
    if key in said._met:
        return said._met[key]
    pair, out = x[-1] + y[0], True
    for run in said.runs:
        i = run.find(pair)
        while out and i >= 0:
            before, after = run[max(0, i + 1 - _REACH):i + 1], run[i + 1:i + 1 + _REACH]
            if inside_word(before + after, len(before)) or words(before)[-1] == left or words(after)[0] == right:
                out = False
            i = run.find(pair, i + 1)
    said._met[key] = out
    return out


def _figure_after(above: str, below: str, said: _Said) -> bool:
    """A seam from mid-sentence onto a figure that the page never says ('…注入了新动' / '13.5%，…'): a
    character and a figure said together elsewhere ('活动 1305') are no word, so their count does not
    make the seam a column's — the two characters before it followed by a figure are ('缩短了' /
    '74.5%', as '缩短了 16%' is said elsewhere)."""
    x = "".join(above.split())[-2:]
    if len(x) < 2 or not all(_han(ch) for ch in x) or not re.match(r"[0-9A-Za-z]", below.lstrip()):
        return False
    return len(re.findall(re.escape(x) + r"[0-9A-Za-z]", said.text)) <= 1


def _figure_said(above: str, said: _Said) -> bool:
    """The two characters a line ends on are said before a figure twice elsewhere on the page ('…还将在'
    / '5 个村（社区）…', as '将在 12 个村' is): a column that opens on a figure goes on there."""
    x = "".join(above.split())[-2:]
    return len(x) == 2 and all(_han(ch) for ch in x) and len(re.findall(re.escape(x) + r"[0-9]", said.text)) >= 2


def _clause_said(above: str, below: str, said: _Said) -> bool:
    """The two characters each side of a seam said together twice elsewhere on the page, across line
    ends too: after a comma, where no pair of characters can be asked ('…1 月 5 日，' / '记者走进…', as
    '日，记者' is), or at a word whose halves the page never sets together inside a line ('…能为乡亲' /
    '们做点事', as '乡亲们做' is) — the page's own way of going on there."""
    a, b = "".join(above.split())[-2:], "".join(below.split())[:2]
    return len(a) == 2 and len(b) == 2 and _han(b[0]) and said.fours[a + b] >= 2


def _bracket_said(above: str, below: str, said: _Said) -> bool:
    """A line that runs off on a Han character, the line below opening on a bracket: the two characters
    before the seam and the bracket with the character it opens on said together twice elsewhere ('…还将在
    3 个村' / '（社区）推广…', as '个村（社' is) — the page's own phrase, where no pair of characters
    can be asked."""
    a, b = "".join(above.split())[-2:], "".join(below.split())[:2]
    return len(a) == 2 and _han(a[-1]) and len(b) == 2 and b[0] in "（(" and _han(b[1]) and said.fours[a + b] >= 2


def _goes_into(above: str, below: str, said: _Said) -> bool:
    """The Han character a line ends on and the first three of the line below said together twice or
    more elsewhere on the page ('…同比增长 94%，为' / '乡村振兴注入了新动能。', as '为乡村振' is)."""
    a, b = "".join(above.split())[-1:], "".join(below.split())[:3]
    return len(b) == 3 and _han(a) and all(_han(ch) for ch in b) and said.fours[a + b] >= 2


def _seam(above: str, below: str) -> str:
    return "".join(above.split())[-1:] + "".join(below.split())[:1]


# a seam no pair of characters vouches for (onto a figure or a Latin word, after a comma, at a quote gone
# down whole) but the page says around it: it counts less than any word the page uses
_WEAK_SEAM = 0.5


def _word_across(above: str, below: str, said: _Said) -> bool:
    """The seam cuts a word of two Han characters or more that the dictionary knows ('…我们会一' /
    '直坚持下去': 一直), though the page says it only there: a word broken at the column's foot. Not
    when the page never says the two characters at the seam together and says the line below's
    first two twice ('…我们常' / '常巡街巷…': 常常 is a word, but this page says 常巡, which the
    dictionary does not know). (A name the dictionary does not know falls into single characters and
    says nothing; a seam between words is no evidence either way — most line ends fall there.)"""
    x, y = "".join(above.split())[-_REACH:], "".join(below.split())[:_REACH]
    if not (x and y) or not _han(x[-1]) or not _han(y[0]):
        return False
    if not said.twos[x[-1] + y[0]] and said.twos[y[:2]] >= 2:
        return False
    return _cut_inside(x, y)


@lru_cache(maxsize=16384)
def _cut_inside(x: str, y: str) -> bool:
    # (pdfflows weighs every pair of columns, again after each cut: the same seams come back)
    return inside_word(x + y, len(x))


def _unit_after(above: str, below: str, said: _Said) -> bool:
    """A line that runs off on a figure ('…还将在 2'), the line below opening with the two characters the
    page says after a figure twice or more elsewhere ('个村（社区）…', as '5 个村' is): the figure's unit."""
    a, b = "".join(above.split())[-1:], "".join(below.split())[:2]
    if not re.match(r"[0-9]", a) or len(b) < 2 or not _han(b[0]):
        return False
    if re.match(r"[0-9]", b[1]):
        # a unit and the next figure ('…自 8' / '月 9 日启用…'): the page says a figure, that unit and a
        # figure elsewhere (a date's '10 月 10 日')
        return len(re.findall(r"[0-9]" + re.escape(b[0]) + r"[0-9]", said.text)) >= 2
    return len(re.findall(r"[0-9]" + re.escape(b), said.text)) >= 2


def _quote_across(above: list[str], below: list[str], said: _Said) -> bool:
    """A quote opened in the lines `above` (a column that runs off) is closed in the lines `below`
    before any other opens, and the two characters at the seam are a pair the page says twice, the line
    above not ending on a word of the dictionary's two characters or more ('“以前办事要跑好几趟，现在
    在家门口就' / '能办好。”', as '就能' is said; not '…已累计开展活动' / '能办好。”', where '动能' is
    the page's '新动能'): a speaker's words go on where their quote closes."""
    x, y = "".join(above[-1].split())[-_REACH:], "".join(below[0].split())[:1] if below else ""
    if not (x and y) or not said.word(x[-1], y) or len(words(x)[-1]) != 1:
        return False
    told, rest = "".join(above), "".join(below)
    closes = rest.find("”")
    return told.rfind("“") > told.rfind("”") and closes >= 0 and ("“" not in rest[:closes])


_REACH = 6              # characters each side of a seam the dictionary reads: its longest common words


def _after_said(tail: str, above: str, below: str, said: _Said) -> bool:
    """The line `below` goes on after the end of `tail` (a column that runs off) as the page says it
    elsewhere, not after the line `above` it: the mark or character `tail` ends on and the first two
    characters below said together twice elsewhere, the end of `above` with them at most here
    ('…记者走进云溪村，' / '只见货架上…' under '…受到居民普遍欢迎。': '，只见' twice, '。只见' only here)."""
    a, x = "".join(tail.split())[-1:], "".join(above.split())[-1:]
    b = "".join(below.split())[:2]
    if not a or a == x or len(b) < 2 or not (_han(b[0]) and _han(b[1])):
        return False
    return said.text.count(a + b) >= 2 and said.text.count(x + b) <= 1


def _unit_said(above: str, below: str, said: _Said) -> bool:
    """A seam onto a figure, the page saying the two characters before it with a figure and the unit
    after it twice elsewhere ('…办理时间缩短了' / '79.5%。…', as '缩短了 16%' is; '…还将在' / '2 个村…',
    as '将在 12 个' is): which column's figure goes on where, when two run off onto figures."""
    x = "".join(above.split())[-2:]
    m = re.match(r"\s*[0-9][0-9.]*\s*([^\s0-9.])", below)
    if len(x) < 2 or not all(_han(ch) for ch in x) or not m:
        return False
    return len(re.findall(re.escape(x) + r"\s*[0-9][0-9.]*\s*" + re.escape(m.group(1)), said.text)) >= 2


_QUOTE_LINES = 3        # lines a speaker's words closed below a seam are looked for in


def _quote_open(lines: list[str]) -> bool:
    """A quote is open at the lines' end ('…说：“有了这个')."""
    text = "".join(lines)
    return text.rfind("“") > text.rfind("”")


def _quote_opens(lines: list[str]) -> bool:
    """A quote opens in the lines before any closes."""
    text = "".join(lines)
    opens, close = text.find("“"), text.find("”")
    return opens >= 0 and (close < 0 or opens < close)


def _quote_closes(lines: list[str]) -> bool:
    """A quote closes in the lines before any opens ('好地方…”')."""
    text = "".join(lines)
    close, opens = text.find("”"), text.find("“")
    return close >= 0 and (opens < 0 or close < opens)


def _after_name(above: str, below: str) -> bool:
    """A line ending on a person — a role and 老 or 小 and a surname ('…一旁的居民老孙'), or a role and
    a name over the words that tell what they say ('…居民魏雪' / '表示，…') — over a line opening on what
    they do ('忙着登记。', '说：“…'): a name meets the word after it here and nowhere else, so the page
    never setting the two characters together says nothing against the seam."""
    tail, head = "".join(above.split()), "".join(below.split())
    if not head or not _han(head[0]):
        return False
    return bool(_NAMED.search(tail)) or bool(_NAMED_LONG.search(tail)) and head.startswith(_SAYS)


# the role words captions know a person by, and those the corpus's columns also name people by
_ROLE = "(?:" + "|".join(sorted(set(ROLES) | {"商户", "游客", "青年", "村支书", "社区主任"}, key=len, reverse=True)) + ")"
_NAMED = re.compile(_ROLE + r"[老小][\u4e00-\u9fff]$")
_NAMED_LONG = re.compile(_ROLE + r"[\u4e00-\u9fff]{2,3}$")
_SAYS = ("说", "表示", "介绍")


def _bracket_across(above: str, below: str) -> bool:
    """A bracket opened in the line above and closed in the line below before any other opens: the
    words inside it run on across the seam ('本报讯（记者 汪立新 邓' / '秀兰）入冬以来…', a dateline's
    names) — a column's own seam, whatever two characters meet there."""
    tail = re.sub(r"[（(][^）)]*[）)]", "", above)
    return bool(re.search(r"[（(][^）)]*$", tail)) and bool(re.match(r"[^（()）]*[）)]", below))
