"""A headline set in two or three lines, for pdfflows: poppler gives the lines of one size of type in
one block, a kicker (set smaller, over its headline) in a block of its own — so heading lines of a
story's that poppler gives one right after another in one flow are one heading, its lines wrapped in
the frame: '老有所养 老有所乐' / '玉泉街道老年助餐点暖了老人心' is the headline, not a kicker's couplet
over it (a first line of two phrases, the shape the heading's reading takes for a kicker's). Not a deck
or byline (set under the headline in its block: a dash, a byline's role, or a line holding a figure —
'全年完成 60 个小区 惠及 2532 户' counts what the story tells, a deck; a deck's rest stays its own
line), nor a dateline, nor a line a flow's cut left (`Piece.pos` apart)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from layout_app.intake.headings import rate_in_figures
from layout_app.intake.headshapes import _dateline, _rank
from layout_app.intake.subjectheads import clause_halves, kicker_over_clause

if TYPE_CHECKING:
    from layout_app.intake.pdfpieces import Piece

_FIGURE = re.compile(r"\d")
_NO_SPACE_AFTER = "：:“‘《（("       # a label's colon or an opened mark runs on into the next line


def block_lines(heads: list[Piece], pieces: list[Piece], given_next: set[tuple[str, str]] | None = None) -> list[str]:
    """A story's heading lines, those poppler gave in one block (kicker or headline rank) as one line
    (not the block the page opens with when it holds nothing more: the banner, set in type of its
    own, over the next story's kicker — '金秋时节 处处是丰收' / '在劳动中成长'; a headline the page opens
    with goes on in its block into its deck, byline or column). `given_next`: the pairs of lines poppler
    gave one right after the other — heading lines a tangled flow's reading set together (`intake.flowsplit`)
    stood rows apart, a column's line between them, and are no block of poppler's."""
    runs: list[list[Piece]] = []
    for p in heads:
        last = runs[-1][-1] if runs else None
        if last is not None and p.flow == last.flow and p.pos == last.pos + 1 and _heading(last) and _heading(p):
            runs[-1].append(p)
        else:
            runs.append([p])
    out: list[str] = []
    for run in runs:
        lines = [l.strip() for p in run for l in p.lines if l.strip()]
        # (a line holding a figure under the first: a deck counting what the story tells, or the
        # headline's last line over one — the block is left to the heading's reading; but not one
        # opening on its figure, '2249 名选手同场竞技': who took part, the headline's second phrase)
        # (whatever the first line's shape: a kicker set smaller never shares its headline's block —
        # on the dev pages no kicker stood in its headline's block, and 160 headlines were set in one)
        # (under two lines or more of words, a last line of figures in two phrases is the deck, cut off
        # — the lines over it one headline; in one phrase, the headline's last line going on from the one
        # over it: '让群众少跑腿 看病更省心' / '儿科门诊开诊三个月' / '接诊 3434 人次')
        # (nor one counting twice, '62家企业提供就业岗位2300余个': a deck sums up in figures, a headline's
        # line names one count — so lines over the last that each count once in one phrase are the
        # headline's: '看病不用再“起早排队”' / '中医馆开诊 100 天' / '接诊 2643 人次', one headline)
        counts = [bool(_FIGURE.search(l) and not l[:1].isdigit()) or counts_twice(l) for l in lines]
        cut = len(lines)
        # (or a rate in figures, '日均服务老人 18 余人', under a headline in two lines: its deck)
        while cut > 2 and counts[cut - 1] and (_two_phrases(lines[cut - 1]) or rate_in_figures(lines[cut - 1])):
            cut -= 1
        if len(lines) < 2 or _banner_block(run, pieces) or _page_opens(run, pieces, lines) \
                or any(c and (counts_twice(l) or _two_phrases(l)) for c, l in zip(counts[1:cut - 1], lines[1:cut - 1])) \
                or counts[cut - 1] and (cut < 3 and cut == len(lines) or _two_phrases(lines[cut - 1])) \
                or given_next is not None and any(pair not in given_next for pair in zip(lines, lines[1:])):
            out += [l for p in run for l in p.lines]
            continue
        if cut == 3 and kicker_over_clause(*lines[:3]):
            # a kicker over a headline broken between its subject and its predicate: no writer's pause
            out += [lines[0], lines[1] + lines[2]]
            continue
        line = lines[0]
        for rest in lines[1:cut]:
            line += _space(line, rest) + rest
        out.append(line)
        out += lines[cut:]
    return out


def counts_twice(line: str) -> bool:
    """A heading line holding two counts ('62家企业提供就业岗位2300余个', '全长 29 公里 串起 29 个村'): a deck
    summing the story up in figures — a headline's line names one count ('2249 名选手同场竞技')."""
    return len(_COUNT.findall(line)) >= 2


