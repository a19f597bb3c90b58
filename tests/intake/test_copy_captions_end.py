"""Copy typed as a reporter sends it, one blank line between all its blocks (so its spacing sets no
caption apart): the captions at its end, and a banner where a PDF's text leaves it, mid-copy. The
structure expected is written by hand."""
from layout_app.intake.importer import import_copy


def read(tmp_path, blocks):
    path = tmp_path / "copy.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    page, _ = import_copy(path)
    return page


STORY_A = ["项目建设", "开发区：三十个重点项目集中开工", "本报记者 王晨",
           "10月15日，县经济开发区举行第四季度重点项目集中开工仪式，新能源电池材料、智能家居制造等30个项目同时开工。",
           "走进新能源电池材料项目施工现场，塔吊林立、机器轰鸣，200多名工人正在紧张施工，项目建成后可年产正极材料5万吨。"]
STORY_B = ["民生保障", "十件民生实事进展顺利", "本报记者 赵磊",
           "记者从县政府办获悉，今年我县确定的十件民生实事项目进展顺利，截至9月底，已完成投资4.8亿元，占年度计划的82%。",
           "在医疗方面，县人民医院新住院楼主体完工，乡镇卫生院全部配备了彩超等设备，群众在家门口就能做检查。"]
BRIEF = ["生态环保", "空气质量优良天数比例创新高",
         "本报讯（记者 王晨）前三季度，我县空气质量优良天数比例达到88.6%，同比提高3.2个百分点，创历史同期最好水平。"]


def test_captions_after_the_last_story_naming_what_other_stories_tell(tmp_path):
    """Two captions closing the copy, after its last story (a brief on air quality): one names the 开发区
    of the first story's headline, the other the hospital ward the second story's text tells of —
    neither is the brief's last paragraphs."""
    page = read(tmp_path, STORY_A + STORY_B + BRIEF + ["开发区新能源电池材料项目施工现场。", "县人民医院新住院楼主体完工。"])
    assert [s.headline for s in page.stories] == ["开发区：三十个重点项目集中开工", "十件民生实事进展顺利", "空气质量优良天数比例创新高"]
    assert len(page.stories[2].paragraphs) == 1
    assert {c.text: c.story for c in page.captions} == {"开发区新能源电池材料项目施工现场。": 0, "县人民医院新住院楼主体完工。": 1}


def test_a_run_of_captions_before_the_photo_credit_line(tmp_path):
    """Three short sentences in a row right before 本版图片由…摄 are the photos' captions, though the
    story they follow names the same village: not three last paragraphs of it."""
    story = ["记者手记", "路通百业兴", "本报记者 王晨",
             "采访中，记者最深的感受是，一条路改变的不只是出行，更是一个村庄的精气神。从肩挑背扛到车来车往，马家岭村的变化，是我县农村公路建设的一个缩影。"]
    captions = ["通车当天，村民们在新修的产业路上合影留念。", "马家岭村果农将刚采摘的苹果装车外运。", "马小军在自家农家乐里招呼游客。"]
    page = read(tmp_path, story + captions + ["本版图片由本报记者 王晨 摄"])
    assert [s.headline for s in page.stories] == ["路通百业兴"]
    assert len(page.stories[0].paragraphs) == 1
    assert sorted(c.text for c in page.captions) == sorted(captions)


def test_one_short_last_paragraph_before_the_credit_stays_the_storys(tmp_path):
    """One short sentence closing a story before the credit line, naming only what its own story
    tells and showing no scene, is its last paragraph (a run needs two)."""
    page = read(tmp_path, STORY_B + ["县人民医院新住院楼主体完工。", "本版图片由本报记者 王晨 摄"])
    assert page.stories[0].paragraphs[-1] == "县人民医院新住院楼主体完工。"
    assert not page.captions


BANNER = ["我县：持续擦亮“文明城市”金字招牌", "——全国文明城市创建工作纪实",
          "文明是一座城市的气质，也是一座城市的底色。近年来，我县以创建全国文明城市为契机，持续推进城市精细化管理。"]


def test_a_banner_mid_copy_is_the_pages_banner_over_its_lead(tmp_path):
    """As a PDF's text leaves it: the first story, then the banner with its deck and the lead paragraph,
    then the other stories — the banner on top, its paragraph the page lead, not a story."""
    page = read(tmp_path, STORY_A + BANNER + STORY_B)
    assert page.banner == {"kicker": None, "headline": "我县：持续擦亮“文明城市”金字招牌", "deck": "——全国文明城市创建工作纪实"}
    assert page.lead == [BANNER[2]]
    assert [s.headline for s in page.stories] == ["开发区：三十个重点项目集中开工", "十件民生实事进展顺利"]
    assert len(page.stories[0].paragraphs) == 2 and len(page.stories[1].paragraphs) == 2


def test_a_county_headline_over_its_story_mid_copy_stays_a_story(tmp_path):
    """The same heading over a story's paragraphs (a feature on the county's work) is a story."""
    body = [BANNER[2], "截至目前，全县累计整治背街小巷126条，新建口袋公园18个，城市面貌焕然一新。"]
    page = read(tmp_path, STORY_A + BANNER[:2] + body + STORY_B)
    assert page.banner is None
    assert [s.headline for s in page.stories] == ["开发区：三十个重点项目集中开工", "我县：持续擦亮“文明城市”金字招牌",
                                                  "十件民生实事进展顺利"]


