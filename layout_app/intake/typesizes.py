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
  kicker, the lines under it its deck;
- `wide_blocks`: text a tool took out of a PDF has no sizes, but keeps each line's measure — a page
  lead set across the page stands out from the columns."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from layout_app.intake.pdfcolumns import width
from layout_app.intake.repair import bare as bare_text

_SPACE = re.compile(r"\s+")
SAME = 0.3                  # two sizes within this many points are one size
CAPTION_ENDS = "。！？摄攝"
# a photo's credit where it opens, its spaces gone: 本报记者吴淑芬摄, （汪红梅摄）
_CREDIT_AT = re.compile(r"[（(]?(本报|本報)?(记者|記者|通讯员|通訊員)?[\u4e00-\u9fff·]{2,4}(、[\u4e00-\u9fff·]{2,4})*[摄攝]")
HEADING_LONGEST = 40        # characters: a kicker, headline or deck is never longer (a lead's sentence is)
MIN_RUN = 4                 # characters: a piece of a joined block found in the page's run at least so long
JOINED_RUNS = 4             # a block joined from more runs than this is not looked for
PART = 0.75                 # a kicker or deck is set at most this much of its headline's size (18 / 42, 13.5 / 22.5)


def find_bare(run: str, block: str) -> int | None:
    """Where the block's characters, its white space left out, stand in a page's run (None: not
    found as one run)."""
    bare = _SPACE.sub("", block)
    at = run.find(bare) if bare else -1
    return at if at >= 0 else None


@dataclass
class SizedLines:
    """The page's lines as set, one run of characters in reading order with each character's size."""
    text: str = ""
    sizes: list[float] = field(default_factory=list)
    line_of: list[int] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    body: float = 0.0
    strong: list[bool] = field(default_factory=list)   # each character set in a bold or sans face (pdffaces)
    # each block is looked up several times (its size, a caption's ends, a heading's roles)
    _found: dict[str, int | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, type_sizes: list[tuple]) -> "SizedLines":
        """`type_sizes`: each line's characters (no spaces), the size of each, its page's body size
        (and whether each is set in a bold or sans face, where the reader tells)."""
        out = cls()
        bodies: dict[float, int] = {}
        for k, (chars, each, body, *faces) in enumerate(type_sizes):
            bare = bare_text(chars)
            strong = list(faces[0]) if faces else [False] * len(each)
            if len(bare) != len(each):          # the repairs made a mark of two (...): the line's size
                each = [max(set(each), key=each.count)] * len(bare) if each else [body] * len(bare)
                strong = [all(strong) and bool(strong)] * len(bare)
            out.lines.append(bare)
            out.sizes += each
            out.strong += strong
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

    def places(self, block: str) -> list[int] | None:
        """Where each of the block's characters stands in the page's run: one run, or a few runs from
        apart that the text's guesses joined (a kicker onto the caption pdfium reads far from it);
        None when not found so."""
        at = self.where(block)
        bare = _SPACE.sub("", block)
        if at is not None:
            return list(range(at, at + len(bare)))
        out: list[int] = []
        for _ in range(JOINED_RUNS):
            if len(out) == len(bare):
                break
            rest = bare[len(out):]
            lo, hi = 0, len(rest)            # the longest start of the rest found in the run
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if self.text.find(rest[:mid]) >= 0:
                    lo = mid
                else:
                    hi = mid - 1
            if lo < MIN_RUN and lo < len(rest):
                return None
            start = self.text.find(rest[:lo])
            out += range(start, start + lo)
        return out if len(out) == len(bare) else None

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

    def heading_type(self, block: str) -> bool:
        """Set clearly larger than the body and short: a heading's line (a kicker asking its question,
        出行难？, though it ends as a sentence does); the page lead set larger runs on far longer, and its
        last line ends its sentence."""
        size, bare = self.size(block), _SPACE.sub("", block)
        return (size is not None and size >= self.body + 1 and len(bare) <= HEADING_LONGEST
                and not bare.endswith("。"))     # the end of the lead's sentence

    def small(self, at: int) -> bool:
        """The character at `at` is set smaller than the body: a caption's (or the credits')."""
        return 0 < self.sizes[at] < self.body - SAME

    def caption(self, block: str) -> bool:
        """Set smaller than the body, and ending as a caption does (its stop, or its photo's credit)."""
        at = self.where(block)
        bare = _SPACE.sub("", block)
        return (at is not None and self.small(at) and self.small(at + len(bare) - 1)
                and (bare[-1] in CAPTION_ENDS or bare[-2:] in ("摄）", "攝）", "摄)")))    # （韩浩摄）


