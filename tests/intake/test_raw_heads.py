"""pdftotext -raw heading lines of issue 10 that stayed glued or split: the page banner with its
county over a story's kicker, a paragraph's opening words cut off under a deck, a deck in figures set
in two lines, a kicker's label with its first phrase on the line above.

Every snippet and expected text is written by hand in the shapes pdftotext -raw gives for a page set
in 13-character columns (its line cuts, its spaces beside Latin and figures)."""
from __future__ import annotations

from layout_app.intake.headings import BY_LABEL, heading_lines
from layout_app.intake.unpdf import unpdf, visual_lines

BYLINE = "本报记者 沈卫东"
# a story about 杏花村's 乡村大舞台, as pdftotext -raw gives its column lines
STAGE = ["据了解,杏花村还将在 3 个", "村(社区)推广乡村大舞台的", "做法。截至目前,杏花村已排", "查整改隐患 72 处。", "居民小周说:“日子越过越有",
         "奔头。”"]
# one story's text already joined into paragraphs (what heading_lines sees)
GARDEN = ["据了解，枫林镇还将在10个村（社区）推广共享菜园的做法。近日，枫林镇建成“共享菜园”，吸引了1203余名志愿者参与。",
          "近日，枫林镇完善“共享菜园”，在枫林镇农业技术推广站，老人正在练习书法。这样的共享菜园，谁不喜欢？"]
OTHER = ["清水镇的志愿者在夜巡队里开展安全巡查，志愿者们纷纷点赞。"]


def test_a_page_banner_with_its_county_over_a_kicker_is_no_kicker_of_a_four_line_heading():
    # banner (county, colon, theme), kicker, headline, deck: four parts, no headline in two lines
    lines = ["我区:", "绿色发展正当时", "文明新风 润泽乡里", "乡村大舞台更便捷", "——杏花村", "“乡村大舞台”", "为乡村振兴注入了新动能",
             BYLINE] + STAGE
    out = unpdf(lines, measure=13)
    assert out[:5] == ["我区:绿色发展正当时", "文明新风 润泽乡里", "乡村大舞台更便捷", "——杏花村“乡村大舞台”为乡村振兴注入了新动能",
                       BYLINE]


def test_the_same_four_lines_without_a_banner_still_hold_a_headline_in_two_lines():
    lines = ["一线见闻", "杏花村建成“乡村大舞台”", "受到居民普遍欢迎", "——杏花村“乡村大舞台”为乡村振兴注入了新动能", BYLINE] + STAGE
    assert unpdf(lines, measure=13)[:3] == ["一线见闻", "杏花村建成“乡村大舞台” 受到居民普遍欢迎",
                                            "——杏花村“乡村大舞台”为乡村振兴注入了新动能"]


def test_a_paragraphs_opening_words_cut_off_by_a_squeezed_line_are_no_scrap_of_the_deck_above():
    # '近日，' stands alone where pdftotext -raw cut the squeezed first line: the paragraph's opening,
    # never the end of the (wide) deck above
    lines = ["我为群众办实事:", "走进福田村", "四点半课堂见实效", "157 名孩子们参与 进一步提升了基层治理水平", "近日,", "福田村妇联建成",
             "“四", "点半课堂”", "，吸引了 2916 余", "名孩子们参与。近日,福田村", "妇联启用“四点半课堂”", "，吸",
             "引了 1652 余名孩子们参与。"]
    out = unpdf(lines, measure=13)
    assert out[:3] == ["我为群众办实事:走进福田村", "四点半课堂见实效", "157名孩子们参与 进一步提升了基层治理水平"]
    assert out[3].startswith("近日,福田村妇联建成“四点半课堂”，吸引了2916余名孩子们参与。")


def test_a_deck_in_figures_set_in_two_lines_is_one_deck_with_a_space_at_its_pause():
    lines = OTHER + ["枫林镇：共享菜园节节高", "260名志愿者参与", "有效解决了群众的急难愁盼问题"] + GARDEN
    assert heading_lines(lines, 13)[1:3] == ["枫林镇：共享菜园节节高", "260名志愿者参与 有效解决了群众的急难愁盼问题"]


def test_a_figure_line_over_a_line_that_is_no_predicate_stays_apart():
    # '260名志愿者参与' over a headline of its own words is no deck's first half
    lines = OTHER + ["260名志愿者参与", "枫林镇共享菜园节节高"] + GARDEN
    assert heading_lines(lines, 13)[1:3] == ["260名志愿者参与", "枫林镇共享菜园节节高"]


def test_a_kickers_label_with_its_first_phrase_above_is_one_kicker():
    doubts = {}
    lines = OTHER + ["平安建设再提速", "幸福生活节节高：枫林镇的新变化", "枫林镇共享菜园显身手", BYLINE] + GARDEN
    out = heading_lines(lines, 13, doubts)
    assert out[1:3] == ["平安建设再提速 幸福生活节节高：枫林镇的新变化", "枫林镇共享菜园显身手"]
    assert doubts == {"平安建设再提速 幸福生活节节高：枫林镇的新变化": BY_LABEL}


def test_a_place_and_its_colon_is_no_label_and_a_line_with_a_space_is_no_first_phrase():
    # '枫林镇：' opens a headline (its place), not a kicker's label: '一线见闻' is the kicker over it
    lines = OTHER + ["一线见闻", "枫林镇：共享菜园显身手", "群众笑脸更灿烂", BYLINE] + GARDEN
    assert heading_lines(lines, 13)[1:2] == ["一线见闻"]
    # the banner's theme (two phrases) over a labelled kicker: the page banner, not the kicker's first phrase
    lines = OTHER + ["共建共享新家园 奋进路上再出发", "记者蹲点：枫林镇的“共享菜园”一天", "共享菜园显身手", BYLINE] + GARDEN
    assert heading_lines(lines, 13)[1:4] == lines[1:4]


