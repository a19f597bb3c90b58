"""The shape of a line of pdftotext's default flows (intake.flowshapes, used by pdfflows' pieces).
Text written by hand."""
from __future__ import annotations

from layout_app.intake.flowheads import BODY, HEAD
from layout_app.intake.pdfcolumns import _Seams
from layout_app.intake.pdfflows import _pieces, flows_in_order
from layout_app.intake.pdfpieces import STORY
from tests.intake.test_pdfflows import (  # the small page's lines, written by hand there
    A2, A3, B1, B2, B3, CAPTION_A, CREDIT, HEAD_A, HEAD_B, KICKER_A, page, text_lines,
)

BYLINE_TWO = ["本报记者 王明", "通讯员 李华"]
# A's first column under its byline holds one line only (the byline's two lines take the rest), a line
# with no mark of running text: '“夜巡队是我们一个一' goes on in the next column, '个拉起来的。”…'
TOP = "“夜巡队是我们一个一"
A1_REST = ["个拉起来的。”清水社区的夜", "巡队成了小区里一道亮丽的风"]


def test_a_line_under_a_byline_in_its_flow_is_the_columns_text():
    flows = page([KICKER_A], [HEAD_A] + BYLINE_TWO + [TOP], A1_REST, B1, B3, [HEAD_B], A2[1:], [CAPTION_A],
                 B2, A3, [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    at = next(k for k, p in enumerate(pieces) if TOP in p.lines)
    # (the byline is never over a heading line: 引题 → 主题 → 副题 → byline → 正文)
    assert (pieces[at].kind, pieces[at].lines, pieces[at].start) == (BODY, BYLINE_TWO + [TOP], STORY)
    assert next(p.kind for p in pieces if HEAD_A in p.lines) == HEAD
    out = text_lines(flows_in_order(flows, 13))
    assert out.index(TOP) + 1 == out.index(A1_REST[0])


def test_a_sentence_wider_than_a_column_its_width_no_guess_is_no_columns_line():
    from layout_app.intake.flowheads import CAPTION
    from layout_app.intake.flowshapes import _line_class

    # 14 characters, one a mark set half-width at most: 13.5 ems over a 13-em column — a caption poppler
    # gives under a headline in its flow, not a column's last line
    assert _line_class("实验小学的孩子们上课后服务。", 13, False) == CAPTION
    # (13 characters fit the column: a paragraph's last line; a figure's width is a guess within an em)
    assert _line_class("实验小学的孩子们上课后服。", 13, False) == BODY
    assert _line_class("已有 2721 名学生参加了服务。", 13, False) == BODY
    # a heading line wider than a column, no mark of running text
    assert _line_class("夜巡队守护清水社区邻里平安", 12, False) == HEAD
    assert _line_class("夜巡队守护清水社区邻里平安", 13, False) != HEAD


def test_a_caption_among_heading_lines_captions_or_credits_in_its_flow_is_a_caption():
    from layout_app.intake.flowheads import CAPTION, CREDIT
    from layout_app.intake.flowshapes import _captions_among

    def classes(flow: list[str], given: list[str]) -> list[str]:
        out = list(given)
        _captions_among(flow, out)
        return out

    # under a headline in its flow (the photo's caption poppler gives next to it)
    assert classes(["清水社区夜巡队守护邻里平安", "清水社区夜巡队队员在小区巡逻。"], [HEAD, BODY]) == [HEAD, CAPTION]
    # over the credits
    assert classes(["清水社区的夜巡队在巡逻。", "校对 张华"], [BODY, CREDIT]) == [CAPTION, CREDIT]
    # two photos' captions one over the other: the one opening on 图为 is one wherever it stands, and
    # then so is the one beside it
    assert classes(["图为清水社区夜巡队队员巡逻。", "梅岭村的图书角里书香四溢。"], [BODY, BODY]) == [CAPTION, CAPTION]
    assert classes(["梅岭村的图书角里书香四溢。", "图为清水社区夜巡队队员巡逻。"], [BODY, BODY]) == [CAPTION, CAPTION]
    # a column's sentence has its column's lines beside it: a paragraph's last line stays the column's
    assert classes(["名，都是社区里的热心居民。", "清水社区居民王阿姨说："], [BODY, BODY]) == [BODY, BODY]
    assert classes(["村民老张每周都来看书，", "梅岭村的图书角里书香四溢。"], [BODY, BODY]) == [BODY, BODY]
    # (a column's last line come apart opens mid-sentence, on a figure: '2759 余名老人参与。' over the credits)
    assert classes(["2759 余名老人参与了活动。", "校对 张华"], [BODY, CREDIT]) == [BODY, CREDIT]
    # (alone in its flow: `_short_caption` says)
    assert classes(["梅岭村的图书角里书香四溢。"], [BODY]) == [BODY]


def test_a_kicker_with_its_comma_alone_in_its_flow_is_a_heading_line():
    from layout_app.intake.flowshapes import _lone_kicker

    flows = page([KICKER_A], [HEAD_A], ["本报记者 王明"] + A2, B1, B3, B2, A3, [CREDIT])
    seams = _Seams(text_lines(flows))
    tops = {"巡队", "梅岭", "在家", "村民", "清水", "查整"}
    # two phrases, the comma between, ending on a whole word: no column's line runs off so
    assert _lone_kicker("你争我抢，场边喝彩声不断", tops, seams)
    assert _lone_kicker("无人机植保、智能收割", tops, seams)
    assert _lone_kicker("解决 “看病难、看病晚”", tops, seams)
    # a column's line alone in its flow runs off: at a mark, on a figure, mid-word — the page's word
    # ('…社区的夜' / '巡队', as 夜巡队 is said) or the dictionary's ('…已排' / '查整改…')
    assert not _lone_kicker("活动结束后，市民们意犹未尽，", tops, seams)
    assert not _lone_kicker("“健身步道”,吸引了 2089", tops, seams)
    assert not _lone_kicker("居民上街巡逻，社区的夜", tops, seams)
    assert not _lone_kicker("截至目前,翠屏街道已排", tops, seams)
    # nor a line that ends a sentence, a story's dateline, a line spread to the column by spaces, or one
    # that leaves a quote open
    assert not _lone_kicker("你争我抢，场边喝彩声不断。", tops, seams)
    assert not _lone_kicker("王阿姨说：“晚上出门也放心。”", tops, seams)
    assert not _lone_kicker("本报讯 近日，城南乡新", tops, seams)
    assert not _lone_kicker("介 绍 , 健 身 步 道 自 10 月", tops, seams)
    assert not _lone_kicker("党员们纷纷点赞:“农技", tops, seams)



def test_a_place_and_its_colon_alone_in_its_flow_is_a_kickers_label():
    # '华山镇北塘村：出行难？' alone in its flow ends a sentence, but opens on a place and its colon: in
    # running text a colon follows who speaks, never a place — a kicker's label over its headline
    from layout_app.intake.flowshapes import _place_label

    assert _place_label("华山镇北塘村：出行难？")
    assert _place_label("古城街道新华村:周末去哪儿?")
    assert _place_label("城北街道：锣鼓一响，观众们就坐满了")
    # a speaker's colon, a quote after the colon, two sentences: running text
    assert not _place_label("王阿姨说：“晚上出门也放心。”")
    assert not _place_label("清水村：“好！”说完他走了。今天")
    assert not _place_label("出行难？清水村还将新建道路。")
    assert not _place_label("清水村：出行难？记者走进")
    assert not _place_label("清水村：“夜巡队”真好")
    assert not _place_label("清水村:“夜巡队”真好")
    kicker = "清水社区：夜里出门难？"
    flows = page([kicker], [HEAD_A], ["本报记者 王明"] + A2, B1, B3, B2, A3, [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    assert next(p.kind for p in pieces if kicker in p.lines) == HEAD
    # (as one of a column's lines, not alone in its flow: the column's)
    flows = page([HEAD_A], ["本报记者 王明", kicker] + A2, B1, B3, B2, A3, [CREDIT])
    pieces = _pieces(flows, 13, _Seams(text_lines(flows)))
    assert next(p.kind for p in pieces if kicker in p.lines) == BODY

def test_a_kickers_two_phrases_are_no_line_of_two_columns():
    # '无人机植保、智能收割 走进梅岭村': the left phrase as wide as an indented column line, running text (、),
    # but the right one a short phrase that runs off — no column's line (a column's line short of the
    # measure ends its paragraph, or stops before a figure that did not fit): a kicker, kept whole
    from layout_app.intake.flowlines import _columns_apart

    kicker = ["", "无人机植保、智能收割 走进梅岭村", ""]
    assert _columns_apart(kicker, 13) == kicker
    # (two columns' lines, the right one as wide as a column, or ending on a figure that did not fit)
    two = ["", "梅岭村的图书角设在村委，村 会一楼，书架上摆满了农业技", ""]
    assert _columns_apart(two, 13) == ["", "梅岭村的图书角设在村委，村", "", "会一楼，书架上摆满了农业技", ""]


def test_a_kicker_ending_on_a_whole_word_is_one_though_the_dictionary_reads_a_word_across():
    # '…智能收割' alone in its flow, a flow opening on '据了解': the dictionary reads '割据' across the
    # seam, but the line ends on a word of its own ('收割'): no column's word cut there
    from layout_app.intake.flowshapes import _lone_kicker

    seams = _Seams(["据了解，村里今年新修了水渠。", "记者了解到，收割机已经下地。"])
    assert _lone_kicker("无人机植保、智能收割", {"据了"}, seams)
    # a line ending mid-word still runs off into the flow whose first characters finish it
    assert not _lone_kicker("截至目前,翠屏街道已排", {"查整"}, seams)


def test_a_place_line_over_the_rest_of_a_word_another_columns_foot_breaks_is_a_heading():
    from layout_app.intake.flowshapes import _foot_over_seam

    # A's column runs off on '…文化广场的创'; poppler gives B's headline on top of A's next column, whose
    # first line opens on the rest of that word ('业孵化园…'): '创业' the page says (twice), '旺业' never —
    # the line naming 东湖街道 is a heading set over the column, not its first line
    head = "东湖街道创业孵化园人气旺"
    below = "业孵化园就热闹起来，小吃、"
    lines = ["每到傍晚，文化广场的创", head, below, "据介绍，创业孵化园共有", "创业者四十多名。"]
    seams = _Seams(lines)
    assert _foot_over_seam(head, below, {"创"}, seams)
    # (no foot breaking the word: the line may be the column's own)
    assert not _foot_over_seam(head, below, {"的"}, seams)
    # (a column's line naming no place, cut at a pair never set: '…十几个' / '人，…' is no heading)
    assert not _foot_over_seam("“过去收一季要请十几个", "人，忙上半个月", {"老"}, _Seams(lines + ["老人们"] * 2))


def test_a_place_line_that_leaves_its_phrase_open_is_a_columns_first_line_not_a_headline():
    from layout_app.intake.flowshapes import _phrase_open, _place_over_seam

    # an indented line naming a place over a full line it goes on into at a pair the page never sets:
    # a headline over a column — but not when its phrase stays open for the line under it to close
    lines = ["凤鸣镇健身步道聚人气", "责人萧桂兰说，步道修好后", "西湖乡还把乡村图书馆搬",
             "到网上，通过直播让更多人看", "环卫所在兴隆镇推行“河", "长制”，每段河道都有专人负"]
    seams = _Seams(lines)
    assert _place_over_seam("凤鸣镇健身步道聚人气", "责人萧桂兰说，步道修好后", 13, seams)
    # a verb of one character whose complement opens the line below ('搬' / '到网上')
    assert not _place_over_seam("西湖乡还把乡村图书馆搬", "到网上，通过直播让更多人看", 13, seams)
    # a quote opened and closed only on the line below
    assert not _place_over_seam("环卫所在兴隆镇推行“河", "长制”，每段河道都有专人负", 13, seams)
    # (a word of two characters opening the line below is no complement of the verb; a quote closed
    # on its own line leaves nothing open)
    assert not _phrase_open("西湖乡还把乡村图书馆搬", "网上直播")
    # (a headline ending on a verb of one character over a column opening on a verb of two: no complement)
    assert not _phrase_open("凤鸣镇幸福路上一起走", "开展结对帮扶以来，")
    assert not _phrase_open("兴隆镇推行“河长制”", "每段河道都有专人负")


def test_a_subject_in_quotes_and_what_it_does_over_a_column_is_a_headline():
    from layout_app.intake.flowshapes import _place_over_seam

    # '“APP 预约平台”焕新颜' on top of a column that opens mid-sentence ('患 20 处，…'): no place named, but a
    # headline's shape — its subject in quotes and a few characters of what it does — at a pair never set
    lines = ["“APP 预约平台”焕新颜", "患 20 处，让群众的获得感成", "色更足。据了解，柳营乡还将",
             "截至目前，柳营乡已排查整改隐", "患 29 处，为乡村振兴注入了"]
    seams = _Seams(lines)
    assert _place_over_seam("“APP 预约平台”焕新颜", "患 20 处，让群众的获得感成", 13, seams)
    # a word of running text after the quote ('已…') opens a paragraph, not a headline
    assert _place_over_seam("“一老一小”服务全覆盖", "全县城乡各个社区和村的老人", 13, seams)
    assert not _place_over_seam("“一老一小”服务已覆盖", "全县城乡各个社区和村的老人", 13, seams)
    # the seam a word of the page's: the line goes on ('隐' / '患')
    assert not _place_over_seam("“APP 预约平台”整改隐", "患 20 处，让群众的获得感成", 13, seams)
