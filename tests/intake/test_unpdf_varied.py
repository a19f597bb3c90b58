"""intake.unpdf on the shapes of a varied page in pypdfium2's text: one column line a line (13 characters,
no indents, no blank lines), bylines in two lines, briefs with their dateline, quotes with their speaker
on the line under them, kickers with a comma. The snippets and what they must become are written by hand
in the shapes the extractor gives (not taken from the program's output)."""
from __future__ import annotations

from layout_app.intake.partsapart import bylines_joined
from layout_app.intake.unpdf import join_column_lines, unpdf

END = ["据介绍，镇里还将在五个村", "推广这一做法。"]
END_P = "据介绍，镇里还将在五个村推广这一做法。"


def test_a_byline_in_two_lines_is_one_byline():
    lines = ["“双减”之下 编程课有声有色", "本报记者 陈淑珍", "实习生 阎志刚",
             "8 月 8 日，记者来到同心", "乡牛角社区，只见几位老人正", "坐在树下聊天。"]
    assert unpdf(lines, measure=13, flows=False) == [
        "“双减”之下 编程课有声有色", "本报记者 陈淑珍 实习生 阎志刚",
        "8月8日，记者来到同心乡牛角社区，只见几位老人正坐在树下聊天。"]


def test_bylines_joined_takes_a_second_label_and_the_photos_mark_but_no_photo_credit():
    assert bylines_joined(["本报记者 许丽娟", "通讯员 贾晓燕 文/图"]) == ["本报记者 许丽娟 通讯员 贾晓燕 文/图"]
    # a photo's credit under the byline is no part of it; two reporters' lines of one label are two
    # stories' bylines
    assert bylines_joined(["本报记者 许丽娟", "通讯员 贾晓燕 摄"]) == ["本报记者 许丽娟", "通讯员 贾晓燕 摄"]
    assert bylines_joined(["通讯员 宋凯", "通讯员 贾晓燕"]) == ["通讯员 宋凯", "通讯员 贾晓燕"]


def test_a_briefs_dateline_cut_inside_its_bracket_goes_on():
    # the bracket of the reporters closes on the next column line, which has a space and no comma
    # (a heading's shape): the dateline is the brief's first line all the same, not a heading
    lines = END + ["北塘街道朝阳社区：特色集市“火”了", "本报讯（记者 许晓燕 通", "讯员 许红梅）走进北塘街道",
                   "朝阳社区新村，人来人往，十", "分热闹。"]
    assert join_column_lines(lines, 13) == [
        END_P, "北塘街道朝阳社区：特色集市“火”了",
        "本报讯（记者 许晓燕 通讯员 许红梅）走进北塘街道朝阳社区新村，人来人往，十分热闹。"]


def test_the_speaker_under_a_quote_ends_its_paragraph():
    lines = ["据了解，长者食堂开办一", "年来，日均接待老人几十人。", "“在这里还能和老姐妹们聊聊",
             "天，比一个人在家强多了。”", "站长董振华笑着说。", "此外，食堂还为行动不便", "的老人提供上门送餐服务。"]
    assert join_column_lines(lines, 13) == [
        "据了解，长者食堂开办一年来，日均接待老人几十人。“在这里还能和老姐妹们聊聊天，比一个人在家强多了。”"
        "站长董振华笑着说。",
        "此外，食堂还为行动不便的老人提供上门送餐服务。"]


def test_the_speaker_under_a_quote_ending_in_dots_and_text_after_it():
    lines = ["记者了解到，学校还建起了", "书法工作室。“先画样子，再", "一点点往下刻……”", "何阿姨说。这条路全长3公里。"]
    assert join_column_lines(lines, 13) == ["记者了解到，学校还建起了书法工作室。“先画样子，再一点点往下刻……”"
                                            "何阿姨说。这条路全长3公里。"]


def test_a_line_going_on_past_its_quotes_sentence_end_is_no_heading_cut_at_a_quote():
    lines = ["天更蓝了 水更清了", "——镇河长办推进垃圾分类见闻", "“这片林子是我们一棵一", "棵种起来的。”家住华山街道",
             "康乐村的夏大妈今年 68 岁，", "一边比画一边告诉记者。"] + END
    assert unpdf(lines, measure=13, flows=False) == [
        "天更蓝了 水更清了", "——镇河长办推进垃圾分类见闻",
        "“这片林子是我们一棵一棵种起来的。”家住华山街道康乐村的夏大妈今年68岁，一边比画一边告诉记者。", END_P]


def test_a_line_broken_before_a_number_goes_on_after_a_quote():
    # '…今年' is a character short of the column: the number '89' did not fit; the line under it is a
    # full column line, which no heading stands over
    lines = ["“孩子晚上发烧，以前只", "能挂急诊等很久，现在下班后", "带来看，57 分钟就看完了。”", "家住前进街道的孙奶奶今年",
             "89 岁，说起夜间门诊，笑得", "合不拢嘴。"]
    assert join_column_lines(lines, 13) == [
        "“孩子晚上发烧，以前只能挂急诊等很久，现在下班后带来看，57 分钟就看完了。”家住前进街道的孙奶奶今年"
        "89 岁，说起夜间门诊，笑得合不拢嘴。"]


