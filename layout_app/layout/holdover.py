"""Which stories a page editor holds over (压稿) when the page cannot take all its copy and photos: the
least useful first — a fragment, then briefs and fillers (a sidebar, a commentary), then a service notice
(numbered points, a hotline with a date: what readers keep) and a story with its news photo or a picture
story (图片新闻), the second stories, never the lead; later in the copy first among equals. The page is
planned again without them (`autoplace.plan_page`) where that loses less: never a notice left off while
a brief stays, never a picture story's photo set stamp-sized (narrower than `PICTURE_COLS`) — it is set
aside whole where no brief can make room for it. Another story's photo left out holds no copy over: a
page editor drops a photo before a story (宁可撤图，不删稿)."""
from __future__ import annotations

import re

from layout_app.errors import Notice
from layout_app.layout.autoplace import plan_page
from layout_app.layout.photonews import picture_cols
from layout_app.layout.planfacts import left_off_said
from layout_app.layout.ranking import rank_stories, service_notice as numbered_points
from layout_app.layout.wording import (HELD_BRIEF, HELD_FRAGMENT, HELD_MORE, HELD_OVER, HELD_PICTURE, PHOTO_OUT,
                                       PHOTO_OUT_DEEP, STORY_OUT)

FRAGMENT = 40          # characters of text under which a "story" is a scrap (a signature, a line cut off)
TRIES = 3              # stories held over at most, one page planned for each

# a hotline or phone number, a date
PHONE = re.compile(r"(?<!\d)(?:1\d{4}|\d{3,4}[-－]\d{7,8}|1[3-9]\d{9})(?![\d.%万亿件个])")
DATE = re.compile(r"\d{1,2}月\d{1,2}日")

FRAGMENT_V, FILLER_V, KEEP_V, SECOND_V, LEAD_V = 0, 1, 2, 3, 4      # a story's worth to the page, low to high


def service_notice(story) -> bool:
    """Copy a reader keeps: its points numbered (`ranking.service_notice`), or a hotline to ring with a
    date to keep."""
    text = "".join(story.body)
    return numbered_points(story) or bool(PHONE.search(text) and DATE.search(text))


def worth(doc, sp, rank: int) -> int:
    """Story plan `sp`'s worth to the page (`rank` as `ranking` gives it: 1 lead, 2 second, 3 brief):
    what an editor cuts last is worth most."""
    story = doc.story(sp.story)
    if rank == 1:
        return LEAD_V
    if rank == 2:
        return SECOND_V
    if getattr(sp, "gallery", False):
        return KEEP_V                        # a 副刊's 书画: its works are its copy
    if sum(len(p) for p in story.body) < FRAGMENT:
        return FRAGMENT_V
    if sp.photo_news or set(sp.photos) - set(sp.guessed) or service_notice(story):
        return KEEP_V
    return FILLER_V


def _wide_enough(doc, plan, sp, aspect: dict) -> bool:
    """A picture story's photo as set spans its columns (or the page's, where fewer)."""
    n = doc.grid.columns
    frames = [f for f in plan.frames if f.photo in sp.photos and f.kind == "photo"]
    if not frames:
        return True                          # (not placed: said as its photo or story left out)
    return max(f.cols for f in frames) >= picture_cols(n, aspect.get(frames[0].photo, 1.0))


