"""A headline block of pdftotext's default text whose last line, a rate in figures, is cut off as the deck
('颐养之家运营一周年' / '累计服务 42 人次' / '日均服务老人 35 余人'): the counting line left over it is the
headline's second line — a story has one deck, and a kicker never shares its headline's block. (Two lines
alone, words over a count, stay a guess: headline in two lines, or headline over a deck in figures.)
Lines that each count once in one phrase under the headline's words are its lines, the last one too: a
deck sums up in two phrases or counts twice. The varied generator's pages 7107 and 7096; the parts
written out by hand from the printed pages."""

from tests.intake.imported import printed

PAGE = "varied7107-pdftotext.txt"


def test_the_count_over_a_rate_deck_is_the_headlines_second_line():
    page = printed(PAGE)
    story = next(s for s in page.stories if "颐养之家" in (s.headline or "") + (s.kicker or ""))
    assert story.kicker is None
    assert " ".join(story.headline.split()) == "颐养之家运营一周年 累计服务42人次"
    assert "".join(story.deck.split()) == "日均服务老人35余人"


def test_lines_each_counting_once_in_one_phrase_are_the_headlines():
    page = printed("varied7096-pdftotext.txt")
    story = next(s for s in page.stories if "起早排队" in (s.headline or "") + (s.kicker or ""))
    assert story.kicker is None and story.deck is None
    assert " ".join(story.headline.split()) == "看病不用再“起早排队” 中医馆开诊100天 接诊2643人次"
