"""A caption closing its story that names what its own headline names (chief editor's review 23: the
reporter's copy, one blank line between all its blocks, so its spacing sets no caption apart): it
shows a scene — someone at work somewhere, now — and is a caption, said to the editor; a story's real
last paragraph that is a short quote, a sentence with 说, a plan or an outcome stays the story's. The
copy is written out here and the structure expected written by hand."""
from layout_app.intake.captionscene import MAYBE, NONE, SURE, scene_evidence
from layout_app.intake.copycaptions import caption_flags
from layout_app.intake.importer import import_copy
from layout_app.intake.structure import BODY, BYLINE_, HEAD, SENT


def read(tmp_path, blocks):
    path = tmp_path / "copy.txt"
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    page, copy = import_copy(path)
    return page, copy


CLASS = ["“银发族”学用智能手机", "梅林镇老年大学开设“数字课堂”", "本报记者 邓雨桐",
         "“点这里，再点‘预约挂号’，就能挂上明天的号了。”在梅林镇老年大学的教室里，志愿者小陈正手把手教68岁的王秀兰使用手机App。",
         "今年9月，梅林镇老年大学开设“数字课堂”，每周两次课，内容涵盖移动支付、网上挂号、视频通话和防范电信诈骗等。"]
WARD = ["一张床位背后的温度", "市第二人民医院开设“无陪护病房”", "本报记者 苏文清　实习生 张可",
        "“以前住院，家里总得有人请假陪护，现在护理员全天候照顾，我们放心多了。”在市第二人民医院骨科病房，患者家属刘女士说。",
        "今年7月起，市第二人民医院在骨科、老年科等5个科室开设“无陪护病房”，共设床位160张。"]
BRIEF = ["市区新增公共充电桩1200个",
         "本报讯　今年以来，我市在中山街道、西湖街道等地新建公共充电站46座，新增公共充电桩1200个，新能源汽车车主在主城区平均3公里内就能找到充电桩。"]


def test_captions_naming_their_own_storys_headline(tmp_path):
    """Each story closes on one sentence that shows a scene in the place its own headline names
    ('…“数字课堂”上，志愿者教…', '…“无陪护病房”护理员为患者翻身。'): its photo's caption, with its
    story, not its last paragraph — and the editor is told it was known by its shape."""
    class_cap = "梅林镇老年大学“数字课堂”上，志愿者教老人使用手机挂号。"
    ward_cap = "市第二人民医院“无陪护病房”护理员为患者翻身。"
    page, copy = read(tmp_path, CLASS + [class_cap] + WARD + [ward_cap] + BRIEF)
    assert [s.headline for s in page.stories] == ["梅林镇老年大学开设“数字课堂”", "市第二人民医院开设“无陪护病房”",
                                                  "市区新增公共充电桩1200个"]
    assert [len(s.paragraphs) for s in page.stories] == [2, 2, 1]
    assert page.stories[0].paragraphs[-1].startswith("今年9月")
    assert page.stories[1].paragraphs[-1].startswith("今年7月起")
    assert {c.text: c.story for c in page.captions} == {class_cap: 0, ward_cap: 1}
    said = " ".join(str(n) for n in page.doubts)
    assert class_cap in said and ward_cap in said


def test_short_last_paragraphs_that_report_stay_the_storys(tmp_path):
    """A story's last paragraph as short as a caption but reporting — a short quote, someone's words
    with 说, a plan naming the headline's own place, how it was taken — stays its paragraph."""
    quote = "“现在我也能在网上给外孙发红包了。”"
    praise = "老人们在食堂里直说饭菜可口。"       # someone somewhere, but saying: their words
    said = "王秀兰说，现在看病不用再排长队了。"
    plan = "梅林镇老年大学将于明年开设第二期课程。"
    page, _ = read(tmp_path, CLASS + [quote] + WARD + [said] + ["城北社区长者食堂开张", "本报记者 许航",
                                                             "11月28日，城北社区长者食堂正式开张，老人只需花12元就能吃上两荤两素一汤。",
                                                             praise] + ["市民夜校开课了", "本报记者 许航",
                                                                             "本月起，梅林镇老年大学开设市民夜校，每周三晚上课。",
                                                                             plan])
    assert not page.captions
    assert [s.paragraphs[-1] for s in page.stories] == [quote, said, praise, plan]


