"""Tables in copy (积分榜, …一览): lines that share one count of cells — apart by full-width spaces,
tabs or two spaces and more, as a desk types a small table — read as ONE table with the title line
just over it, and kept as one body paragraph of the story it follows (model: `TABLE`, rows apart by
line breaks, cells by tabs, the title its first line). Never a heading, a banner or a deck; its cells
never run together, its rows never join a paragraph."""
from __future__ import annotations

import re
from dataclasses import dataclass

from layout_app.intake.notices import TABLE_ALONE, TABLE_IN, Notice
from layout_app.model.story import TABLE, TABLE_CELL, TABLE_ROW
from layout_app.model.styles import ParaFormat

# cells apart as a desk types them: full-width spaces, tabs, or two ASCII spaces and more
CELL_APART = re.compile(r"(?:[\u3000\t]| {2})[\u3000\t ]*")
FEWEST_CELLS = 3            # two cells apart are a name and its title ('本报记者　张三'), no table
FEWEST_ROWS = 2
LONGEST_CELL = 24           # characters: a table's cell holds a name, a figure or a short note
# a figure in a cell: 45, -3, 58.6%, 3∶1, 1:42.36, +12
FIGURE = re.compile(r"^[+\-−－]?[\d０-９][\d０-９.,，．:∶%％/／\-－]*$")
# a table's title names what it lists: 积分榜, 射手榜, …一览, …统计, 成绩表
TITLE_WORD = re.compile(r"(榜|表|一览|统计|排名|排行|名单|成绩|结果|赛果|赛程|战绩|对阵|数据|明细|汇总)")
LONGEST_TITLE = 40
# a token standing for a table while the copy's structure is read: private-use marks clean_line keeps
# a table's source or note, typed under it: 数据来源：县统计局, 资料来源：…, 注：…, （来源：…）
SOURCE_NOTE = re.compile(r"^[（(]?(?:(?:数据|资料|图表|表格)?来源|注|说明|备注)\s*[：:]")
LONGEST_NOTE = 80
TOKEN = "\ue000表{}\ue001"
TOKEN_RE = re.compile("^\ue000表(\\d+)\ue001$")


@dataclass
class CopyTable:
    rows: list[tuple[str, ...]]         # cells, as written (header row first when it has one)
    lines: list[int]                    # the copy's lines of its rows
    title: str = ""
    title_line: int | None = None
    given: bool = False                 # a .docx's table: drawn inside its story by the writer
    note: str = ""                      # its source or note line under it (数据来源：县统计局)
    note_line: int | None = None

    @property
    def columns(self) -> int:
        return max(len(r) for r in self.rows)

    def text(self) -> str:
        """The model's table paragraph: the title (if any) its first line, then the rows."""
        rows = [TABLE_CELL.join(r) for r in self.rows]
        return TABLE_ROW.join(([self.title] if self.title else []) + rows)

    @property
    def name(self) -> str:
        return self.title or "\u3000".join(self.rows[0])


def cells(line: str) -> tuple[str, ...]:
    m = RESULT.match(line.strip())
    if m:
        return m.groups()       # a match's result typed with single spaces ('鹰城队 2:2 开发区队'): three cells
    return tuple(c for c in (p.strip() for p in CELL_APART.split(line.strip())) if c)


# a result: two sides and the score between them, a space apart ('江北联队 0:1 高新队', '城东队 78:65 西湖队')
RESULT = re.compile(r"^([^\s　:：，。]{2,12})[ 　]+(\d{1,3}\s*[:：比]\s*\d{1,3})[ 　]+([^\s　:：，。]{2,12})$")


def _row_like(parts: tuple[str, ...]) -> bool:
    return len(parts) >= FEWEST_CELLS and all(len(c) <= LONGEST_CELL and "。" not in c for c in parts)


def find_tables(lines: list[str], given: list[list[int]] = ()) -> list[CopyTable]:
    """The copy's tables: runs of lines (a blank line between two allowed) of one count of cells,
    FEWEST_ROWS at least, a figure among their cells; and `given` (a .docx's tables: their rows'
    lines, cells apart by a full-width space). Each with its title line just over it."""
    found: list[CopyTable] = []
    taken: set[int] = set()
    for rows in given:
        if rows:
            found.append(CopyTable([cells(lines[k]) for k in rows], list(rows), given=True))
            taken.update(rows)
    i = 0
    while i < len(lines):
        parts = cells(lines[i])
        if i in taken or not _row_like(parts):
            i += 1
            continue
        run, k = [i], i + 1
        while k < len(lines):
            j = k if lines[k].strip() else k + 1          # one blank line between rows
            if j >= len(lines) or j in taken or len(cells(lines[j])) != len(parts) or not _row_like(cells(lines[j])):
                break
            run.append(j)
            k = j + 1
        rows = [cells(lines[r]) for r in run]
        if len(run) >= FEWEST_ROWS and any(FIGURE.match(c) for r in rows for c in r):
            found.append(CopyTable(rows, run))
            taken.update(run)
        i = run[-1] + 1
    for t in found:
        _titled(t, lines, taken)
        _noted(t, lines, taken)
    return sorted(found, key=lambda t: t.lines[0])


