"""小标题: the subheads a long story's text is cut into ('从“有学上”到“上好学”', '一、名校带新校',
'■下一步'). A reporter types them as paragraphs of their own inside the story — indented as its
paragraphs are, or marked with a number, a block or brackets (Markdown's ### under the story's ##:
`copyfile`) — with no byline, dateline or wider gap after them: they are the story's, never a new
story's headline (which copy sets flush, a gap before it, and opens on its byline or 本报讯). Copy as it
arrives only: a printed page's text has lost the indents."""
from __future__ import annotations

import re

from layout_app.intake.indents import PARAGRAPH_LONG, block_indents
from layout_app.intake.repair import DATELINE, DATELINE_OPENS, SUBHEAD_MARK, TERMINAL
from layout_app.intake.structure import BYLINE, CREDIT, SIGNATURE

SUBHEAD_MAX = 20      # characters: a subhead is a phrase or two, never a sentence's length
# a subhead ends no sentence, no clause and opens none of a paragraph's or a quote's marks
_ENDS = tuple("。！？!?…；;，,：:、")


# a line of dialogue: a quote with its speaker ('“留着吧，”她说，“你爷爷做的。”'), or a quoted sentence
# with its full stop — a subhead may quote a question ('一楼二楼：“我们得到了什么？”'), never end a sentence
_SPEECH = re.compile(r"[”」][^“「”」]{1,8}(?:说|道|问|讲|告诉|回答)|[。!！…][”」]$")


def _short_phrase(text: str) -> bool:
    bare = re.sub(r"\s", "", text)
    return (2 <= len(bare) <= SUBHEAD_MAX and not bare.endswith(_ENDS) and not _SPEECH.search(bare)
            and not SIGNATURE.match(bare)
            and not BYLINE.match(text.strip()) and not CREDIT.search(text))


def _running_text(text: str) -> bool:
    """A paragraph of the story's text: long, or a sentence with its stop (a headline's closing quote
    is none: '…游客点赞“惠万家”')."""
    t = text.strip()
    return len(t) > PARAGRAPH_LONG or (len(t) > SUBHEAD_MAX and bool(re.search(r"[。！？…][”」]?$", t)))


def _opens_story(text: str) -> bool:
    t = text.strip()
    return bool(DATELINE.match(t) or DATELINE_OPENS.match(t) or BYLINE.match(t))


