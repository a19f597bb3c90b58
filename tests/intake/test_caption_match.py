"""Caption ↔ story by the names they share: places, organisations, people with roles; a tie or a
weak match stays unassigned with its candidates. All stories and answers here are written by hand."""
import json

import pytest

from layout_app.cli import main
from layout_app.intake.captions import match_captions, names
from layout_app.intake.structure import Caption, StoryParts


def story(headline, *paragraphs, kicker=None, deck=None):
    return StoryParts(kicker=kicker, headline=headline, deck=deck, paragraphs=list(paragraphs))


# A page of eight stories that share the everyday words of local news (社区, 服务, 居民, 村民, 志愿者),
# some naming another story's place in their body.
STORIES = [
    story("青石镇：图书角里书香浓",
          "为丰富村民的精神文化生活，近日，青石镇在各村便民服务中心设立了“农家书屋图书角”，共配置图书3200余册。",
          "开放首日，不少村民带着孩子前来借阅。村民老周说：“现在在村里就能借到种植技术方面的书，方便多了。”",
          kicker="文明新风 润泽乡里"),
    story("河湾社区：“夜巡队”守护居民安宁",
          "入夏以来，河湾社区组织党员、网格员和志愿者成立“夜巡队”，每晚在辖区主要街巷开展巡查。",
          "社区主任林晓梅说：“大家的安全就是我们最大的牵挂。”", kicker="守护平安 温暖同行"),
    story("城北农贸市场完成提质改造",
          "改造后的市场划分了蔬菜、水产、熟食等区域，地面干净，摊位整齐。",
          "在此经营了十多年的摊主王秀英说，现在顾客多了，生意也好做了。",
          deck="——新增停车位120个，每天接待市民上万人次"),
    story("柳塘村卫生室：乡村医生守护村民健康",
          "柳塘村卫生室的乡村医生陈海涛每天早上七点就开门接诊，为村民测量血压、血糖。",
          "遇到病情复杂的村民，他会联系青石镇卫生院的医生远程会诊。"),
    story("幸福社区长者食堂开张",
          "继河湾社区之后，幸福社区的长者食堂也正式开张，辖区60岁以上老人可以在这里吃上可口的饭菜。",
          "志愿者李红每天中午为行动不便的独居老人送餐上门。", kicker="老有所养 幸福晚年"),
    story("东湖区公共自行车站点增至300个",
          "为方便市民出行，东湖区今年新增公共自行车站点86个，大多建在地铁站和公交站旁。",
          "在区政府附近上班的市民小刘说，他每天都扫码借车，既方便又环保。"),
    story("南山街道便民服务中心投入使用",
          "南山街道便民服务中心近日正式投入使用，共设置综合窗口12个，可办理社保、医保等事项86项。",
          "工作人员张敏说，居民办事平均等候时间不超过十分钟。"),
    story("县消防救援大队走进校园",
          "日前，县消防救援大队走进实验小学，为师生上了一堂生动的消防安全课。",
          "校长赵国强说，学校每学期都会组织一次疏散演练。"),
]

# (caption, the story it belongs to or None), as a page editor would decide
ANSWERS = [
    ("青石镇的孩子们在图书角里认真阅读。", 0),
    ("村民老周在农家书屋借阅种植技术书籍。", 0),
    ("河湾社区“夜巡队”在街巷开展安全巡查。", 1),
    ("社区主任林晓梅（右）与夜巡队员交流巡查情况。", 1),
    ("改造后的城北农贸市场宽敞明亮。", 2),
    ("摊主王秀英在整洁的摊位前招呼顾客。", 2),
    ("乡村医生在柳塘村卫生室为村民测量血压。", 3),
    ("医生陈海涛为前来就诊的村民量血压。", 3),
    ("幸福社区长者食堂里，老人们吃上了热乎的午餐。", 4),
    ("志愿者李红为独居老人送餐上门。", 4),
    ("市民在东湖区地铁站旁的公共自行车站点借车。", 5),
    ("市民小刘扫码借车。", 5),
    ("南山街道便民服务中心的工作人员为群众办理业务。", 6),
    ("工作人员张敏在综合窗口为居民办理社保业务。", 6),
    ("县消防救援大队的消防员向学生演示灭火器的使用方法。", 7),
    ("实验小学的学生们在操场上进行疏散演练。", 7),
    ("青石镇卫生院的医生通过视频为柳塘村村民远程会诊。", 3),
    ("孩子们在公园里放风筝。", None),
    ("一位老人在晨光中散步。", None),
    ("秋日的田野一片金黄。", None),
]