def test_a_caption_opening_on_the_place_it_shows_closes_its_story(tmp_path):
    """'幸福里社区服务站，志愿者为居民免费理发。' closing a story before the next heading: a caption (the
    place it shows, a comma, who does what), though its story's text names the same station; a last
    paragraph opening on 社区里 (two characters and 里) is no such place."""
    story = ["东关街道：“15分钟便民生活圈”让居民幸福感满满", "本报记者 孙悦",
             "在幸福里社区服务站，记者看到，理发、缝补、家电维修等便民服务一应俱全，前来办事的居民络绎不绝。"]
    caption = "幸福里社区服务站，志愿者为居民免费理发。"
    page = read(tmp_path, story + [caption] + STORY_B)
    assert [c.text for c in page.captions] == [caption] and page.captions[0].story == 0
    assert page.stories[0].paragraphs == story[2:]
    page = read(tmp_path, story + ["社区里，大家都说日子越过越好。"] + STORY_B)
    assert not page.captions and page.stories[0].paragraphs[-1] == "社区里，大家都说日子越过越好。"


def test_a_caption_naming_whom_it_shows_by_their_place_closes_its_story(tmp_path):
    """'望江社区工作人员指导老人使用“智慧社区”APP。' closing a story before the next heading: the
    community's staff at work, a photo's caption; a closing sentence reporting what the staff said
    stays the story's."""
    story = ["5G智慧社区：一部手机办好“家门口”的事",
             "在望江社区，居民通过“智慧社区”APP就能完成报修、缴费、预约办事等30多项服务。",
             "据了解，“智慧社区”平台上线以来，已累计服务居民1.2万人次，办结率达到99%。"]
    caption = "望江社区工作人员指导老人使用“智慧社区”APP。"
    page = read(tmp_path, story + [caption] + STORY_B)
    assert [(c.text, c.story) for c in page.captions] == [(caption, 0)]
    assert page.stories[0].paragraphs == story[1:]
    said = "望江社区工作人员表示，平台明年还将新增10项服务。"
    page = read(tmp_path, story + [said] + STORY_B)
    assert not page.captions and page.stories[0].paragraphs[-1] == said


BRIEF_DATED = ["全县首个农村电商直播基地落户柳湾村",
               "本报讯（记者 何静）11月27日，全县首个农村电商直播基地在柳湾镇柳湾村正式投入使用。",
               "基地运营负责人介绍，开播一周以来，已销售本地特产1.2万单，销售额达65万元。"]
LEAD_DATED = "本报讯（记者 何静）入冬以来，我县多措并举促进农民增收。截至11月底，全县今冬已新增就业岗位5600余个。"


def test_the_page_lead_after_its_banners_photo_caption_is_the_lead(tmp_path):
    """The banner mid-copy, its photo's caption under it, then the lead's 本报讯 paragraph: the page
    lead — not a paragraph of the story before, nor left over."""
    caption = "柳湾村电商直播基地里，主播正在推介本地特产。"
    page = read(tmp_path, BRIEF_DATED + BANNER[:2] + [caption, LEAD_DATED] + STORY_B)
    assert page.banner["headline"] == BANNER[0] and page.lead == [LEAD_DATED]
    assert [s.paragraphs for s in page.stories] == [BRIEF_DATED[1:], STORY_B[3:]]
    assert not page.unassigned


def test_a_second_dateline_in_a_story_is_the_page_lead_when_the_banner_has_none(tmp_path):
    """As a PDF's text can leave it: the banner first, then a brief opening on its dateline, then
    another 本报讯 paragraph — a story has one dateline: the second opens the page lead. With no banner
    on the page it stays the story's (no lead to be)."""
    page = read(tmp_path, BANNER[:2] + BRIEF_DATED + [LEAD_DATED] + STORY_B)
    assert page.lead == [LEAD_DATED] and page.stories[0].paragraphs == BRIEF_DATED[1:]
    page = read(tmp_path, BRIEF_DATED + [LEAD_DATED] + STORY_B)
    assert page.lead == [] and page.stories[0].paragraphs == BRIEF_DATED[1:] + [LEAD_DATED]


def test_the_lead_under_a_banner_whose_caption_is_set_apart_is_the_lead(tmp_path):
    """The same with the caption set apart by wider spacing: the 本报讯 paragraph after it is the page lead."""
    caption = "柳湾村电商直播基地里，主播正在推介本地特产。"
    text = ("\n\n".join(BRIEF_DATED + BANNER[:2]) + "\n\n\n\n" + caption + "\n\n\n\n"
            + "\n\n".join([LEAD_DATED] + STORY_B) + "\n")
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    page = import_copy(path)[0]
    assert page.banner["headline"] == BANNER[0] and page.lead == [LEAD_DATED]
    assert [c.text for c in page.captions] == [caption] and not page.unassigned


def test_a_caption_dating_its_photo_opens_the_run_before_the_credit(tmp_path):
    """'12月1日，石门镇东岭村草莓产业园内，游客正在采摘草莓。' first of the captions before the page's
    photo credit: the day, then the scene — a caption, not the last story's closing paragraph. A
    paragraph opening on a day and reporting stays text."""
    captions = ["12月1日，石门镇东岭村草莓产业园内，游客正在采摘草莓。", "县人民医院新住院楼里，护士正在整理病房。"]
    page = read(tmp_path, STORY_A + STORY_B + BRIEF + captions + ["本版图片由本报记者 王晨 摄"])
    assert sorted(c.text for c in page.captions) == sorted(captions)
    assert page.stories[2].paragraphs == BRIEF[2:]
    report = "12月1日，县人民医院新住院楼正式启用。"
    page = read(tmp_path, STORY_A + STORY_B + [report, captions[1], "本版图片由本报记者 王晨 摄"])
    assert page.stories[1].paragraphs[-1] == report
