"""A picture story (图片新闻) set as papers set one, for a first layout (`autoplace`): a band across the
page's foot, over the credit line — its photo large (a panorama across the page's width, another photo
PHOTO_SHARE of the columns at least), its heading over the photo and its text, the photo's caption,
under it; or, a photo narrower than the page, the heading and text beside it. Never a brief without
its picture, never its photo the smallest on the page."""
from __future__ import annotations

from dataclasses import replace

from layout_app.errors import Notice
from layout_app.layout.beside import caption_lines, fits, photo_range
from layout_app.layout.copyfit import MAX_EMPTY
from layout_app.layout.storyblock import measure_heading
from layout_app.layout.wording import PICTURE_BAND
from layout_app.model.frame import Frame
from layout_app.model.furniture import RuleItem

PANORAMA = 0.5        # height / width at most: the photo across the page's width (a 2:1 or 3:1 panorama)
PHOTO_SHARE = 0.6     # of the page's columns, another photo's width (5 of 8), 4 columns at least
BAND_SHARE = 0.45     # of the lines between the page's head and foot, the band at most
PICTURE_COLS = 3      # columns a picture story's photo spans at least in a stack (a panorama: PANORAMA_COLS), or
PANORAMA_COLS = 4     # it is a stamp beside its own caption: set aside whole rather than so (`holdover`)
LEG_LINES = 3         # lines a leg of its text under a panorama runs at least (legs of body measure, 3 or 4 deep)


def picture_cols(n: int, shape: float) -> int:
    """Columns a picture story's photo of `shape` (height / width) spans at least on a page of `n`."""
    return min(n, PANORAMA_COLS if shape <= PANORAMA else PICTURE_COLS)


def band_candidate(stories, ranked) -> int | None:
    """The index in `stories` of the picture story set as a band: the first with a photo, not the lead story."""
    lead = next((sp.story for sp, rank, _ in ranked if rank == 1), None)
    return next((k for k, sp in enumerate(stories) if sp.photo_news and sp.photos and sp.story != lead), None)


def _measured_heading(doc, probe, sid: str, col: int, cols: int) -> tuple[int, float]:
    """Lines and headline size of story `sid`'s heading `cols` wide, in its rank's style."""
    story = doc.story(sid)
    if not (story.headline or story.kicker or story.deck):
        return 0, 0.0
    head = Frame(f"{sid}-head", col, cols, 0, 1, story=sid, part="heading")
    styled = f"headline_{story.rank}" if story.rank else "headline"
    cap = doc.style(styled if styled in doc.styles else "headline").size
    lines, size, _, _ = measure_heading(probe, head, cap, 0.0, None)
    return lines, size


def picture_band(doc, probe, sp, rank: int, why, top: int, bottom: int, aspect, most: int | None = None):
    """The frames of picture story `sp` in a band at the foot of lines [top, bottom), its decision (as
    `autoplace._build` records a story's) and the band's first line — None where no band fits (its
    photo's pixels too few, or the band would take more than BAND_SHARE of the page). `most`: a panorama
    this many columns wide, its heading and text beside it (`band_fallback`)."""
    grid = doc.grid
    n = grid.columns
    room = bottom - top
    pid, sid = sp.photos[0], sp.story
    story = doc.story(sid)
    wide = aspect.of(pid) <= PANORAMA
    widths = [min(n, most or n)] if wide else list(range(min(n - 2, max(4, round(n * PHOTO_SHARE))), 3, -1))
    for w in widths:
        across = wide and w == n
        if not fits(grid, aspect, pid, w):
            continue
        nat, lo, hi = photo_range(grid, aspect, pid, w)
        h = max(lo, min(hi, round(nat)))
        cap = caption_lines(doc, probe, pid, w)
        after = False                     # the credit after the text (a panorama's band), not under the photo
        if across:
            head, size = _measured_heading(doc, probe, sid, 0, n)
            body, text = _legs(probe, sid, n, room) if story.body else (None, 0)
            if text:
                # its text in legs of body measure under the photo, the credit right after it, as a
                # caption's credit follows its words (review 30: lines of 57 characters, the credit over
                # them): on its last line, right of the legs, or under them where they fill the width
                after = bool(cap)
                credit_cols = _credit_cols(doc, probe, pid, n - body.cols) if body.cols < n else n
                cap = caption_lines(doc, probe, pid, credit_cols) if cap else 0
            lines = head + h + (max(text, cap) if after and body.cols < n else text + cap)
        else:
            head, size = _measured_heading(doc, probe, sid, w, n - w)
            body = Frame(f"{sid}-body", w, n - w, 0, 1, story=sid, part="body", text_columns=1)
            text = probe.lines_needed(body, room) if story.body else 0
            legs = replace(body, text_columns=0)
            deep = probe.lines_needed(legs, room) if text and n - w > 1 else 0
            if head + text > h + cap or deep >= LEG_LINES:
                # legs a column wide where one would run long — or wherever they run LEG_LINES deep: body
                # measure beside a panorama set narrower, not lines two columns long (review 30, 四开)
                body, text = legs, deep or probe.lines_needed(legs, room)
            # the photo as tall as the text beside it, within its crop limit: no hole under the text
            h = max(lo, min(h, head + text - cap))
            lines = max(h + cap, head + text)
            if lines - head - text > MAX_EMPTY:
                # a few lines of text beside a photo its crop limit keeps tall: a hole under them the
                # band's depth (page A's 71 characters over 22 empty lines) — set in a stack instead
                continue
        if lines > BAND_SHARE * room or lines + 1 >= room:
            continue
        y = bottom - lines
        frames = []
        d = {"story": sid, "headline": story.headline, "rank": rank, "why": why, "stack": 0,
             "columns": [1, n], "lines": [y + 1, bottom], "photos": [], "body_frames": [], "picture_band": True}
        pw = grid.span_width(w)
        if across:
            if head:
                frames.append(Frame(f"{sid}-head", 0, n, y, head, story=sid, part="heading"))
            at = y + head
        else:
            at = y
            if head:
                frames.append(Frame(f"{sid}-head", w, n - w, y, head, story=sid, part="heading"))
        if head:
            d["heading_frame"] = f"{sid}-head"
        frames.append(Frame(f"{pid}-photo", 0, w, at, h, photo=pid))
        pd = {"photo": pid, "frame": f"{pid}-photo", "columns": [1, w], "lines": [at + 1, at + h],
              "width_pt": round(pw, 1), "height_pt": round(h * grid.leading, 1),
              "crop_pct": round(aspect.crop(pid, pw, h * grid.leading) * 100, 1),
              "orientation": "portrait" if aspect.of(pid) > 1 else "landscape"}
        if cap and not after:
            frames.append(Frame(f"{pid}-cap", 0, w, at + h, cap, photo=pid, part="caption"))
            pd["caption_frame"] = f"{pid}-cap"
        d["photos"].append(pd)
        if text:
            if across:
                frames.append(replace(body, line=at + h, lines=text))
            else:
                frames.append(replace(body, line=y + head, lines=lines - head))
            d["body_frames"].append(f"{sid}-body")
        if cap and after:
            right = body.cols < n
            frames.append(Frame(f"{pid}-cap", body.cols if right else 0, credit_cols,
                                at + h + max(text, cap) - cap if right else at + h + text, cap, photo=pid,
                                part="caption"))
            pd["caption_frame"] = f"{pid}-cap"
        note = Notice(PICTURE_BAND, story=sid, headline=story.title, photo=pid, first=y + 1, last=bottom, cols=w)
        return frames, d, y - 1, note
    return None