def apart_by_size(blocks: list[tuple[str, int]], sized: SizedLines) -> list[tuple[str, int]]:
    """Each block that holds lines of different sizes cut where the size changes, the pieces
    after the first with no blank line before them; blocks not found in the page's run stay whole."""
    out: list[tuple[str, int]] = []
    for text, gap in blocks:
        places = sized.places(text)
        if places is None:
            out.append((text, gap))
            continue
        # the cuts: between two of the page's lines whose sizes differ
        cuts = []
        k = 0                   # index of the bare character in the block
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            at, before = places[k], places[k - 1] if k else None
            if k and at == before + 1 and (sized.size_changes(at) or sized.captions_meet(at)):
                cuts.append(i)
            elif k and at != before + 1 and abs(sized.sizes[at] - sized.sizes[before]) >= SAME:
                cuts.append(i)  # lines the text's guesses joined from apart (a kicker onto a caption)
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


def captions_before_heading(blocks: list[tuple[str, int]], sized: SizedLines) -> list[tuple[str, int]]:
    """Captions pdfium reads between a story's heading lines (its kicker, then the captions of the
    photo over the headline, then the headline) put before the heading: nothing stands inside a
    heading, and the kicker meets its headline again."""
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and sized.caption(out[j][0]):
            j += 1
        if j > i and i > 0 and j < len(out) and sized.heading_type(out[i - 1][0]) and sized.heading_type(out[j][0]):
            top = i - 1
            while top > 0 and sized.heading_type(out[top - 1][0]):
                top -= 1
            captions, heading = out[i:j], out[top:i]
            # the heading keeps the blank line it stood after; the captions stand apart
            out[top:j] = [(captions[0][0], max(captions[0][1], heading[0][1]))] + captions[1:] + \
                [(heading[0][0], max(heading[0][1], 1))] + heading[1:]
        i = max(j, i + 1)
    return out


def heading_hints(blocks: list[tuple[str, int]], sized: SizedLines) -> set[int]:
    """The blocks set as a heading's lines (short, clearly larger than the body, no caption): a kicker
    asking its question (出行难？) is no sentence of the story above it."""
    return {i for i, (t, _) in enumerate(blocks) if sized.heading_type(t) and not sized.caption(t)}


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


# a line set across the page, not in a column: this many column measures wide, and a sentence's worth
WIDE = 2.0
WIDE_LEAST = 24
WIDE_SHARE = 5            # … and the page's text set in columns: at most one line in five that wide


def wide_blocks(blocks: list[tuple[str, int]], lines: list[str], measure: int) -> set[int]:
    """The blocks of a printed page's text holding a line set much wider than its columns (the page
    lead set across the page, 36 characters a line over columns of 13): the measure a paragraph is
    set to tells the page's lead from a story's column text when the text has no type sizes."""
    wide = [bare_text(l) for l in lines if width(l.strip()) >= max(WIDE * measure, WIDE_LEAST)]
    if len(wide) * WIDE_SHARE > sum(1 for l in lines if l.strip()):
        return set()            # paragraphs a line each (copy with a few words broken): no columns to stand out from
    return {k for k, (text, _) in enumerate(blocks)
            if any(find_bare(bare_text(text), line) is not None for line in wide if line)}
