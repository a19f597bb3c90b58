"""Which story a sidebar explains (review27 #10: the 链接「什么是“一刻钟便民生活圈”」 was tied to the 供暖
notice it follows in the copy, not to the banner and lead that speak of the 一刻钟便民生活圈). A sidebar goes
with the piece that says its headline's key term — a quoted term whole, or a long run of the same
characters —, else with the story it follows; two pieces saying it as much leave it where the copy put
it, said. Expectations written by hand from how a desk pairs a 链接."""
import pytest

from layout_app.intake.compose import compose
from layout_app.layout.explains import pair
from layout_app.model.story import Story
from tests.intake.minsheng_copy import BRIEFS, SURVEY

BANNER = Story("banner", "南屿市：把“一刻钟生活圈”建到群众家门口",
               body=("本报讯 今年以来，我市新建和改造社区食堂46家，全市已建成“一刻钟便民生活圈”57个。",))
HEAT = Story("s3", "今冬供暖即将开始　这些事项请留意", body=("本报讯 我市今冬供暖将于11月15日开始。",))
LIFT = Story("s1", "加装一部电梯要过几道坎", body=("老旧小区加装电梯，一楼二楼的居民顾虑最多。",))
LINK = Story("s4", "什么是“一刻钟便民生活圈”", kicker="链接",
             body=("“一刻钟便民生活圈”是指以社区居民为服务对象的社区商圈。",))


def test_a_link_goes_with_the_piece_that_says_its_quoted_term():
    p = pair(LINK, "s3", [LIFT, BANNER, HEAT])
    assert (p.feature, p.term, p.before, p.tied) == ("banner", "一刻钟便民生活圈", "s3", ())


def test_a_link_sharing_nothing_stays_with_the_story_it_follows():
    other = Story("s4", "什么是集中供热", kicker="链接", body=("集中供热是……",))
    assert pair(other, "s1", [LIFT, BANNER]).feature == "s1"


def test_a_commentary_whose_headline_names_nothing_goes_by_what_its_text_says():
    # a reviewer's 短评 '让民生工程暖到心坎上' after the 简讯 was said to explain the 简讯; its text speaks of
    # the lead story's 老旧小区改造 (in that story's heading)
    lead = Story("s1", "城关镇老旧小区改造提速增效", kicker="聚焦群众急难愁盼", body=("5月20日上午，记者走进城关镇东风路社区。",))
    briefs = Story("s6", "简讯", body=("●5月20日，县城市管理局开展夜市摊点专项整治。",))
    comment = Story("s7", "让民生工程暖到心坎上", kicker="短评",
                    body=("老旧小区改造，改的是房子，暖的是人心。城关镇的做法之所以赢得群众点赞，关键在于把决定权交给居民。",))
    p = pair(comment, "s6", [lead, briefs])
    assert (p.feature, p.term, p.before) == ("s1", "老旧小区改造", "s6")
    # … and a text that says no piece's heading leaves it with the story it follows
    quiet = Story("s7", "让民生工程暖到心坎上", kicker="短评", body=("民生工程不是“政绩工程”，必须坚持问需于民。",))
    assert pair(quiet, "s6", [lead, briefs]).feature == "s6"


def test_a_short_common_word_is_no_evidence():
    # 我市, 社区, 服务站 are in every story: two or three characters shared say nothing
    other = Story("s4", "我市社区服务站", kicker="背景")
    jobs = Story("s7", "家政服务站增至38个", body=("本报讯 全市家政服务站增至38个。",))
    assert pair(other, "s3", [LIFT, BANNER, HEAT, jobs]).feature == "s3"


def test_the_story_it_follows_keeps_it_when_it_says_the_term_as_much():
    heat = Story("s3", "今冬供暖即将开始", body=("全市“一刻钟便民生活圈”内的供热站……",))
    p = pair(LINK, "s3", [LIFT, BANNER, heat])
    assert (p.feature, p.tied) == ("s3", ())


def test_a_long_run_in_a_heading_counts_twice_its_text():
    # no quotes: the 6 characters 老旧小区加装 in s1's text (6) lose to 加装电梯 in s9's heading (2 × 4)
    lift = Story("s1", "城东区加装一部电梯", body=("老旧小区加装，难在意见统一……",))
    other = Story("s9", "加装电梯要过几道坎")
    side = Story("s4", "老旧小区加装电梯知多少", kicker="背景")
    assert pair(side, "s3", [lift, other, HEAT]).feature == "s9"


def test_a_tie_keeps_the_copys_pairing_and_says_so():
    a = Story("s5", "全市“一刻钟便民生活圈”达57个")
    b = Story("s6", "“一刻钟便民生活圈”向县城延伸")
    p = pair(LINK, "s3", [a, b, HEAT])
    assert p.feature == "s3" and set(p.tied) == {"s5", "s6"} and p.term == "一刻钟便民生活圈"


