"""A printed page's PDF read with its type sizes (pdfcopy → intake.typesizes): what the text alone
cannot tell, the sizes do — a kicker set smaller over its headline, a deck in figures without a dash
under it, a photo's caption (set smaller than the body) between a headline and its byline, two
captions of photos side by side. The page is written here by hand, laid out by our own compose and
exported as PDF; the answer is the page as written."""

import pytest

from layout_app.intake.importer import import_copy
from layout_app.intake.typesizes import SizedLines, apart_by_size, heading_roles
from tests.corpus.generator import PageSpec, StorySpec
from tests.corpus.pdf_copy import export
from tests.corpus.score import normal

SPEC = PageSpec(seed=0, stories=[
    StorySpec("让群众少跑腿 看病更省心", [
        "9月25日上午，马鞍乡村口格外热闹。健康小屋每天8:30至11:30开放内科、儿科和口腔科，市民可通过微信公众号提前预约。",
        "数据显示，县中医院新添了CT机和DR设备，市民在家门口就能做检查。县中医院还为行动不便的老人开通了绿色通道，挂号、检查、取药有专人陪同。",
        "说起健康小屋，家庭医生于浩笑得合不拢嘴：“病人少跑一趟，我们多走一步，这是应该的。”" * 2,
    ], kicker="健康服务零距离", byline="本报记者 叶志刚", captions=["马鞍乡，护士为小患者测体温。"]),
    StorySpec("旧楼“长”出新电梯", [
        "今年，永安街道把加装电梯列为民生实事，由社区牵头、居民协商、企业代建。加装电梯最难的是统一意见，"
        "一楼住户的采光、噪音等顾虑都拿到桌面上谈。",
        "施工期间，社区每天安排专人值守，及时回应住户的诉求。“以前下楼买个菜要歇三回，现在按一下按钮就到楼下了。”70岁的周大妈高兴地说。",
        "据介绍，明年永安街道还将在30个小区推广这一做法。" * 3,
    ], deck="全年完成27个小区 惠及2273户", byline="本报记者 罗玉珍",
        captions=["永安街道居民乘坐新装的电梯下楼。", "工人为旧楼加装电梯。"]),
    StorySpec("书法课堂进课堂", [
        "今年以来，城关镇把书法课堂作为民生实事来抓，群众满意度不断提升。近日，在城关小学的课堂上，老师刘亮手把手地教孩子们写字。",
        "刘亮高兴地说：“希望孩子们能把这门手艺传下去。”不一会儿，一件件作品便在孩子们手中诞生了。" * 2,
        "记者了解到，本学期共有46名学生参加。",          # a short last paragraph, shaped like a caption
    ], kicker="教育民生 走进城关镇", byline="本报记者 杜淑珍"),
])


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    pdf, kept = export(SPEC, tmp_path_factory.mktemp("sized"))
    assert [s.headline for s in kept.stories] == [s.headline for s in SPEC.stories]      # all on the page
    return pdf


@pytest.fixture(scope="module")
def imported(printed):
    page, copy = import_copy(printed)
    return page, copy


def test_text_a_tool_took_out_of_a_pdf_says_the_pdf_itself_is_surer(printed, imported, tmp_path):
    import subprocess
    hint = "import the page's .pdf itself"
    _, copy = imported
    assert any("looks taken out of a PDF" in n for n in copy.notices) and not any(hint in n for n in copy.notices)
    text = tmp_path / "page.txt"
    subprocess.run(["pdftotext", "-raw", str(printed), str(text)], check=True)
    _, copy = import_copy(text)
    assert sum(hint in n for n in copy.notices) == 1


def test_each_heading_line_takes_its_part_by_its_size(imported):
    page, _ = imported
    got = {normal(s.headline): s for s in page.stories}
    assert set(got) == {normal(s.headline) for s in SPEC.stories}
    for want in SPEC.stories:
        s = got[normal(want.headline)]
        assert (normal(s.kicker), normal(s.deck), normal(s.byline)) == \
            (normal(want.kicker), normal(want.deck), normal(want.byline)), want.headline
        assert [normal(p) for p in s.paragraphs] == [normal(p) for p in want.paragraphs], want.headline


def test_captions_set_smaller_than_the_body_are_captions_of_their_story(imported):
    page, _ = imported
    assert sorted(normal(c.text) for c in page.captions) == sorted(normal(c) for s in SPEC.stories for c in s.captions)
    for c in page.captions:
        want = next(k for k, s in enumerate(SPEC.stories) if normal(c.text) in map(normal, s.captions))
        assert normal(page.stories[c.story].headline) == normal(SPEC.stories[want].headline), c.text
    assert not page.unassigned


def _sized(*lines: tuple[str, float]) -> SizedLines:
    return SizedLines.of([(text.replace(" ", ""), [size] * len(text.replace(" ", "")), 9.0) for text, size in lines])


