"""小标题: a story's subheads, typed as paragraphs of their own inside its text, stay the story's —
never a story of their own with the rest of the text (the story's headline had become the page banner,
its byline a credit line, each subhead a headline) — and compose sets them in the subhead style, a
commentary's signature flush right. Copy and expectations written by hand."""
from __future__ import annotations

from layout_app.intake.compose import compose
from layout_app.intake.importer import import_copy
from tests.intake.imported import import_text as _import

P = "\u3000\u3000"      # the indent a reporter types

FEATURE = f"""城南新区三年建成十五所学校

本报记者 王晓东

{P}9月1日，城南新区实验小学迎来了第一批学生。这是新区三年来建成的第十五所学校，新区适龄儿童就近入学率达到98%。

{P}从“有学上”到“上好学”

{P}三年前，新区只有两所小学，不少孩子每天要坐一个小时公交车到老城区上学。家长李红梅说：“那时候天不亮就得出门，孩子在车上补觉。”

{P}新区把教育设施建设列入每年的民生实事，按照“规划一片、建设一片、配套一片”的思路，学校与住宅同步设计、同步交付。

{P}名校带新校

{P}新学校建起来了，师资从哪里来？新区与市里的五所名校结对，由名校派出校长和骨干教师，新老教师“一对一”结对带教。

{P}下一步

{P}新区教育局负责人表示，明年还将新建三所中学，让新区的孩子从小学到高中都能就近入学。

社区食堂开进老小区

{P}本报讯（记者 周丽）日前，建设街道幸福里社区食堂开门迎客，社区60岁以上老人就餐可享受八折优惠。开业首日，食堂接待老人200余人次。
"""


def test_indented_subheads_in_indented_copy_stay_in_their_story(tmp_path):
    page = _import(tmp_path, FEATURE)
    assert page.banner is None and not page.credits
    assert [s.headline for s in page.stories] == ["城南新区三年建成十五所学校", "社区食堂开进老小区"]
    feature = page.stories[0]
    assert feature.byline == "本报记者 王晓东"
    assert len(feature.paragraphs) == 8
    assert [feature.paragraphs[j] for j in feature.subheads] == ["从“有学上”到“上好学”", "名校带新校", "下一步"]
    assert page.stories[1].subheads == []
    assert page.to_json()["stories"][0]["subheads"] == [1, 4, 6]


def test_a_short_indented_line_over_a_dateline_opens_a_story(tmp_path):
    # the same shape, but the paragraph under it opens on 本报讯: a brief's headline the reporter indented
    text = FEATURE.replace("社区食堂开进老小区", f"{P}社区食堂开进老小区")
    page = _import(tmp_path, text)
    assert page.stories[-1].headline == "社区食堂开进老小区"
    assert "社区食堂开进老小区" not in page.stories[0].paragraphs


def test_a_subhead_with_more_blank_lines_over_it_than_under_it_is_a_headline(tmp_path):
    # two blank lines before it, one after: the copy sets a new story apart so, never a subhead
    text = FEATURE.replace("\n\n\u3000\u3000下一步\n\n", "\n\n\n\u3000\u3000下一步\n\n")
    page = _import(tmp_path, text)
    assert [page.stories[0].paragraphs[j] for j in page.stories[0].subheads] == ["从“有学上”到“上好学”", "名校带新校"]
    assert "下一步" not in page.stories[0].paragraphs


def test_numbered_subheads_in_copy_that_indents_nothing(tmp_path):
    text = FEATURE.replace(P, "").replace("从“有学上”到“上好学”", "一、从“有学上”到“上好学”") \
        .replace("名校带新校", "二、名校带新校").replace("\n下一步\n", "\n■下一步\n")
    page = _import(tmp_path, text)
    assert [s.headline for s in page.stories] == ["城南新区三年建成十五所学校", "社区食堂开进老小区"]
    feature = page.stories[0]
    assert [feature.paragraphs[j] for j in feature.subheads] == ["一、从“有学上”到“上好学”", "二、名校带新校", "■下一步"]


def test_compose_sets_subheads_in_the_subhead_style_and_a_signature_flush_right(tmp_path):
    text = FEATURE + f"""
记者手记

小县城的“链”式突围

{P}采访中，记者听到最多的一个字是“链”。竹子要“延链”，茶叶要“补链”，电商要“强链”。一个山区小县，没有大港口、大机场，拼的是把手头的资源吃透、做精。

{P}这条路，青禾才刚刚起步，但方向已经清晰。

{P}（林晓峰）
"""
    f = tmp_path / "copy.txt"
    f.write_text(text, encoding="utf-8")
    result = compose("duikai", [f], [], tmp_path / "page.yaml")
    by_head = {s.headline: s for s in result.document.stories}
    feature = by_head["城南新区三年建成十五所学校"]
    assert [(f.paragraph, f.style) for f in feature.formats] == [(1, "subhead"), (4, "subhead"), (6, "subhead")]
    # 从“有学上”到“上好学” (11 characters) would not hold on a 13-character column line at 小四, but it breaks
    # at its pause ('从“有学上”' / '到“上好学”'): all three keep the style's 小四 (no local size)
    assert all(dict(f.local) == {} for f in feature.formats)
    sidebar = by_head["小县城的“链”式突围"]
    assert sidebar.body[-1] == "（林晓峰）"
    assert [(f.paragraph, dict(f.local)) for f in sidebar.formats] == [(len(sidebar.body) - 1, {"align": "right", "indent": 0})]
    assert by_head["社区食堂开进老小区"].formats == ()


