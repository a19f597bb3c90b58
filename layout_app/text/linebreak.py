"""The Chinese line breaker: where each line of a paragraph ends (typesetting.md §1).

Works on the units of `segment`, in em. A line takes as many units as fit at their natural width.
If the break there is prohibited (避头尾), push-in first: squeeze the line's adjustable blanks to
take the next units; then push-out: move units down to the next line. Orphan control pulls a
character down when a paragraph would end on a line holding a single Han character.
A justified paragraph's loose line — one cut short because what follows may not start or end a
line there (a number, a Latin word, 克/立方米), or by orphan control — takes units from the lines
above it, as a compositor re-breaks a few lines back rather than letter-space one (`_even_out`);
before that, a line that an allowed break would leave loose takes the number or word after it in
when its blanks squeeze enough (`_squeeze_in`) — the first line of a paragraph has no lines above.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from layout_app.text.punct import K_HAN, K_LATIN, SQ_BRACKET, SQ_COMMA, SQ_STOP
from layout_app.text.segment import Units

EPS = 1e-9
MIN_SPACE = 0.25     # a Latin word space squeezes to ¼ em
MIN_CJK_GAP = 0.125  # the CJK–Latin gap squeezes to ⅛ em
PUSH_IN_REACH = 4    # how many units push-in may try to take into a line
LOOSE = 0.2          # em of stretch a gap: a line looser than this reads letter-spaced; it is re-broken from above
REACH = 4            # how many units back each break above a loose line may move
MOVED = 1e-6         # a break moved costs a hair: lines stay as broken unless that helps


class Breaker:
    """Breaks one paragraph's units into lines for a measure (em)."""

    def __init__(self, u: Units, hanging: bool = False, orphan_control: bool = True,
                 squeeze_stops: bool = False, even_out: bool = False, squeeze_in: bool = False):
        self.u = u
        self.even_out = even_out
        self.squeeze_in = squeeze_in
        self.hanging = hanging
        self.orphan_control = orphan_control
        self.squeeze_stops = squeeze_stops
        # prefix[k] = sum of width[m] + gap[m] for m < k; the width of units i..j-1 on one line
        # is prefix[j] - prefix[i] - gap[i].
        self.prefix = [0.0, *accumulate(w + g for w, g in zip(u.width, u.gap))]

    def natural(self, i: int, j: int) -> float:
        """Width of units i..j-1 as one line: trailing spaces vanish, a line-end mark is ½ em."""
        u = self.u
        w = self.prefix[j] - self.prefix[i] - u.gap[i]
        m = j - 1
        while m > i and u.trails[m]:
            w -= u.width[m] + u.gap[m]
            m -= 1
        return w - u.br[m]

    def squeezable(self, i: int, j: int) -> float:
        """How much the line i..j-1 can give up by squeezing (push-in)."""
        u = self.u
        total = 0.0
        m = j - 1
        while m > i and u.trails[m]:
            m -= 1
        for k in range(i, m + 1):
            sq = u.sq[k]
            if sq == SQ_BRACKET:
                # a line-start opening bracket keeps its blank: the line starts on the grid
                total += (u.bl[k] if k > i else 0.0) + (u.br[k] if k < m else 0.0)
            elif sq == SQ_COMMA or (sq == SQ_STOP and self.squeeze_stops):
                total += u.br[k] if k < m else 0.0
            elif u.is_space[k]:
                total += max(0.0, u.width[k] - MIN_SPACE)
            if k > i and u.cjgap[k]:
                total += max(0.0, u.gap[k] - MIN_CJK_GAP)
        return total

    def _hangable(self, k: int) -> bool:
        u = self.u
        return u.end[k] - u.start[k] == 1 and u.sq[k] in (SQ_COMMA, SQ_STOP)

    def break_lines(self, measure: float, first_measure: float | None = None) -> list[tuple[int, int, bool]]:
        """[(first unit, end unit, hangs)] for each line. `first_measure` is the first line's
        measure when it differs (first-line indent)."""
        return self.break_lines_at((measure,) if first_measure is None else (first_measure, measure))

    def break_lines_at(self, measures: tuple[float, ...]) -> list[tuple[int, int, bool]]:
        """The same with one measure per line, the last one repeated (text wrap narrows the lines
        beside a photo; the first-line indent is already taken off the first)."""
        u = self.u
        n = len(u)
        prefix = self.prefix
        breakable = u.breakable
        lines: list[tuple[int, int, bool]] = []
        i = 0
        last = len(measures) - 1
        while i < n:
            wm = measures[min(len(lines), last)]
            # the largest j whose raw width fits; line-end trimming can only let more in
            j = bisect_right(prefix, prefix[i] + u.gap[i] + wm + EPS) - 1
            if j <= i:
                j = i
            while j < n and self.natural(i, j + 1) <= wm + EPS:
                j += 1
            hang = False
            if j >= n:
                j = n
            elif j == i:
                j = i + 1  # a single unit wider than the measure: set it overfull
            elif not breakable[j]:
                j, hang = self._resolve(i, j, wm)
            elif self.squeeze_in:
                j = self._squeeze_in(i, j, wm)
            lines.append((i, j, hang))
            i = j
        if self.orphan_control and len(lines) >= 2:
            self._pull_down_orphan(lines, measures[min(len(lines) - 1, last)])
        if self.even_out and len(lines) >= 3:
            self._even_out(lines, measures)    # after: a pulled-down orphan leaves the line above loose
        return lines

    def _resolve(self, i: int, j: int, wm: float) -> tuple[int, bool]:
        """The break at j is prohibited: hang, push in, or push out."""
        u = self.u
        n = len(u)
        if self.hanging and self._hangable(j) and (j + 1 >= n or u.breakable[j + 1]):
            return j + 1, True
        # push-in: take following units while the squeezed line still fits
        for jj in range(j + 1, min(n, j + PUSH_IN_REACH) + 1):
            if self.natural(i, jj) - self.squeezable(i, jj) > wm + EPS:
                break
            if jj >= n or u.breakable[jj]:
                return jj, False
        # push-out: move units down until the break is allowed
        for jj in range(j - 1, i, -1):
            if u.breakable[jj]:
                return jj, False
        return j, False  # no allowed break anywhere on the line: break where it is full

    def _squeeze_in(self, i: int, j: int, wm: float) -> int:
        """An allowed break that leaves a justified line loose — a number or Latin word too wide
        for its end — takes that unit in when the line's blanks squeeze enough to hold it (the
        squeeze order of typesetting.md §3): a line squeezed by its comma reads better than one
        letter-spaced by a quarter em."""
        if j - i < 2 or (self.prefix[j] - self.prefix[i]) <= 0.0:
            return j
        if (wm - self.natural(i, j)) / (j - i - 1) <= LOOSE:
            return j
        u = self.u
        n = len(u)
        for jj in range(j + 1, min(n, j + PUSH_IN_REACH) + 1):
            if self.natural(i, jj) - self.squeezable(i, jj) > wm + EPS:
                break
            if jj >= n or u.breakable[jj]:
                return jj
        return j

    def _stretch(self, i: int, j: int, wm: float) -> float:
        """Em of stretch each gap of the line i..j-1 takes when justified (0 when squeezed)."""
        return max(0.0, wm - self.natural(i, j)) / max(1, j - i - 1)

    def _even_out(self, lines: list[tuple[int, int, bool]], measures: tuple[float, ...]) -> None:
        """Where a justified line is looser than `LOOSE`, the breaks above it move back a few units
        each (`REACH`) to share its room: the breaks chosen minimise the sum of each line's stretch
        cubed (a paragraph-wide fit, as a compositor re-breaks a few lines rather than letter-space
        one). The number of lines stays, only allowed breaks are used; the lines under the last
        loose one, the last line (its orphan control done) and a paragraph with a hanging mark are
        left alone."""
        n_lines = len(lines)
        last = len(measures) - 1
        wm = [measures[min(k, last)] for k in range(n_lines)]
        if any(h for _, _, h in lines):
            return
        natural = self.natural
        as_broken = []                          # each line's stretch a gap as broken (inline: hot)
        for k in range(n_lines - 1):
            i, j, _ = lines[k]
            room = wm[k] - natural(i, j)
            as_broken.append(room / (j - i - 1) if room > 0.0 and j - i > 1 else 0.0)
        loose = [k for k in range(1, n_lines - 1) if as_broken[k] > LOOSE]
        if not loose:
            return
        top = loose[-1]                         # breaks down to this line's start may move
        greedy = [i for i, _, _ in lines]      # each line's first unit as broken greedily
        breakable = self.u.breakable
        # cost[t][p]: least cost of lines 0..t-1 with line t starting at unit p; back[t][p]: line t-1's start
        cost: list[dict[int, float]] = [{0: 0.0}]
        back: list[dict[int, int]] = [{}]
        for t in range(1, top + 2):
            g = greedy[t]
            starts = [g] if t == top + 1 else \
                [g] + [p for p in range(g - 1, max(greedy[t - 1], g - REACH - 1), -1) if breakable[p]]
            here: dict[int, float] = {}
            came: dict[int, int] = {}
            w = wm[t - 1]
            for p in starts:
                for q, c in cost[t - 1].items():
                    if q == greedy[t - 1] and p == g:
                        line = as_broken[t - 1] ** 3
                    elif p - q < 2 or natural(q, p) > w + EPS:
                        continue
                    else:
                        line = self._stretch(q, p, w) ** 3
                    c += line + (0.0 if p == g else MOVED)
                    if p not in here or c < here[p]:
                        here[p], came[p] = c, q
            if not here:
                return
            cost.append(here)
            back.append(came)
        p = greedy[top + 1]
        for t in range(top + 1, 0, -1):         # follow the choices back up
            q = back[t][p]
            lines[t - 1] = (q, p, False)
            p = q

    def _pull_down_orphan(self, lines: list[tuple[int, int, bool]], measure: float) -> None:
        """`measure`: the last line's, which takes a unit from the line above."""
        u = self.u
        n = len(u)
        li, lj, _ = lines[-1]
        # an orphan: one Han character, alone or with single punctuation marks (not ……, a number…)
        han = 0
        for k in range(li, lj):
            if u.lk[k] == K_HAN:
                han += 1
            elif u.end[k] - u.start[k] > 1 or u.lk[k] == K_LATIN:
                return
        if han != 1:
            return
        pi, pj, _ = lines[-2]
        # the line above must keep at least two units, or it could not be justified
        for jj in range(pj - 1, max(pi + 1, pj - 3), -1):
            if u.breakable[jj] and self.natural(jj, n) <= measure + EPS:
                lines[-2] = (pi, jj, False)
                lines[-1] = (jj, n, False)
                return
