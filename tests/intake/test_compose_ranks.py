"""Headline sizes by rank on a composed page, as a chief editor reads them (spec: newspaper.md, on a
对开 page a 头条 headline 36–42 pt, other headlines 22–26 pt, briefs 15–16 pt; kickers below their
headline): no story's headline larger than that of a story ranked above it, every kicker smaller than
its headline, a brief's headline small even when it has a kicker."""
from dataclasses import replace

import pytest

from layout_app.io.templates import new_document
from layout_app.layout.autoplace import StoryPlan, plan_page
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from layout_app.model.document import Page
from layout_app.model.story import Story
from tests.intake.composed import compose_corpus_page

BRIEF = (15.0, 16.0)      # 三号–小三 (spec)


def heading_sizes(display, doc, frame_id: str) -> tuple[list[float], list[float]]:
    """The sizes the kicker's characters and the headline's characters are set in, read off the page:
    the heading's runs in reading order, the kicker's characters first, then the headline's."""
    group = next(g for g in display.items if isinstance(g, Group) and g.frame == frame_id)
    story = doc.story(next(f.story for f in doc.pages[0].frames if f.id == frame_id))
    kicker_chars = len("".join(story.kicker.split()))
    headline_chars = len("".join(story.headline.split()))
    kicker, headline, seen = [], [], 0
    for run in group.items:
        if not isinstance(run, GlyphRun):
            continue
        n = len("".join(run.text.split()))
        if seen < kicker_chars:
            kicker.append(run.size)
        elif seen < kicker_chars + headline_chars:
            headline.append(run.size)
        seen += n
    return kicker, headline


def check_ranks(stories: list[tuple[int, float, bool]], heads: dict) -> None:
    """`stories`: (rank, headline size, below its minimum) by story; `heads`: story → (kicker sizes,
    headline sizes) as set."""
    for sid, (kicker, headline) in heads.items():
        assert headline, sid
        assert len(set(headline)) == 1, (sid, headline)           # one size for the whole headline
        assert all(k < min(headline) for k in kicker), (sid, kicker, headline)
    for a in stories:
        for b in stories:
            if a[0] < b[0]:
                # (a headline too long for its width, set below its minimum, is reported: not counted)
                assert a[1] >= b[1] or a[2], (a, b)


def brief_sizes(stories) -> list[float]:
    return [size for rank, size, below in stories if rank == 3 and not below]


@pytest.mark.parametrize("seed", [7, 25, 3])
def test_composed_corpus_pages_keep_headlines_in_rank(tmp_path, seed):
    code, report, doc, display = compose_corpus_page(seed, tmp_path)
    decided = report["decisions"]["stories"]
    stories = [(d["rank"], d["headline_size"], bool(d.get("below_min"))) for d in decided if d.get("heading_frame")]
    heads = {d["story"]: heading_sizes(display, doc, d["heading_frame"]) for d in decided if d.get("heading_frame")}
    check_ranks(stories, heads)
    for size in brief_sizes(stories):
        assert BRIEF[0] <= size <= BRIEF[1]
    if seed in (7, 25):
        # these pages have briefs: their headlines stay small (a brief with a kicker, its kicker under
        # its headline: the hand-built page — here a kicker over more than one paragraph heads news)
        briefs = [d["story"] for d in decided if d["rank"] == 3]
        assert briefs and brief_sizes(stories)


def hand_page():
    """A lead, two second stories and two briefs (one with a long kicker), written by hand."""
    lead = Story("s1", "全市基层治理现场会在长乐街道召开 推广网格化服务经验", "凝心聚力 共建共治共享",
                 body=("本报讯　" + "记者从市委政法委获悉，全市基层治理现场会日前在长乐街道召开。" * 30,))
    second = Story("s2", "杏花社区建起居民议事厅", "",
                   body=("居民的事居民议，社区的事大家办。" * 40,))
    third = Story("s3", "南山乡推广稻渔综合种养", "", "亩均增收两千元",
                  body=("今年以来，南山乡大力推广稻渔综合种养模式。" * 35,))
    brief = Story("s4", "图书馆延长开放时间", "方便读者 周末也能来读书",
                  body=("市图书馆自本月起延长周末开放时间至晚上九点。" * 4,))
    brief2 = Story("s5", "老年大学春季班开始报名", "",
                   body=("市老年大学春季班开始报名，开设书法、声乐等课程。" * 3,))
    return lead, second, third, brief, brief2


def test_a_hand_built_page_keeps_headlines_in_rank_and_briefs_small():
    doc = new_document("duikai", 1)
    stories = hand_page()
    doc = replace(doc, stories=stories)
    page = doc.pages[0]
    plan = plan_page(doc, page, [StoryPlan(s.id) for s in stories])
    assert plan.ranks == {"s1": "lead", "s2": "second", "s3": "second", "s4": "brief", "s5": "brief"}
    doc = replace(doc, stories=tuple(replace(s, rank=plan.ranks[s.id]) for s in stories),
                  pages=(Page(page.id, page.number, tuple(plan.frames)),))
    display = Composer(doc).compose(doc.pages[0])
    sizes = {r.story: (r.size, r.below_min) for r in display.reports if r.part == "heading"}
    rank = {"lead": 1, "second": 2, "brief": 3}
    rows = [(rank[plan.ranks[sid]], size, below) for sid, (size, below) in sizes.items()]
    heads = {f.story: heading_sizes(display, doc, f.id) for f in plan.frames if f.part == "heading"}
    check_ranks(rows, heads)
    # the brief with a kicker: its headline 15–16 pt, its kicker smaller still (not the headline up)
    kicker, headline = heads["s4"]
    assert BRIEF[0] <= headline[0] <= BRIEF[1]
    assert kicker and max(kicker) < headline[0]
    # …and still a heading's size, not the body's 小五 (9 pt): 五号 10.5 pt, two 号 under 三号
    assert min(kicker) >= 10.5
    assert BRIEF[0] <= heads["s5"][1][0] <= BRIEF[1]
    # a second story's headline above every brief's
    assert min(heads["s2"][1][0], heads["s3"][1][0]) > headline[0]