def matched(texts, stories=STORIES):
    caps = [Caption(t) for t in texts]
    match_captions(caps, stories)
    return caps


def test_a_community_named_in_a_headline_wins():
    # the two captions of the issue: each names the community (…社区) its story's headline names,
    # while other stories share the everyday words (社区, 居民, 老人, 志愿者) and one names 河湾社区 in its body
    night, canteen = matched(["河湾社区的志愿者在夜色中巡查街巷。", "幸福社区的老人们在食堂里吃午饭。"])
    assert (night.story, canteen.story) == (1, 4)
    assert night.candidates[0][0] == 1 and "河湾社区" in night.candidates[0][2]
    assert any(k == 4 for k, _, _ in night.candidates)          # 河湾社区 in story 4's body: a candidate, not the match
    assert night.confidence > 0.5 and canteen.confidence > 0.5


def test_people_with_roles():
    chief, farmer, staff = matched(["社区主任林晓梅（右）在走访居民。", "村民老周在读书。", "工作人员张敏在窗口前忙碌。"])
    assert (chief.story, farmer.story, staff.story) == (1, 0, 6)
    assert "主任林晓梅" in chief.candidates[0][2] and "村民老周" in farmer.candidates[0][2]


def test_the_thing_a_headline_names_without_quotes_or_place_word():
    # 四点半课堂 and APP预约平台 end in no place or organisation word and the captions do not quote
    # them: the run of characters the caption shares with one story's headline names the photo's subject
    stories = [story("东湖社区四点半课堂开课", "东湖社区的孩子们放学后有了去处。"),
               story("南山乡：APP预约平台上线", "南山乡的村民可以在手机上预约办事。"),
               story("家庭医生签约服务覆盖全乡", "乡卫生院的医生走村入户为老人体检。")]
    homework, app = matched(["社区主任董志强（右）在四点半课堂为孩子们讲解。", "店主吕春燕在APP预约平台办理业务。"],
                            stories)
    assert (homework.story, app.story) == (0, 1)
    assert "四点半课堂" in homework.candidates[0][2] and "APP预约平台" in app.candidates[0][2]


def test_a_role_before_正在_is_no_person():
    # 老人正在… is someone at work: 老人正在 is no name (no person named 正在…); the story whose body has
    # the same clause is a candidate by that shared clause, but the story naming the stage wins
    stories = [story("柳营乡打造“乡村大舞台”", "柳营乡的乡村大舞台每周都有演出。"),
               story("桃源社区：夜巡队见实效", "在桃源社区，老人正在观看文艺演出；志愿者在一旁维持秩序。")]
    (cap,) = matched(["柳营乡乡村大舞台，老人正在观看文艺演出。"], stories)
    assert cap.story == 0
    assert all(not n.startswith("老人正在") for name in names(cap.text) for n in name.candidates)


def test_a_name_every_story_has_tells_little():
    # a township page: every story names 青石镇, the lead story in its headline; the caption's school
    # is named by one story only, in its body
    stories = [story("青石镇：万亩稻田迎来丰收", "青石镇的万亩稻田迎来丰收，农机手们在田间忙碌。"),
               story("乡村医生守护村民健康", "青石镇柳塘村卫生室的乡村医生每天为村民测量血压。"),
               story("消防安全课走进校园", "青石镇消防站的队员走进中心小学，为师生上了一堂消防安全课。")]
    (cap,) = matched(["青石镇中心小学的学生在操场上进行疏散演练。"], stories)
    assert cap.story == 2


