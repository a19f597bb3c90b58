"""A kicker that opens on its label and colon ('前进镇沙坪社区：关注基层医疗') over a headline of two
phrases set whole ('让群众少跑腿 看病更省心'): two parts, though the headline opens on a predicate —
a label's line is a kicker whole, and a headline already holding its writer's pause is whole too. The
varied generator's page 7135 as pdftotext gives it (poppler set the kicker apart, but its flows put the two
lines together); the expected parts are written out from the printed page by hand."""
from layout_app.intake.headings import wrapped_headlines
from tests.intake.imported import printed

PAGE = "varied7135-pdftotext.txt"


def test_a_labelled_kicker_does_not_run_on_into_a_two_phrase_headline():
    lines = ["前进镇沙坪社区：关注基层医疗", "让群众少跑腿 看病更省心"]
    assert wrapped_headlines(lines) == lines


def test_a_headline_broken_at_its_first_pause_is_still_one():
    # no label over it: one headline in two lines, the lower holding its second pause
    out = wrapped_headlines(["看病不用再“起早排队”", "让群众少跑腿 看病更省心"])
    assert ["".join(x.split()) for x in out] == ["看病不用再“起早排队”让群众少跑腿看病更省心"]


def test_the_printed_page_gives_the_kicker_and_headline_apart():
    page = printed(PAGE)
    story = next(s for s in page.stories if "".join(s.headline.split()) == "让群众少跑腿看病更省心")
    assert story.kicker == "前进镇沙坪社区：关注基层医疗"
    assert "".join(story.byline.split()) == "本报记者杜浩通讯员陈淑珍文/图"
    assert story.paragraphs[0].startswith("“病人少跑一趟，我们多走一步，这是应该的。”")
