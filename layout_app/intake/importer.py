"""Copy files in, clean stories out: read → repair → find the parts → match captions."""
from __future__ import annotations

import re
from pathlib import Path

from layout_app.intake.artworks import artwork_captions
from layout_app.intake.captions import match_captions
from layout_app.intake.copyfile import Copy, read_copy
from layout_app.intake.notices import (
    COLUMNS_GUESS,
    PARAGRAPH_GUESS,
    FROM_PDF,
    FROM_PDF_TEXT,
    IN_FILE,
    LEAD_CUT,
    OUTSIDE_TRIM,
    RUNNING_HEAD,
    SUBHEADS_GUESS,
    TOO_MANY,
    Notice,
)
from layout_app.intake.repair import TERMINAL, bare, clean_line, join_broken_lines
from layout_app.intake.indents import (
    decks_over_openings,
    flush_blocks,
    paragraphs_by_indent,
    sign_off_lines,
    typed_openings,
)
from layout_app.intake.briefcolumn import briefs_columns
from layout_app.intake.subheads import mark_subheads, printed_subheads, sized_subheads, subhead_blocks
from layout_app.intake.typesizes import SizedLines, apart_by_size, captions_before_heading, heading_hints, wide_blocks
from layout_app.intake.structure import LOW, PageCopy, notices, parse
from layout_app.intake.pdfpieces import in_column_flows
from layout_app.intake.photolines import captions_out
from layout_app.intake.quoteblanks import quote_blanks_closed
from layout_app.intake.quotecut import PARAGRAPH
from layout_app.intake.pagemeasure import slug_line
from layout_app.intake.bannermid import banner_within
from layout_app.intake.contents import contents_apart
from layout_app.intake.pdfrunninghead import head_lines_apart, head_notice
from layout_app.intake.tablehomes import table_homes
from layout_app.intake.printedtables import printed_tables, tokens_alone
from layout_app.intake.tables import TOKEN_RE, find_tables, put_back, tokened
from layout_app.intake.verse import find_poems, keep_verse, verse_blocks, verse_notice
from layout_app.intake.unpdf import extracted_measure, running_head, unpdf

# captions × stories: matching compares each caption with each story, so a file of a whole
# edition's copy (1,200 stories, 1,200 captions) took minutes; a page has a handful of each
MATCH_LIMIT = 20_000