def test_ranked_styles_are_a_choice_of_their_own_not_copyfitting():
    # copyfit False (a caller that cuts its copy itself, the corpus generator) still ranks the headlines;
    # ranked_styles False keeps every headline in the plain style
    doc = replace(new_document("duikai", 1), stories=hand_page())
    plans = [StoryPlan(s.id) for s in doc.stories]
    assert plan_page(doc, doc.pages[0], plans, copyfit=False).ranks["s4"] == "brief"
    assert plan_page(doc, doc.pages[0], plans, copyfit=False, ranked_styles=False).ranks == {}


def headed_page():
    """The reviewer's page A, written again by hand: after the lead and two second stories, three short
    stories headed as news — a kicker, a headline, a deck and three paragraphs in 181 characters —
    and two briefs (a headline over one paragraph)."""
    lead, second, third, brief, brief2 = hand_page()
    # a page near full (the lead, the second stories three times their copy): room taken, as on page A
    lead, second, third = (replace(s, body=(s.body[0] * 3,)) for s in (lead, second, third))
    body = ("西湖街道利用闲置用房和沿街商铺，在辖区建成12个社区嵌入式服务点。",
            "为让服务点建得好、用得起，街道引入3家专业运营机构，对老年人实行优惠价格。" * 3,
            "西湖街道负责人表示，明年将根据居民需求调整服务项目，推动服务点向夜间延伸。")
    news = [Story(f"n{k}", head, kicker, deck, body=body) for k, (kicker, head, deck) in enumerate((
        ("家门口的“15分钟生活圈”越织越密", "西湖街道建成12个社区服务点", "助餐托幼理发维修“一站办”"),
        ("治理PM2.5 一“吸”一“洗”见成效", "城东园区完成超低排放改造", "全市优良天数达298天"),
        ("一张床位背后的温度", "市二院开设“无陪护病房”", "护理员24小时照护 患者家属不用再请假")), 1)]
    return (lead, second, third, *news, brief, brief2)


def test_short_stories_headed_as_news_take_the_middle_step_not_a_briefs_headline():
    doc = replace(new_document("duikai", 1), stories=headed_page())
    page = doc.pages[0]
    assert [sum(map(len, s.body)) for s in doc.stories[3:6]] == [181] * 3       # 33 + 37 × 3 + 37
    plan = plan_page(doc, page, [StoryPlan(s.id) for s in doc.stories])
    assert plan.ranks == {"s1": "lead", "s2": "second", "s3": "second", "n1": "second", "n2": "second",
                          "n3": "second", "s4": "brief", "s5": "brief"}
    why = {d["story"]: str(d["why"]) for d in plan.decisions["stories"]}
    assert why["n1"] == "181 characters, headed as a story (a deck, or a kicker over more than one paragraph), not as a brief"
    assert not any(d.get("overset_lines") for d in plan.decisions["stories"]) and not plan.unplaced
    doc = replace(doc, stories=tuple(replace(s, rank=plan.ranks[s.id]) for s in doc.stories),
                  pages=(Page(page.id, page.number, tuple(plan.frames)),))
    display = Composer(doc).compose(doc.pages[0])
    heads = {f.story: heading_sizes(display, doc, f.id) for f in plan.frames if f.part == "heading"}
    # each headed story's headline a second story's (一号 26 pt, at least 85 % of it: 22 pt), over every
    # brief's (15–16 pt); its kicker and deck under its headline
    for sid in ("n1", "n2", "n3"):
        kicker, headline = heads[sid]
        assert 22.0 <= headline[0] <= 26.0 and max(kicker) < headline[0]
    assert all(BRIEF[0] <= heads[s][1][0] <= BRIEF[1] for s in ("s4", "s5"))


def test_a_page_that_comes_out_worse_with_them_second_sets_them_as_briefs_and_says_so():
    """The same stories with the lead and second stories at a third of their copy: a thin page (two
    stacks, one nearly empty) on which their larger headings come out worse than briefs' — the page is
    planned again with them briefs, and each says why; never a page worse than the one with briefs."""
    lead, second, third, *news, brief, brief2 = headed_page()
    lead, second, third = (replace(s, body=(s.body[0][:len(s.body[0]) // 3],)) for s in (lead, second, third))
    doc = replace(new_document("duikai", 1), stories=(lead, second, third, *news, brief, brief2))
    plans = [StoryPlan(s.id) for s in doc.stories]
    plan = plan_page(doc, doc.pages[0], plans)
    assert all(plan.ranks[s] == "brief" for s in ("n1", "n2", "n3"))
    why = {d["story"]: str(d["why"]) for d in plan.decisions["stories"]}
    assert why["n2"].startswith("a brief (181 characters): headed as a story, but the page came out worse with it "
                                "a second story")
    assert plan.fault <= plan_page(doc, doc.pages[0], plans, headed=False).fault