_COUNT = re.compile(r"\d+(?:\.\d+)?")


def _two_phrases(line: str) -> bool:
    """A line of figures holding two phrases a space apart once its figures are closed up ('全年完成 60 个小区
    惠及 2532 户'): a deck counting what the story tells, set under the headline in its block — not a
    headline's last line going on from the one over it ('儿科门诊开诊三个月' / '接诊 3434 人次')."""
    return " " in re.sub(r"\s*(\d+)\s*", r"\1", line.strip())


def _space(upper: str, lower: str) -> str:
    """The copy's space at a headline's break: compose breaks at the writer's pause where it can, so a
    space — but none after a label's colon or an opened mark, an open word ('…成了老人的' / '“第二个家”'),
    a word in quotes that goes on ('小小柑橘“串”' / '起致富路'), inside a 从…到… frame ('从“一户难”' /
    '到“一栋成”'), between a verb that counts and its figure ('同心镇新增' / '22 处过街通道'), or where the
    lower line opens on the rest of the upper's last phrase ('出行更方便了 客运班线' / '开通 市民点赞'), or
    on the verb of the subject the upper names ('桃源街道老旧小区' / '加装电梯惠及四百余户': `subjectheads`)."""
    from layout_app.intake.balanced import _TAIL_THEN_PAUSE
    from layout_app.intake.headings import _OPEN_LINE_ENDS
    from layout_app.intake.headpairs import _COUNTING_VERBS

    up, low = upper.rstrip(), lower.lstrip()
    if up.endswith(tuple(_NO_SPACE_AFTER)) or up.endswith(tuple(e for e in _OPEN_LINE_ENDS if e != "了")) \
            or _QUOTED_CHAR.search(up) or ("从" in up and low.startswith(("到", "看"))) \
            or (up.endswith(_COUNTING_VERBS) and low[:1].isdigit()) or (" " in up and _TAIL_THEN_PAUSE.match(low)) \
            or clause_halves(up, low):
        return ""
    return " "


_QUOTED_CHAR = re.compile(r"“[\u4e00-\u9fff]”$")      # one character in quotes: a verb, its object to come


def _heading(p: Piece) -> bool:
    """A kicker's or headline's line: not a deck, byline or dateline."""
    return bool(p.lines) and all(_rank(l.strip()) < 2 and not _dateline(l.strip()) for l in p.lines if l.strip())


def _banner_block(run: list[Piece], pieces: list[Piece]) -> bool:
    """The heading lines the page opens with, alone in their block."""
    return bool(pieces) and run[0] is pieces[0] and not any(
        p.flow == run[-1].flow and p.pos > run[-1].pos for p in pieces)


def _page_opens(run: list[Piece], pieces: list[Piece], lines: list[str]) -> bool:
    """Two heading lines the page opens with, a slogan naming no place over a headline: the page banner
    over its first story is as likely as one headline (their sizes would tell) — left apart for the
    heading's reading, which shows the guess ('让群众的日子越过越红火' / '小区停车棚办到居民心坎上')."""
    from layout_app.intake.structure import _slogan

    # (no quoted term: a headline's, '“最后一公里”打通了' / '一条路 富了一方人' — a banner's theme quotes none)
    return (bool(pieces) and run[0] is pieces[0] and len(lines) == 2 and " " not in lines[0] and "“" not in lines[0]
            and _slogan(lines[0]))
