"""A caption that says where its person stands in the photo (赵一鸣（中）, 哈里斯（右）, （前排左二）) is a
caption, though a date opens it: review26's round trip (pdftotext -raw, pypdfium2) left '11 月 29 日，江州
城建队队长赵一鸣（中）主罚点球命中后与队友庆祝。' as the lead story's last paragraph. Running text names
people without pointing. Lines and expectations written by hand (a 13-character column)."""
from __future__ import annotations

from tests.intake.imported import bare as _bare
from tests.intake.imported import import_text as _import
from tests.intake.match_report import MATCH_REPORT

PAGE = MATCH_REPORT + "{caption}\n"
CAPTION = "11 月 29 日，江州城建队队长赵一鸣（中）主罚点球命中后与队友庆祝。"


def test_a_sentence_pointing_at_its_person_in_the_photo_is_a_caption(tmp_path):
    page = _import(tmp_path, PAGE.format(caption=CAPTION))
    story = next(s for s in page.stories if s.headline == "城建队主场逆转取胜")
    assert len(story.paragraphs) == 2
    assert [_bare(c.text) for c in page.captions] == [_bare(CAPTION)]


def test_the_same_sentence_without_pointing_stays_a_paragraph(tmp_path):
    # a dated sentence at the story's foot with no one placed in a picture: running text, as before
    text = PAGE.format(caption=CAPTION.replace("（中）", ""))
    page = _import(tmp_path, text)
    story = next(s for s in page.stories if s.headline == "城建队主场逆转取胜")
    assert len(story.paragraphs) == 3 and not page.captions


def test_a_pointing_sentence_with_a_quote_stays_running_text(tmp_path):
    text = PAGE.format(caption="赛后，赵一鸣（中）称这是本赛季“最好的一场比赛”。")
    page = _import(tmp_path, text)
    assert not page.captions
