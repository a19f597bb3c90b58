"""Headline sizes in steps that follow rank (review27 #8: under the 调查 everything came out 16 pt — the
记者问答, a 229-character 供暖 notice with numbered points, the 图片新闻, the briefs, the 链接, the letter).
A desk heads an interview and a service notice between the news and the briefs (小二–三号), a picture
story 三号, and the briefs, links and letters under them (小三–四号). The copy and every size written here
by hand."""
from dataclasses import replace

import pytest

from layout_app.io.templates import new_document
from layout_app.layout.autoplace import StoryPlan
from layout_app.layout.ranking import interview, rank_stories, service_notice, with_ranks
from layout_app.model.story import Story
from tests.intake.minsheng_copy import BRIEFS, SURVEY

LEAD = Story("s1", "加装一部电梯要过几道坎", "记者调查", "——我市老旧小区加装电梯情况调查",
             body=("记者走访发现，老旧小区加装电梯，难在意见统一、难在费用分摊、难在施工协调。" * 12,))
# 问/答 turns, each its own paragraph, under a ——访… deck (as intake keeps a 记者问答)
QA = Story("s2", "医保年度结算有哪些新变化", "记者问答", "——访市医保局待遇保障处负责人",
           body=("近日，记者就市民关心的医保年度结算问题采访了市医保局待遇保障处负责人。",
                 "问：今年城乡居民医保的缴费标准是多少？", "答：2027年度城乡居民医保个人缴费标准为每人每年400元。",
                 "问：群众可以通过哪些渠道缴费？", "答：可以通过“南屿医保”微信小程序、各大银行App缴费。"))
# an intro and 4 numbered points, over 180 characters: a service notice, not a brief
HEAT = Story("s3", "今冬供暖即将开始　这些事项请留意",
             body=("本报讯（记者　周楠　通讯员　孙晓岚）今冬供暖将于11月15日开始，市城管局提醒广大居民注意以下事项：",
                   "1. 室内温度不低于18℃，达不到标准的，可拨打供热服务热线12319反映，供热单位须在24小时内上门。",
                   "2. 供暖前请检查暖气片阀门和管道接口，家中无人时关好门窗，防止管道跑水、冻裂。",
                   "3. 请勿擅自改动供暖管线、私接放水，发现管道漏水请及时关闭阀门并报修。",
                   "4. 低保、特困家庭可按规定申请供暖费减免，具体可向所在社区咨询办理。"))
BRIEF = Story("s6", "城西首个“长者食堂”开餐",
              body=("本报讯（记者　何静）12月1日，城西区首个“长者食堂”在桂花社区开餐，60岁以上老人凭卡就餐可享八折优惠。",))
LETTER = Story("s9", "小区门口的“断头路”何时能打通", "读者来信",
               body=("编辑同志：", "我家住在城北新区锦绣花园，小区东门外有一条断头路，" * 4, "希望有关部门早日打通。" * 4))
PICTURE = Story("s5", "江滨夜市重新开张", "图片新闻", body=("11月29日晚，经过3个月改造的江滨夜市重新开张，游客络绎不绝。",))


def _ranked(*stories, photo_news=()):
    doc = replace(new_document("duikai", 1), stories=(LEAD, *stories))
    ranked = rank_stories(doc, [StoryPlan(s.id, photo_news=s.id in photo_news) for s in doc.stories])
    return doc, ranked


def test_an_interview_and_a_service_notice_rank_between_the_news_and_the_briefs():
    _, ranked = _ranked(QA, HEAT, BRIEF, LETTER)
    got = {sp.story: (r, str(w)) for sp, r, w in ranked}
    assert got["s2"][0] == 2 and got["s2"][1].startswith("an interview (")
    assert got["s3"][0] == 2 and got["s3"][1].startswith("a service notice (")
    assert got["s3"][1].endswith(" characters, its points numbered): headed between the news and the briefs")
    assert got["s6"][0] == 3
    # a reader's letter is a column's piece (headed a brief's size), though its kicker is over 3 paragraphs
    assert got["s9"][0] == 3 and got["s9"][1].startswith("a commentary or a column's piece")


