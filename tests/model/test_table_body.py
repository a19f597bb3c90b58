"""A story's table (schema 9: one paragraph, rows apart by line breaks) edited in the Stories panel's
field of one paragraph per line: its rows, shown a line each, stay one table paragraph when another
paragraph is edited — they were set as paragraphs of their rows."""
from layout_app.model.story import Story
from layout_app.model.styles import ParaFormat
from tests.sports_copy import STANDINGS


def test_an_edit_beside_a_table_keeps_it_one_table():
    story = Story("s1", "海港队3∶1逆转江城队", body=("本报讯 第一段。", STANDINGS, "最后一段。"),
                  formats=(ParaFormat(1, "table"),))
    shown = "\n".join(story.body).split("\n")
    shown[0] = "本报讯 第一段，改过了。"
    body = story.body_from_lines(tuple(shown))
    assert body == ("本报讯 第一段，改过了。", STANDINGS, "最后一段。")
    assert story.with_body(body).format(1).style == "table"


def test_a_row_edited_is_no_table_any_more_but_keeps_every_word():
    story = Story("s1", "x", body=(STANDINGS,), formats=(ParaFormat(0, "table"),))
    shown = STANDINGS.split("\n")
    shown[2] = shown[2].replace("45", "46")
    assert story.body_from_lines(tuple(shown)) == tuple(shown)
