"""A kicker (引题) told from the running text around it, for unpdf's column lines (pdfium's text and
pdftotext -raw's, which cuts a line after each mark set close).

Running text in a column comes in column lines that fill the measure; only a paragraph's first line is
shorter (indented) and only its last may stop short, on a sentence's end. A page editor reads a line
that stops on a word short of the column, under pieces cut after their marks, as no running text: it
is the end of a heading line — a kicker wider than a column with its pause's comma or a place's colon
('丰收镇：' / '你争我抢，' / '场边喝彩声不断'), set over its headline. So:
- such a kicker's first piece is not the rest of the paragraph's last line above it, though the two
  would fit one column line ('…看到。' / '丰收镇：你争我抢，': `kicker_cut`);
- its pieces do not run on into the heading line under them (`kicker_ends`).
Only white space is ever decided here: the lines are joined or kept apart by unpdf."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import (
    _DASH_DECK,
    _QUOTED_TERM,
    _body_like,
    _FIGURE_DECK,
    _caption_like,
    _heading_like,
    _lone_head_line,
    _starts_part,
)
from layout_app.intake.pdfcolumns import _ends_sentence, _full, _han, _near, _squeezed, estimated, slack, width
from layout_app.intake.repair import HEADING_MAX, PLACE_LABEL

_PAUSES = "，、：,:"          # marks pdftotext -raw cuts a kicker's line after
_GOES_TO = re.compile(r"[ \u3000]走进[\u4e00-\u9fff]{2,12}$")    # a kicker's tag: '… 走进牛角街道'


_GOES_ON = set("，、,；;")      # marks no heading line opens with: the sentence above goes on


def _stops_short(piece: str, measure: int) -> bool:
    """A piece that ends on a word short of the column and holds no digits or Latin (whose widths are
    guesses): no column line of running text, which fills the column or ends a sentence."""
    return (bool(piece) and _han(piece[-1]) and not estimated(piece) and not _ends_sentence(piece)
            and width(piece) < measure - 0.01)


def _heading_under(line: str) -> bool:
    """What a kicker stands over: a heading line, a deck or a byline."""
    line = line.strip()
    return bool(line) and (_heading_like(line) or line.startswith(_DASH_DECK) or bool(_FIGURE_DECK.match(line))
                           or _starts_part(line))


def kicker_cut(lines: list[str], k: int, measure: int) -> bool:
    """lines[k] (a piece ending in a pause mark) opens a kicker -raw cut at its marks: the pieces after
    it end in pause marks up to one that stops short on a word (`_stops_short`) or, after a place's
    label, asks a question, over a heading line —
    so the piece is not the rest of the paragraph's last line above it ('…看到。' / '丰收镇：' /
    '你争我抢，' / '场边喝彩声不断' / '丰收镇：' / '跑出精气神 赛出好风采'). Running text after a
    sentence's end goes on in full column lines."""
    run = ""
    for j in range(k, min(k + 6, len(lines))):
        piece = lines[j].strip()
        # (a question may end it, after the place's label: '太平镇：' / '放学后，' / '孩子们去哪儿了？')
        asks = piece[-1:] in "？?" and bool(PLACE_LABEL.match(run + piece))
        if not piece or _starts_part(piece) or any(ch in "。！？!?“”" for ch in (piece[:-1] if asks else piece)):
            return False
        run += piece
        if width(run) > HEADING_MAX:
            return False
        if piece[-1] in _PAUSES:
            continue
        rest = [l for l in lines[j + 1:j + 4] if l.strip()]
        nxt = rest[0] if rest else ""
        if len(rest) > 1 and rest[1].strip()[:1] in _GOES_ON:
            return False    # the line under it goes on after a comma ('“调解室”' / '，吸引了 1945 余'): running
            # text -raw cut at a quote, no heading ('近日，' / '金沙镇农业技术推广站升级' / '“调解室”' / '，吸引…')
        # (or it is wider than the column, as no column line is: '秋收时节，' / '三元街道花园村的田野里一片金黄')
        # (its marks set close: a line of Chinese only one character wider than the column is no column line)
        return j > k and (asks or _stops_short(piece, measure) or width(piece) > measure + slack(piece) + 1
                          or _squeezed(piece) > measure + slack(piece)) \
            and _heading_under(nxt)
    return False


