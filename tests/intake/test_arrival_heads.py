"""Headings in copy as it arrives (issue 10 item 1): kickers (引题) of every shape over their
headlines. The expected structures are written by hand, reading the copy as a page editor does."""
import pytest

from layout_app.intake.importer import import_copy
from tests.intake.chars import characters as non_space
from tests.intake.chars import page_characters as output_chars

FIRST = ["守护平安 温暖同行", "河湾社区：夜巡队守护居民安宁", "本报记者 王晨", "",
         "入夏以来，河湾社区组织党员和志愿者成立夜巡队，每晚在辖区主要街巷开展巡查，排查安全隐患。", "",
         "截至目前，夜巡队已累计巡查60余次，劝导整改隐患23处，居民纷纷点赞。"]
HARVEST = "记者了解到，建设街道今年水稻种植面积达2849亩，一台台收割机在田间来回穿梭，收割、脱粒、装袋一气呵成。"


def _import(tmp_path, lines: list[str]):
    text = "\n".join(lines) + "\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page, _ = import_copy(path)
    assert output_chars(page) == non_space(text)          # nothing is ever dropped
    return page


def test_a_kicker_with_a_list_comma_over_headline_deck_and_byline(tmp_path):
    # 、 inside, no stop at its end, right over a headline, a dash deck and a byline: a kicker, not
    # the previous story's last paragraph nor the first half of a sentence
    page = _import(tmp_path, FIRST + ["", "", "无人机植保、智能收割 走进建设街道", "建设街道水稻丰收了",
                                      "——建设街道水稻收获见闻", "通讯员 程国庆 文/图", "", HARVEST])
    assert [s.headline for s in page.stories] == ["河湾社区：夜巡队守护居民安宁", "建设街道水稻丰收了"]
    second = page.stories[1]
    assert (second.kicker, second.deck, second.byline) == ("无人机植保、智能收割 走进建设街道", "——建设街道水稻收获见闻",
                                                          "通讯员 程国庆 文/图")
    assert second.paragraphs == [HARVEST]
    assert page.stories[0].paragraphs[-1].endswith("居民纷纷点赞。")


def test_a_kicker_with_a_comma_over_a_headline_and_the_text(tmp_path):
    # no byline: the story's first paragraph right under the headline
    page = _import(tmp_path, FIRST + ["", "", "机器换人，效率翻番丰收季里走进建设街道", "建设街道水稻丰收了", "", HARVEST])
    assert [(s.kicker, s.headline) for s in page.stories][1] == ("机器换人，效率翻番丰收季里走进建设街道", "建设街道水稻丰收了")
    assert page.stories[1].paragraphs == [HARVEST]


def test_a_sentence_broken_at_a_column_end_is_joined_whatever_follows(tmp_path):
    # the first half has a comma and no stop, its rest broken again at the next column's end: it
    # sits as close as paragraphs do in copy that sets stories apart by wider gaps — one paragraph,
    # no kicker (a kicker stands after a story's gap)
    page = _import(tmp_path, FIRST[:4] + ["入夏以来，河湾社区组织党员和志愿者", "成立夜巡队", "每晚在辖区主要街巷开展巡查。", "",
                                          FIRST[6], "", "", "青石镇：图书角里书香浓", "", HARVEST])
    assert len(page.stories) == 2
    assert page.stories[0].paragraphs == ["入夏以来，河湾社区组织党员和志愿者成立夜巡队每晚在辖区主要街巷开展巡查。", FIRST[6]]


def test_a_sentence_cut_off_over_the_next_kicker_and_headline_is_no_kicker(tmp_path):
    # copy without blank lines: the last paragraph of a story cut off (its rest went elsewhere), then
    # the next story's kicker and headline — two heading lines, no story's start under the first: the
    # cut line is running text, not a kicker. (Where it goes — it is still glued to the next
    # story's heading — is left open; this pins only that it is never taken as a kicker.)
    cut = "截至目前，夜巡队已累计巡查60余次，劝导整改隐患23处"
    page = _import(tmp_path, [l for l in FIRST[:5] if l] + [cut, "书香满镇 阅读成风", "青石镇：图书角里书香浓", HARVEST])
    assert all(s.kicker != cut for s in page.stories)
    assert page.stories[0].paragraphs[-1].startswith(cut)


