"""小标题 in a printed page's text (pdftotext -raw, pypdfium2): the page set each subhead as a short
centred line between its story's paragraphs; the text keeps neither the centring nor the indents.
A short phrase with no stop, one column line, between two paragraphs of running text — the one under
it right under it and opening on no byline or dateline — two or more of them in a story that opens on
its byline: the story's subheads, not stories of their own (review26's 从泥巴球场到全国赛场 came back
as four stories). Lines and expectations written by hand (a 13-character column)."""
from __future__ import annotations

from tests.intake.imported import bare as _bare
from tests.intake.imported import import_text as _import

FEATURE = """新区三年建成十五所学校
本报记者 王晓东
九月一日，城南新区实验
小学迎来了第一批学生。这是
新区三年来建成的第十五所学
校，新区适龄儿童全部就近入
学。
从有学上到上好学
三年前，新区只有两所小
学，不少孩子每天要坐一个小
时公交车到老城区上学。
新区把教育设施建设列入
每年的民生实事，学校与住宅
同步设计、同步交付。
名校带新校
新学校建起来了，师资从
哪里来？新区与市里的五所名
校结对，由名校派出校长和骨
干教师。
下一步
新区教育局负责人表示，
明年还将新建三所中学，让新
区的孩子就近入学。
社区食堂开进老小区
本报讯　日前，建设街道
幸福里社区食堂开门迎客，社
区老人就餐可享受八折优惠。
开业首日，食堂接待老人二百
余人次。
"""

P1 = "九月一日，城南新区实验小学迎来了第一批学生。这是新区三年来建成的第十五所学校，新区适龄儿童全部就近入学。"
P2 = "三年前，新区只有两所小学，不少孩子每天要坐一个小时公交车到老城区上学。"
P3 = "新区把教育设施建设列入每年的民生实事，学校与住宅同步设计、同步交付。"
P4 = "新学校建起来了，师资从哪里来？新区与市里的五所名校结对，由名校派出校长和骨干教师。"
P5 = "新区教育局负责人表示，明年还将新建三所中学，让新区的孩子就近入学。"
BRIEF = "本报讯　日前，建设街道幸福里社区食堂开门迎客，社区老人就餐可享受八折优惠。开业首日，食堂接待老人二百余人次。"


def test_subheads_of_a_printed_feature_stay_in_their_story(tmp_path):
    page = _import(tmp_path, FEATURE)
    assert [s.headline for s in page.stories] == ["新区三年建成十五所学校", "社区食堂开进老小区"]
    feature = page.stories[0]
    assert _bare(feature.byline) == "本报记者王晓东"
    assert [_bare(p) for p in feature.paragraphs] == [
        _bare(p) for p in (P1, "从有学上到上好学", P2, P3, "名校带新校", P4, "下一步", P5)]
    assert feature.subheads == [1, 4, 6]
    assert [_bare(p) for p in page.stories[1].paragraphs] == [_bare(BRIEF)]
    assert page.stories[1].subheads == []


def test_a_lone_phrase_between_paragraphs_is_a_new_story(tmp_path):
    # one phrase only: a story with no byline under the feature's text has one headline, as this is
    text = FEATURE.replace("名校带新校\n", "").replace("下一步\n", "")
    page = _import(tmp_path, text)
    assert "从有学上到上好学" in [s.headline for s in page.stories]
    assert all(s.subheads == [] for s in page.stories)
    assert not any("从有学上到上好学" in p for s in page.stories for p in s.paragraphs)


def test_phrases_over_datelines_are_briefs_headlines(tmp_path):
    # the paragraph under each phrase opens on 本报讯: briefs under the feature, each its own story
    text = FEATURE.replace("三年前，新区只有两所小", "本报讯　三年前，新区只").replace(
        "学，不少孩子每天要坐一个小", "有两所小学，不少孩子每天要坐").replace(
        "时公交车到老城区上学。", "一个小时公交车到老城区上学。").replace(
        "新学校建起来了，师资从", "本报讯　新学校建起来了，").replace(
        "哪里来？新区与市里的五所名", "师资从哪里来？新区与市里的五")
    page = _import(tmp_path, text)
    heads = [s.headline for s in page.stories]
    assert "从有学上到上好学" in heads and "名校带新校" in heads
    assert all(s.subheads == [] for s in page.stories)
