"""Headline hierarchy by story rank, kicker and deck below the headline, and the free line under a
heading. The style sheet and every expected number are written here by hand."""
from layout_app.io.docfile import loads_document
from layout_app.layout.compose import compose_page
from layout_app.layout.display import GlyphRun, walk

LEADING = 13.5

DOC = """\
schema: 3
grid:
  trim: [390, 540]
  bleed: 3
  margins: {top: 20, bottom: 22, inside: 18, outside: 18}
  columns: 8
  gutter: 1
  body_size: 小五
  leading: 13.5
styles:
  headline: {font: hei, weight: bold, size: 小初, align: left}
  headline_lead: {font: hei, weight: bold, size: 初号, align: left, space_after: SPACE}
  headline_second: {font: hei, weight: bold, size: 小一, align: left}
  headline_brief: {font: hei, weight: bold, size: 三号, align: left}
  kicker: {font: kai, size: 小二, align: left}
  deck: {font: hei, size: 小二, align: left}
  body: {font: song, size: 小五, indent: 2}
stories:
- {id: lead, rank: lead, kicker: 文明新风, headline: 图书角书香浓}
- {id: second, rank: second, kicker: 文明新风, headline: 图书角书香浓}
- {id: brief, rank: brief, kicker: 文明新风, headline: 图书角书香浓, deck: 村民家门口借书}
- {id: plain, headline: 图书角书香浓}
pages:
- id: A1
  number: 1
  frames:
  - {id: h1, col: 0, cols: 3, line: 0, lines: LINES, story: lead, part: heading}
  - {id: h2, col: 3, cols: 3, line: 0, lines: 10, story: second, part: heading}
  - {id: h3, col: 0, cols: 3, line: 20, lines: 10, story: brief, part: heading}
  - {id: h4, col: 3, cols: 3, line: 20, lines: 10, story: plain, part: heading}
"""


def _page(lines=10, space=0):
    doc = loads_document(DOC.replace("LINES", str(lines)).replace("SPACE", str(space)))
    return doc, compose_page(doc, doc.pages[0])


def _runs(display, frame):
    group = next(g for g in display.items if getattr(g, "frame", None) == frame)
    return group, [r for r in walk(group.items) if isinstance(r, GlyphRun)]


def _size_of(runs, text):
    return {r.size for r in runs if r.text == text}


def test_rank_chooses_the_headline_size():
    _, display = _page()
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {42}     # lead: 初号
    assert _size_of(_runs(display, "h2")[1], "图书角书香浓") == {24}     # second: 小一
    assert _size_of(_runs(display, "h3")[1], "图书角书香浓") == {16}     # brief: 三号
    assert _size_of(_runs(display, "h4")[1], "图书角书香浓") == {36}     # no rank: the headline style


def test_kicker_and_deck_stay_clearly_below_the_headline():
    _, display = _page()
    assert _size_of(_runs(display, "h1")[1], "文明新风") == {18}         # 小二 ≤ 0.6 × 42
    assert _size_of(_runs(display, "h2")[1], "文明新风") == {14}         # 0.6 × 24 = 14.4 → 14
    brief = _runs(display, "h3")[1]
    # 0.6 × 16 = 9.6 would set them at the body's size (小五 9 pt): 五号 10.5, two 号 under 三号
    assert _size_of(brief, "文明新风") == {10.5}
    assert _size_of(brief, "村民家门口借书") == {10.5}


def _bottom_gap(display, frame):
    group, runs = _runs(display, frame)
    lowest = max(r.y + r.size * 0.12 for r in runs)      # the descent of a CJK face is 0.12 em
    return group.rect.y + group.rect.height - lowest


def test_a_heading_keeps_at_least_one_line_free_below_it():
    # lead in 7 lines: kicker 18 pt (pitch 21.6 → 2 lines) + headline 42 pt (pitch 50.4 → 4 lines)
    # = 6 lines, the 7th stays free
    _, display = _page(lines=7)
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {42}
    assert _bottom_gap(display, "h1") >= LEADING - 0.01
    # in 6 lines the headline must give up a line: 6 − 1 free − 2 kicker = 3 lines of 13.5 pt
    # = 40.5 pt ≥ 1.2 × 33.5 (40.2), < 1.2 × 34 (40.8)
    _, display = _page(lines=6)
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {33.5}
    assert _bottom_gap(display, "h1") >= LEADING - 0.01