def test_a_block_running_lines_of_two_sizes_together_is_cut_where_the_size_changes():
    sized = _sized(("健康服务零距离", 10.5), ("让群众少跑腿", 42), ("看病更省心", 42), ("马鞍乡，护士为小患者", 8),
                   ("测体温。本报记者 任静 摄", 8), ("村民在菜园里采摘蔬菜。", 8), ("本报记者 周航 摄", 8),
                   ("　　9月25日上午，马鞍乡", 9), ("村口格外热闹。", 9))
    blocks = [("健康服务零距离让群众少跑腿 看病更省心", 2),
              ("马鞍乡，护士为小患者测体温。本报记者 任静 摄村民在菜园里采摘蔬菜。本报记者 周航 摄", 0),
              ("9月25日上午，马鞍乡村口格外热闹。", 0), ("不在页上的一行。", 1)]
    assert apart_by_size(blocks, sized) == [
        ("健康服务零距离", 2), ("让群众少跑腿 看病更省心", 0),          # one size a line of the headline: one part
        ("马鞍乡，护士为小患者测体温。本报记者 任静 摄", 0),              # a caption wraps; two don't run on,
        ("村民在菜园里采摘蔬菜。本报记者 周航 摄", 0),                    # and its photo's credit goes with it
        ("9月25日上午，马鞍乡村口格外热闹。", 0), ("不在页上的一行。", 1)]


def test_a_headline_and_the_deck_pdfium_reads_on_its_line_are_cut_apart():
    sized = SizedLines.of([("人行天桥正式通车——丰收镇人行天桥见闻", [33.5] * 8 + [11.0] * 11, 9.0)])
    assert apart_by_size([("人行天桥正式通车 ——丰收镇人行天桥见闻", 0)], sized) == \
        [("人行天桥正式通车", 0), ("——丰收镇人行天桥见闻", 0)]
    # (one character of another size inside a line is no part of its own: a figure set a little smaller)
    sized = SizedLines.of([("全年完成27个小区", [16.0] * 4 + [15.0] + [16.0] * 4, 9.0)])
    assert apart_by_size([("全年完成27个小区", 0)], sized) == [("全年完成27个小区", 0)]


def test_the_largest_heading_line_is_the_headline():
    sized = _sized(("打通城乡“微循环”", 11), ("人行天桥正式通车", 33.5), ("——丰收镇人行天桥见闻", 11),
                   ("旧楼“长”出新电梯", 16), ("全年完成27个小区 惠及2273户", 10.5), ("老手艺", 16), ("新传承", 16))
    assert heading_roles(["打通城乡“微循环”", "人行天桥正式通车", "——丰收镇人行天桥见闻"], sized) == \
        ("打通城乡“微循环”", "人行天桥正式通车", "——丰收镇人行天桥见闻")
    assert heading_roles(["旧楼“长”出新电梯", "全年完成27个小区 惠及2273户"], sized) == \
        (None, "旧楼“长”出新电梯", "全年完成27个小区 惠及2273户")
    # a headline set in two lines of its size under its kicker: one headline (the space at the pause)
    assert heading_roles(["打通城乡“微循环”", "老手艺", "新传承"], sized) == ("打通城乡“微循环”", "老手艺 新传承", None)
    assert heading_roles(["老手艺", "打通城乡“微循环”", "新传承"], sized) is None      # two headlines apart: the text decides
    # a page banner over the first story's headline (42 / 33.5 pt): two of a headline's weight
    sized = _sized(("文明新风润乡里 幸福生活节节高", 42), ("翠屏街道：老年食堂节节高", 33.5), ("杏花乡：5G基站惠万家", 16))
    assert heading_roles(["文明新风润乡里 幸福生活节节高", "翠屏街道：老年食堂节节高"], sized) is None
    assert heading_roles(["不在页上"], sized) is None


def test_a_caption_under_a_headline_is_passed_over_to_the_story_under_it():
    """A photo set under its story's heading: its caption (set smaller than the body) stands between
    the heading and the byline — the story goes on after it."""
    from layout_app.intake.structure import parse
    sized = _sized(("健康服务零距离", 10.5), ("看病不用再“起早排队”", 16), ("五里乡医生为患者测量血压。", 8),
                   ("本报记者 蔡建军", 9), ("记者了解到，签约患者可以通过手机预约上门服务，常见病不出社区就能看好。", 9))
    blocks = [("健康服务零距离", 0), ("看病不用再“起早排队”", 0), ("五里乡医生为患者测量血压。", 0),
              ("本报记者 蔡建军", 0), ("记者了解到，签约患者可以通过手机预约上门服务，常见病不出社区就能看好。", 0)]
    page = parse(blocks, printed=True, sized=sized)
    assert [(s.kicker, s.headline, s.byline, s.paragraphs) for s in page.stories] == [
        ("健康服务零距离", "看病不用再“起早排队”", "本报记者 蔡建军", [blocks[4][0]])]
    assert [c.text for c in page.captions] == ["五里乡医生为患者测量血压。"] and not page.unassigned


