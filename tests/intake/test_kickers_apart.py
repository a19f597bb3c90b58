"""A kicker does not run into the heading line under it nor into the paragraph over it, in the text a
PDF's extraction gives (pdfium, pdftotext -raw): column lines written by hand, measure 13."""
from __future__ import annotations

from layout_app.intake.unpdf import join_column_lines, visual_lines


def _joined(lines: list[str]) -> list[str]:
    # -raw's pieces put back into column lines, then the column lines into paragraphs (as unpdf does)
    return [x for x in join_column_lines(visual_lines(lines, 13), 13) if x]


def test_a_kicker_its_marks_squeezed_to_a_column_does_not_run_into_a_short_headline_over_a_byline():
    # '新华镇：无人机植保、智能收割' is 14 characters: a justified column line holds it only with its two
    # marks set half wide. But the line under it is short, ends no sentence and stands over a byline: a
    # paragraph never ends so — the two lines are a kicker and its headline
    out = _joined(["新华镇，农户忙着分拣玉米。", "新华镇：无人机植保、智能收割", "丰收映笑颜", "本报记者 赵德明 钟秀兰",
                   "走进新华镇东门菜场，干", "净整洁，秩序井然。过去靠肩"])
    assert "新华镇：无人机植保、智能收割" in out
    assert "丰收映笑颜" in out


def test_a_kicker_pdftotext_raw_cut_after_its_marks_does_not_run_into_its_headline():
    # -raw cuts the kicker after its colon and comma; its last piece ends on a word, short of the column
    # (no paragraph's line but its last, which ends a sentence): the headline under it is a line of its own
    out = _joined(["建了29公里步道，栽种树木", "38余株。", "建设街道团结村：你争我抢，", "场边喝彩声不断",
                   "建设街道团结村乒乓球赛热力开打", "——建设街道团结村乒乓球赛见闻"])
    assert "建设街道团结村：你争我抢，场边喝彩声不断" in out
    assert "建设街道团结村乒乓球赛热力开打" in out


def test_a_kickers_first_piece_is_not_the_rest_of_the_paragraphs_last_line_above_it():
    # '丰收镇：你争我抢，' would fit the column line after '看到。' — but the piece after it stops short on
    # a word over a heading line: a kicker's pieces, not running text (which goes on in full lines)
    out = _joined(["搬到线上，通过直播让更多人", "看到。", "丰收镇：", "你争我抢，", "场边喝彩声不断", "丰收镇：",
                   "跑出精气神 赛出好风采", "——记队长田婷"])
    assert "搬到线上，通过直播让更多人看到。" in out
    assert "丰收镇：你争我抢，场边喝彩声不断" in out


def test_a_question_after_a_places_label_ends_a_kicker():
    # '太平镇：' / '放学后，' / '孩子们去哪儿了？': the kicker asks its question after the place's label
    out = _joined(["小区的雨污分流，惠及住户", "2554余户。", "太平镇：", "放学后，", "孩子们去哪儿了？",
                   "合唱团让孩子们乐在其中", "“以前孩子放学没人接，"])
    assert "太平镇：放学后，孩子们去哪儿了？" in out
    # (running text after a sentence's end goes on: a piece that fits the line above is its rest)
    out = _joined(["小区的雨污分流，惠及住户", "2554余户。", "据了解，", "居民们纷纷点赞，说这是实事。"])
    assert out == ["小区的雨污分流，惠及住户2554余户。据了解，居民们纷纷点赞，说这是实事。"]


def test_a_kicker_line_put_back_from_its_pieces_does_not_run_into_the_heading_under_it():
    # '金秋十月,猕猴桃压弯枝头' (12 in 13): neither a full line nor an indented first line, and it stops on
    # a word — no running text goes on from it into '金秋好'
    out = _joined(["晚上卖出1801单。", "金秋十月,", "猕猴桃压弯枝头", "金秋好", "“丰”", "景 城北乡:"])
    assert "金秋十月,猕猴桃压弯枝头" in out
    # (an indented first line runs on into a full one with no mark, and a first line broken before a
    # number that did not fit)
    out = _joined(["近日，枫林村供电所设立", "便民服务站方便居民就近办理", "业务。"])
    assert out == ["近日，枫林村供电所设立便民服务站方便居民就近办理业务。"]
    out = _joined(["据介绍，育才中学自", "2022年起将书法课堂纳入校", "本课程。"])
    assert out == ["据介绍，育才中学自2022年起将书法课堂纳入校本课程。"]


def test_a_paragraphs_first_line_and_a_full_line_still_run_on():
    # a paragraph's first line (indented, its width with Latin a guess) over a full line ending on a word:
    # running text, whatever the line under it looks like
    out = _joined(["据了解，戴上 VR 眼镜，", "孩子们仿佛走进了太空舱，一", "个个看得目不转睛。说起劳动", "课，谢奶奶笑得合不拢嘴。"])
    assert out == ["据了解，戴上 VR 眼镜，孩子们仿佛走进了太空舱，一个个看得目不转睛。说起劳动课，谢奶奶笑得合不拢嘴。"]


def test_a_kicker_piece_and_its_rest_wider_than_a_column_together_are_no_column_line():
    # '秋收时节，' and '马鞍街道的田野里一片金黄' fill no column line together (17 characters in 13), and
    # the piece alone is no line of running text: a kicker wider than a column, over its headline — not
    # the rest of the paragraph above, nor running into the headline
    out = _joined(["将把这件实事办好办实，群众", "满意度不断提升。", "秋收时节，", "马鞍街道的田野里一片金黄", "大棚蔬菜喜获丰收",
                   "——马鞍街道大棚蔬菜见闻"])
    assert out == ["将把这件实事办好办实，群众满意度不断提升。", "秋收时节，马鞍街道的田野里一片金黄", "大棚蔬菜喜获丰收",
                   "——马鞍街道大棚蔬菜见闻"]
