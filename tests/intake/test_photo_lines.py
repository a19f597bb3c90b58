"""A photo's caption the text of a printed page left among a story's paragraphs (intake.photolines),
and the captions a brief's dateline is not (partsapart): pages written by hand with what a page
editor would make of them (not taken from the program's output)."""
from __future__ import annotations

from layout_app.intake.captions import match_captions
from layout_app.intake.partsapart import captions_apart, credits_to_captions, parts_apart
from layout_app.intake.photolines import caption_sentence, captions_out
from layout_app.intake.unpdf import join_column_lines
from layout_app.intake.structure import Caption, PageCopy, StoryParts


def test_a_caption_is_one_short_sentence_that_shows():
    for line in ("城南乡新华村的市民观看剪纸展。", "图为红旗乡乒乓球赛吸引了众多村民。", "古城镇团结村比赛现场，观众为选手加油。",
                 "马鞍街道学生们在操场上种菜。 本报记者 唐振华 摄", "读书会现场，观众纷纷拍照。（徐秀兰 摄）",
                 "长乐社区5G基站，老人正在体验智能设备。", "沙坪镇，比赛现场，观众为选手加油。",
                 "图为古城街道新华村比赛现场，观众为选手加油。（唐婷 摄）",
                 # … and shows a reaction where it names its scene, or is a photo's (图为, a credit)
                 "读书会现场，居民为演员点赞。", "图为村民们为新路点赞。", "村民们为新路点赞。（徐秀兰 摄）"):
        assert caption_sentence(line), line
    # a short paragraph of running text holds a clause more, a figure, a source, someone's words
    for line in ("下一步，古城街道将继续在农家书屋上下功夫，让更多群众受益。",
                 "教练何晓燕表示，将把这件实事办好办实。",            # someone's words (表示，)
                 "今年丁德明种了2432亩柑橘。",                       # a figure counted, a time opening it
                 "据介绍，施工期间社区每天安排专人值守。",             # a source
                 "丁德明种的柑橘亩产增加了近55公斤。",                # a figure counted
                 "在新建成的日间照料中心里吃饭的老人们，个个笑容满面。",   # a clause before the comma, no scene
                 "走进北塘镇城北村小学门口，几位老人正坐在树下聊天。",  # the reporter's walk
                 "本报讯 近日，城南乡新华村的剪纸展正式投入使用。",       # a brief's dateline
                 "村民们说：“这下方便多了。”", "居民为夜巡队点赞“暖民心”。",
                 "活动结束后，市民们意犹未尽，围着演员合影留念。",       # two pauses, no place first: running text
                 "这让村民们感到十分欣慰。", "但老周并没有因此放弃。",      # going on from the sentence before
                 "居民们纷纷点赞，连声叫好。", "能，进一步提升了基层治理水平。",   # a clause, not a scene, before the comma
                 "五里镇的老人们在新建成的日间照料中心里吃上了可口又便宜的热乎饭菜。",   # too long for a caption
                 # a story's closing sentence: how it was taken, what is planned — nothing a photo shows
                 "村民们纷纷点赞。", "活动受到居民普遍欢迎。", "该工程预计年底全部完工。", "新线路运行顺利。"):
        assert not caption_sentence(line), line


def story(headline, *paragraphs):
    return StoryParts(headline=headline, paragraphs=list(paragraphs))


def test_a_caption_read_as_a_storys_first_or_last_paragraph_is_taken_out():
    page = PageCopy(stories=[
        story("红旗乡：“村BA”打出精气神", "图为红旗乡乒乓球赛吸引了众多村民。",
              "1月25日上午，红旗乡五号楼格外热闹。区文体旅游局还请来专业教练，免费为村民提供健身指导。",
              "工程负责人罗婷介绍乡村公路的建设情况。"),
        story("同心乡：“最后一公里”打通了", "近日，同心乡的乡村公路正式投入使用。乘客可以通过APP查询车辆到站时间。"),
    ])
    captions_out(page)
    assert page.stories[0].paragraphs == ["1月25日上午，红旗乡五号楼格外热闹。区文体旅游局还请来专业教练，免费为村民提供健身指导。"]
    assert [c.text for c in page.captions] == ["图为红旗乡乒乓球赛吸引了众多村民。", "工程负责人罗婷介绍乡村公路的建设情况。"]
    match_captions(page.captions, page.stories)
    # the one before the next heading is the next story's photo: 乡村公路 is what that story tells of
    assert [c.story for c in page.captions] == [0, 1]


