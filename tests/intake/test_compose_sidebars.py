"""Sidebars (issue 10 part 4; a chief editor's page sent back: "记者手记 and 链接 have no box or tint and
are not attached to the feature; they are stacked at the top right with 16 pt headlines and wide
gaps"). A story under a column's label, after a feature, is boxed — a rule and a tint around its label,
headline and text, a line of air inside the border over and under them — and set with its feature;
a plain brief is not. Expectations written by hand from how a page editor sets a 记者手记."""
import pytest

from layout_app.intake.compose import compose
from layout_app.layout import sidebars
from layout_app.layout.compose import Composer
from layout_app.layout.display import Box
from layout_app.model.story import Story
from layout_app.preflight.checks import page_check

FEATURE = """从“山沟沟”到“数字村”
5G信号照亮云岭村的新日子
——一个海拔1200米山村的数字化之路
本报记者 吴佳宁
清晨6点，云岭村还笼罩在薄雾中，43岁的茶农杨春生已经打开手机上的“智慧茶园”App，查看昨夜茶园的温度、湿度和土壤墒情。“以前看天吃饭，现在看手机种茶。”他笑着说。
云岭村地处临溪县西北部，平均海拔1200米，全村286户1031人，过去因山高路远、信息闭塞，是远近闻名的贫困村。2024年，县里在这里建起了全县第一座山区5G基站，这个小山村的日子从此变了样。
“有了5G，我们的茶叶不再愁卖。”村里的“90后”返乡青年杨小燕是云岭村第一个电商主播。2025年以来，她在直播间里累计卖出高山云雾茶4.6万斤，销售额超过700万元。“山里的好东西，终于让山外的人看见了。”
数字化不只改变了卖茶的方式。村卫生室接入了县人民医院的远程会诊系统，村民在家门口就能请县里的专家看病；村小学的孩子们通过“专递课堂”，和县城学生同上一节英语课、音乐课。
“以前孩子看病要走两个小时山路，现在对着屏幕就能问诊。”村民李桂兰说。
变化也体现在村里的账本上。2026年前三季度，云岭村村集体经济收入达到52万元，是2023年的6倍；村民人均可支配收入达到2.1万元，同比增长11.4%。
当然，数字乡村建设也遇到新的难题：村里60岁以上老人占三成，不少人不会用智能手机；懂技术、会运营的年轻人仍然偏少。对此，村里办起了“数字夜校”，每周两个晚上由大学生村官手把手教村民用手机。
“下一步，我们打算把茶园、民宿和研学连成一条线，让游客扫一扫二维码就能预订行程。”村党支部书记杨国华望着远处的茶山说，“云岭村的好日子，还在后头。”
"""
NOTES = """
记者手记
让数字红利流向大山深处
吴佳宁
在云岭村采访的三天里，记者最深的感受是：一根网线、一座基站，改变的不只是信号格，更是山里人的眼界和心气。
数字乡村不是“高大上”的摆设，而是实实在在的民生工程。只有让老人会用、年轻人愿留、产业能增值，数字红利才能真正流向大山深处。
"""
BRIEFS = """
前三季度全县GDP同比增长6.1%
本报讯（记者 许文博）县统计局日前发布数据，今年前三季度，全县实现地区生产总值（GDP）286.4亿元，同比增长6.1%，增速高于全市平均水平0.8个百分点。其中，数字经济核心产业增加值同比增长14.7%。

“银发族”走进智能手机课堂
本报讯（通讯员 马莉）“原来用手机挂号这么方便！”12月1日，在县老年大学的智能手机培训班上，72岁的退休教师陈文华学会了用手机预约挂号。今年以来，县老年大学已开设智能手机培训班24期，培训老年学员1100余人次。
"""


def _composed(tmp_path, text):
    copy = tmp_path / "copy.txt"
    copy.write_text(text, encoding="utf-8")
    result = compose("duikai", [copy], [], tmp_path / "page.yaml")
    return result, result.document


def _story_with(doc, headline):
    return next(s.id for s in doc.stories if s.headline == headline)


def _inside(f, b):
    return b.col <= f.col and f.col + f.cols <= b.col + b.cols and b.line <= f.line and f.line + f.lines <= b.line + b.lines


def _meets(f, b):
    return f.col < b.col + b.cols and b.col < f.col + f.cols and f.line < b.line + b.lines and b.line < f.line + f.lines


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return _composed(tmp_path_factory.mktemp("sidebar"), FEATURE + NOTES + BRIEFS)


