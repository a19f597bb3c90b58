"""A short story headed as news (`ranking.headed_as_news`: a deck, or a kicker over more than one paragraph)
ranks second — a middle step, its headline 一号/二号-class — where a page editor has the room. Where its
stack runs over with its photos at their smallest and the headings a size smaller do not give the lines
back, he sets it back as the brief its length makes it (its headline in `headline_brief`) before a photo
is set narrower or left out, or copy is cut: from the foot of the stack up, as few as end the overrun."""
from __future__ import annotations

import weakref
from dataclasses import replace

from layout_app.layout.probe import FrameProbe
from layout_app.layout.storyblock import ENOUGH, measure_heading
from layout_app.layout.wording import HEADED
from layout_app.model.frame import Frame

BRIEF = "headline_brief"

# a scratch probe per autoplace probe, its document with the stories set back ranked brief
_BRIEF_PROBES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def demotable(doc, ranked) -> set[str]:
    """The stories ranked second only for their heading (`ranking.HEADED`), as short as a brief, where the
    template has a brief's headline style and the story takes the rank autoplace gave it (not an
    editor's)."""
    if BRIEF not in doc.styles:
        return set()
    return {sp.story for sp, rank, why in ranked
            if rank == 2 and getattr(why, "template", None) == HEADED and doc.story(sp.story).rank == "second"}


def as_briefs(doc, sids):
    """`doc` with stories `sids` ranked brief: their headlines in `headline_brief`."""
    return replace(doc, stories=tuple(replace(s, rank="brief") if s.id in sids else s for s in doc.stories))


def _brief_probe(probe: FrameProbe, sids) -> FrameProbe:
    key = frozenset(sids)
    got = _BRIEF_PROBES.get(probe)
    if got is None or got[0] != key:
        got = _BRIEF_PROBES[probe] = (key, FrameProbe(as_briefs(probe.doc, key), probe.page))
    return got[1]


def brief_heading(probe: FrameProbe, sid: str, cols: int, ceiling: float | None, sids) -> tuple[int, float, int, bool, float]:
    """Story `sid`'s heading at `cols` columns in a brief's headline style, measured as `storyblock`
    measures a ranked heading: its lines, headline size, the lines of air it may take at that size,
    whether it is set below its minimum, and its cap (pt)."""
    bp = _brief_probe(probe, sids)
    cap = bp.doc.style(BRIEF).size if ceiling is None else min(bp.doc.style(BRIEF).size, ceiling)
    head = Frame(f"{sid}-head", 0, cols, 0, 1, story=sid, part="heading")
    return (*measure_heading(bp, head, cap, 0.0, ENOUGH * cap), cap)


def demote_heads(probe: FrameProbe, blocks: list, cols: int, over: int, sids) -> list[str]:
    """Stories of a stack `over` lines too long set back to a brief's rank, from the foot up, as few as
    end the overrun (all that give lines back when that is not enough: a photo or copy costs more); each
    block's heading measured again in `headline_brief`, changed in place. The stories set back."""
    out = []
    for b in reversed(blocks):
        if over <= 0:
            break
        sid = b.plan.story
        if sid not in sids or not b.head:
            continue
        lines, size, air, below, cap = brief_heading(probe, sid, cols, b.plan.ceiling, sids)
        if lines >= b.head or below:
            continue                   # no line given back: it keeps its rank
        over -= b.head - lines
        b.head, b.size, b.head_air, b.below_min, b.cap, b.floor = lines, size, air, below, cap, 0.0
        out.append(sid)
    return out


def over_lead(plan) -> int:
    """Photos of the stories under the lead set larger than the lead story's largest, as the plan set
    them: a page editor gives the lead story the largest photo — weighed, after its faults, when a page
    is planned again with the stories headed as news set as briefs."""
    stories = plan.decisions.get("stories", [])
    area = {d["story"]: [p["width_pt"] * p["height_pt"] for p in d.get("photos", [])] for d in stories}
    lead = [a for d in stories if d["rank"] == 1 for a in area[d["story"]]]
    if not lead:
        return 0
    return sum(1 for d in stories if d["rank"] > 1 for a in area[d["story"]] if a > max(lead) + 1.0)
