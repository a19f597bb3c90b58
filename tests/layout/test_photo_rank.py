"""A photo's size follows its story's rank: a page editor gives the lead story the largest photo, and
no photo of a story under it — a brief's portrait on a short page, say — stands larger than the lead
story's largest. Weighed when the arrangement is chosen (not a cap after the fact that leaves a
hole beside a photo set narrower): the page still fills its stacks. Expectations written by hand."""
from dataclasses import replace

from layout_app.io.templates import new_document
from layout_app.layout import choosing
from layout_app.layout.autoplace import StoryPlan, plan_page
from layout_app.layout.copyfit import MAX_EMPTY
from layout_app.model.story import Photo, Story

TEXT = "今年以来，东坪村引进草莓种植技术，由村集体牵头成立合作社，统一育苗、统一技术、统一销售，带动村民增收。"


def short_page():
    """A lead story of about 520 characters with a landscape photo; four briefs, two with a portrait
    photo (height 1.4 and 1.3 times the width), one with a landscape one, two with none: a page of
    more photo than copy, where a brief's portrait set across a wide stack outgrows everything."""
    lead = Story("s1", "东坪村：草莓大棚里种出“甜蜜事业”", "“一颗草莓”撬动一个产业", body=(TEXT,) * 10)
    briefs = [Story(f"s{k}", f"第{k}条简讯标题写在这里", body=(TEXT * n,)) for k, n in ((2, 4), (3, 4), (4, 3), (5, 3), (6, 2))]
    shapes = {"p1": 0.66, "p2": 1.4, "p3": 0.66, "p4": 1.3}
    photos = tuple(Photo(p, f"{p}.jpg", caption=f"图片说明{p}：村民在大棚里采摘草莓。", credit="本报记者 刘芳 摄") for p in shapes)
    doc = replace(new_document("duikai", 1), stories=(lead, *briefs), photos=photos)
    plans = [StoryPlan("s1", ["p1"]), StoryPlan("s2", ["p2"]), StoryPlan("s3", ["p3"]), StoryPlan("s4", ["p4"]),
             StoryPlan("s5"), StoryPlan("s6")]
    return doc, plans, shapes


def photo_areas(plan) -> dict[str, list[float]]:
    """Story → the areas (pt²) of its photo frames as set."""
    return {d["story"]: [p["width_pt"] * p["height_pt"] for p in d["photos"]] for d in plan.decisions["stories"]}


def test_no_photo_of_a_story_under_the_lead_is_larger_than_the_lead_storys():
    doc, plans, shapes = short_page()
    plan = plan_page(doc, doc.pages[0], plans, photo_aspect=shapes)
    rank = {d["story"]: d["rank"] for d in plan.decisions["stories"]}
    assert rank["s1"] == 1 and all(rank[s] > 1 for s in rank if s != "s1")
    areas = photo_areas(plan)
    lead = max(areas["s1"])
    for sid, sizes in areas.items():
        if sid != "s1":
            assert all(a <= lead + 1.0 for a in sizes), (sid, sizes, lead)
    # …and the page is still filled: no stack left short, no hole beside a photo, nothing left out
    assert all(st["empty_lines"] <= MAX_EMPTY for st in plan.decisions["stacks"])
    assert not any(p.get("empty_beside") for d in plan.decisions["stories"] for p in d["photos"])
    assert plan.unplaced == []


def test_without_the_rule_a_briefs_portrait_is_the_pages_largest(monkeypatch):
    # (the case needs the rule: chosen by emptiness alone, the lead's photo goes narrower with its
    # text beside it and a brief's portrait stands across five columns, the page's largest)
    monkeypatch.setattr(choosing, "BY_RANK", False)
    doc, plans, shapes = short_page()
    areas = photo_areas(plan_page(doc, doc.pages[0], plans, photo_aspect=shapes))
    assert max(a for sid, sizes in areas.items() if sid != "s1" for a in sizes) > max(areas["s1"])
