"""A commentary's writer signs at its foot in brackets — （林晓峰） under a 记者手记 — and the line is the
sidebar's last, not the kicker of the story after it (the reviewer's 青禾 page)."""
from layout_app.intake.importer import import_copy

COPY = """青禾竹业：从“卖原竹”到“卖设计”

本报记者 林晓峰

　　竹子是青禾最大的“家底”。全县有竹林面积68万亩，占林地面积的四成以上，过去原竹大多运往外地加工。

　　如今，一根竹子的综合利用率从不足40%提高到95%以上，全县竹产业企业达到217家。

记者手记

山区小县的“长板”

　　在青禾采访三天，记者最深的感受是：县域经济不必样样都强，找准一根竹子，也能撑起半边天。

　　这条路，青禾才刚刚起步，但方向已经清晰。

　　{sign}

禾川高速青禾东互通口项目开工

　　本报讯　11月26日，禾川高速青禾东互通口项目正式开工，计划2027年底建成通车，届时青禾县城到省城的车程将缩短40分钟。
"""


def _stories(tmp_path, sign):
    path = tmp_path / "copy.txt"
    path.write_text(COPY.format(sign=sign), encoding="utf-8")
    page, _ = import_copy(path)
    return page.stories


def test_a_bracketed_name_at_a_commentarys_foot_is_its_last_line(tmp_path):
    for sign in ("（林晓峰）", "（本报记者 林晓峰）", "（林晓峰 文/图）"):
        stories = _stories(tmp_path, sign)
        assert [s.headline for s in stories] == ["青禾竹业：从“卖原竹”到“卖设计”", "山区小县的“长板”",
                                                 "禾川高速青禾东互通口项目开工"], sign
        aside, brief = stories[1], stories[2]
        assert aside.kicker == "记者手记" and aside.paragraphs[-1].strip() == sign
        assert not brief.kicker and brief.paragraphs[0].startswith("本报讯")


def test_a_line_in_brackets_that_is_no_name_is_not_taken_for_one():
    # （上接第一版）, （完）: no writer named — not signatures (a jump line is furniture, not a name)
    from layout_app.intake.structure import SIGNATURE
    assert not any(SIGNATURE.match(t) for t in ("（上接第一版）", "（完）", "（图片由受访者提供）", "（12月1日）"))
