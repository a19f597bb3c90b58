"""intake.unpdf on heading lines and seams of printed pages (the varied generator's pages 7002, 7013,
7029, 7135 as pypdfium2 and pdftotext -raw give them back). The expected parts are written by hand:
what the reporter's copy has."""
from __future__ import annotations

from pathlib import Path

from layout_app.intake.headdoubts import one_headline_as_well
from layout_app.intake.importer import import_copy
from layout_app.intake.printedtables import printed_tables
from layout_app.intake.structure import LOW, _slogan, notices
from layout_app.intake.partsapart import label_cut
from layout_app.intake.unpdf import unpdf

BODY = ["“病人少跑一趟，我们多", "走一步，这是应该的。”家住", "前进镇沙坪社区的宋阿姨今年",
        "73 岁，说起家庭医生工作室，", "笑得合不拢嘴。"]
# the story above's last lines: the heading is no page top
ABOVE = ["文明新风 润泽乡里", "城南街道：“夜巡队”守护居民安宁", "本报记者 王晨", "入夏以来，城南街道组织党员",
         "和志愿者成立“夜巡队”，截至", "目前已巡查 60 余次。"]
BODY_JOINED = "“病人少跑一趟，我们多走一步，这是应该的。”家住前进镇沙坪社区的宋阿姨今年73岁，说起家庭医生工作室，笑得合不拢嘴。"


def test_who_said_it_goes_on_from_a_quote_closed_on_a_half_width_stop():
    # the copy's damage made the stop half-width ('!”'); -raw gives the closing mark a line of its own
    want = ["马鞍街道七星社区还把民俗文化节搬到线上，通过直播让更多人看到。“明年还来!”傅大爷说。",
            "据介绍，今年以来，区文化馆已组织民俗文化节3619场，观众达56万人次。"]
    tail = ["据介绍,今年以来，区文", "化馆已组织民俗文化节 3619", "场，观众达 56 万人次。"]
    pdfium = ["马鞍街道七星社区还把民", "俗文化节搬到线上，通过直播", "让更多人看到。“明年还来!”", "傅大爷说。"] + tail
    raw = ["马鞍街道七星社区还把民", "俗文化节搬到线上，通过直播", "让更多人看到。", "“明年还来!", "”", "傅大爷说。"] + tail
    head = ["老手艺 新传承", "本报记者 陈思"]
    for lines in (pdfium, raw):
        assert [p.replace(",", "，") for p in unpdf(head + lines, measure=13)[2:]] == want


def test_a_labelled_kicker_does_not_run_on_into_its_headline_in_two_lines():
    # one headline of the three lines would have been broken near even, not 14 / 6 / 5 characters
    lines = ["前进镇沙坪社区：关注基层医疗", "让群众少跑腿", "看病更省心", "市民在家庭医生工作室候诊。",
             "本报记者 杜浩", "通讯员 陈淑珍 文/图"] + BODY
    out = unpdf(ABOVE + lines, measure=13)
    assert out[out.index("前进镇沙坪社区：关注基层医疗") + 1] == "让群众少跑腿 看病更省心"
    assert BODY_JOINED in out


def test_a_count_under_a_headline_closed_on_le_is_its_deck():
    # at the page's top, under the banner and its deck
    lines = ["第 5 版 城事 东海都市报 2026 年 5 月 1 日 星期五", "金秋时节 处处是丰收 ——丰乐县城乡建设见闻",
             "牛角乡：教育民生", "牛角乡：第二中学的", "课后服务“火”了", "每周一节课 29 个班轮流上",
             "图为牛角乡孩子们展示自己的作品。（梁亮 摄）", "9 月 11 日，记者来到牛", "角乡，只见几位老人正坐在树",
             "下聊天。学校还建起了课后服", "务工作室，学生作品多次在市", "级比赛中获奖。", "问题出在哪里？课后服务",
             "采取学生自愿、家长申请的方", "式，参与率达 66%。"]     # (its text says 课后服务 again: the story's own name)
    out = unpdf(lines, measure=13)
    assert "每周一节课29个班轮流上" in out
    assert not any("了每周" in x or "了 每周" in x for x in out)


