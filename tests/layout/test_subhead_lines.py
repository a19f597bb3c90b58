"""A 小标题 too long for one column line: two lines broken at its own pause, at the template's size, one
block kept with the text under it — never the whole story's subheads dropped to the body's size, never
a subhead broken where the body's breaker fills a line. Copy and expected lines written by hand."""
from layout_app.intake.compose import compose
from layout_app.layout.compose import Composer
from layout_app.layout.display import GlyphRun, Group
from layout_app.layout.flow import ParaLook, Slot, flow
from layout_app.text.setter import SetOptions

SIZE, PITCH, MEASURE = 9.0, 13.5, 117.0       # 对开: 13 characters of 小五 on a 13.5 pt grid
BODY = SetOptions()
SUB = ParaLook(12.0, "hei", SetOptions(indent=0.0, align="center"), step=2, before=1, keep=True)   # 小四, 2 grid lines
TEXT = "据统计，全市已签订加装协议的有1210栋，建成运行的只有386栋，居民说得最多的是三道坎。"   # 4 lines


def _slots(*lines):
    return [Slot(f"f{k}", 200.0 * k, 0.0, MEASURE, n) for k, n in enumerate(lines)]


def _lines(result, paragraph):
    return [(p.frame, p.line.text.strip()) for p in result.placed if p.paragraph == paragraph]


def test_a_long_subhead_takes_two_lines_at_its_pause_in_one_block():
    paras = (TEXT, "一楼二楼：“我们得到了什么？”", "二" * 30 + "。")
    result = flow(paras, _slots(20), SIZE, PITCH, "song", BODY, looks=(None, SUB, None))
    assert _lines(result, 1) == [("f0", "一楼二楼："), ("f0", "“我们得到了什么？”")]
    tops = [p.top for p in result.placed if p.paragraph == 1]
    assert abs(tops[1] - tops[0] - 14.4) < 0.01          # a headline's pitch (1.2 × 12 pt), not 2 grid lines
    # text 4 lines, 1 line of space, the block 3 grid lines (not 4): the text under it opens on line 8
    first = next(p for p in result.placed if p.paragraph == 2)
    assert first.top == 8 * PITCH
    # the block sits inside its 3 lines (lines 5–7: 67.5–108 pt), its lines' em boxes centred as one
    ems = [t + (2 * PITCH - 12.0) / 2 for t in tops]    # the composer centres the em in 2 grid lines
    assert 5 * PITCH < ems[0] and ems[1] + 12.0 < 8 * PITCH
    assert abs((ems[0] - 5 * PITCH) - (8 * PITCH - ems[1] - 12.0)) < 0.01


def test_a_two_line_subhead_never_stands_at_a_columns_foot_without_two_lines_under_it():
    paras = (TEXT, "从“一梯一议”到“成片推进”", "二" * 30 + "。")
    # 4 lines of text, a line of space, the block's 3: line 8 is the column's last — one line of text
    # under the subhead, not two: the subhead opens the next column
    result = flow(paras, _slots(9, 9), SIZE, PITCH, "song", BODY, looks=(None, SUB, None))
    assert _lines(result, 1) == [("f1", "从“一梯一议”"), ("f1", "到“成片推进”")]
    assert [p.top for p in result.placed if p.paragraph == 1][0] < 0.5 * PITCH     # at the column's top
    # one line more: two lines of text under it, it stays
    result = flow(paras, _slots(10, 9), SIZE, PITCH, "song", BODY, looks=(None, SUB, None))
    assert _lines(result, 1) == [("f0", "从“一梯一议”"), ("f0", "到“成片推进”")]
    assert [f for f, _ in _lines(result, 2)][:2] == ["f0", "f0"]


P = "\u3000\u3000"
FEATURE = f"""加装一部电梯要过几道坎

本报记者　何静

{P}据市住建局统计，我市2000年以前建成、没有电梯的多层住宅约有4600栋。记者走访了3个区的9个小区发现，“意见难统一、资金难筹集、施工难协调”是居民说得最多的三道坎。

{P}一楼二楼：“我们得到了什么？”

{P}“楼上的方便了，我们一楼什么好处也没有，还要挡光、有噪声。”锦华小区5栋一楼住户张先生说，他最初是投了反对票的。

{P}5栋的办法是“多出钱的少用，少出钱的多用”：六楼住户出资比例最高，一楼不出钱。“账算明白了，心里的疙瘩也就解开了。”张先生说。

{P}一部电梯要花多少钱

{P}记者从多家电梯企业了解到，一部6层电梯从设计、管线迁改到安装验收，费用一般在50万元至70万元之间。我市对每部加装电梯补助15万元。

{P}“不少老人是拿退休金过日子的，一下子拿出几万元并不容易。”江北区翠苑小区楼长刘建国说。

{P}从“一梯一议”到“成片推进”

{P}施工难是第三道坎。老旧小区地下管线复杂，一部电梯往往要迁移燃气、供水、弱电等多条管线，需要多家单位配合。

{P}今年起，我市推行“成片加装”，一个小区统一设计、统一招标、统一施工，管线迁改一次到位，工期缩短了约两个月。
"""