def test_a_tie_stays_unassigned_with_both_candidates():
    stories = [story("青石镇：图书角里书香浓", "青石镇在各村设立图书角。"),
               story("青石镇：稻田迎来丰收", "青石镇的万亩稻田迎来丰收。")]
    (cap,) = matched(["青石镇的村民们在忙碌。"], stories)
    assert cap.story is None
    assert sorted(k for k, _, _ in cap.candidates) == [0, 1]
    assert all(shared == ["青石镇"] for _, _, shared in cap.candidates)


def test_a_caption_naming_nothing_shared_stays_unassigned():
    (cap,) = matched(["一位老人在晨光中散步。"])
    assert cap.story is None and cap.candidates == [] and cap.confidence == 0.0


def test_character_pairs_alone_do_not_assign():
    # 图书 and 阅读 are shared pairs with story 0, but no name: weak evidence, left to the editor
    (cap,) = matched(["孩子们在认真阅读图书。"])
    assert cap.story is None


def test_accuracy_on_hand_written_pairs():
    caps = matched([t for t, _ in ANSWERS])
    right = [c.story == want for c, (_, want) in zip(caps, ANSWERS)]
    wrong = [(c.text, c.story, want) for c, (_, want), ok in zip(caps, ANSWERS, right) if not ok]
    accuracy = sum(right) / len(right)
    print(f"caption accuracy {accuracy:.0%} on {len(right)} hand-written pairs; wrong: {wrong}")
    assert accuracy >= 0.95, wrong
    # never a confident wrong answer: a caption it assigns goes to the right story
    assert all(c.story == want for c, (_, want) in zip(caps, ANSWERS) if c.story is not None), wrong


PAGE_WITH_TIE = (
    "青石镇:图书角里书香浓\n\n"
    "为丰富村民的精神文化生活,近日,青石镇在各村便民服务中心设立了图书角,共配置图书3200余册。\n\n\n\n"
    "青石镇的村民们在田间忙碌。\n\n"
    "青石镇:万亩稻田迎来丰收\n\n"
    "金秋时节,青石镇的万亩稻田迎来丰收,农机手们驾驶收割机在田间来回穿梭,一派繁忙景象。\n"
)


@pytest.mark.parametrize("as_json", [False, True])
def test_import_shows_unassigned_captions_with_candidates(tmp_path, capsys, as_json):
    path = tmp_path / "tie.txt"
    path.write_text(PAGE_WITH_TIE, encoding="utf-8")
    assert main(["import", str(path)] + (["--json"] if as_json else [])) == 0
    out = capsys.readouterr().out
    if as_json:
        (cap,) = json.loads(out)["captions"]
        assert cap["story"] is None
        assert sorted((c["story"], c["names"]) for c in cap["candidates"]) == [(0, ["青石镇"]), (1, ["青石镇"])]
    else:
        assert "caption → NO STORY, check it" in out
        line = out.split("candidates: ")[1].splitlines()[0]
        # each candidate by its headline and the names it shares: what the editor weighs (no raw score)
        assert sorted(line.split("; ")) == ["story s1 《青石镇：图书角里书香浓》, sharing 青石镇",
                                            "story s2 《青石镇：万亩稻田迎来丰收》, sharing 青石镇"]


def test_a_short_term_the_headline_quotes_ties_the_caption_to_its_story():
    # 调解室 is three characters and no place word: the headline quoting it names what the story is about
    stories = [story("龙泉镇启用“调解室” 为乡村振兴注入了新动能", "据了解，龙泉镇还将推广这一做法。", "今年以来，龙泉镇办理业务同比增长。"),
               story("河湾乡垃圾分类站有温度", "近日，河湾乡打造垃圾分类站，吸引了不少商户参与。"),
               story("凤鸣社区农技课堂惠万家", "凤鸣社区的商户在课堂里学习种植技术。")]
    caps = [Caption("志愿者冯建国（右）在调解室为商户讲解。")]
    match_captions(caps, stories)
    assert caps[0].story == 0


