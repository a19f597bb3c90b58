"""A front page (一版) under its master's masthead (报头): the stories start under the masthead's rule,
never over the nameplate, and its 报眼 — the columns beside the nameplate, above that rule — holds the
page's 导读 box where the copy has one, boxed, its label over its teasers a line each (review 5: the
banner printed over the nameplate, the 文武线 through its deck, the 导读 on no page).

An inside page's running head stands above the type area (its lines are negative): it takes no line."""
from __future__ import annotations

import re
from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.furniture import page_fields
from layout_app.layout.probe import FrameProbe
from layout_app.layout.wording import CONTENTS_NOTE, EYE_EMPTY
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import BoxItem, LineStyle, fill_fields

# the 导读 box's label alone: 导读, 导　读, 今日导读, 要目 (intake.contents reads the box by it)
CONTENTS_LABEL = re.compile(r"^[【\[［〖]?\s*(?:今日|本期|本版|今天)?(?:导[\s\u3000]*读|要[\s\u3000]*目)\s*[】\]］〗]?$")
BORDER = LineStyle("solid", 0.75)
TINT = (0.0, 0.0, 0.0, 0.06)          # a light grey 底纹 under the teasers
AIR = 1                                # a line of air inside the border, over the label and under the teasers


def is_contents(story) -> bool:
    """A story that is the page's 导读 box (its label its headline, no kicker)."""
    return not story.kicker and bool(CONTENTS_LABEL.match(story.headline.strip()))


def shown_texts(doc: Document, page: Page) -> list:
    """The master's texts in the type area that print something on `page`: a field nobody filled (the
    organ, the CN number of a paper whose copy gave none) leaves its columns to the 报眼."""
    master = doc.master(page.master) if page.master else None
    if master is None:
        return []
    values = page_fields(doc, page)
    return [t for t in master.texts if t.line >= 0 and fill_fields(t.text, values).strip()]


def masthead_lines(doc: Document, page: Page) -> int:
    """The lines at the top of the type area the page's master takes (its nameplate, dateline and the
    rule under them); 0 for a master that stands above the type area (a running head)."""
    master = doc.master(page.master) if page.master else None
    if master is None:
        return 0
    ends = [t.line + t.lines for t in master.texts if t.line >= 0]
    ends += [r.line + 1 for r in master.rules if r.horizontal and r.line >= 0]
    return max(ends, default=0)


def eye(doc: Document, page: Page) -> tuple[int, int, int] | None:
    """The masthead's 报眼: (first column, columns, lines) — the widest run of columns no master text
    takes, from the top down to the rule under the masthead; None where there is none."""
    master = doc.master(page.master) if page.master else None
    top = masthead_lines(doc, page)
    if master is None or top == 0:
        return None
    n = doc.grid.columns
    used = {c for t in shown_texts(doc, page) for c in range(t.col, t.col + t.cols)}
    runs, run = [], []
    for c in range(n + 1):
        if c < n and c not in used:
            run.append(c)
        elif run:
            runs.append(run)
            run = []
    if not runs:
        return None
    widest = max(runs, key=len)
    below = [r.line for r in master.rules if r.horizontal and r.line >= 0
             and r.col <= widest[0] and r.col + r.cols >= widest[-1] + 1]
    lines = min(below, default=top)
    return (widest[0], len(widest), lines) if lines >= 2 * AIR + 2 else None


def contents_in_eye(doc: Document, probe, story_id: str, where: tuple[int, int, int]) -> tuple[list[Frame], BoxItem, dict] | None:
    """The 导读 box set in the 报眼 `where`: its label on the first line inside the box, its teasers under
    it a line each (in two columns where one will not hold them); None when they do not fit."""
    col, cols, lines = where
    inner = lines - 2 * AIR
    head = Frame(f"{story_id}-head", col, cols, AIR, 1, story=story_id, part="headline", style="contents_head")
    for tc in (1, 2):
        body = Frame(f"{story_id}-body", col, cols, AIR + 1, inner - 1, story=story_id, part="body",
                     text_columns=tc, style="contents")
        need = probe.lines_needed(body, inner - 1)
        if need <= inner - 1 and all(len(p) <= _chars(doc, cols, tc) for p in doc.story(story_id).body):
            box = BoxItem(f"box-{story_id}", col, cols, 0, lines, BORDER, TINT)
            return [head, replace(body, lines=need)], box, {"text_columns": tc, "lines": need}
    return None


def _chars(doc: Document, cols: int, tc: int) -> int:
    """Characters a teaser's line holds in `tc` text columns across `cols` basic columns (one line each)."""
    size = doc.style("contents").size
    gutter = max(1.0, doc.grid.gutter)
    return int((doc.grid.span_width(cols) / size - (tc - 1) * gutter) / tc)


def contents_styles(doc: Document) -> dict:
    """The 导读 box's styles, from the template's where it has none: the label in the brief headline's
    黑体, the teasers in 黑体 at the body's size, flush left (no first-line indent), no larger than a line."""
    out = {}
    if "contents_head" not in doc.styles:
        base = doc.style("brief_head") if "brief_head" in doc.styles else doc.style("body")
        out["contents_head"] = replace(base, font="hei", weight="bold", indent=0, align="left",
                                       space_before=0, space_after=0)
    if "contents" not in doc.styles:
        out["contents"] = replace(doc.style("body"), font="hei", weight="regular", indent=0, align="left")
    return out


def eye_box(doc: Document, given: Document, page: Page, stories: list, plan) -> tuple[Document, object]:
    """The page's 导读 story (a StoryPlan of `stories`) set in its master's 报眼 (into `plan`: its frames,
    box, styles, note and decision), and the document with the box's styles; (doc, None) where the page
    has no 报眼, no 导读, or one too long for it (then a story among the others). An 报眼 left empty is
    said: a front page's white beside its nameplate."""
    where = eye(doc, page)
    if where is None:
        return doc, None
    contents = next((sp for sp in stories if is_contents(doc.story(sp.story))), None)
    if contents is not None:
        doc = replace(doc, styles={**doc.styles, **contents_styles(doc)})
        if _place(doc, given, FrameProbe(doc, page), plan, contents.story, where):
            return doc, contents
    col, cols, lines = where
    plan.warnings.append(Notice(EYE_EMPTY, first=col + 1, last=col + cols, lines=lines))
    return doc, None


def _place(doc: Document, given: Document, probe, plan, story_id: str, where: tuple[int, int, int]) -> bool:
    """The 导读 box set into `plan`; False where it does not fit."""
    boxed = contents_in_eye(doc, probe, story_id, where)
    if boxed is None:
        return False
    frames, box, d = boxed
    plan.frames.extend(frames)
    plan.boxes.append(box)
    plan.styles.update(contents_styles(given))
    plan.decisions["contents"] = {"story": story_id, "columns": [box.col + 1, box.col + box.cols],
                                  "lines": [box.line + 1, box.line + box.lines], **d,
                                  "why": "the 导读 box in the 报眼, beside the nameplate"}
    plan.notes.append(Notice(CONTENTS_NOTE, story=story_id, first=box.col + 1, last=box.col + box.cols))
    return True
