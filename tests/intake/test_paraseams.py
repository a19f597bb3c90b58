"""intake.paraseams: a paragraph's first line cut mid-word or before a verb of saying goes on into the
line under it, never read as a headline. Snippets written by hand in pypdfium2's shape (one column line
a line, 13-character columns, first lines indented by two); the expected texts by hand too."""
from __future__ import annotations

from layout_app.intake.importer import import_copy
from layout_app.intake.paraseams import cut_mid_sentence
from layout_app.intake.unpdf import unpdf

HEAD = ["稳就业 惠民生", "西关镇：夜市开张了", "本报记者 陈思"]
P1 = ["今年以来，西关镇把夜市", "作为民生实事来抓，摊位一字", "排开，十分热闹。每到傍晚，", "西关镇的夜市就热闹起来，小", "吃摊前人来人往，摊主们忙得", "不亦乐乎。", "据了解，夜市共设摊位六", "十个，优先安排下岗职工和困", "难群众，免收三个月的摊位费", "用。"]
# a paragraph's first line, as wide as an indented line, cut inside 面积
CUT_WORD = ["西关镇今年夜市经营面", "积达 3823 平方米，摊主们天", "不亮就忙了起来。"]
# a paragraph's first line stopping before the verb of saying (说：“) on the line under it
CUT_SAYS = ["文化站站长袁雨轩笑着", "说：“明年还来！”5 月 6 日晚，", "夜市又热闹了起来。"]
# the story's own headline over its first paragraph: it stands apart
NEXT_HEAD = ["西关镇夜市成了网红打卡", "近日，西关镇的夜市正式开", "张，摊主们忙得不亦乐乎。"]


def test_a_first_line_cut_inside_a_word_goes_on():
    assert cut_mid_sentence("西关镇今年夜市经营面", "积达3823平方米，摊主们天", 13)
    out = unpdf(HEAD + P1 + CUT_WORD, 13)
    assert "西关镇今年夜市经营面积达3823平方米，摊主们天不亮就忙了起来。" in out
    assert "西关镇今年夜市经营面" not in out


def test_a_first_line_before_the_verb_of_saying_goes_on():
    assert cut_mid_sentence("文化站站长袁雨轩笑着", "说：“明年还来！”5月6日晚，", 13)
    out = unpdf(HEAD + P1 + CUT_SAYS, 13)
    assert "文化站站长袁雨轩笑着说：“明年还来！”5月6日晚，夜市又热闹了起来。" in out


def test_no_story_is_made_of_a_cut_line(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text("\n".join(HEAD + P1 + CUT_WORD + CUT_SAYS), encoding="utf-8")
    page, _ = import_copy(f)
    assert [s.headline for s in page.stories] == ["西关镇：夜市开张了"]
    assert len(page.stories[0].paragraphs) == 4


def test_a_headline_over_its_first_paragraph_stays_a_heading():
    # the line under is an indented first line, and 卡 + 近 is no word
    assert not cut_mid_sentence("西关镇夜市成了网红打卡", "近日，西关镇的夜市正式开", 13)
    # a line that ends a sentence does not go on by this rule
    assert not cut_mid_sentence("摊主们忙得不亦乐乎。", "积达3823平方米，摊主们天", 13)
    # a line with a label's colon is a heading's shape
    assert not cut_mid_sentence("一线见闻：夜市经营面", "积达3823平方米，摊主们天", 13)


def test_a_quote_left_open_goes_on_into_the_line_that_closes_it():
    # '……' ends the line like a sentence's end, and the line under is short like a paragraph's first —
    # but the quote the paragraph opened is still open, and that line closes it: one paragraph
    lines = HEAD + P1 + ["记者了解到，这里设有休", "息室和阅览室。社工郑立新说：", "“以前一个人在家，饭都懒", "得做……",
                         "现在天天盼着来这儿。”"]
    out = unpdf(lines, 13)
    assert "记者了解到，这里设有休息室和阅览室。社工郑立新说：“以前一个人在家，饭都懒得做……现在天天盼着来这儿。”" in out
    # (a heading line opening a quote of its own under an open quote is no rest of it)
    from layout_app.intake.paraseams import quote_goes_on as _quote_goes_on

    assert _quote_goes_on("社工说：“以前饭都懒得做……", "现在天天盼着来这儿。”")
    assert not _quote_goes_on("社工说：“以前饭都懒得做……", "让老人吃上“放心饭”")
    assert not _quote_goes_on("社工说：“以前饭都懒得做。”", "现在天天盼着来这儿。”")


def test_a_quotes_mark_and_a_character_cut_off_a_column_line_go_back_on_it():
    # pdftotext -raw cut the column line after the quote's mark and its first character, then the rest
    # of the term: a heading's quoted term is cut whole ('“放心饭”'), so this is running text — the line
    # above, with no comma, is no headline
    lines = HEAD + P1 + ["据介绍，市场监管所用", "AI 面试系统为摊主和企业", "“牵", "线”", ",全程不超过 21 分钟。",
                         "现场，摊主们拿着简历在各个", "展位前咨询,不少人当场就签", "了意向协议。"]
    out = unpdf(lines, 13)
    assert any(l.startswith("据介绍，市场监管所用AI面试系统为摊主和企业“牵线”,全程不超过21分钟。") for l in out)
    # (a quoted term cut whole under a heading's first words is the headline's object, as before)
    out = unpdf(P1 + ["让老人吃上", "“放心饭”", "本报记者 陈思"] + P1, 13)
    assert "让老人吃上“放心饭”" in out