def test_a_label_of_two_phrases_marks_a_kicker_that_is_no_half_of_the_headline_under_it():
    # pypdfium2 gives the kicker on one line: its label of two phrases before the colon is a column's,
    # not a place's — the kicker, never the first half of the headline '“共享菜园”更便捷'
    # (the headline names nothing the story repeats; the kicker names its place)
    lines = OTHER + ["文明新风润乡里 奋进路上再出发：枫林镇的新变化", "“爱心驿站”更便捷", BYLINE] + GARDEN
    assert heading_lines(lines, 13)[1:3] == lines[1:3]


def test_a_paragraph_that_reports_someones_words_is_no_caption_though_a_caption_follows():
    # the story's last paragraph, one sentence of caption length, then its photo's caption
    lines = ["枫林镇共享菜园显身手", BYLINE, "近日，枫林镇建成“共享菜园”，吸", "引了1203余名志愿者参与。这", "样的共享菜园，谁不喜欢？",
             "村民董娜介绍，共享菜园自", "3 月启用以来，已累计培训农", "民 414 户。", "村民董娜（右）在共享菜园为网格员讲解。"]
    out = [l for l in unpdf(lines, measure=13) if l.strip()]
    assert out[2:] == ["近日，枫林镇建成“共享菜园”，吸引了1203余名志愿者参与。这样的共享菜园，谁不喜欢？",
                       "村民董娜介绍，共享菜园自3月启用以来，已累计培训农民414户。", "村民董娜（右）在共享菜园为网格员讲解。"]
    # no blank lines set it apart from the paragraph before, as a caption standing alone
    assert unpdf(lines, measure=13)[2:4] == out[2:4]


def test_a_comma_hung_past_a_full_line_ends_that_line_not_opens_the_next():
    # '…开展“共享菜园”' is full; pdftotext -raw gives the comma hung past it as a line of its own: the
    # column lines are that line with its comma, then '吸引了…参与。' (a column line never opens with one)
    lines = ["今年以来，枫林镇办理", "业务同比增长，让群众的获", "得感成色更足。近日，枫林", "镇妇联团委开展“共享菜园”", "，",
             "吸引了3095余名村民参与。", "这样的共享菜园，谁不喜欢？"]
    assert visual_lines(lines, 13) == ["今年以来，枫林镇办理", "业务同比增长，让群众的获", "得感成色更足。近日，枫林",
                                       "镇妇联团委开展“共享菜园”，", "吸引了3095余名村民参与。", "这样的共享菜园，谁不喜欢？"]


def test_a_half_width_comma_after_a_quotes_close_opens_no_column_line():
    # the copy's damage turned the comma half-width: '…实行“免租三' / '个月”' / ',减轻了商户的负担。' is the
    # column line '个月”,减轻了商户的负担。' (13 wide, full), so the paragraph goes on into the next full line
    lines = ["数据显示,区人社局对新", "开张的农贸市场实行“免租三", "个月”", ",减轻了商户的负担。", "张师傅告诉记者:“一晚上能",
             "卖 60 多碗,比以前好多了。", "”"]
    assert visual_lines(lines, 13)[2] == "个月”,减轻了商户的负担。"
    assert unpdf(lines, measure=13) == ["数据显示,区人社局对新开张的农贸市场实行“免租三个月”,减轻了商户的负担。"
                                        "张师傅告诉记者:“一晚上能卖60多碗,比以前好多了。”"]


def test_a_headline_set_in_three_lines_over_two_columns_is_one_headline():
    # '银杏社区：' / '居民的四点半课堂有温度' / '奋进路上再出发': the place and its colon, the headline's first
    # phrase, its second (the copy's space between them), under a kicker or not, over a deck or not
    body = ["近日，银杏社区建成“四点", "半课堂”，吸引了 300 余名居", "民参与。这样的四点半课堂，", "谁不喜欢？", "据了解，银杏社区还将推广",
            "四点半课堂的做法。银杏社区", "已累计服务居民一千余人次。"]
    headline = "银杏社区：居民的四点半课堂有温度 奋进路上再出发"
    three = ["银杏社区：", "居民的四点半课堂有温度", "奋进路上再出发"]
    for above, below in [([], [BYLINE]), (["一线见闻"], [BYLINE]), (["一线见闻"], ["——银杏社区完善四点半课堂工作纪实", BYLINE])]:
        out = [l for l in unpdf(OTHER + above + three + below + body, measure=13) if l.strip()]
        assert out[1:3 + len(above) + len(below) - 1] == above + [headline] + below


def test_a_line_ending_no_sentence_over_a_headline_whose_quoted_term_raw_cut_out_is_a_kicker():
    # the paragraph above ends full on its stop; a kicker (its comma: two pieces, one line as wide as a
    # column) and a headline -raw cut at its quote ('植树造林' / '“绿”' / '了家园 …') over the byline:
    # neither piece of the headline nor the kicker runs into the paragraph above
    lines = ["据了解,这批场地是今年利", "用城市边角地新建的,免费向", "市民开放,吸引了不少居民。", "昔日垃圾成堆,", "如今鸟语花香", "植树造林",
             "“绿”", "了家园 天更蓝了 水更清了", BYLINE] + STAGE
    out = [line for line in unpdf(lines, measure=13) if line]
    assert out[:4] == ["据了解,这批场地是今年利用城市边角地新建的,免费向市民开放,吸引了不少居民。", "昔日垃圾成堆,如今鸟语花香",
                       "植树造林“绿”了家园 天更蓝了 水更清了", BYLINE]
