"""Headlines break where a reader pauses, never inside a word. The expected breaks are written by
hand from how a desk editor would set them."""
import pytest

from layout_app.io.templates import new_document
from layout_app.layout.compose import size_heading
from layout_app.layout.headline import PHRASE, SPACE, break_points, fit_headline, set_display, set_headline, word_points
from layout_app.text.setter import SetOptions

OPTS = SetOptions(indent=0, align="left")

# headline, frame width in pt, the lines an editor accepts (any one of the listed sets)
CASES = [
    ("水清岸绿 白鹭归来", 200, [["水清岸绿", "白鹭归来"]]),
    ("老人吃饭不再犯愁", 120, [["老人吃饭", "不再犯愁"]]),
    ("东湖区：公共自行车站点增至300个", 320, [["东湖区：", "公共自行车站点增至300个"]]),
    ("“家门口”的办事大厅让群众少跑腿", 200, [["“家门口”的办事大厅", "让群众少跑腿"], ["“家门口”的", "办事大厅", "让群众少跑腿"]]),
    ("南山街道志愿服务 让邻里更亲", 260, [["南山街道志愿服务", "让邻里更亲"]]),
    ("柳溪村：小小草莓 甜了村民日子", 200, [["柳溪村：", "小小草莓", "甜了村民日子"],
                                       ["柳溪村：小小草莓", "甜了村民日子"]]),
]
# places a word would be cut: (headline, text before the bad break)
NEVER = [("老人吃饭不再犯愁", "老人吃"), ("东湖区：公共自行车站点增至300个", "东湖区：公共自行"),
         ("东湖区：公共自行车站点增至300个", "东湖区：公共自行车站点增至30"),
         # a Latin word and the Chinese of its term, a figure and its unit (issue 10's printed pages)
         ("翠屏街道：网格员的APP预约平台惠万家", "翠屏街道：网格员的APP"),
         ("翠屏社区家庭医生工作室开放50天", "翠屏社区家庭医生工作室开放50")]