def test_a_storys_short_closing_sentence_stays_its_last_paragraph():
    # text taken out of a PDF: the story ends on a one-sentence paragraph telling how it was taken
    page = PageCopy(stories=[story("旅游专线开通 司机点赞", "近日，城南镇至红旗乡的旅游专线正式开通。沿线设站12处，方便了村民出行。",
                                   "村民们纷纷点赞。")])
    captions_out(page)
    assert page.stories[0].paragraphs[-1] == "村民们纷纷点赞。"
    assert page.captions == []


def test_a_story_keeps_its_one_paragraph():
    page = PageCopy(stories=[story("剪纸展“热”在基层", "城南乡新华村的市民观看剪纸展。")])
    captions_out(page)
    assert page.stories[0].paragraphs == ["城南乡新华村的市民观看剪纸展。"] and page.captions == []


def test_a_caption_and_its_credit_run_into_the_next_caption_or_paragraph_are_cut_after_the_credit():
    page = PageCopy(stories=[story("“双减”之下 科技社团有声有色",
                                   "马鞍街道学生们在操场上种菜。本报记者唐振华摄马鞍街道，孩子们展示自己的作品。",
                                   "本报讯 走进马鞍街道安置小区，干净整洁，秩序井然。",
                                   "丰收镇永安村，改造后的村口。本报记者杨一鸣摄“他们把电梯井的位置都量好了。”老李说。")])
    captions_out(page)
    assert [c.text for c in page.captions] == ["马鞍街道学生们在操场上种菜。本报记者唐振华摄", "马鞍街道，孩子们展示自己的作品。",
                                               "丰收镇永安村，改造后的村口。本报记者杨一鸣摄"]
    assert page.stories[0].paragraphs == ["本报讯 走进马鞍街道安置小区，干净整洁，秩序井然。", "“他们把电梯井的位置都量好了。”老李说。"]
    # a caption and its credit make a paragraph of their own: the whole of it out
    page = PageCopy(stories=[story("剪纸展", "近日，剪纸展开幕，市民可免费参观。", "城南乡新华村的市民观看剪纸展。本报记者唐振华摄")])
    captions_out(page)
    assert page.stories[0].paragraphs == ["近日，剪纸展开幕，市民可免费参观。"]
    assert [c.text for c in page.captions] == ["城南乡新华村的市民观看剪纸展。本报记者唐振华摄"]


def test_a_briefs_dateline_and_its_sentence_are_no_caption_beside_another():
    # a brief of two short sentences pdfium gives on one line: no photos side by side
    line = "本报讯 近日，城南乡新 华村的剪纸展正式投入使用。 活动结束后，市民们意犹未尽， 围着演员合影留念。"
    assert captions_apart([line]) == [line]


def test_two_captions_run_together_are_two():
    page = PageCopy(stories=[story("一条路 富了一方人", "近日，胜利镇同心村的旅游专线正式通车。")],
                    captions=[Caption("车辆在旅游专线上有序通行。（徐秀兰摄）图为胜利镇同心村交警在路口疏导交通。（杜卫国摄）")])
    captions_out(page)
    assert [c.text for c in page.captions] == ["车辆在旅游专线上有序通行。（徐秀兰摄）", "图为胜利镇同心村交警在路口疏导交通。（杜卫国摄）"]
    # one caption and its credit: nothing to cut
    page = PageCopy(stories=[], captions=[Caption("图为胜利镇同心村交警在路口疏导交通。（杜卫国摄）")])
    captions_out(page)
    assert [c.text for c in page.captions] == ["图为胜利镇同心村交警在路口疏导交通。（杜卫国摄）"]


