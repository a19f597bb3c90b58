"""intake.quotecut through unpdf: a quote pdftotext -raw cut off the column line it opens on, after a
sentence's stop, put back on that line — or left to open a new paragraph. Snippets in the shape -raw
gives our 13-character columns (no indents; a cut before an opening quote and after a closing one),
written by hand: a new paragraph's first line is indented two characters, so its quote's line holds 11."""
from __future__ import annotations

from layout_app.intake.quotecut import rest_of_line
from layout_app.intake.unpdf import unpdf


def _unpdf(lines: list[str]) -> list[str]:
    return unpdf(lines, measure=13, flows=False)


def test_the_quotes_piece_fills_the_column_with_the_stops_piece():
    # '点到下午 5 点。“孩子们不在' was one column line (13 characters): the quote goes on the paragraph
    lines = ["据了解，为方便老人，长", "者食堂开放时间为每天上午 9", "点到下午 5 点。", "“孩子们不在",
             "身边，社区就是我们的家。", "”", "董振华笑着说。"]
    assert _unpdf(lines) == ["据了解，为方便老人，长者食堂开放时间为每天上午9点到下午5点。“孩子们不在身边，"
                             "社区就是我们的家。”董振华笑着说。"]


def test_a_stop_after_a_figure_alone_is_the_lines_first_piece():
    # '36.5%。“小时候在河里摸鱼' was one column line: the stop's piece holds no Chinese, only its figure
    lines = ["据了解，增绿行动实施以", "来，牛角街道的生活垃圾减量", "36.5%。", "“小时候在河里摸鱼", "的日子又回来了，",
             "”程振华说。"]
    assert _unpdf(lines) == ["据了解，增绿行动实施以来，牛角街道的生活垃圾减量36.5%。“小时候在河里摸鱼的日子又回来了，”程振华说。"]
    # a lone stop is no running text: nothing goes back on it
    assert not rest_of_line("。", ["“小时候在河里摸鱼", "的日子又回来了，"], 0, 13)


def test_a_quote_filling_an_indented_first_line_opens_a_paragraph():
    # '“在家门口上班，既能挣' holds 11: a new paragraph's first line under its indent, not the rest of
    # '…1015 单。' (the two would not make one column line of 13)
    lines = ["据了解，直播间开播以来，", "一晚上卖出 1015 单。", "“在家门口上班，既能挣",
             "钱又能照顾老人孩子。”曾建", "军说。"]
    assert _unpdf(lines) == ["据了解，直播间开播以来，一晚上卖出1015单。",
                             "“在家门口上班，既能挣钱又能照顾老人孩子。”曾建军说。"]


def test_a_stop_after_one_character_is_no_paragraphs_last_line():
    # '株。' and an indented first line of 11 would both make 13; compose never leaves one character
    # alone on a paragraph's last line (an orphan), so the two were one column line
    lines = ["据了解，沿岸新建了 53", "公里步道，栽种树木 2241 余", "株。", "“垃圾少了，我们扫起来",
             "也轻松了。", "”保洁员董晓燕说。"]
    assert _unpdf(lines) == ["据了解，沿岸新建了53公里步道，栽种树木2241余株。“垃圾少了，我们扫起来也轻松了。”"
                             "保洁员董晓燕说。"]
    # two characters before the stop: an indented first line of 11 under a paragraph's last line
    lines = ["数据显示，沿岸新建了步道", "和绿地，惠及十几个自然", "村落。", "“垃圾少了，我们扫起来",
             "也轻松了。", "”保洁员董晓燕说。"]
    assert _unpdf(lines) == ["数据显示，沿岸新建了步道和绿地，惠及十几个自然村落。",
                             "“垃圾少了，我们扫起来也轻松了。”保洁员董晓燕说。"]