def kicker_ends(cur: list[str], line: str, measure: int, full, after: str = "") -> bool:
    """`cur`, pieces ending in pause marks and a last one ending on a word, is a kicker that ends
    there, not a paragraph going on into `line`, a heading line: the pieces are short of a column
    each (-raw cut them after their marks: '城北街道：' / '锣鼓一响，' / '观众们就坐满了'), or the last
    stops short of the column on a word (`full`: unpdf's test of a full column line, which knows a
    character pushed over by a number or quote), or the piece before it fills no column line alone
    nor together with it ('秋收时节，' / '马鞍街道的田野里一片金黄'), or `line` is over a quoted term alone
    (`after`: -raw cut a headline's line at its quote, '互助幸福院' / '“香”' / '飘邻里', the piece its opening)."""
    last = cur[-1]
    if not (all(p[-1:] in _PAUSES for p in cur[:-1]) and _han(last[-1:])
            and _heading_like(line) and line[:1] not in "”’）》」』，。、：；！？…,.:;!?)" and line[:1] != "“"):
        return False
    if _QUOTED_TERM.match(after) and width(line) < measure - 2 - 0.01 and not _body_like(line):
        return True
    if len(cur) == 1:
        # one line with its pause inside, as -raw's pieces put back give it ('金秋十月,猕猴桃压弯枝头'):
        # neither a full line nor an indented first one
        # (not over a full line, one spread by justification too, nor one opening on a figure or Latin,
        # which did not fit the line above)
        return (any(p in last for p in _PAUSES) and _stops_short(last, measure) and not _full(last, measure)
                and not _near(last, measure - 2) and not full(line) and not estimated(line[:1]))
    return (all(width(p) < measure - 2 - 0.01 for p in cur)
            or (_stops_short(last, measure) and not full(last) and width(last) < measure - 2 - 0.01)
            or (not estimated(cur[-2]) and width(cur[-2]) < measure - 2 - 1.01
                and _squeezed(cur[-2] + last) > measure + slack(last)))


def asks_or_quotes(line: str) -> bool:
    """A kicker's shape that reads as a sentence's end: one question ('放学后，孩子们去哪儿了？', after a
    place's label too: '湖滨乡：出行难？'), or a quoted phrase closed right after a word with its pause
    inside ('解决 “看病难、看病晚”': no stop before the close — running text ends on a stop)."""
    s = line.strip()
    if not s or width(s) > HEADING_MAX or _starts_part(s) or any(ch in "。！!；;" for ch in s) or "：“" in s or ":“" in s:
        return False
    if s[-1] in "？?":
        return sum(ch in "？?" for ch in s) == 1
    return (s[-1] == "”" and s[-2:-1] not in ("？", "?", "…") and s.count("“") == s.count("”")
            and any(p in s for p in "，、,"))


def paused_kicker(line: str) -> bool:
    """A kicker's shape with its pause inside ('，' or '、'), which running text's line may have too:
    opening on a place's label and colon ('牛角乡：锣鼓一响，游客们就坐满了') or closing on a tag that
    takes the reader to one place ('无人机植保、智能收割 走进牛角街道'); no stop, no one's words."""
    s = line.strip()
    if not s or width(s) > HEADING_MAX or _starts_part(s) or any(ch in "。！？!?；;“”" for ch in s):
        return False
    return any(p in s for p in "，、,") and (bool(PLACE_LABEL.match(s)) or bool(_GOES_TO.search(s)))


def kickers_back(lines: list[str]) -> list[str]:
    """A kicker that reads as a sentence's end (`asks_or_quotes`) stood apart from its headline by the
    blank lines set after a finished paragraph — and, where pdfium read a photo's caption between them,
    by the captions too (one photo's, or two photos' one over the other): its blank lines go before it
    (a story's parts stand apart from the story before) and the captions before those (a photo is never
    set between a kicker and its headline)."""
    out = list(lines)
    i = 0
    while i < len(out):
        if not asks_or_quotes(out[i]) or (i and out[i - 1].strip() and not _ends_sentence(out[i - 1])):
            i += 1
            continue
        j = i + 1
        captions = []
        while j < len(out):
            if not out[j].strip():
                j += 1
            elif _caption_like(out[j]) and len(captions) < 2:     # (a story's photos: one or two)
                captions.append(j)
                j += 1
            else:
                break
        if j == i + 1 or j >= len(out) or not _lone_head_line(out[j]):
            i += 1
            continue
        kicker = out[i]
        before = ([""] * 2 + [out[k] for k in captions]) if captions else []
        head = out[:i]
        while head and not head[-1].strip():
            head.pop()
        out = head + before + ["", "", kicker] + out[j:]
        i = len(head) + len(before) + 3
    return out


def labelled_kicker(line: str) -> bool:
    """A kicker asking its question, or quoting its phrase, after its place's label ('古城街道新华村：周末去哪儿？',
    '城北镇新华社区：解决 “看病难、看病晚”'): running text never opens on a place's colon without a quote,
    so such a line is no paragraph's rest, though it reads as a sentence's end."""
    return bool(PLACE_LABEL.match(line.strip())) and asks_or_quotes(line)