def test_a_caption_read_as_the_page_lead_is_a_caption():
    page = PageCopy(lead=["永安街道新华村的村民观看送电影下乡。"], stories=[story("送电影下乡", "近日，永安街道新华村放映了露天电影。")])
    captions_out(page)
    assert page.lead == [] and [c.text for c in page.captions] == ["永安街道新华村的村民观看送电影下乡。"]
    lead = ["今年以来，丰乐县围绕群众“急难愁盼”，把民生实事办到百姓心坎上。"]
    page = PageCopy(lead=list(lead), stories=[])
    captions_out(page)
    assert page.lead == lead and page.captions == []


def test_a_caption_on_its_column_line_over_a_kicker_is_no_paragraphs_line():
    # pypdfium2's column lines (13 characters): the caption as wide as an indented first line, the
    # next story's kicker with a comma as wide as a column, its headline
    lines = ["在眼里、喜在心上。前进街道", "团结社区今年油菜种植面积达", "3931 亩，预计总产量 59 吨。", "居民在幸福食堂吃午饭。",
             "中午 11 点，饭菜香飘满楼道", "老有所养 老有所乐 让老人吃上“放心饭”", "“饭菜软烂、口味清淡，"]
    out = join_column_lines(lines, 13)
    assert "居民在幸福食堂吃午饭。" in out
    # a caption as wide as the column under a sentence's end, over a kicker asking its question
    lines = ["众心坎上。镇就业服务站用", "AI 面试系统为顾客和企业“牵", "线”，全程不超过 20 分钟。", "城关小学的学生参加合唱团。",
             "放学后，孩子们去哪儿了？", "城关小学的合唱团“火”了 ——城关小学开设合唱团见闻", "本报记者 杜玉珍"]
    out = join_column_lines(lines, 13)
    assert "城关小学的学生参加合唱团。" in out
    # a paragraph's first line ending its sentence over a full line of running text goes on
    lines = ["居民在幸福食堂吃午饭。", "中午 11 点，饭菜香飘满楼道，", "老人们吃得津津有味。"]
    assert join_column_lines(lines, 13) == ["居民在幸福食堂吃午饭。中午 11 点，饭菜香飘满楼道，老人们吃得津津有味。"]


def test_a_short_last_paragraph_with_its_figures_is_not_set_apart_as_a_caption():
    # a story's last paragraph, one sentence before the next heading: it counts (亩, 公斤) — running text
    lines = ["据了解，为了抢晴好天气，村民们天不亮就下了地，一直忙到傍晚。", "今年丁德明种了2432亩柑橘，亩产比去年增加了近55公斤。",
             "兴隆镇：一条路 富了一方人"]
    assert parts_apart(lines) == [lines[0], lines[1], "", "", lines[2]]
    # a caption there stands apart
    lines = ["据了解，为了抢晴好天气，村民们天不亮就下了地，一直忙到傍晚。", "北塘镇城北村，村民在采摘柑橘。", "兴隆镇：一条路 富了一方人"]
    assert parts_apart(lines) == [lines[0], "", "", lines[1], "", "", lines[2]]


def test_a_paragraphs_last_line_ending_a_sentence_is_no_caption_over_its_next_line():
    # the paragraph's last column line reads like a short sentence of its own, the next full line has
    # no mark (any column line may be heading-like): the paragraph goes on — only a paragraph of one
    # line may be a caption over a kicker
    lines = ["据介绍，每天清晨，河长", "赵红梅就骑着电动车沿河巡", "查，发现问题随手拍照上报。", "林业站在三元街道牛角村推行",
             "“河长制”，每段河道都有专", "人负责巡查。", "据介绍，几年前，这里还"]
    assert join_column_lines(lines, 13)[0] == ("据介绍，每天清晨，河长赵红梅就骑着电动车沿河巡查，发现问题随手拍照上报。"
                                               "林业站在三元街道牛角村推行“河长制”，每段河道都有专人负责巡查。")