def test_a_headline_ending_on_a_word_in_di_is_a_headline(tmp_path):
    # 大天地 is a noun: the headline is whole (地 after an adverb, 开心地, leaves its sentence open)
    page = _import(tmp_path, FIRST + ["", "", "小课堂 大天地", "", "——记老师沈桂芳", "", "本报记者 何淑珍", "", HARVEST])
    assert [(s.headline, s.deck, s.byline) for s in page.stories][1] == ("小课堂 大天地", "——记老师沈桂芳", "本报记者 何淑珍")
    assert page.stories[0].paragraphs[-1].endswith("居民纷纷点赞。")


def test_a_line_ending_on_an_adverbs_di_goes_on():
    from layout_app.intake.repair import mid_sentence

    assert mid_sentence("老人们在食堂里开心地") is True
    assert mid_sentence("小课堂 大天地") is None
    assert mid_sentence("一分耕耘 这份辛苦值得") is None


def test_a_short_question_over_a_headline_is_its_kicker(tmp_path):
    # 出行难？ asks what the headline answers: a kicker, not a photo's caption standing apart
    page = _import(tmp_path, FIRST + ["", "", "", "出行难？", "出行更方便了", "本报记者 孙一鸣 文/图", "", HARVEST])
    assert [(s.kicker, s.headline) for s in page.stories][1] == ("出行难？", "出行更方便了")
    assert page.captions == []
    # the same question over running text is the story's own paragraph
    page = _import(tmp_path, FIRST + ["", "出行难？", "", HARVEST])
    assert len(page.stories) == 1 and page.stories[0].paragraphs[-2:] == ["出行难？", HARVEST]


LEAD = "本版今起推出“身边的变化”专栏，带您走进基层一线，看看老百姓家门口的新变化。今天，我们走进几个村（社区），听听群众怎么说。"


def test_a_theme_shaped_kicker_naming_its_headlines_place_is_no_banner(tmp_path):
    # two phrases of a banner's weight over the page's first headline, no banner anywhere: but it
    # names the headline's place (华山街道见闻 / 华山街道：…) — the story's kicker, not the page's banner
    page = _import(tmp_path, [LEAD, "", "", "三秋生产正当时 华山街道见闻", "华山街道：田野里的好“丰”景", "", HARVEST])
    assert page.banner is None
    assert (page.stories[0].kicker, page.stories[0].headline) == ("三秋生产正当时 华山街道见闻", "华山街道：田野里的好“丰”景")
    # the same shape naming no place of the headline is taken for the banner (as before)
    page = _import(tmp_path, [LEAD, "", "", "便民服务暖民心 共建共享新家园", "华山街道：田野里的好“丰”景", "", HARVEST])
    assert page.banner is not None and page.banner["headline"] == "便民服务暖民心 共建共享新家园"


def test_a_theme_shaped_kicker_taking_the_reader_to_a_town_is_no_banner(tmp_path):
    # the headline names no place, but the kicker ends by taking the reader to one (走进城北街道):
    # a story's kicker — a page banner speaks for the county
    page = _import(tmp_path, [LEAD, "", "", "三秋生产正当时 走进城北街道", "田野里的好“丰”景", "", HARVEST])
    assert page.banner is None
    assert (page.stories[0].kicker, page.stories[0].headline) == ("三秋生产正当时 走进城北街道", "田野里的好“丰”景")


def test_the_files_first_line_set_apart_from_the_heading_under_it_is_the_banner(tmp_path):
    # on top of the file, two blank lines under it, while the story's heading, byline and text sit
    # closer: the page's banner, though shaped like neither 我县：… nor a two-phrase theme
    story = ["小区停车棚改出幸福感 老小区换新颜", "", "本报记者 杨秀兰", HARVEST]
    page = _import(tmp_path, ["让群众的日子越过越红火", "", ""] + story)
    assert page.banner is not None and page.banner["headline"] == "让群众的日子越过越红火"
    assert page.stories[0].kicker is None and page.stories[0].headline == "小区停车棚改出幸福感 老小区换新颜"
    # copy that sets every part that far apart gives no such sign: the line is the story's kicker
    page = _import(tmp_path, ["让群众的日子越过越红火", "", "", "小区停车棚改出幸福感 老小区换新颜", "", "", "本报记者 杨秀兰",
                              "", "", HARVEST])
    assert page.banner is None and page.stories[0].kicker == "让群众的日子越过越红火"


