"""What a page editor holds over (压稿) when the page cannot take all its copy (review27 finding 5,
review26 "四开 drops news photos"): a scrap and briefs before a service notice, a news photo or a picture
story; a picture story never with a stamp-sized photo; a page with a story left off never called short of
copy. The page's own planning is stood in for by a page that holds so many characters (`plan_page`
patched), so the order is what is tested; the reviewer's page itself in tests/intake/test_compose_sikai.py."""
from dataclasses import dataclass

from layout_app.errors import Notice
from layout_app.layout import holdover
from layout_app.layout.autoplace import Plan, StoryPlan
from layout_app.layout.holdover import (FILLER_V, FRAGMENT_V, KEEP_V, LEAD_V, SECOND_V, next_to_hold, plan_held_over,
                                        service_notice, worth)
from layout_app.layout.photonews import picture_cols
from layout_app.layout.planfacts import left_off_said
from layout_app.layout.wording import (HELD_BRIEF, HELD_FRAGMENT, HELD_MORE, HELD_OVER, LEFT_OFF, SHORT_ONE,
                                       STACK_SHORT, STORY_OUT)
from layout_app.model.story import Story

NOTICE = Story("s2", headline="今冬供暖即将开始　这些事项请留意", body=(
    "本报讯（记者　周楠）记者从市城市管理局获悉，我市今冬集中供暖将于12月5日零时起开始试运行，12月10日正式供暖。",
    "1. 试运行期间请留人在家，发现跑水、漏水请及时关闭阀门并报修。",
    "2. 室内温度不低于18℃，连续低于标准温度的可拨打12319热线投诉。",
    "3. 不要私自改装暖气片、放水或加装循环泵。"))
BRIEF = Story("s3", headline="我市新增20个公交候车亭", body=(
    "本报讯（通讯员　陈可）近日，市公交集团在城北新区、高铁站片区等地新建20个公交候车亭，并为其中8个站台安装了电子站牌。",))
HOTLINE_FIGURES = Story("s5", headline="市民热线上月受理诉求3.6万件", body=(
    "本报讯（记者　周楠）市12345政务服务便民热线近日公布11月运行情况：当月共受理群众诉求3.6万件，办结率98.7%。",))
SCRAP = Story("s4", headline="城北新区锦绣花园居民　周立新", body=("我们希望这条路早日修通。",))
LEAD = Story("s1", headline="加装一部电梯要过几道坎", body=("　　“装好电梯以后，我一个月能下楼二十多次。”" * 30,))


@dataclass
class Doc:
    stories: tuple
    grid: object = None

    def story(self, sid):
        return next(s for s in self.stories if s.id == sid)


def test_a_numbered_notice_or_a_hotline_with_a_date_is_a_service_notice_figures_are_not():
    assert service_notice(NOTICE)
    assert not service_notice(BRIEF)
    # a hotline's name in a report of its figures, no date to keep: a brief
    assert not service_notice(HOTLINE_FIGURES)
    ring = Story("s6", headline="医保缴费", body=("2027年度集中缴费将于12月31日截止，可拨打12393医保服务热线咨询。",))
    assert service_notice(ring)


def test_worth_scrap_brief_notice_photo_second_lead():
    doc = Doc((LEAD, NOTICE, BRIEF, SCRAP))
    assert worth(doc, StoryPlan("s4"), 3) == FRAGMENT_V
    assert worth(doc, StoryPlan("s3"), 3) == FILLER_V
    assert worth(doc, StoryPlan("s2"), 3) == KEEP_V
    # a brief with its news photo, a picture story: kept as a notice is; a photo set with it at a guess is no news photo
    assert worth(doc, StoryPlan("s3", photos=["p1"]), 3) == KEEP_V
    assert worth(doc, StoryPlan("s3", photos=["p1"], guessed=frozenset({"p1"})), 3) == FILLER_V
    assert worth(doc, StoryPlan("s3", photo_news=True), 3) == KEEP_V
    assert worth(doc, StoryPlan("s3"), 2) == SECOND_V and worth(doc, StoryPlan("s4"), 1) == LEAD_V


def test_the_next_held_over_is_the_least_useful_the_latest_in_the_copy_among_equals():
    value = {"s1": LEAD_V, "s2": KEEP_V, "s3": FILLER_V, "s4": FILLER_V, "s5": FRAGMENT_V}
    order = {s: k for k, s in enumerate(value)}
    assert next_to_hold(value, order, set(), KEEP_V) == "s5"
    assert next_to_hold(value, order, {"s5"}, KEEP_V) == "s4"
    assert next_to_hold(value, order, {"s5", "s4"}, KEEP_V) == "s3"
    # nothing worth as much as what it would save, and never the lead
    assert next_to_hold(value, order, {"s5", "s4", "s3"}, KEEP_V) is None
    assert next_to_hold(value, order, set(), LEAD_V + 1) == "s5"
    # not even for text printed over text (a stack set into a picture story's band, worth more than the lead)
    assert next_to_hold(value, order, {"s2", "s3", "s4", "s5"}, LEAD_V + 1) is None


