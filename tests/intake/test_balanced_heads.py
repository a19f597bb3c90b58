"""Headlines compose balances in two lines (layout/headline: the shorter line at least 0.6 of the longer,
broken at a pause, a guessed word boundary or between two words), read back by the import from the
text the extractors give: texts written by hand, the expected parts written by hand."""
from __future__ import annotations

from layout_app.intake.unpdf import unpdf
from tests.intake.test_unpdf import P1, PDFIUM

# byline, a paragraph in four column lines, a second paragraph: as pypdfium2 gives them
BODY = PDFIUM[2:7]


def test_a_headline_balanced_in_two_column_wide_lines_over_its_deck_is_not_run_into_the_paragraph_above():
    # a paragraph ends a sentence at a full line; the next story's headline, balanced in two lines as
    # wide as a column each (13 and 12 characters), no mark of running text in either, its dash deck
    # under them: a headline, not the paragraph going on
    lines = ["据了解，石桥乡还将在五", "个村推广共享菜园的好做法。", "从“积分超市”看东湖乡如何", "进一步提升了基层治理水平",
             "——东湖乡“积分超市”让群众的获得感成色更足"] + BODY
    out = [x for x in unpdf(lines, measure=13) if x]
    assert out[:5] == ["据了解，石桥乡还将在五个村推广共享菜园的好做法。", "从“积分超市”看东湖乡如何进一步提升了基层治理水平",
                       "——东湖乡“积分超市”让群众的获得感成色更足", "本报记者 陈思", P1]



def _two_lines(first: str, second: str, size: float = 20.0) -> list[tuple]:
    # (text, size, box of its first character (left, bottom, right, top), centre, right end): the
    # second line under the first, both centred on x 200, as pypdfium2's boxes give a heading's lines
    top = 700.0
    return [(first, size, (200 - len(first) * size / 2, top - size, 200 - len(first) * size / 2 + size, top),
             (200.0, top - size / 2), 200 + len(first) * size / 2),
            (second, size, (200 - len(second) * size / 2, top - 2.2 * size, 200 - len(second) * size / 2 + size,
                            top - 1.2 * size), (200.0, top - 1.7 * size), 200 + len(second) * size / 2)]


def test_a_pdfs_headline_in_two_lines_of_one_size_gets_a_space_only_where_the_copy_had_its_pause():
    # pdfcopy reads the type sizes: two 20 pt lines over 9 pt text are one headline. The space of
    # the copy's pause goes back at the break only where the break was that pause: not where the
    # second line holds the pause itself, nor after 如何 (a phrase never pauses on an open word)
    from layout_app.intake.pdfcopy import _one_heading_a_line

    def joined(first, second):
        return [x[0] for x in _one_heading_a_line(_two_lines(first, second), 9.0)]

    assert joined("长乐乡推出“口袋公园”", "为乡村振兴注入了新动能") == ["长乐乡推出“口袋公园” 为乡村振兴注入了新动能"]
    assert joined("银杏社区：商户的智慧停车场", "见实效 共建共享新家园") == ["银杏社区：商户的智慧停车场见实效 共建共享新家园"]
    assert joined("从“积分超市”看东湖乡如何", "进一步提升了基层治理水平") == ["从“积分超市”看东湖乡如何进一步提升了基层治理水平"]
    # a kicker over its headline: two sizes, two lines
    lines = _two_lines("聚焦民生实事", "梅岭社区健身步道护安宁")
    lines[0] = (lines[0][0], 14.0) + lines[0][2:]
    assert [x[0] for x in _one_heading_a_line(lines, 9.0)] == ["聚焦民生实事", "梅岭社区健身步道护安宁"]


def _heads(first: str, second: str) -> list[str]:
    out = unpdf([first, second] + BODY, measure=13)
    return out[:out.index("本报记者 陈思")]


