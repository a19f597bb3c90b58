"""A headline's quote marks where pdftotext -raw cut its line (intake.headquotes): the quoted term
alone on its line is the middle of the headline's phrase, not a heading line of its own.

Every snippet and expected text is written by hand in the shapes pdftotext -raw gives for a page set
in 13-character columns (a line ends before each quote mark of a headline and after it; spaces beside
figures)."""
from __future__ import annotations

from layout_app.intake.headquotes import quote_cuts
from layout_app.intake.unpdf import unpdf

BODY = ["本报讯（记者 郑婷）走进湖滨", "乡新村，人来人往，十分热", "闹。开诊 100 天来，已接诊患", "者 653 人次，其中儿科占了近",
        "一半。"]
OTHER = ["数据显示，今年，兴隆镇新增城乡", "客运 11 处，基本解决了老城", "区停车难的问题。"]


def test_a_quoted_term_alone_on_its_line_is_the_object_of_the_line_above():
    out = unpdf(OTHER + ["便民药房守护", "“一老一小”"] + BODY, measure=13)
    assert "便民药房守护“一老一小”" in out
    assert "“一老一小”" not in out


def test_the_line_under_a_term_alone_goes_on_with_it_but_a_dash_deck_does_not():
    out = unpdf(OTHER + ["网店", "“火”", "了", "——太平街道兴隆社区网店见闻"] + BODY, measure=13)
    assert ["网店“火”了", "——太平街道兴隆社区网店见闻"] == out[out.index("网店“火”了"):][:2]


def test_a_kicker_naming_where_the_story_goes_stays_over_a_headline_opening_on_a_term():
    lines = ["教育民生 走进七星镇", "“双减”", "之下 编程课有声有色"]
    assert quote_cuts(lines) == ["教育民生 走进七星镇", "“双减”之下 编程课有声有色"]
    # … after a kicker's label and colon too
    assert quote_cuts(["记者蹲点：走进福田街道", "“便民服务站”", "更便捷"]) == ["记者蹲点：走进福田街道", "“便民服务站”更便捷"]


def test_a_kickers_couplet_or_a_kicker_naming_the_term_stays_over_the_headline():
    assert quote_cuts(["文明新风 润泽乡里", "“电商直播间”", "添新彩"]) == ["文明新风 润泽乡里", "“电商直播间”添新彩"]
    assert quote_cuts(["“智慧停车场”来了 便民服务暖民心", "“智慧停车场”", "更便捷"]) == [
        "“智慧停车场”来了 便民服务暖民心", "“智慧停车场”更便捷"]
    # a kicker's label of two phrases over a headline opening on its term
    assert quote_cuts(["基层治理有新招 群众笑脸更灿烂：龙泉乡的新变化", "“家庭医生工作室”", "乐融融"])[0] == \
        "基层治理有新招 群众笑脸更灿烂：龙泉乡的新变化"
    # two phrases of different lengths are no couplet: '全民健身热 乒乓球赛' / '“火”' / '起来'
    assert quote_cuts(["全民健身热 乒乓球赛", "“火”", "起来"]) == ["全民健身热 乒乓球赛“火”起来"]
    # one phrase before a colon is an office as often as a label: '区工商联：' / '直播带货搭起就业' / '“连心桥”'
    assert quote_cuts(["区工商联：直播带货搭起就业", "“连心桥”"]) == ["区工商联：直播带货搭起就业“连心桥”"]


def test_a_deck_in_figures_under_a_term_is_a_deck_of_its_own():
    lines = ["楼道改造从", "“一户难”", "到", "“一栋成”", "全年完成 60 个小区 惠及 2532 户"]
    assert quote_cuts(lines) == ["楼道改造从“一户难”到“一栋成”", "全年完成 60 个小区 惠及 2532 户"]
    # … but a phrase's tail with figures in its second phrase goes on: '“火”' / '了 家门口就业 764 人找到工作'
    assert quote_cuts(["就业驿站", "“火”", "了 家门口就业 764 人找到工作"]) == ["就业驿站“火”了 家门口就业 764 人找到工作"]


def test_a_term_put_back_after_a_place_and_its_colon_takes_the_rest_under_it():
    out = unpdf(OTHER + ["城南镇永安村:", "“最后一公里”", "打通了", "本报记者 邓永福 余红梅"] + BODY, measure=13)
    assert "城南镇永安村:“最后一公里”打通了" in out


def test_a_place_and_its_colon_under_a_term_opens_a_heading_line_of_its_own():
    assert quote_cuts(["从“走得了”到“走得好”", "同心乡："]) == ["从“走得了”到“走得好”", "同心乡："]
    assert quote_cuts(["“放心饭”", "建设街道三元社区："]) == ["“放心饭”", "建设街道三元社区："]


def test_a_kicker_keeping_a_quote_inside_its_line_was_set_in_smaller_type_and_ends_there():
    # pdftotext -raw cuts a headline's quotes, not a kicker's: the line above is a whole kicker
    assert quote_cuts(["记者蹲点：云溪街道的“老年食堂”一天", "“智慧停车场”", "添新彩"]) == [
        "记者蹲点：云溪街道的“老年食堂”一天", "“智慧停车场”添新彩"]