def _titled(table: CopyTable, lines: list[str], taken: set[int]) -> None:
    """The line just over the table (a blank line between allowed) when it names what the table lists."""
    k = table.lines[0] - 1
    if k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or k in taken:
        return
    text = lines[k].strip()
    # (a colon may close it, the rows its list: '市超第十二轮其余比赛结果：')
    if (0 < len(text) <= LONGEST_TITLE and TITLE_WORD.search(text) and not text.endswith(("。", "！", "？"))
            and len(cells(text)) < FEWEST_CELLS):
        table.title, table.title_line = text, k
        taken.add(k)


def _noted(table: CopyTable, lines: list[str], taken: set[int]) -> None:
    """The line just under the table (a blank line between allowed) when it says where its figures come
    from or notes them: the table's, kept under it — not the next story's kicker (review: 数据来源：县统计局
    over 经济速览)."""
    k = table.lines[-1] + 1
    if k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or k in taken:
        return
    text = lines[k].strip()
    if SOURCE_NOTE.match(text) and len(text) <= LONGEST_NOTE:
        table.note, table.note_line = text, k
        taken.add(k)


def tokened(lines: list[str], tables: list[CopyTable]) -> tuple[list[str], set[int]]:
    """The copy's lines with each table (and its title) one token line where its first line stood,
    its other lines blank: the structure reads it as one block of running text. Returns the lines and
    the tokens' indexes."""
    out = list(lines)
    at: set[int] = set()
    for n, t in enumerate(tables):
        first = t.title_line if t.title_line is not None else t.lines[0]
        for k in t.lines + [n for n in (t.title_line, t.note_line) if n is not None]:
            out[k] = ""
        out[first] = TOKEN.format(n)
        at.add(first)
    return out, at


def put_back(page, tables: list[CopyTable]) -> list[tuple[CopyTable, str]]:
    """Each token in the read copy replaced by its table: a paragraph of the story it stands in (marked
    in `StoryParts.tables`), or a story of its own where it stands before any (or was read as no
    paragraph). Returns each table with the headline of the story that holds it ('' none)."""
    from layout_app.intake.structure import StoryParts

    placed: list[tuple[CopyTable, str]] = []
    seen: set[int] = set()
    for story in page.stories:
        for j, p in enumerate(story.paragraphs):
            m = TOKEN_RE.match(p.strip())
            if m and int(m.group(1)) < len(tables):
                n = int(m.group(1))
                seen.add(n)
                story.paragraphs[j] = tables[n].text()
                story.tables = sorted(set(story.tables) | {j})
                if tables[n].note:
                    noted(story, j, tables[n].note)
                placed.append((tables[n], story.headline))
        if story.tables and not (story.kicker or story.headline or story.deck) and \
                all(j in story.tables for j in range(len(story.paragraphs))):
            story.confidence, story.doubt = 1.0, ""        # a table on its own: no heading left in doubt
    # a token read as anything else (a heading, a caption, unassigned): its own story, under no headline
    for n, t in enumerate(tables):
        if n in seen:
            continue
        _drop_token(page, TOKEN.format(n))
        page.stories.append(StoryParts(paragraphs=[t.text()] + ([t.note] if t.note else []), tables=[0]))
        placed.append((t, ""))
    return placed


def noted(story, j: int, note: str) -> None:
    """The table's note set in `story` right after its table, paragraph `j`; the story's marks after it
    moved down one."""
    story.paragraphs.insert(j + 1, note)
    for marks in (story.tables, story.items, story.subheads, story.verse):
        marks[:] = [k + (k > j) for k in marks]


def _drop_token(page, token: str) -> None:
    for s in page.stories:
        for part in ("kicker", "headline", "deck", "byline"):
            if (getattr(s, part) or "").strip() == token:
                setattr(s, part, None if part != "headline" else "")
    page.unassigned[:] = [u for u in page.unassigned if u.strip() != token]
    page.captions[:] = [c for c in page.captions if c.text.strip() != token]
    if page.banner:
        kept = {k: v for k, v in page.banner.items() if not (isinstance(v, str) and v.strip() == token)}
        if (page.banner.get("headline") or "").strip() == token:
            # (the table read as the page's banner: no banner is left — its other lines kept, unassigned)
            page.unassigned.extend(v for v in kept.values() if isinstance(v, str) and v.strip())
            page.banner = None
        else:
            page.banner = kept
    page.lead[:] = [x for x in page.lead if x.strip() != token]


def table_notice(table: CopyTable, story: str, file: str) -> Notice:
    """'积分榜: 7 rows, 4 columns — kept as a table in the story …'."""
    if story:
        return Notice(TABLE_IN, file=file, name=table.name, rows=len(table.rows), cols=table.columns, story=story)
    return Notice(TABLE_ALONE, file=file, name=table.name, rows=len(table.rows), cols=table.columns)


def table_formats(story, formats: tuple) -> tuple:
    """`formats` with the story's tables in the `table` style (set as tables even where the template
    has no such style: layout/tables falls back on the body's)."""
    if not getattr(story, "tables", None):
        return formats
    out = [f for f in formats if f.paragraph not in story.tables] + [ParaFormat(j, TABLE) for j in story.tables]
    return tuple(sorted(out, key=lambda f: f.paragraph))
