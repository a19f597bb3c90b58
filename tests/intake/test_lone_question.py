"""A question set alone in its flow of pdftotext's default text is a kicker, not a column's line
(flowshapes._lone_question, asked by pdfflows' pieces). Hand-written flows; the answer is a page
editor's: a column's one line alone in its flow is the rest of a paragraph pushed over — it fills
the line or ends the paragraph — and a short question set alone is a heading's hook."""
from layout_app.intake.flowshapes import _lone_question
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _pieces

_TEXT = """据介绍，明年胜利街道还
将在 51 个村（社区）推广这
一做法。签约市民可以通过手
机 APP 预约上门服务，常见
病不出社区就能看好。

放学后，孩子们去哪儿了？

实验小学的书法课堂“火”了
“先画样子，再一点点往
下刻……”杜大爷说。为了让
家长放心，学校每天都在班级
群里发照片。"""


def _kinds(text, measure=13):
    lines = text.splitlines()
    pieces = _pieces(lines, measure, _Seams([l for l in lines if l.strip()]))
    return {p.lines[0]: p.kind for p in pieces}


def test_a_question_alone_in_its_flow_is_a_heading_line():
    assert _kinds(_TEXT)["放学后，孩子们去哪儿了？"] == "head"


def test_a_short_question_alone_is_one_too():
    assert _lone_question("周末去哪儿？", 13)


def test_a_full_line_ending_a_paragraph_on_a_question_is_a_columns():
    # as wide as the column: the rest of a paragraph pushed over into the next column
    assert not _lone_question("这样的智慧停车场，谁不喜欢？", 14)
    text = _TEXT.replace("放学后，孩子们去哪儿了？", "这样的变化，群众哪能不喜欢？")
    assert _kinds(text)["这样的变化，群众哪能不喜欢？"] == "body"


def test_two_sentences_or_a_quote_are_no_kicker():
    assert not _lone_question("活动好不好？大家说了算？", 13)
    assert not _lone_question("“谁不喜欢？", 13)
    assert not _lone_question("谁说不是呢。", 13)


def test_the_rest_of_a_sentence_the_flow_before_runs_off_in_is_a_columns():
    # '…这样的夜巡队，谁' / '不喜欢？': the column poppler gives right before runs off mid-sentence
    text = _TEXT.replace("病不出社区就能看好。", "病不出社区。这样的服务，谁").replace("放学后，孩子们去哪儿了？", "不喜欢？")
    assert _kinds(text)["不喜欢？"] == "body"
    assert not _lone_question("不喜欢？", 13, ["居民们纷纷点赞。这样的夜巡队，谁", "责任编辑 张华"])
    assert _lone_question("不喜欢？", 13, ["居民们纷纷点赞。", "责任编辑 张华"])
