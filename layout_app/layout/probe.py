"""Frames measured by composing them alone on a scratch page, for a first layout (`autoplace`) and the
editor's placing of a file: the lines a text needs, the lines and size of a heading."""
from __future__ import annotations

from dataclasses import replace

from layout_app.layout.compose import Composer
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame


class FrameProbe:
    """Measures frames by composing them alone on a scratch page (results remembered)."""

    def __init__(self, doc: Document, page: Page):
        self.doc, self.page = doc, page
        self._seen: dict[Frame, object] = {}
        self._sets: dict[tuple[Frame, ...], dict] = {}

    def report(self, frames: list[Frame]):
        """Each frame's report, the frames composed together (remembered: autoplace measures the
        same text around the same photo in every arrangement that sets it so)."""
        key = tuple(frames)
        if key not in self._sets:
            page = replace(self.page, frames=key)
            doc = replace(self.doc, pages=(page,))
            self._sets[key] = {r.frame: r for r in Composer(doc).compose(page).reports}
        return self._sets[key]

    def one(self, frame: Frame):
        r = self._seen.get(frame)
        if r is None:
            r = self._seen[frame] = self.report([frame]).get(frame.id)
        return r

    def lines_needed(self, frame: Frame, limit: int) -> int:
        """The fewest lines with nothing overset (a body chain or caption), at most `limit`."""
        def over(n: int) -> bool:
            return bool(self.one(replace(frame, lines=n)).overset_lines)

        if over(max(1, limit)):
            return max(1, limit) + 1                       # does not fit even in `limit`
        return fewest(over, limit)

    def heading_lines(self, frame: Frame, start: int, limit: int = 12) -> int:
        for n in range(start, limit + 1):
            r = self.one(replace(frame, lines=n))
            if not r.overset_lines and not r.below_min:
                return n
        return limit

    def ranked_heading(self, frame: Frame, start: int, cap: float, floor: float, limit: int = 14,
                       enough: float | None = None) -> tuple[int, float]:
        """Lines for a heading whose headline is as large as possible but no larger than `cap` pt
        (the story's rank) and no smaller than `floor`; with `enough`, the fewest lines that set it
        that large at least (a story under the lead needs no more lines for a size or two more).
        Without `enough` (the lead), of the lines that set the headline its largest, the fewest that
        also set its kicker and deck their largest: a line more rather than a 11 pt kicker over a
        33.5 pt headline, squeezed to leave the headline its lines."""
        fits = []
        subs = {}
        for n in range(start, limit + 1):
            r = self.one(replace(frame, lines=n))
            if not (r.overset_lines or r.below_min or r.size is None):
                fits.append((n, r.size))
                subs[n] = r.sub_size or 0.0
        within = [f for f in fits if floor - 1e-6 <= f[1] <= cap + 1e-6]
        large = [f for f in within if enough is not None and f[1] >= enough - 1e-6]
        if large:
            n = min(f[0] for f in large)
            return n, max(f[1] for f in large if f[0] == n)
        if within:
            size = max(f[1] for f in within)
            largest = [f for f in within if f[1] == size]
            if enough is None:
                sub = max(subs[n] for n, _ in largest)
                largest = [f for f in largest if subs[f[0]] >= sub - 1e-6]
            return min(largest)
        above = [f for f in fits if f[1] >= floor - 1e-6] or fits
        if above:
            size = min(f[1] for f in above)
            return min(f for f in above if f[1] == size)
        n = self.heading_lines(frame, start, limit)
        return n, self.one(replace(frame, lines=n)).size or 0.0


def fewest(over, limit: int) -> int:
    """The fewest lines n in 1…`limit` for which `over(n)` (text runs over at n lines) is false —
    `over` false from some n on; `limit` when it never is."""
    lo, hi = 1, max(1, limit)
    while lo < hi:
        mid = (lo + hi) // 2
        if over(mid):
            lo = mid + 1
        else:
            hi = mid
    return lo