def question_over_heading(first: str, line: str, after: str, measure: int, spread: frozenset[str] = frozenset()) -> bool:
    """A question alone on its line ('放学后，孩子们去哪儿了？') over a heading line — no comma, no sentence's
    end ('实验小学的书法课堂“火”了') — that no column line goes on from: under it a caption, byline, deck or
    dateline, or an indented line that ends no sentence (a paragraph's first). Running text does not
    stop on a word at a paragraph's end, so the line is the headline and the question its kicker, not
    a paragraph opening on a question ('怎么办？…' runs on into full column lines)."""
    from layout_app.text.words import inside_word

    if not (first[-1:] in "？?" and not any(ch in "。！？!?" for ch in first[:-1]) and width(first) <= HEADING_MAX):
        return False
    if not (_lone_head_line(line) and not _ends_sentence(line)):
        return False
    after = after.strip()
    if after and inside_word(line + after, len(line)):
        return False        # the line's last word goes on under it ('…小区的外墙' / '保温，…')
    return (not after or _starts_part(after) or (_caption_like(after) and not _body_like(after))
            or after.startswith(_DASH_DECK) or bool(_FIGURE_DECK.match(after))
            or (_near(after, measure - 2) and not _full(after, measure) and not _ends_sentence(after)
                and after not in spread))      # (a line spread by justification is a full one)


def over_byline(line: str, ahead: list[str], measure: int, captions: bool = True, above: str = "") -> bool:
    """What stands under `line` (`ahead`: the lines after it) is what a heading stands over: a byline, a
    deck or a brief's dateline — right under it, or past one heading line (wider than a column, shorter
    than an indented line, or two phrases; a quoted term -raw cut off its start goes with it) and, with `captions` (for a line with no comma: a running
    line's rest may look like a caption), the captions (one sentence, no comma) of a photo or two.
    A line ending no sentence there is a heading's: running text goes on in running text."""
    from layout_app.intake.repair import DATELINE
    from layout_app.text.words import inside_word

    if ahead and line and inside_word(line + ahead[0].strip(), len(line)):
        return False        # its last word goes on in the line under it ('…（社区）推' / '广…的做法。')
    if above and line and inside_word(above + line, len(above)):
        return False        # …or its first word is the rest of the line above's ('…志愿者可' / '以在线预约…')
    ahead = _terms_back(ahead)
    if ahead and _under_heading(ahead[0].strip(), DATELINE):
        return True         # right under it ('本报讯（记者 程立新 蒋': a dateline's bracket has spaces, no heading line)
    k = int(bool(ahead) and _heading_like(ahead[0]) and (
        width(ahead[0]) > measure + 0.8 or width(ahead[0]) < measure - 2.5 or bool(_PHRASE_SPACE.search(ahead[0]))))
    while captions and k < len(ahead) and k < 3 and _caption_like(ahead[k]) and not _body_like(ahead[k]):
        k += 1
    x = ahead[k].strip() if k < len(ahead) else ""
    return _under_heading(x, DATELINE)


def _under_heading(x: str, dateline) -> bool:
    """A deck, a byline or a brief's dateline: what stands under a heading, never under running text."""
    return bool(x) and (x.startswith(_DASH_DECK) or bool(_FIGURE_DECK.match(x)) or bool(dateline.match(x))
                        or bool(_OPEN_DATELINE.match(x)) or bool(_REPORTERS.match(x)))


_CUT_TERM = re.compile(r"“[^“”]{1,12}”")     # a quoted term alone on its line, as -raw cuts it out of a headline


def _terms_back(ahead: list[str]) -> list[str]:
    """The heading lines ahead with a quoted term -raw cut out of a headline's line put back between the
    heading pieces around it ('植树造林' / '“绿”' / '了家园 天更蓝了 水更清了': one heading line)."""
    out: list[str] = []
    glue = False                # the last line ends on a term cut out: the heading piece under it goes on
    for x in ahead[:8]:
        x = x.strip()
        term = bool(_CUT_TERM.fullmatch(x))
        if out and (term or glue) and _heading_like(out[-1]) and _heading_like(x):
            out[-1] += x
        else:
            out.append(x)
        glue = term
    return out + [x.strip() for x in ahead[8:]]
# a byline: a reporter's label, a space and a name ('本报记者 胡凯'; not a kicker's label, '记者蹲点：…')
_REPORTERS = re.compile(r"^(?:本报记者|本报通讯员|记者|通讯员)\s+[\u4e00-\u9fff·]{2,4}(?:\s|$)")
_PHRASE_SPACE = re.compile(r"[\u3400-\u9fff] +[\u3400-\u9fff]")     # a heading's two phrases
# a brief's dateline, its reporters' bracket still open at the line's end
_OPEN_DATELINE = re.compile(r"^\s*(?:本报|新华社|中新社)\S{0,12}?(?:讯|电)[（(][^）)]*$")