COPY = """南屿市：把“一刻钟生活圈”建到群众家门口

　　本报讯（记者　宋雨桐）记者12月1日从市商务局获悉，今年以来，我市新建和改造社区食堂46家、便民菜店112个、家政服务站38个，全市已建成“一刻钟便民生活圈”57个，覆盖城区常住人口的82%。明年，我市将把生活圈建设向县城和中心镇延伸。
""" + SURVEY + """　　本报讯（记者　周楠）今冬供暖将于11月15日开始，市城管局提醒居民注意以下事项：
　　1. 室内温度不低于18℃，达不到可拨打12319热线反映。
　　2. 供暖前请检查暖气片阀门，家中无人时关好门窗。
　　3. 请勿擅自改动供暖管线，不得私接放水。

链接
什么是“一刻钟便民生活圈”
　　“一刻钟便民生活圈”是指以社区居民为服务对象，服务半径为步行15分钟左右的范围内，以满足居民日常生活基本消费和品质消费等为目标，以多业态集聚形成的社区商圈。
　　2023年，商务部等13部门印发通知，提出全面推进城市一刻钟便民生活圈建设。我市自2024年起开展试点。
""" + BRIEFS


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("explains")
    copy = folder / "copy.txt"
    copy.write_text(COPY, encoding="utf-8")
    result = compose("duikai", [copy], [], folder / "page.yaml")
    return result, result.document


def _sid(doc, headline):
    return next(s.id for s in doc.stories if s.headline == headline)


def test_the_link_is_boxed_first_in_its_stack_right_under_the_lead(page):
    result, doc = page
    link = _sid(doc, "什么是“一刻钟便民生活圈”")
    (d,) = [d for d in result.decisions["sidebars"] if d["story"] == link]
    assert d["feature"] == "banner" and d["term"] == "一刻钟便民生活圈" and d["boxed"] and d["where"] == "under"
    frames = doc.pages[0].frames
    (box,) = doc.pages[0].boxes
    lead_foot = max(f.line + f.lines for f in frames if f.story == "banner")
    # nothing between the lead and the box in its columns: the box opens its stack
    over = [f for f in frames if f.story not in ("banner", link) and f.line < box.line
            and f.col < box.col + box.cols and box.col < f.col + f.cols]
    assert not over and box.line - lead_foot <= 2
    assert doc.story(link).rank == "sidebar"


def test_compose_says_what_it_explains_and_why(page):
    result, doc = page
    link, heat = _sid(doc, "什么是“一刻钟便民生活圈”"), _sid(doc, "今冬供暖即将开始　这些事项请留意")
    notes = [str(n) for n in result.notes]
    assert f"story {link} explains the banner and page lead: both say “一刻钟便民生活圈” — not story {heat}, " \
           "which it follows in the copy" in notes
    assert any(n.startswith(f"story {link}: a sidebar to the banner and page lead, boxed") for n in notes)


def test_a_box_turned_down_for_the_headlines_it_would_set_side_by_side_is_said_as_that(monkeypatch):
    """Review27's 对开 page said 'no room to box it' where every re-pack fitted its stack and was turned
    down for the 碰题 it made: said as what it is."""
    from tests.intake.test_compose_sidebars import _plan

    from layout_app.layout import sidebars
    doc, page, plan = _plan()
    # every re-pack sets one more pair of headlines side by side than the page as placed
    monkeypatch.setattr(sidebars, "_unapart", lambda frames, page, boxes, rules, lines: len(boxes))
    before = list(plan.frames)
    assert sidebars.box_sidebars(doc, page, plan, doc.grid.line_count) == []
    assert plan.frames == before
    (d,) = plan.decisions["sidebars"]
    assert (d["boxed"], d["why"]) == (False, "moving it would set headlines side by side")
    assert "story s2: a sidebar to story s1, left as placed and unboxed: boxed and moved in its stack it would set " \
           "headlines side by side (碰题)" in plan.notes


def test_no_room_is_said_as_no_room():
    from tests.intake.test_compose_sidebars import _plan

    from layout_app.layout import sidebars
    doc, page, plan = _plan(lines_after_feature=0, brief_gap=0, foot=30 + 10 + 8)
    assert sidebars.box_sidebars(doc, page, plan, doc.grid.line_count) == []
    assert plan.decisions["sidebars"][0]["why"] == "no room for its box in its stack"
    assert "story s2: a sidebar to story s1, left as placed and unboxed: no room for its box in its stack" in plan.notes


def test_what_compose_says_of_the_link_is_where_it_was_moved(page):
    """The notes and decisions made before the link moved to the top of its stack say where it stands
    now: its lines, its headline's size, its stack's stories top down."""
    result, doc = page
    link = _sid(doc, "什么是“一刻钟便民生活圈”")
    own = [f for f in doc.pages[0].frames if f.story == link]
    top, foot = min(f.line for f in own) + 1, max(f.line + f.lines for f in own)
    (note,) = [str(n) for n in result.notes if str(n).startswith(f"story {link} rank")]
    assert f"lines {top}–{foot}, headline 15.0 pt" in note
    (d,) = [d for d in result.decisions["stories"] if d["story"] == link]
    assert d["lines"] == [top, foot] and d["headline_size"] == 15.0 and d["headline"] == "什么是“一刻钟便民生活圈”"
    (stack,) = [s for s in result.decisions["stacks"] if link in s["stories"]]
    assert stack["stories"][0] == link
    assert any(str(n).startswith(f"stack {stack['stack']}: columns") and f"stories {link}, " in str(n) for n in result.notes)