def test_captions_of_photos_side_by_side_pdfium_reads_as_one_line_are_cut_apart():
    lines = ("居民在日间照料中心吃午饭。 老人们在日间照料中心下棋。", "图为兴隆镇治理后的河道。 本报记者 吴淑芬 摄 图为兴隆镇村民植树。",
             "工程负责人宋红梅介绍建设情况。（汪红梅 摄） 新修的乡村公路。")
    sized = _sized(*[(l, 8) for l in lines])
    blocks = [("".join(l.split()), 0) for l in lines]      # (the text's joins closed the spaces up)
    assert [t for t, _ in apart_by_size(blocks, sized)] == [
        "居民在日间照料中心吃午饭。", "老人们在日间照料中心下棋。",
        "图为兴隆镇治理后的河道。本报记者吴淑芬摄", "图为兴隆镇村民植树。",      # the credit goes with the caption before it
        "工程负责人宋红梅介绍建设情况。（汪红梅摄）", "新修的乡村公路。"]


def test_a_banner_over_the_first_storys_kicker_and_headline_is_a_heading_of_its_own():
    """Three heading lines in a row, 42 / 18 / 33.5 pt: two of a headline's weight, each over lines
    set well smaller — the page banner, then a story's kicker and headline (a dash deck between two
    headlines goes with the upper one)."""
    from layout_app.intake.structure import parse
    from layout_app.intake.typesizes import heading_groups
    text = "7月20日上午，湖滨乡文化广场格外热闹。区人民医院新添了CT机和DR设备，患者在家门口就能做检查。"
    sized = _sized(("小事连着大民生", 42), ("——我县为民办实事工作综述", 18), ("健康服务零距离", 18),
                   ("中医诊室为健康“加码”", 33.5), ("本报记者 杜晓燕", 9), (text, 9))
    lines = ["小事连着大民生", "——我县为民办实事工作综述", "健康服务零距离", "中医诊室为健康“加码”"]
    assert heading_groups(lines, sized) == [lines[:2], lines[2:]]
    assert heading_groups(lines[2:], sized) is None            # one headline: the text decides
    page = parse([(l, 0) for l in lines] + [("本报记者 杜晓燕", 0), (text, 0)], printed=True, sized=sized)
    assert page.banner == {"kicker": None, "headline": "小事连着大民生", "deck": "——我县为民办实事工作综述"}
    assert [(s.kicker, s.headline, s.byline, s.paragraphs) for s in page.stories] == [
        ("健康服务零距离", "中医诊室为健康“加码”", "本报记者 杜晓燕", [text])]
    # (without the banner's deck the text alone reads the three lines as one heading)
    page = parse([(l, 0) for l in lines if l[0] != "—"] + [("本报记者 杜晓燕", 0), (text, 0)], printed=True, sized=sized)
    assert page.banner == {"kicker": None, "headline": "小事连着大民生", "deck": None}
    assert [(s.kicker, s.headline, s.byline, s.paragraphs) for s in page.stories] == [
        ("健康服务零距离", "中医诊室为健康“加码”", "本报记者 杜晓燕", [text])]
    assert not page.lead and not page.unassigned


def test_a_banner_right_over_the_first_headline_near_its_size_is_a_heading_of_its_own():
    """42 / 33.5 pt, nothing between: a kicker is set well smaller than its headline, so the line
    near the headline's size over it is another heading — the page banner."""
    from layout_app.intake.typesizes import heading_groups
    sized = _sized(("小事连着大民生", 42), ("农家书屋“热”在基层", 33.5), ("家门口的幸福", 10.5), ("老手艺", 16),
                   ("新传承", 16))
    assert heading_groups(["小事连着大民生", "农家书屋“热”在基层"], sized) == [["小事连着大民生"], ["农家书屋“热”在基层"]]
    assert heading_groups(["家门口的幸福", "老手艺", "新传承"], sized) is None      # a headline in two lines is one


def test_a_page_that_sets_its_captions_in_the_body_type_keeps_them():
    """Only where the page sets its captions smaller is a line in body type no caption: a page whose
    captions are set as large as its text keeps what the text says is a caption."""
    from layout_app.intake.structure import parse
    text = "记者了解到，签约患者可以通过手机预约上门服务，常见病不出社区就能看好。"
    caption = "石桥乡的村民在共享菜园里采摘蔬菜。本报记者 任静 摄"
    sized = _sized(("石桥乡共享菜园见实效", 16), ("本报记者 任静", 9), (text, 9), (caption, 9), ("金沙社区积分超市乐融融", 16),
                   (text + "又", 9))
    blocks = [("石桥乡共享菜园见实效", 0), ("本报记者 任静", 0), (text, 0), (caption, 0), ("金沙社区积分超市乐融融", 0),
              (text + "又", 0)]
    page = parse(blocks, printed=True, sized=sized)
    assert [c.text for c in page.captions] == [caption]


