"""What a first layout (`autoplace.Plan`) came out as, from the page composed once with its frames:
empty lines at the end of each stack, headline sizes, lines overset — the facts `compose` reports,
with a note for each stack and story."""
from __future__ import annotations

from dataclasses import replace

from layout_app.layout.compose import Composer
from layout_app.model.document import Document, Page


def measure_plan(doc: Document, page: Page, plan, max_empty: int) -> None:
    """Compose the finished page once: empty lines per stack, headline sizes, overset — the facts."""
    full = replace(page, frames=tuple(plan.frames))
    display = Composer(replace(doc, pages=(full,))).compose(full)
    reports = {r.frame: r for r in display.reports}
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
        last = max(in_stack, key=lambda f: (f.line + f.lines, f.part == "body", f.id))
        end = last.line + last.lines
        floor = min((f.line for f in plan.frames if f.id == "credits"), default=doc.grid.line_count)
        empty = (floor - end) * (b - a)
        r = reports.get(last.id)
        if r is not None and last.part == "body":
            empty += r.empty_lines
        s["empty_lines"] = empty
        s["ends_with"] = last.id
        if empty > max_empty:
            plan.warnings.append(f"stack {s['stack']} (columns {a + 1}–{b}) ends with {empty} empty lines: "
                                 "not enough copy or photo for it (缺 %d 行)" % empty)
        plan.notes.append(f"stack {s['stack']}: columns {a + 1}–{b}, stories {', '.join(s['stories'])}, "
                          f"{empty} empty line(s) at its end" + (f"; {s['order']}" if s.get("order") else ""))
    for d in dec["stories"]:
        ph = "; ".join(f"photo {p['photo']} {p['orientation']} {p['width_pt']}×{p['height_pt']} pt, crop {p['crop_pct']} %"
                       + (", caption under it" if p.get("caption_frame") else "") for p in d["photos"])
        plan.notes.append(f"story {d['story']} rank {d['rank']} ({d['why']}): {d['headline']!r} in stack {d['stack']}, "
                          f"columns {d['columns'][0]}–{d['columns'][1]}, lines {d['lines'][0]}–{d['lines'][1]}"
                          + (f", headline {d.get('headline_size')} pt" if d.get("headline_size") else "")
                          + (f"; {ph}" if ph else "")
                          + (f"; {d['photo_on_top']}" if d.get("photo_on_top") else "")
                          + (f"; heading {d['heading_shortened']}" if d.get("heading_shortened") else "")
                          + (f"; {d['photo_narrowed']}" if d.get("photo_narrowed") else ""))
