"""A printed page's running head (报眉) found in the text taken out of its PDF, and kept apart before the
column lines are read: 第5版 / 体育 / 江城日报 / 2026年12月2日 星期三 / 责任编辑：赵六, on one line (pdftotext
-raw, pypdfium2, our own pdfcopy), or a line each, a blank line apart (pdftotext's default flows), at
the page's top or foot, its parts in any order. A page editor knows it by its parts alone: 版次, a date
and its weekday, the paper's name, the page's editors, and a short section name beside them — nothing
else on the line, and no sentence. Its text is kept (the page's furniture) and its fields said, so a
re-compose can print them again; it is never a story, a kicker, the banner or a deck, nor glued to a
paragraph (read with the column lines, its date became a story's headline and its section a kicker)."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from layout_app.intake.notices import HEAD_READ, MAST_READ, Notice
from layout_app.intake.pagemeasure import slug_line
from layout_app.intake.repair import fullwidth_punctuation

_HAN = "\u4e00-\u9fff"
_CN_DIGITS = "〇零一二三四五六七八九十"
# the kinds of part a running head is made of; FOLIO and DATE tell it, the others go with them
FOLIO, DATE, WEEKDAY, STAFF, PAPER, WORD, NAME = "folio", "date", "weekday", "staff", "paper", "word", "name"
# … and a front page's masthead (报头) the same way: the paper's name in pinyin, the organ it speaks for,
# its serial numbers (CN 22-0038, 邮发代号), the issue (第6215期) and the day's pages (今日8版)
MAST = "masthead"
ISSUE = "issue"             # 第6215期, 今日8版: a masthead's — or a 副刊's issue line (its 刊头, no front page's)
# the page's editors' labels (本版责任编辑 赵六, 责任编辑：赵六, 美术编辑 钱七, 责编 赵六)
_LABELS = r"(?:本版)?(?:责任编辑|責任編輯|美术编辑|美術編輯|版式设计|责任校对|编辑|责编|美编|校对)"
# a name: 2–4 Han characters standing alone (no label and no other part after it)
_NAME = rf"(?!{_LABELS})[{_HAN}·]{{2,4}}(?![{_HAN}])"
_PARTS = re.compile(
    rf"(?P<folio>第\s*(?:\d{{1,3}}|[{_CN_DIGITS}]{{1,3}})\s*版|[A-Z](?:0?[1-9]|[1-9]\d)\s*版?(?![\dA-Za-z]))"
    rf"|(?P<date>\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)"
    rf"|[〇零一二三四五六七八九]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日|农历[{_HAN}]{{2,9}}(?![{_HAN}]))"
    rf"|(?P<weekday>(?:星期|礼拜|周)[一二三四五六日天](?![{_HAN}]))"
    rf"|(?P<staff>{_LABELS}(?:[\s:：]*(?P<who>{_NAME}(?:[、， ]{_NAME})*))?)"
    rf"|(?P<masthead>[{_HAN}]{{2,12}}机关报(?![{_HAN}])|[A-Z]{{2,}}(?: [A-Z]{{2,}})+(?![A-Za-z])"
    rf"|(?:国内统一连续出版物号|国际标准连续出版物号|邮发代号)\s*(?:[A-Z]{{2,4}}\s*)?[\dA-Z]+\s*-\s*[\dA-Z/]+"
    rf"|CN\s*\d{{2}}\s*-\s*\d{{4}}(?:/[A-Z])?)"
    rf"|(?P<issue>总?第\s*\d{{1,6}}\s*期|今日\s*(?:\d{{1,3}}|[{_CN_DIGITS}]{{1,3}})\s*版)"
    rf"|(?P<paper>(?!本报)[{_HAN}]{{2,6}}(?:日报|晚报|早报|时报|商报|报)(?![{_HAN}]))"
    rf"|(?P<word>[{_HAN}]{{2,6}}(?![{_HAN}\d]))")
_APART = re.compile(r"[\s\u3000|｜/·•:：]*")
# a page's section name (版名) alone: '体育新闻', '要闻', '国际' — the names pages go by, never a story's
# kicker ('体育惠民', '记者调查' are kickers); not 图片新闻 (a picture story's label) nor a weekly's name
# (文化周刊: its page's own banner)
_SECTION = re.compile(rf"(?!图片新闻)[{_HAN}]{{2,4}}(?:新闻|要闻)|(?:要闻|综合|国内|国际|体育|文体|经济|财经|时政|社会|"
                      rf"评论|副刊|专版|专题|视点|地方|县域|城事)(?:版|新闻)?"
                      # … or a page's two names apart by a middle dot: 经济·产业, 民生·服务, 乡村振兴·影像 —
                      # not a 副刊's or weekly's masthead (江南·副刊 heads its page as its banner)
                      rf"|[{_HAN}]{{2,4}}[·•・](?![{_HAN}]*(?:副刊|周刊|周末))[{_HAN}]{{2,4}}")
_STRONG = {FOLIO, DATE, MAST}
# the page's number alone on a line (a desk's '6' over the copy's date): its 版次 beside the other parts
_BARE_FOLIO = re.compile(r"[1-9]\d{0,2}|[A-Z](?:0?[1-9]|[1-9]\d)")     # 6, A3: no 版 beside it
# the masthead's weather line under it (天气：今天多云转晴…): the 报头's furniture, no story's
_WEATHER = re.compile(r"\s*(?:今日|今天|本市)?天气\s*[:：]")


@dataclass
class PageHead:
    """The running head read: its lines as the text gave them, and its fields ("" or 0: not printed)."""
    lines: list[str] = field(default_factory=list)
    number: int = 0
    section: str = ""
    paper: str = ""
    date: str = ""              # ISO where the printed date is one (2026年12月2日 → 2026-12-02)
    weekday: str = ""
    editor: str = ""
    art_editor: str = ""
    front: bool = False         # a front page's masthead (报头: 机关报, CN 22-0038, 第6215期), no inside page's 报眉
    masthead: dict = field(default_factory=dict)    # its other parts by field (MASTHEAD_FIELDS: organ, cn, …)

    def fields(self) -> dict:
        """What the running head printed, field by field (as compose's --page-number, --section, …)."""
        out = {"page_number": self.number or None, "section": self.section, "paper": self.paper,
               "date": self.date, "editor": self.editor, "art_editor": self.art_editor, "front_page": self.front,
               "masthead": dict(self.masthead)}
        return {k: v for k, v in out.items() if v}


def parts(line: str) -> list[tuple[str, str]] | None:
    """The running-head parts `line` is made of, in order ((kind, text)), or None when anything else is
    on it (a sentence, a longer run of words)."""
    s = line.strip(" \t\u3000\r")
    if not s or len(s) > 64:
        return None
    if _BARE_FOLIO.fullmatch(s):
        return [(FOLIO, s)]
    out: list[tuple[str, str]] = []
    at = 0
    while True:
        at = _APART.match(s, at).end()
        if at == len(s):
            return out
        m = _PARTS.match(s, at)
        if m is None:
            return None
        kind = m.lastgroup if m.lastgroup != "who" else STAFF
        out.append((kind, m.group(0).strip()))
        at = m.end()


def head_lines_apart(lines: list[str], printed: bool = True) -> tuple[list[str], PageHead | None]:
    """`lines` with the page's running head taken out (a blank line where each of its lines stood, so
    the flows keep their seams and the copy's line numbers hold), and the head read; (lines, None) when
    the page shows none. `printed`: the text is a printed page's (taken out of a PDF); else only a head
    at the copy's top or foot with its 版次 is one (a desk's '第5版　体育' over the copy)."""
    found: list[int] = []
    for run in (_run(lines, range(len(lines)), printed), _run(lines, range(len(lines) - 1, -1, -1), printed)):
        found += [k for k in run if k not in found]
    if printed:
        # a whole running head on one line anywhere (a page of several, or one the extractor put mid-text)
        found += [k for k, l in enumerate(lines) if k not in found and _whole(parts(l))]
    if printed and found:
        # … and its parts pdftotext's flows left among the columns, each a flow of its own
        found += _strays(lines, set(found))
    if not found:
        # copy whose first line is the page's section name alone, no 版次 beside it ('体育新闻' over a
        # sports page's stories): the running head's section, not the first story's kicker
        first = next((k for k, l in enumerate(lines) if l.strip()), None)
        if first is None or not _SECTION.fullmatch(lines[first].strip(" \t\u3000\r")):
            return lines, None
        head = PageHead([lines[first].strip()], section=lines[first].strip(" \t\u3000\r"))    # (whole: 经济·产业)
        return ["" if k == first else l for k, l in enumerate(lines)], head
    found.sort()
    head = _read([lines[k] for k in found])
    taken = set(found)
    return ["" if k in taken else l for k, l in enumerate(lines)], head


def _strays(lines: list[str], found: set[int]) -> list[int]:
    """The lines, a flow of their own (a blank line or the text's end on each side), that hold only the
    parts of a running head the lines `found` lack: a weekday, a date, the paper's name, an editor
    with a name — never a section name alone (a 小标题 may be one)."""
    have = {kind for k in found for kind, _ in parts(lines[k]) or []}
    out = []
    for k, line in enumerate(lines):
        if k in found or not line.strip() or (k and lines[k - 1].strip()) or (k + 1 < len(lines) and lines[k + 1].strip()):
            continue
        ps = parts(line)
        if not ps or any(kind in (WORD, NAME) or kind in have for kind, _ in ps):
            continue
        if any(kind == STAFF and not _staff_name(text) for kind, text in ps):
            continue
        out.append(k)
        have |= {kind for kind, _ in ps}
    return out


def _whole(ps: list[tuple[str, str]] | None) -> bool:
    """A line that is a running head by itself: 版次 with another part, or a date with its weekday."""
    if not ps:
        return False
    kinds = {k for k, _ in ps}
    return (FOLIO in kinds and len(ps) >= 2) or {DATE, WEEKDAY} <= kinds


_MOST_LINES = 10          # pdftotext's default gives each part a line: 版次, 版名, paper, date, weekday, editors


def _run(lines: list[str], order: range, printed: bool = True) -> list[int]:
    """The indexes of the running head's lines at the end of the text `order` starts from (the page's
    top, or its foot read upwards): the lines made only of its parts, blank lines and the export's slug
    between them; [] where they hold no 版次 or date, or only a name and a section (or, in copy not
    `printed`, no 版次)."""
    run: list[tuple[int, list[tuple[str, str]]]] = []
    for k in order:
        line = lines[k]
        if not line.strip() or slug_line(line):
            continue
        ps = parts(line)
        if ps is None or len(run) == _MOST_LINES:
            break
        if ps:                  # (a line of marks alone, '·' or '|': between parts, none of them)
            run.append((k, ps))
    # a section name or a name alone is the head's only beside its other parts: a kicker ('记者调查')
    # or a staff line under the head stays copy
    while run and not _tells(run[-1][1]) and not _goes_with(run):
        run.pop()
    kinds = {kind for _, ps in run for kind, _ in ps}
    if not kinds & _STRONG or not (FOLIO in kinds or len(kinds) >= 2) or not (printed or kinds & {FOLIO, MAST}):
        return []
    if all(_BARE_FOLIO.fullmatch(lines[k].strip()) for k, _ in run):
        return []               # (a number alone, 6 or A3, is a 版次 only beside the head's other parts)
    found = [k for k, _ in run]
    if MAST in kinds and order.step > 0:
        # the masthead's weather line under it: the 报头's, no story's (its first line opening 天气：)
        below = next((k for k in range(found[-1] + 1, len(lines)) if lines[k].strip()), None)
        if below is not None and _WEATHER.match(lines[below]) and len(lines[below].strip()) <= 80:
            found.append(below)
    return found


def _tells(ps: list[tuple[str, str]]) -> bool:
    """A line a running head's by itself: a 版次, a date, a weekday, the paper's name, a masthead's part."""
    return any(kind in (FOLIO, DATE, WEEKDAY, PAPER, MAST, ISSUE) for kind, _ in ps)


def _goes_with(run: list[tuple[int, list[tuple[str, str]]]]) -> bool:
    """The run's last line, of words or a staff label only, goes with the parts before it: a staff's
    name under its label ('本版责任编辑' / '赵六'), a label under a line that tells, a section name
    right after the 版次 it names ('第5版' / '体育') where the head has no section yet."""
    if len(run) < 2:
        return False
    last, before = run[-1][1], run[-2][1]
    if not (last and before):
        return False
    if before[-1][0] == STAFF and not _staff_name(before[-1][1]) and last[0][0] == WORD:
        return True
    if all(kind == STAFF for kind, _ in last) and _tells(before):
        return True
    sections = sum(kind == WORD for _, ps in run[:-1] for kind, _ in ps)
    return before[-1][0] == FOLIO and len(last) == 1 and last[0][0] == WORD and not sections


def _staff_name(text: str) -> str:
    m = re.match(rf"{_LABELS}[\s:：]*(.*)$", text)
    return m.group(1).strip() if m else ""


_DIGIT_GAP = re.compile(r"(?<=\d) +(?=[年月日版号期])|(?<=[第年月]) +(?=\d)|(?<=今日) +(?=\d)")
_ROLE = {"美术编辑": "art_editor", "美術編輯": "art_editor", "美编": "art_editor", "版式设计": "art_editor"}


def _read(lines: list[str]) -> PageHead:
    """The fields of the running head's lines (the first of each kind)."""
    # (its lines as printed: the spaces the tool put beside the digits of 第 5 版 and 2026 年 12 月 closed up)
    head = PageHead([_DIGIT_GAP.sub("", l.strip()) for l in lines])
    ps = [p for l in lines for p in (parts(l) or [])]
    waiting = ""                                  # a staff label whose name is on the next line
    for line in head.lines:
        if parts(line) is None and _WEATHER.match(line):
            # (its commas full-width as the paper prints them: a PDF's text or a typist left ',' and ';')
            head.masthead.setdefault("weather", fullwidth_punctuation(line.strip()))
    for i, (kind, text) in enumerate(ps):
        if kind == FOLIO and not head.number:
            digits = re.sub(r"\D", "", text)
            head.number = int(digits) if digits and (text.startswith("第") or text.isdigit()) else 0
        elif kind == MAST:
            head.front = True
            _mast_part(head.masthead, text)
        elif kind == ISSUE:
            key = "today" if text.startswith("今日") else "issue"
            head.masthead.setdefault(key, _DIGIT_GAP.sub("", text))
        elif kind == DATE and text.startswith("农历"):
            head.masthead.setdefault("lunar", text)
        elif kind == DATE and not head.date:
            head.date = _iso(text)
        elif kind == WEEKDAY and not head.weekday:
            head.weekday = text
        elif kind == PAPER and not head.paper:
            head.paper = text
        elif kind == STAFF:
            label = re.match(_LABELS, text).group(0)
            role = next((r for key, r in _ROLE.items() if key in label), "editor")
            name = _staff_name(text)
            if name and not getattr(head, role):
                setattr(head, role, name)
            waiting = "" if name else role
            continue
        elif kind == WORD and waiting and not getattr(head, waiting):
            setattr(head, waiting, text)
        elif kind == WORD and not head.section:
            # (the line's whole name where it is a section's two names: 体育·赛事, not 体育)
            head.section = next((t for t in (l.strip(" \t\u3000\r") for l in lines)
                                 if text in t and _SECTION.fullmatch(t)), text)
        waiting = ""
    return head


def _mast_part(found: dict, text: str) -> None:
    """A masthead part into its field: the organ (…机关报), the name in pinyin, its serial numbers (CN,
    ISSN, 邮发代号: one field, in the order printed)."""
    if text.endswith("机关报"):
        found.setdefault("organ", text)
    elif re.fullmatch(r"[A-Z ]+", text):
        found.setdefault("pinyin", text)
    else:
        found["cn"] = "　".join(filter(None, (found.get("cn", ""), text)))


def _iso(text: str) -> str:
    """2026年12月2日 / 2026-12-02 → '2026-12-02'; '' for a date it cannot read (农历, 二〇二六年…)."""
    m = re.fullmatch(r"(\d{4})\s*(?:年|-)\s*(\d{1,2})\s*(?:月|-)\s*(\d{1,2})\s*日?", text)
    if not m:
        return ""
    try:
        return datetime.date(*map(int, m.groups())).isoformat()
    except ValueError:
        return ""


def head_notice(head: PageHead, file: str) -> Notice:
    """What import says of the running head: its text, and each field as read ('—': not printed)."""
    if head.front:
        return Notice(MAST_READ, file=file, text="　".join(head.lines), paper=head.paper or "—", date=head.date or "—")
    return Notice(HEAD_READ, file=file, text="　".join(head.lines), page=head.number or "—",
                  section=head.section or "—", paper=head.paper or "—", date=head.date or "—",
                  editor=head.editor or "—", art_editor=head.art_editor or "—")
