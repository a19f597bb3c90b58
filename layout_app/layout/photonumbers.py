"""A caption's own label: its photo's number among the page's (图①：, 图2：) or where it stands (上图：).
The desk numbers a story's photos in the order they are to be read — the page sets them so."""
from __future__ import annotations

import re
from functools import lru_cache

# (its label closed by a colon or set apart by a space, 图④　县电子商务产业园内…; 图① run on to its words)
PHOTO_NUMBER = re.compile(r"^(?:(?:图\s*(?:[①-⑳]|\d{1,2})|[上下左右中]图)(?:\s*[：:]|[\u3000 ]+)|图[①-⑳](?=[^\s：:]))")
CIRCLED = re.compile(r"^[①-⑳](?=[^\s①-⑳])")     # a caption opening on its number alone: ①桃源村村民在…


@lru_cache(maxsize=4096)      # (asked for each photo of each arrangement the first layout weighs)
def photo_number(caption: str) -> int | None:
    """The number a caption gives its photo among the page's (图① → 1, 图2 → 2), or None."""
    m = PHOTO_NUMBER.match(caption.strip()) or CIRCLED.match(caption.strip())
    n = re.sub(r"[^①-⑳\d]", "", m.group(0)) if m else ""
    if not n:
        return None
    return int(n) if n.isascii() else ord(n) - ord("①") + 1     # (② is a digit to str.isdigit)


def credited_after(doc, page, pid: str) -> bool:
    """Whether photo `pid` (图①) leaves its credit to the photo the desk numbered next (图②) on `page`, of
    the same story and credited the same: the desk's one line under the pair (本报记者　周明远　摄) is
    printed once, under the last of them — not under each, as if two credits (review 7)."""
    photo = doc.photo(pid)
    n = photo_number(photo.caption or "")
    if n is None or not photo.credit:
        return False
    shown = {f.photo for f in page.frames if f.photo and f.part != "caption"}
    return any(q.id != pid and q.id in shown and q.credit == photo.credit and q.story == photo.story
               and photo_number(q.caption or "") == n + 1 for q in doc.photos)


def read_before(doc, first: list[str], then: list[str]) -> bool:
    """Whether a photo of `first` (ids) carries a higher number than one of `then`: set above them,
    图② would read before 图①."""
    def numbers(pids):
        return [n for n in (photo_number(doc.photo(p).caption or "") for p in pids) if n is not None]
    a, b = numbers(first), numbers(then)
    return bool(a and b) and max(a) > min(b)


def by_number(pids: list[str], caption_of) -> list[str]:
    """`pids` with the numbered ones (their caption `caption_of(pid)`'s 图①, 图②) in their numbers' order,
    each in a place a numbered one held; the others where they were."""
    numbered = [p for p in pids if photo_number(caption_of(p) or "") is not None]
    ordered = iter(sorted(numbered, key=lambda p: photo_number(caption_of(p) or "")))
    return [next(ordered) if p in numbered else p for p in pids]


def out_of_order(doc, frames) -> int:
    """Pairs of one story's numbered photos set so that the higher number reads first (above, or beside
    it on the left): a fault a first layout weighs after the page's own (图② over 图① reads backwards)."""
    return len(backwards(doc, frames))


def backwards(doc, frames) -> list[tuple]:
    """Those pairs: (the frame read first, its number; the frame numbered before it, its number)."""
    def reads_first(a, b) -> bool:
        beside = a.line < b.line + b.lines and b.line < a.line + a.lines
        return a.line + a.lines <= b.line or (beside and a.col < b.col)

    shots = [(doc.photo(f.photo).story, photo_number(doc.photo(f.photo).caption or ""), f)
             for f in frames if f.photo and f.part != "caption"]
    return [(f, n, f2, n2) for s, n, f in shots for s2, n2, f2 in shots
            if s and s == s2 and n is not None and n2 is not None and n > n2 and reads_first(f, f2)]


def inversions(doc, pids: list[str]) -> int:
    """Pairs of `pids` (in the order they are set) whose numbers read backwards: 图② before 图①."""
    nums = [n for n in (photo_number(doc.photo(p).caption or "") for p in pids) if n is not None]
    return sum(1 for i, a in enumerate(nums) for b in nums[i + 1:] if a > b)
