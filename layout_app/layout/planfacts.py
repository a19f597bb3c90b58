"""What a first layout (`autoplace.Plan`) came out as, from the page composed once with its frames:
empty lines at the end of each stack, headline sizes, lines overset — the facts `compose` reports,
with a note for each stack and story."""
from __future__ import annotations

from dataclasses import replace

from layout_app.layout.compose import Composer
from layout_app.layout.tombstones import type_lines_of
from layout_app.model.document import Document, Page


def _text(f) -> bool:
    return f.kind == "text" and f.part == "body"


def measure_plan(doc: Document, page: Page, plan, max_empty: int) -> None:
    """Compose the finished page once: empty lines per stack, headline sizes, overset — the facts."""
    full = replace(page, frames=tuple(plan.frames))
    display = Composer(replace(doc, pages=(full,))).compose(full)
    reports = {r.frame: r for r in display.reports}
    plan.type_lines = type_lines_of(display)
    frames = {f.id: f for f in plan.frames}
    dec = plan.decisions
    for d in dec["stories"]:
        r = reports.get(d.get("heading_frame", ""))
        if r is not None:
            d["headline_size"] = r.size
            if r.below_min:
                d["below_min"] = True
                plan.warnings.append(f"story {d['story']}: headline {d['headline']!r} set below its minimum size")
        body = reports.get((d.get("body_frames") or [""])[-1])
        if body is not None and body.overset_lines:
            plan.warnings.append(f"story {d['story']}: {body.overset_lines} lines overset ({body.overset_chars} characters "
                                 f"do not fit its stack)")
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
        plan.notes.append(f"stack {s['stack']}: columns {a + 1}–{b}, stories {', '.join(s['stories'])}, "
                          f"{empty} empty line(s) at its end" + (f"; {s['order']}" if s.get("order") else ""))
    short_of_copy(doc, plan, max_empty)
    spread_air(plan, max_empty)
    photo_share(doc, plan)
    for d in dec["stories"]:
        ph = "; ".join(f"photo {p['photo']} {p['orientation']} {p['width_pt']}×{p['height_pt']} pt, crop {p['crop_pct']} %"
                       + (", caption under it" if p.get("caption_frame") else "") for p in d["photos"])
        plan.notes.append(f"story {d['story']} rank {d['rank']} ({d['why']}): {d['headline']!r} in stack {d['stack']}, "
                          f"columns {d['columns'][0]}–{d['columns'][1]}, lines {d['lines'][0]}–{d['lines'][1]}"
                          + (f", headline {d.get('headline_size')} pt" if d.get("headline_size") else "")
                          + (f"; {ph}" if ph else "")
                          + (f"; {d['photo_on_top']}" if d.get("photo_on_top") else "")
                          + (f"; heading {d['heading_shortened']}" if d.get("heading_shortened") else "")
                          + (f"; {d['photo_narrowed']}" if d.get("photo_narrowed") else "")
                          + (f"; {d['beside_story']}" if d.get("beside_story") else ""))


HELD_SAID = True           # (a switch for breaking tests)
HELD = {"crop": "at the crop limit (a line taller crops away over 20 % of it; 裁切已到限)",
        "pixels": "as large as its pixels fill at 200 ppi (像素所限)",
        "half the stack": "as tall as a photo may stand, half its stack's height (单图不高于半栏)",
        "beside": "as tall as the photo beside it in its row lets it (并排图片同高)",
        None: "could stand taller"}


PHOTO_SHARE_MAX = 0.5     # photos over half the page's columns: copy too short, hidden by photos grown to fill


def photo_share(doc: Document, plan) -> None:
    """How much of the page's columns its photos fill. Over half, the copy is short for the page and the
    photos stand in for it (compose fills columns by growing them): said as a warning — a chief editor
    would send such a page back."""
    grid = doc.grid
    photos = sum(f.cols * f.lines for f in plan.frames if f.kind == "photo")
    share = photos / (grid.columns * grid.line_count)
    plan.decisions["photo_share"] = round(share, 2)
    if share > PHOTO_SHARE_MAX:
        plan.warnings.append(f"photos fill {share:.0%} of the page's columns (照片占版面 {share:.0%}): the copy is "
                             "short for this page — add copy, or set the photos smaller and fill with a box")


