"""What a first layout (`autoplace.Plan`) came out as, from the page composed once with its frames:
empty lines at the end of each stack, headline sizes, lines overset — the facts `compose` reports,
with a note for each stack and story."""
from __future__ import annotations

from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.compose import Composer
from layout_app.layout.display import Group, ImagePlacement
from layout_app.layout.tombstones import type_lines_of
from layout_app.layout.wording import (AIR_LEFT, AIR_SPREAD, AIR_STACK, BELOW_MIN, CAPTION_UNDER, CLAUSES, EACH,
                                       EACH_RANGE, EMPTY_BESIDE, HEADING, HEADLINE_SIZE, HELD, ITS_AS_LARGE, ITS_PHOTOS,
                                       LEFT_OFF, LEFT_OFF_MANY, NO_PHOTO_IN, NO_PHOTO_THERE, NO_ROW_LEFT, OVERSET, PARTS,
                                       PHOTO_HELD, PHOTO_NOTE, PHOTO_SHARE, PHOTOS_NOTE, SHORT_MANY, SHORT_ONE,
                                       STACK_NOTE, STACK_ORDER, STACK_SHORT, STORY_NOTE, STORY_OUT, THEIR_AS_LARGE,
                                       THEIR_PHOTOS, WHERE_THEY_HAVE, columns, joined)
from layout_app.model.document import Document, Page


def _text(f) -> bool:
    return f.kind == "text" and f.part == "body"


def measure_plan(doc: Document, page: Page, plan, max_empty: int, aspect) -> None:
    """Compose the finished page once: empty lines per stack, headline sizes, overset, each picture's
    size and crop as printed — the facts. `aspect`: the first layout's `PhotoShapes`."""
    full = replace(page, frames=tuple(plan.frames))
    display = Composer(replace(doc, pages=(full,)), shapes=dict(aspect)).compose(full)
    reports = {r.frame: r for r in display.reports}
    plan.type_lines = type_lines_of(display)
    frames = {f.id: f for f in plan.frames}
    dec = plan.decisions
    as_printed(display, dec, aspect)
    for d in dec["stories"]:
        r = reports.get(d.get("heading_frame", ""))
        if r is not None:
            d["headline_size"] = r.size
            if r.below_min:
                d["below_min"] = True
                plan.warnings.append(Notice(BELOW_MIN, story=d["story"], headline=doc.story(d["story"]).title))
        body = reports.get((d.get("body_frames") or [""])[-1])
        if body is not None and body.overset_lines:
            plan.warnings.append(Notice(OVERSET, story=d["story"], lines=body.overset_lines, chars=body.overset_chars))
            d["overset_lines"] = body.overset_lines
    for s in dec["stacks"]:
        a, b = s["columns"][0] - 1, s["columns"][1]
        ids = {fid for d in dec["stories"] if d["story"] in s["stories"]
               for fid in [d.get("heading_frame"), *d.get("body_frames", [])]
               + [p["frame"] for p in d["photos"]] + [p.get("caption_frame") for p in d["photos"]] if fid}
        in_stack = [frames[i] for i in sorted(ids)]
        if not in_stack:
            s["empty_lines"] = (b - a) * (doc.grid.line_count)
            continue
        # a body and a caption ending on one line: the body's, whose text may stop short of its end
        # (and never a pick by the set's order, which changes from run to run)
        # (a photo frame's part is "body" too: text is a text frame's)
        last = max(in_stack, key=lambda f: (f.line + f.lines, _text(f), f.id))
        end = last.line + last.lines
        floor = min((f.line for f in plan.frames if f.id == "credits"), default=doc.grid.line_count)
        floor = min(floor, dec.get("picture_band", {}).get("top", floor))     # over a picture story's band
        empty = (floor - end) * (b - a)
        if _text(last):
            tail = [f for f in plan.frames if _text(f) and f.story == last.story][-1]
            if tail is not last:
                # the story's last columns evened (`evening`): a shorter frame after it, the lines under it empty
                last = tail
                empty += (end - last.line - last.lines) * last.cols
        r = reports.get(last.id)
        if r is not None and _text(last):
            empty += r.empty_lines
        s["empty_lines"] = empty
        s["ends_with"] = last.id
        said = {"stack": s["stack"], "first": a + 1, "last": b, "stories": joined(s["stories"]), "empty": empty}
        plan.notes.append(Notice(STACK_ORDER, order=s["order"], **said) if s.get("order") else Notice(STACK_NOTE, **said))
    short_of_copy(doc, plan, max_empty)
    spread_air(plan, max_empty)
    left_off_said(plan)
    photo_share(doc, plan)
    for d in dec["stories"]:
        title = doc.story(d["story"]).title
        said = {"story": d["story"], "rank": d["rank"], "why": d["why"], "stack": d["stack"], "first": d["columns"][0],
                "last": d["columns"][1], "top": d["lines"][0], "foot": d["lines"][1]}
        note = d.get("band") or (Notice(STORY_NOTE, headline=title, **said) if title or not d["photos"]
                                 else Notice(PHOTOS_NOTE, n=len(d["photos"]), **said))
        if d.get("headline_size"):
            note = Notice(HEADLINE_SIZE, said=note, size=d["headline_size"])
        for p in d["photos"]:
            ph = Notice(PHOTO_NOTE[p["orientation"]], photo=p["photo"], width=p["width_pt"], height=p["height_pt"],
                        crop=p["crop_pct"])
            note = Notice(PARTS, a=note, b=Notice(CAPTION_UNDER, said=ph) if p.get("caption_frame") else ph)
        for said in (d.get("photo_on_top"), d.get("heading_shortened") and Notice(HEADING, what=d["heading_shortened"]),
                     d.get("photo_narrowed"), d.get("beside_story")):
            if said:
                note = Notice(PARTS, a=note, b=said)
        plan.notes.append(note)