def test_subheads_in_brackets_and_unmarked_ones_in_copy_that_indents_nothing(tmp_path):
    flush = FEATURE.replace(P, "")
    # three unmarked phrases in a story that opens on its byline: its subheads — said, for the editor
    f = tmp_path / "flush.txt"
    f.write_text(flush, encoding="utf-8")
    page, copy = import_copy(f)
    feature = page.stories[0]
    assert [feature.paragraphs[j] for j in feature.subheads] == ["从“有学上”到“上好学”", "名校带新校", "下一步"]
    said = [str(n) for n in copy.notices if "subheads" in str(n)]
    assert len(said) == 1 and "“名校带新校”" in said[0] and "城南新区三年建成十五所学校" in said[0]
    # indented ones are as sure as marked ones: nothing said
    f.write_text(FEATURE, encoding="utf-8")
    assert not [n for n in import_copy(f)[1].notices if "subheads" in str(n)]
    # in brackets, 【名校带新校】: marked
    page = _import(tmp_path, flush.replace("\n名校带新校\n", "\n【名校带新校】\n"))
    assert [page.stories[0].paragraphs[j] for j in page.stories[0].subheads][1] == "【名校带新校】"


def test_one_unmarked_phrase_in_copy_that_indents_nothing_stays_a_headline(tmp_path):
    # one short phrase between paragraphs, nothing marking it: as likely a story's headline as a
    # subhead — read as the headline it looks like, as before
    text = FEATURE.replace(P, "").replace("\n从“有学上”到“上好学”\n\n", "\n").replace("\n名校带新校\n\n", "\n")
    page = _import(tmp_path, text)
    assert [s.headline for s in page.stories] == ["城南新区三年建成十五所学校", "下一步", "社区食堂开进老小区"]
    assert page.stories[0].subheads == []


def test_markdown_subheads_a_level_under_the_storys_heading(tmp_path):
    md = """## 城南新区三年建成十五所学校

本报记者 王晓东

9月1日，城南新区实验小学迎来了第一批学生。这是新区三年来建成的第十五所学校。

### 名校带新校

新学校建起来了，师资从哪里来？新区与市里的五所名校结对，由名校派出校长和骨干教师。

### 下一步

新区教育局负责人表示，明年还将新建三所中学。

## 社区食堂开进老小区

本报讯（记者 周丽）日前，建设街道幸福里社区食堂开门迎客，社区60岁以上老人就餐可享受八折优惠。
"""
    f = tmp_path / "copy.md"
    f.write_text(md, encoding="utf-8")
    page, _ = import_copy(f)
    assert [s.headline for s in page.stories] == ["城南新区三年建成十五所学校", "社区食堂开进老小区"]
    feature = page.stories[0]
    assert [feature.paragraphs[j] for j in feature.subheads] == ["名校带新校", "下一步"]
    assert len(feature.paragraphs) == 5


ESSAY = f"""老屋的窗

本报记者 王晓东

{P}去年秋天，街道的人来量房子，说老屋要修缮，窗要换成铝合金的。母亲没说什么，只是夜里把十二扇窗格一扇一扇擦干净，用旧报纸包好。

{P}“留着吧，”她说，“你爷爷做的。”

{P}今年冬至，我又回到平江路。老屋的墙刷白了，瓦也换了新的，窗却还是那扇木格子窗，修缮队的老师傅一格一格地修好，又装了回去。

{P}“我们会一直守着这扇窗。”

{P}风从河面上吹过来，先碰到窗，再碰到我。母亲站在窗前，看了很久，什么也没有说，只是用手轻轻摸了摸窗格。

{P}老屋的新生

{P}街道负责人表示，明年还将修缮二十栋老屋，保留每一扇老窗。
"""


def test_a_line_of_dialogue_stays_a_paragraph_a_quoted_question_may_be_a_subhead(tmp_path):
    # review28: the quote with its speaker, and a quoted sentence with its full stop, are the story's
    # text; 老屋的新生 is still read as its subhead
    page = _import(tmp_path, ESSAY)
    essay = page.stories[0]
    assert [essay.paragraphs[j] for j in essay.subheads] == ["老屋的新生"]
    assert "“留着吧，”她说，“你爷爷做的。”" in essay.paragraphs
    assert "“我们会一直守着这扇窗。”" in essay.paragraphs
    asked = _import(tmp_path, ESSAY.replace("“我们会一直守着这扇窗。”", "一楼二楼：“我们得到了什么？”"))
    assert [asked.stories[0].paragraphs[j] for j in asked.stories[0].subheads] == \
        ["一楼二楼：“我们得到了什么？”", "老屋的新生"]
