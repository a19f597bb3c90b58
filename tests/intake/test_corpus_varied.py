"""The varied corpus (tests/corpus/varied.py): deterministic, in the shapes it promises, every page
valid for our layout, and its truth covers every character of the copy it makes. The shapes are the
ones real copy has and generator.py never makes (captions without 在, briefs with a dateline, 文/图
bylines, kickers with a comma, headlines of 13–19 characters or naming no place …); each is counted
over SEEDS pages, so a generator that stopped making one fails here."""
import re

import pytest

from tests.corpus import phrases, varied_phrases
from tests.corpus.arrival import arrival_text
from tests.corpus.cases import make_case
from tests.corpus.pdf_copy import export, extract
from tests.corpus.score import all_text, char_counts
from tests.corpus.varied import make_page

SEEDS = range(60)
PLACE = re.compile(r"[街镇乡村区县]|社区|街道")


@pytest.fixture(scope="module")
def pages():
    return [make_page(s) for s in SEEDS]


def test_the_same_seed_gives_the_same_page_and_another_seed_another():
    assert make_page(7) == make_page(7)
    assert arrival_text(make_page(7)) == arrival_text(make_page(7))
    assert make_page(7) != make_page(8)


def test_the_plain_style_is_unchanged_and_varied_is_named_apart(tmp_path):
    plain = make_case(3, "arrival", tmp_path)
    assert plain.name == "page0003-arrival" and make_case(3, "arrival", tmp_path, "plain") == plain
    other = make_case(3, "arrival", tmp_path, "varied")
    assert other.name == "varied0003-arrival" and other.text != plain.text


def test_its_words_are_not_the_plain_generators():
    assert not set(varied_phrases.PLACE_STEMS) & set(phrases.PLACE_STEMS)
    assert not set(varied_phrases.COUNTIES) & set(phrases.COUNTIES) - {"我县", "我区"}


@pytest.mark.parametrize("seed", SEEDS)
def test_the_truth_holds_every_character_of_the_copy(seed):
    page = make_page(seed)
    assert char_counts(arrival_text(page)) == char_counts(all_text(page.expected()))


def test_every_page_is_valid_for_the_layout(pages):
    counts = [len(p.stories) for p in pages]
    assert min(counts) >= 3 and max(counts) <= 10 and len(set(counts)) >= 5
    for p in pages:
        assert len({s.headline for s in p.stories}) == len(p.stories)        # headlines tell stories apart
        assert all(60 <= len(t) <= 120 for t in p.lead)
        captions = [c for s in p.stories for c in s.captions]
        assert len(set(captions)) == len(captions)
        for s in p.stories:
            assert 5 <= len(s.headline) <= 34, s.headline
            assert s.kicker is None or 4 <= len(s.kicker) <= 34, s.kicker
            assert s.deck is None or 6 <= len(s.deck) <= 34, s.deck
            assert 1 <= len(s.paragraphs) <= 6 and len(set(s.paragraphs)) == len(s.paragraphs)
            assert all(para[-1] in "。！？”" and len(para) >= 30 for para in s.paragraphs), s.paragraphs
            assert len(s.captions) <= 2 and all(c.endswith(("。", "摄", "摄）")) for c in s.captions)
            fields = [s.kicker, s.headline, s.deck, s.byline, *s.paragraphs, *s.captions]
            assert not any(f and ("\n" in f or "{" in f or "}" in f) for f in fields)   # no field left unfilled
            if s.byline:
                assert re.fullmatch(r"(本报)?(记者|通讯员) \S{2,3}( (通讯员|实习生))?( \S{2,3})*( 文/图)?", s.byline), s.byline


def test_each_caption_names_something_of_its_own_story(pages):
    for p in pages:
        for s in p.stories:
            text = "".join(filter(None, [s.kicker, s.headline, s.deck, *s.paragraphs]))
            for c in s.captions:
                assert any(c[i:i + 3] in text for i in range(len(c) - 2) if "，" not in c[i:i + 3]), c


def test_the_shapes_real_copy_has_occur(pages):
    stories = [s for p in pages for s in p.stories]
    captions = [c for s in stories for c in s.captions]
    paragraphs = [para for s in stories for para in s.paragraphs]
    share = lambda hits, whole: sum(hits) / len(whole)
    assert share(["在" not in c for c in captions], captions) > 0.5               # 志愿者为老人打饭。
    assert share([c.endswith(("摄", "摄）")) for c in captions], captions) > 0.05  # the photographer's credit
    assert any(c.startswith("图为") for c in captions)
    assert share([bool(s.kicker and "，" in s.kicker) for s in stories], stories) > 0.03   # 秋收时节，…
    assert share([bool(s.byline and s.byline.endswith("文/图")) for s in stories], stories) > 0.05
    assert any(s.byline and "实习生" in s.byline for s in stories)
    briefs = [s for s in stories if re.match(r"本报讯（(记者|通讯员) \S", s.paragraphs[0])]
    assert share([True for _ in briefs], stories) > 0.1
    assert any(s.byline is None and s.kicker is None and len(s.paragraphs) == 1 for s in briefs)
    lengths = [len(s.headline) for s in stories]
    for lo, hi in ((5, 12), (13, 19), (20, 34)):
        assert share([lo <= n <= hi for n in lengths], lengths) > 0.05, (lo, hi)
    assert share([not PLACE.search(s.headline) for s in stories], stories) > 0.3        # headlines that name no place
    assert any(" " in s.headline and "：" in s.headline for s in stories)
    assert any(s.deck and s.deck.startswith("——") for s in stories)
    assert any(s.deck and not s.deck.startswith("——") for s in stories)
    assert share([para.endswith("”") for para in paragraphs], paragraphs) > 0.1      # a quote ends the paragraph
    assert share([para.startswith("“") for para in paragraphs], paragraphs) > 0.05   # …or opens it
    assert any(re.search(r"\d{1,2}:\d\d至\d{1,2}:\d\d", para) for para in paragraphs)
    assert any("……" in para for para in paragraphs)
    assert any(re.search(r"\d+(\.\d)?%", para) for para in paragraphs)
    assert any(re.search(r"CT|ETC|VR|AI|APP", para) for para in paragraphs)
    assert len({s.headline for s in stories}) > 0.75 * len(stories)                  # not a few headlines over again
    assert {p.banner is None for p in pages} == {True, False}
    assert any(p.banner and not p.banner["deck"] for p in pages)
    assert any("文/图" not in c and c.startswith("本版图片由") for p in pages for c in p.credits)


def test_a_varied_page_laid_out_and_extracted_holds_its_truth(tmp_path):
    spec = make_page(9)
    pdf, kept = export(spec, tmp_path)
    assert len(kept.stories) == len(spec.stories)             # the layout has room for the page it made
    assert char_counts(extract(pdf, "pdftotext-raw")) == char_counts(all_text(kept.expected()))
