"""Heading lines typed by hand with no blank line between them (a chief editor's review: a kicker glued
onto a headline set in two lines, a deck in figures glued into its headline). What tells them apart is
what a newspaper person reads: a headline broken in two lines is one clause — its upper line a subject
with no verb, its lower opening on the verb ('桃源街道老旧小区' / '加装电梯惠及四百余户') — and a line over
such a pair that says something on its own ('一颗草莓“红”了一个村') is its kicker; a line that counts
twice ('86名学员结业11人拿到创业贷款') or gives a rate ('每晚接诊患者150余人次') is a deck. Copy
written by hand, in the shape a PDF text tool leaves a page (column lines of 13 characters), the
expected parts written by hand."""
from __future__ import annotations

from layout_app.intake.headblock import counts_twice
from layout_app.intake.importer import import_copy
from layout_app.intake.subjectheads import clause_halves, kicker_over_clause, subject_halves

# pdftotext's default shape: each story a flow of its own, a blank line after it (a column break
# inside the first story's second paragraph), no blank line between a story's heading lines
FLOWS = """一颗草莓“红”了一个村
东岭村千亩草莓产业园
迎来采摘旺季
本报记者 陈思雨
本报讯 入冬以来，石门
镇东岭村的草莓大棚里一片火
红，前来采摘的游客络绎不绝。
村党支部书记李国强说，
今年全村种植草莓1200亩，
亩均收入超过两万元，

带动120多户村民在家门口
就业。
“以前外出打工，现在在
家门口就能挣钱。”村民王秀
英笑着说。

县医院开通夜间门诊
每晚接诊患者150余人次
本报讯（通讯员 刘洋）
为方便上班族就医，县人民医
院从11月起开通夜间门诊，
开设内科、儿科等8个科室。
据统计，夜间门诊开诊以
来，每晚接诊患者150余人
次，群众反响良好。

县人社局举办返乡创业培训班
86名学员结业11人拿到创业贷款
本报讯（记者 何静）
12月3日，县人社局举办的
返乡创业培训班结业，86名
学员参加了为期10天的培训。
培训结束后，已有11名
学员拿到了创业担保贷款。

桃源街道老旧小区
加装电梯惠及四百余户
本报讯（通讯员 钱凯）
今年以来，桃源街道共为老旧
小区加装电梯32部，惠及居
民400余户。
家住六楼的刘大爷说，现
在下楼买菜方便多了。

全县秋粮收购进度过半
本报讯（记者 孙立平）
记者从县粮食局获悉，截至
11月30日，全县已收购秋
粮4.2万吨，进度过半。
县粮食局要求各收购点延
长收购时间，做到应收尽收。

城关镇开展冬季消防安全检查
本报讯（通讯员 郑丽）
连日来，城关镇组织人员对辖
区商铺、出租屋开展消防安全
检查，排查隐患37处。
检查中发现的问题，已全
部督促整改到位。
"""

# (kicker, headline, deck, byline, paragraphs) of each story, as the page printed them
FLOWS_EXPECTED = [
    ("一颗草莓“红”了一个村", "东岭村千亩草莓产业园迎来采摘旺季", None, "本报记者 陈思雨", 3),
    (None, "县医院开通夜间门诊", "每晚接诊患者150余人次", None, 2),
    (None, "县人社局举办返乡创业培训班", "86名学员结业11人拿到创业贷款", None, 2),
    (None, "桃源街道老旧小区加装电梯惠及四百余户", None, None, 2),
    (None, "全县秋粮收购进度过半", None, None, 2),
    (None, "城关镇开展冬季消防安全检查", None, None, 2),
]

# copy given line by line (pypdfium2's shape: no flows a blank line apart)
LINES = """稻花香里说丰年
河口镇万亩水稻开镰收割
——预计总产量比去年增加一成
本报记者 孙立平
本报讯 连日来，河口镇
的稻田里一片金黄，收割机来
回穿梭，村民们忙着抢收晚稻。
镇农技站站长王海涛介绍，
今年全镇种植水稻1.2万亩，
推广了新品种和测土配方施肥，
亩产普遍比去年高出五六十斤。
“今年风调雨顺，又有专
家指导，收成错不了。”种粮
大户刘长顺一边装车一边说。

城西街道老旧小区
加装电梯惠及三百户
本报讯（通讯员 周婷）
今年以来，城西街道把老旧小
区加装电梯作为民生实事来抓，
已完工电梯26部。
家住五楼的赵大妈说，以
前下楼买菜要歇好几回，现在
坐电梯几分钟就到了。

守护一江清水
沿河七个村联手
建起护河志愿队
本报记者 郑雪
本报讯 每天早上七点，
沿河村的志愿者就沿着河堤巡
查，捡拾垃圾、劝阻钓鱼。
据了解，沿河七个村共组
建志愿队伍14支，参与群众
达600余人，河道水质明显
好转。
"""

LINES_EXPECTED = [
    ("稻花香里说丰年", "河口镇万亩水稻开镰收割", "——预计总产量比去年增加一成", "本报记者 孙立平", 3),
    (None, "城西街道老旧小区加装电梯惠及三百户", None, None, 2),
    ("守护一江清水", "沿河七个村联手建起护河志愿队", None, "本报记者 郑雪", 2),
]