def test_a_headline_balanced_with_the_writers_pause_inside_its_second_line_is_one_headline():
    # '…智慧停车场见实效 共建共享新家园' set in two lines of 13 and 11: the second opens on the tail of the
    # first line's phrase ('见实效'), then the writer's pause — no kicker over a headline, no space at the break
    assert _heads("银杏社区：商户的智慧停车场", "见实效 共建共享新家园") == ["银杏社区：商户的智慧停车场见实效 共建共享新家园"]
    assert _heads("清水镇老人的爱心食堂", "暖民心 幸福生活节节高") == ["清水镇老人的爱心食堂暖民心 幸福生活节节高"]
    # a doubled word's description is no subject, whatever the dictionary's class for it (乐融融: noun)
    assert _heads("金沙村：村民的共享菜园", "乐融融 奋进路上再出发") == ["金沙村：村民的共享菜园乐融融 奋进路上再出发"]


def test_a_kicker_over_a_headline_opening_on_its_subject_or_a_deck_stays_apart():
    # the second line opens on a subject of its own (a noun the dictionary knows): a headline under its kicker
    assert _heads("我为群众办实事", "图书角 共建共享新家园") == ["我为群众办实事", "图书角 共建共享新家园"]
    # a kicker's label, a couplet, a dash deck, lines far from even: as they were
    assert _heads("记者蹲点：金沙社区的一天", "见实效 共建共享新家园") == ["记者蹲点：金沙社区的一天", "见实效 共建共享新家园"]
    assert _heads("守护平安 温暖同行", "添新彩 共建共享新家园") == ["守护平安 温暖同行", "添新彩 共建共享新家园"]
    assert _heads("银杏社区：商户的智慧停车场", "——记老党员胡洋") == ["银杏社区：商户的智慧停车场", "——记老党员胡洋"]
    assert _heads("一线见闻", "见实效 共建共享新家园") == ["一线见闻", "见实效 共建共享新家园"]
    # a kicker's label that opens on three characters ('奋斗者 正青春：…'), under a headline or the banner
    assert _heads("清水镇老人的爱心食堂", "奋斗者 正青春：走进杏花社区") == ["清水镇老人的爱心食堂", "奋斗者 正青春：走进杏花社区"]
    # the page banner — its county and colon, one line across the page — over a headline
    assert _heads("我区：民生实事见实效", "暖民心 共建共享新家园") == ["我区：民生实事见实效", "暖民心 共建共享新家园"]


def test_a_headlines_place_on_a_line_of_its_own_under_a_kicker_naming_it_opens_the_headline():
    # compose balanced '河湾社区5G基站乐融融' as '河湾社区' / '5G基站乐融融' under a kicker wider than a
    # column: the place is no scrap of the kicker wrapped in its frame — the kicker names it whole already
    lines = ["绿色发展正当时 奋进路上再出发：河湾社区的新变化", "河湾社区", "5G基站乐融融"] + BODY
    out = unpdf(lines, measure=13)
    assert out[:3] == ["绿色发展正当时 奋进路上再出发：河湾社区的新变化", "河湾社区5G基站乐融融", "本报记者 陈思"]
    # a kicker wrapped in its frame keeps its scrap ('…：青石社区的新' / '变化')
    out = unpdf(["便民服务暖民心 群众笑脸更灿烂：青石社区的新", "变化", "青石社区图书角开放"] + BODY, measure=13)
    assert out[:2] == ["便民服务暖民心 群众笑脸更灿烂：青石社区的新变化", "青石社区图书角开放"]


