"""The face a heading line is set in, told by the blank an extraction shows before its quote marks
(intake.quoteface): a kicker set in 楷体 shows it ('关爱 “一老一小”'), a headline in 黑体 sets its quote
close ('旧楼“长”出新电梯'). Texts written by hand as pypdfium2 gives a page, one column line a line; the
expected parts written by hand."""
from __future__ import annotations

from pathlib import Path

from layout_app.intake.importer import import_copy
from layout_app.intake.quoteface import headline_face, whole_lines

# a story's text in column lines of 13 characters (paragraphs' first lines two shorter), as pypdfium2
# gives them: enough lines for the page's measure to show
BODY = [
    "本报讯 入冬以来，北塘镇",
    "老旧小区改造的工作一刻没有",
    "停。全镇共有 12 栋旧楼加装",
    "了电梯，居民们上下楼方便多",
    "了。",
    "“以前爬楼要歇好几回，",
    "现在按一下就到家了。”家住",
    "三楼的王大妈笑着说。",
    "据了解，北塘镇还将在更",
    "多小区推广加装电梯的做法，",
    "让更多群众住得舒心、住得安",
    "心。",
    "镇长王强介绍，加装电梯",
    "的费用由政府和居民共承担，",
    "居民只需出一小部分。",
]
BODY2 = [
    "本报讯 近日，红旗乡的老",
    "年助餐点正式开张，每天中午",
    "为辖区老人提供热乎饭菜，价",
    "格实惠，口味清淡，深受老人",
    "欢迎。",
    "“在这儿吃饭比自己做强",
    "多了。”72 岁的李大爷说。",
]


def _stories(tmp_path: Path, lines: list[str]) -> list[tuple]:
    f = tmp_path / "page.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page, _ = import_copy(f)
    return [(s.kicker or None, s.headline.replace(" ", ""), s.deck or None) for s in page.stories]


def test_a_heading_line_setting_its_quote_close_over_a_heading_line_is_the_first_of_a_headlines_two(tmp_path):
    # '旧楼“长”出新电梯' sets its quote close after 楼: the headline's face, no kicker's — over the
    # second heading line (no dash, no figures) it is the headline's first line
    lines = ["旧楼“长”出新电梯", "小区停车棚办到居民心坎上"] + BODY
    assert _stories(tmp_path, lines)[0] == (None, "旧楼“长”出新电梯小区停车棚办到居民心坎上", None)


def test_a_kicker_showing_its_faces_blank_before_the_quote_stays_a_kicker(tmp_path):
    # the blank before “ is the kicker's face (楷体): kicker over headline, and the page's other story's
    # headline in two lines, its quote set close, still one headline
    lines = (["关爱 “一老一小”", "助餐点开到家门口"] + BODY2
             + ["田野里的好“丰”景", "茶叶熟了 农户乐了"] + BODY)
    got = _stories(tmp_path, lines)
    assert got[0] == ("关爱“一老一小”", "助餐点开到家门口", None)
    assert got[1] == (None, "田野里的好“丰”景茶叶熟了农户乐了", None)


def test_a_quote_after_a_colon_tells_no_face_and_a_deck_in_figures_stays_a_deck(tmp_path):
    # after a colon the quote's blank is the colon's in every face: '兴隆乡：“家门口”就业' may be a kicker;
    # a line in figures under a headline setting its quote close is its deck, not its second line
    assert not headline_face("兴隆乡：“家门口”就业")
    assert headline_face("旧楼“长”出新电梯") and not headline_face("关爱 “一老一小” 走进“幸福院”")
    lines = ["便民药房开到“家门口”", "21 个科室 18:00 至 21:00 开放"] + BODY
    got = _stories(tmp_path, lines)
    assert got[0][1] == "便民药房开到“家门口”" and got[0][2] is not None


def test_pdftotext_raws_pieces_are_no_whole_lines():
    # -raw cuts a column line after a mark set close and before a closing quote: its kickers show the
    # face's blank only now and then, so the face is not read from its text
    raw = ["本报讯 入冬以来，北塘镇", "老旧小区改造的工作一刻没有", "停。", "“以前爬六楼要歇好几回，", "现在按一下就到家了。",
           "”", "家住三楼的王大妈笑着说。", "据了解，北塘镇还将在更", "多小区推广加装电梯的做法，", "让群众住得更舒心。"]
    assert whole_lines(BODY + BODY2, 13)
    assert not whole_lines(raw, 13)


# the same story as pdftotext -raw gives it: a column line cut after a mark set close, before a closing
# quote set close
RAW_BODY = BODY[:6] + ["现在按一下就到家了。", "”家住", "三楼的王大妈笑着说。"] + BODY[8:]


def test_raws_heading_line_cut_at_its_quote_is_the_headlines_first_of_two(tmp_path):
    # -raw cuts a headline's line at a quote its face sets close ('旧楼' / '“长”' / '出新电梯'): the
    # headline's face, so no kicker — over a heading line that is no deck, one headline in two lines
    lines = ["旧楼", "“长”", "出新电梯", "小区停车棚办到居民心坎上"] + RAW_BODY
    assert _stories(tmp_path, lines)[0] == (None, "旧楼“长”出新电梯小区停车棚办到居民心坎上", None)


def test_raws_heading_line_left_whole_at_its_quote_stays_a_kicker(tmp_path):
    # a kicker's face sets its quote with the blank: -raw leaves the line whole ('关爱“一老一小”') — a
    # kicker over its headline still
    lines = ["关爱“一老一小”", "助餐点开到家门口"] + RAW_BODY
    assert _stories(tmp_path, lines)[0] == ("关爱“一老一小”", "助餐点开到家门口", None)


def test_raws_kicker_left_whole_at_its_quote_does_not_run_into_a_headline_cut_at_its_own(tmp_path):
    # -raw left the kicker's line whole at its quote ('湖滨街道：' / '关爱“一老一小”': cut only after the
    # colon) and cut the headline's at its ('让老人吃上' / '“放心饭”'): two faces, a kicker over its
    # headline — though the headline opens on 让, a predicate whose subject could have stood above
    lines = ["湖滨街道：", "关爱“一老一小”", "让老人吃上", "“放心饭”"] + RAW_BODY
    assert _stories(tmp_path, lines)[0] == ("湖滨街道：关爱“一老一小”", "让老人吃上“放心饭”", None)
    # the same two lines as one headline's, both cut at their quotes by -raw: one headline in two lines
    lines = ["湖滨街道：关爱", "“一老一小”", "让老人吃上", "“放心饭”"] + RAW_BODY
    assert _stories(tmp_path, lines)[0][0] is None