def test_a_sentence_opening_on_reporters_learnt_is_no_byline():
    # '记者了解到，…' under a caption-shaped line is running text, not the byline a headline stands over
    lines = ["“医生上门量血压、送药，", "我们老两口心里踏实多了。”", "家住西关镇的刘大爷今年 77", "岁，一边比画一边告诉记者。",
             "记者了解到，镇卫生院新添", "了设备。"]
    assert join_column_lines(lines, 13) == [
        "“医生上门量血压、送药，我们老两口心里踏实多了。”家住西关镇的刘大爷今年 77岁，一边比画一边告诉记者。",
        "记者了解到，镇卫生院新添了设备。"]


def test_a_kicker_with_a_comma_over_its_headline_and_byline_is_no_paragraph():
    lines = END + ["你争我抢，场边喝彩声不断", "新华镇广场舞大赛热力开打", "图为新华镇选手们奋力冲刺。", "记者 董立新",
                   "入冬以来，新华镇广场舞", "大赛的工作一刻没有停。"]
    out = [l for l in unpdf(lines, measure=13, flows=False) if l]
    assert out[:3] == [END_P, "你争我抢，场边喝彩声不断", "新华镇广场舞大赛热力开打"]
    assert "入冬以来，新华镇广场舞大赛的工作一刻没有停。" in out


def test_a_caption_ending_in_a_place_word_is_no_speaker():
    # '…巡查河道。' ends on 道 as a street or a river does: no verb of saying, no quote's speaker
    lines = ["说起油菜，钟老伯打开了话", "匣子：“种了一辈子地，没想", "到种地也能这么轻松。”", "村民苏淑芬巡查河道。",
             "天更蓝了 水更清了"]
    assert join_column_lines(lines, 13) == [
        "说起油菜，钟老伯打开了话匣子：“种了一辈子地，没想到种地也能这么轻松。”", "村民苏淑芬巡查河道。",
        "天更蓝了 水更清了"]


def test_a_caption_as_wide_as_the_column_under_a_paragraphs_end_is_no_paragraphs_line():
    # one sentence with no comma filling a line, after a sentence's end, over the next story's heading
    lines = ["据了解，沿岸新建了 53", "公里步道，栽种树木 2241 余", "株。“垃圾少了，我们扫起来", "也轻松了。”保洁员董晓燕说。",
             "城关小学的学生参加合唱团。", "“双减”落地见实效", "太平乡：合唱团解了家长的“急”"]
    out = join_column_lines(lines, 13)
    assert out[1:] == ["城关小学的学生参加合唱团。", "“双减”落地见实效", "太平乡：合唱团解了家长的“急”"]
    # …but a sentence with a comma is running text: it goes on in its paragraph
    lines[4] = "居民们纷纷点赞，连声叫好。"
    assert join_column_lines(lines, 13)[1:] == ["“双减”落地见实效", "太平乡：合唱团解了家长的“急”"]


def test_a_headline_over_its_photos_caption_and_byline_is_no_paragraphs_first_line():
    lines = END + ["日间照料中心“香”飘邻里", "老人们在日间照料中心下棋。", "本报记者 彭丽娟 文/图",
                   "走进马鞍街道五号楼，几", "位老人正坐在树下聊天。"]
    assert join_column_lines(lines, 13) == [END_P, "日间照料中心“香”飘邻里", "老人们在日间照料中心下棋。",
                                            "本报记者 彭丽娟 文/图", "走进马鞍街道五号楼，几位老人正坐在树下聊天。"]


def test_a_line_spread_to_the_full_measure_goes_on_after_an_indented_question():
    # '康 乐 乡 …' was spread by justification across the column: a full line, comma or not — so the
    # question above it (as wide as an indented first line) is its paragraph's first sentence
    lines = ["天更蓝了 水更清了", "本报记者 谢立新", "这样的变化是怎么来的？", "康 乐 乡 团 结 社 区 投 入 资 金",
             "2553 万元，实施旱厕改造，", "清淤、截污、绿化同步推进。"]
    assert unpdf(lines, measure=13, flows=False) == [
        "天更蓝了 水更清了", "本报记者 谢立新", "这样的变化是怎么来的？康乐乡团结社区投入资金2553万元，实施旱厕改造，清淤、截污、绿化同步推进。"]


def test_a_briefs_dateline_opens_a_paragraph_under_a_headline_with_a_colon_and_quote():
    # '：“' in a headline is a place and its quoted subject, not someone's words: the dateline under it
    # is the brief's first line all the same
    lines = END + ["沙坪街道：“村BA”打出精气神", "本报讯 近日，沙坪街道", "的登山节正式开幕。"]
    assert join_column_lines(lines, 13) == [END_P, "沙坪街道：“村BA”打出精气神", "本报讯 近日，沙坪街道的登山节正式开幕。"]


