"""The page's credit line for its photos (本版图片由…摄): one pattern, kept apart from the photo desk so
that preflight (and with it the editor's start and every export) need not load the copy desk's readers."""
from __future__ import annotations

import re

PAGE_PHOTO_CREDIT = re.compile(r"(本版|本期|本页|本頁)(图片|圖片|照片|摄影|攝影)|^[\s　]*(图片|圖片|摄影|攝影)[:：]")


def page_photo_credit(lines: list[str], bare: bool = False) -> str | None:
    """The credit of every photo on the page, from the page's credit lines, if they give one: the
    line from 本版图片… on (a copy credit may come before it on the same printed line); `bare`: also
    photographers' credits printed in the line as they are ('本报记者 王五 摄') — the page names who took
    its photos there, and a finding saying it has no such line contradicts the printed page."""
    for line in lines:
        m = PAGE_PHOTO_CREDIT.search(line)
        if m:
            return line[m.start():].strip(" 　")
    if bare:
        found = [line.strip(" 　") for line in lines if BARE_PHOTO_CREDIT.match(line.strip(" 　"))]
        return "　　".join(found) or None
    return None


# a photographer's credit on its own ('本报记者 王五 摄', '（通讯员 李明 摄）', '新华社发 李明 摄')
BARE_PHOTO_CREDIT = re.compile(r"^[（(]?(本报|新华社|特约)?(记者|通讯员|实习生)?[\s　]*[\u4e00-\u9fff·]{2,4}"
                               r"(?:[\s　、]+[\u4e00-\u9fff·]{2,4})*[\s　]*[/／]?摄[）)]?$|^[（(]?新华社发[^）)]*[）)]?$")
# page furniture in the copy's credits: the page's staff (本版责任编辑 赵六), the 报眉's, no photo's credit
STAFF = re.compile(r"(责任编辑|責任編輯|美术编辑|美術編輯|版式设计|版式設計|校对|校對|本版编辑|本版編輯|本版策划|本版統籌|本版统筹)")


def foot_lines(credits: list[str], own: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The copy's credit lines sorted for the page's foot: (the credit line, the staff line, the photo
    credits left off). A photographer's credit ('本报记者 张三 摄') naming only people credited beside
    their photos (`own`: the photos' own credits) is printed there, not again in the line (review30's
    line repeated 张三 and 李四 under their photos); 本版责任编辑 is page furniture, kept off the credit line."""
    beside = {n for c in own for n in photographers(c)}
    line, staff, dropped = [], [], []
    for c in credits:
        if STAFF.search(c) and not PAGE_PHOTO_CREDIT.search(c):
            staff.append(c)
        elif BARE_PHOTO_CREDIT.match(c.strip(" 　")) and photographers(c) and set(photographers(c)) <= beside:
            dropped.append(c)
        else:
            line.append(c)
    return line, staff, dropped


EXCEPT_CREDITED = re.compile(r"除(署名|注明|标注)(者|的)?(外|以外)")
# what a credit says besides names: its labels and the verb ('本报记者 周航 摄', '新华社发 李明/摄')
_NOT_NAMES = re.compile(r"本报(特约)?(记者|通讯员)|特约(记者|通讯员)|通讯员|实习生|记者|新华社发?|摄影|摄|图|[/／:：]")


def photographers(credit: str) -> list[str]:
    """The names a photo's own credit gives: '本报记者 周航 摄' → ['周航']."""
    return [t for t in re.split(r"[\s　、，,]+", _NOT_NAMES.sub(" ", credit)) if t]


def credit_at_odds(own: str, page: str) -> bool:
    """A photo's own credit naming none of the people the page's credit line names: the printed page
    would credit the picture to two photographers."""
    if EXCEPT_CREDITED.search(page):
        return False         # '本版图片除署名外由…摄': a photo credited on its own is the exception it names
    names = photographers(own)
    return bool(names) and not any(n in page for n in names)


def credited_by_line(own: str, page: str) -> bool:
    """A photo's own credit naming only people the page's credit line names ('本报记者 林晓峰 摄' under
    本版图片由本报记者 林晓峰 摄, or under 本版图片除署名外均由… of the same photographer): the line credits it,
    and printed under the photo too the page would credit one picture twice."""
    names = photographers(own)
    return bool(names) and all(n in page for n in names)


# a page's credit line: what it credits, the people, what they did ('本版图片由本报记者 王晨 李娜 摄')
_CREDIT_LINE = re.compile(r"^(?P<lead>(本版|本期|本页)(图片|照片|稿件|文字)由(本报)?(特约)?(记者|通讯员)?)[\s　]*"
                          r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s　、，,]+[\u4e00-\u9fff·]{2,4})*)[\s　]*"
                          r"(?P<verb>摄|采写|撰写|整理|提供)$")


def merged_credits(lines: list[str]) -> list[str]:
    """A page's credit lines with those crediting the same thing in the same words made one, their people
    in the order they came: two copy files for one page ('本版图片由本报记者 王晨 李娜 摄' and '本版图片由本报记者
    王晨 摄') print one credit line, not two side by side. Other lines as they are, a repeated one once."""
    out: list[str] = []
    merged: dict[tuple[str, str], int] = {}            # (lead, verb) → its line in out
    people: dict[int, list[str]] = {}
    for line in dict.fromkeys(lines):
        m = _CREDIT_LINE.match(line.strip(" 　"))
        if m is None:
            out.append(line)
            continue
        key = (m["lead"], m["verb"])
        names = [n for n in re.split(r"[\s　、，,]+", m["names"]) if n]
        if key in merged:
            k = merged[key]
            people[k] += [n for n in names if n not in people[k]]
            out[k] = f"{m['lead']} {' '.join(people[k])} {m['verb']}"
        else:
            merged[key] = len(out)
            people[len(out)] = names
            out.append(line)
    return out
