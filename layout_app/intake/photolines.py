"""A photo's caption that the text of a printed page left among a story's paragraphs, taken out.

Taken out of a PDF, a caption comes where the photo stood: under a headline, between two columns,
before the next story's heading. Where nothing set it apart (no blank line, a kicker under it that
reads like running text), the import reads it as a paragraph. A page editor knows it by its
sentence: one short sentence that shows someone or something somewhere ('五里镇，村民在河边清捡垃
圾。', '图为红旗乡乒乓球赛吸引了众多村民。'), no figures reported, no one's words, no time or source
opening it as a report does — and, where the photographer is named, by the credit after it
('…种菜。本报记者 唐振华 摄'), which running text never carries. A running paragraph that short
holds a clause more (…表示，…; 据介绍，…; 下一步，…). Only whole sentences move; nothing is lost."""
from __future__ import annotations

import re

from layout_app.intake.repair import REPORTED, photo_credit
from layout_app.intake.structure import Caption, PageCopy

# the longest caption sentence (its credit aside): a caption is one line or two under the photo
MAX_CAPTION = 32
MIN_CAPTION = 6
# the scene a caption opens on before its comma ('城南乡新华村，', '比赛现场，'): a short noun phrase
MAX_SCENE = 12
# how running text opens a sentence — a report, a time, a source, a reporter's walk — and a caption never
REPORT_OPENERS = re.compile(r"^(据|截至|目前|眼下|今年|去年|近日|近年|此外|同时|另外|与此同时|下一步|记者|走进|来到|数据显示|"
                            r"本报讯|\d+月|\d+年|\d+日)")
# figures counted with their unit (2432亩, 57个, 26%) are a report's; a caption shows (5G基站 is a name)
FIGURES = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?(?:亩|人|名|个|万|吨|公斤|斤|%|％|次|件|处|支|家|户|元|米|公里|天|年|月|日|小时|分钟|岁)")
# a sentence's ends and a clause's pauses
_STOPS = "。！？；;!?"
_PAUSES = "，,"


def caption_sentence(text: str) -> bool:
    """One short sentence a photo's caption is made of (its credit aside): it ends on a full stop,
    holds no other stop, no one's words (no quote opened after a colon, no 说，), no figures counted,
    and at most one comma — after the scene it opens on (a place, a site, 比赛现场)."""
    text = text.strip()
    credit = photo_credit(text)
    if credit is not None:
        text = text[:credit].rstrip()
    text = re.sub(r"\s+", "", text)
    if not (MIN_CAPTION <= len(text) <= MAX_CAPTION and text.endswith("。")):
        return False
    if any(ch in _STOPS for ch in text[:-1]) or "：“" in text or ":“" in text or REPORTED.search(text):
        return False
    if REPORT_OPENERS.match(text) or FIGURES.search(text):
        return False
    pauses = [i for i, ch in enumerate(text) if ch in _PAUSES]
    if len(pauses) > 1 or "、" in text:
        return False
    return not pauses or pauses[0] <= MAX_SCENE


def _credited_pieces(paragraph: str) -> list[str] | None:
    """A paragraph holding a photo's credit before its end ('…种菜。本报记者唐振华摄马鞍街道，孩子们
    展示自己的作品。'): the caption with its credit, then what follows — or None."""
    for m in re.finditer(r"[摄攝][）)]?", paragraph):
        head, rest = paragraph[:m.end()], paragraph[m.end():]
        if rest.strip() and photo_credit(head) is not None and caption_sentence(head):
            return [head, rest]
    return None


def captions_out(page: PageCopy) -> None:
    """Take the captions out of each story's paragraphs into the page's captions, in place: a
    paragraph that is a caption's sentence (the story keeps one paragraph at least), and a caption
    with its photo's credit run into the paragraph after it."""
    for story in page.stories:
        kept: list[str] = []
        out: list[str] = []
        for para in story.paragraphs:
            pieces = _credited_pieces(para)
            if pieces is not None:
                out.append(pieces[0])
                para = pieces[1]
            if caption_sentence(para):
                out.append(para)
                continue
            kept.append(para)
        if kept and out:
            story.paragraphs = kept
            page.captions.extend(Caption(text) for text in out)