HELD_SAID = True           # (a switch for breaking tests)


PHOTO_SHARE_MAX = 0.5     # photos over half the page's columns: copy too short, hidden by photos grown to fill


def as_printed(display, dec: dict, aspect) -> None:
    """Each photo's size and crop as the picture prints: it stands inset in its frame by up to a body
    line (`photoair`), so the frame's own would overstate its height and understate its crop (review 7:
    a reported crop a few % under the PDF's)."""
    pictures = {g.frame: g.items[0].rect for g in display.items
                if isinstance(g, Group) and g.tag == "photo" and g.items and isinstance(g.items[0], ImagePlacement)}
    for d in dec["stories"]:
        for p in d.get("photos", []):
            r = pictures.get(p["frame"])
            if r is not None:
                p["width_pt"], p["height_pt"] = round(r.width, 1), round(r.height, 1)
                p["crop_pct"] = round(aspect.crop(p["photo"], r.width, r.height) * 100, 1)


def photo_share(doc: Document, plan) -> None:
    """How much of the page's columns its photos fill. Over half, the copy is short for the page and the
    photos stand in for it (compose fills columns by growing them): said as a warning — a chief editor
    would send such a page back."""
    grid = doc.grid
    photos = sum(f.cols * f.lines for f in plan.frames if f.kind == "photo")
    share = photos / (grid.columns * grid.line_count)
    plan.decisions["photo_share"] = round(share, 2)
    if share > PHOTO_SHARE_MAX:
        plan.warnings.append(Notice(PHOTO_SHARE, share=share))


def _each(stack: dict) -> Notice | str:
    """A stack's empty lines in each of its columns, as the editor's live check counts them."""
    cols = stack["columns"][1] - stack["columns"][0] + 1
    if cols < 2:
        return ""
    few, most = stack["empty_lines"] // cols, -(-stack["empty_lines"] // cols)
    return Notice(EACH, few=few, cols=cols) if few == most else Notice(EACH_RANGE, few=few, most=most, cols=cols)


