"""Two heading lines the page opens with in one poppler block, a slogan naming no place over a headline
('让群众的日子越过越红火' / '小区停车棚办到居民心坎上'): the page banner over its first story or one
headline in two lines — only the type sizes would tell, and pdftotext's text has none. The lines are not
made one headline for sure: the story is shown to check. The varied generator's page 7113 as pdftotext
gives it (it was printed with the slogan as the page banner)."""
from layout_app.intake.structure import LOW
from tests.intake.imported import printed

PAGE = "varied7113-pdftotext.txt"


def test_a_slogan_opening_the_page_over_a_headline_is_a_guess_shown():
    page = printed(PAGE)
    first = page.stories[0]
    assert "".join(first.headline.split()) == "小区停车棚办到居民心坎上"
    assert "让群众的日子越过越红火" in ((page.banner or {}).get("headline") or "", first.kicker or "")
    assert first.confidence < LOW


def test_a_line_with_a_quoted_term_opening_the_page_is_its_headlines_first_line():
    # a banner's theme quotes nothing: '“最后一公里”打通了' / '一条路 富了一方人' is one headline (page 7059)
    page = printed("varied7059-pdftotext.txt")
    first = page.stories[0]
    assert first.kicker is None and page.banner is None
    assert "".join(first.headline.split()) == "“最后一公里”打通了一条路富了一方人"