def test_the_place_the_photo_was_taken_ties_the_caption_to_the_headline_naming_it():
    # 调解室 and 充电桩: three characters, no place word, the headlines do not quote them; the caption
    # says the photo was taken there (在调解室为…), and one headline names it
    stories = [story("调解室见实效", "近日，石桥村启用了新的调解室，已调解纠纷三十多起。", kicker="守护平安 温暖同行"),
               story("河湾乡：充电桩节节高", "河湾乡新建的电动车充电点方便了村民。"),
               story("凤鸣社区农技课堂惠万家", "凤鸣社区的商户在课堂里学习种植技术。")]
    mediation, charging = matched(["村支书黄海燕（右）在调解室为志愿者讲解。", "社区主任王海燕在充电桩里为商户讲解。"],
                                  stories)
    assert (mediation.story, charging.story) == (0, 1)
    assert "调解室" in mediation.candidates[0][2] and "充电桩" in charging.candidates[0][2]


def test_正在_is_no_place():
    # 老人正在参加健身活动: what they do, not where (no place name); the story naming 图书角 wins
    stories = [story("望江街道：图书角有温度", "望江街道的图书角每天开放十个小时。"),
               story("石桥村夜巡队显身手", "在石桥村，老人正在参加健身活动；一旁的志愿者忙着登记。")]
    (cap,) = matched(["图书角里，老人正在参加健身活动。"], stories)
    assert all("参加健身活动" not in n for name in names(cap.text) for n in name.candidates)
    assert cap.story == 0


# Captions whose only link to their story is in its body (the varied corpus's arrival copy: 80.9 % of
# captions right before these rules). Stories and answers written by hand.
BODY_ONLY = [
    story("一碗热饭里的民生温度", "今年以来，红旗镇把长者食堂作为民生实事来抓。", "两荤两素一汤只要12元。"),
    story("好戏连台 村民过足戏瘾", "一曲唱罢，台下掌声雷动。", "“我们会一直做下去。”马建军说。今年以来，镇文化站已组织演出300场。"),
    story("天更蓝了 水更清了", "走进前进镇，河水清了，白鹭回来了。", "志愿者们每周末清捡河道垃圾。"),
    story("让群众少跑腿 看病更省心", "候诊区里，护士为居民讲解预约的流程。", "志愿者们每天到卫生室帮忙。"),
]


def test_a_thing_named_only_in_one_body_ties_the_caption_to_that_story():
    # 长者食堂: no place word, no quotes, not in any heading — one story's body tells of it
    (cap,) = matched(["老人们在长者食堂下棋。"], BODY_ONLY)
    assert cap.story == 0 and "长者食堂" in cap.candidates[0][2]


def test_a_person_named_only_in_the_body_ties_the_caption_to_that_story():
    # 演员 is no role word the matcher knows: the name itself, said in one story, tells
    (cap,) = matched(["孩子们跟着演员马建军学习。"], BODY_ONLY)
    assert cap.story == 1


def test_a_place_opening_with_前_is_shared_whole():
    # 前进镇: 前 opens no name elsewhere (前往…), but the caption and the body share the place whole
    (cap,) = matched(["图为前进镇焕然一新的楼道。"], BODY_ONLY)
    assert cap.story == 2 and "前进镇" in cap.candidates[0][2]


def test_a_word_two_stories_share_tells_nothing():
    # 志愿者们 is in stories 2 and 3: the caption stays unassigned, not given to either, and the word
    # is no story's evidence; 卫生室, in story 3 alone, is
    (cap,) = matched(["志愿者们正忙着。"], BODY_ONLY)
    assert cap.story is None and cap.candidates == []
    (cap,) = matched(["志愿者们在卫生室帮忙。"], BODY_ONLY)
    assert cap.story == 3 and all("志愿者们" not in shared for _, _, shared in cap.candidates)


