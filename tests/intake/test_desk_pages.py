"""Copy of pages the corpus generator does not write — a sports page, a culture weekly — typed as a
desk sends it (a reviewer's, written with its expected structure before import was run): a match's
results a row a line, the page's credits one per line, an interview's questions, a books column signed
at its foot, a weekly's name over its issue's theme and labelled lead, a books column."""
from tests.intake.imported import import_text

SPORTS = """体育新闻

主场逆转 雄狮队三连胜领跑积分榜
——市足球超级联赛第十二轮战罢

本报记者 王海涛

10月19日晚，2024年市足球超级联赛第十二轮在市体育中心打响。东道主雄狮队以3:1逆转战胜来访的滨江海鸥队，取得三连胜。

雄狮队队长陈浩（右）在比赛中突破对方防守。 本报记者 孙磊 摄

赛事速递

市超第十二轮其余比赛结果：

鹰城队 2:2 开发区队

江北联队 0:1 高新队

铁路队 4:0 大学城队

马拉松：2024城市马拉松将于11月10日鸣枪开跑，报名人数已突破2.5万人。

本版图片由本报记者孙磊、林晓摄
版式设计 何畅
"""

CULTURE = """文化周刊

从宣纸到屏幕：水墨的另一种可能

本期导语：当传统水墨遇上数字影像，今天的艺术现场正在发生什么？本期我们走进一位作家的书房。

写作是与时间的一场长谈
——访作家陆晚秋

本报记者 唐宁

今年秋天，本土作家陆晚秋的长篇小说《河埠头》获得省文学奖。日前，记者在她的书房里进行了专访。

记者：《河埠头》写了整整八年，是什么支撑您坚持下来？

答：其实没有什么特别的支撑，就是每天早上写两千字，写不出来就去河边走一走。

记者：接下来有什么写作计划？

答：想写一部关于小镇女性手艺人的非虚构作品，已经采访了十几位老人。

越剧《梁祝》新编版下月首演

本报讯（记者 唐宁）市越剧团新编越剧《梁祝》将于11月8日至10日在大剧院首演。新编版保留了“十八相送”“楼台会”等经典唱段。

（推荐人：市图书馆 陈静）

本版图片由本报记者周彤、唐宁摄
版式设计 马骁
"""


def test_results_a_row_a_line_are_a_table_and_the_credits_stay_apart(tmp_path):
    page = import_text(tmp_path, SPORTS).to_json()
    text = "".join(p for s in page["stories"] for p in s["paragraphs"])
    # each result whole, never run into the next ('…开发区队江北联队 0:1 高新队…')
    assert "开发区队江北联队" not in text and "高新队铁路队" not in text
    table = next(p for s in page["stories"] for p in s["paragraphs"] if "鹰城队" in p)
    assert table.split("\n") == ["市超第十二轮其余比赛结果：", "鹰城队\t2:2\t开发区队", "江北联队\t0:1\t高新队",
                                 "铁路队\t4:0\t大学城队"]
    assert page["credits"] == ["本版图片由本报记者孙磊、林晓摄", "版式设计 何畅"]


BOOKS = """书香荐读

《河埠头》

陆晚秋 著　江南文艺出版社

小说以一条河、一座小镇为背景，讲述了三代女性在时代变迁中的坚守与选择，语言清丽，细节动人。

《山野的回声》

周北辰 著　人民文学出版社

作者用十年时间走访西南山区的乡村教师，记录下一个个平凡而坚韧的身影。

（推荐人：市图书馆 陈静）
"""


def test_the_section_name_over_the_page_is_its_running_heads_not_a_kicker(tmp_path):
    page = import_text(tmp_path, SPORTS).to_json()
    assert [(s["kicker"], s["headline"]) for s in page["stories"]] == [
        (None, "主场逆转 雄狮队三连胜领跑积分榜"), (None, "赛事速递")]
    assert page["running_head"] == {"section": "体育新闻"} and page["furniture"] == ["体育新闻"]
    # the results under the 速递 label are its first item, the run-in 马拉松 item its next — no caption
    assert page["stories"][1]["paragraphs"][0].startswith("市超第十二轮其余比赛结果：\n鹰城队")
    assert page["stories"][1]["paragraphs"][1:] == ["马拉松：2024城市马拉松将于11月10日鸣枪开跑，报名人数已突破2.5万人。"]
    assert [c["text"][:6] for c in page["captions"]] == ["雄狮队队长陈"]


