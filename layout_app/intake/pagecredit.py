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