def test_a_short_quote_with_its_speaker_under_it_was_the_rest_of_a_full_line():
    # '“明年还来！”' ends 7 characters into its line, yet its paragraph goes on with the speaker: no
    # first line stops short, so the line was '…哼了起来。“明年还来！”' (its marks set close)
    lines = ["记者了解到，一曲唱罢，", "台下掌声雷动，68 岁的傅大", "妈跟着哼了起来。", "“明年还来！", "”",
             "演员曾亮说。"]
    assert _unpdf(lines) == ["记者了解到，一曲唱罢，台下掌声雷动，68岁的傅大妈跟着哼了起来。“明年还来！”演员曾亮说。"]
    # a paragraph of the quote alone, a new one under it: no speaker, nothing says the line was full
    lines = lines[:3] + ["“明年还来！”", "据了解，活动结束后，村民", "们意犹未尽。"]
    assert _unpdf(lines) == ["记者了解到，一曲唱罢，台下掌声雷动，68岁的傅大妈跟着哼了起来。", "“明年还来！”",
                             "据了解，活动结束后，村民们意犹未尽。"]


def test_a_headline_opening_on_a_quote_stays_apart_from_the_paragraph_above():
    # ('设备。' and the headline would make 13 characters, as a column line's two pieces do)
    lines = ["候诊区里，护士耐心地为市", "民讲解预约和缴费的流程。", "据介绍，镇里新添了一批", "设备。",
             "“最后一公里”打通了", "——仁和镇红旗村公交线路见闻", "记者 阎卫国"]
    out = _unpdf(lines)
    assert "“最后一公里”打通了" in out and "据介绍，镇里新添了一批设备。" in out


def test_rest_of_line_asks_for_a_sentences_end_above_and_a_quote_opening_the_piece():
    assert rest_of_line("点到下午 5 点。", ["“孩子们不在", "身边，社区就是我们的家，"], 0, 13)
    assert not rest_of_line("点到下午 5 点，", ["“孩子们不在", "身边，社区就是我们的家，"], 0, 13)
    assert not rest_of_line("点到下午 5 点。", ["孩子们不在啊", "身边，社区就是我们的家，"], 0, 13)


def test_a_quote_cut_again_before_its_close_goes_back_whole():
    # '动安排和用餐情况。“先画样' was one column line; -raw gave the quote's rest on the next line, which
    # closes the quote (the pieces must not be glued to each other first and measured as one)
    lines = ["为了让家长放心，学校每", "天都在班级群里公布当天的活", "动安排和用餐情况。", "“先画样",
             "子，再一点点往下刻……”", "68 岁的谢奶奶说。"]
    assert _unpdf(lines) == ["为了让家长放心，学校每天都在班级群里公布当天的活动安排和用餐情况。“先画样子，再一点点往下刻……”"
                             "68岁的谢奶奶说。"]


def test_a_quote_cut_at_its_comma_fills_the_line_there():
    # '工和困难家庭。“政策好了，' fills 13; -raw cut after the comma too, and the next piece is the next line
    lines = ["数据显示，农贸市场共设", "摊位 52 个，优先安排下岗职", "工和困难家庭。", "“政策好了，",
             "我们干劲更足了。", "”潘奶奶说。"]
    assert _unpdf(lines) == ["数据显示，农贸市场共设摊位52个，优先安排下岗职工和困难家庭。“政策好了，我们干劲更足了。”"
                             "潘奶奶说。"]


def test_the_closing_quote_cut_off_the_stops_piece_counts_with_it():
    # '们踏实多了。”' (-raw gave the '”' a line of its own) and '“以前看病要' fill 13 together
    lines = ["据介绍，每周都有医生上门", "服务。“医生上门量血压，我", "们踏实多了。", "”", "“以前看病要",
             "跑很远，现在不用出门了。”", "王大妈说。"]
    assert _unpdf(lines) == ["据介绍，每周都有医生上门服务。“医生上门量血压，我们踏实多了。”“以前看病要跑很远，"
                             "现在不用出门了。”王大妈说。"]


def test_a_clocks_colon_is_narrow():
    # '末班车 21:30 收车。“路修好' fills the line: the colon of a time is set narrow, not as a full mark
    lines = ["数据显示，2 月 27 日起，", "镇规划所新开通的客运班线正", "式运行，首班车 6:30 发车，", "末班车 21:30 收车。",
             "“路修好", "了，收购商的车能开到地头", "了。", "”工程负责人汪立新说。"]
    assert _unpdf(lines) == ["数据显示，2月27日起，镇规划所新开通的客运班线正式运行，首班车6:30发车，末班车21:30收车。"
                             "“路修好了，收购商的车能开到地头了。”工程负责人汪立新说。"]