def test_the_photographer_is_no_one_in_the_story():
    # the credit's name (马建军 摄) is the photographer's, not the actor's of story 1
    (cap,) = matched(["河边的白鹭。 本报记者 马建军 摄"], BODY_ONLY)
    assert cap.story is None or cap.story == 2
    assert all(k != 1 for k, _, _ in cap.candidates)


def test_a_shared_run_ending_in_的_is_no_word():
    # 桃源街道的老人 / 龙泉街道的新变化 share 街道的: the ends of two names and a 的 — no evidence
    stories = [story("“志愿服务队”更便捷", "桃源街道的志愿服务队每周上门。"),
               story("乡村振兴谱新篇", "龙泉街道的新变化让人欣喜。")]
    (cap,) = matched(["桃源街道的老人在志愿服务队里领取物品。"], stories)
    assert cap.story == 0 and all(k == 0 for k, _, _ in cap.candidates)


def test_a_crowd_is_no_name():
    # 孩子们 in one story's headline tells nothing of whose photo this is: the actor 田欣怡 does
    stories = [story("课后服务让孩子们乐在其中", "放学后，城关小学的课堂热闹起来。"),
               story("好戏连台 村民过足戏瘾", "田欣怡笑着说：“这些老手艺不能断了。”")]
    (cap,) = matched(["孩子们跟着村民田欣怡学习。"], stories)
    assert cap.story == 1 and all(k == 1 for k, _, _ in cap.candidates)


def test_a_piece_of_what_another_story_shares_whole_is_no_evidence():
    # 健身爱好者郑淑珍, whole, in one body; 爱好者 alone in another story's headline is a piece of it
    stories = [story("书画爱好者的节日", "展览共展出作品300件，市民可免费参观。"),
               story("全民健身月“火”起来", "“没想到在家门口就能看到这么精彩的比赛。”健身爱好者郑淑珍说。")]
    (cap,) = matched(["健身爱好者郑淑珍带领市民热身。"], stories)
    assert cap.story == 1 and all(k == 1 for k, _, _ in cap.candidates)


def test_a_heading_phrase_that_is_a_piece_of_a_name_another_story_has_whole_is_no_evidence():
    # 非遗传承人 in one headline; 非遗传承人苏凯 and 城北乡 in the other story
    stories = [story("非遗传承人走进校园", "学校请来了剪纸老师。"),
               story("乡村博物馆来到家门口", "走进城北乡，非遗传承人苏凯从事这门手艺已有35年。")]
    (cap,) = matched(["图为城北乡孩子们跟着非遗传承人苏凯学习。"], stories)
    assert cap.story == 1 and all(k == 1 for k, _, _ in cap.candidates)


def test_what_someone_does_after_a_role_is_no_name():
    # 社工陪老人聊天: 老人 is a role, but 聊天 is no one (no surname) — the story telling of 聊天 is no match
    stories = [story("三元乡：长者食堂成了老人的“第二个家”", "饭菜软烂、口味清淡，很合老年人的胃口。"),
               story("过街通道开通 村民点赞", "走进汽车站，几位老人正坐在树下聊天。")]
    (cap,) = matched(["三元乡，社工陪老人聊天。"], stories)
    assert cap.story == 0 and all(k == 0 for k, _, _ in cap.candidates)
    # … while a name with a surname after a role is someone (村民老周, 主任林晓梅 in the page above)
    assert any(name.weight > 1 for name in names("村民老周在图书角看书。"))


def test_a_role_alone_is_no_evidence():
    # 志愿者 in one headline: every story has its volunteers; 沙坪镇 names the place
    stories = [story("志愿者在行动", "每到周末，大家上门为老人服务。"),
               story("爱心餐厅“香”飘邻里", "沙坪镇的爱心餐厅里飘出阵阵饭菜香。")]
    (cap,) = matched(["图为沙坪镇志愿者徐欣怡为老人理发。"], stories)
    assert cap.story == 1 and all(k == 1 for k, _, _ in cap.candidates)