def test_how_surely_a_sentence_shows_a_scene():
    """The grades: the scene and someone at work in it sure; the scene or someone alone a caption or
    a paragraph (said); a report none."""
    assert scene_evidence("梅林镇老年大学“数字课堂”上，志愿者教老人使用手机挂号。") == SURE
    assert scene_evidence("市第二人民医院“无陪护病房”护理员为患者翻身。") == SURE
    assert scene_evidence("市民在澄江北岸滨水绿道骑行。") == SURE
    assert scene_evidence("市第二人民医院骨科病房，护理员为患者翻身。") == SURE        # the site first
    assert scene_evidence("志愿者为居民免费理发。") == MAYBE            # someone at work, nowhere named
    for body in ("王秀兰说：“现在我也能在网上给外孙发红包了。”", "“明年还来！”", "老人们在食堂里直说饭菜可口。",
                 "西湖街道负责人表示，明年将根据居民需求调整服务项目。", "居民们纷纷点赞。",
                 "市民在家门口就能享受到便捷服务。", "医院相关负责人介绍，开设以来已服务患者2100余人次。",
                 "摊主在直播间里卖出1164单。", "县粮食局要求各收购点延长收购时间，做到应收尽收。", "晚会现场，气氛热烈。",
                 "区城管局在红旗社区推行“河长制”，每段河道都有专人负责巡查。"):
        assert scene_evidence(body) == NONE, body


def test_a_printed_pages_scene_closing_its_story():
    """Text taken out of a printed page (no blank line tells): a sentence showing a scene closing a
    story before the next heading is its photo's caption — one closing on someone's words is not."""
    blocks = [("梅林镇老年大学开设“数字课堂”", 0), ("本报记者 邓雨桐", 0),
              ("今年9月，梅林镇老年大学开设“数字课堂”，每周两次课，内容涵盖移动支付、网上挂号、视频通话和防范电信诈骗等。", 0),
              ("王秀兰说：“现在我也能在网上给外孙发红包了。”", 0),
              ("梅林镇老年大学“数字课堂”上，志愿者教老人使用手机挂号。", 0),
              ("市区新增公共充电桩1200个", 2),
              ("本报讯　今年以来，我市在中山街道、西湖街道等地新建公共充电站46座，新增公共充电桩1200个。", 0),
              ("王秀兰说：“现在我也能在网上给外孙发红包了。”", 0),
              ("中山街道一处新建公共充电站，车主正在为新能源汽车充电。", 2)]     # set apart by the extraction
    kinds = [HEAD, BYLINE_, BODY, SENT, SENT, HEAD, BODY, SENT, SENT]
    flags, said = caption_flags(blocks, kinds, printed=True)
    assert flags == [False, False, False, False, True, False, False, False, True]
    assert not said                         # the scene and someone at work in it: sure, nothing to say


def test_a_printed_pages_half_scene_is_said():
    """Someone at work but nowhere named ('志愿者为居民免费理发。') closing a printed page's story: a
    caption or a paragraph — taken as the caption and said to the editor, not chosen silently."""
    blocks = [("桂花社区服务点开张", 0), ("本报记者 苏文清", 0),
              ("今年，西湖街道利用闲置用房和沿街商铺，在辖区建成12个社区嵌入式服务点，每个服务点面积在300至800平方米之间。", 0),
              ("志愿者为居民免费理发。", 0),
              ("市区新增公共充电桩1200个", 2),
              ("本报讯　今年以来，我市新建公共充电站46座，新增公共充电桩1200个。", 0),
              ("中山街道一处新建公共充电站，车主正在为新能源汽车充电。", 2)]
    kinds = [HEAD, BYLINE_, BODY, SENT, HEAD, BODY, SENT]
    flags, said = caption_flags(blocks, kinds, printed=True)
    assert flags == [False, False, False, True, False, False, True]
    assert said == {3}


def test_a_storys_only_sentence_stays_its_text():
    """A story whose whole text is one sentence showing a scene keeps it: a story keeps its text, the
    caption of a photo closes it."""
    blocks = [("社区食堂开张了", 0), ("本报记者 许航", 0), ("城北社区长者食堂里，老人们正在用午餐。", 0),
              ("市区新增公共充电桩1200个", 2),
              ("本报讯　今年以来，我市新建公共充电站46座，新增公共充电桩1200个。", 0),
              ("中山街道一处新建公共充电站，车主正在为新能源汽车充电。", 2)]
    kinds = [HEAD, BYLINE_, SENT, HEAD, BODY, SENT]
    flags, _ = caption_flags(blocks, kinds, printed=True)
    assert flags == [False, False, False, False, False, True]
