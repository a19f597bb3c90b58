"""The head and foot of a first layout (`autoplace`): the page credits on the foot line in the credit
style, the page banner across the top in the page's largest type, the page lead under it in the lead
style at a readable measure (never a line over LEAD_MEASURE characters, two lines a column at least)."""
from __future__ import annotations

import math
from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.compose import face_of, options_for
from layout_app.layout.frontpage import masthead_lines
from layout_app.layout.ranking import size_below
from layout_app.layout.wording import BANNER_NOTE, CREDITS_NOTE, LEAD_NOTE, STYLES
from layout_app.model.document import Document
from layout_app.model.furniture import ISSUE_LINE
from layout_app.model.frame import Frame
from layout_app.text.setter import set_paragraph
from layout_app.units import HAO_SIZES

QUIET = 18.0               # pt (小二): under a masthead a piece's title is no larger — a 副刊's are quiet
LEAD_MEASURE = 40          # characters: the page lead is never set wider
LEAD_LARGEST = 22.0        # pt (二号): a page lead with no banner over it is set no larger
DISPLAY_LEAD = True        # (a switch for breaking tests)


def quiet_titles(doc: Document, banner: str | None) -> tuple[Document, dict]:
    """Under a 专刊's or 副刊's masthead (its banner's deck the issue line) the pieces' titles are quiet:
    each headline style no larger than QUIET (小二), its smallest a size under that, kickers and decks
    no larger than the smallest — an essay's title is no news headline (review28: 33.5 pt over an essay).
    The document with those styles, and the styles ({} on a news page)."""
    if not (banner and ISSUE_LINE.match(doc.story(banner).deck or "")):
        return doc, {}
    quiet = {}
    for name, st in doc.styles.items():
        if name.startswith("headline") and st.size > QUIET:
            low = st.min_size if st.min_size is not None else st.size
            quiet[name] = replace(st, size=QUIET, min_size=min(low, size_below(QUIET)))
    low = min((st.min_size for st in quiet.values() if st.min_size is not None), default=QUIET)
    for name in ("kicker", "deck"):
        if name in doc.styles and doc.styles[name].size > low:
            quiet[name] = replace(doc.styles[name], size=low)
    return (replace(doc, styles={**doc.styles, **quiet}), quiet) if quiet else (doc, {})


def under_banner(doc: Document, banner: float) -> tuple[Document, dict]:
    """Where the template styles a headline larger than the banner as set (`banner` pt) — a 四开 banner
    of 一号 over a lead styled 小初, which a short headline reaches on one line whatever lines autoplace
    gives it (review30: 26 pt over 33.5 pt) —, every headline style a size (号) under the banner: the
    banner is the page's largest type (spec: the 头条 has the largest headline below it); its smallest
    no larger either; the other headlines a size under the lead's as stepped (a second at the lead's size
    reads as a second lead). A lead styled the banner's size (对开: 初号 both) is held under it by the
    lines autoplace gives it (`StoryPlan.ceiling`). The document with those styles, and the styles."""
    if not any(n.startswith("headline") and st.size > banner + 1e-6 for n, st in doc.styles.items()):
        return doc, {}
    ceiling = size_below(banner)
    lead = doc.styles.get("headline_lead")
    under = size_below(min(lead.size, ceiling)) if lead is not None else ceiling
    stepped = {}
    for name, st in doc.styles.items():
        cap = ceiling if name == "headline_lead" else min(ceiling, under)
        if name.startswith("headline") and st.size > cap + 1e-6:
            stepped[name] = replace(st, size=cap, min_size=min(st.min_size or cap, cap))
    return (replace(doc, styles={**doc.styles, **stepped}), stepped) if stepped else (doc, {})


def display_lead(doc: Document, banner: str | None) -> tuple[Document, dict]:
    """A page lead with no banner headline over it, too short to fill the page's width in the lead
    style (two lines a column at least, no line over LEAD_MEASURE characters): set a size (号) or more
    larger — the smallest that fills the width so, up to LEAD_LARGEST — in a style of its own
    (`lead_display`), rather than centred in a narrow frame with white left and right of it at the
    top of the page. The document with that style, and the style ({} when the lead stays as it is)."""
    if not (DISPLAY_LEAD and banner and "lead" in doc.styles):
        return doc, {}
    story = doc.story(banner)
    if story.headline or story.deck or story.kicker or not story.body:
        return doc, {}
    lead = doc.style("lead")
    for size in sorted(pt for pt in {lead.size, *HAO_SIZES.values()} if lead.size - 1e-6 <= pt <= LEAD_LARGEST):
        st = replace(lead, size=size, leading=round(lead.leading * size / lead.size * 2) / 2 if lead.leading else None)
        tc, measure = _columns(doc, doc.grid.columns, size)
        if tc <= doc.grid.columns and _lines(st, story.body, measure) >= 2 * tc:
            if size == lead.size:
                return doc, {}                      # it fills the width as it is
            return replace(doc, styles={**doc.styles, "lead_display": st}), {"lead_display": st}
    return doc, {}