def a_page_of(chars: int, laid: list[str], doc):
    """A stand-in for `plan_page`: stories laid in `laid`'s order (as stacks in rank order take them)
    until `chars` are used; those after it left off."""
    def plan_page(_doc, _page, plans, **kw):
        given = {sp.story for sp in plans}
        plan, used = Plan(fault=(0, 0, 0, 0, 0)), 0
        for sid in laid:
            if sid not in given:
                continue
            n = sum(map(len, doc.story(sid).body))
            if used + n > chars:
                plan.unplaced.append(Notice(STORY_OUT, story=sid, headline=doc.story(sid).headline))
            else:
                used += n
        return plan
    return plan_page


def test_a_notice_the_stacks_leave_off_comes_back_for_a_scrap_then_a_brief(monkeypatch):
    doc = Doc((LEAD, NOTICE, BRIEF, SCRAP))
    plans = [StoryPlan(s.id) for s in doc.stories]
    size = {s.id: sum(map(len, s.body)) for s in doc.stories}
    laid = ["s1", "s3", "s4", "s2"]            # the notice at the foot of the last stack: the one that falls off
    # room for all but the scrap: the scrap alone is held over
    monkeypatch.setattr(holdover, "plan_page", a_page_of(size["s1"] + size["s2"] + size["s3"] + 5, laid, doc))
    plan = plan_held_over(doc, None, plans)
    assert plan.decisions["held_over"] == ["s4"]
    assert [u.args["story"] for u in plan.unplaced] == ["s4"] and plan.unplaced[0].template == HELD_OVER
    assert plan.unplaced[0].args["why"].template == HELD_FRAGMENT
    # room for the lead and the notice only: the scrap and the brief go, the notice stays
    monkeypatch.setattr(holdover, "plan_page", a_page_of(size["s1"] + size["s2"] + 5, laid, doc))
    plan = plan_held_over(doc, None, plans)
    assert plan.decisions["held_over"] == ["s4", "s3"]
    assert not any(u.template == STORY_OUT for u in plan.unplaced)
    assert [u.args["why"].template for u in plan.unplaced] == [HELD_FRAGMENT, HELD_BRIEF]


def test_a_story_headed_as_news_left_off_comes_back_for_a_brief_with_its_photo_said_as_such(monkeypatch):
    second = Story("s5", headline="医保年度结算有哪些新变化", deck="——访市医保局负责人",
                   body=("2027年度城乡居民医保集中缴费将于年底截止，今年的缴费和报销有哪些新变化？" * 12,))
    doc = Doc((LEAD, NOTICE, BRIEF, second))
    plans = [StoryPlan("s1"), StoryPlan("s2"), StoryPlan("s3", photos=["p1"]), StoryPlan("s5")]
    size = {s.id: sum(map(len, s.body)) for s in doc.stories}
    # the second story at the foot falls off; the brief with its photo and the notice are worth the same to the
    # page, less than it: the later in the copy goes
    monkeypatch.setattr(holdover, "plan_page", a_page_of(size["s1"] + size["s2"] + size["s5"] + 5,
                                                         ["s1", "s2", "s3", "s5"], doc))
    plan = plan_held_over(doc, None, plans)
    assert plan.decisions["held_over"] == ["s3"]
    assert plan.unplaced[0].args["why"].template == HELD_MORE


def test_a_brief_is_not_held_over_for_a_scrap():
    # (what falls off is worth less than anything the page keeps: nothing held over for it)
    value = {"s1": LEAD_V, "s3": FILLER_V, "s4": FRAGMENT_V}
    assert next_to_hold(value, {"s1": 0, "s3": 1, "s4": 2}, {"s4"}, FRAGMENT_V) is None


def test_a_picture_story_photo_spans_three_columns_a_panorama_four_or_the_page():
    assert picture_cols(8, 0.3) == 4 and picture_cols(8, 0.66) == 3 and picture_cols(6, 1.2) == 3
    assert picture_cols(2, 0.3) == 2


def test_a_page_left_short_with_a_story_off_it_says_the_story_not_short_of_copy():
    where = Notice(STACK_SHORT, stack=1, first=1, last=4, lines=8, each="")
    short = Notice(SHORT_ONE, lines=8, chars=96, where=where, photos="")
    plan = Plan(warnings=[short], decisions={"short_of_copy": {"lines": 8}},
                unplaced=[Notice(STORY_OUT, story="s7", headline="今冬供暖即将开始")])
    left_off_said(plan)
    (said,) = plan.warnings
    assert said.template == LEFT_OFF and "short of copy" not in said and "s7" in said
    assert "stack 1 (columns 1–4) ends with 8 empty lines" in said
    assert "short_of_copy" not in plan.decisions and plan.decisions["left_off"] == ["s7"]
    # a story held over (not in the plan's unplaced) counts the same; nothing off the page: still short of copy
    plan = Plan(warnings=[short])
    left_off_said(plan, ["s8"])
    assert plan.warnings[0].template == LEFT_OFF and "s8" in plan.warnings[0]
    plan = Plan(warnings=[short])
    left_off_said(plan)
    assert plan.warnings == [short]