def test_a_kicker_cut_at_its_quotes_pause_is_one_line():
    from layout_app.intake.partsapart import heading_cuts
    lines = ["护士长萧立新为老人讲解用药知识。", "解决“看病难、", "看病晚” 走进牛角街道建设社区", "急救站开到“家门口”"]
    assert heading_cuts(lines) == ["护士长萧立新为老人讲解用药知识。", "解决“看病难、看病晚” 走进牛角街道建设社区",
                                   "急救站开到“家门口”"]
    # running text cut inside a quote goes on without a heading's space: left to the column lines
    lines = ["为解决上班族“看病难、", "看病晚”的问题，镇卫生院从", "3 月 18 日起开设急救站。"]
    assert heading_cuts(lines) == lines


def test_a_headline_closing_its_quote_under_a_paragraphs_end_stays_a_line():
    # '动能。' and '“便民服务站”护安宁' would make 13; a piece with its quote closed and no mark of
    # running text is a headline, whatever follows it
    lines = ["截至目前，金沙社区已排查整改", "隐患，为乡村振兴注入了新", "动能。", "“便民服务站”护安宁",
             "村民们纷纷点赞：“便民", "服务站有温度！”"]
    assert "“便民服务站”护安宁" in _unpdf(lines)


def test_a_quote_cut_at_its_comma_fills_the_column_set_close():
    # '就签了意向协议。“返乡创业，' is one column line of 13: '。“' set in an em and a half, the comma at
    # the line's end half-width; -raw cut it at the quote and at the commas
    lines = ["现场，顾客们拿着简历在", "各个展位前咨询，不少人当场", "就签了意向协议。", "“返乡创业，", "我觉得值，", "”",
             "70 岁的韩阿姨说，", "“ 政 策 好 了 ， 我 们 干 劲 更", "足了。", "”"]
    assert _unpdf(lines) == ["现场，顾客们拿着简历在各个展位前咨询，不少人当场就签了意向协议。“返乡创业，我觉得值，”"
                             "70岁的韩阿姨说，“政策好了，我们干劲更足了。”"]


def test_a_whole_quoted_sentence_set_close_after_a_stop_may_open_a_paragraph():
    # '9 岁。' and '“以后每年都要办下去。”' would fill 13 set close, but the quote alone is an indented
    # first line's worth too: a new paragraph (the speaker and the paragraph go on under it)
    lines = ["数据显示，这批场地是今", "年利用城市边角地新建的，免", "费向市民开放。比赛设男子", "组、女子组和少年组，选手年",
             "龄最大的 29 岁，最小的只有", "9 岁。", "“以后每年都要办下去。”", "队长杨秀兰笑着说。本次比赛",
             "共吸引了 20 支队伍参加，比", "赛持续三天。"]
    out = _unpdf(lines)
    assert out[0].endswith("只有9岁。") and out[1].startswith("“以后每年都要办下去。”队长杨秀兰笑着说。")


def test_a_whole_column_line_opening_on_a_quote_is_a_new_paragraphs_first_line():
    # pdfium gives column lines whole: '“一晚上能卖 4 多碗，' is a first line (indented, figures' widths
    # estimated), though set close with '字排开。' it would make 13 — no piece -raw cut goes on after it
    lines = ["每到傍晚，三号院的夜市", "就热闹起来，18:00 至 21:00，", "小吃、百货、手工艺品摊位一", "字排开。",
             "“一晚上能卖 4 多碗，", "比以前好多了。”宋欣怡笑着", "说。1 月 14 日，区人社局在", "丰收乡朝阳村举办夜市。"]
    out = _unpdf(lines)
    assert out[0].endswith("摊位一字排开。") and out[1].startswith("“一晚上能卖4多碗，比以前好多了。”")


def test_a_quote_cut_off_after_a_one_character_stop_fills_the_column_set_close():
    # '识。“医生上门量血压、送药，' is one column line of 13 ('。“' an em and a half, the comma at its end
    # half-width), though the quote's line goes on in no piece cut off it
    lines = ["据介绍，区疾控中心组织", "5 名医生走进仁和镇，为患者", "测血压、查血糖、讲解用药知", "识。",
             "“医生上门量血压、送药，", "我们老两口心里踏实多了。”", "薛大妈说。"]
    assert _unpdf(lines) == ["据介绍，区疾控中心组织5名医生走进仁和镇，为患者测血压、查血糖、讲解用药知识。"
                             "“医生上门量血压、送药，我们老两口心里踏实多了。”薛大妈说。"]


