"""Where a table in copy goes, as a desk decides it: a 积分榜 is set with the match report of its league —
the story that names its teams (海港队, 江城队 …) in its heading or text, as a caption goes with the
story that names its people — or as an item of its own where no story names them; never inside a 简讯
column, whose items are other news. Copy order only decides where the table names nothing (a table of
figures alone) or the writer drew the table inside a story (a Word table): then it stays with the story
it follows, unless that is a briefs column.

Runs after `briefcolumn` (a column is one story with `items` then) on the tables `tables.put_back`
placed; moves each one at most once and says where it went and why (`Notice`s for the importer)."""
from __future__ import annotations

import re

from layout_app.intake.notices import TABLE_ALONE, TABLE_APART, TABLE_IN, TABLE_NAMES, Notice
from layout_app.intake.structure import PageCopy, StoryParts
from layout_app.intake.tables import FIGURE, TITLE_WORD, CopyTable

LEAST_NAME = 2          # characters: a cell of one character (胜, 平) names nothing
SHOWN = 3               # names a notice lists
# a title's own words: '城市足球超级联赛积分榜（截至第二十轮）' → '城市足球超级联赛'
_BRACKETED = re.compile(r"[（(【\[].*?[）)】\]]")


def table_names(table: CopyTable) -> list[str]:
    """What a table names: its cells that are no figure (teams, players, places — the header row's
    column names left out), and its title's own words (the league) — each once, in table order. A
    table of figures alone names nothing, whatever its title."""
    rows = table.rows[1:] if table.rows and not any(FIGURE.match(c) for c in table.rows[0]) else table.rows
    out: list[str] = []
    for row in rows:
        for cell in row:
            cell = _BRACKETED.sub("", cell).strip()        # (its unit aside: 地区生产总值（亿元）)
            if len(cell) >= LEAST_NAME and not FIGURE.match(cell) and any(ch.isalpha() for ch in cell) \
                    and cell not in out:
                out.append(cell)
    stem = _BRACKETED.sub("", table.title).strip()
    m = TITLE_WORD.search(stem)
    # (what it ranks goes with 榜 and 表: 积分榜, 射手榜, 成绩表 — the league's name is before that)
    stem = stem[:max(0, m.start() - 2 * (m.group(0) in "榜表"))].strip() if m else stem
    if out and len(stem) >= 4 and stem not in out:     # (with names in its cells: a title alone is no name)
        out.append(stem)
    return out


def _text(story: StoryParts) -> str:
    own = [p for j, p in enumerate(story.paragraphs) if j not in story.tables]
    return "".join(filter(None, [story.kicker, story.headline, story.deck, *own]))


def shared(story: StoryParts, names: list[str]) -> list[str]:
    text = _text(story)
    return [n for n in names if n in text]


def _column(story: StoryParts) -> bool:
    return bool(story.items)


def _take(story: StoryParts, j: int) -> str:
    """Paragraph j out of `story`, its marks (tables, items, subheads, verse) kept on their paragraphs."""
    text = story.paragraphs.pop(j)
    for marks in (story.tables, story.items, story.subheads, story.verse):
        marks[:] = [k - (k > j) for k in marks if k != j]
    return text


def _heads_columns(story: StoryParts, table: CopyTable) -> bool:
    """Whether the story's headline says a word of the table's header row (no figure in it): '一季度我县
    主要经济指标稳中向好' over a table whose columns are 指标、总量、同比增长."""
    head = story.headline or ""
    header = table.rows[0] if table.rows and not any(FIGURE.match(c) for c in table.rows[0]) else ()
    return any(len(c) >= LEAST_NAME and c in head for c in (_BRACKETED.sub("", c).strip() for c in header))


def _take_table(holder: StoryParts, table: CopyTable) -> list[str]:
    """The table out of `holder`, its note under it with it: the paragraphs taken."""
    text = table.text()
    j = holder.tables[[holder.paragraphs[i] for i in holder.tables].index(text)]
    out = [_take(holder, j)]
    if table.note and j < len(holder.paragraphs) and holder.paragraphs[j] == table.note:
        out.append(_take(holder, j))
    return out


def _heading(story: StoryParts) -> str:
    return story.headline or story.kicker or story.deck or ""


def table_homes(page: PageCopy, placed: list[tuple[CopyTable, str]], file: str) -> list[Notice]:
    """Each placed table moved (in place) to the story that names most of what it names; a story of its
    own where none does. Returns a notice per table: where it went and why."""
    notices: list[Notice] = []
    for table, _ in placed:
        text = table.text()
        holder = next((s for s in page.stories for j in s.tables if s.paragraphs[j] == text), None)
        if holder is None:
            continue
        names = table_names(table)
        need = min(2, len(names))
        scored = [(len(shared(s, names)), -k, s) for k, s in enumerate(page.stories)
                  if s is not holder and not _column(s) and not _alone(s)]
        mine = len(shared(holder, names)) if not _column(holder) else -1
        if mine >= 0 and _heads_columns(holder, table):
            mine = max(mine, need, 1)     # its headline names what the table's columns are (主要经济指标 over 指标)
        best = max(scored, key=lambda x: x[:2], default=None)
        args = dict(file=file, name=table.name, rows=len(table.rows), cols=table.columns)
        # the table right under a heading ('赛事速递' over a round's results): what that heading heads —
        # where it is all the heading heads, moved it would leave a headline over nothing
        headed = bool(_heading(holder)) and holder.paragraphs[0] == text
        if headed and len(holder.paragraphs) == 1:
            notices.append(Notice(TABLE_IN, story=_heading(holder), **args))
        elif best is not None and names and best[0] >= need and best[0] > mine:
            home = best[2]
            taken = _take_table(holder, table)
            if not holder.paragraphs and not _heading(holder):
                page.stories.remove(holder)          # a table that stood alone: nothing of it left
            home.tables.append(len(home.paragraphs))
            home.paragraphs.extend(taken)
            notices.append(Notice(TABLE_NAMES, story=_heading(home), names="、".join(shared(home, names)[:SHOWN]),
                                  **args))
        elif mine >= max(need, 1) or (not _column(holder) and (not names or table.given or headed)):
            # with the story it follows: that story names it, or the table names nothing to go by, or
            # its writer drew it inside the story (a Word table) or set it first under the heading
            if shared(holder, names):
                notices.append(Notice(TABLE_NAMES, story=_heading(holder),
                                      names="、".join(shared(holder, names)[:SHOWN]), **args))
            else:
                notices.append(Notice(TABLE_IN, story=_heading(holder), **args))
        elif holder.tables == list(range(len(holder.paragraphs))) and not _heading(holder):
            notices.append(Notice(TABLE_ALONE, **args))       # a table standing alone already
        else:
            # no story names it, or only a briefs column holds it: an item of its own, after that story
            page.stories.insert(page.stories.index(holder) + 1, StoryParts(paragraphs=_take_table(holder, table),
                                                                           tables=[0]))
            notices.append(Notice(TABLE_APART, follows=_heading(holder), **args))
    return notices


def _alone(story: StoryParts) -> bool:
    """A table standing as a story of its own: no home for another table."""
    return bool(story.tables) and len(story.tables) == len(story.paragraphs) and not _heading(story)
