"""The built-in demo page shows what a newspaper page needs (issue 11's "done when"): a running head
from its master, rules and a tinted box, a photo with the body text wrapped around it, a vertical
headline, headlines ranked lead > second > brief and broken only where a reader pauses, and a clean
preflight. The expected texts and breaks below are written by hand from the demo's copy."""
import pytest

from layout_app.assets import DEMO_DIR
from layout_app.geometry import Rect
from layout_app.io.docfile import load_document
from layout_app.layout.compose import Composer, frame_rect
from layout_app.layout.display import Box, GlyphRun, Group, Rule, walk
from layout_app.preflight.checks import preflight

# how each headline is broken into lines (columns for the vertical one), spaces left out
BREAKS = {
    "banner": ["便民服务暖民心共建共享新家园"],
    "reading": ["青石镇：图书角里书香浓"],
    "patrol": ["河湾社区：“夜巡队”守护居民安宁"],
    "clinic": ["家庭医生签约服务覆盖九成以上村庄"],
    "market": ["城北农贸市场改造完工智慧秤让买菜更放心"],
    "volunteer": ["“红马甲”活跃在城乡社区"],
    "elderly": ["社区食堂开进小区", "老人吃饭不再犯愁"],
    "river": ["城南河综合治理见成效", "水清岸绿白鹭归来"],
    "briefs": ["本县简讯"],
}


@pytest.fixture(scope="module")
def demo():
    doc = load_document(DEMO_DIR / "demo.yaml")
    page = doc.pages[0]
    return doc, page, Composer(doc, DEMO_DIR).compose(page)


def groups(display, tag=None):
    return [g for g in display.items if isinstance(g, Group) and (tag is None or g.tag == tag)]


def runs_of(group) -> list[GlyphRun]:
    return [r for r in walk(group.items) if isinstance(r, GlyphRun)]


def ink(run: GlyphRun) -> Rect:
    """A generous ink box of a horizontal run: a whole em above the baseline, a quarter em below."""
    return Rect(run.xs[0], run.y - run.size, run.xs[-1] + run.size * run.hscale - run.xs[0], 1.25 * run.size)


def headline_runs(doc, page, display, story: str) -> list[GlyphRun]:
    heads = {f.id for f in page.frames if f.story == story and f.part in ("heading", "headline")}
    text = doc.story(story).headline.replace(" ", "")
    return [r for g in groups(display, "text") if g.frame in heads for r in runs_of(g) if r.text in text]


def test_the_running_head_comes_from_the_master_in_the_top_margin(demo):
    doc, page, display = demo
    (master,) = groups(display, "master")
    assert master.frame == "running-head"
    texts = runs_of(master)
    top = doc.grid.line_y(0)
    joined = "".join(r.text for r in texts)
    for field in ("第1版", "要闻", "示范报", "2026年11月28日", "王晓明", "李芳"):
        assert field in joined, field
    # inside the trim, above the first body line
    assert all(0 < r.y < top for r in texts)
    # a rule (文武线) under it, across the page's width
    rules = [i for i in walk(master.items) if isinstance(i, Rule)]
    assert rules and max(r.x2 - r.x1 for r in rules) > 0.9 * (doc.grid.column_x(7) + 117 - doc.grid.column_x(0))


def test_rules_between_stories_and_a_tinted_box(demo):
    doc, page, display = demo
    items = [i for g in groups(display, "furniture") for i in walk(g.items)]
    rules = [i for i in items if isinstance(i, Rule)]
    vertical = [r for r in rules if abs(r.x1 - r.x2) < 0.01 and r.y2 - r.y1 > 500]
    assert len(vertical) >= 2                            # column rules in the gutters
    tinted = [b for b in items if isinstance(b, Box) and b.fill is not None]
    assert tinted and tinted[0].fill == pytest.approx((0, 0, 0, 0.08))     # a 底纹 of K 8 %
    # the boxed story: the reading story's heading and body lie inside the tint
    box = tinted[0].rect
    for fid in ("reading-head", "reading-body"):
        r = frame_rect(doc.grid, page, next(f for f in page.frames if f.id == fid))
        assert box.x <= r.x and box.y <= r.y and r.right <= box.right and r.bottom <= box.bottom


