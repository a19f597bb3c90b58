"""A printed page's paragraphs as its indents set them, for the import of its .pdf: pdfcopy gives
each paragraph's first line its indent (two full-width spaces, read from the characters' boxes), so
where the text alone must guess whether a line that ends a sentence ends its paragraph, the page says:
- a block that holds a line set with the indent inside it is two paragraphs there (a byline's second
  line run into the paragraph under it: '实习生 叶淑珍' + '　　近日，…');
- a line of the body's size set without the indent right after the block before it goes on in it:
  a quote's attribution after its closing mark ('…热闹的戏了。”' / '宋大爷笑着说。'), a byline's
  second line ('本报记者 韩婷' / '实习生 叶淑珍', a space between) — never across a heading or a
  caption, which stand between in the page's order, and never a byline or the page's credits
  (本版编辑：…) onto running text."""
from __future__ import annotations

import re

from layout_app.intake.structure import CREDIT
from layout_app.intake.repair import HEADING_MAX, ends_sentence
from layout_app.intake.repair import bare as bare_text
from layout_app.intake.typesizes import _SPACE, SizedLines, find_bare

INDENT = "\u3000\u3000"
_BYLINE = re.compile(r"^(本报|本報)?(记者|記者|通讯员|通訊員|实习生|實習生|见习记者|特约记者)")


class SetLines:
    """The page's lines as pdfcopy gives them, one run of characters, and whether the line starting
    at each place in it is indented."""

    def __init__(self, lines: list[str]):
        parts, self.indented = [], {}
        at = 0
        for line in lines:
            bare = bare_text(line)
            if not bare:
                continue
            parts.append(bare)
            self.indented[at] = line.startswith(INDENT)
            at += len(bare)
        self.text = "".join(parts)

    def where(self, block: str) -> int | None:
        return find_bare(self.text, block)


def _body(sized: SizedLines, at: int) -> bool:
    return abs(sized.sizes[at] - sized.body) < 0.3


def paragraphs_by_indent(blocks: list[tuple[str, int]], lines: list[str], sized: SizedLines) -> list[tuple[str, int]]:
    """The blocks cut at the paragraphs' indented first lines and joined where a line set without
    the indent goes on from the block before (see the module's text). Blocks not found stay as they are."""
    page = SetLines(lines)
    cut: list[tuple[str, int]] = []
    for text, gap in blocks:
        at = page.where(text)
        pos = sized.where(text)
        if at is None or pos is None:
            cut.append((text, gap))
            continue
        starts, k = [], 0
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            if k and page.indented.get(at + k) and _body(sized, pos + k):
                starts.append(i)
            k += 1
        begin = 0
        for s in starts + [len(text)]:
            if text[begin:s].strip():
                cut.append((text[begin:s].strip(), gap if begin == 0 else 0))
            begin = s
    out: list[tuple[str, int]] = []
    ends: dict[int, int] = {}   # where a block out ends in the page's run → its index in out
    for text, gap in cut:
        at = page.where(text)
        pos = sized.where(text)
        k = ends.pop(at, None) if at is not None else None
        # (the block it goes on from may stand further up: the text's guesses moved this line away —
        # a short sentence under a line that runs off read as a caption)
        if (k is not None and not page.indented.get(at, True) and pos is not None and _body(sized, pos)
                and (prev := sized.where(out[k][0])) is not None
                and _body(sized, prev + len(_SPACE.sub("", out[k][0])) - 1)
                and not CREDIT.search(text) and (not _BYLINE.match(text) or _BYLINE.match(out[k][0]))):
            before = out[k][0]
            space = " " if _BYLINE.match(before) and _BYLINE.match(text) else ""
            out[k] = (before + space + text, out[k][1])
        else:
            out.append((text, gap))
            k = len(out) - 1
        if at is not None:
            start = page.where(out[k][0])
            if start is not None:
                ends[start + len(_SPACE.sub("", out[k][0]))] = k
    return out


# copy as a reporter types it: each paragraph opens on an indent (two full-width spaces, spaces or a tab)
TYPED_INDENT = re.compile(r"^(\u3000| {2,}|\t)+\S")
INDENTED_SHARE = 0.8        # of the copy's paragraph-long lines, at least this share indented
# … and to take an indented line as a paragraph's opening, half: a desk's copy leaves its 本报讯 openings
# flush, yet each line it indents still opens a paragraph (never the rest of a deck cut short above it)
OPENS_SHARE = 0.5
PARAGRAPH_LONG = 45         # characters: a line this long is running text, not a heading or a caption


