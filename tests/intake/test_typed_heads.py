"""Heading lines in copy as reporters send it (a blank line between every part), read by the order
引题 → 主题 → 副题 with what each line says: a headline typed in two lines broken inside its clause is
one headline; a line listing what the news holds (…、…、…) under a whole headline is its deck — a
reviewer's page had '5G智慧公交站亮相人民路' set as a kicker over '实时到站、扫码充电、一键求助“三合一”'
as its 16 pt headline. Copy and the parts expected written by hand."""
from layout_app.intake.importer import import_copy

BODY = "本报讯 今年以来，城西街道把老旧小区加装电梯作为民生实事来抓，已完工电梯26部，惠及居民三百余户。"
BODY2 = "家住五楼的赵大妈说，以前下楼买菜要歇好几回，现在坐电梯几分钟就到了。"


def _parts(tmp_path, *heads):
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join([*heads, BODY, BODY2]) + "\n", encoding="utf-8")
    page, _ = import_copy(copy)
    (s,) = page.stories
    return s.kicker, s.headline, s.deck


def test_a_headline_over_a_line_listing_what_its_news_holds(tmp_path):
    # (the reviewer's copy: the byline under the heading lines)
    assert _parts(tmp_path, "5G智慧公交站亮相人民路", "实时到站、扫码充电、一键求助“三合一”", "见习记者 罗晨曦") == \
        (None, "5G智慧公交站亮相人民路", "实时到站、扫码充电、一键求助“三合一”")




def test_a_theme_over_a_headline_and_a_list_over_a_headline_are_kickers(tmp_path):
    # a theme of two phrases, and a list of aims, set over the headline: what a kicker is
    assert _parts(tmp_path, "稳就业 保民生", "城西街道老旧小区加装电梯惠及三百户") == \
        ("稳就业 保民生", "城西街道老旧小区加装电梯惠及三百户", None)
    assert _parts(tmp_path, "稳就业、保民生、促发展", "城西街道老旧小区加装电梯惠及三百户") == \
        ("稳就业、保民生、促发展", "城西街道老旧小区加装电梯惠及三百户", None)


def test_a_headline_typed_in_two_lines_inside_its_clause(tmp_path):
    assert _parts(tmp_path, "城西街道老旧小区", "加装电梯惠及三百户") == (None, "城西街道老旧小区加装电梯惠及三百户", None)
    assert _parts(tmp_path, "守护一江清水", "沿河七个村联手", "建起护河志愿队") == \
        ("守护一江清水", "沿河七个村联手建起护河志愿队", None)
    # a kicker saying something over a whole headline: as before
    assert _parts(tmp_path, "一颗草莓“红”了一个村", "东岭村千亩草莓产业园迎来采摘季") == \
        ("一颗草莓“红”了一个村", "东岭村千亩草莓产业园迎来采摘季", None)
