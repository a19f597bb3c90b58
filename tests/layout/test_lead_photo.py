"""A chief editor's review (review25, findings 5 and 7) of a county page: the lead story's main
picture — the first of its two photos in the copy, a landscape — stood at the foot of its text under
a portrait set beside the text's middle; and two 本报讯 briefs of 90 characters ran as strips of 2 lines
across the lead's 5 columns at the page's foot. A chief editor sets the lead's main picture under its
headline, the largest on the page, a secondary photo smaller and lower; and such briefs side by side,
legs of 3–4 lines. The page here is written by hand in the reviewer's page's shape (a banner, a
1,100-character lead story with a landscape and a portrait, three stories with a photo each, a
记者手记, two briefs, captions after the copy, a credit line); the expectations are the reviewer's,
not what the program gave."""

import pytest

from layout_app.layout import autoplace, briefpairs
from tests.intake.composed import compose_copy, side_by_side

COPY = """柳溪县：一片茶叶带富一方百姓

——柳溪县2026年茶产业发展综述

本报讯（记者 周明远）今年以来，柳溪县茶产业综合产值达到52.6亿元，同比增长8.3%，茶园面积稳定在31万亩，全县近一半农户从事与茶相关的生产经营。从高山上的生态茶园到县城里的茶叶交易市场，从传统炒茶作坊到现代化精制车间，一条完整的茶产业链正在这片山区延伸。

一片茶叶“全身是宝”　加工转化率提高到90%以上

柳溪茶业：从“卖鲜叶”到“卖品牌”

全县茶叶企业达163家　带动2.8万户茶农增收

本报记者 周明远　通讯员 宋佳

　　凌晨5时，云岭镇茶山村的茶园里已经有了人影。茶农吴长根背着竹篓，把刚采下的一芽一叶送到村口的鲜叶收购点。“同样一斤鲜叶，前几年只能卖二十来块，现在按等级收，好叶子能卖到六十块。”他一边过秤一边说。

　　茶叶是柳溪最大的“家底”。全县有茶园面积31万亩，茶叶产量占全市的三成以上。然而长期以来，当地茶产业停留在卖鲜叶、卖毛茶的阶段，精制加工和品牌包装大多在外地完成，利润留在了别处。

　　转变从2023年开始。县里引进和培育了一批茶叶精深加工企业，围绕“一片茶叶”做文章：嫩芽做名优绿茶，夏秋茶做红茶和茶饮原料，茶梗茶末做茶多酚和茶枕，修剪下的茶枝粉碎后做食用菌基料。如今，茶叶的加工转化率从不足50%提高到90%以上。

　　在柳溪经济开发区云雾茶业有限公司的精制车间里，一条全自动名优茶生产线正在运转。鲜叶经过摊青、杀青、揉捻、烘干，变成一粒粒紧结匀整的干茶。公司总经理许卫东介绍，这条生产线今年3月投产，日加工鲜叶能力达到20吨。“以前做一斤好茶要靠老师傅守一夜，现在机器做得又快又匀，产品卖到了欧洲和中东。”

　　品牌是柳溪茶业的另一张牌。2025年，县里注册了“柳溪云雾”区域公共品牌，统一包装、统一标准、统一检测，40多家企业获准使用。品牌运营中心负责人、85后设计师林晓彤说：“同样一斤茶叶，原来散装卖200元，用上区域品牌、换了包装，能卖到600多元。”

　　链条延长了，茶农的腰包也鼓了起来。柳溪推行“企业+合作社+农户”模式，企业与茶农签订保底收购协议，每斤鲜叶收购价比市场价高出3元。茶山村成立茶叶专业合作社，统一修建生产便道、统一病虫害防治，茶农每亩茶园年收入从3000元提高到6000元左右。

　　人才跟着产业回来了。30岁的制茶师傅郑雨欣原本在杭州一家茶企做品控，2024年回到云岭镇开了手工制茶工坊，带着村里30多名留守妇女采茶、拣茶、包装。“旺季的时候一天能做两百多斤干茶，姐妹们在家门口每月能挣四五千元。”她说，工坊的产品今年通过跨境电商卖到了东南亚，一年营业额有500多万元。

　　金融活水也在向茶园流动。县农商银行推出“茶园贷”，茶农可以用茶园经营权作抵押贷款，最高额度50万元，年利率最低3.1%。截至目前，全县已发放“茶园贷”2.13亿元，惠及茶农和小微企业1600余户。茶山村茶叶专业合作社理事长吴建平说，合作社去年用贷款购置了6台单轨运输机，鲜叶下山不再靠肩挑，采摘成本每斤降低了近两元。

　　截至2026年10月底，柳溪全县茶叶企业达163家，其中规模以上企业29家，全产业链产值突破52亿元，带动2.8万户茶农增收。县农业农村局局长钱志刚表示，下一步将重点发展茶饮料、茶食品和茶文旅等新业态，力争到2028年全产业链产值达到80亿元，“让柳溪的茶叶从山里走向全世界”。

扫码一查　茶园农事全程可追溯

青山镇智慧茶园用上“数字管家”

本报记者 韩雪松

　　在青山镇白云茶园，茶农管茶的方式正在改变。园区内100多个传感器实时采集土壤墒情、气温和虫情数据，通过5G网络传到管理平台，系统根据茶树长势自动提示施肥和防治时间。

　　“以前打药全凭经验，现在看手机就知道哪片茶园有虫情、哪片缺肥。”茶园负责人何秀兰打开手机App，屏幕上的地块按颜色分区显示。她说，用上智能管理系统后，茶园每亩节省农药30%以上，用工减少四分之一，春茶产量提高了12%。

　　今年，白云茶园被列为省级数字农业示范基地。全县已建成5G基站980个，行政村5G网络实现全覆盖，数字技术正从茶园延伸到稻田、果园和养殖场。

县城茶叶交易市场年交易额突破12亿元

入驻商户320家　带动就业3600余人

本报记者 周明远

　　晚上7时，柳溪县茶叶交易市场二楼的直播间依然灯火通明。十几个直播间里，主播们正在介绍高山绿茶、红茶和茶具。

　　“我们这儿一晚上能卖出两千多单。”26岁的返乡青年唐雨桐说，她大学毕业后在上海做了三年电商运营，2024年回到家乡创业。市场为她免费提供直播间，还帮她对接了本地茶企和快递企业。

　　市场运营方负责人介绍，市场目前入驻商户320家，今年1至10月交易额达12.4亿元，同比增长21.6%。

打通茶叶出山“最初一公里”

56个村级物流驿站覆盖全县

　　本报讯（记者 韩雪松）近日，柳溪县最后一批10个村级物流驿站在枫林乡投入使用，全县56个行政村实现物流驿站全覆盖。驿站集快递收发、农产品代收代销、日用品代购等功能于一体，茶农寄出一箱新茶，从下单到揽收不超过2小时。今年以来，全县农村快递业务量达1520万件，同比增长28%。枫林乡驿站负责人蒋丽华说，以前村民卖茶叶要送到30公里外的县城，如今在家门口就能发往全国。

记者手记

一片叶子的“链”上文章

　　采访中，记者听到最多的一个字是“链”。茶叶要“延链”，市场要“补链”，物流要“强链”。一个山区小县，没有大工厂、大港口，拼的是把手头的资源吃透、做精。

　　从卖鲜叶到卖品牌，从看天吃饭到看数据管茶，从外出打工到回乡创业，柳溪的变化，说到底是人的观念在变。县域经济的活力，不在于规模有多大，而在于能不能找准自己的位置，把一件事做到极致。

　　这条路，柳溪才刚刚起步，但方向已经清晰。

　　（周明远）

柳溪至青山一级公路项目开工

　　本报讯（通讯员 宋佳）2026年11月20日，柳溪至青山一级公路项目开工建设。项目总投资5.2亿元，计划2028年8月建成通车，建成后县城到青山镇的车程将由50分钟缩短至20分钟。

首届柳溪茶文化节下月开幕

　　本报讯（记者 周明远）记者从柳溪县文化和旅游局获悉，首届柳溪茶文化节将于2026年12月10日至12日在云岭镇茶山村举办，活动包括茶叶展销、手工制茶比赛和茶山徒步等。

云雾茶业有限公司精制车间内，工人在全自动名优茶生产线上作业。

茶山村茶农吴长根把刚采下的鲜叶送到村口收购点。

青山镇白云茶园负责人何秀兰通过手机查看茶园的虫情数据。

柳溪县茶叶交易市场直播间，返乡青年唐雨桐正在直播销售高山绿茶。

枫林乡一处村级物流驿站，工作人员正在打包待寄出的新茶。

本版图片由本报记者 韩雪松 摄
"""

