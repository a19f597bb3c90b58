"""Sidebars (边栏, 配发的记者手记/链接/背景…) set as a page editor sets them, once a first layout is placed.

A sidebar is a story whose kicker is a column's label (记者手记, 编者按, 链接, 背景, 短评…), not the page's lead
story, set with the piece it explains, its feature: the one that says its headline's key term
(`explains` — the page's banner and lead among them), else the story of the copy it follows. It is boxed
— a thin rule and a light tint (底纹) around its heading and text, a line of air inside the border over
its heading and under its text (the sides stand in the middle of the gutters, half a gutter off the
text) — and set with its feature: right under the feature in the feature's own stack, or first in the
stack beside the feature's columns, level with the feature's top; under the banner and lead it explains,
first in its stack. Its headline takes the `headline_sidebar` style (smaller than a brief's: no headline
competing with the feature's) and its heading only the lines that holds at full size.

The stack holding the sidebar is re-packed: its stories keep their frames, moved down or up as whole
pieces; the lines the box's air needs come from, and the lines the smaller heading gives go to, the
air between its stories, so the stack ends where it ended. The column rules along the stack (隔开) are
taken off: the sidebar's box sets its heading apart, and a story moved away from the heading its rule
stood by needs none. A re-pack that would run past the stack's foot or set headlines side by side (碰题)
that no rule or box sets apart is not made: the sidebar is left as placed, unboxed, and the decision
says why."""
from __future__ import annotations

import re
from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.explains import Pairing, pair
from layout_app.layout.probe import FrameProbe
from layout_app.layout.tombstones import heading_frames_side_by_side, kept_apart
from layout_app.layout.wording import (APART_MOVE, APART_NO_PHOTO, APART_OPEN, EXPLAINS_BEFORE, EXPLAINS_FIRST,
                                      EXPLAINS_TERM, EXPLAINS_TIE, EXPLAINS_TIE_NONE, SIDEBAR_APART, SIDEBAR_BESIDE,
                                      SIDEBAR_LEFT, SIDEBAR_PLACED, SIDEBAR_UNDER, SIDEBAR_UNDER_HEAD, THE_HEAD,
                                      THE_STORY, HEADLINE_SIZE, STACK_NOTE, STACK_ORDER, STORY_NOTE, joined)
from layout_app.model.document import Document, Page
from layout_app.model.frame import Frame
from layout_app.model.furniture import BoxItem, LineStyle

# a column's label a sidebar runs under (as intake keeps it: the story's kicker)
LABEL = re.compile(r"^(记者|编者|编辑|本报)(手记|札记|观察|调查|述评|来信|直击|探访|体验|连线|追踪|走基层|感言|视点)$"
                   r"|^(编者按|编后|编后语|编后记|链接|相关链接|新闻链接|知识链接|背景|新闻背景|背景链接|短评|声音|"
                   r"延伸阅读|小贴士|记者观察|一线观察|数说|点评|观察|述评|评论|微评|相关新闻)$")
STYLE = "headline_sidebar"
# 小三 in 宋体 bold: under a brief's 三号 黑体 and of another face, its label (the kicker) still 五号
# (layout.compose.kicker_cap: a headline of 14.5 pt or more keeps its kicker at 五号)
SIZE, MIN_SIZE, FONT = 15.0, 15.0, "song"
BORDER = LineStyle("solid", 0.5)
TINT = (0.06, 0.0, 0.0, 0.04)          # a light 底纹, under the text
AIR = 1                                 # lines of air inside the border, over the heading and under the text
CAP = 4                                 # lines of air at most between two stories (compose's air)
HOLE = 5                                # a gap between two items past this is a hole (preflight.blanks.BETWEEN)
APART = "apart"                         # `_set`: not boxed, for the headlines the re-pack would set side by side


def box_id(story_id: str) -> str:
    """The id of a sidebar's box: the editor moves and deletes it with the story's frames."""
    return f"sidebar-{story_id}"


# … or a commentary signed by the paper's commentator (本报评论员: a 配评 to the news it speaks of)
COMMENTATOR = re.compile(r"^(?:本报|本刊)?(?:特约)?评论员$")


def is_sidebar(story) -> bool:
    if story.kicker:
        return bool(LABEL.match(story.kicker.strip()))
    return bool(COMMENTATOR.match((story.byline or "").replace("　", "").replace(" ", "")))


