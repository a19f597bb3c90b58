"""What a printed page's type sizes tell the import of its PDF (pdfcopy reads each line's size):
the text alone cannot tell a kicker from its headline, nor a caption from the headline set under its
photo, once extraction has run them together; the sizes can. 引题 and 副题 are set smaller than their
主题; a caption smaller than the body; kicker, headline and deck never share a size.

- `apart_by_size`: a block of the repaired copy that runs lines of different sizes together (a
  kicker glued to its headline, a caption and its credit run into the headline under the photo) is
  cut where the size changes;
- `SizedLines`: each block's type size, for structure detection — a line set smaller than the body
  ending as a caption does is a photo's caption wherever it stands (under a headline too);
- `heading_roles`: in one story's heading the largest line is the headline, the lines over it its
  kicker, the lines under it its deck."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from layout_app.intake.repair import fullwidth_punctuation, tidy_spaces

_SPACE = re.compile(r"\s+")
SAME = 0.3                  # two sizes within this many points are one size
CAPTION_ENDS = "。！？摄攝"
# a photo's credit where it opens, its spaces gone: 本报记者吴淑芬摄, （汪红梅摄）
_CREDIT_AT = re.compile(r"[（(]?(本报|本報)?(记者|記者|通讯员|通訊員)?[\u4e00-\u9fff·]{2,4}(、[\u4e00-\u9fff·]{2,4})*[摄攝]")
PART = 0.75                 # a kicker or deck is set at most this much of its headline's size (18 / 42, 13.5 / 22.5)


def find_bare(run: str, block: str) -> int | None:
    """Where the block's characters, its white space left out, stand in a page's run (None: not
    found as one run)."""
    bare = _SPACE.sub("", block)
    at = run.find(bare) if bare else -1
    return at if at >= 0 else None


def _bare(text: str) -> str:
    """The text as the import's blocks hold it, without its white space (the only thing the repairs
    before structure detection add or take away)."""
    return _SPACE.sub("", fullwidth_punctuation(tidy_spaces(text)))


@dataclass
class SizedLines:
    """The page's lines as set, one run of characters in reading order with each character's size."""
    text: str = ""
    sizes: list[float] = field(default_factory=list)
    line_of: list[int] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    body: float = 0.0
    # each block is looked up several times (its size, a caption's ends, a heading's roles)
    _found: dict[str, int | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, type_sizes: list[tuple[str, list[float], float]]) -> "SizedLines":
        """`type_sizes`: each line's characters (no spaces), the size of each, its page's body size."""
        out = cls()
        bodies: dict[float, int] = {}
        for k, (chars, each, body) in enumerate(type_sizes):
            bare = _bare(chars)
            if len(bare) != len(each):          # the repairs made a mark of two (...): the line's size
                each = [max(set(each), key=each.count)] * len(bare) if each else [body] * len(bare)
            out.lines.append(bare)
            out.sizes += each
            out.line_of += [k] * len(bare)
            bodies[body] = bodies.get(body, 0) + len(bare)
        out.text = "".join(out.lines)
        out.body = max(bodies, key=bodies.get) if bodies else 0.0
        return out

    def where(self, block: str) -> int | None:
        """Where the block's characters stand in the page's run (None: not found as one run)."""
        if block not in self._found:
            self._found[block] = find_bare(self.text, block)
        return self._found[block]

    def size(self, block: str) -> float | None:
        """The size most of the block's characters are set in (None: the block is not found)."""
        at = self.where(block)
        if at is None:
            return None
        n = len(_SPACE.sub("", block))
        sizes = self.sizes[at:at + n]
        return max(set(sizes), key=sizes.count)

    def size_changes(self, at: int) -> bool:
        """The type changes size before the character at `at`: at a line's start, or inside a line
        that pdfium reads as one (a headline and the deck set beside it) when two characters or more
        stand each side."""
        if abs(self.sizes[at] - self.sizes[at - 1]) < SAME:
            return False
        if self.line_of[at] != self.line_of[at - 1]:
            return True
        line = self.line_of[at]
        return (at >= 2 and self.line_of[at - 2] == line and abs(self.sizes[at - 2] - self.sizes[at - 1]) < SAME
                and at + 1 < len(self.sizes) and self.line_of[at + 1] == line
                and abs(self.sizes[at + 1] - self.sizes[at]) < SAME)

    def captions_meet(self, at: int) -> bool:
        """Two captions run together at `at` (of photos side by side, pdfium reads them as one line;
        or one line each): both set small, the first ending with its stop — and no photo's credit
        opens at `at`, which goes with the caption before it (…认真阅读。 本报记者 周航 摄) — or with
        its credit (…摄, …摄）)."""
        if not (self.small(at) and self.small(at - 1)):
            return False
        prev = self.text[at - 1]
        if (prev in "摄攝" and self.text[at] not in "）)") or (prev in "）)" and at >= 2 and self.text[at - 2] in "摄攝"):
            return True
        return prev in "。！？" and not _CREDIT_AT.match(self.text, at)

    def body_type(self, block: str) -> bool:
        """The block is set in the body's size (False: not found, or another size)."""
        size = self.size(block)
        return size is not None and abs(size - self.body) < SAME

    def small(self, at: int) -> bool:
        """The character at `at` is set smaller than the body: a caption's (or the credits')."""
        return 0 < self.sizes[at] < self.body - SAME

    def caption(self, block: str) -> bool:
        """Set smaller than the body, and ending as a caption does (its stop, or its photo's credit)."""
        at = self.where(block)
        bare = _SPACE.sub("", block)
        return at is not None and self.small(at) and self.small(at + len(bare) - 1) and bare[-1] in CAPTION_ENDS


