"""Heading lines at the top of a page of text taken out of a PDF, and a heading line pdftotext -raw cut
after its pause (intake.pausecuts, headpairs._page_top, headings.four_line_headings, BANNER_THEME).
Every snippet and every expected text is written by hand in the shapes pypdfium2 and pdftotext -raw
give for a page set in 13-character columns."""
from __future__ import annotations

from layout_app.intake.headings import BANNER_THEME, four_line_headings
from layout_app.intake.headpairs import three_line_headings
from layout_app.intake.pausecuts import pause_pieces

ABOVE = "社区还将在2个村推广这一做法。"          # the last paragraph of the story above
CREDITS = "本版编辑 唐志刚"
BYLINE = "本报记者 赵建军"
TEXT = "近日，三元街道牛角村的增绿行动正式投入使用。"


def test_a_kickers_piece_cut_after_its_pause_goes_on_in_the_line_under_it():
    lines = [ABOVE, "无人机植保、", "智能收割 走进仁和街道", "机器换人 柑橘收割提速", "——仁和街道柑橘见闻", BYLINE]
    assert pause_pieces(lines, 13) == [ABOVE, "无人机植保、智能收割 走进仁和街道", "机器换人 柑橘收割提速",
                                       "——仁和街道柑橘见闻", BYLINE]
    # under a caption, or a heading line, too; and after a comma
    lines = ["康乐镇的村民正在晾晒柑橘。", "秋收时节，", "马鞍街道的田野里一片金黄", "大棚蔬菜喜获丰收", BYLINE]
    assert pause_pieces(lines, 13)[1] == "秋收时节，马鞍街道的田野里一片金黄"


def test_running_text_ending_on_a_pause_or_a_piece_over_no_heading_line_stays():
    # a full column line of running text ends on a pause and runs on; a paragraph going on above a
    # piece; a piece over a deck, a byline or a paragraph's line
    for lines in ([ABOVE, "区农业农村局组织代收、代烘、", "代储“一条龙”服务。"],
                  [ABOVE, "区农业农村局为农户提供代收、", "代烘代储等一条龙服务并组织", "了45支服务队。"],
                  ["区农业农村局组织了45支服务队，为", "农户、", "智能收割 走进仁和街道", BYLINE],
                  [ABOVE, "无人机植保、", "——仁和街道柑橘见闻", BYLINE],
                  [ABOVE, "无人机植保、", BYLINE, TEXT],
                  [ABOVE, "无人机植保、", TEXT]):
        assert pause_pieces(lines, 13) == lines, lines


def test_three_heading_lines_opening_the_page_are_the_banner_over_a_kicker_and_a_headline():
    # under the page's credits only: the first line is the page banner, no kicker over a headline in two
    # lines (a story's heading holds kicker, headline, deck: no fourth line over them)
    lines = [CREDITS, "让群众的日子越过越红火", "人居环境整治进行时", "昔日臭水沟 今朝景观带", BYLINE, TEXT]
    assert three_line_headings(lines) == lines
    assert three_line_headings(lines[1:]) == lines[1:]
    # under a story's text the same three lines are a kicker over a headline in two lines
    assert three_line_headings([ABOVE] + lines[1:]) == [ABOVE, "让群众的日子越过越红火", "人居环境整治进行时 昔日臭水沟 今朝景观带",
                                                        BYLINE, TEXT]


def test_at_the_pages_top_a_line_opening_on_the_rest_of_the_phrase_above_is_still_a_headlines_second():
    # '农村公交' / '开通 市民点赞': one phrase broken, so one headline wrapped under its kicker
    lines = [CREDITS, "打通城乡 “微循环”", "出行更方便了 农村公交", "开通 市民点赞", BYLINE, TEXT]
    assert three_line_headings(lines) == [CREDITS, "打通城乡 “微循环”", "出行更方便了 农村公交开通 市民点赞", BYLINE, TEXT]


def test_four_heading_lines_opening_the_page_are_the_banner_over_kicker_headline_and_deck():
    lines = [CREDITS, "让群众的日子越过越红火", "人居环境整治进行时", "昔日臭水沟 今朝景观带", "——三元街道牛角村增绿行动见闻",
             TEXT]
    assert four_line_headings(lines) == lines
    # under a story's text: a kicker, a headline in two lines, its deck
    # a kicker's shape on top (a column's label and colon) is no banner: its headline in two lines
    labelled = [CREDITS, "一线见闻：走进云溪村", "云溪村垃圾分类站开放8天", "青年点赞“有温度”", "——记站长冯宏伟", TEXT]
    assert four_line_headings(labelled) == [CREDITS, "一线见闻：走进云溪村", "云溪村垃圾分类站开放8天 青年点赞“有温度”",
                                            "——记站长冯宏伟", TEXT]
    assert four_line_headings([ABOVE] + lines[1:]) == [ABOVE, "让群众的日子越过越红火", "人居环境整治进行时 昔日臭水沟 今朝景观带",
                                                       "——三元街道牛角村增绿行动见闻", TEXT]


