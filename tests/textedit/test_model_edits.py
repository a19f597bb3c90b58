"""Text edits on the document (Qt-free): character runs and paragraph styles follow the text they
belong to; one-line fields stay one line; a master text's fields are single units. Expected values
are worked by hand from the strings."""
from layout_app.io.docfile import dumps_document, loads_document
from layout_app.model.styles import CharRun
from layout_app.model.textedit import (
    Target,
    field_spans,
    paragraphs,
    replace_range,
    step,
    text_between,
    with_char_style,
)
from tests.samples import DOC_YAML
from tests.styles.sheets import STYLED_YAML

BODY = Target("story", "s1", "body")


def styled():
    return loads_document(STYLED_YAML)


def test_typing_inside_and_at_the_end_of_a_run_grows_it_and_moves_the_runs_after():
    doc = styled()
    # paragraph 2: 本报讯（记者王晨）青石镇的图书角今天开放。 runs 本报讯 [0,3) （记者王晨） [3,9) 青石镇 [9,12) 图书角 [13,16)
    after, caret = replace_range(doc, BODY, (2, 3), (2, 3), "今日")       # at the end of 本报讯
    s = after.story("s1")
    assert s.body[2] == "本报讯今日（记者王晨）青石镇的图书角今天开放。"
    assert caret == (2, 5)
    runs = s.format(2).runs
    assert [(r.start, r.end, r.style) for r in runs] == [(0, 5, "strong"), (5, 11, "dots"), (11, 14, "pink"),
                                                         (15, 18, "kai")]
    assert s.format(2).style == "lead" and s.format(2).local == (("tracking", 0.1),)
    assert s.format(3).runs == (CharRun(0, 3, "strong"),)                 # another paragraph untouched


def test_deleting_a_run_whole_drops_it_and_a_partial_one_shrinks():
    doc = styled()
    after, caret = replace_range(doc, BODY, (2, 3), (2, 10), "")          # （记者王晨）青 gone
    s = after.story("s1")
    assert s.body[2] == "本报讯石镇的图书角今天开放。"
    assert caret == (2, 3)
    assert [(r.start, r.end, r.style) for r in s.format(2).runs] == [(0, 3, "strong"), (3, 5, "pink"), (6, 9, "kai")]


def test_enter_splits_a_paragraph_keeping_its_style_and_runs_on_each_side():
    doc = styled()
    after, caret = replace_range(doc, BODY, (3, 2), (3, 2), "\n")        # 第四|段正文。 (第四段 strong)
    s = after.story("s1")
    assert s.body[3:] == ("第四", "段正文。")
    assert caret == (4, 0)
    assert s.format(3).runs == (CharRun(0, 2, "strong"),)
    assert s.format(4).runs == (CharRun(0, 1, "strong"),)
    # the subhead and lead formats before it stay on their paragraphs
    assert s.format(1).style == "subhead" and s.format(2).style == "lead"


def test_backspace_at_a_paragraph_start_joins_it_to_the_one_before():
    doc = styled()
    after, caret = replace_range(doc, BODY, (2, len(doc.story("s1").body[2])), (3, 0), "")
    s = after.story("s1")
    assert len(s.body) == 3
    assert s.body[2] == "本报讯（记者王晨）青石镇的图书角今天开放。第四段正文。"
    assert caret == (2, 21)
    assert s.format(2).style == "lead"
    assert s.format(2).runs[-1] == CharRun(21, 24, "strong")          # 第四段 moved behind the join


def test_a_formatted_story_survives_saving_after_edits():
    doc = styled()
    after, _ = replace_range(doc, BODY, (0, 2), (0, 2), "\n新段")
    again = loads_document(dumps_document(after))
    assert again.story("s1") == after.story("s1")


def test_a_selection_across_paragraphs_takes_a_character_style():
    doc = styled()
    after = with_char_style(doc, BODY, (0, 3), (3, 2), "red")
    s = after.story("s1")
    assert s.format(0).runs == (CharRun(3, 6, "red"),)
    assert CharRun(0, 2, "red") in s.format(3).runs
    assert text_between(paragraphs(doc, BODY), (0, 3), (1, 2)) == "正文。\n第二"


def test_one_line_fields_take_no_paragraph_break():
    doc = loads_document(DOC_YAML)
    head = Target("story", "s1", "headline")
    after, caret = replace_range(doc, head, (0, 3), (0, 3), "新\n闻")
    assert after.story("s1").headline == "青石镇新闻：图书角里书香浓"
    assert caret == (0, 5)
    cap = Target("photo", "p1", "credit")
    after, _ = replace_range(doc, cap, (0, 0), (0, 4), "新华社")
    assert after.photo("p1").credit == "新华社 王晨 摄"


def test_a_master_field_is_one_step_and_deleted_whole():
    text = "第{page}版　{section}"
    assert field_spans(text) == [(1, 7), (9, 18)]
    paras = (text,)
    assert step(paras, (0, 1), 1, Target("master", "m", "t")) == (0, 7)   # over {page}
    assert step(paras, (0, 7), -1, Target("master", "m", "t")) == (0, 1)
    assert field_spans("{{page}}") == []                                   # literal braces


def test_word_stops_by_phrase_latin_word_and_paragraph():
    from layout_app.model.textedit import word_step
    paras = ("张三说：今天 OK了", "B")
    # hand-counted stops: 张三说|：|今天 |OK|了|  then the next paragraph
    pos, stops = (0, 0), []
    for _ in range(7):
        pos = word_step(paras, pos, 1)
        stops.append(pos)
    assert stops == [(0, 3), (0, 4), (0, 7), (0, 9), (0, 10), (1, 0), (1, 1)]
    assert word_step(paras, (1, 0), -1) == (0, 10)
    assert word_step(paras, (0, 9), -1) == (0, 7)
    assert word_step(paras, (0, 7), -1) == (0, 4)
    assert word_step(paras, (0, 0), -1) == (0, 0)
