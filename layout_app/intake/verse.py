"""A poem in copy as typed (副刊's 诗歌): under a label (诗歌, 诗, 新诗, 诗词…) or its title, its author's
line, then a run of short lines — well under the copy's prose lines, most without a sentence's end,
in stanzas a blank line apart. Its lines and stanza breaks are the poem: kept exactly, never joined
into a paragraph, never read as headings (each stanza a "story"). A line standing alone between
stanzas is the next poem's title where the title says more follow (运河边（外一首） / 雪). The poem is
one piece: the label its kicker, the title its headline, the author its byline, each verse line a
paragraph in the `verse` style and each stanza break an empty one (`StoryParts.verse`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from layout_app.intake.authorlines import author_line
from layout_app.intake.notices import VERSE_GUESS, VERSE_KEPT, Notice
from layout_app.model.styles import ParaFormat

# the labels a 副刊 runs its poems under
LABEL = re.compile(r"^(诗歌|诗|新诗|诗词|组诗|旧体诗|诗苑|诗林|诗页|诗坛|诗韵|诗风|诗与远方|诗路|诗刊)$")
# 运河边（外一首）: one more poem follows under its own title; 外二首 two
MORE = re.compile(r"[（(]外([一二三四五六七八九两]|\d+)首[）)]")
NUMBERS = "一二三四五六七八九"
ENDS = set("。！？!?…")                 # a sentence's end: most verse lines have none
SHORTEST_RUN = 4                         # verse lines a poem has at least
LINE_MOST = 24                           # characters a verse line has at most, whatever the prose's
TITLE_MOST = 12                          # a poem's title inside the run: a short line
PROSE_DEFAULT = 40                       # a prose line's length where the copy shows none


@dataclass
class Poem:
    title: int                                   # line indexes in the copy
    label: int | None = None
    author: int | None = None
    parts: list[tuple[str, int]] = field(default_factory=list)   # ("line" | "break" | "title", line index)
    sure: bool = True

    def heads(self) -> set[int]:
        return {i for i in (self.label, self.title) if i is not None}

    def body(self) -> set[int]:
        return {i for kind, i in self.parts if kind != "break"}

    def count(self, kind: str) -> int:
        return sum(1 for k, _ in self.parts if k == kind)


def _strip(line: str) -> str:
    return line.strip()


def prose_measure(lines: list[str]) -> float:
    """The copy's prose line length: the median of its lines that end a sentence and run 20
    characters or more (a paragraph typed on one line is longer still)."""
    long = [len(_strip(l)) for l in lines if len(_strip(l)) >= 20 and _strip(l)[-1] in ENDS | set("”」")]
    return median(long) if long else PROSE_DEFAULT


def _verse_shaped(text: str, most: float) -> bool:
    t = text.strip()
    return 0 < len(t) <= most and not t.startswith(("——", "—", "（", "("))


def _head_shaped(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= 30 and t[-1] not in ENDS and not t.endswith(("，", "：", "；"))


def find_poems(lines: list[str]) -> list[Poem]:
    """The poems of copy as typed, by their line indexes: each under a title (a label over it, an
    author line under it, or both), its run of short lines after."""
    most = min(LINE_MOST, max(8.0, 0.6 * prose_measure(lines)))
    poems: list[Poem] = []
    i = 0
    n = len(lines)
    while i < n:
        poem = _head_at(lines, i)
        if poem is None:
            i += 1
            continue
        start = (poem.author if poem.author is not None else poem.title) + 1
        end = _run(lines, start, most, poem)
        verse = [k for kind, k in poem.parts if kind == "line"]
        ends = sum(1 for k in verse if _strip(lines[k])[-1] in ENDS)
        if len(verse) >= SHORTEST_RUN and ends * 3 <= len(verse):
            stanzas = poem.count("break") + 1
            # a label says it is a poem; an author line over a run of stanzas does too; one stanza of
            # a few short lines under a name may be a list
            poem.sure = poem.label is not None or (poem.author is not None and (stanzas >= 2 or len(verse) >= 6))
            poems.append(poem)
            i = end
        else:
            i += 1
    return poems


def _head_at(lines: list[str], i: int) -> Poem | None:
    """A poem's head opening at line i: [label] title [author], the run under it."""
    t = _strip(lines[i])
    if not t or (i > 0 and _strip(lines[i - 1]) and not LABEL.match(_strip(lines[i - 1]))):
        return None              # a head opens after a blank line (or under its label)
    label = None
    k = i
    if LABEL.match(t):
        label, k = i, i + 1
        if k >= len(lines) or not _head_shaped(lines[k]):
            return None
    if not _head_shaped(lines[k]) or author_line(lines[k]):
        return None
    title = k
    k += 1
    if k + 1 < len(lines) and not _strip(lines[k]) and author_line(lines[k + 1]):
        k += 1                   # (Markdown sets the author a paragraph of its own, a blank line apart)
    author = k if k < len(lines) and author_line(lines[k]) else None
    if label is None and author is None:
        return None              # a title over short lines alone: a list as well as a poem
    return Poem(title, label, author)


