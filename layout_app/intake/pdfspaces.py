"""The spaces text taken out of a PDF shows in Chinese copy, which no writer set there: beside digits
and Latin (a quarter em the layout puts between them and Chinese), between every character of a line
justification spread (letter-spacing), before a pause or stop — closed up here (`close_up`); and
where justification stretched a column line, which tells that line is no paragraph's last
(`stretched`)."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import _MARKERS
from layout_app.intake.pdfcolumns import _cjk, _latin

_SPACED_DIGIT = re.compile(r"(?<=[\u3400-\u9fff]) [0-9A-Za-z][0-9A-Za-z.%]* (?=[\u3400-\u9fff])")


def _letter_spaced(line: str) -> bool:
    """A justified line spread by spaces: at least three spaces between Chinese characters or marks
    (half-width ones too: they are damaged full-width marks), and more characters set apart than
    side by side. A byline or credit keeps its spaces ('本报记者 曾丽 通讯员 徐卫东' has three), and
    so does a headline of phrases ('旅游专线开通 司机点赞 一条路 富了一方人')."""
    if line.lstrip().startswith(_MARKERS):
        return False
    apart = sum(1 for i in range(1, len(line) - 1)
                if line[i] == " " and _cjk_or_mark(line[i - 1]) and _cjk_or_mark(line[i + 1]))
    together = sum(1 for a, b in zip(line, line[1:]) if _cjk_or_mark(a) and _cjk_or_mark(b))
    return apart >= 3 and apart > together


def _cjk_or_mark(ch: str) -> bool:
    return _cjk(ch) or ch in ",:;!?()"


_NO_SPACE_BEFORE = set("，。、；：！？")


def close_up(line: str) -> str:
    """Remove the spaces extraction put into Chinese text: beside digits and Latin, and — in a
    letter-spaced line — between Chinese characters. Spaces between Latin words stay."""
    spaced = _letter_spaced(line)
    out = []
    n = len(line)
    for i, ch in enumerate(line):
        if ch == " " and 0 < i < n - 1 and line[i - 1] != " " and line[i + 1] != " ":
            a, b = line[i - 1], line[i + 1]
            if (_cjk(a) and _latin(b)) or (_latin(a) and _cjk(b)) or (spaced and _cjk(a) and _cjk(b)):
                continue
            # a half-width mark of the damage is a full-width one: same rule as its neighbour
            if spaced and ((a in ",:;!?()" and _cjk(b)) or (_cjk(a) and b in ",:;!?()")):
                continue
            # no copy sets a space before a full-width pause or stop ('…台下掌声雷动 ，', '百货 、'), nor
            # before one the damage set half-width inside Chinese text ('中午11点 ,前进')
            if (_cjk(a) or a.isdigit()) and (b in _NO_SPACE_BEFORE or (
                    b in ",;:!?" and i + 2 < n and _cjk(line[i + 2]))):
                continue
        out.append(ch)
    return "".join(out)


# a space extraction showed before a pause or stop inside Chinese text ('台下掌声雷动 ，', '27 分钟 。'): no
# writer sets one there; justification stretched the line
_STRETCHED = re.compile(r"[\u4e00-\u9fff”’\d] +[，。、；：！？]")


def stretched(line: str) -> bool:
    """A column line justification stretched: it is no paragraph's last line (a last line is set
    short, never stretched), so the paragraph goes on into the next line — wherever it ends a
    sentence ('一曲唱罢，台下掌声雷动 ，' / '87 岁的高老伯…')."""
    return _STRETCHED.search(line) is not None


# a space before a pause or stop the copy's damage made half-width ('台下掌声雷动 ,'): justification's too
_STRETCHED_HALF = re.compile(r"[\u4e00-\u9fff”’] +[,;!?](?!\d)")
_STRETCHED_GAP = re.compile(r"(?<=[\u4e00-\u9fff”’]) +(?=[,;!?](?!\d))")     # …closed up as close_up closes '雷动 ，'


def stretched_or_half(line: str) -> bool:
    """`stretched`, or a space before a pause or stop made half-width."""
    return stretched(line) or _STRETCHED_HALF.search(line) is not None
