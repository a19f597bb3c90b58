"""Heading, caption and byline lines wrapped in their frame, put back on one line, for unpdf (pdfium's
and pdftotext -raw's text): a scrap of a few characters after a line that stops mid-phrase and is
wider than a column, or after a byline ('…通讯员 王' / '秀英'); a headline wrapped just after its phrase
break; a quote a heading line leaves open that the next line closes ('…的 “老年' / '食堂” 一天') — not
a column line of running text, which fills its measure (or stops a character short where the quoted
term's closing mark pulled its last character over: '环卫所在五里镇推行“河长' / '制”，每段河道都有专人负责')."""
from __future__ import annotations

from layout_app.intake.repair import photo_credit
from layout_app.text.punct import is_han
from layout_app.intake.unpdf import (
    _BYLINE,
    _MID_MARKS,
    _NO_LINE_END,
    _OPEN_SCRAP,
    _QUOTED_TERM,
    _SENTENCE_GOES_ON,
    _WRAPPED_PHRASE,
    _body_like,
    _ends_sentence,
    _fits,
    _full,
    _heading_like,
    _starts_part,
    width,
)


def _closes_quote(prev: str, line: str) -> bool:
    """`prev` leaves a quote open that `line` closes: one phrase cut in two ('…的 “老年' / '食堂” 一天')."""
    if prev.count("“") <= prev.count("”") or "”" not in line:
        return False
    return "“" not in line or line.index("”") < line.index("“")


def _pulled_over(prev: str, line: str, measure: int) -> bool:
    """`prev` a column line a character short, `line` opening on a character and a closing mark: the
    mark may not open a line, so the character before it went over with it ('…推行“河长' / '制”，…',
    '…为摊主和企业“牵' / '线”'). Compose never breaks a headline inside a short quoted term."""
    return measure - 1 - 0.01 <= width(prev) <= measure + 0.01 and line[1:2] in _CLOSERS


_CLOSERS = tuple("”’）》」』")


