"""The rest of a heading line wrapped in its frame, for flowheads (pdftotext's default flows): a heading
line right under another in its flow that keeps that line's place in its story's order 引题 → 主题 → 副题 —
the rest of a deck in words stopping on its subject or place ('——南山镇“调解室”' / '进一步提升了基层治理
水平'), of a byline's last name ('…通讯员 吕' / '秀英'), of a kicker whose label wrapped alone ('记者蹲点：' /
'东湖村的 “四点半课堂” 一天'), a kicker's first phrase over its label, a headline's figure and unit its
first line runs on to ('…工作室开放' / '57 天 网格员点赞“添新彩”'), or a scrap of two to four characters
under a line wider than a column or a dash deck. (Moved out of flowheads.)"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from layout_app.intake.flownames import _says_place
from layout_app.intake.headshapes import _COUPLET, _DASH, _byline, _deck, _is_kicker_line, _rank, _under
from layout_app.intake.pdfcolumns import width

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

HEAD = "head"       # flowheads' kind of a heading line's piece (flowheads imports this module)


def _deck_rest(pieces: list[Piece], i: int) -> bool:
    """A heading line naming nothing (no place, subject or person) right under a deck in words in its
    flow that stops on its subject in quotes, or on its place ('——南山镇“调解室”' / '进一步提升了基层治理
    水平'): the rest of that deck, wrapped in its frame — a deck says what its story did, and a deck
    stopping there has not said it yet. So is the subject in quotes that opens the line under a deck
    stopping on its place ('——桃源村' / '“志愿服务队”有效解决了…': cut at the quote)."""
    if i == 0:
        return False
    p, above = pieces[i], pieces[i - 1]
    over = above.lines[-1]
    return p.kind == HEAD == above.kind and p.flow == above.flow and len(p.lines) == 1 \
        and over.startswith(_DASH) and _deck(over) and (over.endswith(("”", "\"")) or bool(_PLACE_END.search(over))) \
        and not _says_place(p) and _rank(p.lines[0]) == 1 and not _COUPLET.match(p.lines[0]) \
        and (not p.says or bool(_PLACE_END.search(over)) and p.lines[0].startswith("“"))


def _name_rest(pieces: list[Piece], i: int, measure: int) -> bool:
    """A line of one or two characters right under a byline in its flow whose last name is one
    character ('本报记者 于丽 通讯员 吕' / '秀英'): the rest of that name, the byline wrapped in its frame."""
    if i == 0:
        return False
    p, above = pieces[i], pieces[i - 1]
    over = above.lines[-1]
    return p.kind == HEAD == above.kind and p.flow == above.flow and _byline(over, measure) \
        and len(over.split()[-1]) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,2}", p.lines[0]))


def _label_rest(pieces: list[Piece], i: int) -> bool:
    """A heading line right under a kicker's label standing alone in its flow ('记者蹲点：' / '东湖村的 “四点半
    课堂” 一天'): the rest of that kicker, wrapped in its frame — a label opens its kicker's line and says
    nothing alone; it goes with its rest's story. (Not a deck or byline, which a kicker never runs on
    into.)"""
    if not 0 < i < len(pieces):
        return False
    p, above = pieces[i], pieces[i - 1]
    over = above.lines[-1].strip()
    return p.kind == HEAD == above.kind and p.flow == above.flow and len(above.lines) == 1 \
        and bool(_LONE_LABEL.match(over)) and _rank(over) == 0 and not _under(p.lines[0])


_LONE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}(?: [\u4e00-\u9fff]{2,8})?[：:]$")


def _label_phrase(pieces: list[Piece], i: int) -> bool:
    """A heading line of one phrase (no colon, no space, no mark) right over a kicker's label in its flow
    ('共建共享新家园' / '共建共享新家园：东湖乡的新变化'): the label's first phrase, the kicker set in two
    lines."""
    if i + 1 >= len(pieces):
        return False
    p, below = pieces[i], pieces[i + 1]
    line = p.lines[-1]
    return p.kind == HEAD == below.kind and p.flow == below.flow and _rank(below.lines[0]) == 0 \
        and _is_kicker_line(below.lines[0]) and bool(_ONE_PHRASE.match(line)) and _rank(line) == 1


_ONE_PHRASE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _figure_wrapped(pieces: list[Piece], i: int) -> bool:
    """A heading line opening on a figure and its unit alone before a phrase's space ('57 天 网格员点赞
    “添新彩”'), right under a headline line in its flow that stops on a character ('…工作室开放'): that
    headline's second line, the figure its first runs on to ('开放 57 天') — not a deck in figures, which
    opens with who took part ('231 名商户参与 …')."""
    if i == 0:
        return False
    p, above = pieces[i], pieces[i - 1]
    over = above.lines[-1]
    return p.kind == HEAD == above.kind and p.flow == above.flow and bool(_FIGURE_UNIT.match(p.lines[0])) \
        and _rank(over) == 1 and "\u4e00" <= over[-1:] <= "\u9fff"


_FIGURE_UNIT = re.compile(r"^\d+\s*[\u4e00-\u9fff]\s")
_PLACE_END = re.compile(r"(?:社区|街道|村|镇|乡)$")


def _scrap(pieces: list[Piece], i: int, measure: int) -> bool:
    """A heading line of two to four characters right under a heading line in its flow that is wider
    than a column and stops on a character: the end of that line, wrapped in its frame — or under a
    dash deck in its flow, whatever its width ('——龙泉镇推出志愿服务队工作' / '纪实': no headline line is
    so short)."""
    if i == 0:
        return False
    p, above = pieces[i], pieces[i - 1]
    line, over = p.lines[0], above.lines[-1]
    return p.kind == HEAD == above.kind and p.flow == above.flow and len(p.lines) == 1 \
        and 2 <= len(line) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in line) \
        and "\u4e00" <= over[-1:] <= "\u9fff" and (width(over) > measure + 1.2 or over.startswith(_DASH) and _deck(over))