# a photo for each caption, named by its words; the lead's main picture a landscape (its caption the
# copy's first), its second a portrait
PHOTOS = {"云雾茶业精制车间.jpg": (6000, 4000), "茶山村吴长根.jpg": (4000, 6000), "白云茶园.jpg": (4032, 3024),
          "茶叶交易市场直播间.jpg": (3024, 4032), "枫林乡物流驿站.jpg": (6000, 4000)}
MAIN, SECOND = "云雾茶业精制车间.jpg", "茶山村吴长根.jpg"
BRIEFS = ("柳溪至青山一级公路项目开工", "首届柳溪茶文化节下月开幕")


def _compose(tmp_path):
    return compose_copy(tmp_path, COPY, PHOTOS)


def _lead(report, doc):
    """The lead story's decision, heading frame, body frames and photo frames by file name."""
    lead = next(d for d in report["decisions"]["stories"] if d["rank"] == 1)
    frames = doc.pages[0].frames
    files = {p.id: p.file.rsplit("/", 1)[-1] for p in doc.photos}
    head = next(f for f in frames if f.story == lead["story"] and f.part == "heading")
    body = [f for f in frames if f.story == lead["story"] and f.part == "body"]
    photos = {files[f.photo]: f for f in frames if f.photo and f.part != "caption"}
    return lead, head, body, photos


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return _compose(tmp_path_factory.mktemp("leadphoto"))