def features(doc: Document, placed: set[str], head: str | None = None) -> dict[str, str]:
    """Sidebar → the story it goes with (`pairings`)."""
    return {sid: p.feature for sid, p in pairings(doc, placed, head).items() if p.feature is not None}


def pairings(doc: Document, placed: set[str], head: str | None = None, news: set[str] = frozenset()) -> dict[str, Pairing]:
    """Sidebar → the piece it explains and why (`explains.pair`): of the placed stories that are none —
    `news` none whatever its label — and `head`, the page's banner story with its lead, the one that says
    its headline's key term, else the nearest placed story before it in the copy."""
    def side(s):
        return is_sidebar(s) and s.id not in news
    pieces = [s for s in doc.stories if (s.id in placed and not side(s)) or s.id == head]
    out, before = {}, None
    for s in doc.stories:
        if s.id not in placed:
            continue
        if side(s):
            out[s.id] = pair(s, before, pieces)
        else:
            before = s.id
    return out


def _owner(doc: Document, f: Frame) -> str:
    if f.photo is not None:
        ph = next((p for p in doc.photos if p.id == f.photo), None)
        return (ph.story if ph is not None and ph.story else None) or f"photo:{f.photo}"
    return f.story or f.id


def _span(frames) -> tuple[int, int, int, int]:
    return (min(f.col for f in frames), max(f.col + f.cols for f in frames),
            min(f.line for f in frames), max(f.line + f.lines for f in frames))


def box_sidebars(doc: Document, page: Page, plan, bottom_line: int) -> list[BoxItem]:
    """Box each sidebar of `plan` (autoplace's, placed) and set it with its feature; `plan`'s frames,
    ranks, styles, notes and decisions changed in place. `doc`: the document planned (photos with their
    stories). Returns the boxes for the page."""
    placed = {f.story for f in plan.frames if f.story}
    head = next((f.story for f in plan.frames if f.style == "banner" and f.story), None)
    # (the page's lead story under a label — 记者调查 — is no one's sidebar)
    lead = {s for s, r in plan.ranks.items() if r == "lead"}
    paired = {s: p for s, p in pairings(doc, placed & set(plan.ranks), head, lead).items() if s not in lead}
    for sid, p in paired.items():
        if p.feature is not None or p.tied:
            plan.notes.append(_why(sid, p, head))
    sides = {sid: p.feature for sid, p in paired.items() if p.feature is not None}
    if not sides:
        return []
    plan.styles[STYLE] = doc.styles.get(STYLE) or _style(doc)
    boxes: list[BoxItem] = []
    dec = plan.decisions.setdefault("sidebars", [])
    for sid, feature in sides.items():
        p = paired[sid]
        why = {"explains": feature, "term": p.term, "follows": p.before, "tied": list(p.tied)}
        done = _set(doc, page, plan, sid, feature, bottom_line, boxes, feature == head)
        what = Notice(THE_HEAD) if feature == head else Notice(THE_STORY, story=feature)
        if done is None or done == APART:
            # (said as it is: a box that fits, turned down for the 碰题 it would make, is no want of room)
            left = SIDEBAR_APART if done == APART else SIDEBAR_LEFT
            plan.notes.append(Notice(left, story=sid, feature=what))
            dec.append({"story": sid, "feature": feature, "boxed": False, **why,
                        "why": "moving it would set headlines side by side" if done == APART else
                        "no room for its box in its stack"})
            continue
        box, where = done
        boxes.append(box)
        plan.ranks[sid] = "sidebar"
        plan.notes.append(Notice(SIDEBAR_UNDER_HEAD, story=sid) if feature == head and where == "under" else
                          Notice({"under": SIDEBAR_UNDER, "beside": SIDEBAR_BESIDE}[where], story=sid, feature=feature)
                          if where in ("under", "beside") else Notice(SIDEBAR_PLACED, story=sid, feature=what))
        dec.append({"story": sid, "feature": feature, "boxed": True, "where": where, "box": box.id, **why,
                    "columns": [box.col + 1, box.col + box.cols], "lines": [box.line + 1, box.line + box.lines]})
    return boxes


