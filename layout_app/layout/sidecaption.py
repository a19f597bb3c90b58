"""A strip beside its photo's caption: a brief of a hundred characters with a photo across its stack
runs in legs of two or three lines right over or under the picture — a strip, not a story. A page
editor keeps the photo across the stack and sets, under it, the caption in a column or two on the right
and the text in the other columns on the left, its legs LEG_MIN lines deep or more (one column when no
split is that deep), both ending within SIDE_WHITE lines of each other. The photo gives the lines the
deeper text takes, within its crop limit: the story keeps the lines it had, nothing else of the stack
moves. Only a story whose text and that photo (with its caption) stand one right after the other,
nothing between them (a heading under its photo keeps its place: not this form)."""
from __future__ import annotations

from dataclasses import replace

from layout_app.layout.beside import caption_lines, photo_range
from layout_app.layout.evening import even_last_column
from layout_app.layout.probe import fewest
from layout_app.layout.stacking import LEG_MIN
from layout_app.model.frame import Frame

SIDE_CAPTION = True    # (a switch for breaking tests)
SIDE_WHITE = 3         # lines the text and the caption beside it may end apart (copyfit's limit) …
SIDE_WHITE_OVER = 4    # … or where a story stands under them in the stack: with the air under them, a gap
                       # no longer than the live check lets pass between two items (`preflight.blanks`)
BETWEEN = 5            # (preflight.blanks.BETWEEN: a gap between two items past this many lines is a hole)
TEXT_AIR = 1           # a line of air between the photo and the text under it (its caption right under it);
                       # none, the text level with the caption's top, where that line would leave a hole
OVER_AIR = 1           # lines between a caption and the text under it the form may take into its photo


def _photo_by(frames: list[Frame], sid_frames: list[Frame], col: int, cols: int, y0: int, y1: int):
    """The photo (and its caption) across the stack right over the text (lines `y0`–`y1`), or right
    under it: (photo frame, caption frame, region top, region foot), or None."""
    for p in frames:
        if not p.photo or p.part == "caption" or p.col != col or p.cols != cols:
            continue
        cap = next((f for f in frames if f.part == "caption" and f.photo == p.photo), None)
        if cap is None or cap.col != col or cap.cols != cols or cap.line != p.line + p.lines:
            continue
        if 0 <= y0 - (cap.line + cap.lines) <= OVER_AIR:
            top, foot = p.line, y1
        elif p.line == y1:
            top, foot = y0, cap.line + cap.lines
        else:
            continue
        ours = set(map(id, sid_frames)) | {id(p), id(cap)}
        if any(id(f) not in ours and f.line < foot and top < f.line + f.lines
               and f.col < col + cols and col < f.col + f.cols for f in frames):
            continue                                    # something else stands in the lines it would take
        return p, cap, top, foot
    return None


def side_caption(doc, probe, frames: list[Frame], stories: list[dict], col: int, cols: int, bottom: int,
                 aspect) -> None:
    """The stack's frames (`col`, `cols`, its foot line `bottom`) with each strip by its photo across the
    stack set under that photo beside its caption, changed in place, and its decision (`stories`:
    autoplace's) with it."""
    if not SIDE_CAPTION or cols < 2:
        return
    grid = doc.grid
    for d in stories:
        sid = d["story"]
        body = [f for f in frames if f.story == sid and f.part == "body"]
        if not body or not all(f.cols >= 2 and f.lines < LEG_MIN for f in body):
            continue
        if min(f.col for f in body) != col or max(f.col + f.cols for f in body) != col + cols:
            continue
        y0, y1 = min(f.line for f in body), max(f.line + f.lines for f in body)
        found = _photo_by(frames, body, col, cols, y0, y1)
        if found is None:
            continue
        p, cap, top, foot = found
        span = foot - top
        # (the credits' band across the page on its last lines is the foot, as the live check takes it)
        nxt = [f.line for f in frames if f.line >= foot and f.col < col + cols and col < f.col + f.cols
               and not (f.cols == grid.columns and f.lines <= 2 and f.line + f.lines >= grid.line_count)]
        if not nxt and bottom - foot > SIDE_WHITE:
            continue                                    # white under it to the stack's foot anyway: split in two, not closed
        white = min(SIDE_WHITE_OVER, BETWEEN - (min(nxt) - foot)) if nxt else SIDE_WHITE - (bottom - foot)
        _, lo, _ = photo_range(grid, aspect, p.photo, cols)
        best = None
        for c in range(1, cols):
            k = cols - c
            def over(n: int, k=k) -> bool:
                return bool(probe.report([Frame(f"{sid}-body", col, k, 0, n, story=sid, part="body")])
                            [f"{sid}-body"].overset_lines)
            t = fewest(over, span)
            if over(t) or (t < LEG_MIN and k > 1):
                continue                                # no room, or a strip still
            capl = caption_lines(doc, probe, p.photo, c)
            for air in (TEXT_AIR, 0):
                h = min(p.lines, span - max(air + t, capl))    # (never larger than it was: the lead's stays largest)
                depth = span - h
                if h < lo or depth - min(air + t, capl) > white:
                    continue                            # cropped past its limit, or a hole beside the shorter
                score = (air < TEXT_AIR, depth - min(air + t, capl), -k)
                if best is None or score < best[0]:
                    best = (score, k, c, t, capl, h, air)
        if best is None:
            continue
        _, k, c, t, capl, h, air = best
        photo = replace(p, line=top, lines=h)
        caption = replace(cap, line=top + h, col=col + k, cols=c, lines=capl)
        text = even_last_column(probe, [Frame(f"{sid}-body", col, k, top + h + air, span - h - air,
                                              story=sid, part="body")])
        frames[:] = [photo if f is p else caption if f is cap else f for f in frames if f not in body] + text
        d["body_frames"] = [f.id for f in text]
        for pd in d.get("photos", []):
            if pd.get("photo") == p.photo:
                pd["lines"] = [top + 1, top + h]
                pd["height_pt"] = round(h * grid.leading, 1)
                pd["crop_pct"] = round(100 * aspect.crop(p.photo, grid.span_width(cols), h * grid.leading), 1)
                pd["caption"] = (f"under its photo in columns {col + k + 1}–{col + cols}, lines {top + h + 1}–"
                                 f"{top + h + capl}, beside its story's text, in the stack of story {sid}")
        d["caption_beside_text"] = (f"its text under the photo in columns {col + 1}–{col + k}, legs of {t} lines "
                                    f"or so, the caption beside it: not a strip of {max(f.lines for f in body)} lines "
                                    "across the stack")
