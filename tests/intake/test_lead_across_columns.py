"""A page lead set across two columns' measure, in pdftotext -raw's text (no blank lines between column
flows): its lines are as wide as two column lines and a gutter, and -raw's spaces round quotes and
figures look like the gap between two columns — but lines side by side come a whole region of a page at a
time, and these are one paragraph's. The varied generator's page 7075 as -raw gives it; the expected
parts below are written out from the printed page by hand."""
from pathlib import Path

from layout_app.intake.importer import import_copy
from layout_app.intake.pdfcolumns import reading_order

PAGE = Path(__file__).parent / "printed" / "varied7075-pdftotext-raw.txt"
LEAD = ("今年以来，我区围绕群众“急难愁盼”，把民生实事办到百姓心坎上。一年来，我区共投入资金15亿元，实施民生项目"
        "116个，完成率97%。本版今起推出“身边的变化”专栏，带您走进基层一线，看看老百姓家门口的新变化。")


def _plain(text: str) -> str:
    return "".join(text.split())


def test_the_lead_across_two_columns_is_one_paragraph_and_the_stories_keep_their_text():
    page, _ = import_copy(PAGE)
    assert page.banner is not None and _plain(page.banner["headline"]) == "我区：城乡面貌焕然一新"
    assert [_plain(p) for p in page.lead] == [LEAD]
    heads = {_plain(s.headline): s for s in page.stories}
    assert set(heads) == {"小课堂大天地研学活动进课堂", "田野里的好“丰”景", "古城街道：镇规划所：客运班线让出行更顺畅"}
    field = heads["田野里的好“丰”景"]
    assert _plain(field.kicker) == "从“面朝黄土”到“智慧种田”走进红旗镇建设村"
    assert _plain(field.paragraphs[0]).startswith("1月22日上午，红旗镇建设村三号院格外热闹。")
    assert _plain(heads["小课堂大天地研学活动进课堂"].paragraphs[-1]).endswith("我们省心多了。”陈老伯感慨地说。")


def test_lines_side_by_side_in_pdftotexts_flows_are_still_read_column_by_column():
    # the same wide lines in pdftotext's default flows (a blank line between flows) are two columns'
    left = ["今年以来，团结街道把游", "泳馆作为民生实事来抓，让群", "众的日子越过越红火。场边，"]
    right = ["不少球迷自发组成了啦啦队，", "敲锣打鼓为家乡球队加油。", "观众掌声不断。"]
    flow = [f"{a} {b}" for a, b in zip(left, right)]
    column = ["近日，团结街道的游泳馆正", "式开放，居民纷纷前来体验，", "游泳馆每天开放八个小时。"]
    # (one flow of lines side by side among fourteen columns' flows: as few as a page of flows shows)
    lines = flow + [""] + (column + [""]) * 14
    out, _ = reading_order(lines, 13)
    assert sorted(out[:6]) == sorted(left + right)           # each line cut at the gutter (in the order the seams tell)
