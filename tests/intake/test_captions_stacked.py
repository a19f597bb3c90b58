"""The captions of photos set one over the other at a story's foot, over the next story's heading, are
captions, not the story's last paragraph: pypdfium2's text of the varied generator's page 7056 gives
'…日均客流量达' / '3671 人次。' / '胜利乡求职者选购特产。' / '胜利乡的特色集市人头攒动。' / '同心街道大桥村
的护河志愿队。' and then the next story's kicker and headline. (Each caption alone is as wide as a
paragraph's one indented or full line: it is the run of them over a heading that tells.)"""

from tests.intake.imported import printed

PAGE = "varied7056-pdfium.txt"


def test_two_captions_over_another_at_a_storys_foot_are_its_photos_captions():
    page = printed(PAGE)
    market = next(s for s in page.stories if "".join(s.headline.split()) == "胜利乡：特色集市带旺烟火气")
    text = "".join(market.paragraphs)
    assert "".join(market.paragraphs[-1].split()).endswith("日均客流量达3671人次。")
    assert "选购特产" not in text and "人头攒动" not in text
    captions = {"".join(c["text"].split()): c.get("story") for c in page.to_json()["captions"]}
    at = page.stories.index(market)
    assert captions["胜利乡求职者选购特产。"] == at
    assert captions["胜利乡的特色集市人头攒动。"] == at