def test_a_photo_in_the_middle_of_a_story_with_the_text_wrapped_around_it(demo):
    doc, page, display = demo
    wrapped = [f for f in page.frames if f.wrap == "around"]
    assert wrapped
    body_frames = {f.id: f for f in page.frames if f.part == "body"}
    body = [(g.frame, r) for g in groups(display, "text") if g.frame in body_frames for r in runs_of(g)]
    photo = next(f for f in wrapped if f.photo and f.part != "caption")
    rect = frame_rect(doc.grid, page, photo)
    for f in wrapped:
        r = frame_rect(doc.grid, page, f)
        assert not [run.text for _, run in body if ink(run).intersects(r)], f.id
    # it lies inside a story of three columns, and lines of that story run on both sides of it
    story = next(fid for fid, f in body_frames.items() if f.cols >= 3
                 and frame_rect(doc.grid, page, f).intersects(rect))
    beside = [run for fid, run in body if fid == story and rect.y < run.y < rect.bottom]
    left = {round(run.y, 2) for run in beside if run.xs[-1] < rect.x}
    right = {round(run.y, 2) for run in beside if run.xs[0] > rect.right}
    assert len(left & right) >= 6                        # the same baselines, left and right of it


def test_a_vertical_headline_set_in_columns(demo):
    doc, page, display = demo
    frames = [f for f in page.frames if f.vertical]
    assert frames
    f = frames[0]
    runs = [r for g in groups(display, "text") if g.frame == f.id for r in runs_of(g)]
    columns = [r for r in runs if r.ys is not None]
    assert columns and len(columns) == len(runs)
    for r in columns:
        assert len(set(r.xs)) == 1                                       # one axis per column
        assert all(b > a for a, b in zip(r.ys, r.ys[1:]))               # top to bottom
    # columns read right to left: the kicker rightmost, then the headline's two columns
    order = [r.text for r in sorted(columns, key=lambda r: -r.xs[0])]
    assert order == [doc.story(f.story).kicker] + BREAKS[f.story]
    # every column starts at the frame's top: no blank set where the headline breaks at its space
    tops = {round(r.ys[0] - r.size, 1) for r in columns if r.text in BREAKS[f.story]}
    assert len(tops) == 1


def test_ranked_headlines_shrink_from_lead_to_brief_and_break_only_where_a_reader_pauses(demo):
    doc, page, display = demo
    sizes: dict[str, set[float]] = {"lead": set(), "second": set(), "brief": set()}
    for story, expected in BREAKS.items():
        rank = doc.story(story).rank
        assert rank, story
        runs = headline_runs(doc, page, display, story)
        sizes[rank] |= {r.size for r in runs}
        # lines: horizontal runs by baseline, vertical ones by column
        lines: dict[float, str] = {}
        for r in sorted(runs, key=lambda r: (r.y, r.xs[0]) if r.ys is None else (-r.xs[0], r.y)):
            key = round(r.y, 2) if r.ys is None else -round(r.xs[0], 2)
            lines[key] = lines.get(key, "") + r.text
        assert [lines[k] for k in sorted(lines)] == expected, story
    assert all(sizes.values())
    assert min(sizes["lead"]) > max(sizes["second"]) and min(sizes["second"]) > max(sizes["brief"])
    # none went below its style's minimum size
    assert not [r.frame for r in display.reports if r.below_min]


def test_the_demo_page_preflights_clean():
    doc = load_document(DEMO_DIR / "demo.yaml")
    report = preflight(doc, DEMO_DIR)
    assert (report.errors, report.warnings) == ([], [])
