"""Column lines pdftotext -raw cut into pieces, put back (for unpdf, moved out of it): -raw ends a line
after a mark set close ('湾村，' / '只见活动室里座无虚席。'), before or after a quote set close, at a
bracketed piece; a piece that stops after such a mark and is not full takes the next piece on while both
fit in one column line together (`visual_lines`)."""
from __future__ import annotations

import re

from layout_app.intake.kickerlines import kicker_cut
from layout_app.intake.partsapart import _body_like, _starts_part
from layout_app.intake.pdfcolumns import (
    _LEADING_NUMBER,
    _ends_sentence,
    _full,
    _squeezed,
    estimated,
    natural,
    slack,
    width,
)
from layout_app.intake.repair import DATELINE as _DATELINE
from layout_app.intake.resetlines import fits_line, opens_paragraph

_MID_MARKS = set("，、：；,:;“")
_NO_LINE_END = set("“‘（《「『")      # marks that may not end a column line


def visual_lines(lines: list[str], measure: int, stubs: bool = True) -> list[str]:
    """pdftotext -raw cuts a column line after a mark set close ('湾村，' / '只见活动室里座无虚席。'):
    a piece that stops after a comma-like mark and is not full takes the next piece on while both
    fit in one column line together. `stubs`: a piece that ends a sentence takes a stub after it on
    (-raw's cut after the mark) — not in pdftotext's default column flows, which give each column line
    whole: there a short line after a sentence's end is a paragraph's first line in a column narrower
    than the page's measure ('997 次。' / '社区主任张丽介绍，家' in a column of 12)."""
    out: list[str] = []
    for k, line in enumerate(lines):
        s = line.strip()
        prev = out[-1].strip() if out else ""
        # …or before a closing quote set close: '“健身步道添新彩！' / '”截至目' were one column line
        # …or a bracketed piece it cut at both brackets: '（社区）' / '推广儿童之家的做法。'
        bracketed = prev[:1] in "（(" and prev[-1:] in "）)"
        # …or before an opening quote set close, in running text that goes on: '…派出所启用' / '“文'
        opening = s[:1] in "“‘" and _body_like(prev) and not _ends_sentence(prev)
        # …or a quote opened at the line's end after a sentence's end: '…日均接待老人 25 余人。' / '“在' — or
        # left open there on a character, running text going on under it: '…几乎天天“满员”。' / '“下了班来' /
        # '打一场球，…' (no column line of its own: not full, no first line — the words under it would have fitted)
        nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
        opening = opening or (s[:1] in "“‘" and _ends_sentence(prev) and not _ends_sentence(s) and (
            width(s) <= 3 or (not set("”’") & set(s) and s[-1:] not in _MID_MARKS and width(s) < measure - 3
                              and _body_like(nxt))))
        # …or a quote's mark and a character cut off a column line that ends no sentence (see wrappedheads)
        opening = opening or (_OPEN_SCRAP.fullmatch(s) is not None and not _ends_sentence(prev))
        if prev and s and s[0] in "，、," and _body_like(prev + s[0]) and prev[-1] not in "。！？!?…，、" and width(prev) <= measure:
            # a column line never opens with a comma (half-width too: the copy's damage): one hung past a full line ('…开展“夜巡队”' / '，')
            out[-1] = prev + s[0]
            line = s = s[1:]
            prev = out[-1].strip()
            if not s:
                continue
        # (a quote's mark and a character after a line whose figures make it look full: the line set
        # close holds them — '线”，全程不超过 3 分钟。' / '“政': an opening quote never ends a line alone)
        # …nor after a sentence's end on a full line whose marks set close hold them: '个月”，减轻了摊主的负担。' /
        # '“在' — the scrap stops on a character, so the column line ended there)
        tail = opening and width(s) <= 3 and (estimated(prev) and natural(prev + s) <= measure + slack(prev + s)
                                              or _ends_sentence(prev) and not _ends_sentence(s) and _fits(prev + s, measure))
        # …or a quoted term's tail cut off on its own, closing the quote the line above opened: the next
        # line's opening (the term set in its own face: '…我市“非遗进校' / '园”' / '系列活动在实验小学启动。')
        closing = width(prev) <= 3 and prev.count("”") > prev.count("“") and prev.rstrip("”’")[-1:] not in "。！？!?…"
        if (prev and s and (prev[-1] in _MID_MARKS or s[0] in "”’」』）" or bracketed or opening or closing) and not _starts_part(s)
                and (not _full(prev, measure) or tail) and width(prev) <= measure and _fits(prev + s, measure)):
            out[-1] = prev + s
        else:
            out.append(line)
        # …or after a sentence's closing mark, before a piece that cannot be a column line of its own
        # (a brief's dateline line is no stub: 本报讯　…)
        # (nor a kicker's first piece: '…看到。' / '丰收镇：你争我抢，' / '场边喝彩声不断', intake.kickerlines)
        if stubs and len(out) >= 2 and _stub(out[-1].strip(), nxt, measure) and not _DATELINE.match(out[-1]) \
                and not (out[-1].strip()[-1:] in "，、：,:" and kicker_cut([out[-1]] + lines[k + 1:], 0, measure)):
            before, piece = out[-2].strip(), out[-1].strip()
            if (before[-1:] in _CUT_AFTER and not _starts_part(before) and not _full(before, measure)
                    and _fits(before + piece, measure) and fits_line(before + piece, measure)
                    and not opens_paragraph(piece, lines[k + 1:], measure)):
                # (figures' widths are estimates: set as compose sets them, '1654 次。' and '今年以来，枫林镇接待'
                # are no one column line — the short line ended its paragraph)
                out[-2:] = [before + piece]
    return out