def import_copy(path: str | Path, encoding: str | None = None) -> tuple[PageCopy, Copy]:
    copy = read_copy(path, encoding)
    box, contents = contents_apart(copy.lines)      # a front page's 导读 box: one story, its teasers a line each
    copy.drop_lines(box)
    lines, hints = copy.lines, copy.headline_hints
    measure = None if hints or copy.body_lines else extracted_measure(lines)
    doubts: dict[str, float] = {}           # heading lines joined by a guess → its confidence
    printed: list = []                      # tables in a printed page's text (printedtables)
    slugs: list[str] = []               # an export's slug the text tool took along: no copy either
    # the printed page's running head (报眉), read before anything joins it (its parts a line each in
    # pdftotext's flows: the date became a headline, the section a kicker)
    lines, page_head = head_lines_apart(lines, printed=measure is not None or copy.encoding == "pdf")
    if measure is not None:
        # (set aside before the column lines are joined: pdftotext's flows had run the credit line's
        # names and a column's label on into it, and they went with it)
        slugs = [l.strip() for l in lines if slug_line(l)]
        lines = ["" if slug_line(l) else l for l in lines]
        # column lines of a printed page: joined back into paragraphs before anything else looks
        unsure: list = []
        apart: set[str] = set()     # heading and caption lines no sentence runs on into (intake.pdfflows)
        # (a table's rows, one a line, set apart before the joins: joined, '…20 45' / '2 江城队' read '452')
        printed = printed_tables(lines)
        lines = tokened(lines, printed)[0]
        # (a .pdf read by pdfcopy comes in pdfium's reading order: its blank lines are no column flows)
        lines = tokens_alone(unpdf(lines, measure, unsure, doubts, flows=copy.encoding != "pdf", apart=apart))
        copy.notices.append(Notice(FROM_PDF if copy.encoding == "pdf" else FROM_PDF_TEXT, file=copy.source.name))
        # side-by-side columns whose order the text cannot tell: the lines are named, none dropped
        # (or whether a paragraph ends where a quote opens: `quotecut.either_way`)
        copy.notices.extend(Notice(PARAGRAPH_GUESS if u.kind == PARAGRAPH else COLUMNS_GUESS, file=copy.source.name,
                                   n=len(u.lines), first=u.lines[0], last=u.lines[-1]) for u in unsure)
    furniture: list[str] = list(page_head.lines) if page_head else []     # a printed page's running head: not copy
    if measure is not None:
        heads = [running_head(l) for l in lines]
        cut = [not h and slug_line(l) for l, h in zip(lines, heads)]
        furniture += [l.strip() for l, h in zip(lines, heads) if h]
        slugs += [l.strip() for l, slug in zip(lines, cut) if slug]
        lines = [l for l, h, slug in zip(lines, heads, cut) if not (h or slug)]
    # a table typed in the copy (or a .docx's): one token line until the structure is read (`tables`)
    tables = find_tables(lines, copy.tables) if measure is None and not copy.type_sizes else []
    if measure is None and not copy.type_sizes:
        # (a table typed a row a line, its cells one space apart, as a printed page's text gives it)
        taken = {k for t in tables for k in (*t.lines, t.title_line) if k is not None}
        tables += [t for t in printed_tables(lines) if not taken & {*t.lines, t.title_line}]
        tables.sort(key=lambda t: t.lines[0])
    lines, table_at = tokened(lines, tables)
    if measure is not None and printed:
        tables, table_at = printed, {k for k, l in enumerate(lines) if TOKEN_RE.match(l.strip())}
    lines = [clean_line(l) for l in lines]
    sized = SizedLines.of(copy.type_sizes) if copy.type_sizes else None
    if sized is not None:
        # a PDF read with its type sizes and indents (pdfcopy): the paragraphs as the page sets them,
        # before the text's own guesses join lines
        lines = [t for t, _ in paragraphs_by_indent([(l, 0) for l in lines], copy.lines, sized)]
    # (a poem in copy as typed: its title a heading, its lines and inner titles paragraphs of their own)
    poems = find_poems(lines if tables else copy.lines) if measure is None and sized is None else []
    verse_heads, verse = verse_blocks(poems)
    # (copy as typed: the lines its indent opens a paragraph on — and the deck lines whole over them)
    opens = typed_openings(copy.lines) if measure is None else frozenset()
    # (a printed page's column lines are joined already: a caption after a cut sentence stays apart)
    blocks, hints, body = (join_broken_lines(lines, printed=True, opens=_opening(lines, apart)), set(), set()) \
        if measure is not None else \
        _blocks_with_hints(lines, hints | verse_heads | decks_over_openings(lines, opens),
                           copy.body_lines | copy.subhead_lines | verse | table_at | sign_off_lines(copy.lines), opens)
    if sized is not None:
        blocks = paragraphs_by_indent(apart_by_size(blocks, sized), copy.lines, sized)   # sizes: parts
        blocks = captions_before_heading(blocks, sized)
        blocks, set_subheads = sized_subheads(blocks, sized)     # (小标题: the story's, by their type)
        hints = heading_hints(blocks, sized) - set_subheads    # a short line set larger than the body: a heading's
    # (text without type sizes: the measure its paragraphs are set to tells the page's lead)
    wide = wide_blocks(blocks, copy.lines, measure) if measure is not None and sized is None else frozenset()
    # (pdftotext's default text comes in column flows a blank line apart: its heading lines are put
    # back beside their columns by guesses of their own, pdfflows')
    flowed = measure is not None and copy.encoding != "pdf" and in_column_flows(copy.lines)
    # (copy as typed, its paragraphs indented: a sentence set flush after a story's text stands apart)
    flush = flush_blocks(blocks, copy.lines) if measure is None and sized is None else frozenset()
    # (… and its 小标题, short phrases set as its paragraphs are: the story's, no story's headline)
    subheads, guessed = subhead_blocks(blocks, copy.lines) if measure is None and sized is None else (frozenset(),) * 2
    if measure is not None and sized is None and not flowed:    # (a printed page's text: its place tells
        subheads = guessed = printed_subheads(blocks, measure)  # them; in column flows a heading's is a guess)
    if sized is not None:
        subheads = set_subheads
    marked = {lines[i].strip() for i in copy.subhead_lines}          # (Markdown's ### under a story's ##)
    subheads |= {k for k in body if blocks[k][0].strip() in marked}
    page = parse(blocks, hints, printed=measure is not None, sized=sized, wide=wide, flowed=flowed,
                 body=body | subheads, flush=flush, front=bool(page_head and page_head.front))
    placed = put_back(page, tables)
    banner_within(page)         # a banner the text left between a story's parts: the story whole
    for head, said in mark_subheads(page, {blocks[k][0].strip() for k in subheads}, {blocks[k][0].strip() for k in guessed}):
        copy.notices.append(Notice(SUBHEADS_GUESS, file=copy.source.name, head=head, subheads="、".join(f"“{t}”" for t in said)))
    briefs_columns(page)        # a 简讯 column's items one story under its label, not stories or 小标题
    # a table with the story that names what it lists (a 积分榜 with its match report), never in a 简讯 column
    copy.notices.extend(table_homes(page, placed, copy.source.name))
    # a poem's story as the poem: its line and stanza breaks, said
    copy.notices.extend(verse_notice(p, copy.source.name, copy.lines) for p in keep_verse(page, poems, copy.lines))
    if measure is not None and sized is None:
        captions_out(page)          # a printed page's captions the text left among a story's paragraphs
    _heading_doubts(page, {clean_line(k): c for k, c in doubts.items()})
    if measure is not None:
        _column_doubts(page, unsure)
        _sentence_doubts(page)
        _quote_blanks_closed(page)
    artwork_captions(page)              # a 副刊's 书画: captions of paintings, none a story's or unassigned
    copy.notices.extend(Notice(IN_FILE, file=copy.source.name, notice=n) for n in notices(page))
    # the running head and the slug: said once as what they are and set aside — the page's master
    # prints its own; compose puts them on no page and does not count them as copy it could not use
    page.furniture.extend(furniture + slugs + copy.furniture)
    if page_head:
        page.running_head = page_head.fields()
        copy.notices.append(head_notice(page_head, copy.source.name))
    copy.notices.extend(Notice(RUNNING_HEAD, file=copy.source.name, text=t)
                        for t in furniture[len(page_head.lines) if page_head else 0:])
    copy.notices.extend(Notice(OUTSIDE_TRIM, file=copy.source.name, text=t) for t in slugs + copy.furniture)
    if len(page.captions) * len(page.stories) <= MATCH_LIMIT:
        match_captions(page.captions, page.stories)
    else:
        copy.notices.append(Notice(TOO_MANY, file=copy.source.name, captions=len(page.captions), stories=len(page.stories)))
    if contents is not None:
        page.stories.append(contents)           # (after the captions: a teaser names another page's story)
    return page, copy


