"""Two stories' heading lines poppler gave as one line of pdftotext's default flows, set apart for
pdfflows: a byline beside another story's headline, on its baseline; two headlines a phrase's space
apart, the names on each side another story's."""
from __future__ import annotations

import re

from layout_app.intake.flowheads import HEAD
from layout_app.intake.flowlines import _RUNNING, _ends
from layout_app.intake.flownames import _masked, _name_pieces, _page_names, _plain
from layout_app.intake.headshapes import _BYLINE
from layout_app.intake.pdfpieces import Piece


def _heads_apart(pieces: list[Piece], chains: list[list[Piece]]) -> bool:
    """Two stories' heading lines side by side, on one line a space apart ('银杏村：…暖民心 河湾街道完善
    “志愿服务队”', '金沙镇图书角暖民心 家庭医生工作室有温度'): the names on one side of the space (places,
    subjects) are one story's, those on the other another's (a headline's two phrases name one
    story, or the second names nothing): two lines. True when a line was cut."""
    places, subjects = _page_names(pieces)
    texts = ["".join(_plain(p) for p in c) for c in chains]
    owner: dict[str, int] = {}              # a name → the story whose text says it (most of the times)
    for n in places + subjects:
        said = [t.count(n) for t in texts]
        if said and max(said) > 0 and max(said) >= _OWNER * sum(said):
            owner[n] = said.index(max(said))

    def whose(text: str, opens: bool = False) -> set[int]:
        t = "".join(text.split())
        # (the right one's thing where it opens: a headline opens with its topic — not a word of praise
        # quoted at its end, '…开放 10 天 网格员点赞“添新彩”', the rest of one headline)
        named = [n for n in subjects if (t.lstrip("“").startswith(n) if opens else n in t)] \
            + [n for n in places if n in _masked(t, subjects)]
        return {owner[n] for n in named if n in owner}

    cut = False
    for p in list(pieces):
        if p.kind != HEAD or len(p.lines) != 1:
            continue
        line = p.lines[0]
        beside = _BYLINE_BESIDE.match(line)
        if beside and not any(ch in _RUNNING or ch in "：:" for ch in beside.group(2)) and not _ends(line) \
                and not beside.group(1).startswith(_BYLINE):      # (not a byline naming two: '本报记者 周明 通讯员 李')
            # a story's byline set beside another's headline, on its baseline ('…成色更足 本报记者 曾子涵
            # 曹春燕'): a byline, apart
            k = pieces.index(p)
            pieces[k:k + 1] = [Piece(HEAD, [beside.group(1)], p.pos, p.flow),
                               Piece(HEAD, [beside.group(2)], p.pos, p.flow)]
            cut = True
            continue
        # (at a phrase's space: not one extraction puts beside a figure or a Latin word, '5G 基站')
        for space in re.finditer(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])", line):
            left, right = line[:space.start()], line[space.end():]
            if left.endswith(_GOES_ON):
                continue        # ('记者蹲点：松涛镇的 “共享菜园” 一天': no heading ends on 的)
            if _TERM.fullmatch(left) or _TERM.fullmatch(right) or _VISIT.fullmatch(right):
                continue        # a quoted term alone is no heading (the blank pdftotext sets beside its quote
                # mark), nor the tag taking the reader to a place: '“家门口” 就业 走进古城镇' is one kicker
            a, b = whose(left), whose(right, opens=True)
            if len(a) == 1 and len(b) == 1 and a != b:
                k = pieces.index(p)
                pieces[k:k + 1] = [Piece(HEAD, [left], p.pos, p.flow), Piece(HEAD, [right], p.pos, p.flow)]
                cut = True
                break
    if cut:
        for i, q in enumerate(pieces):
            q.pos = i
        _name_pieces(pieces)
    return cut


_BYLINE_BESIDE = re.compile(r"^(.*[^\s\d])\s+((?:本报记者|本报通讯员|通讯员)\s+\S.*)$")
_TERM = re.compile(r"“[^“”]{1,8}”")     # a quoted term alone
_VISIT = re.compile(r"(?:走进|来到|探访)[\u4e00-\u9fff]{2,10}")     # a kicker's tag taking the reader to a place
_GOES_ON = ("的", "之", "和", "与", "及", "在", "对", "把", "向", "从")     # words a phrase does not end on
_OWNER = 0.7            # the share of a name's sayings one story's text has, to call the name its