def test_composed_the_news_leads_and_the_section_heads_the_page(tmp_path):
    from tests.intake.composed import compose_copy
    code, _, doc = compose_copy(tmp_path, SPORTS, {})
    ranks = {s.headline: s.rank for s in doc.stories if s.headline}
    # the 速递 column runs longer (its results), yet a column of briefs leads no page: the match report does
    assert code == 0 and ranks == {"主场逆转 雄狮队三连胜领跑积分榜": "lead", "赛事速递": "brief"}
    assert doc.pages[0].section == "体育新闻"


def test_a_kicker_over_the_first_story_stays_its_kicker(tmp_path):
    page = import_text(tmp_path, SPORTS.replace("体育新闻", "体育惠民", 1)).to_json()
    assert page["stories"][0]["kicker"] == "体育惠民" and "running_head" not in page


def test_a_books_column_is_one_column_of_its_books(tmp_path):
    page = import_text(tmp_path, BOOKS).to_json()
    assert len(page["stories"]) == 1
    column = page["stories"][0]
    assert column["headline"] == "书香荐读" and column["kicker"] is None and column["deck"] is None
    assert column["paragraphs"] == [
        "《河埠头》", "陆晚秋 著　江南文艺出版社",
        "小说以一条河、一座小镇为背景，讲述了三代女性在时代变迁中的坚守与选择，语言清丽，细节动人。",
        "《山野的回声》", "周北辰 著　人民文学出版社", "作者用十年时间走访西南山区的乡村教师，记录下一个个平凡而坚韧的身影。",
        "（推荐人：市图书馆 陈静）"]
    assert column["items"] == [0, 3]


def test_a_books_column_typed_a_title_and_imprint_a_line_over_each_books_text(tmp_path):
    typed = """书香荐读

《长安的荔枝》 马伯庸 著 湖南文艺出版社
一骑红尘妃子笑，无人知是荔枝来。小说讲述唐代小吏李善德将新鲜荔枝从岭南运到长安的故事。

《人间草木》 汪曾祺 著 江苏凤凰文艺出版社
汪曾祺写花草树木、写吃食、写故乡人物，文字平淡而有味。

（推荐人：市图书馆 陈静）
"""
    (column,) = import_text(tmp_path, typed).to_json()["stories"]
    assert column["headline"] == "书香荐读" and column["items"] == [0, 3]
    assert column["paragraphs"] == [
        "《长安的荔枝》", "马伯庸 著 湖南文艺出版社", "一骑红尘妃子笑，无人知是荔枝来。小说讲述唐代小吏李善德将新鲜荔枝从岭南运到长安的故事。",
        "《人间草木》", "汪曾祺 著 江苏凤凰文艺出版社", "汪曾祺写花草树木、写吃食、写故乡人物，文字平淡而有味。", "（推荐人：市图书馆 陈静）"]


def test_an_interviews_questions_a_signed_note_and_a_weeklys_labelled_lead(tmp_path):
    page = import_text(tmp_path, CULTURE).to_json()
    heads = [s["headline"] for s in page["stories"]]
    assert heads == ["写作是与时间的一场长谈", "越剧《梁祝》新编版下月首演"]
    talk = page["stories"][0]
    assert talk["deck"] == "——访作家陆晚秋" and talk["byline"] == "本报记者 唐宁"
    assert [p[:4] for p in talk["paragraphs"]] == ["今年秋天", "记者：《", "答：其实", "记者：接", "答：想写"]
    # the bracketed signature is the last item's last line, no banner
    assert page["stories"][1]["paragraphs"][-1] == "（推荐人：市图书馆 陈静）"
    assert page["banner"]["headline"] == "从宣纸到屏幕：水墨的另一种可能" and page["banner"]["kicker"] == "文化周刊"
    assert page["lead"] == ["本期导语：当传统水墨遇上数字影像，今天的艺术现场正在发生什么？本期我们走进一位作家的书房。"]
    assert page["credits"] == ["本版图片由本报记者周彤、唐宁摄", "版式设计 马骁"]