def test_a_kicker_with_a_comma_stands_apart_from_the_caption_and_story_before():
    from layout_app.intake.partsapart import parts_apart
    lines = [END_P, "居民在颐养之家吃午饭。", "西关乡同心社区：中午11点，饭菜香飘满楼道", "西关乡同心社区颐养之家暖了老人心",
             "本报记者 薛国庆", "近日，西关乡同心社区的颐养之家正式开张。"]
    assert parts_apart(lines) == [END_P, "", "", "居民在颐养之家吃午饭。", "", "", "西关乡同心社区：中午11点，饭菜香飘满楼道",
                                  "西关乡同心社区颐养之家暖了老人心", "本报记者 薛国庆", "近日，西关乡同心社区的颐养之家正式开张。"]
    assert parts_apart([END_P, "秋收时节，小麦村的稻田里一片金黄", "秋收正当时 丰收映笑颜", "本报记者 薛国庆"]) == [
        END_P, "", "", "秋收时节，小麦村的稻田里一片金黄", "秋收正当时 丰收映笑颜", "本报记者 薛国庆"]


def test_no_space_is_left_before_a_pause_or_stop():
    from layout_app.intake.unpdf import close_up
    # the damage put a space before a mark (full-width, or set half-width) inside Chinese text: no copy
    # has one there; a space between Latin words and their comma is not Chinese text
    assert close_up("一曲唱罢，台下掌声雷动 ，") == "一曲唱罢，台下掌声雷动，"
    assert close_up("小吃、百货 、手工艺品") == "小吃、百货、手工艺品"
    assert close_up("数据显示,中午 11 点 ,前进街道") == "数据显示,中午11点,前进街道"
    assert close_up("Hello , world") == "Hello , world"


def test_pdftotext_raw_cut_of_a_quote_opened_after_a_sentences_end_is_put_back():
    # pdftotext -raw cut the column line '日均接待老人 25 余人。“在' at its opening quote, set close
    lines = ["据了解，长者食堂开办一", "年来，累计服务 4706 人次，", "日均接待老人 25 余人。", "“在",
             "这里还能和老姐妹们聊聊天，", "比一个人在家吃饭强多了。", "”", "此外，食堂还为行动不便", "的老人提供上门送餐服务。"]
    assert unpdf(lines, measure=13, flows=False) == [
        "据了解，长者食堂开办一年来，累计服务4706人次，日均接待老人25余人。“在这里还能和老姐妹们聊聊天，比一个人在家吃饭强多了。”",
        "此外，食堂还为行动不便的老人提供上门送餐服务。"]


def test_a_photos_credit_in_brackets_on_its_own_line_goes_back_onto_its_caption():
    """pdftotext -raw gives a caption's bracketed credit a line of its own; alone it read as the
    kicker of the heading under it ('（宋红梅 摄）' / '小课堂 大天地 …')."""
    from layout_app.intake.partsapart import credits_to_captions
    lines = ["家长和孩子一起参加劳动课。", "（宋红梅 摄）", "小课堂 大天地 劳动课让孩子们乐在其中",
             "团结街道居民在新电梯前合影。 图为团结街道居民乘坐新装的电梯下楼。", "（卢凯 摄)", "楼道改造办到居民心坎上",
             "“有事找社区，一个电话就来人。”村民老孙说：“我们心里踏实多了。”", "（本报记者 周航 摄）", "（宋红梅）"]
    assert credits_to_captions(lines) == [
        "家长和孩子一起参加劳动课。（宋红梅 摄）", "小课堂 大天地 劳动课让孩子们乐在其中",
        "团结街道居民在新电梯前合影。 图为团结街道居民乘坐新装的电梯下楼。（卢凯 摄)", "楼道改造办到居民心坎上",
        # (after running text, a quote, it stays where it is; a name in brackets without 摄 is no credit)
        "“有事找社区，一个电话就来人。”村民老孙说：“我们心里踏实多了。”", "（本报记者 周航 摄）", "（宋红梅）"]
    # … in unpdf, before the joins: the caption stands apart with its credit, the heading keeps no kicker
    text = ["居民们纷纷点赞：“有事找社", "区，一个电话就来人。”", "家长和孩子一起参加劳动课。", "（宋红梅 摄）",
            "小课堂 大天地 劳动课让孩子们乐在其中", "记者 曾丽娟", "　　近日，城关小学的劳动课", "开课了，孩子们在操场上种菜。"]
    assert [l for l in unpdf(text, measure=13, flows=False) if l] == [
        "居民们纷纷点赞：“有事找社区，一个电话就来人。”", "家长和孩子一起参加劳动课。（宋红梅 摄）",
        "小课堂 大天地 劳动课让孩子们乐在其中", "记者 曾丽娟", "近日，城关小学的劳动课开课了，孩子们在操场上种菜。"]
