"""Headlines side by side (碰题, "tombstones"): two stories' headings in neighbouring columns on the
same lines read as one headline — on paper, and in the text a PDF reader takes out of the page. A page
editor staggers them: the story on the right opens with its photo over its heading. Used by
`autoplace` on its stacks' blocks (a story measured at its stack's width) and on the frames it made."""
from __future__ import annotations

import math

from layout_app.errors import Notice
from layout_app.layout.wording import MOVED_FILLS, MOVED_PHOTO
from layout_app.model.frame import Frame
from layout_app.model.furniture import RuleItem


def head_places(blocks: list) -> list[tuple[int, int, int]]:
    """Where each story's heading starts in its stack (estimated from the measures), its lines, and
    how far it moves down when the story opens with its photo instead (0: it cannot)."""
    out, y = [], 0
    for b in blocks:
        if b.head:
            down = b.photos[0][1] + b.captions[0] if opens_with_photo(b) else 0
            out.append((y, b.head, down))
        y += math.ceil(b.fixed + sum(p[1] * b.factor.get(p[0], 1.0) for p in b.photos)) + 1
    return out


def heads_beside(heads: list[tuple[int, int, int]], left: list) -> list[tuple[int, int, bool]]:
    """The stack's headings as autoplace sets them next to the `left` stack's: (start, lines, still
    beside one there)."""
    def beside(y, n):
        return any(a < y + n and y < a + k for a, k, _ in left)
    out = []
    for y, n, down in heads:
        if beside(y, n) and down:
            y += down
        out.append((y, n, beside(y, n)))
    return out


def side_by_side(frames: list[Frame], type_lines: dict | None = None) -> list[tuple[str, str]]:
    """Stories whose headings stand side by side (碰题): heading frames in neighbouring columns whose
    type shares a line. The banner is across the page, above them all."""
    return [(a.story, b.story) for a, b in heading_frames_side_by_side(frames, type_lines)]


def heading_frames_side_by_side(frames: list[Frame], type_lines: dict | None = None) -> list[tuple[Frame, Frame]]:
    """… their heading frames, the left one first. `type_lines`: frame id → the page lines [first, end)
    its type stands on, as composed (`FrameReport.type_lines`); a heading's lines of air beside another's
    are no 碰题 — they are already staggered. Without it, the whole frame counts."""
    heads = [f for f in frames if f.part == "heading" and f.id != "banner-head"]
    return [(a, b) for a in heads for b in heads
            if a.col + a.cols == b.col and _shared(a, b, type_lines)]


def _type(f: Frame, type_lines: dict | None) -> tuple[int, int]:
    return (type_lines or {}).get(f.id) or (f.line, f.line + f.lines)


def _shared(a: Frame, b: Frame, type_lines: dict | None) -> tuple[int, int] | None:
    """The lines [top, foot) where both headings' type stands, or None."""
    (a0, a1), (b0, b1) = _type(a, type_lines), _type(b, type_lines)
    top, foot = max(a0, b0), min(a1, b1)
    return (top, foot) if top < foot else None


def type_lines_of(display) -> dict:
    """Frame id → the lines its heading's type stands on, from a composed page."""
    return {r.frame: r.type_lines for r in display.reports if r.type_lines}


def kept_apart(page, left: Frame, right: Frame, type_lines: dict | None = None) -> bool:
    """Two headings side by side that a page editor has set apart (隔开): a column rule in the gutter
    between them along the lines their type shares, or a box around one of them whose edge runs between."""
    top, foot = _shared(left, right, type_lines) or (max(left.line, right.line),
                                                      min(left.line + left.lines, right.line + right.lines))
    if any(not r.horizontal and r.col == right.col and r.line <= top and r.line + r.lines >= foot
           for r in page.rules):
        return True
    return any(_inside(f, b) and not _inside(g, b) for b in page.boxes for f, g in ((left, right), (right, left)))


