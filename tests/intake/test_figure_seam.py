"""A figure at a column's foot never goes on in a column opening on a figure: a number is not broken
at a line's end, nor are two set with no unit between them. pdftotext's default flows of the varied
generator's page 7066 give '…每周安排一节课，已有 1465' at a column's foot and, a few flows on,
'6 月 24 日，区工商联在…' opening another story's column; the rest of the sentence is '多名学生参加。'."""

from tests.intake.imported import printed

PAGE = "varied7066-pdftotext.txt"


def _paragraphs(page, headline: str) -> list[str]:
    story = next(s for s in page.stories if "".join(s.headline.split()) == headline)
    return ["".join(p.split()) for p in story.paragraphs]


def test_a_figure_at_a_columns_foot_goes_on_in_its_unit_not_in_another_figure():
    page = printed(PAGE)
    school = _paragraphs(page, "七星镇古城社区：“双减”之下剪纸课有声有色")
    assert "据了解，第二中学自2020年起将剪纸课纳入校本课程，每周安排一节课，已有1465多名学生参加。" in school
    jobs = _paragraphs(page, "返乡创业正当时")
    assert jobs[0] == ("今年以来，康乐街道团结社区把技能培训作为民生实事来抓，切实增强群众的获得感。"
                       "6月24日，区工商联在康乐街道团结社区举办技能培训，24家企业提供岗位3036个。")