def test_a_headline_with_figures_and_a_dateline_is_no_table():
    # the tool's spaces beside the numbers ('1470 个摊位') and at a bracket ('（记者 余秀兰 ）') are no cells' edges
    lines = ["招聘会开张 1470 个摊位全部租出", "家门口就业 1257 人找到工作", "本报讯（记者 余秀兰 ）",
             "入冬以来，仁和街道招聘会的"]
    assert printed_tables(lines) == []
    assert printed_tables(lines[:2] + ["全民健身 2000 名选手参赛"]) == []     # counts in words, each line
    assert printed_tables([f"（记者 李明 {k} ）" for k in range(3)]) == []      # brackets cut open: no cells
    # a standings table keeps its rows: a rank first, its figures bare, the units in the header
    table = ["积分榜", "名次 球队 场次 积分", "1 海港队 20 45", "2 人和队 20 41", "3 江城队 20 38", "4 万达队 20 35"]
    found = printed_tables(table)
    assert len(found) == 1 and found[0].rows[2] == ("2", "人和队", "20", "41")


def test_a_deck_in_figures_does_not_run_on_from_a_headline_closed_on_its_quoted_term():
    # '急救站守护“一老一小”' is as wide as an indented first line and ends on a closing quote; the line under
    # it opens on a figure: neither holds a mark of running text — a headline over its deck
    lines = ["坎上。", "城北乡：为民办实事", "急救站守护“一老一小”", "52 个科室 18:00 至 21:00 开放",
             "药剂师贾振华为老人讲解用药知识。"] + BODY
    out = unpdf(ABOVE + lines, measure=13)
    i = out.index("急救站守护“一老一小”")
    assert out[i + 1] == "52个科室18:00至21:00开放"
    assert BODY_JOINED in out


PRINTED = Path(__file__).parent / "printed"


def test_a_heading_that_reads_two_ways_in_printed_text_is_shown_to_check():
    # the top of the varied generator's page 7012 as pypdfium2 gives it: '让群众少跑腿' / '看病更省心' over the
    # deck is a headline in two lines there — a kicker over a headline reads as well, and only the type
    # sizes tell: import shows the story to check, whichever it takes
    page, _ = import_copy(PRINTED / "varied7012-pdfium-top.txt")
    story = next(s for s in page.stories if "看病更省心" in s.headline)
    assert story.deck == "——记护士长钟德明"
    assert story.confidence < LOW and story.shape == "opens"
    assert any("may as well be the first line of a headline" in str(n) for n in notices(page))
    assert one_headline_as_well("让群众少跑腿", "看病更省心")
    assert not one_headline_as_well("沙坪乡：为民办实事", "急救站守护“一老一小”")      # a kicker naming its place


def test_a_slogan_over_the_first_headline_may_be_the_banner():
    # no banner found and no lead: a printed page's first kicker that names no place may be the banner
    # ('让群众的日子越过越红火' over '小区停车棚办到居民心坎上' — the varied generator's page 7113 as pypdfium2 gives it)
    page, _ = import_copy(PRINTED / "varied7113-pdfium.txt")
    first = page.stories[0]
    assert first.kicker == "让群众的日子越过越红火" and first.confidence < LOW
    assert [d for d in page.doubts if "让群众的日子越过越红火" in str(d) and "banner" in str(d)]
    assert _slogan("让群众的日子越过越红火") and not _slogan("城北乡：家门口的幸福") and not _slogan("放学后，孩子们去哪儿了？")


def test_raws_pieces_of_a_full_line_ending_a_sentence_go_on_into_the_next():
    # -raw cut '43 片村 BA 几乎天天“满员”。' at its quote: the pieces together fill the column, so the
    # sentence after it is the same paragraph's, not a new one (an indented first line holds 11)
    raw = ["喝彩声。", "数据显示,2 月 20 日以", "来,位于丰收乡永安社区的", "43 片村 BA 几乎天天", "“满员”", "。",
           "本次比赛共有 54 支队伍参加，", "比赛持续到 10 月 26 日。", "说起村 BA,裁判孙桂芳", "笑得合不拢嘴："]
    out = unpdf(["老手艺 新传承", "本报记者 陈思"] + raw, measure=13)
    assert "数据显示,2月20日以来,位于丰收乡永安社区的43片村BA几乎天天“满员”。本次比赛共有54支队伍参加，" \
           "比赛持续到10月26日。" in [p.replace(" ", "") for p in out]


