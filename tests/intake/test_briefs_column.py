"""A sports page's 简讯 column and its match report's headline, read from the desk's copy (review30 #4, #5).

The copy is the reviewer's page as the desk sent it (samples/review30-sports.txt: 体育简讯 over four ■
items, each a headline and its text) and the same column written the other common way
(samples/review30-briefs-bracket.txt: 【体育简讯】, items with no mark, between a CBA story and a 图片新闻).
Every expectation is the desk's reading, written here by hand."""
from pathlib import Path

from layout_app.intake.importer import import_copy
from layout_app.intake.matchheads import match_result
from layout_app.intake.structure import LOW, _heading, _heading_confidence

SAMPLES = Path(__file__).parent / "samples"
ITEMS = ["■我市全民健身运动会开幕", "■CBA常规赛本周移师我市", "■NBA中国赛青少年训练营招募", "■市马拉松报名人数创新高"]
BRACKET_ITEMS = ["我市全民健身运动会开幕", "NBA中国赛青少年训练营招募", "市马拉松报名人数创新高", "市青少年围棋赛落幕"]


def _column(page, label):
    found = [s for s in page.stories if s.headline == label]
    assert len(found) == 1, [s.headline for s in page.stories]
    return found[0]


def test_the_marked_column_is_one_story_under_its_label_its_four_items_each_headed():
    page, _ = import_copy(SAMPLES / "review30-sports.txt")
    column = _column(page, "体育简讯")
    assert column.kicker is None and column.deck is None and column.byline is None
    assert [column.paragraphs[j] for j in column.items] == ITEMS
    # each item's headline over its own text: one paragraph each, the text the desk wrote
    assert column.items == [0, 2, 4, 6]
    # the 积分榜 the copy has after the column is no item's text, nor the column's: it went with the match
    # report that names its teams (intake/tablehomes)
    assert len(column.paragraphs) == 8 and column.tables == []
    assert any(p.startswith("城市足球超级联赛积分榜") for s in page.stories for p in s.paragraphs if s is not column)
    assert column.paragraphs[1].startswith("11月28日，第十五届市全民健身运动会") and column.paragraphs[7].endswith("公布抽签结果。")
    assert column.subheads == []                       # items, not a story's 小标题
    # no story is headed by an item: the ■ stands in no headline, kicker or deck
    assert not any("■" in (s.headline + (s.kicker or "") + (s.deck or "")) for s in page.stories)
    assert column.confidence >= LOW


def test_the_bracketed_column_of_unmarked_items_is_one_story_the_stories_around_it_their_own():
    page, _ = import_copy(SAMPLES / "review30-briefs-bracket.txt")
    column = _column(page, "【体育简讯】")
    assert [column.paragraphs[j] for j in column.items] == BRACKET_ITEMS
    assert all(len(column.paragraphs[j + 1]) > 40 for j in column.items)     # each over its text
    heads = [s.headline for s in page.stories]
    # the CBA news before it and the picture story after it stay stories of their own
    assert "CBA常规赛 本市球队主场两连胜" in heads and "冬泳爱好者迎寒而上" in heads
    assert not any(h in heads for h in BRACKET_ITEMS)
    picture = next(s for s in page.stories if s.headline == "冬泳爱好者迎寒而上")
    assert picture.kicker == "图片新闻"


def test_a_label_over_one_story_only_is_no_column():
    # 简讯 over a single headed brief, then a news story with its byline: nothing to gather
    copy = ("快讯\n\n我市全民健身运动会开幕\n\n11月28日，第十五届市全民健身运动会在市体育中心开幕。\n\n"
            "主场连扳三球 终结三轮不胜\n\n海港队3∶1逆转江城队\n\n本报记者 张三\n\n"
            + "本报讯 11月29日晚，海港队以3∶1逆转江城队，积分升至45分，重回榜首。\n\n" * 3)
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "copy.txt"
        p.write_text(copy, encoding="utf-8")
        page, _ = import_copy(p)
    assert not any(s.items for s in page.stories)
    assert any(s.headline == "海港队3∶1逆转江城队" for s in page.stories)