def test_what_reads_as_an_interview_or_a_notice():
    assert interview(replace(QA, kicker="", deck=""))                   # its 问/答 turns alone
    assert interview(replace(QA, kicker="", body=QA.body[:1]))           # its deck ——访… alone
    assert interview(replace(QA, deck="", body=QA.body[:1]))             # its label alone
    assert not interview(replace(QA, kicker="", deck="", body=QA.body[:2]))   # questions with no answer
    assert service_notice(HEAT)
    assert not service_notice(replace(HEAT, body=HEAT.body[:2]))        # one point is no list
    assert not service_notice(replace(HEAT, body=(HEAT.body[0],) + HEAT.body[2:]))   # points from 2: no list
    assert service_notice(replace(HEAT, body=tuple(p.replace("1. ", "（一）").replace("2. ", "（二）") for p in HEAT.body)))


def test_a_short_numbered_piece_is_a_brief_all_the_same():
    short = replace(HEAT, body=("本报讯 今冬供暖开始，请注意：", "1. 室温不低于18℃。", "2. 报修拨打12319。"))
    _, ranked = _ranked(short)
    assert [r for sp, r, _ in ranked if sp.story == "s3"] == [3]


def test_the_steps_of_a_page_with_middle_pieces():
    doc, ranked = _ranked(QA, HEAT, BRIEF, LETTER, PICTURE, photo_news={"s5"})
    doc, ranks = with_ranks(doc, ranked)
    assert ranks == {"s1": "lead", "s2": "third", "s3": "third", "s6": "brief", "s9": "brief", "s5": "picture"}
    size = {k: (doc.styles[k].size, doc.styles[k].min_size) for k in doc.styles if k.startswith("headline_")}
    assert size["headline_third"] == (18.0, 16.0)          # 小二 down to 三号
    assert size["headline_picture"] == (16.0, 15.0)        # the template's brief, 三号
    assert size["headline_brief"] == (15.0, 14.0)          # 小三 down to 四号
    assert size["headline_second"] == (26.0, 18.0) and size["headline_lead"] == (42.0, 26.0)   # as the template


def test_a_page_of_news_and_briefs_keeps_the_templates_sizes():
    doc, ranked = _ranked(BRIEF)
    doc, ranks = with_ranks(doc, ranked)
    assert ranks == {"s1": "lead", "s6": "brief"}
    assert "headline_third" not in doc.styles and (doc.styles["headline_brief"].size, doc.styles["headline_brief"].min_size) == (16.0, 15.0)


COPY = """南屿市：把“一刻钟生活圈”建到群众家门口

　　本报讯（记者　宋雨桐）记者12月1日从市商务局获悉，今年以来，我市新建和改造社区食堂46家、便民菜店112个，全市已建成“一刻钟便民生活圈”57个，覆盖城区常住人口的82%。
""" + SURVEY + """　　本报讯（记者　周楠　通讯员　孙晓岚）今冬供暖将于11月15日开始，市城管局提醒广大居民注意以下事项：
　　1. 室内温度不低于18℃，达不到标准的，可拨打供热服务热线12319反映，供热单位须在24小时内上门。
　　2. 供暖前请检查暖气片阀门和管道接口，家中无人时关好门窗，防止管道跑水、冻裂。
　　3. 请勿擅自改动供暖管线、私接放水，发现管道漏水请及时关闭阀门并报修。
　　4. 低保、特困家庭可按规定申请供暖费减免，具体办理方式可拨打12319咨询。
""" + BRIEFS


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from tests.intake.composed import compose_copy
    return compose_copy(tmp_path_factory.mktemp("steps"), COPY, {})


def test_on_the_page_the_notice_stands_a_step_over_the_briefs(page):
    from layout_app.layout.compose import Composer
    _, report, doc = page
    sid = {s.headline: s.id for s in doc.stories}
    sizes = {r.story: r.size for r in Composer(doc).compose(doc.pages[0]).reports if r.part == "heading"}
    heat, briefs = sizes[sid["今冬供暖即将开始　这些事项请留意"]], {sizes[sid["城西首个“长者食堂”开餐"]], sizes[sid["市民热线上月受理诉求3.6万件"]]}
    assert 16.0 <= heat <= 18.0 and briefs <= {14.0, 14.5, 15.0}
    assert sizes[sid["加装一部电梯要过几道坎"]] > heat
    assert doc.story(sid["今冬供暖即将开始　这些事项请留意"]).rank == "third"
    assert doc.styles["headline_third"].size == 18.0       # written to the page, for the editor
