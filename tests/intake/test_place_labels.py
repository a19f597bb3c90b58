"""A place's label and its colon ('丰收街道玉泉村：', '新华镇大桥社区：') open a heading part, in pdftotext
-raw's text as in any: the line under a kicker that opens on one is the headline, not the kicker's second
half; the line after a sentence's end that opens on one is a kicker, not the paragraph's rest. The
varied generator's pages 7022 and 7059 as -raw gives them; the expected parts are written out from the
printed pages by hand."""
from pathlib import Path

from layout_app.intake.importer import import_copy

PRINTED = Path(__file__).parent / "printed"


def _plain(text: str | None) -> str:
    return "".join((text or "").split())


def _stories(name: str) -> dict:
    page, _ = import_copy(PRINTED / name)
    return {_plain(s.headline): s for s in page.stories}


def test_a_headline_that_repeats_its_kickers_place_label_is_its_own_part():
    stories = _stories("varied7022-pdftotext-raw.txt")
    road = stories["丰收街道玉泉村：出行更方便了"]
    assert _plain(road.kicker) == "丰收街道玉泉村：打通城乡“微循环”"
    assert _plain(road.byline) == "本报记者夏桂芳"
    assert _plain(road.paragraphs[0]).startswith("走进丰收街道玉泉村老街，人来人往，十分热闹。")


def test_a_kicker_opening_on_a_place_label_after_a_sentences_end_is_no_paragraphs_rest():
    stories = _stories("varied7059-pdftotext-raw.txt")
    meals = stories["老年助餐点开张了"]
    assert _plain(meals.kicker) == "新华镇大桥社区：中午11点，饭菜香飘满楼道"
    assert _plain(meals.paragraphs[0]).startswith("走进新华镇大桥社区小学门口，干净整洁，秩序井然。")
    assert len(meals.paragraphs) == 3
    show = stories["县剧团文艺汇演走进28个村"]
    assert _plain(show.paragraphs[2]).endswith("县剧团的文艺汇演在这里上演。")
    assert not any("新华镇大桥社区：" in p for s in stories.values() for p in s.paragraphs)