def test_the_match_reports_result_line_is_its_headline_the_mood_line_its_kicker():
    page, _ = import_copy(SAMPLES / "review30-sports.txt")
    lead = page.stories[0]
    assert (lead.kicker, lead.headline, lead.deck) == ("主场连扳三球 终结三轮不胜", "海港队3∶1逆转江城队", None)
    # the result line over a line of detail: headline and deck
    parts = _heading(["海港队3∶1逆转江城队", "主场连扳三球 终结三轮不胜"])
    assert (parts.kicker, parts.headline, parts.deck) == (None, "海港队3∶1逆转江城队", "主场连扳三球 终结三轮不胜")


def test_what_reads_as_a_match_result():
    for line in ("海港队3∶1逆转江城队", "本市球队108∶96战胜山西队", "江城队1比3不敌海港队", "国际米兰2∶0完胜AC米兰",
                 "海港队1∶1战平江城队", "海港队主场3比1力克江城队", "北岭队2:0击败东湖队"):
        assert match_result(line), line
    for line in ("主场连扳三球 终结三轮不胜", "图书馆8:30开放", "全年完成56个小区 惠及1318户", "比分3:1",
                 "CBA常规赛 本市球队主场两连胜", "十七岁的林小雨：1分42秒36背后的每一个清晨"):
        assert not match_result(line), line


def test_a_slogan_over_a_line_in_figures_read_as_its_deck_is_a_guess_shown_to_check():
    # the two readings disagree (a two-phrase slogan is a kicker's shape; the figures a deck's): the
    # editor is asked, not told 90 %
    assert _heading_confidence(["文明新风 润泽乡里", "全年完成56个小区 惠及1318户"]) < LOW
    # a result line settles it
    assert _heading_confidence(["主场连扳三球 终结三轮不胜", "海港队3∶1逆转江城队"]) >= 0.9


def _variant(tmp_path, old: str, new: str):
    text = (SAMPLES / "review30-sports.txt").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "copy.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return import_copy(path)[0]


def test_a_big_table_after_the_column_leaves_it_a_column(tmp_path):
    # review 31: a 17-row 积分榜 after the last item read as that item's text — too long for a brief — and
    # the column fell apart into a story with 小标题
    head = "名次　球队　场次　胜　平　负　进球　失球　积分"
    rows = "\n".join(f"{n}　{team}队　20　{14 - n // 2}　{n % 5}　{n % 3}　{41 - n}　{14 + n}　{50 - n}" for n, team in
                     enumerate("海港 江城 北岭 东湖 南山 西江 青山 白云 金沙 龙湾 石桥 红星 天河 滨海 松原 银湖 云山".split(), 1))
    text = (SAMPLES / "review30-sports.txt").read_text(encoding="utf-8")
    old = text[text.index("名次　球队　场次　积分"):text.index("6　西江队　20　27") + len("6　西江队　20　27")]
    page = _variant(tmp_path, old, head + "\n" + rows)
    column = _column(page, "体育简讯")
    assert [column.paragraphs[j] for j in column.items] == ITEMS and column.subheads == []


def test_long_marked_items_are_items(tmp_path):
    # review 31: an item's lead-in of 30 characters and more, opening on its ■, read as a story of its
    # own with the next item its 小标题
    long = "■2026－2027赛季CBA常规赛第三阶段12月3日起移师我市"
    page = _variant(tmp_path, "■CBA常规赛本周移师我市", long)
    column = _column(page, "体育简讯")
    assert [column.paragraphs[j] for j in column.items] == [ITEMS[0], long, *ITEMS[2:]]
    assert not any("■" in (s.headline + (s.kicker or "") + (s.deck or "")) for s in page.stories)
