"""A kicker ending on the tag that takes the reader to a place ('为民办实事 走进五里街道') that poppler
gave after its headline ('五里街道：康复驿站为健康“加码”', a place's label and colon: a headline's
shape) is the kicker still: pdftotext's default text of the varied generator's pages 7082 and 7141 had
the two the wrong way round, the kicker printed as the headline."""
import pytest

from tests.intake.imported import bare, printed


@pytest.mark.parametrize("name,kicker,headline", [
    ("varied7082-pdftotext.txt", "为民办实事走进五里街道", "五里街道：康复驿站为健康“加码”"),
    ("varied7141-pdftotext.txt", "新业态新活力走进兴隆街道", "兴隆街道：家门口就业1714人找到工作"),
])
def test_the_kicker_with_the_visit_tag_stays_over_its_headline(name, kicker, headline):
    page = printed(name)
    story = next(s for s in page.stories if bare(s.headline) == headline)
    assert bare(story.kicker) == kicker
    assert not any(bare(s.headline) == kicker for s in page.stories)


def test_a_kicker_of_another_shape_is_not_turned_round():
    """Under '老有所养 老有所乐' (a kicker's shape, or a two-line headline's first line) a headline ending
    on the tag is left as read — in doubt, shown to check — not turned: the two readings are as likely
    (the held-out page 5058 had another story's heading there)."""
    from layout_app.intake.headdoubts import visits_over
    from layout_app.intake.structure import PageCopy, StoryParts
    page = PageCopy(stories=[StoryParts("老有所养 老有所乐", "从“忧居”到“优居” 走进红旗街道"),
                             StoryParts("五里街道：康复驿站为健康“加码”", "为民办实事 走进五里街道")])
    visits_over(page)
    assert [(s.kicker, s.headline) for s in page.stories] == [
        ("老有所养 老有所乐", "从“忧居”到“优居” 走进红旗街道"),
        ("为民办实事 走进五里街道", "五里街道：康复驿站为健康“加码”")]


def test_a_headline_broken_before_its_quoted_verb_is_shown_to_check():
    """pypdfium2's text of page 7039 gives the headline '康乐镇：49部电梯“装”进居民心里' in two lines, broken
    before its quote: read as a kicker '康乐镇：49部电梯' over '“装”进居民心里', and sure of it. The verb in
    quotes has its subject on the line above as well as it may be a kicker's: the story is shown to check."""
    from layout_app.intake.structure import LOW
    page = printed("varied7039-pdfium.txt")
    story = next(s for s in page.stories if bare(s.headline).startswith("“装”进居民心里") or "49部电梯“装”" in bare(s.headline))
    if bare(story.headline) != "康乐镇：49部电梯“装”进居民心里":
        assert story.confidence < LOW and story.shape == "subject"
    # a headline that names its thing before the quote is no such doubt
    from layout_app.intake.headdoubts import quoted_predicate
    assert not quoted_predicate("七星镇：从“忧居”到“优居”", "七星镇：14部电梯“装”进居民心里")
    assert not quoted_predicate("老有所养 老有所乐", "“村BA”打出精气神")


def test_a_kicker_with_a_quoted_term_and_the_visit_tag_is_not_cut_into_headings():
    """pdftotext sets a blank beside a quote mark: '“家门口” 就业 走进古城镇' (the varied generator's page
    5000) was cut as two stories' headings at its spaces — '“家门口”' and '走进古城镇' name things two
    stories' texts say — and '“家门口”' headed the next story. A quoted term alone, or the tag taking the
    reader to a place, is no heading of its own."""
    page = printed("varied5000-pdftotext.txt")
    jobs = next(s for s in page.stories if bare(s.headline) == "古城镇：家门口就业2712人找到工作")
    assert bare(jobs.kicker) == "“家门口”就业走进古城镇"
    clinic = next(s for s in page.stories if bare(s.headline) == "中医诊室开诊100天接诊210人次")
    assert bare(clinic.byline) == "本报记者徐凯通讯员蔡欣怡"
    assert not any(bare(s.headline) in ("“家门口”", "“家门口”就业") for s in page.stories)