def _why(sid: str, p: Pairing, head: str | None) -> Notice:
    """Which piece sidebar `sid` explains and why, for compose's notes."""
    def what(story):
        return Notice(THE_HEAD) if story == head else Notice(THE_STORY, story=story)
    if p.tied:
        pieces = joined(what(t) for t in p.tied)
        return (Notice(EXPLAINS_TIE, story=sid, pieces=pieces, term=p.term, feature=p.feature) if p.feature is not None
                else Notice(EXPLAINS_TIE_NONE, story=sid, pieces=pieces, term=p.term))
    if p.feature != p.before:
        return (Notice(EXPLAINS_TERM, story=sid, what=what(p.feature), term=p.term, before=p.before)
                if p.before is not None else Notice(EXPLAINS_FIRST, story=sid, what=what(p.feature), term=p.term))
    return Notice(EXPLAINS_BEFORE, story=sid, feature=p.feature)


def _style(doc: Document):
    """The template's brief headline, a size smaller and in 宋体 bold."""
    base = doc.styles.get("headline_brief") or doc.style("headline")
    return replace(base, font=FONT, weight="bold", size=min(SIZE, base.size), min_size=min(MIN_SIZE, base.size))


def _set(doc, page, plan, sid, feature, bottom_line, boxes, under_head=False):
    frames = plan.frames
    own = [f for f in frames if f.story == sid]
    c0, c1, s_top, s_end = _span(own)
    others = [f for f in frames if f.story != sid and f.col < c1 and c0 < f.col + f.cols]
    # the pieces that move: whole stories (and their photos) inside the sidebar's columns, between
    # what stands above and below it there (the page's head, its credit line, a wider story)
    owners: dict[str, list[Frame]] = {}
    for f in frames:
        owners.setdefault(_owner(doc, f), []).append(f)
    inside = {o for o, fs in owners.items() if all(c0 <= f.col and f.col + f.cols <= c1 for f in fs)}
    blockers = [f for f in others if _owner(doc, f) not in inside]
    top = max((f.line + f.lines for f in blockers if f.line + f.lines <= s_top), default=0)
    foot = min((f.line for f in blockers if f.line >= s_end), default=bottom_line)
    if any(f.line < foot and top < f.line + f.lines for f in blockers):
        return None
    pieces = {o: fs for o, fs in owners.items() if o in inside and o != sid
              and all(top <= f.line and f.line + f.lines <= foot for f in fs)}
    if any(top <= f.line < foot for o in inside - set(pieces) - {sid} for f in owners[o]):
        return None                                   # a story only partly in the stretch: left as placed
    # the column rules along the stretch (隔开): the sidebar's own its box stands in for; another story's
    # is taken off too where the stories moved leave its headings side by side no more (`_unapart`)
    ours = [r for r in plan.rules if c0 <= r.col <= c1 and not r.horizontal and r.line < foot and top < r.line + r.lines]
    rules = [r for r in plan.rules if r not in ours]
    boxed = {o: b for o in pieces for b in boxes if b.id == box_id(o)}
    if any(b.col < c0 or b.col + b.cols > c1 for b in boxed.values()):
        return None
    pieces[sid] = own
    # each piece's lines, a boxed one's with its box
    spans = {o: _span(fs)[2:] for o, fs in pieces.items()}
    spans.update({o: (b.line, b.line + b.lines) for o, b in boxed.items()})
    order = sorted(pieces, key=lambda o: spans[o][0])
    for a, b in zip(order, order[1:]):
        if spans[b][0] < spans[a][1]:
            return None
    gaps = [spans[order[0]][0] - top] + [spans[b][0] - spans[a][1] for a, b in zip(order, order[1:])]
    old_end = spans[order[-1]][1]
    # the sidebar's heading at its own size: the lines that hold it
    heading = next((f for f in own if f.part == "heading"), None)
    styled = replace(doc, styles={**doc.styles, **plan.styles},
                     stories=tuple(replace(s, rank="sidebar") if s.id == sid else
                                   (replace(s, rank=plan.ranks[s.id]) if s.id in plan.ranks else s) for s in doc.stories))
    st = plan.styles[STYLE]
    new_own = list(own)
    if heading is not None:
        n, _ = FrameProbe(styled, page).ranked_heading(heading, 1, st.size, st.size, enough=st.size)
        if n < heading.lines:
            h_end = heading.line + heading.lines
            new_own = [replace(f, lines=n) if f is heading else
                       (replace(f, line=f.line + n - heading.lines) if f.line >= h_end else f) for f in own]
    pieces[sid] = new_own
    _, _, a, b = _span(new_own)
    spans[sid] = (a - AIR, b + AIR)
    # the sidebar's place: under its feature in one stack (after its sidebars already set), or first
    # beside the feature's columns, level with its top (after its sidebars already set there)
    rest = [o for o in order if o != sid]
    if under_head:
        # the banner and lead it explains stand over the stack: first in it, right under them
        where = "under"
        k = 0
        while k < len(rest) and rest[k] in boxed:
            k += 1
        new_order = rest[:k] + [sid] + rest[k:]
    elif feature in pieces:
        where = "under"
        k = rest.index(feature) + 1
        while k < len(rest) and rest[k] in boxed:
            k += 1
        new_order = rest[:k] + [sid] + rest[k:]
    else:
        f_frames = owners.get(feature, [])
        fc0, fc1, ftop, _ = _span(f_frames) if f_frames else (-9, -9, 0, 0)
        where = "beside" if fc1 == c0 or c1 == fc0 else "placed"
        k = next((i for i, o in enumerate(rest) if spans[o][0] >= ftop and o not in boxed), len(rest))
        new_order = rest[:k] + [sid] + rest[k:] if where == "beside" else order
    attempts = [(o, stay, tight) for o in ([new_order, order] if new_order != order else [order])
                for stay in (False, True) for tight in (True, False)]
    apart = False                       # a re-pack that fits, turned down for the headlines it sets side by side
    for attempt, stay, tight in attempts:
        moved = _pack(attempt, pieces, spans, gaps, top, old_end, foot, sid, set(boxed), stay, tight)
        if moved is None:
            continue
        shifted, dys = moved
        by_id = {f.id: f for fs in shifted.values() for f in fs}
        trial = [by_id.get(f.id, f) for f in frames]
        _, _, b_top, b_end = _span(shifted[sid])
        box = BoxItem(box_id(sid), c0, c1 - c0, b_top - AIR, b_end - b_top + 2 * AIR, BORDER, TINT)
        kept = [replace(b, line=b.line + dys.get(b.id[len("sidebar-"):], 0)) for b in boxes]
        moved_ids = {f.id: dys[o] for o, fs in pieces.items() for f in fs}
        lines = {fid: (a + moved_ids.get(fid, 0), b + moved_ids.get(fid, 0)) for fid, (a, b) in plan.type_lines.items()
                 if fid != getattr(heading, "id", None)}
        again = _rerule(ours, trial, lines, sid)
        if _unapart(trial, page, kept + [box], rules + again, lines) > _unapart(frames, page, boxes, plan.rules, plan.type_lines):
            apart = True
            continue
        plan.frames[:] = trial
        _unrule(plan, [r for r in ours if r not in again and r.id not in {a.id for a in again}])
        plan.rules[:] = [r for r in plan.rules if r.id not in {a.id for a in again}] + again
        plan.type_lines = lines
        boxes[:] = kept
        _redecide(plan, shifted, sid, st.size)
        _renote(plan, shifted, sid, st.size)
        return box, (where if attempt == new_order else "placed")
    return APART if apart else None


