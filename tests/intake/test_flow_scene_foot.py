"""A photo's caption poppler gives as the last line of a column's flow, under the column's last sentence
('…缩短了 49%。' / '城北乡社工陪老人聊天。'), or alone in its flow, is a caption where it shows someone at
work somewhere — a column's last sentence reports. Lines written out by hand, 12 characters a line."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, CAPTION, CREDIT
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _pieces, _scene_at_foot

COLUMN = ["  截至目前，公交线路已惠", "及乘客 2754 余人次。收费站", "新增了 52 条 ETC 车道，高", "峰时段通行时间缩短了 49%。"]


def test_a_scene_under_a_columns_last_sentence_is_a_caption():
    flow = COLUMN + ["城北乡社工陪老人聊天。"]
    classes = [BODY] * len(flow)
    _scene_at_foot(flow, classes)
    assert classes == [BODY] * 4 + [CAPTION]


def test_the_page_credits_may_follow_the_caption():
    flow = COLUMN + ["城北乡社工陪老人聊天。", "版式设计 韩敏"]
    classes = [BODY] * 5 + [CREDIT]
    _scene_at_foot(flow, classes)
    assert classes == [BODY] * 4 + [CAPTION, CREDIT]


def test_a_columns_last_sentence_that_reports_stays():
    # a sentence of its own on the column's last line, counting: the story's, no photo's
    flow = COLUMN + ["全年共完成改造 30 户。"]
    classes = [BODY] * len(flow)
    _scene_at_foot(flow, classes)
    assert classes == [BODY] * 5


def test_the_rest_of_a_sentence_stays():
    # the line above runs off: the line goes on its sentence, whatever it shows
    flow = ["  据了解，每到周末的下午，", "城北乡社工陪老人聊天。"]
    classes = [BODY, BODY]
    _scene_at_foot(flow, classes)
    assert classes == [BODY, BODY]


def test_a_scene_alone_in_its_flow_is_a_caption():
    flow = ["老人在中医馆候诊。"]
    classes = [BODY]
    _scene_at_foot(flow, classes)
    assert classes == [CAPTION]


def test_the_caption_leaves_the_columns_piece():
    lines = ["  入冬以来，永安街道西关", "社区的研学活动一刻没有停。", "学校每天在班级群里公布当", "天的活动安排。", "",
             "  截至目前，研学活动已惠", "及小学生 3525 余人次。每天", "下午放学后，研学活动准时", "开课。",
             "城南街道的老人排队体检。", ""]
    text = [l for l in lines if l]
    pieces = _pieces(lines, 12, _Seams(text))
    kinds = [(p.kind, p.lines[-1]) for p in pieces]
    assert (CAPTION, "城南街道的老人排队体检。") in kinds
    assert (BODY, "开课。") in kinds
