"""A printed page's text read two ways, where its type sizes would tell: the story is shown to check
(intake/headdoubts). Copy lines and the expected readings written out by hand."""
from layout_app.intake.headdoubts import label_over_predicate, short_paragraph, subject_above, theme_kicker
from layout_app.intake.structure import LOW, notices, parse

P1 = "本报讯 入冬以来，青石镇的老年助餐点每天中午准时开饭，六十多位老人在这里吃上了热乎饭菜。"
P2 = "助餐点由镇里统一采购食材，每餐两荤一素一汤，老人只需付八元钱，行动不便的还能送餐上门。"


P0 = "本报讯 近日，河湾社区的便民服务站正式开放，居民在家门口就能办理社保、医保等十多项业务。"


def _story(lines, paragraphs=(P1, P2), printed=True):
    """The page's second story (a first story's kicker may be the page banner: a doubt of its own)."""
    page = parse([("便民服务站开张了", 0), (P0, 0)] + [(line, 2 if k == 0 else 0) for k, line in enumerate(lines)]
                 + [(p, 0) for p in paragraphs], printed=printed)
    assert len(page.stories) == 2
    return page, page.stories[1]


def test_two_phrases_naming_no_place_over_a_headline_are_shown():
    # '老有所养 老有所乐' over '青石镇助餐点暖了老人心': a kicker, or a three-phrase headline's first line
    page, story = _story(["老有所养 老有所乐", "青石镇助餐点暖了老人心"])
    assert (story.kicker, story.headline) == ("老有所养 老有所乐", "青石镇助餐点暖了老人心")
    assert story.confidence < LOW and story.shape == "theme"
    said = [str(n) for n in notices(page)]
    assert any("老有所养 老有所乐" in s and "first line of a headline" in s for s in said)


def test_a_kicker_naming_its_place_stays_sure():
    # the kicker takes the reader to a place: a kicker's words, not a headline's first line
    _, story = _story(["运动正当时 走进青石镇", "青石镇助餐点暖了老人心"])
    assert story.kicker == "运动正当时 走进青石镇" and story.confidence >= LOW
    assert not theme_kicker("全民健身 活力青石镇")
    assert theme_kicker("机器换人 柑橘收割提速")
    assert not theme_kicker("稳就业 惠民生")          # phrases of three: a kicker's slogan


def test_arrival_copy_is_not_doubted():
    # copy as the writer typed it sets each part on its own line: no headline broken in two there
    _, story = _story(["老有所养 老有所乐", "青石镇助餐点暖了老人心"], printed=False)
    assert story.confidence >= LOW


def test_a_headline_opening_on_a_predicate_under_phrases():
    assert subject_above("小课堂 大天地 剪纸课", "让孩子们乐在其中")
    assert not subject_above("小事连着大民生", "让孩子们乐在其中")          # one phrase: a whole kicker
    assert not subject_above("小课堂 大天地", "剪纸课让孩子们乐在其中")      # the headline has its subject
    page, story = _story(["小课堂 大天地 剪纸课", "让孩子们乐在其中", "——记非遗传承人朱红梅"])
    assert story.confidence < LOW and story.shape == "subject"


def test_a_place_label_joined_over_a_predicate():
    assert label_over_predicate(None, "永安乡北塘社区：幸福养老 让老人吃上“放心饭”")
    assert not label_over_predicate(None, "一碗热饭里的民生温度 让老人吃上“放心饭”")   # no label: a headline's
    assert not label_over_predicate("幸福养老", "永安乡：让老人吃上“放心饭”")


def test_a_short_paragraph_is_a_break_to_check():
    short = "“明年还来！”张大爷说。"
    assert short_paragraph([P1, short, P2]) == short
    assert short_paragraph([short, P1]) is None           # the story's first: its opening, whatever its length
    assert short_paragraph([P1, P2]) is None
    # more than two column lines: a paragraph of its own as surely as the text can say
    assert short_paragraph([P1, "一曲唱罢，台下掌声雷动，八十多岁的张大爷跟着哼了起来。"]) is None
    page, story = _story(["青石镇助餐点暖了老人心"], paragraphs=(P1, short, P2))
    assert story.confidence < LOW and (story.shape, story.doubt) == ("paragraph", "columns")
    said = [str(n) for n in notices(page)]
    assert any(short in s and "paragraph" in s for s in said)


def test_a_headline_taking_the_reader_to_a_place_is_a_kicker_s_words():
    # the flows left the story's own headline elsewhere: '守护绿水青山 走进青石镇' read as its headline
    page, story = _story(["守护绿水青山 走进青石镇"])
    assert story.headline == "守护绿水青山 走进青石镇"
    assert story.confidence < LOW and (story.shape, story.doubt) == ("visit", "")
    _, story = _story(["青石镇助餐点暖了老人心"])
    assert story.confidence >= LOW


def test_one_paragraph_opening_on_no_dateline_is_shown():
    # a brief opens on its dateline (本报讯); one paragraph without one: the rest may be in another story
    page, story = _story(["青石镇助餐点暖了老人心"], paragraphs=(P2,))
    assert story.confidence < LOW and (story.shape, story.doubt) == ("single", "columns")
    assert any("one paragraph" in str(n) for n in notices(page))
    _, story = _story(["青石镇助餐点暖了老人心"], paragraphs=(P1,))      # 本报讯 …: a brief
    assert story.confidence >= LOW


def test_a_story_shown_already_keeps_its_own_doubt():
    # a story below LOW for a reason of its own (two heading lines, one in figures) keeps that notice
    from layout_app.intake.headdoubts import shape_doubts
    from layout_app.intake.structure import PageCopy, StoryParts

    shown = StoryParts("老有所养 老有所乐", "日均服务老人20余人", paragraphs=[P1, P2], confidence=0.55, doubt="figures")
    sure = StoryParts("老有所养 老有所乐", "青石镇助餐点暖了老人心", paragraphs=[P1, P2])
    shape_doubts(PageCopy(stories=[shown, sure]), LOW)
    assert (shown.confidence, shown.doubt, shown.shape) == (0.55, "figures", "")
    assert sure.confidence < LOW and sure.shape == "theme"