def _pack(order, pieces, spans, gaps, top, old_end, foot, sid, boxed, stay=False, tight=False):
    """Each piece's frames (and box) moved down the stretch in `order`, the gaps between them
    (positional, as placed) given or taken so the stack ends where it did; None when they do not fit
    above `foot` (`stay`: the pieces under the sidebar moved down only). Returns the frames moved and
    each piece's move in lines."""
    heights = [spans[o][1] - spans[o][0] for o in order]
    gaps = list(gaps)
    # the box takes its inner air from the air between the stories (a line outside its border kept),
    # no gap left wider than compose's air between stories (`CAP`: preflight's hole past it)
    k = order.index(sid)
    need = {i for i in (k, k + 1) if 0 < i < len(order)}
    cap = {i: CAP - (AIR if i in need else 0) for i in range(1, len(order))}
    for i in need:
        gaps[i] = max(1, gaps[i] - AIR)
    # under another box of its feature's: a line between the two, read as one set of sidebars
    for i in (k, k + 1) if tight else ():
        if 0 < i < len(order) and {order[i - 1], order[i]} <= boxed | {sid}:
            gaps[i] = cap[i] = 1
    end = top + sum(gaps) + sum(heights)
    target = min(old_end, foot)
    inner = list(range(1, len(order)))
    while end > target:
        i = max((i for i in inner if gaps[i] > 1), key=lambda i: gaps[i], default=None)
        if i is None:
            i = 0 if gaps[0] > 0 else None
        if i is None:
            break
        gaps[i] -= 1
        end -= 1
    if end > foot:
        return None
    while end < target:                 # the lines its smaller heading gave, back to the air it took
        i = next((i for i in inner if gaps[i] < cap[i]), None)
        if i is None:
            break
        gaps[i] += 1
        end += 1
    out, dys, y = {}, {}, top
    for i, (o, g, h) in enumerate(zip(order, gaps, heights)):
        y += g
        if stay and i > k:
            # the stories under it where they were: no heading moved up beside another — nor a hole
            # left over it (preflight.blanks: a gap past HOLE lines)
            if spans[o][0] - y > max(0, HOLE - g):
                return None
            y = max(y, spans[o][0])
        dys[o] = y - spans[o][0]
        out[o] = [replace(f, line=f.line + dys[o]) for f in pieces[o]]
        y += h
    return (out, dys) if y <= foot else None


