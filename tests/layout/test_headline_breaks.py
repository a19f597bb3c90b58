"""Headlines break where a reader pauses, never inside a word. The expected breaks are written by
hand from how a desk editor would set them."""
import pytest

from layout_app.layout.headline import fit_headline
from layout_app.text.setter import SetOptions

OPTS = SetOptions(indent=0, align="left")

# headline, frame width in pt, the lines an editor accepts (any one of the listed sets)
CASES = [
    ("水清岸绿 白鹭归来", 200, [["水清岸绿", "白鹭归来"]]),
    ("老人吃饭不再犯愁", 120, [["老人吃饭", "不再犯愁"]]),
    ("东湖区：公共自行车站点增至300个", 320, [["东湖区：", "公共自行车站点增至300个"]]),
    ("“家门口”的办事大厅让群众少跑腿", 200, [["“家门口”的办事大厅", "让群众少跑腿"], ["“家门口”的", "办事大厅", "让群众少跑腿"]]),
    ("南山街道志愿服务 让邻里更亲", 260, [["南山街道志愿服务", "让邻里更亲"]]),
    ("柳溪村：小小草莓 甜了村民日子", 200, [["柳溪村：", "小小草莓", "甜了村民日子"],
                                       ["柳溪村：小小草莓", "甜了村民日子"]]),
]
# places a word would be cut: (headline, text before the bad break)
NEVER = [("老人吃饭不再犯愁", "老人吃"), ("东湖区：公共自行车站点增至300个", "东湖区：公共自行"),
         ("东湖区：公共自行车站点增至300个", "东湖区：公共自行车站点增至30"),
         # a Latin word and the Chinese of its term, a figure and its unit (issue 10's printed pages)
         ("翠屏街道：网格员的APP预约平台惠万家", "翠屏街道：网格员的APP"),
         ("翠屏社区家庭医生工作室开放50天", "翠屏社区家庭医生工作室开放50")]


@pytest.mark.parametrize("text,width,accepted", CASES)
def test_headline_breaks_at_a_phrase_or_word(text, width, accepted):
    f = fit_headline(text, width, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
    assert f.fits and not f.below_min
    got = [l.text.strip() for l in f.lines]
    assert got in accepted, got
    assert "".join(got).replace(" ", "") == text.replace(" ", "")      # nothing lost at a break


@pytest.mark.parametrize("text,bad", NEVER)
def test_never_inside_a_word(text, bad):
    for width in range(100, 460, 20):
        f = fit_headline(text, width, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
        ends = [text[:l.end] for l in f.lines[:-1]]
        assert bad not in ends, (width, [l.text for l in f.lines])


def test_lines_balanced():
    f = fit_headline("水清岸绿 白鹭归来 候鸟翩翩", 200, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
    widths = [l.width for l in f.lines]
    assert len(widths) >= 2 and min(widths) >= 0.3 * max(widths)


def test_a_line_opening_with_a_quote_stays_flush():
    f = fit_headline("青石镇“家门口”的办事大厅", 200, 3, 12, "hei-bold", 36, 18, OPTS, 13.5)
    assert [l.text for l in f.lines] == ["青石镇", "“家门口”的办事大厅"]
    # the quote's own blank (the left half of its em) is set outside the frame, so the mark itself
    # stands flush with the line above: not half an em in, like an indent
    assert f.lines[1].xs[0] == pytest.approx(-f.size / 2)