def _each(stack: dict) -> str:
    """A stack's empty lines in each of its columns, as the editor's live check counts them."""
    cols = stack["columns"][1] - stack["columns"][0] + 1
    if cols < 2:
        return ""
    few, most = stack["empty_lines"] // cols, -(-stack["empty_lines"] // cols)
    return f": {few if few == most else f'{few}–{most}'} in each of its {cols} columns"


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
    where = ", ".join(f"stack {s['stack']} (columns {s['columns'][0]}–{s['columns'][1]}) ends with {s['empty_lines']} "
                      f"empty lines (缺 {s['empty_lines']} 行{_each(s)})" for s in short)
    with_photo = {d["stack"] for d in plan.decisions["stories"] if d.get("photos")}
    its = "its" if len(short) == 1 else "their"         # (one stack short, or several)
    held = {p["photo"]: p.get("held_by") for d in plan.decisions["stories"] if d["stack"] in {s["stack"] for s in short}
            for p in d.get("photos", [])}
    stack_of = {p["photo"]: d["stack"] for d in plan.decisions["stories"] for p in d.get("photos", [])}
    photos = (f"{its} photos are as large as the crop limit and their pixels let them" if all(s["stack"] in with_photo for s in short)
              else "no photo there to grow" if not any(s["stack"] in with_photo for s in short)
              else "their photos are as large as the crop limit and their pixels let them, where they have one")   # (several)
    if HELD_SAID and set(held.values()) - {"crop", "pixels"}:
        # a photo held by another rule than its crop and pixels: that rule named, photo by photo
        said = []
        for st in short:
            mine = [(pid, why) for pid, why in held.items() if stack_of[pid] == st["stack"]]
            if mine and all(why is None for _, why in mine) and not st.get("spare_rows"):
                # its photos could stand taller, but no row is left: the white is where its text ends
                said.append(f"stack {st['stack']} has no row left, its photos could stand taller: the empty lines "
                            "are at the foot of its text's last column (末栏不满)")
            elif mine:
                said.append("; ".join(f"photo {pid} {HELD[why]}" for pid, why in mine))
            else:
                said.append(f"no photo in stack {st['stack']} to grow")
        photos = f"{its} photos: " + "; ".join(said)
    plan.decisions["short_of_copy"] = {"lines": lines, "characters": chars, "stacks": [s["stack"] for s in short],
                                       "photos_held_by": held}
    plan.warnings.insert(0, f"the page is short of copy by about {lines} lines (缺稿约 {lines} 行, about {chars} "
                            f"characters of body text): {where}; {photos} and the air between {its} stories is used "
                            "— add copy or a photo, or fill with a box")


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
    where = ", ".join(f"stack {s['stack']} (columns {s['columns'][0]}–{s['columns'][1]}) {s['air_spread']} lines"
                      for s in spread)
    plan.decisions["air_spread"] = {"lines": lines, "stacks": [s["stack"] for s in spread]}
    plan.warnings.append(f"air spread to fill the page (稿件不足，拉开了间距): {where} more than usual between the "
                         "stories, under their headings and captions — the copy is short by about that: add copy or a "
                         "photo, or fill with a box")


def white_beside(plan) -> int:
    """The line slots left empty beside photos set narrower than their stack (`empty_beside`)."""
    return sum((b - a + 1) * (y1 - y0 + 1) for d in plan.decisions["stories"] for pd in d.get("photos", [])
               if "empty_beside" in pd
               for (a, b), (y0, y1) in [(pd["empty_beside"]["columns"], pd["empty_beside"]["lines"])])


def empty_beside(plan) -> None:
    """A photo set narrower than its stack with no text beside it (too short a story to fill the place)
    leaves columns empty beside it: said, with where, for the editor to fill."""
    for d in plan.decisions["stories"]:
        for pd in d.get("photos", []):
            if "empty_beside" in pd:
                (a, b), (y0, y1) = pd["empty_beside"]["columns"], pd["empty_beside"]["lines"]
                where = f"column {a}" if a == b else f"columns {a}–{b}"
                plan.warnings.append(f"photo {pd['photo']} of story {d['story']} is set narrower than its stack "
                                     f"({pd['empty_beside']['why']}) and its story's text is too short to stand beside "
                                     f"it: {where}, lines {y0}–{y1} stay empty — a larger file, a box or a brief there")