def test_a_run_across_a_places_end_is_no_shared_word():
    # '街道社' of 建设街道社工… is the end of a place and the start of a role: the deck's 沙坪街道社区 shares
    # it by chance, the headline shares the place whole
    stories = [story("建设街道养老驿站暖了老人心", "近日，建设街道养老驿站正式投入使用。"),
               story("480名选手同场竞技", "近日，沙坪街道的社区运动会开幕。", deck="——沙坪街道社区运动会见闻")]
    caps = [Caption("图为建设街道社工朱桂芳为老人理发。")]
    match_captions(caps, stories)
    assert caps[0].story == 0


def test_a_word_one_headline_names_is_its_storys_though_another_text_says_it():
    # the photo shows what the headline names (读书会); another story's text telling of it too does
    # not make the two a tie
    stories = [story("文化惠民 读书会送到田间地头", "近日，县图书馆把读书会开到了田间地头。"),
               story("这样的变化是怎么来的？", "读书会散场后，村民们意犹未尽。")]
    caps = [Caption("读书会现场，观众纷纷拍照。")]
    match_captions(caps, stories)
    assert caps[0].story == 0


def test_a_place_word_with_no_name_before_it_is_a_word_of_its_own():
    # 社区运动会 is what the photo shows: no place's name cut
    stories = [story("你争我抢，场边喝彩声不断", "近日，社区运动会在文化广场开幕。"),
               story("旧楼“长”出新电梯", "近日，花园社区的旧楼加装了电梯。")]
    caps = [Caption("社区运动会吸引了众多市民。")]
    match_captions(caps, stories)
    assert caps[0].story == 0


def test_the_place_a_story_reports_from_outweighs_a_thing_another_body_names():
    # neither heading names the place; the first story's lead says it reports from 太平镇, the second
    # only tells of a 安置小区 somewhere: the photo of 太平镇's housing is the first story's
    stories = [story("旧楼“长”出新电梯", "近日，太平镇的屋顶防水正式投入使用。", "社区书记程敏感慨地说，住了三十多年，没想到还能变这么好。"),
               story("3263亩荒地变身垃圾分类", "走进安置小区，垃圾分类亭干净整洁。", "附近的居民都说好。")]
    (cap,) = matched(["图为太平镇改造后的安置小区。"], stories)
    assert cap.story == 0 and "太平镇" in cap.candidates[0][2]


def test_a_place_a_story_names_in_passing_is_not_where_it_reports_from():
    # the second story's lead names 河湾社区 once, after which it tells of 幸福社区; the first names 河湾社区
    # twice: the photo of 河湾社区 is the first story's, though no heading names the place
    stories = [story("夜巡队守护居民安宁", "入夏以来，河湾社区成立了夜巡队。", "河湾社区的党员每晚巡查街巷。"),
               story("长者食堂开张了", "继河湾社区之后，幸福社区的长者食堂也开张了。", "幸福社区的老人吃上了热饭。")]
    (cap,) = matched(["河湾社区的志愿者在街巷巡查。"], stories)
    assert cap.story == 0
    # both naming it alike, as often: neither reports from it more than the other — no match by place alone
    stories[0] = story("夜巡队守护居民安宁", "入夏以来，河湾社区成立了夜巡队。", "党员每晚巡查街巷。")
    (cap,) = matched(["河湾社区的志愿者在路边。"], stories)
    assert cap.story is None and {k for k, _, _ in cap.candidates} == {0, 1}


def test_a_lanes_name_ending_in_里_is_a_place_name():
    """锦绣里小区: 里 ends the first part of an estate's name (a lane's), it is no 'in' — the caption
    names the 小区 the first story's headline names, not the quote another story's text attributes to
    one of its residents."""
    stories = [StoryParts(headline="锦绣里小区：加装电梯 圆了老人们的“下楼梦”",
                          paragraphs=["小区还新建了中心花园、充电车棚和健身步道。"]),
               StoryParts(headline="居民说：改造改到了我们的心坎上",
                          paragraphs=["“小区里装了电梯，还修了花园。”——锦绣里小区居民 赵桂兰"])]
    (cap,) = matched(["锦绣里小区居民在改造后的中心花园里休闲。"], stories)
    assert cap.story == 0