def line_whole(pieces: list[str], measure: int) -> str:
    """The column line the last of a paragraph's `pieces` ends: with the piece before it where -raw cut
    the line at its quote ('43 片村 BA 几乎天天' / '“满员”。' fill the column together)."""
    last = pieces[-1]
    if len(pieces) >= 2 and last[:1] in "“‘" and not _full(pieces[-2], measure) and _fits(pieces[-2] + last, measure):
        return pieces[-2] + last
    return last


_CUT_AFTER = set("。！？”’）!?)")
_OPEN_SCRAP = re.compile(r"[“‘][\u4e00-\u9fff]{1,2}")    # a quote's mark and a character or two, cut off


def _fits(pieces: str, measure: int) -> bool:
    """Pieces that fit one column line together, their marks set close (digits and Latin have
    estimated widths: within most of a character)."""
    return _squeezed(pieces) <= measure + slack(pieces)


def _stub(piece: str, nxt: str, measure: int) -> bool:
    """A piece of running text that cannot be a column line by itself: it goes on (no sentence ends
    it) yet fills neither the column nor an indented first line, and stops on a character, not on a
    mark pdftotext -raw cuts after ('居民们纷纷点赞：“文' / '化礼堂乐融融！”': the rest of the line
    before it); or on a comma-like mark when the piece after it does not fit beside it ('1月23日，')."""
    if not piece or _ends_sentence(piece) or not _body_like(piece) or _starts_part(piece):
        return False
    if _full(piece, measure) or _full(piece, measure - 2):
        return False
    number = _LEADING_NUMBER.match(nxt)
    if number and width(piece + number.group()) > measure - 2 + 0.01:
        return False            # a first line the number after it did not fit on ('…还将在' / '10 个村')
    if piece[-1:].isdigit() and nxt[:1] and not nxt[:1].isdigit() and width(piece + nxt[0]) > measure - 2 + 0.01:
        return False            # … or its number's unit ('据了解，急救站每天 9' / '时至 17 时开放…')
    if nxt[:1] in _NO_LINE_END and width(piece) >= measure - 3 - 0.01:
        return False            # … or the opening quote, which may not end a line ('…妇联启用' / '“志')
    return piece[-1] not in _MID_MARKS or not nxt or _squeezed(piece + nxt) > measure + 0.01