def _columns(doc: Document, span: int, size: float) -> tuple[int, int]:
    """Text columns and their measure in characters for a lead `span` columns wide at `size` pt: the
    fewest columns that keep a line within LEAD_MEASURE characters."""
    gutter = max(1.0, doc.grid.gutter)
    chars = math.floor(doc.grid.span_width(span) / size + 1e-9)
    tc = 1
    while (chars - (tc - 1) * gutter) / tc > LEAD_MEASURE:
        tc += 1
    return tc, math.floor((chars - (tc - 1) * gutter) / tc)


STAFF_ID = "editors"          # the page's staff line (本版责任编辑 …) compose sets beside the photo credits


def place_head(doc: Document, probe, plan, banner: str | None, credits: str | None) -> tuple[int, int]:
    """Credits, banner and lead framed into `plan` (its frames, notes, decisions); the lines left
    between them for the stories: (top, bottom)."""
    grid = doc.grid
    n_cols, n_lines = grid.columns, grid.line_count
    dec = plan.decisions
    # (a front page's masthead takes the top of the type area: the page starts under its rule)
    top, bottom = masthead_lines(doc, probe.page), n_lines
    if credits:
        # the page's staff (本版责任编辑), when the copy names them beside photo credits: on the foot line's
        # left, the photo credit line on its right — furniture, never one line with the photographers
        staff = any(s.id == STAFF_ID for s in doc.stories)
        half = n_cols // 2 if staff else 0
        cred = Frame("credits", half, n_cols - half, 0, 1, story=credits, part="byline", style="credit")
        lines = probe.heading_lines(cred, 1, 4)
        if staff:
            plan.styles[STAFF_ID] = replace(doc.style("credit"), align="left")
            desk = Frame(STAFF_ID, 0, half, 0, 1, story=STAFF_ID, part="byline", style=STAFF_ID)
            lines = max(lines, probe.heading_lines(desk, 1, 4))
            plan.frames.append(replace(desk, line=n_lines - lines, lines=lines))
        bottom -= lines
        plan.frames.append(replace(cred, line=bottom, lines=lines))
        dec["credits"] = {"frame": "credits", "lines": [bottom + 1, bottom + lines], "style": "credit",
                          "why": "page credits on the foot line, in the credit style"}
        plan.notes.append(Notice(CREDITS_NOTE, line=bottom + 1))
    if banner:
        story = doc.story(banner)
        if story.headline or story.deck or story.kicker:
            head = Frame("banner-head", 0, n_cols, top, 1, story=banner, part="heading", style="banner")
            lines, _ = probe.ranked_heading(head, 4, doc.style("banner").size, 0.0, 16)
            plan.frames.append(replace(head, lines=lines))
            size = probe.one(replace(head, lines=lines)).size
            dec["banner"] = {"frame": "banner-head", "columns": [1, n_cols], "lines": [top + 1, top + lines], "size": size,
                             "why": "the page banner across the top in the page's largest type"}
            plan.notes.append(Notice(BANNER_NOTE, headline=story.headline, cols=n_cols, top=top + 1, foot=top + lines, size=size))
            top += lines
        if story.body:
            # the lead in the lead style (a size above the body) when the template has one, in columns
            # no wider than LEAD_MEASURE characters, each holding two lines at least: across the page
            # when it is long enough, else centred in a narrower frame
            role = "lead_display" if "lead_display" in doc.styles else "lead" if "lead" in doc.styles else None
            size = doc.style(role or "body").size
            gutter = max(1.0, grid.gutter)
            choice = None
            for span in range(n_cols, 0, -2 if n_cols > 2 else -1):
                chars = math.floor(grid.span_width(span) / size + 1e-9)
                tc = 1
                while (chars - (tc - 1) * gutter) / tc > LEAD_MEASURE:
                    tc += 1
                if tc > span:
                    continue
                lead = Frame("banner-body", (n_cols - span) // 2, span, top, 1, story=banner, part="body",
                             text_columns=tc, style=role)
                need = probe.lines_needed(lead, bottom - top)
                measure = math.floor((chars - (tc - 1) * gutter) / tc)
                choice = (lead, need, tc, measure, span)
                if _set_lines(doc, role or "body", story.body, measure) >= 2 * tc:   # two lines a column at least
                    break
            lead, need, tc, measure, span = choice
            plan.frames.append(replace(lead, lines=need))
            measure = math.floor((chars - (tc - 1) * max(1.0, grid.gutter)) / tc)
            dec["lead"] = {"frame": "banner-body", "columns": [lead.col + 1, lead.col + span], "text_columns": tc,
                           "measure_chars": measure, "style": role or "body",
                           "lines": [top + 1, top + need],
                           "why": f"the page lead in the {role or 'body'} style, {tc} column(s) of {measure} characters "
                                  f"(never over {LEAD_MEASURE})"}
            plan.notes.append(Notice(LEAD_NOTE, style=Notice(STYLES[role or "body"]), tc=tc, measure=measure, top=top + 1, foot=top + need))
            top += need + 1
    return top, bottom


def _set_lines(doc: Document, role: str, paragraphs, measure_chars: int) -> int:
    """Lines the paragraphs take at a measure of `measure_chars` characters in the style `role`."""
    return _lines(doc.style(role), paragraphs, measure_chars)


def _lines(st, paragraphs, measure_chars: int) -> int:
    return sum(len(set_paragraph(p, st.size, measure_chars * st.size, face_of(st), options_for(st)).lines)
               for p in paragraphs)
