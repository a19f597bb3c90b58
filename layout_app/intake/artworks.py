"""书画: a 副刊's paintings and calligraphy. Their caption lines name the work and its maker —
《太湖春晓》（国画）　吴淞山, 行书　苏轼《定风波》句　徐墨林 — under a label (书画, 美术, 书法…); no story's
text, no heading: each is a picture's caption, matched to its file as any caption is (太湖春晓.jpg).
A work of art is shown whole (never cropped to a frame's shape) and credited to its maker by the caption
that names them, never as a photograph (徐墨林 摄)."""
from __future__ import annotations

import re

from layout_app.intake.structure import Caption

# the label a 副刊 sets over its pictures of works of art
_LABELS = r"[\s　【\[]*(书画|美术|书法|国画|画作|美术作品|书画作品|书法作品|艺苑|丹青|翰墨|墨韵)[\s　】\]]"
ARTWORK_LABEL = re.compile(r"^" + _LABELS + r"*$")
LABEL_FIRST = re.compile(r"^" + _LABELS + r"+")
_MEDIUM = r"（(国画|油画|版画|水彩|水彩画|水粉|书法|篆刻|剪纸|漆画|素描|水墨|水墨画|年画|农民画|工笔|写意|中国画)）"
_SCRIPT = r"(行书|楷书|小楷|隶书|草书|篆书|行草|魏碑)"
# a work named and its maker after it: 《太湖春晓》（国画）　吴淞山 / 行书　苏轼《定风波》句　徐墨林 /
# 《秋山图》　吴淞山 作
ARTWORK_CAPTION = re.compile(
    r"^(?!.*[。！？])(《[^》]{1,20}》[^\s　]{0,12}(" + _MEDIUM + r")?|" + _SCRIPT + r"[\s　]*[^\s　]{0,20})"
    r"[\s　]+[\u4e00-\u9fff·]{2,4}([\s　]*(作|书|画|绘))?$")


def artwork_caption(line: str) -> bool:
    """A line naming a work of art and its maker, as a 副刊 captions its paintings and calligraphy."""
    t = line.strip()
    return len(t) <= 48 and ARTWORK_CAPTION.match(t) is not None and (
        re.search(_MEDIUM, t) is not None or re.match(_SCRIPT, t) is not None or t.endswith(("作", "书", "画", "绘")))


def artwork_captions(page) -> list[str]:
    """The captions of works of art import left unassigned (or took for the banner, a heading with no
    text under it) become captions (story none: matched to their pictures by file name or the pictures'
    own captions); the label over them is their section's head (`Caption.label`, each work under it),
    never a caption's text — a reader would take '书画　《太湖春晓》' for the work's title. Returns the
    captions made."""
    made: list[str] = []
    left: list[str] = []
    label = None
    lines = list(page.unassigned)
    parts = [t for t in (page.banner or {}).values() if t]
    if parts and any(artwork_caption(t) for t in parts) and \
            all(artwork_caption(t) or ARTWORK_LABEL.match(t.strip()) for t in parts):
        # a heading with no text under it is taken for the banner: these are the pictures' lines
        lines, page.banner, page.banner_confidence = parts + lines, None, 0.0
    used = False                # the label heads a work under it: kept with it, not left over
    for line in lines:
        if ARTWORK_LABEL.match(line.strip()):
            if label is not None and not used:
                left.append(label)
            label, used = line.strip(), False
        elif artwork_caption(line):
            text = line.strip()
            page.captions.append(Caption(text, label=label or ""))
            made.append(text)
            used = label is not None
        else:
            if label is not None and not used:
                left.append(label)
            label, used = None, False
            left.append(line)
    if label is not None and not used:
        left.append(label)
    page.unassigned[:] = left
    return made


def is_artwork(caption: str) -> bool:
    """A caption (its label aside) of a work of art: its medium in brackets, its script, or its maker
    after the work's title ('行书　苏轼《定风波》句', a picture's own metadata, names no maker)."""
    t = caption.strip()
    m = LABEL_FIRST.match(t)
    t = t[m.end():] if m else t
    return bool(re.search(r"^《[^》]+》[^\s　]{0,12}" + _MEDIUM, t) or re.match(_SCRIPT + r"[\s　]", t)) \
        or artwork_caption(t)


def fuller(caption: str, copy_captions: list[str], same) -> str:
    """The copy's caption of a work of art that says more than its picture's own — the maker, the
    label ('书画　…　徐墨林' for '行书　苏轼《定风波》句'): the copy's, the one the editor wrote."""
    return max((c for c in copy_captions if same(c, caption) and len(c) > len(caption)), key=len, default=caption)


def maker_named(caption: str, credit: str) -> bool:
    """The credit names the work's maker the caption names already ('徐墨林 摄' under
    '行书　苏轼《定风波》句　徐墨林'): the caption credits them; a photograph's credit would not."""
    name = re.sub(r"[\s　]*(摄|攝|作|书|画|绘)$", "", re.sub(r"^(图|圖|摄影|攝影)[:：]", "", credit.strip())).strip()
    return bool(name) and len(name) <= 4 and name in caption


def section_label(works: list[str], copy_captions: list, same) -> str:
    """The label the copy sets over these works' captions (书画), their section's head: the first that
    one of them stands under; none where the copy gives none."""
    return next((c.label for w in works for c in copy_captions if c.label and same(c.text, w)), "")