def test_the_files_first_line_naming_a_street_is_a_kicker_however_far_apart(tmp_path):
    # the same spacing, but the line names a street (双河街道): it speaks for one story, not the page
    story = ["口袋公园见实效", "", "本报记者 杨秀兰", HARVEST]
    page = _import(tmp_path, ["基层治理有新招 群众笑脸更灿烂：双河街道的新变化", "", ""] + story)
    assert page.banner is None and page.stories[0].kicker == "基层治理有新招 群众笑脸更灿烂：双河街道的新变化"


def test_a_headline_under_a_kicker_asking_its_question_is_no_paragraphs_first_half(tmp_path):
    """'…社区：放学后，孩子们去哪儿了？' ends as a sentence does and holds a comma, but one short question
    is a kicker, not running text: the headline under it (no mark at its end) is no first half of the
    paragraph after it."""
    text = "3月14日上午，玉泉社区格外热闹。课后服务采取学生自愿、家长申请的方式，参与率达82.8%。"
    page = _import(tmp_path, FIRST + ["", "", "玉泉社区：放学后，孩子们去哪儿了？", "", "实验小学足球课开课 2471名学生报名",
                                      "", "", "　　" + text])
    assert [(s.kicker, s.headline, s.paragraphs) for s in page.stories][1] == \
        ("玉泉社区：放学后，孩子们去哪儿了？", "实验小学足球课开课 2471名学生报名", [text])


def test_two_heading_lines_one_in_figures_are_a_guess_shown_with_its_reason(tmp_path):
    """运动正当时 / 3201名选手同场竞技 is a kicker over a headline that counts; 健身热 / 3201名选手参赛
    could as well be a headline over its deck: a short slogan over a line of figures leaves the text
    unable to tell, so the guess is shown (and says why); two heading lines without figures are not."""
    path = tmp_path / "page.txt"
    path.write_text("\n".join(FIRST + ["", "", "运动正当时", "3201名选手同场竞技", "", HARVEST, "", "", "文明新风",
                                       "老年食堂开张了", "", HARVEST]) + "\n", encoding="utf-8")
    page, copy = import_copy(path)
    # (which reading the guess takes is not asserted: the point is that it is shown)
    assert (page.stories[2].kicker, page.stories[2].headline) == ("文明新风", "老年食堂开张了")
    assert page.stories[1].confidence < 0.6 <= page.stories[2].confidence      # (no figures: the usual order)
    figures = [n for n in copy.notices if "one in figures" in n]
    assert len(figures) == 1 and "3201名选手同场竞技" in figures[0] and "printed page" not in figures[0]