def test_space_after_from_the_style():
    # space_after 2: in 7 lines only 5 are left: kicker 2 + headline 3 → 33.5 pt as above,
    # and two lines stay free
    _, display = _page(lines=7, space=2)
    assert _size_of(_runs(display, "h1")[1], "图书角书香浓") == {33.5}
    assert _bottom_gap(display, "h1") >= 2 * LEADING - 0.01


def test_in_a_tight_frame_kicker_and_headline_shrink_together():
    # lead in 4 lines (1 kept free → 3): kicker 18 pt (2 lines) leaves the headline 1 line → 11 pt,
    # so the kicker goes to 0.6 × 11 → 6.5 pt (1 line); the headline gets 2 lines: 1.2 × h ≤ 27 → 22.5 pt;
    # the kicker then takes back what still fits in one line: 1.2 × k ≤ 13.5 → 11 pt (≤ 0.6 × 22.5)
    _, display = _page(lines=4)
    runs = _runs(display, "h1")[1]
    assert _size_of(runs, "图书角书香浓") == {22.5}
    assert _size_of(runs, "文明新风") == {11}
    assert _bottom_gap(display, "h1") >= LEADING - 0.01


# --- a short story headed as news: a middle step where there is room, a brief's where its stack runs over ---
from dataclasses import replace  # noqa: E402

from layout_app.io.templates import new_document  # noqa: E402
from layout_app.layout.autoplace import StoryPlan, _build  # noqa: E402
from layout_app.layout.beside import PhotoShapes  # noqa: E402
from layout_app.layout.probe import FrameProbe  # noqa: E402
from layout_app.layout.ranking import rank_stories, with_ranks  # noqa: E402
from layout_app.model.story import Story  # noqa: E402

LEAD = Story("s1", "全市基层治理现场会在长乐街道召开", body=("记者从市委政法委获悉，全市基层治理现场会日前召开。" * 40,))


def _news(sid, n_middle=3):
    # kicker, headline, deck and three paragraphs: 186 characters (31 + 38 × 3 + 41)
    return Story(sid, "城东工业园区完成超低排放改造", "治理PM2.5 一“吸”一“洗”见成效", "全市PM2.5平均浓度同比下降8.3%",
                 body=("走进城东工业园区的澄钢集团，过去灰蒙蒙的厂区如今绿树成荫。",
                       "今年，城东工业园区对37家重点企业实施超低排放改造，同步推进道路扬尘一体化作业。" * n_middle,
                       "市生态环境局相关负责人说，下一步将把改造范围扩大到全市所有钢铁、水泥企业。"))


def test_a_short_story_headed_as_news_ranks_second_from_180_characters():
    doc = new_document("duikai", 1)
    one_par = replace(_news("s4"), deck="", body=("字" * 250,))                # a kicker over one paragraph
    short = _news("s5", n_middle=2)                                            # 148 characters: a few lines
    two = replace(_news("s6"), deck="")                                        # a kicker over three paragraphs
    doc = replace(doc, stories=(LEAD, _news("s2"), replace(_news("s3"), kicker=""), one_par, short, two))
    plans = [StoryPlan(s.id) for s in doc.stories]
    ranked = rank_stories(doc, plans)
    assert {sp.story: r for sp, r, _ in ranked} == {"s1": 1, "s2": 2, "s3": 2, "s6": 2, "s4": 3, "s5": 3}
    assert str(dict((sp.story, w) for sp, _, w in ranked)["s2"]).startswith("186 characters, headed as a story")
    # the page planned again with them briefs (it came out worse with them second): said so
    again = {sp.story: (r, str(w)) for sp, r, w in rank_stories(doc, plans, headed=False)}
    assert again["s2"][0] == again["s3"][0] == again["s6"][0] == 3
    assert again["s2"][1].startswith("a brief (186 characters): headed as a story, but the page came out worse")


def _stack(*stories):
    doc = replace(new_document("duikai", 1), stories=(LEAD, *stories))
    ranked = rank_stories(doc, [StoryPlan(s.id) for s in doc.stories])
    doc, _ = with_ranks(doc, ranked)
    probe = FrameProbe(doc, doc.pages[0])
    mine = [(sp, r, w, (True, "auto")) for sp, r, w in ranked if sp.story != "s1"]
    return lambda room: _build(doc, probe, mine, 0, 2, 0, room, PhotoShapes(), ranked)