def _rerule(gone, trial, lines, sid: str) -> list:
    """Another story's column rule along the stretch (隔开) set again along its two stories' lines as
    moved, where their headings still stand side by side — not sidebar `sid`'s own: its box sets it apart."""
    beside = {(a.story, b.story) for a, b in heading_frames_side_by_side(trial, lines)}
    out = []
    for r in gone:
        pair = tuple(r.id.split("-")[1:3])
        if r.id.startswith("apart-") and pair in beside and sid not in pair:
            (a0, a1), (b0, b1) = (_span([f for f in trial if f.story == s])[2:] for s in pair)
            out.append(replace(r, line=max(a0, b0), lines=min(a1, b1) - max(a0, b0)))
    return out


def _unrule(plan, gone) -> None:
    """The column rules the sidebar's box stands in for taken off, with what was said of them."""
    ids = {r.id for r in gone}
    pairs = {tuple(i.split("-")[1:3]) for i in ids}
    plan.rules[:] = [r for r in plan.rules if r.id not in ids]
    if "rules" in plan.decisions:
        plan.decisions["rules"] = [d for d in plan.decisions["rules"] if d["rule"] not in ids]
    plan.warnings[:] = [w for w in plan.warnings if getattr(w, "template", None) not in (APART_OPEN, APART_NO_PHOTO, APART_MOVE)
                        or (w.args.get("a"), w.args.get("b")) not in pairs]


def _unapart(frames, page, boxes, rules, lines) -> int:
    """Headings side by side (碰题, their type as set) no rule or box sets apart."""
    pg = replace(page, frames=tuple(frames), boxes=tuple(boxes), rules=tuple(rules))
    return sum(1 for a, b in heading_frames_side_by_side(list(frames), lines) if not kept_apart(pg, a, b, lines))


def _redecide(plan, moved, sid, size) -> None:
    """The stories' lines and the sidebar's headline size in the decisions, as moved."""
    for d in plan.decisions.get("stories", []):
        fs = moved.get(d.get("story"))
        if fs:
            _, _, a, b = _span(fs)
            d["lines"] = [a + 1, b]
            if d["story"] == sid:
                d["headline_size"] = size
                d["rank"] = "sidebar"
    # each stack's stories top down, as moved
    tops = {}
    for f in plan.frames:
        if f.story:
            tops[f.story] = min(tops.get(f.story, f.line), f.line)
    for st in plan.decisions.get("stacks", []):
        if set(st.get("stories", ())) & set(moved):
            st["stories"] = sorted(st["stories"], key=lambda o: tops.get(o, 0))


def _renote(plan, moved, sid, size) -> None:
    """What compose says of the stories moved and their stacks, as moved: each story's lines, the
    sidebar's headline size, the order of a stack's stories."""
    spans = {o: _span(fs)[2:] for o, fs in moved.items()}
    order = {st["stack"]: st["stories"] for st in plan.decisions.get("stacks", []) if set(st.get("stories", ())) & set(moved)}

    def fix(n):
        if not isinstance(n, Notice):
            return n
        args = {k: fix(v) for k, v in n.args.items()}
        if n.template == STORY_NOTE and args.get("story") in spans:
            a, b = spans[args["story"]]
            args.update(top=a + 1, foot=b)
        elif n.template == HEADLINE_SIZE and getattr(args.get("said"), "template", None) == STORY_NOTE \
                and args["said"].args.get("story") == sid:
            args["size"] = size
        elif n.template in (STACK_NOTE, STACK_ORDER) and args.get("stack") in order:
            args["stories"] = joined(order[args["stack"]])
        return Notice(n.template, **args)
    plan.notes[:] = [fix(n) for n in plan.notes]
