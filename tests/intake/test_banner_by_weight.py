"""A two-phrase theme over the page's first headline, and no banner found: the page banner only as a guess,
and never on a page whose lead was read before it (a banner stands over its lead). Where the theme is
taken for the banner, the first story's heading is as much a guess — the theme may be its kicker or its
headline's first line — and both are shown. The varied generator's pages 7083 (a lead, no banner; the
headline set in two lines '跑出精气神 赛出好风采' / '“村BA”打出精气神') and 7097 (no lead, no banner;
the headline '昔日臭水沟 今朝景观带' / '家门口多了个秸秆还田') as pdftotext -raw gives them."""
from layout_app.intake.structure import LOW
from tests.intake.imported import bare, printed



def test_a_theme_under_the_page_lead_is_no_banner_and_stays_with_its_story():
    page = printed("varied7083-pdftotext-raw.txt")
    assert page.banner is None
    assert bare(page.lead[0]).startswith("今天，我们走进几个村（社区），听听群众怎么说。")
    first = page.stories[0]
    assert bare(first.kicker) + bare(first.headline) == "跑出精气神赛出好风采“村BA”打出精气神"
    assert first.confidence < LOW          # kicker over headline, or a headline in two lines: shown


def test_a_theme_taken_for_the_banner_leaves_the_first_story_shown_as_a_guess():
    page = printed("varied7097-pdftotext-raw.txt")
    assert page.banner is not None and page.banner_confidence < LOW
    first = page.stories[0]
    assert bare(first.headline) == "家门口多了个秸秆还田"
    assert first.confidence < LOW