def test_the_sidebar_is_boxed_with_air_inside_and_nothing_else(page):
    result, doc = page
    side = _story_with(doc, "让数字红利流向大山深处")
    assert doc.story(side).kicker == "记者手记"
    frames = doc.pages[0].frames
    (box,) = doc.pages[0].boxes                                 # one box: the sidebar's, the briefs none
    own = [f for f in frames if f.story == side]
    assert {f.part for f in own} == {"heading", "body"}
    # its columns are the sidebar's, its lines a line of air over the heading and under the text
    assert box.col == min(f.col for f in own) and box.col + box.cols == max(f.col + f.cols for f in own)
    assert box.line == min(f.line for f in own) - 1
    assert box.line + box.lines == max(f.line + f.lines for f in own) + 1
    assert all(_inside(f, box) for f in own)
    # no other story's frame (nor a photo) in or across it
    assert not [f.id for f in frames if f.story != side and _meets(f, box)]
    # a border and a tint
    assert box.style is not None and box.style.pattern == "solid" and box.fill is not None


def test_the_sidebar_stands_with_its_feature(page):
    result, doc = page
    side, feature = _story_with(doc, "让数字红利流向大山深处"), _story_with(doc, "5G信号照亮云岭村的新日子")
    frames = doc.pages[0].frames
    (box,) = doc.pages[0].boxes
    f = [x for x in frames if x.story == feature or (x.photo and doc.photo(x.photo).story == feature)]
    f0, f1 = min(x.col for x in f), max(x.col + x.cols for x in f)
    ftop, fend = min(x.line for x in f), max(x.line + x.lines for x in f)
    beside = (box.col == f1 or box.col + box.cols == f0) and ftop <= box.line < fend
    under = f0 <= box.col and box.col + box.cols <= f1 and box.line >= fend
    assert beside or under
    (d,) = [d for d in result.decisions["sidebars"] if d["story"] == side]
    assert d["feature"] == feature and d["boxed"] and d["where"] in ("beside", "under")


def test_a_sidebar_headline_is_under_a_briefs_and_its_label_readable(page):
    _, doc = page
    side, brief = _story_with(doc, "让数字红利流向大山深处"), _story_with(doc, "前三季度全县GDP同比增长6.1%")
    assert doc.story(side).rank == "sidebar" and doc.story(brief).rank == "brief"
    display = Composer(doc).compose(doc.pages[0])
    sizes = {r.story: r.size for r in display.reports if r.part == "heading"}
    assert sizes[side] < sizes[brief] and sizes[side] >= 15
    # its label (the kicker) 五号 at least: over the body's 小五, read as the column's name
    from layout_app.layout.display import GlyphRun, walk
    label = [r for r in walk(display.items) if isinstance(r, GlyphRun) and r.text == "记者手记"]
    assert label and all(r.size >= 10.5 for r in label)
    # its heading only as tall as it needs: no wide gap between label, headline and text
    head = next(f for f in doc.pages[0].frames if f.story == side and f.part == "heading")
    assert head.lines <= 4


def test_plain_briefs_get_no_box(page):
    _, doc = page
    boxes = doc.pages[0].boxes
    for headline in ("前三季度全县GDP同比增长6.1%", "“银发族”走进智能手机课堂"):
        sid = _story_with(doc, headline)
        assert not [f.id for f in doc.pages[0].frames if f.story == sid and any(_meets(f, b) for b in boxes)]


def test_the_box_is_drawn_and_preflight_finds_nothing_new(page):
    _, doc = page
    display = Composer(doc).compose(doc.pages[0])
    boxes = [it for g in display.items for it in getattr(g, "items", (g,)) if isinstance(it, Box)]
    assert any(b.fill is not None for b in boxes) and any(b.stroke is not None for b in boxes)
    codes = {f.code for f in page_check(doc, 0, display).warnings + page_check(doc, 0, display).errors}
    # the page is short of copy (its foot); nothing about the box: no rule through text, no hole in it,
    # no headlines side by side
    assert not codes & {"box-over-text", "headlines-side-by-side", "frame-overlap", "overset"}
    short = [f for f in page_check(doc, 0, display).warnings if f.code == "short"]
    (box,) = doc.pages[0].boxes
    # (the page is short of copy: the white at the foot of the sidebar's columns is said, none in its box)
    assert not [f for f in short if box.col < f.where["column"] <= box.col + box.cols
                and box.line < f.where["line"] <= box.line + box.lines and "foot of the page" not in f.message]


def test_a_label_with_no_feature_before_it_is_no_sidebar(tmp_path):
    _, doc = _composed(tmp_path, NOTES.lstrip() + BRIEFS)
    assert doc.pages[0].boxes == ()
    assert all(s.rank != "sidebar" for s in doc.stories)