def test_a_banners_theme_is_two_phrases_of_five_to_eight_not_taking_the_reader_to_one_place():
    for theme in ("身边的变化 暖心的温度", "奋进新时代 建功新东城区", "民生实事看得见 幸福生活摸得着"):
        assert BANNER_THEME.match(theme), theme
    for kicker in ("稳就业 惠民生", "小课堂 大天地", "非遗传承在身边 走进仁和镇", "美丽乡村建设 走进太平街道", "城市更新进行时"):
        assert not BANNER_THEME.match(kicker), kicker


def test_a_page_opening_on_a_theme_over_a_headline_and_its_deck_has_the_theme_for_its_banner(tmp_path):
    from layout_app.intake.importer import import_copy

    text = "\n".join([
        CREDITS, "身边的变化 暖心的温度", "城北街道就业驿站人气旺", "——记主播郭雨轩", "主播郭雨轩直播推介农产品。",
        "本报记者 卢振华", "今年以来,城北街道把就", "业驿站作为民生实事来抓,把", "好事办到群众心坎上。区工商",
        "联用面试系统为顾客和企业“牵", "线”,全程不超过五分钟。", "据介绍，驿站每天开放到晚", "上九点，周末不休息。"])
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page = import_copy(path)[0].to_json()
    assert page["banner"]["headline"] == "身边的变化 暖心的温度"
    story = page["stories"][0]
    assert (story["kicker"], story["headline"], story["deck"]) == (None, "城北街道就业驿站人气旺", "——记主播郭雨轩")


def test_a_kickers_label_and_first_words_wider_than_a_column_go_on_in_the_piece_under_it():
    # '仁和街道红旗社区：' and '中午11点，' put back on one line are wider than a column: no running
    # text's line, so its pause goes on in the heading line under it
    lines = [ABOVE, "仁和街道红旗社区：中午11点，", "饭菜香飘满楼道", "仁和街道红旗社区颐养之家暖了老人心",
             "——仁和街道红旗社区颐养之家运营一周年见闻"]
    assert pause_pieces(lines, 13) == [ABOVE, "仁和街道红旗社区：中午11点，饭菜香飘满楼道", "仁和街道红旗社区颐养之家暖了老人心",
                                       "——仁和街道红旗社区颐养之家运营一周年见闻"]


def test_a_places_label_alone_over_a_kickers_words_with_a_pause_is_one_kicker_line():
    for words, head in (("无人机植保、智能收割", "猕猴桃喜获丰收 田野里的好“丰”景"),
                        ("解决“看病难、看病晚”", "中医馆为健康“加码”")):
        lines = [ABOVE, "永安街道五里社区：", words, head, BYLINE]
        assert pause_pieces(lines, 13) == [ABOVE, "永安街道五里社区：" + words, head, BYLINE], words
    # not over running text (a paragraph's line going on under it, or a sentence's end), nor after a
    # paragraph that goes on, nor a label with more than a place before its colon
    for lines in ([ABOVE, "永安街道五里社区：", "无人机植保、智能收割", TEXT],
                  [ABOVE, "永安街道五里社区：", "农户们说，今年收成好。", "猕猴桃喜获丰收", BYLINE],
                  ["区农业农村局组织了45支服务队，为", "永安街道五里社区：", "无人机植保、智能收割", "猕猴桃喜获丰收", BYLINE],
                  [ABOVE, "记者蹲点：", "无人机植保、智能收割", "猕猴桃喜获丰收", BYLINE]):
        assert pause_pieces(lines, 13) == lines, lines


def test_a_question_kicker_over_a_headline_in_two_lines_over_a_deck_in_figures():
    # four heading lines, the first a kicker asking its question, the last a deck opening on a figure
    # (its spaces closed up): the two between them are one headline
    lines = [ABOVE, "周末去哪儿？", "2300名选手同场竞技", "登山节开赛", "28支队伍参赛4165名观众到场加油", TEXT]
    assert four_line_headings(lines) == [ABOVE, "周末去哪儿？", "2300名选手同场竞技 登山节开赛", "28支队伍参赛4165名观众到场加油",
                                         TEXT]
    # a sentence's end that asks nothing is running text's: left alone
    lines[1] = "周末大家都去了。"
    assert four_line_headings(lines) == lines