def _inside(f: Frame, box) -> bool:
    return box.col <= f.col and f.col + f.cols <= box.col + box.cols \
        and box.line <= f.line and f.line + f.lines <= box.line + box.lines


def opens_with_photo(b) -> bool:
    """Whether the story can open with its first photo row (one not set with the text beside it)."""
    # (a section of works of art never: its label heads all its works)
    return bool(b.photos) and b.photos[0][0] != b.beside and not getattr(b.plan, "gallery", False)


def stack_orders(members: tuple[int, ...], has_photo) -> list[tuple[int, ...]]:
    """The orders a stack's stories may take: rank order, and each later story with a photo moved to
    the top (it opens the stack with its photo, the stack's first heading under it)."""
    return [members] + [(j, *(i for i in members if i != j)) for j in members[1:] if has_photo(j)]


def out_of_rank(stories: list[dict], ranked: list[str]) -> Notice | None:
    """Why a stack's stories (autoplace's decisions) are not in rank order, or None when they are."""
    order = [d["story"] for d in stories]
    if order == sorted(order, key=ranked.index):
        return None
    top = stories[0]
    if top.get("photo_on_top"):
        return Notice(MOVED_PHOTO, story=top["story"])
    return Notice(MOVED_FILLS, story=top["story"])


def rule_apart(stories: list[dict], left: Frame, right: Frame) -> RuleItem:
    """A column rule in the gutter between two headings left side by side (隔开), run along the lines
    both stories stand side by side (autoplace's decisions: each story's lines, 1-based): where no
    arrangement staggers them, a page editor draws a rule between the two stories rather than let two
    headlines read as one."""
    lines = {d["story"]: d["lines"] for d in stories}
    (a0, a1), (b0, b1) = lines[left.story], lines[right.story]
    top, foot = max(a0, b0) - 1, min(a1, b1)
    return RuleItem(f"apart-{left.story}-{right.story}", right.col, top, lines=foot - top)


def unruled(pairs: list, rules) -> list:
    """Heading frames side by side but those of two stories set side by side on purpose (`briefpairs`),
    the rule between them drawn already (`rules`: the plan's)."""
    ruled = {r.id for r in rules}
    return [(a, b) for a, b in pairs if f"apart-{a.story}-{b.story}" not in ruled]


def set_apart(plan) -> None:
    """碰题 left on a first layout (autoplace's `Plan`): each pair set apart with a column rule, and the
    advice the page can take to stagger them instead said as a warning."""
    from layout_app.errors import Notice
    from layout_app.layout.wording import APART_MOVE, APART_NO_PHOTO, APART_OPEN

    with_photo = [d["story"] for d in plan.decisions["stories"] if d.get("photos")]
    on_top = [d["story"] for d in plan.decisions["stories"] if d.get("photo_on_top")]
    for left, right in unruled(heading_frames_side_by_side(plan.frames, plan.type_lines), plan.rules):
        # set apart with a column rule; and the advice the page can take to stagger them instead: a
        # story whose photos were all left out has none to open with
        a, b = left.story, right.story
        rule = rule_apart(plan.decisions["stories"], left, right)
        plan.rules.append(rule)
        plan.decisions.setdefault("rules", []).append(
            {"rule": rule.id, "gutter_before_column": rule.col + 1, "lines": [rule.line + 1, rule.line + rule.lines],
             "why": f"碰题: stories {a} and {b} set apart (隔开)"})
        # (nor one that opens with its photo already: the advice would be done)
        can = [s for s in (a, b) if s in with_photo and s not in on_top]
        lines = {"a": a, "b": b, "top": rule.line + 1, "foot": rule.line + rule.lines}
        done = [s for s in (a, b) if s in on_top]
        plan.warnings.append(Notice(APART_OPEN, story=can[0], **lines) if can else
                             Notice(APART_MOVE, story=done[0], **lines) if done else Notice(APART_NO_PHOTO, **lines))