def _indents_paragraphs(lines: list[str], share: float = INDENTED_SHARE) -> bool:
    long = [l for l in lines if len(l.strip()) > PARAGRAPH_LONG]
    return len(long) >= 3 and sum(1 for l in long if TYPED_INDENT.match(l)) >= share * len(long)


def typed_openings(lines: list[str]) -> frozenset[int]:
    """In copy whose paragraphs open on an indent, the lines that do: each opens a paragraph (a subhead
    typed as one too, '　　名校带新校'), never the rest of the line above. Empty where the copy indents
    nothing, or in less than half its paragraphs."""
    if not _indents_paragraphs(lines, OPENS_SHARE):
        return frozenset()
    return frozenset(i for i, l in enumerate(lines) if TYPED_INDENT.match(l))


# a line typed pushed to the right, flush right as the page is to print it: a piece's sign-off (落款) —
# the notice's issuer and its date, a commentary's pen name '晓　风' — eight ems of space or more before
# a short line
PUSHED = re.compile(r"^(?:[\u3000\t]| {2}){8,}(?P<text>\S.{0,29})$")


# … or typed flush in brackets right under the piece's last line: a 手记's pen name '（溪　言）'
SIGNED_PEN = re.compile(r"^[（(][\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,3}[）)]$")


def sign_off_lines(lines: list[str]) -> frozenset[int]:
    """The lines of copy as typed that sign a piece off: pushed right (`PUSHED`), or a pen name in
    brackets under a line of text (`SIGNED_PEN`): each a paragraph of its own, the piece's — never a
    heading of the next story nor the page's banner (the reviewer's '（溪　言）' was set as the page's banner)."""
    return frozenset(i for i, l in enumerate(lines) if PUSHED.match(l.rstrip())
                     or i and lines[i - 1].strip() and SIGNED_PEN.match(l.strip()))


def decks_over_openings(lines: list[str], opens: frozenset[int]) -> frozenset[int]:
    """The lines set flush under a heading line, a comma inside and no sentence end, right over a line
    the copy's indent opens (`typed_openings`): a deck whole ('今年已完成改造项目十二个，群众满意度达
    百分之九十六' under the banner, the page lead indented under it) — no sentence cut short, for nothing
    goes on from it."""
    full = [i for i, l in enumerate(lines) if l.strip()]
    out = set()
    for before, i, after in zip(full, full[1:], full[2:]):
        text, above = lines[i].strip(), lines[before].strip()
        if (after in opens and i not in opens and before not in opens and len(text) <= HEADING_MAX
                and any(p in text for p in "，、") and not ends_sentence(text) and not text.endswith(("：", ":"))
                and len(above) <= HEADING_MAX and not ends_sentence(above) and not above.endswith(("：", ":"))):
            out.add(i)
    return frozenset(out)


def block_indents(blocks: list[tuple[str, int]], lines: list[str]) -> list[bool | None] | None:
    """In copy whose paragraphs open on an indent, whether each block's first line is indented (None: not
    found in the lines). None where the copy indents nothing, or not consistently."""
    if not _indents_paragraphs(lines):
        return None
    parts, indented, at = [], {}, 0
    for line in lines:
        bare = bare_text(line)
        if bare:
            parts.append(bare)
            indented[at] = bool(TYPED_INDENT.match(line))
            at += len(bare)
    run = "".join(parts)
    return [indented.get(find_bare(run, bare_text(text))) for text, _ in blocks]


def flush_blocks(blocks: list[tuple[str, int]], lines: list[str]) -> frozenset[int]:
    """In copy whose paragraphs open on an indent, the blocks whose first line is set flush: headings,
    captions, bylines, credits — no paragraph of running text (a caption typed after its story's last
    paragraph, one blank line apart as every paragraph is, still stands apart by that). Empty where
    the copy indents nothing, or not consistently."""
    indents = block_indents(blocks, lines)
    return frozenset(k for k, ind in enumerate(indents or ()) if ind is False)
