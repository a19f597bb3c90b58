"""A photo desk's files named in pinyin (xikou_caicha_chenjianguo.jpg) go with the caption whose
characters they spell: the reviewer's photo page left five such photos off the page, 'no caption'."""
from layout_app.intake.photodesk import assign_photos, named_by
from layout_app.intake.pinyinnames import spelled
from layout_app.intake.structure import Caption, StoryParts

CAPTIONS = ["①桃源村村民在新建的文化广场上排练广场舞。", "②溪口乡茶农在茶园采摘春茶。通讯员 陈建国 摄",
            "③返乡青年在上坪村的民宿小院里为游客准备农家菜。", "凤凰村村民在家门口的“共富工坊”加工毛绒玩具。"]


def test_a_pinyin_word_spells_two_syllables_or_more_of_the_text():
    assert spelled("xikou_caicha_chenjianguo", CAPTIONS[1]) == 5          # 溪口 + 陈建国 (采茶 is not said)
    assert spelled("TaoYuanCun-GuangChangWu", CAPTIONS[0]) == 6            # 桃源村 + 广场舞, any case
    assert spelled("fenghuangcun_gongfugongfang", CAPTIONS[3]) == 7
    assert spelled("lvse_chongqing", "绿色重庆") == 4                        # ü typed v; 重 read chong in 重庆
    # one syllable names nothing; a camera's name, English or a name in characters is no pinyin
    assert spelled("cha", CAPTIONS[1]) == 0 and spelled("DSC_0012", CAPTIONS[1]) == 0
    assert spelled("marathon_start", "马拉松开跑") == 0 and spelled("桃源村", CAPTIONS[0]) == 0
    assert spelled("photo1_shi", "诗人在朗诵") == 0                         # (photo is no pinyin)
    assert spelled("zhuang_2024", "壮乡歌会在广场举行。") == 0               # one syllable, however long its spelling


def test_a_file_named_in_pinyin_names_its_caption():
    assert named_by("shangpingcun_minsu.jpg", CAPTIONS) == (5, 2)
    assert named_by("taoyuancun_guangchangwu.jpg", CAPTIONS) == (6, 0)
    # the same place in two captions: neither is named
    assert named_by("taoyuancun.jpg", CAPTIONS + ["桃源村的果园里桃花盛开。"]) == (0, None)


def test_photos_named_in_pinyin_take_their_captions():
    stories = [StoryParts(headline="看得见的变化", paragraphs=["行走在云溪的乡村，记者最深的感受是“变”。"])]
    names = ["fenghuangcun_gongfugongfang.jpg", "shangpingcun_minsu.jpg", "taoyuancun_guangchangwu.jpg",
             "xikou_caicha_chenjianguo.jpg"]
    desk, spare = assign_photos([("", "")] * 4, [Caption(c) for c in CAPTIONS], stories, names)
    assert [d.caption for d in desk] == [CAPTIONS[3], CAPTIONS[2], CAPTIONS[0], CAPTIONS[1]]
    assert {d.caption_from for d in desk} == {"name"} and spare == []