NOTICE = """县自来水公司停水通知

　　因城区供水主管网改造施工需要，县自来水公司定于9月10日进行停水作业。现将有关事项通知如下：
　　一、停水时间：9月10日8时至20时。
　　二、停水范围：人民路（解放路至北环路段）、建设街、文化巷及周边小区。
　　特此通知。
　　　　　　　　　　　　　　　　　　　　　　　　县自来水公司
　　　　　　　　　　　　　　　　　　　　　　　　2024年9月5日

9月份城区部分蔬菜零售价格

本报讯 白菜、土豆价格与上周持平，西红柿、青椒价格小幅回落，市民采购菜篮子的负担有所减轻。

短评

让民生工程暖到心坎上

　　老旧小区改造，改的是房子，暖的是人心。城关镇的做法之所以赢得群众点赞，关键在于把决定权交给居民。
　　民生工程不是“政绩工程”，必须坚持问需于民、问计于民，才能让每一项民生实事真正落地见效。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　晓　风
"""

BANNER = """城关镇：老旧小区改造惠及三千余户

今年已完成改造项目十二个，群众满意度达百分之九十六

　　今年以来，城关镇把老旧小区改造作为民生实事的头号工程，坚持“一区一策”，累计投入资金一点二亿元，完成十二个小区改造。

聚焦群众急难愁盼
城关镇老旧小区改造提速增效

本报讯（记者 赵敏）5月20日上午，记者走进城关镇东风路社区化肥厂家属院，只见新铺的沥青路面平整干净，楼道里的声控灯一跺脚就亮。
　　“以前下雨院子里全是积水，出门得穿雨靴。现在路修好了，管网也换了，住着舒心多了。”今年72岁的居民张桂兰笑着说。
　　据了解，今年城关镇计划改造老旧小区十八个，目前已完成十二个，其余六个将于10月底前全部完工。
"""


def test_a_pieces_sign_off_typed_pushed_right_is_its_own_and_its_items_each_a_paragraph(tmp_path):
    page = import_text(tmp_path, NOTICE).to_json()
    assert [s["headline"] for s in page["stories"]] == ["县自来水公司停水通知", "9月份城区部分蔬菜零售价格", "让民生工程暖到心坎上"]
    notice = page["stories"][0]["paragraphs"]
    # the intro ending on its colon and each numbered item a paragraph; the issuer and date its last lines
    assert [p[:4] for p in notice] == ["因城区供", "一、停水", "二、停水", "特此通知", "县自来水", "2024"]
    assert notice[-2:] == ["县自来水公司", "2024年9月5日"]
    assert page["stories"][2]["paragraphs"][-1] == "晓　风" and page["banner"] is None


def test_sign_offs_set_flush_right(tmp_path):
    from tests.intake.composed import compose_copy
    _, _, doc = compose_copy(tmp_path, NOTICE, {})
    by_head = {s.headline: s for s in doc.stories}
    for head, flush in (("县自来水公司停水通知", {4, 5}), ("让民生工程暖到心坎上", {2})):
        local = {f.paragraph: dict(f.local) for f in by_head[head].formats}
        assert {j for j, d in local.items() if d.get("align") == "right"} == flush, head


def test_a_town_banner_over_its_deck_of_clauses_and_the_indented_lead(tmp_path):
    page = import_text(tmp_path, BANNER).to_json()
    assert page["banner"] == {"kicker": None, "headline": "城关镇：老旧小区改造惠及三千余户",
                              "deck": "今年已完成改造项目十二个，群众满意度达百分之九十六"}
    assert page["lead"] == ["今年以来，城关镇把老旧小区改造作为民生实事的头号工程，坚持“一区一策”，累计投入资金一点二亿元，完成十二个小区改造。"]
    assert [(s["kicker"], s["headline"]) for s in page["stories"]] == [("聚焦群众急难愁盼", "城关镇老旧小区改造提速增效")]