def _opening(lines: list[str], apart: set[str]) -> frozenset[int]:
    """The lines that open on one of `apart` (the heading and caption lines pdfflows set after a story
    running off mid-sentence, perhaps joined with the heading lines under them since)."""
    starts = tuple(b for b in map(bare, apart) if b)
    return frozenset(i for i, l in enumerate(lines) if starts and l.strip() and bare(l).startswith(starts))


def _blocks_with_hints(lines: list[str], line_hints: set[int], body_lines: set[int] = frozenset(),
                       opens: frozenset[int] = frozenset()) -> tuple[list[tuple[str, int]], set[int], set[int]]:
    """Join broken lines, carrying the heading hints of single lines over to their blocks, and the
    lines that must stay body paragraphs (a table's rows) over to theirs. `opens`: the lines the copy's
    indent opens a paragraph on."""
    if not line_hints and not body_lines:
        return join_broken_lines(lines, opens=opens), set(), set()
    blocks: list[tuple[str, int]] = []
    hints: set[int] = set()
    body: set[int] = set()
    start = 0
    # a hinted line or a table's row is a block of its own: never joined to its neighbours
    for i in sorted(line_hints | body_lines) + [len(lines)]:
        blocks.extend(join_broken_lines(lines[start:i], opens=frozenset(k - start for k in opens if start <= k < i)))
        if i < len(lines) and lines[i].strip():
            gap = 0
            k = i - 1
            while k >= 0 and not lines[k].strip():
                gap += 1
                k -= 1
            (body if i in body_lines else hints).add(len(blocks))
            blocks.append((lines[i], gap))
        start = i + 1
    return blocks, hints, body