def _scores_joined(lines: list[str]) -> list[str]:
    """A score or ratio that pdftotext -raw cut at its colon, the colon alone on its line ('江州男篮 98' /
    '∶' / '95 险胜山西队'): one line again — a figure's colon never stands alone."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if (s in ("∶", "：", ":") and out and out[-1].rstrip()[-1:].isdigit()
                and i + 1 < len(lines) and lines[i + 1].lstrip()[:1].isdigit()):
            out[-1] = out[-1].rstrip() + s + lines[i + 1].strip()
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _caption_under_head(head: str, line: str, below: str, measure: int) -> bool:
    """A photo between a heading and its text: its caption's first line under the heading line, its
    sentence ending on a short line under it ('“双减”之下 心理健康课有声有色' / '镇中心学校的孩子们上心理' /
    '健康课。') — no running text opens there but indented, and none is cut short of its column. (A line
    wider than a column is a headline's, over the caption: '增绿行动还河畅水清 昔日臭水沟 今朝景观带' /
    '城北乡村民植树。')"""
    return (_heading_like(head) and _heading_like(line) and width(line) <= measure
            and below.endswith(("。", "！", "!")) and not any(c in below for c in "，,；;") and 2 * width(below) <= width(line))


def _sentence_end(line: str) -> str:
    """A caption's last line without the photo's credit after its sentence."""
    at = photo_credit(line)
    return line if at is None or not line[:at].rstrip() else line[:at].rstrip()


def join_wrapped_heads(lines: list[str], measure: int) -> list[str]:
    """A scrap of a few characters after a line that stops mid-phrase and is wider than a column,
    or after a byline: a heading, caption or byline wrapped in its frame ('…通讯员 王' / '秀英')."""
    from layout_app.intake.headings import PICTURE_SHOWS, place_said_above     # (headings asks this module for its helpers)

    lines = _scores_joined(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        prev = out[-1].strip() if out else ""
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        # '从' before '“图书角”' opens the next heading line (pdftotext -raw cut it at the quote)
        # nor does '枫林镇：' before '夜巡队显身手' (a place and its colon open a headline)
        # (nor one that stops on a comma: a paragraph's opening words cut off by a squeezed line, '近日，')
        # (nor a place name the line above names whole: the headline's opening words)
        # (nor a piece over a quoted term alone on its line: -raw cut a heading line there, the piece its
        # opening — '小小油菜' / '“串”' / '起致富路', '旧楼' / '“长”' / '出新电梯' under a kicker — not the rest
        # of the line above wrapped in its frame)
        scrap = (bool(s) and width(s) <= 4 and not _starts_part(s) and not s.endswith(("：", ":", "，", ","))
                 and not _QUOTED_TERM.match(nxt)
                 and not place_said_above(prev, s))
        # (not a quote opened at a running line's end: '近日，' / '…启用' / '“文' / '化礼堂”' — visual_lines
        # puts '“文' back on its line)
        before = out[-2].strip() if len(out) >= 2 else ""
        sentence = _sentence_end(s)     # (a caption's last line without its photo's credit)
        running = (_body_like(before) or before[-1:] in _MID_MARKS
                   or (len(out) >= 3 and out[-3].strip()[-1:] in _MID_MARKS))
        line_end = prev.startswith("“") and width(prev) <= 3 and running and not _ends_sentence(before)
        # (nor a quote's mark and a character cut off a column line ending no sentence, comma or not:
        # -raw cuts a heading's quoted term whole, '“放心饭”', never inside it — '…为摊主和企业' / '“牵' / '线”')
        line_end = line_end or (_OPEN_SCRAP.fullmatch(prev) is not None and bool(before) and not _ends_sentence(before)
                                and not _starts_part(before) and _fits(before + prev, measure))
        # (nor a full column line of running text whose quote the next line closes: the text before
        # it or the line itself runs on with a comma; nor a line that goes on past the quote's sentence
        # end — '“这片林子是我们一棵一' / '棵种起来的。”家住华山街道': no heading holds a sentence's end)
        if prev and s and (prev[-1] in _NO_LINE_END or (_closes_quote(prev, s) and not _body_like(prev) and not line_end
                                                        and not _SENTENCE_GOES_ON.search(s)
                                                        and not ((running or _body_like(s))
                                                                 and (_full(prev, measure) or _pulled_over(prev, s, measure))))) \
                and width(s) <= measure:
            out[-1] = out[-1].rstrip() + s
        elif ((prev.startswith(PICTURE_SHOWS) or _caption_under_head(before, prev, s, measure)) and not _ends_sentence(prev)
              and sentence.endswith("。") and width(sentence) <= measure and not _full(sentence, measure)
              and not _starts_part(s) and not any(ch in "。！？!?；;" for ch in prev + sentence[:-1])):
            # a caption opens on what the picture shows (or stands under a heading, `_caption_under_head`) and
            # is one sentence: the short line under its first that ends it is its rest, wrapped under the photo
            # ('图为三元街道选手朱敏带领' / '市民热身。', its photo's credit after it or not: '为老人打饭。 本报记者
            # 杜亮 摄') — not a full column line of running text
            out[-1] = out[-1].rstrip() + s
        elif (s and _heading_like(prev) and _heading_like(s) and width(prev) > measure + 1.2
              and _WRAPPED_PHRASE.search(prev) and width(prev + s) <= 34):
            # a headline wrapped in its frame just after its phrase break: '…书屋节节高 群' + '众笑脸更灿烂'
            out[-1] = out[-1].rstrip() + s
        elif scrap and prev and prev[-1] not in "。！？!?…摄攝" and photo_credit(prev) is None and (
                width(prev) > measure + 1.2 or (prev.startswith(_BYLINE) and all(is_han(ch) for ch in s))):
            # (not after a caption its photo's credit closes: '…装车外运。（魏立新 摄）' / '交通惠民' is a kicker;
            # nor after the page's credit line, whole at its 摄: '本版图片…孙明 摄' / '图片新闻' is a label)
            # '…通讯员 王' + '秀英' is one name; '…通讯员' + '袁娜' a role and a name
            out[-1] = out[-1].rstrip() + (" " if prev.endswith(("记者", "通讯员")) else "") + s
        else:
            out.append(line)
    return out
