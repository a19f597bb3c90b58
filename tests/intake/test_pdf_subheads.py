"""A printed page's 小标题 read back from its PDF (`layout-app import page.pdf`): set in 小四 over the
text, or at the body's size in a sans or bold face, each stays its own paragraph of its story and is
reported as its subhead — never run onto the sentence above it, never a story's headline. The page is
our own compose and export of copy written here by hand; the expected subheads written out."""
from __future__ import annotations

import re

from layout_app.intake.compose import compose
from layout_app.intake.importer import import_copy
from layout_app.render.pdf.export import export_pdf
from tests.pdf.conftest import DEMO_NOW

P = "\u3000\u3000"

COPY = f"""记者调查

加装一部电梯要过几道坎

——我市老旧小区加装电梯情况调查

本报记者　何静　实习生　李想

{P}据市住建局统计，我市2000年以前建成、没有电梯的多层住宅约有4600栋。自2021年启动既有住宅加装电梯工作以来，全市已签订加装协议的有1210栋，建成运行的只有386栋。记者走访了城东、江北、西湖3个区的9个小区发现，“意见难统一、资金难筹集、施工难协调”是居民说得最多的三道坎。

{P}一楼二楼：“我们得到了什么？”

{P}“楼上的方便了，我们一楼什么好处也没有，还要挡光、有噪声。”锦华小区5栋一楼住户张先生说，他最初是投了反对票的。

{P}5栋的办法是“多出钱的少用，少出钱的多用”：六楼住户出资比例最高，一楼不出钱，并由楼上住户凑出1.2万元，为一楼两户加装防盗窗、改造采光。“账算明白了，心里的疙瘩也就解开了。”张先生说。

{P}一部电梯要花多少钱

{P}记者从多家电梯企业了解到，一部6层电梯从设计、管线迁改到安装验收，费用一般在50万元至70万元之间。我市对每部加装电梯补助15万元，部分区再补5万元，剩下的由本单元业主分摊。

{P}“不少老人是拿退休金过日子的，一下子拿出几万元并不容易。”江北区翠苑小区楼长刘建国说。今年，我市在两个区试点“以租代购”，每次乘梯1元，已有23栋楼采用这种方式。

{P}从“一梯一议”到“成片推进”

{P}施工难是第三道坎。老旧小区地下管线复杂，一部电梯往往要迁移燃气、供水、弱电等多条管线，需要多家单位配合。

{P}今年起，我市推行“成片加装”，一个小区统一设计、统一招标、统一施工，管线迁改一次到位。西湖区春晖小区一次加装电梯14部，工期缩短了约两个月。

城西首个“长者食堂”开餐

{P}本报讯（记者　周楠）12月1日，城西区首个“长者食堂”在桂花社区开餐。60岁以上老人凭卡就餐可享受八折优惠，开餐首日接待老人120余人次。
"""
SUBHEADS = ["一楼二楼：“我们得到了什么？”", "一部电梯要花多少钱", "从“一梯一议”到“成片推进”"]


def _round_trip(tmp_path, copy: str):
    f = tmp_path / "copy.txt"
    f.write_text(copy, encoding="utf-8")
    doc = compose("duikai", [f], [], tmp_path / "page.yaml").document
    pdf = tmp_path / "page.pdf"
    export_pdf(doc, tmp_path, pdf, now=DEMO_NOW)
    page, _ = import_copy(pdf)
    return doc, page


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def _check(doc, page, subheads):
    story = next(s for s in page.stories if s.headline == "加装一部电梯要过几道坎")
    # every character of each subhead, as its own paragraph, reported as the story's subheads
    assert [story.paragraphs[j] for j in story.subheads] == subheads
    # … between the sentences it stood between, none run onto a sentence
    assert story.paragraphs[story.subheads[0] - 1].endswith("是居民说得最多的三道坎。")
    assert story.paragraphs[story.subheads[2] - 1].endswith("已有23栋楼采用这种方式。")
    assert story.subheads == [1, 4, 7] and len(story.paragraphs) == 10
    # no story of its own, and the brief under it still its own story
    heads = [s.headline for s in page.stories]
    assert not set(subheads) & set(heads) and "城西首个“长者食堂”开餐" in heads
    # and the story's text is the copy's, character for character
    sent = next(s for s in doc.stories if s.headline == "加装一部电梯要过几道坎")
    assert [_bare(p) for p in story.paragraphs] == [_bare(p) for p in sent.body]


def test_subheads_printed_in_xiaosi_come_back_as_the_storys_subheads(tmp_path):
    doc, page = _round_trip(tmp_path, COPY)
    # (compose set them at 小四, the first and last in two lines broken at their pause)
    sent = next(s for s in doc.stories if s.headline == "加装一部电梯要过几道坎")
    assert [dict(f.local) for f in sent.formats] == [{}, {}, {}]
    _check(doc, page, SUBHEADS)


def test_subheads_printed_at_the_bodys_size_in_bold_come_back_as_the_storys_subheads(tmp_path):
    # a subhead too long for two lines at 小四 and at 五号 sets all three at the body's 9 pt, bold: only
    # the face tells them from the text
    long = "一楼二楼：“我们到底得到了什么好处？”"
    doc, page = _round_trip(tmp_path, COPY.replace(SUBHEADS[0], long))
    sent = next(s for s in doc.stories if s.headline == "加装一部电梯要过几道坎")
    assert [dict(f.local) for f in sent.formats] == [{"size": 9.0, "weight": "bold"}] * 3
    _check(doc, page, [long] + SUBHEADS[1:])
