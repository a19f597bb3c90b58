"""A photo's caption the text of a printed page left among a story's paragraphs (intake.photolines),
and the captions a brief's dateline is not (partsapart): pages written by hand with what a page
editor would make of them (not taken from the program's output)."""
from __future__ import annotations

from layout_app.intake.captions import match_captions
from layout_app.intake.partsapart import captions_apart
from layout_app.intake.photolines import caption_sentence, captions_out
from layout_app.intake.structure import PageCopy, StoryParts


def test_a_caption_is_one_short_sentence_that_shows():
    for line in ("城南乡新华村的市民观看剪纸展。", "图为红旗乡乒乓球赛吸引了众多村民。", "古城镇团结村比赛现场，观众为选手加油。",
                 "马鞍街道学生们在操场上种菜。 本报记者 唐振华 摄", "读书会现场，观众纷纷拍照。（徐秀兰 摄）",
                 "长乐社区5G基站，老人正在体验智能设备。"):
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
                 "村民们说：“这下方便多了。”",
                 "活动结束后，市民们意犹未尽，围着演员合影留念。",       # two pauses: running text
                 "五里镇的老人们在新建成的日间照料中心里吃上了可口又便宜的热乎饭菜。"):   # too long for a caption
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