def test_the_page_is_set_whole(page):
    code, report, doc = page
    assert code == 0 and not report.get("unplaced")
    assert len([f for f in doc.pages[0].frames if f.photo and f.part != "caption"]) == 5
    assert not any(d.get("overset_lines") for d in report["decisions"]["stories"])


def test_the_leads_main_picture_stands_under_its_headline(page):
    _, report, doc = page
    lead, head, body, photos = _lead(report, doc)
    assert lead["headline"] == "柳溪茶业：从“卖鲜叶”到“卖品牌”"
    main, second = photos[MAIN], photos[SECOND]
    # right under its heading (a line of air at most), over every line of its text, across the stack
    assert head.line + head.lines <= main.line <= head.line + head.lines + 1
    assert main.line + main.lines <= min(f.line for f in body)
    assert main.cols == head.cols
    # the largest picture on the page; the portrait smaller and lower, beside the text under it
    area = {name: f.cols * f.lines for name, f in photos.items()}
    assert area[MAIN] == max(area.values()) and area[SECOND] < area[MAIN]
    assert second.line >= main.line + main.lines
    assert any(side_by_side(second, f) for f in body)


def test_without_the_rule_the_main_picture_goes_under_the_text(tmp_path, monkeypatch):
    """The break: the photo with the text beside it first under the heading, as any story's — the page
    as the reviewer saw it, the main picture under the end of the lead's text."""
    monkeypatch.setattr(autoplace, "LEAD_PHOTO_TOP", False)
    _, report, doc = _compose(tmp_path)
    _, head, body, photos = _lead(report, doc)
    assert photos[SECOND].line < photos[MAIN].line
    assert min(f.line for f in body) < photos[MAIN].line


def test_the_two_briefs_stand_side_by_side_in_deeper_legs(page):
    _, report, doc = page
    said = {d["headline"]: d for d in report["decisions"]["stories"]}
    a, b = (said[h] for h in BRIEFS)
    assert a["stack"] == b["stack"]
    stack = next(st for st in report["decisions"]["stacks"] if st["stack"] == a["stack"])
    frames = doc.pages[0].frames
    heads = [next(f for f in frames if f.story == d["story"] and f.part == "heading") for d in (a, b)]
    bodies = [[f for f in frames if f.story == d["story"] and f.part == "body"] for d in (a, b)]
    # in reading order, the first on the left, headed on one line, a column rule between them (隔开)
    assert heads[0].line == heads[1].line and heads[0].col + heads[0].cols == heads[1].col
    assert any(r.col == heads[1].col and r.line <= heads[1].line for r in doc.pages[0].rules)
    assert all(side_by_side(f, g) for f in bodies[0] for g in bodies[1])
    # across the stack's 5 columns each ran 2 lines deep: 90 characters, 13 a line, now in 2 and 3
    # columns — legs of 4 and of 3 lines, within the stack's columns
    cols = stack["columns"][1] - stack["columns"][0] + 1
    assert cols == 5
    legs = sorted(max(f.lines for f in fs) for fs in bodies)
    assert legs[0] >= 3 and legs[1] >= 4
    assert all(f.col >= stack["columns"][0] - 1 and f.col + f.cols <= stack["columns"][1] for fs in bodies for f in fs)


