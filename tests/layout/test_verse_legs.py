"""A poem composed as a poem prints (review28: 运河边 set in four columns of five lines across its stack):
its lines down one deep column under its title, each verse line a line of its own, in the copy's order."""
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from tests.intake.composed import compose_copy
from tests.intake.test_verse import LINES, POEM, REVIEW

P = "\u3000\u3000"
NEWS = f"""老屋的窗
本报记者 王晓东

{P}本报讯 老屋在平江路的一条支巷里，青砖，黛瓦，木格子窗。窗是朝北开的，冬天的风从河面上吹过来，先碰到窗，再碰到人。小时候我总趴在那扇窗前写作业，母亲在灶间烧饭，锅铲碰着铁锅，叮叮当当的。
{P}去年秋天，街道的人来量房子，说老屋要修缮，窗要换成铝合金的。母亲没说什么，只是夜里把十二扇窗格一扇一扇擦干净，用旧报纸包好，放进了床底下。

"""


def test_a_poem_runs_down_one_column_line_by_line(tmp_path):
    _, _, doc = compose_copy(tmp_path, NEWS + POEM + REVIEW, {})
    poem = next(s for s in doc.stories if s.headline == "运河边（外一首）")
    body = [f for f in doc.pages[0].frames if f.story == poem.id and f.part == "body"]
    assert [f.cols for f in body] == [1]
    shown = Composer(doc, tmp_path).compose(doc.pages[0])
    group = next(g for g in shown.items if isinstance(g, Group) and g.frame == f"{poem.id}-body")
    lines: dict[float, str] = {}
    for r in group.items:
        if isinstance(r, GlyphRun) and r.text.strip():
            lines[round(r.y, 1)] = lines.get(round(r.y, 1), "") + r.text.strip()
    printed = [lines[y] for y in sorted(lines)]
    assert printed == ["林一帆"] + [t for t in LINES if t]      # its byline over its first line
