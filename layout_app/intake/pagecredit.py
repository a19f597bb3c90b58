"""The page's credit line for its photos (本版图片由…摄): one pattern, kept apart from the photo desk so
that preflight (and with it the editor's start and every export) need not load the copy desk's readers."""
from __future__ import annotations

import re

PAGE_PHOTO_CREDIT = re.compile(r"(本版|本期|本页|本頁)(图片|圖片|照片|摄影|攝影)|^[\s　]*(图片|圖片|摄影|攝影)[:：]")


def page_photo_credit(lines: list[str]) -> str | None:
    """The credit of every photo on the page, from the page's credit lines, if they give one: the
    line from 本版图片… on (a copy credit may come before it on the same printed line)."""
    for line in lines:
        m = PAGE_PHOTO_CREDIT.search(line)
        if m:
            return line[m.start():].strip(" 　")
    return None


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
