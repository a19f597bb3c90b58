"""How surely one sentence closing a story is its photo's caption, read as a picture editor reads it:
a caption shows a scene — one short sentence, someone at work somewhere, now ('梅林镇老年大学“数字
课堂”上，志愿者教老人使用手机挂号。', '市第二人民医院“无陪护病房”护理员为患者翻身。'). A story's
last paragraph reports: someone's words (…说, …表示, a quote), a source (据…), figures counted, a
time or plan (今年, 将, 预计), how it was taken (点赞, 受到欢迎), or it goes on from the sentence
before (这, 此外, 目前). Naming the story's own place or organisation — what its headline names — is
what a caption does, no sign of body. For copycaptions; the evidence is graded, not yes or no:
`SURE` (the scene and someone at work in it), `MAYBE` (someone at work, no place named: a caption
or a paragraph, said to the editor), `NONE`."""
from __future__ import annotations

import re

from layout_app.intake.partsapart import FIGURES, REPORT_OPENERS
from layout_app.intake.repair import photo_credit

NONE, MAYBE, SURE = 0, 1, 2
LONGEST = 40                 # a caption is a line or two under its photo

# someone's words or a source: a report, never a photo (说 anywhere: '李建国说，…', '老人们都说好。')
REPORTS = re.compile(r"(?<![解小])说(?![明唱])|(表示|介绍|认为|指出|透露|称|坦言|强调|感慨)[，：,:]|告诉|^据|"
                     r"据(了解|悉|介绍|统计|测算|监测)|记者|(数据|统计|调查|监测|结果)显示")
# how the story came out or what is to come, or what holds every time (每…都…): what a photo cannot show
OUTCOMES = re.compile(r"点赞|好评|欢迎|称赞|赞不绝口|满意|预计|有望|将于|将在|计划|明年|下一步|完工|竣工|顺利|受益|成效|"
                      r"纷纷|已经|已有|累计|共有|截至|目前|就能|就可|可以|能够|即可|不再|越来越|更加|得到|实现|推行|推进|要求|每|都有")
# a figure with what it counts (卖出1164单, 3个): a report's; a name with figures in it is no count (5G公交站)
COUNTED = re.compile(r"\d+(?:\.\d+)?[余多万亿]?[\u4e00-\u9fff]")
# the scene a caption opens on, then a comma: a place or site, a quoted term may be in it
# ('梅林镇老年大学“数字课堂”上，', '桂花社区服务点内，', '比赛现场，') — a short noun phrase, no verb's clause
SCENE_OPENS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9“”]{2,18}(上|里|内|中|前|旁|外|边|现场|一角|门口)[，,]")
# someone at work: a person's word (…员, …者, …民, 孩子们, 老人) right before what they do now
AT_WORK = re.compile(r"(员|者|民|们|众|生|师|客|主|工|长|人|医|警)"
                     r"(正在|正|在|为|给|向|教|帮|陪|带领|带|指导|查看|使用|参加|参观|展示|体验|学习|练习|排队|讲解|演示)")
# … or the scene set by 在 (not 正在/现在 alone: '志愿者在“数字课堂”上教…', '市民在绿道骑行')
AT_PLACE = re.compile(r"(?<![现实存])在(?!线|于|内的)")


def _words_quoted(text: str) -> bool:
    """A quote holding a pause or stop is someone's words; a quoted term ('“数字课堂”') is a name."""
    return any(re.search(r"[，。！？、；：,!?]", q) for q in re.findall(r"“([^”]*)”?", text)) or text.startswith("“")


def scene_evidence(text: str) -> int:
    """How surely `text` (one block of copy) is a photo's caption by its sentence alone."""
    credit = photo_credit(text)
    if credit is not None:
        text = text[:credit]
    text = "".join(text.split())
    if not (6 <= len(text) <= LONGEST and text.endswith("。")) or any(p in text[:-1] for p in "。！？；!?;"):
        return NONE
    if REPORTS.search(text) or OUTCOMES.search(text) or _words_quoted(text):
        return NONE
    if REPORT_OPENERS.match(text) or FIGURES.search(text) or COUNTED.search(text) or "%" in text or "％" in text \
            or "、" in text:
        return NONE
    scene = SCENE_OPENS.match(text) is not None or _site_first(text)
    at_work = AT_WORK.search(text) is not None
    placed = AT_PLACE.search(text) is not None
    if at_work and (scene or placed or text.count("，") == 0):
        # someone at work in one clause ('…护理员为患者翻身。'), or after the scene it opens on
        return SURE if scene or placed or _names_place(text) else MAYBE
    return NONE             # a scene with no one at work in it ('…现场，气氛热烈。'): a paragraph's


# a site's name a caption opens on before its comma ('市第二人民医院骨科病房，护理员…', '幸福里社区服务站，…')
SITE = re.compile(r"(社区|街道|镇|乡|村|医院|学校|公园|广场|中心|病房|课堂|食堂|[站馆室场厅园点店厂院房])$")


def _site_first(text: str) -> bool:
    """The sentence opens on the site it shows, then a comma, and someone at work after it."""
    head, _, rest = text.partition("，")
    return bool(rest) and len(head) <= 14 and SITE.search(head) is not None and AT_WORK.search(rest) is not None


# a place or organisation named in the sentence: where the photo was taken
_PLACE = re.compile(r"(社区|街道|镇|乡|村|县|区|市|医院|学校|大学|小学|中学|公园|广场|中心|站|馆|病房|课堂|食堂)")


def _names_place(text: str) -> bool:
    return _PLACE.search(text) is not None
