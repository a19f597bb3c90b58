"""Page furniture: rules (花边), boxes and tints (底纹), and masters (the 报头 area, the 报眉 running
head, folios) whose items print on every page that applies them.

Everything sits on the grid like frames do: columns and body lines. A horizontal rule occupies one
line and is drawn through its middle; a vertical rule stands in the gutter before column `col`
(col 0: the type area's left edge, col = columns: its right edge); a box's border runs through the
middle of the gutters around its columns and along its top and bottom line boundaries. Master items
may use negative lines: lines above the type area, in the top margin (inside the trim).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

# a 专刊's or 副刊's masthead (刊头): the issue line under its name (第1287期　2026年12月2日　星期三)
ISSUE_LINE = re.compile(r"^第\s*\d+\s*期([\s　]|$)")

CMYK = tuple[float, float, float, float]
BLACK: CMYK = (0.0, 0.0, 0.0, 1.0)

# solid, double (two equal lines), 文武线 thick_thin (a thick line over a thin one), dotted, dashed, and
# 花边 built from line segments: wave, zigzag, diamonds (a chain of small lozenges)
PATTERNS = ("solid", "double", "thick_thin", "dotted", "dashed", "wave", "zigzag", "diamonds")
BOX_PATTERNS = PATTERNS + ("none",)        # a tint with no border

# the parts of a front page's masthead (报头) beside its name and date, as printed (schema 10): its name in
# pinyin (LIUHE RIBAO), the organ it speaks for (中共柳河市委机关报), its serial numbers (国内统一连续出版物号
# CN 22-0038), the issue (第6215期), the day's pages (今日8版), the lunar date (农历乙巳年五月廿三), the weather
MASTHEAD_FIELDS = ("pinyin", "organ", "cn", "issue", "today", "lunar", "weather")
# fields a master text may use; {date:long} is 2026年11月29日, {date} the ISO date
FIELDS = ("paper", "date", "date:long", "weekday", "page", "section", "editor", "art_editor") + MASTHEAD_FIELDS
_FIELD = re.compile(r"\{([^{}]*)\}")
WEEKDAYS = "一二三四五六日"
IDEOGRAPHIC_SPACE = "\u3000"     # separates a running head's parts


@dataclass(frozen=True)
class LineStyle:
    pattern: str = "solid"
    width: float = 0.5        # pt: the line's weight (the thick line of 文武线; a 花边's stroke)
    color: CMYK = BLACK


@dataclass(frozen=True)
class RuleItem:
    """A rule on the grid: horizontal when `cols` is set (through the middle of line `line`), vertical
    when `lines` is set (in the gutter before column `col`, from line `line` down `lines` lines)."""
    id: str
    col: int
    line: int
    cols: int = 0
    lines: int = 0
    style: LineStyle = LineStyle()
    locked: bool = False      # schema 4: the editor neither moves nor resizes it

    @property
    def horizontal(self) -> bool:
        return self.cols > 0


@dataclass(frozen=True)
class BoxItem:
    """A box around columns col..col+cols−1 and lines line..line+lines−1: a border, a tint, or both."""
    id: str
    col: int
    cols: int
    line: int
    lines: int
    style: LineStyle | None = LineStyle()   # None: no border
    fill: CMYK | None = None                 # 底纹 tint in CMYK 0–1
    locked: bool = False                     # schema 4: the editor neither moves nor resizes it


@dataclass(frozen=True)
class MasterText:
    """One line of text on a master, with fields ({date:long}, {page}…) filled per page."""
    id: str
    col: int
    cols: int
    line: int
    text: str
    font: str = "song"
    weight: str = "regular"
    size: float = 9.0
    align: str = "left"
    color: CMYK = BLACK
    lines: int = 1            # body lines tall: the text is centred in them (a 报头's large name)


@dataclass(frozen=True)
class Master:
    name: str
    texts: tuple[MasterText, ...] = ()
    rules: tuple[RuleItem, ...] = ()
    boxes: tuple[BoxItem, ...] = ()


def field_names(text: str) -> list[str]:
    """The fields a master text uses ({{ and }} are literal braces)."""
    return _FIELD.findall(text.replace("{{", "").replace("}}", ""))


def long_date(iso: str) -> str:
    """2026-11-09 → 2026年11月9日 (no leading zeros, as papers print it)."""
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def weekday(iso: str) -> str:
    return "星期" + WEEKDAYS[datetime.date.fromisoformat(iso).weekday()]


def fill_fields(text: str, values: dict[str, str]) -> str:
    """`text` with each {field} replaced by its value. A part between ideographic spaces whose fields
    are all empty is left out, label and all (no 美术编辑： with no name after it)."""
    parts = []
    for part in text.split(IDEOGRAPHIC_SPACE):
        names = field_names(part)
        if names and not any(values.get(n, "") for n in names):
            continue
        out = _FIELD.sub(lambda m: values.get(m.group(1), ""), part.replace("{{", "\0").replace("}}", "\1"))
        parts.append(out.replace("\0", "{").replace("\1", "}"))
    return IDEOGRAPHIC_SPACE.join(parts)
