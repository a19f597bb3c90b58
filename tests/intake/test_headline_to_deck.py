"""A story poppler gave a deck and no headline, and another given two headlines each in a flow of its own:
the one whose words only the first story's text says is its headline. pdftotext's default text of the
varied generator's page 7089 gives '非遗合唱团进校园' in a block of its own right over '县中医院：康复驿站方便
群众就医' and the next story's byline, and the choir story's deck '——花园街道大桥社区合唱团见闻' far below,
over its byline and column. Answers written by hand from the printed page."""

from tests.intake.imported import printed

PAGE = "varied7089-pdftotext.txt"


def test_a_headline_given_beside_another_goes_over_its_storys_deck():
    page = printed(PAGE)
    choir = next(s for s in page.stories if s.deck == "——花园街道大桥社区合唱团见闻")
    assert choir.headline == "非遗合唱团进校园" and choir.kicker is None
    clinic = next(s for s in page.stories if s.headline == "县中医院：康复驿站方便群众就医")
    assert clinic.kicker is None
