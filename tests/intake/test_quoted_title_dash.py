"""A dash inside a quoted title that a column line broke before ('…，“江汉遗珍' / '——江州地区考古成果特展”'):
the line closes the quote its paragraph opened, so it is the paragraph's rest, not a dash deck (review26's
round trip in pypdfium2 made the paragraph's first line a headline, the dash line its deck, and left the
real headline unassigned). Lines and expectations written by hand (a 13-character column)."""
from __future__ import annotations

from tests.intake.imported import bare as _bare
from tests.intake.imported import import_text as _import

PAGE = """市博物馆特展开幕
本报记者 林书瑶
昨日上午，“江汉遗珍
——江州地区考古成果特展”
在市博物馆开幕。展览分三个
单元，集中展出近十年来我市
考古发掘出土的青铜器、陶瓷
器和漆木器等文物。
记者在展厅看到，一套出
土于城南遗址的春秋时期青铜
编钟格外引人注目，至今仍能
敲出清晰的音阶。
"""


def test_a_dash_line_closing_the_paragraphs_quote_goes_on_in_it(tmp_path):
    page = _import(tmp_path, PAGE)
    story = next(s for s in page.stories if s.headline == "市博物馆特展开幕")
    assert story.deck is None
    assert _bare(story.paragraphs[0]) == ("昨日上午，“江汉遗珍——江州地区考古成果特展”在市博物馆开幕。展览分三个单元，"
                                          "集中展出近十年来我市考古发掘出土的青铜器、陶瓷器和漆木器等文物。")
    assert len(story.paragraphs) == 2


def test_a_dash_deck_under_its_headline_stays_a_deck(tmp_path):
    # no quote open above the dash line: the headline's deck, the byline under it
    text = PAGE.replace("本报记者 林书瑶\n", "——江州地区考古成果特展\n本报记者 林书瑶\n").replace(
        "昨日上午，“江汉遗珍\n——江州地区考古成果特展”\n在市博物馆开幕。展览分三个\n",
        "昨日上午，江汉遗珍特展在\n市博物馆开幕。展览分三个\n")
    page = _import(tmp_path, text)
    # (a one-story page: its heading may be read as the page's banner)
    heads = [page.banner] if page.banner is not None else []
    heads += [{"headline": s.headline, "deck": s.deck} for s in page.stories]
    head = next(h for h in heads if h["headline"] == "市博物馆特展开幕")
    assert head["deck"] == "——江州地区考古成果特展"
    assert not any("江州地区" in p for s in page.stories for p in s.paragraphs + page.lead)
