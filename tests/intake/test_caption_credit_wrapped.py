"""A caption opening on 图为, wrapped under its photo between a headline and the byline, its photo's credit
after its sentence on the last line ('图为团结镇玉泉社区志愿者' / '为老人打饭。 本报记者 杜亮 摄'): one
caption with its credit — its first line is no deck. The varied generator's page 7090 as pypdfium2 gives
it; the expected parts are written out from the printed page by hand."""

from tests.intake.imported import bare, printed

PAGE = "varied7090-pdfium.txt"



def test_a_wrapped_caption_with_its_credit_is_one_caption_not_a_deck():
    page = printed(PAGE)
    k, story = next((k, s) for k, s in enumerate(page.stories) if bare(s.headline) == "一碗热饭里的民生温度")
    assert bare(story.kicker) == "团结镇玉泉社区：家门口的幸福"
    assert story.deck is None
    assert bare(story.byline) == "本报记者郑凯文/图"
    captions = [c for c in page.captions if "志愿者为老人打饭" in c.text]
    assert [bare(c.text) for c in captions] == ["图为团结镇玉泉社区志愿者为老人打饭。本报记者杜亮摄"]
    assert captions[0].story == k