def test_the_space_at_a_headlines_break_only_where_the_break_may_be_the_writers_pause():
    # the copy's space goes back at the break between a headline's two lines only where the break may
    # have been the pause: not inside a 从…看… frame, nor where a line holds the pause of its own
    from layout_app.intake.headings import headline_halves, wrapped_headlines

    story = ["白沙社区志愿服务队自5月启用以来，白沙社区的居民每周都来。", "据了解，白沙社区还将推广这一做法。"]
    lines = ["记者蹲点：金沙镇的“夜巡队”一天", "从“志愿服务队”看白沙社区", "如何让群众的获得感成色更足"] + story
    assert headline_halves(lines)[1] == "从“志愿服务队”看白沙社区如何让群众的获得感成色更足"
    # (a story that names its 志愿服务队 twice: a place and its colon is no sign of a headline's half, a
    # kicker opens with them too — '马鞍镇：交通惠民')
    own = ["白沙社区志愿服务队自5月启用以来，白沙社区的居民每周都来。", "据了解，白沙社区还将推广志愿服务队的做法。"]
    lines = ["记者蹲点：金沙镇的“夜巡队”一天", "白沙社区：居民的志愿服务队", "十分便捷 奋进路上再出发"] + own
    assert headline_halves(lines)[1] == "白沙社区：居民的志愿服务队十分便捷 奋进路上再出发"
    lines = ["记者蹲点：金沙镇的“夜巡队”一天", "居民点赞 白沙社区的志愿", "服务队开放6天"] + story
    assert headline_halves(lines)[1] == "居民点赞 白沙社区的志愿服务队开放6天"
    assert wrapped_headlines(["银杏社区：商户的智慧停车场", "更便捷 共建共享新家园"]) == ["银杏社区：商户的智慧停车场更便捷 共建共享新家园"]
    # …and where it may: a predicate opens the second line, neither holds a pause
    assert wrapped_headlines(["清水镇完善“充电桩”", "进一步提升了基层治理水平"]) == ["清水镇完善“充电桩” 进一步提升了基层治理水平"]


def test_two_heading_lines_broken_where_compose_would_not_break_one_headline_are_two_parts():
    from layout_app.intake.balanced import compose_breaks_there

    # one line of 20 over one of 9: as one headline compose breaks at its space, 10 over 19 — so the
    # lower is a deck under a whole headline
    assert not compose_breaks_there("互助幸福院“香”飘邻里 一碗热饭里的民生温度", "日均服务老人 33 余人")
    # lines broken at the pause that sets them nearest even: one headline may be so (the text cannot
    # tell it from a kicker over its headline: both stand)
    for upper, lower in (("跑出精气神 赛出好风采", "家门口的社区运动会“满员”了"), ("返乡创业正当时", "直播带货“火”了"),
                         ("田野里的好“丰”景", "机器换人 大棚蔬菜收割提速")):
        assert compose_breaks_there(upper, lower), upper
    # a pause inside the upper line that would set the two nearer even: not compose's break
    assert not compose_breaks_there("守护绿水青山", "华山镇：口袋公园“绿”了家园")


def test_a_lower_line_naming_nothing_of_the_story_is_no_headlines_half_where_compose_would_break_elsewhere():
    from layout_app.intake.headings import headline_halves

    # the upper names the story's own 互助幸福院, the lower nothing of it: a headline's halves by the names
    # alone — but as one headline compose would have broken the two at the upper's space
    text = "走进华山街道新村，处处洋溢着欢声笑语。互助幸福院每天为老人送餐。老人们说，互助幸福院的饭菜香。"
    lines = ["据了解，这里的做法还将推广。", "互助幸福院“香”飘邻里 一碗热饭里的民生温度", "日均服务老人 33 余人", text]
    assert headline_halves(list(lines)) == lines


def test_a_line_opening_on_a_predicate_under_a_whole_phrase_where_compose_would_break_elsewhere_stays():
    from layout_app.intake.headings import wrapped_headlines

    # as one headline '老年食堂让老人吃上“放心饭”还能和老姐妹们聊天' compose sets 9 over 14, at the quote:
    # 4 over 19 is a kicker over its headline, though the lower opens on 让
    assert wrapped_headlines(["老年食堂", "让老人吃上“放心饭”还能和老姐妹们聊天"]) == ["老年食堂", "让老人吃上“放心饭”还能和老姐妹们聊天"]
    # near even there, it is one headline broken before its predicate
    assert wrapped_headlines(["老年食堂“香”飘邻里", "让老人吃上“放心饭”"]) == ["老年食堂“香”飘邻里 让老人吃上“放心饭”"]