def short_of_copy(doc: Document, plan, max_empty: int) -> None:
    """The page as a whole short of copy: the stacks that end more than `max_empty` lines empty once
    every photo is as large as the crop limit and its pixels let it, and the air between the stories is
    used — lines no arrangement fills, which the editor fills with copy, a photo or a box. Said once for
    the page, in lines of a column and in characters of body text (缺稿)."""
    short = [s for s in plan.decisions["stacks"] if s.get("empty_lines", 0) > max_empty]
    if not short:
        return
    lines = sum(s["empty_lines"] for s in short)
    size = doc.style("body").size
    chars = lines * int(doc.grid.span_width(1) // size)
    # (lines of text short, counted over the stack's columns; the editor's live check counts a column's)
    where = joined((Notice(STACK_SHORT, stack=s["stack"], first=s["columns"][0], last=s["columns"][1],
                           lines=s["empty_lines"], each=_each(s)) for s in short), CLAUSES)
    with_photo = {d["stack"] for d in plan.decisions["stories"] if d.get("photos")}
    one = len(short) == 1         # (one stack short, or several: its photos, their photos)
    held = {p["photo"]: p.get("held_by") for d in plan.decisions["stories"] if d["stack"] in {s["stack"] for s in short}
            for p in d.get("photos", [])}
    stack_of = {p["photo"]: d["stack"] for d in plan.decisions["stories"] for p in d.get("photos", [])}
    photos = (Notice(ITS_AS_LARGE if one else THEIR_AS_LARGE) if all(s["stack"] in with_photo for s in short)
              else Notice(NO_PHOTO_THERE) if not any(s["stack"] in with_photo for s in short)
              else Notice(WHERE_THEY_HAVE))   # (several)
    if HELD_SAID and set(held.values()) - {"crop", "pixels"}:
        # a photo held by another rule than its crop and pixels: that rule named, photo by photo
        said = []
        for st in short:
            mine = [(pid, why) for pid, why in held.items() if stack_of[pid] == st["stack"]]
            if mine and all(why is None for _, why in mine) and not st.get("spare_rows"):
                # its photos could stand taller, but no row is left: the white is where its text ends
                said.append(Notice(NO_ROW_LEFT, stack=st["stack"]))
            elif mine:
                said.append(joined((Notice(PHOTO_HELD, photo=pid, held=Notice(HELD[why])) for pid, why in mine), PARTS))
            else:
                said.append(Notice(NO_PHOTO_IN, stack=st["stack"]))
        photos = Notice(ITS_PHOTOS if one else THEIR_PHOTOS, said=joined(said, PARTS))
    plan.decisions["short_of_copy"] = {"lines": lines, "characters": chars, "stacks": [s["stack"] for s in short],
                                       "photos_held_by": held}
    plan.warnings.insert(0, Notice(SHORT_ONE if one else SHORT_MANY, lines=lines, chars=chars, where=where, photos=photos))


SPREAD = 4        # lines of air beyond a stack's usual that read as a page padded out, not edited


def spread_air(plan, max_empty: int) -> None:
    """A stack filled by air spread beyond its usual (a line more between its stories, under its headings
    and captions): no empty lines at its foot, but the page is short of copy all the same — said, with the
    stacks and their lines, so a page of briefs floating apart is not passed as filled."""
    spread = [s for s in plan.decisions["stacks"] if s.get("air_spread", 0) >= SPREAD
              and s.get("empty_lines", 0) <= max_empty]
    if not spread:
        return
    lines = sum(s["air_spread"] for s in spread)
    where = joined((Notice(AIR_STACK, stack=s["stack"], first=s["columns"][0], last=s["columns"][1], lines=s["air_spread"])
                    for s in spread), CLAUSES)
    plan.decisions["air_spread"] = {"lines": lines, "stacks": [s["stack"] for s in spread]}
    plan.warnings.append(Notice(AIR_SPREAD, where=where))


HOLE = 3      # a line slot of white beside a poem or among works counts as this many empty ones at a stack's foot


def white_beside(plan) -> int:
    """The line slots left empty beside photos set narrower than their stack (`empty_beside`), beside a
    poem alone down one column and under the shorter works of a section's row (a story's `white`)."""
    return sum((b - a + 1) * (y1 - y0 + 1) for d in plan.decisions["stories"] for pd in d.get("photos", [])
               if "empty_beside" in pd
               for (a, b), (y0, y1) in [(pd["empty_beside"]["columns"], pd["empty_beside"]["lines"])]) + \
        HOLE * sum(d.get("white", 0) for d in plan.decisions["stories"])     # (a hole mid-page: worse than a short foot)


def empty_beside(plan) -> None:
    """A photo set narrower than its stack with no text beside it (too short a story to fill the place)
    leaves columns empty beside it: said, with where, for the editor to fill."""
    for d in plan.decisions["stories"]:
        for pd in d.get("photos", []):
            if "empty_beside" in pd:
                (a, b), (y0, y1) = pd["empty_beside"]["columns"], pd["empty_beside"]["lines"]
                plan.warnings.append(Notice(EMPTY_BESIDE, photo=pd["photo"], story=d["story"], why=pd["empty_beside"]["why"],
                                            where=columns(a, b), top=y0, foot=y1))


def left_off_said(plan, held=()) -> None:
    """A page that ends short, or filled by air spread, while a story is left off it (as autoplace left it,
    or held over, `held`) is no page short of copy: said as the stories left off and the room they left."""
    left = [u.args["story"] for u in plan.unplaced if getattr(u, "template", None) == STORY_OUT] + list(held)
    if not left:
        return
    names = joined(dict.fromkeys(left))
    for k, w in enumerate(plan.warnings):
        template = getattr(w, "template", None)
        if template in (SHORT_ONE, SHORT_MANY):
            where = w.args["where"]
        elif template == AIR_SPREAD:
            where = Notice(AIR_LEFT, where=w.args["where"])
        else:
            continue
        plan.warnings[k] = Notice(LEFT_OFF_MANY if len(set(left)) > 1 else LEFT_OFF, stories=names, where=where)
    if plan.decisions.pop("short_of_copy", None) is not None or plan.decisions.pop("air_spread", None) is not None:
        plan.decisions["left_off"] = list(dict.fromkeys(left))
