"""Stories and photos: what the reporters and the photo desk delivered."""
from __future__ import annotations

from dataclasses import dataclass, replace

from layout_app.model.styles import CharRun, ParaFormat

STORY_PARTS = ("kicker", "headline", "deck", "body", "byline")
# a story's importance on the page: its headline takes the style "headline_<rank>" (头条, 二条, 简讯)
RANKS = ("lead", "second", "brief", "sidebar",       # sidebar: a boxed 配稿 (layout/sidebars)
         "third", "picture")                         # between the news and the briefs (layout/ranking.steps)
# what reading the copy left in doubt about a story, for the page editor to check (schema 5): which
# lines are kicker, headline and deck ("parts"; "printed", "figures": why), or its paragraphs, put
# together from a printed page's column lines ("columns", "sentence"). Editing the story clears it.
QUERIES = ("parts", "printed", "figures", "columns", "sentence")
UNASSIGNED = "unassigned"       # the story compose keeps the copy's lines read as no part in (on no page until placed)
TEXT_QUERIES = ("columns", "sentence")
# a table (积分榜) is one body paragraph in the `table` style (schema 9): its rows apart by line breaks,
# its cells by tabs; a first line with no tab is its title (layout/tables sets it)
TABLE = "table"
TABLE_ROW = "\n"
TABLE_CELL = "\t"


TITLE_CHARS = 16        # a story with no headline named by this many of its first characters


@dataclass(frozen=True)
class Story:
    id: str
    headline: str = ""
    kicker: str = ""
    deck: str = ""
    body: tuple[str, ...] = ()      # paragraphs
    byline: str = ""
    rank: str = ""                  # one of RANKS, or "" for the plain headline style
    formats: tuple[ParaFormat, ...] = ()   # body paragraphs' styles and character runs (schema 3)
    query: str = ""                 # one of QUERIES, or "": nothing left in doubt (schema 5)

    @property
    def title(self) -> str:
        """What a page editor calls the story in a report: its headline — with none, its kicker, deck or
        first words, shortened (a table alone: its title line, '积分榜')."""
        if self.headline.strip():
            return self.headline
        first = str(self.body[0]) if self.body else ""
        text = self.kicker or self.deck or first.split(TABLE_ROW)[0]
        text = " ".join(text.replace(TABLE_CELL, " ").split())
        return text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS] + "…"

    def format(self, paragraph: int) -> ParaFormat | None:
        return next((f for f in self.formats if f.paragraph == paragraph), None)

    def with_body(self, body: tuple[str, ...]) -> "Story":
        """New body text; a paragraph keeps its format only while its text (and place) is unchanged."""
        keep = tuple(f for f in self.formats
                     if f.paragraph < len(body) and f.paragraph < len(self.body) and body[f.paragraph] == self.body[f.paragraph])
        return replace(self, body=body, formats=keep)

    def with_paragraph_style(self, paragraph: int, style: str | None) -> "Story":
        """Paragraph `paragraph` in a named style (None or "body": the body style); overrides and runs stay."""
        fmt = self.format(paragraph) or ParaFormat(paragraph)
        return self._with_format(replace(fmt, style=None if style in (None, "body") else style))

    def with_char_style(self, paragraph: int, start: int, end: int, style: str | None) -> "Story":
        """A character style on [start, end) of a paragraph (None: take character styles off it);
        runs it overlaps are cut back, so runs never overlap."""
        fmt = self.format(paragraph) or ParaFormat(paragraph)
        runs: list[CharRun] = []
        for r in fmt.runs:
            if r.end <= start or r.start >= end:
                runs.append(r)
                continue
            if r.start < start:
                runs.append(replace(r, end=start))
            if r.end > end:
                runs.append(replace(r, start=end))
        if style is not None and end > start:
            runs.append(CharRun(start, end, style))
        return self._with_format(replace(fmt, runs=tuple(sorted(runs, key=lambda r: r.start))))

    def _with_format(self, fmt: ParaFormat) -> "Story":
        keep = [f for f in self.formats if f.paragraph != fmt.paragraph]
        if fmt.style or fmt.local or fmt.runs:
            keep.append(fmt)
        return replace(self, formats=tuple(sorted(keep, key=lambda f: f.paragraph)))

    def body_from_lines(self, lines: tuple[str, ...]) -> tuple[str, ...]:
        """A body edited as one paragraph per line (the Stories panel's field): a table's rows, shown a
        line each, put back together into its one paragraph wherever they stand unchanged, so an edit
        elsewhere does not set the table as paragraphs of its rows."""
        out = list(lines)
        for f in self.formats:
            if f.style != TABLE or f.paragraph >= len(self.body):
                continue
            table = self.body[f.paragraph]
            rows = [r for r in table.split(TABLE_ROW) if r.strip()]
            for i in range(len(out) - len(rows) + 1):
                if rows and out[i:i + len(rows)] == rows:
                    out[i:i + len(rows)] = [table]
                    break
        return tuple(out)

    def part_text(self, part: str) -> tuple[str, ...]:
        """The paragraphs of one part of the story."""
        if part == "body":
            return self.body
        value = getattr(self, part)
        return (value,) if value else ()


@dataclass(frozen=True)
class Crop:
    """The visible part of a photo as fractions of its width and height."""
    left: float = 0.0
    top: float = 0.0
    right: float = 1.0
    bottom: float = 1.0


@dataclass(frozen=True)
class Photo:
    id: str
    file: str                 # path relative to the document file
    caption: str = ""
    credit: str = ""
    crop: Crop = Crop()
    checksum: str = ""        # content hash of the file when it was placed ("" = not recorded)
    fit: bool = False         # show the whole crop inside the frame (letterboxed); default: fill it
    checked: bool = False     # a reporter checked the caption and credit (review mode)
    comment: str = ""         # a reporter's comment on the caption, for the editor
    story: str = ""           # the story it goes with, as compose matched it (schema 6; "" = not recorded)
