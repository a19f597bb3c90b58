"""The page's first line over a heading line in its flow of pdftotext's default text is the page
banner, not the first story's kicker (poppler gives a kicker a flow of its own): headparts._banner_on_top.
Hand-written pieces; the answer is where a page editor puts the banner (in front of every story)."""
import pytest

from layout_app.intake.headparts import _banner_on_top
from layout_app.intake.pdfpieces import Piece


def _p(kind, line, pos, flow):
    return Piece(kind, [line], pos, flow)


def test_theme_over_a_headline_opening_on_its_place_is_the_banner():
    banner = _p("head", "小事连着大民生", 0, 0)
    head = _p("head", "西关街道:返乡创业正当时", 1, 0)
    by = _p("head", "本报通讯员 宋浩", 2, 0)
    pieces = [banner, head, by, _p("body", "“一晚上能卖 13 多碗,", 3, 0)]
    out = {0: [banner, head, by]}
    _banner_on_top(pieces, out)
    assert out[0] == [head, by]


def test_theme_over_its_deck_over_the_lead_is_the_banner_with_its_deck():
    banner = _p("head", "让群众的日子越过越红火", 0, 0)
    deck = _p("head", "——我县为民办实事工作综述", 1, 0)
    lead = _p("lead", "本版今起推出“身边的变化”专栏，带您走进基", 2, 0)
    head = _p("head", "急救站开诊两个月 接诊 2634 人次", 3, 1)
    pieces = [banner, deck, lead, head]
    out = {0: [banner, deck, head]}
    _banner_on_top(pieces, out)
    assert out[0] == [head]


def test_theme_over_a_deck_over_another_headline_in_its_flow_is_the_banner():
    banner = _p("head", "小事连着大民生", 0, 0)
    deck = _p("head", "——来自基层一线的报道", 1, 0)
    head = _p("head", "人居环境整治进行时", 2, 0)
    out = {0: [banner, head, deck]}
    _banner_on_top([banner, deck, head], out)
    assert out[0] == [head]


def test_a_headline_in_two_lines_and_its_deck_stay():
    # a headline's first line over its second (no place and colon opening it), then its deck and
    # byline: the story's heading, whatever the first line's shape
    one = _p("head", "一碗热饭里的民生温度", 0, 0)
    two = _p("head", "互助幸福院运营一周年", 1, 0)
    deck = _p("head", "——太平乡互助幸福院运营一周年见闻", 2, 0)
    out = {0: [one, two, deck]}
    _banner_on_top([one, two, deck], out)
    assert out[0] == [one, two, deck]


def test_a_headline_over_its_deck_over_its_byline_stays():
    head = _p("head", "植树造林还河畅水清", 0, 0)
    deck = _p("head", "——康乐街道植树造林见闻", 1, 0)
    by = _p("head", "本报记者 谢立新", 2, 0)
    out = {0: [head, deck, by]}
    _banner_on_top([head, deck, by], out)
    assert out[0] == [head, deck, by]


@pytest.mark.parametrize("first, headline, flow", [
    ("体育惠民 走进胜利乡华山村", "华山村:登山节开赛", 1),            # a kicker alone in its flow
    ("记者蹲点：", "东湖村:四点半课堂开课了", 0),                   # a kicker's label with its colon is no banner's theme
    ("金秋十月，猕猴桃压弯枝头", "城北乡:1810 亩猕猴桃迎来收获季", 0),  # a line with a comma: a kicker's sentence, never the banner
])
def test_a_kicker_over_its_headline_stays(first, headline, flow):
    line = _p("head", first, 0, 0)
    head = _p("head", headline, 1, flow)
    out = {0: [line, head]}
    _banner_on_top([line, head, _p("body", "近日，", 2, 1)], out)
    assert out[0] == [line, head]