def test_one_character_in_quotes_is_a_word_in_the_middle_of_its_phrase():
    # two even phrases read like a kicker's couplet, but a quoted character needs its subject above
    assert quote_cuts(["全民健身热 广场舞大赛", "“火”", "起来"]) == ["全民健身热 广场舞大赛“火”起来"]
    assert quote_cuts(["全民健身热 广场舞大赛", "“村BA”", "打出精气神"]) == ["全民健身热 广场舞大赛", "“村BA”打出精气神"]


def test_a_verbs_quoted_object_put_back_on_its_line_ends_the_phrase():
    # '长乐镇打造' / '“儿童之家”' were put back by unpdf.heading_cuts: the line under opens a phrase of its
    # own (wrapped_headlines gives it the copy's space); after a colon or 从 the term opens the phrase
    assert quote_cuts(["长乐镇打造“儿童之家”", "孩子们笑脸更灿烂"]) == ["长乐镇打造“儿童之家”", "孩子们笑脸更灿烂"]
    assert quote_cuts(["雨污分流从“一户难”", "到"]) == ["雨污分流从“一户难”到"]


def test_one_character_in_quotes_at_a_lines_end_goes_on_into_the_line_under():
    # '小小脐橙“串”' / '起增收路 丰收映笑颜': the quoted verb (串起) takes its complement from the next line;
    # a term of more characters after a verb is its object, the phrase whole
    assert quote_cuts(["小小脐橙“串”", "起增收路 丰收映笑颜"]) == ["小小脐橙“串”起增收路 丰收映笑颜"]
    assert quote_cuts(["旧楼里的“电梯梦”", "圆了"]) == ["旧楼里的“电梯梦”", "圆了"]


# ---- a kicker with a comma or 、 over its headline (unpdf's column lines and parts apart) ----
STORY = ["本报讯（记者 梁卫国）近日，七", "星镇华山村的大棚蔬菜喜获丰", "收，种植面积达 3223 亩，预计", "总产量 20 吨。"]
BEFORE = ["说起网店，何阿姨打开了话匣", "子：“返乡创业，我觉得值。”"]


def test_a_kicker_with_a_comma_wider_than_a_column_stays_over_its_headline():
    # pypdfium2 gives the kicker on one line, wider than any column line: not running text
    for head in ("大棚蔬菜熟了 农户乐了", "大棚蔬菜喜获丰收"):
        out = unpdf(BEFORE + ["秋收时节，七星镇华山村的田野里一片金黄", head] + STORY, measure=13)
        k = out.index("秋收时节，七星镇华山村的田野里一片金黄")
        # … the line after it its headline, and set apart from the paragraph above as a story's parts are
        assert out[k + 1] == head and out[k - 2:k] == ["", ""]


def test_a_kicker_pdftotext_raw_cut_at_its_marks_does_not_run_into_its_headline():
    # pdftotext -raw ends a kicker's line after each comma, 、 and colon: short pieces, no column lines
    out = unpdf(BEFORE + ["城北街道：", "锣鼓一响，", "观众们就坐满了", "城北街道文艺汇演精彩纷呈"] + STORY, measure=13)
    assert "城北街道：锣鼓一响，观众们就坐满了" in out and "城北街道文艺汇演精彩纷呈" in out
    # a paragraph's first line with Latin (its width a guess) and one piece only goes on as before
    out = unpdf(BEFORE + ["通过 VR 平台，志愿者可", "以在线预约共享菜园的服务"] + STORY, measure=13)
    assert any(l.startswith("通过VR平台，志愿者可以在线预约共享菜园的服务") for l in out)


def test_a_quoted_term_under_the_page_banner_opens_the_headline():
    # the page banner (its county and colon) is a whole line across the page: the quoted term under it
    # opens the first story's headline, it is not the banner's object
    from layout_app.intake.headquotes import quote_cuts

    lines = ["我县：城乡面貌焕然一新", "“村BA”", "打出精气神", "通讯员 程德明 文/图"]
    assert quote_cuts(lines) == ["我县：城乡面貌焕然一新", "“村BA”打出精气神", "通讯员 程德明 文/图"]
    # (under a headline's first words the term is their object: '让老人吃上' / '“放心饭”')
    assert quote_cuts(["让老人吃上", "“放心饭”", "本报记者 陈思"])[0] == "让老人吃上“放心饭”"


def test_a_term_after_a_whole_phrase_going_on_under_it_reads_as_a_kicker_over_its_headline_as_well():
    # the varied generator's page 7039 as -raw gives it: kicker '运动正当时', headline '“村BA”打出精气神' — the
    # line above stops on a whole phrase and the term is the subject of the line under it: joined, shown to check
    from layout_app.intake.structure import LOW

    doubts: dict[str, float] = {}
    out = quote_cuts(["运动正当时", "“村 BA”", "打出精气神"], doubts)
    assert out == ["运动正当时“村 BA”打出精气神"] and doubts[out[0]] < LOW
    # what the line above says of its subject, the term closing the phrase: one headline, sure
    doubts = {}
    out = quote_cuts(["家门口的游泳馆", "“满员”", "了"], doubts)
    assert out == ["家门口的游泳馆“满员”了"] and doubts[out[0]] >= LOW
    # a verb waiting for its object: sure
    doubts = {}
    out = quote_cuts(["让老人吃上", "“放心饭”"], doubts)
    assert out == ["让老人吃上“放心饭”"] and doubts[out[0]] >= LOW