@pytest.mark.parametrize("text,width,accepted", CASES)
def test_headline_breaks_at_a_phrase_or_word(text, width, accepted):
    f = fit_headline(text, width, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
    assert f.fits and not f.below_min
    got = [l.text.strip() for l in f.lines]
    assert got in accepted, got
    assert "".join(got).replace(" ", "") == text.replace(" ", "")      # nothing lost at a break


@pytest.mark.parametrize("text,bad", NEVER)
def test_never_inside_a_word(text, bad):
    for width in range(100, 460, 20):
        f = fit_headline(text, width, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
        ends = [text[:l.end] for l in f.lines[:-1]]
        assert bad not in ends, (width, [l.text for l in f.lines])


def test_lines_balanced():
    f = fit_headline("水清岸绿 白鹭归来 候鸟翩翩", 200, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
    widths = [l.width for l in f.lines]
    assert len(widths) >= 2 and min(widths) >= 0.3 * max(widths)


def test_a_line_opening_with_a_quote_stays_flush():
    f = fit_headline("青石镇“家门口”的办事大厅", 200, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
    assert [l.text for l in f.lines] == ["青石镇", "“家门口”的办事大厅"]
    # the quote's own blank (the left half of its em) is set outside the frame, so the mark itself
    # stands flush with the line above: not half an em in, like an indent
    assert f.lines[1].xs[0] == pytest.approx(-f.size / 2)


def test_a_long_headline_over_two_columns_takes_a_third_line_before_going_below_its_minimum():
    # 对开 two columns (243.6 pt), 一号 headline, minimum 小二 (18 pt): in two lines the longer line
    # holds 15 characters (16 pt); a desk editor gives it a third line at its pauses instead
    text, width = "银杏社区：居民的四点半课堂有温度 奋进路上再出发", 243.6
    f = fit_headline(text, width, 2, 12, "hei-bold", 26, 18, OPTS, 13.5, more_lines=3)
    assert not f.below_min and f.size >= 18
    assert [l.text.strip() for l in f.lines] == ["银杏社区：", "居民的四点半课堂有温度", "奋进路上再出发"]
    # kept to two lines, it goes below the minimum (what compose did before)
    assert fit_headline(text, width, 2, 12, "hei-bold", 26, 18, OPTS, 13.5).below_min


def test_a_third_line_only_at_a_pause():
    # no pause splits it into three even lines: not a line cut inside a word ('…如何进一步' / '提升了…');
    # in two lines it keeps its size broken before its verb phrase (a word boundary, after 如何)
    text = "从“共享菜园”看金沙乡如何进一步提升了基层治理水平"
    f = fit_headline(text, 243.6, 2, 12, "hei-bold", 26, 18, OPTS, 13.5, more_lines=3)
    assert [l.text for l in f.lines] == ["从“共享菜园”看金沙乡如何", "进一步提升了基层治理水平"]
    assert not f.below_min


# two lines that keep the headline at its minimum (18 pt) only by a break between two words; the words
# a reader takes as one — a place and its 街道, a compound noun, an adverb and its verb — are not cut
WORD_CASES = [
    ("白沙镇：公共自行车站点增至300个", 200, ["白沙镇：公共自行车站点", "增至300个"]),
    ("从“四点半课堂”看杏花街道如何受到居民普遍欢迎", 243.6, ["从“四点半课堂”看杏花街道", "如何受到居民普遍欢迎"]),
]
NEVER_BETWEEN_WORDS = [
    ("从“四点半课堂”看杏花街道如何受到居民普遍欢迎", "从“四点半课堂”看杏花"),        # 杏花 / 街道
    ("从“四点半课堂”看杏花街道如何受到居民普遍欢迎", "从“四点"),                       # inside the quote
    ("“家门口”的办事大厅让群众少跑腿", "“家门口”的办事"),                               # 办事 / 大厅
    ("从“图书角”看松涛乡如何有效解决了群众的急难愁盼问题", "从“图书角”看松涛乡如何有效"),  # 有效 / 解决
    ("清水社区志愿者现在每晚都上街巡逻", "清水社区志愿者现"),      # 现 / 在: 在 opens a word elsewhere
]


@pytest.mark.parametrize("text,width,lines", WORD_CASES)
def test_a_word_boundary_keeps_a_headline_at_its_minimum(text, width, lines):
    f = fit_headline(text, width, 2, 12, "hei-bold", 26, 18, OPTS, 13.5, more_lines=3)
    assert [l.text for l in f.lines] == lines and not f.below_min and f.size >= 18


@pytest.mark.parametrize("text,bad", NEVER_BETWEEN_WORDS)
def test_never_between_words_a_reader_takes_as_one(text, bad):
    for width in range(100, 460, 20):
        for max_lines in (2, 3):
            f = fit_headline(text, width, max_lines, 12, "hei-bold", 26, 18, OPTS, 13.5, more_lines=3)
            ends = [text[:l.end] for l in f.lines[:-1]]
            assert bad not in ends, (width, [l.text for l in f.lines])


def test_a_kicker_too_long_for_one_line_breaks_at_its_pause():
    # a kicker at 13 pt over two columns: 23 characters need two lines, broken after the colon, not
    # inside the place name ('…：长乐街' / '道的新变化')
    text = "基层治理有新招 奋进路上再出发：长乐街道的新变化"
    lines = set_display(text, 13, 243.6, "kai", SetOptions(indent=0, align="left"))
    assert [l.text.strip() for l in lines] == ["基层治理有新招 奋进路上再出发：", "长乐街道的新变化"]


def test_a_deck_with_no_pause_breaks_between_two_words():
    # no space, mark or function word: the deck breaks before its verb (系统 / 缓解), not inside a
    # word as the body breaker would ('…老旧小区停' / '车难题')
    text = "智慧停车系统缓解老旧小区停车难题"
    lines = set_display(text, 10, 130, "kai", SetOptions(indent=0, align="left"))
    assert [l.text for l in lines] == ["智慧停车系统", "缓解老旧小区停车难题"]


def test_compose_gives_a_long_headline_over_two_columns_its_third_line():
    # the 对开 template's 二条 headline (一号, minimum 小二) with its kicker over two columns: the
    # headline keeps at least 18 pt in three lines, the kicker over it breaks at its pause
    doc = new_document("duikai")
    styled = (("kicker", doc.style("kicker"), "基层治理有新招 奋进路上再出发：长乐街道的新变化"),
              ("headline", doc.style("headline_second"), "银杏社区：居民的四点半课堂有温度 奋进路上再出发"))
    blocks, _room, (size, below_min, overset) = size_heading(styled, doc.grid.span_width(2), 12,
                                                             doc.grid.leading, "gb")
    assert size >= 18 and not below_min and not overset
    parts = dict(blocks)
    assert [l.text.strip() for l in parts["headline"][2]] == ["银杏社区：", "居民的四点半课堂有温度", "奋进路上再出发"]
    kicker = [l.text.strip() for l in parts["kicker"][2]]
    assert len(kicker) == 1 or kicker[0].endswith("："), kicker


def test_below_the_minimum_a_headline_still_breaks_between_two_words():
    # a narrow frame: not even two lines at 18 pt, and no function word to break at — below the minimum
    # it breaks before its verb (服务 / 解决), not inside 解决 as a break anywhere would
    text = "网格员上门服务解决居民急难愁盼"
    f = fit_headline(text, 60, 2, 12, "hei-bold", 26, 18, OPTS, 13.5, more_lines=3)
    assert [l.text for l in f.lines] == ["网格员上门服务", "解决居民急难愁盼"] and f.below_min


# issue 10's long headlines over two columns of the duikai template (243.6 pt): no pause to break
# at in three lines even, so compose set them at 17 and 12 pt, below the 18 pt minimum; a desk editor
# takes a third line between words — after the 了 that closes a verb phrase, never after a 的 that
# binds a noun to what is said of it ('…解决了群众的' / '急难愁盼问题' is no break)
THIRD_LINE = [
    ("银杏乡打造“5G基站” 有效解决了群众的急难愁盼问题", ["银杏乡打造“5G基站”", "有效解决了", "群众的急难愁盼问题"]),
    ("从“家庭医生工作室”看南山乡如何有效解决了群众的急难愁盼问题",
     ["从“家庭医生工作室”", "看南山乡如何有效解决了", "群众的急难愁盼问题"]),
]


@pytest.mark.parametrize("text,lines", THIRD_LINE)
def test_a_long_headline_takes_a_third_line_between_words_before_going_below_its_minimum(text, lines):
    from layout_app.layout.compose import face_of, options_for
    doc = new_document("duikai", 1)
    st = doc.style("headline")
    assert st.min_size == 18.0 and round(doc.grid.span_width(2), 1) == 243.6
    f = fit_headline(text, doc.grid.span_width(2), 2, 10, face_of(st), st.size, st.min_size,
                     options_for(st, "gb", display=True), doc.grid.leading, 1.2, 3)
    assert f.fits and not f.below_min and f.size >= 18.0
    assert [text[l.start:l.end].strip() for l in f.lines] == lines
    # '白沙镇：网格员的' / '四点半课堂添新彩' / '群众笑脸更灿烂' would hold at 26 pt, but breaks after 的; its
    # place's label on a line of its own ('白沙镇：', 3½ characters beside 12) is no widow: three lines
    # at the colon and the space, at its minimum or more (two lines went to 16 pt: corpus page 38)
    h = "白沙镇：网格员的四点半课堂添新彩 群众笑脸更灿烂"
    g = fit_headline(h, doc.grid.span_width(2), 2, 10, face_of(st), st.size, st.min_size,
                     options_for(st, "gb", display=True), doc.grid.leading, 1.2, 3)
    assert [h[l.start:l.end].strip() for l in g.lines] == ["白沙镇：", "网格员的四点半课堂添新彩", "群众笑脸更灿烂"]
    assert not g.below_min and g.size >= 18.0
    # a short line that is no label stays a widow: '点赞' alone under two lines of 12 and 11 (at 20 pt,
    # 12 characters a line, its pauses give no other three lines)
    opts = options_for(st, "gb", display=True)
    assert set_headline("网格员的四点半课堂添新彩 社区便民服务站点更便捷 点赞", 20, doc.grid.span_width(2),
                        face_of(st), opts, 3, PHRASE) is None
    assert [l.text for l in set_headline(h, 20, doc.grid.span_width(2), face_of(st), opts, 3, PHRASE)] == \
        ["白沙镇：", "网格员的四点半课堂添新彩", "群众笑脸更灿烂"]
    # two lines are still preferred when they hold at the minimum: no third line for a short one
    g = fit_headline("白沙镇：四点半课堂添新彩", doc.grid.span_width(2), 2, 10, face_of(st), st.size, st.min_size,
                     options_for(st, "gb", display=True), doc.grid.leading, 1.2, 3)
    assert len(g.lines) <= 2 and not g.below_min


# Two-line headlines balanced (newspaper.md: "a two-line headline is balanced"): a pause that leaves one
# line far shorter gives way to a break, at a word boundary, that leaves the lines near even — written
# by hand as a desk editor sets them over three columns of 对开 (370 pt), 小初 at most.
BALANCED = [
    # the pause leaves 4 characters over 10; before the phrase 在这里… the lines are 9½ and 7
    ("暖心驿站 户外劳动者在这里歇脚喝水", ["暖心驿站 户外劳动者", "在这里歇脚喝水"]),
    # subject over predicate (为老人…), not the slogan alone over 15 characters
    ("文明实践 杏花社区志愿者为老人义务理发", ["文明实践 杏花社区志愿者", "为老人义务理发"]),
    ("聚焦民生 长乐街道把服务送到了居民家门口", ["聚焦民生 长乐街道", "把服务送到了居民家门口"]),
    # no function word to go by: between two words of the dictionary, where the verb phrase opens
    ("奋进新征程 金沙乡全力推进基层治理现代化", ["奋进新征程 金沙乡全力", "推进基层治理现代化"]),
]
# no even break but inside a word: the pause stays, however short its line
UNEVEN_KEPT = [
    ("秋收正当时 长乐村千亩水稻喜获丰收", ["秋收正当时", "长乐村千亩水稻喜获丰收"]),
]


@pytest.mark.parametrize("text,expected", BALANCED + UNEVEN_KEPT)
def test_a_two_line_headline_is_balanced_where_a_word_boundary_allows(text, expected):
    f = fit_headline(text, 370, 2, 12, "hei-bold", 36, 18, OPTS, 13.5, more_lines=3)
    assert [l.text.strip() for l in f.lines] == expected
    assert not f.below_min


@pytest.mark.parametrize("text,expected", BALANCED)
def test_balanced_lines_are_near_even_and_no_smaller_than_the_pause_gave(text, expected):
    f = fit_headline(text, 370, 2, 12, "hei-bold", 36, 18, OPTS, 13.5, more_lines=3)
    widths = [l.width for l in f.lines]
    assert min(widths) >= 0.6 * max(widths)
    # the same text broken at its pause only, as before: the balanced lines are set no smaller
    pause = text.index(" ")
    alone = max(len(text[:pause]), len(text[pause + 1:]))
    assert f.size >= min(36, 370 // alone)


# The writer's own space between a headline's phrases is where a desk editor breaks it, when the lines
# come out near even enough (a reviewer sent back '…民生温度 老年' / '助餐点…': 助 taken for a word's
# start inside 助餐点; and '…心理健康课' / '“火”了 小课堂 大天地', the subject apart from its
# predicate); a preposition keeps the quoted term it governs ('…停车棚从' / '“一户难”…' left 从 hanging).
# Written by hand, three columns of 对开 (370 pt), 小初 at most, 18 pt at least.
SPACED = [
    ("一碗热饭里的民生温度 老年助餐点运营一周年", ["一碗热饭里的民生温度", "老年助餐点运营一周年"]),
    ("区教育局的心理健康课“火”了 小课堂 大天地", ["区教育局的心理健康课“火”了", "小课堂 大天地"]),
    ("旧楼“长”出新电梯 外墙保温从“冬冷”到“冬暖”", ["旧楼“长”出新电梯", "外墙保温从“冬冷”到“冬暖”"]),
    ("老旧小区停车棚从“一户难”到“一栋成”", ["老旧小区停车棚", "从“一户难”到“一栋成”"]),
]


@pytest.mark.parametrize("text,expected", SPACED)
def test_a_headline_breaks_at_its_writers_space_or_before_the_preposition_of_a_quoted_term(text, expected):
    f = fit_headline(text, 370, 2, 12, "hei-bold", 36, 18, OPTS, 13.5, more_lines=3)
    assert [l.text.strip() for l in f.lines] == expected
    assert not f.below_min


def test_a_subjects_colon_is_the_break_and_a_preposition_keeps_its_quoted_term():
    """The reviewer's lead headline over three columns of 对开 (一号 at most, 26 pt at least, 6 lines)
    came out '青禾竹业：从' / '“卖原竹”到“卖设计”': 从 left hanging, cut from the term it governs. A
    desk editor breaks at the subject's colon, the writer's own pause."""
    f = fit_headline("青禾竹业：从“卖原竹”到“卖设计”", 370.28, 2, 6, "hei-bold", 42, 26, OPTS, 13.5, 1.2, 3)
    assert [l.text.strip() for l in f.lines] == ["青禾竹业：", "从“卖原竹”到“卖设计”"]
    assert f.size >= 26 and not f.below_min
    points = break_points("青禾竹业：从“卖原竹”到“卖设计”")
    assert points.get(5) == SPACE and 6 not in points and 12 not in points    # not 从 | “, nor 到 | “


# a sports page's headlines (review30), at the 对开 grid's 2–4 column measures and its two headline
# sizes: never inside a quantity of several units (1分42秒36), never between a name's Latin words, never
# after a word that takes the number after it (以, 达)
SPORTS = ["十七岁的林小雨：1分42秒36背后的每一个清晨", "女子200米自由泳决赛林小雨以1分42秒36夺冠",
          "马拉松报名人数达68523人创新高", "国际米兰2∶0完胜AC米兰 Lautaro Martínez梅开二度"]
SPORTS_WHOLE = ["1分42秒36", "Lautaro Martínez", "68523人"]


@pytest.mark.parametrize("cols", [2, 3, 4])
@pytest.mark.parametrize("size,low", [(26, 22), (22.5, 18)])
@pytest.mark.parametrize("text", SPORTS)
def test_sports_headlines_keep_figures_and_names(text, cols, size, low):
    width = 117 * cols + 9 * (cols - 1)
    f = fit_headline(text, width, 2, 8, "hei-bold", size, low, SetOptions(display=True, indent=0, align="left"),
                     13.5, 1.2, 3)
    got = [l.text.strip() for l in f.lines]
    for whole in SPORTS_WHOLE:
        if whole in text:
            assert any(whole in line for line in got), got
    assert not [line for line in got[:-1] if line.endswith(("以", "达"))], got


# a 简讯 column's lead-ins (五号 bold over a 对开 column, 117 pt): no pause, no function word, no phrase the
# dictionary's classes open — broken between two words all the same, never inside one as the body
# breaker would ('■NBA中国赛青少年训' / '练营招募', review30's chief editor). Written by hand.
LEAD_INS = [
    ("■NBA中国赛青少年训练营招募", ["■NBA中国赛", "青少年训练营招募"]),
    ("■CBA常规赛本周移师我市", ["■CBA常规赛", "本周移师我市"]),
]


@pytest.mark.parametrize("text,lines", LEAD_INS)
def test_a_lead_in_with_no_pause_breaks_between_two_words(text, lines):
    got = set_display(text, 10.5, 117, "hei-bold", SetOptions(indent=0, align="left"), 2)
    assert [l.text for l in got] == lines


def test_word_points_never_split_a_word_a_name_a_number_or_a_mark_from_its_item():
    text = "■NBA中国赛青少年以1分42秒36夺冠"
    points = word_points(text)
    assert 1 not in points                                   # ■ alone
    assert not points & {2, 3}                               # inside NBA
    assert 5 not in points                                   # 中 / 国
    assert not points & set(range(text.index("1分"), text.index("夺")))   # 以 | 1分42秒36: one quantity
    assert points == {4, 6, 7, 10}                           # NBA | 中国 | 赛 | 青少年 | 以… (never after a figure)


# review30's feature headline over two columns: two lines do not hold it at its style's minimum (17 pt on
# 对开, 15.5 on 四开: compose set it below); the 的 closing its long modifier before 每一个清晨 — a noun
# phrase on its own count — is a pause a desk breaks at: a third line there, at the style's size. Over
# three columns two lines hold it: no third line. Written by hand.
FEATURE = "十七岁的林小雨：1分42秒36背后的每一个清晨"


@pytest.mark.parametrize("template", ["duikai", "sikai"])
def test_a_headline_two_lines_do_not_hold_takes_a_third_at_a_pause_within_its_size_range(template):
    from layout_app.layout.compose import face_of, options_for
    doc = new_document(template, 1)
    st = doc.style("headline_second")
    opts = options_for(st, "gb", display=True)
    f = fit_headline(FEATURE, doc.grid.span_width(2), 2, 12, face_of(st), st.size, st.min_size, opts,
                     doc.grid.leading, 1.2, 3)
    assert [FEATURE[l.start:l.end].strip() for l in f.lines] == ["十七岁的林小雨：", "1分42秒36背后的", "每一个清晨"]
    assert not f.below_min and st.min_size <= f.size <= st.size
    g = fit_headline(FEATURE, doc.grid.span_width(3), 2, 12, face_of(st), st.size, st.min_size, opts,
                     doc.grid.leading, 1.2, 3)
    assert [FEATURE[l.start:l.end].strip() for l in g.lines] == ["十七岁的林小雨：", "1分42秒36背后的每一个清晨"]


def test_a_de_before_a_counted_or_determined_noun_is_a_pause_one_binding_a_short_modifier_is_not():
    assert break_points(FEATURE).get(FEATURE.index("每")) == PHRASE
    assert break_points("城市更新带来的这些变化").get(7) == PHRASE
    assert break_points("奥运冠军背后的一位老教练").get(7) == PHRASE           # 的 / 一位…: a count opens it
    text = "有效解决了群众的急难愁盼问题"
    assert break_points(text).get(text.index("急"), 0) < PHRASE