def test_without_the_pairs_as_the_stack_is_measured_the_briefs_are_strips(tmp_path, monkeypatch):
    """The break: pairs only once the page is set, within the lines the two had (2 lines deeper each
    or LEG_MIN deep) — no split of 5 columns holds two such briefs, and both stay 2-line strips."""
    monkeypatch.setattr(briefpairs, "AT_BUILD", False)
    _, report, doc = _compose(tmp_path)
    said = {d["headline"]: d for d in report["decisions"]["stories"]}
    frames = doc.pages[0].frames
    for h in BRIEFS:
        body = [f for f in frames if f.story == said[h]["story"] and f.part == "body"]
        assert max(f.lines for f in body) <= 2 and min(f.cols for f in body) >= 3


def lead_stack(shapes=(0.5, 0.66), way=(False, "no")):
    """The page lead alone in a stack of 3 columns and 100 lines as autoplace builds it, its two photos
    (`shapes`: height / width) set `way` (by default one over the other across the stack: a panorama,
    1 high to 2 wide, first in the copy, then a landscape photo, 2 high to 3 wide, the larger)."""
    from dataclasses import replace

    from layout_app.io.templates import new_document
    from layout_app.layout.autoplace import StoryPlan, _build
    from layout_app.layout.beside import PhotoShapes
    from layout_app.layout.probe import FrameProbe
    from layout_app.layout.ranking import rank_stories, with_ranks
    from layout_app.model.story import Photo, Story
    text = "今年以来，柳溪县把茶产业作为富民强县的头号产业，新建标准化茶园，引进精深加工企业，带动茶农增收。"
    doc = replace(new_document("duikai", 1),
                  stories=(Story("s1", "柳溪茶业：从“卖鲜叶”到“卖品牌”", body=(text,) * 12),),
                  photos=(Photo("p1", "p1.jpg", caption="柳溪县云岭镇万亩茶园。", credit="本报记者 韩雪松 摄"),
                          Photo("p2", "p2.jpg", caption="工人在精制车间里作业。", credit="本报记者 韩雪松 摄")))
    ranked = rank_stories(doc, [StoryPlan("s1", ["p1", "p2"])])
    doc, _ = with_ranks(doc, ranked)
    probe = FrameProbe(doc, doc.pages[0])
    sp, rank, why = ranked[0]
    frames, info = _build(doc, probe, [(sp, rank, why, way)], 0, 3, 0, 100,
                          PhotoShapes(dict(zip(("p1", "p2"), shapes))), ranked, overfull=False)
    return {f.id: f for f in frames}


def test_the_leads_largest_photo_opens_its_text_the_other_after_it():
    f = lead_stack()
    head, large, small, body = f["s1-head"], f["p2-photo"], f["p1-photo"], f["s1-body"]
    assert large.lines * large.cols > small.lines * small.cols
    # its larger photo (not the copy's first) under the heading, the text under its caption, then the other
    assert head.line + head.lines <= large.line <= head.line + head.lines + 1
    assert f["p2-cap"].line + f["p2-cap"].lines <= body.line < small.line
    assert all(x.line + x.lines <= small.line for x in f.values() if x.story == "s1" and x.part == "body")


def test_where_the_photo_beside_its_text_is_the_larger_it_stays_under_the_heading():
    # By hand: a portrait (3 high to 2 wide) set 2 columns wide beside the text stands some 33 lines,
    # larger than a panorama (1 high to 3 wide) across the 3 columns, some 11: the portrait is the
    # main picture, under the heading with the text beside it, the panorama after the text
    f = lead_stack((0.35, 1.5), (False, "yes"))
    head, portrait, panorama = f["s1-head"], f["p2-photo"], f["p1-photo"]
    assert portrait.cols * portrait.lines > panorama.cols * panorama.lines
    assert portrait.line == head.line + head.lines and portrait.cols < head.cols
    assert panorama.line > max(x.line for x in f.values() if x.story == "s1" and x.part == "body")


def test_a_main_picture_half_the_stack_tall_goes_after_the_text():
    # By hand: a portrait (3 high to 2 wide) across 3 columns stands 50 lines of the stack's 100, over
    # BESIDE_SHARE (40): under the headline it would push the lead's text — the page's main read —
    # down past the fold; the text opens under the heading, the photos after it
    f = lead_stack((0.5, 1.5), (False, "no"))
    head, body, tall = f["s1-head"], f["s1-body"], f["p2-photo"]
    assert tall.lines > 40
    assert body.line <= head.line + head.lines + 2 and tall.line > body.line
