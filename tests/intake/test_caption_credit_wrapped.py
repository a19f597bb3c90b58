"""A caption opening on 图为, wrapped under its photo between a headline and the byline, its photo's credit
after its sentence on the last line ('图为团结镇玉泉社区志愿者' / '为老人打饭。 本报记者 杜亮 摄'): one
caption with its credit — its first line is no deck. The varied generator's page 7090 as pypdfium2 gives
it; the expected parts are written out from the printed page by hand."""
from pathlib import Path

from layout_app.intake.importer import import_copy

PAGE = Path(__file__).parent / "printed" / "varied7090-pdfium.txt"


def _plain(text: str | None) -> str:
    return "".join((text or "").split())


def test_a_wrapped_caption_with_its_credit_is_one_caption_not_a_deck():
    page, _ = import_copy(PAGE)
    k, story = next((k, s) for k, s in enumerate(page.stories) if _plain(s.headline) == "一碗热饭里的民生温度")
    assert _plain(story.kicker) == "团结镇玉泉社区：家门口的幸福"
    assert story.deck is None
    assert _plain(story.byline) == "本报记者郑凯文/图"
    captions = [c for c in page.captions if "志愿者为老人打饭" in c.text]
    assert [_plain(c.text) for c in captions] == ["图为团结镇玉泉社区志愿者为老人打饭。本报记者杜亮摄"]
    assert captions[0].story == k