def test_a_kicker_asking_its_question_set_larger_than_the_body_is_no_sentence_of_the_story_above():
    """'出行难？' ends as a sentence does, and stands right under a story's last paragraph in pdfium's
    order; set in 10.5 pt over 9 pt body type, it is the next story's kicker."""
    from layout_app.intake.structure import parse
    from layout_app.intake.typesizes import heading_hints
    text = "据介绍，改造后，小区新增停车位826个、休闲座椅7处。居民朱晓燕表示，将把这件实事办好办实。"
    text2 = "入冬以来，兴隆街道前进村公交线路的工作一刻没有停。这条路全长50公里，串起了沿线十几个自然村。"
    lead = "的共享菜园，从社区食堂到夜间门诊，一件件小事连起了大民生。"       # the lead's last line, set larger
    sized = _sized(("老小区换新颜", 16), ("本报记者 邓雨轩", 9), (text2 + "又", 9), (text, 9), (lead, 10.5),
                   ("出行难？", 10.5), ("公交线路开通 乘客点赞", 16), (text2, 9))
    blocks = [("老小区换新颜", 0), ("本报记者 邓雨轩", 0), (text2 + "又", 0), (text, 0), ("出行难？", 0),
              ("公交线路开通 乘客点赞", 2), (text2, 0)]
    assert heading_hints(blocks, sized) == {0, 4, 5}
    assert heading_hints([(lead, 0)], sized) == set()            # a sentence's end set larger: the lead's
    page = parse(blocks, heading_hints(blocks, sized), printed=True, sized=sized)
    assert [(s.kicker, s.headline, s.paragraphs) for s in page.stories] == [
        (None, "老小区换新颜", [text2 + "又", text]), ("出行难？", "公交线路开通 乘客点赞", [text2])]


def test_captions_pdfium_reads_between_a_kicker_and_its_headline_go_before_the_heading():
    from layout_app.intake.typesizes import captions_before_heading
    body = "非遗传承人曹淑珍表示，将把这件实事办好办实，让更多群众享受到实惠。"
    sized = _sized((body, 9), ("太平乡马鞍村：周末去哪儿？", 10.5), ("城关小学的学生参加科技社团。（韩浩 摄）", 8),
                   ("图为马鞍村比赛现场。", 8), ("“村BA”打出精气神", 16), ("通讯员 高晓燕 文/图", 9))
    blocks = [(body, 0), ("太平乡马鞍村：周末去哪儿？", 0), ("城关小学的学生参加科技社团。（韩浩 摄）", 2),
              ("图为马鞍村比赛现场。", 0), ("“村BA”打出精气神", 2), ("通讯员 高晓燕 文/图", 0)]
    assert captions_before_heading(blocks, sized) == [
        (body, 0), ("城关小学的学生参加科技社团。（韩浩 摄）", 2), ("图为马鞍村比赛现场。", 0),
        ("太平乡马鞍村：周末去哪儿？", 1), ("“村BA”打出精气神", 2), ("通讯员 高晓燕 文/图", 0)]
    # captions under a headline (its photo set under the heading) stay where they are: the story goes on
    # after them (structure passes over them)
    assert captions_before_heading(blocks[1:2] + blocks[4:5] + blocks[2:3] + blocks[5:], sized) == \
        blocks[1:2] + blocks[4:5] + blocks[2:3] + blocks[5:]


def test_a_kicker_the_text_joined_onto_a_caption_read_far_from_it_is_cut_off_by_its_size():
    """The text's guesses joined a kicker (no mark at its end) over blank lines onto a caption pdfium
    reads far above it: the two runs are found apart on the page, set in two sizes — cut there."""
    sized = _sized(("班主任吴丽娟指导学生。", 8), ("本报通讯员 郭淑芬", 9), ("　　近日，牛角街道的足球课", 9),
                   ("正式投入使用。", 9), ("解决 “看病难、看病晚”", 10.5), ("看病不用再“起早排队”", 16))
    assert apart_by_size([("解决 “看病难、看病晚”班主任吴丽娟指导学生。", 2)], sized) == [
        ("解决 “看病难、看病晚”", 2), ("班主任吴丽娟指导学生。", 0)]
    # runs of one size joined from apart stay one block (a paragraph the text joined across a column,
    # pdfium reading the byline between)
    assert apart_by_size([("近日，牛角街道的足球课正式投入使用。本报通讯员 郭淑芬", 0)], sized) == \
        [("近日，牛角街道的足球课正式投入使用。本报通讯员 郭淑芬", 0)]
