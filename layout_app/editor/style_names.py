"""Style names as a page editor knows them (正文, 主题, 引题 …), translated; the document keeps its own
names (body, headline, kicker …), and a style it names that we do not know shows as it is written."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Styles"
NAMES = {
    "body": QT_TRANSLATE_NOOP("Styles", "Body text"),
    "headline": QT_TRANSLATE_NOOP("Styles", "Headline"),
    "kicker": QT_TRANSLATE_NOOP("Styles", "Kicker"),
    "deck": QT_TRANSLATE_NOOP("Styles", "Deck"),
    "byline": QT_TRANSLATE_NOOP("Styles", "Byline"),
    "caption": QT_TRANSLATE_NOOP("Styles", "Caption"),
    "credit": QT_TRANSLATE_NOOP("Styles", "Photo credit"),
    "credits": QT_TRANSLATE_NOOP("Styles", "Page credit line"),
    "jump": QT_TRANSLATE_NOOP("Styles", "Jump line"),
    "banner": QT_TRANSLATE_NOOP("Styles", "Banner headline"),
    "banner_deck": QT_TRANSLATE_NOOP("Styles", "Banner deck"),
    "lead": QT_TRANSLATE_NOOP("Styles", "Lead paragraph"),
    "headline_lead": QT_TRANSLATE_NOOP("Styles", "Headline of the lead story"),
    "headline_second": QT_TRANSLATE_NOOP("Styles", "Headline of the second story"),
    "headline_brief": QT_TRANSLATE_NOOP("Styles", "Headline of a brief"),
    "headline_third": QT_TRANSLATE_NOOP("Styles", "Headline of an interview or a notice"),
    "headline_picture": QT_TRANSLATE_NOOP("Styles", "Headline of a picture story"),
    "headline_sidebar": QT_TRANSLATE_NOOP("Styles", "Headline of a sidebar"),
    "subhead": QT_TRANSLATE_NOOP("Styles", "Subhead"),
    "brief_head": QT_TRANSLATE_NOOP("Styles", "Headline of a brief in a briefs column"),
    # character styles
    "strong": QT_TRANSLATE_NOOP("Styles", "Bold"),
    "quote": QT_TRANSLATE_NOOP("Styles", "Quotation"),
    "dots": QT_TRANSLATE_NOOP("Styles", "Emphasis dots"),
}


# masters the shipped templates define, as the trade names them
MASTERS = {
    "running-head": QT_TRANSLATE_NOOP("Styles", "Running head"),
    "front": QT_TRANSLATE_NOOP("Styles", "Front-page masthead"),
}


def master_shown(name: str | None) -> str:
    if not name:
        return ""
    return QCoreApplication.translate(CONTEXT, MASTERS[name]) if name in MASTERS else name


def shown(name: str | None) -> str:
    if not name:
        return ""
    return QCoreApplication.translate(CONTEXT, NAMES[name]) if name in NAMES else name


# properties set on a paragraph or a run, as the story panel lists them
PROPERTIES = {
    "font": QT_TRANSLATE_NOOP("Styles", "font"), "weight": QT_TRANSLATE_NOOP("Styles", "weight"),
    "size": QT_TRANSLATE_NOOP("Styles", "size"), "leading": QT_TRANSLATE_NOOP("Styles", "leading"),
    "tracking": QT_TRANSLATE_NOOP("Styles", "tracking"), "align": QT_TRANSLATE_NOOP("Styles", "align"),
    "indent": QT_TRANSLATE_NOOP("Styles", "indent"), "min_size": QT_TRANSLATE_NOOP("Styles", "min size"),
    "color": QT_TRANSLATE_NOOP("Styles", "colour"), "grid_lines": QT_TRANSLATE_NOOP("Styles", "grid lines"),
    "space_before": QT_TRANSLATE_NOOP("Styles", "space before"),
    "space_after": QT_TRANSLATE_NOOP("Styles", "space after"),
    "level": QT_TRANSLATE_NOOP("Styles", "line-break rules"), "hanging": QT_TRANSLATE_NOOP("Styles", "hanging punctuation"),
    "turnover": QT_TRANSLATE_NOOP("Styles", "turnover indent"),
    "emphasis": QT_TRANSLATE_NOOP("Styles", "emphasis dots"),
}
VALUES = {
    "song": QT_TRANSLATE_NOOP("Styles", "song"), "hei": QT_TRANSLATE_NOOP("Styles", "hei"),
    "kai": QT_TRANSLATE_NOOP("Styles", "kai"), "bold": QT_TRANSLATE_NOOP("Styles", "bold"),
    "regular": QT_TRANSLATE_NOOP("Styles", "regular"), "justify": QT_TRANSLATE_NOOP("Styles", "justified"),
    "left": QT_TRANSLATE_NOOP("Styles", "left"), "center": QT_TRANSLATE_NOOP("Styles", "centred"),
    "right": QT_TRANSLATE_NOOP("Styles", "right"), "none": QT_TRANSLATE_NOOP("Styles", "none"),
    "basic": QT_TRANSLATE_NOOP("Styles", "basic"), "gb": QT_TRANSLATE_NOOP("Styles", "GB/T 15834"),
    "strict": QT_TRANSLATE_NOOP("Styles", "strict"), True: QT_TRANSLATE_NOOP("Styles", "yes"),
    False: QT_TRANSLATE_NOOP("Styles", "no"),
}


def property_name(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, PROPERTIES[key]) if key in PROPERTIES else key


def property_shown(key: str, value) -> str:
    """tracking 0.1, weight bold, colour 0 0 0 1 — in the interface's language."""
    if isinstance(value, (bool, str)) and value in VALUES:
        text = QCoreApplication.translate(CONTEXT, VALUES[value])
    elif isinstance(value, tuple):
        text = " ".join(f"{v:g}" for v in value)
    else:
        text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{property_name(key)} {text}"
