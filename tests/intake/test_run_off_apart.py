"""A story whose last column runs off mid-sentence where its rest was not found: the heading or the
caption pdfflows sets after it is not read on into that sentence. pdftotext's default text of the
varied generator's page 7131 ends a column '…候诊区里，护士耐心地' (its rest, '为居民讲解预约和缴费的',
looks like an indented first line) and the next story's kicker, headline and deck came to stand in
that paragraph ('…护士耐心地守护绿水青山护河志愿队“绿”了家园…'); on page 7076 a photo's caption and
credit did ('…种植面积达1618七星乡，丰收的大棚蔬菜装车外运。本报记者 薛婷 摄'). A sentence left open is
shown; a story's heading read as its neighbour's words is lost to the page editor."""

from tests.intake.imported import bare, printed


def test_the_next_storys_heading_is_not_read_into_a_sentence_left_open():
    page = printed("varied7131-pdftotext.txt")
    assert not any("守护绿水青山" in bare(p) or "“绿”了家园" in bare(p) for s in page.stories for p in s.paragraphs)
    river = next(s for s in page.stories if bare(s.kicker) == "守护绿水青山")
    assert bare(river.headline).startswith("护河志愿队“绿”了家园")
    assert bare(river.byline) == "本报记者钟秀兰通讯员余欣怡文/图"
    assert bare(river.paragraphs[0]).startswith("“环境好了，来我们村里玩的人也多了。”")


def test_a_caption_with_its_credit_is_not_read_into_a_sentence_left_open():
    page = printed("varied7076-pdftotext.txt")
    assert not any("装车外运" in bare(p) for s in page.stories for p in s.paragraphs)
    captions = [bare(c["text"]) for c in page.to_json()["captions"]]
    assert any(c.startswith("七星乡，丰收的大棚蔬菜装车外运。") for c in captions)