def test_a_stack_that_runs_over_sets_a_story_headed_as_news_back_to_a_briefs_headline():
    # the story in 2 columns: its second-rank heading (小一 down to 22.5 pt with kicker and deck) 7 lines,
    # a brief's (三号 16 pt) 5 lines, its text 8 lines — 15 lines as a second story, 13 as a brief
    build = _stack(_news("s2"))
    frames, info = build(15)
    assert info["demoted"] == [] and info["stories"][0]["rank"] == 2
    assert [(f.id, f.lines) for f in frames] == [("s2-head", 7), ("s2-body", 8)]
    for room in (14, 13):
        # a line or two short: its headline a size smaller would go under 小二 (the style's minimum) —
        # the story goes back to a brief's headline, its copy whole, said so
        frames, info = build(room)
        d = info["stories"][0]
        assert info["demoted"] == ["s2"] and d["rank"] == 3
        assert str(d["why"]).startswith("a brief (186 characters): headed as a story, set back to a brief's headline")
        assert dict((f.id, f.lines) for f in frames)["s2-body"] == 8


def test_the_story_nearest_the_foot_goes_back_first_and_no_more_than_needed():
    # two such stories: 7 + 8, a line of air, 7 + 8 = 31 lines as second stories; 29 with the lower
    # one a brief; 27 with both
    build = _stack(_news("s2"), _news("s3"))
    assert build(31)[1]["demoted"] == []
    assert build(29)[1]["demoted"] == ["s3"]
    assert build(27)[1]["demoted"] == ["s3", "s2"]


def test_photos_larger_than_the_lead_storys_are_counted_against_a_page():
    from types import SimpleNamespace

    from layout_app.layout.demote import over_lead

    def story(sid, rank, *sizes):
        return {"story": sid, "rank": rank, "photos": [{"width_pt": w, "height_pt": h} for w, h in sizes]}
    # the lead's photo narrowed to a column beside its text (120 × 200 = 24,000 pt²): a second story's
    # 250 × 150 (37,500) and a brief's 160 × 160 (25,600) stand larger, a brief's 150 × 150 (22,500) not
    plan = SimpleNamespace(decisions={"stories": [story("s1", 1, (120, 200)), story("s2", 2, (250, 150)),
                                                  story("s3", 3, (160, 160), (150, 150))]})
    assert over_lead(plan) == 2
    plan.decisions["stories"][0] = story("s1", 1)           # a lead story without a photo: none counted
    assert over_lead(plan) == 0


def test_a_column_of_briefs_and_a_commentary_rank_under_the_news():
    # 文体简讯 over six 本报讯 items (330 characters: a second story's length) is a column's label
    # over briefs; 短评 over a commentary of three paragraphs is a column's piece: both a brief's rank,
    # where the same length headed by a kicker of news ranks second (review26: 文体简讯 at 22.5 pt, the
    # largest heading under the lead)
    item = "本报讯（通讯员 胡晓蕾）日前，市全民健身中心游泳馆完成改造重新开放，新增恒温泳池和无障碍设施，市民可在线预约。"
    briefs = Story("s2", "文体简讯", body=(item,) * 6)
    comment = Story("s3", "让“村BA”的热闹留得更久", "短评",
                    body=("“村BA”火了，火在群众自发、自愿、自乐。" * 4, "让热闹留得更久，要把场地建好、管好、用好。" * 4,
                          "更要让村民始终是赛场的主角。" * 3))
    news = replace(comment, id="s4", kicker="乡村篮球赛场热")
    doc = replace(new_document("duikai", 1), stories=(LEAD, briefs, comment, news))
    ranked = {sp.story: (r, str(w)) for sp, r, w in rank_stories(doc, [StoryPlan(s.id) for s in doc.stories])}
    assert ranked["s2"][0] == 3 and ranked["s2"][1].startswith("a column of briefs")
    assert ranked["s3"][0] == 3 and ranked["s3"][1].startswith("a commentary or a column's piece")
    assert ranked["s4"][0] == 2