def _parts(tmp_path, text: str) -> list[tuple]:
    f = tmp_path / "copy.txt"
    f.write_text(text, encoding="utf-8")
    page, _ = import_copy(f)
    return [(s.kicker or None, "".join(s.headline.split()), s.deck or None, s.byline or None, len(s.paragraphs))
            for s in page.stories]


def _blank_between(text: str, pairs: set[tuple[str, str]]) -> str:
    """The same copy with a blank line between the heading lines of each pair."""
    lines = text.split("\n")
    out = []
    for a, b in zip(lines, lines[1:] + [""]):
        out.append(a)
        if (a, b) in pairs:
            out.append("")
    return "\n".join(out)


def test_flows_typed_with_no_blank_line_between_heading_lines(tmp_path):
    assert _parts(tmp_path, FLOWS) == FLOWS_EXPECTED


def test_flows_with_blank_lines_between_the_heading_parts_read_the_same(tmp_path):
    # (between a kicker and its headline, a headline and its deck — never inside one headline)
    text = _blank_between(FLOWS, {("一颗草莓“红”了一个村", "东岭村千亩草莓产业园"),
                                  ("县医院开通夜间门诊", "每晚接诊患者150余人次"),
                                  ("县人社局举办返乡创业培训班", "86名学员结业11人拿到创业贷款")})
    assert _parts(tmp_path, text) == FLOWS_EXPECTED


def test_lines_typed_with_no_blank_line_between_heading_lines(tmp_path):
    assert _parts(tmp_path, LINES) == LINES_EXPECTED


def test_lines_with_blank_lines_between_the_heading_parts_read_the_same(tmp_path):
    text = _blank_between(LINES, {("稻花香里说丰年", "河口镇万亩水稻开镰收割"),
                                  ("河口镇万亩水稻开镰收割", "——预计总产量比去年增加一成"),
                                  ("守护一江清水", "沿河七个村联手")})
    assert _parts(tmp_path, text) == LINES_EXPECTED


def test_a_subject_over_its_verb_is_one_clause():
    assert clause_halves("桃源街道老旧小区", "加装电梯惠及四百余户")
    assert clause_halves("青竹乡竹编合作社订单", "排到明年三月")
    assert clause_halves("沿河七个村联手", "建起护河志愿队")          # (two verbs of one subject)
    # a slogan of two words is a kicker's theme, not a subject waiting for its verb
    assert not clause_halves("幸福养老", "通村公路通到家门口")
    # a line that says something over a line opening on a verb: no subject left waiting
    assert not clause_halves("儿科门诊开诊三个月", "接诊 3434 人次")
    # a 的-phrase names a thing by what it is to someone: it stands alone
    assert not clause_halves("家门口的幸福", "让老人吃上“放心饭”")
    # a deck in figures opening on its verb
    assert not clause_halves("城西街道老旧小区", "累计服务3738人次")


def test_a_kicker_over_a_headline_broken_inside_its_clause():
    assert kicker_over_clause("小小竹篮编出“致富经”", "青竹乡竹编合作社订单", "排到明年三月")
    assert kicker_over_clause("一颗草莓“红”了一个村", "东岭村千亩草莓产业园", "迎来采摘旺季")
    # a label's colon, a line ending on an open word: no kicker standing alone
    assert not kicker_over_clause("城北街道：", "青竹乡竹编合作社订单", "排到明年三月")
    assert not kicker_over_clause("小小竹篮编出了", "青竹乡竹编合作社订单", "排到明年三月")
    # one headline in three lines of phrases each saying something (the dev pages' shape)
    assert not kicker_over_clause("让群众少跑腿 看病更省心", "儿科门诊开诊三个月", "接诊 3434 人次")


def test_a_line_counting_twice_is_a_deck():
    assert counts_twice("62家企业提供就业岗位2300余个")
    assert counts_twice("全长 29 公里 串起 29 个村")
    assert not counts_twice("2249 名选手同场竞技")        # one count: a headline's second phrase
    assert not counts_twice("1.5万人次")                    # one figure with its decimals


def test_subject_halves_join_only_lone_heading_lines():
    lone = lambda s: len(s) <= 16 and not s.endswith("。")     # noqa: E731 (a heading line's shape)
    assert subject_halves(["桃源街道老旧小区", "加装电梯惠及四百余户", "本报讯…"], lone) == \
        ["桃源街道老旧小区加装电梯惠及四百余户", "本报讯…"]
    # running text is no heading line: nothing joined
    lines = ["桃源街道老旧小区", "加装电梯惠及四百余户，居民拍手称快，大家都说好。"]
    assert subject_halves(lines, lone) == lines


# a kicker with its quote set close (the headline's face, as quoteface reads it) over a headline broken
# between its subject and its verb: hand23's case, glued by quoteface's same-face join
QUOTED_KICKER = """
一颗草莓“红”了一个村
东岭村千亩草莓产业园
迎来采摘季
本报记者 陈思雨
本报讯 走进石门镇东岭村，
一排排大棚整齐排列，棚内草
莓红艳欲滴，游客们提着篮子
穿梭其间，边摘边尝。
村党支部书记李建军介绍，
全村草莓种植面积达1000亩，
年产值超过3000万元。
"""


def test_a_quoted_kicker_over_a_clause_broken_in_two_stays_a_kicker(tmp_path):
    assert _parts(tmp_path, LINES + QUOTED_KICKER) == LINES_EXPECTED + [
        ("一颗草莓“红”了一个村", "东岭村千亩草莓产业园迎来采摘季", None, "本报记者 陈思雨", 2)]