def test_labels():
    for label in ("记者手记", "编者按", "编后", "链接", "相关链接", "背景", "记者观察", "短评", "声音"):
        assert sidebars.is_sidebar(Story("s", "标题", kicker=label)), label
    for kicker in ("", "从“山沟沟”到“数字村”", "链接未来", "手记"):
        assert not sidebars.is_sidebar(Story("s", "标题", kicker=kicker)), kicker
    assert sidebars.features(replace_stories(["a", "记者手记", "b", "链接", "背景"]), {"s0", "s1", "s2", "s3", "s4"}) == \
        {"s1": "s0", "s3": "s2", "s4": "s2"}


def replace_stories(kickers):
    class D:
        stories = tuple(Story(f"s{k}", "标题", kicker=kicker if kicker not in "ab" else "") for k, kicker in enumerate(kickers))
    return D()


def test_the_pdf_prints_the_tint_and_the_border(page, tmp_path):
    """The same display list prints: the tint's CMYK fill and a stroked rectangle, under the text."""
    import pikepdf

    from layout_app.render.pdf.export import export_pdf
    from tests.pdf.conftest import DEMO_NOW
    _, doc = page
    out = tmp_path / "page.pdf"
    export_pdf(doc, tmp_path, out, now=DEMO_NOW)
    with pikepdf.open(out) as pdf:
        ops = [(str(op), [_number(v) for v in operands]) for operands, op in pikepdf.parse_content_stream(pdf.pages[0])]
    tint = [k for k, (op, args) in enumerate(ops) if op == "k" and args == pytest.approx(list(sidebars.TINT), abs=1e-3)]
    assert tint
    # the tint under the text it backs (the running head's, over the type area, prints before it: its
    # texts are the first ones, as many as its parts that print)
    head = sum(1 for t in doc.master(doc.pages[0].master).texts if t.text.strip("　")) if doc.pages[0].master else 0
    text = [k for k, (op, _) in enumerate(ops) if op == "BT"][head]
    assert tint[0] < text
    assert any(op == "re" for op, _ in ops) and any(op in ("S", "s", "B") for op, _ in ops)


