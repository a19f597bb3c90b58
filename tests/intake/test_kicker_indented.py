"""A kicker with a comma as wide as an indented first line over its short headline (unpdf.join_column_lines):
running text stops short only on a sentence's end. Lines written by hand, measure 13."""
from __future__ import annotations

from layout_app.intake.unpdf import join_column_lines


def test_a_kicker_as_wide_as_an_indented_line_over_a_short_headline_and_its_caption():
    # '金秋十月，稻穗压弯枝头' fills an indented first line and has a comma, but the line under it stops
    # short on a word over a photo's caption: no paragraph ends so — a kicker over its headline
    lines = ["老人们在这里下棋、读报。", "金秋十月，稻穗压弯枝头", "水稻喜获丰收", "收割机在青石镇柳溪村的田里收割水稻。",
             "近日，青石镇柳溪村的水稻", "迎来收获季。"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out[:4] == ["老人们在这里下棋、读报。", "金秋十月，稻穗压弯枝头", "水稻喜获丰收", "收割机在青石镇柳溪村的田里收割水稻。"]


def test_a_first_line_going_on_in_a_line_a_number_broke_short_stays_running_text():
    # '…老' / '年活动中心…' is one word across the seam, and the line stops short before the clock that
    # did not fit: the paragraph goes on
    lines = ["据了解，为方便老人，老", "年活动中心开放时间为每天", "18:00至21:00。"]
    assert [x for x in join_column_lines(lines, 13) if x] == ["据了解，为方便老人，老年活动中心开放时间为每天18:00至21:00。"]
    # each alone tells: the word across the seam ('老' / '年'), over a short sentence
    lines = ["据了解，为方便老人，老", "年活动中心开放时间为每晚", "七点至九点正常开放。"]
    assert [x for x in join_column_lines(lines, 13) if x] == ["据了解，为方便老人，老年活动中心开放时间为每晚七点至九点正常开放。"]
    # …or the clock the line stopped short before, no word across ('中心' / '开放')
    lines = ["据了解，为方便老人，中心", "开放时间定为每天", "18:00至21:00。"]
    assert [x for x in join_column_lines(lines, 13) if x] == ["据了解，为方便老人，中心开放时间定为每天18:00至21:00。"]


def test_a_full_line_going_on_into_a_heading_line_over_an_indented_first_line_is_a_kicker():
    # '…负担。' ends a paragraph on a full line; the full line under it, a place and its colon, would go
    # on into '3393 亩荒地变身植树造林' — a line ending no sentence right over an indented first line that
    # goes on ('“这片林子是我们一棵一'): a heading, so the line over it is no running text either
    lines = ["开张的农贸市场实行“免租三", "个月”，减轻了求职者的负担。", "石桥镇柳溪村：美丽乡村建设", "3393亩荒地变身植树造林",
             "“这片林子是我们一棵一", "棵种起来的。”家住石桥镇柳", "溪村的夏老伯说。"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out == ["开张的农贸市场实行“免租三个月”，减轻了求职者的负担。", "石桥镇柳溪村：美丽乡村建设", "3393亩荒地变身植树造林",
                   "“这片林子是我们一棵一棵种起来的。”家住石桥镇柳溪村的夏老伯说。"]


def test_a_headline_as_wide_as_an_indented_line_over_its_caption_and_the_storys_first_line():
    # '龙舟赛点燃端午节日激情' (no mark, an indented line's width) over one sentence with no pause filling the
    # column, over an indented first line that goes on: a headline over its photo's caption — no
    # sentence of two column lines runs without a pause
    lines = ["学习合唱。", "龙舟赛点燃端午节日激情", "龙舟赛吸引了众多市民观看。", "“下了班来划一场船，一",
             "天的累都没了。”家住柳溪村"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out[1:3] == ["龙舟赛点燃端午节日激情", "龙舟赛吸引了众多市民观看。"]
    # a first line with a pause goes on as before
    lines = ["学习合唱。", "据了解，这次龙舟赛吸引了", "众多市民和游客到场观看。", "“下了班来划一场船，一",
             "天的累都没了。”家住柳溪村"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out[1] == "据了解，这次龙舟赛吸引了众多市民和游客到场观看。"
    # …a headline closing on a quoted term ('…“起早排队”': no sentence's end) too
    lines = ["学习合唱。", "看病不用再“起早排队”", "居民在家庭医生工作室候诊。", "近日，柳溪村的家庭医生",
             "工作室正式投入使用。"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out[1:3] == ["看病不用再“起早排队”", "居民在家庭医生工作室候诊。"]


def test_a_kickers_piece_one_character_wider_than_the_column_is_no_column_line():
    # pdftotext -raw cut the kicker after its comma; its rest, fourteen characters of Chinese with no
    # mark, is wider than any column line: the comma's piece is no stub of the paragraph above
    from layout_app.intake.kickerlines import kicker_cut
    from layout_app.intake.unpdf import visual_lines

    lines = ["天傍晚都来散步。", "秋收时节,", "青石镇柳溪村的田野里一片金黄", "金秋好", "“丰”", "景"]
    assert kicker_cut(lines, 1, 13)
    assert visual_lines(lines, 13)[:3] == ["天傍晚都来散步。", "秋收时节,", "青石镇柳溪村的田野里一片金黄"]
    # a full column line under the comma's piece is the paragraph's: the piece goes back on the line above
    assert not kicker_cut(["天傍晚都来散步。", "秋收时节,", "青石镇柳溪村的田野里一片", "金黄。"], 1, 13)


def test_a_kicker_over_a_headline_whose_quoted_term_raw_cut_off_over_its_caption():
    # '中午 11 点，饭菜香飘满楼道' (put back from -raw's pieces) over '让老人吃上' / '“放心饭”' (the headline -raw
    # cut at its quote) over the photo's caption: the line stopping short on a word is the headline
    lines = ["按钮就到楼下了。”", "中午11点，饭菜香飘满楼道", "让老人吃上", "“放心饭”", "志愿者袁淑珍为老人理发。"]
    out = [x for x in join_column_lines(lines, 13) if x]
    assert out[1:3] == ["中午11点，饭菜香飘满楼道", "让老人吃上"]
