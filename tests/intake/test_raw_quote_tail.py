"""A quoted term's tail that pdftotext -raw cut off on a line of its own (the term set in its own face),
closing the quote the line above opened: it opens the next column line, so it takes that piece on
('…我市“非遗进校' / '园”' / '系列活动在实验小学启动。' — review26's 文体简讯 item was cut into two
paragraphs after 启动。). A tail that ends its quote's sentence ('好。”') stays as it is. Lines and
expectations written by hand (a 13-character column)."""
from __future__ import annotations

from layout_app.intake.rawpieces import visual_lines


def test_a_quoted_terms_tail_opens_the_next_column_line():
    lines = ["本报讯（记者 林书瑶）", "日前，我市“非遗进校", "园”", "系列活动在实验小学启动。", "江州剪纸等八个非遗项目的传"]
    assert visual_lines(lines, 13) == ["本报讯（记者 林书瑶）", "日前，我市“非遗进校", "园”系列活动在实验小学启动。",
                                       "江州剪纸等八个非遗项目的传"]


def test_a_tail_ending_its_sentence_stays():
    lines = ["他说：“这样的活动真", "好。”", "本学期将走进各校。"]
    assert visual_lines(lines, 13) == lines