def losses(doc, plan, plans, value: dict, aspect: dict) -> list[tuple[int, str, str]]:
    """What the page as planned leaves off or spoils: (worth, kind, id) — a story left off, a picture
    story's photo left out or set stamp-sized."""
    story_of = {p: sp.story for sp in plans for p in sp.photos}
    pictured = {p for sp in plans if sp.photo_news for p in sp.photos}
    out = []
    for u in plan.unplaced:
        template = getattr(u, "template", None)
        if template == STORY_OUT:
            out.append((value[u.args["story"]], "story", u.args["story"]))
        elif template in (PHOTO_OUT, PHOTO_OUT_DEEP) and u.args["photo"] in pictured:
            # a picture story's photo: the story itself. Another story's photo left out is no reason to
            # hold a reporter's copy over — a page editor drops a photo before a story (宁可撤图，不删稿)
            sid = story_of.get(u.args["photo"])
            out.append((max(KEEP_V, value.get(sid, KEEP_V)), "photo", u.args["photo"]))
    for st in plan.decisions.get("stacks", []):
        if st.get("empty_lines", 0) < 0:
            # a stack set past its foot (into a picture story's band): text printed over text, worst of all
            out.append((LEAD_V + 1, "over", str(st["stack"])))
    placed = {f.story for f in plan.frames if f.story}
    for sp in plans:
        if sp.photo_news and sp.story in placed and not _wide_enough(doc, plan, sp, aspect):
            out.append((value[sp.story], "stamp", sp.story))
    return out


def _key(doc, plan, plans, value, aspect, held) -> tuple:
    """Worse pages sort later: the most useful thing lost first, then the page's own faults."""
    lost = sorted([v for v, _, _ in losses(doc, plan, plans, value, aspect)] + [value[s] for s in held], reverse=True)
    return tuple(lost), tuple(plan.fault)


def next_to_hold(value: dict, order: dict, exclude: set, top: int) -> str | None:
    """The story an editor holds over next to save something worth `top`: the least useful story on the
    page, the latest in the copy among equals — none worth `top` or more."""
    cands = [s for s in value if s not in exclude and value[s] < min(top, LEAD_V)]
    return min(cands, key=lambda s: (value[s], -order[s]), default=None)


def plan_held_over(doc, page, plans: list, photo_aspect: dict | None = None, **kw):
    """`autoplace.plan_page`, with the stories an editor would hold over left off where the page cannot
    take everything: each held story said (`HELD_OVER`), and a page short of copy while a story is left
    off said as the stories left off (`planfacts.left_off_said`)."""
    aspect = photo_aspect or {}
    plan = plan_page(doc, page, plans, photo_aspect=photo_aspect, **kw)
    value = {sp.story: worth(doc, sp, rank) for sp, rank, _ in rank_stories(doc, plans)}
    order = {sp.story: k for k, sp in enumerate(plans)}
    best, best_held = plan, []
    best_key = _key(doc, plan, plans, value, aspect, [])
    held: list[str] = []
    for _ in range(TRIES):
        lost = losses(doc, plan, plans, value, aspect)
        if not lost:
            break
        top = max(v for v, _, _ in lost)
        lost_ids = {i for _, _, i in lost}
        nxt = next_to_hold(value, order, set(held) | lost_ids, top)
        if nxt is None:
            break
        held.append(nxt)
        plan = plan_page(doc, page, [sp for sp in plans if sp.story not in held], photo_aspect=photo_aspect, **kw)
        key = _key(doc, plan, plans, value, aspect, held)
        if key < best_key:
            best, best_held, best_key = plan, list(held), key
    # a picture story whose photo would still go stamp-sized: set aside whole, its photo with it
    stamped = [i for _, kind, i in losses(doc, best, plans, value, aspect) if kind == "stamp"]
    if stamped:
        best_held = best_held + stamped
        best = plan_page(doc, page, [sp for sp in plans if sp.story not in best_held], photo_aspect=photo_aspect, **kw)
    for sid in best_held:
        why = (HELD_PICTURE if sid in stamped else HELD_FRAGMENT if value[sid] == FRAGMENT_V else
               HELD_BRIEF if value[sid] == FILLER_V else HELD_MORE)
        best.unplaced.append(Notice(HELD_OVER, story=sid, headline=doc.story(sid).title,
                                    why=Notice(why, n=sum(len(p) for p in doc.story(sid).body))))
    if best_held:
        best.decisions["held_over"] = list(best_held)
    left_off_said(best, best_held)
    return best