def test_a_quote_left_open_at_a_column_lines_end_is_that_lines_tail():
    # '…几乎天天“满员”。“下了班来' was one column line: '“下了班来' stops on a character short of any line
    # of its own (the words under it would have fitted), the quote open — the paragraph goes on
    raw = ["据了解，7 月 16 日以来,", "位于城南乡的 26 片乒乓球赛", "几乎天天“满员”", "。", "“下了班来",
           "打一场球，一天的累都没了,", "”", "组委会负责人潘永福说，", "“以", "后每年都要办下去。", "”"]
    out = [p.replace(" ", "").replace(",", "，") for p in unpdf(["老手艺 新传承", "本报记者 陈思"] + raw, measure=13)]
    assert "据了解，7月16日以来，位于城南乡的26片乒乓球赛几乎天天“满员”。“下了班来打一场球，一天的累都没了，”" \
           "组委会负责人潘永福说，“以后每年都要办下去。”" in out


def test_a_quote_scrap_after_a_full_line_that_ends_a_sentence_is_its_tail():
    # '个月”，减轻了摊主的负担。“在' was one column line, its marks set close (13 ems): '“在' stops on a
    # character, so the column line ended there — no paragraph opens on it
    raw = ["数据显示，县商务局对新", "开张的技能培训实行“免租三", "个月”", "，", "减轻了摊主的负担。", "“在",
           "家门口上班，既能挣钱又能照", "顾老人孩子，”69 岁的薛老伯", "说。"]
    out = [p.replace(" ", "") for p in unpdf(["老手艺 新传承", "本报记者 陈思"] + raw, measure=13)]
    assert "数据显示，县商务局对新开张的技能培训实行“免租三个月”，减轻了摊主的负担。“在家门口上班，既能挣钱又能照" \
           "顾老人孩子，”69岁的薛老伯说。" in out


def test_a_sentences_end_short_of_the_measure_ends_its_paragraph_where_the_next_word_fits():
    # '下棋、读报、做康复训练。' is 12 ems of a 13-em column: had the paragraph gone on, 放 would have stood
    # on that line — so '放学后，孩子们去哪儿了？' is no more of it (the next story's kicker, asking)
    raw = ["件实事办好办实，让好事办得", "更实在。这里设有休息室、阅", "览室和康复室，老人们在这里", "下棋、读报、做康复训练。",
           "放学后，", "孩子们去哪儿了？", "康乐街道：", "课后服务", "让孩子们乐在其中", "——康乐街道课后服务见闻",
           "本报记者 苏婷", "今年以来，康乐街道把课", "后服务作为民生实事来抓。"]
    out = unpdf(["老手艺 新传承", "本报记者 陈思", "厨师刘雨轩表示，将把这"] + raw, measure=13)
    assert any(p.endswith("做康复训练。") for p in out)
    assert "放学后，孩子们去哪儿了？" in out


def test_a_headlines_place_label_cut_off_its_line_ends_the_kicker_over_it():
    # the varied generator's page 7034 as -raw gives its top: a kicker with a comma as wide as a column
    # ('金秋十月,' / '大棚蔬菜压弯枝头'), then the headline -raw cut after its place's colon ('兴隆乡:' /
    # '1832 亩…'): running text never goes on into a place's name and colon alone over a heading's line
    raw = ["金秋十月,", "大棚蔬菜压弯枝头", "兴隆乡:", "1832 亩大棚蔬菜迎来收获季", "——兴隆乡大棚蔬菜见闻",
           "10 月 2 日上午，兴隆乡", "东门菜场格外热闹。兴隆乡今", "年大棚蔬菜种植面积达 4019", "亩，预计总产量 39 吨。"]
    out = [p.replace(" ", "") for p in unpdf(raw, measure=13)]
    assert out[:3] == ["金秋十月,大棚蔬菜压弯枝头", "兴隆乡:1832亩大棚蔬菜迎来收获季", "——兴隆乡大棚蔬菜见闻"]
    assert label_cut("兴隆乡：", "1832 亩大棚蔬菜迎来收获季")
    # a place and its colon over running text is someone's place in a sentence, not a label cut off
    assert not label_cut("兴隆乡：", "全乡今年新建大棚 40 座，")