def _number(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _plan(lines_after_feature=2, brief_gap=4, foot=None):
    """A page planned by hand: the feature s1 in columns 1–4, its 记者手记 s2 under it there, a brief s3
    under that; another story s4 down columns 5–8."""
    from layout_app.io.templates import load_template
    from layout_app.layout.autoplace import Plan
    from layout_app.model.document import Document, Page
    from layout_app.model.frame import Frame
    t = load_template("duikai")
    paras = ("在云岭村采访的三天里，记者最深的感受是：一根网线、一座基站，改变的不只是信号格。",) * 3
    stories = (Story("s1", "5G信号照亮云岭村的新日子", kicker="从“山沟沟”到“数字村”", body=paras * 8),
               Story("s2", "让数字红利流向大山深处", kicker="记者手记", body=paras[:1]),
               Story("s3", "前三季度全县GDP同比增长6.1%", body=paras[:1]),
               Story("s4", "“银发族”走进智能手机课堂", body=paras * 12))
    a = 30 + lines_after_feature
    frames = [Frame("s1-head", 0, 4, 0, 8, "s1", "heading"), Frame("s1-body", 0, 4, 8, 22, "s1", "body"),
              Frame("s2-head", 0, 4, a, 7, "s2", "heading"), Frame("s2-body", 0, 4, a + 7, 3, "s2", "body"),
              Frame("s3-head", 0, 4, a + 10 + brief_gap, 6, "s3", "heading"),
              Frame("s3-body", 0, 4, a + 16 + brief_gap, 2, "s3", "body"),
              Frame("s4-head", 4, 4, 12, 6, "s4", "heading"), Frame("s4-body", 4, 4, 18, 60, "s4", "body")]
    if foot is not None:
        frames.append(Frame("credits", 0, 8, foot, 1, "s4", "byline"))
    page = Page("p1", 1)
    doc = Document(t.grid, dict(t.styles), (page,), stories, (), template=t.recorded, sheet=t.sheet)
    return doc, page, Plan(frames=frames, ranks={"s1": "lead", "s2": "brief", "s3": "brief", "s4": "second"})


def test_a_sidebar_in_its_features_stack_is_boxed_right_under_it():
    doc, page, plan = _plan()
    boxes = sidebars.box_sidebars(doc, page, plan, doc.grid.line_count)
    (box,) = boxes
    f = {x.id: x for x in plan.frames}
    own = [f["s2-head"], f["s2-body"]]
    assert (box.col, box.cols) == (0, 4)
    assert box.line == f["s2-head"].line - 1 and box.line + box.lines == f["s2-body"].line + f["s2-body"].lines + 1
    # under its feature with a line or more of air outside the border, the brief under it likewise
    assert f["s1-body"].line + f["s1-body"].lines < box.line
    assert box.line + box.lines < f["s3-head"].line
    assert f["s2-head"].lines < 7 and f["s2-body"].line == f["s2-head"].line + f["s2-head"].lines
    # the stack still ends where it ended, or above; nothing else moved out of its columns
    assert f["s3-body"].line + f["s3-body"].lines <= 30 + 2 + 10 + 4 + 8
    assert (f["s4-head"].line, f["s4-body"].line) == (12, 18)
    assert all(_inside(x, box) for x in own) and not [x for x in plan.frames if x.story != "s2" and _meets(x, box)]
    assert plan.ranks["s2"] == "sidebar" and sidebars.STYLE in plan.styles
    assert [d["where"] for d in plan.decisions["sidebars"]] == ["under"]


def test_a_sidebar_with_no_room_for_its_box_is_left_as_placed_and_said():
    # the stack full to a foot line right under the brief, no air anywhere to take
    doc, page, plan = _plan(lines_after_feature=0, brief_gap=0, foot=30 + 10 + 8)
    before = list(plan.frames)
    # (its smaller heading gives 3 lines; the box's air and a line outside it over and under need 4)
    assert sidebars.box_sidebars(doc, page, plan, doc.grid.line_count) == []
    assert plan.frames == before and plan.ranks["s2"] == "brief"
    assert [d["boxed"] for d in plan.decisions["sidebars"]] == [False]
    assert any("unboxed" in n for n in plan.notes)


def test_a_column_rule_setting_another_story_apart_does_not_keep_the_sidebar_unboxed():
    """Review page c on 四开: a brief's heading beside the feature's, set apart by a column rule (隔开) in
    the sidebar's stack, had left both sidebars unboxed ('no room') over 35 empty lines. The rule goes
    with the brief as it moves: along the lines both headings still stand side by side, or off where the
    brief moved clear of the feature's heading."""
    from layout_app.io.templates import load_template
    from layout_app.layout.autoplace import Plan
    from layout_app.layout.tombstones import heading_frames_side_by_side
    from layout_app.model.document import Document, Page
    from layout_app.model.frame import Frame
    from layout_app.model.furniture import RuleItem
    t = load_template("duikai")
    paras = ("在云岭村采访的三天里，记者最深的感受是：一根网线、一座基站，改变的不只是信号格。",) * 3
    stories = (Story("s1", "5G信号照亮云岭村的新日子", kicker="从“山沟沟”到“数字村”", body=paras * 8),
               Story("s2", "让数字红利流向大山深处", kicker="记者手记", body=paras[:1]),
               Story("s3", "前三季度全县GDP同比增长6.1%", body=paras[:1]))
    frames = [Frame("s1-head", 0, 4, 30, 8, "s1", "heading"), Frame("s1-body", 0, 4, 38, 40, "s1", "body"),
              Frame("s2-head", 4, 4, 0, 7, "s2", "heading"), Frame("s2-body", 4, 4, 7, 3, "s2", "body"),
              Frame("s3-head", 4, 4, 31, 6, "s3", "heading"), Frame("s3-body", 4, 4, 37, 2, "s3", "body")]
    page = Page("p1", 1)
    doc = Document(t.grid, dict(t.styles), (page,), stories, (), template=t.recorded, sheet=t.sheet)
    plan = Plan(frames=frames, ranks={"s1": "lead", "s2": "brief", "s3": "brief"},
                rules=[RuleItem("apart-s1-s3", 4, 30, lines=9)])
    (box,) = sidebars.box_sidebars(doc, page, plan, doc.grid.line_count)
    f = {x.id: x for x in plan.frames}
    assert box.id == "sidebar-s2" and box.line == f["s2-head"].line - 1 and (box.col, box.cols) == (4, 4)
    # every pair of headings side by side has its rule along the lines both stand
    for a, b in heading_frames_side_by_side(plan.frames):
        (rule,) = [r for r in plan.rules if r.id == f"apart-{a.story}-{b.story}"]
        assert rule.line <= max(a.line, b.line) and min(a.line + a.lines, b.line + b.lines) <= rule.line + rule.lines
    assert [r.id for r in plan.rules] in ([], ["apart-s1-s3"])
