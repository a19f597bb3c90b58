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

from layout_app.intake.partsapart import MAX_CAPTION, MIN_CAPTION, caption_sentence
from layout_app.intake.repair import photo_credit
from layout_app.intake.structure import Caption, PageCopy


def _credited_pieces(paragraph: str) -> list[str] | None:
    """A paragraph holding a photo's credit before its end ('…种菜。本报记者唐振华摄马鞍街道，孩子们
    展示自己的作品。'): the caption with its credit, then what follows — or None."""
    for m in re.finditer(r"[摄攝][）)]?", paragraph):
        head, rest = paragraph[:m.end()], paragraph[m.end():]
        if rest.strip() and photo_credit(head) is not None and caption_sentence(head):
            return [head, rest]
    return None


def _shown_piece(paragraph: str) -> list[str] | None:
    """A paragraph a photo's caption ran into at its end, the caption opening on 图为 ('…灯亮了起来图为
    康乐镇前进社区焕然一新的楼道。'): running text never says 图为 (the photo shows), so what is before it
    and the caption — or None."""
    at = paragraph.rfind("图为")
    if at > 0 and caption_sentence(paragraph[at:]):
        return [paragraph[:at], paragraph[at:]]
    return None


# where a person stands in the photo, after the name: （右）, （中）, （左二）, （前排右三） — a caption's
# words for its picture; running text names people without pointing
_IN_PICTURE = re.compile(r"[\u4e00-\u9fff][（(](?:前排|后排|中排)?(?:左|右|中)(?:起)?[一二三四五六七八九]?[）)]")


def _points_in_picture(paragraph: str) -> bool:
    """One sentence saying where its person stands in the photo ('…队长赵一鸣（中）主罚点球命中后与队友
    庆祝。'): a caption, whatever time or figure opens it — no one's words, no second sentence (its
    pointing makes room for one longer than `caption_sentence` takes)."""
    text = re.sub(r"\s+", "", paragraph)
    return (MIN_CAPTION <= len(text) <= 2 * MAX_CAPTION and text.endswith("。") and _IN_PICTURE.search(text) is not None
            and not any(ch in "。！？!?；;“”" for ch in text[:-1]))


def captions_out(page: PageCopy) -> None:
    """Take the captions out of each story's paragraphs into the page's captions, in place: a
    paragraph that is a caption's sentence (the story keeps one paragraph at least), and a caption
    with its photo's credit run into the paragraph after it; a caption's sentence read as the page
    lead."""
    for story in page.stories:
        kept: list[str] = []
        out: list[str] = []
        for para in story.paragraphs:
            pieces = _credited_pieces(para)
            if pieces is not None:
                out.append(pieces[0])
                para = pieces[1]
            pieces = _shown_piece(para)
            if pieces is not None:
                out.append(pieces[1])
                para = pieces[0]
            if caption_sentence(para) or _points_in_picture(para):
                out.append(para)
                continue
            kept.append(para)
        if kept and out:
            story.paragraphs = kept
            page.captions.extend(Caption(text) for text in out)
    # two photos' captions run together, the first with its credit ('…有序通行。（徐秀兰摄）图为…'): two
    captions: list[Caption] = []
    for cap in page.captions:
        pieces = _credited_pieces(cap.text)
        while pieces is not None and caption_sentence(pieces[1]):
            captions.append(Caption(pieces[0]))
            cap = Caption(pieces[1])
            pieces = _credited_pieces(cap.text)
        captions.append(cap)
    page.captions = captions
    # a page lead is running text across the page's top: a caption's sentence there is the caption of
    # a photo set over the first heading
    for k, para in enumerate(page.lead):
        pieces = _shown_piece(para)
        if pieces is not None:
            page.lead[k] = pieces[0]
            page.captions.append(Caption(pieces[1]))
    is_caption = [caption_sentence(para) for para in page.lead]
    page.captions.extend(Caption(para) for para, caption in zip(page.lead, is_caption) if caption)
    page.lead = [para for para, caption in zip(page.lead, is_caption) if not caption]