def subhead_blocks(blocks: list[tuple[str, int]], lines: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """The blocks that are a story's subheads: a short phrase with no stop between two paragraphs of its
    running text — the one under it opening on no byline or dateline, no more blank lines before the
    phrase than before that paragraph — and set as the story's paragraphs are, indented (where the copy
    indents its paragraphs and sets its headings flush) or marked with its number, a block or brackets.
    In copy that indents nothing, unmarked ones only two or more in a story with its byline or dateline
    (`_in_reported_story`: said, for the editor to check). Returns (all of them, the unmarked ones)."""
    indents = block_indents(blocks, lines)
    flush_heads = indents is not None and False in indents
    out, plain = set(), []
    for k in range(1, len(blocks) - 1):
        text, gap = blocks[k]
        below, below_gap = blocks[k + 1]
        if not (_short_phrase(text) and _running_text(blocks[k - 1][0]) and _running_text(below)
                and not _opens_story(below) and gap <= below_gap):
            continue
        if SUBHEAD_MARK.match(text.strip()) or (flush_heads and indents[k] and indents[k + 1] and indents[k - 1]):
            out.add(k)
        elif indents is None:
            plain.append(k)
    guessed = frozenset(_in_reported_story(blocks, plain, out))
    return frozenset(out) | guessed, guessed


def _in_reported_story(blocks: list[tuple[str, int]], plain: list[int], marked: set[int]) -> list[int]:
    """Of the unmarked candidates, those two or more in a row (only the story's text and its marked
    subheads between them; a marked one counts) under a story that opens on its byline or dateline: a
    feature's subheads — a brief under a story has its own byline or 本报讯, and one lone phrase may as
    well be a story's headline."""
    runs: list[list[int]] = []
    for k in sorted(set(plain) | marked):
        if runs and all(_running_text(blocks[j][0]) or j in marked for j in range(runs[-1][-1] + 1, k)):
            runs[-1].append(k)
        else:
            runs.append([k])
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        j = run[0] - 1
        while j >= 0 and _running_text(blocks[j][0]):
            j -= 1
        # the story's opening: its byline over its text, or its text opening on its dateline
        if (j >= 0 and BYLINE.match(blocks[j][0].strip())) or _opens_story(blocks[j + 1][0]):
            out += [k for k in run if k not in marked]
    return out


def mark_subheads(page, texts: set[str], guessed: set[str] = frozenset()) -> list[tuple[str, list[str]]]:
    """Each story's paragraphs that are the subheads found (by their text), as `StoryParts.subheads`;
    returns each story's headline with the subheads only their place in it tells (`guessed`), to be said."""
    said = []
    if not texts:
        return said
    for story in page.stories:
        story.subheads = [j for j, p in enumerate(story.paragraphs) if p.strip() in texts]
        if unsure := [story.paragraphs[j] for j in story.subheads if story.paragraphs[j].strip() in guessed]:
            said.append((story.headline, unsure))
    return said


def printed_subheads(blocks: list[tuple[str, int]], measure: int) -> frozenset[int]:
    """A printed page's 小标题, from its text (pdftotext, pypdfium2): the indents and the centring are
    gone, so a short phrase with no stop that fits one line of the column, between two paragraphs of
    running text — the one under it right under it, no blank line between, opening on no byline or
    dateline (a headline a caption parted from its text is no subhead) — two or more of them in a row
    under a story that opens on its byline or dateline (`_in_reported_story`): a story with no byline
    under another's text has one headline, not two, and a brief has its own 本报讯. A new story's
    blank line before its headline tells nothing here: pdftotext sets one before the subhead too."""
    plain = []
    for k in range(1, len(blocks) - 1):
        text = blocks[k][0]
        if (_short_phrase(text) and len(re.sub(r"\s", "", text)) <= measure and _running_text(blocks[k - 1][0])
                and _running_text(blocks[k + 1][0]) and not _opens_story(blocks[k + 1][0]) and blocks[k + 1][1] == 0):
            plain.append(k)
    return frozenset(_in_reported_story(blocks, plain, set()))


# a printed page's 小标题 read with its type (pdfcopy: each character's size and whether its face is
# bold or a sans): set larger than the body but smaller than any headline (小四–四号 over 小五–五号 text),
# or at the body's size in a heading face
SUBHEAD_SIZE_MOST = 14.0       # pt: 四号; a brief's headline is 小三 (15) or larger
SUBHEAD_SIZE_SHARE = 1.6       # … and at most this much of the body's size
SUBHEAD_PRINTED_LINES = 2      # page lines a printed subhead takes at most (a long one broken at its pause)
_MARKS = "”’：，？！、；"       # full-width marks whose own blank is the pause: no space beside them


def _lines_of(sized, text: str) -> list[list[int]] | None:
    """The block's characters (their places in the page's run) line by line, as the page sets them."""
    places = sized.places(text)
    if places is None:
        return None
    out: list[list[int]] = []
    for at in places:
        if out and sized.line_of[at] == sized.line_of[out[-1][-1]] and at == out[-1][-1] + 1:
            out[-1].append(at)
        else:
            out.append([at])
    return out


def _heading_face_line(sized, line: list[int]) -> bool:
    """A page line wholly in a heading face (bold or sans) at the body's size, as short as a subhead."""
    return (bool(sized.strong) and len(line) <= SUBHEAD_MAX and all(sized.strong[at] for at in line)
            and all(abs(sized.sizes[at] - sized.body) < 0.3 for at in line))


def _subhead_type(sized, text: str) -> bool:
    """Set as a printed subhead is: in one or two page lines, larger than the body but no headline's
    size, or at the body's size wholly in a heading face — and no caption."""
    lines = _lines_of(sized, text)
    size = sized.size(text)
    if not lines or size is None or len(lines) > SUBHEAD_PRINTED_LINES or sized.caption(text):
        return False
    if sized.body + 0.3 <= size <= min(SUBHEAD_SIZE_MOST, SUBHEAD_SIZE_SHARE * sized.body):
        return True
    return all(_heading_face_line(sized, line) for line in lines)


def _apart(text: str, cuts: list[int]) -> list[str]:
    out, start = [], 0
    for cut in cuts + [len(text)]:
        if text[start:cut].strip():
            out.append(text[start:cut].strip())
        start = cut
    return out


def _faces_apart(blocks: list[tuple[str, int]], sized) -> list[tuple[str, int]]:
    """Each block cut around a run of page lines set wholly in a heading face at the body's size among
    lines of the body's face — a short phrase with no stop, opening the block or after a paragraph's
    end: a subhead the page sets in the body's size but bold or sans, which the text ran onto the
    sentence above it ('…三道坎。' + '一楼二楼：“我们得到了什么？”'). A bold phrase inside a paragraph
    (a line of it wholly bold) stops no sentence before it, and is no short phrase: not cut."""
    out: list[tuple[str, int]] = []
    for text, gap in blocks:
        lines = _lines_of(sized, text)
        if not lines or len(lines) < 2:
            out.append((text, gap))
            continue
        strong = [_heading_face_line(sized, line) for line in lines]
        # the offset in `text` where each page line starts
        starts, k, n, first = [], 0, 0, 0
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            if n < len(lines) and k == first:
                starts.append(i)
                first += len(lines[n])
                n += 1
            k += 1
        starts.append(len(text))
        cuts = []
        m = 0
        while m < len(lines):
            if not strong[m]:
                m += 1
                continue
            end = m
            while end + 1 < len(lines) and strong[end + 1]:
                end += 1
            before = text[:starts[m]].strip()
            if (0 < m or end + 1 < len(lines)) and _short_phrase(text[starts[m]:starts[end + 1]]) \
                    and (not before or before[-1] in TERMINAL):
                cuts += [c for c in (starts[m], starts[end + 1]) if 0 < c < len(text)]
            m = end + 1
        out += [(p, gap if j == 0 else 0) for j, p in enumerate(_apart(text, sorted(set(cuts))))]
    return out


def _closed(text: str, sized) -> str:
    """A subhead set in two lines without the space the reader put at their break beside a full-width
    mark (the mark's blank is the pause: '从“一梯一议”' / '到“成片推进”' is 从“一梯一议”到“成片推进”)."""
    lines = _lines_of(sized, text)
    if not lines or len(lines) < 2 or " " not in text:
        return text
    out, k = [], 0
    for i, ch in enumerate(text):
        if ch.isspace():
            before = text[:i].rstrip()
            after = text[i + 1:].lstrip()
            if before and after and (before[-1] in _MARKS or after[0] in "“‘") \
                    and sized.line_of[lines[0][0]] != sized.line_of[lines[-1][-1]] and k == len(lines[0]):
                continue
        else:
            k += 1
        out.append(ch)
    return "".join(out)


def sized_subheads(blocks: list[tuple[str, int]], sized) -> tuple[list[tuple[str, int]], frozenset[int]]:
    """A printed page's 小标题 read with its type sizes and faces (`import page.pdf`): a short phrase
    with no stop, in one or two page lines set larger than the body (no headline's size) or in a bold
    or sans face, between two paragraphs of running text in the body's type — the one under it opening
    on no byline or dateline. Its own paragraph of the story, never joined to a sentence, never a story's
    headline. Returns the blocks (a subhead at the body's size cut from the sentence it was run onto)
    and the subheads' indexes."""
    blocks = _faces_apart(blocks, sized)
    found = set()
    for k in range(1, len(blocks) - 1):
        text = blocks[k][0]
        above, below = blocks[k - 1][0], blocks[k + 1][0]
        if (_short_phrase(text) and _subhead_type(sized, text)
                and _running_text(above) and sized.body_type(above)
                and _running_text(below) and sized.body_type(below) and not _opens_story(below)):
            found.add(k)
    blocks = [(_closed(t, sized), g) if k in found else (t, g) for k, (t, g) in enumerate(blocks)]
    return blocks, frozenset(found)