def test_a_captions_photographer_named_in_a_storys_closing_credit_tells_its_story():
    """'▲城关派出所民警向老年人讲解防骗知识。通讯员 吴磊 摄' — the 法治简讯 column's item closes （通讯员　吴磊）:
    the reporter who wrote it took the photo. The caption had stood with no story (城关派出所 and 派出所
    shared with two), then set at a guess over another story's heading."""
    from layout_app.intake.captions import match_captions
    from layout_app.intake.structure import Caption, StoryParts
    stories = [StoryParts(headline="“枫桥式”法庭把矛盾化解在家门口", byline="本报记者　孙慧敏",
                          paragraphs=["法庭与镇派出所、司法所联动，把矛盾化解在家门口。"]),
               StoryParts(headline="借名买房起纠纷　房子究竟归谁", paragraphs=["王某借用表弟李某的名义购房。"]),
               StoryParts(headline="法治简讯", items=[0], paragraphs=[
                   "■城关派出所开展反诈宣传", "近日，城关派出所民警走进社区开展反诈宣传。（通讯员　吴磊）"])]
    cap = Caption("▲城关派出所民警向老年人讲解防骗知识。通讯员 吴磊 摄")
    match_captions([cap], stories)
    assert cap.story == 2
    # the same caption by a photographer no story names stays as sure as its names make it
    other = Caption("▲城关派出所民警向老年人讲解防骗知识。通讯员 周平 摄")
    match_captions([other], stories)
    assert other.confidence < cap.confidence


# review 5, page F: the 防汛 drill's caption went to the harvest lead, which says 截至6月17日, and the
# story it shows — 研究部署防汛工作, its text of 防汛备汛, 防汛任务, 防汛责任 and 抢险物资 — was passed by.
HARVEST = story("全市112万亩小麦机收进度超九成",
                "本报讯 连日来，我市抢抓晴好天气，组织农机力量全力投入“三夏”生产。截至6月17日，全市小麦已机收103.6万亩。",
                "在三源浦镇高产示范田，十几台联合收割机一字排开。", kicker="抢抓晴好天气　确保颗粒归仓")
FLOOD = story("市政府常务会议研究部署防汛工作",
              "本报讯 6月16日，市长主持召开市政府常务会议，听取全市防汛备汛工作情况汇报，研究部署下一阶段防汛工作。",
              "会议指出，我市即将进入主汛期，防汛任务艰巨。各地各部门要压紧压实防汛责任。",
              "会议要求，要备足抢险物资，加强应急值守，确保安全度汛。")
SCHOOLS = story("城区12所学校暑期向市民开放体育场馆", "本报讯 记者从市教育局获悉，今年暑期，城区12所中小学的体育场馆将于7月1日起开放。")
DRILL = "6月17日，市应急管理局联合市消防救援支队在柳河大桥下游开展防汛抢险演练。"


def test_a_date_alone_matches_no_story():
    (cap,) = matched(["6月17日，市民在柳河大桥下游观看龙舟表演。"], [HARVEST, SCHOOLS])
    assert cap.story is None


def test_the_word_a_story_is_about_matches_the_photo_that_shows_it():
    (cap,) = matched([DRILL], [HARVEST, FLOOD, SCHOOLS])
    assert cap.story == 1
    # … said once in its headline only, it is a pair of characters, no more: left to the editor
    once = story("市政府常务会议研究部署防汛工作", "本报讯 6月16日，市长主持召开市政府常务会议，研究部署下一阶段工作。",
                 "会议要求，要加强应急值守。")
    (cap,) = matched([DRILL], [HARVEST, once, SCHOOLS])
    assert cap.story is None
