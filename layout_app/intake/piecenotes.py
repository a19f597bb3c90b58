"""A piece's notes at its foot: a 副刊 essay's 作者简介：…, a review's book particulars in brackets
（《河流的记忆》，李晓岚著，…出版）. Not the piece's text: set a size smaller in 楷体, as papers print them
(review28: both ran at body size like a paragraph of the essay). So is a books column's imprint under
each title (陆晚秋 著　江南文艺出版社), flush under it, not indented as the text."""
from __future__ import annotations

import re

from layout_app.intake.repair import BRACKET_NOTE, IMPRINT
from layout_app.model.styles import ParaFormat

# 作者简介：…, 作者：…(…人，…会员), （作者系…）
ABOUT_AUTHOR = re.compile(r"^[（(]?(作者简介|作者系|作者为|作者单位|作者是)[：:]?")
NOTE_SIZE = 0.85        # of the body's size: a size (号) smaller — 小五 9 pt → 7.65 pt, about 六号


def note_formats(paragraphs, body_size: float) -> list[ParaFormat]:
    """The notes closing a piece (its last paragraphs, from the foot up): kai, a size smaller."""
    local = (("font", "kai"), ("size", round(body_size * NOTE_SIZE, 2)))
    imprints = [j for j, p in enumerate(paragraphs) if j and IMPRINT.match(p.strip())]
    out = [ParaFormat(j, None, (*local, ("indent", 0))) for j in imprints]
    for j in range(len(paragraphs) - 1, 0, -1):
        t = paragraphs[j].strip()
        if not (ABOUT_AUTHOR.match(t) or BRACKET_NOTE.match(t)) or j in imprints:
            break
        out.append(ParaFormat(j, None, local))
    return out