COLUMNS_DOUBT = 0.5          # a story whose text holds a column seam the text cannot settle


def _column_doubts(page: PageCopy, unsure: list) -> None:
    """A story whose paragraphs run across column lines put in an order that is a guess is as sure as
    that order: the page's notice names the lines, the story's own confidence says it too (a story
    whose heading is a guess keeps that notice)."""
    for u in unsure:
        pieces = [bare(line) for line in u.lines if line.strip()]
        if len(pieces) < 2:
            continue
        for story in page.stories:
            body = "".join(bare(p) for p in story.paragraphs)
            if all(p in body for p in pieces) and story.confidence >= LOW:
                story.confidence, story.doubt = COLUMNS_DOUBT, "paragraph" if u.kind == PARAGRAPH else "columns"


SENTENCE_DOUBT = 0.5        # a story whose text breaks off mid-sentence: a column of it may be elsewhere
# a paragraph may end on a sentence's end, or on a colon or semicolon before what it lists
PARAGRAPH_END = TERMINAL | set("：；:;—")
# a sentence's tail, "…，”张三说。": never a paragraph's opening (the quote it closes is elsewhere)
TAIL = re.compile(r"^[^，。！？“”：,!?:]{1,5}说。")
# … or on a mark, or on 和 and the next item of a list ('和DR设备，…' under '区人民医院新添了CT机'): the
# line over it, read as the headline, was the paragraph's first
GOES_ON = re.compile(r"^(?:[，。、；：,.;:]|[和与及][A-Za-z0-9])")


def _quote_blanks_closed(page) -> None:
    """A printed page's headings without the blanks its text showed beside their quote marks (once the
    structure is read: the heading rules read those blanks as they came)."""
    for s in page.stories:
        s.kicker, s.headline, s.deck = (quote_blanks_closed(x) if x else x for x in (s.kicker, s.headline, s.deck))
    if page.banner:
        page.banner = {k: quote_blanks_closed(v) if isinstance(v, str) and v else v for k, v in page.banner.items()}


def _sentence_doubts(page: PageCopy) -> None:
    """A story of a printed page's text whose paragraph stops mid-sentence, or whose text opens on a
    sentence's tail, was put together with a column of another story's, or without one of its own:
    a page editor reads it as a cut, so it is no surer than a guess, and says where."""
    for story in page.stories:
        if story.confidence < LOW:
            continue
        first = story.paragraphs[0].strip() if story.paragraphs else ""
        # (a 小标题 ends no sentence: it is no cut)
        text = [p for j, p in enumerate(story.paragraphs) if j not in story.subheads]
        where = next(filter(None, map(_broken_off, text)), None)
        if where is None and (TAIL.match(first) or GOES_ON.match(first)):
            where = first[:12] + "…"
        if where is not None:
            story.confidence, story.doubt, story.cut = SENTENCE_DOUBT, "sentence", where
    # the page lead has no confidence of its own: a paragraph of it stopping mid-sentence is said
    page.doubts.extend(Notice(LEAD_CUT, cut=where) for where in map(_broken_off, page.lead) if where)


def _broken_off(paragraph: str) -> str | None:
    """Where a paragraph stops mid-sentence ('…' and its last characters), or None."""
    text = paragraph.strip()
    return "…" + text[-12:] if text and text[-1] not in PARAGRAPH_END else None


def _heading_doubts(page: PageCopy, doubts: dict[str, float]) -> None:
    """A story whose headline two heading lines were joined into by a guess is as sure as that guess
    (structure's notices then show it)."""
    for story in page.stories:
        for part in (story.headline, story.deck):
            if part and part in doubts:
                story.confidence = min(story.confidence, doubts[part])