def test_captions_numbered_among_the_pages_photos_are_captions_by_their_number(tmp_path):
    """'图①：改造后的化肥厂家属院焕然一新。' typed after the last story was read as its last paragraph; a
    numbered caption is one by its own word — and is not said to be known 'by its shape only'."""
    from layout_app.intake.importer import import_copy

    f = tmp_path / "raw.txt"
    f.write_text("城关镇老旧小区改造提速增效\n\n本报记者 王晓东\n\n5月20日上午，记者走进城关镇化肥厂家属院，新铺的沥青路面平整干净。"
                 "\n\n据了解，今年城关镇计划改造老旧小区十八个。\n\n金山村：小草莓串起致富链\n\n本报讯 眼下正是草莓采摘季，金山村"
                 "草莓种植基地的大棚里游客络绎不绝。\n\n图①：改造后的化肥厂家属院焕然一新。\n图②：居民在新建的休闲广场上健身。\n",
                 encoding="utf-8")
    page, copy = import_copy(f)
    assert [c.text for c in page.captions] == ["图①：改造后的化肥厂家属院焕然一新。", "图②：居民在新建的休闲广场上健身。"]
    assert page.stories[1].paragraphs == ["本报讯 眼下正是草莓采摘季，金山村草莓种植基地的大棚里游客络绎不绝。"]
    assert not [n for n in copy.notices if "shape only" in str(n)]


def test_a_picture_storys_credit_typed_on_its_texts_line_is_its_photos_credit(tmp_path):
    """'…确保颗粒归仓。　本报记者 王晓东 摄' under 图片新闻 printed run on in the text ('…归仓。本报记者/王晓东
    摄'): the credit is the photo's, set as credits are; the text keeps every other character."""
    from tests.intake.composed import compose_copy
    copy = ("我县举办首届青少年科技创新大赛\n\n本报讯（记者 何静）5月19日，我县首届青少年科技创新大赛在县青少年活动中心举行。"
            "全县二十六所中小学的三百余名学生参赛。\n\n大赛设创意设计、科技制作、编程挑战三个项目，共评出一等奖十五个。\n\n"
            "图片新闻\n\n麦收时节农机忙\n\n　　5月21日，在青龙乡小王庄村，农机手驾驶联合收割机抢收小麦。眼下，我县三十二万亩小麦陆续"
            "进入收获期，确保颗粒归仓。　　本报记者 王晓东 摄\n")
    _, _, doc = compose_copy(tmp_path, copy, {"麦收时节农机忙.jpg": (4000, 3000)})
    story = next(s for s in doc.stories if s.headline == "麦收时节农机忙")
    assert story.body[-1].endswith("确保颗粒归仓。") and "摄" not in "".join(story.body)
    (photo,) = doc.photos
    assert photo.story == story.id and photo.credit == "本报记者 王晓东 摄"


def test_a_storys_numbered_photos_are_set_in_their_numbers_order(tmp_path):
    """图② (naming no story, set with 图①'s story at a guess) stood over 图① in the lead: numbered photos
    read in the desk's order — 图① first, whichever file sorts first and whichever is set larger."""
    from tests.intake.composed import compose_copy
    copy = ("城关镇老旧小区改造提速增效\n\n本报记者 王晓东\n\n" + "5月20日上午，记者走进城关镇化肥厂家属院，新铺的沥青路面平整干净，"
            "楼道里的声控灯一跺脚就亮，几位老人正坐在新装的休闲长椅上聊天。\n\n" * 6 + "据了解，今年城关镇计划改造老旧小区十八个。"
            "\n\n金山村：小草莓串起致富链\n\n本报讯 眼下正是草莓采摘季，金山村草莓种植基地的大棚里游客络绎不绝。\n\n"
            "图①：改造后的化肥厂家属院焕然一新。\n图②：居民在新建的休闲广场上健身。\n")
    _, _, doc = compose_copy(tmp_path, copy, {"休闲广场健身.jpg": (4000, 3000), "化肥厂家属院.jpg": (3000, 2000)})
    first, second = (next(p for p in doc.photos if p.caption.startswith(n)) for n in ("图①", "图②"))
    assert first.story == second.story == "s1"
    frames = {f.photo: f for f in doc.pages[0].frames if f.photo and f.part != "caption"}
    one, two = frames[first.id], frames[second.id]
    # read down the columns from the left: 图① ends before 图② begins, or stands in columns left of it
    assert one.line + one.lines <= two.line or one.col + one.cols <= two.col