def band_fallback(doc, plan, before: int, copyfit: bool, replan):
    """A page whose picture band took room its stories need (`plan`, `before`: what was unplaced before its
    stories): a panorama narrower, 4 columns at least, its heading and text beside it (review30's 四开:
    a panorama may run 4–6 columns across a 6-column page's foot), where that page loses nothing; else
    the picture story in a stack as any story (`replan(False)`), where that page is better — but another
    story's photo left out is no reason to set the picture story's photo stamp-sized (宁可撤图; `holdover`
    then set it aside whole, review30). None: keep `plan`."""
    from layout_app.layout.overfull import CUT_LINES          # (overfull builds on autoplace's plans)
    cols = plan.decisions["picture_band"]["story"]["photos"][0]["columns"][1]
    best = plan
    if cols == doc.grid.columns:
        for w in range(cols - 1, PANORAMA_COLS - 1, -1):
            other = replan(w)
            if "picture_band" in other.decisions and other.fault[:2] < best.fault[:2]:
                best = other
            if not any(best.fault[:2]):
                return best
    out = sum(1 for u in best.unplaced[before:] if u.startswith("photo"))
    copy_lost = best.fault[0] or best.fault[1] - ((CUT_LINES + 1) * out if copyfit else 0) > 0
    other = replan(False)
    if other.fault[:2] < best.fault[:2] and (copy_lost or not any(other.fault[:2])):
        return other
    return best if best is not plan else None


def _legs(probe, sid: str, n: int, room: int) -> tuple[Frame, int]:
    """Story `sid`'s text under a panorama in legs a basic column wide each (body measure): across the
    page where it fills `n` legs LEG_LINES deep, else in as many legs from the left as set it LEG_LINES
    deep or more with a last leg of two lines at least (9 lines: 3, 3, 3; 10: 4, 4, 2 — never 3, 3, 3, 1,
    a widow leg), the columns right of them left for its credit: its body frame (line 0) and its lines."""
    one = probe.lines_needed(Frame(f"{sid}-body", 0, 1, 0, 1, story=sid, part="body", text_columns=1), room * n)
    legs = n if one >= LEG_LINES * n else next(
        (k for k in range(n - 1, 1, -1) if -(-one // k) >= LEG_LINES
         and one - -(-one // k) * (k - 1) >= max(2, -(-one // k) - 2)), 1)
    body = Frame(f"{sid}-body", 0, legs, 0, 1, story=sid, part="body", text_columns=legs)
    return body, probe.lines_needed(body, room)


def _credit_cols(doc, probe, pid: str, most: int) -> int:
    """The fewest columns, up to `most`, that set photo `pid`'s credit on one line: it stands right
    after the text's last leg, not at the page's far edge over the page's own credit line."""
    return next((c for c in range(1, most) if caption_lines(doc, probe, pid, c) <= 1), most)


def band_rule(doc, line: int) -> RuleItem:
    """A rule across the page through the line of air over a picture story's band: its heading is not
    read as the foot of the story above it."""
    return RuleItem("picture-band-rule", 0, line, cols=doc.grid.columns)