def apart_by_size(blocks: list[tuple[str, int]], sized: SizedLines) -> list[tuple[str, int]]:
    """Each block that holds lines of different sizes cut where the size changes, the pieces
    after the first with no blank line before them; blocks not found in the page's run stay whole."""
    out: list[tuple[str, int]] = []
    for text, gap in blocks:
        at = sized.where(text)
        if at is None:
            out.append((text, gap))
            continue
        # the cuts: between two of the page's lines whose sizes differ
        cuts = []
        k = 0                   # index of the bare character in the block
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            if k and (sized.size_changes(at + k) or sized.captions_meet(at + k)):
                cuts.append(i)
            k += 1
        if not cuts:
            out.append((text, gap))
            continue
        start = 0
        for cut in cuts + [len(text)]:
            piece = text[start:cut].strip()
            if piece:
                out.append((piece, gap if start == 0 else 0))
            start = cut
    return out


def heading_roles(lines: list[str], sized: SizedLines) -> tuple[str | None, str, str | None] | None:
    """One story's heading lines → (kicker, headline, deck) by their sizes: the largest is the
    headline, the lines over it its kicker, the lines under it its deck. None when a line's size is
    not known, or two lines are of a headline's weight — the largest size, or near it: a page banner
    over the first story's headline (42 / 33.5 pt) — the text decides then."""
    sizes = [sized.size(l) for l in lines]
    if not lines or any(s is None for s in sizes):
        return None
    top = max(sizes)
    heads = [k for k, s in enumerate(sizes) if abs(s - top) < SAME]
    if any(s > PART * top for s in sizes if abs(s - top) >= SAME) or heads != list(range(heads[0], heads[-1] + 1)):
        return None         # two lines of a headline's weight: a banner over a headline, two headlines
    # (a headline set in two lines of its size, one under the other: one headline, a space where the
    # break may be the copy's pause — as pdfcopy joins the lines it finds one under the other)
    from layout_app.intake.headings import at_pause
    headline = lines[heads[0]]
    for k in heads[1:]:
        headline += (" " if at_pause(headline.rstrip(), lines[k].strip()) else "") + lines[k].strip()
    return (" ".join(lines[:heads[0]]) or None, headline, " ".join(lines[heads[-1] + 1:]) or None)


def heading_groups(lines: list[str], sized: SizedLines) -> list[list[str]] | None:
    """A run of heading lines holding two headlines or more — lines near the run's largest size, or
    set well larger than the lines beside them (a page banner over a story's headline, 42 / 33.5 pt;
    two stories' headlines) — cut into one heading each: the lines between
    two headlines go with the lower one as its kicker, but a dash deck (and what follows it) with the
    upper one. None when a line's size is not known or the run holds one headline at most."""
    sizes = [sized.size(l) for l in lines]
    if len(lines) < 2 or any(s is None for s in sizes):
        return None
    top = max(sizes)
    # a headline's weight: near the run's largest size (a kicker or deck is set well smaller), or
    # well larger than the lines beside it; a headline in two lines of one size is one
    weight = [k for k, s in enumerate(sizes) if s >= PART * top
              or all(sizes[m] <= PART * s for m in (k - 1, k + 1) if 0 <= m < len(sizes))]
    peaks = [k for k in weight if not (k - 1 in weight and abs(sizes[k - 1] - sizes[k]) < SAME)]
    if len(peaks) < 2:
        return None
    groups, start = [], 0
    for a, b in zip(peaks, peaks[1:]):
        cut = a + 1
        while cut < b and lines[cut].lstrip().startswith(("——", "—", "－－", "--")):
            cut += 1            # the upper headline's deck
        groups.append(lines[start:cut])
        start = cut
    groups.append(lines[start:])
    return groups