def test_a_credit_and_the_next_photos_caption_on_one_line_go_apart():
    # pdftotext -raw: two photos side by side, the first one's credit and the second one's caption on
    # one line under the first caption
    lines = ["湿地公园让村庄美起来", "城北乡三元村环卫工人在河边清捡垃圾。", "（钟欣怡 摄) 城北乡三元村的村民在湿地公园散步。",
             "本报记者 程国庆"]
    assert credits_to_captions(lines) == ["湿地公园让村庄美起来", "城北乡三元村环卫工人在河边清捡垃圾。（钟欣怡 摄)",
                                          "城北乡三元村的村民在湿地公园散步。", "本报记者 程国庆"]


def test_a_caption_opening_on_tu_wei_run_into_a_paragraphs_end_or_the_lead_is_taken_out():
    # pdftotext's default text: a column's last piece, or a kicker's line, and the caption of the photo
    # under it in one paragraph. Running text never says 图为 (the photo shows): the caption goes out
    page = PageCopy(lead=["夜幕降临，安置小区的灯亮了起来图为康乐镇前进社区焕然一新的楼道。"], stories=[
        story("城南乡：课后服务有声有色", "近日，城南乡课后服务正式开课。",
              "学校还建起了研学活动工作室，学生作图为城南乡五里村学生们在操场上种菜。"),
        story("西关街道：茶叶喜获丰收", "靠肩挑背扛，如今用上了无人机植图为西关街道果农周德明查看茶叶长势。本报记者 马婷 摄"),
        story("图书角里书香浓", "演员马振华展示作品。图为仁和乡选手们奋力冲刺。", "近日，仁和乡的图书角正式开放。"),
        # 图为 inside running text that goes on is no caption: the paragraph stays whole
        story("一张图为何火了", "近日，一张图为何在网上火了，记者走进了康乐镇。")])
    captions_out(page)
    assert page.lead == ["夜幕降临，安置小区的灯亮了起来"]
    assert page.stories[0].paragraphs == ["近日，城南乡课后服务正式开课。", "学校还建起了研学活动工作室，学生作"]
    assert page.stories[1].paragraphs == ["靠肩挑背扛，如今用上了无人机植"]
    assert page.stories[2].paragraphs == ["近日，仁和乡的图书角正式开放。"]
    assert page.stories[3].paragraphs == ["近日，一张图为何在网上火了，记者走进了康乐镇。"]
    assert sorted(c.text for c in page.captions) == sorted([
        "图为康乐镇前进社区焕然一新的楼道。", "图为城南乡五里村学生们在操场上种菜。",
        "图为西关街道果农周德明查看茶叶长势。本报记者 马婷 摄", "图为仁和乡选手们奋力冲刺。", "演员马振华展示作品。"])


def test_a_printed_pages_last_paragraph_set_apart_is_no_caption_unless_it_reads_like_one():
    # pdftotext's default text sets two blank lines between its flows: a story's last paragraph with
    # someone's words and a figure, set apart so before the next heading, stays the story's
    from layout_app.intake.structure import parse

    blocks = [("金秋好“丰”景 小小茶叶“串”起致富路", 2), ("11月26日，记者来到同心街道，一台台收割机在田间来回穿梭。", 0),
              ("数据显示，地头上，收购商的货车排成了长队，一筐筐茶叶刚过完秤就装上了车。", 0),
              ("贾阿姨说：“垃圾少了，我们扫起来也轻松了。”沿岸新建了26公里步道，栽种树木3751余株。", 2),
              ("生态朝阳乡大桥村", 2), ("朝阳乡大桥村：天更蓝了 水更清了", 0),
              ("“这片林子是我们一棵一棵种起来的。”家住朝阳乡大桥村的贾阿姨今年66岁，一边比画一边告诉记者。", 0),
              ("朝阳乡大桥村治理后的河道。", 2), ("版式设计 何志刚", 2), ("本版编辑 许国庆", 1), ("校对 冯红梅", 1)]
    page = parse(blocks, set(), printed=True)
    assert page.stories[0].paragraphs[-1].startswith("贾阿姨说")
    assert [c.text for c in page.captions] == ["朝阳乡大桥村治理后的河道。"]        # (a caption's sentence, set apart)
