"""Rules and box borders that strike through text: a cut-off rule snapped onto a line that holds text,
a box side across a column. Checked against the glyphs' em boxes in the display list."""
from __future__ import annotations

import functools

from layout_app.geometry import Rect
from layout_app.layout import furniture
from layout_app.layout.display import Box, GlyphRun, Group, PageDisplay, Rule, walk
from layout_app.model.document import Document
from layout_app.model.furniture import RuleItem
from layout_app.layout.frontpage import masthead_lines, shown_texts
from layout_app.preflight.findings import ERROR, WARNING, Report, finding
from layout_app.preflight.wording import QT_TRANSLATE_NOOP, frame_called, say
from layout_app.text.punct import CLOSING, COMMAS, STOPS

LEFT_HALF = frozenset(CLOSING + COMMAS + STOPS)
RULE_OVER_TEXT = QT_TRANSLATE_NOOP("Preflight", "a rule strikes through the text of {frame} ({text}); put it on a "
                                   "free line or in a gutter")
BOX_OVER_TEXT = QT_TRANSLATE_NOOP("Preflight", "the border of a box strikes through the text of {frame} ({text}); "
                                  "put it on a free line or in a gutter")
OVER_MASTHEAD = QT_TRANSLATE_NOOP("Preflight", "{frame} prints over the masthead's {part}; move it under the "
                                  "masthead, to line {line} or below")
ASCENT = 0.88          # of the em above the baseline (the rest below), as the missing-glyph marker draws it


def _bounds(items) -> list[Rect]:
    """The strips a rule's or a border's strokes cover."""
    out = []
    for it in items:
        if isinstance(it, Rule):
            h = it.width / 2
            x, y = min(it.x1, it.x2) - h, min(it.y1, it.y2) - h
            out.append(Rect(x, y, abs(it.x2 - it.x1) + 2 * h, abs(it.y2 - it.y1) + 2 * h))
        elif isinstance(it, Box) and it.stroke is not None:
            r, h = it.rect, it.stroke_width / 2
            out += [Rect(r.x - h, r.y - h, r.width + 2 * h, 2 * h), Rect(r.x - h, r.bottom - h, r.width + 2 * h, 2 * h),
                    Rect(r.x - h, r.y - h, 2 * h, r.height + 2 * h), Rect(r.right - h, r.y - h, 2 * h, r.height + 2 * h)]
    return out


@functools.lru_cache(maxsize=256)     # a 花边's hundreds of strips, worked out once per place
def _strips(grid, item, left_page: bool) -> tuple[tuple[Rect, ...], Rect | None]:
    """The strips an item's strokes cover and their common bounds."""
    if isinstance(item, RuleItem):
        strips = _bounds(furniture.rule_items(grid, item, left_page))
    else:
        strips = _bounds(furniture.box_items(grid, item, left_page)[1])
    if not strips:
        return (), None
    x0, y0 = min(s.x for s in strips), min(s.y for s in strips)
    whole = Rect(x0, y0, max(s.right for s in strips) - x0, max(s.bottom for s in strips) - y0)
    return tuple(strips), whole


def _hits(strip: Rect, run: GlyphRun) -> bool:
    top, bottom = run.y - ASCENT * run.size, run.y + (1 - ASCENT) * run.size
    if strip.bottom <= top or strip.y >= bottom:
        return False
    em = run.size * run.hscale
    if strip.x >= run.xs[-1] + em or strip.right <= run.xs[0]:
        return False
    # a closing mark, comma or stop inks the left half of its em (GB/T 15834): a hung one stops short
    return any(strip.x < x + (em / 2 if ch in LEFT_HALF else em) and x < strip.right for ch, x in zip(run.text, run.xs))


def _near(whole: Rect, run: GlyphRun) -> bool:
    """The run's line reaches the rule's bounds at all (most lines of a frame do not)."""
    return (run.y - run.size < whole.bottom and whole.y < run.y + run.size
            and run.xs[0] < whole.right and whole.x < run.xs[-1] + run.size)


def check_furniture(report: Report, doc: Document, displays: list[PageDisplay]) -> None:
    grid = doc.grid
    for page, display in zip(doc.pages, displays):
        frames = [g for g in display.items if isinstance(g, Group) and g.tag in ("text", "caption")]
        master = doc.master(page.master) if page.master else None
        # a front page's masthead (报头) stands in the type area: its nameplate and dateline are no frame's
        # room, its rule (文武线) no line of text (review 5: the banner printed over the nameplate)
        inside = [r for r in master.rules if r.line >= 0] if master is not None else []
        if master is not None:
            _over_masthead(report, doc, page, display, master)
        if not frames or not (page.rules or page.boxes or inside):
            continue
        owned = [(rule.id, "rule", rule) for rule in (*page.rules, *inside)] + [(box.id, "box", box) for box in page.boxes]
        for ident, kind, item in owned:
            strips, whole = _strips(grid, item, page.left_hand)
            if not strips:
                continue
            for group in frames:
                g = group.rect
                if g.x > whole.right or whole.x > g.right or g.y > whole.bottom or whole.y > g.bottom:
                    continue
                runs = [r for r in walk(group.items) if isinstance(r, GlyphRun) and _near(whole, r)]
                crossed = next((r for r in runs for s in strips if _hits(s, r)), None)
                if crossed is not None:
                    text = say(BOX_OVER_TEXT if kind == "box" else RULE_OVER_TEXT, text=crossed.text[:12],
                               frame=frame_called(doc, page.id, group.frame))
                    report.add(finding(f"{kind}-over-text", WARNING, text, {"page": page.id, "frame": group.frame, kind: ident}))


def _over_masthead(report: Report, doc: Document, page, display: PageDisplay, master) -> None:
    """A frame set over the masthead's own text (its nameplate, its dateline): an error — the two
    print one over the other."""
    taken = [(t, furniture.text_rect(doc.grid, t, page.left_hand)) for t in shown_texts(doc, page)]
    if not taken:
        return
    for group in display.items:
        if not isinstance(group, Group) or group.tag not in ("text", "caption", "photo"):
            continue
        g = group.rect
        hit = next((t for t, r in taken if g.x < r.right - 0.01 and r.x < g.right - 0.01
                    and g.y < r.bottom - 0.01 and r.y < g.bottom - 0.01), None)
        if hit is not None:
            report.add(finding("over-masthead", ERROR, say(OVER_MASTHEAD, frame=frame_called(doc, page.id, group.frame),
                                                           part=hit.id, line=masthead_lines(doc, page) + 1),
                               {"page": page.id, "frame": group.frame, "master": master.name}))