def test_a_whole_quoted_sentence_under_a_short_stop_opens_a_paragraph():
    # '负担。“我们会一直做下去。”' would fill 13 set close, yet the quote is a sentence whole: a first line
    # (indented, 12.5 wide), its speaker going on under it
    lines = ["记者了解到，市场监管所", "对新开张的农贸市场实行“免", "租三个月”，减轻了商户的", "负担。", "“我们会一直做下去。”",
             "夏永福说。2 月 3 日，市场监", "管所在花园乡太平村举办农贸", "市场招聘会。"]
    out = _unpdf(lines)
    assert out[0].endswith("减轻了商户的负担。") and out[1].startswith("“我们会一直做下去。”夏永福说。")


def test_someones_words_stopping_a_character_short_of_a_first_line_are_the_rest_of_the_line_above():
    # '“明年还来！”非遗传' is 9½ wide set close: as a new paragraph's first line (11) the next
    # character, '承', would have gone on it — so it is the rest of '里上演。''s line, which the two fill
    lines = ["据介绍,7月22日晚,", "胜利镇沙坪村的安置小区锣鼓", "喧天,镇文化站的读书会在这", "里上演。", "“明年还来！", "”非遗传",
             "承人余亮高兴地说。", "据了解,活动结束后,游", "客们意犹未尽,围着演员合影", "留念。"]
    assert [x for x in _unpdf(lines) if x] == [
        "据介绍,7月22日晚,胜利镇沙坪村的安置小区锣鼓喧天,镇文化站的读书会在这里上演。“明年还来！”非遗传承人余亮高兴地说。",
        "据了解,活动结束后,游客们意犹未尽,围着演员合影留念。"]
    # one that would fill a first line but for half a character ('“明年还来!”黄亮告诉', 10½): the text
    # cannot tell, and this rule leaves it
    assert not rest_of_line("位置。", ["“明年还来!", "”黄亮告诉", "记者。"], 0, 13)


def test_a_text_keeping_its_lines_whole_leaves_a_quotes_first_line_where_the_page_set_it():
    # pypdfium2 keeps each column line whole (no piece opens on a closing mark, none stops short on a
    # comma): '“一晚上能卖52多碗，' fills an indented first line ('比' would not have gone on it) — a new
    # paragraph opening on the quote, though '家庭。' and it would fill one column line together
    lines = ["数据显示，农贸市场共设了摊", "位44个，优先安排职工和困难", "家庭。", "“一晚上能卖52多碗，",
             "比以前好多了。”家住胜利镇的", "摊主老李笑着说。"]
    assert _unpdf(lines) == ["数据显示，农贸市场共设了摊位44个，优先安排职工和困难家庭。",
                             "“一晚上能卖52多碗，比以前好多了。”家住胜利镇的摊主老李笑着说。"]
    # the same lines where the page shows -raw's cuts (a closing quote cut off its line): the quote's
    # piece may be the rest of the stop's line, as the widths say it is
    raw = lines[:4] + ["比以前好多了。", "”家住胜利镇的", "摊主老李笑着说。"]
    assert _unpdf(raw) == ["数据显示，农贸市场共设了摊位44个，优先安排职工和困难家庭。“一晚上能卖52多碗，"
                           "比以前好多了。”家住胜利镇的摊主老李笑着说。"]


def test_a_stop_after_one_character_takes_the_whole_quoted_sentence_set_close():
    # '议。' alone would end its paragraph on one character, which compose never does: '议。“返乡创业，我觉得
    # 值。”' was one column line, its marks set close — the quote and its speaker go on the paragraph
    lines = ["数据显示，现场，返乡青", "年们拿着简历在各个展位前咨", "询，不少人当场就签了意向协", "议。",
             "“返乡创业，我觉得值。", "”", "田亮感慨地说。"]
    assert _unpdf(lines) == ["数据显示，现场，返乡青年们拿着简历在各个展位前咨询，不少人当场就签了意向协议。"
                             "“返乡创业，我觉得值。”田亮感慨地说。"]