def _run(lines: list[str], start: int, most: float, poem: Poem) -> int:
    """The poem's lines from `start` (blank lines skipped at first): stanzas while they are verse,
    stopping at the next piece's head. Returns the line after the run."""
    n = len(lines)
    k = start
    while k < n and not _strip(lines[k]):
        k += 1
    m = MORE.search(_strip(lines[poem.title]))
    titles = (NUMBERS.index(m.group(1)) + 1 if m.group(1) in NUMBERS else 2 if m.group(1) == "两" else int(m.group(1))) \
        if m else 0
    first = True
    end = k
    while k < n:
        block = []
        j = k
        while j < n and _strip(lines[j]):
            block.append(j)
            j += 1
        nxt = j
        while nxt < n and not _strip(lines[nxt]):
            nxt += 1
        if not all(_verse_shaped(lines[b], most) for b in block) or (not first and _next_head(lines, block, nxt)):
            # (the first block under the author is the poem's own, whatever follows it)
            if first:
                # a stanza run straight on under the head, blank lines missing: take its verse lines
                lead = []
                for b in block:
                    if not _verse_shaped(lines[b], most):
                        break
                    lead.append(b)
                poem.parts.extend(("line", b) for b in lead)
                end = lead[-1] + 1 if lead else k
            break
        if len(block) == 1 and not first and titles and len(_strip(lines[block[0]])) <= TITLE_MOST \
                and _strip(lines[block[0]])[-1] not in ENDS and nxt < n:
            poem.parts.append(("title", block[0]))        # the next poem's title, standing alone
            titles -= 1
            first = True                                   # its first stanza follows, no break before it
        else:
            if not first and poem.parts and poem.parts[-1][0] == "line":
                poem.parts.append(("break", block[0]))
            poem.parts.extend(("line", b) for b in block)
            first = False
        end = j
        k = nxt
    return end


def _next_head(lines: list[str], block: list[int], nxt: int) -> bool:
    """The block is the next piece's head, not a stanza: a label over it, a dash deck in it, an
    author line at its foot, or prose under it (a title alone or with its author over the text)."""
    texts = [_strip(lines[b]) for b in block]
    if LABEL.match(texts[0]) and len(texts) > 1:
        return True
    if any(t.startswith(("——", "—")) for t in texts):
        return True
    if len(texts) >= 2 and author_line(texts[-1]) and nxt < len(lines) and not _verse_line(lines[nxt]):
        return True
    prose = nxt < len(lines) and _prose(lines[nxt])
    return prose and len(texts) <= 2


def _verse_line(line: str) -> bool:
    t = _strip(line)
    return bool(t) and len(t) <= LINE_MOST and t[-1] not in ENDS


def _prose(line: str) -> bool:
    """A paragraph of running text: indented as typed, or long and ending a sentence."""
    t = _strip(line)
    return bool(t) and (line.startswith(("　", "  ")) and len(t) > LINE_MOST or (len(t) > LINE_MOST and t[-1] in ENDS))


def verse_blocks(poems: list[Poem]) -> tuple[set[int], set[int]]:
    """The copy's lines that are poems' heads (title and label: heading lines) and their verse
    lines and inner titles (paragraphs of the poem, each its own)."""
    heads, body = set(), set()
    for p in poems:
        heads |= p.heads()
        body |= p.body()
    return heads, body


def keep_verse(page, poems: list[Poem], lines: list[str]) -> list[Poem]:
    """Each poem's story as the poem: its verse lines in order with an empty paragraph at each stanza
    break (`StoryParts.verse`: those paragraphs), its inner titles its subheads. Returns the poems
    found among the stories (those import says were kept)."""
    kept = []
    for poem in poems:
        texts = [_strip(lines[i]) for kind, i in poem.parts if kind != "break"]
        for story in page.stories:
            at = _find_run(story.paragraphs, texts)
            if at is None:
                continue
            run: list[str] = []
            verse: list[int] = []
            subheads: list[int] = []
            for kind, i in poem.parts:
                j = at + len(run)
                if kind == "break":
                    run.append("")
                    verse.append(j)
                elif kind == "title":
                    run.append(_strip(lines[i]))
                    subheads.append(j)
                else:
                    run.append(_strip(lines[i]))
                    verse.append(j)
            shift = len(run) - len(texts)
            story.paragraphs[at:at + len(texts)] = run
            story.subheads = [j if j < at else j + shift for j in story.subheads if not at <= j < at + len(texts)]
            story.subheads = sorted(story.subheads + subheads)
            story.verse = sorted(set(getattr(story, "verse", [])) | set(verse))
            kept.append(poem)
            break
    return kept


def _find_run(paragraphs: list[str], texts: list[str]) -> int | None:
    n = len(texts)
    for a in range(len(paragraphs) - n + 1):
        if [p.strip() for p in paragraphs[a:a + n]] == texts:
            return a
    return None


VERSE = "verse"          # the templates' style of a poem's lines (and its stanza breaks' empty lines)


def verse_formats(story, styles, formats: tuple) -> tuple:
    """`formats` (paraformats') with a poem's lines and stanza breaks in the template's verse style
    (where it has none, they stay body paragraphs: the breaks still kept)."""
    if not getattr(story, "verse", None) or VERSE not in styles:
        return formats
    taken = {f.paragraph for f in formats}
    out = list(formats) + [ParaFormat(j, VERSE) for j in story.verse if j not in taken]
    return tuple(sorted(out, key=lambda f: f.paragraph))


def verse_notice(poem: Poem, file: str, lines: list[str]) -> Notice:
    """What import says of a poem it kept: as verse, or as a guess to check."""
    title = lines[poem.title].strip()
    if not poem.sure:
        return Notice(VERSE_GUESS, file=file, title=title, lines=poem.count("line"))
    return Notice(VERSE_KEPT, file=file, title=title, lines=poem.count("line"), poems=poem.count("title") + 1,
                  stanzas=poem.count("break") + 1 + poem.count("title"))
