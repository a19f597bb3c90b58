"""What a heading line of pdftotext's default flows is by its shape alone (for flowheads): a byline
('本报记者 王明', not a column's '记者走进…'), a deck or byline set under the headline (a dash, or figures
counting who took part), a kicker's label and its colon or its couplet ('守护平安 温暖同行'), else a
headline's line — the rank 引题 0 → 主题 1 → 副题 2 a story's heading lines are set in."""
from __future__ import annotations

import re

from layout_app.intake.pdfcolumns import _ends_sentence, width

_BYLINE = ("本报记者", "本报通讯员", "通讯员", "记者")
_DASH = ("——", "—", "－－", "--")
_COMMA_LIKE = set("，,、；;：:")


# a dateline: '本报讯（记者 王明）…' opens a story's first paragraph, its reporters in brackets (no byline
# above it) — or none, a space after it: '本报讯 近日，…' opens a story all the same
_DATELINE = re.compile(r"^本报讯(?:\s*[（(]|\s)")


def _dateline(line: str) -> bool:
    return bool(_DATELINE.match(line))


def _byline(line: str, measure: int) -> bool:
    """'本报记者 王明', not '记者走进福田镇，只见…' (a column line)."""
    return (line.startswith(_BYLINE) and not _ends_sentence(line) and width(line) <= 2 * measure
            and not any(ch in _COMMA_LIKE for ch in line))


# a deck that sums the story up in figures: '57 名青年参与 群众满意度明显提升'
_FIGURE_DECK = re.compile(r"^\d+\s*[\u4e00-\u9fff]\S*\s\S")


# a kicker's label: a column's name or a theme, and its colon ('记者蹲点：…', '…润乡里：走进银杏镇');
# not a place and its colon, which opens a headline ('金沙镇：…'), nor an agency and its colon saying
# who did it ('区交通运输局：…', '镇卫生院：…', '社区卫生服务中心：…', '县公交公司：…')
_KICKER_LABEL = re.compile(r"^[^：:]{2,}(?<![村镇乡区县市道局院所队站馆])(?<!中心)(?<!公司)[：:]")


def _rank(line: str) -> int:
    return 2 if _under(line) else 0 if _KICKER_LABEL.match(line) else 1


def _under(line: str) -> bool:
    """A deck or a byline: set under the headline."""
    # (not '记者蹲点：…', a kicker)
    return line.startswith(_DASH + ("本报记者", "本报通讯员", "通讯员", "记者 ")) or bool(_FIGURE_DECK.match(line))


def _deck(line: str) -> bool:
    return _under(line) and not line.lstrip("—－-").startswith(_BYLINE)


# two four-character phrases, '守护平安 温暖同行': a kicker's couplet, never a headline's second line
# ('四点半课堂暖民心 共建共享新家园' is one)
_COUPLET = re.compile(r"^[\u4e00-\u9fff]{4}[ 　][\u4e00-\u9fff]{4}$")


def _is_kicker_line(line: str) -> bool:
    """A kicker by its shape alone: a label and its colon ('记者蹲点：…', '…：走进望江村'), or a couplet;
    not a column's words opening a quote ('老人们纷纷点赞：“乡村大舞')."""
    return (_rank(line) == 0 and not _SPEECH.search(line)) or bool(_COUPLET.match(line)) or _scene(line)


def _scene(line: str) -> bool:
    """A kicker setting the scene in a sentence with its comma or 、 inside ('马鞍镇：你争我抢，场边喝彩声不断',
    '无人机植保、智能收割 走进仁和街道'): a headline states, it has no comma (none of the dev pages' 1,300
    headlines had one, 67 kickers did); not a sentence's end, a quote after a colon, or a deck's dash."""
    s = line.replace(" ", "")
    return bool(re.search(r"[，,、]", s[:-1])) and not _ends_sentence(s) and not _SPEECH.search(s) \
        and not s.startswith(_DASH) and not re.search(r"[。！!]", s)


_SPEECH = re.compile(r"[：:]\s*[“\"]")        # a colon opening a quote: someone speaks (说：“…)


# a kicker's label of two phrases and its colon ('奋斗者 正青春：走进凤鸣社区', '文明新风 润泽乡里：…'): running
# text sets no space between two phrases, so the line is a heading's wherever poppler puts it
_LABEL_PHRASES = re.compile(r"^[\u4e00-\u9fff]{2,8} [\u4e00-\u9fff]{2,8}[：:][^，,、；;。！？!?“\"：:]*$")


def _label_phrases(line: str) -> bool:
    return bool(_LABEL_PHRASES.match(line))