@pytest.mark.parametrize("first, second, deck", [
    # a whole headline over a summary in figures that names no one: its deck
    ("爱心餐厅开张了", "日均服务老人20余人", True),
    ("外墙保温办到居民心坎上", "全年完成50个小区 惠及4479户", True),
    ("巡回医疗车守护“一老一小”", "42个科室18:00至21:00开放", True),      # (a time's colon is no label)
    ("仁和镇新增27处定制公交", "全长38公里 串起38个村", True),         # (a headline that counts, its deck too)
    # a slogan, a column label, '走进…' or a scene with a comma over a headline that counts: a kicker
    ("运动正当时", "852名选手同场竞技", False),
    ("北塘街道新华村：网店带旺烟火气", "18家企业提供岗位1745个", True),
    ("兴隆镇：体育惠民", "累计服务老人3960人次", False),              # (a label and a slogan)
    # a deck that opens on a figure and goes on in phrases: under a headline, not under a slogan
    ("“充电桩”显身手", "220名志愿者参与 受到居民普遍欢迎", True),
    ("体育惠民", "3012名选手同场竞技 跑出精气神 赛出好风采", False),
    # … nor one naming, after its count, the place a slogan over it does not (the varied generator's 7092)
    ("运动正当时", "3725名选手同场竞技 团结街道永安村广场舞大赛热力开打", False),
    ("“共享菜园”显身手", "14名志愿者参与 为乡村振兴注入了新动能", True),      # (为乡村 is no place)
    ("人居环境整治进行时 走进花园乡", "497亩荒地变身植树造林 天更蓝了 水更清了", False),
    ("送文化下乡 走进兴隆街道", "区文化馆读书会巡演46场", False),
    ("金秋十月，烤烟压弯枝头", "全县烤烟亩产增加近29公斤", False),
    # the headline names its place or its event before the count; '5G' is a name, not a count
    ("让群众的日子越过越红火", "康乐乡新增46处过街通道", False),
    ("烟火气里的太平街道", "网店开张 3953个摊位全部租出", False),
    ("让群众的日子越过越红火", "“5G基站”护安宁", False),
    # a theme ending on the place it names is a kicker's; one going there (下乡, 进社区) may head a deck
    ("生态胜利乡", "2790亩荒地变身口袋公园 天更蓝了 水更清了", False),
    ("书香华山乡三元村", "3650人次走进农家书屋", False),
    ("专家义诊进社区", "300名居民受益 受到居民普遍欢迎", True),
    ("区文化馆送戏下乡", "86场演出 受到村民普遍欢迎", True),
    # a question asks what the headline under it answers: a kicker
    ("周末去哪儿？", "1272名选手同场竞技 村BA热力开打", False),
    ("花园社区：周末去哪儿?", "1272名选手同场竞技", False),
])
def test_a_deck_in_figures_is_told_from_a_headline_that_counts(first, second, deck):
    from layout_app.intake.structure import sums_up
    assert sums_up(first, second) is deck


def test_a_briefs_dateline_cut_at_a_column_end_runs_on_under_its_headline(tmp_path):
    """'本报讯（记者 卢永福）入' / blank / '冬以来，…': a dateline opens the brief's first paragraph and
    goes on after the cut — it is no heading line under the headline."""
    text = "冬以来，大桥镇楼道改造的工作一刻没有停。施工期间，社区每天安排专人值守。"
    page = _import(tmp_path, FIRST + ["", "", "大桥镇：楼道改造改出幸福感", "本报讯（记者 卢永福）入", "", text])
    story = page.stories[1]
    assert (story.kicker, story.headline) == (None, "大桥镇：楼道改造改出幸福感")
    assert story.paragraphs == ["本报讯（记者 卢永福）入" + text]


def test_a_headline_over_its_deck_in_figures_is_no_kicker_over_a_headline(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(FIRST + ["", "", "爱心餐厅开张了", "日均服务老人20余人", "", HARVEST]) + "\n",
                    encoding="utf-8")
    page, copy = import_copy(path)
    story = page.stories[1]
    assert (story.kicker, story.headline, story.deck) == (None, "爱心餐厅开张了", "日均服务老人20余人")
    assert story.confidence >= 0.6 and not [n for n in copy.notices if "one in figures" in n]


def test_the_first_heading_over_a_briefs_dateline_is_a_story_not_the_banner(tmp_path):
    """The page's first heading over one paragraph and then a story reads as banner and page lead —
    unless the paragraph opens on a brief's dateline (本报讯（记者 …）): a page lead carries none, so
    it is the first story (the banner standing elsewhere in the file, as blocks out of order leave it)."""
    brief = "本报讯（记者 苏卫国 通讯员 高敏）今年以来，沙坪乡把中医馆作为民生实事来抓，把好事办到群众心坎上。"
    page = _import(tmp_path, ["沙坪乡：中医馆开诊100天 接诊4731人次", "", brief, "", "", "金秋好“丰”景", "", HARVEST])
    assert page.banner is None and page.lead == []
    assert [(s.headline, s.paragraphs) for s in page.stories] == [
        ("沙坪乡：中医馆开诊100天 接诊4731人次", [brief]), ("金秋好“丰”景", [HARVEST])]