def subhead_lines(doc, display, size: float) -> list[str]:
    """The lines of type set at `size` in the body frames, in the copy's order (the story's frames may
    stand in any order on the page): each line's text, a line following one 1.2 em above it in its
    column (one subhead's two lines) joined to it by '/'."""
    rows: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for g in display.items:
        if isinstance(g, Group) and not g.frame.endswith("-head"):
            for r in g.items:
                if isinstance(r, GlyphRun) and abs(r.size - size) < 0.01 and r.text.strip():
                    column = doc.grid.cell_at((r.xs[0] + r.xs[-1]) / 2, r.y)[0]
                    rows.setdefault((column, round(r.y, 1)), []).extend(zip(r.xs, r.text))
    heads: list[tuple[int, float, str]] = []
    for (column, y), cs in sorted(rows.items()):
        text = "".join(c for _, c in sorted(cs))
        if heads and heads[-1][0] == column and abs(y - heads[-1][1] - 1.2 * size) < 0.05:
            heads[-1] = (column, y, heads[-1][2] + "/" + text)
        else:
            heads.append((column, y, text))
    return sorted(h[2] for h in heads)


def test_compose_sets_a_too_long_subhead_in_two_lines_at_the_templates_size(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(FEATURE, encoding="utf-8")
    result = compose("duikai", [copy], [], tmp_path / "page.yaml")
    doc = result.document
    display = Composer(doc, tmp_path).compose(doc.pages[0])
    # all three at 小四 (12 pt), the long ones broken at their pause — the colon, the quote's close
    assert subhead_lines(doc, display, 12.0) == sorted(["一楼二楼：/“我们得到了什么？”", "一部电梯要花多少钱",
                                                   "从“一梯一议”/到“成片推进”"])
    assert subhead_lines(doc, display, 10.5) == []
    # and none left at the body's size in bold
    small = [r.text for g in display.items if isinstance(g, Group) for r in g.items
             if isinstance(r, GlyphRun) and r.size < 12.0 and ("楼二楼" in r.text or "梯一议" in r.text)]
    assert small == []


def _composed(tmp_path, text):
    copy = tmp_path / "copy.txt"
    copy.write_text(text, encoding="utf-8")
    doc = compose("duikai", [copy], [], tmp_path / "page.yaml").document
    return doc, Composer(doc, tmp_path).compose(doc.pages[0])


def test_a_subhead_whose_quote_will_not_hold_a_line_at_xiaosi_is_set_at_wuhao(tmp_path):
    # “我们得到了什么好处？”: 11 characters, the opening quote set half and ？” as one and a half — 10½ em:
    # 126 pt at 小四 on a 117 pt column (three lines), 110¼ pt at 五号 (two)
    doc, display = _composed(tmp_path, FEATURE.replace("我们得到了什么？", "我们得到了什么好处？"))
    # the story's subheads all of one size: 五号
    assert subhead_lines(doc, display, 12.0) == []
    assert subhead_lines(doc, display, 10.5) == sorted(["一楼二楼：/“我们得到了什么好处？”", "一部电梯要花多少钱",
                                                        "从“一梯一议”/到“成片推进”"])


def test_only_a_subhead_too_long_at_wuhao_goes_to_the_bodys_size_still_broken_at_its_pause(tmp_path):
    # “我们到底得到了什么好处？”: 12½ em — 131¼ pt at 五号, 112½ pt at the body's 9 pt
    doc, display = _composed(tmp_path, FEATURE.replace("我们得到了什么？", "我们到底得到了什么好处？"))
    assert subhead_lines(doc, display, 12.0) == subhead_lines(doc, display, 10.5) == []
    bold = [(r.text, r.size) for g in display.items if isinstance(g, Group) for r in g.items
            if isinstance(r, GlyphRun) and "bold" in r.face.lower()]
    assert ("一楼二楼：", 9.0) in bold and ("“我们到底得到了什么好处？”", 9.0) in bold
