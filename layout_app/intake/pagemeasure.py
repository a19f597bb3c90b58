"""The column measure of copy taken out of a printed page's PDF, and the page furniture around it, for
unpdf (moved out of it): whether copy was taken out of a PDF at all (many lines of a column's short
length, or letter-spaced), the column's width in characters, a running head (眉头) and the credits set on
one line."""
from __future__ import annotations

import re
from collections import Counter

from layout_app.intake.pdfcolumns import _cjk, side_by_side, width
from layout_app.intake.pdfspaces import _SPACED_DIGIT, _letter_spaced


def column_measure(lines: list[str]) -> int | None:
    """The column's width in characters, from lines of Chinese text only (no digits, no Latin, no
    spaces: their width is exact): the common length whose lines, with the paragraphs' first lines
    two characters shorter, are the most. None when no length stands out."""
    counts = Counter(len(l) for l in (s.strip() for s in lines)
                     if len(l) >= 6 and all(_cjk(ch) or ch in ",:;!?()" for ch in l))
    scored = [(n + counts[length - 2], length) for length, n in counts.items() if n >= 3]
    if not scored:
        return None
    score, measure = max(scored)
    return measure if score >= 6 else None


def looks_extracted(lines: list[str]) -> bool:
    """Copy taken out of a PDF: many lines of the same short length (column lines, alone or side by
    side), or many lines letter-spaced or with spaces around digits inside Chinese text."""
    return extracted_measure(lines) is not None


def extracted_measure(lines: list[str]) -> int | None:
    """The column measure of copy taken out of a PDF (13 when the columns cannot be measured);
    None for copy that does not look taken out of a PDF."""
    text_lines = [l.strip() for l in lines if l.strip()]
    if len(text_lines) < 8:
        return None
    measure = column_measure(lines)
    if measure is not None and measure <= 30:
        at_measure = sum(1 for l in text_lines if abs(width(l) - measure) <= 1.5
                         or side_by_side(l, measure))
        if at_measure >= max(6, len(text_lines) // 4):
            return measure
    spaced = sum(1 for l in text_lines if len(_SPACED_DIGIT.findall(l)) >= 2 or _letter_spaced(l))
    return (measure or 13) if spaced >= max(4, len(text_lines) // 5) else None


# a printed page's running head (眉头): page number and section, the paper's name, the date — page
# furniture, not copy (taken for the banner, it hid the real one)
_PAGE_NUMBER = re.compile(r"^第\s*\d+\s*版")
_DATED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")


def running_head(line: str) -> bool:
    s = line.strip()
    return (len(s) <= 48 and not re.search(r"[。，；！？：]", s)
            and bool(_PAGE_NUMBER.match(s) or _DATED.search(s)))


# an export's slug (a PDF's line outside the trim: the file, the page, when it was made) that a text
# tool took along with the page — 'layout_app 第 1 版 页 p1 导出 2026-12-02 02:46', 'A01.indd 1 2026/12/1
# 22:15:03': a date and a clock with a page or file beside them, no sentence
_SLUG_WHEN = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")
_SLUG_WHAT = re.compile(r"第\s*\d+\s*版|\b[pP]\d+\b|\bpage\b|\.(?:indd|pdf|qxp|yaml|ps)\b|layout_app", re.I)


def slug_line(line: str) -> bool:
    s = line.strip()
    return (len(s) <= 80 and not re.search(r"[。，；！？]", s)
            and bool(_SLUG_WHEN.search(s)) and bool(_SLUG_WHAT.search(s)))


def split_credits(line: str) -> list[str]:
    """'本版稿件由…采写　　本版图片由…摄　　责任编辑 …' → one credit a line (wide spaces apart)."""
    if "本版" not in line and "责任编辑" not in line:
        return [line]
    parts = [p for p in re.split(r"\u3000{2,}| {3,}| +(?=本版|责任编辑)", line.strip()) if p]
    return parts or [line]
